"""The sacral canal, four pairs of sacral foramina and the hiatus, cut into the source sacrum.

myo-sim's sacrum (OpenSim geometry) is a solid block: no canal, no foramina,
so sacral roots had to run through bone. The refined sacrum is measured first
(:mod:`footspine_viz.atlas.sacrum_measure`: its S1 endplate, alae, auricular
surfaces facing the hip bones, the apex where the coccyx was cut off and its
midline front and back surfaces); this module places from those measurements
a canal that continues the lumbar canal down to a dorsal opening (the sacral
hiatus) and, per level S1..S4 and side, a tunnel from the canal's lateral part
to the pelvic surface (anterior foramen) and one to the dorsal surface
(posterior foramen). A boolean difference (trimesh with
the manifold3d engine) subtracts them, so the result is watertight. The cut is
the project's own (CC0); the manifest records it beside the source mesh.

Proportions (fractions of the sacrum's height from the S1 endplate to the
apex, foramen and canal sizes) are adult means: the S1 anterior foramina open
about a quarter of the way down, S4 about four-fifths; the hiatus sits below
S4 on the dorsal midline; the canal is about 2.5 cm wide and 1.2 cm deep at S1
and narrows downwards. All positions are taken on this mesh, none is a
hard-coded coordinate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, overload

import numpy as np
from scipy.interpolate import CubicSpline

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas.geometry import Mesh
from footspine_viz.atlas.landmarks import SacrumTop
from footspine_viz.atlas.sacrum_measure import Measures, half_width_at, measure, z_at
from footspine_viz.body import BODY_SIDES as SIDES

LEVELS = ("S1", "S2", "S3", "S4")
#: Height fraction (S1 endplate 0 -> apex 1) of each pair of foramina.
FRACTION = {"S1": 0.27, "S2": 0.46, "S3": 0.63, "S4": 0.78}
#: Height fractions of the canal centre reported as canal.S1 (mid S1 body),
#: of the end of the dural sac (mid S2 body) and of the hiatus's apex.
S1_BODY, SAC_END, HIATUS = 0.12, 0.37, 0.84
#: Foramen radii (m). Anterior: S1 about 10 mm across, S4 about 6 mm.
ANT_RADIUS = {"S1": 0.0050, "S2": 0.0043, "S3": 0.0036, "S4": 0.0031}
POST_RADIUS = {"S1": 0.0036, "S2": 0.0033, "S3": 0.0029, "S4": 0.0026}
#: Foramen centre's distance from the midline as a fraction of the half-width
#: of the sacrum at that level (the lateral masses lie outside them).
ANT_LATERAL = {"S1": 0.45, "S2": 0.48, "S3": 0.52, "S4": 0.55}
POST_LATERAL = 0.85  # posterior foramina lie a little more medial
#: Canal half-width, half-depth and the bone left above it (roof), in metres,
#: from the S1 endplate (first) to the hiatus (last).
CANAL_HALF_WIDTH = (0.0115, 0.0055)
CANAL_HALF_DEPTH = (0.0060, 0.0030)
CANAL_ROOF = (0.0030, 0.0022)
FORAMEN_DROP = 0.003  # anterior foramina run slightly downwards from the canal


class Canal(TypedDict):
    """The canal's centreline (see :func:`canal_path`)."""

    points: np.ndarray  # K x 3
    half_width: np.ndarray  # K
    half_depth: np.ndarray  # K
    frac: np.ndarray  # K, height fraction
    spline: CubicSpline
    length: float


class LevelInfo(TypedDict):
    z: float
    half_width: float


class PlanInfo(TypedDict):
    levels: dict[str, LevelInfo]
    canal: Canal


class Plan(TypedDict):
    """What :func:`plan` places: the cutting tools and the landmarks they define."""

    cutters: list[Mesh]
    landmarks: dict[str, np.ndarray]
    info: PlanInfo


class CarveStats(TypedDict):
    engine: str
    removed_cm3: float
    pieces_dropped: int


