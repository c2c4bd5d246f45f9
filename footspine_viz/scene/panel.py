"""The presenter: ``explain()`` and ``lookup()`` turned into the words a person reads.

One presenter for every front-end: the browser page (through the site
build), the desktop window, the command line's plain output and the notebook
all show a :class:`Panel` built here, so their wording cannot drift apart.
Headings and every sentence come from ``annotations/text`` (section
``panel`` for headings); patient wording uses no map names in headings and
orders candidates by likelihood instead of showing scores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from footspine_viz.body import one_side
from footspine_viz.scene.words import map_title, maybe_word, nerve_name, site_name, word


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Panel:
    """What the info panel shows for one selection (or a looked-up skin spot)."""

    title: str
    sections: tuple[Section, ...]
    disclaimer: str
    urgent: str  # the always-available "when to get help now" note
    emergency: str = ""  # the red banner: only when the knowledge base says an emergency applies
    safety_net: str = ""  # the calm safety-net note for spinal roots and sites
    sources: tuple[str, ...] = ()
    colors: dict[str, str] = field(default_factory=dict)
    ranked: tuple[str, ...] = ()  # lookup: roots, most likely first

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "emergency": self.emergency,
            "safety_net": self.safety_net,
            "urgent": self.urgent,
            "sections": [
                {"key": s.key, "title": s.title, "items": list(s.items)} for s in self.sections
            ],
            "sources": list(self.sources),
            "disclaimer": self.disclaimer,
            "colors": dict(self.colors),
            "ranked": list(self.ranked),
        }

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


def _heading(kb: Any, key: str, mode: str, **fill: Any) -> str:
    return word(kb, "panel", key, mode, **fill)


def _sec(kb: Any, key: str, mode: str, items: Iterable[Any], **fill: Any) -> Section | None:
    items = tuple(str(i) for i in items if i)
    return Section(key, _heading(kb, key, mode, **fill), items) if items else None


def _t(kb: Any, section: str, key: str, mode: str) -> str:
    return maybe_word(kb, section, key, mode) or key.replace("-", " ")


def _regions(kb: Any, ids: Iterable[str]) -> list[str]:
    return [str(kb.regions[r].name) if r in kb.regions else r for r in ids]


def empty_panel(kb: Any, mode: str) -> Panel:
    """Nothing chosen yet: how to start."""
    return Panel(
        title="",
        sections=(
            Section("start", _heading(kb, "start", mode), (word(kb, "panel", "start-hint", mode),)),
        ),
        disclaimer=word(kb, "ui", "disclaimer", mode),
        urgent=word(kb, "ui", "emergency", mode),
    )


def explain_panel(kb: Any, state: Any) -> Panel:
    """The info panel for a view state's root or site (what may be felt, tests, look-alikes...)."""
    if state.root is None and state.site is None:
        return empty_panel(kb, state.mode)
    return panel_for(
        kb,
        root=state.root,
        site=state.site,
        side=one_side(state.side),
        map=state.map,
        mode=state.mode,
    )


