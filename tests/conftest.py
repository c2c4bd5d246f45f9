"""Shared fixtures.

Heavy imports happen inside the fixtures so that the pure tests (model,
annotations, CLI parsing) run without VTK being touched.
"""

from __future__ import annotations

import os
import tempfile

import pytest

from footspine_viz.render import vtkenv

# Off-screen rendering: EGL where there is no display (as the app chooses), so
# VTK skips the noisy attempt at an X11 window first.
vtkenv.configure()
os.environ.setdefault("PYVISTA_OFF_SCREEN", "true")

# The tests never touch the user's own cache: everything they build (atlas,
# skin weights, display meshes, the web site) goes into a folder of this run,
# or into $FOOTSPINE_TEST_CACHE when a developer wants to keep it between runs.
# The mesh archives the user's cache already holds are read from there (never
# written), so a test run does not download them again.
from footspine_viz.atlas.sources import WHEELS_ENV, downloads_dir  # noqa: E402

if downloads_dir().is_dir():
    os.environ.setdefault(WHEELS_ENV, str(downloads_dir()))
_TEST_CACHE = os.environ.get("FOOTSPINE_TEST_CACHE") or tempfile.mkdtemp(
    prefix="footspine-test-cache-"
)
os.environ["FOOTSPINE_VIZ_CACHE"] = _TEST_CACHE


@pytest.fixture(scope="session")
def atlas():
    """The built anatomy atlas (built into the user cache on first use)."""
    from footspine_viz.atlas import load_atlas

    return load_atlas(progress=False)


@pytest.fixture(scope="session")
def kb():
    """The clinical knowledge base loaded from annotations/."""
    from footspine_viz.model import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def geo(atlas, kb):
    """The scene geometry (pure: nerve tubes, skin fields, shapes) shared by every test."""
    from footspine_viz.scene.geometry import SceneGeometry

    return SceneGeometry.build(atlas, kb)


@pytest.fixture(scope="session")
def renderer(geo):
    """One off-screen renderer (480x360, the image references' size) for every rendering test.

    Tests set the state they need with ``apply``; nothing depends on what a
    previous test left.
    """
    from footspine_viz.render.renderer import SceneRenderer

    r = SceneRenderer(geometry=geo, size=(480, 360))
    yield r
    r.close()


def pytest_unconfigure(config):
    """Remove this run's cache folder (not a developer's $FOOTSPINE_TEST_CACHE)."""
    if not os.environ.get("FOOTSPINE_TEST_CACHE"):
        import shutil

        shutil.rmtree(_TEST_CACHE, ignore_errors=True)
