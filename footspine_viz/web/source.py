"""Where the browser build reads the scene from: the pure scene description.

The geometry comes from :class:`~footspine_viz.scene.geometry.SceneGeometry`
and the display meshes from the same decimation the VTK renderer draws
(:func:`footspine_viz.render.meshes.display_arrays`, cached on disk), so the
page and the pictures show the same surfaces; every per-state value comes
from :func:`~footspine_viz.scene.describe.describe` and the presenter.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np


class SceneSource:
    """The scene geometry and its description, read once for the build."""

    def __init__(self, atlas: Any = None, kb: Any = None, geometry: Any = None) -> None:
        from footspine_viz.scene.geometry import SceneGeometry

        self.geo = geometry or SceneGeometry.build(atlas, kb)
        self.kb = self.geo.kb

    def close(self) -> None:
        pass

    # ------------------------------------------------------------ geometry
    def meshes(self) -> dict[str, dict[str, Any]]:
        """Drawable id (as frames name them) -> {points, faces, extra per-vertex arrays}."""
        from footspine_viz.render.meshes import DISPLAY_KEEP, display_arrays, merged
        from footspine_viz.scene.geometry import anatomy_groups

        out: dict[str, dict[str, Any]] = {}
        for name, items in anatomy_groups(self.geo.atlas).items():
            pts, fcs = merged(items)
            if name in DISPLAY_KEEP:
                pts, fcs = display_arrays(pts, fcs, DISPLAY_KEEP[name])
            entry: dict[str, Any] = {"points": np.asarray(pts, dtype=np.float32), "faces": np.asarray(fcs)}
            if name == "discs":
                levels = np.concatenate([np.full(len(s.points), s.id.split(".", 1)[1]) for s in items])
                entry["level"] = np.array([self.geo.disc_levels.index(lv) for lv in levels], dtype=np.uint8)
            out[name] = entry
        t = self.geo.tubes
        out["nerves"] = {"points": t.points, "faces": t.faces,
                         "segment": t.segment_of_point.astype(np.uint8),
                         "arc": np.asarray(t.arc_of_point, dtype=np.float32)}
        for k, sh in enumerate(self.geo.shapes):
            pts, fcs = self.geo.shape_mesh(k)
            if sh.kind != "slip" and len(fcs):
                out[f"shape.{sh.key}.{k}"] = {"points": np.asarray(pts, dtype=np.float32), "faces": fcs}
        return out

    @cached_property
    def skin_map(self) -> np.ndarray:
        """Display-skin vertex -> nearest full-skin vertex (the renderer's own rule)."""
        from scipy.spatial import cKDTree

        from footspine_viz.render.meshes import DISPLAY_KEEP, display_arrays

        pts, _ = display_arrays(self.geo.skin_points, self.geo.skin_faces, DISPLAY_KEEP["skin"])
        return np.asarray(cKDTree(self.geo.skin_points).query(np.asarray(pts))[1], dtype=np.int64)

    def region_weights(self) -> dict[tuple[str, str], np.ndarray]:
        """(region, side) -> weight per *display* skin vertex (float32)."""
        w = self.geo.painter.weights()
        return {k: np.asarray(v, dtype=np.float32)[self.skin_map] for k, v in w.items()}

    def regions(self) -> list[str]:
        return list(self.kb.regions)

    def skin_sides(self) -> np.ndarray:
        """Side of each display skin vertex: 0 left, 1 right, 2 midline."""
        side = np.asarray(self.geo.skin_side).astype(str)[self.skin_map]
        return np.select([side == "left", side == "right"], [0, 1], 2).astype(np.uint8)

    def stripes(self) -> np.ndarray:
        """The pain layer's stripe pattern per display skin vertex (0/1)."""
        return np.asarray(self.geo.stripes)[self.skin_map].astype(np.uint8)

    # ------------------------------------------------------------ state
    def describe(self, state: Any) -> Any:
        from footspine_viz.scene.describe import describe

        return describe(self.geo, state)
