"""Helpers the image and scene tests share: find skin points, read colours.

A test asks "is L5's colour on the top of the foot?" by picking a skin vertex
near a named landmark, projecting it to a pixel, and comparing chromaticity
(colour without brightness, so shading does not matter) with the candidates.
"""

from __future__ import annotations

import numpy as np

FOOT = ("foot", "toe1", "toe2", "toe3", "toe4", "toe5")


def skin_point(r, landmark: str, direction, segments=FOOT) -> np.ndarray:
    """The left-side skin vertex near ``landmark`` that lies furthest along ``direction``.

    ``"sole-mid"`` is the lowest skin point half-way from the heel to the
    third metatarsal head.
    """
    p = np.asarray(r.atlas.structures["skin"].points, dtype=float)
    if landmark == "sole-mid":
        heel, toe = r.landmarks["heel-back.left"], r.landmarks["mtp3-dorsum.left"]
        mid = heel + 0.5 * (toe - heel)
        near = np.flatnonzero(np.linalg.norm(p[:, :2] - mid[:2], axis=1) < 0.01)
        return p[near[np.argmin(p[near, 2])]]
    seg = np.asarray(r.atlas.skin_labels["segment"]).astype(str)
    side = np.asarray(r.atlas.skin_labels["side"]).astype(str)
    lm = r.landmarks[f"{landmark}.left"]
    axis = np.asarray(direction, dtype=float)
    perp = np.linalg.norm(np.cross(p - lm, axis), axis=1)
    ok = (
        (side == "left") & (perp < 0.012) & ((p - lm) @ axis > -0.03) & np.isin(seg, list(segments))
    )
    idx = np.flatnonzero(ok)
    assert len(idx), f"no skin near {landmark}"
    return p[idx[np.argmax(p[idx] @ axis)]]


def chroma(c) -> np.ndarray:
    """Chromaticity of RGB values (0..255), brightness divided out."""
    c = np.asarray(c, dtype=float)[..., :3] + 1.0
    return c / c.sum(axis=-1, keepdims=True)


def looks_like(img, r, point, colour_rgb01, others_rgb01) -> bool:
    """Is the pixel over ``point`` closer in chromaticity to ``colour`` than to every one of ``others``?"""
    x, y, _ = r.world_to_display([point])[0]
    x, y = int(round(x)), int(round(y))
    h, w = img.shape[:2]
    assert 2 <= x < w - 2 and 2 <= y < h - 2, "point projects outside the picture"
    px = chroma(np.median(img[y - 1 : y + 2, x - 1 : x + 2, :3].reshape(-1, 3), axis=0))
    d = np.linalg.norm(px - chroma(np.asarray(colour_rgb01) * 255))
    return all(d < np.linalg.norm(px - chroma(np.asarray(o) * 255)) for o in others_rgb01)
