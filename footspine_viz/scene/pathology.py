"""Pathology shapes at compression sites, described (not drawn) in world units.

A :class:`Shape` says what to draw where: a disc bulge pressing on a root, a
thickened ring narrowing the canal, a lump in the lateral recess, a slipped
vertebra (a translation of the vertebra's actor), or a marker ring around a
nerve at a peripheral site. The render package turns them into actors once;
selecting a site only switches their visibility.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from footspine_viz.errors import UserError
from footspine_viz.scene.nerves import NerveSegment, body_offset, landmark


@dataclass(frozen=True)
class Shape:
    site: str
    side: str | None
    kind: str  # "bulge" | "ring" | "lump" | "slip" | "marker"
    centre: tuple[float, float, float]
    radii: tuple[float, float, float] = (0.006, 0.006, 0.006)
    axis: tuple[float, float, float] = (0.0, 0.0, 1.0)  # ring/marker normal
    target: str | None = None  # slip: structure id to translate
    shift: tuple[float, float, float] = (0.0, 0.0, 0.0)

    @property
    def key(self) -> str:
        return f"{self.site}.{self.side}" if self.side else self.site


def nearest_on(seg: NerveSegment, p: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(point, tangent, arc fraction) of the curve point nearest ``p``."""
    c = seg.curve
    i = int(np.argmin(np.linalg.norm(c - p, axis=1)))
    j0, j1 = max(i - 1, 0), min(i + 1, len(c) - 1)
    t = c[j1] - c[j0]
    return c[i], t / max(np.linalg.norm(t), 1e-12), float(seg.arc_fraction()[i])


def site_shapes(sites: Mapping[str, dict], landmarks, segments: list[NerveSegment]) -> list[Shape]:
    """Every pathology shape of every site, per side where the site is sided."""
    by_key = {s.key: s for s in segments}
    out: list[Shape] = []
    for sid, site in sites.items():
        kind = site.get("kind")
        sides = ("left", "right") if site.get("sided") else (None,)
        for side in sides:
            s = side or "left"
            try:
                anchor = landmark(landmarks, str(site.get("anchor")), s)
            except UserError:  # checked up front by tests: every site anchor resolves
                continue
            level = site.get("level", "")
            if kind == "paracentral":
                # posterolateral disc material pushing back into the canal
                c = anchor + body_offset((-2, -4, 0), s)
                out.append(Shape(sid, side, "bulge", tuple(c), (0.007, 0.005, 0.004)))
            elif kind == "foraminal":
                c = anchor + body_offset((-3, 4, -5), s)
                out.append(Shape(sid, side, "bulge", tuple(c), (0.006, 0.005, 0.004)))
            elif kind == "central":
                try:
                    c = landmark(landmarks, f"canal.{level.split('-')[0]}", s)
                    c2 = landmark(landmarks, f"canal.{level.split('-')[1]}", s)
                    dc = landmark(landmarks, f"disc-centre.{level}", s)
                    c = np.array([(c[0] + c2[0]) / 2, (c[1] + c2[1]) / 2, dc[2]])
                except UserError:  # checked up front by tests: every site anchor resolves
                    c = anchor
                out.append(Shape(sid, side, "ring", tuple(c), (0.0085, 0.0085, 0.003)))
            elif kind == "lateral-recess":
                c = anchor + body_offset((-5, -4, 4), s)
                out.append(Shape(sid, side, "lump", tuple(c), (0.005, 0.004, 0.006)))
            elif kind == "spondylolisthesis":
                target = "vertebra.L5" if level.startswith("L5") else "vertebra.L4"
                out.append(Shape(sid, side, "slip", tuple(anchor), target=target, shift=(0.0, -0.008, 0.0)))
            elif kind == "peripheral":
                segs = [by_key.get(f"{h}.{s}") for h in site.get("highlight_from", [])]
                segs = [g for g in segs if g is not None]
                if not segs:
                    continue
                best = min(segs, key=lambda g: float(np.min(np.linalg.norm(g.curve - anchor, axis=1))))
                p, t, _ = nearest_on(best, anchor)
                r = best.diameter / 2 + 0.004
                out.append(Shape(sid, side, "marker", tuple(p), (r, r, 0.0025), axis=tuple(t)))
    return out
