"""Project-made soft tissue: intervertebral discs and the dural sac (CC0).

Discs are lofted between the real endplates: from points on the disc's
mid-plane, rays go up to the upper body's lower endplate and down to the lower
body's upper endplate; the disc's faces stop a fraction of a millimetre short
of each hit, so the disc touches neither vertebra's interior. The dural sac is
a tube along the canal centres, its radius kept clear of the bone, ending in
the sacrum at about S2.
"""

from __future__ import annotations

from typing import TypedDict

import numpy as np
from scipy.interpolate import CubicSpline
from scipy.spatial import cKDTree

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas.geometry import Mesh

GAP = 0.0004  # clearance between disc and endplate, metres
N_ANG = 48
N_RING = 7
MAX_HALF_GAP = 0.012  # metres from the mid-plane to an endplate
STEP = 0.0015  # radial step of the endplate search, metres
MAX_SLOPE = 0.9  # an endplate steeper than about 42 degrees is its rim


class Disc(TypedDict):
    """A lofted disc: its mesh and where it sits (world metres)."""

    points: np.ndarray
    faces: np.ndarray
    centre: np.ndarray  # on its mid-plane
    axis: np.ndarray  # unit, from the lower body towards the upper one
    posterolateral: dict[str, np.ndarray]  # rim point per side, 45 degrees off the back
    height: float  # at the centre


def _near_faces(p: np.ndarray, f: np.ndarray, centre: np.ndarray, radius: float) -> np.ndarray:
    keep = np.linalg.norm(p[f].mean(1) - centre, axis=1) < radius
    out: np.ndarray = f[keep]
    return out


