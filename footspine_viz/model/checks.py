"""Cross-reference checks over a built :class:`Knowledge`.

A schema sees one file at a time; these checks see them all: every id a
record mentions must exist, the nerve graph must be acyclic and consistent
with the roots it carries, every root must reach its foot carriers, every
condition must lead to a site, every root and site needs text in both
registers, and the urgency rule (safety net and emergency, documented in the
schema) holds the same way for every root and site. Each check is a small named function returning
:class:`~footspine_viz.model.loader.Problem` objects, so a failure says which
rule broke and where, and new rules are easy to add.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from footspine_viz.model.loader import Problem
from footspine_viz.model.records import Knowledge, Site

Check = Callable[[Knowledge], list[Problem]]


def _f(kb: Knowledge, name: str) -> str:
    return f"{kb.path.name}/{name}"


def _missing(
    kb: Knowledge,
    file: str,
    record: str,
    field: str,
    ids: Iterable[str | None],
    valid: Mapping[str, object] | frozenset[str],
    kind: str,
) -> list[Problem]:
    from footspine_viz.model.ids import nearest

    out = []
    for i in ids:
        if i is not None and i not in valid:
            close = nearest(i, valid)
            hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
            out.append(Problem(_f(kb, file), f"'{record}'", field, f"unknown {kind} {i!r}{hint}"))
    return out


def check_sources_cited(kb: Knowledge) -> list[Problem]:
    """Every source code cited by a record is in sources.yaml."""
    out: list[Problem] = []
    groups: list[tuple[str, Iterable[object]]] = [
        ("roots.yaml", kb.roots.values()),
        ("nerves.yaml", kb.segments.values()),
        (
            "findings.yaml",
            list(kb.tests.values()) + list(kb.reflexes.values()) + list(kb.red_flags.values()),
        ),
        ("conditions.yaml", kb.conditions.values()),
        ("sites.yaml", kb.sites.values()),
        ("map-disagreements.yaml", kb.disagreements.values()),
    ]
    for file, records in groups:
        for rec in records:
            out += _missing(kb, file, rec.id, "sources", rec.sources, kb.sources, "source")  # type: ignore[attr-defined]
    for m in kb.maps.values():
        out += _missing(kb, f"maps/{m.id}.yaml", m.id, "sources", m.sources, kb.sources, "source")
        for e in m.entries:
            out += _missing(
                kb,
                f"maps/{m.id}.yaml",
                m.id,
                f"entries({e.key}/{e.region}).sources",
                e.sources,
                kb.sources,
                "source",
            )
    return out


def check_nerve_graph(kb: Knowledge) -> list[Problem]:
    """Parents and joins resolve, carried roots exist, no cycles, fibres come from an input."""
    out: list[Problem] = []
    for s in kb.segments.values():
        out += _missing(kb, "nerves.yaml", s.id, "parent", [s.parent], kb.segments, "segment")
        out += _missing(kb, "nerves.yaml", s.id, "joins", s.joins, kb.segments, "segment")
        out += _missing(kb, "nerves.yaml", s.id, "carries", s.carries, kb.roots, "root")
        out += _missing(kb, "nerves.yaml", s.id, "root_value", s.root_value, kb.roots, "root")
        if s.root_value and not set(s.carries) <= set(s.root_value):
            out.append(
                Problem(
                    _f(kb, "nerves.yaml"),
                    f"'{s.id}'",
                    "root_value",
                    f"root value {list(s.root_value)} must include every carried root"
                    f" {list(s.carries)}",
                )
            )
        inputs = [kb.segments[i] for i in s.inputs if i in kb.segments]
        if inputs:
            available = {r for seg in inputs for r in seg.carries}
            extra = [r for r in s.carries if r not in available]
            if extra:
                out.append(
                    Problem(
                        _f(kb, "nerves.yaml"),
                        f"'{s.id}'",
                        "carries",
                        f"carries {extra} but none of its inputs {list(s.inputs)} does",
                    )
                )
    for sid in kb.segments:
        seen: set[str] = set()
        todo = [sid]
        while todo:
            cur = todo.pop()
            for nxt in kb.segments[cur].inputs if cur in kb.segments else ():
                if nxt == sid:
                    out.append(
                        Problem(
                            _f(kb, "nerves.yaml"),
                            f"'{sid}'",
                            "parent",
                            "the graph has a cycle through it",
                        )
                    )
                    todo = []
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
    return out


def check_roots(kb: Knowledge) -> list[Problem]:
    """Root references resolve, each root has a colour and reaches its foot carriers."""
    from footspine_viz.model.graph import walk

    out: list[Problem] = []
    for r in kb.roots.values():
        f = "roots.yaml"
        if not r.color:
            out.append(Problem(_f(kb, f), f"'{r.id}'", "palette.colors", "no colour for this root"))
        out += _missing(kb, f, r.id, "segment", [r.segment], kb.segments, "segment")
        out += _missing(kb, f, r.id, "foot_carriers", r.foot_carriers, kb.segments, "segment")
        out += _missing(kb, f, r.id, "key_point", [r.key_point], kb.landmarks, "landmark")
        out += _missing(kb, f, r.id, "foramen", [r.foramen], kb.landmarks, "landmark")
        out += _missing(
            kb,
            f,
            r.id,
            "dural_origin.relative_to",
            [r.dural_origin.get("relative_to")],
            kb.structures,
            "structure",
        )
        out += _missing(kb, f, r.id, "weakness_tests", r.weakness_tests, kb.tests, "test")
        out += _missing(kb, f, r.id, "tension_signs", r.tension_signs, kb.tests, "test")
        out += _missing(kb, f, r.id, "reflexes", [x.id for x in r.reflexes], kb.reflexes, "reflex")
        out += _missing(kb, f, r.id, "red_flags", r.red_flags, kb.red_flags, "red flag")
        if r.segment in kb.segments:
            if r.id not in kb.segments[r.segment].carries:
                out.append(
                    Problem(
                        _f(kb, f),
                        f"'{r.id}'",
                        "segment",
                        f"segment {r.segment!r} does not carry {r.id}",
                    )
                )
            reached = set(walk(kb, [r.segment], {r.id}))
            for c in r.foot_carriers:
                if c in kb.segments and c not in reached:
                    out.append(
                        Problem(
                            _f(kb, f),
                            f"'{r.id}'",
                            "foot_carriers",
                            f"{c!r} is not reached from {r.segment!r} through segments"
                            f" carrying {r.id}",
                        )
                    )
    return out


def _rule_landmarks(rule: Mapping[str, object]) -> Iterable[tuple[str, str]]:
    """(field, value) pairs of the landmarks and segments a rule names, recursively."""
    near = rule.get("near")
    if isinstance(near, Mapping):
        yield "near.landmark", str(near.get("landmark"))
    segments = rule.get("segments") or ()
    for seg in segments if isinstance(segments, (list, tuple)) else ():
        yield "segments", str(seg)
    parts = rule.get("any_of") or ()
    for sub in parts if isinstance(parts, (list, tuple)) else ():
        if isinstance(sub, Mapping):
            yield from _rule_landmarks(sub)


def check_regions(kb: Knowledge) -> list[Problem]:
    """Region rules name known landmarks and skin segments; ``within`` is a known, acyclic order."""
    out: list[Problem] = []
    for reg in kb.regions.values():
        for field, value in _rule_landmarks(reg.rule):
            valid = kb.landmarks if field == "near.landmark" else kb.skin_segments
            kind = "landmark" if field == "near.landmark" else "skin segment"
            out += _missing(kb, "regions.yaml", reg.id, f"rule.{field}", [value], valid, kind)
        out += _missing(kb, "regions.yaml", reg.id, "within", reg.within, kb.regions, "region")
        out += _missing(
            kb, "regions.yaml", reg.id, "red_flag", [reg.red_flag], kb.red_flags, "red flag"
        )
        if reg.id in regions_containing(kb, reg.id):
            out.append(
                Problem(
                    _f(kb, "regions.yaml"),
                    f"'{reg.id}'",
                    "within",
                    "a region cannot lie within itself (directly or through others)",
                )
            )
    return out


def regions_containing(kb: Knowledge, region: str) -> tuple[str, ...]:
    """Every region that contains ``region``, following ``within`` transitively, nearest first."""
    out: list[str] = []
    todo = list(kb.regions[region].within) if region in kb.regions else []
    while todo:
        cur = todo.pop(0)
        if cur in out or cur not in kb.regions:
            continue
        out.append(cur)
        todo += list(kb.regions[cur].within)
    return tuple(out)


def check_maps(kb: Knowledge) -> list[Problem]:
    """Map entries name known regions and keys of the right kind, once each."""
    out: list[Problem] = []
    for m in kb.maps.values():
        f = f"maps/{m.id}.yaml"
        from footspine_viz.model.maps import map_keys

        keys, _ = map_keys(kb, m.keyed_by)
        seen: set[tuple[str, str]] = set()
        for i, e in enumerate(m.entries):
            out += _missing(kb, f, m.id, f"entries[{i}].region", [e.region], kb.regions, "region")
            out += _missing(kb, f, m.id, f"entries[{i}].{m.keyed_by}", [e.key], keys, m.keyed_by)
            out += _missing(
                kb, f, m.id, f"entries[{i}].landmark", [e.landmark], kb.landmarks, "landmark"
            )
            if (e.key, e.region) in seen:
                out.append(
                    Problem(
                        _f(kb, f),
                        f"'{m.id}'",
                        f"entries[{i}]",
                        f"{e.key}/{e.region} is assigned twice",
                    )
                )
            seen.add((e.key, e.region))
    return out


def check_findings(kb: Knowledge) -> list[Problem]:
    """Tests and reflexes name known roots and nerves."""
    out: list[Problem] = []
    for rec in list(kb.tests.values()) + list(kb.reflexes.values()):
        out += _missing(kb, "findings.yaml", rec.id, "roots", rec.roots, kb.roots, "root")
        out += _missing(kb, "findings.yaml", rec.id, "nerves", rec.nerves, kb.segments, "segment")
    return out


def check_sites(kb: Knowledge) -> list[Problem]:
    """Site references resolve and the anchor is a known landmark or structure."""
    out: list[Problem] = []
    anchors = kb.landmarks | kb.structures
    for s in kb.sites.values():
        f = "sites.yaml"
        out += _missing(kb, f, s.id, "anchor", [s.anchor], anchors, "landmark or structure")
        out += _missing(kb, f, s.id, "roots", [r.root for r in s.roots], kb.roots, "root")
        out += _missing(kb, f, s.id, "nerves", s.nerves, kb.segments, "segment")
        out += _missing(kb, f, s.id, "highlight_from", s.highlight_from, kb.segments, "segment")
        out += _missing(kb, f, s.id, "conditions", s.conditions, kb.conditions, "condition")
        out += _missing(kb, f, s.id, "red_flags", s.red_flags, kb.red_flags, "red flag")
        out += _missing(kb, f, s.id, "distinguish_from", s.distinguish_from, kb.sites, "site")
        out += _missing(kb, f, s.id, "extra_regions", s.extra_regions, kb.regions, "region")
        out += _missing(kb, f, s.id, "exclude", s.exclude, kb.segments, "segment")
        out += _missing(kb, f, s.id, "typical", s.typical, kb.tests, "test")
        stray = [b for b in s.possible_branches if b not in s.highlight_from]
        if stray:
            out.append(
                Problem(
                    _f(kb, f),
                    f"'{s.id}'",
                    "possible_branches",
                    f"{stray} must also be listed in highlight_from",
                )
            )
        out += _paint_problems(kb, s)
        for field in ("weakness", "spared", "tension_signs"):
            out += _missing(kb, f, s.id, field, getattr(s, field) or (), kb.tests, "test")
        for field in ("reflexes_reduced", "reflexes_preserved"):
            out += _missing(kb, f, s.id, field, getattr(s, field) or (), kb.reflexes, "reflex")
        out += _unreached_roots(kb, s)
    used = {c for s in kb.sites.values() for c in s.conditions}
    for c in kb.conditions:
        if c not in used:
            out.append(
                Problem(_f(kb, "conditions.yaml"), f"'{c}'", "id", "no site lists this condition")
            )
    return out


def _paint_problems(kb: Knowledge, s: Site) -> list[Problem]:
    """A site's ``paint`` must have something to paint from."""
    why = ""
    if s.paint == "dermatome" and not s.roots:
        why = "paint 'dermatome' needs roots; a site outside the spine paints 'territory'"
    elif s.paint == "territory" and s.roots:
        why = "paint 'territory' is for sites without roots; a spinal site paints 'dermatome'"
    elif s.paint in ("pattern", "pain"):
        patterned = [
            m.id
            for m in kb.maps.values()
            if m.keyed_by == "site" and any(e.key == s.id for e in m.entries)
        ]
        if not patterned:
            why = (
                f"paint '{s.paint}' needs entries for this site in a site-keyed map"
                " (maps/site-patterns.yaml)"
            )
    if not why:
        return []
    return [Problem(_f(kb, "sites.yaml"), f"'{s.id}'", "paint", why)]


