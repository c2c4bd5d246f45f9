"""``footspine-viz build-web``: write the explorer as a folder of static files.

The folder holds the bundled page (copied from ``footspine_viz/web/static``,
built from ``web/`` with esbuild and committed, so no Node is needed here)
and the data generated from the scene and the knowledge base (``data/``):

- ``geometry.json`` + ``coarse.bin`` + ``geometry.bin``: the coarse meshes the
  first image and a moving view draw, then the display meshes and pathology
  shapes (see :mod:`.geometry`);
- ``skin.bin``: per display-skin vertex, the weight of every region on each
  side (uint16), the vertex's side, the pain layer's stripe pattern and the
  region set a tap there asks about (uint16, for a tap left and right of
  the midline);
- ``scene.json``: catalogue, cameras, colours, segments, shapes, highlights,
  map tables, picture words, the page's words;
- ``panels.json``, ``labels.json``: info panels and labels per state;
- ``spots.json``: the presenter's answer for every region set a skin tap can
  ask about, per wording and map (fetched after the first image).

``index.html`` carries the page's words, the site's version and the data
files' sizes, with preload hints: the page fetches the first image's files
(:data:`FIRST`) while its script loads, under versioned addresses, and the
rest (:data:`LATER`) after. Binary and JSON files get a gzip sibling
(``.gz``) that static servers send as-is to browsers that accept gzip.
``manifest.json`` lists every file with its size and SHA-256 and the build's
fingerprint; ``sw.js`` (a service worker that precaches them) makes a loaded
page keep working when the server stops.

The folder is written next to its target and moved into place at the end, so
a failed build leaves nothing half-written.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from footspine_viz.errors import UserError
from footspine_viz.fileio import replace_folder

STATIC = Path(__file__).resolve().parent / "static"
FORMAT = 2
#: Files the page needs (in the order it fetches them).
#: What the first image needs, then what follows it.
FIRST = ("scene.json", "geometry.json", "coarse.bin", "skin.bin", "panels.json")
LATER = ("geometry.bin", "labels.json", "spots.json")
DATA_FILES = FIRST + LATER
GZIP_SUFFIXES = (".json", ".bin", ".js", ".css", ".html")


def _hash_tree(h: hashlib._Hash, folder: Path, pattern: str) -> None:
    for p in sorted(folder.rglob(pattern)):
        if "__pycache__" in p.parts:
            continue
        h.update(str(p.relative_to(folder)).encode())
        h.update(p.read_bytes())


def fingerprint() -> str:
    """What the site is built from: atlas build, annotations, code, page bundle, version."""
    from footspine_viz import __version__
    from footspine_viz.atlas.store import build_key
    from footspine_viz.model.store import default_path

    h = hashlib.sha256()
    h.update(f"format {FORMAT} version {__version__} atlas {build_key()}".encode())
    _hash_tree(h, default_path(), "*.yaml")
    pkg = Path(__file__).resolve().parents[1]
    for sub in ("scene", "render", "model", "web", "ui"):
        _hash_tree(h, pkg / sub, "*.py")
    _hash_tree(h, STATIC, "*")
    return h.hexdigest()[:20]


def check_target(out: Path, force: bool) -> Path:
    """Refuse a target that would lose someone's files or cannot be written (before any work)."""
    out = Path(out).expanduser().absolute()
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} exists and is not a folder", "choose a folder name for the site")
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise UserError(
                f"{out} is not empty",
                "pass --force to replace the site in it, or choose an empty folder",
            )
        if not (out / "manifest.json").is_file():
            # --force replaces a site, never a folder of someone's other files
            raise UserError(
                f"{out} is not empty and holds no footspine-viz site (no manifest.json)",
                "choose an empty folder or a folder an earlier build-web wrote",
            )
    parent = out.parent
    if not parent.is_dir():
        raise UserError(
            f"cannot write {out}: folder {parent} does not exist",
            f"create it first (mkdir -p {parent})",
        )
    if not os.access(parent, os.W_OK) or (out.is_dir() and not os.access(out, os.W_OK)):
        raise UserError(
            f"cannot write {out}: folder {parent if not out.is_dir() else out} is not writable",
            "choose a folder you can write to",
        )
    if not (STATIC / "index.html").is_file():
        raise UserError(
            f"the page bundle is missing from {STATIC}",
            "reinstall footspine-viz, or run `make build-web-assets` in a source checkout",
        )
    return out


