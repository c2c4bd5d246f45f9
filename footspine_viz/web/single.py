"""The explorer as one HTML file: scripts, styles and data inlined, opening offline at a state.

``footspine-viz screenshot --format html``, :meth:`Explorer.explore` (a
notebook's output) and anyone who wants to mail the explorer use it. The
file is the built site (:mod:`footspine_viz.web.build`, reused from the cache
when current) folded into its ``index.html``: the stylesheet in a ``<style>``,
every data file and the script as base64 of their gzip bytes (the page
un-gzips them with the browser's own ``DecompressionStream``), and the state
to open in the page's boot data. No request leaves the file: no preload
hints, no service worker, no fonts or icons from anywhere.
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import Any

from footspine_viz.web.build import BOOT_MARKER, DATA_FILES, _gz, ensure_site

#: The loader that un-gzips the inlined script and runs it.
LOADER = """<script>
(async () => {
  const bytes = Uint8Array.from(atob(FSV_INLINE['app.js']), (c) => c.charCodeAt(0));
  const code = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  const s = document.createElement('script');
  s.textContent = code;
  document.body.append(s);
})();
</script>"""


def state_hash(state: Any) -> str:
    """The page's address form of a view state (web/src/state.js toHash)."""
    from urllib.parse import urlencode

    from footspine_viz.scene.state import DEFAULT_LAYERS
    from footspine_viz.scene.views import default_skin_opacity

    q: list[tuple[str, str]] = []
    if state.root:
        q.append(("root", state.root))
    if state.site:
        q.append(("site", state.site))
    q += [("side", state.side), ("view", state.view), ("map", state.map), ("mode", state.mode)]
    if set(state.layers) != set(DEFAULT_LAYERS):
        q.append(("layers", ",".join(sorted(state.layers))))
    if abs(float(state.skin_opacity) - default_skin_opacity(state.view)) > 1e-9:
        q.append(("opacity", repr(float(state.skin_opacity))))
    return "#" + urlencode(q, safe=",")


def _boot(index_html: str) -> dict[str, Any]:
    start = index_html.index('id="fsv-boot">') + len('id="fsv-boot">')
    return json.loads(
        index_html[start : index_html.index("</script>", start)].replace("<\\/", "</")
    )


def page(site: Path, state: Any = None) -> str:
    """The single-file page of the built ``site``, opening at ``state`` (home when None)."""
    index = (site / "index.html").read_text(encoding="utf-8")
    boot = _boot(index)
    if state is not None:
        boot["state"] = state_hash(state)
    boot["single"] = True
    inline = {
        f"data/{name}": base64.b64encode(_gz((site / "data" / name).read_bytes())).decode("ascii")
        for name in DATA_FILES
    }
    inline["app.js"] = base64.b64encode(_gz((site / "app.js").read_bytes())).decode("ascii")
    css = (site / "app.css").read_text(encoding="utf-8").replace("</", "<\\/")
    out = []
    for line in index.splitlines():
        if line.startswith('<link rel="preload"'):
            continue  # nothing to fetch: the data is inline
        if line.strip() == '<link rel="stylesheet" href="app.css">':
            line = f"<style>{css}</style>"
        elif line.startswith('<script type="application/json" id="fsv-boot">'):
            blob = json.dumps(boot, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
            line = BOOT_MARKER.decode().replace("{}", blob)
        elif line.strip() == '<script src="app.js"></script>':
            line = f"<script>window.FSV_INLINE = {json.dumps(inline)};</script>\n{LOADER}"
        out.append(line)
    text = "\n".join(out) + "\n"
    if "app.js</script>" in text or 'href="data/' in text:
        raise ValueError("the single page still refers to a file (the page bundle changed?)")
    return text


def single_page(state: Any, path: str | Path, src: Any = None, progress: bool = False) -> Path:
    """Write the explorer as one HTML file opening at ``state``; return its path (written atomically)."""
    from footspine_viz.fileio import atomic_path

    text = page(ensure_site(src, progress=progress), state)
    path = Path(path)
    with atomic_path(path) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")
    return path


def iframe(text: str, height: int = 640) -> str:
    """The page in an ``<iframe srcdoc>``: runs offline in JupyterLab and in an exported notebook."""
    return (
        f'<iframe srcdoc="{html.escape(text, quote=True)}" style="width:100%;height:{height}px;'
        'border:0" allow="fullscreen" title="footspine-viz explorer"></iframe>'
    )


class ExplorerPage:
    """The single-file explorer page at one state; a notebook shows it as an iframe."""

    def __init__(self, text: str, height: int = 640) -> None:
        self.html = text
        self.height = height

    @classmethod
    def at(cls, state: Any, geometry: Any = None, height: int = 640) -> ExplorerPage:
        from footspine_viz.web.source import SceneSource

        src = SceneSource(geometry=geometry) if geometry is not None else None
        return cls(page(ensure_site(src, progress=True), state), height)

    def _repr_html_(self) -> str:
        return iframe(self.html, self.height)

    def save(self, path: str | Path) -> Path:
        """Write the page as one HTML file (atomically)."""
        from footspine_viz.fileio import atomic_path

        path = Path(path)
        with atomic_path(path) as tmp:
            Path(tmp).write_text(self.html, encoding="utf-8")
        return path

    def __repr__(self) -> str:
        return f"ExplorerPage({len(self.html) / 1e6:.1f} MB of HTML)"
