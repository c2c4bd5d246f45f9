"""One resolver for the knowledge base files and one cache root (footspine_viz.paths)."""

from __future__ import annotations

import importlib.resources
import re
import shutil
from pathlib import Path

import pytest

from footspine_viz import paths
from footspine_viz.cli import main

PACKAGE = Path(paths.__file__).resolve().parent


def test_packaged_annotations_are_found_through_importlib_resources(monkeypatch):
    monkeypatch.delenv("FOOTSPINE_ANNOTATIONS", raising=False)
    folder = paths.annotations_dir()
    assert folder == importlib.resources.files("footspine_viz.annotations")
    for name in ("roots.yaml", "nerve-paths.yaml", "landmarks.yaml", "maps", "schema", "text"):
        assert (folder / name).exists(), name
    from footspine_viz.model import default_path

    assert default_path() == folder


def test_override_reaches_every_loader_including_nerve_paths(tmp_path, monkeypatch, capsys):
    from footspine_viz.scene import nerves

    alt = tmp_path / "kb"
    shutil.copytree(paths.packaged_annotations_dir(), alt)
    text = (alt / "nerve-paths.yaml").read_text(encoding="utf-8")
    monkeypatch.delenv("FOOTSPINE_ANNOTATIONS", raising=False)
    before = nerves.paths_hash()
    # One changed byte in the copy: the scene must read the copy, not the packaged file.
    (alt / "nerve-paths.yaml").write_text(text + "\n# edited copy\n", encoding="utf-8")
    monkeypatch.setenv("FOOTSPINE_ANNOTATIONS", str(alt))
    assert paths.annotations_dir() == alt
    assert nerves.paths_hash() != before
    (alt / "nerve-paths.yaml").write_text("segments: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(Exception, match="nerve-paths.yaml"):
        nerves.load_paths()
    # The knowledge base follows the same variable: break the copy and validate names it.
    (alt / "roots.yaml").write_text("roots: {L5: {colour: 12}}\n", encoding="utf-8")
    assert main(["validate"]) == 2
    assert str(alt) in capsys.readouterr().err


def test_cache_root_is_the_platform_cache_unless_overridden(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.delenv("FOOTSPINE_VIZ_CACHE", raising=False)
    assert paths.cache_root() == Path(platformdirs.user_cache_dir("footspine-viz", appauthor=False))
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(tmp_path / "c"))
    assert paths.cache_root() == tmp_path / "c"
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", "~/somewhere")
    assert paths.cache_root() == Path.home() / "somewhere"


def test_every_cache_lives_under_the_one_root(tmp_path, monkeypatch):
    from footspine_viz.atlas import cache_dir as atlas_cache
    from footspine_viz.scene import dermatomes

    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(tmp_path))
    monkeypatch.setenv("FOOTSPINE_CACHE", str(tmp_path / "old-undocumented"))
    assert atlas_cache() == tmp_path / "atlas"
    assert dermatomes.cache_dir() == tmp_path / "dermatomes" and dermatomes.cache_dir().is_dir()
    assert not (tmp_path / "old-undocumented").exists()


def test_no_module_resolves_data_or_cache_folders_by_itself():
    """Only paths.py reads the two variables or the platform cache folder; no repo-relative data."""
    bad = re.compile(
        r"environ.*(FOOTSPINE_VIZ_CACHE|FOOTSPINE_ANNOTATIONS|FOOTSPINE_CACHE|XDG_CACHE_HOME)"
        r"|parents\[\d\]\s*/\s*\"annotations\"|Path\.home\(\)\s*/\s*\"\.cache\""
    )
    offenders = []
    for py in sorted(PACKAGE.rglob("*.py")):
        if py.name == "paths.py" and py.parent == PACKAGE:
            continue
        for i, line in enumerate(py.read_text(encoding="utf-8").splitlines(), 1):
            if bad.search(line):
                offenders.append(f"{py.relative_to(PACKAGE)}:{i}: {line.strip()}")
    assert offenders == []


def test_a_missing_package_data_folder_is_one_clear_error(monkeypatch):
    from footspine_viz.errors import EnvironmentProblem

    monkeypatch.delenv("FOOTSPINE_ANNOTATIONS", raising=False)
    monkeypatch.setattr(paths, "ANNOTATIONS_PACKAGE", "footspine_viz.no_such_data")
    with pytest.raises(EnvironmentProblem, match="FOOTSPINE_ANNOTATIONS"):
        paths.annotations_dir()
