"""Scene subcommands: ``screenshot``, ``render-overview`` and ``export-set``.

Every input is checked before the atlas is loaded or anything is rendered
(unknown view/root/site/map, nonsense size, unwritable or existing output),
so bad input costs nothing and leaves no partial file. Heavy imports (VTK,
the atlas) happen inside the handlers.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from footspine_viz.errors import UserError
from footspine_viz.render.export import FORMATS as PICTURE_FORMATS
from footspine_viz.render.export import parse_size

#: The picture formats, and html: the browser explorer as one page at the state.
FORMATS = (*PICTURE_FORMATS, "html")


def _common(p: argparse.ArgumentParser, *, out_help: str) -> None:
    p.add_argument("--side", default="left", help="left, right or both (default left)")
    p.add_argument("--view", default=None, help="camera preset, e.g. foot-dorsal, lumbar-closeup")
    p.add_argument("--map", default=None, help="dermatome map id (default: the knowledge base's)")
    p.add_argument("--mode", default="patient", help="patient (plain words) or student")
    p.add_argument("--size", default="1920x1080", help="WIDTHxHEIGHT in pixels (default 1920x1080)")
    p.add_argument("--scale", type=int, default=1, help="resolution multiplier 1..4")
    p.add_argument("--theme", default="calm", help="calm (dark) or clinical (light)")
    p.add_argument(
        "--skin-opacity", type=float, default=None, help="0..1 (default depends on the view)"
    )
    p.add_argument(
        "--layers",
        default=None,
        help="comma list of skin,bones,nerves,labels,dermatomes,pain,peripheral",
    )
    p.add_argument("--transparent", action="store_true", help="transparent background (PNG)")
    p.add_argument(
        "--no-annotate", action="store_true", help="picture only: no title, labels or caption"
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.add_argument(
        "--format", default=None, help="png, svg, pdf, gltf or html (default from --out)"
    )
    p.add_argument("--out", required=True, help=out_help)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to sub."""
    p = sub.add_parser(
        "screenshot",
        help="render one root or site to an annotated image",
        description="Render a nerve root or a compression site and write an annotated image.",
    )
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--root", help="nerve root, e.g. L5")
    g.add_argument("--site", help="compression site, e.g. L4-L5-paracentral")
    _common(p, out_help="output file, e.g. fig.png")
    p.set_defaults(func=cmd_screenshot)

    p = sub.add_parser(
        "render-overview",
        help="render the anatomy overview (no selection)",
        description="Render the whole anatomy (bones, nerves, skin map) without a selection.",
    )
    _common(p, out_help="output file, e.g. overview.png")
    p.set_defaults(func=cmd_screenshot, root=None, site=None)

    p = sub.add_parser(
        "export-set",
        help="render every root and site in the views that suit it",
        description="Render every root and every compression site into a folder with "
        "index.html (contact sheet) and index.json.",
    )
    p.add_argument("--out", required=True, help="output folder (created if missing)")
    p.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT (default 1280x800)")
    p.add_argument("--side", default="left", help="left or right (default left)")
    p.add_argument("--map", default=None, help="dermatome map id")
    p.add_argument("--mode", default="patient", help="patient or student")
    p.add_argument("--theme", default="calm", help="calm or clinical")
    p.add_argument(
        "--only", default=None, help="comma list of roots/sites to render (default: all)"
    )
    p.add_argument(
        "--force", action="store_true", help="write into a folder that already has images"
    )
    p.set_defaults(func=cmd_export_set)


