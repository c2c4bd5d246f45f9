"""The state rules every front-end shares (footspine_viz.scene.rules), on the real knowledge base."""

from __future__ import annotations

import pytest

from footspine_viz.errors import UserError
from footspine_viz.scene import rules
from footspine_viz.scene.pick import PickResult
from footspine_viz.scene.state import ViewState


def test_click_versus_drag():
    assert rules.is_click((100, 100), (100 + rules.CLICK_TOLERANCE_PX, 100))
    assert not rules.is_click((100, 100), (100 + rules.CLICK_TOLERANCE_PX + 1, 100))
    assert not rules.is_click((100, 100), (100, 90))
    assert not rules.is_click(None, (100, 100))


def test_a_root_clears_the_site_and_a_site_the_root():
    s = rules.change(ViewState(), site="L4-L5-paracentral")
    assert s.site == "L4-L5-paracentral"
    s = rules.change(s, root="L5")
    assert (s.root, s.site) == ("L5", None)
    s = rules.change(s, site="fibular-head")
    assert (s.root, s.site) == (None, "fibular-head")


def test_a_camera_preset_brings_its_skin_opacity_unless_one_is_given():
    s = rules.change(ViewState(), view="foot-plantar")
    assert s.skin_opacity == 0.85
    s = rules.change(s, view="overview-posterior")
    assert s.skin_opacity == 0.35
    s = rules.change(s, view="foot-dorsal", skin_opacity=0.2)
    assert s.skin_opacity == 0.2
    # the same view again keeps what the user set
    assert rules.change(s, view="foot-dorsal").skin_opacity == 0.2


def test_choosing_turns_to_the_view_that_suits_it(kb):
    s = rules.choose(kb, ViewState(), root="L5")
    assert (s.root, s.view, s.skin_opacity) == ("L5", "foot-dorsal", 0.85)
    s = rules.choose(kb, s, root="S1", view="foot-lateral")  # an explicit view wins
    assert (s.view, s.skin_opacity) == ("foot-lateral", 0.85)
    s = rules.choose(kb, s, site="tarsal-tunnel")
    assert s.view.startswith("foot-") and s.root is None


def test_choosing_an_unknown_id_is_refused_by_the_check_naming_the_nearest(kb):
    s = rules.choose(kb, ViewState(), root="L9")
    with pytest.raises(UserError, match="L5|L4"):
        s.check_ids(kb.roots, kb.sites, kb.maps)


@pytest.mark.parametrize(
    "pick, kind, changed",
    [
        (PickResult("root", "S1", "right"), "root", {"root": "S1", "side": "right"}),
        (
            PickResult("site", "fibular-head", "left"),
            "site",
            {"site": "fibular-head", "root": None},
        ),
        (PickResult("nerve", "sciatic", "left", roots=("L4", "L5", "S1")), "nerve", {}),
        (PickResult("skin", "foot", "left", regions=("sole",)), "skin", {}),
        (PickResult(None), "none", {}),
    ],
)
def test_a_pick_selects_a_root_or_site_and_leaves_the_camera(kb, pick, kind, changed):
    start = ViewState(root="L4", view="foot-plantar", skin_opacity=0.85)
    new, what = rules.after_pick(start, pick, kb.roots, kb.sites)
    assert what == kind
    assert new.view == "foot-plantar" and new.skin_opacity == 0.85
    for key, value in changed.items():
        assert getattr(new, key) == value
    if not changed:
        assert new == start


def test_a_pick_keeps_both_sides_when_both_are_shown(kb):
    new, _ = rules.after_pick(
        ViewState(side="both"), PickResult("root", "L5", "right"), kb.roots, kb.sites
    )
    assert (new.root, new.side) == ("L5", "both")


def test_home_is_the_default_state():
    assert rules.home("student") == ViewState(mode="student")
