"""Closed triangle meshes for the pathology shapes (pure numpy, deterministic).

Every function returns ``(points, faces)``: float64 N x 3 metres and int64
M x 3, outward-facing, closed. :mod:`footspine_viz.scene.pathology` composes
them; the renderer and the browser draw the result as it is, so both show the
same geometry.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

Mesh = tuple[np.ndarray, np.ndarray]
#: A band's radius at (angle in radians, height fraction in [-1, 1]); see :func:`arc_band`.
RadiusAt = Callable[[float, float], float]


def empty() -> Mesh:
    return np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)


def merge(*meshes: Mesh) -> Mesh:
    """One mesh from several (no welding: each piece stays closed)."""
    pts, faces, off = [], [], 0
    for p, f in meshes:
        if len(p) == 0:
            continue
        pts.append(np.asarray(p, dtype=np.float64))
        faces.append(np.asarray(f, dtype=np.int64) + off)
        off += len(p)
    if not pts:
        return empty()
    return np.vstack(pts), np.vstack(faces)


def compact(p: np.ndarray, f: np.ndarray) -> Mesh:
    """The mesh without vertices no face uses."""
    used = np.unique(f)
    remap = -np.ones(len(p), dtype=np.int64)
    remap[used] = np.arange(len(used))
    return p[used], remap[f]


def orient_outward(p: np.ndarray, f: np.ndarray) -> np.ndarray:
    """Faces flipped if the closed mesh's signed volume is negative."""
    tri = p[f]
    vol = np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum()
    return f[:, ::-1].copy() if vol < 0 else f


def frame(axis: ArrayLike) -> np.ndarray:
    """3 x 3 rotation whose third column is ``axis`` (unit)."""
    w = np.asarray(axis, dtype=float)
    w = w / np.linalg.norm(w)
    ref = np.array([1.0, 0, 0]) if abs(w[0]) < 0.9 else np.array([0, 1.0, 0])
    u = np.cross(ref, w)
    u /= np.linalg.norm(u)
    v = np.cross(w, u)
    out: np.ndarray = np.c_[u, v, w]
    return out


def _grid_faces(n_rings: int, n_around: int, offset: int = 0) -> np.ndarray:
    idx = np.arange(n_rings * n_around).reshape(n_rings, n_around) + offset
    a0, a1 = idx[:-1], idx[1:]
    b0, b1 = np.roll(a0, -1, axis=1), np.roll(a1, -1, axis=1)
    return np.concatenate(
        [np.stack([a0, b0, a1], -1).reshape(-1, 3), np.stack([b0, b1, a1], -1).reshape(-1, 3)]
    )


def ellipsoid(
    centre: ArrayLike,
    radii: ArrayLike,
    rotation: ArrayLike | None = None,
    n_u: int = 28,
    n_v: int = 16,
) -> Mesh:
    """Ellipsoid with semi-axes ``radii`` along the columns of ``rotation`` (default world axes)."""
    th = np.linspace(0, np.pi, n_v + 1)[1:-1]
    ph = np.linspace(0, 2 * np.pi, n_u, endpoint=False)
    ring = np.stack(
        [
            np.sin(th)[:, None] * np.cos(ph),
            np.sin(th)[:, None] * np.sin(ph),
            np.repeat(np.cos(th)[:, None], n_u, 1),
        ],
        -1,
    ).reshape(-1, 3)
    unit = np.vstack([ring, [[0, 0, 1.0]], [[0, 0, -1.0]]])
    faces = [_grid_faces(len(th), n_u)]
    top, bot = len(ring), len(ring) + 1
    first = np.arange(n_u)
    last = np.arange(n_u) + (len(th) - 1) * n_u
    faces.append(np.stack([np.full(n_u, top), np.roll(first, -1), first], -1))
    faces.append(np.stack([np.full(n_u, bot), last, np.roll(last, -1)], -1))
    R = np.eye(3) if rotation is None else np.asarray(rotation, dtype=float)
    p = (unit * np.asarray(radii, dtype=float)) @ R.T + np.asarray(centre, dtype=float)
    f = np.vstack(faces)
    return p, orient_outward(p, f)