def build_state(args, kb):
    """ViewState from arguments, by the shared state rules (validated; raises UserError)."""
    from footspine_viz.model.ids import unknown
    from footspine_viz.scene import rules
    from footspine_viz.scene.state import DEFAULT_LAYERS, LAYERS

    root, site = getattr(args, "root", None), getattr(args, "site", None)
    if root is not None and root not in kb.roots and root.upper() in kb.roots:
        root = root.upper()
    layers = DEFAULT_LAYERS
    if getattr(args, "layers", None):
        layers = frozenset(x.strip() for x in args.layers.split(",") if x.strip())
        for x in layers:
            if x not in LAYERS:
                raise unknown("layer", x, LAYERS)
    base = rules.home(args.mode).replace(
        side=args.side, layers=layers, **({"map": args.map} if args.map else {})
    )
    from footspine_viz.model.maps import selectable_maps

    maps = selectable_maps(kb)
    base = base.check_ids(kb.roots, kb.sites, maps)
    st = rules.choose(
        kb,
        base,
        root=root,
        site=site,
        view=args.view,
        skin_opacity=getattr(args, "skin_opacity", None),
    )
    return st.check_ids(kb.roots, kb.sites, maps)


def _format(args) -> str:
    fmt = args.format
    if fmt is None:
        suf = Path(args.out).suffix.lower().lstrip(".")
        if suf == "glb":  # VTK writes text glTF only; a .glb name would lie about it
            raise UserError(
                f"{args.out!r}: binary glTF (.glb) is not written",
                "name the file .gltf (text glTF with its data embedded)",
            )
        fmt = {"htm": "html"}.get(suf, suf) if suf else "png"
        if fmt not in FORMATS:
            raise UserError(
                f"cannot tell the format from {args.out!r}",
                "end the file name in .png/.svg/.pdf/.gltf/.html or pass --format",
            )
    if fmt not in FORMATS:
        from footspine_viz.model.ids import unknown

        raise unknown("format", fmt, FORMATS)
    return fmt


def cmd_screenshot(args) -> int:
    from footspine_viz.fileio import check_writable_target
    from footspine_viz.model import load_knowledge
    from footspine_viz.model.ids import unknown
    from footspine_viz.render.export import check_size
    from footspine_viz.scene.theme import THEMES

    # --- validate everything first: ids before files, nothing loaded or rendered yet
    fmt = _format(args)
    size = parse_size(args.size)
    check_size(size, args.scale)
    if args.theme not in THEMES:
        raise unknown("theme", args.theme, THEMES)
    kb = load_knowledge()
    state = build_state(args, kb)
    target = check_writable_target(args.out, force=args.force)

    if (
        fmt == "html"
    ):  # the browser explorer as one page, opening at this state: nothing to render here
        from footspine_viz.web.single import single_page
        from footspine_viz.web.source import SceneSource

        single_page(state, target, src=SceneSource(kb=kb), progress=True)
        print(f"wrote {target}")
        return 0

    # --- render
    from footspine_viz.render.export import export
    from footspine_viz.render.renderer import SceneRenderer

    r = SceneRenderer(
        kb=kb, size=(min(size[0], 1920), min(size[1], 1080)), theme=args.theme, state=state
    )
    try:
        if fmt == "png":
            r.screenshot(
                target,
                annotate=not args.no_annotate,
                size=size,
                scale=args.scale,
                transparent=args.transparent,
                force=True,
            )
        else:
            export(
                r,
                target,
                fmt,
                size=size,
                scale=args.scale,
                transparent=args.transparent,
                force=True,
            )
    finally:
        r.close()
    print(f"wrote {target}")
    return 0


def plan_export_set(kb, side: str, map_id: str, mode: str, only=None):
    """[(file stem, ViewState)] for every root and site in the views that suit it (validated)."""
    from footspine_viz.scene import rules
    from footspine_viz.scene.views import views_for

    base = rules.home(mode).replace(side=side, map=map_id)
    jobs = []
    for rt in kb.roots:
        if not only or rt in only:
            jobs += [
                (f"root-{rt}-{v}", rules.choose(kb, base, root=rt, view=v))
                for v in views_for(kb, root=rt)
            ]
    for sid in kb.sites:
        if not only or sid in only:
            jobs += [
                (f"site-{sid}-{v}", rules.choose(kb, base, site=sid, view=v))
                for v in views_for(kb, site=sid)
            ]
    return jobs


