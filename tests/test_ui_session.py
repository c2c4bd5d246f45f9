"""The explorer's UI logic (session, validation, keys) with a stand-in renderer.

No VTK, no trame: a fake knowledge base with the real record shapes and a
renderer that records what it was asked to do. Integration with the real
model and renderer is in test_ui_web.py and the browser tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from footspine_viz.ui import adapt
from footspine_viz.ui.desktop import Keys
from footspine_viz.ui.session import InvalidInput, Session


@dataclass
class Pick:
    kind: str | None
    id: str | None
    side: str | None = None
    point: tuple = (0.0, 0.0, 0.0)
    regions: tuple = ()
    roots: tuple = ()


class FakeRenderer:
    def __init__(self):
        self.applied = []
        self.views = []
        self.next_pick = Pick(None, None)
        self.shots = []

    def apply(self, state):
        self.applied.append(state)

    def set_view(self, name):
        self.views.append(name)

    def pick(self, x, y):
        return self.next_pick

    def screenshot(self, path, annotate=True, **kw):
        self.shots.append((path, annotate))
        path.write_bytes(b"\x89PNG fake")


def _kb():
    root = lambda rid, color: SimpleNamespace(id=rid, color=color)  # noqa: E731
    site = lambda sid, group: SimpleNamespace(  # noqa: E731
        id=sid, group=group, kind="peripheral" if group == "peripheral" else "paracentral", roots=())
    return SimpleNamespace(
        text_for=lambda section, key, mode: "",
        roots={r: root(r, c) for r, c in [("L3", "#E69F00"), ("L4", "#009E73"), ("L5", "#0072B2"),
                                           ("S1", "#D55E00"), ("S2", "#CC79A7")]},
        sites={s.id: s for s in [site("L4-L5-paracentral", "disc-herniation"),
                                 site("fibular-head", "peripheral"),
                                 site("central-stenosis-L4-L5", "stenosis")]},
        maps={"keegan-garrett": SimpleNamespace(id="keegan-garrett", title="Classic", kind="dermatome"),
              "pain": SimpleNamespace(id="pain", title="Pain", kind="pain")},
    )


@pytest.fixture()
def session(monkeypatch):
    monkeypatch.setattr(adapt, "explain_panel", lambda kb, view: {
        "title": f"explain {view.root or view.site or 'home'}", "disclaimer": "D"})
    monkeypatch.setattr(adapt, "lookup_answer", lambda kb, regions, mode: {"title": "lookup " + ",".join(regions)})
    return Session(_kb(), FakeRenderer())


def test_catalog_puts_l4_l5_s1_first_and_groups_sites_clinically(session):
    cat = session.catalog
    assert [r["label"] for r in cat.roots][:3] == ["L4", "L5", "S1"]
    assert [r["label"] for r in cat.roots] == ["L4", "L5", "S1", "L3", "S2"]
    assert cat.roots[1]["color"] == "#0072B2"
    assert [g["id"] for g in cat.site_groups] == ["disc-herniation", "stenosis", "peripheral"]
    assert [m["id"] for m in cat.maps] == ["keegan-garrett"]  # pain is a layer, not a map


def test_selecting_a_root_clears_the_site_and_reaches_the_renderer(session):
    session.update(site="L4-L5-paracentral")
    assert session.view.site == "L4-L5-paracentral"
    session.update(root="L5")
    assert (session.view.root, session.view.site) == ("L5", None)
    assert session.renderer.applied[-1].root == "L5"
    assert session.info()["title"] == "explain L5"


def test_choosing_in_the_panel_turns_the_camera_but_a_3d_pick_does_not(session):
    """L5 chosen in the panel opens from the side, where its skin area shows;
    a click on a nerve in 3D keeps the camera where the user put it."""
    session.choose(root="L5")
    assert (session.view.root, session.view.view) == ("L5", "lateral")
    assert session.renderer.views[-1] == "lateral"
    session.set_camera("foot-plantar")
    session.renderer.next_pick = Pick("root", "S1", "left")
    assert session.click(10, 10) == "root"
    assert (session.view.root, session.view.view) == ("S1", "foot-plantar")
    session.choose(site="fibular-head")
    assert session.view.view == "lateral"
    with pytest.raises(InvalidInput):
        session.choose(root="L9")
    assert session.view.site == "fibular-head"


@pytest.mark.parametrize("changes", [
    {"root": "L9"}, {"root": 5}, {"site": "nowhere"}, {"side": "up"}, {"layers": "skin"},
    {"layers": ["skin", "x-ray"]}, {"skin_opacity": 7}, {"skin_opacity": "much"}, {"mode": "doctor"},
    {"view": "moon"}, {"map": "pain"}, {"__proto__": 1},
])
def test_bad_client_values_are_refused_and_change_nothing(session, changes):
    session.update(root="L4")
    before, n = session.view, len(session.renderer.applied)
    with pytest.raises(InvalidInput):
        session.update(**changes)
    assert session.view == before
    assert len(session.renderer.applied) == n


def test_click_on_a_one_root_nerve_selects_that_root_and_side(session):
    session.renderer.next_pick = Pick("root", "S1", side="right")
    assert session.click(10, 10) == "root"
    assert (session.view.root, session.view.side) == ("S1", "right")


def test_click_on_a_shared_nerve_names_its_roots_without_guessing_one(session):
    session.update(root="L4")
    session.renderer.next_pick = Pick("nerve", "sciatic", side="left", roots=("L4", "L5", "S1"))
    assert session.click(10, 10) == "nerve"
    assert session.view.root == "L4"
    assert session.message == "sciatic: L4, L5, S1"


def test_click_on_a_site_marker_selects_the_site(session):
    session.renderer.next_pick = Pick("site", "fibular-head", side="left")
    assert session.click(1, 1) == "site"
    assert session.view.site == "fibular-head"


def test_click_on_skin_marks_spots_with_answers_and_clear_removes_them(session):
    session.renderer.next_pick = Pick("skin", None, side="left", point=(0.1, 0.2, 0.0), regions=("heel",))
    session.click(5, 5)
    session.renderer.next_pick = Pick("skin", None, side="left", point=(0.1, 0.3, 0.0), regions=("sole",))
    session.click(6, 6)
    assert [m.answer["title"] for m in session.marks] == ["lookup heel", "lookup sole"]
    assert session.view.marks == ((0.1, 0.2, 0.0), (0.1, 0.3, 0.0))
    assert session.renderer.applied[-1].marks == session.view.marks
    session.clear_marks()
    assert session.marks == [] and session.view.marks == ()


def test_click_on_nothing_changes_nothing(session):
    before = session.view
    assert session.click(0, 0) == "none"
    assert session.view == before


def test_reset_returns_home(session):
    session.update(root="L5", view="foot-dorsal")
    session.reset()
    assert session.view == session.home
    assert session.renderer.views[-1] == session.home.view


def test_tour_visits_home_l4_l5_s1_and_a_disc_herniation(session):
    steps = session.tour()
    assert steps[0] == {"root": None, "site": None}
    assert [s.get("root") for s in steps[1:4]] == ["L4", "L5", "S1"]
    assert steps[4] == {"site": "L4-L5-paracentral"}


def test_export_png_uses_the_renderer_annotated_screenshot(session):
    assert session.export_png().startswith(b"\x89PNG")
    assert session.renderer.shots[-1][1] is True


def test_desktop_keys(session, tmp_path):
    keys = Keys(session, out_dir=tmp_path)
    keys.press("5")
    assert session.view.root == "L5"
    keys.press("5")
    assert session.view.root is None
    keys.press("1")
    assert session.view.root == "S1"
    keys.press("s")
    assert session.view.site == "L4-L5-paracentral" and session.view.root is None
    keys.press("s")
    assert session.view.site == "central-stenosis-L4-L5"
    keys.press("m")
    assert session.view.mode == "student"
    keys.press("m")
    assert session.view.mode == "patient"
    first = session.view.view
    keys.press("v")
    assert session.view.view != first and session.renderer.views[-1] == session.view.view
    assert "saved" in keys.press("p")
    keys.press("h")
    assert keys.show_help
    keys.press("0")
    assert session.view == session.home


def test_desktop_summary_always_keeps_the_disclaimer_and_the_urgent_note(monkeypatch, session):
    from footspine_viz.ui.desktop import summary

    long = {"title": "L5", "sections": [{"title": f"S{i}", "items": ["x" * 40] * 3} for i in range(8)],
            "urgent": "Numbness between the legs: seek emergency care now.",
            "disclaimer": "Educational illustration only."}
    monkeypatch.setattr(session, "info", lambda: long)
    text = summary(session, lines=10)
    flat = " ".join(text.split())
    assert text.splitlines()[-1].startswith("Educational") and "seek emergency care now" in flat
    monkeypatch.setattr(session, "info", lambda: {**long, "emergency": long["urgent"]})
    flat = " ".join(summary(session, lines=10).split())
    assert flat.startswith("!! Numbness") and flat.count("seek emergency care now") == 1


def test_a_camera_preset_brings_its_skin_opacity(session):
    """Foot views show the skin nearly opaque (a tap asks which nerve serves
    it); overview views go back to the x-ray skin the nerves show through."""
    session.set_camera("foot-plantar")
    assert session.view.skin_opacity == 0.85
    session.set_camera("overview-posterior")
    assert session.view.skin_opacity == 0.35
    session.update(view="foot-dorsal", skin_opacity=0.2)  # an explicit choice wins
    assert session.view.skin_opacity == 0.2
