"""The conditions as shapes in the bone: meshes for every kind, placed from landmarks,
each seed condition shown at a site, and a slip that shows in the lateral close-up."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.atlas


@pytest.fixture(scope="module")
def segments(geo):
    return geo.segments


@pytest.fixture(scope="module")
def shapes(geo):
    return geo.shapes


@pytest.fixture(scope="module")
def meshes(atlas, shapes):
    from footspine_viz.scene.pathology import shape_mesh

    return {s.key: shape_mesh(s, atlas.structures) for s in shapes}


def by(shapes, site, side="left"):
    return {s.part or s.kind: s for s in shapes if s.site == site and s.side in (side, None)}


def _closed(p, f):
    import trimesh

    return trimesh.Trimesh(p, f, process=False).is_watertight


def test_every_shape_has_a_valid_mesh_and_a_unique_key(shapes, meshes):
    from footspine_viz.scene.pathology_mesh import BUILDERS

    assert len({s.key for s in shapes}) == len(shapes)
    kinds = {s.kind for s in shapes}
    assert kinds <= set(BUILDERS)
    for s in shapes:
        p, f = meshes[s.key]
        assert p.dtype == np.float32 and f.dtype == np.int32 and p.ndim == f.ndim == 2
        if s.kind == "slip":
            assert len(f) == 0 and s.moves  # it moves a vertebra instead
            continue
        assert len(f) > 20 and np.isfinite(p).all() and f.min() >= 0 and f.max() < len(p), s.key
        if s.kind not in ("vertebra-part", "pars-gap", "sac-narrowed"):
            assert _closed(p, f), s.key
        assert 0.0 < s.opacity <= 1.0 and s.tint and all(w > 0 for _, w in s.tint)


def test_kinds_the_older_sites_used_still_have_meshes():
    from footspine_viz.scene.pathology import Shape, shape_mesh

    for kind, extra in (
        ("ring", {}),
        ("lump", {}),
        ("bulge", {}),
        ("marker", {"radii": (0.006, 0.006, 0.002), "axis": (0.0, 1.0, 0.0)}),
    ):
        p, f = shape_mesh(Shape("x", None, kind, (0.0, 0.1, 1.0), **extra))
        assert len(f) > 100 and _closed(p, f), kind
        assert np.linalg.norm(p.mean(0) - [0.0, 0.1, 1.0]) < 0.002


def test_each_seed_condition_maps_to_a_site_with_a_shape_that_shows_it(kb, shapes):
    from footspine_viz.scene.pathology import CONDITION_KINDS

    for cond, kinds in CONDITION_KINDS.items():
        assert cond in kb.conditions, cond
        sites = {sid for sid, site in kb.sites.items() if cond in site.conditions}
        shown = {s.site for s in shapes if s.kind in kinds}
        assert sites & shown, f"{cond}: no site shows it with {sorted(kinds)}"


def test_hides_and_moves_name_atlas_drawables(atlas, shapes):
    for s in shapes:
        for name in s.hides:
            assert name in atlas.structures, (s.key, name)
        for name, shift in s.moves:
            assert name in atlas.structures and np.linalg.norm(shift) > 0.002, (s.key, name)


def test_collapsed_disc_is_lower_and_bulges_with_sclerotic_endplates_filling_the_height(
    atlas, shapes, meshes
):
    d = by(shapes, "L5-S1-foraminal-stenosis")
    disc = d["disc"]
    assert disc.hides == ("disc.L5-S1",)
    u = np.asarray(disc.param("axis"))
    orig = atlas.structures["disc.L5-S1"].points.astype(float)
    new = meshes[disc.key][0].astype(float)
    c = np.asarray(disc.param("centre"))

    def radial(q):
        r = q - c
        return np.linalg.norm(r - np.outer(r @ u, u), axis=1).max()

    assert np.ptp(new @ u) < 0.55 * np.ptp(orig @ u)
    assert radial(new) > radial(orig) + 0.0015  # the annulus bulges out
    upper, lower = meshes[d["endplate-upper"].key][0] @ u, meshes[d["endplate-lower"].key][0] @ u
    assert abs(upper.max() - (orig @ u).max()) < 3e-4 and abs(lower.min() - (orig @ u).min()) < 3e-4
    assert upper.min() < (new @ u).max() and lower.max() > (new @ u).min()  # no gap left


def test_spurs_reach_the_root_they_press(atlas, shapes, segments):
    segs = {s.key: s for s in segments}
    cases = (
        (
            "L5-S1-foraminal-stenosis",
            ("spinal-nerve.L5", "root.L5"),
            ("facet-spur-1", "disc-osteophyte-upper-1"),
        ),
        ("L4-L5-lateral-recess-stenosis", ("root.L5",), ("facet-spur-1",)),
    )
    for site, nerves, parts in cases:
        d = by(shapes, site)
        for part in parts:
            tip = np.asarray(d[part].param("tip"))
            gaps = []
            for n in nerves:
                seg = segs[f"{n}.left"]
                gaps.append(np.linalg.norm(seg.curve - tip, axis=1).min() - seg.diameter / 2)
            assert -0.0005 < min(gaps) < 0.0015, (site, part, min(gaps))


def test_stenosis_narrows_the_dural_sac_at_its_level_only(atlas, shapes, meshes):
    from footspine_viz.scene.pathology_mesh import _sac_narrowed

    s = by(shapes, "L4-L5-central-stenosis")["sac"]
    assert s.hides == ("dural-sac",)
    orig = atlas.structures["dural-sac"].points.astype(float)
    new = meshes[s.key][0].astype(float)
    z0 = s.param("z")

    def width(q, z):
        band = q[np.abs(q[:, 2] - z) < 0.0015]
        return np.ptp(band[:, 0])

    assert width(new, z0) < 0.6 * width(orig, z0)
    for dz in (-0.03, 0.03):
        assert abs(width(new, z0 + dz) - width(orig, z0 + dz)) < 0.05 * width(orig, z0 + dz)
    # the thickened ligament and the facet spurs close in on it from behind and the sides
    d = by(shapes, "L4-L5-central-stenosis")
    lig = meshes[d["flavum"].key][0].astype(float)
    near = new[np.abs(new[:, 2] - z0) < 0.002]
    from scipy.spatial import cKDTree

    assert cKDTree(lig).query(near)[0].min() < 0.0025
    assert _sac_narrowed is not None


def test_isthmic_slip_splits_l5_through_the_pars_and_leaves_the_arch_behind(atlas, shapes, meshes):
    import trimesh

    from footspine_viz.scene.pathology import ISTHMIC_SLIP

    d = by(shapes, "L5-S1-isthmic-spondylolisthesis")
    body, arch, gap = d["L5-body"], d["L5-arch"], d["pars-defect"]
    assert body.hides == ("vertebra.L5",)
    l5 = atlas.structures["vertebra.L5"].points.astype(float)
    pb, pa = meshes[body.key][0].astype(float), meshes[arch.key][0].astype(float)
    # the body went forward by the slip; the arch stayed where it was
    assert np.allclose(pb[:, 1].min(), l5[:, 1].min() + ISTHMIC_SLIP[1], atol=2e-4)
    assert np.allclose(pa[:, 1].max(), l5[:, 1].max(), atol=2e-4)
    # the gap's faces close both pieces: together, two closed solids
    p_gap, f_gap = meshes[gap.key]
    assert len(f_gap) > 20
    union = trimesh.util.concatenate(
        [
            trimesh.Trimesh(*meshes[body.key], process=False),
            trimesh.Trimesh(*meshes[arch.key], process=False),
            trimesh.Trimesh(p_gap, f_gap, process=False),
        ]
    )
    union.merge_vertices()
    assert union.is_watertight and union.body_count == 2


@pytest.mark.parametrize(
    "site, upper, lower, least_mm",
    [
        ("L5-S1-isthmic-spondylolisthesis", "L5", "S1", 6.0),
        ("L4-L5-degenerative-spondylolisthesis", "L4", "L5", 4.0),
    ],
)
def test_the_slip_shows_in_the_lumbar_lateral_view(
    atlas, kb, shapes, meshes, site, upper, lower, least_mm
):
    """Projected on the picture of the lumbar-lateral preset (the view both slips open in),
    the posterior edge of the slipped body's lower endplate lies forward of the lower bone's
    by more than ``least_mm`` (a grade I slip is up to a quarter of the S1 endplate, ~9 mm)."""
    from footspine_viz.scene import cameras
    from footspine_viz.scene.views import suggested_view

    assert suggested_view(kb, site=site) == "lumbar-lateral"
    L = atlas.landmarks
    d = by(shapes, site)
    part = d.get(f"{upper}-body") or d["slip"]
    if part.kind == "slip":
        shift = np.asarray(dict(part.moves)[f"vertebra.{upper}"])
    else:  # measured on the cut piece itself
        shift = np.zeros(3)
        shift[1] = (
            meshes[part.key][0][:, 1].min()
            - atlas.structures[f"vertebra.{upper}"].points[:, 1].min()
        )
    a = L[f"vertebral-body-posterior-inferior.{upper}"] + shift
    b = L[f"vertebral-body-posterior-superior.{lower}"]
    pts = np.vstack([s.points for s in atlas.structures.values() if s.kind in ("bone", "skin")])
    bounds = tuple(np.ravel(np.c_[pts.min(0), pts.max(0)]))
    for side in ("left", "right"):
        cam = cameras.preset("lumbar-lateral", L, bounds, side, 480 / 360)
        pos, foc, up = (np.asarray(v, dtype=float) for v in (cam.position, cam.focal, cam.up))
        fwd = (foc - pos) / np.linalg.norm(foc - pos)
        right = np.cross(fwd, up)
        right /= np.linalg.norm(right)
        # perspective: screen offsets scale with 1/depth; express them in mm at the focal depth
        depth = np.linalg.norm(foc - pos)

        def screen(q, pos=pos, fwd=fwd, right=right, up=up, depth=depth):
            rel = q - pos
            z = rel @ fwd
            return np.array([rel @ right, rel @ up]) * depth / z

        off = screen(a) - screen(b)
        toward_front = -np.sign(right[1]) * off[0]  # forward (-y) on the picture
        assert toward_front * 1000 > least_mm, (side, toward_front * 1000)
        # and it is the slip that does it: it adds most of its length to the step
        off0 = screen(a - shift) - screen(b)
        added = -np.sign(right[1]) * (off[0] - off0[0])
        assert added > 0.8 * np.linalg.norm(shift), (side, added)
