"""Skin-map queries: region weights per map and key, and the root palette.

The scene paints ``region_weights(kb, map, root)`` onto the skin; the legend
and the UI colour roots with :func:`root_colors`. Keeping both here means the
three front-ends cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping

from footspine_viz.model.ids import resolve
from footspine_viz.model.records import Knowledge

#: Map used when a caller does not name one: the classic map most textbooks show.
DEFAULT_MAP = "keegan-garrett"
#: Map kinds a person chooses between as "the dermatome map" (one at a time):
#: continuous dermatome maps and the ISNCSCI key points.
SELECTABLE_KINDS = ("dermatome", "key-points")


def region_weights(kb: Knowledge, map: str | None, root: str) -> dict[str, float]:
    """Regions a map gives to ``root`` (or to a nerve, for nerve-keyed maps), with weights.

    Parameters
    ----------
    kb
        The knowledge base.
    map
        Map id (``keegan-garrett``, ``lee-2008``, ``isncsci``, ``typical-pain``,
        ``peripheral-nerves``, ``site-patterns``); None means :data:`DEFAULT_MAP`.
    root
        Root id for root-keyed maps, nerve segment id for ``peripheral-nerves``,
        site id for site-keyed maps (``site-patterns``).

    Returns
    -------
    dict
        ``{region id: weight}``, weight 1.0 for core and below 1 for overlap,
        heaviest first; empty when the map does not assign that key anywhere.
    """
    m = kb.maps[resolve("map", map or DEFAULT_MAP, kb.maps)]
    keys, kind = map_keys(kb, m.keyed_by)
    resolve(kind, root, keys)
    pairs = [(e.region, e.weight) for e in m.entries if e.key == root]
    return dict(sorted(pairs, key=lambda p: -p[1]))


def map_keys(kb: Knowledge, keyed_by: str) -> tuple[Mapping[str, object], str]:
    """The records a map's entries are keyed by, and what to call one in a message."""
    if keyed_by == "root":
        return kb.roots, "root"
    if keyed_by == "site":
        return kb.sites, "site"
    return kb.segments, "nerve segment"


def root_colors(kb: Knowledge) -> dict[str, str]:
    """The shared colour-blind-safe palette: ``{root id: "#rrggbb"}``."""
    return {r.id: r.color for r in kb.roots.values()}


def hex_to_rgb(hexcode: str) -> tuple[float, float, float]:
    """``"#0072B2"`` as RGB floats in [0, 1], the form VTK and trame take."""
    h = hexcode.lstrip("#")
    return (int(h[0:2], 16) / 255.0, int(h[2:4], 16) / 255.0, int(h[4:6], 16) / 255.0)


def root_rgb(kb: Knowledge) -> dict[str, tuple[float, float, float]]:
    """The palette as RGB floats in [0, 1]."""
    return {rid: hex_to_rgb(hexcode) for rid, hexcode in root_colors(kb).items()}


def dermatome_maps(kb: Knowledge) -> tuple[str, ...]:
    """Ids of the maps of kind ``dermatome`` (the ones that disagree), in id order.

    These are the maps a lookup averages over when no map is named; the
    ISNCSCI key points are not averaged in (a handful of spots would only
    dilute every score) but can be chosen (:func:`selectable_maps`).
    """
    return tuple(sorted(m.id for m in kb.maps.values() if m.kind == "dermatome"))


def selectable_maps(kb: Knowledge) -> tuple[str, ...]:
    """Ids of the maps a person can choose as "the dermatome map", default first.

    Every front-end's map picker, the lookup's ``--map`` hint and the scene's
    state validation list exactly these: the continuous dermatome maps
    (:data:`DEFAULT_MAP` first, then by id) and the ISNCSCI key points. Pain,
    nerve-territory and site-pattern layers are not choices here: they are
    shown beside the chosen map, never instead of it.
    """
    chosen = [m for m in kb.maps.values() if m.kind in SELECTABLE_KINDS]
    order = {k: i for i, k in enumerate(SELECTABLE_KINDS)}
    chosen.sort(key=lambda m: (m.id != DEFAULT_MAP, order[m.kind], m.id))
    return tuple(m.id for m in chosen)