def cmd_export_set(args) -> int:
    from footspine_viz.body import BODY_SIDES
    from footspine_viz.model import load_knowledge
    from footspine_viz.model.ids import unknown
    from footspine_viz.scene.theme import THEMES

    size = parse_size(args.size)
    if args.theme not in THEMES:
        raise unknown("theme", args.theme, THEMES)
    if args.side not in BODY_SIDES:
        raise UserError(
            f"side {args.side!r} is not left or right", "use --side left or --side right"
        )
    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} exists and is not a folder", "choose a folder name")
    if out.is_dir() and any(out.glob("*.png")) and not args.force:
        raise UserError(
            f"{out} already holds images", "pass --force to overwrite them, or choose a new folder"
        )
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise UserError(
            f"cannot create {out}: {parent} is missing or not writable", "choose another folder"
        )
    kb = load_knowledge()
    from footspine_viz.model.maps import selectable_maps

    map_id = args.map or rules_home_map()
    if map_id not in selectable_maps(kb):
        raise unknown("dermatome map", map_id, selectable_maps(kb))
    only = {x.strip() for x in args.only.split(",")} if args.only else None
    if only:
        for x in only:
            if x not in kb.roots and x not in kb.sites:
                raise unknown("root or site", x, list(kb.roots) + list(kb.sites))
    jobs = plan_export_set(kb, args.side, map_id, args.mode, only)

    from tqdm import tqdm

    from footspine_viz.fileio import atomic_write_text
    from footspine_viz.render.renderer import SceneRenderer

    out.mkdir(parents=True, exist_ok=True)
    r = SceneRenderer(kb=kb, size=size, theme=args.theme, state=jobs[0][1] if jobs else None)
    index = []
    try:
        for stem, st in tqdm(jobs, desc="export-set", unit="image"):
            frame = r.apply(st)
            path = out / f"{stem}.png"
            r.screenshot(path, size=size, force=True)
            index.append(
                dict(
                    file=path.name,
                    root=st.root,
                    site=st.site,
                    side=st.side,
                    view=st.view,
                    map=st.map,
                    mode=st.mode,
                    title=frame.title,
                    roots=[rt for rt, _ in frame.roots],
                    nerves=sorted(frame.lit),
                )
            )
    finally:
        r.close()
    atomic_write_text(out / "index.json", json.dumps(dict(size=list(size), images=index), indent=2))
    atomic_write_text(out / "index.html", contact_sheet(index, kb, args.mode))
    print(f"wrote {len(index)} images, index.html and index.json to {out}")
    return 0


def rules_home_map() -> str:
    from footspine_viz.scene import rules

    return rules.home().map


def contact_sheet(index, kb, mode: str = "patient") -> str:
    """The export set's index.html, with the knowledge base's disclaimer, urgent note and credits."""
    import html

    from footspine_viz.scene.words import word

    ui_text = {k: word(kb, "ui", k, mode) for k in ("disclaimer", "emergency", "credits")}
    heading = word(kb, "ui", "export-set-title", mode)

    cards = "\n".join(
        f'<figure><a href="{html.escape(e["file"])}"><img src="{html.escape(e["file"])}" loading="lazy" '
        f'alt="{html.escape(e["title"])}"></a><figcaption>{html.escape(e["title"])}<br><small>'
        f"{html.escape(e['view'])} · {html.escape(e['map'])}</small></figcaption></figure>"
        for e in index
    )
    return f"""<!doctype html>
<html lang="en"><meta charset="utf-8"><title>{html.escape(heading)}</title>
<style>body{{font-family:sans-serif;background:#16191e;color:#eee;margin:1.5em}}
main{{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1em}}
figure{{margin:0;background:#22262d;padding:.5em;border-radius:6px}}img{{width:100%;display:block}}
figcaption{{font-size:.9em;margin-top:.4em}}small{{color:#aaa}}</style>
<h1>{html.escape(heading)}</h1>
<p>{html.escape(ui_text["disclaimer"])}</p>
<p><strong>{html.escape(ui_text["emergency"])}</strong></p>
<main>
{cards}
</main>
<p><small>{html.escape(ui_text["credits"])}</small></p>
</html>
"""
