"""Annotations drawn over a rendered frame with Pillow: title, labels with
leader lines (laid out so that they neither overlap each other nor leave the
picture), legend of root colours, the map's name and a caption with the
disclaimer and the credits line.

Drawing in 2D after the 3D render (rather than with VTK text actors) gives
exact control of the layout at any export size and keeps labels readable on
top of translucent skin.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)


@lru_cache(maxsize=32)
def font(size: int, bold: bool = False):
    from PIL import ImageFont

    names = ("DejaVuSans-Bold.ttf",) if bold else ("DejaVuSans.ttf",)
    for d in FONT_DIRS:
        for n in names:
            p = Path(d) / n
            if p.exists():
                return ImageFont.truetype(str(p), size)
    try:
        import matplotlib  # noqa: F401 - only for its bundled DejaVu font

        p = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / names[0]
        if p.exists():
            return ImageFont.truetype(str(p), size)
    except ImportError:
        pass
    return ImageFont.load_default(size=size)


def text_size(text: str, f) -> tuple[int, int]:
    b = f.getbbox(text)
    return int(b[2] - b[0]), int(b[3] - b[1])


def _hex(c) -> tuple[int, int, int]:
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]
    return tuple(int(round(float(v) * 255)) for v in c[:3])  # type: ignore[return-value]


def _hexa(c: str) -> tuple[int, int, int, int]:
    c = c.lstrip("#")
    a = int(c[6:8], 16) if len(c) >= 8 else 255
    return (*_hex(c[:6]), a)


def bands(size) -> tuple[int, int]:
    """Heights (px) of the title band at the top and the caption band at the bottom."""
    w, h = size
    return int(h * 0.095), int(h * 0.125)


def layout(
    r: Any, labels, size, margin: float = 0.02, max_labels: int = 8, font_px: int | None = None
):
    """Place labels: [(label, (ax, ay) anchor px, (bx, by, bw, bh) box px)].

    Each label keeps its first candidate anchor that projects inside the free
    area (between the title and caption bands). Boxes sit beside their anchor,
    away from the picture's centre, are clamped inside the picture and pushed
    apart vertically so that no two overlap.
    """
    w, h = size
    top, bottom = bands(size)
    m = int(margin * w)
    fpx = font_px or max(9, int(h * 0.021))
    f = font(fpx)
    pad = max(2, fpx // 4)
    ylo, yhi = top + pad, h - bottom - pad
    chosen: list[list[Any]] = []
    used_anchor: list[tuple[float, float]] = []
    for lab in sorted(labels, key=lambda L: L.priority):
        if len(chosen) >= max_labels:
            break
        pts = np.asarray(lab.anchors)
        if lab.normals is not None:  # keep the part of a skin area that faces the camera
            cam = np.asarray(r.renderer.GetActiveCamera().GetPosition())
            facing = (np.asarray(lab.normals) * (cam - pts)).sum(axis=1) > 0
            # A sliver at the edge of the view (the CFN's territory seen from
            # behind) is no place to point at: label the area only where a
            # fair part of it faces the camera.
            if facing.sum() < max(20, 0.05 * len(pts)):
                continue
            pts = pts[facing]
        if len(pts) > 400:
            pts = pts[:: max(1, len(pts) // 400)]
        d = r.world_to_display(pts)
        inside = (
            (d[:, 0] > m)
            & (d[:, 0] < w - m)
            & (d[:, 1] > ylo + fpx)
            & (d[:, 1] < yhi - fpx)
            & (d[:, 2] > 0)
            & (d[:, 2] < 1)
        )
        if not inside.any():
            continue
        cand = d[inside]
        if lab.kind == "field":
            c = cand[:, :2].mean(axis=0)
            k = int(np.argmin(np.linalg.norm(cand[:, :2] - c, axis=1)))
            ax, ay = cand[k, 0], cand[k, 1]
        else:
            ax, ay = cand[0, 0], cand[0, 1]
        if any(abs(ax - ux) < fpx and abs(ay - uy) < fpx for ux, uy in used_anchor):
            continue
        used_anchor.append((ax, ay))
        tw, th = text_size(lab.text, f)
        chosen.append([lab, ax, ay, tw + 2 * pad, th + 2 * pad])
    # two groups: anchors left of centre get boxes to their left, and so on
    placed = []
    gap = max(2, fpx // 3)
    offset = max(24, int(w * 0.045))
    for left in (True, False):
        group = [c for c in chosen if (c[1] < w / 2) == left]
        group.sort(key=lambda c: c[2])
        boxes = []
        for lab, ax, ay, bw, bh in group:
            bx = ax - offset - bw if left else ax + offset
            bx = int(np.clip(bx, m, w - m - bw))
            by = int(np.clip(ay - bh / 2, ylo, yhi - bh))
            boxes.append([lab, ax, ay, bx, by, bw, bh])
        # push down to remove overlaps, then up if the last one fell off
        for i in range(1, len(boxes)):
            prev = boxes[i - 1]
            if boxes[i][4] < prev[4] + prev[6] + gap:
                boxes[i][4] = prev[4] + prev[6] + gap
        if boxes and boxes[-1][4] + boxes[-1][6] > yhi:
            boxes[-1][4] = yhi - boxes[-1][6]
            for i in range(len(boxes) - 2, -1, -1):
                nxt = boxes[i + 1]
                if boxes[i][4] + boxes[i][6] + gap > nxt[4]:
                    boxes[i][4] = nxt[4] - boxes[i][6] - gap
        for lab, ax, ay, bx, by, bw, bh in boxes:
            if by < ylo - 1:  # does not fit: drop rather than overflow
                continue
            placed.append((lab, (ax, ay), (bx, by, bw, bh)))
    return placed


def annotate(img: np.ndarray, r: Any, frame: Any) -> np.ndarray:
    """Draw the frame's title, labels, legend, caption and urgent note over ``img`` (H x W x 3/4 uint8)."""
    from PIL import Image, ImageDraw

    h, w = img.shape[:2]
    mode = "RGBA" if img.shape[2] == 4 else "RGB"
    base = Image.fromarray(img, mode).convert("RGBA")
    over = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    th = r.theme
    state, title, subtitle = frame.state, frame.title, frame.subtitle
    legend, banner = frame.legend, frame.urgent
    # the calm safety-net note goes with the caption; the red box is only for an emergency
    caption_lines = frame.caption
    fg = _hex(th.text)
    panel = _hexa(th.panel)
    top, bottom = bands((w, h))
    m = int(0.02 * w)

    # title band
    tsize = max(10, int(h * 0.036))
    ft = font(tsize, bold=True)
    while text_size(title, ft)[0] > w - 2 * int(0.02 * w) and tsize > max(9, int(h * 0.024)):
        tsize -= 1  # shrink a long title to fit before cutting it
        ft = font(tsize, bold=True)
    fs = font(max(8, int(h * 0.02)))
    d.rectangle([0, 0, w, top], fill=panel)
    d.text((m, int(top * 0.12)), _fit(title, ft, w - 2 * m), font=ft, fill=fg)
    d.text((m, int(top * 0.6)), _fit(subtitle, fs, w - 2 * m), font=fs, fill=fg + (210,))

    # labels with leader lines
    if "labels" in state.layers:
        fpx = max(9, int(h * 0.021))
        fl = font(fpx)
        lw = max(1, int(round(h / 540)))
        for lab, (ax, ay), (bx, by, bw, bh) in layout(r, frame.labels, (w, h), font_px=fpx):
            col = _hex(lab.rgb) if lab.rgb is not None else fg
            ex = bx + bw if ax >= bx + bw else bx
            ey = by + bh / 2
            d.line([(ax, ay), (ex, ey)], fill=(20, 20, 20, 200), width=lw + 2)
            d.line([(ax, ay), (ex, ey)], fill=col + (255,), width=lw)
            rr = max(2, lw + 1)
            d.ellipse(
                [ax - rr, ay - rr, ax + rr, ay + rr], fill=col + (255,), outline=(20, 20, 20, 220)
            )
            d.rounded_rectangle(
                [bx, by, bx + bw, by + bh],
                radius=max(2, bh // 4),
                fill=panel,
                outline=col + (255,),
                width=lw,
            )
            pad = max(2, fpx // 4)
            tb = fl.getbbox(lab.text)
            d.text((bx + pad - tb[0], by + pad - tb[1]), lab.text, font=fl, fill=fg)

    # caption band: legend row, then the caption lines, all of them: the band
    # grows upwards rather than cut the disclaimer, the safety note or the credits
    fc = font(max(8, int(h * 0.0165)))
    sw = max(8, int(h * 0.018))
    line_h = text_size("Ag", fc)[1] + max(2, int(h * 0.006))
    wrapped = [sub for line in caption_lines for sub in _wrap(line, fc, w - 2 * m)]
    need = int(bottom * 0.08) + sw + int(bottom * 0.08) + line_h * len(wrapped) + 2
    bottom = max(bottom, need)
    d.rectangle([0, h - bottom, w, h], fill=panel)
    y = h - bottom + int(bottom * 0.08)
    x = m
    for entry in legend:
        text, colour, style = entry.text, entry.rgb, entry.style
        tw, tht = text_size(text, fc)
        if x + sw + 6 + tw > w - m:
            break
        box = [x, y, x + sw, y + sw]
        d.rectangle(box, fill=_hex(colour) + (255,), outline=fg + (160,))
        if style == "stripes":  # diagonal stripes kept inside the swatch
            step = max(3, sw // 3)
            for k in range(step, 2 * sw, step):
                a = (x + max(0, k - sw), y + min(sw, k))
                b = (x + min(sw, k), y + max(0, k - sw))
                d.line([a, b], fill=(255, 255, 255, 200), width=1)
            d.rectangle(box, outline=fg + (160,))
        d.text((x + sw + 5, y + (sw - tht) // 2 - fc.getbbox(text)[1]), text, font=fc, fill=fg)
        x += sw + 5 + tw + int(w * 0.02)
    y += sw + int(bottom * 0.08)
    for sub in wrapped:
        d.text((m, y), sub, font=fc, fill=fg + (225,))
        y += line_h

    if banner:
        # wrapped, never cut: an emergency message must be read whole
        fb = font(max(9, int(h * 0.019)), bold=True)
        lines = _wrap(banner, fb, w - 2 * m - 16)
        tw = max(text_size(t, fb)[0] for t in lines)
        lh = text_size("Ag", fb)[1] + 4
        bx, by = w - m - tw - 16, top + m // 2
        d.rounded_rectangle(
            [bx, by, w - m, by + lh * len(lines) + 10], radius=6, fill=(176, 32, 32, 235)
        )
        for i, t in enumerate(lines):
            d.text(
                (bx + 8, by + 5 + i * lh - fb.getbbox("Ag")[1]), t, font=fb, fill=(255, 255, 255)
            )

    out = Image.alpha_composite(base, over)
    return np.asarray(out.convert(mode))


def _fit(text: str, f, width: int) -> str:
    if text_size(text, f)[0] <= width:
        return text
    while text and text_size(text + "…", f)[0] > width:
        text = text[:-1]
    return text + "…"


def _wrap(text: str, f, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for wd in words:
        t = f"{cur} {wd}".strip()
        if text_size(t, f)[0] <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines
