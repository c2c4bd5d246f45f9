"""The pieces of each condition at a compression site, placed on the atlas's landmarks.

One builder per condition (a degenerated disc closing a foramen, central
stenosis, an isthmic or a degenerative slip) and the parts they share (bony
spurs reaching for the nerve they press, a thickened ligamentum flavum, a
squeezed dural sac, a disc sheared by a slip). Sizes are adult means; see
:mod:`footspine_viz.scene.pathology` for what each kind of shape draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from footspine_viz.body import body_offset
from footspine_viz.scene.pathology_shape import (
    BONE_TINT,
    COLLAPSE,
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
    unit,
    vec3,
)


def _spur_towards(
    pl: Place,
    base: np.ndarray,
    nerves: Sequence[str],
    aim: np.ndarray,
    r_base: float,
    reach: float = 1.0,
    gap: float = 0.0004,
) -> tuple[np.ndarray, np.ndarray]:
    """Base and tip of a spur growing from ``base`` until it touches the nerve near ``aim``."""
    hit = pl.nerve_point(nerves, aim)
    if hit is None:
        return base, base + reach * (aim - base)
    p, r = hit
    d = p - base
    length = np.linalg.norm(d)
    tip = base + d * max(0.2, (length - r - gap) / max(length, 1e-9)) * reach
    return base, tip


def spurs(
    site: str,
    side: str | None,
    pl: Place,
    base: np.ndarray,
    nerves: Sequence[str],
    aim: np.ndarray,
    part: str,
    r_base: float = 0.003,
    fan: float = 0.0025,
    count: int = 2,
) -> list[Shape]:
    """Osteophytes from one joint margin: blunt bony lips, the first reaching the nerve."""
    b, tip = _spur_towards(pl, base, nerves, aim, r_base)
    main = tip - b
    side_dir = unit(np.cross(main, [0.0, 0.0, 1.0]))
    out = [
        Shape(
            site,
            side,
            "osteophyte",
            vec3(tip),
            part=f"{part}-1",
            tint=SPUR_TINT,
            params=(
                ("base", vec3(b)),
                ("tip", vec3(tip)),
                ("r", r_base),
                ("r_tip", 0.45 * r_base),
                ("bend", vec3(0.12 * np.linalg.norm(main) * side_dir)),
            ),
        )
    ]
    for k, sgn in list(enumerate((1.0, -1.0), 2))[: count - 1]:
        tb = b + sgn * fan * side_dir + [0, 0, sgn * 0.0015]
        tt = tb + 0.6 * main + sgn * 0.3 * fan * side_dir
        out.append(
            Shape(
                site,
                side,
                "osteophyte",
                vec3(tt),
                part=f"{part}-{k}",
                tint=SPUR_TINT,
                params=(
                    ("base", vec3(tb)),
                    ("tip", vec3(tt)),
                    ("r", r_base * 0.8),
                    ("r_tip", 0.4 * r_base),
                    ("bend", vec3(-0.1 * np.linalg.norm(main) * side_dir * sgn)),
                ),
            )
        )
    return out


def ligament(
    site: str,
    side: str | None,
    pl: Place,
    level: str,
    arc: tuple[float, float],
    thick: float,
    sac_r: float,
    part: str = "flavum",
) -> Shape:
    up, lo = level.split("-")
    c_up, c_lo = pl(f"canal.{up}"), pl(f"canal.{lo}")
    disc, _ = pl.disc_frame(level)
    z = disc[2] - 0.002
    t = (c_up[2] - z) / max(c_up[2] - c_lo[2], 1e-9)
    centre = c_up + (c_lo - c_up) * t
    centre[0] = 0.0
    lam = 0.5 * (pl(f"lamina.{up}")[1] + pl(f"lamina.{lo}")[1])
    back = max(lam - centre[1] + 0.001, sac_r + thick)
    lateral = abs(pl(f"facet.{level}", "left")[0]) - 0.002
    label = centre + [0.0, back - thick / 2, 0.0]
    return Shape(
        site,
        side,
        "ligament",
        vec3(label),
        part=part,
        tint=LIGAMENT_TINT,
        params=(
            ("centre", vec3(centre)),
            ("axis", vec3(unit(c_up - c_lo))),
            ("back", back),
            ("lateral", lateral),
            ("thick", thick),
            ("height", 0.012),
            ("arc", arc),
            ("floor", sac_r + 0.0005),
        ),
    )


def sac(
    site: str,
    side: str | None,
    pl: Place,
    level: str,
    squeeze: float,
    follow: Vec = (0.0, 0.0, 0.0),
    between: tuple[str, str] | None = None,
) -> Shape:
    disc, _ = pl.disc_frame(level)
    params: list[tuple[str, Any]] = [("z", float(disc[2])), ("squeeze", squeeze), ("width", 0.007)]
    if between:  # the stretch of sac that moves with a slipped vertebra (z from, z to)
        params += [
            ("follow", follow),
            (
                "zone",
                (
                    float(pl(f"disc-centre.{between[0]}")[2]),
                    float(pl(f"disc-centre.{between[1]}")[2]),
                ),
            ),
        ]
    label = np.array([0.0, pl(f"canal.{level.split('-')[1]}")[1], disc[2]])
    return Shape(
        site,
        side,
        "sac-narrowed",
        vec3(label),
        part="sac",
        tint=(("sac", 1.0),),
        opacity=0.55,
        hides=("dural-sac",),
        source="dural-sac",
        params=tuple(params),
    )


def sheared(
    site: str, side: str | None, pl: Place, level: str, shift: Vec, moving_end: str
) -> Shape:
    centre, u = pl.disc_frame(level)
    return Shape(
        site,
        side,
        "disc-sheared",
        vec3(centre),
        part=f"disc-{level}",
        tint=(("disc", 1.0),),
        hides=(f"disc.{level}",),
        source=f"disc.{level}",
        params=(("centre", vec3(centre)), ("axis", vec3(u)), ("shift", shift), ("end", moving_end)),
    )


def foraminal_stenosis(sid: str, side: str | None, pl: Place, level: str) -> list[Shape]:
    """Degenerative disc disease: collapsed disc, sclerotic endplates, disc-osteophytes and a
    facet spur closing the foramen on the exiting root."""
    centre, u = pl.disc_frame(level)
    fora = pl(f"foramen.{level}")
    post = unit(pl(f"disc-posterolateral.{level}") - centre)
    post_dir = unit(post - u * (post @ u))
    out = [
        Shape(
            sid,
            side,
            "disc-collapsed",
            vec3(centre + post_dir * 0.012),
            part="disc",
            tint=DISC_TINT,
            hides=(f"disc.{level}",),
            source=f"disc.{level}",
            params=(
                ("centre", vec3(centre)),
                ("axis", vec3(u)),
                ("keep", COLLAPSE),
                ("bulge", 0.16),
                ("towards", vec3(post_dir)),
            ),
        )
    ]
    for end, sgn in (("upper", 1.0), ("lower", -1.0)):
        out.append(
            Shape(
                sid,
                side,
                "sclerosis",
                vec3(centre + sgn * u * 0.004),
                part=f"endplate-{end}",
                tint=SCLEROSIS_TINT,
                source=f"disc.{level}",
                params=(
                    ("centre", vec3(centre)),
                    ("axis", vec3(u)),
                    ("keep", COLLAPSE),
                    ("end", end),
                ),
            )
        )
    nerves = ("spinal-nerve.L5", "root.L5") if level == "L5-S1" else ("spinal-nerve.L4", "root.L4")
    pl_pt = pl(f"disc-posterolateral.{level}")
    for end, sgn in (("upper", 1.0), ("lower", -1.0)):
        base = pl_pt + sgn * u * 0.0045 - post_dir * 0.002
        out += spurs(
            sid,
            side,
            pl,
            base,
            nerves,
            fora - sgn * u * 0.002,
            f"disc-osteophyte-{end}",
            r_base=0.0028,
            count=1,
        )
    out += spurs(sid, side, pl, pl(f"facet.{level}"), nerves, fora, "facet-spur", r_base=0.0034)
    return out


def central_stenosis(sid: str, pl: Place, level: str) -> list[Shape]:
    """Central stenosis: thick ligamentum flavum, facet overgrowth and an annular bulge
    closing in on a squeezed dural sac."""
    centre, u = pl.disc_frame(level)
    sac_r = 0.0032
    out = [ligament(sid, None, pl, level, (25.0, 155.0), 0.0055, sac_r)]
    canal = centre.copy()
    lo = level.split("-")[1]
    canal[1] = 0.5 * (pl(f"canal.{level.split('-')[0]}")[1] + pl(f"canal.{lo}")[1])
    for s in ("left", "right"):
        sp = Place(pl.L, pl.segs.values(), s)
        facet = sp(f"facet.{level}")
        aim = canal + [sp.lat * sac_r, 0.002, 0.0]
        b = facet
        tip = b + (aim - b) * 0.62
        out.append(
            Shape(
                sid,
                None,
                "osteophyte",
                vec3(tip),
                part=f"facet-{s}",
                tint=SPUR_TINT,
                params=(
                    ("base", vec3(b)),
                    ("tip", vec3(tip)),
                    ("r", 0.0038),
                    ("r_tip", 0.0018),
                    ("bend", vec3([0.0, -0.0015, 0.0])),
                ),
            )
        )
    back = pl(f"disc-posterolateral.{level}", "left")[1]
    out.append(
        Shape(
            sid,
            None,
            "bulge",
            vec3([0.0, back - 0.0015, centre[2]]),
            part="annulus",
            radii=(0.012, 0.0035, 0.0035),
            tint=DISC_TINT,
        )
    )
    out.append(sac(sid, None, pl, level, 0.5))
    return out


def isthmic(sid: str, side: str | None, pl: Place) -> list[Shape]:
    """L5 cut through both pars interarticularis: body forward, arch left behind."""
    ped = pl("pedicle.L5")
    cut = (("y", float(ped[1] + 0.0015)), ("tilt", 20.0), ("gap", 0.002))
    body = pl("vertebral-body.L5") + np.asarray(ISTHMIC_SLIP)
    return [
        Shape(
            sid,
            side,
            "vertebra-part",
            vec3(body),
            part="L5-body",
            tint=BONE_TINT,
            hides=("vertebra.L5",),
            source="vertebra.L5",
            params=cut + (("keep", "front"), ("shift", ISTHMIC_SLIP)),
        ),
        Shape(
            sid,
            side,
            "pars-gap",
            vec3(pl("pedicle.L5") + [0.0, 0.004, -0.004]),
            part="pars-defect",
            tint=RED,
            source="vertebra.L5",
            params=cut + (("shift", ISTHMIC_SLIP),),
        ),
        Shape(
            sid,
            side,
            "vertebra-part",
            vec3(pl("lamina.L5")),
            part="L5-arch",
            tint=BONE_TINT,
            source="vertebra.L5",
            params=cut + (("keep", "back"),),
        ),
        sheared(sid, side, pl, "L5-S1", ISTHMIC_SLIP, "upper"),
        sheared(sid, side, pl, "L4-L5", ISTHMIC_SLIP, "lower"),
    ]


def degenerative_slip(sid: str, side: str | None, pl: Place, level: str) -> list[Shape]:
    """The upper vertebra slides forward on arthritic facets and pinches the sac."""
    up, lo = level.split("-")
    target = f"vertebra.{up}"
    shapes = [
        Shape(
            sid,
            side,
            "slip",
            vec3(pl(f"vertebral-body.{up}")),
            target=target,
            shift=DEGENERATIVE_SLIP,
            moves=((target, DEGENERATIVE_SLIP),),
            part="slip",
        )
    ]
    order = ["L1", "L2", "L3", "L4", "L5"]
    above = f"{order[order.index(up) - 1]}-{up}"
    shapes += [
        sheared(sid, side, pl, level, DEGENERATIVE_SLIP, "upper"),
        sheared(sid, side, pl, above, DEGENERATIVE_SLIP, "lower"),
    ]
    for s in ("left", "right"):
        sp = Place(pl.L, pl.segs.values(), s)
        aim = sp(f"pedicle.{lo}") + body_offset((-4, 2, 6), s)
        shapes += spurs(
            sid, side, sp, sp(f"facet.{level}"), (f"root.{lo}",), aim, f"facet-{s}", r_base=0.0032
        )
    shapes.append(ligament(sid, side, pl, level, (30.0, 150.0), 0.004, 0.0038))
    shapes.append(sac(sid, side, pl, level, 0.4, follow=DEGENERATIVE_SLIP, between=(above, level)))
    return shapes
