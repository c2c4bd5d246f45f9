"""Display meshes packed into one binary file for the browser.

The meshes are the ones the VTK renderer draws (its decimated display copies,
its nerve tubes and pathology shapes), read from a built
:class:`~footspine_viz.render.SceneRenderer`, so the page and the pictures
show the same surfaces. Positions are quantised to 16 bits inside the scene's
box (0.03 mm steps on a 1.9 m body), indices are delta-coded (consecutive
triangles share vertices, so the deltas are small and gzip well); the page
undoes both in a few milliseconds.

Layout of ``geometry.bin``: chunks aligned to 4 bytes, described in
``geometry.json`` (``{"box": [...], "meshes": [{"id", "vertices",
"triangles", "attributes": {name: {"offset", "length", "type"}}}]}``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass
class Packer:
    """Appends typed arrays to one buffer and records where each one lies."""

    chunks: list[bytes] = field(default_factory=list)
    size: int = 0

    def add(self, arr: np.ndarray) -> dict[str, Any]:
        data = np.ascontiguousarray(arr).tobytes()
        entry = {"offset": self.size, "length": int(arr.size), "type": arr.dtype.name}
        pad = (-len(data)) % 4
        self.chunks.append(data + b"\0" * pad)
        self.size += len(data) + pad
        return entry

    def bytes(self) -> bytes:
        return b"".join(self.chunks)


def quantise(points: np.ndarray, box: np.ndarray) -> np.ndarray:
    """Points (N x 3, metres) as uint16 steps inside ``box`` ([min xyz, max xyz])."""
    lo, hi = box[0], box[1]
    q = np.round((np.asarray(points, dtype=np.float64) - lo) / (hi - lo) * 65535.0)
    return np.clip(q, 0, 65535).astype(np.uint16)


def dequantise(q: np.ndarray, box: np.ndarray) -> np.ndarray:
    """The inverse of :func:`quantise` (what the page computes), float32."""
    lo, hi = box[0], box[1]
    return (q.astype(np.float64) / 65535.0 * (hi - lo) + lo).astype(np.float32)


def delta_indices(faces: np.ndarray) -> np.ndarray:
    """Triangle indices as int32 differences from the previous index."""
    flat = np.asarray(faces, dtype=np.int64).ravel()
    return np.diff(flat, prepend=0).astype(np.int32)


def undelta(deltas: np.ndarray) -> np.ndarray:
    return np.cumsum(deltas.astype(np.int64)).astype(np.int64)


def scene_box(meshes: dict[str, tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    pts = np.vstack([p for p, _ in meshes.values()])
    lo, hi = pts.min(axis=0) - 0.01, pts.max(axis=0) + 0.01
    return np.round(np.array([lo, hi]), 4)


def pack(meshes: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], bytes]:
    """Pack ``{id: {"points", "faces", **extra arrays}}`` into (index, buffer).

    Extra arrays are stored as given (their dtype is kept), one value per vertex.
    """
    box = scene_box({k: (m["points"], m["faces"]) for k, m in meshes.items()})
    packer = Packer()
    index = []
    for mid, m in meshes.items():
        pts, faces = np.asarray(m["points"]), np.asarray(m["faces"])
        attrs = {
            "position": packer.add(quantise(pts, box)),
            "index": packer.add(delta_indices(faces)),
        }
        for name, arr in m.items():
            if name in ("points", "faces"):
                continue
            arr = np.asarray(arr)
            if len(arr) != len(pts):
                raise ValueError(f"{mid}.{name}: {len(arr)} values for {len(pts)} vertices")
            attrs[name] = packer.add(arr)
        index.append(
            {
                "id": mid,
                "vertices": int(len(pts)),
                "triangles": int(len(faces)),
                "attributes": attrs,
            }
        )
    return {"box": box.tolist(), "meshes": index}, packer.bytes()
