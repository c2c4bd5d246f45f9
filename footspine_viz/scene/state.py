"""The view state: everything a front-end can change, in one frozen value.

A front-end (CLI, web, desktop) turns flags and clicks into a new
:class:`ViewState` with :meth:`ViewState.replace` and hands it to
``SceneRenderer.apply``. Validation happens here, before any rendering, and
raises :class:`~footspine_viz.errors.UserError` naming the nearest valid id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from footspine_viz.body import SIDE_CHOICES
from footspine_viz.errors import UserError
from footspine_viz.model.explain import MODES
from footspine_viz.model.ids import unknown
from footspine_viz.model.maps import DEFAULT_MAP

#: What a user may choose for the side (see footspine_viz.body).
SIDES = SIDE_CHOICES
LAYERS = frozenset({"skin", "bones", "nerves", "labels", "dermatomes", "pain", "peripheral"})
DEFAULT_LAYERS = frozenset({"skin", "bones", "nerves", "labels", "dermatomes"})

#: Camera presets (their numbers: scene/cameras.py; their names for people: the
#: text file's ``views`` section).
VIEWS: tuple[str, ...] = (
    "overview-posterior",
    "overview-anterior",
    "lateral",
    "lumbar-closeup",
    "lumbar-lateral",
    "pelvis-posterior",
    "leg-posterior",
    "foot-dorsal",
    "foot-plantar",
    "foot-medial",
    "foot-lateral",
)


@dataclass(frozen=True)
class ViewState:
    """What the scene shows. Immutable: make a changed copy with :meth:`replace`.

    Attributes
    ----------
    root
        Selected nerve root (``"L5"``) or None.
    site
        Selected compression site id (``"L4-L5-paracentral"``) or None. A site
        implies its affected roots; ``root`` may still narrow the choice.
    side
        ``"left"``, ``"right"`` or ``"both"``.
    map
        Dermatome map shown on the skin (one map at a time, never merged).
    mode
        ``"patient"`` (plain words) or ``"student"`` (precise terms, flags).
    view
        Camera preset name (see :data:`VIEWS`).
    layers
        Visible layers, a subset of :data:`LAYERS`.
    skin_opacity
        0..1; below 1 the skin is an x-ray shell over bones and nerves.
    marks
        Skin points (x, y, z in metres) the user marked for reverse lookup.
    """

    root: str | None = None
    site: str | None = None
    side: str = "left"
    map: str = DEFAULT_MAP
    mode: str = "patient"
    view: str = "overview-posterior"
    layers: frozenset[str] = DEFAULT_LAYERS
    skin_opacity: float = 0.35
    marks: tuple[tuple[float, float, float], ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if isinstance(self.layers, (set, list, tuple)):
            object.__setattr__(self, "layers", frozenset(self.layers))
        if self.root is not None:
            object.__setattr__(self, "root", str(self.root).upper())
        if self.root and self.site:
            raise UserError(
                f"choose a root or a site, not both (got root {self.root!r} and site {self.site!r})",
                "a site already names the roots it affects",
            )
        if self.side not in SIDES:
            raise unknown("side", self.side, SIDES)
        if self.mode not in MODES:
            raise unknown("mode", self.mode, MODES)
        if self.view not in VIEWS:
            raise unknown("view", self.view, VIEWS)
        bad = set(self.layers) - LAYERS
        if bad:
            raise unknown("layer", sorted(bad)[0], LAYERS)
        try:
            opacity = float(self.skin_opacity)
        except (TypeError, ValueError):
            raise UserError(
                f"skin opacity {self.skin_opacity!r} is not a number", "give 0..1"
            ) from None
        if not 0.0 <= opacity <= 1.0:
            raise UserError(
                f"skin opacity {opacity} is outside 0..1",
                "give a value from 0 (hidden) to 1 (opaque)",
            )
        object.__setattr__(self, "skin_opacity", opacity)
        marks = tuple(tuple(float(c) for c in m) for m in self.marks)
        if any(len(m) != 3 for m in marks):
            raise UserError("each mark must be a 3D point (x, y, z)")
        object.__setattr__(self, "marks", marks)

    def replace(self, **changes: Any) -> ViewState:
        """A copy with ``changes`` applied (and validated)."""
        return dataclasses.replace(self, **changes)

    def with_layer(self, name: str, on: bool = True) -> ViewState:
        """A copy with one layer switched on or off."""
        if name not in LAYERS:
            raise unknown("layer", name, LAYERS)
        layers = set(self.layers)
        (layers.add if on else layers.discard)(name)
        return self.replace(layers=frozenset(layers))

    @property
    def sides(self) -> tuple[str, ...]:
        """The body sides this state concerns."""
        from footspine_viz.body import sides_of

        return sides_of(self.side)

    def check_ids(
        self, roots: Iterable[str], sites: Iterable[str], maps: Iterable[str]
    ) -> ViewState:
        """Raise UserError when root, site or map is not one of the given ids."""
        roots, sites, maps = list(roots), list(sites), list(maps)
        if self.root is not None and self.root not in roots:
            raise unknown("root", self.root, roots)
        if self.site is not None and self.site not in sites:
            raise unknown("site", self.site, sites)
        if maps and self.map not in maps:
            raise unknown("dermatome map", self.map, maps)
        return self
