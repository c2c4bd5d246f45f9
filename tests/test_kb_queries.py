"""explain, lookup, downstream, region_weights and root_colors answer as documented."""

from __future__ import annotations

import pytest

from footspine_viz.errors import UserError
from footspine_viz.model import downstream, explain, lookup, region_weights, root_colors, root_rgb

# ------------------------------------------------------------------ explain


def test_explain_root_L5(kb):
    e = explain(kb, root="L5")
    assert [r.id for r in e.roots] == ["L5"]
    assert e.nerves[0] == "root.L5" and "deep-fibular" in e.nerves and "sural" not in e.nerves
    assert "big-toe-extension" in e.weakness and e.reflexes == ("medial-hamstring",)
    assert "dorsum" in e.regions["keegan-garrett"] and "first-web-space" in e.regions["lee-2008"]
    assert e.anchor == "foramen.L5-S1.left" and not e.emergency


def test_explain_S1_toe_walk_and_achilles(kb):
    e = explain(kb, root="S1", side="right")
    assert "toe-walk" in e.weakness and "achilles" in e.reflexes
    assert e.anchor == "sacral-foramen.S1.right"
    assert {"lateral-foot", "heel"} <= set(e.regions["lee-2008"])


def test_explain_L4_patellar(kb):
    assert "patellar" in explain(kb, root="L4").reflexes


def test_explain_site_roots_main_first_and_nerves_to_foot(kb):
    e = explain(kb, site="L4-L5-paracentral", side="left")
    assert [(r.id, r.role) for r in e.roots][0] == ("L5", "traversing")
    assert e.nerves[:5] == (
        "root.L5",
        "spinal-nerve.L5",
        "lumbosacral-trunk",
        "sacral-plexus",
        "sciatic",
    )
    assert e.anchor == "disc-posterolateral.L4-L5.left"
    # regions come from the primary root only: S1's lateral foot is not shown
    assert "lateral-foot" not in e.regions["keegan-garrett"]


def test_foraminal_site_starts_at_the_spinal_nerve(kb):
    e = explain(kb, site="L4-L5-foraminal")
    assert e.roots[0].id == "L4" and e.roots[0].role == "exiting"
    assert (
        e.nerves[0] == "spinal-nerve.L4" and "saphenous" in e.nerves and "root.L4" not in e.nerves
    )


def test_peripheral_site_lights_only_below_the_site(kb):
    e = explain(kb, site="fibular-head")
    assert e.nerves == ("common-fibular", "deep-fibular", "superficial-fibular")
    assert not e.roots and set(e.regions) == {"peripheral-nerves"}
    assert "first-web-space" in e.regions["peripheral-nerves"]
    assert {"ankle-inversion", "hip-abduction"} <= set(e.spared)
    assert "ankle-inversion" not in e.weakness and "hip-abduction" not in e.weakness


@pytest.mark.parametrize("site", ["L4-L5-central-stenosis", "cauda-equina"])
def test_emergency_box_for_central_sites(kb, site):
    e = explain(kb, site=site, mode="patient")
    assert e.emergency and "cauda-equina" in e.red_flags
    assert e.text["emergency"] == kb.text_for("ui", "emergency", "patient")
    assert e.bilateral


def test_no_emergency_box_for_single_root_site(kb):
    e = explain(kb, site="L5-S1-paracentral")
    assert not e.emergency and e.text["emergency"] is None
    assert e.text["disclaimer"].startswith("Educational illustration only.")


def test_cauda_equina_adds_the_saddle(kb):
    assert "saddle" in explain(kb, site="cauda-equina").regions["keegan-garrett"]


def test_map_filter_and_student_notes(kb):
    e = explain(kb, root="L4", map="lee-2008", mode="student")
    assert set(e.regions) == {"lee-2008"}
    assert any("great toe" in n for n in e.text["notes"])
    assert "L4" in e.text["summary"] and e.text["summary"] != explain(kb, root="L4").text["summary"]


def test_to_dict_has_the_documented_keys(kb):
    d = explain(kb, site="L4-L5-paracentral").to_dict()
    for key in ("roots", "nerves", "regions", "weakness", "reflexes", "red_flags", "text"):
        assert key in d
    assert d["roots"][0] == {"id": "L5", "role": "traversing", "likelihood": "primary"}


@pytest.mark.parametrize(
    "kwargs, word",
    [
        ({"root": "L6"}, "L5"),
        ({"site": "L4-L5-paracentrl"}, "L4-L5-paracentral"),
        ({"root": "L5", "map": "lee2008"}, "lee-2008"),
        ({"root": "L5", "side": "lefty"}, "left"),
        ({"root": "L5", "mode": "doctor"}, "patient"),
        ({}, "exactly one"),
        ({"root": "L5", "site": "piriformis"}, "exactly one"),
    ],
)
def test_explain_bad_input_names_nearest_ids(kb, kwargs, word):
    with pytest.raises(UserError) as err:
        explain(kb, **kwargs)
    assert err.value.exit_code == 2 and word in str(err.value)


# ------------------------------------------------------------------- lookup


def _ids(ans, kind):
    return [c.id for c in ans.candidates if c.kind == kind]


def test_lookup_lateral_foot_heel_S1_first_sural_lookalike(kb):
    ans = lookup(kb, ["lateral-foot", "heel"])
    assert ans.candidates[0].id == "S1" and ans.candidates[0].kind == "root"
    assert ans.lookalikes[0].id == "sural"


