"""Named camera presets computed from atlas landmarks (so they follow the
meshes).

Each preset gives a camera and a list of clipping planes. The planes are the
"cut-away" of an anatomy atlas: the lumbar close-up removes everything behind
the spinal canal (posterior arches, back muscles' skin) so the roots in the
canal and foramina show; foot views keep only the chosen foot below the ankle
so neither the shin nor the other foot hides it. Planes are applied to the
existing mappers (cheap, in place).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike

from footspine_viz.body import MIRROR as SIGN
from footspine_viz.body import landmark

#: Fraction of the picture height kept free of the title and caption bands.
FREE_FRACTION = 0.78

#: A clipping plane (origin, normal): what lies on the normal's side is kept.
Clip = tuple[tuple[float, ...], tuple[float, ...]]


@dataclass
class Camera:
    position: tuple[float, ...]
    focal: tuple[float, ...]
    up: tuple[float, ...]
    angle: float = 30.0
    clips: list[Clip] = field(default_factory=list)  # [(origin, normal)]: keep where normal points


def _lm(lms: Mapping[str, np.ndarray], name: str, side: str | None = None) -> np.ndarray:
    return landmark(lms, name, side)


def preset(
    name: str,
    lms: Mapping[str, np.ndarray],
    bounds: Sequence[float],
    side: str = "left",
    aspect: float = 1.6,
) -> Camera:
    """Camera for preset ``name``; ``bounds`` are the scene's (xmin..zmax)."""
    s = side if side in SIGN else "left"
    sg = SIGN[s]
    xmin, xmax, ymin, ymax, zmin, zmax = bounds
    angle = 30.0
    clips: list[Clip] = []
    up = np.array([0.0, 0.0, 1.0])
    view: ArrayLike

    def fit(height: float, width: float) -> tuple[float, float]:
        """Distance so that height x width (m) fills the free part of the frame."""
        h = max(height, width / aspect) / FREE_FRACTION
        return h / 2 / np.tan(np.radians(angle / 2)), h

    if name in ("overview-posterior", "overview-anterior", "lateral"):
        top = _lm(lms, "iliac-crest-top", "left")[2] + 0.16
        bottom = zmin - 0.05  # room for the feet, which perspective enlarges
        fp = np.array([0.0, (ymin + ymax) / 2, (top + bottom) / 2])
        d, hv = fit(top - bottom, (xmax - xmin) + 0.1 if name != "lateral" else (ymax - ymin) + 0.1)
        towards: dict[str, list[float]] = {
            "overview-posterior": [0, 1, 0],
            "overview-anterior": [0, -1, 0],
            "lateral": [sg, 0, 0],
        }
        view = towards[name]
    elif name == "lumbar-closeup":
        a, b = _lm(lms, "disc-centre.L3-L4"), _lm(lms, "sacral-foramen.S1", s)
        fp = (a + b) / 2 + [sg * 0.008, 0.0, 0.0]
        d, hv = fit(abs(a[2] - b[2]) + 0.05, 0.12)
        view = np.array([sg * 0.18, 1.0, 0.08])
        canal = _lm(lms, "canal.L5")
        front = _lm(lms, "disc-centre.L4-L5")
        # a laminectomy view: keep the slab from just behind the canal's centre
        # to a few centimetres in front of the discs (no back skin, no belly)
        clips.append(((0.0, canal[1] + 0.002, 0.0), (0.0, -1.0, 0.0)))
        clips.append(((0.0, front[1] - 0.05, 0.0), (0.0, 1.0, 0.0)))
    elif name == "lumbar-lateral":
        # from the side and a little behind (20 degrees), L3-L4 disc to S1: the line of the
        # bodies' backs shows a slip, and the exiting root crosses less of the disc
        a, b = _lm(lms, "disc-centre.L3-L4"), _lm(lms, "sacral-canal.S1")
        front, back = _lm(lms, "disc-centre.L4-L5"), _lm(lms, "lamina.L5")
        fp = np.array([0.0, 0.5 * (front[1] + back[1]) + 0.004, 0.5 * (a[2] + b[2])])
        d, hv = fit(abs(a[2] - b[2]) + 0.02, abs(back[1] - front[1]) + 0.05)
        view = np.array([sg, 0.36, 0.0])
        # the hip bones and skin are not drawn in this view (views.VIEW_HIDES); nerves
        # further out than the sacrum's wings would cross in front of the spine
        clips.append(((sg * 0.06, 0.0, 0.0), (-sg, 0.0, 0.0)))
    elif name == "pelvis-posterior":
        fp = (_lm(lms, "sciatic-notch", "left") + _lm(lms, "sciatic-notch", "right")) / 2 + [
            0,
            0,
            -0.04,
        ]
        d, hv = fit(0.36, 0.48)
        view = np.array([0.0, 1.0, 0.12])
    elif name == "leg-posterior":
        k, a = _lm(lms, "knee-centre", s), _lm(lms, "ankle-centre", s)
        fp = (k + a) / 2 + [0, 0, -0.03]
        d, hv = fit(np.linalg.norm(k - a) + 0.2, 0.2)
        view = np.array([0.0, 1.0, 0.0])
        clips.append(((0.0, 0.0, 0.0), (sg, 0.0, 0.0)))
    elif name.startswith("foot-"):
        heel, toe = _lm(lms, "heel-back", s), _lm(lms, "toe2-tip", s)
        ankle = _lm(lms, "ankle-centre", s)
        fwd = (toe - heel) / np.linalg.norm(toe - heel)
        length = np.linalg.norm(toe - heel)
        fp = (heel + toe) / 2
        fp[2] = min(heel[2], toe[2]) + 0.035
        clips.append(((sg * 0.02, 0.0, 0.0), (sg, 0.0, 0.0)))
        if name == "foot-dorsal":
            # From above and in front. Heel and leg are cut off by a plane just behind the
            # ankle that leans back (normal: forward and down), and the camera sits on its
            # kept side, so the cut faces away: neither the hollow skin nor cut shin bones
            # show. The picture holds the dorsum from the ankle to the toes.
            back = ankle - fwd * 0.005
            clips.append((tuple(back), tuple(fwd + np.array([0.0, 0.0, -0.3]))))
            fp = (back + toe) / 2
            fp[2] = min(heel[2], toe[2]) + 0.03
            d, hv = fit(np.linalg.norm(toe - back) + 0.04, 0.12)
            view = np.array([sg * 0.06, 0.0, 1.0]) + 0.6 * fwd
            up = fwd
        else:
            clips.append(((0.0, 0.0, ankle[2] + 0.06), (0.0, 0.0, -1.0)))
        if name == "foot-dorsal":
            pass
        elif name == "foot-plantar":
            d, hv = fit(length + 0.05, 0.13)
            view = np.array([sg * 0.06, -0.1, -1.0])
            up = fwd
        elif name == "foot-medial":
            d, hv = fit(0.13, length + 0.05)
            view = np.array([-sg, 0.0, 0.15])
        elif name == "foot-lateral":
            d, hv = fit(0.13, length + 0.05)
            view = np.array([sg, 0.0, 0.15])
        else:
            raise KeyError(name)
    else:
        raise KeyError(name)
    view = np.asarray(view, dtype=float)
    view /= np.linalg.norm(view)
    up = np.asarray(up, dtype=float)
    up = up - (up @ view) * view
    up /= np.linalg.norm(up)
    # centre the content in the free band (title band is smaller than the caption band)
    fp = np.asarray(fp, dtype=float) - up * hv * 0.015
    pos = fp + d * view
    return Camera(tuple(pos), tuple(fp), tuple(up), angle, clips)