def panel_for(
    kb: Any,
    root: str | None = None,
    site: str | None = None,
    side: str = "left",
    map: str | None = None,
    mode: str = "patient",
) -> Panel:
    """The info panel for a root or a site (ids checked by ``explain``: UserError naming the nearest)."""
    from footspine_viz.model import explain

    e = explain(kb, root=root, site=site, side=side, mode=mode)
    state_map = map
    student = mode == "student"
    if e.subject == "root":
        title = word(kb, "panel", "title-root", mode, root=e.id)
    else:
        title = site_name(kb, e.id, mode)
    from footspine_viz.model import DEFAULT_MAP

    skin_maps = [m for m in e.regions if kb.maps[m].kind in ("dermatome", "key-points")]
    if state_map in skin_maps:
        shown = [state_map]
    elif student:  # no map chosen: a student sees every map, side by side
        shown = skin_maps
    else:
        shown = [DEFAULT_MAP if DEFAULT_MAP in skin_maps else skin_maps[0]] if skin_maps else []
    pain = next((m for m in e.regions if kb.maps[m].kind == "pain"), None)
    roles = [
        f"{r.id}: {_t(kb, 'roles', r.role, mode)}"
        + ("" if r.likelihood == "primary" else word(kb, "panel", "possible", mode))
        for r in e.roots
        if r.role != "selected"
    ]
    sections = [
        _sec(kb, "summary", mode, [e.text.get("summary")]),
        _sec(kb, "typical", mode, [_t(kb, "tests", t, mode) for t in getattr(e, "typical", ())]),
        _sec(kb, "roots", mode, roles),
        _sec(
            kb,
            "nerves",
            mode,
            ["; ".join(nerve_name(kb, n, mode) for n in e.nerves)] if student else [],
        ),
        *(
            _sec(kb, "numbness", mode, _regions(kb, e.regions.get(m, ())), map=map_title(kb, m))
            for m in shown
        ),
        _sec(kb, "pain", mode, _regions(kb, e.regions.get(pain, ())) if pain else []),
        _sec(kb, "weakness", mode, [_t(kb, "tests", t, mode) for t in e.weakness]),
        _sec(kb, "tension", mode, [_t(kb, "tests", t, mode) for t in e.tension_signs]),
        _sec(kb, "reflexes", mode, [_t(kb, "reflexes", r, mode) for r in e.reflexes]),
        _sec(
            kb,
            "spared",
            mode,
            [_t(kb, "tests", t, mode) for t in e.spared]
            + [_t(kb, "reflexes", r, mode) for r in e.reflexes_preserved],
        ),
        _sec(kb, "lookalikes", mode, [site_name(kb, d, mode) for d in e.distinguish_from]),
        _sec(kb, "warning", mode, [_t(kb, "red_flags", f, mode) for f in e.red_flags]),
    ]
    if student:
        sections.append(
            _sec(
                kb,
                "notes",
                mode,
                list(e.text.get("notes") or ()) + [e.text.get("dermatome_vs_pain")],
            )
        )
        sections.append(_sec(kb, "confidence", mode, [e.confidence]))
    # the red box already names the warning signs; the calm note is for the rest
    safety = None if e.emergency else e.text.get("safety_net")
    return Panel(
        title=title,
        sections=tuple(s for s in sections if s),
        disclaimer=e.text.get("disclaimer") or word(kb, "ui", "disclaimer", mode),
        urgent=word(kb, "ui", "emergency", mode),
        emergency=e.text.get("emergency") or "",
        safety_net=safety or "",
        sources=tuple(f"{s}: {kb.sources[s].citation}" if s in kb.sources else s for s in e.sources)
        if student
        else (),
        colors=dict(e.colors),
    )


def lookup_panel(kb: Any, regions: Iterable[str], mode: str, map: str | None = None) -> Panel:
    """Which nerve serves a skin spot: roots ranked, then look-alikes outside the spine."""
    from footspine_viz.model import lookup

    regions = [r for r in regions if r in kb.regions]
    disclaimer = word(kb, "ui", "disclaimer", mode)
    urgent = word(kb, "ui", "emergency", mode)
    if not regions:
        return Panel(word(kb, "panel", "no-region", mode), (), disclaimer, urgent)
    ans = lookup(kb, regions, map=map)
    if mode == "student":
        roots = [
            word(
                kb,
                "panel",
                "candidate-student",
                mode,
                id=c.id,
                score=round(100 * c.score),
                why=c.why,
            )
            for c in ans.roots
        ]
        looks = [
            word(
                kb,
                "panel",
                "lookalike-student",
                mode,
                name=nerve_name(kb, c.id, mode),
                score=round(100 * c.score),
            )
            for c in ans.lookalikes
        ]
        notes = list(ans.notes)
    else:  # plain words: an order of likelihood, not map names and overlap weights
        roots = [
            word(kb, "panel", "most-likely" if i == 0 else "also-possible", mode, id=c.id)
            for i, c in enumerate(ans.roots)
        ]
        looks = [nerve_name(kb, c.id, mode) for c in ans.lookalikes]
        notes = [n for n in ans.notes if n != urgent]
    emergency = urgent if getattr(ans, "emergency", False) else ""
    pain = [
        c.id if c.kind == "root" else site_name(kb, c.id, mode) for c in getattr(ans, "pain", ())
    ]
    sections = [
        _sec(kb, "ranked", mode, roots),
        _sec(
            kb, "patterns", mode, [site_name(kb, c.id, mode) for c in getattr(ans, "patterns", ())]
        ),
        _sec(kb, "outside", mode, looks),
        _sec(kb, "pain-here", mode, pain),
        # every site that could give this spot: a list for students; for a patient only
        # where the spot is a red flag in itself (the saddle names the cauda equina),
        # since for a tap on the sole it would be long and alarming
        _sec(
            kb,
            "fitting-sites",
            mode,
            [site_name(kb, x, mode) for x in getattr(ans, "sites", ())]
            if mode == "student" or emergency
            else [],
        ),
        _sec(kb, "note", mode, [n for n in notes if n != urgent]),
    ]
    return Panel(
        title=", ".join(_regions(kb, ans.regions)),
        sections=tuple(s for s in sections if s),
        disclaimer=disclaimer,
        urgent=urgent,
        emergency=emergency,
        ranked=tuple(c.id for c in ans.roots),
    )
