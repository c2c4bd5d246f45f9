"""A :class:`Frame`: everything one picture shows, as plain comparable data.

:func:`footspine_viz.scene.describe.describe` turns a view state into a
Frame; every face only draws it: the VTK renderer applies it to actors in
place, the exports add its texts, the browser build serialises it. Two faces
showing the same state therefore compare equal frames, which makes "the CLI,
Explorer and both UIs give the same picture" a one-line test.

Per-vertex colours are not in the frame: :mod:`footspine_viz.scene.paint`
computes them from the frame's layers (field references, colours, scales)
and the geometry, with one blend rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

RGB = tuple[float, float, float]
Point = tuple[float, float, float]


@dataclass(frozen=True)
class Part:
    """How one drawable looks: ``rgb`` None means per-vertex colours (see paint)."""

    visible: bool
    rgb: RGB | None = None
    opacity: float = 1.0
    shift: Point = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class NerveLight:
    """A lit nerve segment: ``segment`` is ``<id>.<side>``; lit from arc fraction ``start``.

    Below ``start`` (upstream of the lesion, or before this root's fibres
    join) the tube is half-lit: visible, but not the path of the symptoms.
    """

    segment: str
    rgb: RGB
    start: float = 0.0


@dataclass(frozen=True)
class SkinLayer:
    """One coloured field on the skin: ``key``'s area in ``map`` on ``sides``.

    ``kind`` is ``dermatome``, ``territory`` (a peripheral nerve's skin) or
    ``pain`` (drawn as stripes, never blended with the dermatomes).
    """

    map: str
    key: str
    sides: tuple[str, ...]
    rgb: RGB
    scale: float
    kind: str = "dermatome"


@dataclass(frozen=True)
class Label:
    """A label: ``anchors`` are candidate world points, best first.

    ``target`` is the drawable it points at; a label whose target is hidden
    is not in a frame. ``normals`` (skin areas) let a face keep the anchors
    that face the camera.
    """

    key: str
    text: str
    anchors: tuple[Point, ...]
    rgb: RGB | None
    target: str
    kind: str
    priority: int
    normals: tuple[Point, ...] | None = None


@dataclass(frozen=True)
class LegendEntry:
    text: str
    rgb: RGB
    style: str = "solid"  # or "stripes"


@dataclass(frozen=True)
class Frame:
    """What one view state shows. Built by ``describe``; compare with ``==``."""

    state: Any  # the ViewState it describes
    theme: str
    parts: Mapping[str, Part]
    nerve_base: RGB
    nerve_lights: tuple[NerveLight, ...]
    nerve_tints: tuple[NerveLight, ...]
    skin_base: RGB
    skin_opacity: float
    skin_layers: tuple[SkinLayer, ...]
    pain_layers: tuple[SkinLayer, ...]
    pain_rgb: RGB
    disc_rgb: RGB
    disc_tints: tuple[tuple[str, RGB], ...]
    disc_hidden: tuple[str, ...]  # disc levels a shown shape replaces (not drawn)
    marks: tuple[Point, ...]
    labels: tuple[Label, ...]
    title: str
    subtitle: str
    legend: tuple[LegendEntry, ...]
    caption: tuple[str, ...]
    urgent: str | None
    safety_net: str | None
    view: str
    camera_side: str
    roots: tuple[tuple[str, float], ...] = field(default=())  # (root, strength), main first
    lit: tuple[str, ...] = field(default=())  # lit segment ids (no side), proximal first

    def lit_keys(self) -> set[str]:
        """Lit segments as ``<id>.<side>`` keys."""
        return {n.segment for n in self.nerve_lights}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready plain data (what the browser build serialises)."""
        out: dict[str, Any] = _plain(self)
        out["state"] = _state_dict(self.state)
        return out


def _state_dict(state: Any) -> dict[str, Any]:
    d = {f.name: getattr(state, f.name) for f in dataclasses.fields(state)}
    d["layers"] = sorted(d["layers"])
    d["marks"] = [list(m) for m in d["marks"]]
    return d


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Mapping):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, frozenset, set)):
        return [_plain(v) for v in obj]
    if isinstance(obj, float):
        return round(obj, 6)
    return obj