def torus(
    centre: ArrayLike,
    axis: ArrayLike,
    ring_radius: float,
    tube_radius: float,
    n_u: int = 40,
    n_v: int = 12,
) -> Mesh:
    """Torus around ``axis`` through ``centre``."""
    u = np.linspace(0, 2 * np.pi, n_u, endpoint=False)
    v = np.linspace(0, 2 * np.pi, n_v, endpoint=False)
    uu, vv = np.meshgrid(u, v, indexing="ij")
    x = (ring_radius + tube_radius * np.cos(vv)) * np.cos(uu)
    y = (ring_radius + tube_radius * np.cos(vv)) * np.sin(uu)
    z = tube_radius * np.sin(vv)
    local = np.stack([x, y, z], -1).reshape(-1, 3)
    f = _grid_faces(n_u, n_v)
    # close the seam between the last and the first ring of tubes
    idx = np.arange(n_u * n_v).reshape(n_u, n_v)
    a0, a1 = idx[-1], idx[0]
    b0, b1 = np.roll(a0, -1), np.roll(a1, -1)
    f = np.vstack([f, np.stack([a0, b0, a1], -1), np.stack([b0, b1, a1], -1)])
    p = local @ frame(axis).T + np.asarray(centre, dtype=float)
    return p, orient_outward(p, f)


def sweep(path: ArrayLike, radius: ArrayLike, n_around: int = 16) -> Mesh:
    """Closed tube of varying circular section along a path (capped ends)."""
    path = np.asarray(path, dtype=float)
    r = np.broadcast_to(np.asarray(radius, dtype=float), (len(path),))
    tang = np.gradient(path, axis=0)
    tang /= np.maximum(np.linalg.norm(tang, axis=1, keepdims=True), 1e-12)
    ref = np.array([0.0, 0, 1.0]) if abs(tang[0, 2]) < 0.9 else np.array([1.0, 0, 0])
    n = np.cross(tang[0], ref)
    n /= np.linalg.norm(n)
    ang = np.linspace(0, 2 * np.pi, n_around, endpoint=False)
    rings = []
    for k, t in enumerate(tang):
        n = n - (n @ t) * t
        n /= max(np.linalg.norm(n), 1e-12)
        b = np.cross(t, n)
        rings.append(path[k] + r[k] * (np.cos(ang)[:, None] * n + np.sin(ang)[:, None] * b))
    p = np.vstack(rings + [path[:1], path[-1:]])
    m = len(path)
    parts = [_grid_faces(m, n_around)]
    c0, c1 = m * n_around, m * n_around + 1
    first, last = np.arange(n_around), np.arange(n_around) + (m - 1) * n_around
    parts.append(np.stack([np.full(n_around, c0), np.roll(first, -1), first], -1))
    parts.append(np.stack([np.full(n_around, c1), last, np.roll(last, -1)], -1))
    f = np.vstack(parts)
    return p, orient_outward(p, f)


def spur(
    base: ArrayLike,
    tip: ArrayLike,
    base_radius: float,
    tip_radius: float = 0.0012,
    bend: ArrayLike | None = None,
    n: int = 12,
) -> Mesh:
    """An osteophyte: a blunt bony lip from ``base`` (inside the bone) to a rounded ``tip``.

    ``bend`` (a vector) curves it like a beak; the section narrows from
    ``base_radius`` to ``tip_radius`` and the end is a half-dome, not a point.
    """
    base, tip = np.asarray(base, dtype=float), np.asarray(tip, dtype=float)
    t = np.linspace(0.0, 1.0, n)
    path = base[None] + t[:, None] * (tip - base)[None]
    if bend is not None:
        path = path + (np.sin(np.pi * t) * 0.5)[:, None] * np.asarray(bend, dtype=float)[None]
    r = base_radius + (tip_radius - base_radius) * np.sqrt(t)
    # close the tip with a dome: extra rings shrinking along the end's direction
    d = path[-1] - path[-2]
    d /= max(np.linalg.norm(d), 1e-12)
    a = np.linspace(0.0, np.pi / 2, 6)[1:]
    dome = path[-1][None] + (tip_radius * np.sin(a))[:, None] * d[None]
    path = np.vstack([path, dome])
    r = np.r_[r, np.maximum(tip_radius * np.cos(a), tip_radius * 0.08)]
    return sweep(path, r)


