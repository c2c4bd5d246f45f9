"""Keep nerves out of bone (pure numpy/scipy: every face uses the same fitted curves).

Control points are anchored on landmarks, so when the meshes change a spline
can end up cutting through a bone. After resolving the splines, every
centreline sample closer to a bone than its clearance (part of the tube's
radius) is pushed out along the direction to the nearest bone surface, the
push is smoothed along the nerve so the tube stays smooth, and this repeats a
few times. There are no exceptions: the sacrum has its canal and foramina (see
:mod:`footspine_viz.atlas.sacrum`), so sacral roots run in them, not through bone.

The signed distance is exact to the nearest triangle: candidate triangles come
from a k-d tree over points that cover every triangle (a boolean cut leaves
long slivers whose vertices are far from most of their surface), and the sign
from the normals of the nearest triangles (the edge and vertex pseudo-normal
when the nearest point is on an edge or a corner).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.spatial import cKDTree

from footspine_viz.atlas.geometry import closest_on_triangles, surface_samples
from footspine_viz.scene.nerves import NerveSegment

FIT_VERSION = "2"
#: Clearance kept between a nerve's centreline and bone: this share of its radius
#: plus a constant (metres), so the tube may touch bone but its core never enters it.
CLEARANCE_SHARE = 0.6
CLEARANCE_EXTRA = 0.0003
_SAMPLE = 0.0015  # spacing of the points that index each bone's triangles, metres
STEP = 0.001  # centreline spacing while fitting, metres
SMOOTH = 0.0075  # width (sigma) of the smoothing of a push along the nerve, metres
_K = 24


@dataclass
class _Bone:
    id: str
    faces: np.ndarray  # F x 3
    tri: np.ndarray  # F x 3 x 3
    normal: np.ndarray  # F x 3, unit, outward
    vertex_normal: np.ndarray  # V x 3, angle-weighted pseudo-normals
    edge_key: np.ndarray  # sorted (a * V + b) of every edge, a < b
    edge_normal: np.ndarray  # the sum of the two face normals of each edge
    open_edge: np.ndarray  # per edge: it borders a hole (one face only)
    open_vertex: np.ndarray  # per vertex: on a hole's border
    tree: cKDTree
    face_of_sample: np.ndarray
    lo: np.ndarray
    hi: np.ndarray


class BoneField:
    """Signed distance to the nearest bone (negative inside), for any points.

    The sign comes from the angle-weighted pseudo-normal at the nearest point
    (of the face, the edge or the corner it lies on), which is exact for a
    closed, consistently oriented mesh (Baerentzen and Aanaes 2005): a plain
    face normal misjudges points nearest a sharp rim, such as a foramen's.

    Parameters
    ----------
    structures
        ``Atlas.structures`` (anything with ``kind``, ``points``, ``faces``);
        only ``kind == "bone"`` is used.
    reach
        Points further than this from a bone's bounding box are not measured
        against it (they count as far outside).
    """

    def __init__(self, structures: Mapping[str, Any], reach: float = 0.02):
        self.reach = reach
        self.bones: list[_Bone] = []
        for sid in sorted(structures):
            s = structures[sid]
            if getattr(s, "kind", None) != "bone":
                continue
            p = np.asarray(s.points, dtype=np.float64)
            f = np.asarray(s.faces, dtype=np.int64)
            tri = p[f]
            n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
            n = n / np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-30)
            # corner angles weight the vertex pseudo-normals
            vn = np.zeros_like(p)
            for k in range(3):
                u = tri[:, (k + 1) % 3] - tri[:, k]
                w = tri[:, (k + 2) % 3] - tri[:, k]
                cosang = np.einsum("ij,ij->i", u, w) / np.maximum(
                    np.linalg.norm(u, axis=1) * np.linalg.norm(w, axis=1), 1e-30
                )
                np.add.at(vn, f[:, k], n * np.arccos(np.clip(cosang, -1.0, 1.0))[:, None])
            e = np.sort(np.vstack([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]]), axis=1)
            key = e[:, 0] * len(p) + e[:, 1]
            order = np.argsort(key, kind="stable")
            ukey, start, count = np.unique(key[order], return_index=True, return_counts=True)
            en = np.add.reduceat(np.tile(n, (3, 1))[order], start, axis=0)
            # A bone with holes (both tibiae) cannot say what lies beyond a hole's border:
            # a point nearest such a border counts as outside.
            open_edge = count == 1
            open_vertex = np.zeros(len(p), dtype=bool)
            open_vertex[ukey[open_edge] // len(p)] = True
            open_vertex[ukey[open_edge] % len(p)] = True
            samples, owner = surface_samples(p, f, _SAMPLE, with_faces=True)
            self.bones.append(
                _Bone(
                    sid,
                    f,
                    tri,
                    n,
                    vn,
                    ukey,
                    en,
                    open_edge,
                    open_vertex,
                    cKDTree(samples),
                    owner,
                    p.min(0) - reach,
                    p.max(0) + reach,
                )
            )

    def query(self, pts: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
        """(signed distance, unit direction towards outside, bone id) per point.

        Points near no bone get ``+inf`` and a zero direction.
        """
        pts = np.asarray(pts, dtype=np.float64)
        dist = np.full(len(pts), np.inf)
        out_dir = np.zeros((len(pts), 3))
        who: list[str | None] = [None] * len(pts)
        for b in self.bones:
            sel = np.flatnonzero(np.all((pts > b.lo) & (pts < b.hi), axis=1))
            if not len(sel):
                continue
            d, direc = _signed(b, pts[sel])
            better = d < dist[sel]
            for i, dd, vv in zip(sel[better], d[better], direc[better], strict=True):
                dist[i] = dd
                out_dir[i] = vv
                who[i] = b.id
        return dist, out_dir, who


def _signed(b: _Bone, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    k = min(_K, len(b.face_of_sample))
    _, idx = b.tree.query(q, k=k)
    cand = b.face_of_sample[np.atleast_2d(idx)]  # N x k (repeats are harmless)
    n, kk = cand.shape
    cp = closest_on_triangles(np.repeat(q, kk, axis=0), b.tri[cand.ravel()]).reshape(n, kk, 3)
    d = np.linalg.norm(cp - q[:, None, :], axis=2)
    j = d.argmin(1)
    rows = np.arange(n)
    face = cand[rows, j]
    c = cp[rows, j]
    best = d[rows, j]
    # where on its face the nearest point lies: inside, on an edge or at a corner
    t = b.tri[face]
    v0, v1, v2 = t[:, 1] - t[:, 0], t[:, 2] - t[:, 0], c - t[:, 0]
    d00, d01, d11 = (
        np.einsum("ij,ij->i", v0, v0),
        np.einsum("ij,ij->i", v0, v1),
        np.einsum("ij,ij->i", v1, v1),
    )
    d20, d21 = np.einsum("ij,ij->i", v2, v0), np.einsum("ij,ij->i", v2, v1)
    den = np.where(np.abs(d00 * d11 - d01 * d01) < 1e-30, 1e-30, d00 * d11 - d01 * d01)
    bv = (d11 * d20 - d01 * d21) / den
    bw = (d00 * d21 - d01 * d20) / den
    bary = np.c_[1.0 - bv - bw, bv, bw]
    zero = bary < 1e-6
    nz = zero.sum(1)
    normal = b.normal[face].copy()
    border = np.zeros(n, dtype=bool)
    on_corner = nz >= 2
    if on_corner.any():
        corner = b.faces[face[on_corner], np.argmax(bary[on_corner], axis=1)]
        normal[on_corner] = b.vertex_normal[corner]
        border[on_corner] = b.open_vertex[corner]
    on_edge = nz == 1
    if on_edge.any():
        fe = b.faces[face[on_edge]]
        z = np.argmax(zero[on_edge], axis=1)  # the corner opposite the edge
        a_, b_ = fe[np.arange(len(fe)), (z + 1) % 3], fe[np.arange(len(fe)), (z + 2) % 3]
        key = np.minimum(a_, b_) * len(b.vertex_normal) + np.maximum(a_, b_)
        pos = np.clip(np.searchsorted(b.edge_key, key), 0, len(b.edge_key) - 1)
        found = b.edge_key[pos] == key
        en = b.edge_normal[pos]
        normal[on_edge] = np.where(found[:, None], en, normal[on_edge])
        border[on_edge] = found & b.open_edge[pos]
    away = q - c
    inside = (np.einsum("ij,ij->i", away, normal) < 0) & ~border
    signed = np.where(inside, -best, best)
    direc = np.where(inside[:, None], -away, away)
    norm = np.linalg.norm(direc, axis=1, keepdims=True)
    unit_n = normal / np.maximum(np.linalg.norm(normal, axis=1, keepdims=True), 1e-12)
    direc = np.where(norm > 1e-9, direc / np.maximum(norm, 1e-12), unit_n)
    return signed, direc


def resample(curve: np.ndarray, step: float) -> np.ndarray:
    """The polyline resampled at (at most) ``step`` spacing, ends kept."""
    d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(curve, axis=0), axis=1))]
    t = np.linspace(0.0, d[-1], max(2, int(np.ceil(d[-1] / step)) + 1))
    return np.stack([np.interp(t, d, curve[:, j]) for j in range(3)], axis=1)


def clearance(radius: float) -> float:
    """The distance a nerve's centreline keeps from bone."""
    return CLEARANCE_SHARE * radius + CLEARANCE_EXTRA


