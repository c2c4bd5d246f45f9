#!/usr/bin/env python3
"""Build (or rebuild with --force) the anatomy atlas cache and report timings.

Same as ``footspine-viz atlas build`` plus a load-time measurement; handy in CI
to warm the cache before the test run.
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv: list[str] | None = None) -> int:
    from footspine_viz.errors import UserError

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="rebuild even if a valid build exists")
    args = ap.parse_args(argv)
    try:
        from footspine_viz.atlas import build_atlas, load_atlas

        t0 = time.time()
        folder = build_atlas(force=args.force, progress=True)
        t1 = time.time()
        atlas = load_atlas(progress=False)
        t2 = time.time()
    except UserError as exc:
        print(f"build_atlas: error: {exc}", file=sys.stderr)
        return exc.exit_code
    man = atlas.manifest
    print(f"atlas {man['build_key']} in {folder}")
    print(
        f"build/check {t1 - t0:.1f} s, load {1000 * (t2 - t1):.0f} ms, "
        f"{len(man['structures'])} structures, {man['triangles_total']} triangles, "
        f"{len(atlas.landmarks)} landmarks"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