@overload
def _lerp(pair: tuple[float, float], t: float) -> float: ...


@overload
def _lerp(pair: tuple[float, float], t: np.ndarray) -> np.ndarray: ...


def _lerp(pair: tuple[float, float], t: float | np.ndarray) -> float | np.ndarray:
    out: float | np.ndarray = pair[0] + (pair[1] - pair[0]) * np.clip(t, 0.0, 1.0)
    return out


def canal_path(m: Measures) -> Canal:
    """Centreline of the canal with its half-width and half-depth per sample.

    Returns ``{"points": K x 3, "half_width": K, "half_depth": K, "frac": K}``;
    the first sample lies above the sacrum (the canal opens upwards into the
    lumbar canal), the last behind the dorsal surface (the hiatus).
    """
    rays = m["rays"]
    fr = np.linspace(0.0, HIATUS, 12)
    ys_list = []
    for t in fr:
        z = z_at(m, t)
        w = _lerp(CANAL_HALF_WIDTH, t / HIATUS)
        backs = [rays.along_y(x, z) for x in (-0.6 * w, 0.0, 0.6 * w)]
        roof = min(b[-1] for b in backs if len(b)) - _lerp(CANAL_ROOF, t / HIATUS)
        ys_list.append(roof - _lerp(CANAL_HALF_DEPTH, t / HIATUS))
    ys = np.asarray(ys_list)
    # The canal continues the lumbar canal and stays behind the disc at the top.
    top_floor = m["disc_back"] + CANAL_HALF_DEPTH[0] * 0.6
    ys[0] = max(min(ys[0], m["l5_canal"][1]), top_floor)
    # smooth the dorsal surface's ridges out of the centreline (3-point mean, ends kept)
    ys[1:-1] = np.convolve(ys, np.ones(3) / 3, mode="valid")
    ys = np.maximum.accumulate(ys)  # the canal only ever runs backwards as it descends
    zs = np.array([z_at(m, t) for t in fr])
    ctrl = np.c_[np.zeros_like(zs), ys, zs]
    # above the sacrum (opens into the lumbar canal) and out through the dorsal surface
    above = ctrl[0] + np.array([0.0, 0.0, 0.012])
    zh = z_at(m, HIATUS)
    back = rays.along_y(0.0, zh - 0.004)
    exit_y = (back[-1] if len(back) else ctrl[-1, 1]) + 0.008
    out = np.array([0.0, exit_y, zh - 0.008])
    ctrl = np.vstack([above, ctrl, out])
    fr_all = np.r_[-0.1, fr, HIATUS + 0.06]
    s = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(ctrl, axis=0), axis=1))]
    spl = CubicSpline(s, ctrl, bc_type="natural")
    ss = np.linspace(0.0, s[-1], 80)
    pts = spl(ss)
    frac = np.interp(ss, s, fr_all)
    t = np.clip(frac / HIATUS, 0.0, 1.0)
    return {
        "points": pts,
        "half_width": _lerp(CANAL_HALF_WIDTH, t),
        "half_depth": _lerp(CANAL_HALF_DEPTH, t),
        "frac": frac,
        "spline": spl,
        "length": s[-1],
    }


def _canal_at(canal: Canal, z: float) -> tuple[np.ndarray, float, float]:
    """Canal centre, half-width and half-depth where the centreline crosses height z."""
    pts = canal["points"]
    i = int(np.argmin(np.abs(pts[:, 2] - z)))
    return pts[i].copy(), float(canal["half_width"][i]), float(canal["half_depth"][i])


