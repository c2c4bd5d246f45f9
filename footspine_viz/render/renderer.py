"""SceneRenderer: draws :class:`~footspine_viz.scene.frame.Frame` s with VTK, in place.

Every actor is built once from the scene geometry; showing a new view state
means ``describe()`` (pure, in the scene package) and then :meth:`draw`,
which only rewrites vertex colours, visibility, opacity, translations and
clipping planes. It never adds or removes an actor: on llvmpipe a frame costs
~60 ms while rebuilding actors costs far more (see
shared/data/rendering-notes.md), and a pick must feel instant. The renderer
knows nothing about roots, sites or maps.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from footspine_viz.render import vtkenv
from footspine_viz.render.meshes import DISPLAY_KEEP, display_arrays, merged, polydata
from footspine_viz.render.overlay import Captions
from footspine_viz.scene import paint
from footspine_viz.scene.cameras import preset
from footspine_viz.scene.describe import N_MARKS, describe
from footspine_viz.scene.frame import Frame
from footspine_viz.scene.geometry import SceneGeometry, anatomy_groups
from footspine_viz.scene.pick import PickResult, lookup_skin, pick_disc, pick_nerve, pick_shape
from footspine_viz.scene.state import VIEWS, ViewState
from footspine_viz.scene.theme import THEMES, rgb

vtkenv.configure()

__all__ = ["PickResult", "SceneRenderer"]

BONE_LOOK = dict(smooth_shading=True, specular=0.25, specular_power=18, diffuse=0.85, ambient=0.12)


class SceneRenderer:
    """Draws view states. Build once, then ``apply`` / ``pick`` / ``screenshot``.

    Parameters
    ----------
    atlas, kb
        The anatomy atlas and knowledge base (loaded when None); or pass a
        prepared ``geometry`` (:class:`SceneGeometry`) to share it.
    plotter
        An existing pyvista Plotter to draw into, or None.
    size
        Window size in pixels.
    theme
        ``"calm"`` (dark gradient) or ``"clinical"`` (light).
    """

    def __init__(
        self,
        atlas: Any = None,
        kb: Any = None,
        plotter: Any = None,
        size=(1280, 800),
        off_screen: bool = True,
        theme: str = "calm",
        state: ViewState | None = None,
        geometry: SceneGeometry | None = None,
    ) -> None:
        import pyvista as pv

        if theme not in THEMES:
            from footspine_viz.model.ids import unknown

            raise unknown("theme", theme, THEMES)
        self.theme_name = theme
        self.theme = THEMES[theme]
        self.geometry = geo = geometry or SceneGeometry.build(atlas, kb)
        self.atlas, self.kb = geo.atlas, geo.kb
        self.landmarks = geo.landmarks
        self.segments = geo.segments

        pv.global_theme.anti_aliasing = None
        pv.global_theme.multi_samples = 0
        if plotter is None:
            plotter = pv.Plotter(
                off_screen=off_screen, window_size=list(size), lighting="light kit"
            )
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
        self._build_anatomy()
        self._build_nerves()
        self._build_shapes()
        self._build_marks()
        self.captions = Captions(self)
        self._build_picker()
        self.frame: Frame | None = None
        self.view: str | None = None
        self._disc_points0: np.ndarray | None = None
        self._folded: set[str] = set()
        self._clip_key: tuple | None = None
        self.apply(state or ViewState())

    # ------------------------------------------------------------------ build
    def _add(self, name: str, mesh, **kw):
        # Normals are computed once here; letting pyvista smooth-shade would
        # re-run its normals filter on every recolour (the mesh looks modified).
        smooth = kw.pop("smooth_shading", False)
        if smooth and mesh.n_cells:
            mesh = mesh.compute_normals(
                cell_normals=False,
                split_vertices=False,
                consistent_normals=False,
                auto_orient_normals=False,
            )
        actor = self.plotter.add_mesh(
            mesh, name=name, reset_camera=False, smooth_shading=False, **kw
        )
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
        th = self.theme
        for name, items in anatomy_groups(self.atlas).items():
            pts, fcs = merged(items)
            if name in ("bones", "spine"):
                mesh = polydata(*display_arrays(pts, fcs, DISPLAY_KEEP[name]))
                self._add(name, mesh, color=th.spine if name == "spine" else th.bone, **BONE_LOOK)
            elif name.startswith("vertebra."):
                self._add(name, polydata(pts, fcs), color=th.spine, **BONE_LOOK)
            elif name == "discs":
                m = polydata(pts, fcs)
                self._disc_level_of_point = np.concatenate(
                    [np.full(len(s.points), s.id.split(".", 1)[1]) for s in items]
                )
                m.point_data["rgb"] = np.tile(
                    (rgb(th.disc) * 255).astype(np.uint8), (m.n_points, 1)
                )
                self._add("discs", m, scalars="rgb", rgb=True, smooth_shading=True, specular=0.3)
            elif name == "dural-sac":
                self._add(name, polydata(pts, fcs), color=th.sac, opacity=0.45, smooth_shading=True)
            elif name == "skin":
                # Drawn decimated (half the triangles); colours are computed on the
                # atlas's full skin and carried over by each display vertex's nearest
                # full vertex, so painting, lookup and tests all use the full mesh.
                from scipy.spatial import cKDTree

                m = polydata(*display_arrays(pts, fcs, DISPLAY_KEEP["skin"]))
                self._skin_map = cKDTree(np.asarray(pts)).query(np.asarray(m.points))[1]
                m.point_data["rgb"] = np.tile(
                    (np.r_[rgb(th.skin), 0.35] * 255).astype(np.uint8), (m.n_points, 1)
                )
                self._add(
                    "skin",
                    m,
                    scalars="rgb",
                    rgb=True,
                    smooth_shading=True,
                    specular=0.08,
                    diffuse=0.9,
                    ambient=0.12,
                )
                # Only the skin's outer face is drawn: with no depth peeling this keeps
                # the far side of a limb from blending over the near side (and halves
                # the skin's cost); a clipped limb then shows no inside wall either.
                self.actors["skin"].GetProperty().BackfaceCullingOn()

    def _build_nerves(self) -> None:
        t = self.geometry.tubes
        m = polydata(t.points, t.faces)
        m.point_data["rgb"] = np.tile(
            (rgb(self.theme.nerve) * 255).astype(np.uint8), (m.n_points, 1)
        )
        self._add(
            "nerves",
            m,
            scalars="rgb",
            rgb=True,
            smooth_shading=True,
            specular=0.35,
            specular_power=20,
            ambient=0.15,
        )

    def _build_shapes(self) -> None:
        self._shape_index: dict[str, int] = {}
        for k, sh in enumerate(self.geometry.shapes):
            pts, fcs = self.geometry.shape_mesh(k)
            if sh.kind == "slip" or not len(
                fcs
            ):  # a slip moves a vertebra; it has no mesh of its own
                continue
            name = f"shape.{sh.key}.{k}"
            bony = bool(sh.tint) and sh.tint[0][0] == "spine"
            actor = self._add(
                name,
                polydata(pts, fcs),
                color=self.theme.pathology,
                smooth_shading=True,
                specular=0.25 if bony else 0.4,
            )
            actor.SetVisibility(False)
            self._shape_index[name] = k

    def _build_marks(self) -> None:
        """A fixed pool of markers for the skin points the user marked (ViewState.marks)."""
        import pyvista as pv

        for i in range(N_MARKS):
            dot = pv.Sphere(radius=0.006, theta_resolution=16, phi_resolution=12)
            actor = self._add(
                f"mark.{i}", dot, color=self.theme.marker, smooth_shading=True, specular=0.5
            )
            actor.SetVisibility(False)

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

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> ViewState | None:
        """The view state last drawn."""
        return self.frame.state if self.frame is not None else None

    @property
    def labels(self):
        return self.frame.labels if self.frame is not None else ()

    def check(self, state: ViewState) -> ViewState:
        """``state`` with its ids checked against the knowledge base (UserError)."""
        from footspine_viz.scene.describe import check

        return check(self.geometry, state)

    def describe(self, state: ViewState) -> Frame:
        """The scene description of ``state`` in this renderer's theme."""
        return describe(self.geometry, state, self.theme_name)

    def apply(self, state: ViewState) -> Frame:
        """Describe ``state`` and draw it; returns the frame."""
        frame = self.describe(state)
        self.draw(frame)
        return frame

    def draw(self, frame: Frame) -> None:
        """Show ``frame``: recolour, toggle and move existing actors in place."""
        prev = self.frame
        self.frame = frame
        geo = self.geometry
        self._set_rgb("nerves", paint.nerve_rgb(geo, frame))
        if "skin" in self.actors:
            self._set_rgb("skin", paint.skin_rgba(geo, frame)[self._skin_map])
        if "discs" in self.actors:
            self._set_rgb("discs", paint.disc_rgb(frame, self._disc_level_of_point))
            self._fold_discs(set(frame.disc_hidden))
        for name, actor in self.actors.items():
            part = frame.parts.get(name)
            if part is None:
                continue
            actor.SetVisibility(part.visible)
            actor.SetPosition(*part.shift)
            if name.startswith("shape.") and part.rgb is not None:
                actor.GetProperty().SetColor(*part.rgb)
                actor.GetProperty().SetOpacity(part.opacity)
            if name == "skin":
                actor.GetProperty().SetOpacity(1.0)  # per-vertex alpha carries the opacity
        # No depth peeling: the skin is the only translucent surface and is one
        # colour per area, so plain blending looks the same and frames cost a
        # third (measured 1290 ms with 4 peels vs 367 ms without, loaded machine).
        if prev is None or frame.view != self.view or frame.camera_side != prev.camera_side:
            self.set_view(frame.view, frame.camera_side)
        self.captions.place()

    def _fold_discs(self, levels: set[str]) -> None:
        """Leave out disc levels a shape replaces: their vertices fold onto their centre, in place."""
        mesh = self.meshes["discs"]
        if self._disc_points0 is None:
            self._disc_points0 = np.array(mesh.points, copy=True)
        if levels == self._folded:
            return
        pts = self._disc_points0.copy()
        for lvl in levels:
            sel = self._disc_level_of_point == lvl
            if sel.any():
                pts[sel] = pts[sel].mean(axis=0)
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

    # ------------------------------------------------------------- camera
    def set_view(self, name: str, side: str | None = None) -> None:
        """Move the camera to preset ``name`` (see footspine_viz.scene.state.VIEWS)."""
        if name not in VIEWS:
            from footspine_viz.model.ids import unknown

            raise unknown("view", name, VIEWS)
        side = side or (self.frame.camera_side if self.frame else "left")
        w, hgt = self.plotter.window_size
        cam_p = preset(name, self.landmarks, self.geometry.bounds, side, w / max(hgt, 1))
        cam = self.renderer.GetActiveCamera()
        cam.SetPosition(*cam_p.position)
        cam.SetFocalPoint(*cam_p.focal)
        cam.SetViewUp(*cam_p.up)
        cam.SetViewAngle(cam_p.angle)
        self.renderer.camera_set = True  # else pyvista resets to isometric on first render
        self.view = name
        self._set_clips(cam_p.clips)
        self.renderer.ResetCameraClippingRange()

    def _set_clips(self, clips) -> None:
        """Cut-away planes of the current view on every 3D actor's mapper."""
        from vtkmodules.vtkCommonDataModel import vtkPlane

        key = tuple((tuple(o), tuple(n)) for o, n in clips)
        if key == self._clip_key:
            return
        self._clip_key = key
        planes = []
        for o, n in clips:
            pl = vtkPlane()
            pl.SetOrigin(*o)
            pl.SetNormal(*n)
            planes.append(pl)
        for actor in self.actors.values():
            mapper = actor.GetMapper()
            mapper.RemoveAllClippingPlanes()
            for pl in planes:
                mapper.AddClippingPlane(pl)

    def camera_position(self) -> np.ndarray:
        return np.asarray(self.renderer.GetActiveCamera().GetPosition(), dtype=float)

    # ------------------------------------------------------------- render & pick
    def render(self) -> None:
        """Draw one frame now (pyvista's own render() is a no-op before show())."""
        self.renderer.ResetCameraClippingRange()
        self.plotter.ren_win.Render()

    def grab(self, transparent: bool = False) -> np.ndarray:
        """Render and read back the frame: H x W x 3 (or 4 with transparency) uint8."""
        from vtkmodules.util.numpy_support import vtk_to_numpy
        from vtkmodules.vtkRenderingCore import vtkWindowToImageFilter

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
        _, hgt = self.plotter.window_size
        for p in np.atleast_2d(pts):
            ren.SetWorldPoint(float(p[0]), float(p[1]), float(p[2]), 1.0)
            ren.WorldToDisplay()
            x, y, z = ren.GetDisplayPoint()
            out.append((x, hgt - y, z))
        return np.array(out)

    def pick(self, x: float, y: float) -> PickResult:
        """What is under pixel (x, y) (origin top-left, like image rows)."""
        _, hgt = self.plotter.window_size
        st = self.state
        # through an x-ray skin (the overview presets) a visible nerve wins;
        # on a nearly opaque skin (the foot presets) the skin in front does
        xray = st is None or "skin" not in st.layers or st.skin_opacity < 0.5
        picker = self.picker
        if xray and self.structure_picker.Pick(float(x), float(hgt - y), 0.0, self.renderer):
            picker = self.structure_picker
        elif not self.picker.Pick(float(x), float(hgt - y), 0.0, self.renderer):
            return PickResult(None)
        name = self._actor_name.get(id(picker.GetActor()))
        cell = picker.GetCellId()
        px, py, pz = picker.GetPickPosition()
        point = (float(px), float(py), float(pz))
        geo = self.geometry
        if name == "nerves":
            return pick_nerve(geo, geo.tubes.segment_of_face[cell], point)
        if name in self._shape_index:
            return pick_shape(geo, self._shape_index[name], point)
        if name == "discs":
            first = self.meshes["discs"].faces.reshape(-1, 4)[cell, 1]
            return pick_disc(geo, str(self._disc_level_of_point[first]), point)
        if name == "skin":
            return lookup_skin(geo, point, st.map if st is not None else None)
        return PickResult(None, point=point)

    def lookup_skin(self, point) -> PickResult:
        """Regions and candidate roots (current map) at a skin point."""
        st = self.state
        return lookup_skin(self.geometry, point, st.map if st is not None else None)

    def actor_ids(self) -> list[int]:
        """Addresses of every prop in the renderer (tests: apply adds none)."""
        props = self.renderer.GetViewProps()
        props.InitTraversal()
        return [id(props.GetNextProp()) for _ in range(props.GetNumberOfItems())]

    # ------------------------------------------------------------- output
    def screenshot(
        self,
        path,
        annotate: bool = True,
        size=(1920, 1080),
        scale: int = 1,
        transparent: bool = False,
        force: bool = True,
    ):
        """Write an (annotated) PNG atomically; returns the path."""
        from footspine_viz.render.export import screenshot

        return screenshot(
            self,
            path,
            annotate=annotate,
            size=size,
            scale=scale,
            transparent=transparent,
            force=force,
        )

    def image(
        self, size=None, transparent: bool = False, annotate: bool = False, scale: int = 1
    ) -> np.ndarray:
        """The current frame as an H x W x 3 (or 4) uint8 array."""
        from footspine_viz.render.export import render_image

        return render_image(
            self, size=size, transparent=transparent, annotate=annotate, scale=scale
        )

    def close(self) -> None:
        self.plotter.close()
