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

#: Share of the atlas mesh's triangles the coarse (moving) copies keep.
COARSE_KEEP = {
    "skin": 0.05,
    "bones": 0.04,
    "spine": 0.07,
    "vertebra.L4": 0.2,
    "vertebra.L5": 0.2,
    "discs": 0.25,
    "dural-sac": 0.25,
}
#: The coarse nerve tubes: sides of the swept circle and samples per metre.
COARSE_TUBE_SIDES = 4
COARSE_TUBE_SAMPLES_PER_M = 50.0


def _decimated(points: np.ndarray, faces: np.ndarray, keep: float) -> tuple[np.ndarray, np.ndarray]:
    """The renderer's cached decimation; where it cannot reduce a mesh (the dural sac), VTK's
    topology-preserving decimate_pro."""
    from footspine_viz.render.meshes import display_arrays, polydata

    pts, fcs = display_arrays(points, faces, keep)
    if len(fcs) > 1.5 * keep * len(faces):
        d = polydata(points, faces).decimate_pro(1.0 - keep, preserve_topology=True)
        pts, fcs = (
            np.asarray(d.points, dtype=np.float32),
            d.faces.reshape(-1, 4)[:, 1:].astype(np.int32),
        )
    return pts, fcs


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
            entry: dict[str, Any] = {
                "points": np.asarray(pts, dtype=np.float32),
                "faces": np.asarray(fcs),
            }
            if name == "discs":
                levels = np.concatenate(
                    [np.full(len(s.points), s.id.split(".", 1)[1]) for s in items]
                )
                entry["level"] = np.array(
                    [self.geo.disc_levels.index(lv) for lv in levels], dtype=np.uint8
                )
            out[name] = entry
        t = self.geo.tubes
        out["nerves"] = {
            "points": t.points,
            "faces": t.faces,
            "segment": t.segment_of_point.astype(np.uint8),
            "arc": np.asarray(t.arc_of_point, dtype=np.float32),
        }
        for k, sh in enumerate(self.geo.shapes):
            pts, fcs = self.geo.shape_mesh(k)
            if sh.kind != "slip" and len(fcs):
                out[f"shape.{sh.key}.{k}"] = {
                    "points": np.asarray(pts, dtype=np.float32),
                    "faces": fcs,
                }
        return out

    def coarse_meshes(self, full: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """Coarse copies the page draws while the view moves (and for its first image).

        A software-rendering browser spends about a millisecond per thousand
        triangles; a drag at 30 frames a second needs the scene at about a
        sixth of its display size. Each copy is decimated from the atlas mesh
        (``COARSE_KEEP`` of its triangles); a coarse skin vertex names the
        nearest display-skin vertex (``source``), whose colour it takes, and a
        coarse disc vertex the level of its nearest display vertex; the nerve
        tubes are swept again with fewer sides and samples, with their own
        segment and arc per vertex.
        """
        from scipy.spatial import cKDTree

        from footspine_viz.render.meshes import merged
        from footspine_viz.scene.geometry import anatomy_groups, resample
        from footspine_viz.scene.nerves import build_tubes

        out: dict[str, dict[str, Any]] = {}
        for name, items in anatomy_groups(self.geo.atlas).items():
            if name not in COARSE_KEEP or name not in full:
                continue
            pts, fcs = _decimated(*merged(items), COARSE_KEEP[name])
            entry: dict[str, Any] = {
                "points": np.asarray(pts, dtype=np.float32),
                "faces": np.asarray(fcs),
            }
            if name in ("skin", "discs"):  # coloured per vertex: from the nearest display vertex
                src = cKDTree(np.asarray(full[name]["points"])).query(np.asarray(pts))[1]
                if name == "skin":
                    dtype = np.uint16 if len(full[name]["points"]) < 65536 else np.uint32
                    entry["source"] = src.astype(dtype)
                else:
                    entry["level"] = np.asarray(full[name]["level"])[src]
            out[f"coarse:{name}"] = entry
        t = build_tubes(
            resample(self.geo.segments, COARSE_TUBE_SAMPLES_PER_M), sides=COARSE_TUBE_SIDES
        )
        out["coarse:nerves"] = {
            "points": t.points,
            "faces": t.faces,
            "segment": t.segment_of_point.astype(np.uint8),
            "arc": np.asarray(t.arc_of_point, dtype=np.float32),
        }
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
        if self.geo.painter is None:
            raise ValueError("the scene has no skin painter: the atlas has no skin")
        w = self.geo.painter.weights()
        return {k: np.asarray(v, dtype=np.float32)[self.skin_map] for k, v in w.items()}

    def regions(self) -> list[str]:
        return list(self.kb.regions)

    def skin_sides(self) -> np.ndarray:
        """Side of each display skin vertex: 0 left, 1 right, 2 midline."""
        side = np.asarray(self.geo.skin_side).astype(str)[self.skin_map]
        return np.select([side == "left", side == "right"], [0, 1], 2).astype(np.uint8)

    def spot_sets(self) -> tuple[list[tuple[str, ...]], np.ndarray]:
        """What a tap on each display-skin vertex asks about, enumerated.

        ``scene.pick.lookup_skin``'s rule on the display skin: the regions
        weighing at least ``REGION_MIN`` on the vertex's side, heaviest first
        (a midline vertex takes the side of the tapped point, so it gets one
        set for a tap left of the midline and one for the right). Returns the
        distinct sets and a (2, n) uint16 array: set index per vertex for a
        tap on the left (row 0) and on the right (row 1).
        """
        from footspine_viz.scene.pick import spot_regions

        w = self.region_weights()
        regs = self.regions()
        vside = self.skin_sides()
        sets: dict[tuple[str, ...], int] = {}
        ids = np.zeros((2, len(vside)), dtype=np.uint16)
        per_side = {s: np.stack([w[(r, s)] for r in regs], axis=1) for s in ("left", "right")}
        for row, tap in enumerate(("left", "right")):
            for v, code in enumerate(vside):
                side = ("left", "right")[code] if code < 2 else tap
                wv = per_side[side][v]
                key = spot_regions(self.kb, {regs[i]: float(wv[i]) for i in np.nonzero(wv > 0)[0]})
                ids[row, v] = sets.setdefault(key, len(sets))
        if len(sets) >= 65536:
            raise ValueError(f"{len(sets)} region sets do not fit in uint16")
        return list(sets), ids

    def stripes(self) -> np.ndarray:
        """The pain layer's stripe pattern per display skin vertex (0/1)."""
        return np.asarray(self.geo.stripes)[self.skin_map].astype(np.uint8)

    # ------------------------------------------------------------ state
    def describe(self, state: Any) -> Any:
        from footspine_viz.scene.describe import describe

        return describe(self.geo, state)
