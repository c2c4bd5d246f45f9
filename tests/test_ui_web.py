"""The web explorer's server side with the real renderer, without a browser.

Builds the trame app (not started) around a real Session and calls its
handlers the way trame would: state changes from a client, clicks from the
3D view, the kiosk's idle clock.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.render, pytest.mark.atlas]


@pytest.fixture(scope="module")
def renderer(atlas, kb):
    from footspine_viz.render import SceneRenderer

    r = SceneRenderer(atlas, kb, size=(800, 600), off_screen=True)
    yield r
    r.close()


def make_app(kb, renderer, **options):
    from trame.app import get_server

    from footspine_viz.ui.session import Session
    from footspine_viz.ui.web import WebExplorer, WebOptions

    session = Session(kb, renderer, mode=options.pop("mode", "patient"))
    server = get_server(f"test-{id(session)}", client_type="vue3")
    return WebExplorer(server, session, WebOptions(**options))


def test_client_state_change_reaches_the_session_and_the_panel(kb, renderer):
    app = make_app(kb, renderer)
    app._make_handler("root")(root="L5")
    assert app.session.view.root == "L5"
    assert "L5" in app.state.info["title"]
    assert renderer.state.root == "L5"


def test_unknown_root_from_a_client_is_refused_and_the_state_restored(kb, renderer):
    app = make_app(kb, renderer)
    app._make_handler("root")(root="L4")
    app.state.root = "L9"
    app._make_handler("root")(root="L9")
    assert app.session.view.root == "L4"
    assert app.state.root == "L4"
    assert app.state.show_error and "L9" in app.state.error
    app._make_handler("layers")(layers={"$gt": 1})
    assert app.session.view.root == "L4" and isinstance(app.state.layers, list)


def test_a_click_in_the_middle_of_the_sole_marks_an_s1_spot(kb, renderer):
    app = make_app(kb, renderer)
    app.set_camera("foot-plantar")
    renderer.render()
    w, h = renderer.plotter.window_size
    app.on_press({"position": {"x": w / 2, "y": h / 2}})
    app.on_release({"position": {"x": w / 2 + 1, "y": h / 2}})
    assert app.state.marks and app.state.marks[0]["answer"]["ranked"][0] == "S1"
    app.clear_marks()
    assert app.state.marks == [] and app.session.view.marks == ()


def test_a_drag_is_not_a_click(kb, renderer):
    app = make_app(kb, renderer)
    app.on_press({"position": {"x": 100, "y": 100}})
    app.on_release({"position": {"x": 180, "y": 140}})
    assert app.state.marks == [] and app.session.view.root is None


def test_kiosk_goes_home_after_idle_then_tours_l4_l5_s1_and_a_disc(kb, renderer):
    app = make_app(kb, renderer, kiosk=True, idle_seconds=5, attract_seconds=2)
    app._make_handler("root")(root="S1")
    t = app.last_activity
    app._idle_tick(t + 1)
    assert app.session.view.root == "S1" and not app.state.attract
    app._idle_tick(t + 6)
    assert app.state.attract and app.session.view == app.session.home
    seen = []
    now = t + 6
    for _ in range(5):
        now += 2.1
        app._idle_tick(now)
        seen.append(app.session.view.root or app.session.view.site)
    assert seen[:4] == ["L4", "L5", "S1", "L4-L5-paracentral"]
    app.touch()
    assert not app.state.attract


def test_kiosk_refuses_export_and_keeps_the_model_in_view(kb, renderer):
    from footspine_viz.ui.session import InvalidInput

    app = make_app(kb, renderer, kiosk=True)
    with pytest.raises(InvalidInput):
        app.export_png()
    cam = renderer.plotter.camera
    home = app.session.home_camera
    cam.position = tuple(c * 50 for c in cam.position)  # zoomed far out
    app._after_interaction()
    import numpy as np

    d = np.linalg.norm(np.subtract(cam.position, cam.focal_point))
    assert d <= 1.6 * home["distance"] + 1e-6


def test_export_gives_an_annotated_png(kb, renderer):
    app = make_app(kb, renderer)
    app._make_handler("root")(root="L5")
    data = app.export_png()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
