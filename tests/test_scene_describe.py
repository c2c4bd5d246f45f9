"""The pure scene description: highlight, paint, labels, texts and picks, without drawing.

These tests build the scene geometry from the real atlas and knowledge base
and check the frame that ``describe()`` returns; the renderer's tests check
that what VTK draws matches such frames.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from footspine_viz.scene import paint
from footspine_viz.scene.describe import describe, kb_rgb
from footspine_viz.scene.pick import lookup_skin, pick_disc, pick_nerve
from footspine_viz.scene.state import DEFAULT_LAYERS, ViewState

pytestmark = [pytest.mark.atlas]


@pytest.mark.parametrize("root", ["L3", "L4", "L5", "S1", "S2"])
def test_a_root_lights_exactly_what_explain_names(geo, kb, root):
    from footspine_viz.model import explain

    frame = describe(geo, ViewState(root=root, side="right"))
    assert set(frame.lit) == set(explain(kb, root=root, side="right").nerves)
    assert all(key.endswith(".right") for key in frame.lit_keys())
    colour = kb_rgb(kb, root)
    assert all(light.rgb == pytest.approx(colour) for light in frame.nerve_lights)


def test_a_possible_root_is_lit_paler_and_its_skin_lighter(geo, kb):
    frame = describe(geo, ViewState(site="L4-L5-paracentral", side="left"))
    assert dict(frame.roots) == {"L5": 1.0, "S1": 0.5}
    scales = {layer.key: layer.scale for layer in frame.skin_layers}
    assert scales["L5"] > scales["S1"]
    sural = next(
        n for n in frame.nerve_lights if n.segment == "sural.left"
    )  # S1 only: the possible root
    assert not np.allclose(sural.rgb, kb_rgb(kb, "S1"))


def test_the_same_state_gives_equal_frames_and_json(geo):
    st = ViewState(site="fibular-head", side="both", mode="student", view="lateral")
    a, b = describe(geo, st), describe(geo, st)
    assert a == b
    d = json.loads(json.dumps(a.to_dict()))
    assert d["state"]["site"] == "fibular-head" and d["view"] == "lateral"
    assert {n["segment"] for n in d["nerve_lights"]} == a.lit_keys()


def test_dermatome_paint_shows_l5_on_the_dorsum_and_s1_on_the_heel(geo, kb):
    def vertex(name, axis):
        p = geo.skin_points
        lm = geo.landmarks[f"{name}.left"]
        near = np.flatnonzero((np.linalg.norm(p - lm, axis=1) < 0.03) & (geo.skin_side == "left"))
        return near[np.argmax(p[near] @ np.asarray(axis, dtype=float))]

    dorsum, heel = vertex("mtp3-dorsum", (0, 0, 1)), vertex("lateral-heel", (1, 0, 0))
    for root, inside, outside in (("L5", dorsum, heel), ("S1", heel, dorsum)):
        rgba = paint.skin_rgba(geo, describe(geo, ViewState(root=root, map="keegan-garrett")))
        col = np.asarray(kb_rgb(kb, root))
        assert np.linalg.norm(rgba[inside, :3] - col) < np.linalg.norm(rgba[outside, :3] - col)
        assert rgba[inside, 3] > rgba[outside, 3]  # a painted area is drawn more opaque


def test_pain_stays_apart_from_the_dermatome_layer(geo):
    plain = describe(geo, ViewState(root="S1"))
    pain = describe(geo, ViewState(root="S1", layers=DEFAULT_LAYERS | {"pain"}))
    assert not plain.pain_layers and pain.pain_layers
    assert pain.skin_layers == plain.skin_layers
    assert any(e.style == "stripes" for e in pain.legend)


def test_no_label_points_at_a_hidden_structure(geo):
    st = ViewState(root="L5", view="lateral")
    on = describe(geo, st)
    assert {lab.kind for lab in on.labels} >= {"root", "nerve", "field"}
    off = describe(geo, st.with_layer("nerves", False))
    assert not [lab for lab in off.labels if lab.target == "nerves"]
    bare = describe(geo, st.with_layer("skin", False))
    assert not [lab for lab in bare.labels if lab.target == "skin"]


def test_no_label_on_a_spot_the_view_cuts_away(geo):
    """In the sole view the leg above the ankle is cut away: the L5 root is not labelled there."""
    from footspine_viz.scene.cameras import preset

    frame = describe(geo, ViewState(root="L5", view="foot-plantar", skin_opacity=0.85))
    assert not [lab for lab in frame.labels if lab.kind == "root"]
    clips = preset("foot-plantar", geo.landmarks, geo.bounds, "left").clips
    for lab in frame.labels:
        for origin, normal in clips:
            assert ((np.asarray(lab.anchors) - origin) @ np.asarray(normal) >= 0).all(), lab.key


def test_texts_come_from_the_knowledge_base(geo, kb):
    frame = describe(geo, ViewState(root="L5", side="right"))
    assert frame.title == kb.text["en"]["picture"]["title-root"]["patient"].format(
        root="L5", side="right side"
    )
    assert (
        kb.text["en"]["ui"]["disclaimer"] in frame.caption
        and kb.text["en"]["ui"]["credits"] in frame.caption
    )
    student = describe(geo, ViewState(root="L5", mode="student"))
    assert kb.text["en"]["picture"]["student-note"] in student.caption


def test_picks_mean_roots_nerves_sites_and_skin_lookups(geo):
    k = geo.seg_index["root.L5.left"]
    res = pick_nerve(geo, k, geo.segments[k].curve[5])
    assert (res.kind, res.id, res.side) == ("root", "L5", "left")
    res = pick_nerve(
        geo, geo.seg_index["sciatic.right"], geo.segments[geo.seg_index["sciatic.right"]].curve[9]
    )
    assert res.kind == "nerve" and res.id == "sciatic" and {"L5", "S1"} <= set(res.roots)
    assert pick_disc(geo, "L4-L5", geo.landmarks["disc-centre.L4-L5"]).id == "L4-L5-paracentral"
    heel, toe = geo.landmarks["heel-back.left"], geo.landmarks["mtp3-dorsum.left"]
    mid = heel + 0.55 * (toe - heel)
    p = geo.skin_points
    near = np.flatnonzero(np.linalg.norm(p[:, :2] - mid[:2], axis=1) < 0.01)
    sole = p[near[np.argmin(p[near, 2])]]
    res = lookup_skin(geo, sole, "keegan-garrett")
    assert (
        res.kind == "skin" and res.side == "left" and "sole" in res.regions and res.roots[0] == "S1"
    )


def test_titles_list_many_roots_and_a_systemic_problem_points_nowhere(geo, kb):
    cauda = describe(geo, ViewState(site="cauda-equina"))
    roots = [a.root for a in kb.sites["cauda-equina"].roots if a.likelihood == "primary"]
    assert f"{roots[-2]} and {roots[-1]} nerves" in cauda.title and cauda.title.count(" and ") == 1
    assert kb.text["en"]["sides"]["left"] not in cauda.title  # a problem of no one side
    diabetic = describe(geo, ViewState(site="diabetic-neuropathy", side="both"))
    assert not [lab for lab in diabetic.labels if lab.kind == "site"]
    assert any(
        layer.kind == "territory" for layer in diabetic.skin_layers
    )  # the stocking is painted
