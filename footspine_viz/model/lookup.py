"""``lookup``: from where symptoms are felt back to the roots and nerves.

Reverse lookup reads the same map tables that paint the skin, backwards. A
root's score is how much of the named skin its dermatome covers, averaged
over the dermatome maps (so a region only one map gives it, such as the top
of the great toe for L4, scores lower and the reason says the maps disagree).
Peripheral nerves are scored the same way from the ``peripheral-nerves`` map
and are returned as look-alikes: the same skin can go numb from a nerve in
the leg, and the UI must say so. Site patterns that follow no root or nerve
(the diabetic stocking) are returned as candidates of kind ``site``, and the
typical pain layers (radicular pain, piriformis) apart from the numbness
answer, in :attr:`Lookup.pain`.

Regions of different sizes answer for each other through ``within`` in
regions.yaml: a map entry for a region that contains the asked-for one covers
it (the stocking covers the inner ankle), and a key point inside the
asked-for region answers for it (the inner ankle contains the ISNCSCI L4
point), at :data:`CONTAINED` of its weight (a key point at its full weight:
it is where that root is tested). A region that is a red flag in
itself (the saddle) sets :attr:`Lookup.emergency`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from footspine_viz.errors import UserError
from footspine_viz.model.checks import regions_containing
from footspine_viz.model.graph import walk
from footspine_viz.model.ids import resolve
from footspine_viz.model.maps import dermatome_maps, selectable_maps
from footspine_viz.model.records import Knowledge, SkinMap

NERVE_MAP = "peripheral-nerves"
#: Share of its weight a mapped region passes to a larger region that contains
#: it (a toe inside the stocking). A key point passes its whole weight: it is
#: the spot where that root is tested, so the region holding it answers for it.
CONTAINED = 0.5
#: Candidate kinds in the order ties are broken.
KIND_ORDER = ("root", "nerve", "site")


@dataclass(frozen=True)
class Candidate:
    """One ranked answer: a root, a nerve or a site pattern, its score in [0, 1] and why.

    ``sites`` lists the compression sites that would explain it: for a root,
    the spinal sites where it is the main root; for a nerve, the sites outside
    the spine whose highlighted nerves include it; for a site pattern, the
    site itself.
    """

    id: str
    kind: str  # "root", "nerve" or "site"
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
    """Ranked candidates (best first) for a set of regions, and general notes.

    Attributes
    ----------
    regions, maps
        The regions asked about and the root-keyed maps the roots were scored with.
    candidates
        Numbness answers, best first: roots (dermatome maps), nerves (the
        peripheral look-alikes) and site patterns (kind ``site``).
    notes
        General remarks (the emergency wording for a red-flag region, why
        nothing matched).
    pain
        Where the regions are a typical *pain* area: roots from the pain layer
        and sites whose ``paint`` is ``pain``, best first. Kept apart from the
        numbness answer, as the maps are.
    emergency
        True when a region asked about is a red flag in itself (the saddle):
        the face shows the emergency box.
    red_flags
        The red flags of those regions.
    """

    regions: tuple[str, ...]
    maps: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    notes: tuple[str, ...]
    pain: tuple[Candidate, ...] = ()
    emergency: bool = False
    red_flags: tuple[str, ...] = ()

    @property
    def roots(self) -> tuple[Candidate, ...]:
        """Root candidates only, best first."""
        return tuple(c for c in self.candidates if c.kind == "root")

    @property
    def lookalikes(self) -> tuple[Candidate, ...]:
        """Peripheral-nerve look-alikes only, best first."""
        return tuple(c for c in self.candidates if c.kind == "nerve")

    @property
    def patterns(self) -> tuple[Candidate, ...]:
        """Site patterns that follow no single root or nerve (diabetic stocking), best first."""
        return tuple(c for c in self.candidates if c.kind == "site")

    @property
    def sites(self) -> tuple[str, ...]:
        """Every site the numbness candidates point to, in the candidates' order."""
        return tuple(dict.fromkeys(s for c in self.candidates for s in c.sites))

    def to_dict(self) -> dict[str, Any]:
        """The whole answer as JSON-ready data."""
        return {
            "regions": list(self.regions),
            "maps": list(self.maps),
            "candidates": [c.to_dict() for c in self.candidates],
            "pain": [c.to_dict() for c in self.pain],
            "sites": list(self.sites),
            "emergency": self.emergency,
            "red_flags": list(self.red_flags),
            "notes": list(self.notes),
        }


