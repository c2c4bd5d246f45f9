"""``explain``: what a root or a compression site does, from the spine to the foot.

One function answers the question every front-end asks when something is
picked: which roots are involved and in what role, which nerve segments light
up (in order from the site to the foot), which skin regions each map shows and which
skin layers to paint (numbness or pain, as the data's ``paint`` says), which
tests and reflexes tend to change and the typical picture, which red flags
apply, whether the emergency box and the safety-net note are shown (both
from the data, one rule for every level), and the text for the chosen
reader. The result is a frozen :class:`Explanation` whose
:meth:`~Explanation.to_dict` is the CLI's ``--json`` output.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from footspine_viz.body import BODY_SIDES as SIDES
from footspine_viz.errors import UserError
from footspine_viz.model.graph import walk
from footspine_viz.model.ids import resolve
from footspine_viz.model.maps import DEFAULT_MAP, selectable_maps
from footspine_viz.model.paint import PaintLayer, root_layers, site_layers
from footspine_viz.model.records import Knowledge, Site, frozen_map

MODES = ("patient", "student")


@dataclass(frozen=True)
class RootRole:
    """A root in an explanation: ``role`` is traversing, exiting or selected."""

    id: str
    role: str
    likelihood: str = "primary"


@dataclass(frozen=True)
class Explanation:
    """Everything the UI shows for one pick. See :func:`explain`.

    Urgency comes straight from the data (roots.yaml / sites.yaml, rule in the
    schema and :func:`footspine_viz.model.checks.check_urgency`): ``emergency``
    asks for the red box (the problem itself is a cauda equina risk),
    ``safety_net`` for the calm note with the warning signs (every spinal root
    and site). ``paint`` is what the skin shows by default, ``pain`` the pain
    layer when a face turns it on; both are :class:`PaintLayer` references.
    """

    subject: str  # "root" or "site"
    id: str
    side: str
    bilateral: bool
    mode: str
    roots: tuple[RootRole, ...]
    nerves: tuple[str, ...]
    paths: Mapping[str, tuple[str, ...]]  # per root: its nerves from the site to the foot
    highlight_from: tuple[str, ...]
    regions: Mapping[str, tuple[str, ...]]
    weakness: tuple[str, ...]
    spared: tuple[str, ...]
    tension_signs: tuple[str, ...]
    reflexes: tuple[str, ...]
    reflexes_preserved: tuple[str, ...]
    red_flags: tuple[str, ...]
    emergency: bool
    anchor: str | None
    distinguish_from: tuple[str, ...]
    conditions: tuple[str, ...]
    colors: Mapping[str, str]
    text: Mapping[str, Any]
    confidence: str
    sources: tuple[str, ...]
    safety_net: bool = False
    typical: tuple[str, ...] = ()
    possible_nerves: tuple[str, ...] = ()
    paint: tuple[PaintLayer, ...] = ()
    pain: tuple[PaintLayer, ...] = ()
    paint_map: str | None = None

    @property
    def sides(self) -> tuple[str, ...]:
        """The body sides the pick concerns: both for a bilateral problem."""
        return SIDES if self.bilateral else (self.side,)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (the documented ``explain --json`` format)."""
        return {
            "subject": self.subject,
            "id": self.id,
            "side": self.side,
            "sides": list(self.sides),
            "bilateral": self.bilateral,
            "mode": self.mode,
            "roots": [{"id": r.id, "role": r.role, "likelihood": r.likelihood} for r in self.roots],
            "nerves": list(self.nerves),
            "paths": {k: list(v) for k, v in self.paths.items()},
            "possible_nerves": list(self.possible_nerves),
            "highlight_from": list(self.highlight_from),
            "regions": {k: list(v) for k, v in self.regions.items()},
            "paint_map": self.paint_map,
            "paint": [p.to_dict() for p in self.paint],
            "pain": [p.to_dict() for p in self.pain],
            "typical": list(self.typical),
            "weakness": list(self.weakness),
            "spared": list(self.spared),
            "tension_signs": list(self.tension_signs),
            "reflexes": list(self.reflexes),
            "reflexes_preserved": list(self.reflexes_preserved),
            "red_flags": list(self.red_flags),
            "emergency": self.emergency,
            "safety_net": self.safety_net,
            "anchor": self.anchor,
            "distinguish_from": list(self.distinguish_from),
            "conditions": list(self.conditions),
            "colors": dict(self.colors),
            "text": {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.text.items()},
            "confidence": self.confidence,
            "sources": list(self.sources),
        }


