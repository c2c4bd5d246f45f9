"""The one place where the UI meets the knowledge base, the scene and the renderer.

Everything the UI needs from ``footspine_viz.model``, ``footspine_viz.scene``
and ``footspine_viz.render`` goes through here, so that a change in their
APIs is mended in one file. The UI speaks in a few plain fields
(:data:`UI_FIELDS`); this module maps them onto the ViewState.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from footspine_viz.errors import UserError

#: The selection fields a front-end may change, by their UI name.
UI_FIELDS = ("root", "site", "side", "map", "mode", "layers", "skin_opacity", "view")

#: The roots shown first, the ones that reach the foot most often.
FOREMOST_ROOTS = ("L4", "L5", "S1")
MODES = ("patient", "student")


class InvalidInput(UserError):
    """A value from a client that names nothing the explorer knows."""


def get(obj: Any, name: str, default: Any = None) -> Any:
    """Read ``name`` from a dataclass/object or a mapping."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _first(obj: Any, *names: str, default: Any = None) -> Any:
    for n in names:
        v = get(obj, n)
        if v is not None:
            return v
    return default


def _id(obj: Any) -> str:
    return obj if isinstance(obj, str) else str(_first(obj, "id", "name"))


def _label(obj: Any) -> str:
    if isinstance(obj, str):
        return obj
    return str(_first(obj, "label", "title", "name", "id"))


def _records(items: Any) -> list[Any]:
    """The records of a mapping (id -> record) or a list."""
    if items is None:
        return []
    if hasattr(items, "values") and callable(items.values):
        return list(items.values())
    return list(items)


#: How a clinician groups compression sites: discs, stenosis, slips, then look-alikes.
SITE_GROUP_ORDER = ("disc-herniation", "stenosis", "spondylolisthesis", "peripheral", "systemic")


def site_label(kb: Any, site: Any) -> str:
    """A site's short name from the knowledge base's text, else its id made readable."""
    from footspine_viz import model

    fn = getattr(model, "site_label", None) or getattr(model, "site_title", None)
    if fn is not None:
        return str(fn(kb, _id(site)))
    return _id(site).replace("-", " ").replace("_", " ")


def group_label(kb: Any, group: str) -> str:
    from footspine_viz import model

    labels = getattr(model, "SITE_GROUPS", None)
    if isinstance(labels, Mapping) and group in labels:
        value = labels[group]
        return str(get(value, "title") or value)
    return group.replace("-", " ").capitalize()


def short_root(root_id: str) -> str:
    """``root.L5.L`` or ``L5`` -> ``L5``."""
    parts = [p for p in root_id.replace("_", ".").split(".") if p]
    for p in parts:
        if len(p) >= 2 and p[0] in "LS" and p[1:].isdigit():
            return p
    return root_id


def _hex(color: Any) -> str | None:
    if color is None:
        return None
    if isinstance(color, str):
        return color
    vals = list(color)[:3]
    if all(isinstance(v, float) and v <= 1.0 for v in vals):
        vals = [round(v * 255) for v in vals]
    return "#%02x%02x%02x" % tuple(int(v) for v in vals)


@dataclass
class Catalog:
    """What a user may choose, read from the knowledge base and the scene."""

    roots: list[dict[str, Any]]
    site_groups: list[dict[str, Any]]
    sides: list[str]
    maps: list[dict[str, Any]]
    views: list[str]
    layers: list[str]
    modes: tuple[str, ...] = MODES
    site_ids: set[str] = field(default_factory=set)
    root_ids: set[str] = field(default_factory=set)

    @classmethod
    def from_kb(cls, kb: Any) -> "Catalog":
        roots = []
        for r in _records(get(kb, "roots")):
            rid = _id(r)
            short = short_root(rid)
            roots.append({"id": rid, "label": short, "color": _hex(get(r, "color")),
                          "foremost": short in FOREMOST_ROOTS})
        roots.sort(key=lambda r: (not r["foremost"], r["label"]))
        groups: dict[str, list[dict[str, str]]] = {}
        for site in _records(get(kb, "sites")):
            gid = str(get(site, "group") or "other")
            groups.setdefault(gid, []).append({"id": _id(site), "label": site_label(kb, site)})
        order = {g: i for i, g in enumerate(SITE_GROUP_ORDER)}
        site_groups = [{"id": g, "title": group_label(kb, g), "items": items}
                       for g, items in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))]
        maps = [{"id": _id(m), "label": _label(m)} for m in _records(get(kb, "maps"))
                if get(m, "kind", "dermatome") == "dermatome"]
        views, layers, sides = _scene_choices()
        return cls(
            roots=roots,
            site_groups=site_groups,
            sides=sides,
            maps=maps,
            views=views,
            layers=layers,
            site_ids={i["id"] for g in site_groups for i in g["items"]},
            root_ids={r["id"] for r in roots},
        )

    # ------------------------------------------------------------ validation
    def validate(self, view: Any, changes: dict[str, Any]) -> Any:
        """``view`` with ``changes`` applied, or :class:`InvalidInput` for anything unknown.

        The ViewState checks its own fields; ids are checked against the
        knowledge base here, since a client may send anything.
        """
        unknown = set(changes) - set(UI_FIELDS)
        if unknown:
            raise InvalidInput(f"unknown setting {sorted(unknown)[0]!r}")
        if "layers" in changes and not (
            isinstance(changes["layers"], (list, tuple, set, frozenset))
            and all(isinstance(v, str) for v in changes["layers"])
        ):
            raise InvalidInput(f"layers must be a list of names, not {changes['layers']!r}")
        for key in ("root", "site"):
            if changes.get(key) is not None and not isinstance(changes[key], str):
                raise InvalidInput(f"{key} must be an id, not {changes[key]!r}")
        for key in ("side", "map", "mode", "view"):
            if key in changes and not isinstance(changes[key], str):
                raise InvalidInput(f"{key} must be a name, not {changes[key]!r}")
        try:
            new = view.replace(**changes)
            new.check_ids(self.root_ids, self.site_ids, [m["id"] for m in self.maps])
        except UserError as exc:
            raise InvalidInput(exc.message, exc.hint) from None
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f"refused settings {changes!r}: {exc}") from None
        return new

    def root_of(self, pick_id: str) -> str | None:
        """The root id a picked nerve id stands for (``root.L5.L`` -> the L5 root)."""
        if pick_id in self.root_ids:
            return pick_id
        short = short_root(pick_id)
        for r in self.roots:
            if r["label"] == short:
                return r["id"]
        return None

    def site_of(self, pick_id: str) -> str | None:
        if pick_id in self.site_ids:
            return pick_id
        for sid in self.site_ids:  # a disc id: the first site anchored on it
            if pick_id.split(".")[-1] in sid or sid.startswith(pick_id):
                return sid
        return None

    def tour(self) -> list[dict[str, Any]]:
        steps: list[dict[str, Any]] = [{"root": None, "site": None}]
        for short in FOREMOST_ROOTS:
            rid = self.root_of(short)
            if rid:
                steps.append({"root": rid})
        discs = [i["id"] for g in self.site_groups if g["id"] == "disc-herniation" for i in g["items"]]
        hernia = next((d for d in discs if "L4-L5" in d), discs[0] if discs else None)
        if hernia:
            steps.append({"site": hernia})
        return steps


def _scene_choices() -> tuple[list[str], list[str], list[str]]:
    """Camera presets, layer names and sides, from the scene package."""
    from footspine_viz.scene import state as scene

    return list(scene.VIEWS), sorted(scene.LAYERS), list(scene.SIDES)


def home_state(mode: str) -> Any:
    from footspine_viz.scene.state import ViewState

    return ViewState(mode=mode)


def regions_of(result: Any) -> list[str]:
    regions = _first(result, "regions", default=None)
    if regions is None:
        rid = get(result, "id")
        regions = [rid] if rid else []
    return [str(r) for r in regions]


