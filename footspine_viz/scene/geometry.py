"""The scene's geometry: everything every face draws, derived once from the atlas.

:class:`SceneGeometry` holds what does not depend on the view state: nerve
centrelines per segment and side (pushed out of bone), their tubes (one mesh
whose vertices know their segment and arc fraction), the skin with its
per-region weights (the dermatome painter), pathology shapes, and the disc
level of every disc. It is pure numpy: the VTK renderer and the browser build
both draw from it, so the two cannot disagree about where a nerve runs or
which skin belongs to which root.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from footspine_viz.scene.dermatomes import RegionPainter
from footspine_viz.scene.nerves import (
    NerveSegment,
    TubeMesh,
    build_tubes,
    paths_hash,
    resolve_segments,
)
from footspine_viz.scene.pathology import Shape, site_shapes

#: Nerve tubes: sides of the swept circle and samples per metre (about 4 mm
#: steps): smooth at clinic-screen size, about 40k triangles in all.
TUBE_SIDES = 10
TUBE_SAMPLES_PER_M = 250.0


def vertex_normals(points: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Unit vertex normals: the mean of the unit normals of the faces around each vertex."""
    p = np.asarray(points, dtype=float)
    f = np.asarray(faces, dtype=np.int64)
    fn = np.cross(p[f[:, 1]] - p[f[:, 0]], p[f[:, 2]] - p[f[:, 0]])
    fn /= np.maximum(np.linalg.norm(fn, axis=1, keepdims=True), 1e-30)
    vn = np.zeros_like(p)
    for k in range(3):
        np.add.at(vn, f[:, k], fn)
    out: np.ndarray = vn / np.maximum(np.linalg.norm(vn, axis=1, keepdims=True), 1e-30)
    return out


def resample(segments: list[NerveSegment], per_m: float) -> list[NerveSegment]:
    """Segments with their centrelines resampled to ``per_m`` points per metre."""
    out = []
    for seg in segments:
        c = seg.curve
        d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(c, axis=0), axis=1))]
        n = max(6, int(d[-1] * per_m))
        t = np.linspace(0.0, d[-1], n)
        out.append(
            dataclasses.replace(
                seg, curve=np.stack([np.interp(t, d, c[:, j]) for j in range(3)], axis=1)
            )
        )
    return out


def _regions_hash(regions: Mapping[str, Any]) -> str:
    import json

    blob = json.dumps(
        {k: _plain(v) for k, v in regions.items()}, sort_keys=True, default=str
    ).encode()
    return hashlib.sha1(blob).hexdigest()[:12]


def _plain(obj: Any) -> Any:
    if isinstance(obj, Mapping):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


