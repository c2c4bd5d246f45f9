"""build-web and the committed page bundle: clear answers to bad targets, a reproducible bundle."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess

import pytest
from webtools import WEB, ensure_site

from footspine_viz.cli import main


def test_build_web_refuses_a_non_empty_folder_without_force(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["build-web", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is not empty" in err and "--force" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_force_never_replaces_a_folder_that_holds_no_site(tmp_path, capsys):
    (tmp_path / "thesis.tex").write_text("years of work")
    assert main(["build-web", "--out", str(tmp_path), "--force"]) == 2
    assert "holds no footspine-viz site" in capsys.readouterr().err
    assert (tmp_path / "thesis.tex").read_text() == "years of work"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_build_web_into_an_unwritable_folder_is_a_clear_error(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert main(["build-web", "--out", str(locked / "site")]) == 2
        assert "is not writable" in capsys.readouterr().err
        assert not (locked / "site").exists()
    finally:
        locked.chmod(0o700)


def test_build_web_into_a_missing_parent_is_a_clear_error(tmp_path, capsys):
    assert main(["build-web", "--out", str(tmp_path / "no" / "such" / "site")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.atlas
@pytest.mark.slow
def test_the_built_site_lists_every_file_with_its_size_and_hash_and_gzip_twins_match():
    site = ensure_site()
    manifest = json.loads((site / "manifest.json").read_text())
    assert set(manifest["files"]) >= {
        "index.html",
        "app.js",
        "app.css",
        "data/scene.json",
        "data/geometry.bin",
        "data/skin.bin",
        "data/labels.json",
    }
    for name, info in manifest["files"].items():
        data = (site / name).read_bytes()
        assert len(data) == info["bytes"] and hashlib.sha256(data).hexdigest() == info["sha256"], (
            name
        )
        gz = site / f"{name}.gz"
        if gz.exists():
            assert gzip.decompress(gz.read_bytes()) == data, name
    sw = (site / "sw.js").read_text()
    assert (
        f'"data/geometry.bin?v={manifest["fingerprint"]}"' in sw
    )  # precached as the page fetched it
    from footspine_viz.web.build import FIRST, LATER

    def size(n):
        gz = site / f"{n}.gz"
        return (gz if gz.exists() else site / n).stat().st_size

    first = sum(size(n) for n in ("index.html", "app.js", "app.css", *(f"data/{f}" for f in FIRST)))
    assert first < 3_000_000  # bytes a visitor downloads before the first 3D image
    assert first + sum(size(f"data/{f}") for f in LATER) < 3_000_000  # and the whole site
    # index.html names the data files with their sizes and the site's version (what the page checks)
    html = (site / "index.html").read_text()
    boot = json.loads(html.split('id="fsv-boot">', 1)[1].split("</script>", 1)[0])
    assert boot["version"] == manifest["fingerprint"]
    assert boot["files"] == {f: manifest["files"][f"data/{f}"]["bytes"] for f in FIRST + LATER}
    assert boot["words"]["data-rebuild"].startswith("Rebuild")
    for f in FIRST:
        assert f'href="data/{f}?v={boot["version"]}"' in html  # fetched while the script loads


@pytest.mark.slow
def test_the_committed_bundle_is_what_the_lock_file_builds(tmp_path):
    """npm ci + build into a temporary folder gives the committed footspine_viz/web/static byte for byte."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm not found: install Node.js 20 to check the committed page bundle")
    work = tmp_path / "web"
    shutil.copytree(WEB, work, ignore=shutil.ignore_patterns("node_modules"))
    env = {**os.environ, "npm_config_audit": "false", "npm_config_fund": "false"}
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=work,
        check=True,
        env=env,
        capture_output=True,
        timeout=600,
    )
    out = tmp_path / "static"
    subprocess.run(
        ["node", "build.mjs", str(out)], cwd=work, check=True, capture_output=True, timeout=600
    )
    committed = WEB.parent / "footspine_viz" / "web" / "static"
    names = sorted(p.name for p in committed.iterdir())
    assert names == sorted(p.name for p in out.iterdir())
    for n in names:
        assert (out / n).read_bytes() == (committed / n).read_bytes(), (
            f"{n} is stale: run `make build-web-assets` and commit footspine_viz/web/static"
        )


def test_every_word_the_page_says_is_in_the_knowledge_base_text(kb):
    """The page's scripts name their sentences by key (section ``web`` of annotations/text);
    every key they use exists there, and no script carries an English sentence of its own."""
    import re

    web = kb.text["en"]["web"]
    src = "\n".join(p.read_text(encoding="utf-8") for p in sorted((WEB / "src").glob("*.js")))
    keys = set(re.findall(r"(?:this\.w|say|new DataError)\('([a-z0-9-]+)'", src))
    keys |= set(re.findall(r"this\.W\['([a-z0-9-]+)'\]", src)) | set(
        re.findall(r"this\.W\.([a-z]+)\b", src)
    )
    from footspine_viz.scene.state import LAYERS, SIDES

    keys |= (
        {"mode-patient", "mode-student"}
        | {f"side-{s}" for s in SIDES}
        | {f"layer-{n}" for n in LAYERS}
    )
    assert len(keys) > 40
    assert sorted(k for k in keys if k not in web) == []
    # a sentence in a script: a capital, words, spaces, inside quotes (symbols like "A+" are fine)
    sentences = re.findall(r"['\"`]([A-Z][a-z]+(?: [a-z]+){2,}[^'\"`]*)['\"`]", src)
    assert sentences == [], sentences
