"""What the sacrum's cut is placed from, measured on the uncut, refined sacrum.

The S1 endplate (from :func:`footspine_viz.atlas.landmarks.analyse_sacrum`),
the apex where the coccyx was cut off, the auricular surfaces facing each hip
bone, the back edge of the L5-S1 disc, and rays along y and x through the mesh
(its front and back surfaces at the midline, its width at a height).
:mod:`footspine_viz.atlas.sacrum` plans and cuts the canal and foramina from
these.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

import numpy as np
from scipy.spatial import cKDTree

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas.landmarks import SacrumTop


class Auricular(TypedDict):
    """The sacrum's surface facing one hip bone."""

    centre: np.ndarray
    zmin: float
    zmax: float


class Measures(TypedDict):
    """What :func:`measure` takes on the uncut sacrum (world metres)."""

    rays: Rays
    top: float  # z of the S1 endplate
    apex: np.ndarray  # where the coccyx was cut off, on the midline
    height: float  # top - apex
    auricular: dict[str, Auricular]
    plate: np.ndarray
    ala: dict[str, np.ndarray]
    l5_canal: np.ndarray
    disc_back: float  # y of the L5-S1 disc's back edge at the midline
    p: np.ndarray
    f: np.ndarray


class Rays:
    """First/last crossings of straight lines with the sacrum."""

    def __init__(self, p: np.ndarray, f: np.ndarray):
        self.p, self.f = p, f
        self.y0 = p[:, 1].min() - 0.05

    def along_y(self, x: float, z: float) -> np.ndarray:
        h = geo.ray_hits(self.p, self.f, np.array([[x, self.y0, z]]), np.array([[0, 1.0, 0]]))[0]
        out: np.ndarray = self.y0 + h
        return out


def measure(
    p: np.ndarray,
    f: np.ndarray,
    s1: SacrumTop,
    hips: Mapping[str, np.ndarray],
    l5_canal: np.ndarray,
    disc_points: np.ndarray,
) -> Measures:
    """Measurements on the uncut sacrum that the cut is placed from.

    Parameters
    ----------
    p, f
        The refined sacrum (metres, world frame).
    s1
        :func:`footspine_viz.atlas.landmarks.analyse_sacrum` output (S1 endplate
        centre ``plate``, its ``normal``, the ``ala`` per side).
    hips
        Hip-bone vertices per side (the auricular surfaces face them).
    l5_canal
        Canal centre of L5: the sacral canal continues it.
    disc_points
        Vertices of the L5-S1 disc: the canal stays behind its back edge.
    """
    rays = Rays(p, f)
    top = float(s1["plate"][2])
    low = p[p[:, 2] < p[:, 2].min() + 0.002]
    apex = low.mean(0)
    apex[0] = 0.0
    height = top - float(apex[2])
    auric: dict[str, Auricular] = {}
    for side, sg in (("left", 1.0), ("right", -1.0)):
        d, _ = cKDTree(hips[side]).query(p)
        facing = p[(p[:, 0] * sg > 0) & (d < 0.006)]
        auric[side] = {
            "centre": facing.mean(0),
            "zmin": float(facing[:, 2].min()),
            "zmax": float(facing[:, 2].max()),
        }
    # half-width of the sacrum per height, at the depth of the canal
    disc_back = float(disc_points[np.abs(disc_points[:, 0]) < 0.004][:, 1].max())
    return {
        "rays": rays,
        "top": top,
        "apex": apex,
        "height": height,
        "auricular": auric,
        "plate": np.asarray(s1["plate"], float),
        "ala": s1["ala"],
        "l5_canal": l5_canal,
        "disc_back": disc_back,
        "p": p,
        "f": f,
    }


def z_at(m: Measures, frac: float) -> float:
    """Height of a fraction of the way down from the S1 endplate (0) to the apex (1)."""
    return m["top"] - frac * m["height"]


def half_width_at(m: Measures, z: float) -> float:
    """Half the widest left-right extent of the sacrum's horizontal section at height z."""
    p, f = m["p"], m["f"]
    x0 = p[:, 0].min() - 0.05
    ys = np.linspace(p[:, 1].min(), p[:, 1].max(), 15)[1:-1]
    hits = geo.ray_hits(
        p,
        f,
        np.c_[np.full_like(ys, x0), ys, np.full_like(ys, z)],
        np.tile([1.0, 0.0, 0.0], (len(ys), 1)),
    )
    widths = [0.5 * (h[-1] - h[0]) for h in hits if len(h) >= 2]
    return float(max(widths)) if widths else 0.02
