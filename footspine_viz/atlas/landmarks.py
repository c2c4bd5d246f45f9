"""Named landmarks measured on the built (refined) bone meshes.

Nothing here is a hard-coded coordinate: every point is an extreme, a ray hit,
a fitted sphere or a midpoint of such, taken on the meshes in the world frame
(metres, z up, -y anterior, +x left). Joint centres come from the bones too:
the hip from a sphere fitted to the femoral head, the knee and ankle as
midpoints of the epicondyles and malleoli.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

import numpy as np
from numpy.typing import ArrayLike

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas.geometry import Mesh
from footspine_viz.atlas.ids import LEVELS
from footspine_viz.atlas.soft import Disc
from footspine_viz.body import BODY_SIDES as SIDES


class Vertebra(TypedDict):
    """What :func:`analyse_vertebra` measures on one lumbar vertebra (world metres)."""

    centre: np.ndarray  # the body's centre, on the midline
    bmin: np.ndarray  # the body's bounding box
    bmax: np.ndarray
    body_back: float  # y of the body's back wall
    lamina: float  # y of the lamina's front (the canal's back wall)
    canal: np.ndarray  # the canal's centre
    pedicle: dict[str, np.ndarray]  # per side
    canal_half_width: float
    body_points: np.ndarray


class SacrumTop(TypedDict):
    """What :func:`analyse_sacrum` measures at S1 (world metres)."""

    plate: np.ndarray  # the S1 endplate's centre
    normal: np.ndarray  # its normal (sagittal)
    centre: np.ndarray  # S1 body's centre
    canal: np.ndarray  # estimate; the cut sacrum measures its own
    post: np.ndarray  # posterior direction perpendicular to the axis
    pedicle: dict[str, np.ndarray]
    ala: dict[str, np.ndarray]


def lat(side: str) -> float:
    return 1.0 if side == "left" else -1.0


def analyse_vertebra(p: np.ndarray, f: np.ndarray) -> Vertebra:
    """Body, canal and pedicles of one lumbar vertebra from rays along +y and +-x."""
    zlo, zhi = p[:, 2].min(), p[:, 2].max()
    y0 = p[:, 1].min() - 0.02
    zs = np.linspace(zlo, zhi, 25)[2:-2]
    hits = geo.ray_hits(
        p,
        f,
        np.c_[np.zeros_like(zs), np.full_like(zs, y0), zs],
        np.tile([0.0, 1.0, 0.0], (len(zs), 1)),
    )
    body_back: list[float] = []
    lamina: list[float] = []
    for h in hits:
        if len(h) >= 2:
            body_back.append(y0 + h[1])
        if len(h) >= 4:
            lamina.append(y0 + h[2])
    yb = float(np.median(body_back))
    yl = float(np.median(lamina)) if lamina else yb + 0.012
    body = p[(p[:, 1] < yb - 0.001) & (np.abs(p[:, 0]) < 0.03)]
    bmin, bmax = body.min(0), body.max(0)
    centre = (bmin + bmax) / 2
    centre[0] = 0.0
    canal = np.array([0.0, (yb + yl) / 2, centre[2]])
    ped: dict[str, np.ndarray] = {}
    for side in SIDES:
        s = lat(side)
        zz, yy = np.meshgrid(
            np.linspace(centre[2], bmax[2], 6), np.linspace(yb + 0.001, yb + 0.5 * (yl - yb), 4)
        )
        o = np.c_[np.zeros(zz.size), yy.ravel(), zz.ravel()]
        hs = geo.ray_hits(p, f, o, np.tile([s, 0.0, 0.0], (len(o), 1)), max_dist=0.045)
        mids = [
            o[i] + np.array([s, 0, 0]) * (h[0] + h[1]) / 2
            for i, h in enumerate(hs)
            if len(h) >= 2 and h[0] < 0.02
        ]
        if mids:
            ped[side] = np.mean(mids, axis=0)
        else:
            ped[side] = np.array([s * 0.5 * (bmax[0] - bmin[0]), yb + 0.004, centre[2] + 0.005])
    half_w = float(np.mean([abs(ped[s][0]) for s in SIDES])) - 0.003
    return {
        "centre": centre,
        "bmin": bmin,
        "bmax": bmax,
        "body_back": yb,
        "lamina": yl,
        "canal": canal,
        "pedicle": ped,
        "canal_half_width": half_w,
        "body_points": body,
    }


def analyse_sacrum(p: np.ndarray, f: np.ndarray, l5: Vertebra) -> SacrumTop:
    """S1 endplate, body, canal estimate, pedicles and alae (the canal and foramina themselves
    are cut and measured by :mod:`footspine_viz.atlas.sacrum`)."""
    n = geo.vertex_normals(p, f)
    bottom = np.array([0.0, l5["centre"][1], l5["bmin"][2]])
    near = (np.linalg.norm(p - bottom, axis=1) < 0.022) & (n[:, 2] > 0.5)
    if near.sum() < 5:
        near = np.linalg.norm(p - bottom, axis=1) < 0.025
    plate = p[near]
    plate_c = plate.mean(0)
    plate_c[0] = 0.0
    normal = n[near].mean(0)
    normal[0] = 0.0
    normal /= np.linalg.norm(normal)
    height = l5["bmax"][2] - l5["bmin"][2]
    depth = l5["body_back"] - l5["bmin"][1]
    post = np.array(
        [0.0, normal[2], -normal[1]]
    )  # in the sagittal plane, perpendicular to the axis
    if post[1] < 0:
        post = -post
    centre = plate_c - normal * height / 2
    canal_depth = l5["lamina"] - l5["body_back"]
    canal = centre + post * (depth / 2 + canal_depth / 2)
    out: SacrumTop = {
        "plate": plate_c,
        "normal": normal,
        "centre": centre,
        "canal": canal,
        "post": post,
        "pedicle": {},
        "ala": {},
    }
    for side in SIDES:
        s = lat(side)
        out["pedicle"][side] = (
            canal + np.array([s * abs(l5["pedicle"][side][0]), 0, 0]) - post * canal_depth * 0.3
        )
        top = p[p[:, 2] > p[:, 2].max() - 0.3 * (p[:, 2].max() - p[:, 2].min())]
        wing = top[top[:, 0] * s > 0.6 * np.max(top[:, 0] * s)]
        out["ala"][side] = wing[np.argmax(wing[:, 2])]
    return out


def _extreme(p: np.ndarray, direction: ArrayLike, mask: np.ndarray | None = None) -> np.ndarray:
    q = p if mask is None else p[mask]
    out: np.ndarray = q[np.argmax(q @ np.asarray(direction, dtype=float))].copy()
    return out


def endplate_back(
    p: np.ndarray, f: np.ndarray, centre: np.ndarray, z_plate: float, up: float
) -> np.ndarray:
    """Posterior edge of an endplate in the midline.

    Rays along z (``up`` = +1 from below, -1 from above) at x = 0, stepping back
    from the body's centre: the edge is the last hit on the endplate before the
    hits turn steeply (the rounded corner onto the body's back wall, into the canal, onto
    the arch) or stop.
    """
    z0 = z_plate - up * 0.012
    ys = np.arange(centre[1], centre[1] + 0.04, 0.0005)
    o = np.c_[np.zeros_like(ys), ys, np.full_like(ys, z0)]
    hits = geo.ray_hits(p, f, o, np.tile([0.0, 0.0, up], (len(ys), 1)), max_dist=0.03)
    zs = np.array([z0 + up * h[0] if len(h) else np.nan for h in hits])
    ref = zs[0] if np.isfinite(zs[0]) else z_plate
    k = 0
    while k + 1 < len(zs) and np.isfinite(zs[k + 1]) and abs(zs[k + 1] - ref) < 0.0008:
        k += 1
        ref = zs[k]
    return np.array([0.0, ys[k], zs[k]])


def _facet(up_p: np.ndarray, lo_p: np.ndarray, up: Vertebra, s: float) -> np.ndarray:
    """Facet joint on side s: where the upper vertebra's arch comes closest to the lower bone,
    behind the canal's front and lateral to it (midpoint of the closest pair)."""
    from scipy.spatial import cKDTree

    def arch(q: np.ndarray) -> np.ndarray:
        return q[
            (q[:, 1] > up["body_back"] + 0.004)
            & (q[:, 0] * s > 0.6 * up["canal_half_width"])
            & (q[:, 0] * s < 0.04)
        ]

    a = arch(up_p)
    b = arch(lo_p)
    a = a[a[:, 2] < up["centre"][2]]  # its inferior articular process
    d, i = cKDTree(b).query(a)
    j = int(np.argmin(d))
    out: np.ndarray = 0.5 * (a[j] + b[i[j]])
    return out