def tube(
    path: np.ndarray, half_width: np.ndarray, half_depth: np.ndarray, n_around: int = 32
) -> tuple[np.ndarray, np.ndarray]:
    """Closed tube of elliptical section (x half-width, sagittal half-depth) along path."""
    tang = np.gradient(path, axis=0)
    tang /= np.linalg.norm(tang, axis=1, keepdims=True)
    ex = np.array([1.0, 0.0, 0.0])
    ang = np.linspace(0, 2 * np.pi, n_around, endpoint=False)
    rings = []
    for k, t in enumerate(tang):
        a = ex - t * (ex @ t)
        a /= np.linalg.norm(a)
        b = np.cross(t, a)
        rings.append(
            path[k]
            + half_width[k] * np.cos(ang)[:, None] * a
            + half_depth[k] * np.sin(ang)[:, None] * b
        )
    pts = np.vstack(rings + [path[:1], path[-1:]])
    n = len(path)
    idx = np.arange(n * n_around).reshape(n, n_around)
    a0, a1 = idx[:-1], idx[1:]
    b0, b1 = np.roll(a0, -1, axis=1), np.roll(a1, -1, axis=1)
    faces = np.concatenate(
        [np.stack([a0, a1, b0], -1).reshape(-1, 3), np.stack([b0, a1, b1], -1).reshape(-1, 3)]
    )
    c0, c1 = n * n_around, n * n_around + 1
    cap0 = np.stack([np.full(n_around, c0), idx[0], np.roll(idx[0], -1)], -1)
    cap1 = np.stack([np.full(n_around, c1), np.roll(idx[-1], -1), idx[-1]], -1)
    faces = np.vstack([faces, cap0, cap1])
    # orient outwards (positive volume)
    tri = pts[faces]
    vol = np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum()
    if vol < 0:
        faces = faces[:, ::-1]
    return pts, faces.astype(np.int64)


def cylinder(a: np.ndarray, b: np.ndarray, radius: float, n_around: int = 24) -> Mesh:
    """Closed cylinder from a to b."""
    path = np.linspace(a, b, 6)
    r = np.full(len(path), radius)
    return tube(path, r, r, n_around)


def ball(centre: np.ndarray, radius: float) -> Mesh:
    """Closed sphere (rounds the corner where two tunnels meet)."""
    import trimesh

    sp = trimesh.creation.icosphere(subdivisions=2, radius=radius)
    return np.asarray(sp.vertices) + centre, np.asarray(sp.faces, dtype=np.int64)


def plan(m: Measures) -> Plan:
    """Canal, foramen tunnels and the landmarks they define (nothing cut yet)."""
    rays = m["rays"]
    canal = canal_path(m)
    cutters = [tube(canal["points"], canal["half_width"], canal["half_depth"])]
    lms: dict[str, np.ndarray] = {}
    levels: dict[str, LevelInfo] = {}
    for lv in LEVELS:
        z = z_at(m, FRACTION[lv])
        c, w, hd = _canal_at(canal, z)
        lms[f"sacral-canal.{lv}"] = c
        half = half_width_at(m, z)
        levels[lv] = {"z": z, "half_width": half}
        for side, sg in (("left", 1.0), ("right", -1.0)):
            # anterior foramen: out of the canal's side into the lateral mass (the sacral
            # intervertebral foramen), then forwards through the pelvic surface, so the
            # body between the two foramina stays whole
            xa = sg * ANT_LATERAL[lv] * half
            r = ANT_RADIUS[lv]
            inner = c + np.array([sg * 0.55 * w, 0.0, 0.0])
            zc = z - FORAMEN_DROP
            hits = rays.along_y(xa, zc)
            if len(hits) < 2:
                hits = np.array([c[1] - 0.03, c[1] + hd])
            # the corner stays inside the lateral mass: no deeper than halfway to its back
            yc = min(c[1] - 0.8 * hd, 0.5 * (hits[0] + hits[-1]))
            corner = np.array([xa, yc, zc])
            ahead = hits[hits < yc]
            front = np.array([xa, ahead[-1] if len(ahead) else yc - 0.03, zc])
            cutters.append(cylinder(inner, corner, r))
            cutters.append(ball(corner, r))
            cutters.append(cylinder(corner, front - [0, 0.008, 0], r))
            lms[f"sacral-foramen.{lv}.{side}"] = front
            lms[f"sacral-intervertebral-foramen.{lv}.{side}"] = corner
            # posterior foramen: out of the canal's side, then straight back through the
            # dorsal surface, a little more medial than the anterior one
            xp = POST_LATERAL * xa
            start = c + np.array([sg * 0.6 * w, 0.3 * hd, 0.0])
            under = np.array([xp, start[1], z + 0.002])
            hits = rays.along_y(xp, under[2])
            back = np.array([xp, hits[-1], under[2]]) if len(hits) else under + [0, 0.01, 0]
            r = POST_RADIUS[lv]
            cutters.append(cylinder(start, under, r))
            cutters.append(cylinder(under - [0, r, 0], back + [0, 0.006, 0], r))
            lms[f"sacral-foramen-posterior.{lv}.{side}"] = back
    # the hiatus: where the canal's axis leaves the dorsal surface (below S3)
    pts, frac = canal["points"], canal["frac"]
    h = pts[-1].copy()
    for k in np.flatnonzero(frac[:-1] > FRACTION["S3"]):
        seg = pts[k + 1] - pts[k]
        hit = geo.ray_hits(
            m["p"], m["f"], pts[k][None], seg[None], max_dist=float(np.linalg.norm(seg))
        )[0]
        if len(hit):
            h = pts[k] + seg / np.linalg.norm(seg) * hit[0]
            break
    lms["sacral-hiatus"] = h
    zs1 = z_at(m, S1_BODY)
    lms["canal.S1"] = _canal_at(canal, zs1)[0]
    lms["dural-sac-end"] = _canal_at(canal, z_at(m, SAC_END))[0]
    for side in SIDES:
        lms[f"auricular-surface.{side}"] = m["auricular"][side]["centre"]
    info: PlanInfo = {"levels": levels, "canal": canal}
    return {"cutters": cutters, "landmarks": lms, "info": info}


