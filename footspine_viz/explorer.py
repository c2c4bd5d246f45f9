"""A small, chainable API for scripts and notebooks.

Example
-------
>>> from footspine_viz.explorer import Explorer
>>> Explorer().select(site="L4-L5-paracentral", side="left").screenshot("fig.png", view="foot-dorsal")

In Jupyter an Explorer displays itself (an annotated PNG, via ``_repr_png_``);
``show()`` opens pyvista's notebook backend (interactive where the
``trame`` backend is available, a static image otherwise).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from footspine_viz.scene.state import ViewState


class Explorer:
    """Holds one :class:`~footspine_viz.render.SceneRenderer` and a :class:`ViewState`.

    The renderer (and the atlas behind it) is built on first use, so creating
    an Explorer is cheap and argument errors surface at once.
    """

    def __init__(self, atlas: Any = None, kb: Any = None, size=(1280, 800), theme: str = "calm",
                 mode: str = "patient") -> None:
        self._atlas, self._kb, self._size, self._theme = atlas, kb, tuple(size), theme
        self._renderer = None
        self.state = ViewState(mode=mode)

    # ------------------------------------------------------------- state
    @property
    def renderer(self):
        if self._renderer is None:
            from footspine_viz.render.renderer import SceneRenderer

            r = SceneRenderer(self._atlas, self._kb, size=self._size, theme=self._theme)
            self.state = r.check(self.state.replace(map=self.state.map if self.state.map in r.knowledge.maps
                                                    else r.knowledge.default_map))
            r.apply(self.state)
            self._renderer = r
        return self._renderer

    def update(self, **changes: Any) -> "Explorer":
        """Change any ViewState field (validated); returns self for chaining."""
        r = self.renderer  # first: building it settles the map against the knowledge base
        self.state = r.check(self.state.replace(**changes))
        r.apply(self.state)
        return self

    def select(self, root: str | None = None, site: str | None = None, side: str | None = None,
               **changes: Any) -> "Explorer":
        """Select a root or a compression site (clears the other)."""
        kw: dict[str, Any] = dict(root=root, site=site, **changes)
        if side is not None:
            kw["side"] = side
        return self.update(**kw)

    def view(self, name: str) -> "Explorer":
        return self.update(view=name)

    def layer(self, name: str, on: bool = True) -> "Explorer":
        self.state = self.state.with_layer(name, on)
        self.renderer.apply(self.state)
        return self

    def pick(self, x: float, y: float):
        """What is under pixel (x, y) of the window; selects a picked root or site."""
        res = self.renderer.pick(x, y)
        if res.kind == "root":
            self.select(root=res.id, side=res.side or self.state.side)
        elif res.kind == "site" and res.id:
            self.select(site=res.id, side=res.side or self.state.side)
        return res

    # ------------------------------------------------------------- output
    def screenshot(self, path, view: str | None = None, size=(1920, 1080), annotate: bool = True,
                   scale: int = 1, transparent: bool = False, force: bool = True) -> Path:
        """Write an annotated PNG (optionally switching view first)."""
        if view is not None:
            self.view(view)
        return self.renderer.screenshot(path, annotate=annotate, size=size, scale=scale,
                                        transparent=transparent, force=force)

    def export(self, path, fmt: str | None = None, **kw: Any) -> Path:
        """Export as png, svg, pdf, gltf or html (format from the suffix by default)."""
        from footspine_viz.render.export import export

        fmt = fmt or Path(path).suffix.lstrip(".").lower() or "png"
        return export(self.renderer, path, fmt, **kw)

    def image(self, size=(960, 600), annotate: bool = True):
        """The current picture as a numpy array."""
        return self.renderer.image(size=size, annotate=annotate)

    def _repr_png_(self) -> bytes:
        import io

        from PIL import Image

        buf = io.BytesIO()
        Image.fromarray(self.image()).save(buf, format="PNG")
        return buf.getvalue()

    def show(self, jupyter_backend: str | None = None):
        """Display inline in Jupyter (pyvista's notebook backend) or open a window."""
        r = self.renderer
        try:
            from IPython import get_ipython  # type: ignore

            in_notebook = get_ipython() is not None
        except ImportError:
            in_notebook = False
        if in_notebook:
            try:
                return r.plotter.show(jupyter_backend=jupyter_backend or "trame", return_viewer=True)
            except Exception:
                from IPython.display import Image, display  # type: ignore

                return display(Image(data=self._repr_png_()))
        return r.plotter.show()

    def close(self) -> None:
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None