def test_lookup_first_web_space_L5_and_deep_fibular(kb):
    ans = lookup(kb, ["first-web-space"])
    assert ans.roots[0].id == "L5" and ans.lookalikes[0].id == "deep-fibular"
    assert "fibular-head" in ans.lookalikes[0].sites


def test_lookup_medial_malleolus_L4_and_saphenous(kb):
    ans = lookup(kb, ["medial-malleolus"])
    assert ans.roots[0].id == "L4" and "saphenous" in _ids(ans, "nerve")


def test_lookup_great_toe_L5_above_contested_L4(kb):
    ans = lookup(kb, ["great-toe"])
    scores = {c.id: c for c in ans.roots}
    assert ans.roots[0].id == "L5" and 0 < scores["L4"].score < scores["L5"].score
    assert "maps disagree" in scores["L4"].why


def test_lookup_with_one_map_changes_the_score(kb):
    kg = {c.id: c.score for c in lookup(kb, ["great-toe"], map="keegan-garrett").roots}
    lee = {c.id: c.score for c in lookup(kb, ["great-toe"], map="lee-2008").roots}
    assert kg["L4"] > 0 and "L4" not in lee


def test_lookup_is_sorted_and_saddle_warns(kb):
    ans = lookup(kb, ["saddle", "sole"])
    scores = [c.score for c in ans.candidates]
    assert scores == sorted(scores, reverse=True)
    assert any("emergency" in n for n in ans.notes)


def test_lookup_bad_region_and_nerve_map(kb):
    with pytest.raises(UserError, match="dorsum"):
        lookup(kb, ["dorsm"])
    with pytest.raises(UserError, match="keyed by nerve"):
        lookup(kb, ["dorsum"], map="peripheral-nerves")


# ----------------------------------------------------- helpers for the scene


def test_downstream_filters_by_root(kb):
    assert downstream(kb, "sciatic", "S1") == (
        "sciatic",
        "tibial",
        "common-fibular",
        "sural",
        "lateral-plantar",
        "medial-calcaneal",
        "superficial-fibular",
        "plantar-digital.3",
    )
    assert "deep-fibular" in downstream(kb, "sciatic", "L5")
    assert set(downstream(kb, "common-fibular")) >= {"deep-fibular", "superficial-fibular", "sural"}
    with pytest.raises(UserError, match="sciatic"):
        downstream(kb, "sciatc")


def test_region_weights(kb):
    assert region_weights(kb, "keegan-garrett", "L4")["great-toe"] < 1.0
    assert region_weights(kb, "lee-2008", "L5")["dorsum"] == 1.0
    assert region_weights(kb, "peripheral-nerves", "deep-fibular") == {"first-web-space": 1.0}
    assert region_weights(kb, None, "S1") == region_weights(kb, "keegan-garrett", "S1")
    with pytest.raises(UserError):
        region_weights(kb, "keegan-garrett", "sural")


def test_root_colors_match_the_data(kb):
    colors = root_colors(kb)
    assert set(colors) == {"L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5"}
    assert colors["L5"] == kb.roots["L5"].color
    r, g, b = root_rgb(kb)["S1"]
    assert all(0 <= v <= 1 for v in (r, g, b)) and r > b


def test_knowledge_is_cached(kb):
    from footspine_viz.model import load_knowledge

    assert load_knowledge() is load_knowledge()


def test_lookup_pain_only_area_points_to_the_pain_layer(kb):
    ans = lookup(kb, ["lateral-thigh"])
    assert not ans.roots and [c.id for c in ans.pain] == ["L5"]
    assert any("L5" in n and "typical-pain" in n for n in ans.notes)


def test_lookup_buttock_answers_with_pain_and_the_medial_S3_ring(kb):
    ans = lookup(kb, ["buttock"])
    # the buttock is mostly a pain area (radicular L5/S1 pain, piriformis) ...
    assert {"L5", "S1", "piriformis"} <= {c.id for c in ans.pain}
    assert ans.pain[0].id == "piriformis" and ans.pain[0].kind == "site"
    # ... while only the medial buttock is S3 skin in the classic map, weakly
    assert [c.id for c in ans.roots] == ["S3"] and ans.roots[0].score < 0.5


def test_lookup_morton_area_offers_the_digital_nerve(kb):
    ans = lookup(kb, ["toes-2-4-plantar"])
    assert "plantar-digital.3" in [c.id for c in ans.lookalikes]
    assert "morton-neuroma" in ans.sites
    # the tops of the toes are not the digital nerve's skin
    assert "plantar-digital.3" not in [c.id for c in lookup(kb, ["toes-2-4"]).lookalikes]


def test_explain_with_a_map_that_does_not_apply_returns_it_empty(kb):
    assert dict(explain(kb, root="L5", map="peripheral-nerves").regions) == {
        "peripheral-nerves": ()
    }
    assert dict(explain(kb, site="fibular-head", map="lee-2008").regions) == {"lee-2008": ()}


def test_lookup_root_candidates_name_their_sites(kb):
    l5 = lookup(kb, ["dorsum"]).roots[0]
    assert l5.id == "L5"
    assert {"L4-L5-paracentral", "L5-S1-foraminal", "L5-S1-isthmic-spondylolisthesis"} <= set(
        l5.sites
    )
    assert "L5-S1-paracentral" not in l5.sites
