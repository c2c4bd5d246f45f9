"""The explorer's panels and choices, read from the real knowledge base."""

from __future__ import annotations

import pytest

from footspine_viz.scene.panel import explain_panel as _explain_panel
from footspine_viz.scene.panel import lookup_panel as _lookup_panel
from footspine_viz.ui import adapt


def explain_panel(kb, state):
    return _explain_panel(kb, state).to_dict()


def lookup_panel(kb, regions, mode):
    return _lookup_panel(kb, regions, mode).to_dict()


@pytest.fixture(scope="module")
def catalog(kb):
    return adapt.Catalog.from_kb(kb)


@pytest.fixture(scope="module")
def home(catalog):
    from footspine_viz.scene import rules

    return rules.home(mode="patient")


def _all_text(panel):
    return " ".join(
        [panel["title"], panel["emergency"]] + [i for s in panel["sections"] for i in s["items"]]
    )


def test_choices_come_from_the_knowledge_base(kb, catalog, home):
    assert [r["label"] for r in catalog.roots][:3] == ["L4", "L5", "S1"]
    assert {r["id"] for r in catalog.roots} == set(kb.roots)
    assert catalog.site_ids == set(kb.sites)
    assert [g["id"] for g in catalog.site_groups][0] == "disc-herniation"
    assert catalog.site_groups[-1]["id"] == "outside-the-spine"
    assert all(r["color"].startswith("#") for r in catalog.roots)
    assert home.map in kb.maps  # the home view names a map the knowledge base has


def test_l5_panel_speaks_of_big_toe_and_top_of_foot_with_disclaimer(kb, home):
    panel = explain_panel(kb, home.replace(root="L5"))
    text = _all_text(panel).lower()
    assert "big toe" in text and "top of the foot" in text
    assert panel["disclaimer"] == kb.text_for("ui", "disclaimer", "patient")
    assert panel["emergency"] == "" and panel["sources"] == []


def test_central_stenosis_raises_the_emergency_banner_and_student_mode_cites(kb, home):
    panel = explain_panel(kb, home.replace(site="L4-L5-central-stenosis", mode="student"))
    assert panel["emergency"] == kb.text_for("ui", "emergency", "student")
    assert panel["sources"] and all(":" in s for s in panel["sources"])
    assert panel["disclaimer"]


def test_home_panel_has_disclaimer_and_no_banner(kb, home):
    panel = explain_panel(kb, home)
    assert panel["disclaimer"] and panel["emergency"] == ""


def test_lookup_of_the_sole_ranks_s1_first_with_lookalikes(kb):
    ans = lookup_panel(kb, ["sole"], "patient")
    assert ans["ranked"][0] == "S1"
    assert any("outside the spine" in s["title"] for s in ans["sections"])


def test_lookup_answer_speaks_plainly_to_patients_and_precisely_to_students(kb):
    patient = lookup_panel(kb, ["sole"], "patient")
    student = lookup_panel(kb, ["sole"], "student")
    p_items = [i for s in patient["sections"] for i in s["items"]]
    s_items = [i for s in student["sections"] for i in s["items"]]
    assert p_items[0] == "S1: most likely"
    assert not any("%" in i or "keegan" in i.lower() for i in p_items)
    assert s_items[0].startswith("S1 (") and "%" in s_items[0]


def test_lookup_of_unknown_region_is_harmless(kb):
    assert lookup_panel(kb, ["nowhere"], "patient")["ranked"] == []
