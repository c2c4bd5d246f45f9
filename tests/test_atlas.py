"""The built anatomy atlas: ids, frame, anatomy of bones, landmarks, discs, skin labels."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas import ids

pytestmark = pytest.mark.atlas


def centre(atlas, sid):
    return atlas.structures[sid].points.mean(0)


def test_every_required_structure_and_landmark_is_present(atlas):
    missing = [s for s in ids.required_structures() if s not in atlas.structures]
    assert not missing
    missing = [n for n in ids.required_landmarks() if n not in atlas.landmarks]
    assert not missing
    for name, p in atlas.landmarks.items():
        assert p.shape == (3,) and np.all(np.isfinite(p)), name


def test_arrays_are_compact_and_valid(atlas):
    for s in atlas.structures.values():
        assert s.points.dtype == np.float32 and s.points.shape[1] == 3
        assert s.faces.dtype == np.int32 and s.faces.shape[1] == 3
        assert s.faces.min() >= 0 and s.faces.max() < len(s.points), s.id


def test_manifest_lists_frame_sources_licenses_and_counts(atlas):
    man = atlas.manifest
    assert man["frame"]["units"] == "metre"
    assert (man["frame"]["up"], man["frame"]["anterior"], man["frame"]["left"]) == (
        "+z",
        "-y",
        "+x",
    )
    assert man["build_key"] == atlas.path.name and man["created"]
    entries = {e["id"]: e for e in man["structures"]}
    assert set(entries) == set(atlas.structures)
    for sid, e in entries.items():
        s = atlas.structures[sid]
        assert e["triangles"] == len(s.faces)
        assert np.allclose(e["bounds"][0], s.points.min(0), atol=1e-4)
        assert len(e["checksum"]) == 64 and e["source_package"] and e["source_file"]
    assert "CC BY 3.0" in entries["vertebra.L4"]["license"]
    assert entries["hip.left"]["source_package"] == "osim-rl"
    assert "CC0" in entries["skin"]["license"] and "CC0" in entries["disc.L4-L5"]["license"]
    assert entries["femur.left"]["source_package"] == "myo-sim"
    total = sum(e["triangles"] for e in entries.values())
    assert 200_000 < total < 400_000
    assert 60_000 <= entries["skin"]["triangles"] <= 140_000


def test_every_bone_and_disc_is_a_closed_outward_surface(atlas):
    """Inside/outside tests (nerves out of bone) need closed, consistently oriented bones;
    myo-sim's tibiae lose faces to repairs and get their holes capped."""
    import trimesh

    for sid in ids.bone_ids() + [f"disc.{lv}" for lv in ids.LEVELS]:
        s = atlas.structures[sid]
        m = trimesh.Trimesh(s.points, s.faces, process=False)
        # outward normals too: a renderer that culls back faces shows an inside-out mesh as nothing
        assert m.is_watertight and m.is_winding_consistent and m.volume > 0, sid


def test_vertebrae_stack_in_order_above_sacrum_and_coccyx(atlas):
    z = [centre(atlas, f"vertebra.L{k}")[2] for k in range(1, 6)]
    z += [centre(atlas, "sacrum")[2], centre(atlas, "coccyx")[2]]
    assert all(a > b for a, b in zip(z, z[1:], strict=False))


def test_feet_at_the_bottom_and_sides_mirrored(atlas):
    for side in ids.SIDES:
        tib_low = atlas.structures[f"tibia.{side}"].points[:, 2].min()
        for b in ("calcaneus", "metatarsal.1", "phalanx.distal.1", "cuboid"):
            assert atlas.structures[f"{b}.{side}"].points[:, 2].max() < tib_low + 0.02
        assert atlas.structures[f"calcaneus.{side}"].points[:, 2].min() < 0.1
    for sid in ids.bone_ids():
        if sid.endswith(".left"):
            lo = atlas.structures[sid].points
            ro = atlas.structures[sid[: -len("left")] + "right"].points
            mirrored = ro * np.array([-1, 1, 1])
            assert np.abs(lo.min(0) - mirrored.min(0)).max() < 0.03, sid
            assert np.abs(lo.max(0) - mirrored.max(0)).max() < 0.03, sid
            assert lo.mean(0)[0] > 0 > ro.mean(0)[0], sid