def carve(
    p: np.ndarray, f: np.ndarray, cutters: Sequence[Mesh]
) -> tuple[np.ndarray, np.ndarray, CarveStats]:
    """Subtract every cutter from the sacrum (trimesh + manifold3d); watertight result."""
    import importlib.metadata as md

    import trimesh

    bone = trimesh.Trimesh(p, f, process=False)
    tools = [trimesh.Trimesh(cp, cf, process=False) for cp, cf in cutters]
    out = trimesh.boolean.difference([bone, *tools], engine="manifold", check_volume=False)
    parts = geo.components(
        np.asarray(out.vertices, dtype=np.float64), np.asarray(out.faces, dtype=np.int64)
    )
    # a sliver cut loose between two tunnels is dropped: keep the bone itself
    pp, ff = max(parts, key=lambda q: len(q[1]))
    stats: CarveStats = {
        "engine": f"manifold3d {md.version('manifold3d')} via trimesh {md.version('trimesh')}",
        "removed_cm3": round(
            float(bone.volume - trimesh.Trimesh(pp, ff, process=False).volume) * 1e6, 2
        ),
        "pieces_dropped": len(parts) - 1,
    }
    return pp, ff, stats


def cut_sacrum(
    p: np.ndarray,
    f: np.ndarray,
    s1: SacrumTop,
    hips: Mapping[str, np.ndarray],
    l5_canal: np.ndarray,
    disc_points: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray], dict[str, Any], PlanInfo]:
    """Measure, plan and cut.

    Returns (points, faces, landmarks, record for the manifest, plan info).
    """
    m = measure(p, f, s1, hips, l5_canal, disc_points)
    pl = plan(m)
    cp, cf, stats = carve(p, f, pl["cutters"])
    record = {
        "cut": {
            "by": "footspine-viz (footspine_viz/atlas/sacrum.py)",
            "license": "CC0-1.0 (the cut); the source mesh keeps its license",
            "what": "sacral canal from the S1 endplate to the hiatus, anterior and posterior "
            "foramina S1-S4 on both sides",
            "placed_from": "S1 endplate, sacral alae, auricular surfaces, apex, midline surfaces",
            **stats,
        }
    }
    return cp, cf, pl["landmarks"], record, pl["info"]
