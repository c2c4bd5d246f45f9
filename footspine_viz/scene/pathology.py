"""Pathology shapes at compression sites: what each condition looks like in the bone.

Longer than most modules because it holds every condition's geometry in one
place (placement from landmarks and the mesh of each kind), so the renderer
and the browser draw exactly the same shapes.

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

from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from footspine_viz.errors import UserError
from footspine_viz.body import body_offset, landmark
from footspine_viz.scene.nerves import NerveSegment

Vec = tuple[float, float, float]

#: Slips (metres, world frame: -y is forward).
ISTHMIC_SLIP: Vec = (0.0, -0.009, -0.001)
DEGENERATIVE_SLIP: Vec = (0.0, -0.005, 0.0)
#: Share of its height a degenerated disc keeps.
COLLAPSE = 0.45
#: Which shape kinds show each condition of the knowledge base.
CONDITION_KINDS: dict[str, frozenset[str]] = {
    "herniated-disc": frozenset({"bulge"}),
    "degenerative-disc-disease": frozenset({"disc-collapsed"}),
    "spinal-stenosis": frozenset({"ligament", "sac-narrowed"}),
    "spondylolisthesis": frozenset({"slip", "vertebra-part"}),
    "facet-arthritis": frozenset({"osteophyte"}),
}
BONE_TINT = (("spine", 1.0),)
SPUR_TINT = (("spine", 0.7), ("pathology", 0.3))
SCLEROSIS_TINT = (("spine", 0.9), ("pathology", 0.1))
DISC_TINT = (("disc", 0.85), ("pathology", 0.15))
LIGAMENT_TINT = (("marker", 0.45), ("pathology", 0.55))
RED = (("pathology", 1.0),)


@dataclass(frozen=True)
class Shape:
    """One drawable piece of a site's condition (see the module docstring for kinds)."""

    site: str
    side: str | None
    kind: str
    centre: Vec  # where a label may point
    radii: Vec = (0.006, 0.006, 0.006)
    axis: Vec = (0.0, 0.0, 1.0)  # ring/marker normal
    target: str | None = None  # slip: the drawable it moves (kept for older callers)
    shift: Vec = (0.0, 0.0, 0.0)
    part: str = ""
    tint: tuple[tuple[str, float], ...] = RED
    opacity: float = 1.0
    hides: tuple[str, ...] = ()
    moves: tuple[tuple[str, Vec], ...] = ()
    source: str | None = None  # atlas structure the mesh is made from
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def key(self) -> str:
        base = f"{self.site}.{self.side}" if self.side else self.site
        return f"{base}.{self.part}" if self.part else base

    def param(self, name: str, default: Any = None) -> Any:
        for k, v in self.params:
            if k == name:
                return v
        return default


