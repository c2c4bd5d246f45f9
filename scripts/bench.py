#!/usr/bin/env python3
"""Measure the renderer on this machine; print ONE JSON object.

atlas load, first frame, median frame at 1280x800, median pick-to-rendered-
frame over every root and site (in-place apply) next to the naive way (remove
and re-add the nerve and skin actors) with the ratio, an annotated
1920x1080 screenshot, and peak memory. No test asserts on these numbers:
timings depend on the machine and its load (the load average is reported).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from footspine_viz.render import vtkenv  # noqa: E402

vtkenv.configure()


def ms(t: float) -> float:
    return round(t * 1000.0, 1)


def main() -> int:
    t0 = time.perf_counter()
    from footspine_viz.atlas import load_atlas

    atlas = load_atlas(progress=False)
    t_atlas = time.perf_counter() - t0
    try:
        from footspine_viz.model import load_knowledge

        kb = load_knowledge()
    except ImportError:
        kb = None

    from footspine_viz.render.renderer import SceneRenderer

    t0 = time.perf_counter()
    r = SceneRenderer(atlas, kb, size=(1280, 800))
    r.render()
    t_first = time.perf_counter() - t0

    # steady frames (camera nudged so nothing is cached)
    cam = r.renderer.GetActiveCamera()
    frames = []
    for i in range(10):
        cam.Azimuth(0.5 if i % 2 else -0.5)
        t = time.perf_counter()
        r.render()
        frames.append(time.perf_counter() - t)
    opaque = r.state.replace(skin_opacity=1.0)
    r.apply(opaque)
    r.render()
    frames_opaque = []
    for i in range(6):
        cam.Azimuth(0.5 if i % 2 else -0.5)
        t = time.perf_counter()
        r.render()
        frames_opaque.append(time.perf_counter() - t)
    r.apply(opaque.replace(skin_opacity=0.35))

    # pick -> rendered frame: every root and every site, in place
    kn = r.kb
    states = [r.state.replace(root=x, site=None) for x in kn.roots]
    states += [r.state.replace(root=None, site=s) for s in kn.sites]
    picks, applies = [], []
    for st in states:
        t = time.perf_counter()
        r.apply(st)
        t1 = time.perf_counter()
        r.render()
        picks.append(time.perf_counter() - t)
        applies.append(t1 - t)
    t = time.perf_counter()
    cx, cy = 640, 400
    for _ in range(10):
        r.pick(cx, cy)
    t_pick = (time.perf_counter() - t) / 10

    # naive: clear and rebuild every 3D actor for every pick (what a renderer
    # without in-place updates does), then render
    import pyvista as pv

    naive = []
    for st in states[:6]:
        t = time.perf_counter()
        r.apply(st)
        for name in [n for n in r.actors if not n.startswith("label.")]:
            actor = r.actors[name]
            mesh = r.meshes[name].copy()
            prop = actor.GetProperty()
            r.plotter.remove_actor(actor, render=False)
            kw = (
                dict(scalars="rgb", rgb=True)
                if "rgb" in mesh.point_data
                else dict(color=prop.GetColor())
            )
            r.actors[name] = r.plotter.add_mesh(
                mesh,
                smooth_shading=True,
                reset_camera=False,
                name=name,
                opacity=prop.GetOpacity(),
                **kw,
            )
        r.render()
        naive.append(time.perf_counter() - t)
    del pv

    r2 = SceneRenderer(atlas, kb, size=(1280, 800), state=r.state.replace(root="L5", site=None))
    r.close()
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        r2.screenshot(Path(d) / "shot.png", size=(1920, 1080))
        t_shot = time.perf_counter() - t
        t = time.perf_counter()
        r2.screenshot(Path(d) / "shot2.png", size=(1920, 1080))
        t_shot2 = time.perf_counter() - t
    tris = sum(int(m.n_cells) for m in r2.meshes.values())
    r2.close()

    med_pick = statistics.median(picks)
    med_naive = statistics.median(naive)
    out = {
        "machine": {"cpus": os.cpu_count(), "loadavg_1min": round(os.getloadavg()[0], 2)},
        "display_triangles": tris,
        "atlas_load_ms": ms(t_atlas),
        "first_frame_ms": ms(t_first),
        "frame_median_ms_1280x800_translucent_skin": ms(statistics.median(frames)),
        "frame_median_ms_1280x800_opaque_skin": ms(statistics.median(frames_opaque)),
        "pick_to_frame_median_ms": ms(med_pick),
        "apply_only_median_ms": ms(statistics.median(applies)),
        "cell_pick_ms": ms(t_pick),
        "pick_states": len(states),
        "naive_rebuild_pick_to_frame_median_ms": ms(med_naive),
        "naive_over_in_place_ratio": round(med_naive / med_pick, 2) if med_pick else None,
        "screenshot_1920x1080_annotated_ms": ms(t_shot2),
        "screenshot_1920x1080_annotated_first_ms": ms(t_shot),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1),
        "goals": {
            "pick_to_frame_ms": 100,
            "frame_ms": 60,
            "first_frame_ms": 3000,
            "screenshot_ms": 1500,
            "memory_mb": 800,
        },
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
