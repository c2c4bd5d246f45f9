"""The annotation data says what the clinical brief says, in the data's own terms.

These tests pin the facts the app teaches (roles of roots at each site, tests
and reflexes per root, map disagreements, the nerve graph) so an edit to the
YAML that changes a clinical claim fails loudly.
"""

from __future__ import annotations

import re

import pytest

from footspine_viz.model import downstream, walk

FOOT_ROOTS = ("L4", "L5", "S1")


# --------------------------------------------------------------- nerve graph


def test_graph_has_a_single_origin_and_no_orphans(kb):
    origins = [s.id for s in kb.segments.values() if s.parent is None]
    assert origins == ["cauda-equina"]
    reached = set(walk(kb, ["cauda-equina"]))
    assert reached == set(kb.segments), set(kb.segments) - reached


@pytest.mark.parametrize("root", FOOT_ROOTS)
def test_root_reaches_the_foot_through_segments_carrying_it(kb, root):
    path = downstream(kb, f"root.{root}", root)
    assert all(root in kb.segments[s].carries for s in path)
    in_foot = [s for s in path if kb.segments[s].reaches == "foot"]
    assert in_foot, f"{root} never reaches the foot"
    assert set(kb.roots[root].foot_carriers) <= set(path)


def test_L3_has_no_carrier_to_the_foot(kb):
    assert kb.roots["L3"].foot_carriers == ()
    assert not [s for s in downstream(kb, "root.L3", "L3") if kb.segments[s].reaches == "foot"]


def test_sciatic_carries_L4_to_S2_and_children_only_carry_what_parents_bring(kb):
    assert set(kb.segments["sciatic"].carries) == {"L4", "L5", "S1", "S2"}
    for seg in kb.segments.values():
        if seg.inputs:
            brought = {r for i in seg.inputs for r in kb.segments[i].carries}
            assert set(seg.carries) <= brought, seg.id


def test_required_segments_exist(kb):
    wanted = {
        "root.L3",
        "root.L4",
        "root.L5",
        "root.S1",
        "root.S2",
        "spinal-nerve.L5",
        "lumbosacral-trunk",
        "sacral-plexus",
        "sciatic",
        "tibial",
        "common-fibular",
        "deep-fibular",
        "superficial-fibular",
        "sural",
        "medial-plantar",
        "lateral-plantar",
        "medial-calcaneal",
        "femoral",
        "saphenous",
    }
    assert wanted <= set(kb.segments)


def test_deep_fibular_carries_L5_to_first_web_space(kb):
    assert "deep-fibular" in downstream(kb, "root.L5", "L5")
    assert "deep-fibular" not in downstream(kb, "root.S1", "S1")


# --------------------------------------------------------------------- roots


@pytest.mark.parametrize(
    "root, test",
    [
        ("S1", "toe-walk"),
        ("L5", "big-toe-extension"),
        ("L4", "sit-to-stand"),
        ("L3", "sit-to-stand"),
        ("L5", "hip-abduction"),
    ],
)
def test_root_weakness_tests(kb, root, test):
    assert test in kb.roots[root].weakness_tests


@pytest.mark.parametrize(
    "root, reflex",
    [("S1", "achilles"), ("L4", "patellar"), ("L3", "patellar"), ("L5", "medial-hamstring")],
)
def test_root_reflexes(kb, root, reflex):
    assert reflex in [r.id for r in kb.roots[root].reflexes]


def test_L5_reflex_is_only_supplementary(kb):
    assert [(r.id, r.status) for r in kb.roots["L5"].reflexes] == [
        ("medial-hamstring", "supplementary")
    ]


def test_heel_walk_is_shared_and_contested(kb):
    t = kb.tests["heel-walk"]
    assert set(t.roots) == {"L4", "L5"} and t.confidence == "contested"


def test_key_points_are_the_isncsci_landmarks(kb):
    assert {r: kb.roots[r].key_point for r in kb.roots} == {
        "L3": "medial-femoral-condyle",
        "L4": "medial-malleolus",
        "L5": "mtp3-dorsum",
        "S1": "lateral-heel",
        "S2": "popliteal-fossa-midpoint",
        "S3": "ischial-tuberosity",
        "S4": None,  # S4-S5 share the perianal key point, inside the saddle
        "S5": None,
    }
    isncsci = {e.key: e.region for e in kb.maps["isncsci"].entries}
    assert isncsci["S4"] == isncsci["S5"] == "saddle"


