"""The skin layers a pick paints, as references into the maps.

A root paints its area in the chosen dermatome map; a site paints what its
``paint`` field in sites.yaml says: its roots' dermatomes, its nerves'
territories, or its own pattern from a site-keyed map, as numbness or as
pain. The model only names the layers (:class:`PaintLayer`: map, key,
scale, kind, numbness or pain); the faces turn them into colours with the
region painter, so every face paints the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from footspine_viz.model.records import Knowledge, Site

#: Scale of a layer or nerve the problem may or may not involve (a possible
#: root, a branch that often leaves above the lesion): drawn at half strength.
POSSIBLE = 0.5


@dataclass(frozen=True)
class PaintLayer:
    """One skin layer a pick paints, as a reference into a map.

    A face turns it into colours with the region painter: the field of
    ``key`` in ``map``, on the explanation's ``sides``, times ``scale``.

    Attributes
    ----------
    map
        Map id the layer reads (``keegan-garrett``, ``peripheral-nerves``,
        ``site-patterns``, ``typical-pain``...).
    key
        Root id, nerve segment id or site id, as the map is keyed.
    scale
        1.0 for the main root or a core branch, :data:`POSSIBLE` for a
        possible one.
    kind
        The map's kind: ``dermatome``, ``key-points``, ``nerve-territory``,
        ``pattern`` or ``pain``.
    layer
        What the painted skin means: ``numbness`` (where feeling may be lost)
        or ``pain`` (where pain is typically felt). The two are drawn apart.
    """

    map: str
    key: str
    scale: float
    kind: str
    layer: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form (``explain --json``)."""
        return {
            "map": self.map,
            "key": self.key,
            "scale": self.scale,
            "kind": self.kind,
            "layer": self.layer,
        }


def _keyed(kb: Knowledge, kind: str | None, keyed_by: str, key: str) -> list[str]:
    """Maps keyed by ``keyed_by`` (of ``kind``, when given) that assign ``key`` somewhere."""
    return [
        m.id
        for m in kb.maps.values()
        if m.keyed_by == keyed_by
        and (kind is None or m.kind == kind)
        and any(e.key == key for e in m.entries)
    ]


def root_layers(
    kb: Knowledge, chosen: str, weighted: list[tuple[str, float]]
) -> tuple[tuple[PaintLayer, ...], tuple[PaintLayer, ...]]:
    """Numbness layers in the chosen map and the typical-pain layers, for (root, scale) pairs."""
    paint, pain = [], []
    for rid, scale in weighted:
        if chosen in _keyed(kb, None, "root", rid):
            paint.append(PaintLayer(chosen, rid, scale, kb.maps[chosen].kind, "numbness"))
        for mid in _keyed(kb, "pain", "root", rid):
            pain.append(PaintLayer(mid, rid, scale, "pain", "pain"))
    return tuple(paint), tuple(pain)


def site_layers(
    kb: Knowledge, s: Site, chosen: str, nerves: tuple[str, ...], possible: tuple[str, ...]
) -> tuple[tuple[PaintLayer, ...], tuple[PaintLayer, ...]]:
    """What a site paints, following its ``paint`` field (see sites.yaml)."""
    if s.paint == "dermatome":
        weighted = [(a.root, 1.0 if a.likelihood == "primary" else POSSIBLE) for a in s.roots]
        return root_layers(kb, chosen, weighted)
    if s.paint == "territory":
        layers = tuple(
            PaintLayer(mid, n, POSSIBLE if n in possible else 1.0, "nerve-territory", "numbness")
            for n in nerves
            for mid in _keyed(kb, "nerve-territory", "nerve", n)
        )
        return layers, ()
    layer = "pain" if s.paint == "pain" else "numbness"
    own = tuple(
        PaintLayer(mid, s.id, 1.0, kb.maps[mid].kind, layer)
        for mid in _keyed(kb, None, "site", s.id)
    )
    return own, (own if layer == "pain" else ())
