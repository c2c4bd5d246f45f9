"""Frozen records of the clinical knowledge base.

The records mirror the YAML files in ``annotations/`` one to one (see the
package docstring for the id scheme). They are immutable so that a loaded
:class:`Knowledge` can be cached and shared between the scene, the UI and the
CLI without one of them changing what the others see.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

#: Confidence levels every record states.
CONFIDENCE = ("high", "moderate", "contested")


def frozen_map(data: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """Return a read-only view of ``data`` (an empty one for None)."""
    return MappingProxyType(dict(data or {}))


@dataclass(frozen=True)
class Source:
    """A cited work: ``id`` is the code used in records (``S1``..)."""

    id: str
    citation: str


@dataclass(frozen=True)
class ReflexLink:
    """A reflex a root serves, with how standard that link is."""

    id: str
    status: str  # "standard" or "supplementary"


@dataclass(frozen=True)
class Root:
    """A lumbosacral nerve root (side applied per instance)."""

    id: str
    color: str
    dural_origin: Mapping[str, Any]
    foramen: str | None
    segment: str
    foot_carriers: tuple[str, ...]
    key_point: str | None
    muscles: tuple[str, ...]
    weakness_tests: tuple[str, ...]
    tension_signs: tuple[str, ...]
    reflexes: tuple[ReflexLink, ...]
    confidence: str
    sources: tuple[str, ...]
    red_flags: tuple[str, ...] = ()
    safety_net: bool = True
    emergency: bool = False


@dataclass(frozen=True)
class Segment:
    """A nerve segment of the graph; ``parent`` plus ``joins`` are its inputs."""

    id: str
    name: str
    parent: str | None
    joins: tuple[str, ...]
    carries: tuple[str, ...]
    reaches: str
    confidence: str
    sources: tuple[str, ...]
    note: str = ""
    root_value: tuple[str, ...] = ()  # textbook root value where it lists more than `carries`

    @property
    def inputs(self) -> tuple[str, ...]:
        """All segments whose fibres flow into this one."""
        return ((self.parent,) if self.parent else ()) + self.joins


@dataclass(frozen=True)
class Region:
    """A named skin region with its painting rule (architecture.md language).

    ``within`` names regions that contain (nearly) all of this one, so a
    lookup can answer across sizes: a key-point spot inside the inner ankle
    answers for the inner ankle, a stocking that covers the instep answers for
    the instep. ``red_flag`` is set where symptoms in the region are in
    themselves a red flag (the saddle: cauda equina).
    """

    id: str
    name: str
    rule: Mapping[str, Any]
    within: tuple[str, ...] = ()
    red_flag: str | None = None
    note: str = ""


@dataclass(frozen=True)
class MapEntry:
    """One assignment of a region to a root (or a nerve) with a weight."""

    key: str  # a root id, a nerve segment id or a site id, as the map is keyed
    region: str
    weight: float
    confidence: str
    sources: tuple[str, ...]
    note: str = ""
    landmark: str | None = None


@dataclass(frozen=True)
class SkinMap:
    """A dermatome map or another skin layer; never merged with the others."""

    id: str
    kind: str  # dermatome | key-points | pain | nerve-territory | pattern
    keyed_by: str  # root | nerve | site
    title: str
    confidence: str
    sources: tuple[str, ...]
    entries: tuple[MapEntry, ...]
    note: str = ""


@dataclass(frozen=True)
class Finding:
    """A bedside test or a reflex, with the roots and nerves it reflects."""

    id: str
    kind: str  # strength | observation | tension | history | reflex
    roots: tuple[str, ...]
    nerves: tuple[str, ...]
    muscles: tuple[str, ...]
    confidence: str
    sources: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Flag:
    """A red flag or a named condition: an id with its evidence."""

    id: str
    confidence: str
    sources: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class AffectedRoot:
    """A root a site affects, its role there and how likely."""

    root: str
    role: str  # traversing | exiting
    likelihood: str  # primary | possible
    confidence: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Site:
    """A compression site; optional findings are None when derived from roots."""

    id: str
    group: str
    kind: str
    level: str | None
    anchor: str
    sided: bool
    bilateral: bool
    conditions: tuple[str, ...]
    roots: tuple[AffectedRoot, ...]
    nerves: tuple[str, ...]
    highlight_from: tuple[str, ...]
    weakness: tuple[str, ...] | None
    spared: tuple[str, ...]
    reflexes_reduced: tuple[str, ...] | None
    reflexes_preserved: tuple[str, ...]
    tension_signs: tuple[str, ...] | None
    red_flags: tuple[str, ...]
    distinguish_from: tuple[str, ...]
    extra_regions: tuple[str, ...]
    exclude: tuple[str, ...]
    confidence: str
    sources: tuple[str, ...]
    note: str = ""
    paint: str = "dermatome"  # dermatome | territory | pattern | pain (schema documents each)
    safety_net: bool = True
    emergency: bool = False
    possible_branches: tuple[str, ...] = ()
    typical: tuple[str, ...] = ()


@dataclass(frozen=True)
class Disagreement:
    """Where dermatome maps disagree, stated once in the data."""

    id: str
    regions: tuple[str, ...]
    roots: tuple[str, ...]
    maps: tuple[str, ...]
    summary: str
    confidence: str
    sources: tuple[str, ...]
    status: str = "verified"  # or "unverified": the claim could not be checked in the source


@dataclass(frozen=True)
class Knowledge:
    """The whole validated knowledge base, as loaded from one folder."""

    path: Path
    sources: Mapping[str, Source]
    roots: Mapping[str, Root]
    segments: Mapping[str, Segment]
    regions: Mapping[str, Region]
    maps: Mapping[str, SkinMap]
    tests: Mapping[str, Finding]
    reflexes: Mapping[str, Finding]
    red_flags: Mapping[str, Flag]
    conditions: Mapping[str, Flag]
    sites: Mapping[str, Site]
    disagreements: Mapping[str, Disagreement]
    text: Mapping[str, Mapping[str, Any]]  # locale -> the text file's content
    landmarks: frozenset[str]
    sided_landmarks: frozenset[str]
    structures: frozenset[str]
    skin_segments: frozenset[str]
    palette_name: str = ""
    children: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: frozen_map({}))

    def text_for(self, section: str, key: str, mode: str, locale: str = "en") -> str:
        """Text of ``section``/``key`` in ``mode`` (patient or student), or ''."""
        entry = self.text.get(locale, {}).get(section, {}).get(key)
        if isinstance(entry, Mapping):
            return str(entry.get(mode, ""))
        return str(entry or "")
