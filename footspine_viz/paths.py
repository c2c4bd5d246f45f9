"""Where footspine-viz reads its data and keeps its caches: one resolver for each.

Two places matter, and each has one documented override:

- :func:`annotations_dir`: the knowledge base (``roots.yaml``, ``maps/``,
  ``schema/``, ``text/``, ``nerve-paths.yaml`` ...). It ships inside the
  package as ``footspine_viz.annotations`` and is found with
  :mod:`importlib.resources`, so a wheel installed anywhere finds it; in a
  source checkout (editable install) the same call finds the repository's
  top-level ``annotations/`` folder, which setuptools maps onto that package.
  ``FOOTSPINE_ANNOTATIONS`` points every loader at another folder.
- :func:`cache_root`: everything footspine-viz computes once and keeps (the
  anatomy atlas and the mesh archives it is built from, the painted skin
  regions, the display meshes, the fitted nerves). It is the platform's own
  user cache folder (``~/.cache/footspine-viz`` on Linux,
  ``~/Library/Caches/footspine-viz`` on macOS,
  ``%LOCALAPPDATA%\\footspine-viz\\Cache`` on Windows), found with
  platformdirs; ``FOOTSPINE_VIZ_CACHE`` moves all of it.

Nothing here creates a folder: callers that write make their own subfolder.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

from footspine_viz.errors import EnvironmentProblem

#: Environment variable naming another annotation folder.
ANNOTATIONS_ENV = "FOOTSPINE_ANNOTATIONS"
#: Environment variable naming another cache root.
CACHE_ENV = "FOOTSPINE_VIZ_CACHE"
#: The package that carries the knowledge base files as package data.
ANNOTATIONS_PACKAGE = "footspine_viz.annotations"
#: Folder name under the platform's cache folders.
APP_NAME = "footspine-viz"


def packaged_annotations_dir() -> Path:
    """The knowledge base that ships with this installation (ignores the override).

    Raises
    ------
    EnvironmentProblem
        When the package data is not a folder on disk (for example a zipped
        installation), naming the override that works around it.
    """
    try:
        res = importlib.resources.files(ANNOTATIONS_PACKAGE)
    except ModuleNotFoundError:
        res = None
    if not isinstance(res, Path) or not res.is_dir():
        raise EnvironmentProblem(
            f"the knowledge base files ({ANNOTATIONS_PACKAGE}) are not installed as a folder",
            f"reinstall footspine-viz with pip, or set {ANNOTATIONS_ENV} to an annotations folder",
        )
    return res


def annotations_dir() -> Path:
    """The annotation folder every loader reads: ``$FOOTSPINE_ANNOTATIONS``, else the packaged."""
    env = os.environ.get(ANNOTATIONS_ENV)
    if env:
        return Path(env).expanduser()
    return packaged_annotations_dir()


def annotation_file(*parts: str) -> Path:
    """A file inside :func:`annotations_dir`, e.g. ``annotation_file("nerve-paths.yaml")``."""
    return annotations_dir().joinpath(*parts)


def cache_root() -> Path:
    """The folder that holds every cache: ``$FOOTSPINE_VIZ_CACHE``, else the user cache folder."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def cache_dir(name: str) -> Path:
    """One cache's subfolder of :func:`cache_root` (``atlas``, ``dermatomes`` ...); not created."""
    return cache_root() / name
