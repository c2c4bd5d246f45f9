"""Frames, annotated PNG screenshots and other exports (SVG/PDF, glTF, HTML).

Every file is written through :func:`footspine_viz.fileio.atomic_path`, so a
failed export never leaves a partial file, and the target is checked with
:func:`check_writable_target` before any rendering starts.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import numpy as np

from footspine_viz.errors import UserError
from footspine_viz.fileio import atomic_path, check_writable_target
from footspine_viz.render import annotate as ann
from footspine_viz.scene.labels import site_title

MAX_PIXELS = 8192
FORMATS = ("png", "svg", "pdf", "gltf", "html")
VIEW_WORDS = {
    "overview-posterior": "from behind", "overview-anterior": "from the front", "lateral": "from the side",
    "lumbar-closeup": "lower back, arches cut away", "lumbar-lateral": "lower back from the side",
    "pelvis-posterior": "pelvis from behind",
    "leg-posterior": "lower leg from behind", "foot-dorsal": "top of the foot", "foot-plantar": "sole of the foot",
    "foot-medial": "inner side of the foot", "foot-lateral": "outer side of the foot",
}


def _readable(tmp: Path) -> None:
    """Give the temporary file the usual permissions (mkstemp makes it 0600)."""
    import os

    mask = os.umask(0)
    os.umask(mask)
    try:
        os.chmod(tmp, 0o666 & ~mask)
    except OSError:  # pragma: no cover - e.g. a filesystem without modes
        pass


def check_size(size, scale: int = 1) -> tuple[int, int]:
    """Validate an output size (UserError on nonsense such as 0 or 100000)."""
    try:
        w, h = (int(v) for v in size)
        scale = int(scale)
    except (TypeError, ValueError):
        raise UserError(f"image size {size!r} is not two whole numbers", "e.g. --size 1920x1080") from None
    if scale < 1 or scale > 4:
        raise UserError(f"scale {scale} is outside 1..4", "use --scale 1, 2, 3 or 4")
    if w < 64 or h < 64 or w * scale > MAX_PIXELS or h * scale > MAX_PIXELS:
        raise UserError(f"image size {w}x{h} (scale {scale}) is outside 64..{MAX_PIXELS} pixels per side",
                        "e.g. --size 1920x1080")
    return w, h


@contextlib.contextmanager
def window(r: Any, size):
    """Temporarily resize the render window, re-fitting the camera preset."""
    old = tuple(r.plotter.window_size)
    cam = r.renderer.GetActiveCamera()
    saved = (cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp(), cam.GetViewAngle())
    changed = tuple(size) != old
    if changed:
        r.plotter.window_size = list(size)
        if r.view:
            r.set_view(r.view)
    try:
        yield
    finally:
        if changed:
            r.plotter.window_size = list(old)
            cam.SetPosition(*saved[0])
            cam.SetFocalPoint(*saved[1])
            cam.SetViewUp(*saved[2])
            cam.SetViewAngle(saved[3])
            r._place_captions()


def describe(r: Any, state) -> dict:
    """Title, subtitle, legend and caption lines for ``state`` (also index.json)."""
    kn = r.knowledge
    side = {"left": "left side", "right": "right side", "both": "both sides"}[state.side]
    student = state.mode == "student"
    if state.site:
        roots = kn.site_roots(state.site)
        prim = [rt for rt, lk in roots if lk == "primary"]
        if student:
            title = f"{site_title(kn, state.site, 'student')} ({side})"
            if roots:
                title += ": " + ", ".join(f"{rt}{'' if lk == 'primary' else ' (possible)'}" for rt, lk in roots)
        else:
            what = site_title(kn, state.site, "patient")
            title = f"{what[0].upper()}{what[1:]} ({side})"
            if prim:
                title += f": can press on the {' and '.join(prim)} nerve"
            elif kn.sites[state.site].get("kind") == "peripheral":
                title += ": a nerve squeezed outside the spine"
    elif state.root:
        title = f"{state.root} nerve root ({side})" if not student else f"{state.root} root: course and dermatome ({side})"
    else:
        title = "Nerves from the lower back to the foot" if not student else "Lumbosacral roots and the nerves of the leg"
    mp = kn.maps.get(state.map, {})
    map_name = mp.get("title", state.map)
    sub = [f"Skin map: {map_name}" if "dermatomes" in state.layers else "Skin map hidden",
           f"view: {VIEW_WORDS.get(state.view, state.view)}"]
    if "pain" in state.layers:
        sub.append("stripes: typical pain")
    legend = []
    shown = [rt for rt, _ in r.highlight.roots] or ([] if r.highlight.peripheral else list(kn.roots))
    for rt in kn.roots:
        if rt in shown:
            legend.append((rt, kn.palette.get(rt, "#888888"), "solid"))
    if r.highlight.peripheral or "peripheral" in state.layers:
        legend.append(("nerve territory", r.theme.peripheral, "solid"))
    if state.site and kn.sites.get(state.site, {}).get("kind") != "systemic":
        legend.append(("pressure point", r.theme.pathology, "solid"))
    if "pain" in state.layers:
        legend.append(("typical pain", r.theme.pain, "stripes"))
    # The disclaimer, and the emergency box exactly when explain() says it
    # applies (a central or multi-root site, or the cauda equina flag), in the
    # knowledge base's words: the picture must never say less than the panel.
    ui_text = kn.texts.get("ui", {})
    caption = [ui_text.get("disclaimer", ann.DISCLAIMER), ann.CREDITS]
    if student:
        caption.append((kn.texts.get("picture") or {}).get("student-note", ann.STUDENT_NOTE))
    banner = None
    if state.site:
        from footspine_viz.model import explain

        e = explain(r.kb, site=state.site, side="left" if state.side == "both" else state.side,
                    mode=state.mode)
        if e.emergency:
            banner = e.text.get("emergency") or ui_text.get("emergency", ann.EMERGENCY)
    return dict(title=title, subtitle="  ·  ".join(sub), legend=legend, caption=caption, banner=banner,
                map=state.map, map_title=map_name)


def render_image(r: Any, size=None, transparent: bool = False, annotate: bool = False, scale: int = 1) -> np.ndarray:
    """Render the current state at ``size`` x ``scale`` and return the pixels."""
    size = tuple(size or r.plotter.window_size)
    px = (int(size[0]) * int(scale), int(size[1]) * int(scale))
    with window(r, px):
        for cap in r._captions:
            cap.SetVisibility(False)
        img = r.grab(transparent=transparent)
        if annotate and r.state is not None:
            info = describe(r, r.state)
            img = ann.annotate(img, r, r.state, info["title"], info["subtitle"], info["legend"],
                               info["caption"], info["banner"])
    if not annotate:
        r._place_captions()
    return np.ascontiguousarray(img)


def screenshot(r: Any, path, annotate: bool = True, size=(1920, 1080), scale: int = 1,
               transparent: bool = False, force: bool = True) -> Path:
    """Write a PNG of the current state; annotated by default."""
    from PIL import Image

    w, h = check_size(size, scale)
    target = check_writable_target(path, force=force)
    img = render_image(r, (w, h), transparent=transparent, annotate=annotate, scale=scale)
    with atomic_path(target) as tmp:
        # zlib level 3: a 1920x1080 frame encodes in ~0.1 s instead of ~0.5 s at the default
        Image.fromarray(img).save(tmp, format="PNG", compress_level=3)
        _readable(tmp)
    return target


def export(r: Any, path, fmt: str, size=(1920, 1080), scale: int = 1, transparent: bool = False,
           force: bool = True) -> Path:
    """Export in ``fmt``: png, svg/pdf (vector text, raster 3D), gltf, html."""
    if fmt not in FORMATS:
        from footspine_viz.scene.state import suggest

        raise suggest(fmt, FORMATS, "format")
    target = check_writable_target(path, force=force)
    if fmt == "png":
        return screenshot(r, target, size=size, scale=scale, transparent=transparent, force=True)
    w, h = check_size(size, scale)
    with atomic_path(target) as tmp:
        if fmt in ("svg", "pdf"):
            with window(r, (w * scale, h * scale)):
                for cap in r._captions:
                    cap.SetVisibility(False)
                r.plotter.add_text(describe(r, r.state)["title"], position="upper_left", font_size=14,
                                   name="_export_title", color=r.theme.text)
                try:
                    r.plotter.save_graphic(str(tmp), title=describe(r, r.state)["title"])
                finally:
                    r.plotter.remove_actor("_export_title", render=False)
        elif fmt == "gltf":
            tmp_g = tmp.with_suffix(".gltf")
            r.plotter.export_gltf(str(tmp_g), inline_data=True, save_normals=True)
            tmp_g.replace(tmp)
        elif fmt == "html":
            tmp.write_text(standalone_html(r), encoding="utf-8")
        _readable(tmp)
    return target


def standalone_html(r: Any) -> str:
    """The current scene as one self-contained HTML file (vtk.js offline viewer).

    VTK's own JSON scene exporter writes the geometry and vertex colours;
    trame-vtk's offline viewer page embeds it, so nothing is fetched from the
    web when the file is opened. 2D labels are not part of it.
    """
    import io
    import os
    import tempfile
    import zipfile

    from vtkmodules.vtkIOExport import vtkJSONSceneExporter

    try:
        from trame_vtk.tools.vtksz2html import write_html
    except ImportError as exc:  # pragma: no cover - trame-vtk is a dependency
        from footspine_viz.errors import EnvironmentProblem

        raise EnvironmentProblem("HTML export needs trame-vtk", "pip install trame-vtk") from exc
    for cap in r._captions:
        cap.SetVisibility(False)
    try:
        r.render()
        with tempfile.TemporaryDirectory() as d:
            root = os.path.join(d, "scene")
            ex = vtkJSONSceneExporter()
            ex.SetRenderWindow(r.plotter.ren_win)
            ex.SetFileName(root)
            ex.Write()
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for dp, _, files in os.walk(root):
                    for f in sorted(files):
                        full = os.path.join(dp, f)
                        z.write(full, os.path.relpath(full, root))
    finally:
        r._place_captions()
    out = io.StringIO()
    write_html(buf.getvalue(), out)
    title = describe(r, r.state)["title"] if r.state is not None else "footspine-viz"
    import html as _html

    return out.getvalue().replace("<title>VTK.js | Example - OfflineLocalView</title>",
                                  f"<title>{_html.escape(title)} - footspine-viz</title>")
