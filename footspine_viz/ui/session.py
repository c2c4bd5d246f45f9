"""One visitor's explorer: the selection, the marked skin spots, and what to show.

A :class:`Session` is the UI logic of the Python faces that draw with the VTK
renderer (the desktop window, the notebook's Explorer): they turn user actions
into calls here. It owns one
:class:`~footspine_viz.scene.ViewState` and hands every change to the
renderer's ``apply`` (which updates the scene in place).

Input from a client is never trusted: :meth:`Session.update` checks every
value (the ViewState's own checks plus the knowledge base's ids) and raises
:class:`InvalidInput` (a :class:`~footspine_viz.errors.UserError`) without
touching the current state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from footspine_viz.errors import UserError
from footspine_viz.scene import panel, rules, words
from footspine_viz.ui import adapt
from footspine_viz.ui.adapt import InvalidInput

__all__ = ["InvalidInput", "Mark", "Session"]


@dataclass
class Mark:
    """A skin spot the user asked about, with the knowledge base's answer."""

    number: int
    point: tuple[float, float, float]
    side: str | None
    regions: list[str]
    answer: dict[str, Any]


@dataclass
class Session:
    """The selection of one visitor, driving one renderer.

    Parameters
    ----------
    kb
        The knowledge base (:func:`footspine_viz.model.load_knowledge`).
    renderer
        A :class:`footspine_viz.render.SceneRenderer` (or anything with
        ``apply``, ``pick``, ``set_view`` and ``screenshot``).
    mode
        ``"patient"`` or ``"student"`` wording at the start and after a reset.
    """

    kb: Any
    renderer: Any
    mode: str = "patient"
    catalog: adapt.Catalog = field(init=False)
    view: Any = field(init=False)
    home: Any = field(init=False)
    marks: list[Mark] = field(default_factory=list, init=False)
    #: A short note about the last click (e.g. which roots a nerve carries).
    message: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.catalog = adapt.Catalog.from_kb(self.kb)
        if self.mode not in self.catalog.modes:
            raise InvalidInput(
                f"unknown mode {self.mode!r}", hint=f"use one of {self.catalog.modes}"
            )
        self.home = rules.home(mode=self.mode)
        self.view = self.home
        self.renderer.apply(self.view)
        self.renderer.set_view(self.home.view)

    # ------------------------------------------------------------------ state
    def update(self, **changes: Any) -> Any:
        """Apply ``changes`` (UI field names, :data:`adapt.UI_FIELDS`); return the new ViewState.

        Follows :mod:`footspine_viz.scene.rules` (a preset brings its skin
        opacity; a root clears the site and vice versa). Raises
        :class:`InvalidInput` and leaves everything as it was when any value
        is refused.
        """
        self.catalog.check_fields(changes)
        try:
            new = rules.change(self.view, **changes)
        except UserError as exc:
            raise InvalidInput(exc.message, exc.hint) from None
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f"refused settings {changes!r}: {exc}") from None
        return self._show(self.catalog.check_ids(new))

    def choose(self, **changes: Any) -> Any:
        """A selection made in the panel, by a key or by the kiosk tour.

        Like :meth:`update`, and the camera also turns to the view that suits
        the new root or site, so L5 opens from the side where its skin area
        shows. A pick in the 3D view uses :meth:`click` and leaves the camera
        where the user put it.
        """
        self.catalog.check_fields(changes)
        try:
            new = rules.choose(self.kb, self.view, **changes)
        except UserError as exc:
            raise InvalidInput(exc.message, exc.hint) from None
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f"refused settings {changes!r}: {exc}") from None
        return self._show(self.catalog.check_ids(new))

    def _show(self, new: Any) -> Any:
        if new != self.view:
            camera_moved = new.view != self.view.view
            self.view = new
            self.renderer.apply(new)
            if camera_moved:
                self.renderer.set_view(new.view)
        return new

    def set_camera(self, name: str) -> None:
        """Go to a camera preset, even when the ViewState already names it."""
        self.update(view=name)
        self.renderer.set_view(name)

    def reset(self) -> None:
        """Back to the home view: no selection, no marks, default camera."""
        self.marks.clear()
        self.message = ""
        self.view = self.home
        self.renderer.apply(self.view)
        self.renderer.set_view(self.home.view)

    # ---------------------------------------------------------------- picking
    def click(self, x: float, y: float) -> str:
        """Act on a click at pixel (x, y) of the view, origin top-left (image rows).

        What a pick means is the scene's rule (:func:`footspine_viz.scene.rules.after_pick`):
        a nerve of one root selects that root; a nerve carrying several roots
        (the sciatic) only says which it carries; a disc or a pathology marker
        selects its site; the skin adds a marked spot with the lookup answer.
        Returns ``"root"``, ``"nerve"``, ``"site"``, ``"skin"`` or ``"none"``.
        """
        result = self.renderer.pick(x, y)
        self.message = ""
        new, kind = rules.after_pick(
            self.view, result, self.catalog.root_ids, self.catalog.site_ids
        )
        if kind in ("root", "site"):
            self._show(new)
        elif kind == "nerve":
            carried = [r for r in getattr(result, "roots", ()) if r in self.catalog.root_ids]
            name = words.nerve_name(self.kb, result.id, self.view.mode)
            self.message = f"{name}: {', '.join(carried)}" if carried else name
        elif kind == "skin":
            self.mark_skin(result)
        return kind

    def mark_skin(self, result: Any) -> Mark:
        """Ask the knowledge base which nerve serves the picked skin spot."""
        regions = [str(r) for r in result.regions]
        point = tuple(float(v) for v in getattr(result, "point", (0.0, 0.0, 0.0)))
        mark = Mark(
            number=len(self.marks) + 1,
            point=point,  # type: ignore[arg-type]
            side=getattr(result, "side", None),
            regions=regions,
            answer=panel.lookup_panel(
                self.kb, regions, mode=self.view.mode, map=self.view.map
            ).to_dict(),
        )
        self.marks.append(mark)
        self._set_marks()
        return mark

    def clear_marks(self) -> None:
        self.marks.clear()
        self._set_marks()

    def _set_marks(self) -> None:
        self.view = self.view.replace(marks=tuple(m.point for m in self.marks))
        self.renderer.apply(self.view)

    # ------------------------------------------------------------------- info
    def info(self) -> dict[str, Any]:
        """The info panel for the current selection (the shared presenter)."""
        return panel.explain_panel(self.kb, self.view).to_dict()

    # ------------------------------------------------------------------- tour
    def tour(self) -> list[dict[str, Any]]:
        """The attract loop's steps: home, L4, L5, S1, a disc herniation."""
        return self.catalog.tour()
