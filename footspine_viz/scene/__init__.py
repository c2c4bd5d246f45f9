"""State to scene: the view state, nerve geometry, the dermatome painter,
pathology shapes and labels. Pure numpy; nothing here draws.

Public API: :class:`ViewState`, :data:`VIEWS`, :data:`LAYERS`.
"""

from __future__ import annotations

from footspine_viz.model.explain import MODES
from footspine_viz.scene.state import DEFAULT_LAYERS, LAYERS, SIDES, VIEWS, ViewState

__all__ = ["ViewState", "VIEWS", "LAYERS", "DEFAULT_LAYERS", "MODES", "SIDES"]