def to_plain(obj: Any) -> Any:
    """Dataclasses, enums, tuples and sets as JSON-able values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_plain(v) for v in obj]
    if hasattr(obj, "value") and hasattr(obj, "name") and not isinstance(obj, str):
        return to_plain(obj.value)
    return obj


#: Keys of an explain()/lookup() answer that the panel shows in their own place.
_SPECIAL = {"title", "headline", "disclaimer", "sources", "emergency", "urgent", "mode", "root", "site",
            "side", "map", "id", "kind"}


def _item_text(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        for key in ("text", "label", "title", "name", "summary", "citation", "id"):
            if item.get(key):
                return str(item[key])
        return "; ".join(str(v) for v in item.values() if v not in (None, "", [], {}))
    return str(item)


def panel(answer: Any) -> dict[str, Any]:
    """An explain()/lookup() answer as the info panel shows it.

    ``{"title", "emergency", "sections": [{"title", "items"}], "sources", "disclaimer"}``;
    all text comes from the answer, none is written here.
    """
    plain = to_plain(answer)
    if not isinstance(plain, dict):
        plain = {"text": plain}
    sections = []
    for key, value in plain.items():
        if key in _SPECIAL or value in (None, "", [], {}):
            continue
        items = value if isinstance(value, list) else [value]
        if isinstance(value, dict):
            items = [f"{k}: {_item_text(v)}" for k, v in value.items()]
        sections.append({"title": key.replace("_", " ").capitalize(), "items": [_item_text(i) for i in items]})
    emergency = plain.get("emergency") or plain.get("urgent") or ""
    return {
        "title": str(plain.get("title") or plain.get("headline") or ""),
        "emergency": _item_text(emergency) if emergency else "",
        "sections": sections,
        "sources": [_item_text(s) for s in plain.get("sources") or []],
        "disclaimer": str(plain.get("disclaimer") or ""),
    }


def explain_panel(kb: Any, view: Any) -> dict[str, Any]:
    from footspine_viz.model import explain

    kwargs = {k: get(view, k) for k in ("root", "site", "side", "map", "mode")}
    return panel(explain(kb, **kwargs))


def lookup_answer(kb: Any, regions: Iterable[str], mode: str) -> dict[str, Any]:
    from footspine_viz.model import lookup

    return panel(lookup(kb, list(regions)))


def camera_of(renderer: Any) -> dict[str, Any] | None:
    """Position, focal point and distance of the renderer's camera."""
    plotter = getattr(renderer, "plotter", None)
    if plotter is None:
        return None
    cam = plotter.camera
    return {
        "position": tuple(cam.position),
        "focal_point": tuple(cam.focal_point),
        "distance": float(cam.distance),
        "parallel_scale": float(cam.parallel_scale),
    }


def clamp_camera(renderer: Any, home: dict[str, Any] | None, zoom: tuple[float, float] = (0.35, 1.6),
                 pan_fraction: float = 0.35) -> bool:
    """Keep the model on screen (kiosk): bound zoom and pan around the home camera.

    Returns True when the camera was moved back.
    """
    import numpy as np

    plotter = getattr(renderer, "plotter", None)
    if plotter is None or not home:
        return False
    cam = plotter.camera
    changed = False
    home_fp = np.asarray(home["focal_point"])
    fp = np.asarray(cam.focal_point)
    pos = np.asarray(cam.position)
    limit = pan_fraction * home["distance"]
    off = fp - home_fp
    if np.linalg.norm(off) > limit:
        shift = off - off / np.linalg.norm(off) * limit
        fp, pos = fp - shift, pos - shift
        changed = True
    d = np.linalg.norm(pos - fp)
    lo, hi = zoom[0] * home["distance"], zoom[1] * home["distance"]
    if not lo <= d <= hi:
        pos = fp + (pos - fp) / d * min(max(d, lo), hi)
        changed = True
    if changed:
        cam.focal_point = tuple(fp)
        cam.position = tuple(pos)
        plotter.renderer.ResetCameraClippingRange()
    return changed
