"""Pathology shapes at compression sites, described (not drawn) in world units.

A :class:`Shape` says what to draw where: a disc bulge pressing on a root, a
thickened ring narrowing the canal, a lump in the lateral recess, a slipped
vertebra (a translation of the vertebra's actor), or a marker ring around a
nerve at a peripheral site. The render package turns them into actors once;
selecting a site only switches their visibility.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from footspine_viz.errors import UserError
from footspine_viz.body import body_offset, landmark
from footspine_viz.scene.nerves import NerveSegment


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


def site_shapes(kb: Any, landmarks, segments: list[NerveSegment]) -> list[Shape]:
    """Every pathology shape of every site of the knowledge base, per side where the site is sided."""
    by_key = {s.key: s for s in segments}
    out: list[Shape] = []
    for sid, site in kb.sites.items():
        kind = site.kind
        sides = ("left", "right") if site.sided else (None,)
        for side in sides:
            s = side or "left"
            try:
                anchor = landmark(landmarks, str(site.anchor), s)
            except UserError:  # checked up front by tests: every site anchor resolves
                continue
            level = site.level or ""
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
                segs = [by_key.get(f"{h}.{s}") for h in site.highlight_from]
                segs = [g for g in segs if g is not None]
                if not segs:
                    continue
                best = min(segs, key=lambda g: float(np.min(np.linalg.norm(g.curve - anchor, axis=1))))
                p, t, _ = nearest_on(best, anchor)
                r = best.diameter / 2 + 0.004
                out.append(Shape(sid, side, "marker", tuple(p), (r, r, 0.0025), axis=tuple(t)))
    return out


def _ellipsoid(centre, radii, nu: int = 24, nv: int = 16) -> tuple[np.ndarray, np.ndarray]:
    u = np.linspace(0, 2 * np.pi, nu, endpoint=False)
    v = np.linspace(0, np.pi, nv + 1)[1:-1]
    uu, vv = np.meshgrid(u, v)
    ring = np.stack([np.cos(uu) * np.sin(vv), np.sin(uu) * np.sin(vv), np.cos(vv)], -1).reshape(-1, 3)
    pts = np.vstack([[0, 0, 1], ring, [0, 0, -1]]) * np.asarray(radii) + np.asarray(centre)
    faces = []
    idx = 1 + np.arange(len(v) * nu).reshape(len(v), nu)
    for j in range(nu):
        faces.append([0, idx[0, (j + 1) % nu], idx[0, j]])
        faces.append([len(pts) - 1, idx[-1, j], idx[-1, (j + 1) % nu]])
    for i in range(len(v) - 1):
        for j in range(nu):
            a, b = idx[i, j], idx[i, (j + 1) % nu]
            c, d = idx[i + 1, j], idx[i + 1, (j + 1) % nu]
            faces += [[a, b, c], [b, d, c]]
    return pts.astype(np.float32), np.asarray(faces, dtype=np.int32)


def _torus(centre, ring_r: float, tube_r: float, axis=(0.0, 0.0, 1.0), nu: int = 40,
           nv: int = 12) -> tuple[np.ndarray, np.ndarray]:
    u = np.linspace(0, 2 * np.pi, nu, endpoint=False)
    v = np.linspace(0, 2 * np.pi, nv, endpoint=False)
    uu, vv = np.meshgrid(u, v, indexing="ij")
    pts = np.stack([(ring_r + tube_r * np.cos(vv)) * np.cos(uu), (ring_r + tube_r * np.cos(vv)) * np.sin(uu),
                    tube_r * np.sin(vv)], -1).reshape(-1, 3)
    z = np.array([0.0, 0.0, 1.0])
    a = np.asarray(axis, dtype=float)
    a /= max(np.linalg.norm(a), 1e-12)
    k = np.cross(z, a)
    s, c = np.linalg.norm(k), float(z @ a)
    if s > 1e-9:  # Rodrigues: rotate the ring's normal from z onto the axis
        k /= s
        kx = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
        rot = np.eye(3) + s * kx + (1 - c) * kx @ kx
        pts = pts @ rot.T
    elif c < 0:
        pts = pts * [1, -1, -1]
    idx = np.arange(nu * nv).reshape(nu, nv)
    faces = []
    for i in range(nu):
        for j in range(nv):
            a0, b0 = idx[i, j], idx[(i + 1) % nu, j]
            a1, b1 = idx[i, (j + 1) % nv], idx[(i + 1) % nu, (j + 1) % nv]
            faces += [[a0, b0, a1], [b0, b1, a1]]
    return (pts + np.asarray(centre)).astype(np.float32), np.asarray(faces, dtype=np.int32)


def shape_mesh(shape: Shape) -> tuple[np.ndarray, np.ndarray]:
    """The triangle mesh of a shape (points float32 N x 3 in metres, faces int32 M x 3).

    Every face (VTK, browser) draws these same triangles. A slip has no mesh
    of its own: it moves a vertebra.
    """
    if shape.kind in ("bulge", "lump"):
        return _ellipsoid(shape.centre, shape.radii)
    if shape.kind == "ring":
        return _torus(shape.centre, shape.radii[0], shape.radii[2])
    if shape.kind == "marker":
        return _torus(shape.centre, shape.radii[0], shape.radii[2], shape.axis, nu=32, nv=10)
    return np.zeros((0, 3), dtype=np.float32), np.zeros((0, 3), dtype=np.int32)
