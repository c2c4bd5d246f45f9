"""Knowledge-base subcommands: ``explain``, ``lookup``, ``list``, ``validate``.

These answer clinical questions without any 3D: what a root or a compression
site does (``explain``), which roots or nerves could serve a patch of skin
(``lookup``), what ids exist (``list``) and whether an annotation folder is
sound (``validate``). Plain output is wrapped for a terminal and always ends
with the disclaimer; ``--json`` prints the documented machine format.
Imports of the model happen inside the handlers so ``footspine-viz --help``
stays fast.
"""

from __future__ import annotations

import argparse
import json
import shutil
import textwrap
from collections.abc import Iterable
from typing import Any

LIST_KINDS = ("roots", "sites", "regions", "maps", "tests", "reflexes", "nerves", "conditions")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to sub."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--annotations",
        metavar="DIR",
        default=None,
        help="annotation folder to read (default: the project's annotations/)",
    )

    p = sub.add_parser(
        "explain",
        parents=[common],
        help="explain a nerve root or a compression site",
        description="How a root or a compression site reaches the foot: nerves, skin, tests,"
        " reflexes.",
    )
    p.add_argument("root", nargs="?", help="root id: L3, L4, L5, S1, S2, S3, S4 or S5")
    p.add_argument("--site", help="compression site id, e.g. L4-L5-paracentral (see 'list sites')")
    p.add_argument("--side", default="left", help="left or right (default: left)")
    p.add_argument("--map", help="show only this skin map (see 'list maps')")
    p.add_argument(
        "--mode", default="patient", help="patient (plain words) or student (precise terms)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_explain)

    p = sub.add_parser(
        "lookup",
        parents=[common],
        help="which roots or nerves serve these skin regions",
        description="Rank roots and peripheral look-alikes for skin regions (see 'list regions').",
    )
    p.add_argument(
        "regions", nargs="+", metavar="REGION", help="skin region ids, e.g. lateral-foot heel"
    )
    p.add_argument(
        "--map",
        help="score roots with this map only: keegan-garrett, lee-2008, isncsci, or typical-pain"
        " (default: the dermatome maps, averaged)",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list, best first")
    p.set_defaults(func=_lookup)

    p = sub.add_parser("list", parents=[common], help="list the ids of one kind of record")
    p.add_argument("kind", help="one of: " + ", ".join(LIST_KINDS))
    p.add_argument("--json", action="store_true", help="print a JSON list of ids")
    p.set_defaults(func=_list)

    p = sub.add_parser("validate", help="check an annotation folder (schema and cross-references)")
    p.add_argument(
        "path",
        nargs="?",
        default=None,
        help="annotation folder (default: the project's annotations/)",
    )
    p.set_defaults(func=_validate)


def _kb(args: argparse.Namespace) -> Any:
    from footspine_viz.model import load_knowledge

    return load_knowledge(getattr(args, "annotations", None))


def _width() -> int:
    return max(50, min(100, shutil.get_terminal_size((80, 24)).columns) - 2)


def _para(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=_width(), initial_indent=indent, subsequent_indent=indent)


def _box(text: str) -> str:
    """The emergency box: framed so it cannot be missed in a terminal."""
    inner = textwrap.wrap(text, width=_width() - 4)
    top = "+" + "-" * (_width() - 2) + "+"
    return "\n".join([top] + [f"| {line.ljust(_width() - 4)} |" for line in inner] + [top])


def _label(kb: Any, section: str, key: str, mode: str) -> str:
    return kb.text_for(section, key, mode) or key


def _items(title: str, items: Iterable[str]) -> list[str]:
    items = [i for i in items if i]
    if not items:
        return []
    out = [f"{title}:"]
    out += [
        textwrap.fill(i, width=_width(), initial_indent="  - ", subsequent_indent="    ")
        for i in items
    ]
    return out


def _explain(args: argparse.Namespace) -> int:
    from footspine_viz.model import explain

    kb = _kb(args)
    e = explain(kb, root=args.root, site=args.site, side=args.side, map=args.map, mode=args.mode)
    if args.json:
        print(json.dumps(e.to_dict(), indent=2))
        return 0
    print(render_explanation(kb, e))
    return 0


def render_explanation(kb: Any, e: Any) -> str:
    """Readable, wrapped text for an Explanation (the CLI's plain output)."""
    mode = e.mode
    lines: list[str] = []
    if e.subject == "root":
        title = f"{e.id} nerve root ({e.side} side)"
    else:
        title = _label(kb, "site_names", e.id, mode) + (
            " (both sides)" if e.bilateral else f" ({e.side} side)"
        )
    lines += [title, "=" * len(title)]
    if e.emergency:
        lines += [_box(e.text["emergency"]), ""]
    lines += [_para(e.text["summary"]), ""]
    if e.text.get("safety_net") and not e.emergency:  # the box already lists the same signs
        lines += [_para(e.text["safety_net"]), ""]
    role_words = [
        f"{r.id}: {_label(kb, 'roles', r.role, mode)}"
        + ("" if r.likelihood == "primary" else " (possible)")
        for r in e.roots
        if r.role != "selected"
    ]
    lines += _items("Nerve roots involved", role_words)
    names = [kb.segments[s].name for s in e.nerves]
    lines += _items(
        "Nerves affected, from here towards the foot", ["; ".join(names)] if names else []
    )
    for mid, regs in e.regions.items():
        lines += _items(f"Skin areas, {kb.maps[mid].title}", [kb.regions[r].name for r in regs])
    lines += _items("Typical picture", [_label(kb, "tests", t, mode) for t in e.typical])
    lines += _items(
        "Tests that may show weakness", [_label(kb, "tests", t, mode) for t in e.weakness]
    )
    lines += _items(
        "Stretch tests that may provoke pain",
        [_label(kb, "tests", t, mode) for t in e.tension_signs],
    )
    lines += _items(
        "Reflexes that may be reduced", [_label(kb, "reflexes", r, mode) for r in e.reflexes]
    )
    lines += _items(
        "Usually normal here (helps tell it apart)",
        [_label(kb, "tests", t, mode) for t in e.spared]
        + [_label(kb, "reflexes", r, mode) for r in e.reflexes_preserved],
    )
    lines += _items(
        "Conditions to tell apart", [_label(kb, "site_names", d, mode) for d in e.distinguish_from]
    )
    lines += _items("Warning signs", [_label(kb, "red_flags", f, mode) for f in e.red_flags])
    if mode == "student":
        lines += _items(
            "Notes", list(e.text.get("notes", ())) + [e.text.get("dermatome_vs_pain", "")]
        )
        lines += _items(
            f"Confidence: {e.confidence}. Sources",
            [f"{s}: {kb.sources[s].citation}" for s in e.sources],
        )
    lines += ["", _para(e.text["disclaimer"])]
    return "\n".join(lines)


def _lookup(args: argparse.Namespace) -> int:
    from footspine_viz.model import lookup

    kb = _kb(args)
    ans = lookup(kb, args.regions, map=args.map)
    if args.json:
        print(json.dumps([c.to_dict() for c in ans.candidates], indent=2))
        return 0
    title = "Who serves: " + ", ".join(kb.regions[r].name for r in ans.regions)
    lines = [title, "=" * min(len(title), _width()), f"Maps used: {', '.join(ans.maps)}"]
    urgent = kb.text_for("ui", "emergency", "patient")
    for note in ans.notes:
        lines += [_box(note) if ans.emergency and note == urgent else _para(note)]
    lines += _items(
        "Nerve roots, most likely first",
        [f"{c.id} (score {c.score:.2f}): {c.why}" for c in ans.roots],
    )
    lines += _items(
        "Look-alikes outside the spine",
        [f"{kb.segments[c.id].name} (score {c.score:.2f}): {c.why}" for c in ans.lookalikes],
    )
    lines += _items(
        "Patterns that follow no single root or nerve",
        [
            f"{_label(kb, 'site_names', c.id, 'student')} (score {c.score:.2f}): {c.why}"
            for c in ans.patterns
        ],
    )
    lines += _items(
        "Where pain is often felt (a separate layer from numbness)",
        [
            f"{c.id if c.kind == 'root' else _label(kb, 'site_names', c.id, 'student')}"
            f" (score {c.score:.2f})"
            for c in ans.pain
        ],
    )
    lines += _items(
        "Compression sites that fit", [_label(kb, "site_names", x, "student") for x in ans.sites]
    )
    lines += ["", _para(kb.text_for("ui", "disclaimer", "patient"))]
    print("\n".join(lines))
    return 0


def _list(args: argparse.Namespace) -> int:
    from footspine_viz.model import resolve

    kb = _kb(args)
    kind = resolve("list kind", args.kind, LIST_KINDS)
    records = {
        "roots": kb.roots,
        "sites": kb.sites,
        "regions": kb.regions,
        "maps": kb.maps,
        "tests": kb.tests,
        "reflexes": kb.reflexes,
        "nerves": kb.segments,
        "conditions": kb.conditions,
    }[kind]
    if args.json:
        print(json.dumps(list(records)))
        return 0
    for rid, rec in records.items():
        desc = (
            getattr(rec, "title", "")
            or getattr(rec, "name", "")
            or kb.text_for("site_names", rid, "student")
            or kb.text_for("tests", rid, "student")
            or kb.text_for("reflexes", rid, "student")
        )
        if kind == "roots":
            desc = f"colour {rec.color}"
        print(f"{rid:<38} {desc}".rstrip())
    return 0


def _validate(args: argparse.Namespace) -> int:
    from footspine_viz.model.store import default_path, load_knowledge

    kb = load_knowledge(args.path)
    folder = args.path or default_path()
    print(
        f"{folder}: OK - {len(kb.roots)} roots, {len(kb.segments)} nerve segments, "
        f"{len(kb.regions)} regions, {len(kb.maps)} maps, {len(kb.sites)} sites, "
        f"{len(kb.tests)} tests, {len(kb.reflexes)} reflexes, {len(kb.sources)} sources"
    )
    return 0
