"""The knowledge-base commands: JSON formats, readable text, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from footspine_viz.cli import main
from footspine_viz.model import default_path


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_explain_root_json(capsys):
    d = _json(capsys, ["explain", "L5", "--side", "left", "--json"])
    assert d["roots"] == [{"id": "L5", "role": "selected", "likelihood": "primary"}]
    assert d["nerves"][0] == "root.L5" and "deep-fibular" in d["nerves"]
    assert "dorsum" in d["regions"]["keegan-garrett"]
    assert "big-toe-extension" in d["weakness"] and d["reflexes"] == ["medial-hamstring"]
    assert d["text"]["disclaimer"].startswith("Educational")


def test_explain_site_json(capsys):
    d = _json(capsys, ["explain", "--site", "L4-L5-paracentral", "--side", "left", "--json"])
    assert d["roots"][0]["id"] == "L5" and d["roots"][0]["role"] == "traversing"
    assert d["side"] == "left" and d["anchor"] == "disc-posterolateral.L4-L5.left"
    assert isinstance(d["red_flags"], list) and isinstance(d["text"]["summary"], str)


def test_explain_map_filter_json(capsys):
    d = _json(capsys, ["explain", "L4", "--map", "lee-2008", "--mode", "student", "--json"])
    assert list(d["regions"]) == ["lee-2008"] and d["mode"] == "student"


def test_lookup_json(capsys):
    d = _json(capsys, ["lookup", "lateral-foot", "heel", "--json"])
    assert d[0]["id"] == "S1" and d[0]["kind"] == "root"
    assert {"id", "kind", "score", "why"} <= set(d[0])
    assert "sural" in [c["id"] for c in d if c["kind"] == "nerve"]
    assert [c["score"] for c in d] == sorted((c["score"] for c in d), reverse=True)


def test_plain_explain_patient_shows_box_and_disclaimer(capsys):
    assert main(["explain", "--site", "cauda-equina"]) == 0
    out = capsys.readouterr().out
    assert "seek emergency care now" in out and "+---" in out
    assert "Educational illustration only" in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_plain_explain_single_root_has_no_box(capsys):
    assert main(["explain", "S1"]) == 0
    out = capsys.readouterr().out
    assert "+---" not in out and "walking on tiptoe" in out


def test_plain_lookup_lists_lookalikes(capsys):
    assert main(["lookup", "first-web-space"]) == 0
    out = capsys.readouterr().out
    assert "L5" in out and "deep fibular nerve" in out and "Educational" in out


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("roots", "L5"),
        ("sites", "fibular-head"),
        ("regions", "dorsum"),
        ("maps", "lee-2008"),
        ("tests", "heel-walk"),
    ],
)
def test_list(capsys, kind, expected):
    assert main(["list", kind]) == 0
    assert expected in capsys.readouterr().out
    assert expected in _json(capsys, ["list", kind, "--json"])


@pytest.mark.parametrize(
    "argv, near",
    [
        (["explain", "L6"], "L5"),
        (["explain", "--site", "L4-L5-paracentrl"], "L4-L5-paracentral"),
        (["lookup", "dorsm"], "dorsum"),
        (["explain", "L5", "--map", "keegan"], "keegan-garrett"),
        (["list", "site"], "sites"),
    ],
)
def test_unknown_ids_exit_2_with_nearest(capsys, argv, near):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert near in err and "Traceback" not in err


def test_validate_good_folder(capsys):
    assert main(["validate"]) == 0
    assert "OK" in capsys.readouterr().out


def test_validate_bad_folder_names_file_record_and_field(tmp_path, capsys):
    bad = tmp_path / "BADDIR"
    shutil.copytree(default_path(), bad)
    sites = bad / "sites.yaml"
    sites.write_text(
        sites.read_text().replace(
            "role: exiting, likelihood: primary}]\n    highlight_from: [spinal-nerve.L4]",
            "role: exitting, likelihood: primary}]\n    highlight_from: [spinal-nerve.L4]",
        )
    )
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "BADDIR/sites.yaml" in err and "L4-L5-foraminal" in err and "roots[0].role" in err
    assert "Traceback" not in err


def test_validate_catches_a_site_whose_highlight_misses_a_root(tmp_path, capsys):
    """A root a site affects must light up from the site's highlight start."""
    bad = tmp_path / "BADDIR"
    shutil.copytree(default_path(), bad)
    sites = bad / "sites.yaml"
    text = sites.read_text()
    assert "highlight_from: [root.L5, root.S1]" in text
    sites.write_text(
        text.replace("highlight_from: [root.L5, root.S1]", "highlight_from: [root.L5]", 1)
    )
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "L4-L5-paracentral" in err and "highlight_from" in err and "carries S1" in err


def test_validate_missing_folder(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_validate_yaml_syntax_error_names_line(tmp_path, capsys):
    bad = tmp_path / "ann"
    shutil.copytree(default_path(), bad)
    (bad / "nerves.yaml").write_text("segments:\n  - {id: x, name: [unclosed\n")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "nerves.yaml" in err and "line" in err


def test_annotations_option_reads_another_folder(tmp_path, capsys):
    alt = tmp_path / "alt"
    shutil.copytree(default_path(), alt)
    text = alt / "text" / "en.yaml"
    text.write_text(text.read_text().replace("The S1 nerve serves", "Das S1 nerve serves"))
    d = _json(capsys, ["explain", "S1", "--annotations", str(alt), "--json"])
    assert d["text"]["summary"].startswith("Das S1")
    assert Path(alt).is_dir()


def test_validate_a_file_instead_of_a_folder(capsys):
    assert main(["validate", str(default_path() / "roots.yaml")]) == 2
    assert "not an annotation folder" in capsys.readouterr().err


def test_plain_explain_of_a_one_sided_disc_shows_the_calm_safety_net_not_the_box(capsys):
    from footspine_viz.model import load_knowledge

    assert main(["explain", "--site", "L5-S1-paracentral"]) == 0
    out = capsys.readouterr().out
    calm = load_knowledge().text_for("ui", "safety-net", "patient")
    assert "+---" not in out and "seek emergency care now" not in out
    assert " ".join(calm.split()[:6]) in " ".join(out.split())


def test_plain_lookup_of_the_saddle_boxes_the_emergency_and_names_the_site(capsys):
    assert main(["lookup", "saddle"]) == 0
    out = capsys.readouterr().out
    assert "+---" in out and "seek emergency care now" in out
    from footspine_viz.model import load_knowledge

    name = load_knowledge().text_for("site_names", "cauda-equina", "patient")
    assert "S3" in out and "S5" in out and name in out


def test_plain_lookup_of_the_inner_ankle_offers_the_stocking_and_isncsci_L4(capsys):
    assert main(["lookup", "medial-malleolus", "--map", "isncsci"]) == 0
    out = capsys.readouterr().out
    assert "- L4:" in out and "diabetes" in out.lower() and "follow no single root" in out
