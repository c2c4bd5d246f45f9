"""Where the browser build reads the scene from: one place to swap.

Until the pure scene description (``footspine_viz.scene.geometry`` /
``describe``) is on main, the build reads the geometry and the highlight rules
from a built :class:`~footspine_viz.render.SceneRenderer` (off-screen, tiny
window): its display meshes, nerve tubes, pathology shapes, region painter and
``compute_highlight``. Nothing is recomputed here; every array below is the
renderer's own, so the page draws what the pictures draw.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np


class SceneSource:
    """The scene as the VTK renderer holds it, read once for the build."""

    def __init__(self, atlas: Any = None, kb: Any = None) -> None:
        from footspine_viz.render import SceneRenderer

        self.r = SceneRenderer(atlas, kb, size=(320, 200), off_screen=True)
        self.kb = self.r.kb
        self.kn = self.r.knowledge

    def close(self) -> None:
        self.r.close()

    # ------------------------------------------------------------ geometry
    def meshes(self) -> dict[str, dict[str, Any]]:
        """Drawable id -> {points, faces, extra per-vertex arrays}."""
        r = self.r
        out: dict[str, dict[str, Any]] = {}

        def tri(name: str) -> tuple[np.ndarray, np.ndarray]:
            m = r.meshes[name]
            return np.asarray(m.points, dtype=np.float32), m.faces.reshape(-1, 4)[:, 1:].astype(np.int64)

        for name in ("skin", "bones", "spine", "vertebra.L4", "vertebra.L5", "dural-sac"):
            if name in r.meshes:
                p, f = tri(name)
                out[name] = {"points": p, "faces": f}
        if "discs" in r.meshes:
            p, f = tri("discs")
            out["discs"] = {"points": p, "faces": f, "level": r._disc_level_of_point.astype(np.uint8)}
        p, f = tri("nerves")
        out["nerves"] = {
            "points": p,
            "faces": f,
            "segment": r.tubes.segment_of_point.astype(np.uint8),
            # arc fraction as the renderer holds it: highlight starts compare against it
            "arc": np.asarray(r.tubes.arc_of_point, dtype=np.float32),
        }
        for name, (sh, _actor) in r._shape_actor.items():
            p, f = tri(name)
            out[f"shape.{sh.key}"] = {"points": p, "faces": f}
        return out

    @cached_property
    def skin_map(self) -> np.ndarray:
        """Display-skin vertex -> nearest full-skin vertex (the renderer's own map)."""
        return np.asarray(self.r._skin_map, dtype=np.int64)

    def region_weights(self) -> dict[tuple[str, str], np.ndarray]:
        """(region, side) -> weight per *display* skin vertex (float32)."""
        w = self.r.skin_painter.weights()
        return {k: np.asarray(v, dtype=np.float32)[self.skin_map] for k, v in w.items()}

    def skin_sides(self) -> np.ndarray:
        """Side of each display skin vertex: 0 left, 1 right, 2 midline."""
        side = np.asarray(self.r.atlas.skin_labels["side"]).astype(str)[self.skin_map]
        return np.select([side == "left", side == "right"], [0, 1], 2).astype(np.uint8)

    def stripes(self) -> np.ndarray:
        """The pain layer's stripe pattern per display skin vertex (0/1)."""
        return np.asarray(self.r._stripes, dtype=np.float32)[self.skin_map].astype(np.uint8)

    def shapes(self) -> list[Any]:
        return list(self.r.shapes)

    def segments(self) -> list[Any]:
        return list(self.r.segments)

    def disc_levels(self) -> list[str]:
        return list(self.r._disc_levels)

    def scene_bounds(self) -> tuple[float, ...]:
        return tuple(float(v) for v in self.r.scene_bounds())

    def landmarks(self) -> dict[str, np.ndarray]:
        return self.r.landmarks

    def theme(self) -> Any:
        return self.r.theme

    # ------------------------------------------------------------ state
    def highlight(self, state: Any) -> Any:
        """What ``state`` lights up (the renderer's rule: nerves from start arcs, roots, nerves)."""
        return self.r.compute_highlight(self.r.check(state))

    def labels(self, state: Any) -> list[Any]:
        """Labels for ``state`` (the scene's labels_for on the renderer's segments)."""
        from footspine_viz.scene import labels as scene_labels

        state = self.r.check(state)
        self.r.state = state
        self.r.highlight = self.highlight(state)
        return scene_labels.labels_for(self.r, state)

    def describe(self, state: Any) -> dict[str, Any]:
        """Title, subtitle, legend, caption and banner of ``state``'s picture."""
        from footspine_viz.render.export import describe

        state = self.r.check(state)
        self.r.state = state
        self.r.highlight = self.highlight(state)
        return describe(self.r, state)
