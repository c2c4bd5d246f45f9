"""Structure ids, landmark names and skin label vocabularies (docs/architecture.md)."""

from __future__ import annotations

from footspine_viz.body import BODY_SIDES as SIDES

LEVELS = ("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")
FORAMEN_LEVELS = ("L3-L4", "L4-L5", "L5-S1")
SKIN_SEGMENTS = (
    "back",
    "buttock",
    "saddle",
    "thigh",
    "knee",
    "leg",
    "foot",
    "toe1",
    "toe2",
    "toe3",
    "toe4",
    "toe5",
    "other",
)
SKIN_SIDES = ("left", "right", "mid")

_SIDED_BONES = (
    "hip",
    "femur",
    "patella",
    "tibia",
    "fibula",
    "talus",
    "calcaneus",
    "navicular",
    "cuboid",
    "cuneiform.medial",
    "cuneiform.intermediate",
    "cuneiform.lateral",
    *(f"metatarsal.{k}" for k in range(1, 6)),
    "phalanx.proximal.1",
    "phalanx.distal.1",
    *(f"phalanx.{p}.{k}" for k in range(2, 6) for p in ("proximal", "middle", "distal")),
)

_SIDED_LANDMARKS = (
    "sacral-ala",
    "si-joint-anterior",
    "psis",
    "asis",
    "iliac-crest-top",
    "ischial-tuberosity",
    "greater-trochanter",
    "sciatic-notch",
    "hip-centre",
    "knee-centre",
    "ankle-centre",
    "medial-femoral-condyle",
    "popliteal-fossa-apex",
    "popliteal-fossa-midpoint",
    "fibular-head",
    "fibular-neck",
    "tibial-tuberosity",
    "medial-malleolus",
    "lateral-malleolus",
    "navicular-tuberosity",
    "first-web-space",
    "mtp1",
    "mtp3-dorsum",
    "mtp5",
    "base-5th-metatarsal",
    "lateral-heel",
    "heel-back",
    "great-toe",
    "toe2-tip",
    "fifth-toe",
    *(f"sacral-foramen.S{k}" for k in range(1, 5)),
    *(f"sacral-foramen-posterior.S{k}" for k in range(1, 5)),
    *(f"sacral-intervertebral-foramen.S{k}" for k in range(1, 5)),
    "auricular-surface",
)


def required_structures() -> list[str]:
    out = [f"vertebra.L{k}" for k in range(1, 6)] + ["sacrum", "coccyx"]
    out += [f"{b}.{s}" for s in SIDES for b in _SIDED_BONES]
    out += [f"disc.{lv}" for lv in LEVELS] + ["dural-sac", "skin"]
    return out


def bone_ids() -> list[str]:
    return [s for s in required_structures() if not s.startswith(("disc.", "dural", "skin"))]


def required_landmarks() -> list[str]:
    out = []
    for lv in FORAMEN_LEVELS:
        out += [f"foramen.{lv}.{s}" for s in SIDES]
    for lv in LEVELS:
        out.append(f"disc-centre.{lv}")
        out += [f"disc-posterolateral.{lv}.{s}" for s in SIDES]
    for v in ("L1", "L2", "L3", "L4", "L5", "S1"):
        out.append(f"canal.{v}")
    for v in ("L3", "L4", "L5", "S1"):
        out += [f"pedicle.{v}.{s}" for s in SIDES]
    out += [f"{n}.{s}" for n in _SIDED_LANDMARKS for s in SIDES]
    out += [f"sacral-canal.S{k}" for k in range(1, 5)] + ["sacral-hiatus", "dural-sac-end"]
    for lv in FORAMEN_LEVELS:
        out += [f"facet.{lv}.{s}" for s in SIDES]
    for v in ("L3", "L4", "L5"):
        out += [
            f"lamina.{v}",
            f"vertebral-body-posterior-inferior.{v}",
            f"vertebral-body-posterior-superior.{v}",
        ]
    out.append("vertebral-body-posterior-superior.S1")
    return out
