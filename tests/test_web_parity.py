"""The page computes what Python computes: same inputs, same answers.

Where the browser explorer computes (blending skin layers into vertex colours,
lighting nerves from their start arcs, tinting a disc, composing a state's
frame from the stored parts, fitting camera presets, ranking roots for a
marked skin spot), these tests run the page's own JavaScript modules in Node
(``web/test/parity.mjs``) on the built site and compare with the scene
description (``describe``, ``scene.paint``), the presenter (``scene.panel``)
and ``model.lookup`` on the same states.
"""

from __future__ import annotations

import base64
import itertools

import numpy as np
import pytest
from webtools import ensure_site, run_node

pytestmark = [pytest.mark.atlas, pytest.mark.render, pytest.mark.slow]

ALL = ["bones", "dermatomes", "labels", "nerves", "pain", "peripheral", "skin"]
DEFAULT = ["bones", "dermatomes", "labels", "nerves", "skin"]


@pytest.fixture(scope="module")
def src():
    from footspine_viz.web.source import SceneSource

    return SceneSource()


@pytest.fixture(scope="module")
def site(src):
    return ensure_site(src)


def _u8(b64: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(b64), dtype=np.uint8)


def _states(kb):
    """Every selection and side with the defaults, then every map, layer mix, view and opacity."""
    from footspine_viz.web.frames import selections

    sels = selections(kb)
    out = []
    for (_key, root, site), side in itertools.product(sels, ("left", "right", "both")):
        out.append(
            dict(
                root=root,
                site=site,
                side=side,
                map="keegan-garrett",
                mode="patient",
                view="overview-posterior",
                layers=DEFAULT,
                opacity=0.35,
            )
        )
    for (_key, root, site), mp in itertools.product(sels[:6] + sels[-6:], ("lee-2008", "isncsci")):
        out.append(
            dict(
                root=root,
                site=site,
                side="left",
                map=mp,
                mode="student",
                view="foot-dorsal",
                layers=ALL,
                opacity=0.85,
            )
        )
    for (_key, root, site), layers in itertools.product(
        sels[::3], (["skin", "pain"], ["skin", "peripheral", "labels"], ["skin", "nerves", "bones"])
    ):
        out.append(
            dict(
                root=root,
                site=site,
                side="both",
                map="keegan-garrett",
                mode="patient",
                view="lumbar-closeup",
                layers=layers,
                opacity=0.6,
            )
        )
    # shapes that move a vertebra, replace a disc level or carry their own colour and opacity
    for (_key, root, site), side in itertools.product(
        [x for x in sels if x[2] and "spondylolisthesis" in x[2]], ("left", "both")
    ):
        out.append(
            dict(
                root=root,
                site=site,
                side=side,
                map="keegan-garrett",
                mode="student",
                view="lumbar-lateral",
                layers=ALL,
                opacity=0.35,
            )
        )
    return out


def _view_state(s):
    from footspine_viz.scene.state import ViewState

    return ViewState(
        root=s["root"],
        site=s["site"],
        side=s["side"],
        map=s["map"],
        mode=s["mode"],
        view=s["view"],
        layers=frozenset(s["layers"]),
        skin_opacity=s["opacity"],
    )


def _u8py(cols) -> np.ndarray:
    return (np.clip(np.asarray(cols), 0, 1) * 255).astype(np.uint8).astype(int).ravel()


def test_skin_nerve_and_disc_colours_match_the_scene_paint(src, site, kb):
    from footspine_viz.scene import paint

    states = _states(kb)
    results = run_node(site, [{"kind": "paint", "state": s} for s in states])
    geo = src.geo
    levels = np.array(geo.disc_levels)[src.meshes()["discs"]["level"]]
    for s, res in zip(states, results, strict=True):
        fr = src.describe(_view_state(s))
        want = {
            "skin": _u8py(paint.skin_rgba(geo, fr)[src.skin_map]),
            "nerves": _u8py(paint.nerve_rgb(geo, fr)),
            "discs": _u8py(paint.disc_rgb(fr, levels)),
        }
        for name, py in want.items():
            js = _u8(res[name]).astype(int)
            assert js.shape == py.shape, (name, s)
            diff = np.abs(js - py)
            # float32 (numpy) vs float64 (JS) sums may land either side of a step of 1/255
            assert diff.max() <= 2, (name, s, int(diff.max()), int((diff > 0).sum()))
            assert (diff > 0).mean() < 0.05, (name, s, float((diff > 0).mean()))
    # the highlight really reaches the arrays: L5 on the left lights nerves in L5's colour
    l5 = next(
        res
        for s, res in zip(states, results, strict=True)
        if s["root"] == "L5" and s["side"] == "left"
    )
    nerves = _u8(l5["nerves"]).reshape(-1, 3).astype(float)
    blue = np.array([0x00, 0x72, 0xB2], dtype=float)
    assert (np.abs(nerves - np.clip(blue * 1.12 + 10.2, 0, 255)).max(axis=1) < 3).sum() > 500