def nearest_on(seg: NerveSegment, p: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(point, tangent, arc fraction) of the curve point nearest ``p``."""
    c = seg.curve
    i = int(np.argmin(np.linalg.norm(c - p, axis=1)))
    j0, j1 = max(i - 1, 0), min(i + 1, len(c) - 1)
    t = c[j1] - c[j0]
    return c[i], t / max(np.linalg.norm(t), 1e-12), float(seg.arc_fraction()[i])


def _t(v) -> Vec:
    a = np.asarray(v, dtype=float)
    return (float(a[0]), float(a[1]), float(a[2]))


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=float)
    return v / max(np.linalg.norm(v), 1e-12)


class _Place:
    """Landmark lookups for one site and side."""

    def __init__(self, landmarks, segments, side: str):
        self.L, self.side = landmarks, side
        self.lat = 1.0 if side == "left" else -1.0
        self.segs = {s.key: s for s in segments}

    def __call__(self, name: str, side: str | None = None) -> np.ndarray:
        return landmark(self.L, name, side or self.side)

    def nerve_point(self, seg_ids, near: np.ndarray) -> tuple[np.ndarray, float] | None:
        """Point of the named nerves nearest ``near`` and that nerve's radius."""
        best = None
        for sid in seg_ids:
            seg = self.segs.get(f"{sid}.{self.side}")
            if seg is None:
                continue
            p, _, _ = nearest_on(seg, near)
            d = float(np.linalg.norm(p - near))
            if best is None or d < best[0]:
                best = (d, p, seg.diameter / 2)
        return None if best is None else (best[1], best[2])

    def disc_frame(self, level: str) -> tuple[np.ndarray, np.ndarray]:
        up, lo = level.split("-")
        u = _unit(self(f"vertebral-body.{up}") - self(f"vertebral-body.{lo}"))
        return self(f"disc-centre.{level}"), u


def _spur_towards(
    pl: _Place,
    base: np.ndarray,
    nerves,
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


def _spurs(
    site,
    side,
    pl: _Place,
    base: np.ndarray,
    nerves,
    aim: np.ndarray,
    part: str,
    r_base: float = 0.003,
    fan: float = 0.0025,
    count: int = 2,
) -> list[Shape]:
    """Osteophytes from one joint margin: blunt bony lips, the first reaching the nerve."""
    b, tip = _spur_towards(pl, base, nerves, aim, r_base)
    main = tip - b
    side_dir = _unit(np.cross(main, [0.0, 0.0, 1.0]))
    out = [
        Shape(
            site,
            side,
            "osteophyte",
            _t(tip),
            part=f"{part}-1",
            tint=SPUR_TINT,
            params=(
                ("base", _t(b)),
                ("tip", _t(tip)),
                ("r", r_base),
                ("r_tip", 0.45 * r_base),
                ("bend", _t(0.12 * np.linalg.norm(main) * side_dir)),
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
                _t(tt),
                part=f"{part}-{k}",
                tint=SPUR_TINT,
                params=(
                    ("base", _t(tb)),
                    ("tip", _t(tt)),
                    ("r", r_base * 0.8),
                    ("r_tip", 0.4 * r_base),
                    ("bend", _t(-0.1 * np.linalg.norm(main) * side_dir * sgn)),
                ),
            )
        )
    return out


def _ligament(
    site,
    side,
    pl: _Place,
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
        _t(label),
        part=part,
        tint=LIGAMENT_TINT,
        params=(
            ("centre", _t(centre)),
            ("axis", _t(_unit(c_up - c_lo))),
            ("back", back),
            ("lateral", lateral),
            ("thick", thick),
            ("height", 0.012),
            ("arc", arc),
            ("floor", sac_r + 0.0005),
        ),
    )


def _sac(
    site,
    side,
    pl: _Place,
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
        _t(label),
        part="sac",
        tint=(("sac", 1.0),),
        opacity=0.55,
        hides=("dural-sac",),
        source="dural-sac",
        params=tuple(params),
    )


def _sheared(site, side, pl: _Place, level: str, shift: Vec, moving_end: str) -> Shape:
    centre, u = pl.disc_frame(level)
    return Shape(
        site,
        side,
        "disc-sheared",
        _t(centre),
        part=f"disc-{level}",
        tint=(("disc", 1.0),),
        hides=(f"disc.{level}",),
        source=f"disc.{level}",
        params=(("centre", _t(centre)), ("axis", _t(u)), ("shift", shift), ("end", moving_end)),
    )


def _foraminal_stenosis(sid, side, pl: _Place, level: str) -> list[Shape]:
    """Degenerative disc disease: collapsed disc, sclerotic endplates, disc-osteophytes and a
    facet spur closing the foramen on the exiting root."""
    centre, u = pl.disc_frame(level)
    fora = pl(f"foramen.{level}")
    post = _unit(pl(f"disc-posterolateral.{level}") - centre)
    post_dir = _unit(post - u * (post @ u))
    out = [
        Shape(
            sid,
            side,
            "disc-collapsed",
            _t(centre + post_dir * 0.012),
            part="disc",
            tint=DISC_TINT,
            hides=(f"disc.{level}",),
            source=f"disc.{level}",
            params=(
                ("centre", _t(centre)),
                ("axis", _t(u)),
                ("keep", COLLAPSE),
                ("bulge", 0.16),
                ("towards", _t(post_dir)),
            ),
        )
    ]
    for end, sgn in (("upper", 1.0), ("lower", -1.0)):
        out.append(
            Shape(
                sid,
                side,
                "sclerosis",
                _t(centre + sgn * u * 0.004),
                part=f"endplate-{end}",
                tint=SCLEROSIS_TINT,
                source=f"disc.{level}",
                params=(("centre", _t(centre)), ("axis", _t(u)), ("keep", COLLAPSE), ("end", end)),
            )
        )
    nerves = ("spinal-nerve.L5", "root.L5") if level == "L5-S1" else ("spinal-nerve.L4", "root.L4")
    pl_pt = pl(f"disc-posterolateral.{level}")
    for end, sgn in (("upper", 1.0), ("lower", -1.0)):
        base = pl_pt + sgn * u * 0.0045 - post_dir * 0.002
        out += _spurs(
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
    out += _spurs(sid, side, pl, pl(f"facet.{level}"), nerves, fora, "facet-spur", r_base=0.0034)
    return out


def _central_stenosis(sid, pl: _Place, level: str) -> list[Shape]:
    """Central stenosis: thick ligamentum flavum, facet overgrowth and an annular bulge
    closing in on a squeezed dural sac."""
    centre, u = pl.disc_frame(level)
    sac_r = 0.0032
    out = [_ligament(sid, None, pl, level, (25.0, 155.0), 0.0055, sac_r)]
    canal = centre.copy()
    lo = level.split("-")[1]
    canal[1] = 0.5 * (pl(f"canal.{level.split('-')[0]}")[1] + pl(f"canal.{lo}")[1])
    for s in ("left", "right"):
        sp = _Place(pl.L, pl.segs.values(), s)
        facet = sp(f"facet.{level}")
        aim = canal + [sp.lat * sac_r, 0.002, 0.0]
        b = facet
        tip = b + (aim - b) * 0.62
        out.append(
            Shape(
                sid,
                None,
                "osteophyte",
                _t(tip),
                part=f"facet-{s}",
                tint=SPUR_TINT,
                params=(
                    ("base", _t(b)),
                    ("tip", _t(tip)),
                    ("r", 0.0038),
                    ("r_tip", 0.0018),
                    ("bend", _t([0.0, -0.0015, 0.0])),
                ),
            )
        )
    back = pl(f"disc-posterolateral.{level}", "left")[1]
    out.append(
        Shape(
            sid,
            None,
            "bulge",
            _t([0.0, back - 0.0015, centre[2]]),
            part="annulus",
            radii=(0.012, 0.0035, 0.0035),
            tint=DISC_TINT,
        )
    )
    out.append(_sac(sid, None, pl, level, 0.5))
    return out


def site_shapes(kb: Any, landmarks: Mapping[str, np.ndarray], segments: list[NerveSegment]) -> list[Shape]:
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
            pl = _Place(landmarks, segments, s)
            try:
                anchor = landmark(landmarks, str(site.anchor), s)
                out += _shapes_for(sid, site, kind, group, side, pl, anchor)
            except UserError:  # checked up front by tests: every site anchor resolves
                continue
    return out


def _shapes_for(sid, site, kind, group, side, pl: _Place, anchor) -> list[Shape]:
    level = site.level or ""
    s = pl.side
    if kind == "paracentral":
        # posterolateral disc material pushing back into the canal
        return [
            Shape(
                sid,
                side,
                "bulge",
                _t(anchor + body_offset((-2, -4, 0), s)),
                (0.007, 0.005, 0.004),
                tint=RED,
            )
        ]
    if kind == "foraminal" and group == "stenosis":
        return _foraminal_stenosis(sid, side, pl, level)
    if kind == "foraminal":
        return [
            Shape(
                sid,
                side,
                "bulge",
                _t(anchor + body_offset((-3, 4, -5), s)),
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
                _t([0.0, back + 0.001, centre[2] - 0.002]),
                part="disc",
                radii=(0.009, 0.0065, 0.0055),
                tint=RED,
            ),
            _sac(sid, None, pl, level, 0.45),
        ]
    if kind == "central":
        return _central_stenosis(sid, pl, level)
    if kind == "lateral-recess":
        up, lo = level.split("-")
        nerves = (f"root.{lo}",)
        aim = pl(f"pedicle.{lo}") + body_offset((-4, 2, 6), s)
        shapes = _spurs(
            sid, side, pl, pl(f"facet.{level}"), nerves, aim, "facet-spur", r_base=0.0028, count=2
        )
        shapes.append(
            _ligament(
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
        return _isthmic(sid, side, pl)
    if kind == "spondylolisthesis":
        return _degenerative_slip(sid, side, pl, level)
    if kind == "peripheral":
        segs = [pl.segs.get(f"{h}.{s}") for h in site.highlight_from]
        segs = [g for g in segs if g is not None]
        if not segs:
            return []
        best = min(segs, key=lambda g: float(np.min(np.linalg.norm(g.curve - anchor, axis=1))))
        p, t, _ = nearest_on(best, anchor)
        r = best.diameter / 2 + 0.004
        return [Shape(sid, side, "marker", _t(p), (r, r, 0.0025), axis=_t(t), tint=RED)]
    return []


def _isthmic(sid, side, pl: _Place) -> list[Shape]:
    """L5 cut through both pars interarticularis: body forward, arch left behind."""
    ped = pl("pedicle.L5")
    cut = (("y", float(ped[1] + 0.0015)), ("tilt", 20.0), ("gap", 0.002))
    body = pl("vertebral-body.L5") + np.asarray(ISTHMIC_SLIP)
    return [
        Shape(
            sid,
            side,
            "vertebra-part",
            _t(body),
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
            _t(pl("pedicle.L5") + [0.0, 0.004, -0.004]),
            part="pars-defect",
            tint=RED,
            source="vertebra.L5",
            params=cut + (("shift", ISTHMIC_SLIP),),
        ),
        Shape(
            sid,
            side,
            "vertebra-part",
            _t(pl("lamina.L5")),
            part="L5-arch",
            tint=BONE_TINT,
            source="vertebra.L5",
            params=cut + (("keep", "back"),),
        ),
        _sheared(sid, side, pl, "L5-S1", ISTHMIC_SLIP, "upper"),
        _sheared(sid, side, pl, "L4-L5", ISTHMIC_SLIP, "lower"),
    ]


def _degenerative_slip(sid, side, pl: _Place, level: str) -> list[Shape]:
    """The upper vertebra slides forward on arthritic facets and pinches the sac."""
    up, lo = level.split("-")
    target = f"vertebra.{up}"
    shapes = [
        Shape(
            sid,
            side,
            "slip",
            _t(pl(f"vertebral-body.{up}")),
            target=target,
            shift=DEGENERATIVE_SLIP,
            moves=((target, DEGENERATIVE_SLIP),),
            part="slip",
        )
    ]
    order = ["L1", "L2", "L3", "L4", "L5"]
    above = f"{order[order.index(up) - 1]}-{up}"
    shapes += [
        _sheared(sid, side, pl, level, DEGENERATIVE_SLIP, "upper"),
        _sheared(sid, side, pl, above, DEGENERATIVE_SLIP, "lower"),
    ]
    for s in ("left", "right"):
        sp = _Place(pl.L, pl.segs.values(), s)
        aim = sp(f"pedicle.{lo}") + body_offset((-4, 2, 6), s)
        shapes += _spurs(
            sid, side, sp, sp(f"facet.{level}"), (f"root.{lo}",), aim, f"facet-{s}", r_base=0.0032
        )
    shapes.append(_ligament(sid, side, pl, level, (30.0, 150.0), 0.004, 0.0038))
    shapes.append(_sac(sid, side, pl, level, 0.4, follow=DEGENERATIVE_SLIP, between=(above, level)))
    return shapes


# ---------------------------------------------------------------------------- meshes
def shape_mesh(
    shape: Shape, structures: Mapping[str, Any] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The shape's closed triangle mesh: (points float32 N x 3 metres, faces int32 M x 3).

    ``structures`` (``Atlas.structures``) is needed by the kinds made from an
    atlas mesh (``source``); a ``slip`` has no mesh of its own (empty arrays).
    """
    from footspine_viz.scene import pathology_mesh as pm

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
    return sum(np.asarray(theme_rgb[name], dtype=float) * w for name, w in shape.tint) / max(
        total, 1e-9
    )
