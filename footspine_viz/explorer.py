"""A small, chainable API for scripts and notebooks.

Example
-------
>>> from footspine_viz.explorer import Explorer
>>> Explorer().select(site="L4-L5-paracentral", side="left").screenshot("fig.png", view="foot-dorsal")

In Jupyter an Explorer shown as a cell's value displays the annotated picture
(title, labels, legend, disclaimer and credits) as a PNG, via ``_repr_png_``,
so the figure stays in the saved notebook and shows on GitHub, nbviewer and
in an exported page; ``show()`` displays the same picture in a notebook and
opens a window elsewhere. See docs/notebooks/quickstart.ipynb.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from footspine_viz.scene.state import ViewState


class Explorer:
    """Holds one ``SceneRenderer`` (footspine_viz.render) and a ``ViewState``.

    The renderer (and the atlas behind it) is built on first use, so creating
    an Explorer is cheap and argument errors surface at once.
    """

    #: Size of the picture a notebook shows (``_repr_png_``); wide enough for the
    #: labels and the credits line, small enough for a notebook column.
    notebook_size: tuple[int, int] = (960, 600)

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

    def __repr__(self) -> str:
        s = self.state
        return (f"Explorer(root={s.root!r}, site={s.site!r}, side={s.side!r}, view={s.view!r}, "
                f"map={s.map!r}, mode={s.mode!r})")

    def _repr_png_(self) -> bytes:
        """The annotated picture of the current state, for Jupyter (kept in the saved notebook)."""
        import io

        from PIL import Image

        buf = io.BytesIO()
        Image.fromarray(self.image(size=self.notebook_size, annotate=True)).save(buf, format="PNG")
        return buf.getvalue()

    def show(self, jupyter_backend: str | None = None):
        """Display the annotated picture in a notebook, or open a window elsewhere.

        In a notebook the picture is a PNG output, so it stays in the saved
        notebook with its disclaimer and credits. Pass ``jupyter_backend``
        (a PyVista backend name, e.g. ``"trame"``) to ask PyVista for its own
        live view instead, which a saved notebook does not keep.
        """
        try:
            from IPython import get_ipython  # type: ignore

            in_notebook = getattr(get_ipython(), "kernel", None) is not None
        except ImportError:
            in_notebook = False
        if in_notebook and jupyter_backend is None:
            from IPython.display import display  # type: ignore

            display(self)
            return None
        r = self.renderer
        if in_notebook:
            return r.plotter.show(jupyter_backend=jupyter_backend, return_viewer=True)
        return r.plotter.show()

    def close(self) -> None:
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None
