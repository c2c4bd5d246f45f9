"""Measure how much of the picture each root's (and site's) skin area covers, per view.

For every root and every site that lights skin, and every camera preset that
shows skin, the scene is rendered twice (skin with the dermatome layer, skin
alone) at the same camera; the highlighted share is the fraction of pixels whose
colour the highlight changed. The table is what footspine_viz/scene/views.py
chooses its default views by (the largest share wins among the views that
show skin). Run::

    python scripts/view_share.py [--size 480x360] [--side left] [--csv out.csv]

Prints the table (percent of the picture) and, per row, the best view and the
view the app opens with now.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

import numpy as np  # noqa: E402

SKIN_VIEWS = (
    "overview-posterior",
    "overview-anterior",
    "lateral",
    "pelvis-posterior",
    "leg-posterior",
    "foot-dorsal",
    "foot-plantar",
    "foot-medial",
    "foot-lateral",
)
#: A pixel counts as highlighted when the highlight moved its colour this far
#: (RGB distance on the 0..255 scale).
THRESHOLD = 24.0


def measure(r, state_kw: dict, views, base_cache: dict) -> dict[str, float]:
    from footspine_viz.scene.state import ViewState
    from footspine_viz.scene.views import default_skin_opacity

    out = {}
    for view in views:
        op = default_skin_opacity(view)
        plain = ViewState(
            view=view, layers={"skin"}, skin_opacity=op, side=state_kw.get("side", "left")
        )
        key = (view, plain.side)
        if key not in base_cache:
            r.apply(plain)
            base_cache[key] = r.grab()[..., :3].astype(float)
        r.apply(ViewState(view=view, layers={"skin", "dermatomes"}, skin_opacity=op, **state_kw))
        img = r.grab()[..., :3].astype(float)
        moved = np.linalg.norm(img - base_cache[key], axis=2) > THRESHOLD
        out[view] = float(moved.mean())
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="480x360")
    ap.add_argument("--side", default="left")
    ap.add_argument("--csv", default=None, help="also write the table as CSV")
    args = ap.parse_args(argv)
    w, h = (int(v) for v in args.size.split("x"))

    from footspine_viz.model import load_knowledge
    from footspine_viz.render.renderer import SceneRenderer
    from footspine_viz.scene.views import views_for

    kb = load_knowledge()
    t0 = time.time()
    r = SceneRenderer(kb=kb, size=(w, h))
    rows: list[tuple[str, str, dict[str, float], tuple[str, ...]]] = []
    base: dict = {}
    for root in kb.roots:
        rows.append(
            (
                "root",
                root,
                measure(r, {"root": root, "side": args.side}, SKIN_VIEWS, base),
                views_for(kb, root=root),
            )
        )
    for sid, site in kb.sites.items():
        if site.kind == "systemic":
            continue
        rows.append(
            (
                "site",
                sid,
                measure(r, {"site": sid, "side": args.side}, SKIN_VIEWS, base),
                views_for(kb, site=sid),
            )
        )
    r.close()

    short = {
        v: v.replace("overview-", "ov-").replace("posterior", "post").replace("anterior", "ant")
        for v in SKIN_VIEWS
    }
    head = (
        f"{'':4} {'id':38}"
        + "".join(f"{short[v]:>12}" for v in SKIN_VIEWS)
        + "   best         opens in"
    )
    print(
        f"highlighted share of the picture, % ({w}x{h}, {args.side} side; {time.time() - t0:.0f} s)"
    )
    print(head)
    for kind, rid, share, opens in rows:
        best = max(share, key=share.get)
        cells = "".join(f"{100 * share[v]:12.1f}" for v in SKIN_VIEWS)
        skin_view = next((v for v in opens if v in share), opens[0])
        order = " > ".join(short.get(v, v) for v in opens)
        note = "" if skin_view == best else "  (skin view differs)"
        print(f"{kind:4} {rid:38}{cells}   {short[best]:12} {order}{note}")
    if args.csv:
        import csv

        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(["kind", "id", *SKIN_VIEWS, "best", "opens_in"])
            for kind, rid, share, opens in rows:
                wr.writerow(
                    [
                        kind,
                        rid,
                        *(f"{share[v]:.4f}" for v in SKIN_VIEWS),
                        max(share, key=share.get),
                        " ".join(opens),
                    ]
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