def test_frame_parts_words_labels_and_panel_equal_describe(src, site, kb):
    from footspine_viz.scene.panel import explain_panel

    states = _states(kb)
    states += [
        dict(s, mode="student", view=v)
        for s, v in zip(states[:20], ("lateral", "foot-plantar") * 10, strict=True)
    ]
    results = run_node(site, [{"kind": "paint", "state": s} for s in states])
    hid_any = False
    for s, res in zip(states, results, strict=True):
        st = _view_state(s)
        fr = src.describe(st)
        for name, part in fr.parts.items():
            if name.startswith("mark."):
                continue
            got = res["parts"][name]
            assert got["visible"] == part.visible and np.allclose(got["translation"], part.shift), (
                name,
                s,
            )
            if name.startswith("shape."):  # a pathology shape's own colour and opacity
                assert np.allclose(got["rgb"], part.rgb) and got["opacity"] == part.opacity, (
                    name,
                    s,
                )
        assert res["discsHidden"] == list(fr.disc_hidden), s
        hid_any = hid_any or bool(fr.disc_hidden)
        pic = res["picture"]
        assert pic["title"] == fr.title and pic["subtitle"] == fr.subtitle, s
        assert [(t, tuple(c), st_) for t, c, st_ in pic["legend"]] == [
            (e.text, tuple(e.rgb), e.style) for e in fr.legend
        ], s
        assert pic["caption"] == list(fr.caption) and pic["urgent"] == fr.urgent, s
        assert pic["safety_net"] == fr.safety_net, s
        # the frame keeps its labels when the labels layer is off; the page (like the renderer) hides them
        assert res["labels"] == (
            [lab.key for lab in fr.labels] if "labels" in s["layers"] else []
        ), s
        panel = explain_panel(kb, st).to_dict()
        panel.pop("colors", None)
        assert res["panel"] == panel, s
    assert hid_any  # some state replaces a disc level with a shape: the page leaves that level out


