"""Nerves keep out of bone everywhere, and each sacral root leaves through its own foramen.

The fit (footspine_viz.scene.fit) pushes centrelines out of bone; these tests
check its result independently: by ray parity against each closed bone and by
distances to dense points on the bone surfaces, never with the fit's own code.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import cKDTree

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas import sacrum as sc

pytestmark = pytest.mark.atlas

SACRAL = ("S1", "S2", "S3", "S4")


@pytest.fixture(scope="module")
def segments(atlas):
    """Every segment of nerve-paths.yaml (the pending S3-S5 roots too), fitted."""
    from footspine_viz.scene.fit import keep_out_of_bone
    from footspine_viz.scene.nerves import resolve_segments

    return {s.key: s for s in keep_out_of_bone(resolve_segments(atlas.landmarks), atlas.structures)}


@pytest.fixture(scope="module")
def bones(atlas):
    out = {}
    for sid, s in atlas.structures.items():
        if s.kind == "bone":
            p, f = s.points.astype(float), s.faces.astype(np.int64)
            out[sid] = (p, f, cKDTree(geo.surface_samples(p, f, 0.0005)))
    return out


def _resampled(curve: np.ndarray, step: float = 0.001) -> np.ndarray:
    d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(curve, axis=0), axis=1))]
    t = np.linspace(0.0, d[-1], max(2, int(d[-1] / step)))
    return np.stack([np.interp(t, d, curve[:, j]) for j in range(3)], axis=1)


def test_no_nerve_passes_through_bone_along_its_whole_length(segments, bones):
    """Every 1 mm of every centreline lies outside every bone, by at least half its radius."""
    import trimesh

    # ray parity needs closed surfaces: every bone is one (tests/test_atlas.py)
    assert all(trimesh.Trimesh(p, f, process=False).is_watertight for p, f, _ in bones.values())
    for key, seg in segments.items():
        c = _resampled(seg.curve)
        r = seg.diameter / 2
        for sid, (p, f, tree) in bones.items():
            lo, hi = p.min(0) - r, p.max(0) + r
            sel = np.all((c > lo) & (c < hi), axis=1)
            if not sel.any():
                continue
            q = c[sel]
            hits = geo.ray_hits(p, f, q, np.tile([0.0137, 0.0071, 1.0], (len(q), 1)))
            inside = np.array([len(h) % 2 == 1 for h in hits])
            assert not inside.any(), f"{key} passes through {sid}"
            d, _ = tree.query(q)
            assert d.min() >= 0.5 * r - 0.0003, f"{key} within {d.min() * 1000:.1f} mm of {sid}"


@pytest.mark.parametrize("level", SACRAL)
def test_each_sacral_root_leaves_through_its_own_anterior_foramen(segments, atlas, level):
    L = atlas.landmarks
    for side in ("left", "right"):
        seg = segments[f"root.{level}.{side}"]
        c = _resampled(seg.curve, 0.0005)
        r = seg.diameter / 2
        own = L[f"sacral-foramen.{level}.{side}"]
        # through the opening: the centreline crosses the opening's disc, well inside its rim
        assert np.linalg.norm(c - own, axis=1).min() < sc.ANT_RADIUS[level] - r, (level, side)
        # ... and from the canal: it starts inside the canal or the sac, behind the bodies
        assert c[0][1] > L["vertebral-body.S1"][1]
        # no other level's opening (anterior or posterior) is on its way
        for other in SACRAL:
            for name, rad in (
                (f"sacral-foramen.{other}.{side}", sc.ANT_RADIUS[other]),
                (f"sacral-foramen-posterior.{other}.{side}", sc.POST_RADIUS[other]),
            ):
                if name == f"sacral-foramen.{level}.{side}":
                    continue
                assert np.linalg.norm(c - L[name], axis=1).min() > rad, (level, side, name)
        # it ends in front of the sacrum (in the pelvis), not back in the canal
        assert c[-1][1] <= own[1] + 0.001


def test_sacral_spinal_nerves_continue_from_their_foramina(segments, atlas):
    for level in ("S1", "S2"):
        for side in ("left", "right"):
            root = segments[f"root.{level}.{side}"]
            nerve = segments[f"spinal-nerve.{level}.{side}"]
            assert np.linalg.norm(nerve.curve[0] - root.curve[-1]) < 0.004
            assert (
                np.linalg.norm(nerve.curve[0] - atlas.landmarks[f"sacral-foramen.{level}.{side}"])
                < 0.006
            )


def test_s5_leaves_through_the_sacral_hiatus(segments, atlas):
    h = atlas.landmarks["sacral-hiatus"]
    for side in ("left", "right"):
        c = _resampled(segments[f"root.S5.{side}"].curve, 0.0005)
        assert np.linalg.norm(c - h, axis=1).min() < 0.004
        assert c[-1][1] > h[1] and c[-1][2] < h[2]  # out behind and below it


def test_the_knowledge_base_decides_which_segments_are_drawn(atlas, kb):
    from footspine_viz.scene.nerves import load_paths, resolve_segments

    drawn = {s.id for s in resolve_segments(atlas.landmarks, sides=("left",), known=kb.segments)}
    assert drawn == set(load_paths()["segments"]) & set(kb.segments)
    assert "root.S1" in drawn
