"""Default views are chosen by how much of the picture a root's skin area covers."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = [pytest.mark.atlas, pytest.mark.render, pytest.mark.slow]


@pytest.fixture(scope="module")
def share():
    spec = importlib.util.spec_from_file_location(
        "view_share", Path(__file__).resolve().parents[1] / "scripts" / "view_share.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def r(atlas, kb):
    from footspine_viz.render.renderer import SceneRenderer

    ren = SceneRenderer(atlas, kb, size=(320, 240))
    yield ren
    ren.close()


@pytest.mark.parametrize("root", ["L4", "L5", "S1", "S2"])
def test_a_root_opens_where_its_skin_area_is_largest(share, r, kb, root):
    from footspine_viz.scene.views import WHOLE_BODY, views_for

    views = views_for(kb, root=root)
    measured = share.measure(r, {"root": root, "side": "left"}, share.SKIN_VIEWS, {})
    assert views[0] == max(share.SKIN_VIEWS, key=measured.get)
    assert measured[views[0]] > 0.04  # the area is a good part of the picture
    # the whole-body view that shows its course best is offered too
    assert (
        max(WHOLE_BODY, key=measured.get) in views
        or measured[max(WHOLE_BODY, key=measured.get)] < 0.005
    )
    # the complaint that started this: from behind, L5's skin hardly shows
    if root == "L5":
        assert measured["lateral"] > 3 * measured["overview-posterior"]


def test_the_lateral_close_up_leaves_out_the_hip_bones_and_skin():
    from footspine_viz.scene.views import hidden_in_view

    assert set(hidden_in_view("lumbar-lateral")) == {"skin", "bones"}
    assert hidden_in_view("overview-posterior") == ()