def test_a_skin_tap_asks_about_the_regions_scene_pick_finds_there(src, site):
    """The page's vertex -> region set (enumerated by the build) agrees with scene.pick.lookup_skin."""
    from footspine_viz.body import side_of_x
    from footspine_viz.scene.pick import lookup_skin

    pts = np.asarray(src.meshes()["skin"]["points"], dtype=float)
    sides = src.skin_sides()
    mid = np.nonzero(sides == 2)[0]
    sample = sorted(set(range(0, len(pts), 17)) | set(mid[:: max(1, len(mid) // 300)].tolist()))
    cases = [{"kind": "spot", "vertex": v, "tap": side_of_x(pts[v][0])} for v in sample]
    results = run_node(site, cases)
    seen = set()
    for c, res in zip(cases, results, strict=True):
        want = lookup_skin(src.geo, pts[c["vertex"]], None)
        assert res["regions"] == list(want.regions), c
        assert res["side"] == want.side, c
        seen.update(res["regions"])
    assert {"sole", "dorsum", "heel"} <= seen  # the sample reaches the foot


def test_every_stored_spot_answer_is_the_presenters_lookup_panel(site, kb):
    """For every region set a tap can ask about, wording and map: lookup_panel's answer, word for word."""
    import json

    from footspine_viz.scene.panel import lookup_panel
    from footspine_viz.web.texts import chosen_maps

    spots = json.loads((site / "data" / "spots.json").read_text())
    cases = [
        {"kind": "answer", "set": i, "mode": m, "map": mp}
        for i in range(len(spots["sets"]))
        for m in ("patient", "student")
        for mp in chosen_maps(kb)
    ]
    results = run_node(site, cases)
    for c, res in zip(cases, results, strict=True):
        want = lookup_panel(kb, spots["sets"][c["set"]], c["mode"], map=c["map"]).to_dict()
        want.pop("colors", None)
        assert res == want, c
    by_set = {
        tuple(spots["sets"][c["set"]]): res
        for c, res in zip(cases, results, strict=True)
        if c["mode"] == "patient" and c["map"] == "keegan-garrett"
    }
    # the sole and its lateral and heel neighbours answer S1 first (where the sole meets
    # the instep, L4 may lead: the medial arch is L4's in the classic map)
    sole = [
        r
        for s, r in by_set.items()
        if "sole" in s and set(s) <= {"sole", "heel", "lateral-foot", "spot.lateral-heel"}
    ]
    assert sole and all(r["ranked"][0] == "S1" for r in sole)
    saddle = [r for s, r in by_set.items() if "saddle" in s]
    assert saddle and all(r["emergency"] for r in saddle)  # a saddle tap brings the red box
    assert all(not r["emergency"] for s, r in by_set.items() if "saddle" not in s)


def test_camera_presets_fit_any_aspect_as_the_scene_does(src, site):
    from footspine_viz.scene import cameras
    from footspine_viz.scene.state import VIEWS

    cases = [
        {"kind": "camera", "view": v, "side": s, "aspect": a}
        for v in VIEWS
        for s in ("left", "right")
        for a in (0.75, 1.0, 1.6, 1.78, 2.4)
    ]
    results = run_node(site, cases)
    for c, res in zip(cases, results, strict=True):
        cam = cameras.preset(c["view"], src.geo.landmarks, src.geo.bounds, c["side"], c["aspect"])
        assert np.allclose(res["position"], cam.position, atol=1e-6), c
        assert np.allclose(res["focal"], cam.focal, atol=1e-6), c
        assert np.allclose(res["up"], cam.up, atol=1e-9) and res["angle"] == cam.angle, c


def test_geometry_decodes_to_the_display_meshes(src, site):
    meshes = src.meshes()
    results = run_node(
        site, [{"kind": "geometry", "id": m, "n": 300} for m in ("skin", "nerves", "discs")]
    )
    for name, res in zip(("skin", "nerves", "discs"), results, strict=True):
        mesh = meshes[name]
        pts = np.frombuffer(base64.b64decode(res["positions"]), dtype=np.float32).reshape(-1, 3)
        assert pts.shape == np.asarray(mesh["points"]).shape
        assert np.abs(pts - np.asarray(mesh["points"])).max() < 5e-5  # 16-bit steps over ~1.9 m
        faces = np.asarray(mesh["faces"]).ravel()
        assert res["index"] == faces[:300].tolist()


def test_address_parsing_refuses_unknown_values_and_round_trips(site):
    cases = [
        {"kind": "hash", "hash": h}
        for h in (
            "#root=L5&side=left&view=foot-dorsal&map=lee-2008&mode=student",
            "#site=L4-L5-paracentral&side=left",
            "#root=L9",
            "#site=nowhere&side=left",
            "#root=L5&site=L4-L5-paracentral",
            "#view=sideways",
            "#root=l5",
            "#opacity=3",
            "#layers=skin,xray",
            "",
        )
    ]
    res = run_node(site, cases)
    assert (
        res[0]["state"]["root"] == "L5"
        and res[0]["state"]["map"] == "lee-2008"
        and res[0]["bad"] == []
    )
    assert res[0]["name"] == "L5_left_foot-dorsal.png"
    assert (
        res[1]["state"]["site"] == "L4-L5-paracentral"
        and res[1]["state"]["view"] == "lumbar-closeup"
    )
    for r in res[2:6] + res[7:9]:
        assert r["bad"] and r["state"]["root"] is None and r["state"]["site"] is None
    assert res[6]["state"]["root"] == "L5"
    assert res[9]["bad"] == [] and res[9]["state"]["root"] is None
    again = run_node(site, [{"kind": "hash", "hash": res[0]["back"]}])[0]
    assert again["state"] == res[0]["state"]