def test_leg_landmarks_anatomy(atlas):
    L = atlas.landmarks
    for s in ids.SIDES:
        lat = 1 if s == "left" else -1
        assert L[f"lateral-malleolus.{s}"][2] < L[f"medial-malleolus.{s}"][2]
        assert lat * L[f"lateral-malleolus.{s}"][0] > lat * L[f"medial-malleolus.{s}"][0]
        tib = atlas.structures[f"tibia.{s}"].points
        assert lat * L[f"fibular-head.{s}"][0] > lat * tib[:, 0].mean()
        assert L[f"fibular-neck.{s}"][2] < L[f"fibular-head.{s}"][2]
        assert L[f"hip-centre.{s}"][2] > L[f"knee-centre.{s}"][2] > L[f"ankle-centre.{s}"][2]
        assert L[f"tibial-tuberosity.{s}"][1] < L[f"knee-centre.{s}"][1]  # anterior
        assert L[f"popliteal-fossa-midpoint.{s}"][1] > L[f"knee-centre.{s}"][1]  # posterior
        assert L[f"popliteal-fossa-apex.{s}"][2] > L[f"popliteal-fossa-midpoint.{s}"][2]
        assert lat * L[f"medial-femoral-condyle.{s}"][0] < lat * L[f"knee-centre.{s}"][0]
        assert lat * L[f"greater-trochanter.{s}"][0] > lat * L[f"hip-centre.{s}"][0]
        # Hip centre sits inside the acetabulum: within 3 cm of the hip bone.
        hp = atlas.structures[f"hip.{s}"].points
        assert np.linalg.norm(hp - L[f"hip-centre.{s}"], axis=1).min() < 0.03


def test_pelvis_landmarks_anatomy(atlas):
    L = atlas.landmarks
    for s in ids.SIDES:
        lat = 1 if s == "left" else -1
        assert L[f"psis.{s}"][1] > L[f"asis.{s}"][1]  # PSIS posterior to ASIS
        assert L[f"ischial-tuberosity.{s}"][2] < L[f"hip-centre.{s}"][2]
        assert L[f"iliac-crest-top.{s}"][2] > L[f"asis.{s}"][2] - 0.01
        assert L[f"sciatic-notch.{s}"][2] < L[f"psis.{s}"][2]
        assert L[f"sciatic-notch.{s}"][1] > L[f"hip-centre.{s}"][1]
        assert lat * L[f"sacral-ala.{s}"][0] > 0.02
        assert lat * L[f"si-joint-anterior.{s}"][0] > 0
        assert L[f"sacral-foramen.S1.{s}"][1] < L[f"sacral-foramen-posterior.S1.{s}"][1]


def test_spine_landmarks_anatomy(atlas):
    L = atlas.landmarks
    body = {v: L[f"vertebral-body.{v}"] for v in ("L1", "L2", "L3", "L4", "L5", "S1")}
    order = ["L1", "L2", "L3", "L4", "L5", "S1"]
    for k, lv in enumerate(ids.LEVELS):
        up, lo = body[order[k]], body[order[k + 1]]
        c = L[f"disc-centre.{lv}"]
        assert lo[2] < c[2] < up[2], lv
        for s in ids.SIDES:
            lat = 1 if s == "left" else -1
            pl = L[f"disc-posterolateral.{lv}.{s}"]
            assert pl[1] > c[1] and lat * pl[0] > lat * c[0], lv
    for lv in ids.FORAMEN_LEVELS:
        a, b = lv.split("-")
        for s in ids.SIDES:
            lat = 1 if s == "left" else -1
            f = L[f"foramen.{lv}.{s}"]
            assert body[b][2] < f[2] < body[a][2], (lv, s)
            canal = L[f"canal.{a}"]
            ped = L[f"pedicle.{a}.{s}"]
            assert lat * f[0] > lat * canal[0] + 0.008  # lateral to the canal
            assert f[1] > body[a][1]  # behind the body
            assert abs(f[0] - ped[0]) < 0.012
    for v in ("L3", "L4", "L5", "S1"):
        for s in ids.SIDES:
            lat = 1 if s == "left" else -1
            assert lat * L[f"pedicle.{v}.{s}"][0] > 0.005
    for v in order:
        assert L[f"canal.{v}"][1] > body[v][1]  # canal behind the body
    zs = [L[f"canal.{v}"][2] for v in order]
    assert all(a > b for a, b in zip(zs, zs[1:], strict=False))


