"""The body's sides and frame: one vocabulary for every layer.

World frame (the standing pose of myo-sim's MuJoCo model): metres, z up,
**-y anterior**, **+x the body's left**. A body side is ``left`` or
``right``; a choice in the UI may also be ``both``. Offsets in the
annotation files are written ``[lateral, anterior, superior]`` in mm and
mirrored per side with :data:`MIRROR`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from footspine_viz.errors import UserError

#: The two sides of the body, in the order everything is listed.
BODY_SIDES: tuple[str, str] = ("left", "right")
#: What a user may choose: one side or both.
SIDE_CHOICES: tuple[str, str, str] = ("left", "right", "both")
#: Sign of world x on each side (+x is the body's left).
MIRROR: Mapping[str, float] = {"left": 1.0, "right": -1.0}


def sides_of(choice: str) -> tuple[str, ...]:
    """The body sides a choice concerns: ``both`` -> (left, right)."""
    return BODY_SIDES if choice == "both" else (choice,)


def one_side(choice: str) -> str:
    """A single side for a choice (``both`` is shown from the left)."""
    return "left" if choice == "both" else choice


def side_of_x(x: float) -> str:
    """The body side a world point lies on."""
    return "left" if x >= 0 else "right"


def body_offset(offset_mm: Sequence[float], side: str) -> np.ndarray:
    """``[lateral, anterior, superior]`` mm -> a world offset in metres for ``side``."""
    lat, ant, sup = (float(v) for v in (list(offset_mm) + [0, 0, 0])[:3])
    return np.array([MIRROR[side] * lat, -ant, sup]) / 1000.0


def landmark(landmarks: Mapping[str, np.ndarray], name: str, side: str | None = None) -> np.ndarray:
    """Landmark ``name`` on ``side``: ``name.side`` first, then the unsided ``name``.

    Raises
    ------
    UserError
        When neither exists, naming the landmark.
    """
    for key in ((f"{name}.{side}",) if side else ()) + (name,):
        if key in landmarks:
            return np.asarray(landmarks[key], dtype=float)
    raise UserError(
        f"landmark {name!r}{f' ({side})' if side else ''} is not in the atlas",
        "check the name against docs/architecture.md (Landmarks)",
    )
