"""Drawing with PyVista/VTK: the only package that does.

Public API: :class:`SceneRenderer` (build once; ``apply(state)``,
``pick(x, y)``, ``set_view(name)``, ``screenshot(path)``), :class:`PickResult`.
Import is lazy so that ``import footspine_viz.render`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SceneRenderer", "PickResult", "THEMES"]


def __getattr__(name: str) -> Any:
    if name in ("SceneRenderer", "PickResult"):
        from footspine_viz.render import renderer

        return getattr(renderer, name)
    if name == "THEMES":
        from footspine_viz.scene.theme import THEMES

        return THEMES
    raise AttributeError(name)
