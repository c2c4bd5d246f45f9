"""Keep nerves out of bone.

Control points are anchored on landmarks, so when the meshes change a spline
can end up cutting through a bone. After resolving the splines, every
centreline sample that lies inside a bone (signed distance below the tube's
radius) is pushed out along the distance gradient, the push is smoothed along
the nerve so the tube stays smooth, and this repeats a few times. Roots and
sacral rami may pass the sacrum: its canal and foramina are not holes in the
low-poly source mesh.
"""

from __future__ import annotations

import dataclasses

import numpy as np

#: Segments allowed inside these bones (their real course runs in a canal).
FIT_VERSION = "1"
ALLOWED = {"sacrum": ("root.", "spinal-nerve.S")}


def _distance_fns(structures):
    # hulls from a subsample: enough to tell 'near this bone' apart
    import pyvista as pv
    from vtkmodules.vtkFiltersCore import vtkImplicitPolyDataDistance
    from scipy.spatial import Delaunay

    out = []
    for sid, s in structures.items():
        if s.kind != "bone":
            continue
        f = np.hstack([np.full((len(s.faces), 1), 3), np.asarray(s.faces)]).ravel()
        mesh = pv.PolyData(np.asarray(s.points, dtype=float), f)
        d = vtkImplicitPolyDataDistance()
        d.SetInput(mesh)
        try:
            hull = Delaunay(np.asarray(s.points, dtype=float)[:: max(1, len(s.points) // 3000)])
        except Exception:  # pragma: no cover - degenerate bone
            hull = None
        out.append((sid, d, np.asarray(s.points).min(0) - 0.02, np.asarray(s.points).max(0) + 0.02, hull))
    return out


def inside_depth(fns, pts: np.ndarray, skip=()) -> tuple[np.ndarray, np.ndarray, list]:
    """Per point: the most negative signed distance to any bone (0 if outside),
    its outward gradient, and the bone id."""
    from vtkmodules.util.numpy_support import numpy_to_vtk, vtk_to_numpy
    from vtkmodules.vtkCommonCore import vtkDoubleArray

    depth = np.zeros(len(pts))
    grad = np.zeros((len(pts), 3))
    who: list = [None] * len(pts)
    g = [0.0, 0.0, 0.0]
    for sid, d, lo, hi, hull in fns:
        if sid in skip:
            continue
        sel = np.flatnonzero(np.all((pts > lo) & (pts < hi), axis=1))
        if not len(sel):
            continue
        arr = numpy_to_vtk(np.ascontiguousarray(pts[sel], dtype=float), deep=True)
        outv = vtkDoubleArray()
        d.FunctionValue(arr, outv)
        vals = vtk_to_numpy(outv)
        neg = vals < depth[sel]
        sel, vals = sel[neg], vals[neg]
        if not len(sel):
            continue
        if hull is not None:  # open meshes: trust the sign only inside the hull
            ok = hull.find_simplex(pts[sel]) >= 0
            sel, vals = sel[ok], vals[ok]
        for i, v in zip(sel, vals):
            depth[i] = v
            d.EvaluateGradient(pts[i], g)
            grad[i] = g
            who[i] = sid
    return depth, grad, who


def keep_out_of_bone(segments, structures, iterations: int = 6, cache_key: str | None = None):
    """Return segments whose curves stay outside bone by at least their radius.

    With ``cache_key`` (mesh hash + nerve-paths hash) the fitted curves are
    cached on disk beside the dermatome weights.
    """
    path = None
    if cache_key:
        from footspine_viz.paths import cache_dir

        try:
            path = cache_dir("nerves") / f"{cache_key}-v{FIT_VERSION}.npz"
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                with np.load(path) as z:
                    if all(s.key in z.files for s in segments):
                        return [dataclasses.replace(s, curve=z[s.key]) for s in segments]
        except (OSError, ValueError):
            path = None
    fns = _distance_fns(structures)
    out = []
    for seg in segments:
        skip = tuple(b for b, prefixes in ALLOWED.items() if seg.id.startswith(prefixes))
        c = seg.curve.copy()
        margin = seg.diameter / 2 + 0.0008
        for _ in range(iterations):
            depth, grad, _ = inside_depth(fns, c, skip)
            # signed distance below the margin counts as touching
            push = np.zeros_like(c)
            need = depth < 0
            if not need.any():
                break
            n = grad[need] / np.maximum(np.linalg.norm(grad[need], axis=1, keepdims=True), 1e-9)
            push[need] = n * (-depth[need] + margin)[:, None]
            # smooth the push along the curve; keep the two ends where they are joined
            from scipy.ndimage import gaussian_filter1d

            sm = gaussian_filter1d(push, sigma=3.0, axis=0, mode="nearest") * 1.5
            sm[need] = np.where(np.abs(sm[need]) > np.abs(push[need]), sm[need], push[need])
            c = c + sm
        out.append(dataclasses.replace(seg, curve=c))
    if path is not None:
        try:
            from footspine_viz.fileio import atomic_path

            with atomic_path(path, suffix=".npz") as tmp:
                np.savez(tmp, **{s.key: s.curve for s in out})
        except OSError:
            pass
    return out
