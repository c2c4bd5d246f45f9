"""Shared fixtures.

Heavy imports happen inside the fixtures so that the pure tests (model,
annotations, CLI parsing) run without VTK being touched.
"""

from __future__ import annotations

import os

import pytest

# Off-screen rendering through EGL: no display is needed, and VTK skips the
# noisy attempt at an X11 window first.
os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
os.environ.setdefault("PYVISTA_OFF_SCREEN", "true")


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
