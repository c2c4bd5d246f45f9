"""What a user may choose, and the checks on what a user asks for.

:class:`Catalog`: roots (L4, L5, S1 first), sites grouped as a clinician
thinks, sides, maps, views, layers and the attract tour, read from the
knowledge base and the scene. The desktop window (through
:mod:`footspine_viz.ui.adapt`), the notebook's Explorer and the browser build
(which writes the catalogue into the page's data) all read it, so every face
offers the same choices in the same order. Pure: it lives with the scene
description so that the browser build, which the HTML export uses, does not
depend on a front-end. The faces speak in a few plain fields
(:data:`UI_FIELDS`); :meth:`Catalog.validate` maps them onto the ViewState.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from footspine_viz.errors import UserError
from footspine_viz.model.explain import MODES

#: The selection fields a front-end may change, by their UI name.
UI_FIELDS = ("root", "site", "side", "map", "mode", "layers", "skin_opacity", "view")

#: The roots shown first, the ones that reach the foot most often.
FOREMOST_ROOTS = ("L4", "L5", "S1")


class InvalidInput(UserError):
    """A value from a client that names nothing the explorer knows."""


def get(obj: Any, name: str, default: Any = None) -> Any:
    """Read ``name`` from a dataclass/object or a mapping."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


#: How a clinician groups compression sites: discs, stenosis, slips, then look-alikes.
SITE_GROUP_ORDER = ("disc-herniation", "stenosis", "slipped-vertebra", "outside-the-spine")


def site_label(kb: Any, site: str, mode: str = "patient") -> str:
    """A site's name from the knowledge base's text (``site_names``), else its id made readable."""
    from footspine_viz.scene.words import site_name

    return site_name(kb, site, mode)


def group_label(kb: Any, group: str) -> str:
    return kb.text_for("groups", group, "patient") or group.replace("-", " ").capitalize()


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
    def from_kb(cls, kb: Any) -> Catalog:
        roots = [
            {"id": r.id, "label": r.id, "color": r.color, "foremost": r.id in FOREMOST_ROOTS}
            for r in kb.roots.values()
        ]
        roots.sort(key=lambda r: (not r["foremost"], r["label"]))
        groups: dict[str, list[dict[str, Any]]] = {}
        for site in kb.sites.values():
            groups.setdefault(site.group, []).append(
                {"id": site.id, "label": {m: site_label(kb, site.id, m) for m in MODES}}
            )
        order = {g: i for i, g in enumerate(SITE_GROUP_ORDER)}
        site_groups: list[dict[str, Any]] = [
            {"id": g, "title": group_label(kb, g), "items": items}
            for g, items in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))
        ]
        from footspine_viz.model.maps import selectable_maps

        maps = [{"id": m, "label": kb.maps[m].title} for m in selectable_maps(kb)]
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
    def check_fields(self, changes: dict[str, Any]) -> None:
        """Refuse unknown field names and wrongly typed values from a client (InvalidInput)."""
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

    def check_ids(self, new: Any) -> Any:
        """``new`` when its root, site and map are ids this catalog offers, else InvalidInput."""
        try:
            return new.check_ids(self.root_ids, self.site_ids, [m["id"] for m in self.maps])
        except UserError as exc:
            raise InvalidInput(exc.message, exc.hint) from None

    def validate(self, view: Any, changes: dict[str, Any]) -> Any:
        """``view`` with ``changes`` applied as given (no rules), or InvalidInput for anything unknown."""
        self.check_fields(changes)
        try:
            new = view.replace(**changes)
        except UserError as exc:
            raise InvalidInput(exc.message, exc.hint) from None
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f"refused settings {changes!r}: {exc}") from None
        return self.check_ids(new)

    def tour(self) -> list[dict[str, Any]]:
        steps: list[dict[str, Any]] = [{"root": None, "site": None}]
        steps += [{"root": r} for r in FOREMOST_ROOTS if r in self.root_ids]
        discs = [
            i["id"] for g in self.site_groups if g["id"] == "disc-herniation" for i in g["items"]
        ]
        hernia = next((d for d in discs if "L4-L5" in d), discs[0] if discs else None)
        if hernia:
            steps.append({"site": hernia})
        return steps


def _scene_choices() -> tuple[list[str], list[str], list[str]]:
    """Camera presets, layer names and sides, from the scene package."""
    from footspine_viz.scene import state as scene

    return list(scene.VIEWS), sorted(scene.LAYERS), list(scene.SIDES)
