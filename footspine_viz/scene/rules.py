"""The state rules every front-end follows, in one place.

- Choosing a root clears the site and vice versa.
- Choosing a root or a site in a panel, by a key, by the command line or in the
  kiosk tour turns the camera to the view that suits it
  (:mod:`footspine_viz.scene.views`); a pick in the 3D view leaves the camera
  where the user put it.
- A camera preset brings its skin opacity (nearly opaque on the foot views,
  an x-ray skin elsewhere) unless an opacity is given with it.
- A pointer press and release within :data:`CLICK_TOLERANCE_PX` pixels is a
  click (a pick); more is a drag (the camera moved).
- A pick on one side moves a one-sided selection to that side.

Pure functions over :class:`~footspine_viz.scene.state.ViewState`; the web
page, the desktop window, the CLI and ``Explorer`` all call these.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from footspine_viz.errors import UserError
from footspine_viz.scene.state import ViewState
from footspine_viz.scene.views import default_skin_opacity, suggested_view

#: Pointer travel (pixels) below which a press-release is a click, not a drag.
CLICK_TOLERANCE_PX = 4


def is_click(press: tuple[float, float] | None, release: tuple[float, float]) -> bool:
    """True when a press and release are close enough to be a click rather than a drag."""
    if press is None:
        return False
    return (
        abs(press[0] - release[0]) <= CLICK_TOLERANCE_PX
        and abs(press[1] - release[1]) <= CLICK_TOLERANCE_PX
    )


def change(state: ViewState, **changes: Any) -> ViewState:
    """``state`` with ``changes``, following the rules (validated by ViewState).

    A new camera preset brings its skin opacity unless ``skin_opacity`` is
    given; a root clears the site and a site the root.
    """
    view = changes.get("view")
    if isinstance(view, str) and view != state.view and changes.get("skin_opacity") is None:
        changes["skin_opacity"] = default_skin_opacity(view)
    elif "skin_opacity" in changes and changes["skin_opacity"] is None:
        del changes["skin_opacity"]
    if changes.get("root") is not None and "site" not in changes:
        changes["site"] = None
    if changes.get("site") is not None and "root" not in changes:
        changes["root"] = None
    return state.replace(**changes)


def choose(kb: Any, state: ViewState, **changes: Any) -> ViewState:
    """A selection made in a panel, by a key, on the command line or by the tour.

    Like :func:`change`, and a newly chosen root or site also turns the camera
    to the view that suits it, unless a view is given.
    """
    root, site = changes.get("root"), changes.get("site")
    if (root or site) and changes.get("view") is None:
        try:
            changes["view"] = suggested_view(kb, root=root, site=site)
        except UserError:
            changes.pop("view", None)  # the unknown id is refused below with its own message
    elif "view" in changes and changes["view"] is None:
        del changes["view"]
    return change(state, **changes)


def home(mode: str = "patient") -> ViewState:
    """The start view: nothing selected, the scene's default camera, layers and map."""
    return ViewState(mode=mode)


def after_pick(
    state: ViewState, result: Any, root_ids: Iterable[str], site_ids: Iterable[str]
) -> tuple[ViewState, str]:
    """The state after a pick in the 3D view, and what happened.

    Returns ``(state, kind)`` with kind ``root``, ``nerve``, ``site``, ``skin``
    or ``none``. A nerve of one root selects it, a disc or marker selects its
    site (both on the picked side when one side is shown); a nerve carrying
    several roots and the skin leave the selection as it is (the caller shows
    which roots the nerve carries, or marks the spot).
    """
    kind = getattr(result, "kind", None)
    side = getattr(result, "side", None)
    side_change = {"side": side} if side in ("left", "right") and state.side != "both" else {}
    root_ids, site_ids = set(root_ids), set(site_ids)
    if kind == "root" and result.id in root_ids:
        return change(state, root=result.id, **side_change), "root"
    if kind == "site" and result.id in site_ids:
        return change(state, site=result.id, **side_change), "site"
    if kind == "nerve":
        return state, "nerve"
    if kind == "skin":
        return state, "skin"
    return state, "none"