def test_foot_landmarks_anatomy(atlas):
    L = atlas.landmarks
    for s in ids.SIDES:
        lat = 1 if s == "left" else -1
        assert lat * L[f"fifth-toe.{s}"][0] > lat * L[f"great-toe.{s}"][0]
        assert lat * L[f"mtp5.{s}"][0] > lat * L[f"mtp1.{s}"][0]
        assert L[f"heel-back.{s}"][1] > L[f"great-toe.{s}"][1] + 0.15
        assert L[f"heel-back.{s}"][1] > L[f"toe2-tip.{s}"][1]
        assert L[f"great-toe.{s}"][1] < L[f"mtp1.{s}"][1] < L[f"navicular-tuberosity.{s}"][1]
        assert lat * L[f"navicular-tuberosity.{s}"][0] < lat * L[f"base-5th-metatarsal.{s}"][0]
        assert lat * L[f"lateral-heel.{s}"][0] > lat * L[f"heel-back.{s}"][0] - 0.005
        assert L[f"mtp3-dorsum.{s}"][2] > L[f"mtp1.{s}"][2] - 0.01
        web = L[f"first-web-space.{s}"]
        assert (
            min(L[f"mtp1.{s}"][0], L[f"mtp5.{s}"][0])
            < web[0]
            < max(L[f"mtp1.{s}"][0], L[f"mtp5.{s}"][0])
        )


def _inside(points, faces, queries):
    """Ray parity: odd number of crossings along +x means inside a closed mesh."""
    hits = geo.ray_hits(
        points.astype(float),
        faces.astype(np.int64),
        queries,
        np.tile([0.0, 0.0137, 1.0], (len(queries), 1)),
    )
    return np.array([len(h) % 2 == 1 for h in hits])


