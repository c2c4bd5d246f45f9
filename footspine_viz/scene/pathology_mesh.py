"""Mesh builders for :func:`footspine_viz.scene.pathology.shape_mesh`, one per shape kind.

Each builder takes the shape and, for kinds made from an atlas structure, that
structure's (points, faces) in float64/int64, and returns a mesh in world
metres: closed, except that an isthmic slip's two vertebra pieces leave their
cut faces to the ``pars-gap`` shape (drawn red), which closes them. Pure
numpy; the isthmic cut uses manifold3d's plane trim, which caps the cut (a
project dependency for the atlas's sacrum already).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from footspine_viz.scene import meshes as mk
from footspine_viz.scene.pathology_shape import Shape

Mesh = tuple[np.ndarray, np.ndarray]
#: A builder: (shape, the atlas mesh it is made from or None) -> its mesh.
Builder = Callable[[Shape, Mesh | None], Mesh]


def _v(x: Any) -> np.ndarray:
    return np.asarray(x, dtype=float)


def _source(shape: Shape, src: Mesh | None) -> Mesh:
    """The atlas mesh a kind is made from (shape_mesh passes it when ``shape.source`` names one)."""
    if src is None:
        raise TypeError(
            f"shape {shape.key} ({shape.kind}) is made from an atlas mesh; none was given"
        )
    return src


def _bulge(shape: Shape, src: Mesh | None) -> Mesh:
    return mk.ellipsoid(shape.centre, shape.radii)


def _lump(shape: Shape, src: Mesh | None) -> Mesh:
    return mk.ellipsoid(shape.centre, shape.radii, n_u=24, n_v=14)


def _ring(shape: Shape, src: Mesh | None) -> Mesh:
    return mk.torus(shape.centre, shape.axis, shape.radii[0], shape.radii[2])


def _marker(shape: Shape, src: Mesh | None) -> Mesh:
    return mk.torus(shape.centre, shape.axis, shape.radii[0], shape.radii[2], n_u=32, n_v=10)


def _slip(shape: Shape, src: Mesh | None) -> Mesh:
    return mk.empty()


def _osteophyte(shape: Shape, src: Mesh | None) -> Mesh:
    return mk.spur(
        _v(shape.param("base")),
        _v(shape.param("tip")),
        float(shape.param("r")),
        float(shape.param("r_tip", 0.0012)),
        bend=shape.param("bend"),
    )


def _ligament(shape: Shape, src: Mesh | None) -> Mesh:
    lateral, back = float(shape.param("lateral")), float(shape.param("back"))
    thick, floor = float(shape.param("thick")), float(shape.param("floor"))
    a0, a1 = (float(a) for a in shape.param("arc"))
    span = np.radians(a1 - a0)

    def outer(th: float, s: float) -> float:
        r: float = 1.0 / np.sqrt((np.cos(th) / lateral) ** 2 + (np.sin(th) / back) ** 2)
        return r

    def inner(th: float, s: float) -> float:
        # full thickness in the middle of each half, thinning to the ends and edges
        g = np.sin(np.clip((th - np.radians(a0)) / span, 0, 1) * np.pi) ** 0.6 * (1 - 0.45 * s * s)
        ro = outer(th, s)
        return float(np.clip(ro - thick * g, floor, ro - 0.0003))

    return mk.arc_band(
        _v(shape.param("centre")),
        _v(shape.param("axis")),
        inner,
        outer,
        float(shape.param("height")),
        a0,
        a1,
    )


def _disc_coords(
    shape: Shape, src: Mesh | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The disc's vertices in its own frame: height along the axis from its mid-plane
    (halfway between its lowest and highest point) and the radial part."""
    p, f = _source(shape, src)
    c, u = _v(shape.param("centre")), _v(shape.param("axis"))
    r = p - c
    a = r @ u
    mid = 0.5 * (a.min() + a.max())
    radial = r - a[:, None] * u
    return p, f, c + mid * u, u, a - mid, radial


def _disc_collapsed(shape: Shape, src: Mesh | None) -> Mesh:
    p, f, c, u, a, radial = _disc_coords(shape, src)
    keep, bulge = float(shape.param("keep")), float(shape.param("bulge"))
    towards = _v(shape.param("towards"))
    amax = max(np.abs(a).max(), 1e-9)
    rn = np.linalg.norm(radial, axis=1)
    dirn = radial / np.maximum(rn, 1e-12)[:, None]
    lean = 0.55 + 0.45 * np.clip(dirn @ towards, 0.0, 1.0)  # more towards the foramen and back
    scale = 1.0 + bulge * (1.0 - (a / amax) ** 2) * lean
    q = c + (a * keep)[:, None] * u + radial * scale[:, None]
    return q, mk.orient_outward(q, f)


