"""Small mesh helpers on plain numpy arrays (no VTK).

Meshes are ``(points float64 N x 3, faces int64 M x 3)`` pairs while building;
the cache stores float32/int32.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Literal, overload

import numpy as np
from numpy.typing import DTypeLike
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

#: A triangle mesh: points (N x 3) and faces (M x 3 vertex indices).
Mesh = tuple[np.ndarray, np.ndarray]


def components(points: np.ndarray, faces: np.ndarray) -> list[Mesh]:
    """Split a mesh into its connected pieces (shared vertices)."""
    n = len(points)
    rows = np.repeat(faces[:, 0], 3)
    adj = coo_matrix((np.ones(faces.size), (rows, faces.ravel())), shape=(n, n))
    _, label = connected_components(adj, directed=False)
    pieces = []
    face_label = label[faces[:, 0]]
    for c in np.unique(face_label):
        f = faces[face_label == c]
        used = np.unique(f)
        remap = -np.ones(n, dtype=np.int64)
        remap[used] = np.arange(len(used))
        pieces.append((points[used].copy(), remap[f]))
    return pieces


def merge_vertices(points: np.ndarray, faces: np.ndarray, tol: float = 1e-7) -> Mesh:
    key = np.round(points / tol).astype(np.int64)
    _, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    f = inverse.reshape(-1)[faces]
    keep = (f[:, 0] != f[:, 1]) & (f[:, 1] != f[:, 2]) & (f[:, 0] != f[:, 2])
    return points[first], f[keep]


def refine_smooth(
    points: np.ndarray, faces: np.ndarray, levels: int, taubin_iter: int = 12
) -> Mesh:
    """Loop-subdivide ``levels`` times and Taubin-smooth (no shrinkage)."""
    import trimesh
    from trimesh import remesh, smoothing

    v, f = points, faces
    if levels > 0:
        if is_manifold(f):
            v, f = remesh.subdivide_loop(v, f, iterations=levels)  # type: ignore[no-untyped-call]  # trimesh is untyped
        else:
            # Loop subdivision explodes on edges shared by 3+ faces (myo-sim's tibia has some):
            # split at edge midpoints instead and let the smoothing round the result.
            for _ in range(levels):
                v, f = remesh.subdivide(v, f)  # type: ignore[no-untyped-call]  # trimesh is untyped
            taubin_iter = max(taubin_iter, 20)
    mesh = trimesh.Trimesh(v, f, process=False)
    if taubin_iter:
        smoothing.filter_taubin(mesh, lamb=0.5, nu=0.53, iterations=taubin_iter)  # type: ignore[no-untyped-call]  # trimesh is untyped
    return np.asarray(mesh.vertices, dtype=np.float64), np.asarray(mesh.faces, dtype=np.int64)


def is_manifold(faces: np.ndarray) -> bool:
    """True when no edge is shared by more than two faces."""
    e = np.sort(np.vstack([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1)
    _, count = np.unique(e, axis=0, return_counts=True)
    return bool(count.max() <= 2)


def orient_outward(points: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Faces flipped when the closed mesh's signed volume is negative (normals pointing in).

    Renderers that cull back faces (the browser's default) draw an inside-out mesh
    as nothing from outside.
    """
    tri = points[faces]
    vol = np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum()
    return faces[:, ::-1].copy() if vol < 0 else faces


def vertex_normals(points: np.ndarray, faces: np.ndarray) -> np.ndarray:
    tri = points[faces]
    fn = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    vn = np.zeros_like(points)
    for k in range(3):
        np.add.at(vn, faces[:, k], fn)
    norm = np.linalg.norm(vn, axis=1, keepdims=True)
    out: np.ndarray = vn / np.maximum(norm, 1e-12)
    return out


