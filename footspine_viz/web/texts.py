"""The page's choices, words and tables, read from the knowledge base and the presenter.

Everything a person reads on the page comes from here: the catalogue of roots
and sites (:class:`footspine_viz.scene.catalog.Catalog`), the info panels
(``scene.panel.explain_panel`` for every selection, side, wording and map), the
page's own buttons and headings (``annotations/text/en.yaml``, section
``web``), and the tables the page ranks marked skin spots with (the same map
entries ``model.lookup`` reads).
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np

from footspine_viz.scene.state import DEFAULT_LAYERS, LAYERS, SIDES, VIEWS, ViewState
from footspine_viz.web.frames import Interner, selections

MODES = ("patient", "student")


def catalog(src: Any) -> dict[str, Any]:
    """What a visitor may choose, with colours, view suggestions and the tour."""
    from footspine_viz.scene.catalog import Catalog
    from footspine_viz.scene.views import default_skin_opacity, suggested_view

    kb = src.kb
    cat = Catalog.from_kb(kb)
    maps = [{"id": m, "title": kb.maps[m].title, "kind": kb.maps[m].kind} for m in chosen_maps(kb)]
    suggested = {}
    for key, root, site in selections(kb):
        if key != "home":
            suggested[key] = suggested_view(kb, root=root, site=site)
    home = ViewState()
    return {
        "roots": cat.roots,
        "site_groups": cat.site_groups,
        "sides": list(SIDES),
        "maps": maps,
        "views": list(VIEWS),
        "layers": sorted(LAYERS),
        "default_layers": sorted(DEFAULT_LAYERS),
        "view_opacity": {v: default_skin_opacity(v) for v in VIEWS},
        "suggested_view": suggested,
        "home": {
            "side": home.side,
            "map": home.map,
            "mode": home.mode,
            "view": home.view,
            "skin_opacity": home.skin_opacity,
        },
        "tour": [_tour_key(step) for step in cat.tour()],
        "sites": {
            s.id: {
                "group": s.group,
                "kind": s.kind,
                "level": getattr(s, "level", None),
                "sided": bool(getattr(s, "sided", False)),
            }
            for s in kb.sites.values()
        },
    }


def _tour_key(step: dict[str, Any]) -> str:
    if step.get("root"):
        return f"root:{step['root']}"
    if step.get("site"):
        return f"site:{step['site']}"
    return "home"


def chosen_maps(kb: Any) -> list[str]:
    """The skin maps a visitor can choose: the dermatome maps and the ISNCSCI key points."""
    return [m.id for m in kb.maps.values() if m.kind in ("dermatome", "key-points")]


def panels(src: Any) -> dict[str, Any]:
    """Info panels per ``selection|side|mode|map`` (interned: equal panels stored once)."""
    from footspine_viz.scene.panel import explain_panel

    kb = src.kb
    table = Interner()
    states = {}
    for (key, root, site), side, mode, mp in itertools.product(
        selections(kb), SIDES, MODES, chosen_maps(kb)
    ):
        panel = explain_panel(
            kb, ViewState(root=root, site=site, side=side, mode=mode, map=mp)
        ).to_dict()
        panel.pop("colors", None)
        states[f"{key}|{side}|{mode}|{mp}"] = table(panel)
    return {"table": table.items, "states": states}


def spot_answers(src: Any, sets: list[tuple[str, ...]]) -> dict[str, Any]:
    """The presenter's answer for every region set a skin tap can ask about.

    For each set (:meth:`SceneSource.spot_sets`), wording and map:
    ``scene.panel.lookup_panel(...).to_dict()`` (without its colours), stored
    once per distinct answer. The page only indexes this table, so a tap is
    answered in the very words the desktop window and the CLI use.
    """
    from footspine_viz.scene.panel import lookup_panel

    table = Interner()
    answers: dict[str, int] = {}
    for i, regions in enumerate(sets):
        for mode, mp in itertools.product(MODES, chosen_maps(src.kb)):
            panel = lookup_panel(src.kb, regions, mode, map=mp).to_dict()
            panel.pop("colors", None)
            answers[f"{i}|{mode}|{mp}"] = table(panel)
    return {"sets": [list(s) for s in sets], "answers": answers, "table": table.items}


def words(kb: Any) -> dict[str, Any]:
    """The page's own words (section ``web``) and the texts shared with the pictures."""
    text = kb.text.get("en", {})
    return {key: dict(text.get(key, {})) for key in ("web", "ui", "groups", "views", "panel")}


