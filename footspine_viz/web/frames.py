"""Per-state data for the page, taken from the scene description's frames.

The state space the page can reach is enumerated: a selection (nothing, a
root, a site) x side x wording x map x camera view (x the layers that change
what a frame holds). Each part of a :class:`~footspine_viz.scene.frame.Frame`
is stored once per combination of what it depends on (nerve lights by
selection and side; the picture title by selection, side and wording; labels
by everything) and the page looks the parts up (``web/src/frame.js``). A
test checks, state by state and for many layer mixes, that the frame the page
composes equals :func:`~footspine_viz.scene.describe.describe`'s.
"""

from __future__ import annotations

import itertools
import json
from typing import Any, Iterator

from footspine_viz.scene.state import LAYERS, SIDES, VIEWS, ViewState

ALL_LAYERS = frozenset(LAYERS)
#: Layers that change which skin layers a frame holds (the rest only hide parts).
BARE = ALL_LAYERS - {"dermatomes", "peripheral", "pain"}
MODES = ("patient", "student")


def selections(kb: Any) -> list[tuple[str, str | None, str | None]]:
    """(key, root, site) for nothing, every root, every site; keys as the page uses them."""
    from footspine_viz.ui.adapt import Catalog

    cat = Catalog.from_kb(kb)
    out: list[tuple[str, str | None, str | None]] = [("home", None, None)]
    out += [(f"root:{r['id']}", r["id"], None) for r in cat.roots]
    out += [(f"site:{i['id']}", None, i["id"]) for g in cat.site_groups for i in g["items"]]
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


def _f(x: float, nd: int = 6) -> float:
    return round(float(x), nd)


def _rgb(c: Any) -> list[float]:
    """Colours at full precision: the page converts them to bytes exactly as Python does."""
    return [float(v) for v in c]


def _layer(layer: Any) -> dict[str, Any]:
    return {"map": layer.map, "key": layer.key, "sides": list(layer.sides), "rgb": _rgb(layer.rgb),
            "scale": float(layer.scale), "kind": layer.kind}


def _label(lab: Any) -> dict[str, Any]:
    pts, nrm = list(lab.anchors), None if lab.normals is None else list(lab.normals)
    if len(pts) > 120:  # a skin area: an even sample is enough to find its facing middle
        step = -(-len(pts) // 120)
        pts = pts[::step]
        nrm = None if nrm is None else nrm[::step]
    out = {"key": lab.key, "text": lab.text, "points": [[_f(v, 5) for v in p] for p in pts],
           "rgb": None if lab.rgb is None else [_f(v, 4) for v in lab.rgb], "priority": lab.priority,
           "kind": lab.kind, "target": lab.target}
    if nrm is not None:
        out["normals"] = [[_f(v, 3) for v in n] for n in nrm]
    return out


def tables(src: Any, maps: list[str]) -> dict[str, Any]:
    """Every per-state table of the page, from describe()."""
    geo = src.geo
    seg_index = geo.seg_index
    sels = selections(src.kb)
    st = lambda root, site, **kw: ViewState(root=root, site=site, **kw)  # noqa: E731
    nerves, skin, pain, parts, discs = {}, {}, {}, {}, {}
    part_table = Interner()
    title, urgent, safety, subtitle, legend, caption = {}, {}, {}, {}, {}, {}
    for (key, root, site), side in itertools.product(sels, SIDES):
        for closeup in (0, 1):
            view = "lumbar-closeup" if closeup else "overview-posterior"
            fr = src.describe(st(root, site, side=side, view=view, layers=ALL_LAYERS))
            nerves[f"{key}|{side}|{closeup}"] = {
                "base": _rgb(fr.nerve_base),
                "lights": [[seg_index[n.segment], _rgb(n.rgb), float(n.start)] for n in fr.nerve_lights],
                "tints": [[seg_index[n.segment], _rgb(n.rgb)] for n in fr.nerve_tints],
            }
            parts[f"{key}|{side}|{closeup}"] = part_table(
                {k: {"visible": p.visible, "shift": _rgb(p.shift)} for k, p in fr.parts.items()
                 if not k.startswith("mark.")})
            if not closeup:
                discs[key] = [[geo.disc_levels.index(lv), _rgb(c)] for lv, c in fr.disc_tints]
                pain[f"{key}|{side}"] = [_layer(x) for x in fr.pain_layers]
        for mp in maps:
            full = src.describe(st(root, site, side=side, map=mp, layers=ALL_LAYERS))
            bare = src.describe(st(root, site, side=side, map=mp, layers=BARE))
            skin[f"{key}|{side}|{mp}"] = {"full": [_layer(x) for x in full.skin_layers],
                                         "bare": [_layer(x) for x in bare.skin_layers]}
        for mode in MODES:
            fr = src.describe(st(root, site, side=side, mode=mode, layers=BARE))
            title[f"{key}|{side}|{mode}"] = fr.title
            urgent[f"{key}|{side}|{mode}"] = fr.urgent
            safety[f"{key}|{side}|{mode}"] = fr.safety_net
            caption[mode] = list(fr.caption)
            for pn, per in itertools.product((0, 1), (0, 1)):
                layers = set(BARE) | {"dermatomes"} | {n for n, on in (("pain", pn), ("peripheral", per)) if on}
                fr = src.describe(st(root, site, side=side, mode=mode, layers=layers))
                legend[f"{key}|{side}|{mode}|{pn}|{per}"] = [[e.text, _rgb(e.rgb), e.style] for e in fr.legend]
    for mp, view, mode, derm, pn in itertools.product(maps, VIEWS, MODES, (0, 1), (0, 1)):
        layers = set(BARE) | ({"dermatomes"} if derm else set()) | ({"pain"} if pn else set())
        fr = src.describe(ViewState(map=mp, view=view, mode=mode, layers=layers))
        subtitle[f"{mp}|{view}|{mode}|{derm}|{pn}"] = fr.subtitle
    fr0 = src.describe(ViewState())
    return {
        "nerves": nerves, "skin": skin, "pain": pain, "pain_rgb": _rgb(fr0.pain_rgb),
        "skin_base": _rgb(fr0.skin_base), "disc_rgb": _rgb(fr0.disc_rgb), "discs": discs,
        "parts": {"table": part_table.items, "states": parts},
        "pictures": {"title": title, "urgent": urgent, "safety_net": safety, "subtitle": subtitle,
                     "legend": legend, "caption": caption},
    }


def labels(src: Any, maps: list[str]) -> dict[str, Any]:
    """Label table and, per ``sel|side|mode|view|map``, the labels of the frame with every layer on."""
    table = Interner()
    states: dict[str, list[int]] = {}
    for (key, root, site), side, mode, view, mp in itertools.product(
            selections(src.kb), SIDES, MODES, VIEWS, maps):
        fr = src.describe(ViewState(root=root, site=site, side=side, mode=mode, view=view, map=mp,
                                    layers=ALL_LAYERS))
        states[f"{key}|{side}|{mode}|{view}|{mp}"] = [table(_label(lab)) for lab in fr.labels]
    return {"table": table.items, "states": states}


def iter_states(kb: Any, maps: list[str]) -> Iterator[tuple[str, ViewState]]:
    """Every (selection key, state) the page can open, with all layers (tests sample these)."""
    for (key, root, site), side, mode, view, mp in itertools.product(
            selections(kb), SIDES, MODES, VIEWS, maps):
        yield key, ViewState(root=root, site=site, side=side, mode=mode, view=view, map=mp, layers=ALL_LAYERS)
