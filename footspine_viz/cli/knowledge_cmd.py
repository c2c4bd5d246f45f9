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
    p.add_argument(
        "--mode",
        default="patient",
        help="patient (an order of likelihood) or student (scores, reasons)",
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


def _explain(args: argparse.Namespace) -> int:
    from footspine_viz.model import explain
    from footspine_viz.scene.panel import panel_for

    kb = _kb(args)
    e = explain(kb, root=args.root, site=args.site, side=args.side, map=args.map, mode=args.mode)
    if args.json:
        print(json.dumps(e.to_dict(), indent=2))
        return 0
    print(
        render_panel(
            panel_for(
                kb, root=args.root, site=args.site, side=args.side, map=args.map, mode=args.mode
            ),
            subtitle=_side_words(kb, e),
        )
    )
    return 0


def _side_words(kb: Any, e: Any) -> str:
    from footspine_viz.scene.words import side_words

    return side_words(kb, "both" if e.bilateral else e.side, e.mode)


def render_panel(panel: Any, subtitle: str = "") -> str:
    """The shared info panel (footspine_viz.scene.panel) as wrapped terminal text."""
    lines: list[str] = []
    title = panel.title + (f" ({subtitle})" if subtitle and panel.title else "")
    if title:
        lines += [title, "=" * min(len(title), _width())]
    if panel.emergency:
        lines += [_box(panel.emergency), ""]
    if panel.safety_net:
        lines += [_para(panel.safety_net), ""]
    for sec in panel.sections:
        if sec.key == "summary":
            lines += [_para(" ".join(sec.items)), ""]
            continue
        lines.append(f"{sec.title}:")
        lines += [
            textwrap.fill(i, width=_width(), initial_indent="  - ", subsequent_indent="    ")
            for i in sec.items
        ]
    if panel.sources:
        lines.append("Sources:" if not panel.sections else f"{_sources_heading(panel)}:")
        lines += [
            textwrap.fill(s, width=_width(), initial_indent="  - ", subsequent_indent="    ")
            for s in panel.sources
        ]
    lines += ["", _para(panel.disclaimer)]
    return "\n".join(lines)


def _sources_heading(panel: Any) -> str:
    return "Sources"


def _lookup(args: argparse.Namespace) -> int:
    from footspine_viz.model import lookup
    from footspine_viz.scene.panel import lookup_panel

    kb = _kb(args)
    ans = lookup(kb, args.regions, map=args.map)
    if args.json:
        print(json.dumps([c.to_dict() for c in ans.candidates], indent=2))
        return 0
    print(render_panel(lookup_panel(kb, ans.regions, args.mode, map=args.map)))
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
