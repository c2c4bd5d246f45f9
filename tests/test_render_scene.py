"""The renderer on the real atlas: in-place updates, picking, nerve geometry,
and that the right skin lights up for the right root (projected pixels)."""

from __future__ import annotations

import numpy as np
import pytest
from probes import looks_like, skin_point

from footspine_viz.scene.describe import kb_rgb

pytestmark = [pytest.mark.atlas, pytest.mark.render]

SIZE = (480, 360)


@pytest.fixture()
def r(renderer):
    from footspine_viz.scene.state import ViewState

    renderer.apply(ViewState())
    return renderer


def test_apply_updates_in_place_without_new_actors(r):
    before_ids = r.actor_ids()
    before = dict(r.actors)
    st = r.state
    for s in (
        st.replace(root="L5"),
        st.replace(site="L4-L5-paracentral", view="lumbar-closeup"),
        st.replace(site="L5-S1-isthmic-spondylolisthesis"),
        st.replace(site="fibular-head", side="both"),
        st.replace(
            root="S1", view="foot-lateral", layers={"skin", "nerves", "pain"}, skin_opacity=1.0
        ),
        st.replace(root=None, site=None, marks=((0.09, 0.0, 0.06), (0.08, 0.1, 0.07))),
        st.replace(root=None, site=None),
    ):
        r.apply(s)
        r.render()
        assert r.actor_ids() == before_ids
    assert r.actors.keys() == before.keys() and all(r.actors[k] is before[k] for k in before)


def test_slipped_vertebra_moves_forward_and_back(r):
    st = r.state.replace(
        root=None, site="L4-L5-degenerative-spondylolisthesis", view="lumbar-lateral"
    )
    r.apply(st)
    assert r.actors["vertebra.L4"].GetPosition()[1] < -0.004  # forward is -y
    r.apply(st.replace(site=None))
    assert r.actors["vertebra.L4"].GetPosition() == (0.0, 0.0, 0.0)
    # an isthmic slip draws L5 in two pieces (body forward, arch behind) in its place
    r.apply(st.replace(site="L5-S1-isthmic-spondylolisthesis"))
    assert not r.actors["vertebra.L5"].GetVisibility()
    shown = [n for n, a in r.actors.items() if n.startswith("shape.") and a.GetVisibility()]
    assert any(".L5-body." in n for n in shown) and any(".L5-arch." in n for n in shown)
    r.apply(st.replace(site=None))
    assert r.actors["vertebra.L5"].GetVisibility()


def test_site_lights_only_what_lies_downstream(r):
    frame = r.apply(
        r.state.replace(root=None, site="fibular-head", side="left", view="leg-posterior")
    )
    lit = frame.lit_keys()
    assert {"common-fibular.left", "deep-fibular.left", "superficial-fibular.left"} <= lit
    assert not {"sciatic.left", "tibial.left", "root.L5.left"} & lit
    frame = r.apply(r.state.replace(site="L4-L5-paracentral", view="lumbar-closeup"))
    lit = {n.segment: n for n in frame.nerve_lights}
    assert "sciatic.left" in lit and "deep-fibular.left" in lit and "root.L4.left" not in lit
    assert "root.L5.right" not in lit  # the other side stays unlit
    # L5 fibres join the lumbosacral trunk part-way: its start is not lit for L5
    assert lit["lumbosacral-trunk.left"].start > 0.1


