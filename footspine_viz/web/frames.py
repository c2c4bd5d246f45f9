"""Per-state data for the page, generated from the scene and the presenter.

The state space the page can reach is enumerated here: a selection (nothing,
a root, a site) x side x wording x map x camera view. For each part of a frame
the build stores one table keyed by only what that part depends on (the
highlight by selection and side; the picture title by selection, side and
wording; labels by everything) and the page looks the parts up
(``web/src/frame.js``). A test checks, state by state, that the parts the page
composes equal what Python describes for the whole state.

Everything comes from :class:`~footspine_viz.web.source.SceneSource` (the
renderer's rules) and :mod:`footspine_viz.ui.adapt` (the info panel's
presenter); when the pure ``describe() -> Frame`` lands, only this module and
``source.py`` change.
"""

from __future__ import annotations

import itertools
import json
from typing import Any, Iterator

import numpy as np

from footspine_viz.scene.state import LAYERS, SIDES, VIEWS, ViewState

#: Layers whose state changes what a frame contains (the others only hide parts).
ALL_LAYERS = frozenset(LAYERS)


def selections(kb: Any) -> list[tuple[str, str | None, str | None]]:
    """(key, root, site) for nothing, every root, every site; keys as the page uses them."""
    from footspine_viz.ui.adapt import Catalog

    cat = Catalog.from_kb(kb)
    out: list[tuple[str, str | None, str | None]] = [("home", None, None)]
    out += [(f"root:{r['id']}", r["id"], None) for r in cat.roots]
    out += [(f"site:{i['id']}", None, i["id"]) for g in cat.site_groups for i in g["items"]]
    return out


def _state(root: str | None, site: str | None, **kw: Any) -> ViewState:
    return ViewState(root=root, site=site, **kw)


def _r(x: float, nd: int = 5) -> float:
    return round(float(x), nd)


def _rgb(c: Any) -> list[float]:
    return [float(v) for v in np.asarray(c, dtype=float)[:3]]


def highlights(src: Any) -> dict[str, dict[str, Any]]:
    """``"<selection>|<side>"`` -> what the selection lights up (renderer's compute_highlight)."""
    seg_index = {s.key: k for k, s in enumerate(src.segments())}
    out = {}
    for (key, root, site), side in itertools.product(selections(src.kb), SIDES):
        h = src.highlight(_state(root, site, side=side))
        out[f"{key}|{side}"] = {
            "nerves": [[seg_index[k], _rgb(col), float(start)] for k, (col, start) in h.nerves.items()],
            "roots": [[r, float(s)] for r, s in h.roots],
            "peripheral": list(h.peripheral),
            "sides": list(h.sides),
            "active": bool(h.active),
        }
    return out


class Interner:
    """Stores equal JSON values once; returns their index."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._ids: dict[str, int] = {}

    def __call__(self, value: Any) -> int:
        k = json.dumps(value, sort_keys=True)
        if k not in self._ids:
            self._ids[k] = len(self.items)
            self.items.append(value)
        return self._ids[k]


def _label_json(lab: Any, layer: str | None) -> dict[str, Any]:
    pts = np.asarray(lab.points, dtype=float)
    nrm = None if lab.normals is None else np.asarray(lab.normals, dtype=float)
    if len(pts) > 120:  # a skin area: an even sample is enough to find its facing middle
        step = int(np.ceil(len(pts) / 120))
        pts = pts[::step]
        nrm = None if nrm is None else nrm[::step]
    target = {"root": "nerves", "nerve": "nerves", "disc": "discs", "field": "skin", "site": "shape"}[lab.kind]
    out = {
        "text": lab.text,
        "points": [[_r(v) for v in p] for p in pts],
        "rgb": None if lab.colour is None else [_r(v, 4) for v in lab.colour],
        "priority": int(lab.priority),
        "kind": lab.kind,
        "target": target,
        "layer": layer,
    }
    if nrm is not None:
        out["normals"] = [[_r(v, 3) for v in n] for n in nrm]
    return out


def labels(src: Any, maps: list[str]) -> dict[str, Any]:
    """Label table and, per ``sel|side|mode|view|map``, the labels shown (ids, priority order)."""
    table = Interner()
    states: dict[str, list[int]] = {}
    without = ALL_LAYERS - {"dermatomes"}
    for (key, root, site), side, mode, view in itertools.product(
            selections(src.kb), SIDES, ("patient", "student"), VIEWS):
        for mp in maps:
            st = _state(root, site, side=side, mode=mode, view=view, map=mp, layers=ALL_LAYERS)
            full = src.labels(st)
            bare = {(lab.text, lab.kind) for lab in src.labels(st.replace(layers=without))}
            ids = [table(_label_json(lab, None if (lab.text, lab.kind) in bare else "dermatomes"))
                   for lab in full]
            states[f"{key}|{side}|{mode}|{view}|{mp}"] = ids
    return {"table": table.items, "states": states}


def pictures(src: Any, maps: list[str]) -> dict[str, Any]:
    """The picture's words (``render.export.describe``), stored by what each part depends on.

    title/banner: selection, side, wording; subtitle: map, view, dermatomes and
    pain layers; legend: selection, side, pain and peripheral layers; caption: wording.
    """
    sels = selections(src.kb)
    base = ALL_LAYERS - {"pain", "peripheral"}
    title, banner, subtitle, legend, caption = {}, {}, {}, {}, {}
    for (key, root, site), side, mode in itertools.product(sels, SIDES, ("patient", "student")):
        d = src.describe(_state(root, site, side=side, mode=mode, layers=base))
        title[f"{key}|{side}|{mode}"] = d["title"]
        banner[f"{key}|{side}|{mode}"] = d["banner"]
        caption[mode] = d["caption"]
    for mp, view, derm, pain in itertools.product(maps, VIEWS, (0, 1), (0, 1)):
        layers = {"skin", "labels"} | ({"dermatomes"} if derm else set()) | ({"pain"} if pain else set())
        d = src.describe(_state(None, None, map=mp, view=view, layers=layers))
        subtitle[f"{mp}|{view}|{derm}|{pain}"] = d["subtitle"]
    for (key, root, site), side, pain, per in itertools.product(sels, SIDES, (0, 1), (0, 1)):
        layers = set(base) | ({"pain"} if pain else set()) | ({"peripheral"} if per else set())
        d = src.describe(_state(root, site, side=side, layers=layers))
        legend[f"{key}|{side}|{pain}|{per}"] = [[t, c, s] for t, c, s in d["legend"]]
    return {"title": title, "banner": banner, "subtitle": subtitle, "legend": legend, "caption": caption}


def iter_states(kb: Any, maps: list[str]) -> Iterator[tuple[str, ViewState]]:
    """Every (selection key, state) the page can open, with all layers (tests sample these)."""
    for (key, root, site), side, mode, view, mp in itertools.product(
            selections(kb), SIDES, ("patient", "student"), VIEWS, maps):
        yield key, _state(root, site, side=side, mode=mode, view=view, map=mp, layers=ALL_LAYERS)
