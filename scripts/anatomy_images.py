"""Render the anatomy close-ups the README shows: the sacrum and each condition.

Uses the app's renderer and scene (the same shapes and nerves every face draws),
with cameras placed from atlas landmarks. Writes PNGs into docs/images/ (or
--out). Run::

    python scripts/anatomy_images.py [--out docs/images] [--size 1280x900] [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

import numpy as np  # noqa: E402

#: Pictures drawn twice, without and with the condition, side by side.
COMPARE = ("condition-central-stenosis", "condition-foraminal-stenosis-ddd")
#: What the subtitle calls each cut.
CUT_WORDS = {
    "canal-coronal": "sacrum sawn open along its canal, from behind",
    "midsagittal": "spine and sacrum sawn in half, from the midline",
    "axial-L4-L5": "cut across at the L4-L5 disc, from above",
    None: "lower back, close up",
}
#: name -> (state, camera: (centre landmark, offset m, view direction, distance m, cut))
#: A view direction is given for the left side (+x is the body's left).
SHOTS = {
    "sacrum-posterior": (
        dict(root="S1", layers={"bones", "nerves"}),
        ("sacral-canal.S2", (0.0, 0.0, 0.004), (0.0, 1.0, 0.35), 0.29, "canal-coronal"),
    ),
    "sacrum-lateral": (
        dict(root="S1", layers={"bones", "nerves"}),
        ("sacral-canal.S2", (0.0, -0.012, 0.004), (-1.0, 0.1, 0.12), 0.29, "midsagittal"),
    ),
    "condition-isthmic-spondylolisthesis": (dict(site="L5-S1-isthmic-spondylolisthesis"), "preset"),
    "condition-degenerative-spondylolisthesis": (
        dict(site="L4-L5-degenerative-spondylolisthesis"),
        "preset",
    ),
    "condition-foraminal-stenosis-ddd": (
        dict(site="L5-S1-foraminal-stenosis", layers={"bones", "nerves"}),
        ("foramen.L5-S1", (0.0, -0.006, 0.0), (1.0, -0.4, 0.1), 0.11, None),
    ),
    "condition-central-stenosis": (
        dict(site="L4-L5-central-stenosis", layers={"bones", "nerves"}),
        ("disc-centre.L4-L5", (0.0, 0.016, 0.0), (0.0, 0.12, 1.0), 0.08, "axial-L4-L5"),
    ),
    "condition-lateral-recess-stenosis": (
        dict(site="L4-L5-lateral-recess-stenosis", layers={"bones", "nerves"}),
        ("disc-centre.L4-L5", (0.004, 0.016, 0.0), (0.05, 0.12, 1.0), 0.08, "axial-L4-L5"),
    ),
    "condition-herniated-disc": (dict(site="L4-L5-paracentral"), "preset"),
}


class _Section:
    """Cut the anatomy by a plane and cap the cut, like a sawn specimen, for one picture.

    The renderer's clipping planes leave bones hollow; here each bone, disc and
    closed pathology shape of the atlas is trimmed with manifold3d (which closes
    the cut) and drawn with its cut surface a shade darker. Nerves and the
    translucent sac are clipped as they are.
    """

    SOLID = (
        "vertebra.L1",
        "vertebra.L2",
        "vertebra.L3",
        "vertebra.L4",
        "vertebra.L5",
        "sacrum",
        "coccyx",
        "disc.L1-L2",
        "disc.L2-L3",
        "disc.L3-L4",
        "disc.L4-L5",
        "disc.L5-S1",
    )

    def __init__(self, r, plane, cut_rgb=(0.78, 0.62, 0.55)):
        import manifold3d as m3
        import pyvista as pv

        from footspine_viz.scene.theme import rgb

        self.r, self.hidden, self.added = r, [], []
        o, n = (np.asarray(v, dtype=float) for v in plane)
        n = n / np.linalg.norm(n)
        off = float(n @ o)

        def add(p, f, colour, opacity=1.0, cut=None):
            if not len(f):
                return
            solid = m3.Manifold(
                m3.Mesh(
                    vert_properties=np.asarray(p, dtype=np.float32),
                    tri_verts=np.asarray(f, dtype=np.uint32),
                )
            )
            kept = solid.trim_by_plane(tuple(n), off).to_mesh()
            q = np.asarray(kept.vert_properties, dtype=float)[:, :3]
            g = np.asarray(kept.tri_verts, dtype=np.int64)
            if not len(g):
                return
            on = np.abs(q @ n - off)[g].max(axis=1) < 2e-5
            for faces, col in ((g[~on], colour), (g[on], cut_rgb if cut is None else cut)):
                if len(faces):
                    name = f"_section.{len(self.added)}"
                    mesh = pv.PolyData(q, np.hstack([np.full((len(faces), 1), 3), faces]).ravel())
                    r.plotter.add_mesh(
                        mesh.compute_normals(split_vertices=True, feature_angle=60),
                        name=name,
                        color=col,
                        opacity=opacity,
                        smooth_shading=True,
                        specular=0.25,
                        reset_camera=False,
                    )
                    self.added.append(name)

        disc_rgb, bone_rgb = rgb(r.theme.disc), rgb(r.theme.spine)
        for name in ("spine", "vertebra.L4", "vertebra.L5", "discs"):
            if name in r.actors and r.actors[name].GetVisibility():
                r.actors[name].SetVisibility(False)
                self.hidden.append(r.actors[name])
        folded = getattr(r, "_folded", set())
        for sid in self.SOLID:
            if sid.startswith("disc.") and sid.split(".", 1)[1] in folded:
                continue
            s = r.atlas.structures[sid]
            if sid.startswith("disc."):
                add(s.points, s.faces, disc_rgb, cut=0.8 * disc_rgb)
            else:
                add(s.points, s.faces, bone_rgb)
        for name, actor in r.actors.items():
            if not name.startswith("shape.") or not actor.GetVisibility():
                continue
            p, f = r.geometry.shape_mesh(int(name.rsplit(".", 1)[1]))
            import trimesh

            if trimesh.Trimesh(p, f, process=False).is_watertight:
                actor.SetVisibility(False)
                self.hidden.append(actor)
                col = np.asarray(actor.GetProperty().GetColor())
                add(p, f, col, actor.GetProperty().GetOpacity(), cut=0.85 * col)
        r._set_clips([(tuple(o), tuple(n))])

    def close(self):
        for a in self.hidden:
            a.SetVisibility(True)
        for name in self.added:
            self.r.plotter.remove_actor(name, render=False)
        self.r._set_clips([])


def _planes(kind, L, side):
    sg = 1.0 if side == "left" else -1.0
    if kind == "canal-coronal":  # the sacrum's back cut off along its canal (and the arches above)
        a, b = L["sacral-canal.S1"], L["sacral-canal.S4"]
        t = (a - b) / np.linalg.norm(a - b)
        n = np.cross(t, [1.0, 0.0, 0.0])
        n = -n if n[1] > 0 else n  # keep the front
        return (tuple(a + [0.0, 0.0005, 0.0]), tuple(n))
    if (
        kind == "midsagittal"
    ):  # the near half removed: keep the highlighted side, look from the other
        return ((0.0, 0.0, 0.0), (sg, 0.0, 0.0))
    if kind == "axial-L4-L5":  # everything above the middle of the L4-L5 interlaminar space removed
        return ((0.0, 0.0, L["disc-centre.L4-L5"][2] + 0.0015), (0.0, 0.0, -1.0))
    raise KeyError(kind)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs" / "images"))
    ap.add_argument("--size", default="1280x900")
    ap.add_argument("--side", default="left")
    ap.add_argument("--only", default=None)
    ap.add_argument("--no-annotate", action="store_true")
    args = ap.parse_args(argv)
    w, h = (int(v) for v in args.size.split("x"))

    from footspine_viz.render.export import render_image, screenshot
    from footspine_viz.render.renderer import SceneRenderer
    from footspine_viz.scene.state import ViewState
    from footspine_viz.scene.views import suggested_view

    r = SceneRenderer(size=(w, h))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, (kw, cam) in SHOTS.items():
        if args.only and args.only not in name:
            continue
        view = suggested_view(r.kb, root=kw.get("root"), site=kw.get("site"))
        if (
            cam != "preset"
        ):  # the hip bones would hide these close-ups: the lateral view leaves them out
            view = "lumbar-lateral"
        st = ViewState(view=view, side=args.side, **kw)
        r.apply(st)
        section = None
        if cam != "preset":
            centre, offset, direction, dist, clip = cam
            sg = 1.0 if args.side == "left" else -1.0
            d = np.array(direction, dtype=float) * [sg, 1.0, 1.0]
            fp = r.landmarks[
                centre if centre in r.landmarks else f"{centre}.{args.side}"
            ] + np.asarray(offset)
            c = r.renderer.GetActiveCamera()
            c.SetFocalPoint(*fp)
            c.SetPosition(*(fp + dist * d / np.linalg.norm(d)))
            c.SetViewUp(0.0, 0.0, 1.0) if abs(d[2]) < 0.9 * np.linalg.norm(d) else c.SetViewUp(
                0.0, -1.0, 0.0
            )
            c.SetViewAngle(30.0)
            r._set_clips([])
            if clip:
                section = _Section(r, _planes(clip, r.landmarks, args.side))
            r.captions.place()
        path = out / f"{name}.png"
        compare = name in COMPARE
        if cam != "preset":  # the subtitle says what the picture shows, not the preset's name
            _subtitle(r, CUT_WORDS[cam[4]])
        # same size as the window: the export keeps the camera set above
        if compare:  # the same cut without the condition on the left, for comparison
            img = render_image(r, (w, h), annotate=not args.no_annotate)
            if section is not None:
                section.close()
            r.apply(st.replace(site=None, root=None))
            section = _Section(r, _planes(cam[4], r.landmarks, args.side)) if cam[4] else None
            _subtitle(r, "the same cut, no condition")
            ref = render_image(r, (w, h), annotate=not args.no_annotate)
            from PIL import Image

            Image.fromarray(np.hstack([ref, img])).save(path)
        else:
            screenshot(r, path, annotate=not args.no_annotate, size=(w, h), force=True)
        if section is not None:
            section.close()
        print(path)
    r.close()
    return 0


def _subtitle(r, words: str) -> None:
    """Name the cut in the picture's subtitle instead of the camera preset (docs pictures only)."""
    import dataclasses

    head = r.frame.subtitle.rsplit("  ·  ", 1)[0]
    r.frame = dataclasses.replace(r.frame, subtitle=f"{head}  ·  {words}")


if __name__ == "__main__":
    sys.exit(main())
