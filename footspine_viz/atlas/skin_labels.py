"""Labels of the skin's vertices: body segment (back, buttock, saddle, thigh, knee, leg,
foot, toe1..toe5, other) and side (left, right, mid).

Each vertex starts from its dominant MakeHuman skinning weight; the knee, the
lower buttock down to the gluteal fold, the saddle and the trunk's sides are
then cut out by where the vertex lies relative to the skeleton's landmarks,
and a toe's skin goes to the toe whose phalanges it covers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy.spatial import cKDTree

if TYPE_CHECKING:
    from footspine_viz.atlas.build import Structure


def label_segments(
    P: np.ndarray,
    W: np.ndarray,
    groups: Sequence[tuple[str, str | None]],
    L: Mapping[str, np.ndarray],
) -> dict[str, np.ndarray]:
    """``segment`` and ``side`` per skin vertex (string arrays)."""
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
        fold = (
            (seg == "thigh")
            & (side == sd)
            & (P[:, 1] > L[f"hip-centre.{sd}"][1] + 0.03)
            & (P[:, 2] > isch_z - 0.04)
            & (P[:, 0] * lat < np.abs(L[f"hip-centre.{sd}"][0]) + 0.05)
        )
        seg[fold] = "buttock"
    # Saddle: perineal skin near the midline at the level of the ischial tuberosities.
    sad = (
        (np.abs(P[:, 0]) < 0.03)
        & (P[:, 2] < isch_z + 0.03)
        & (P[:, 2] > isch_z - 0.06)
        & np.isin(seg, ["buttock", "other", "thigh", "back"])
    )
    seg[sad] = "saddle"
    # Sides of the trunk by x: a narrow midline strip is 'mid'.
    trunk = np.isin(seg, ["back", "buttock", "saddle", "other"])
    side[trunk] = np.where(
        P[trunk, 0] > 0.008, "left", np.where(P[trunk, 0] < -0.008, "right", "mid")
    )
    return {"segment": seg.astype(str), "side": side.astype(str)}


def relabel_toes(
    P: np.ndarray,
    labels: Mapping[str, np.ndarray],
    structures: Mapping[str, Structure],
    margin: float = 0.002,
) -> None:
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
        dists = []
        for k in range(1, 6):
            names = ("proximal", "distal") if k == 1 else ("proximal", "middle", "distal")
            bone = np.vstack([structures[f"phalanx.{n}.{k}.{sd}"].points for n in names])
            dists.append(cKDTree(bone).query(P[idx])[0])
        d = np.stack(dists, 1)
        own = np.array([int(t[3]) - 1 for t in seg[idx]])
        best = d.argmin(1)
        move = d[np.arange(len(idx)), own] > d[np.arange(len(idx)), best] + margin
        seg[idx[move]] = np.array([f"toe{k + 1}" for k in best[move]])