@dataclass
class SceneGeometry:
    """Geometry shared by every face; build with :meth:`build`.

    Attributes
    ----------
    landmarks
        World landmarks (metres) by atlas name (``medial-malleolus.left``).
    segments
        Nerve centrelines per segment and side; ``segments[k].key`` is
        ``<segment id>.<side>``.
    tubes
        All nerve tubes as one mesh (``segment_of_point`` indexes ``segments``).
    skin_points, skin_faces, skin_normals
        The atlas's full skin (colours are computed on it).
    skin_side, skin_segment
        Per skin vertex: ``left``/``right``/``mid`` and the body segment label.
    painter
        Region weights per skin vertex (None when the atlas has no skin labels).
    shapes
        Pathology shapes of every site and side.
    disc_levels
        Disc level ids (``L4-L5``) in the order of the atlas's disc structures.
    bounds
        (xmin, xmax, ymin, ymax, zmin, zmax) of skin and bones, for camera fits.
    """

    atlas: Any
    kb: Any
    landmarks: dict[str, np.ndarray]
    segments: list[NerveSegment]
    tubes: TubeMesh
    skin_points: np.ndarray
    skin_faces: np.ndarray
    skin_normals: np.ndarray
    skin_side: np.ndarray
    skin_segment: np.ndarray
    painter: RegionPainter | None
    shapes: list[Shape]
    disc_levels: list[str]
    bounds: tuple[float, float, float, float, float, float]
    stripes: np.ndarray
    seg_index: dict[str, int] = field(default_factory=dict)
    _fields: dict[tuple[str, str, tuple[str, ...]], np.ndarray] = field(
        default_factory=dict, repr=False
    )
    _map_weights: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict, repr=False)
    _shape_meshes: dict[int, tuple[np.ndarray, np.ndarray]] = field(
        default_factory=dict, repr=False
    )
    #: Results derived from this geometry and remembered by the scene (see describe.highlight).
    memo: dict[str, dict[Any, Any]] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ build
    @classmethod
    def build(cls, atlas: Any = None, kb: Any = None) -> SceneGeometry:
        """Derive the geometry from an atlas and a knowledge base (loaded when None)."""
        if atlas is None:
            from footspine_viz.atlas import load_atlas

            atlas = load_atlas(progress=False)
        if kb is None:
            from footspine_viz.model import load_knowledge

            kb = load_knowledge()
        landmarks = {k: np.asarray(v, dtype=float) for k, v in atlas.landmarks.items()}
        segments = _fitted_segments(atlas, kb, landmarks)
        tubes = build_tubes(resample(segments, TUBE_SAMPLES_PER_M), sides=TUBE_SIDES)
        st = atlas.structures
        if "skin" in st:
            sp = np.asarray(st["skin"].points, dtype=float)
            sf = np.asarray(st["skin"].faces, dtype=np.int64)
        else:  # pragma: no cover - every atlas build has a skin
            sp, sf = np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)
        labels = getattr(atlas, "skin_labels", None)
        painter = None
        if labels is not None and len(sp):
            regions = {rid: {"rule": _plain(rec.rule)} for rid, rec in kb.regions.items()}
            painter = RegionPainter(sp, sf, labels, landmarks, regions, _regions_hash(regions))
        n = len(sp)
        side = np.asarray(labels["side"]).astype(str) if labels is not None else np.full(n, "mid")
        seg = (
            np.asarray(labels["segment"]).astype(str) if labels is not None else np.full(n, "other")
        )
        # stripes of the pain layer (kept apart from the dermatome colours)
        stripes = (np.sin((sp[:, 0] * 0.6 + sp[:, 2]) * 2 * np.pi / 0.012) > 0.0).astype(np.float32)
        pts = [np.asarray(s.points) for s in st.values() if s.kind in ("bone", "skin")]
        allp = np.vstack(pts) if pts else np.zeros((1, 3))
        lo, hi = allp.min(axis=0), allp.max(axis=0)
        bounds = (
            float(lo[0]),
            float(hi[0]),
            float(lo[1]),
            float(hi[1]),
            float(lo[2]),
            float(hi[2]),
        )
        geo = cls(
            atlas=atlas,
            kb=kb,
            landmarks=landmarks,
            segments=segments,
            tubes=tubes,
            skin_points=sp,
            skin_faces=sf,
            skin_normals=vertex_normals(sp, sf) if n else sp,
            skin_side=side,
            skin_segment=seg,
            painter=painter,
            shapes=site_shapes(kb, landmarks, segments),
            disc_levels=sorted(s.id.split(".", 1)[1] for s in st.values() if s.kind == "disc"),
            bounds=bounds,
            stripes=stripes,
        )
        geo.seg_index = {s.key: k for k, s in enumerate(segments)}
        return geo

    # ---------------------------------------------------------------- queries
    def segment(self, key: str) -> NerveSegment | None:
        """The segment ``<id>.<side>`` or None."""
        k = self.seg_index.get(key)
        return None if k is None else self.segments[k]

    def map_weights(self, map_id: str) -> dict[str, dict[str, float]]:
        """key (root or nerve) -> {region: weight} of one map, from the knowledge base."""
        if map_id not in self._map_weights:
            from footspine_viz.model import region_weights

            m = self.kb.maps[map_id]
            keys = list(
                {"root": self.kb.roots, "nerve": self.kb.segments, "site": self.kb.sites}[
                    m.keyed_by
                ]
            )
            out = {k: region_weights(self.kb, map_id, k) for k in keys}
            self._map_weights[map_id] = {k: dict(v) for k, v in out.items() if v}
        return self._map_weights[map_id]

    def field(self, map_id: str, key: str, sides: tuple[str, ...]) -> np.ndarray:
        """Per-skin-vertex weight (0..1, float32) of ``key`` under ``map_id`` on ``sides``."""
        ck = (map_id, key, tuple(sides))
        if ck not in self._fields:
            if self.painter is None:
                self._fields[ck] = np.zeros(len(self.skin_points), dtype=np.float32)
            else:
                self._fields[ck] = self.painter.field(self.map_weights(map_id), key, tuple(sides))
        return self._fields[ck]

    def shape_mesh(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Triangle mesh (points, faces) of ``shapes[index]`` (empty for a slip), cached."""
        if index not in self._shape_meshes:
            from footspine_viz.scene.pathology import shape_mesh

            self._shape_meshes[index] = shape_mesh(self.shapes[index], self.atlas.structures)
        return self._shape_meshes[index]

    def region_weights_at(self, vertex: int, side: str) -> dict[str, float]:
        """Weight of every region at one skin vertex on ``side``."""
        if self.painter is None:
            return {}
        w = self.painter.weights()
        return {r: float(w[(r, side)][vertex]) for r in self.kb.regions if (r, side) in w}

    def nearest_skin_vertex(self, point: Sequence[float] | np.ndarray) -> int:
        """Index of the skin vertex closest to a world point."""
        return int(
            np.argmin(np.linalg.norm(self.skin_points - np.asarray(point, dtype=float), axis=1))
        )


def _fitted_segments(
    atlas: Any, kb: Any, landmarks: Mapping[str, np.ndarray]
) -> list[NerveSegment]:
    """Nerve centrelines of the segments the knowledge base names, pushed out of bone (cached by inputs)."""
    from footspine_viz.scene.fit import keep_out_of_bone

    h = hashlib.sha1(paths_hash().encode())
    for sid in sorted(atlas.structures):
        s = atlas.structures[sid]
        if s.kind == "bone":
            h.update(np.ascontiguousarray(s.points, dtype=np.float32).tobytes())
    for k in sorted(landmarks):
        h.update(k.encode() + np.asarray(landmarks[k], dtype=np.float32).tobytes())
    h.update(",".join(sorted(kb.segments)).encode())
    fitted: list[NerveSegment] = keep_out_of_bone(
        resolve_segments(landmarks, known=set(kb.segments)),
        atlas.structures,
        cache_key=h.hexdigest()[:16],
    )
    return fitted


#: Bones drawn in the spine's colour, and the vertebrae a slip moves (drawn on their own).
SPINE_IDS = ("vertebra.L1", "vertebra.L2", "vertebra.L3", "sacrum", "coccyx")
MOVABLE = ("vertebra.L4", "vertebra.L5")


def anatomy_groups(atlas: Any) -> dict[str, list[Any]]:
    """Atlas structures per drawable: ``bones``, ``spine``, ``vertebra.L4``, ``vertebra.L5``,
    ``discs`` (sorted by id), ``dural-sac``, ``skin``. Every face draws these same groups."""
    groups: dict[str, list[Any]] = {"bones": [], "spine": []}
    for sid, s in atlas.structures.items():
        if s.kind == "bone":
            key = sid if sid in MOVABLE else ("spine" if sid in SPINE_IDS else "bones")
            groups.setdefault(key, []).append(s)
    discs = sorted((s for s in atlas.structures.values() if s.kind == "disc"), key=lambda s: s.id)
    if discs:
        groups["discs"] = discs
    for sid in ("dural-sac", "skin"):
        if sid in atlas.structures:
            groups[sid] = [atlas.structures[sid]]
    return {k: v for k, v in groups.items() if v}
