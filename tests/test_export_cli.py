"""CLI of the scene: bad input is refused before rendering (exit 2, no file);
good input writes PNG, glTF, HTML and export sets atomically."""

from __future__ import annotations

import json

import pytest

from footspine_viz.cli import main
from footspine_viz.errors import UserError


@pytest.mark.parametrize(
    "args, words",
    [
        (["--root", "L5", "--view", "foot-top"], "foot-dorsal"),
        (["--root", "L5", "--size", "0x0"], "outside"),
        (["--root", "L5", "--size", "100000x100"], "outside"),
        (["--root", "L5", "--size", "big"], "WIDTHxHEIGHT"),
        (["--root", "L5", "--scale", "9"], "scale"),
        (["--root", "L9"], "unknown root"),
        (["--site", "L4-L5-paracentrl"], "L4-L5-paracentral"),
        (["--root", "L5", "--side", "middle"], "side"),
        (["--root", "L5", "--map", "foerster"], "map"),
        (["--root", "L5", "--mode", "doctor"], "mode"),
        (["--root", "L5", "--format", "jpeg"], "format"),
        (["--root", "L5", "--theme", "neon"], "theme"),
        (["--root", "L5", "--layers", "skin,nerve"], "nerves"),
    ],
)
def test_screenshot_bad_input_exits_2_and_writes_nothing(tmp_path, capsys, args, words):
    out = tmp_path / "fig.png"
    assert main(["screenshot", *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.iterdir())


def test_screenshot_refuses_unwritable_and_existing_targets(tmp_path, capsys):
    assert main(["screenshot", "--root", "L5", "--out", str(tmp_path / "missing" / "fig.png")]) == 2
    assert "does not exist" in capsys.readouterr().err
    existing = tmp_path / "fig.png"
    existing.write_bytes(b"keep me")
    assert main(["screenshot", "--root", "L5", "--out", str(existing)]) == 2
    assert "--force" in capsys.readouterr().err
    assert existing.read_bytes() == b"keep me"
    assert main(["screenshot", "--root", "L5", "--out", str(tmp_path)]) == 2  # a folder


def test_root_and_site_are_exclusive_and_one_is_needed(tmp_path, capsys):
    out = str(tmp_path / "f.png")
    assert main(["screenshot", "--root", "L5", "--site", "L4-L5-paracentral", "--out", out]) == 2
    assert main(["screenshot", "--out", out]) == 2
    capsys.readouterr()


def test_export_set_bad_input(tmp_path, capsys):
    assert main(["export-set", "--out", str(tmp_path / "set"), "--only", "L9"]) == 2
    assert "L9" in capsys.readouterr().err
    assert main(["export-set", "--out", str(tmp_path / "set"), "--size", "10x10"]) == 2
    assert not (tmp_path / "set").exists()


@pytest.mark.atlas
@pytest.mark.render
@pytest.mark.slow
def test_screenshot_writes_an_annotated_png(tmp_path, capsys):
    from PIL import Image

    out = tmp_path / "l5.png"
    assert (
        main(
            [
                "screenshot",
                "--root",
                "L5",
                "--view",
                "foot-dorsal",
                "--size",
                "320x200",
                "--scale",
                "2",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    with Image.open(out) as im:
        assert im.size == (640, 400) and im.format == "PNG"
    assert [p.name for p in tmp_path.iterdir()] == ["l5.png"]  # no temporary left behind
    assert (
        main(
            [
                "render-overview",
                "--size",
                "320x200",
                "--transparent",
                "--out",
                str(tmp_path / "o.png"),
            ]
        )
        == 0
    )
    with Image.open(tmp_path / "o.png") as im:
        assert im.mode == "RGBA" and im.getpixel((2, 100))[3] == 0  # see-through background
    capsys.readouterr()


@pytest.mark.atlas
@pytest.mark.render
@pytest.mark.slow
def test_gltf_and_html_exports(tmp_path, capsys):
    g = tmp_path / "s1.gltf"
    assert main(["screenshot", "--root", "S1", "--size", "320x200", "--out", str(g)]) == 0
    doc = json.loads(g.read_text())
    assert doc["meshes"] and doc["asset"]["version"] == "2.0"
    h = tmp_path / "s1.html"
    assert main(["screenshot", "--root", "S1", "--size", "320x200", "--out", str(h)]) == 0
    assert h.stat().st_size > 10000 and "<html" in h.read_text(errors="replace")[:5000].lower()
    capsys.readouterr()


@pytest.mark.atlas
@pytest.mark.render
@pytest.mark.slow
def test_export_set_writes_images_and_indexes(tmp_path, capsys):
    out = tmp_path / "set"
    assert (
        main(["export-set", "--out", str(out), "--size", "320x200", "--only", "S2,fibular-head"])
        == 0
    )
    index = json.loads((out / "index.json").read_text())
    files = {e["file"] for e in index["images"]}
    # S2 and the fibular head, each in every view scene.views gives it
    from footspine_viz.model import load_knowledge
    from footspine_viz.scene.views import views_for

    kb = load_knowledge()
    expected = len(views_for(kb, root="S2")) + len(views_for(kb, site="fibular-head"))
    assert files == {p.name for p in out.glob("*.png")} and len(files) == expected
    fib = [e for e in index["images"] if e["site"] == "fibular-head"]
    assert fib and "common-fibular" in fib[0]["nerves"] and "sciatic" not in fib[0]["nerves"]
    assert "sural" not in fib[0]["nerves"]  # it leaves above the fibular neck
    sheet = (out / "index.html").read_text()
    assert all(e["file"] in sheet for e in index["images"])
    assert "cannot diagnose" in sheet and "seek emergency care now" in sheet
    assert (out / "index.html").stat().st_mode & 0o044  # readable by others, like any new file
    assert main(["export-set", "--out", str(out), "--only", "S2"]) == 2  # images exist, no --force
    capsys.readouterr()


def test_default_view_shows_the_roots_skin_area(kb):
    """Without --view, each root opens where its skin area faces the camera."""
    from footspine_viz.scene.state import VIEWS
    from footspine_viz.scene.views import suggested_view, views_for

    assert (
        suggested_view(kb, root="L5") == suggested_view(kb, root="l5") == "foot-dorsal"
    )  # the top of the foot
    assert suggested_view(kb, root="S1") in ("foot-plantar", "foot-lateral")
    assert (
        views_for(kb, site="L4-L5-paracentral")[0] == "lumbar-closeup"
    )  # where the disc presses the root
    for root in kb.roots:
        assert set(views_for(kb, root=root)) <= set(VIEWS)
    for site in kb.sites:
        assert set(views_for(kb, site=site)) <= set(VIEWS)
    with pytest.raises(UserError, match="L4-L5-paracentral"):
        suggested_view(kb, site="L4-L5-paracentrl")


def test_glb_name_is_refused_with_a_hint(tmp_path, capsys):
    assert main(["screenshot", "--root", "L5", "--out", str(tmp_path / "x.glb")]) == 2
    assert ".gltf" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