def compute(
    meshes: Mapping[str, Mesh],
    vertebrae: Mapping[str, Vertebra],
    s1: SacrumTop,
    discs: Mapping[str, Disc],
) -> dict[str, np.ndarray]:
    """All landmarks of docs/architecture.md, from the meshes and the spine analysis."""
    L: dict[str, np.ndarray] = {}
    verts = ["L1", "L2", "L3", "L4", "L5"]
    for v in verts:
        a = vertebrae[v]
        L[f"canal.{v}"] = a["canal"]
        L[f"vertebral-body.{v}"] = a["centre"]
        for side in SIDES:
            L[f"pedicle.{v}.{side}"] = a["pedicle"][side]
    L["canal.S1"] = s1["canal"]
    L["vertebral-body.S1"] = s1["centre"]
    for side in SIDES:
        L[f"pedicle.S1.{side}"] = s1["pedicle"][side]
        L[f"sacral-ala.{side}"] = s1["ala"][side]
    order = verts + ["S1"]
    for k, level in enumerate(LEVELS):
        up = vertebrae[order[k]]
        lo: Vertebra | SacrumTop = s1 if order[k + 1] == "S1" else vertebrae[order[k + 1]]
        d = discs[level]
        L[f"disc-centre.{level}"] = d["centre"]
        for side in SIDES:
            L[f"disc-posterolateral.{level}.{side}"] = d["posterolateral"][side]
            pu, pl = up["pedicle"][side], lo["pedicle"][side]
            x = lat(side) * max(abs(pu[0]), abs(pl[0]))
            y = 0.5 * (up["body_back"] + up["canal"][1])
            z = 0.5 * (pu[2] + pl[2])
            # The foramen sits between the pedicles, behind the disc: keep it between the bodies.
            z = float(np.clip(z, lo["centre"][2] + 0.002, up["centre"][2] - 0.002))
            L[f"foramen.{level}.{side}"] = np.array([x, y, z])

    # Posterior corners of the bodies (a slip is measured between them), the front of
    # each lamina in the midline (the canal's back wall) and the facet joints.
    for v in verts:
        vp, vf = meshes[f"vertebra.{v}"]
        a = vertebrae[v]
        L[f"vertebral-body-posterior-inferior.{v}"] = endplate_back(
            vp, vf, a["centre"], a["bmin"][2], +1.0
        )
        L[f"vertebral-body-posterior-superior.{v}"] = endplate_back(
            vp, vf, a["centre"], a["bmax"][2], -1.0
        )
        L[f"lamina.{v}"] = np.array([0.0, a["lamina"], a["canal"][2]])
    for level in ("L3-L4", "L4-L5", "L5-S1"):
        up_id, lo_id = level.split("-")
        up_p = meshes[f"vertebra.{up_id}"][0]
        lo_p = meshes["sacrum"][0] if lo_id == "S1" else meshes[f"vertebra.{lo_id}"][0]
        up_a = vertebrae[up_id]
        for side in SIDES:
            L[f"facet.{level}.{side}"] = _facet(up_p, lo_p, up_a, lat(side))

    sac_p, sac_f = meshes["sacrum"]
    for side in SIDES:
        s = lat(side)
        hp, hf = meshes[f"hip.{side}"]
        fp, ff = meshes[f"femur.{side}"]
        tp, tf = meshes[f"tibia.{side}"]
        bp, bf = meshes[f"fibula.{side}"]
        # Hip centre: sphere fitted to the femoral head (the top medial end of the femur).
        head_guess = _extreme(fp, [-s, 0, 1.0])
        cand = fp[np.linalg.norm(fp - head_guess, axis=1) < 0.03]
        c, r = geo.fit_sphere(cand)
        for _ in range(3):
            cand = fp[np.abs(np.linalg.norm(fp - c, axis=1) - r) < 0.004]
            c, r = geo.fit_sphere(cand)
        hip = c
        L[f"hip-centre.{side}"] = hip
        # Knee: midpoint of the femoral epicondyles; ankle: midpoint of the malleoli tips.
        fbot = fp[:, 2].min()
        cond = fp[:, 2] < fbot + 0.05
        med_epi = _extreme(fp, [-s, 0, 0], cond)
        lat_epi = _extreme(fp, [s, 0, 0], cond)
        knee = 0.5 * (med_epi + lat_epi)
        knee[2] = 0.5 * (fbot + tp[:, 2].max())
        L[f"knee-centre.{side}"] = knee
        L[f"medial-femoral-condyle.{side}"] = med_epi
        L[f"lateral-femoral-condyle.{side}"] = lat_epi
        mm = _extreme(tp, [0, 0, -1.0])
        lm = _extreme(bp, [0, 0, -1.0])
        L[f"medial-malleolus.{side}"] = mm
        L[f"lateral-malleolus.{side}"] = lm
        ankle = 0.5 * (mm + lm)
        talus_p = meshes[f"talus.{side}"][0]
        ankle[2] = max(ankle[2], talus_p[:, 2].max() - 0.01)
        L[f"ankle-centre.{side}"] = ankle
        # Pelvis.
        upper = hp[:, 2] > hip[2] + 0.03
        L[f"asis.{side}"] = _extreme(hp, [0, -1.0, 0], upper)
        L[f"psis.{side}"] = _extreme(hp, [0, 1.0, 0.15], upper)
        L[f"iliac-crest-top.{side}"] = _extreme(hp, [0, 0, 1.0])
        post = hp[:, 1] > hip[1] - 0.005
        L[f"ischial-tuberosity.{side}"] = _extreme(hp, [0, 0.3, -1.0], post)
        # Greater sciatic notch: deepest point of the posterior border between hip centre and PSIS.
        psis = L[f"psis.{side}"]
        zs = np.linspace(hip[2] - 0.01, psis[2] - 0.015, 14)
        border_pts = []
        for z in zs:
            sl = hp[np.abs(hp[:, 2] - z) < 0.004]
            if len(sl):
                border_pts.append(sl[np.argmax(sl[:, 1])])
        border = np.array(border_pts)
        L[f"sciatic-notch.{side}"] = border[np.argmin(border[:, 1])]
        # SI joint: anterior end of the sacrum's surface facing this hip bone.
        from scipy.spatial import cKDTree

        dist, _ = cKDTree(hp).query(sac_p)
        facing = sac_p[(dist < np.percentile(dist, 8)) & (sac_p[:, 0] * s > 0)]
        L[f"si-joint-anterior.{side}"] = facing[np.argmin(facing[:, 1])]
        # Femur.
        L[f"greater-trochanter.{side}"] = _extreme(fp, [s, 0, 0.6], fp[:, 2] > hip[2] - 0.08)
        # Popliteal fossa: behind the femur at the joint line (midpoint) and ~11 cm above it (apex).
        for name, dz in (("popliteal-fossa-midpoint", 0.012), ("popliteal-fossa-apex", 0.11)):
            z = fbot + dz
            sl = fp[np.abs(fp[:, 2] - z) < 0.004]
            back = sl[:, 1].max()
            L[f"{name}.{side}"] = np.array([knee[0], back + 0.005, z])
        # Fibula and tibia.
        L[f"fibular-head.{side}"] = _extreme(bp, [0, 0, 1.0])
        head = L[f"fibular-head.{side}"]
        sl = bp[np.abs(bp[:, 2] - (head[2] - 0.035)) < 0.004]
        L[f"fibular-neck.{side}"] = sl[np.argmax(sl @ np.array([s, 0.3, 0]))]
        tt = (tp[:, 2] < tp[:, 2].max() - 0.015) & (tp[:, 2] > tp[:, 2].max() - 0.09)
        L[f"tibial-tuberosity.{side}"] = _extreme(tp, [0, -1.0, 0], tt)
        # Foot.
        navp = meshes[f"navicular.{side}"][0]
        L[f"navicular-tuberosity.{side}"] = _extreme(navp, [-s, 0, -0.3])
        mt = {k: meshes[f"metatarsal.{k}.{side}"][0] for k in range(1, 6)}
        pp = {k: meshes[f"phalanx.proximal.{k}.{side}"][0] for k in range(1, 6)}
        mtp: dict[int, np.ndarray] = {}
        for k in range(1, 6):
            head = _extreme(mt[k], [0, -1.0, 0])
            base = _extreme(pp[k], [0, 1.0, 0])
            mtp[k] = 0.5 * (head + base)
        L[f"mtp1.{side}"] = mtp[1]
        L[f"mtp5.{side}"] = mtp[5]
        d3 = mt[3][mt[3][:, 1] < mt[3][:, 1].min() + 0.012]
        L[f"mtp3-dorsum.{side}"] = d3[np.argmax(d3[:, 2])]
        web = 0.5 * (mtp[1] + mtp[2])
        p12 = np.vstack([pp[1], pp[2]])
        web[2] = p12[np.abs(p12[:, 1] - web[1]) < 0.01][:, 2].max()
        L[f"first-web-space.{side}"] = web
        L[f"base-5th-metatarsal.{side}"] = _extreme(mt[5], [s * 0.5, 1.0, 0])
        cp = meshes[f"calcaneus.{side}"][0]
        L[f"heel-back.{side}"] = _extreme(cp, [0, 1.0, -0.2])
        back_half = cp[:, 1] > cp[:, 1].mean()
        L[f"lateral-heel.{side}"] = _extreme(cp, [s, 0, -0.2], back_half)
        L[f"great-toe.{side}"] = _extreme(meshes[f"phalanx.distal.1.{side}"][0], [0, -1.0, 0])
        L[f"toe2-tip.{side}"] = _extreme(meshes[f"phalanx.distal.2.{side}"][0], [0, -1.0, 0])
        L[f"fifth-toe.{side}"] = _extreme(meshes[f"phalanx.distal.5.{side}"][0], [0, -1.0, 0])
    return {k: np.asarray(v, dtype=np.float64) for k, v in L.items()}