def _unreached_roots(kb: Knowledge, s: Site) -> list[Problem]:
    """Every root a site affects must light up from where its highlight starts.

    Otherwise the scene would show a root as affected with no nerve lit (or
    would have to guess where to start), and explain() would list no nerve
    for it.
    """
    from footspine_viz.model.graph import walk

    if any(h not in kb.segments for h in s.highlight_from):
        return []  # reported above as an unknown segment
    out = []
    for r in s.roots:
        if r.root in kb.roots and not walk(kb, s.highlight_from, [r.root], s.exclude):
            out.append(
                Problem(
                    _f(kb, "sites.yaml"),
                    f"'{s.id}'",
                    "highlight_from",
                    f"no segment listed there carries {r.root}; add root.{r.root} "
                    f"(or the segment where {r.root} is affected)",
                )
            )
    return out


def check_urgency(kb: Knowledge) -> list[Problem]:
    """The safety-net and emergency rule, the same for every root and site.

    - ``safety_net`` is true for every root and every spinal site, and
      exactly where ``red_flags`` lists ``cauda-equina`` (the warning signs
      the person is told about: S35, S36).
    - ``emergency`` is true for a site exactly when it compresses two or more
      roots on both sides (``bilateral`` with several roots), and for a root
      exactly when its own skin, in a dermatome or key-point map, includes a
      region that is a red flag in itself (the saddle: S3-S5). A one-sided
      disc is never an emergency, whatever its level.
    """
    from footspine_viz.model.maps import SELECTABLE_KINDS

    out: list[Problem] = []
    flagged = {r.id for r in kb.regions.values() if r.red_flag}

    def need(file: str, rid: str, field: str, want: bool, have: bool, why: str) -> None:
        if want != have:
            out.append(
                Problem(_f(kb, file), f"'{rid}'", field, f"must be {str(want).lower()}: {why}")
            )

    for r in kb.roots.values():
        need("roots.yaml", r.id, "safety_net", True, r.safety_net, "every root gets the safety net")
        need(
            "roots.yaml",
            r.id,
            "red_flags",
            r.safety_net,
            "cauda-equina" in r.red_flags,
            "red_flags lists cauda-equina exactly where the safety net is shown",
        )
        own = {
            e.region
            for m in kb.maps.values()
            if m.keyed_by == "root" and m.kind in SELECTABLE_KINDS
            for e in m.entries
            if e.key == r.id
        }
        need(
            "roots.yaml",
            r.id,
            "emergency",
            bool(own & flagged),
            r.emergency,
            "a root is an emergency exactly when its own skin is a red-flag region"
            f" ({', '.join(sorted(flagged)) or 'none'})",
        )
    for s in kb.sites.values():
        spinal = s.group != "outside-the-spine"
        if spinal:
            need("sites.yaml", s.id, "safety_net", True, s.safety_net, "every spinal site gets it")
        need(
            "sites.yaml",
            s.id,
            "red_flags",
            s.safety_net,
            "cauda-equina" in s.red_flags,
            "red_flags lists cauda-equina exactly where the safety net is shown",
        )
        multi = s.bilateral and len({a.root for a in s.roots}) >= 2
        need(
            "sites.yaml",
            s.id,
            "emergency",
            multi,
            s.emergency,
            "a site is an emergency exactly when it compresses two or more roots on both"
            " sides (bilateral: true with several roots)",
        )
    return out


