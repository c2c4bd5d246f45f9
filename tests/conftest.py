"""Shared fixtures.

Heavy imports happen inside the fixtures so that the pure tests (model,
annotations, CLI parsing) run without VTK being touched.
"""

from __future__ import annotations

import os

import pytest

from footspine_viz import offscreen

# Off-screen rendering: EGL where there is no X display (as the app chooses), so
# VTK skips the noisy attempt at an X11 window first.
offscreen.configure()
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