def _gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as z:
        z.write(data)
    return buf.getvalue()


def _json(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode(
        "utf-8"
    )


def generate(src: Any) -> dict[str, bytes]:
    """Every data file of the site, by name under ``data/``."""
    return _generate(src)


def _generate(src: Any) -> dict[str, bytes]:
    from footspine_viz.web import frames, geometry, texts

    maps = texts.chosen_maps(src.kb)
    meshes = src.meshes()
    # the first image draws the coarse meshes; the display meshes and the
    # pathology shapes (85k triangles, shown one site at a time) follow in
    # geometry.bin, and replace the coarse meshes when the view is still
    first_index, first_buf = geometry.pack(src.coarse_meshes(meshes))
    index, buf = geometry.pack(meshes)
    weights = src.region_weights()
    regions = src.regions()
    skin = np.stack(
        [
            np.round(np.clip(weights[(r, s)], 0, 1) * 65535).astype(np.uint16)
            for r in regions
            for s in ("left", "right")
        ]
    )
    n = skin.shape[1]
    sets, set_ids = src.spot_sets()
    skin_bin = (
        skin.tobytes() + src.skin_sides().tobytes() + src.stripes().tobytes() + set_ids.tobytes()
    )
    skin_bin += b"\0" * ((-len(skin_bin)) % 4)
    scene = {
        "format": FORMAT,
        "catalog": texts.catalog(src),
        "cameras": texts.cameras(src),
        "scene": texts.scene_tables(src),
        "skin": {
            **texts.skin_tables(src),
            "regions": regions,
            "vertices": n,
            "layout": "uint16 weight[region][side][vertex], uint8 side[vertex], uint8 stripes[vertex], "
            "uint16 spot_set[tap left, tap right][vertex]",
        },
        "frames": frames.tables(src, maps),
        "words": texts.words(src.kb),
    }
    return {
        "scene.json": _json(scene),
        "geometry.json": _json({"coarse.bin": first_index, "geometry.bin": index}),
        "coarse.bin": first_buf,
        "geometry.bin": buf,
        "skin.bin": skin_bin,
        "panels.json": _json(texts.panels(src)),
        "labels.json": _json(frames.labels(src, maps)),
        "spots.json": _json(texts.spot_answers(src, sets)),
    }


def page_words(kb: Any) -> dict[str, Any]:
    """The page's own words (annotations/text, section ``web``), as index.html carries them."""
    from footspine_viz.web.texts import words

    return dict(words(kb)["web"])


BOOT_MARKER = b'<script type="application/json" id="fsv-boot">{}</script>'
PRELOAD_MARKER = b"<!--fsv-preload-->"


def page_html(template: bytes, boot: dict[str, Any], preload: tuple[str, ...] = FIRST) -> bytes:
    """index.html with what the page needs before any fetch: its words (so even a page whose
    data cannot be read speaks), the site's version and the data files' sizes (so the data
    can be fetched at once, checked, and cached under a versioned address), and preload hints
    that start those fetches while the script is still loading."""
    blob = json.dumps(boot, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    if BOOT_MARKER not in template or PRELOAD_MARKER not in template:
        raise ValueError("index.html has no boot or preload placeholder (rebuild the page bundle)")
    links = "".join(
        f'<link rel="preload" href="data/{name}?v={boot["version"]}" as="fetch" crossorigin>\n'
        for name in preload
    )
    html = template.replace(
        BOOT_MARKER, f'<script type="application/json" id="fsv-boot">{blob}</script>'.encode()
    )
    return html.replace(PRELOAD_MARKER, links.encode())


def _service_worker(files: list[str], fp: str) -> bytes:
    """sw.js with the files to precache: the data files under the versioned addresses the page
    fetched them by, so the precache is answered from the browser's HTTP cache, not downloaded twice."""
    template = (STATIC / "sw.js").read_text(encoding="utf-8")
    urls = [f"{f}?v={fp}" if f.startswith("data/") else f for f in files]
    return (template.replace('"__FILES__"', json.dumps(urls)).replace("__VERSION__", fp)).encode(
        "utf-8"
    )


def site_files(src: Any = None, progress: bool = False) -> dict[str, bytes]:
    """Every file of the site, by its path in the site (built in memory, or read from the
    cached site when that one is current: ``serve`` or an earlier export built it)."""
    cached = site_folder()
    if src is None and site_is_current(cached):
        manifest = json.loads((cached / "manifest.json").read_text(encoding="utf-8"))
        return {
            name: (cached / name).read_bytes()
            for name in [*manifest["files"], "manifest.json", "sw.js"]
        }
    own = src is None
    if own:
        from footspine_viz.web.source import SceneSource

        if progress:
            print("footspine-viz: reading the scene (first run builds the atlas)…", flush=True)
        src = SceneSource()
    try:
        data = generate(src)
        words = page_words(src.kb)
    finally:
        if own:
            src.close()
    fp = fingerprint()
    files: dict[str, bytes] = {}
    for p in sorted(STATIC.rglob("*")):
        if p.is_file() and p.name != "sw.js":
            files[str(p.relative_to(STATIC))] = p.read_bytes()
    for name, blob in data.items():
        files[f"data/{name}"] = blob
    boot = {
        "format": FORMAT,
        "version": fp,
        "words": words,
        "files": {k: len(v) for k, v in data.items()},
    }
    files["index.html"] = page_html(files["index.html"], boot)
    manifest = {
        "format": FORMAT,
        "fingerprint": fp,
        "files": {
            k: {"bytes": len(v), "sha256": hashlib.sha256(v).hexdigest()} for k, v in files.items()
        },
    }
    files["manifest.json"] = _json(manifest)
    files["sw.js"] = _service_worker(sorted(files), fp)
    return files


def write_site(
    out: str | os.PathLike[str], force: bool = False, src: Any = None, progress: bool = False
) -> Path:
    """Build the site into ``out`` (atomically); return its path."""
    out = check_target(Path(out), force)
    files = site_files(src, progress)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    try:
        for name, blob in files.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(blob)
            if name.endswith(GZIP_SUFFIXES) and len(blob) > 1024:
                (tmp / f"{name}.gz").write_bytes(_gz(blob))
        for p in [tmp, *tmp.rglob("*")]:
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def site_is_current(folder: Path) -> bool:
    """True when ``folder`` holds a complete site built from today's inputs."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if manifest.get("fingerprint") != fingerprint():
        return False
    return all(
        (folder / name).is_file() and (folder / name).stat().st_size == info["bytes"]
        for name, info in manifest.get("files", {}).items()
    )


def site_folder() -> Path:
    """Where ``serve`` (and the single-file page) keep the built site: beside the atlas cache."""
    from footspine_viz.atlas.store import cache_dir

    return Path(cache_dir()).parent / "web-site"


def ensure_site(src: Any = None, progress: bool = False) -> Path:
    """The cached site, built first when missing or stale; its folder."""
    folder = site_folder()
    if not site_is_current(folder):
        if progress:
            print(
                "footspine-viz: building the explorer's site (first run, or inputs changed)…",
                flush=True,
            )
        write_site(folder, force=True, src=src, progress=progress)
    return folder