def skin_tables(src: Any) -> dict[str, Any]:
    """Map weights (key -> {region: weight}) the skin painter sums, per map."""
    kb = src.kb
    return {
        "weights": {m: src.geo.map_weights(m) for m in kb.maps},
        "roots": list(kb.roots),
        "palette": {r: kb.roots[r].color for r in kb.roots},
    }


def cameras(src: Any) -> dict[str, Any]:
    """Each preset as the box it frames, so the page can fit it to any aspect.

    ``scene.cameras.preset`` fits a (height, width) box at a distance that
    depends on the aspect and shifts the focal point by 1.5% of the fitted
    height; both are recovered here by asking it at two extreme aspects, so the
    page repeats its rule exactly (a test compares at several aspects).
    """
    from footspine_viz.scene import cameras as cams

    lms, bounds = src.geo.landmarks, src.geo.bounds
    out: dict[str, Any] = {"free": cams.FREE_FRACTION, "presets": {}}
    for view, side in itertools.product(VIEWS, ("left", "right")):
        tall = cams.preset(view, lms, bounds, side, 1e9)
        wide = cams.preset(view, lms, bounds, side, 1e-3)
        t = np.tan(np.radians(tall.angle / 2))
        d1 = float(np.linalg.norm(np.subtract(tall.position, tall.focal)))
        d2 = float(np.linalg.norm(np.subtract(wide.position, wide.focal)))
        h1, h2 = d1 * 2 * t, d2 * 2 * t
        direction = np.subtract(tall.position, tall.focal) / d1
        up = np.asarray(tall.up, dtype=float)
        fp0 = np.asarray(tall.focal) + up * h1 * 0.015
        out["presets"][f"{view}|{side}"] = {
            "focal": fp0.tolist(),
            "dir": direction.tolist(),
            "up": up.tolist(),
            "angle": tall.angle,
            "height": h1 * cams.FREE_FRACTION,
            "width": h2 * cams.FREE_FRACTION * 1e-3,
            "clips": [[list(map(float, o)), list(map(float, n))] for o, n in tall.clips],
        }
    return out


def scene_tables(src: Any) -> dict[str, Any]:
    """Segments, shapes, disc levels and theme colours the page draws and picks with."""
    from footspine_viz.scene.pick import pick_disc, pick_nerve
    from footspine_viz.scene.theme import THEMES

    geo = src.geo
    segs = []
    for k, s in enumerate(geo.segments):
        res = pick_nerve(geo, k, s.curve[len(s.curve) // 2])  # what a click on this segment means
        segs.append(
            {
                "key": s.key,
                "id": s.id,
                "side": s.side,
                "pick": res.kind,
                "pick_id": res.id,
                "roots": list(res.roots),
                "name": {m: _nerve(src.kb, s.id, m) for m in MODES},
            }
        )
    shapes = [
        {
            "mesh": None if sh.kind == "slip" else f"shape.{sh.key}.{k}",
            "site": sh.site,
            "side": sh.side,
            "kind": sh.kind,
        }
        for k, sh in enumerate(geo.shapes)
    ]
    disc_site = {lvl: pick_disc(geo, lvl, (0.0, 0.0, 0.0)).id for lvl in geo.disc_levels}
    theme = THEMES["calm"]
    return {
        "segments": segs,
        "shapes": shapes,
        "disc_levels": list(geo.disc_levels),
        "disc_site": disc_site,
        "theme": {k: getattr(theme, k) for k in theme.__dataclass_fields__},
    }


def _nerve(kb: Any, segment: str, mode: str) -> str:
    from footspine_viz.scene.words import nerve_name

    return nerve_name(kb, segment, mode)