def arc_band(
    centre: ArrayLike,
    axis_up: ArrayLike,
    inner: RadiusAt,
    outer: RadiusAt,
    height: float,
    start_deg: float,
    end_deg: float,
    n_around: int = 28,
    n_up: int = 6,
) -> Mesh:
    """A thick curved band (part of a hollow cylinder around ``axis_up`` through ``centre``).

    ``inner(theta, s)`` and ``outer(theta, s)`` give its inner and outer radius
    at angle theta (radians, 0 = +x of the frame, 90 = posterior) and height
    fraction s in [-1, 1]; the ends taper shut. Used for the ligamentum flavum,
    which lines the back of the canal.
    """
    R = frame(axis_up)
    # angle 0 along world +x (lateral left), 90 degrees along world +y (posterior)
    ex = np.array([1.0, 0, 0]) - R[:, 2] * R[0, 2]
    ex /= np.linalg.norm(ex)
    ey = np.cross(R[:, 2], ex)
    if ey[1] < 0:
        ey = -ey
    th = np.radians(np.linspace(start_deg, end_deg, n_around))
    ss = np.linspace(-1.0, 1.0, n_up)
    shells = []
    for radius in (outer, inner):
        pts = []
        for s in ss:
            for a in th:
                r = radius(a, s)
                pts.append(
                    centre + r * (np.cos(a) * ex + np.sin(a) * ey) + s * height / 2 * R[:, 2]
                )
        shells.append(np.array(pts).reshape(n_up, n_around, 3))
    outer_p, inner_p = shells
    # a closed solid: outer sheet, inner sheet, and the four rims between them
    grid = np.stack([outer_p, inner_p])  # 2 x n_up x n_around x 3
    p = grid.reshape(-1, 3)
    idx = np.arange(p.shape[0]).reshape(2, n_up, n_around)
    faces: list[tuple[int, int, int]] = []
    expect: list[np.ndarray] = []  # the outward direction each face must face
    centre = np.asarray(centre, dtype=float)

    def quad(a: int, b: int, c: int, d: int, out: np.ndarray) -> None:
        faces.extend([(a, b, c), (a, c, d)])
        expect.extend([out, out])

    def radial(j: int) -> np.ndarray:
        out: np.ndarray = np.cos(th[j]) * ex + np.sin(th[j]) * ey
        return out

    for k, sign in ((0, 1.0), (1, -1.0)):  # outer sheet faces out, inner sheet faces the canal
        for i in range(n_up - 1):
            for j in range(n_around - 1):
                quad(
                    idx[k, i, j],
                    idx[k, i, j + 1],
                    idx[k, i + 1, j + 1],
                    idx[k, i + 1, j],
                    sign * radial(j),
                )
    for j in range(n_around - 1):  # bottom and top rims
        quad(idx[0, 0, j], idx[1, 0, j], idx[1, 0, j + 1], idx[0, 0, j + 1], -R[:, 2])
        quad(idx[0, -1, j], idx[0, -1, j + 1], idx[1, -1, j + 1], idx[1, -1, j], R[:, 2])
    t0 = -(-np.sin(th[0]) * ex + np.cos(th[0]) * ey)
    t1 = -np.sin(th[-1]) * ex + np.cos(th[-1]) * ey
    for i in range(n_up - 1):  # the two ends
        quad(idx[0, i, 0], idx[0, i + 1, 0], idx[1, i + 1, 0], idx[1, i, 0], t0)
        quad(idx[0, i, -1], idx[1, i, -1], idx[1, i + 1, -1], idx[0, i + 1, -1], t1)
    f = np.asarray(faces, dtype=np.int64)
    tri = p[f]
    normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    flip = np.einsum("ij,ij->i", normal, np.asarray(expect)) < 0
    f[flip] = f[flip][:, ::-1]
    return p, f
