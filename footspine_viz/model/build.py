"""Turning schema-valid YAML documents into frozen records.

Runs after :mod:`footspine_viz.model.loader` has validated the shapes, so it
only has to handle what a schema cannot see: duplicate ids (reported as
problems, never silently overwritten) and defaults for optional fields.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from footspine_viz.model.loader import Problem
from footspine_viz.model.records import (
    AffectedRoot,
    Disagreement,
    Finding,
    Flag,
    Knowledge,
    MapEntry,
    ReflexLink,
    Region,
    Root,
    Segment,
    Site,
    SkinMap,
    Source,
    frozen_map,
)

T = TypeVar("T")


def _t(value: Any) -> tuple[Any, ...]:
    return tuple(value or ())


def _opt(value: Any) -> tuple[Any, ...] | None:
    return None if value is None else tuple(value)


def _index(
    items: list[dict[str, Any]],
    make: Callable[[dict[str, Any]], T],
    file: str,
    listname: str,
    problems: list[Problem],
) -> dict[str, T]:
    """Build records keyed by id; a repeated id is a problem naming both places."""
    out: dict[str, T] = {}
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        rid = str(item["id"])
        if rid in out:
            problems.append(
                Problem(
                    file,
                    f"'{rid}' ({listname}[{i}])",
                    "id",
                    f"duplicate id: also used by {listname}[{first[rid]}]",
                )
            )
            continue
        first[rid] = i
        out[rid] = make(item)
    return out


def _root(colors: dict[str, str]) -> Callable[[dict[str, Any]], Root]:
    def make(r: dict[str, Any]) -> Root:
        return Root(
            id=r["id"],
            color=colors.get(r["id"], ""),
            dural_origin=frozen_map(r["dural_origin"]),
            foramen=r["foramen"],
            segment=r["segment"],
            foot_carriers=_t(r["foot_carriers"]),
            key_point=r["key_point"],
            muscles=_t(r["muscles"]),
            weakness_tests=_t(r["weakness_tests"]),
            tension_signs=_t(r["tension_signs"]),
            reflexes=tuple(ReflexLink(x["id"], x["status"]) for x in r["reflexes"]),
            confidence=r["confidence"],
            sources=_t(r["sources"]),
            red_flags=_t(r["red_flags"]),
            safety_net=bool(r["safety_net"]),
            emergency=bool(r["emergency"]),
        )

    return make


def _segment(s: dict[str, Any]) -> Segment:
    return Segment(
        id=s["id"],
        name=s["name"],
        parent=s["parent"],
        joins=_t(s.get("joins")),
        carries=_t(s["carries"]),
        reaches=s["reaches"],
        confidence=s["confidence"],
        sources=_t(s["sources"]),
        note=s.get("note", ""),
        root_value=_t(s.get("root_value")),
    )


def _region(r: dict[str, Any]) -> Region:
    return Region(
        id=r["id"],
        name=r["name"],
        rule=frozen_map(r["rule"]),
        within=_t(r.get("within")),
        red_flag=r.get("red_flag"),
        note=r.get("note", ""),
    )


def _finding(kind: str | None) -> Callable[[dict[str, Any]], Finding]:
    def make(f: dict[str, Any]) -> Finding:
        return Finding(
            id=f["id"],
            kind=kind or f["kind"],
            roots=_t(f["roots"]),
            nerves=_t(f["nerves"]),
            muscles=_t(f.get("muscles")),
            confidence=f["confidence"],
            sources=_t(f["sources"]),
            note=f.get("note", ""),
        )

    return make


def _flag(f: dict[str, Any]) -> Flag:
    return Flag(
        id=f["id"], confidence=f["confidence"], sources=_t(f["sources"]), note=f.get("note", "")
    )


def _site(s: dict[str, Any]) -> Site:
    roots = tuple(
        AffectedRoot(
            root=r["root"],
            role=r["role"],
            likelihood=r["likelihood"],
            confidence=r.get("confidence"),
            note=r.get("note", ""),
        )
        for r in s.get("roots", ())
    )
    # Primary roots first, keeping file order within each group ("main first").
    roots = tuple(sorted(roots, key=lambda r: r.likelihood != "primary"))
    return Site(
        id=s["id"],
        group=s["group"],
        kind=s["kind"],
        level=s.get("level"),
        anchor=s["anchor"],
        sided=s["sided"],
        bilateral=s.get("bilateral", False),
        conditions=_t(s["conditions"]),
        roots=roots,
        nerves=_t(s.get("nerves")),
        highlight_from=_t(s["highlight_from"]),
        weakness=_opt(s.get("weakness")),
        spared=_t(s.get("spared")),
        reflexes_reduced=_opt(s.get("reflexes_reduced")),
        reflexes_preserved=_t(s.get("reflexes_preserved")),
        tension_signs=_opt(s.get("tension_signs")),
        red_flags=_t(s["red_flags"]),
        distinguish_from=_t(s["distinguish_from"]),
        extra_regions=_t(s.get("extra_regions")),
        exclude=_t(s.get("exclude")),
        confidence=s["confidence"],
        sources=_t(s["sources"]),
        note=s.get("note", ""),
        paint=s["paint"],
        safety_net=bool(s["safety_net"]),
        emergency=bool(s["emergency"]),
        possible_branches=_t(s.get("possible_branches")),
        typical=_t(s.get("typical")),
    )


def _map(m: dict[str, Any]) -> SkinMap:
    entries = tuple(
        MapEntry(
            key=e.get("root") or e.get("nerve") or e.get("site"),
            region=e["region"],
            weight=float(e["weight"]),
            confidence=e.get("confidence", m["confidence"]),
            sources=_t(e.get("sources", m["sources"])),
            note=e.get("note", ""),
            landmark=e.get("landmark"),
        )
        for e in m["entries"]
    )
    return SkinMap(
        id=m["id"],
        kind=m["kind"],
        keyed_by=m["keyed_by"],
        title=m["title"],
        confidence=m["confidence"],
        sources=_t(m["sources"]),
        entries=entries,
        note=m.get("note", ""),
    )


def build(
    folder: Path,
    docs: dict[str, Any],
    maps: list[tuple[str, dict[str, Any]]],
    texts: list[tuple[str, dict[str, Any]]],
) -> tuple[Knowledge, list[Problem]]:
    """Build the Knowledge from validated documents; return it with duplicate-id problems.

    ``docs`` maps a fixed file name (``roots.yaml``) to its parsed content;
    ``maps`` and ``texts`` are (relative file name, content) pairs.
    """
    problems: list[Problem] = []
    p = problems

    def lab(name: str) -> str:
        return f"{folder.name}/{name}"

    roots_doc = docs["roots.yaml"]
    findings = docs["findings.yaml"]
    landmarks = docs["landmarks.yaml"]
    map_records: dict[str, SkinMap] = {}
    for rel, doc in maps:
        if doc["id"] in map_records:
            p.append(
                Problem(
                    rel, f"'{doc['id']}'", "id", "duplicate map id: another file in maps/ uses it"
                )
            )
            continue
        map_records[doc["id"]] = _map(doc)
    text: dict[str, Any] = {}
    for rel, doc in texts:
        if doc["locale"] in text:
            p.append(Problem(rel, None, "locale", f"duplicate locale {doc['locale']!r}"))
            continue
        text[doc["locale"]] = doc
    segments = _index(docs["nerves.yaml"]["segments"], _segment, lab("nerves.yaml"), "segments", p)
    children: dict[str, list[str]] = {sid: [] for sid in segments}
    for seg in segments.values():
        for src in seg.inputs:
            if src in children:
                children[src].append(seg.id)
    kb = Knowledge(
        path=folder,
        sources=_index(
            docs["sources.yaml"]["sources"],
            lambda s: Source(s["id"], s["citation"]),
            lab("sources.yaml"),
            "sources",
            p,
        ),
        roots=frozen_map(
            _index(
                roots_doc["roots"],
                _root(roots_doc["palette"]["colors"]),
                lab("roots.yaml"),
                "roots",
                p,
            )
        ),
        segments=frozen_map(segments),
        regions=frozen_map(
            _index(
                docs["regions.yaml"]["regions"],
                _region,
                lab("regions.yaml"),
                "regions",
                p,
            )
        ),
        maps=frozen_map(map_records),
        tests=frozen_map(
            _index(findings["tests"], _finding(None), lab("findings.yaml"), "tests", p)
        ),
        reflexes=frozen_map(
            _index(findings["reflexes"], _finding("reflex"), lab("findings.yaml"), "reflexes", p)
        ),
        red_flags=frozen_map(
            _index(findings["red_flags"], _flag, lab("findings.yaml"), "red_flags", p)
        ),
        conditions=frozen_map(
            _index(
                docs["conditions.yaml"]["conditions"],
                _flag,
                lab("conditions.yaml"),
                "conditions",
                p,
            )
        ),
        sites=frozen_map(_index(docs["sites.yaml"]["sites"], _site, lab("sites.yaml"), "sites", p)),
        disagreements=frozen_map(
            _index(
                docs["map-disagreements.yaml"]["disagreements"],
                lambda d: Disagreement(
                    d["id"],
                    _t(d["regions"]),
                    _t(d["roots"]),
                    _t(d["maps"]),
                    d["summary"],
                    d["confidence"],
                    _t(d["sources"]),
                    d.get("status", "verified"),
                ),
                lab("map-disagreements.yaml"),
                "disagreements",
                p,
            )
        ),
        text=frozen_map(text),
        landmarks=frozenset(landmarks["landmarks"]["sided"])
        | frozenset(landmarks["landmarks"]["unsided"]),
        sided_landmarks=frozenset(landmarks["landmarks"]["sided"]),
        structures=frozenset(landmarks["structures"]),
        skin_segments=frozenset(landmarks["skin_segments"]),
        palette_name=roots_doc["palette"]["name"],
        children=frozen_map({k: tuple(v) for k, v in children.items()}),
    )
    return kb, problems
