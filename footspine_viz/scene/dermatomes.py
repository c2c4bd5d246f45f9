"""The dermatome painter: named skin regions -> soft per-vertex weights.

Each region of ``annotations/regions.yaml`` is a rule in the language of
docs/architecture.md (segments, along, around, across, surface, near,
soft_mm, any_of). For each side we measure, per skin vertex, a signed
distance *in millimetres on the skin* to each condition's border (positive
inside), turn it into a smooth 0..1 membership over ``soft_mm``, combine
conditions with min (and) / max (any_of), then diffuse a little over the mesh
so that borders between skin segments are soft too. ``near`` uses geodesic
(Dijkstra over mesh edges) distance from the landmark's nearest skin vertex.

Results are cached on disk keyed by mesh hash + rules hash. A map's colour
field is then only ``sum(region weight x map weight)`` per root, clipped to 1:
the overlap between roots stays visible because the renderer blends them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from footspine_viz import paths
from footspine_viz.body import BODY_SIDES as SIDES
from footspine_viz.body import MIRROR as SIDE_SIGN
from footspine_viz.body import landmark

AXES = {  # segment -> (from landmark, to landmark)
    "thigh": ("hip-centre", "knee-centre"),
    "leg": ("knee-centre", "ankle-centre"),
    "foot": ("heel-back", "toe2-tip"),
}
SEGMENT_AXIS = {
    "thigh": "thigh",
    "buttock": "thigh",
    "knee": "leg",
    "leg": "leg",
    "foot": "foot",
    "toe1": "foot",
    "toe2": "foot",
    "toe3": "foot",
    "toe4": "foot",
    "toe5": "foot",
}
PAINTER_VERSION = "3"


def cache_dir() -> Path:
    """The painted-region cache: ``<cache_root()>/dermatomes`` (footspine_viz.paths), created."""
    d = paths.cache_dir("dermatomes")
    d.mkdir(parents=True, exist_ok=True)
    return d


def mesh_hash(points: np.ndarray, faces: np.ndarray) -> str:
    h = hashlib.sha1()
    h.update(np.ascontiguousarray(points, dtype=np.float32).tobytes())
    h.update(np.ascontiguousarray(faces, dtype=np.int32).tobytes())
    return h.hexdigest()[:16]


def smoothstep(d: np.ndarray, soft: float) -> np.ndarray:
    """0 outside, 1 inside, a smooth ramp of width ``soft`` mm on the border."""
    x = np.clip(d / max(soft, 1e-6) + 0.5, 0.0, 1.0)
    return x * x * (3 - 2 * x)


class SkinGeometry:
    """Per-vertex measures on the skin used by every rule (computed once)."""

    def __init__(
        self,
        points: ArrayLike,
        faces: ArrayLike,
        labels: Mapping[str, np.ndarray],
        landmarks: Mapping[str, np.ndarray],
    ) -> None:
        import scipy.sparse as sp

        self.p = np.asarray(points, dtype=float)
        self.f = np.asarray(faces, dtype=np.int64)
        self.landmarks = landmarks
        self.segment = np.asarray(labels["segment"]).astype(str)
        self.vside = np.asarray(labels["side"]).astype(str)
        n = len(self.p)
        e = np.vstack([self.f[:, [0, 1]], self.f[:, [1, 2]], self.f[:, [2, 0]]])
        e = np.unique(np.sort(e, axis=1), axis=0)
        w = np.linalg.norm(self.p[e[:, 0]] - self.p[e[:, 1]], axis=1) * 1000.0  # mm
        self.edge_mm = float(np.median(w))
        self.graph = sp.coo_matrix(
            (np.r_[w, w], (np.r_[e[:, 0], e[:, 1]], np.r_[e[:, 1], e[:, 0]])), shape=(n, n)
        ).tocsr()
        adj = sp.coo_matrix(
            (np.ones(2 * len(e)), (np.r_[e[:, 0], e[:, 1]], np.r_[e[:, 1], e[:, 0]])), shape=(n, n)
        ).tocsr()
        deg = np.asarray(adj.sum(axis=1)).ravel()
        self.avg = sp.diags(1.0 / np.maximum(deg, 1)) @ adj  # neighbour mean
        self.normals = self._normals()
        self._side_cache: dict[str, dict[str, np.ndarray]] = {}
        self._geo_cache: dict[tuple[str, str], np.ndarray] = {}

    def _normals(self) -> np.ndarray:
        p, f = self.p, self.f
        fn = np.cross(p[f[:, 1]] - p[f[:, 0]], p[f[:, 2]] - p[f[:, 0]])
        vn = np.zeros_like(p)
        for k in range(3):
            np.add.at(vn, f[:, k], fn)
        for _ in range(3):  # smooth so that surface tests are not noisy
            vn = self.avg @ vn
        out: np.ndarray = vn / np.maximum(np.linalg.norm(vn, axis=1, keepdims=True), 1e-12)
        return out

    def lm(self, name: str, side: str) -> np.ndarray:
        return landmark(self.landmarks, name, side)

    def measures(self, side: str) -> dict[str, np.ndarray]:
        """along (fraction), along_mm scale, around (deg), rho (mm), across, across_mm."""
        if side in self._side_cache:
            return self._side_cache[side]
        n = len(self.p)
        along = np.full(n, np.nan)
        scale = np.ones(n)
        around = np.zeros(n)
        rho = np.zeros(n)
        seg_axis = np.array([SEGMENT_AXIS.get(s, "thigh") for s in self.segment])
        for ax, (a, b) in AXES.items():
            sel = seg_axis == ax
            if not sel.any():
                continue
            pa, pb = self.lm(a, side), self.lm(b, side)
            d = pb - pa
            L = np.linalg.norm(d)
            u = d / L
            v = self.p[sel] - pa
            t = v @ u
            along[sel] = t / L
            scale[sel] = L * 1000.0
            radial = v - np.outer(t, u)
            ant = np.array([0.0, -1.0, 0.0])
            med = np.array([-SIDE_SIGN[side], 0.0, 0.0])
            if ax == "foot":  # around is for limb segments; foot uses up/medial
                ant = np.array([0.0, 0.0, 1.0])
            ant = ant - (ant @ u) * u
            ant /= np.linalg.norm(ant)
            med = med - (med @ u) * u - (med @ ant) * ant
            med /= np.linalg.norm(med)
            around[sel] = np.degrees(np.arctan2(radial @ med, radial @ ant)) % 360.0
            rho[sel] = np.linalg.norm(radial, axis=1) * 1000.0
        # foot: across from the medial border line to the lateral border line
        across = np.full(n, np.nan)
        across_mm = np.ones(n)
        sel = seg_axis == "foot"
        if sel.any():
            m0, m1 = self.lm("navicular-tuberosity", side), self.lm("mtp1", side)
            l0, l1 = self.lm("base-5th-metatarsal", side), self.lm("mtp5", side)
            q = self.p[sel]

            def on_line(a: np.ndarray, b: np.ndarray) -> np.ndarray:
                d = b - a
                t = ((q - a) @ d) / (d @ d)
                return a + np.outer(t, d)

            M, Lp = on_line(m0, m1), on_line(l0, l1)
            w = (Lp - M)[:, :2]  # across the foot, in the horizontal plane
            ww = np.maximum((w * w).sum(1), 1e-12)
            across[sel] = ((q - M)[:, :2] * w).sum(1) / ww
            across_mm[sel] = np.sqrt(ww) * 1000.0
        out = dict(
            along=along, scale=scale, around=around, rho=rho, across=across, across_mm=across_mm
        )
        self._side_cache[side] = out
        return out

    def geodesic_mm(self, landmark: str, side: str, limit: float) -> np.ndarray:
        key = (landmark, side)
        if key not in self._geo_cache:
            from scipy.sparse.csgraph import dijkstra

            target = self.lm(landmark, side)
            cand = np.flatnonzero(self.vside != ("right" if side == "left" else "left"))
            src = cand[np.argmin(np.linalg.norm(self.p[cand] - target, axis=1))]
            d = dijkstra(self.graph, indices=int(src), limit=max(limit, 1.0))
            self._geo_cache[key] = d
        return self._geo_cache[key]


def _range_distance(x: np.ndarray, a: float, b: float) -> np.ndarray:
    """Signed distance (units of x) to the interval [a, b], positive inside."""
    return np.minimum(x - a, b - x)


def _angle_distance(theta: np.ndarray, a: float, b: float) -> np.ndarray:
    """Signed angular distance (deg) to the arc from a to b (increasing, wrapping)."""
    width = (b - a) % 360.0 or 360.0
    rel = (theta - a) % 360.0
    inside = rel <= width
    d_in = np.minimum(rel, width - rel)
    d_out = -np.minimum(rel - width, 360.0 - rel)
    return np.where(inside, d_in, d_out)


def eval_rule(
    geo: SkinGeometry, rule: Mapping[str, Any], side: str, soft_default: float = 10.0
) -> np.ndarray:
    """Soft membership (0..1 per vertex) of one rule on one side."""
    if "any_of" in rule:
        parts = [
            eval_rule(geo, r, side, float(rule.get("soft_mm", soft_default)))
            for r in rule["any_of"]
        ]
        most: np.ndarray = np.max(parts, axis=0)
        return most
    soft = float(rule.get("soft_mm", soft_default))
    n = len(geo.p)
    m = geo.measures(side)
    w = np.ones(n)
    # side: the other side's vertices are out; midline vertices count for both
    w = np.where(geo.vside == ("right" if side == "left" else "left"), 0.0, w)
    if "segments" in rule:
        w = w * np.isin(geo.segment, list(rule["segments"]))
    if "along" in rule:
        a, b = (float(x) for x in rule["along"])
        d = _range_distance(m["along"], a, b) * m["scale"]
        w = np.minimum(w, smoothstep(np.nan_to_num(d, nan=-1e9), soft))
    if "around" in rule:
        a, b = (float(x) for x in rule["around"])
        d = np.radians(_angle_distance(m["around"], a, b)) * np.maximum(m["rho"], 20.0)
        w = np.minimum(w, smoothstep(d, soft))
    if "across" in rule:
        a, b = (float(x) for x in rule["across"])
        lo = -1e3 if a <= 0.0 else a  # a border at the foot's edge is no border
        hi = 1e3 if b >= 1.0 else b
        d = _range_distance(m["across"], lo, hi) * m["across_mm"]
        w = np.minimum(w, smoothstep(np.nan_to_num(d, nan=-1e9), soft))
    surface = rule.get("surface", "any")
    if surface in ("dorsal", "plantar"):
        nz = geo.normals[:, 2]
        d = (-nz - 0.45) * 40.0  # mm-like: sole faces down
        if surface == "dorsal":
            d = -d
        w = np.minimum(w, smoothstep(d, soft))
    if "near" in rule:
        near = rule["near"]
        r = float(near.get("radius_mm", 20))
        g = geo.geodesic_mm(str(near["landmark"]), side, r + soft)
        w = np.minimum(w, smoothstep(r - g, soft))
    # soften the hard borders between skin segments: diffuse over ~soft mm
    iters = int(np.clip((soft / max(geo.edge_mm, 0.5)) ** 2 / 2, 1, 12))
    for _ in range(iters):
        w = 0.5 * w + 0.5 * (geo.avg @ w)
    return np.clip(w, 0.0, 1.0)


class RegionPainter:
    """Paints every region on both sides; cached by mesh hash + rules hash."""

    def __init__(
        self,
        points: np.ndarray,
        faces: np.ndarray,
        labels: Mapping[str, np.ndarray],
        landmarks: Mapping[str, np.ndarray],
        regions: Mapping[str, Mapping[str, Any]],
        regions_hash: str,
    ) -> None:
        self.points, self.faces = points, faces
        self.labels, self.landmarks, self.regions = labels, landmarks, regions
        self.key = f"{mesh_hash(points, faces)}-{regions_hash}-v{PAINTER_VERSION}"
        self._weights: dict[tuple[str, str], np.ndarray] | None = None

    def weights(self) -> dict[tuple[str, str], np.ndarray]:
        """(region, side) -> float32 per-vertex weight."""
        if self._weights is not None:
            return self._weights
        path = None
        try:
            path = cache_dir() / f"{self.key}.npz"
            if path.exists():
                with np.load(path) as z:
                    self._weights = {tuple(k.split("|")): z[k] for k in z.files}
                if all((r, s) in self._weights for r in self.regions for s in SIDES):
                    return self._weights
        except (OSError, ValueError):
            path = None
        geo = SkinGeometry(self.points, self.faces, self.labels, self.landmarks)
        out = {}
        for rid, rec in self.regions.items():
            rule = rec.get("rule", rec)
            for side in SIDES:
                out[(rid, side)] = eval_rule(geo, rule, side).astype(np.float32)
        self._weights = out
        if path is not None:
            try:
                from footspine_viz.fileio import atomic_path

                with atomic_path(path, suffix=".npz") as tmp:
                    np.savez_compressed(tmp, **{f"{r}|{s}": v for (r, s), v in out.items()})  # type: ignore[arg-type]  # numpy's stub reads ** as possibly allow_pickle
            except OSError:
                pass
        return out

    def field(
        self, map_weights: Mapping[str, Mapping[str, float]], key: str, sides: Iterable[str]
    ) -> np.ndarray:
        """Per-vertex weight of ``key`` (a root or nerve) in one map, 0..1."""
        w = self.weights()
        out = np.zeros(len(self.points), dtype=np.float32)
        for region, mw in map_weights.get(key, {}).items():
            for side in sides:
                rw = w.get((region, side))
                if rw is not None:
                    out += rw * float(mw)
        return np.clip(out, 0.0, 1.0)