def ray_hits(
    points: np.ndarray,
    faces: np.ndarray,
    origins: np.ndarray,
    dirs: np.ndarray,
    max_dist: float = np.inf,
) -> list[np.ndarray]:
    """Distances along each ray to every triangle it crosses (Moller-Trumbore), sorted."""
    origins = np.atleast_2d(origins).astype(np.float64)
    dirs = np.atleast_2d(dirs).astype(np.float64)
    dirs = dirs / np.linalg.norm(dirs, axis=1, keepdims=True)
    tri = points[faces]
    v0 = tri[:, 0]
    e1 = tri[:, 1] - v0
    e2 = tri[:, 2] - v0
    out: list[np.ndarray] = []
    chunk = max(1, int(4e6 // max(len(faces), 1)))
    for s in range(0, len(origins), chunk):
        o = origins[s : s + chunk, None, :]
        d = dirs[s : s + chunk, None, :]
        p = np.cross(d, e2[None])
        det = np.einsum("rfk,fk->rf", p, e1)
        ok = np.abs(det) > 1e-14
        inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
        t = o - v0[None]
        u = np.einsum("rfk,rfk->rf", t, p) * inv
        q = np.cross(t, e1[None])
        v = np.einsum("rfk,rfk->rf", d, q) * inv
        dist = np.einsum("fk,rfk->rf", e2, q) * inv
        hit = ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (dist > 0) & (dist <= max_dist)
        for r in range(hit.shape[0]):
            out.append(np.sort(dist[r][hit[r]]))
    return out


def read_vtp(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Read an ASCII VTK PolyData (.vtp) file: points and triangulated polys."""
    root = ET.parse(path).getroot()
    piece = root.find("./PolyData/Piece")
    if piece is None:
        raise ValueError(f"{path}: no PolyData piece")

    def array(parent: str, name: str | None, dtype: DTypeLike) -> np.ndarray:
        node = piece.find(parent)
        if node is None:
            raise ValueError(f"{path}: no {parent} in the PolyData piece")
        for da in node.findall("DataArray"):
            if name is None or da.get("Name") == name:
                if da.get("format") != "ascii":
                    raise ValueError(f"{path}: only ASCII VTP is supported")
                if da.text is None:
                    raise ValueError(f"{path}: array {name} in {parent} is empty")
                return np.array(da.text.split(), dtype=dtype)
        raise ValueError(f"{path}: no array {name} in {parent}")

    pts = array("Points", None, np.float64).reshape(-1, 3)
    conn = array("Polys", "connectivity", np.int64)
    offs = array("Polys", "offsets", np.int64)
    faces = []
    start = 0
    for end in offs:
        poly = conn[start:end]
        for k in range(1, len(poly) - 1):
            faces.append((poly[0], poly[k], poly[k + 1]))
        start = end
    return pts, np.asarray(faces, dtype=np.int64)


def read_obj_group(path: Path, group: str) -> tuple[np.ndarray, np.ndarray]:
    """All vertices of an OBJ file and the faces of one group, triangulated."""
    verts = []
    faces = []
    current = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("v "):
                verts.append(line.split()[1:4])
            elif line.startswith("g "):
                current = line[2:].strip()
            elif line.startswith("f ") and current == group:
                idx = [int(re.split("/", t)[0]) - 1 for t in line.split()[1:]]
                for k in range(1, len(idx) - 1):
                    faces.append((idx[0], idx[k], idx[k + 1]))
    return np.asarray(verts, dtype=np.float64), np.asarray(faces, dtype=np.int64)


def fit_sphere(p: np.ndarray) -> tuple[np.ndarray, float]:
    a = np.c_[2 * p, np.ones(len(p))]
    b = (p**2).sum(1)
    sol, *_ = np.linalg.lstsq(a, b, rcond=None)
    c = sol[:3]
    return c, float(np.sqrt(sol[3] + c @ c))


def rotation_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Smallest rotation matrix taking direction a onto direction b."""
    a = a / np.linalg.norm(a)
    b = b / np.linalg.norm(b)
    v = np.cross(a, b)
    c = float(a @ b)
    if np.linalg.norm(v) < 1e-12:
        if c > 0:
            return np.eye(3)
        axis = np.cross(a, [1.0, 0, 0])
        if np.linalg.norm(axis) < 1e-6:
            axis = np.cross(a, [0, 1.0, 0])
        axis /= np.linalg.norm(axis)
        return 2 * np.outer(axis, axis) - np.eye(3)
    vx = np.array([[0, -v[2], v[1]], [v[2], 0, -v[0]], [-v[1], v[0], 0]])
    out: np.ndarray = np.eye(3) + vx + vx @ vx * (1 / (1 + c))
    return out


def icp_rigid(
    src: np.ndarray, dst: np.ndarray, iterations: int = 40
) -> tuple[np.ndarray, np.ndarray]:
    """Rigid ICP from src points to dst points: returns R, t with src @ R.T + t ~ dst."""
    from scipy.spatial import cKDTree

    tree = cKDTree(dst)
    R = np.eye(3)
    t = np.zeros(3)
    for _ in range(iterations):
        cur = src @ R.T + t
        d, idx = tree.query(cur)
        keep = d < np.percentile(d, 90) + 1e-9
        a, b = cur[keep], dst[idx[keep]]
        ca, cb = a.mean(0), b.mean(0)
        u, _, vt = np.linalg.svd((a - ca).T @ (b - cb))
        dR = (u @ vt).T
        if np.linalg.det(dR) < 0:
            vt[-1] *= -1
            dR = (u @ vt).T
        R = dR @ R
        t = dR @ (t - ca) + cb
    return R, t


def remesh_loop(points: np.ndarray, faces: np.ndarray) -> Mesh:
    """One level of loop subdivision (trimesh)."""
    from trimesh import remesh

    v, f = remesh.subdivide_loop(points, faces, iterations=1)  # type: ignore[no-untyped-call]  # trimesh is untyped
    return np.asarray(v, dtype=np.float64), np.asarray(f, dtype=np.int64)


def remesh_loop_attr(points: np.ndarray, faces: np.ndarray, attr: np.ndarray) -> np.ndarray:
    """Per-vertex attributes carried through one loop subdivision (same linear stencil).

    Loop subdivision is linear in the vertex values for a fixed connectivity, so
    subdividing the attribute columns three at a time gives the values the
    refined vertices would have.
    """
    from trimesh import remesh

    cols = attr.shape[1]
    pad = (-cols) % 3
    a = np.c_[attr, np.zeros((len(attr), pad))]
    out = []
    for k in range(0, a.shape[1], 3):
        v, _ = remesh.subdivide_loop(a[:, k : k + 3], faces, iterations=1)  # type: ignore[no-untyped-call]  # trimesh is untyped
        out.append(np.asarray(v))
    refined: np.ndarray = np.hstack(out)[:, :cols]
    return refined


def drop_nonmanifold(faces: np.ndarray) -> np.ndarray:
    """Remove duplicated faces and faces on edges shared by three or more faces."""
    key = np.sort(faces, axis=1)
    _, inv, cnt = np.unique(key, axis=0, return_inverse=True, return_counts=True)
    f: np.ndarray = faces[cnt[inv.reshape(-1)] == 1]
    for _ in range(5):
        e = np.sort(np.stack([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]], 1), axis=2).reshape(-1, 2)
        _, inv, cnt = np.unique(e, axis=0, return_inverse=True, return_counts=True)
        bad = (cnt[inv.reshape(-1)] > 2).reshape(-1, 3).any(1)
        if not bad.any():
            break
        f = f[~bad]
    return f


@overload
def surface_samples(
    points: np.ndarray, faces: np.ndarray, spacing: float, with_faces: Literal[False] = False
) -> np.ndarray: ...


@overload
def surface_samples(
    points: np.ndarray, faces: np.ndarray, spacing: float, with_faces: Literal[True]
) -> tuple[np.ndarray, np.ndarray]: ...


def surface_samples(
    points: np.ndarray, faces: np.ndarray, spacing: float, with_faces: bool = False
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Points covering a mesh's surface no further than about ``spacing`` apart (deterministic).

    A boolean cut leaves long thin triangles whose vertices alone say little
    about where the surface is; a barycentric grid on each triangle, as fine as
    its longest edge needs, does. With ``with_faces`` also returns the triangle
    index of each point.
    """
    tri = points[faces]
    edge = np.max(np.linalg.norm(tri - np.roll(tri, 1, axis=1), axis=2), axis=1)
    n_div = np.clip(np.ceil(edge / spacing).astype(int), 1, 64)
    out, owner = [tri.mean(1)], [np.arange(len(tri))]
    for n in np.unique(n_div):
        if n < 2:
            continue
        i, j = np.meshgrid(np.arange(n + 1), np.arange(n + 1), indexing="ij")
        keep = i + j <= n
        w = np.c_[i[keep], j[keep], n - i[keep] - j[keep]] / n
        sel = np.flatnonzero(n_div == n)
        out.append(np.einsum("kv,fvc->fkc", w, tri[sel]).reshape(-1, 3))
        owner.append(np.repeat(sel, len(w)))
    pts = np.vstack(out)
    return (pts, np.concatenate(owner)) if with_faces else pts


def closest_on_triangles(q: np.ndarray, tri: np.ndarray) -> np.ndarray:
    """Closest point to each query on its own triangle: q (N x 3), tri (N x 3 x 3).

    Ericson's region test (Real-Time Collision Detection, 5.1.5), vectorised.
    """
    a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
    ab, ac, ap = b - a, c - a, q - a
    d1, d2 = np.einsum("ij,ij->i", ab, ap), np.einsum("ij,ij->i", ac, ap)
    bp = q - b
    d3, d4 = np.einsum("ij,ij->i", ab, bp), np.einsum("ij,ij->i", ac, bp)
    cp = q - c
    d5, d6 = np.einsum("ij,ij->i", ab, cp), np.einsum("ij,ij->i", ac, cp)
    va = d3 * d6 - d5 * d4
    vb = d5 * d2 - d1 * d6
    vc = d1 * d4 - d3 * d2
    denom = va + vb + vc
    denom = np.where(np.abs(denom) < 1e-30, 1e-30, denom)
    v = vb / denom
    w = vc / denom
    out: np.ndarray = a + ab * v[:, None] + ac * w[:, None]  # inside the face
    # edges (later assignments win only where their region holds)
    with np.errstate(divide="ignore", invalid="ignore"):
        t_bc = (d4 - d3) / ((d4 - d3) + (d5 - d6))
        m = (va <= 0) & ((d4 - d3) >= 0) & ((d5 - d6) >= 0)
        out[m] = (b + (c - b) * t_bc[:, None])[m]
        t_ac = d2 / (d2 - d6)
        m = (vb <= 0) & (d2 >= 0) & (d6 <= 0)
        out[m] = (a + ac * t_ac[:, None])[m]
        t_ab = d1 / (d1 - d3)
        m = (vc <= 0) & (d1 >= 0) & (d3 <= 0)
        out[m] = (a + ab * t_ab[:, None])[m]
    # vertices
    m = (d6 >= 0) & (d5 <= d6)
    out[m] = c[m]
    m = (d3 >= 0) & (d4 <= d3)
    out[m] = b[m]
    m = (d1 <= 0) & (d2 <= 0)
    out[m] = a[m]
    return out
