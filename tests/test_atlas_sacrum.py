"""The sacrum with its canal, foramina and hiatus: a watertight cut, placed from measurements."""

from __future__ import annotations

import numpy as np
import pytest

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas import ids

pytestmark = pytest.mark.atlas

LEVELS = ("S1", "S2", "S3", "S4")


def _inside(points, faces, queries):
    """Ray parity along a skew direction: an odd number of crossings means inside."""
    hits = geo.ray_hits(
        points.astype(float),
        faces.astype(np.int64),
        np.atleast_2d(queries),
        np.tile([0.0137, 0.0071, 1.0], (len(np.atleast_2d(queries)), 1)),
    )
    return np.array([len(h) % 2 == 1 for h in hits])


@pytest.fixture(scope="module")
def sacrum(atlas):
    s = atlas.structures["sacrum"]
    return s.points.astype(float), s.faces.astype(np.int64)


def test_cut_sacrum_is_watertight_with_a_canal_and_sixteen_open_foramina(sacrum):
    import trimesh

    m = trimesh.Trimesh(*sacrum, process=False)
    assert m.is_watertight and m.is_winding_consistent and m.volume > 0
    # One tunnel from the top to the hiatus (the canal) and one per foramen opening into
    # it: genus 17, Euler characteristic 2 - 2 * 17. A foramen that stopped short of the
    # canal or of the surface would be a blind pocket and leave the genus lower.
    assert m.euler_number == 2 - 2 * (1 + 2 * 2 * len(LEVELS))


def test_manifest_records_the_source_mesh_plus_the_cut(atlas):
    e = next(x for x in atlas.manifest["structures"] if x["id"] == "sacrum")
    assert e["source_package"] == "myo-sim" and e["source_file"].endswith("sacrum.stl")
    assert "CC BY 3.0" in e["license"]
    cut = e["cut"]
    assert "CC0" in cut["license"] and "manifold3d" in cut["engine"]
    assert cut["removed_cm3"] > 5 and cut["pieces_dropped"] == 0


