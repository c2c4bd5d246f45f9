"""Meshes for drawing: pyvista PolyData from numpy arrays, and decimated display copies.

The atlas keeps full-resolution meshes (for geometry checks and colour
computation); on a software renderer the cost of a frame follows the
triangle count, so bones and skin are drawn from decimated copies, cached on
disk by mesh hash. The browser build draws the very same display meshes.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Fraction of triangles kept on screen per drawable group.
DISPLAY_KEEP = {"bones": 0.4, "spine": 0.6, "skin": 0.5}


def polydata(points, faces) -> Any:
    """A pyvista PolyData of triangles."""
    import pyvista as pv

    f = np.asarray(faces, dtype=np.int64)
    cells = np.hstack([np.full((len(f), 1), 3, dtype=np.int64), f]).ravel()
    return pv.PolyData(np.asarray(points, dtype=np.float32), cells)


def display_arrays(points, faces, keep: float) -> tuple[np.ndarray, np.ndarray]:
    """(points float32, faces int32) of a decimated copy keeping ``keep`` of the triangles."""
    points = np.asarray(points, dtype=np.float32)
    faces = np.asarray(faces, dtype=np.int32)
    if keep >= 0.999:
        return points, faces
    from footspine_viz.fileio import atomic_path
    from footspine_viz.paths import cache_dir
    from footspine_viz.scene.dermatomes import mesh_hash

    path = cache_dir("display") / f"{mesh_hash(points, faces)}-{keep:.2f}.npz"
    try:
        if path.exists():
            with np.load(path) as z:
                return z["points"], z["faces"]
    except (OSError, ValueError, KeyError):
        pass  # a damaged cache file is rebuilt below
    d = polydata(points, faces).decimate(1.0 - keep, volume_preservation=True)
    p = np.asarray(d.points, dtype=np.float32)
    f = d.faces.reshape(-1, 4)[:, 1:].astype(np.int32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path, suffix=".npz") as tmp:
            np.savez(tmp, points=p, faces=f)
    except OSError:
        pass  # a read-only cache only costs the decimation next time
    return p, f


def merged(structures) -> tuple[np.ndarray, np.ndarray]:
    """Points and faces of several atlas structures as one mesh."""
    pts, fcs, off = [], [], 0
    for s in structures:
        pts.append(np.asarray(s.points))
        fcs.append(np.asarray(s.faces) + off)
        off += len(s.points)
    return np.vstack(pts), np.vstack(fcs)