def _union(groups: list[tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for g in groups:
        out += [x for x in g if x not in out]
    return tuple(out)


def _regions(
    kb: Knowledge, map_ids: list[str], keys: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    """Per map, the regions assigned to any of ``keys``, heaviest first (ties in file order)."""
    out: dict[str, tuple[str, ...]] = {}
    for mid in map_ids:
        m = kb.maps[mid]
        best: dict[str, float] = {}
        for e in m.entries:
            if e.key in keys:
                best[e.region] = max(best.get(e.region, 0.0), e.weight)
        order = {r: i for i, r in enumerate(best)}
        out[mid] = tuple(sorted(best, key=lambda r: (-best[r], order[r])))
    return out


def _notes(kb: Knowledge, roots: tuple[str, ...], site: Site | None) -> tuple[str, ...]:
    """Contested points that touch these roots or this site, for student mode."""
    notes = [
        d.summary
        + (" [C]" if d.confidence == "contested" else "")
        + (" (unverified)" if d.status == "unverified" else "")
        for d in kb.disagreements.values()
        if set(d.roots) & set(roots)
    ]
    tests = [t for rid in roots for t in kb.roots[rid].weakness_tests]
    if site is not None:
        tests += list(site.weakness or ()) + list(site.typical)
    for t in dict.fromkeys(tests):
        rec = kb.tests.get(t)
        if rec and rec.confidence == "contested" and rec.note and rec.note not in notes:
            notes.append(rec.note)
    if site is not None:
        notes += [f"{r.root}: {r.note}" for r in site.roots if r.note]
        if site.note:
            notes.append(site.note)
    return tuple(notes)


def _sided(kb: Knowledge, name: str | None, side: str) -> str | None:
    """Landmark name with the side suffix the atlas uses, when the landmark is sided."""
    if name is not None and name in kb.sided_landmarks:
        return f"{name}.{side}"
    return name


def _check_args(
    kb: Knowledge, root: str | None, site: str | None, side: str, map: str | None, mode: str
) -> None:
    if (root is None) == (site is None):
        raise UserError(
            "explain needs exactly one of a root or a site",
            "e.g. 'explain L5' or 'explain --site L4-L5-paracentral'",
        )
    resolve("side", side, SIDES)
    resolve("mode", mode, MODES)
    if map is not None:
        resolve("map", map, kb.maps)
    if root is not None:
        resolve("root", root, kb.roots)
    if site is not None:
        resolve("site", site, kb.sites)


def explain(
    kb: Knowledge,
    root: str | None = None,
    site: str | None = None,
    side: str = "left",
    map: str | None = None,
    mode: str = "patient",
    locale: str = "en",
) -> Explanation:
    """Explain a root or a compression site.

    Parameters
    ----------
    kb
        The knowledge base (:func:`~footspine_viz.model.load_knowledge`).
    root, site
        Exactly one: a root id (``L5``) or a site id (``L4-L5-paracentral``).
    side
        ``left`` or ``right``; ids in the result carry no side, the scene adds it.
    map
        Restrict ``regions`` to this map; None gives every map that applies
        (root-keyed maps for roots and spinal sites, ``peripheral-nerves`` for
        nerve problems outside the spine, the site's own pattern map for a
        site that paints a pattern or a pain area). Maps are listed apart,
        never merged. A selectable map (:func:`~footspine_viz.model.maps.selectable_maps`)
        is also the one ``paint`` uses; otherwise ``paint`` uses the default map.
    mode
        ``patient`` (plain, hedged text) or ``student`` (precise terms, notes
        on contested points).
    locale
        Text locale (``text/<locale>.yaml``), English by default.

    Returns
    -------
    Explanation
        Roots main first, nerve segments from the site to the foot, regions per
        map, the skin layers to paint, weak tests, reduced reflexes, the
        typical picture, red flags, urgency and text. ``text`` always holds
        ``summary`` and ``disclaimer``, and ``emergency`` / ``safety_net``
        (None where they do not apply).

    Raises
    ------
    UserError
        For an unknown root, site, side, map or mode, naming the nearest ids.
    """
    _check_args(kb, root, site, side, map, mode)
    if locale not in kb.text:
        resolve("locale", locale, kb.text)
    all_maps = list(kb.maps)
    chosen = map if map in selectable_maps(kb) else DEFAULT_MAP
    possible: tuple[str, ...] = ()
    typical: tuple[str, ...] = ()
    if root is not None:
        r = kb.roots[root]
        roots: tuple[RootRole, ...] = (RootRole(root, "selected"),)
        keys: tuple[str, ...] = (root,)
        start: tuple[str, ...] = (r.segment,)
        nerves = walk(kb, start, keys)
        paths = {root: nerves}
        maps = [m for m in ([map] if map else all_maps) if kb.maps[m].keyed_by == "root"]
        regions = _regions(kb, maps, keys)
        weakness, tension = r.weakness_tests, r.tension_signs
        reflexes = tuple(x.id for x in r.reflexes)
        spared: tuple[str, ...] = ()
        preserved: tuple[str, ...] = ()
        distinguish: tuple[str, ...] = ()
        conditions: tuple[str, ...] = ()
        red_flags = r.red_flags
        emergency, safety_net = r.emergency, r.safety_net
        bilateral, anchor = False, _sided(kb, r.foramen, side)
        paint, pain = root_layers(kb, chosen, [(root, 1.0)])
        summary = kb.text_for("roots", root, mode, locale)
        confidence, sources, site_rec = r.confidence, r.sources, None
    else:
        s = site_rec = kb.sites[site]  # type: ignore[index]
        roots = tuple(RootRole(a.root, a.role, a.likelihood) for a in s.roots)
        primary = tuple(a.root for a in s.roots if a.likelihood == "primary")
        start = s.highlight_from
        if s.roots:
            # the main root's path first, then what each further root adds
            paths = {a.root: walk(kb, start, [a.root], s.exclude) for a in s.roots}
            nerves = tuple(dict.fromkeys(n for path in paths.values() for n in path))
        else:
            nerves = walk(kb, start, None, s.exclude)
            paths = {}
        if s.possible_branches:
            # below a possible branch, unless a core branch reaches it as well
            core = set(
                walk(kb, [h for h in start if h not in s.possible_branches], None, s.exclude)
            )
            possible = tuple(
                n for n in walk(kb, s.possible_branches, None, s.exclude) if n not in core
            )
        keyed_by = {"dermatome": "root", "territory": "nerve"}.get(s.paint, "site")
        maps = [m for m in ([map] if map else all_maps) if kb.maps[m].keyed_by == keyed_by]
        if keyed_by == "root":
            regions = _regions(kb, maps, primary)
            regions = {
                k: v + tuple(x for x in s.extra_regions if x not in v)
                if kb.maps[k].kind != "key-points"
                else v
                for k, v in regions.items()
            }
        elif keyed_by == "nerve":
            regions = _regions(kb, maps, nerves)
        else:
            regions = {k: v for k, v in _regions(kb, maps, (s.id,)).items() if v}
        weakness = (
            s.weakness
            if s.weakness is not None
            else _union([kb.roots[x].weakness_tests for x in primary])
        )
        tension = (
            s.tension_signs
            if s.tension_signs is not None
            else _union([kb.roots[x].tension_signs for x in primary])
        )
        reflexes = (
            s.reflexes_reduced
            if s.reflexes_reduced is not None
            else _union([tuple(x.id for x in kb.roots[p].reflexes) for p in primary])
        )
        spared, preserved, red_flags = s.spared, s.reflexes_preserved, s.red_flags
        distinguish, conditions, typical = s.distinguish_from, s.conditions, s.typical
        emergency, safety_net = s.emergency, s.safety_net
        bilateral = s.bilateral
        anchor = _sided(kb, s.anchor, side) if s.sided else s.anchor
        paint, pain = site_layers(kb, s, chosen, nerves, possible)
        summary = kb.text_for("sites", s.id, mode, locale)
        confidence, sources = s.confidence, s.sources
    root_ids = tuple(x.id for x in roots)
    text: dict[str, Any] = {
        "summary": summary,
        "disclaimer": kb.text_for("ui", "disclaimer", mode, locale),
        "emergency": kb.text_for("ui", "emergency", mode, locale) if emergency else None,
        "safety_net": kb.text_for("ui", "safety-net", mode, locale) if safety_net else None,
    }
    if mode == "student":
        text["notes"] = _notes(kb, root_ids, site_rec)
        text["dermatome_vs_pain"] = kb.text_for("ui", "dermatome-vs-pain", mode, locale)
    if map is not None and map not in regions:
        regions = {
            map: ()
        }  # the asked-for map does not apply here (e.g. nerve territories for a root)
    return Explanation(
        subject="root" if root is not None else "site",
        id=root or site or "",
        side=side,
        bilateral=bilateral,
        mode=mode,
        roots=roots,
        nerves=nerves,
        paths=frozen_map(paths),
        highlight_from=tuple(start),
        regions=frozen_map(regions),
        weakness=tuple(weakness),
        spared=tuple(spared),
        tension_signs=tuple(tension),
        reflexes=tuple(reflexes),
        reflexes_preserved=tuple(preserved),
        red_flags=tuple(red_flags),
        emergency=emergency,
        anchor=anchor,
        distinguish_from=tuple(distinguish),
        conditions=tuple(conditions),
        colors=frozen_map({x: kb.roots[x].color for x in root_ids}),
        text=frozen_map(text),
        confidence=confidence,
        sources=tuple(sources),
        safety_net=safety_net,
        typical=tuple(typical),
        possible_nerves=possible,
        paint=paint,
        pain=pain,
        paint_map=chosen if any(p.map == chosen for p in paint) else None,
    )