def test_discs_lie_between_vertebrae_and_touch_neither_interior(atlas):
    order = ["vertebra.L1", "vertebra.L2", "vertebra.L3", "vertebra.L4", "vertebra.L5", "sacrum"]
    for k, lv in enumerate(ids.LEVELS):
        d = atlas.structures[f"disc.{lv}"]
        up, lo = atlas.structures[order[k]], atlas.structures[order[k + 1]]
        assert up.points[:, 2].mean() > d.points[:, 2].mean() > lo.points[:, 2].mean()
        sample = d.points[:: max(1, len(d.points) // 150)].astype(float)
        for bone in (up, lo):
            inside = _inside(bone.points, bone.faces, sample)
            assert inside.mean() < 0.03, (lv, bone.id, inside.mean())
        # The disc fills the gap: its height along the axis between the bodies is at least 3 mm.
        axis = up.points.mean(0) - lo.points.mean(0)
        height = np.ptp(d.points @ (axis / np.linalg.norm(axis)))
        assert height > 0.003, (lv, height)


def test_dural_sac_runs_in_the_canal_and_ends_in_the_sacrum(atlas):
    sac = atlas.structures["dural-sac"].points
    L = atlas.landmarks
    for v in ("L2", "L3", "L4", "L5"):
        c = L[f"canal.{v}"]
        near = sac[np.abs(sac[:, 2] - c[2]) < 0.003]
        assert np.linalg.norm(near.mean(0)[:2] - c[:2]) < 0.006, v
        assert np.abs(near[:, 0]).max() < 0.015
    sp = atlas.structures["sacrum"].points
    end = sac[np.argmin(sac[:, 2])]
    assert end[2] < L["canal.S1"][2]
    assert sp[:, 2].min() < end[2] < sp[:, 2].max()


def test_skin_labels_follow_the_body(atlas):
    skin = atlas.structures["skin"].points
    seg, side = atlas.skin_labels["segment"], atlas.skin_labels["side"]
    assert len(seg) == len(side) == len(skin)
    assert set(seg) == set(ids.SKIN_SEGMENTS)
    assert set(side) == set(ids.SKIN_SIDES)
    L = atlas.landmarks
    for s in ids.SIDES:
        lat = 1 if s == "left" else -1
        mine = side == s
        assert np.all(lat * skin[mine & (seg == "foot"), 0] > 0)
        t1 = skin[mine & (seg == "toe1")].mean(0)
        t5 = skin[mine & (seg == "toe5")].mean(0)
        assert lat * t5[0] > lat * t1[0] + 0.02
        foot = skin[mine & (seg == "foot")]
        assert foot[:, 2].max() < L[f"knee-centre.{s}"][2] - 0.2
        knee = skin[mine & (seg == "knee")]
        assert np.abs(knee[:, 2] - L[f"knee-centre.{s}"][2]).max() < 0.08
        thigh = skin[mine & (seg == "thigh")][:, 2].mean()
        leg = skin[mine & (seg == "leg")][:, 2].mean()
        assert (
            L[f"hip-centre.{s}"][2]
            > thigh
            > L[f"knee-centre.{s}"][2]
            > leg
            > L[f"ankle-centre.{s}"][2]
        )
    back = skin[seg == "back"]
    assert back[:, 1].mean() > L["canal.L3"][1] - 0.01  # posterior
    butt = skin[seg == "buttock"]
    assert butt[:, 1].mean() > L["hip-centre.left"][1]
    sad = skin[seg == "saddle"]
    assert np.abs(sad[:, 0]).max() < 0.04 and sad[:, 2].max() < L["hip-centre.left"][2]


def test_bones_stay_inside_the_skin(atlas):
    from scipy.spatial import cKDTree

    skin = atlas.structures["skin"]
    n = geo.vertex_normals(skin.points.astype(float), skin.faces.astype(np.int64))
    tree = cKDTree(skin.points)
    for sid in (
        "femur.left",
        "tibia.right",
        "fibula.left",
        "calcaneus.right",
        "metatarsal.5.left",
        "hip.left",
        "sacrum",
        "vertebra.L4",
        "patella.right",
    ):
        p = atlas.structures[sid].points
        d, i = tree.query(p)
        out = ((p - skin.points[i]) * n[i]).sum(1) > 0.001
        assert out.mean() < 0.02, (sid, out.mean())


def test_every_foot_bone_stays_inside_the_skin(atlas):
    """Metatarsals and all phalanges (toes 1-5, tips included) lie inside the skin with >= 1 mm.

    A bone vertex is "out" when it is outside the closed skin surface (ray parity straight down
    to the sole, on the skin near that bone) or within 1 mm of it, judged by the normal at the
    nearest skin vertex (that test is also fooled by skin folds and crossed toes, which must not
    be there either). Tolerance: at most 0.5 % of a bone's vertices may be out, and none by
    more than 1 mm beyond the skin.
    """
    from scipy.spatial import cKDTree

    skin = atlas.structures["skin"]
    sp, sf = skin.points.astype(float), skin.faces.astype(np.int64)
    n = geo.vertex_normals(sp, sf)
    tree = cKDTree(sp)
    tri = sp[sf]
    for side in ids.SIDES:
        for k in range(1, 6):
            names = [f"metatarsal.{k}.{side}"] + [
                f"phalanx.{p}.{k}.{side}"
                for p in ("proximal", "middle", "distal")
                if (p, k) != ("middle", 1)
            ]
            for sid in names:
                p = atlas.structures[sid].points.astype(float)
                d, i = tree.query(p)
                depth = ((p - sp[i]) * n[i]).sum(1)  # > 0: beyond the skin
                near = depth > -0.001
                assert near.mean() <= 0.005 and depth.max() < 0.001, (sid, near.mean(), depth.max())
                lo, hi = p.min(0) - 0.02, p.max(0) + 0.002
                box = ((tri[:, :, :2] > lo[:2]) & (tri[:, :, :2] < hi[:2])).all(2).any(1) & (
                    tri[:, :, 2].min(1) < hi[2]
                )
                sample = p[:: max(1, len(p) // 120)]
                hits = geo.ray_hits(
                    sp, sf[box], sample, np.tile([0.0071, 0.0113, -1.0], (len(sample), 1))
                )
                outside = np.array([len(h) % 2 == 0 for h in hits])
                assert outside.mean() <= 0.005, (sid, "outside the skin", outside.mean())


def test_each_skin_toe_is_labelled_by_the_toe_it_covers(atlas):
    """The little toe's skin is 'toe5' all round, sole side included (S1 paints it by that label).

    Skin within 10 mm of a toe's phalanges, nearer to them than to any other toe's, and more than
    8 mm ahead of the base of the proximal phalanx (past the web) must carry that toe's label:
    at least 93 % of it all round, 95 % on the plantar half, 99 % on the distal half of the toe.
    """
    from scipy.spatial import cKDTree

    skin = atlas.structures["skin"].points.astype(float)
    seg, side = atlas.skin_labels["segment"], atlas.skin_labels["side"]
    for s in ids.SIDES:
        bones = [
            np.vstack(
                [
                    atlas.structures[f"phalanx.{p}.{k}.{s}"].points
                    for p in ("proximal", "middle", "distal")
                    if (p, k) != ("middle", 1)
                ]
            )
            for k in range(1, 6)
        ]
        d = np.stack([cKDTree(b).query(skin)[0] for b in bones], 1)
        for k in range(1, 6):
            b = bones[k - 1]
            base = atlas.structures[f"phalanx.proximal.{k}.{s}"].points[:, 1].max()
            toe = (
                (side == s)
                & (d.argmin(1) == k - 1)
                & (d[:, k - 1] < 0.01)
                & (skin[:, 1] < base - 0.008)
            )
            ok = seg == f"toe{k}"
            plantar = toe & (skin[:, 2] < b[:, 2].mean())
            distal = toe & (skin[:, 1] < 0.5 * (base + b[:, 1].min()))
            assert toe.sum() > 500, (s, k)
            assert ok[toe].mean() >= 0.93, (s, k, ok[toe].mean())
            assert ok[plantar].mean() >= 0.95, (s, k, "plantar", ok[plantar].mean())
            assert ok[distal].mean() >= 0.99, (s, k, "distal", ok[distal].mean())


def test_loading_a_built_atlas_imports_no_vtk(atlas):
    code = (
        "import sys; from footspine_viz.atlas import load_atlas; "
        "a=load_atlas(progress=False); "
        "assert 'vtk' not in sys.modules and 'pyvista' not in sys.modules, 'vtk imported'; "
        "print(len(a.structures))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) == len(atlas.structures)
    from footspine_viz.atlas import load_atlas

    # load time is measured by scripts/bench.py, never asserted in a test
    again = load_atlas(progress=False)
    assert again.manifest["build_key"] == atlas.manifest["build_key"]


def test_facets_laminae_and_posterior_body_edges(atlas):
    L = atlas.landmarks
    for lv in ids.FORAMEN_LEVELS:
        up, lo = lv.split("-")
        disc = L[f"disc-centre.{lv}"]
        for s in ids.SIDES:
            lat = 1 if s == "left" else -1
            f = L[f"facet.{lv}.{s}"]
            assert f[1] > L[f"foramen.{lv}.{s}"][1] - 0.002  # behind the foramen
            assert lat * f[0] > 0.005 and abs(f[2] - disc[2]) < 0.03
    for v in ("L3", "L4", "L5"):
        assert L[f"lamina.{v}"][1] > L[f"canal.{v}"][1] > L[f"vertebral-body.{v}"][1]
        lo, hi = (
            L[f"vertebral-body-posterior-inferior.{v}"],
            L[f"vertebral-body-posterior-superior.{v}"],
        )
        assert lo[2] < L[f"vertebral-body.{v}"][2] < hi[2]
        assert lo[1] > L[f"vertebral-body.{v}"][1] and hi[1] > L[f"vertebral-body.{v}"][1]
    # unslipped: L5's back edge lines up with S1's, above it, across the disc
    l5, s1 = L["vertebral-body-posterior-inferior.L5"], L["vertebral-body-posterior-superior.S1"]
    assert abs(l5[1] - s1[1]) < 0.003 and 0.004 < l5[2] - s1[2] < 0.02
