"""Pure tests of the scene package: view state, splines and tubes, graph walk."""

from __future__ import annotations

import numpy as np
import pytest

from footspine_viz.body import body_offset
from footspine_viz.errors import UserError
from footspine_viz.scene.nerves import build_tubes, catmull_rom, load_paths
from footspine_viz.scene.state import VIEWS, ViewState


def test_viewstate_defaults_and_replace():
    s = ViewState()
    t = s.replace(root="l5", view="foot-dorsal")
    assert t.root == "L5" and t.view == "foot-dorsal"
    assert s.root is None  # frozen: replace made a copy
    assert t.with_layer("pain").layers == s.layers | {"pain"}
    assert t.with_layer("skin", False).layers == s.layers - {"skin"}
    assert ViewState(side="both").sides == ("left", "right")


@pytest.mark.parametrize(
    "kw, word",
    [
        ({"view": "foot-top"}, "foot-dorsal"),
        ({"side": "lft"}, "left"),
        ({"mode": "students"}, "student"),
        ({"layers": {"nerve"}}, "nerves"),
    ],
)
def test_viewstate_rejects_bad_values_naming_the_nearest(kw, word):
    with pytest.raises(UserError) as exc:
        ViewState(**kw)
    assert word in str(exc.value)
    assert exc.value.exit_code == 2


def test_viewstate_rejects_bad_opacity_and_marks():
    with pytest.raises(UserError):
        ViewState(skin_opacity=1.5)
    with pytest.raises(UserError):
        ViewState(marks=((0.0, 1.0),))


def test_check_ids_suggests_known_roots_sites_and_maps(kb):
    kn = kb
    s = ViewState(site="L4-L5-paracentral")
    assert s.check_ids(kn.roots, kn.sites, kn.maps) is s
    with pytest.raises(UserError, match="not both"):
        ViewState(root="L5", site="L4-L5-paracentral")
    with pytest.raises(UserError, match="L4-L5-paracentral"):
        ViewState(site="L4-L5-paracentrl").check_ids(kn.roots, kn.sites, kn.maps)
    with pytest.raises(UserError, match="unknown root"):
        ViewState(root="L9").check_ids(kn.roots, kn.sites, kn.maps)


def test_every_view_has_a_camera_preset():
    from footspine_viz.scene.cameras import preset

    lms = {}
    for side, sg in (("left", 1), ("right", -1)):
        for n in (
            "iliac-crest-top",
            "sacral-foramen.S1",
            "sciatic-notch",
            "knee-centre",
            "ankle-centre",
            "heel-back",
            "toe2-tip",
        ):
            lms[f"{n}.{side}"] = np.array([sg * 0.08, 0.05, 0.5])
        lms[f"toe2-tip.{side}"] = np.array([sg * 0.1, -0.15, 0.05])
        lms[f"heel-back.{side}"] = np.array([sg * 0.08, 0.1, 0.05])
        lms[f"ankle-centre.{side}"] = np.array([sg * 0.08, 0.06, 0.1])
    for n in ("disc-centre.L3-L4", "disc-centre.L4-L5", "disc-centre.L5-S1", "canal.L5"):
        lms[n] = np.array([0.0, 0.1, 1.1])
    lms["lamina.L5"], lms["sacral-canal.S1"] = (
        np.array([0.0, 0.12, 1.08]),
        np.array([0.0, 0.12, 1.0]),
    )
    for v in VIEWS:
        cam = preset(v, lms, (-0.2, 0.2, -0.2, 0.2, 0.0, 1.3))
        assert (
            np.isfinite(cam.position).all()
            and np.linalg.norm(np.subtract(cam.position, cam.focal)) > 0.1
        )


def test_catmull_rom_passes_through_its_control_points():
    ctrl = np.array([[0, 0, 0], [0.1, 0.02, 0], [0.2, 0.0, 0.05], [0.3, 0.1, 0.05]], dtype=float)
    c = catmull_rom(ctrl)
    for p in ctrl:
        assert np.min(np.linalg.norm(c - p, axis=1)) < 1e-3
    # smooth: no step longer than a few mm
    assert np.max(np.linalg.norm(np.diff(c, axis=0), axis=1)) < 0.005


def test_offsets_mirror_per_side():
    left, right = body_offset((10, 5, 2), "left"), body_offset((10, 5, 2), "right")
    assert left[0] == pytest.approx(0.010) and right[0] == pytest.approx(-0.010)  # lateral
    assert left[1] == pytest.approx(-0.005)  # anterior is -y
    assert left[2] == right[2] == pytest.approx(0.002)


def test_nerve_paths_use_the_knowledge_base_segment_ids(kb):
    paths = load_paths()["segments"]
    unknown = set(paths) - set(kb.segments)
    assert not unknown, f"nerve-paths.yaml names segments nerves.yaml lacks: {unknown}"
    # every segment that reaches the leg or foot has geometry
    missing = {
        n for n, rec in kb.segments.items() if rec.reaches in ("leg", "foot") and n not in paths
    }
    assert not missing


def test_tubes_have_ids_per_vertex_and_face():
    from footspine_viz.scene.nerves import NerveSegment

    c = catmull_rom(np.array([[0, 0, 0], [0, 0, 0.1], [0.02, 0, 0.2]], dtype=float))
    seg = NerveSegment("sciatic", "left", "peripheral", None, None, 0.016, c[[0, -1]], c)
    t = build_tubes([seg, seg], sides=8)
    assert len(t.points) == len(t.segment_of_point) == len(t.arc_of_point)
    assert len(t.faces) == len(t.segment_of_face)
    assert set(np.unique(t.segment_of_face)) == {0, 1}
    # radius about 8 mm (a thumb's width in diameter)
    r = np.linalg.norm(t.points[t.segment_of_point == 0][:8, :2] - c[0, :2], axis=1)
    assert np.allclose(r, 0.008, atol=1e-3)  # no parent: no flare at the start