def _describe(weight: float) -> str:
    return "core" if weight >= 1.0 else f"overlap {weight:.1f}"


def coverage(kb: Knowledge, m: SkinMap, key: str, region: str) -> tuple[float, str]:
    """How much of ``region`` map ``m`` gives to ``key``, and in words how.

    The region's own entry and the entries of regions that contain it add up
    (clipped to 1), as they do on the painted skin. When none applies, a
    mapped region inside it answers at :data:`CONTAINED` of its weight (a
    key-point spot at its full weight).
    """
    own = {e.region: e.weight for e in m.entries if e.key == key}
    if not own:
        return 0.0, ""
    outer = [r for r in regions_containing(kb, region) if r in own]
    total = own.get(region, 0.0) + sum(own[r] for r in outer)
    if total > 0:
        total = min(1.0, total)
        how = _describe(total) + (f" (via {', '.join(outer)})" if outer else "")
        return total, how
    inner = [r for r in own if region in regions_containing(kb, r)]
    if not inner:
        return 0.0, ""
    best = max(inner, key=lambda r: own[r])
    share = 1.0 if m.kind == "key-points" else CONTAINED
    return own[best] * share, f"contains {best}"


def _root_candidates(
    kb: Knowledge, regions: tuple[str, ...], maps: tuple[str, ...]
) -> list[Candidate]:
    out = []
    for rid in kb.roots:
        total = 0.0
        parts = []
        for reg in regions:
            per_map = {m: coverage(kb, kb.maps[m], rid, reg) for m in maps}
            total += sum(w for w, _ in per_map.values()) / len(maps)
            shown = [f"{how} in {m}" for m, (w, how) in per_map.items() if w > 0]
            if shown:
                absent = [m for m, (w, _) in per_map.items() if w == 0]
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
    m = kb.maps[NERVE_MAP]
    out = []
    for nid in dict.fromkeys(e.key for e in m.entries):
        cover = {reg: coverage(kb, m, nid, reg) for reg in regions}
        score = round(sum(w for w, _ in cover.values()) / len(regions), 3)
        if score <= 0:
            continue
        # sites whose numbness reaches this nerve's skin (not a pain-only site)
        sites = tuple(
            s.id
            for s in kb.sites.values()
            if not s.roots
            and s.paint != "pain"
            and nid in walk(kb, s.highlight_from, None, s.exclude)
        )
        why = "skin territory of the nerve: " + ", ".join(
            f"{reg} ({how})" for reg, (w, how) in cover.items() if w > 0
        )
        if sites:
            why += "; affected by sites outside the spine: " + ", ".join(sites)
        out.append(Candidate(nid, "nerve", score, why, sites))
    return out


def _site_candidates(kb: Knowledge, regions: tuple[str, ...], paint: str) -> list[Candidate]:
    """Sites whose own pattern (``paint`` pattern or pain) covers the regions."""
    out = []
    for m in kb.maps.values():
        if m.keyed_by != "site":
            continue
        for sid in dict.fromkeys(e.key for e in m.entries):
            if kb.sites[sid].paint != paint:
                continue
            cover = {reg: coverage(kb, m, sid, reg) for reg in regions}
            score = round(sum(w for w, _ in cover.values()) / len(regions), 3)
            if score > 0:
                what = (
                    "pain area"
                    if paint == "pain"
                    else "pattern that follows no single root or nerve"
                )
                why = f"{sid}, {what}: " + ", ".join(
                    f"{reg} ({how})" for reg, (w, how) in cover.items() if w > 0
                )
                out.append(Candidate(sid, "site", score, why, (sid,)))
    return out