def test_root_colours_are_distinct_okabe_ito_then_tol(kb):
    okabe_ito = {
        "#E69F00",
        "#56B4E9",
        "#009E73",
        "#F0E442",
        "#0072B2",
        "#D55E00",
        "#CC79A7",
        "#000000",
    }
    tol_muted = {
        "#332288",
        "#88CCEE",
        "#44AA99",
        "#117733",
        "#999933",
        "#DDCC77",
        "#CC6677",
        "#882255",
        "#AA4499",
    }
    colours = {r.id: r.color.upper() for r in kb.roots.values()}
    assert len(set(colours.values())) == len(colours) == 8
    assert {colours[r] for r in ("L3", "L4", "L5", "S1", "S2", "S3")} <= okabe_ito
    assert {colours["S4"], colours["S5"]} <= tol_muted
    # yellow is the peripheral-nerve highlight, black vanishes on the dark background
    assert not {"#F0E442", "#000000"} & set(colours.values())


# --------------------------------------------------------------------- sites


@pytest.mark.parametrize(
    "site, root, role",
    [
        ("L3-L4-paracentral", "L4", "traversing"),
        ("L4-L5-paracentral", "L5", "traversing"),
        ("L5-S1-paracentral", "S1", "traversing"),
        ("L4-L5-foraminal", "L4", "exiting"),
        ("L5-S1-foraminal", "L5", "exiting"),
        ("L4-L5-lateral-recess-stenosis", "L5", "traversing"),
        ("L5-S1-isthmic-spondylolisthesis", "L5", "exiting"),
        ("L4-L5-degenerative-spondylolisthesis", "L5", "traversing"),
    ],
)
def test_site_main_root_and_role(kb, site, root, role):
    main = kb.sites[site].roots[0]
    assert (main.root, main.role, main.likelihood) == (root, role, "primary")


def test_large_L4_L5_disc_may_reach_S1_and_is_flagged_contested(kb):
    extra = [r for r in kb.sites["L4-L5-paracentral"].roots if r.root == "S1"]
    assert extra and extra[0].likelihood == "possible" and extra[0].confidence == "contested"


@pytest.mark.parametrize("site", ["L4-L5-central-stenosis", "cauda-equina"])
def test_cauda_equina_red_flag_on_central_sites(kb, site):
    assert "cauda-equina" in kb.sites[site].red_flags
    assert kb.sites[site].bilateral


def test_required_sites_exist_with_ui_fields(kb):
    wanted = {
        "L3-L4-paracentral",
        "L4-L5-paracentral",
        "L5-S1-paracentral",
        "L4-L5-foraminal",
        "L5-S1-foraminal",
        "L4-L5-central-stenosis",
        "L4-L5-lateral-recess-stenosis",
        "L5-S1-isthmic-spondylolisthesis",
        "L4-L5-degenerative-spondylolisthesis",
        "piriformis",
        "fibular-head",
        "tarsal-tunnel",
        "morton-neuroma",
        "diabetic-neuropathy",
        "cauda-equina",
    }
    assert wanted <= set(kb.sites)
    groups = {"disc-herniation", "stenosis", "slipped-vertebra", "outside-the-spine"}
    assert {s.group for s in kb.sites.values()} == groups


@pytest.mark.parametrize(
    "condition",
    [
        "herniated-disc",
        "degenerative-disc-disease",
        "spinal-stenosis",
        "spondylolisthesis",
        "facet-arthritis",
    ],
)
def test_every_seed_condition_maps_to_a_site(kb, condition):
    assert [s.id for s in kb.sites.values() if condition in s.conditions]


def test_fibular_head_spares_inversion_hip_abduction_and_reflexes(kb):
    s = kb.sites["fibular-head"]
    assert {"ankle-inversion", "hip-abduction"} <= set(s.spared)
    assert {"achilles", "medial-hamstring"} <= set(s.reflexes_preserved)
    assert "foot-drop" in s.weakness and not s.roots


def test_piriformis_is_contested(kb):
    assert kb.sites["piriformis"].confidence == "contested"


# --------------------------------------------------------------- maps, regions

REQUIRED_REGIONS = (
    "medial-malleolus",
    "instep",
    "medial-leg",
    "anterior-shin",
    "lateral-leg",
    "dorsum",
    "first-web-space",
    "great-toe",
    "toes-2-4",
    "little-toe",
    "lateral-foot",
    "heel",
    "sole",
    "posterior-calf",
    "posterior-thigh",
    "anterior-thigh",
    "anterior-knee",
    "buttock",
    "saddle",
)


