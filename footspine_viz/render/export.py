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

MAX_PIXELS = 8192
#: What the VTK renderer writes; the html format (the browser explorer as one
#: page) is written by footspine_viz.web.single, which draws nothing here.
FORMATS = ("png", "svg", "pdf", "gltf")


def parse_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` -> (1920, 1080), checked (UserError on nonsense)."""
    import re

    m = re.fullmatch(r"\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*", str(text))
    if not m:
        raise UserError(f"size {text!r} is not WIDTHxHEIGHT", "e.g. --size 1920x1080")
    return check_size((int(m[1]), int(m[2])))


def check_size(size, scale: int = 1) -> tuple[int, int]:
    """Validate an output size (UserError on nonsense such as 0 or 100000)."""
    try:
        w, h = (int(v) for v in size)
        scale = int(scale)
    except (TypeError, ValueError):
        raise UserError(
            f"image size {size!r} is not two whole numbers", "e.g. --size 1920x1080"
        ) from None
    if scale < 1 or scale > 4:
        raise UserError(f"scale {scale} is outside 1..4", "use --scale 1, 2, 3 or 4")
    if w < 64 or h < 64 or w * scale > MAX_PIXELS or h * scale > MAX_PIXELS:
        raise UserError(
            f"image size {w}x{h} (scale {scale}) is outside 64..{MAX_PIXELS} pixels per side",
            "e.g. --size 1920x1080",
        )
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
            r.captions.place()


def render_image(
    r: Any, size=None, transparent: bool = False, annotate: bool = False, scale: int = 1
) -> np.ndarray:
    """Render the current state at ``size`` x ``scale`` and return the pixels."""
    size = tuple(size or r.plotter.window_size)
    px = (int(size[0]) * int(scale), int(size[1]) * int(scale))
    with window(r, px):
        r.captions.hide()
        img = r.grab(transparent=transparent)
        if annotate and r.frame is not None:
            img = ann.annotate(img, r, r.frame)
    if not annotate:
        r.captions.place()
    return np.ascontiguousarray(img)


def screenshot(
    r: Any,
    path,
    annotate: bool = True,
    size=(1920, 1080),
    scale: int = 1,
    transparent: bool = False,
    force: bool = True,
) -> Path:
    """Write a PNG of the current state; annotated by default."""
    from PIL import Image

    w, h = check_size(size, scale)
    target = check_writable_target(path, force=force)
    img = render_image(r, (w, h), transparent=transparent, annotate=annotate, scale=scale)
    with atomic_path(target) as tmp:
        # zlib level 3: a 1920x1080 frame encodes in ~0.1 s instead of ~0.5 s at the default
        Image.fromarray(img).save(tmp, format="PNG", compress_level=3)
    return target


def export(
    r: Any,
    path,
    fmt: str,
    size=(1920, 1080),
    scale: int = 1,
    transparent: bool = False,
    force: bool = True,
) -> Path:
    """Export in ``fmt``: png, svg/pdf (vector text, raster 3D) or gltf."""
    if fmt not in FORMATS:
        from footspine_viz.model.ids import unknown

        raise unknown("format", fmt, FORMATS)
    target = check_writable_target(path, force=force)
    if fmt == "png":
        return screenshot(r, target, size=size, scale=scale, transparent=transparent, force=True)
    w, h = check_size(size, scale)
    with atomic_path(target) as tmp:
        if fmt in ("svg", "pdf"):
            title = r.frame.title if r.frame is not None else ""
            with window(r, (w * scale, h * scale)):
                r.captions.hide()
                r.plotter.add_text(
                    title,
                    position="upper_left",
                    font_size=14,
                    name="_export_title",
                    color=r.theme.text,
                )
                try:
                    r.plotter.save_graphic(str(tmp), title=title)
                finally:
                    r.plotter.remove_actor("_export_title", render=False)
        elif fmt == "gltf":
            tmp_g = tmp.with_suffix(".gltf")
            r.plotter.export_gltf(str(tmp_g), inline_data=True, save_normals=True)
            tmp_g.replace(tmp)
    return target
