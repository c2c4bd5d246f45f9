"""A small, chainable API for scripts and notebooks.

Example
-------
>>> from footspine_viz.explorer import Explorer
>>> Explorer().select(site="L4-L5-paracentral", side="left").screenshot("fig.png", view="foot-dorsal")

The same state rules as every other front-end (:mod:`footspine_viz.scene.rules`):
selecting a root or a site turns to the view that suits it, a camera preset
brings its skin opacity. In Jupyter an Explorer shown as a cell's value
displays the annotated picture (title, labels, legend, disclaimer and
credits) as a PNG, via ``_repr_png_``, so the figure stays in the saved
notebook and shows on GitHub, nbviewer and in an exported page; ``show()``
displays the same picture in a notebook and opens a window elsewhere;
``explore()`` shows the interactive browser explorer at the same state,
inlined in the output so it works offline. See docs/notebooks/quickstart.ipynb.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from footspine_viz.scene import rules
from footspine_viz.scene.state import ViewState


class Explorer:
    """Holds one ``SceneRenderer`` (footspine_viz.render) and a ``ViewState``.

    The renderer (and the atlas behind it) is built on first use, so creating
    an Explorer is cheap and argument errors surface at once.
    """

    #: Size of the picture a notebook shows (``_repr_png_``); wide enough for the
    #: labels and the credits line, small enough for a notebook column.
    notebook_size: tuple[int, int] = (960, 600)

    def __init__(
        self,
        atlas: Any = None,
        kb: Any = None,
        size=(1280, 800),
        theme: str = "calm",
        mode: str = "patient",
    ) -> None:
        self._atlas, self._kb, self._size, self._theme = atlas, kb, tuple(size), theme
        self._renderer = None
        self.state = rules.home(mode)

    # ------------------------------------------------------------- state
    @property
    def renderer(self):
        if self._renderer is None:
            from footspine_viz.render.renderer import SceneRenderer

            r = SceneRenderer(self._atlas, self._kb, size=self._size, theme=self._theme)
            r.apply(self.state)
            self._renderer = r
        return self._renderer

    @property
    def kb(self):
        return self.renderer.kb

    @property
    def frame(self):
        """The scene description of the current state (what the picture shows)."""
        return self.renderer.frame

    def _show(self, state: ViewState) -> Explorer:
        r = self.renderer
        self.state = r.check(state)
        r.apply(self.state)
        return self

    def update(self, **changes: Any) -> Explorer:
        """Change any ViewState field (validated, with the shared state rules); returns self."""
        return self._show(rules.change(self.state, **changes))

    def select(
        self,
        root: str | None = None,
        site: str | None = None,
        side: str | None = None,
        **changes: Any,
    ) -> Explorer:
        """Select a root or a compression site (clears the other) and turn to its view."""
        kw: dict[str, Any] = dict(root=root, site=site, **changes)
        if side is not None:
            kw["side"] = side
        return self._show(rules.choose(self.kb, self.state, **kw))

    def view(self, name: str) -> Explorer:
        """Go to a camera preset (it brings its skin opacity)."""
        return self.update(view=name)

    def layer(self, name: str, on: bool = True) -> Explorer:
        return self._show(self.state.with_layer(name, on))

    def pick(self, x: float, y: float):
        """What is under pixel (x, y) of the window; selects a picked root or site."""
        res = self.renderer.pick(x, y)
        new, _ = rules.after_pick(self.state, res, self.kb.roots, self.kb.sites)
        self._show(new)
        return res

    # ------------------------------------------------------------- output
    def screenshot(
        self,
        path,
        view: str | None = None,
        size=(1920, 1080),
        annotate: bool = True,
        scale: int = 1,
        transparent: bool = False,
        force: bool = True,
    ) -> Path:
        """Write an annotated PNG (optionally switching view first)."""
        if view is not None:
            self.view(view)
        return self.renderer.screenshot(
            path, annotate=annotate, size=size, scale=scale, transparent=transparent, force=force
        )

    def export(self, path, fmt: str | None = None, **kw: Any) -> Path:
        """Export as png, svg, pdf, gltf or html (format from the suffix by default)."""
        from footspine_viz.render.export import export

        fmt = fmt or Path(path).suffix.lstrip(".").lower() or "png"
        if fmt in ("html", "htm"):  # the browser explorer as one page at this state
            from footspine_viz.fileio import check_writable_target
            from footspine_viz.web.single import single_page
            from footspine_viz.web.source import SceneSource

            target = check_writable_target(path, force=kw.get("force", True))
            return single_page(self.state, target, src=SceneSource(geometry=self.renderer.geometry))
        return export(self.renderer, path, fmt, **kw)

    def image(self, size=(960, 600), annotate: bool = True):
        """The current picture as a numpy array."""
        return self.renderer.image(size=size, annotate=annotate)

    def __repr__(self) -> str:
        s = self.state
        return (
            f"Explorer(root={s.root!r}, site={s.site!r}, side={s.side!r}, view={s.view!r}, "
            f"map={s.map!r}, mode={s.mode!r})"
        )

    def _repr_png_(self) -> bytes:
        """The annotated picture of the current state, for Jupyter (kept in the saved notebook)."""
        import io

        from PIL import Image

        buf = io.BytesIO()
        Image.fromarray(self.image(size=self.notebook_size, annotate=True)).save(buf, format="PNG")
        return buf.getvalue()

    def show(self) -> Any:
        """Display the annotated picture inline in Jupyter (a PNG output, kept in the
        saved notebook with its disclaimer and credits), or open a window elsewhere."""
        try:
            from IPython import get_ipython  # type: ignore

            in_notebook = getattr(get_ipython(), "kernel", None) is not None
        except ImportError:
            in_notebook = False
        if in_notebook:
            from IPython.display import Image, display  # type: ignore

            return display(Image(data=self._repr_png_()))
        return self.renderer.plotter.show()

    def explore(self, height: int = 640) -> Any:
        """The interactive explorer, opening at this Explorer's state, for a notebook.

        Returns a :class:`footspine_viz.web.single.ExplorerPage`: shown as a
        cell's value it is the browser explorer in an ``<iframe srcdoc>``, every
        script and all its data inside the notebook, so it runs offline in
        JupyterLab and in the notebook exported to HTML. ``save(path)`` writes
        it as one HTML file. The first call builds the explorer's site into the
        cache (about a minute); later calls reuse it.
        """
        from footspine_viz.web.single import ExplorerPage

        return ExplorerPage.at(self.state, geometry=self.renderer.geometry, height=height)

    def close(self) -> None:
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None