def loft_disc(
    upper: Mesh, lower: Mesh, up_c: np.ndarray, lo_c: np.ndarray, axis: np.ndarray
) -> Disc:
    """Disc between two bodies. upper/lower are (points, faces); *_c the facing endplate centres;
    axis runs from the lower body's centre to the upper one's."""
    u = np.asarray(axis, dtype=float).copy()
    u /= np.linalg.norm(u)
    ex = np.array([1.0, 0, 0]) - u * u[0]
    ex /= np.linalg.norm(ex)
    ey = np.cross(u, ex)  # points posterior (+y) when u is up and ex is +x
    if ey[1] < 0:
        ey = -ey
    m = 0.5 * (up_c + lo_c)
    up_f = _near_faces(upper[0], upper[1], m, 0.045)
    lo_f = _near_faces(lower[0], lower[1], m, 0.045)
    th = np.linspace(0, 2 * np.pi, N_ANG, endpoint=False)
    dirs = np.cos(th)[:, None] * ex + np.sin(th)[:, None] * ey
    radii = np.arange(0.0, 0.032, STEP)

    def cast(origins: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n = len(origins)
        hu = geo.ray_hits(upper[0], up_f, origins, np.tile(u, (n, 1)), max_dist=0.02)
        hd = geo.ray_hits(lower[0], lo_f, origins, np.tile(-u, (n, 1)), max_dist=0.02)
        du = np.array([h[0] if len(h) else np.nan for h in hu])
        dd = np.array([h[0] if len(h) else np.nan for h in hd])
        return du, dd

    o = m + radii[None, :, None] * dirs[:, None, :]
    du, dd = cast(o.reshape(-1, 3))
    du = du.reshape(N_ANG, len(radii))
    dd = dd.reshape(N_ANG, len(radii))
    ok = ~np.isnan(du) & ~np.isnan(dd)
    # Stop where a ray leaves the endplate (the body's rim, or a jump onto posterior elements).
    jump = np.zeros_like(ok)
    jump[:, 1:] = (np.abs(np.diff(du, axis=1)) > MAX_SLOPE * STEP) | (
        np.abs(np.diff(dd, axis=1)) > MAX_SLOPE * STEP
    )
    ok &= ~np.nan_to_num(jump, nan=1).astype(bool)
    ok &= (du < MAX_HALF_GAP) & (dd < MAX_HALF_GAP)
    R = np.empty(N_ANG)
    for j in range(N_ANG):
        bad = np.where(~ok[j])[0]
        R[j] = radii[bad[0] - 1] if len(bad) and bad[0] > 0 else radii[-1]
    # Smooth the outline a little (circular moving minimum then mean).
    Rm = np.minimum.reduce([np.roll(R, k) for k in (-1, 0, 1)])
    R = np.mean([np.roll(Rm, k) for k in (-2, -1, 0, 1, 2)], axis=0)
    fr = np.linspace(0, 1, N_RING + 1)[1:] * 0.97
    pts_o = m + (fr[None, :, None] * R[:, None, None]) * dirs[:, None, :]
    du, dd = cast(pts_o.reshape(-1, 3))
    du = du.reshape(N_ANG, N_RING)
    dd = dd.reshape(N_ANG, N_RING)
    # A ray that starts inside a body or runs past the endplate is a miss.
    du[du > MAX_HALF_GAP] = np.nan
    dd[dd > MAX_HALF_GAP] = np.nan
    # A ring that jumps away from the one inside it has run off the endplate's edge.
    for arr in (du, dd):
        for i in range(1, N_RING):
            jump = np.abs(arr[:, i] - arr[:, i - 1]) > 0.003
            arr[jump, i] = np.nan
    # Fill misses from the ring inside.
    for arr in (du, dd):
        for i in range(N_RING):
            miss = np.isnan(arr[:, i])
            if miss.any():
                arr[miss, i] = arr[miss, i - 1] if i else np.nanmin(arr)
        arr[np.isnan(arr)] = np.nanmin(arr) if np.isfinite(arr).any() else GAP * 2
    h0u, h0d = cast(m[None])
    c0u = h0u[0] if h0u[0] <= MAX_HALF_GAP else float(np.nanmin(du))
    c0d = h0d[0] if h0d[0] <= MAX_HALF_GAP else float(np.nanmin(dd))
    top = pts_o + (du - GAP)[..., None] * u
    bot = pts_o - (dd - GAP)[..., None] * u
    rim_h = 0.5 * ((du[:, -1] - GAP) - (dd[:, -1] - GAP))
    rim = m + (R[:, None] * 1.0 + 0.0008) * dirs + rim_h[:, None] * u
    centres = [m + (c0u - GAP) * u, m - (c0d - GAP) * u]
    verts = np.vstack(
        [
            np.array(centres),
            top.transpose(1, 0, 2).reshape(-1, 3),
            bot.transpose(1, 0, 2).reshape(-1, 3),
            rim,
        ]
    )
    T0 = 2
    B0 = 2 + N_RING * N_ANG
    RIM = 2 + 2 * N_RING * N_ANG
    tris: list[tuple[int, int, int]] = []
    for j in range(N_ANG):
        j1 = (j + 1) % N_ANG
        tris.append((0, T0 + j1, T0 + j))
        tris.append((1, B0 + j, B0 + j1))
        for i in range(N_RING - 1):
            a, b = T0 + i * N_ANG + j, T0 + i * N_ANG + j1
            c, d = a + N_ANG, b + N_ANG
            tris += [(a, b, d), (a, d, c)]
            a, b = B0 + i * N_ANG + j, B0 + i * N_ANG + j1
            c, d = a + N_ANG, b + N_ANG
            tris += [(a, d, b), (a, c, d)]
        ta, tb = T0 + (N_RING - 1) * N_ANG + j, T0 + (N_RING - 1) * N_ANG + j1
        ba, bb = B0 + (N_RING - 1) * N_ANG + j, B0 + (N_RING - 1) * N_ANG + j1
        ra, rb = RIM + j, RIM + j1
        tris += [(ta, tb, rb), (ta, rb, ra), (ra, rb, bb), (ra, bb, ba)]
    faces = geo.orient_outward(verts, np.asarray(tris, dtype=np.int64))
    # Posterolateral rim points (45 degrees between posterior and lateral).
    pl: dict[str, np.ndarray] = {}
    for side, s in (("left", 1.0), ("right", -1.0)):
        pl_dir = (s * ex + ey) / np.sqrt(2)
        ang = np.arctan2(pl_dir @ ey, pl_dir @ ex) % (2 * np.pi)
        j = int(np.round(ang / (2 * np.pi) * N_ANG)) % N_ANG
        pl[side] = rim[j]
    return {
        "points": verts,
        "faces": faces,
        "centre": m,
        "axis": u,
        "posterolateral": pl,
        "height": float(c0u + c0d),
    }


def dural_sac(
    canal_pts: list[np.ndarray],
    bone_points: np.ndarray,
    s2: np.ndarray,
    radius: float = 0.0065,
    n_around: int = 28,
    n_along: int = 90,
) -> Mesh:
    """Closed tube along the canal, ending (rounded) at s2 inside the sacrum."""
    c = np.array(canal_pts + [s2])
    first = c[0] + (c[0] - c[1]) * 0.7
    c = np.vstack([first, c])
    seg = np.linalg.norm(np.diff(c, axis=0), axis=1)
    s = np.r_[0, np.cumsum(seg)]
    spl = CubicSpline(s, c, bc_type="natural")
    ss = np.linspace(0, s[-1], n_along)
    path = spl(ss)
    tang = spl(ss, 1)
    tang /= np.linalg.norm(tang, axis=1, keepdims=True)
    tree = cKDTree(bone_points)
    clear, _ = tree.query(path)
    r = np.minimum(radius, np.maximum(clear - 0.0012, 0.002))
    # Rounded closing end over the last 20 %.
    t = ss / ss[-1]
    end = t > 0.8
    r[end] *= np.sqrt(np.clip(1 - ((t[end] - 0.8) / 0.2) ** 2, 0.0, 1.0))
    r = np.convolve(np.r_[r[0], r, r[-1]], np.ones(3) / 3, mode="valid")
    r[-1] = 0.0
    ref = np.array([1.0, 0, 0])
    rings = []
    for k in range(n_along):
        a = ref - tang[k] * (ref @ tang[k])
        a /= np.linalg.norm(a)
        b = np.cross(tang[k], a)
        ang = np.linspace(0, 2 * np.pi, n_around, endpoint=False)
        rings.append(path[k] + r[k] * (np.cos(ang)[:, None] * a + np.sin(ang)[:, None] * b))
    pts = np.vstack(rings + [path[0][None]])
    faces: list[tuple[int, int, int]] = []
    for k in range(n_along - 1):
        for j in range(n_around):
            j1 = (j + 1) % n_around
            i0, i1 = k * n_around + j, k * n_around + j1
            faces += [(i0, i1, i1 + n_around), (i0, i1 + n_around, i0 + n_around)]
    top = len(pts) - 1
    for j in range(n_around):
        faces.append((top, (j + 1) % n_around, j))
    return pts, geo.orient_outward(pts, np.asarray(faces, dtype=np.int64))