def _pain_candidates(kb: Knowledge, regions: tuple[str, ...]) -> list[Candidate]:
    """Roots whose typical pain is felt there, and sites that paint a pain area there."""
    out = []
    for m in kb.maps.values():
        if m.kind != "pain" or m.keyed_by != "root":
            continue
        for rid in dict.fromkeys(e.key for e in m.entries):
            cover = {reg: coverage(kb, m, rid, reg) for reg in regions}
            score = round(sum(w for w, _ in cover.values()) / len(regions), 3)
            if score > 0:
                why = f"radicular pain from {rid} is often felt here ({m.id}): " + ", ".join(
                    f"{reg} ({how})" for reg, (w, how) in cover.items() if w > 0
                )
                sites = tuple(
                    s.id
                    for s in kb.sites.values()
                    if any(a.root == rid and a.likelihood == "primary" for a in s.roots)
                )
                out.append(Candidate(rid, "root", score, why, sites))
    return out + _site_candidates(kb, regions, "pain")


def _rank(cands: list[Candidate]) -> tuple[Candidate, ...]:
    return tuple(sorted(cands, key=lambda c: (-c.score, KIND_ORDER.index(c.kind), c.id)))


def lookup(kb: Knowledge, regions: Iterable[str], map: str | None = None) -> Lookup:
    """Rank roots, peripheral nerves and site patterns that could explain symptoms in ``regions``.

    Parameters
    ----------
    kb
        The knowledge base.
    regions
        Region ids (``lateral-foot``, ``heel``...), at least one.
    map
        A root-keyed map to score roots with: a selectable dermatome map
        (:func:`~footspine_viz.model.maps.selectable_maps`, ISNCSCI included)
        or the pain layer; None averages all dermatome maps, so that
        disagreement between maps lowers the score.

    Returns
    -------
    Lookup
        Candidates best first (ties: roots, then nerves, then sites, then id),
        each with a score in [0, 1] and a reason naming the maps; nerves are
        the peripheral look-alikes; the pain answer, the emergency flag and
        notes beside them.
    """
    regs = tuple(dict.fromkeys(resolve("region", r, kb.regions) for r in regions))
    if not regs:
        raise UserError("lookup needs at least one region", "e.g. 'lookup lateral-foot heel'")
    if map is not None:
        resolve("map", map, kb.maps)
        if kb.maps[map].keyed_by != "root":
            raise UserError(
                f"map {map!r} is keyed by {kb.maps[map].keyed_by}, not by root",
                f"pick a dermatome map: {', '.join(selectable_maps(kb))}",
            )
        maps: tuple[str, ...] = (map,)
    else:
        maps = dermatome_maps(kb)
    cands = (
        _root_candidates(kb, regs, maps)
        + _nerve_candidates(kb, regs)
        + _site_candidates(kb, regs, "pattern")
    )
    ranked = _rank(cands)
    pain = _rank(_pain_candidates(kb, regs))
    flags = tuple(dict.fromkeys(f for r in regs if (f := kb.regions[r].red_flag)))
    return Lookup(
        regs,
        maps,
        ranked,
        _notes(kb, regs, ranked, pain, flags),
        pain=pain,
        emergency=bool(flags),
        red_flags=flags,
    )


def _notes(
    kb: Knowledge,
    regs: tuple[str, ...],
    cands: tuple[Candidate, ...],
    pain: tuple[Candidate, ...],
    flags: tuple[str, ...],
) -> tuple[str, ...]:
    """General remarks: the emergency wording for a red-flag region, pain-only areas, no match."""
    notes = []
    if flags:
        notes.append(kb.text_for("ui", "emergency", "patient"))
    if any(c.kind == "root" for c in cands) or flags:
        return tuple(notes)
    pain_roots = sorted(c.id for c in pain if c.kind == "root")
    if pain_roots:
        notes.append(
            kb.text_for("lookup_notes", "pain-only", "patient").format(roots=", ".join(pain_roots))
        )
    elif not cands:
        others = [
            m.id
            for m in kb.maps.values()
            if m.keyed_by == "root"
            and any(coverage(kb, m, r, reg)[0] > 0 for r in kb.roots for reg in regs)
        ]
        if others:
            notes.append(
                kb.text_for("lookup_notes", "other-map", "patient").format(maps=", ".join(others))
            )
        else:
            notes.append(kb.text_for("lookup_notes", "no-root", "patient"))
    return tuple(notes)