def test_required_regions_and_maps_exist(kb):
    assert set(REQUIRED_REGIONS) <= set(kb.regions)
    assert {"keegan-garrett", "lee-2008", "isncsci", "typical-pain", "peripheral-nerves"} <= set(
        kb.maps
    )


def test_region_rules_follow_the_architecture_examples(kb):
    dorsum = kb.regions["dorsum"].rule
    assert dorsum["segments"] == ["foot"] and dorsum["surface"] == "dorsal"
    assert kb.regions["heel"].rule["along"][0] == 0.0
    assert kb.regions["great-toe"].rule["segments"] == ["toe1"]
    assert kb.regions["first-web-space"].rule["near"]["landmark"] == "first-web-space"
    lo, hi = kb.regions["lateral-leg"].rule["around"]
    assert lo < 270 < hi


def test_maps_disagree_on_L4_great_toe_and_say_so(kb):
    kg = {(e.key, e.region): e for e in kb.maps["keegan-garrett"].entries}
    lee = {(e.key, e.region) for e in kb.maps["lee-2008"].entries}
    assert ("L4", "great-toe") in kg and kg[("L4", "great-toe")].confidence == "contested"
    assert ("L4", "great-toe") not in lee and ("L5", "great-toe") in lee
    assert ("L4", "dorsum") not in lee
    noted = {d.id: d for d in kb.disagreements.values()}
    assert "great-toe" in noted["L4-great-toe"].regions and "dorsum" in noted["L4-dorsum"].regions


def test_pain_layer_is_separate_from_dermatomes(kb):
    pain = kb.maps["typical-pain"]
    assert pain.kind == "pain"
    assert ("L5", "buttock") in {(e.key, e.region) for e in pain.entries}
    assert ("L5", "buttock") not in {(e.key, e.region) for e in kb.maps["keegan-garrett"].entries}


# ------------------------------------------------------------ sources, text


def test_every_listed_source_is_cited_by_some_record(kb):
    """The loader checks that every cited code exists; this checks the other way: no dead entries."""
    groups = [
        kb.roots,
        kb.segments,
        kb.sites,
        kb.tests,
        kb.reflexes,
        kb.red_flags,
        kb.conditions,
        kb.maps,
        kb.disagreements,
    ]
    cited = {s for group in groups for rec in group.values() for s in rec.sources}
    cited |= {s for m in kb.maps.values() for e in m.entries for s in e.sources}
    import re

    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for v in node.values():
                yield from strings(v)

    cited |= {
        m for t in strings(dict(kb.text)) for m in re.findall(r"\bS\d+\b", t)
    }  # cited in the text
    assert set(kb.sources) <= cited, sorted(set(kb.sources) - cited)


def test_contested_text_says_so(kb):
    """[C] points are marked in the text, not hidden."""
    assert "[C]" in kb.text_for("roots", "L4", "student")
    assert "debate" in kb.text_for("sites", "piriformis", "patient")


def test_patient_text_never_says_you_have(kb):
    texts = [kb.text_for("roots", r, "patient") for r in kb.roots]
    texts += [kb.text_for("sites", s, "patient") for s in kb.sites]
    texts += [kb.text_for("ui", k, "patient") for k in ("disclaimer", "emergency")]
    assert all(texts)
    for t in texts:
        assert not re.search(r"\byou(?:'ve| have)\b", t, re.IGNORECASE), t


def test_fixed_disclaimer_and_emergency_wording(kb):
    assert kb.text_for("ui", "disclaimer", "patient").startswith("Educational illustration only.")
    assert "seek emergency care now" in kb.text_for("ui", "emergency", "patient")


HEDGES = re.compile(r"\b(may|can|often|usually|sometimes|rarely)\b", re.IGNORECASE)


@pytest.mark.parametrize("section", ["roots", "sites"])
def test_patient_text_is_hedged_and_student_text_cites(kb, section):
    for rid in getattr(kb, section):
        patient = kb.text_for(section, rid, "patient")
        student = kb.text_for(section, rid, "student")
        assert HEDGES.search(patient), f"{section}/{rid}: patient text states facts without hedging"
        assert re.search(r"[(,] ?S\d+[,)]", student), (
            f"{section}/{rid}: student text cites no source"
        )
