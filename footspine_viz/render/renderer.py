"""SceneRenderer: every actor is built once; a new ViewState only recolours,
shows/hides and moves them in place.

Why in place: on llvmpipe a frame costs ~60 ms while rebuilding actors costs
far more (see /work/shared/data/rendering-notes.md), and a pick must feel
instant. ``apply()`` therefore writes into existing vertex-colour arrays,
toggles visibility and opacity, moves the slipped vertebra with
``SetPosition`` and switches clipping planes; it never adds or removes props.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from footspine_viz.errors import UserError
from footspine_viz.scene import labels as scene_labels
from footspine_viz.scene.dermatomes import RegionPainter
from footspine_viz.scene.knowledge import SceneKnowledge, scene_knowledge
from footspine_viz.scene.nerves import build_tubes, resolve_segments
from footspine_viz.scene.pathology import nearest_on, site_shapes
from footspine_viz.scene.state import VIEWS, ViewState
from footspine_viz.scene.views import hidden_in_view
from footspine_viz.render import annotate
from footspine_viz.scene import cameras
from footspine_viz.render.theme import THEMES, rgb

os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

SPINE_IDS = ("vertebra.L1", "vertebra.L2", "vertebra.L3", "sacrum", "coccyx")
MOVABLE = ("vertebra.L4", "vertebra.L5")
N_CAPTIONS = 8
N_MARKS = 8


@dataclass(frozen=True)
class PickResult:
    """What a click hit. ``kind`` is "root", "nerve", "site", "skin" or None.

    ``id`` is the root ("L5"), the nerve segment ("sciatic", for nerves that
    carry several roots), or the site id; ``nerve`` is always the segment hit
    on a nerve; ``roots`` lists candidate roots (for a skin point: the roots
    whose area in the current map covers it, strongest first).
    """

    kind: str | None
    id: str | None = None
    side: str | None = None
    point: tuple[float, float, float] | None = None
    nerve: str | None = None
    regions: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()


@dataclass
class Highlight:
    """What a state lights up: per nerve key (``sciatic.left``) the colour and the
    arc fraction it starts from; skin colour fields; shapes to show."""

    nerves: dict[str, tuple[np.ndarray, float]] = field(default_factory=dict)
    roots: list[tuple[str, float]] = field(default_factory=list)  # (root, strength)
    peripheral: list[str] = field(default_factory=list)  # nerve ids lit for a non-root site
    sides: tuple[str, ...] = ("left",)
    active: bool = False


#: Fraction of triangles kept on screen per actor (the atlas keeps the full mesh
#: for geometry checks; cost follows triangle count on llvmpipe).
DISPLAY_KEEP = {"bones": 0.4, "spine": 0.6, "skin": 0.5}


def _display_mesh(points, faces, keep: float):
    """A decimated copy for drawing, cached on disk by mesh hash."""
    m = _mesh(points, faces)
    if keep >= 0.999:
        return m
    from footspine_viz.scene.dermatomes import cache_dir, mesh_hash

    path = cache_dir().parent / "display" / f"{mesh_hash(points, faces)}-{keep:.2f}.npz"
    try:
        if path.exists():
            with np.load(path) as z:
                return _mesh(z["points"], z["faces"])
    except (OSError, ValueError, KeyError):
        pass
    d = m.decimate(1.0 - keep, volume_preservation=True)
    p, f = np.asarray(d.points, dtype=np.float32), d.faces.reshape(-1, 4)[:, 1:].astype(np.int32)
    try:
        from footspine_viz.fileio import atomic_path

        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path, suffix=".npz") as tmp:
            np.savez(tmp, points=p, faces=f)
    except OSError:
        pass
    return _mesh(p, f)


def _resample(segments, per_m: float):
    """Segments with their centrelines resampled to ``per_m`` points per metre."""
    import dataclasses

    out = []
    for seg in segments:
        c = seg.curve
        d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(c, axis=0), axis=1))]
        n = max(6, int(d[-1] * per_m))
        t = np.linspace(0.0, d[-1], n)
        out.append(dataclasses.replace(seg, curve=np.stack([np.interp(t, d, c[:, j]) for j in range(3)], axis=1)))
    return out


def _mesh(points, faces):
    import pyvista as pv

    f = np.asarray(faces, dtype=np.int64)
    cells = np.hstack([np.full((len(f), 1), 3, dtype=np.int64), f]).ravel()
    return pv.PolyData(np.asarray(points, dtype=np.float32), cells)


class SceneRenderer:
    """Draws a :class:`ViewState`. Build once, then ``apply`` / ``pick`` / ``screenshot``.

    Parameters
    ----------
    atlas
        A loaded atlas (``load_atlas()`` when None).
    kb
        The knowledge base (``load_knowledge()`` when available); the scene
        reads the annotation files directly when None.
    plotter
        An existing pyvista Plotter to draw into (the UI's), or None.
    size
        Window size in pixels.
    theme
        ``"calm"`` (dark gradient) or ``"clinical"`` (light).
    """

    def __init__(self, atlas: Any = None, kb: Any = None, plotter: Any = None, size=(1280, 800),
                 off_screen: bool = True, theme: str = "calm", state: ViewState | None = None) -> None:
        import pyvista as pv

        if theme not in THEMES:
            from footspine_viz.scene.state import suggest

            raise suggest(theme, THEMES, "theme")
        self.theme = THEMES[theme]
        if atlas is None:
            from footspine_viz.atlas import load_atlas

            atlas = load_atlas(progress=False)
        if kb is None:
            from footspine_viz.model import load_knowledge

            kb = load_knowledge()
        self.atlas = atlas
        self.kb = kb
        self.knowledge: SceneKnowledge = scene_knowledge(kb)
        self.landmarks = {k: np.asarray(v, dtype=float) for k, v in atlas.landmarks.items()}

        pv.global_theme.anti_aliasing = None
        pv.global_theme.multi_samples = 0
        if plotter is None:
            plotter = pv.Plotter(off_screen=off_screen, window_size=list(size), lighting="light kit")
        self.plotter = plotter
        self.renderer = plotter.renderer
        self.size = tuple(size)
        # FXAA smooths edges for exported pictures; interactive frames skip it
        # (it cost ~55 of ~145 ms per 1280x800 frame here). See grab().
        self.fxaa_interactive = False
        self.renderer.SetUseFXAA(self.fxaa_interactive)
        plotter.set_background(self.theme.background, top=self.theme.background_top)

        self.actors: dict[str, Any] = {}
        self.meshes: dict[str, Any] = {}
        self._depth_peeling = False
        self._build_anatomy()
        self._build_nerves()
        self._build_shapes()
        self._build_marks()
        self._build_captions()
        self._build_picker()
        self.state: ViewState | None = None
        self.view: str | None = None
        self.highlight = Highlight()
        self.labels: list[scene_labels.Label] = []
        self.apply(state or ViewState(map=self.knowledge.default_map))

    # ------------------------------------------------------------------ build
    def _add(self, name: str, mesh, **kw):
        # Normals are computed once here; letting pyvista smooth-shade would
        # re-run its normals filter on every recolour (the mesh looks modified).
        smooth = kw.pop("smooth_shading", False)
        if smooth and mesh.n_cells:
            mesh = mesh.compute_normals(cell_normals=False, split_vertices=False, consistent_normals=False,
                                        auto_orient_normals=False)
        actor = self.plotter.add_mesh(mesh, name=name, reset_camera=False, smooth_shading=False, **kw)
        if smooth:
            actor.GetProperty().SetInterpolationToGouraud()
        # Draw our own mesh object directly (pyvista may put a copying filter in
        # between), so that rewriting its colour array in place is what is drawn.
        mapper = actor.GetMapper()
        if mapper.GetInputAlgorithm() is not None and "rgb" in mesh.point_data:
            mapper.SetInputData(mesh)
        self.actors[name] = actor
        self.meshes[name] = mesh
        return actor

    def _build_anatomy(self) -> None:
        st = self.atlas.structures
        th = self.theme
        bone_kw = dict(smooth_shading=True, specular=0.25, specular_power=18, diffuse=0.85, ambient=0.12)
        groups: dict[str, list] = {"bones": [], "spine": []}
        for sid, s in st.items():
            if s.kind != "bone":
                continue
            if sid in MOVABLE:
                self._add(sid, _mesh(s.points, s.faces), color=th.spine, **bone_kw)
            elif sid in SPINE_IDS:
                groups["spine"].append(s)
            else:
                groups["bones"].append(s)
        for name, items in groups.items():
            if not items:
                continue
            pts, fcs, off = [], [], 0
            for s in items:
                pts.append(s.points)
                fcs.append(np.asarray(s.faces) + off)
                off += len(s.points)
            mesh = _display_mesh(np.vstack(pts), np.vstack(fcs), DISPLAY_KEEP.get(name, 1.0))
            self._add(name, mesh, color=th.spine if name == "spine" else th.bone, **bone_kw)
        # discs: one actor, per-vertex colour so a herniated level can be tinted
        discs = [s for s in st.values() if s.kind == "disc"]
        if discs:
            pts, fcs, lev, off = [], [], [], 0
            self._disc_levels = []
            for k, s in enumerate(sorted(discs, key=lambda s: s.id)):
                pts.append(s.points)
                fcs.append(np.asarray(s.faces) + off)
                lev.append(np.full(len(s.points), k))
                self._disc_levels.append(s.id.split(".", 1)[1])
                off += len(s.points)
            m = _mesh(np.vstack(pts), np.vstack(fcs))
            m.point_data["rgb"] = np.tile((rgb(th.disc) * 255).astype(np.uint8), (m.n_points, 1))
            self._disc_level_of_point = np.concatenate(lev)
            self._add("discs", m, scalars="rgb", rgb=True, smooth_shading=True, specular=0.3)
        if "dural-sac" in st:
            s = st["dural-sac"]
            self._add("dural-sac", _mesh(s.points, s.faces), color=th.sac, opacity=0.45, smooth_shading=True)
        self.skin_painter = None
        self.skin_normals = None
        if "skin" in st:
            s = st["skin"]
            # Drawn decimated (half the triangles); colours are computed on the
            # atlas's full skin and carried over by each display vertex's nearest
            # full vertex, so painting, lookup and tests all use the full mesh.
            m = _display_mesh(s.points, s.faces, DISPLAY_KEEP["skin"])
            from scipy.spatial import cKDTree

            self._skin_map = cKDTree(np.asarray(s.points)).query(np.asarray(m.points))[1]
            # RGBA: painted areas are drawn more opaque than bare skin, so a
            # dermatome reads clearly even when the skin is an x-ray shell
            m.point_data["rgb"] = np.tile((np.r_[rgb(th.skin), 0.35] * 255).astype(np.uint8), (m.n_points, 1))
            self._add("skin", m, scalars="rgb", rgb=True, smooth_shading=True, specular=0.08,
                      diffuse=0.9, ambient=0.12)
            # Only the skin's outer face is drawn: with no depth peeling this keeps
            # the far side of a limb from blending over the near side (and halves
            # the skin's cost); a clipped limb then shows no inside wall either.
            self.actors["skin"].GetProperty().BackfaceCullingOn()
            full = _mesh(s.points, s.faces).compute_normals(cell_normals=False, split_vertices=False)
            self.skin_normals = np.asarray(full.point_data["Normals"])
            labels = getattr(self.atlas, "skin_labels", None)
            if labels is not None:
                self.skin_painter = RegionPainter(s.points, s.faces, labels, self.landmarks,
                                                  self.knowledge.regions, self.knowledge.regions_hash())
                # stripe pattern for the pain layer (kept apart from dermatomes)
                p = np.asarray(s.points)
                self._stripes = (np.sin((p[:, 0] * 0.6 + p[:, 2]) * 2 * np.pi / 0.012) > 0.0).astype(np.float32)

    def _build_nerves(self) -> None:
        from footspine_viz.scene.fit import keep_out_of_bone

        import hashlib

        from footspine_viz.scene.nerves import paths_hash

        h = hashlib.sha1(paths_hash().encode())
        for sid in sorted(self.atlas.structures):
            s = self.atlas.structures[sid]
            if s.kind == "bone":
                h.update(np.ascontiguousarray(s.points, dtype=np.float32).tobytes())
        for k in sorted(self.landmarks):
            h.update(k.encode() + self.landmarks[k].astype(np.float32).tobytes())
        segments = resolve_segments(self.landmarks, known=self.knowledge.nerves)
        self.segments = keep_out_of_bone(segments, self.atlas.structures, cache_key=h.hexdigest()[:16])
        # 10 sides and ~4 mm steps: smooth at clinic-screen size, ~40k triangles
        self.tubes = build_tubes(_resample(self.segments, 250.0), sides=10)
        self._seg_index = {s.key: k for k, s in enumerate(self.segments)}
        m = _mesh(self.tubes.points, self.tubes.faces)
        m.point_data["rgb"] = np.tile((rgb(self.theme.nerve) * 255).astype(np.uint8), (m.n_points, 1))
        self._add("nerves", m, scalars="rgb", rgb=True, smooth_shading=True, specular=0.35,
                  specular_power=20, ambient=0.15)

    def _build_shapes(self) -> None:
        from footspine_viz.scene.pathology import shape_mesh, tint_rgb

        self.shapes = site_shapes(self.knowledge.sites, self.landmarks, self.segments)
        self._shape_actor: dict[str, Any] = {}
        names = ("pathology", "disc", "spine", "bone", "sac", "marker", "nerve")
        colours = {n: rgb(getattr(self.theme, n)) for n in names}
        for k, sh in enumerate(self.shapes):
            p, f = shape_mesh(sh, self.atlas.structures)
            if not len(f):  # a slip moves a vertebra; it has no mesh of its own
                continue
            name = f"shape.{sh.key}.{k}"
            bony = sh.tint[0][0] == "spine"
            actor = self._add(name, _mesh(p, f), color=tint_rgb(sh, colours), opacity=sh.opacity,
                              smooth_shading=True, specular=0.25 if bony else 0.4)
            actor.SetVisibility(False)
            self._shape_actor[name] = (sh, actor)

    def _build_marks(self) -> None:
        """A fixed pool of markers for the skin points the user marked (ViewState.marks)."""
        import pyvista as pv

        self._marks = []
        for i in range(N_MARKS):
            dot = pv.Sphere(radius=0.006, theta_resolution=16, phi_resolution=12)
            actor = self._add(f"mark.{i}", dot, color=self.theme.marker, smooth_shading=True, specular=0.5)
            actor.SetVisibility(False)
            self._marks.append(actor)

    def _build_captions(self) -> None:
        from vtkmodules.vtkRenderingAnnotation import vtkCaptionActor2D

        self._captions = []
        for i in range(N_CAPTIONS):
            cap = vtkCaptionActor2D()
            cap.SetCaption(" ")
            cap.BorderOff()
            cap.LeaderOn()
            cap.ThreeDimensionalLeaderOff()
            cap.GetCaptionTextProperty().SetFontSize(16)
            cap.GetCaptionTextProperty().SetColor(*rgb(self.theme.text))
            cap.GetCaptionTextProperty().BoldOff()
            cap.GetCaptionTextProperty().ItalicOff()
            cap.GetCaptionTextProperty().SetFontFamilyToArial()
            # a dark panel behind the text keeps it readable over ivory bone
            cap.GetCaptionTextProperty().SetBackgroundColor(*rgb(self.theme.panel[:7]))
            cap.GetCaptionTextProperty().SetBackgroundOpacity(0.75)
            cap.GetCaptionTextProperty().ShadowOff()
            cap.GetTextActor().SetTextScaleModeToNone()  # one font size for every label
            cap.GetProperty().SetColor(*rgb(self.theme.text))
            cap.SetWidth(0.2)
            cap.SetHeight(0.035)
            cap.SetVisibility(False)
            self.renderer.AddActor(cap)
            self.actors[f"label.{i}"] = cap
            self._captions.append(cap)

    def _build_picker(self) -> None:
        from vtkmodules.vtkRenderingCore import vtkCellPicker

        def picker(names):
            p = vtkCellPicker()
            p.SetTolerance(0.002)
            p.PickFromListOn()
            for name, actor in self.actors.items():
                if name in names or ("shape" in names and name.startswith("shape.")):
                    p.AddPickList(actor)
            return p

        # Nearest of everything (an opaque skin hides what lies under it), and
        # the structures alone: through an x-ray skin a nerve, disc or marker
        # that the user can see wins over the skin in front of it.
        self.picker = picker(("nerves", "discs", "skin", "shape"))
        self.structure_picker = picker(("nerves", "discs", "shape"))
        self._actor_name = {id(a): n for n, a in self.actors.items()}

    # ------------------------------------------------------------- state
    def check(self, state: ViewState) -> ViewState:
        """Validate ``state``'s ids against the knowledge base (UserError)."""
        kn = self.knowledge
        return state.check_ids(kn.roots, kn.sites, kn.maps)

    def compute_highlight(self, state: ViewState) -> Highlight:
        """Which nerves (from which arc fraction), roots and nerves light up."""
        kn = self.knowledge
        h = Highlight(sides=state.sides)
        if state.site:
            site = kn.sites[state.site]
            roots = kn.site_roots(state.site)
            starts = list(site.get("highlight_from", []))
            sides = state.sides if site.get("sided") else ("left", "right")
            h.sides = tuple(sides)
            for r, lk in roots:
                strength = 1.0 if lk == "primary" else 0.5
                h.roots.append((r, strength))
                exclude = site.get("exclude", ())
                walk = kn.downstream(starts, r, exclude)
                col = rgb(kn.palette.get(r, "#888888"))
                self._light(h, walk, col, strength, starts, site, sides)
            if not roots:  # a nerve problem outside the spine, or systemic
                walk = kn.downstream(starts, None, site.get("exclude", ()))
                h.peripheral = sorted(walk)
                self._light(h, walk, rgb(self.theme.peripheral), 1.0, starts, site, sides)
        elif state.root:
            walk = kn.downstream([kn.kb.roots[state.root].segment], state.root)
            h.roots.append((state.root, 1.0))
            self._light(h, walk, rgb(kn.palette.get(state.root, "#888888")), 1.0, [], None, state.sides)
        h.active = bool(h.nerves)
        return h

    def _light(self, h: Highlight, walk, colour, strength, starts, site, sides) -> None:
        anchor_name = site.get("anchor") if site else None
        for nid in walk:
            for side in sides:
                key = f"{nid}.{side}"
                k = self._seg_index.get(key)
                if k is None:
                    continue
                start = 0.0
                if nid not in starts:
                    # fibres of this root enter where an upstream segment that
                    # carries them joins (L5 joins the lumbosacral trunk part-way)
                    rec = self.knowledge.nerves.get(nid, {})
                    ups = [u for u in [rec.get("parent")] + list(rec.get("joins") or []) if u in walk]
                    arcs = [nearest_on(self.segments[k], self.segments[self._seg_index[f"{u}.{side}"]].curve[-1])[2]
                            for u in ups if f"{u}.{side}" in self._seg_index]
                    start = min(arcs) if arcs else 0.0
                    start = 0.0 if start < 0.05 else start
                if anchor_name and nid in starts:
                    try:
                        from footspine_viz.scene.nerves import landmark

                        a = landmark(self.landmarks, anchor_name, side)
                        start = nearest_on(self.segments[k], a)[2]
                        start = 0.0 if start < 0.08 else start
                    except UserError:
                        start = 0.0
                col = colour if strength >= 1 else 0.55 * colour + 0.45 * rgb(self.theme.nerve)
                old = h.nerves.get(key)
                if old is None or strength >= 1:
                    h.nerves[key] = (col, start)

    def apply(self, state: ViewState) -> None:
        """Show ``state``: recolour, toggle and move existing actors in place."""
        state = self.check(state)
        prev = self.state
        self.state = state
        self.highlight = h = self.compute_highlight(state)
        th = self.theme
        layers = state.layers

        # nerves
        seg_pt, arc = self.tubes.segment_of_point, self.tubes.arc_of_point
        base = rgb(th.nerve_dim if h.active else th.nerve)
        cols = np.tile(base, (len(seg_pt), 1))
        if state.view.startswith("lumbar-"):
            # the close-up tells exiting vs traversing: every root keeps a muted colour
            for k, seg in enumerate(self.segments):
                if seg.id.startswith(("root.", "spinal-nerve.")) and seg.root:
                    cols[seg_pt == k] = 0.4 * np.asarray(self.knowledge.rgb(seg.root)) + 0.6 * base
        for key, (col, start) in h.nerves.items():
            k = self._seg_index[key]
            sel = (seg_pt == k) & (arc >= start - 1e-6)
            bright = np.clip(col * 1.12 + 0.04, 0, 1)
            cols[sel] = bright
            if start > 0:  # upstream of the site: the root itself, unlit but visible
                cols[(seg_pt == k) & (arc < start)] = 0.5 * bright + 0.5 * base
        self._set_rgb("nerves", cols)

        # skin
        if "skin" in self.actors:
            self._paint_skin(state, h)
            a = self.actors["skin"]
            # the lumbar close-up is a cut-away slab: skin there is only clutter
            a.SetVisibility("skin" in layers and "skin" not in hidden_in_view(state.view))
            a.GetProperty().SetOpacity(1.0)  # per-vertex alpha carries the opacity
        # No depth peeling: the skin is the only translucent surface and is one
        # colour per area, so plain blending looks the same and frames cost a
        # third (measured 1290 ms with 4 peels vs 367 ms without, loaded machine).

        # bones, discs, sac
        left_out = hidden_in_view(state.view)
        for name in ("bones", "spine", "dural-sac", *MOVABLE):
            if name in self.actors:
                self.actors[name].SetVisibility("bones" in layers and name not in left_out)
        if "discs" in self.actors:
            self.actors["discs"].SetVisibility("bones" in layers)
            self._paint_discs(state)
        self.actors["nerves"].SetVisibility("nerves" in layers)

        # pathology shapes: shown, and what they hide or move (a slipped vertebra)
        shown = [sh for sh in self.shapes if sh.site == state.site
                 and (sh.side is None or sh.side in state.sides or state.side == "both")]
        moved = {t: v for sh in shown for t, v in sh.moves}
        hidden = {h for sh in shown for h in sh.hides}
        for name in MOVABLE:
            if name in self.actors:
                self.actors[name].SetPosition(*moved.get(name, (0.0, 0.0, 0.0)))
        for name in hidden:
            if name in self.actors:
                self.actors[name].SetVisibility(False)
        if "discs" in self.meshes:
            self._fold_discs({h.split(".", 1)[1] for h in hidden if h.startswith("disc.")})
        on = {id(sh) for sh in shown}
        for name, (sh, actor) in self._shape_actor.items():
            actor.SetVisibility(id(sh) in on)

        # marked skin points (a fixed pool: moved and shown, never created here)
        for i, actor in enumerate(self._marks):
            if i < len(state.marks):
                actor.SetPosition(*state.marks[i])
                actor.SetVisibility(True)
            else:
                actor.SetVisibility(False)

        # camera
        if prev is None or state.view != self.view or state.side != prev.side:
            self.set_view(state.view)
        self.labels = scene_labels.labels_for(self, state)
        self._place_captions()

    def _fold_discs(self, levels: set[str]) -> None:
        """Hide disc levels a shape replaces: their vertices fold onto their centre, in place."""
        mesh = self.meshes["discs"]
        if not hasattr(self, "_disc_points0"):
            self._disc_points0 = np.array(mesh.points, copy=True)
        if levels == getattr(self, "_folded", set()):
            return
        pts = self._disc_points0.copy()
        for lvl in levels:
            if lvl in self._disc_levels:
                sel = self._disc_level_of_point == self._disc_levels.index(lvl)
                pts[sel] = pts[sel].mean(0)
        mesh.points[:] = pts
        mesh.GetPoints().Modified()
        mesh.Modified()
        self._folded = set(levels)

    def _set_rgb(self, name: str, cols: np.ndarray) -> None:
        mesh = self.meshes[name]
        arr = mesh.point_data["rgb"]
        arr[:] = (np.clip(cols, 0, 1) * 255).astype(np.uint8)
        mesh.GetPointData().GetArray("rgb").Modified()
        mesh.Modified()

    def skin_fields(self, state: ViewState, h: Highlight | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
        """[(colour, per-vertex weight)] of the dermatome layer for ``state``."""
        if self.skin_painter is None:
            return []
        h = h or self.compute_highlight(state)
        kn = self.knowledge
        out = []
        if "dermatomes" in state.layers and state.map in kn.maps:
            mw = kn.map_weights(state.map)
            if h.roots:
                for r, strength in h.roots:
                    f = self.skin_painter.field(mw, r, h.sides) * (0.9 if strength >= 1 else 0.5)
                    out.append((rgb(kn.palette.get(r, "#888888")), f))
            elif not h.peripheral:
                for r in kn.roots:
                    f = self.skin_painter.field(mw, r, state.sides) * 0.8
                    out.append((rgb(kn.palette.get(r, "#888888")), f))
        if (h.peripheral or "peripheral" in state.layers) and kn.territory_map():
            tw = kn.map_weights(kn.territory_map())
            nerves = h.peripheral or sorted(tw)
            f = np.zeros(len(self.skin_painter.points), dtype=np.float32)
            for n in nerves:
                f = np.maximum(f, self.skin_painter.field(tw, n, h.sides if h.peripheral else state.sides))
            out.append((rgb(self.theme.peripheral), f * 0.85))
        return out

    def _paint_skin(self, state: ViewState, h: Highlight) -> None:
        base = rgb(self.theme.skin)
        n = len(self.atlas.structures["skin"].points)  # colours live on the full skin
        cols = np.tile(base, (n, 1))
        fields = self.skin_fields(state, h)
        if fields:
            # blend: each root's colour in proportion to its weight, so overlap
            # zones show a mix of the two colours rather than one hiding the other
            total = np.zeros(n)
            acc = np.zeros((n, 3))
            for col, f in fields:
                acc += f[:, None] * col
                total += f
            amount = np.clip(np.maximum.reduce([f for _, f in fields]), 0, 1)
            mix = acc / np.maximum(total, 1e-6)[:, None]
            cols = cols * (1 - amount[:, None]) + mix * amount[:, None]
        else:
            amount = np.zeros(n)
        if "pain" in state.layers and self.skin_painter is not None:
            pm = self.knowledge.pain_map()
            if pm:
                pw = self.knowledge.map_weights(pm)
                # a nerve problem outside the spine has no root pain pattern to show
                roots = [r for r, _ in h.roots] or ([] if h.peripheral else list(self.knowledge.roots))
                f = np.zeros(n, dtype=np.float32)
                for r in roots:
                    f = np.maximum(f, self.skin_painter.field(pw, r, h.sides if h.roots else state.sides))
                a = (f * self._stripes * 0.8)[:, None]
                cols = cols * (1 - a) + rgb(self.theme.pain) * a
                amount = np.maximum(amount, a[:, 0])
        op = state.skin_opacity
        alpha = op + (max(op, 0.85) - op) * np.clip(amount * 1.2, 0, 1)
        self._set_rgb("skin", np.c_[cols, alpha][self._skin_map])

    def _paint_discs(self, state: ViewState) -> None:
        th = self.theme
        cols = np.tile(rgb(th.disc), (len(self._disc_level_of_point), 1))
        site = self.knowledge.sites.get(state.site or "", {})
        lvl = site.get("level")
        if lvl in self._disc_levels and site.get("group") in ("disc-herniation", "stenosis", None):
            k = self._disc_levels.index(lvl)
            cols[self._disc_level_of_point == k] = 0.6 * rgb(th.disc) + 0.4 * rgb(th.pathology)
        self._set_rgb("discs", cols)

    # ------------------------------------------------------------- camera
    def scene_bounds(self):
        b = np.array([np.inf, -np.inf] * 3)
        for name in ("skin", "bones"):
            if name in self.meshes:
                mb = self.meshes[name].bounds
                b[0::2] = np.minimum(b[0::2], mb[0::2])
                b[1::2] = np.maximum(b[1::2], mb[1::2])
        return tuple(b)

    def set_view(self, name: str, side: str | None = None) -> None:
        """Move the camera to preset ``name`` (see footspine_viz.scene.state.VIEWS)."""
        if name not in VIEWS:
            from footspine_viz.scene.state import suggest

            raise suggest(name, VIEWS, "view")
        side = side or (self.state.side if self.state else "left")
        side = "left" if side == "both" else side
        w, hgt = self.plotter.window_size
        cam_p = cameras.preset(name, self.landmarks, self.scene_bounds(), side, w / max(hgt, 1))
        cam = self.renderer.GetActiveCamera()
        cam.SetPosition(*cam_p.position)
        cam.SetFocalPoint(*cam_p.focal)
        cam.SetViewUp(*cam_p.up)
        cam.SetViewAngle(cam_p.angle)
        self.renderer.camera_set = True  # else pyvista resets to isometric on first render
        self.view = name
        self._set_clips(cam_p.clips)
        self._clip_camera()

    def _clip_camera(self) -> None:
        self.renderer.ResetCameraClippingRange()

    def _set_clips(self, clips) -> None:
        """Cut-away planes of the current view on every 3D actor's mapper."""
        from vtkmodules.vtkCommonDataModel import vtkPlane

        key = tuple((tuple(o), tuple(n)) for o, n in clips)
        if key == getattr(self, "_clip_key", None):
            return
        self._clip_key = key
        planes = []
        for o, n in clips:
            pl = vtkPlane()
            pl.SetOrigin(*o)
            pl.SetNormal(*n)
            planes.append(pl)
        for name, actor in self.actors.items():
            if name.startswith("label."):
                continue
            mapper = actor.GetMapper()
            mapper.RemoveAllClippingPlanes()
            for pl in planes:
                mapper.AddClippingPlane(pl)

    # ------------------------------------------------------------- labels
    def _place_captions(self) -> None:
        on = self.state is not None and "labels" in self.state.layers
        w, hgt = self.plotter.window_size
        placed = annotate.layout(self, self.labels, (w, hgt), font_px=16) if on else []
        for i, cap in enumerate(self._captions):
            if i < len(placed):
                lab, (ax, ay), (bx, by, bw, bh) = placed[i]
                d = self.world_to_display([lab.point])[0]
                cap.SetCaption(lab.text)
                cap.SetAttachmentPoint(*self._anchor_world(ax, ay, d))
                cap.SetPosition(bx - ax, (hgt - by - bh) - (hgt - ay))
                cap.SetWidth(bw / max(w, 1))
                cap.SetHeight(bh / max(hgt, 1))
                if lab.colour is not None:
                    cap.GetProperty().SetColor(*lab.colour)
                cap.SetVisibility(True)
            else:
                cap.SetVisibility(False)

    def _anchor_world(self, ax, ay, d):
        """World point under display (ax, ay) at the depth of ``d``."""
        w, hgt = self.plotter.window_size
        self.renderer.SetDisplayPoint(float(ax), float(hgt - ay), float(d[2]))
        self.renderer.DisplayToWorld()
        x, y, z, wq = self.renderer.GetWorldPoint()
        return (x / wq, y / wq, z / wq) if wq else (x, y, z)

    # ------------------------------------------------------------- render & pick
    def render(self) -> None:
        """Draw one frame now (pyvista's own render() is a no-op before show())."""
        self._clip_camera()
        self.plotter.ren_win.Render()

    def grab(self, transparent: bool = False) -> np.ndarray:
        """Render and read back the frame: H x W x 3 (or 4 with transparency) uint8."""
        from vtkmodules.vtkRenderingCore import vtkWindowToImageFilter
        from vtkmodules.util.numpy_support import vtk_to_numpy

        ren, rw = self.renderer, self.plotter.ren_win
        gradient = ren.GetGradientBackground()
        ren.SetUseFXAA(True)
        if transparent:
            rw.SetAlphaBitPlanes(1)
            ren.GradientBackgroundOff()
            ren.SetBackgroundAlpha(0.0)
        try:
            self.render()
            w2i = vtkWindowToImageFilter()
            w2i.SetInput(rw)
            w2i.ReadFrontBufferOff()
            w2i.ShouldRerenderOff()  # just rendered: do not draw the frame twice
            if transparent:
                w2i.SetInputBufferTypeToRGBA()
            w2i.Update()
            data = w2i.GetOutput()
            w, h, _ = data.GetDimensions()
            arr = vtk_to_numpy(data.GetPointData().GetScalars())
            img = arr.reshape(h, w, -1)[::-1].copy()
        finally:
            ren.SetUseFXAA(self.fxaa_interactive)
            if transparent:
                ren.SetBackgroundAlpha(1.0)
                ren.SetGradientBackground(gradient)
        return img

    def world_to_display(self, pts) -> np.ndarray:
        """World points -> (x, y) pixels with y down (image rows), plus depth."""
        ren = self.renderer
        out = []
        w, hgt = self.plotter.window_size
        for p in np.atleast_2d(pts):
            ren.SetWorldPoint(float(p[0]), float(p[1]), float(p[2]), 1.0)
            ren.WorldToDisplay()
            x, y, z = ren.GetDisplayPoint()
            out.append((x, hgt - y, z))
        return np.array(out)

    def pick(self, x: float, y: float) -> PickResult:
        """What is under pixel (x, y) (origin top-left, like image rows)."""
        w, hgt = self.plotter.window_size
        st = self.state
        # through an x-ray skin (the overview presets) a visible nerve wins;
        # on a nearly opaque skin (the foot presets) the skin in front does
        xray = st is None or "skin" not in st.layers or st.skin_opacity < 0.5
        picker = self.picker
        if xray and self.structure_picker.Pick(float(x), float(hgt - y), 0.0, self.renderer):
            picker = self.structure_picker
        elif not self.picker.Pick(float(x), float(hgt - y), 0.0, self.renderer):
            return PickResult(None)
        actor = picker.GetActor()
        name = self._actor_name.get(id(actor))
        if name is None:
            for n, a in self.actors.items():
                if a is actor:
                    name = n
                    break
        cell = picker.GetCellId()
        point = tuple(float(v) for v in picker.GetPickPosition())
        side = "left" if point[0] >= 0 else "right"
        if name == "nerves":
            seg = self.segments[int(self.tubes.segment_of_face[cell])]
            carried = self.knowledge.nerves.get(seg.id, {}).get("carries", [])
            if seg.root or len(carried) == 1:
                r = seg.root or carried[0]
                return PickResult("root", r, seg.side, point, nerve=seg.id, roots=(r,))
            return PickResult("nerve", seg.id, seg.side, point, nerve=seg.id, roots=tuple(carried))
        if name and name.startswith("shape."):
            sh, _ = self._shape_actor[name]
            return PickResult("site", sh.site, sh.side, point)
        if name == "discs":
            lvl = self._disc_levels[int(self._disc_level_of_point[self.meshes["discs"].faces.reshape(-1, 4)[cell, 1]])]
            cands = [s for s, d in self.knowledge.sites.items() if d.get("level") == lvl and d.get("kind") == "paracentral"]
            cands = cands or [s for s, d in self.knowledge.sites.items() if d.get("level") == lvl]
            return PickResult("site", cands[0] if cands else None, side, point)
        if name == "skin":
            return self.lookup_skin(point)
        return PickResult(None, point=point)

    def lookup_skin(self, point) -> PickResult:
        """Regions and candidate roots (current map) at a skin point."""
        if self.skin_painter is None:
            return PickResult("skin", None, None, tuple(point))
        pts = self.skin_painter.points
        v = int(np.argmin(np.linalg.norm(np.asarray(pts) - np.asarray(point), axis=1)))
        labels = self.atlas.skin_labels
        vside = str(np.asarray(labels["side"])[v])
        side = vside if vside in ("left", "right") else ("left" if point[0] >= 0 else "right")
        w = self.skin_painter.weights()
        regs = sorted(((float(w[(r, side)][v]), r) for r in self.knowledge.regions if (r, side) in w), reverse=True)
        regions = tuple(r for x, r in regs if x >= 0.3)
        roots: list[tuple[float, str]] = []
        st = self.state
        if st is not None and st.map in self.knowledge.maps:
            mw = self.knowledge.map_weights(st.map)
            for r, table in mw.items():
                s = sum(float(w[(reg, side)][v]) * wt for reg, wt in table.items() if (reg, side) in w)
                if s > 0.2:
                    roots.append((s, r))
        roots.sort(reverse=True)
        seg = str(np.asarray(labels["segment"])[v])
        return PickResult("skin", seg, side, tuple(float(c) for c in point), regions=regions,
                          roots=tuple(r for _, r in roots))

    def actor_ids(self) -> list[int]:
        """Addresses of every prop in the renderer (tests: apply adds none)."""
        props = self.renderer.GetViewProps()
        props.InitTraversal()
        return [id(props.GetNextProp()) for _ in range(props.GetNumberOfItems())]

    # ------------------------------------------------------------- output
    def screenshot(self, path, annotate: bool = True, size=(1920, 1080), scale: int = 1,
                   transparent: bool = False, force: bool = True):
        """Write an (annotated) PNG atomically; returns the path."""
        from footspine_viz.render.export import screenshot

        return screenshot(self, path, annotate=annotate, size=size, scale=scale,
                          transparent=transparent, force=force)

    def image(self, size=None, transparent: bool = False, annotate: bool = False, scale: int = 1) -> np.ndarray:
        """The current frame as an H x W x 3 (or 4) uint8 array."""
        from footspine_viz.render.export import render_image

        return render_image(self, size=size, transparent=transparent, annotate=annotate, scale=scale)

    def close(self) -> None:
        self.plotter.close()
