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
from collections.abc import Iterator
from typing import Any

from footspine_viz.scene.state import LAYERS, SIDES, VIEWS, ViewState

ALL_LAYERS = frozenset(LAYERS)
#: Layers that change which skin layers a frame holds (the rest only hide parts).
BARE = ALL_LAYERS - {"dermatomes", "peripheral", "pain"}
MODES = ("patient", "student")


def selections(kb: Any) -> list[tuple[str, str | None, str | None]]:
    """(key, root, site) for nothing, every root, every site; keys as the page uses them."""
    from footspine_viz.scene.catalog import Catalog

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


def _part(name: str, part: Any) -> dict[str, Any]:
    """A drawable's visibility and shift; a pathology shape also its colour and opacity."""
    out: dict[str, Any] = {"visible": part.visible, "shift": _rgb(part.shift)}
    if name.startswith("shape.") and part.rgb is not None:
        out["rgb"] = _rgb(part.rgb)
        out["opacity"] = float(part.opacity)
    return out


def _layer(layer: Any) -> dict[str, Any]:
    return {
        "map": layer.map,
        "key": layer.key,
        "sides": list(layer.sides),
        "rgb": _rgb(layer.rgb),
        "scale": float(layer.scale),
        "kind": layer.kind,
    }


def _label(lab: Any) -> dict[str, Any]:
    pts, nrm = list(lab.anchors), None if lab.normals is None else list(lab.normals)
    if len(pts) > 120:  # a skin area: an even sample is enough to find its facing middle
        step = -(-len(pts) // 120)
        pts = pts[::step]
        nrm = None if nrm is None else nrm[::step]
    out = {
        "key": lab.key,
        "text": lab.text,
        "points": [[_f(v, 5) for v in p] for p in pts],
        "rgb": None if lab.rgb is None else [_f(v, 4) for v in lab.rgb],
        "priority": lab.priority,
        "kind": lab.kind,
        "target": lab.target,
    }
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
    part_table, nerve_table, disc_table = Interner(), Interner(), Interner()
    title, urgent, safety, subtitle, legend, caption = {}, {}, {}, {}, {}, {}
    for (key, root, site), side in itertools.product(sels, SIDES):
        # what the camera view changes (close-up tints, the skin cut away, ...) is
        # stored per view, interned: the page never knows which views differ
        for view in VIEWS:
            fr = src.describe(st(root, site, side=side, view=view, layers=ALL_LAYERS))
            k3 = f"{key}|{side}|{view}"
            nerves[k3] = nerve_table(
                {
                    "base": _rgb(fr.nerve_base),
                    "lights": [
                        [seg_index[n.segment], _rgb(n.rgb), float(n.start)] for n in fr.nerve_lights
                    ],
                    "tints": [[seg_index[n.segment], _rgb(n.rgb)] for n in fr.nerve_tints],
                }
            )
            parts[k3] = part_table(
                {k: _part(k, p) for k, p in fr.parts.items() if not k.startswith("mark.")}
            )
            # tinted levels, and levels a shown shape replaces (not drawn: folded onto their centre)
            discs[k3] = disc_table(
                {
                    "tints": [[geo.disc_levels.index(lv), _rgb(c)] for lv, c in fr.disc_tints],
                    "hidden": [geo.disc_levels.index(lv) for lv in fr.disc_hidden],
                }
            )
        # a site whose own pattern is pain (piriformis) paints it with the pain layer off too
        fr = src.describe(st(root, site, side=side, layers=ALL_LAYERS))
        bare = src.describe(st(root, site, side=side, layers=BARE))
        pain[f"{key}|{side}"] = {
            "full": [_layer(x) for x in fr.pain_layers],
            "bare": [_layer(x) for x in bare.pain_layers],
        }
        for mp in maps:
            full = src.describe(st(root, site, side=side, map=mp, layers=ALL_LAYERS))
            bare = src.describe(st(root, site, side=side, map=mp, layers=BARE))
            skin[f"{key}|{side}|{mp}"] = {
                "full": [_layer(x) for x in full.skin_layers],
                "bare": [_layer(x) for x in bare.skin_layers],
            }
        for mode in MODES:
            fr = src.describe(st(root, site, side=side, mode=mode, layers=BARE))
            title[f"{key}|{side}|{mode}"] = fr.title
            urgent[f"{key}|{side}|{mode}"] = fr.urgent
            safety[f"{key}|{side}|{mode}"] = fr.safety_net
            caption[f"{key}|{side}|{mode}"] = list(fr.caption)
            for derm, pn, per in itertools.product((0, 1), (0, 1), (0, 1)):
                extra = {
                    n for n, on in (("dermatomes", derm), ("pain", pn), ("peripheral", per)) if on
                }
                fr = src.describe(st(root, site, side=side, mode=mode, layers=BARE | extra))
                legend[f"{key}|{side}|{mode}|{derm}|{pn}|{per}"] = [
                    [e.text, _rgb(e.rgb), e.style] for e in fr.legend
                ]
    # the subtitle names the pain stripes whenever a frame has any (home with the pain layer has)
    for mp, view, mode, derm, pn in itertools.product(maps, VIEWS, MODES, (0, 1), (0, 1)):
        more = ({"dermatomes"} if derm else set()) | ({"pain"} if pn else set())
        fr = src.describe(ViewState(map=mp, view=view, mode=mode, layers=BARE | more))
        if bool(fr.pain_layers) != bool(pn):
            raise ValueError("home with the pain layer on is expected to show pain stripes")
        subtitle[f"{mp}|{view}|{mode}|{derm}|{pn}"] = fr.subtitle
    fr0 = src.describe(ViewState())
    return {
        "nerves": {"table": nerve_table.items, "states": nerves},
        "skin": skin,
        "pain": pain,
        "pain_rgb": _rgb(fr0.pain_rgb),
        "skin_base": _rgb(fr0.skin_base),
        "disc_rgb": _rgb(fr0.disc_rgb),
        "discs": {"table": disc_table.items, "states": discs},
        "parts": {"table": part_table.items, "states": parts, "gates": gates(src, sels)},
        "pictures": {
            "title": title,
            "urgent": urgent,
            "safety_net": safety,
            "subtitle": subtitle,
            "legend": legend,
            "caption": caption,
        },
    }


def gates(src: Any, sels: list[tuple[str, str | None, str | None]]) -> dict[str, list[str]]:
    """Layer -> the drawables it shows (hidden when the layer is off), read from describe().

    The page stores each state's parts with every layer on and hides a part
    whose gating layer is off; which layer gates which part is found here by
    turning each layer off in turn (over every selection, so shapes count).
    """
    out: dict[str, set[str]] = {}
    for _key, root, site in sels:
        full = src.describe(ViewState(root=root, site=site, side="both", layers=ALL_LAYERS)).parts
        for layer in sorted(ALL_LAYERS):
            less = src.describe(
                ViewState(root=root, site=site, side="both", layers=ALL_LAYERS - {layer})
            ).parts
            out.setdefault(layer, set()).update(
                k for k, p in full.items() if p.visible and not less[k].visible
            )
    return {k: sorted(v) for k, v in out.items() if v}


def labels(src: Any, maps: list[str]) -> dict[str, Any]:
    """Labels of every state: ``sel|side|mode|view|map|dermatomes|peripheral`` -> a list of labels.

    The two skin layers change which skin area is labelled (a root's
    dermatome, a nerve's territory, a site's pattern); the other layers only
    hide a label's target, which the page checks. Labels and lists of labels
    are each stored once.
    """
    table, lists = Interner(), Interner()
    states: dict[str, int] = {}
    for (key, root, site), side, mode, view, mp, derm, per in itertools.product(
        selections(src.kb), SIDES, MODES, VIEWS, maps, (0, 1), (0, 1)
    ):
        layers = BARE | {n for n, on in (("dermatomes", derm), ("peripheral", per)) if on}
        fr = src.describe(
            ViewState(root=root, site=site, side=side, mode=mode, view=view, map=mp, layers=layers)
        )
        states[f"{key}|{side}|{mode}|{view}|{mp}|{derm}|{per}"] = lists(
            [table(_label(lab)) for lab in fr.labels]
        )
    return {"table": table.items, "lists": lists.items, "states": states}


def iter_states(kb: Any, maps: list[str]) -> Iterator[tuple[str, ViewState]]:
    """Every (selection key, state) the page can open, with all layers (tests sample these)."""
    for (key, root, site), side, mode, view, mp in itertools.product(
        selections(kb), SIDES, MODES, VIEWS, maps
    ):
        yield (
            key,
            ViewState(
                root=root, site=site, side=side, mode=mode, view=view, map=mp, layers=ALL_LAYERS
            ),
        )
