"""Per-vertex colours of a frame: the one blend rule every face uses.

A :class:`~footspine_viz.scene.frame.Frame` names its skin layers (field
references with a colour and a scale), its lit nerves (segment, colour, start
arc) and its tinted discs; these functions turn them into vertex colours on
the geometry. The browser computes the same colours from the same frame data
in JavaScript; a parity test compares the two.

Skin rule: each dermatome layer's colour is mixed in proportion to its
weight, so an overlap zone shows a blend of both roots rather than one hiding
the other; nerve-territory layers are one field (their maximum); the pain
layer is drawn as stripes over the result. A painted area is drawn more
opaque than bare skin, so it reads even through an x-ray skin.
"""

from __future__ import annotations

import numpy as np

from footspine_viz.scene.frame import Frame
from footspine_viz.scene.geometry import SceneGeometry

#: Opacity a painted area reaches on an x-ray skin, and the gain on paint amount.
PAINTED_OPACITY = 0.85
PAINT_GAIN = 1.2
PAIN_STRENGTH = 0.8


def skin_fields(geo: SceneGeometry, frame: Frame) -> list[tuple[np.ndarray, np.ndarray]]:
    """[(rgb, per-vertex weight)] of the coloured layers (dermatomes, then one territory field)."""
    out: list[tuple[np.ndarray, np.ndarray]] = []
    territory: np.ndarray | None = None
    t_rgb = t_scale = None
    for layer in frame.skin_layers:
        f = geo.field(layer.map, layer.key, layer.sides)
        if layer.kind == "territory":
            territory = f if territory is None else np.maximum(territory, f)
            t_rgb, t_scale = layer.rgb, layer.scale
        else:
            out.append((np.asarray(layer.rgb), f * layer.scale))
    if territory is not None:
        out.append((np.asarray(t_rgb), territory * t_scale))
    return out


def skin_rgba(geo: SceneGeometry, frame: Frame) -> np.ndarray:
    """RGBA (0..1, float) per full-skin vertex."""
    n = len(geo.skin_points)
    cols = np.tile(np.asarray(frame.skin_base, dtype=float), (n, 1))
    fields = skin_fields(geo, frame)
    if fields:
        total = np.zeros(n)
        acc = np.zeros((n, 3))
        for col, f in fields:
            acc += f[:, None] * col
            total += f
        amount = np.clip(np.maximum.reduce([f for _, f in fields]), 0, 1)
        mix = acc / np.maximum(total, 1e-6)[:, None]
        cols = cols * (1 - amount[:, None]) + mix * amount[:, None]
    else:
        amount = np.zeros(n)
    if frame.pain_layers:
        f = np.zeros(n, dtype=np.float32)
        for layer in frame.pain_layers:
            f = np.maximum(f, geo.field(layer.map, layer.key, layer.sides))
        a = (f * geo.stripes * PAIN_STRENGTH)[:, None]
        cols = cols * (1 - a) + np.asarray(frame.pain_rgb) * a
        amount = np.maximum(amount, a[:, 0])
    op = frame.skin_opacity
    alpha = op + (max(op, PAINTED_OPACITY) - op) * np.clip(amount * PAINT_GAIN, 0, 1)
    out: np.ndarray = np.c_[cols, alpha]
    return out


def nerve_rgb(geo: SceneGeometry, frame: Frame) -> np.ndarray:
    """RGB (0..1) per nerve-tube vertex: lit from each light's start arc, half-lit above it."""
    seg_pt, arc = geo.tubes.segment_of_point, geo.tubes.arc_of_point
    base = np.asarray(frame.nerve_base, dtype=float)
    cols = np.tile(base, (len(seg_pt), 1))
    for t in frame.nerve_tints:
        k = geo.seg_index.get(t.segment)
        if k is not None:
            cols[seg_pt == k] = t.rgb
    for light in frame.nerve_lights:
        k = geo.seg_index[light.segment]
        bright = np.clip(np.asarray(light.rgb) * 1.12 + 0.04, 0, 1)
        sel = (seg_pt == k) & (arc >= light.start - 1e-6)
        cols[sel] = bright
        if light.start > 0:  # upstream of the site: the root itself, unlit but visible
            cols[(seg_pt == k) & (arc < light.start)] = 0.5 * bright + 0.5 * base
    return cols


def disc_rgb(frame: Frame, level_of_point: np.ndarray) -> np.ndarray:
    """RGB per disc vertex, the affected level tinted."""
    cols = np.tile(np.asarray(frame.disc_rgb, dtype=float), (len(level_of_point), 1))
    for level, rgb in frame.disc_tints:
        cols[np.asarray(level_of_point) == level] = rgb
    return cols