def check_disagreements(kb: Knowledge) -> list[Problem]:
    """Map disagreements name known maps, regions and roots."""
    out: list[Problem] = []
    for d in kb.disagreements.values():
        f = "map-disagreements.yaml"
        out += _missing(kb, f, d.id, "maps", d.maps, kb.maps, "map")
        out += _missing(kb, f, d.id, "regions", d.regions, kb.regions, "region")
        out += _missing(kb, f, d.id, "roots", d.roots, kb.roots, "root")
    return out


def check_text(kb: Knowledge) -> list[Problem]:
    """Each locale has both registers for every root and site, and no unknown keys."""
    out: list[Problem] = []
    if "en" not in kb.text:
        out.append(
            Problem(
                _f(kb, "text/en.yaml"), None, "locale", "the English text (locale 'en') is missing"
            )
        )
    for loc, doc in kb.text.items():
        f = f"text/{loc}.yaml"
        for section, records in (("roots", kb.roots), ("sites", kb.sites)):
            for rid in records:
                if rid not in doc.get(section, {}):
                    out.append(
                        Problem(
                            _f(kb, f), f"'{rid}'", section, f"no {section[:-1]} text for {rid!r}"
                        )
                    )
            out += _missing(
                kb, f, section, "keys", list(doc.get(section, {})), records, section[:-1]
            )
        for section, records2 in (
            ("tests", kb.tests),
            ("reflexes", kb.reflexes),
            ("red_flags", kb.red_flags),
            ("site_names", kb.sites),
        ):
            entries = doc.get(section, {}) or {}
            out += _missing(kb, f, section, "keys", list(entries), records2, section[:-1])
            for rid in records2:
                entry = entries.get(rid)
                if not (
                    isinstance(entry, Mapping) and entry.get("patient") and entry.get("student")
                ):
                    out.append(
                        Problem(
                            _f(kb, f),
                            f"'{rid}'",
                            section,
                            f"needs {section} text for {rid!r} in both wordings (patient, student)",
                        )
                    )
        safety = (doc.get("ui", {}) or {}).get("safety-net")
        if not (isinstance(safety, Mapping) and safety.get("patient") and safety.get("student")):
            out.append(
                Problem(
                    _f(kb, f),
                    None,
                    "ui.safety-net",
                    "the safety-net note needs both wordings (patient, student)",
                )
            )
    return out


#: All checks, run in this order by the loader.
CHECKS: tuple[Check, ...] = (
    check_sources_cited,
    check_nerve_graph,
    check_roots,
    check_regions,
    check_maps,
    check_findings,
    check_sites,
    check_urgency,
    check_disagreements,
    check_text,
)


def run_checks(kb: Knowledge) -> list[Problem]:
    """Run every check and return all problems found."""
    problems: list[Problem] = []
    for check in CHECKS:
        problems += check(kb)
    return problems
