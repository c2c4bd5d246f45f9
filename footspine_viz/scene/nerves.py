"""Nerve geometry: landmark-anchored control points -> smooth splines -> tubes.

Pure numpy (no drawing). ``annotations/nerve-paths.yaml`` gives per segment a
list of control points anchored on atlas landmarks with offsets in mm in a
body frame mirrored per side; this module resolves them for each side, runs a
centripetal Catmull-Rom spline through them and sweeps a circle along it
(parallel-transport frames, so tubes do not twist). Each tube vertex carries
its segment index and its arc-length fraction, which is what lets the renderer
light a nerve *downstream of a site only* by recolouring in place.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from footspine_viz.body import body_offset, landmark
from footspine_viz.errors import UserError
from footspine_viz.paths import annotation_file

#: The nerve geometry file's name inside the annotation folder (footspine_viz.paths).
PATHS_NAME = "nerve-paths.yaml"
_AT = re.compile(r"^(?P<seg>[^\[]+)\[(?P<i>-?\d+)\]$")


@dataclass(frozen=True)
class NerveSegment:
    """One nerve segment on one side, resolved to world coordinates (metres)."""

    id: str
    side: str
    kind: str
    root: str | None
    parent: str | None
    diameter: float  # metres
    control: np.ndarray  # K x 3
    curve: np.ndarray  # N x 3, dense centreline
    confidence: str = "moderate"

    @property
    def key(self) -> str:
        return f"{self.id}.{self.side}"

    def arc_fraction(self) -> np.ndarray:
        d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(self.curve, axis=0), axis=1))]
        out: np.ndarray = d / max(d[-1], 1e-9)
        return out


@dataclass
class TubeMesh:
    """All nerve tubes in one triangle mesh (one actor, recoloured in place)."""

    points: np.ndarray  # float32 V x 3
    faces: np.ndarray  # int32 F x 3
    segment_of_point: np.ndarray  # int32 V, index into segments
    arc_of_point: np.ndarray  # float32 V, 0 at the upstream end
    segment_of_face: np.ndarray  # int32 F
    segments: list[NerveSegment] = field(default_factory=list)


def load_paths(path: str | Path | None = None) -> dict[str, Any]:
    """Read nerve-paths.yaml (raises UserError naming the file when malformed)."""
    import yaml

    p = Path(path) if path else annotation_file(PATHS_NAME)
    try:
        data = yaml.load(
            p.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    except FileNotFoundError:
        raise UserError(f"nerve geometry file {p} is missing") from None
    except yaml.YAMLError as exc:
        raise UserError(f"{p}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("segments"), dict):
        raise UserError(f"{p}: expected a mapping with 'segments'")
    out: dict[str, Any] = data
    return out


def paths_hash(path: str | Path | None = None) -> str:
    p = Path(path) if path else annotation_file(PATHS_NAME)
    return hashlib.sha1(p.read_bytes()).hexdigest()[:12]


def catmull_rom(ctrl: np.ndarray, samples_per_m: float = 400.0, alpha: float = 0.5) -> np.ndarray:
    """Centripetal Catmull-Rom through every control point (no overshoot loops)."""
    ctrl = np.asarray(ctrl, dtype=float)
    keep = np.r_[True, np.linalg.norm(np.diff(ctrl, axis=0), axis=1) > 1e-6]
    ctrl = ctrl[keep]
    if len(ctrl) < 2:
        raise ValueError("a nerve needs two distinct control points")
    p = np.vstack([2 * ctrl[0] - ctrl[1], ctrl, 2 * ctrl[-1] - ctrl[-2]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        t0 = 0.0
        t1 = t0 + np.maximum(np.linalg.norm(p1 - p0), 1e-6) ** alpha
        t2 = t1 + np.maximum(np.linalg.norm(p2 - p1), 1e-6) ** alpha
        t3 = t2 + np.maximum(np.linalg.norm(p3 - p2), 1e-6) ** alpha
        n = max(4, int(np.linalg.norm(p2 - p1) * samples_per_m))
        t = np.linspace(t1, t2, n, endpoint=False)[:, None]
        a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1
        a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2
        a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3
        b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2
        b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3
        out.append((t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2)
    out.append(ctrl[-1:])
    curve: np.ndarray = np.vstack(out)
    return curve


def _resolve(
    seg_id: str,
    specs: Mapping[str, Any],
    landmarks: Mapping[str, np.ndarray],
    side: str,
    resolved: dict[str, np.ndarray],
    stack: tuple[str, ...] = (),
) -> np.ndarray:
    """Control points of one segment on one side; ``resolved`` memoises the segments
    already done on that side (a point ``at`` another segment's point resolves that one first)."""
    if seg_id in resolved:
        return resolved[seg_id]
    if seg_id in stack:
        raise UserError(f"nerve-paths.yaml: segment {seg_id!r} refers to itself through 'at'")
    spec = specs.get(seg_id)
    if spec is None:
        raise UserError(f"nerve-paths.yaml: unknown segment {seg_id!r} in 'at'")
    pts = []
    for j, cp in enumerate(spec.get("points", [])):
        if "at" in cp:
            m = _AT.match(str(cp["at"]))
            if not m:
                raise UserError(f"nerve-paths.yaml: {seg_id} point {j}: bad 'at' {cp['at']!r}")
            base = _resolve(m["seg"], specs, landmarks, side, resolved, stack + (seg_id,))[
                int(m["i"])
            ]
        elif "between" in cp:
            a, b = cp["between"]
            t = float(cp.get("t", 0.5))
            pa, pb = landmark(landmarks, a, side), landmark(landmarks, b, side)
            base = pa + t * (pb - pa)
        elif "anchor" in cp:
            base = landmark(landmarks, cp["anchor"], side)
        else:
            raise UserError(f"nerve-paths.yaml: {seg_id} point {j} needs anchor, between or at")
        pts.append(base + body_offset(cp.get("offset_mm", (0, 0, 0)), side))
    if len(pts) < 2:
        raise UserError(f"nerve-paths.yaml: segment {seg_id!r} needs at least two points")
    resolved[seg_id] = np.array(pts)
    return resolved[seg_id]


def resolve_segments(
    landmarks: Mapping[str, np.ndarray],
    sides: Sequence[str] = ("left", "right"),
    path: str | Path | None = None,
    known: Collection[str] | None = None,
) -> list[NerveSegment]:
    """Resolve every segment of nerve-paths.yaml on each side to world splines.

    With ``known`` (the knowledge base's segment ids) a segment the knowledge
    base does not name is left out: geometry may arrive before its record
    (the sacral roots S3-S5), and nothing may be drawn that a click could not
    explain. Branches may still start at such a segment's points (``at``).
    """
    data = load_paths(path)
    specs: dict[str, Any] = data["segments"]
    out: list[NerveSegment] = []
    for side in sides:
        resolved: dict[str, np.ndarray] = {}
        for seg_id, spec in specs.items():
            if known is not None and seg_id not in known:
                continue
            ctrl = _resolve(seg_id, specs, landmarks, side, resolved)
            out.append(
                NerveSegment(
                    id=seg_id,
                    side=side,
                    kind=str(spec.get("kind", "peripheral")),
                    root=spec.get("root"),
                    parent=spec.get("parent"),
                    diameter=float(spec.get("diameter_mm", 4)) / 1000.0,
                    control=ctrl,
                    curve=catmull_rom(ctrl),
                    confidence=str(spec.get("confidence", "moderate")),
                )
            )
    return out


def _frames(curve: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Parallel-transport normal/binormal along a polyline (no twisting)."""
    tang = np.gradient(curve, axis=0)
    tang /= np.maximum(np.linalg.norm(tang, axis=1, keepdims=True), 1e-12)
    ref = np.array([0.0, 0.0, 1.0]) if abs(tang[0, 2]) < 0.9 else np.array([1.0, 0.0, 0.0])
    n = np.cross(tang[0], ref)
    n /= np.linalg.norm(n)
    normals = np.empty_like(curve)
    for i, t in enumerate(tang):
        n = n - np.dot(n, t) * t
        norm = np.linalg.norm(n)
        if norm < 1e-9:  # pragma: no cover - degenerate bend
            n = np.cross(t, ref)
            norm = np.linalg.norm(n)
        n /= norm
        normals[i] = n
    return normals, np.cross(tang, normals)


def build_tubes(segments: list[NerveSegment], sides: int = 12) -> TubeMesh:
    """Sweep a circle along each segment; one mesh with per-vertex ids."""
    pts, faces, seg_pt, arc_pt, seg_face = [], [], [], [], []
    base = 0
    ang = np.linspace(0, 2 * np.pi, sides, endpoint=False)
    cos, sin = np.cos(ang), np.sin(ang)
    for k, seg in enumerate(segments):
        c = seg.curve
        n, b = _frames(c)
        arc = seg.arc_fraction()
        r = np.full(len(c), seg.diameter / 2)
        ring = c[:, None, :] + r[:, None, None] * (
            cos[None, :, None] * n[:, None, :] + sin[None, :, None] * b[:, None, :]
        )
        m = len(c)
        v = ring.reshape(-1, 3)
        # end caps: centre points
        v = np.vstack([v, c[0], c[-1]])
        idx = np.arange(m * sides).reshape(m, sides)
        a0, a1 = idx[:-1], idx[1:]
        b0, b1 = np.roll(a0, -1, axis=1), np.roll(a1, -1, axis=1)
        f = np.concatenate(
            [np.stack([a0, b0, a1], -1).reshape(-1, 3), np.stack([b0, b1, a1], -1).reshape(-1, 3)]
        )
        c0, c1 = m * sides, m * sides + 1
        cap0 = np.stack([np.full(sides, c0), np.roll(idx[0], -1), idx[0]], -1)
        cap1 = np.stack([np.full(sides, c1), idx[-1], np.roll(idx[-1], -1)], -1)
        f = np.vstack([f, cap0, cap1]) + base
        pts.append(v)
        faces.append(f)
        seg_pt.append(np.full(len(v), k))
        arc_pt.append(np.r_[np.repeat(arc, sides), 0.0, 1.0])
        seg_face.append(np.full(len(f), k))
        base += len(v)
    return TubeMesh(
        points=np.vstack(pts).astype(np.float32),
        faces=np.vstack(faces).astype(np.int32),
        segment_of_point=np.concatenate(seg_pt).astype(np.int32),
        arc_of_point=np.concatenate(arc_pt).astype(np.float32),
        segment_of_face=np.concatenate(seg_face).astype(np.int32),
        segments=list(segments),
    )