def test_pick_on_a_nerve_returns_its_root(r):
    r.apply(
        r.state.replace(root="L5", site=None, side="left", view="lumbar-closeup", layers={"nerves"})
    )
    r.render()
    seg = next(s for s in r.segments if s.key == "root.L5.left")
    x, y, _ = r.world_to_display([seg.curve[len(seg.curve) * 2 // 3]])[0]
    res = r.pick(x, y)
    assert res.kind == "root" and res.id == "L5" and res.side == "left"
    # a nerve that carries several roots reports the nerve and its roots
    r.apply(r.state.replace(view="overview-posterior"))
    r.render()
    seg = next(s for s in r.segments if s.key == "sciatic.left")
    x, y, _ = r.world_to_display([seg.curve[len(seg.curve) // 2]])[0]
    res = r.pick(x, y)
    assert res.kind == "nerve" and res.id == "sciatic" and "L5" in res.roots and "S1" in res.roots


def test_pick_on_the_sole_returns_a_skin_point(r):
    from footspine_viz.scene.state import DEFAULT_LAYERS

    r.apply(
        r.state.replace(root=None, view="foot-plantar", layers=DEFAULT_LAYERS, skin_opacity=1.0)
    )
    r.render()
    heel, toe = r.landmarks["heel-back.left"], r.landmarks["mtp3-dorsum.left"]
    mid = heel + 0.55 * (toe - heel)
    p = np.asarray(r.atlas.structures["skin"].points, dtype=float)
    near = np.linalg.norm(p[:, :2] - mid[:2], axis=1) < 0.01
    sole = p[near][np.argmin(p[near][:, 2])]
    x, y, _ = r.world_to_display([sole])[0]
    res = r.pick(x, y)
    assert res.kind == "skin" and res.side == "left"
    assert "sole" in res.regions
    assert res.roots and res.roots[0] == "S1"  # Keegan & Garrett: the sole is S1, L5 overlaps


def test_picking_does_not_rebuild(r):
    ids = r.actor_ids()
    for x, y in ((10, 10), (240, 180), (300, 200)):
        res = r.pick(x, y)
        if res.kind == "root":
            r.apply(r.state.replace(root=res.id))
    assert r.actor_ids() == ids


def test_nerves_stay_near_their_control_points(r):
    for seg in r.segments:
        for cp in seg.control:
            d = np.min(np.linalg.norm(seg.curve - cp, axis=1))
            assert d < 0.012, f"{seg.key} strays {d * 1000:.0f} mm from a control point"


def test_nerves_never_pass_through_bone(r, atlas):
    """Independent check with VTK's enclosed-points test on every closed bone mesh."""
    import pyvista as pv
    import trimesh
    import vtk

    curves = {s.key: s.curve[::2] for s in r.segments}
    for sid, s in atlas.structures.items():
        if s.kind != "bone":
            continue
        tm = trimesh.Trimesh(s.points, s.faces, process=False)
        if not tm.is_watertight:
            continue
        lo, hi = s.points.min(0), s.points.max(0)
        surf = pv.PolyData(
            np.asarray(s.points, dtype=float),
            np.hstack([np.full((len(s.faces), 1), 3), s.faces]).ravel(),
        )
        for key, c in curves.items():
            sel = np.all((c > lo) & (c < hi), axis=1)
            if not sel.any():
                continue
            enc = vtk.vtkSelectEnclosedPoints()
            enc.SetInputData(pv.PolyData(c[sel]))
            enc.SetSurfaceData(surf)
            enc.SetTolerance(1e-4)
            enc.Update()
            inside = np.array([enc.IsInside(i) for i in range(int(sel.sum()))], dtype=bool)
            if inside.any():
                # allow grazing: a point counts only if it is more than 1.5 mm deep
                d = np.min(
                    np.linalg.norm(s.points[None, :, :] - c[sel][inside][:, None, :], axis=2),
                    axis=1,
                )
                assert d.max() < 0.0015, f"{key} passes {d.max() * 1000:.1f} mm inside {sid}"


@pytest.mark.parametrize("view", ["foot-dorsal"])
def test_l5_colours_the_dorsum_and_s1_does_not(r, view):
    from footspine_viz.scene.state import DEFAULT_LAYERS

    kn = r.kb
    base = r.state.replace(
        site=None,
        side="left",
        view=view,
        layers=DEFAULT_LAYERS,
        skin_opacity=0.85,
        map="keegan-garrett",
    )
    dorsum = skin_point(r, "mtp3-dorsum", (0, 0, 1))
    mid = skin_point(r, "navicular-tuberosity", (0, 0, 1))  # mid-foot, top
    skin = np.array([226, 184, 155]) / 255.0
    r.apply(base.replace(root="L5"))
    img = r.image()
    assert looks_like(img, r, dorsum, kb_rgb(kn, "L5"), [kb_rgb(kn, "S1"), skin])
    r.apply(base.replace(root="S1"))
    img = r.image()
    assert not looks_like(img, r, dorsum, kb_rgb(kn, "S1"), [kb_rgb(kn, "L5"), skin])
    assert not looks_like(img, r, dorsum, kb_rgb(kn, "L5"), [kb_rgb(kn, "S1"), skin])
    del mid


def test_s1_colours_the_lateral_foot_and_heel_and_l5_does_not(r):
    from footspine_viz.scene.state import DEFAULT_LAYERS

    kn = r.kb
    base = r.state.replace(
        site=None,
        side="left",
        view="foot-lateral",
        layers=DEFAULT_LAYERS,
        skin_opacity=0.85,
        map="keegan-garrett",
    )
    edge = skin_point(r, "base-5th-metatarsal", (1, 0, 0))
    heel = skin_point(r, "lateral-heel", (1, 0, 0))
    skin = np.array([226, 184, 155]) / 255.0
    r.apply(base.replace(root="S1"))
    img = r.image()
    for p in (edge, heel):
        assert looks_like(img, r, p, kb_rgb(kn, "S1"), [kb_rgb(kn, "L5"), skin])
    r.apply(base.replace(root="L5"))
    img = r.image()
    for p in (edge, heel):
        assert not looks_like(img, r, p, kb_rgb(kn, "S1"), [kb_rgb(kn, "L5"), skin])


def test_overlap_is_blended_not_hidden(r):
    """With no selection every root of the map is painted; where two overlap both colours mix."""
    from footspine_viz.scene import paint

    st = r.state.replace(root=None, site=None, view="foot-dorsal")
    fields = paint.skin_fields(r.geometry, r.describe(st))
    assert len(fields) >= 4
    w = np.stack([f for _, f in fields])
    both = ((w > 0.2).sum(axis=0) >= 2).sum()
    assert both > 50  # e.g. L4's medial band over L5's dorsum (Keegan & Garrett)


def test_marks_use_the_fixed_pool(r):
    pool = [a for n, a in r.actors.items() if n.startswith("mark.")]
    st = r.state.replace(root=None, site=None, marks=((0.09, 0.0, 0.06),))
    r.apply(st)
    shown = [a for a in pool if a.GetVisibility()]
    assert len(shown) == 1 and shown[0].GetPosition() == (0.09, 0.0, 0.06)
    r.apply(st.replace(marks=()))
    assert not any(a.GetVisibility() for a in pool)


@pytest.mark.parametrize(
    "site", ["fibular-head", "L4-L5-paracentral", "L4-L5-foraminal", "tarsal-tunnel"]
)
def test_highlight_lights_exactly_what_explain_names(r, kb, site):
    """One graph, one answer: the lit nerves are explain()'s nerves.

    At the fibular head the sural branch has already left, so it stays dark.
    """
    from footspine_viz.model import explain
    from footspine_viz.scene.state import ViewState

    frame = r.describe(ViewState(site=site, side="left"))
    lit = {key.rsplit(".", 1)[0] for key in frame.lit_keys() if key.endswith(".left")}
    assert lit == set(explain(kb, site=site, side="left").nerves)
    for root in kb.roots:
        fr = r.describe(ViewState(root=root, side="left"))
        lit_root = {key.rsplit(".", 1)[0] for key in fr.lit_keys() if key.endswith(".left")}
        assert lit_root == set(explain(kb, root=root, side="left").nerves), root
    if site == "fibular-head":
        assert "sural" not in lit and "superficial-fibular" in lit


def test_exported_pictures_carry_the_disclaimer_and_the_emergency_box_when_explain_does(r, kb):
    """The picture never says less than the panel: same rule, same words."""
    from footspine_viz.model import explain
    from footspine_viz.scene.state import ViewState

    disclaimer = kb.text["en"]["ui"]["disclaimer"]
    for site in kb.sites:
        for mode in ("patient", "student"):
            frame = r.describe(ViewState(site=site, side="left", mode=mode))
            e = explain(kb, site=site, side="left", mode=mode)
            assert disclaimer in frame.caption, (site, mode)
            assert bool(frame.urgent) == e.emergency, (site, mode)
            if e.emergency:
                assert frame.urgent == e.text["emergency"]
    assert not r.describe(ViewState(site="fibular-head")).urgent
    assert not r.describe(ViewState(root="L5")).urgent
    # a one-sided disc gets the calm safety net, not the emergency box (issue 10)
    paracentral = r.describe(ViewState(site="L4-L5-paracentral"))
    assert not paracentral.urgent and paracentral.safety_net
    assert r.describe(ViewState(site="cauda-equina")).urgent


def test_a_nerve_seen_through_the_x_ray_skin_is_what_a_click_picks(r):
    """With the default layers the skin lies in front of every nerve; a click
    on a nerve the user can see must still select the nerve, not the skin."""
    from footspine_viz.scene.state import DEFAULT_LAYERS

    r.apply(
        r.state.replace(
            root=None, site=None, view="lateral", layers=DEFAULT_LAYERS, skin_opacity=0.35
        )
    )
    r.set_view("lateral")
    r.render()
    seg = next(s for s in r.segments if s.key == "superficial-fibular.left")
    x, y, _ = r.world_to_display([seg.curve[len(seg.curve) // 2]])[0]
    res = r.pick(x, y)
    assert (res.kind, res.id) == ("root", "L5") or (
        res.kind == "nerve" and res.id == "superficial-fibular"
    )
    # an opaque skin hides the nerve: the same click is a skin lookup
    r.apply(r.state.replace(skin_opacity=1.0))
    r.render()
    assert r.pick(x, y).kind == "skin"


def test_every_site_anchor_and_marker_resolves_in_the_atlas(r, kb):
    """No site may silently lose its marker or label to a missing landmark."""
    from footspine_viz.body import landmark
    from footspine_viz.scene.pathology import site_shapes

    for site in kb.sites.values():
        for side in ("left", "right"):
            assert landmark(r.landmarks, site.anchor, side) is not None
    shapes = site_shapes(kb, r.landmarks, r.segments)
    with_marker = {s.site for s in shapes}
    assert {s for s, rec in kb.sites.items() if rec.kind != "systemic"} <= with_marker
