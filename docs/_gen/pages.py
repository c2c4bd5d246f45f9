"""Pages of the documentation site made from the project itself (run by mkdocs-gen-files).

- ``cli.md``: every command's ``--help``, from the argparse parser the
  command uses, so the reference cannot drift from the program.
- ``sources.md``: the knowledge base's sources (annotations/sources.yaml), each
  with the records that cite it.
- ``gallery.md`` + ``gallery/*.png``: ``footspine-viz export-set`` of every
  root and site, small (640x400) so a CI build stays cheap; grouped as a
  clinician would browse them.

Nothing here is written into the checkout: the files exist only in the
built site. The gallery needs the anatomy atlas (built on first use).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import mkdocs_gen_files

GALLERY_SIZE = "640x400"


# ---------------------------------------------------------------- CLI reference
def _subcommands(parser):
    import argparse

    for action in parser._actions:  # argparse keeps subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub


def write_cli() -> None:
    os.environ["COLUMNS"] = "80"  # argparse wraps help to the terminal; fix it for the page
    from footspine_viz.cli import build_parser

    parser = build_parser()
    out = [
        "# Command line reference",
        "",
        "Generated from the program's own argument parser (`footspine-viz --help` and each "
        "command's `--help`). `python -m footspine_viz` is the same command.",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
        "",
    ]
    for name, helptext, sub in _subcommands(parser):
        out += [
            f"## {name}",
            "",
            (helptext or "").capitalize() + ("." if helptext else ""),
            "",
            "```text",
            sub.format_help().rstrip(),
            "```",
            "",
        ]
        for subname, subhelp, subsub in _subcommands(sub):
            out += [
                f"### {name} {subname}",
                "",
                (subhelp or "").capitalize() + ("." if subhelp else ""),
                "",
                "```text",
                subsub.format_help().rstrip(),
                "```",
                "",
            ]
    with mkdocs_gen_files.open("cli.md", "w") as fh:
        fh.write("\n".join(out))


# ---------------------------------------------------------------- sources
def write_sources() -> None:
    from footspine_viz.model import load_knowledge

    kb = load_knowledge()
    cited: dict[str, list[str]] = defaultdict(list)
    kinds = (
        ("root", kb.roots),
        ("nerve segment", kb.segments),
        ("region", kb.regions),
        ("map", kb.maps),
        ("test", kb.tests),
        ("reflex", kb.reflexes),
        ("red flag", kb.red_flags),
        ("condition", kb.conditions),
        ("site", kb.sites),
        ("map disagreement", kb.disagreements),
    )
    for kind, records in kinds:
        for rid, rec in records.items():
            for code in getattr(rec, "sources", ()) or ():
                cited[code].append(f"{kind} `{rid}`")
    out = [
        "# Sources of the knowledge base",
        "",
        "Every clinical statement in footspine-viz is a record in `annotations/` that cites its "
        "sources by code; the full citations are kept once, in `annotations/sources.yaml`, "
        "listed here with the records that cite each. Where sources disagree the records say "
        "so (confidence `contested`), and the app shows it.",
        "",
        "| Code | Citation | Cited by |",
        "|---|---|---|",
    ]
    for code, src in kb.sources.items():
        who = ", ".join(cited.get(code, [])) or "(not cited yet)"
        citation = src.citation.replace("|", "\\|")
        out.append(f"| {code} | {citation} | {who} |")
    with mkdocs_gen_files.open("sources.md", "w") as fh:
        fh.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- gallery
def write_gallery() -> None:
    from footspine_viz.model import load_knowledge

    kb = load_knowledge()
    text = kb.text.get("en", {})
    with tempfile.TemporaryDirectory(prefix="footspine-gallery-") as tmp:
        folder = Path(tmp) / "set"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "footspine_viz",
                "export-set",
                "--out",
                str(folder),
                "--size",
                GALLERY_SIZE,
            ],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        if proc.returncode != 0:
            raise SystemExit(
                f"docs gallery: export-set failed ({proc.returncode}):\n{proc.stderr[-2000:]}"
            )
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        for item in index["images"]:
            with mkdocs_gen_files.open(f"gallery/{item['file']}", "wb") as fh:
                fh.write((folder / item["file"]).read_bytes())

    def figures(items: list[dict]) -> list[str]:
        return [
            f'![{i["title"]}, view {i["view"]}](gallery/{i["file"]}){{ width="320" loading=lazy }}'
            for i in items
        ]

    by_root: dict[str, list[dict]] = defaultdict(list)
    by_site: dict[str, list[dict]] = defaultdict(list)
    for item in index["images"]:
        (
            by_root[item["root"]] if item["root"] and not item["site"] else by_site[item["site"]]
        ).append(item)
    w, h = index["size"]
    out = [
        "# Gallery",
        "",
        f"Every nerve root and every compression site, as `footspine-viz export-set` draws them "
        f"(left side, patient wording, the default dermatome map), in the views that suit each. "
        f"Shown here at {w}x{h} to keep the site small; the command draws any size "
        f"(`--size 1920x1080`, `screenshot --scale 2`).",
        "",
        '!!! warning "Educational illustration only"',
        f"    {text.get('ui', {}).get('disclaimer', '')}",
        "",
        "## Nerve roots",
        "",
    ]
    for root in kb.roots:
        if by_root.get(root):
            out += [f"### {by_root[root][0]['title']}", "", *figures(by_root[root]), ""]
    groups: dict[str, list[str]] = defaultdict(list)
    for sid, site in kb.sites.items():
        groups[site.group].append(sid)
    names = text.get("groups", {})
    for group, sids in groups.items():
        out += [f"## {names.get(group, group)}", ""]
        for sid in sids:
            if by_site.get(sid):
                out += [f"### {by_site[sid][0]['title']}", "", *figures(by_site[sid]), ""]
    with mkdocs_gen_files.open("gallery.md", "w") as fh:
        fh.write("\n".join(out))


write_cli()
write_sources()
write_gallery()
