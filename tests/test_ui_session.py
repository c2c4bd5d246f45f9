"""The desktop explorer's session and keys, on the real model and renderer."""

from __future__ import annotations

import pytest

from footspine_viz.ui.desktop import Keys, summary
from footspine_viz.ui.session import InvalidInput, Session

pytestmark = [pytest.mark.atlas, pytest.mark.render]


@pytest.fixture()
def session(kb, renderer):
    return Session(kb, renderer)


@pytest.mark.parametrize(
    "changes",
    [
        {"root": "L9"},
        {"root": 5},
        {"site": "nowhere"},
        {"side": "up"},
        {"layers": "skin"},
        {"layers": ["skin", "x-ray"]},
        {"skin_opacity": 7},
        {"skin_opacity": "much"},
        {"mode": "doctor"},
        {"view": "moon"},
        {"map": "typical-pain"},
        {"__proto__": 1},
    ],
)
def test_bad_client_values_are_refused_and_change_nothing(session, changes):
    session.update(root="L4")
    before, frame = session.view, session.renderer.frame
    with pytest.raises(InvalidInput):
        session.update(**changes)
    assert session.view == before
    assert session.renderer.frame is frame  # nothing was drawn


def test_choosing_turns_the_camera_and_the_renderer_draws_the_state(session):
    session.choose(root="L5")
    assert (session.view.root, session.view.view) == ("L5", "foot-dorsal")
    assert session.renderer.view == "foot-dorsal" and session.renderer.state == session.view
    assert (
        "big toe" in " ".join(i for s in session.info()["sections"] for i in s["items"]).lower()
        or "big toe" in session.info()["sections"][0]["items"][0].lower()
    )


def test_marking_the_sole_answers_s1_and_clearing_removes_the_marks(session, renderer):
    from probes import skin_point

    sole = skin_point(renderer, "sole-mid", (0, 0, -1))
    session.update(map="keegan-garrett")
    mark = session.mark_skin(renderer.lookup_skin(sole))
    assert mark.answer["ranked"][0] == "S1" and "sole" in mark.regions
    assert session.view.marks == (tuple(float(v) for v in sole),)
    assert renderer.state.marks == session.view.marks
    session.clear_marks()
    assert session.marks == [] and session.view.marks == () and renderer.state.marks == ()


def test_reset_returns_home(session):
    session.update(root="L5", view="foot-dorsal")
    session.reset()
    assert session.view == session.home and session.renderer.view == session.home.view


def test_tour_visits_home_l4_l5_s1_and_a_disc_herniation(session):
    steps = session.tour()
    assert steps[0] == {"root": None, "site": None}
    assert [s.get("root") for s in steps[1:4]] == ["L4", "L5", "S1"]
    assert steps[4] == {"site": "L4-L5-paracentral"}


def test_desktop_keys(session, tmp_path):
    keys = Keys(session, out_dir=tmp_path)
    keys.press("5")
    assert session.view.root == "L5"
    keys.press("5")
    assert session.view.root is None
    keys.press("1")
    assert session.view.root == "S1"
    keys.press("s")
    first_site = session.view.site
    assert first_site and session.view.root is None
    keys.press("s")
    assert session.view.site not in (None, first_site)
    keys.press("m")
    assert session.view.mode == "student"
    keys.press("m")
    assert session.view.mode == "patient"
    first = session.view.view
    keys.press("v")
    assert session.view.view != first and session.renderer.view == session.view.view
    msg = keys.press("p")
    assert "saved" in msg and list(tmp_path.glob("*.png"))
    keys.press("h")
    assert keys.show_help
    keys.press("0")
    assert session.view == session.home


def test_desktop_summary_always_keeps_the_disclaimer_and_the_urgent_note(session, kb):
    session.choose(site="cauda-equina")
    text = summary(session, lines=10)
    flat = " ".join(text.split())
    urgent = kb.text_for("ui", "emergency", "patient")
    assert flat.startswith("!! ") and flat.count(urgent) == 1
    disclaimer = kb.text_for("ui", "disclaimer", "patient")
    assert flat.endswith(disclaimer)
    session.choose(root="L5")
    flat = " ".join(summary(session, lines=10).split())
    assert urgent in flat and not flat.startswith("!! ")
