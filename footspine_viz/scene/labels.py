"""What to label in a frame: text, colour, candidate anchors and the drawable pointed at.

Pure (no drawing). Each :class:`~footspine_viz.scene.frame.Label` carries
several candidate world points (along a nerve, over a skin area); a face keeps
the first one that falls inside its picture and faces its camera. The scene
never labels what is not drawn: a label whose target drawable is hidden (its
layer off) is left out, and anchors cut away by the view's clipping planes
(the leg above a foot view, the arches behind the lumbar close-up) are dropped,
so no label points at a spot where its structure is not.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from footspine_viz.body import landmark
from footspine_viz.errors import UserError
from footspine_viz.scene.frame import Frame, Label
from footspine_viz.scene.geometry import SceneGeometry
from footspine_viz.scene.words import map_title, nerve_name, site_name, word

#: Which nerve labels suit which view (others are dropped to keep it calm).
VIEW_NERVES = {
    "overview-posterior": ("sciatic", "common-fibular", "tibial", "sural"),
    "overview-anterior": ("femoral", "saphenous", "deep-fibular", "superficial-fibular"),
    "lateral": ("sciatic", "common-fibular", "superficial-fibular", "sural"),
    "lumbar-closeup": ("lumbosacral-trunk",),
    "lumbar-lateral": ("lumbosacral-trunk",),
    "pelvis-posterior": ("sciatic", "sacral-plexus"),
    "leg-posterior": ("tibial", "common-fibular", "sural"),
    "foot-dorsal": ("deep-fibular", "superficial-fibular", "saphenous"),
    "foot-plantar": ("medial-plantar", "lateral-plantar", "medial-calcaneal", "plantar-digital.3"),
    "foot-medial": ("saphenous", "tibial", "medial-plantar", "medial-calcaneal"),
    "foot-lateral": ("sural", "superficial-fibular"),
}
#: Roots always labelled in the lumbar close-up: the three that tell the story.
CLOSEUP_ROOTS = ("L4", "L5", "S1")
#: The pathology marker's wording per site kind.
MARKER_OF_KIND = {
    "paracentral": "disc",
    "foraminal": "disc",
    "central": "central",
    "lateral-recess": "lateral-recess",
    "spondylolisthesis": "spondylolisthesis",
}


#: At most this many candidate anchors on a skin area (evenly spread): enough to
#: find the part that faces the camera, few enough to keep frames small.
MAX_AREA_ANCHORS = 400


def _pts(a: Any) -> tuple[tuple[float, float, float], ...]:
    return tuple(map(tuple, np.round(np.atleast_2d(np.asarray(a, dtype=float)), 6).tolist()))


def _spread(idx: np.ndarray) -> np.ndarray:
    """Indices thinned evenly to at most MAX_AREA_ANCHORS."""
    return idx[:: max(1, -(-len(idx) // MAX_AREA_ANCHORS))]


def _kept(
    anchors: np.ndarray, clips: Any, normals: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray | None]:
    """Anchors (and normals) on the kept side of every clipping plane."""
    a = np.atleast_2d(np.asarray(anchors, dtype=float))
    keep = np.ones(len(a), dtype=bool)
    for origin, normal in clips:
        keep &= (a - np.asarray(origin)) @ np.asarray(normal) >= 0.0
    return a[keep], (None if normals is None else np.asarray(normals)[keep])


def labels_for(geo: SceneGeometry, frame: Frame, h: Any) -> tuple[Label, ...]:
    """Labels of a frame, most important first."""
    from footspine_viz.scene.cameras import preset
    from footspine_viz.scene.describe import kb_rgb

    kb = geo.kb
    state = frame.state
    mode = state.mode
    parts = frame.parts
    out: list[Label] = []
    sides = h.sides if h.active else state.sides
    lit_ids = set(frame.lit)
    clips = preset(state.view, geo.landmarks, geo.bounds, frame.camera_side).clips

    def add(
        key: str,
        text: str,
        anchors: Any,
        rgb: Any,
        target: str,
        kind: str,
        priority: int,
        normals: Any = None,
    ) -> None:
        if not parts.get(target, None) or not parts[target].visible:
            return
        a, n = _kept(anchors, clips, normals)
        if len(a) == 0:
            return
        out.append(
            Label(key, text, _pts(a), rgb, target, kind, priority, None if n is None else _pts(n))
        )

    # roots (lumbar close-up: always the three that tell the story)
    roots = [r for r, _ in h.roots]
    if state.view.startswith("lumbar-"):
        roots += [r for r in CLOSEUP_ROOTS if r not in roots]
    roles = {a.root: a.role for a in kb.sites[state.site].roots} if state.site else {}
    for rt in roots:
        seg = geo.segment(f"root.{rt}.{sides[0]}")
        if seg is None:
            continue
        c = seg.curve
        cand = c[[len(c) // 2, len(c) * 3 // 4, len(c) // 4, -1]]
        if state.view.startswith("lumbar-") and rt in CLOSEUP_ROOTS:
            text = word(kb, "picture", f"closeup-{rt}", mode)
        else:
            text = root_label(kb, rt, roles.get(rt, ""), mode)
        add(f"root.{rt}", text, cand, kb_rgb(kb, rt), "nerves", "root", 1)

    # the site's pressure point (a systemic problem presses nowhere)
    if state.site and kb.sites[state.site].kind != "systemic":
        site = kb.sites[state.site]
        shapes = [
            (k, s)
            for k, s in enumerate(geo.shapes)
            if s.site == state.site and (s.side is None or s.side in sides) and s.kind != "slip"
        ]
        target = f"shape.{shapes[0][1].key}.{shapes[0][0]}" if shapes else "bones"
        pts = [np.array(s.centre) for _, s in shapes]
        if not pts:
            try:
                pts = [landmark(geo.landmarks, site.anchor, sides[0])]
            except UserError:  # every site anchor resolves: a test checks it
                pts = []
        if pts:
            if mode == "student":
                text = site_name(kb, state.site, "student")
            else:
                marker = MARKER_OF_KIND.get(site.kind, "other")
                text = word(kb, "picture", f"marker-{marker}", mode)
            add("site", text, np.array(pts), (0.85, 0.3, 0.25), target, "site", 0)

    # discs in the close-up
    if state.view.startswith("lumbar-"):
        for lvl in ("L4-L5", "L5-S1"):
            key = f"disc-centre.{lvl}"
            if key in geo.landmarks:
                p = geo.landmarks[key]
                lat = 1.0 if sides[0] == "left" else -1.0
                cand = np.array([p + [-lat * 0.01, 0.004, 0.0], p + [lat * 0.01, 0.004, 0.0], p])
                add(
                    f"disc.{lvl}",
                    word(kb, "picture", "disc", mode, level=lvl),
                    cand,
                    None,
                    "discs",
                    "disc",
                    2,
                )

    # nerves that suit the view (lit ones first)
    for nid in VIEW_NERVES.get(state.view, ()):
        seg = geo.segment(f"{nid}.{sides[0]}")
        if seg is None or (h.active and nid not in lit_ids):
            continue
        c = seg.curve
        order = [len(c) // 2, len(c) // 3, 2 * len(c) // 3, len(c) // 6, 5 * len(c) // 6]
        if state.view.startswith(
            "foot-"
        ):  # in a foot view, name the nerve where it reaches the foot
            order = [5 * len(c) // 6, 2 * len(c) // 3, len(c) - 2, len(c) // 2]
        name = nerve_name(kb, nid, mode, short=True)
        carried = list(kb.segments[nid].carries) if nid in kb.segments else []
        if mode == "student" and carried:
            span = carried[0] if len(carried) == 1 else f"{carried[0]}-{carried[-1]}"
            name = word(kb, "picture", "nerve-roots", mode, nerve=name, roots=span)
        add(f"nerve.{nid}", name, c[order], None, "nerves", "nerve", 3 if nid in lit_ids else 4)

    # the coloured skin area: the main root's dermatome, else the nerve territory or pattern
    derm = [layer for layer in frame.skin_layers if layer.kind == "dermatome"]
    other = [layer for layer in frame.skin_layers if layer.kind == "territory"]
    if geo.painter is not None and h.roots and derm:
        main = next((layer for layer in derm if layer.key == h.roots[0][0]), derm[0])
        f = geo.field(main.map, main.key, main.sides)
        idx = _spread(np.flatnonzero(f > 0.6))
        if len(idx):
            title = map_title(kb, main.map).split("(")[0].strip()
            text = word(kb, "picture", "dermatome-area", mode, root=main.key, map=title)
            add(
                "skin.area",
                text,
                geo.skin_points[idx],
                kb_rgb(kb, main.key),
                "skin",
                "field",
                1,
                geo.skin_normals[idx],
            )
    elif geo.painter is not None and other and state.root is None and state.site is not None:
        f = np.zeros(len(geo.skin_points), dtype=np.float32)
        for layer in other:
            f = np.maximum(f, geo.field(layer.map, layer.key, layer.sides) * layer.scale)
        idx = _spread(np.flatnonzero(f > 0.5))
        if len(idx):
            pattern = any(kb.maps[layer.map].kind == "pattern" for layer in other)
            text = word(kb, "picture", "pattern-area" if pattern else "nerve-territory", mode)
            add(
                "skin.territory",
                text,
                geo.skin_points[idx],
                None,
                "skin",
                "field",
                1,
                geo.skin_normals[idx],
            )
    return tuple(out)


def root_label(kb: Any, root: str, role: str, mode: str) -> str:
    """ "L5 nerve root (passes this disc)" / "L5 root (traversing)"."""
    if role:
        return word(
            kb, "picture", f"root-{role}", mode, root=root, role=word(kb, "roles", role, mode)
        )
    return word(kb, "picture", "root", mode, root=root)