def keep_out_of_bone(
    segments: Sequence[NerveSegment],
    structures: Mapping[str, Any],
    iterations: int = 8,
    cache_key: str | None = None,
    field: BoneField | None = None,
) -> list[NerveSegment]:
    """Return segments whose curves keep :func:`clearance` from every bone.

    With ``cache_key`` (mesh hash + nerve-paths hash) the fitted curves are
    cached on disk beside the dermatome weights.
    """
    from scipy.ndimage import gaussian_filter1d

    path = None
    if cache_key:
        from footspine_viz.scene.dermatomes import cache_dir

        try:
            path = cache_dir().parent / "nerves" / f"{cache_key}-v{FIT_VERSION}.npz"
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                with np.load(path) as z:
                    if all(s.key in z.files for s in segments):
                        return [dataclasses.replace(s, curve=z[s.key]) for s in segments]
        except (OSError, ValueError):
            path = None
    field = field or BoneField(structures)
    out = []
    for seg in segments:
        # every millimetre is checked, not only the spline's samples: a chord between
        # two samples a few millimetres apart can clip the corner of a bone
        c = seg.curve
        target = clearance(seg.diameter / 2)
        for _ in range(iterations):
            # resampled every round: a push stretches the curve, and the new chords
            # must be checked too
            c = resample(c, STEP)
            d, direc, _ = field.query(c)
            need = d < target
            if not need.any():
                break
            push = np.zeros_like(c)
            push[need] = direc[need] * (target - d[need] + 0.0002)[:, None]
            # smooth the push along the curve so the tube stays smooth
            sm = gaussian_filter1d(push, sigma=SMOOTH / STEP, axis=0, mode="nearest") * 1.5
            keep = np.abs(sm[need]) > np.abs(push[need])
            sm[need] = np.where(keep, sm[need], push[need])
            c = c + sm
        else:
            c = resample(c, STEP)
        out.append(dataclasses.replace(seg, curve=c))
    if path is not None:
        try:
            from footspine_viz.fileio import atomic_path

            with atomic_path(path, suffix=".npz") as tmp:
                np.savez(tmp, **{s.key: s.curve for s in out})  # type: ignore[arg-type]  # numpy's stub reads ** as possibly allow_pickle
        except OSError:
            pass
    return out
