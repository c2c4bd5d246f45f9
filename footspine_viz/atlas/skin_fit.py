"""Fitting the posed skin to the bones: each toe over its phalanges, and no bone showing through.

The skin is posed segment by segment in :mod:`footspine_viz.atlas.skin`;
skinning alone leaves the toes straight and thin over splayed phalanges and
lets a bone poke through where the MakeHuman figure and the skeleton differ.
:func:`fit_toes` stretches, aligns and widens each skin toe over its own
phalanges; :func:`push_out` moves the skin outward wherever a bone lies
outside it or too close under it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy.spatial import cKDTree

from footspine_viz.atlas import geometry as geo

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

    from footspine_viz.atlas.build import Structure


def fit_toes(
    P: np.ndarray,
    F: np.ndarray,
    W: np.ndarray,
    groups: Sequence[tuple[str, str | None]],
    structures: Mapping[str, Structure],
    pulp: float = 0.006,
) -> np.ndarray:
    """Stretch, align and widen each skin toe over its phalanges (blended by that toe's weight).

    The per-toe moves are then smoothed over the mesh (no creases or folds at the tips and webs)
    and the clearance to every phalanx is enforced once more.
    """
    P0 = P.copy()
    P = _fit_toes_once(P, W, groups, structures, pulp)
    toe_cols = [j for j, g in enumerate(groups) if g[0].startswith("toe")]
    wt = np.clip(W[:, toe_cols].sum(1), 0, 1)
    disp = P - P0
    nbr = _neighbours(F, len(P))
    movable = wt > 0.02
    for _ in range(8):
        avg = nbr @ disp
        disp[movable] += 0.5 * (avg[movable] - disp[movable])
    P = P0 + disp
    for side in ("left", "right"):
        bones = []
        for k in range(1, 6):
            names = ("proximal", "distal") if k == 1 else ("proximal", "middle", "distal")
            bones.append(np.vstack([structures[f"phalanx.{n}.{k}.{side}"].points for n in names]))
        # Each skin vertex is widened about the toe whose phalanges are nearest to it, so two
        # adjacent toes do not push each other's skin back and forth.
        for _ in range(2):
            d = np.stack([cKDTree(b).query(P)[0] for b in bones], 1)
            nearest = d.argmin(1)
            for k, bone in enumerate(bones):
                wk = wt * (nearest == k)
                P = _inflate_toe(P, wk, bone)
                P = _clear_bone(P, wk, bone)
    return P


def _neighbours(F: np.ndarray, n: int) -> csr_matrix:
    """Row-normalised vertex adjacency (umbrella operator) as a sparse matrix."""
    from scipy.sparse import coo_matrix, diags

    e = np.vstack([F[:, [0, 1]], F[:, [1, 2]], F[:, [2, 0]]])
    A = coo_matrix(
        (np.ones(2 * len(e)), (np.r_[e[:, 0], e[:, 1]], np.r_[e[:, 1], e[:, 0]])), shape=(n, n)
    ).tocsr()
    A.data[:] = 1.0
    deg = np.asarray(A.sum(1)).ravel()
    return diags(1.0 / np.maximum(deg, 1)) @ A


def _fit_toes_once(
    P: np.ndarray,
    W: np.ndarray,
    groups: Sequence[tuple[str, str | None]],
    structures: Mapping[str, Structure],
    pulp: float,
) -> np.ndarray:
    P = P.copy()
    dom = np.argmax(W, axis=1)
    for side in ("left", "right"):
        for k in range(1, 6):
            cols = [j for j, g in enumerate(groups) if g == (f"toe{k}", side)]
            if not cols:
                continue
            wk = np.clip(W[:, cols].sum(1), 0, 1)
            own = np.isin(dom, cols)
            if own.sum() < 5:
                continue
            names = ("proximal", "distal") if k == 1 else ("proximal", "middle", "distal")
            bone = np.vstack([structures[f"phalanx.{n}.{k}.{side}"].points for n in names])
            base_y = bone[:, 1].max()
            tip_b = bone[:, 1].min() - pulp
            tip_s = P[own, 1].min()
            if base_y - tip_s < 0.005:
                continue
            scale = max((base_y - tip_b) / (base_y - tip_s), 1.0)
            new_y = base_y + (P[:, 1] - base_y) * scale
            P[:, 1] = np.where(P[:, 1] < base_y, P[:, 1] + wk * (new_y - P[:, 1]), P[:, 1])
            # The bone toes splay (toes 4-5 run 10-15 degrees outwards) while the skin toes run
            # straight ahead: carry the skin toe's centre line (x and z as straight lines of y)
            # onto the phalanges' centre line, from the toe base to the tip.
            toe_front = own & (P[:, 1] < base_y)
            if toe_front.sum() >= 10:
                yb = np.clip(P[:, 1], bone[:, 1].min(), base_y)
                for ax_i in (0, 2):
                    cb = np.polyfit(bone[:, 1], bone[:, ax_i], 1)
                    cs = np.polyfit(P[toe_front, 1], P[toe_front, ax_i], 1)
                    P[:, ax_i] += wk * (np.polyval(cb, yb) - np.polyval(cs, yb))
            # Neighbouring toes' skin (and the web) inside this toe's bone cylinder is moved out
            # of it too: adjacent toes then meet between their bones, not across them.
            other = (
                np.isin(
                    dom,
                    [j for j, g in enumerate(groups) if g[0].startswith("toe") and g[1] == side],
                )
                & ~own
            )
            P = _inflate_toe(P, np.maximum(wk, other.astype(float)), bone)
            P = _clear_bone(P, np.maximum(wk, other.astype(float)), bone)
    return P


def _clear_bone(
    P: np.ndarray, wk: np.ndarray, bone: np.ndarray, clearance: float = 0.002, rounds: int = 3
) -> np.ndarray:
    """Move skin that lies within clearance of a phalanx straight away from its nearest point."""
    tree = cKDTree(bone)
    P = P.copy()
    sel = np.where(wk > 0.05)[0]
    for _ in range(rounds):
        d, j = tree.query(P[sel], distance_upper_bound=clearance)
        close = np.isfinite(d) & (d > 1e-6)
        if not close.any():
            break
        i = sel[close]
        u = (P[i] - bone[j[close]]) / d[close, None]
        P[i] += (wk[i] * (clearance - d[close]))[:, None] * u
    return P


def _inflate_toe(
    P: np.ndarray, wk: np.ndarray, bone: np.ndarray, clearance: float = 0.0025, bins: int = 12
) -> np.ndarray:
    """Where a skin toe is thinner than its bones, widen it radially about the toe's axis."""
    c = bone.mean(0)
    _, _, vt = np.linalg.svd(bone - c)
    ax = vt[0] if vt[0][1] < 0 else -vt[0]  # pointing to the tip (-y)
    tb = (bone - c) @ ax
    t0, t1 = tb.min(), tb.max()
    rb = np.linalg.norm((bone - c) - np.outer(tb, ax), axis=1)
    edges = np.linspace(t0, t1, bins + 1)
    rmax = np.array(
        [rb[(tb >= edges[i]) & (tb <= edges[i + 1])].max(initial=0.0) for i in range(bins)]
    )
    sel = np.where(wk > 0.05)[0]
    t = (P[sel] - c) @ ax
    inside = (t > t0) & (t < t1)
    sel, t = sel[inside], t[inside]
    foot_axis = c + np.outer(t, ax)
    r = P[sel] - foot_axis
    rn = np.linalg.norm(r, axis=1)
    need = rmax[np.clip(((t - t0) / (t1 - t0) * bins).astype(int), 0, bins - 1)] + clearance
    grow = (rn < need) & (rn > 1e-6)
    i = sel[grow]
    target = foot_axis[grow] + r[grow] / rn[grow, None] * need[grow, None]
    P = P.copy()
    P[i] += wk[i, None] * (target - P[i])
    return P


def _boundary_vertices(F: np.ndarray, n: int) -> np.ndarray:
    e = np.sort(np.vstack([F[:, [0, 1]], F[:, [1, 2]], F[:, [2, 0]]]), axis=1)
    uniq, count = np.unique(e, axis=0, return_counts=True)
    mask = np.zeros(n, dtype=bool)
    mask[uniq[count == 1].ravel()] = True
    return mask


def push_out(
    P: np.ndarray,
    F: np.ndarray,
    structures: Mapping[str, Structure],
    damp: np.ndarray | None = None,
    margin: float = 0.004,
    radius: float = 0.025,
    rounds: int = 2,
    max_step: float = 0.01,
) -> np.ndarray:
    """Move the skin outward where any bone vertex lies outside it or closer than margin."""
    bone_pts = np.vstack([s.points for s in structures.values() if s.kind == "bone"])
    rim = _boundary_vertices(F, len(P))
    damp = np.ones(len(P)) if damp is None else damp
    rim |= damp <= 0
    for _ in range(rounds):
        N = geo.vertex_normals(P, F)
        tree = cKDTree(P)
        d, idx = tree.query(bone_pts)
        depth = ((bone_pts - P[idx]) * N[idx]).sum(1) + margin  # >0: bone too close / outside
        bad = (depth > 0) & (d < 0.06) & ~rim[idx]
        if not bad.any():
            break
        need = np.zeros(len(P))
        np.maximum.at(need, idx[bad], depth[bad])
        src_i = np.where(need > 0)[0]
        disp = np.zeros(len(P))
        near = tree.query_ball_point(P[src_i], radius)
        for k, nb in zip(src_i, near, strict=True):
            nb = np.asarray(nb)
            w = np.exp(-0.5 * (np.linalg.norm(P[nb] - P[k], axis=1) / (radius / 2.5)) ** 2)
            disp[nb] = np.maximum(disp[nb], need[k] * w)
        disp[rim] = 0.0
        P = P + N * (np.minimum(disp, max_step) * damp)[:, None]
    return P
