"""``lookup``: from where symptoms are felt back to the roots and nerves.

Reverse lookup reads the same map tables that paint the skin, backwards. A
root's score is how much of the named skin its dermatome covers, averaged
over the dermatome maps (so a region only one map gives it, such as the great
toe for L4, scores lower and the reason says the maps disagree). Peripheral
nerves are scored the same way from the ``peripheral-nerves`` map and are
returned as look-alikes: the same skin can go numb from a nerve in the leg,
and the UI must say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from footspine_viz.errors import UserError
from footspine_viz.model.graph import walk
from footspine_viz.model.ids import resolve
from footspine_viz.model.maps import dermatome_maps
from footspine_viz.model.records import Knowledge

NERVE_MAP = "peripheral-nerves"


@dataclass(frozen=True)
class Candidate:
    """One ranked answer: a root or a nerve, its score in [0, 1] and why.

    ``sites`` lists the compression sites that would explain it: for a root,
    the spinal sites where it is the main root; for a nerve, the sites outside
    the spine whose highlighted nerves include it.
    """

    id: str
    kind: str  # "root" or "nerve"
    score: float
    why: str
    sites: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form used by ``lookup --json``."""
        return {
            "id": self.id,
            "kind": self.kind,
            "score": self.score,
            "why": self.why,
            "sites": list(self.sites),
        }


@dataclass(frozen=True)
class Lookup:
    """Ranked candidates (best first) for a set of regions, and general notes."""

    regions: tuple[str, ...]
    maps: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    notes: tuple[str, ...]

    @property
    def roots(self) -> tuple[Candidate, ...]:
        """Root candidates only, best first."""
        return tuple(c for c in self.candidates if c.kind == "root")

    @property
    def lookalikes(self) -> tuple[Candidate, ...]:
        """Peripheral-nerve look-alikes only, best first."""
        return tuple(c for c in self.candidates if c.kind == "nerve")


def _describe(weight: float) -> str:
    return "core" if weight >= 1.0 else f"overlap {weight:.1f}"


def _root_candidates(
    kb: Knowledge, regions: tuple[str, ...], maps: tuple[str, ...]
) -> list[Candidate]:
    out = []
    for rid in kb.roots:
        total = 0.0
        parts = []
        for reg in regions:
            per_map = {
                m: next(
                    (e.weight for e in kb.maps[m].entries if e.key == rid and e.region == reg), 0.0
                )
                for m in maps
            }
            total += sum(per_map.values()) / len(maps)
            shown = [f"{_describe(w)} in {m}" for m, w in per_map.items() if w > 0]
            if shown:
                absent = [m for m, w in per_map.items() if w == 0]
                part = f"{reg}: " + ", ".join(shown)
                if absent:
                    part += f"; not in {', '.join(absent)} (maps disagree)"
                parts.append(part)
        score = round(total / len(regions), 3)
        if score > 0:
            sites = tuple(
                s.id
                for s in kb.sites.values()
                if any(a.root == rid and a.likelihood == "primary" for a in s.roots)
            )
            out.append(Candidate(rid, "root", score, "; ".join(parts), sites))
    return out


def _nerve_candidates(kb: Knowledge, regions: tuple[str, ...]) -> list[Candidate]:
    if NERVE_MAP not in kb.maps:
        return []
    entries = kb.maps[NERVE_MAP].entries
    out = []
    for nid in dict.fromkeys(e.key for e in entries):
        weights = {
            reg: next((e.weight for e in entries if e.key == nid and e.region == reg), 0.0)
            for reg in regions
        }
        score = round(sum(weights.values()) / len(regions), 3)
        if score <= 0:
            continue
        sites = tuple(
            s.id
            for s in kb.sites.values()
            if not s.roots and nid in walk(kb, s.highlight_from, None, s.exclude)
        )
        why = "skin territory of the nerve: " + ", ".join(
            f"{reg} ({_describe(w)})" for reg, w in weights.items() if w > 0
        )
        if sites:
            why += "; affected by sites outside the spine: " + ", ".join(sites)
        out.append(Candidate(nid, "nerve", score, why, sites))
    return out


def lookup(kb: Knowledge, regions: Iterable[str], map: str | None = None) -> Lookup:
    """Rank roots and peripheral nerves that could explain symptoms in ``regions``.

    Parameters
    ----------
    kb
        The knowledge base.
    regions
        Region ids (``lateral-foot``, ``heel``...), at least one.
    map
        A root-keyed map to score roots with; None averages all dermatome
        maps, so that disagreement between maps lowers the score.

    Returns
    -------
    Lookup
        Candidates best first (ties: roots before nerves, then id), each with
        a score in [0, 1] and a reason naming the maps; nerves are the
        peripheral look-alikes.
    """
    regs = tuple(dict.fromkeys(resolve("region", r, kb.regions) for r in regions))
    if not regs:
        raise UserError("lookup needs at least one region", "e.g. 'lookup lateral-foot heel'")
    if map is not None:
        resolve("map", map, kb.maps)
        if kb.maps[map].keyed_by != "root":
            raise UserError(
                f"map {map!r} is keyed by nerve, not by root",
                f"pick a dermatome map: {', '.join(dermatome_maps(kb))}",
            )
        maps: tuple[str, ...] = (map,)
    else:
        maps = dermatome_maps(kb)
    cands = _root_candidates(kb, regs, maps) + _nerve_candidates(kb, regs)
    cands.sort(key=lambda c: (-c.score, c.kind != "root", c.id))
    return Lookup(regs, maps, tuple(cands), _notes(kb, regs, cands))


def _notes(kb: Knowledge, regs: tuple[str, ...], cands: list[Candidate]) -> tuple[str, ...]:
    """General remarks: the emergency wording for the saddle, pain-only areas, no spinal match."""
    notes = []
    if "saddle" in regs:
        notes.append(kb.text_for("ui", "emergency", "patient"))
    if any(c.kind == "root" for c in cands) or "saddle" in regs:
        return tuple(notes)
    pain = kb.maps.get("typical-pain")
    in_pain = sorted({e.key for e in pain.entries if e.region in regs}) if pain else []
    if in_pain:
        notes.append(
            f"No dermatome map covers these regions, but radicular pain from {', '.join(in_pain)} "
            "is often felt there (typical-pain layer)."
        )
    else:
        notes.append(
            "No root's dermatome covers these regions in the chosen maps; "
            "a cause outside the spine is worth considering."
        )
    return tuple(notes)
