"""One drawable piece of a condition (:class:`Shape`) and the frame it is placed in.

:mod:`footspine_viz.scene.pathology` says what each kind of shape is and
places every site's shapes; :mod:`footspine_viz.scene.pathology_conditions`
builds the pieces of each condition, and
:mod:`footspine_viz.scene.pathology_mesh` makes a shape's mesh. This module
holds what they share: the record, the sizes and tints, and :class:`Place`,
the landmark lookups for one site and side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from footspine_viz.body import landmark
from footspine_viz.scene.nerves import NerveSegment

Vec = tuple[float, float, float]

#: Slips (metres, world frame: -y is forward).
ISTHMIC_SLIP: Vec = (0.0, -0.009, -0.001)
DEGENERATIVE_SLIP: Vec = (0.0, -0.005, 0.0)
#: Share of its height a degenerated disc keeps.
COLLAPSE = 0.45
#: Which shape kinds show each condition of the knowledge base.
CONDITION_KINDS: dict[str, frozenset[str]] = {
    "herniated-disc": frozenset({"bulge"}),
    "degenerative-disc-disease": frozenset({"disc-collapsed"}),
    "spinal-stenosis": frozenset({"ligament", "sac-narrowed"}),
    "spondylolisthesis": frozenset({"slip", "vertebra-part"}),
    "facet-arthritis": frozenset({"osteophyte"}),
}
BONE_TINT = (("spine", 1.0),)
SPUR_TINT = (("spine", 0.7), ("pathology", 0.3))
SCLEROSIS_TINT = (("spine", 0.9), ("pathology", 0.1))
DISC_TINT = (("disc", 0.85), ("pathology", 0.15))
LIGAMENT_TINT = (("marker", 0.45), ("pathology", 0.55))
RED = (("pathology", 1.0),)


@dataclass(frozen=True)
class Shape:
    """One drawable piece of a site's condition (see the module docstring for kinds)."""

    site: str
    side: str | None
    kind: str
    centre: Vec  # where a label may point
    radii: Vec = (0.006, 0.006, 0.006)
    axis: Vec = (0.0, 0.0, 1.0)  # ring/marker normal
    target: str | None = None  # slip: the drawable it moves (kept for older callers)
    shift: Vec = (0.0, 0.0, 0.0)
    part: str = ""
    tint: tuple[tuple[str, float], ...] = RED
    opacity: float = 1.0
    hides: tuple[str, ...] = ()
    moves: tuple[tuple[str, Vec], ...] = ()
    source: str | None = None  # atlas structure the mesh is made from
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def key(self) -> str:
        base = f"{self.site}.{self.side}" if self.side else self.site
        return f"{base}.{self.part}" if self.part else base

    def param(self, name: str, default: Any = None) -> Any:
        for k, v in self.params:
            if k == name:
                return v
        return default


def nearest_on(seg: NerveSegment, p: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(point, tangent, arc fraction) of the curve point nearest ``p``."""
    c = seg.curve
    i = int(np.argmin(np.linalg.norm(c - p, axis=1)))
    j0, j1 = max(i - 1, 0), min(i + 1, len(c) - 1)
    t = c[j1] - c[j0]
    return c[i], t / max(np.linalg.norm(t), 1e-12), float(seg.arc_fraction()[i])


def vec3(v: ArrayLike) -> Vec:
    """A point or direction as a plain (x, y, z) tuple of floats."""
    a = np.asarray(v, dtype=float)
    return (float(a[0]), float(a[1]), float(a[2]))


def unit(v: ArrayLike) -> np.ndarray:
    a = np.asarray(v, dtype=float)
    out: np.ndarray = a / max(np.linalg.norm(a), 1e-12)
    return out


class Place:
    """Landmark lookups for one site and side."""

    def __init__(
        self, landmarks: Mapping[str, np.ndarray], segments: Iterable[NerveSegment], side: str
    ) -> None:
        self.L, self.side = landmarks, side
        self.lat = 1.0 if side == "left" else -1.0
        self.segs = {s.key: s for s in segments}

    def __call__(self, name: str, side: str | None = None) -> np.ndarray:
        return landmark(self.L, name, side or self.side)

    def nerve_point(
        self, seg_ids: Sequence[str], near: np.ndarray
    ) -> tuple[np.ndarray, float] | None:
        """Point of the named nerves nearest ``near`` and that nerve's radius."""
        best: tuple[float, np.ndarray, float] | None = None
        for sid in seg_ids:
            seg = self.segs.get(f"{sid}.{self.side}")
            if seg is None:
                continue
            p, _, _ = nearest_on(seg, near)
            d = float(np.linalg.norm(p - near))
            if best is None or d < best[0]:
                best = (d, p, seg.diameter / 2)
        return None if best is None else (best[1], best[2])

    def disc_frame(self, level: str) -> tuple[np.ndarray, np.ndarray]:
        up, lo = level.split("-")
        u = unit(self(f"vertebral-body.{up}") - self(f"vertebral-body.{lo}"))
        return self(f"disc-centre.{level}"), u
