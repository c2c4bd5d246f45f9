"""Pathology shapes at compression sites: what each condition looks like in the bone.

Every condition's geometry is made here, once (placement from landmarks and
the mesh of each kind), so the renderer and the browser draw exactly the same
shapes. The record and its placement frame live in
:mod:`~footspine_viz.scene.pathology_shape`, the pieces of each condition in
:mod:`~footspine_viz.scene.pathology_conditions` and the meshes in
:mod:`~footspine_viz.scene.pathology_mesh`; this module places every site's
shapes and is where callers import them from.

A :class:`Shape` says what to draw where; :func:`shape_mesh` turns it into a
closed triangle mesh (float32 points in metres, int32 faces), pure numpy
(plus manifold3d for the one plane cut), for every kind:

- ``bulge``: disc material pushed out of the disc (herniation, annular bulge).
- ``disc-collapsed``: a degenerated disc, lower and bulging all round; it
  replaces the atlas disc (``hides``).
- ``sclerosis``: hardened endplate bone filling the height the disc lost.
- ``osteophyte``: bone spurs (facet arthritis, disc-osteophyte) reaching
  towards the nerve they press.
- ``ligament``: a thickened ligamentum flavum lining the back of the canal.
- ``sac-narrowed``: the dural sac squeezed at the stenosis; replaces ``dural-sac``.
- ``vertebra-part`` and ``pars-gap``: an isthmic slip's vertebra cut through
  the pars interarticularis, the body slipped forward, the arch left behind,
  and the two broken surfaces.
- ``disc-sheared``: a disc whose one endplate moved with a slipped vertebra.
- ``slip``: no mesh; it moves a whole vertebra (``moves``).
- ``ring`` (a thickened ring), ``lump`` (a rounded mass) and ``marker`` (a
  ring round a nerve at a peripheral site).

Each shape also says how it is coloured (``tint``: theme colour names and
weights, mixed), its ``opacity``, which drawables it ``hides`` while shown and
which it ``moves`` (drawable id and translation in metres). Sizes are adult
means (a grade I slip is under a quarter of the S1 endplate; a degenerated
disc keeps about half its height; a hypertrophic ligamentum flavum is about
5 mm thick against 2-3 mm normally) placed on the atlas's own landmarks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from footspine_viz.body import body_offset, landmark
from footspine_viz.errors import UserError
from footspine_viz.model.records import Knowledge, Site
from footspine_viz.scene import pathology_mesh as pm
from footspine_viz.scene.nerves import NerveSegment
from footspine_viz.scene.pathology_conditions import (
    central_stenosis,
    degenerative_slip,
    foraminal_stenosis,
    isthmic,
    ligament,
    sac,
    spurs,
)
from footspine_viz.scene.pathology_shape import (
    BONE_TINT,
    COLLAPSE,
    CONDITION_KINDS,
    DEGENERATIVE_SLIP,
    DISC_TINT,
    ISTHMIC_SLIP,
    LIGAMENT_TINT,
    RED,
    SCLEROSIS_TINT,
    SPUR_TINT,
    Place,
    Shape,
    Vec,
    nearest_on,
    vec3,
)

__all__ = [
    "BONE_TINT",
    "COLLAPSE",
    "CONDITION_KINDS",
    "DEGENERATIVE_SLIP",
    "DISC_TINT",
    "ISTHMIC_SLIP",
    "LIGAMENT_TINT",
    "RED",
    "SCLEROSIS_TINT",
    "SPUR_TINT",
    "Shape",
    "Vec",
    "nearest_on",
    "shape_mesh",
    "site_shapes",
    "tint_rgb",
]


def site_shapes(
    kb: Knowledge, landmarks: Mapping[str, np.ndarray], segments: Sequence[NerveSegment]
) -> list[Shape]:
    """Every pathology shape of every site, per side where the site is sided.

    Shapes are ordered most telling first (a site's label points at its first shape).
    """
    out: list[Shape] = []
    for sid, site in kb.sites.items():
        kind = site.kind
        group = site.group
        sides = ("left", "right") if site.sided else (None,)
        for side in sides:
            s = side or "left"
            pl = Place(landmarks, segments, s)
            try:
                anchor = landmark(landmarks, str(site.anchor), s)
                out += _shapes_for(sid, site, kind, group, side, pl, anchor)
            except UserError:  # checked up front by tests: every site anchor resolves
                continue
    return out


def _shapes_for(
    sid: str, site: Site, kind: str, group: str, side: str | None, pl: Place, anchor: np.ndarray
) -> list[Shape]:
    level = site.level or ""
    s = pl.side
    if kind == "paracentral":
        # posterolateral disc material pushing back into the canal
        return [
            Shape(
                sid,
                side,
                "bulge",
                vec3(anchor + body_offset((-2, -4, 0), s)),
                (0.007, 0.005, 0.004),
                tint=RED,
            )
        ]
    if kind == "foraminal" and group == "stenosis":
        return foraminal_stenosis(sid, side, pl, level)
    if kind == "foraminal":
        return [
            Shape(
                sid,
                side,
                "bulge",
                vec3(anchor + body_offset((-3, 4, -5), s)),
                (0.006, 0.005, 0.004),
                tint=RED,
            )
        ]
    if kind == "central" and group == "disc-herniation":
        # a large central disc filling the canal from the front (cauda equina risk)
        centre, u = pl.disc_frame(level)
        back = pl(f"disc-posterolateral.{level}", "left")[1]
        return [
            Shape(
                sid,
                None,
                "bulge",
                vec3([0.0, back + 0.001, centre[2] - 0.002]),
                part="disc",
                radii=(0.009, 0.0065, 0.0055),
                tint=RED,
            ),
            sac(sid, None, pl, level, 0.45),
        ]
    if kind == "central":
        return central_stenosis(sid, pl, level)
    if kind == "lateral-recess":
        up, lo = level.split("-")
        nerves = (f"root.{lo}",)
        aim = pl(f"pedicle.{lo}") + body_offset((-4, 2, 6), s)
        shapes = spurs(
            sid, side, pl, pl(f"facet.{level}"), nerves, aim, "facet-spur", r_base=0.0028, count=2
        )
        shapes.append(
            ligament(
                sid,
                side,
                pl,
                level,
                (90.0, 150.0) if s == "right" else (30.0, 90.0),
                0.004,
                0.0045,
                part="flavum",
            )
        )
        return shapes
    if kind == "spondylolisthesis" and level.startswith("L5"):
        return isthmic(sid, side, pl)
    if kind == "spondylolisthesis":
        return degenerative_slip(sid, side, pl, level)
    if kind == "peripheral":
        found = [pl.segs.get(f"{h}.{s}") for h in site.highlight_from]
        segs = [g for g in found if g is not None]
        if not segs:
            return []
        best = min(segs, key=lambda g: float(np.min(np.linalg.norm(g.curve - anchor, axis=1))))
        p, t, _ = nearest_on(best, anchor)
        r = best.diameter / 2 + 0.004
        return [Shape(sid, side, "marker", vec3(p), (r, r, 0.0025), axis=vec3(t), tint=RED)]
    return []


def shape_mesh(
    shape: Shape, structures: Mapping[str, Any] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The shape's closed triangle mesh: (points float32 N x 3 metres, faces int32 M x 3).

    ``structures`` (``Atlas.structures``) is needed by the kinds made from an
    atlas mesh (``source``); a ``slip`` has no mesh of its own (empty arrays).
    """
    build = pm.BUILDERS.get(shape.kind)
    if build is None:
        raise UserError(
            f"unknown pathology shape kind {shape.kind!r}",
            f"one of: {', '.join(sorted(pm.BUILDERS))}",
        )
    src = None
    if shape.source is not None:
        if structures is None or shape.source not in structures:
            raise UserError(
                f"shape {shape.key} is made from the atlas's {shape.source}, which was not given",
                "pass Atlas.structures to shape_mesh",
            )
        s = structures[shape.source]
        src = (np.asarray(s.points, dtype=np.float64), np.asarray(s.faces, dtype=np.int64))
    p, f = build(shape, src)
    return np.asarray(p, dtype=np.float32).reshape(-1, 3), np.asarray(f, dtype=np.int32).reshape(
        -1, 3
    )


def tint_rgb(shape: Shape, theme_rgb: Mapping[str, Any]) -> np.ndarray:
    """The shape's colour: its tint's theme colours mixed by weight (rgb 0..1)."""
    total = sum(w for _, w in shape.tint)
    mixed = sum(
        (np.asarray(theme_rgb[name], dtype=float) * w for name, w in shape.tint), np.zeros(3)
    )
    out: np.ndarray = mixed / max(total, 1e-9)
    return out