def _sclerosis(shape: Shape, src: Mesh | None) -> Mesh:
    """The endplate bone that moved into the lost height: from each endplate to the
    collapsed disc (overlapping it a little, so no gap shows)."""
    p, f, c, u, a, radial = _disc_coords(shape, src)
    keep = float(shape.param("keep"))
    amin, amax = a.min(), a.max()
    t = (a - amin) / max(amax - amin, 1e-12)
    if shape.param("end") == "upper":
        lo, hi = keep * amax * 0.8, amax
    else:
        lo, hi = amin, keep * amin * 0.8
    q = c + (lo + t * (hi - lo))[:, None] * u + radial * 0.985
    return q, mk.orient_outward(q, f)


def _disc_sheared(shape: Shape, src: Mesh | None) -> Mesh:
    p, f, c, u, a, radial = _disc_coords(shape, src)
    t = (a - a.min()) / max(a.max() - a.min(), 1e-12)
    w = t if shape.param("end") == "upper" else 1.0 - t
    q = p + w[:, None] * _v(shape.param("shift"))[None]
    return q, mk.orient_outward(q, f)


def _sac_narrowed(shape: Shape, src: Mesh | None) -> Mesh:
    p, f = _source(shape, src)
    z = p[:, 2]
    order = np.argsort(z, kind="stable")
    zs = z[order]
    # centre of the sac at each vertex's height: mean of the vertices within 1.5 mm of it
    lo = np.searchsorted(zs, z - 0.0015)
    hi = np.searchsorted(zs, z + 0.0015, side="right")
    cx = np.r_[0.0, np.cumsum(p[order, 0])]
    cy = np.r_[0.0, np.cumsum(p[order, 1])]
    n = np.maximum(hi - lo, 1)
    centre = np.c_[(cx[hi] - cx[lo]) / n, (cy[hi] - cy[lo]) / n]
    z0, width = float(shape.param("z")), float(shape.param("width"))
    fac = 1.0 - float(shape.param("squeeze")) * np.exp(-(((z - z0) / width) ** 2))
    q = p.copy()
    q[:, :2] = centre + (p[:, :2] - centre) * fac[:, None]
    zone = shape.param("zone")
    if zone is not None:
        zl, zh = sorted(float(v) for v in zone)

        def step(x: np.ndarray, e0: float, e1: float) -> np.ndarray:
            t = np.clip((x - e0) / (e1 - e0), 0.0, 1.0)
            return t * t * (3 - 2 * t)

        w = step(z, zl - 0.003, zl + 0.003) * (1.0 - step(z, zh - 0.003, zh + 0.003))
        q += w[:, None] * _v(shape.param("follow"))[None]
    return q, f


def _pars_pieces(
    shape: Shape, src: Mesh | None
) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Front and back of the vertebra cut by the tilted pars plane: (points, faces, cap mask) each."""
    import manifold3d as m3

    p, f = _source(shape, src)
    t = np.radians(float(shape.param("tilt")))
    n = np.array([0.0, np.cos(t), -np.sin(t)])
    origin = np.array([0.0, float(shape.param("y")), float(p[:, 2].mean())])
    off, gap = float(n @ origin), float(shape.param("gap"))
    solid = m3.Manifold(
        m3.Mesh(
            vert_properties=np.asarray(p, dtype=np.float32),
            tri_verts=np.asarray(f, dtype=np.uint32),
        )
    )
    out: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for name, normal, offset, plane in (
        ("front", -n, -(off - gap / 2), off - gap / 2),
        ("back", n, off + gap / 2, off + gap / 2),
    ):
        m = solid.trim_by_plane(tuple(float(x) for x in normal), float(offset)).to_mesh()
        q = np.asarray(m.vert_properties, dtype=np.float64)[:, :3]
        g = np.asarray(m.tri_verts, dtype=np.int64)
        on = np.abs(q @ n - plane) < 2e-5
        out[name] = (q, g, on[g].all(axis=1))
    return out


def _vertebra_part(shape: Shape, src: Mesh | None) -> Mesh:
    q, g, cap = _pars_pieces(shape, src)[shape.param("keep")]
    shift = _v(shape.param("shift", (0.0, 0.0, 0.0)))
    return mk.compact(q + shift, g[~cap])


def _pars_gap(shape: Shape, src: Mesh | None) -> Mesh:
    pieces = _pars_pieces(shape, src)
    qf, gf, cf = pieces["front"]
    qb, gb, cb = pieces["back"]
    return mk.merge(mk.compact(qf + _v(shape.param("shift")), gf[cf]), mk.compact(qb, gb[cb]))


BUILDERS: dict[str, Builder] = {
    "bulge": _bulge,
    "lump": _lump,
    "ring": _ring,
    "marker": _marker,
    "slip": _slip,
    "osteophyte": _osteophyte,
    "ligament": _ligament,
    "disc-collapsed": _disc_collapsed,
    "sclerosis": _sclerosis,
    "disc-sheared": _disc_sheared,
    "sac-narrowed": _sac_narrowed,
    "vertebra-part": _vertebra_part,
    "pars-gap": _pars_gap,
}