def test_canal_contains_the_end_of_the_dural_sac_at_about_s2(atlas, sacrum):
    p, f = sacrum
    L = atlas.landmarks
    sac = atlas.structures["dural-sac"].points.astype(float)
    end = sac[np.argmin(sac[:, 2])]
    assert not _inside(p, f, end)[0]
    # bone all round it: in front, behind and to both sides, within 2 cm
    for d in ([1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0]):
        h = geo.ray_hits(p, f, end[None], np.array([d], dtype=float))[0]
        assert len(h) and h[0] < 0.02, d
    # "about S2": between the first and the third sacral foramina
    z1 = L["sacral-foramen.S1.left"][2]
    z3 = L["sacral-foramen.S3.left"][2]
    assert z3 < end[2] < z1 + 0.004
    assert np.linalg.norm(end - L["dural-sac-end"]) < 0.003
    # the whole sac stays out of the sacrum's bone
    low = sac[sac[:, 2] < p[:, 2].max()]
    assert _inside(p, f, low[:: max(1, len(low) // 300)]).mean() < 0.01


def test_foramina_open_where_their_landmarks_say(atlas, sacrum):
    from footspine_viz.atlas import sacrum as sc

    p, f = sacrum
    L = atlas.landmarks
    tri = p[f]
    for lv in LEVELS:
        canal = L[f"sacral-canal.{lv}"]
        assert not _inside(p, f, canal)[0], lv  # the canal is open at every level
        for side in ids.SIDES:
            lat = 1 if side == "left" else -1
            a = L[f"sacral-foramen.{lv}.{side}"]
            b = L[f"sacral-foramen-posterior.{lv}.{side}"]
            # each is the centre of an opening: the rim is about one foramen radius away
            for q, r in ((a, sc.ANT_RADIUS[lv]), (b, sc.POST_RADIUS[lv])):
                near = tri[np.linalg.norm(tri.mean(1) - q, axis=1) < 0.015]
                cp = geo.closest_on_triangles(np.repeat(q[None], len(near), 0), near)
                d = np.min(np.linalg.norm(cp - q, axis=1))
                assert 0.6 * r < d < 1.3 * r, (lv, side, d, r)
            assert a[1] < canal[1] - 0.01 and b[1] > canal[1], (lv, side)
            assert lat * a[0] > 0.006 and lat * b[0] > 0.004
            # a hole, not a dent: 2 mm in from each opening there is no bone
            assert not _inside(p, f, a + [0, 0.002, 0])[0], (lv, side)
            assert not _inside(p, f, b - [0, 0.002, 0])[0], (lv, side)
    # rows descend and converge
    for side in ids.SIDES:
        za = [L[f"sacral-foramen.{lv}.{side}"][2] for lv in LEVELS]
        xa = [abs(L[f"sacral-foramen.{lv}.{side}"][0]) for lv in LEVELS]
        assert all(u > v for u, v in zip(za, za[1:], strict=False)) and all(
            u >= v for u, v in zip(xa, xa[1:], strict=False)
        )
    # the two sides mirror each other
    for lv in LEVELS:
        a, b = L[f"sacral-foramen.{lv}.left"], L[f"sacral-foramen.{lv}.right"]
        assert np.allclose(a * [-1, 1, 1], b, atol=0.0015), lv


def test_hiatus_opens_on_the_dorsal_midline_below_s4(atlas, sacrum):
    p, f = sacrum
    L = atlas.landmarks
    h = L["sacral-hiatus"]
    assert abs(h[0]) < 0.002
    assert h[2] < L["sacral-canal.S4"][2] and h[1] > L["sacral-canal.S4"][1]
    assert p[:, 2].min() < h[2]
    # looking up into the hiatus from behind and below: no bone for 5 mm
    inward = L["sacral-canal.S4"] - h
    inward /= np.linalg.norm(inward)
    assert not _inside(p, f, h + 0.005 * inward)[0]


def test_the_cut_is_the_source_sacrum_minus_the_planned_canal_and_foramina(atlas):
    """Rebuild the sacrum from myo-sim and the plan: the same arrays, twice (deterministic)."""
    from footspine_viz.atlas import bones as bn
    from footspine_viz.atlas import build as build_mod
    from footspine_viz.atlas import landmarks as lm
    from footspine_viz.atlas import sacrum as sc

    with build_mod._quiet_stderr():
        skel = bn.load_skeleton()
    raw = skel.bones["sacrum"]
    (sp, sf), _ = build_mod._split_coccyx(raw.points, raw.faces)
    sp, sf = build_mod._cap_holes(sp, sf)
    p, f = geo.refine_smooth(sp, sf, build_mod.REFINE["sacrum"])
    l5s = atlas.structures["vertebra.L5"]
    l5 = lm.analyse_vertebra(l5s.points.astype(float), l5s.faces.astype(np.int64))
    s1 = lm.analyse_sacrum(p, f, l5)
    hips = {s: atlas.structures[f"hip.{s}"].points.astype(float) for s in ids.SIDES}
    disc = atlas.structures["disc.L5-S1"].points.astype(float)
    runs = [sc.cut_sacrum(p, f, s1, hips, l5["canal"], disc) for _ in range(2)]
    (p1, f1, lm1, _, _), (p2, f2, _, _, _) = runs
    assert np.array_equal(p1, p2) and np.array_equal(f1, f2)
    # The atlas was cut from full-precision inputs; these come from its float32 arrays,
    # so the rebuild matches to a fraction of a millimetre rather than bit for bit.
    import trimesh

    got = atlas.structures["sacrum"]
    v_got = trimesh.Trimesh(got.points.astype(float), got.faces, process=False).volume
    v_new = trimesh.Trimesh(p1, f1, process=False).volume
    assert abs(v_new - v_got) < 0.003 * v_got
    assert abs(len(f1) - len(got.faces)) < 0.01 * len(got.faces)
    for name in (
        "sacral-hiatus",
        "sacral-foramen.S2.left",
        "sacral-foramen-posterior.S3.right",
        "dural-sac-end",
        "canal.S1",
    ):
        assert np.linalg.norm(lm1[name] - atlas.landmarks[name]) < 2e-4, name
