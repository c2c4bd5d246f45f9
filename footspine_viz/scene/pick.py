"""What a pick means: a drawable and a cell (or a skin point) -> a root, a nerve, a site or a skin lookup.

The drawing side only finds which drawable and which triangle lie under the
pointer; this module, pure and shared by every face, says what the user
pointed at. A nerve of one root selects that root; a nerve carrying several
roots (the sciatic) names them; a disc or a pathology shape selects its site;
the skin asks which roots serve that spot under the current map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from footspine_viz.body import side_of_x
from footspine_viz.scene.geometry import SceneGeometry

#: A picked point: anything indexable as x, y, z.
Point = Sequence[float] | np.ndarray

#: A region counts at a skin point from this weight; a root from this summed map weight.
REGION_MIN = 0.3
ROOT_MIN = 0.2


@dataclass(frozen=True)
class PickResult:
    """What a click hit. ``kind`` is "root", "nerve", "site", "skin" or None.

    ``id`` is the root ("L5"), the nerve segment ("sciatic", for nerves that
    carry several roots), the site id, or (skin) the body segment; ``nerve``
    is the segment hit on a nerve; ``roots`` lists candidate roots (for a
    skin point: the roots whose area in the current map covers it, strongest
    first).
    """

    kind: str | None
    id: str | None = None
    side: str | None = None
    point: tuple[float, float, float] | None = None
    nerve: str | None = None
    regions: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()


def _pt(point: Point) -> tuple[float, float, float]:
    return (float(point[0]), float(point[1]), float(point[2]))


def pick_nerve(geo: SceneGeometry, segment_index: int, point: Point) -> PickResult:
    """A pick on the nerve tubes at segment ``segment_index``."""
    seg = geo.segments[int(segment_index)]
    rec = geo.kb.segments.get(seg.id)
    carried = list(rec.carries) if rec is not None else []
    if seg.root or len(carried) == 1:
        r = seg.root or carried[0]
        return PickResult("root", r, seg.side, _pt(point), nerve=seg.id, roots=(r,))
    return PickResult("nerve", seg.id, seg.side, _pt(point), nerve=seg.id, roots=tuple(carried))


def pick_disc(geo: SceneGeometry, level: str, point: Point) -> PickResult:
    """A pick on the disc at ``level``: its paracentral herniation (else any site at that level)."""
    sites = geo.kb.sites
    cands = [s for s, d in sites.items() if d.level == level and d.kind == "paracentral"]
    cands = cands or [s for s, d in sites.items() if d.level == level]
    return PickResult("site", cands[0] if cands else None, side_of_x(point[0]), _pt(point))


def pick_shape(geo: SceneGeometry, shape_index: int, point: Point) -> PickResult:
    """A pick on a pathology shape: its site."""
    sh = geo.shapes[int(shape_index)]
    return PickResult("site", sh.site, sh.side, _pt(point))


def spot_regions(kb: Any, weights: Mapping[str, float]) -> tuple[str, ...]:
    """The regions a skin spot is named by, heaviest first, from its region weights.

    Regions weighing at least :data:`REGION_MIN`, less any region another of
    them lies ``within`` (the stocking around the sole adds nothing to the
    answer's title; lookup follows ``within`` itself).
    """
    found = [
        r for x, r in sorted(((x, r) for r, x in weights.items()), reverse=True) if x >= REGION_MIN
    ]
    inside = {outer for r in found if r in kb.regions for outer in kb.regions[r].within}
    return tuple(r for r in found if r not in inside)


def lookup_skin(geo: SceneGeometry, point: Point, map_id: str | None) -> PickResult:
    """Regions at a skin point and the roots whose area covers it under ``map_id``."""
    if geo.painter is None:
        return PickResult("skin", None, None, _pt(point))
    v = geo.nearest_skin_vertex(point)
    vside = str(geo.skin_side[v])
    side = vside if vside in ("left", "right") else side_of_x(point[0])
    w = geo.region_weights_at(v, side)
    regions = spot_regions(geo.kb, w)
    roots: list[tuple[float, str]] = []
    if map_id is not None and map_id in geo.kb.maps:
        for r, table in geo.map_weights(map_id).items():
            s = sum(w.get(reg, 0.0) * wt for reg, wt in table.items())
            if s > ROOT_MIN:
                roots.append((s, r))
    roots.sort(reverse=True)
    return PickResult(
        "skin",
        str(geo.skin_segment[v]),
        side,
        _pt(point),
        regions=regions,
        roots=tuple(r for _, r in roots),
    )


def nearest_tube_segment(geo: SceneGeometry, point: Point) -> int:
    """The segment index of the tube vertex nearest a point (for faces that hit a point, not a cell)."""
    d = np.linalg.norm(geo.tubes.points - np.asarray(point, dtype=np.float32), axis=1)
    return int(geo.tubes.segment_of_point[int(np.argmin(d))])
