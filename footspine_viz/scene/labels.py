"""What to label for a state: text, colour and candidate anchor points.

Pure (no drawing). Each :class:`Label` carries several candidate world points
(e.g. along a nerve, or over a dermatome); the layout step in
``footspine_viz.render.annotate`` keeps the first one that falls inside the
picture, so a nerve is labelled where it is visible in the current view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from footspine_viz.errors import UserError
from footspine_viz.scene.state import ViewState

NERVE_NAMES = {
    # id: (patient, student)
    "sciatic": ("Sciatic nerve", "Sciatic n."),
    "tibial": ("Tibial nerve", "Tibial n."),
    "common-fibular": ("Common fibular nerve", "Common fibular n."),
    "deep-fibular": ("Deep fibular nerve", "Deep fibular n."),
    "superficial-fibular": ("Superficial fibular nerve", "Superficial fibular n."),
    "sural": ("Sural nerve", "Sural n."),
    "medial-plantar": ("Medial plantar nerve", "Medial plantar n."),
    "lateral-plantar": ("Lateral plantar nerve", "Lateral plantar n."),
    "medial-calcaneal": ("Heel branches", "Medial calcaneal br."),
    "saphenous": ("Saphenous nerve", "Saphenous n."),
    "femoral": ("Femoral nerve", "Femoral n."),
    "lumbosacral-trunk": ("Nerve trunk over the pelvis", "Lumbosacral trunk"),
    "sacral-plexus": ("Sacral plexus", "Sacral plexus"),
    "plantar-digital.3": ("Nerve between toes 3 and 4", "3rd common plantar digital n."),
}

#: Which nerve labels suit which view (others are dropped to keep it calm).
VIEW_NERVES = {
    "overview-posterior": ("sciatic", "common-fibular", "tibial", "sural"),
    "overview-anterior": ("femoral", "saphenous", "deep-fibular", "superficial-fibular"),
    "lateral": ("sciatic", "common-fibular", "superficial-fibular", "sural"),
    "lumbar-closeup": ("lumbosacral-trunk",),
    "pelvis-posterior": ("sciatic", "sacral-plexus"),
    "leg-posterior": ("tibial", "common-fibular", "sural"),
    "foot-dorsal": ("deep-fibular", "superficial-fibular", "saphenous"),
    "foot-plantar": ("medial-plantar", "lateral-plantar", "medial-calcaneal", "plantar-digital.3"),
    "foot-medial": ("saphenous", "tibial", "medial-plantar", "medial-calcaneal"),
    "foot-lateral": ("sural", "superficial-fibular"),
}


@dataclass
class Label:
    text: str
    points: np.ndarray  # K x 3 candidate anchors, best first
    colour: tuple[float, float, float] | None = None
    priority: int = 5
    kind: str = "nerve"
    normals: np.ndarray | None = None  # K x 3 outward normals (skin fields): facing points win

    @property
    def point(self) -> tuple[float, float, float]:
        return tuple(float(v) for v in self.points[0])  # type: ignore[return-value]


def _roles(kn, site_id: str) -> dict[str, str]:
    return {r["root"]: r.get("role", "") for r in kn.sites[site_id].get("roots", []) or []}


def root_label(root: str, state: ViewState, kn, site: str | None) -> str:
    role = _roles(kn, site).get(root, "") if site else ""
    if state.mode == "student":
        return f"{root} root ({role})" if role else f"{root} root"
    if role == "traversing":
        return f"{root} nerve root (passes this disc)"
    if role == "exiting":
        return f"{root} nerve root (leaves here)"
    return f"{root} nerve root"


def site_title(kn, site_id: str, mode: str = "patient") -> str:
    named = kn.site_name(site_id, mode) if hasattr(kn, "site_name") else None
    if named:
        return named
    s = kn.sites[site_id]
    kind = str(s.get("kind", "")).replace("-", " ")
    level = s.get("level", "")
    group = {"disc-herniation": "disc herniation", "stenosis": "stenosis",
             "slipped-vertebra": "slipped vertebra"}.get(str(s.get("group")), "")
    if s.get("kind") == "peripheral" or not level:
        return site_id.replace("-", " ").capitalize()
    return f"{level} {kind} {group}".strip()


def labels_for(r: Any, state: ViewState) -> list[Label]:
    """Labels for ``state`` drawn by renderer ``r`` (uses its segments and highlight)."""
    kn = r.knowledge
    h = r.highlight
    out: list[Label] = []
    segs = {s.key: s for s in r.segments}
    sides = h.sides if h.active else state.sides
    lit_ids = {k.rsplit(".", 1)[0] for k in h.nerves}
    student = state.mode == "student"

    # roots (lumbar close-up: always the three that tell the story)
    roots_to_label = [rt for rt, _ in h.roots]
    if state.view == "lumbar-closeup":
        for rt in ("L4", "L5", "S1"):
            if rt not in roots_to_label:
                roots_to_label.append(rt)
    for rt in roots_to_label:
        for side in sides[:1]:
            seg = segs.get(f"root.{rt}.{side}")
            if seg is None:
                continue
            c = seg.curve
            cand = c[[len(c) // 2, len(c) * 3 // 4, len(c) // 4, -1]]
            if state.view == "lumbar-closeup" and rt in ("L4", "L5", "S1"):
                text = words(kn, f"closeup-{rt}", state.mode)
            else:
                text = root_label(rt, state, kn, state.site)
            col = tuple(np.asarray(r_colour(kn, rt)))
            out.append(Label(text, cand, col, 1, "root"))

    if state.site and state.site in kn.sites:
        site = kn.sites[state.site]
        shapes = [s for s in r.shapes if s.site == state.site and (s.side is None or s.side in sides)]
        pts = [np.array(s.centre) for s in shapes]
        if not pts:
            try:
                from footspine_viz.scene.nerves import landmark

                pts = [landmark(r.landmarks, site.get("anchor"), sides[0])]
            except UserError:  # checked up front by tests: every site anchor resolves
                pts = []
        if pts:
            kind = site.get("kind")
            if student:
                text = site_title(kn, state.site, "student")
            else:
                marker = {"paracentral": "disc", "foraminal": "disc"}.get(kind, kind)
                if marker not in ("disc", "central", "lateral-recess", "spondylolisthesis"):
                    marker = "other"
                text = words(kn, f"marker-{marker}", state.mode)
            out.append(Label(text, np.array(pts), (0.85, 0.3, 0.25), 0, "site"))

    # discs in the close-up
    if state.view == "lumbar-closeup":
        for lvl in ("L4-L5", "L5-S1"):
            key = f"disc-centre.{lvl}"
            if key in r.landmarks:
                p = r.landmarks[key]
                s0 = sides[0]
                lat = 1.0 if s0 == "left" else -1.0
                cand = np.array([p + [-lat * 0.01, 0.004, 0.0], p + [lat * 0.01, 0.004, 0.0], p])
                out.append(Label(f"{lvl} disc", cand, None, 2, "disc"))

    # nerves that suit the view (lit ones first)
    for nid in VIEW_NERVES.get(state.view, ()):
        seg = segs.get(f"{nid}.{sides[0]}")
        if seg is None:
            continue
        if h.active and nid not in lit_ids:
            continue
        c = seg.curve
        order = [len(c) // 2, len(c) // 3, 2 * len(c) // 3, len(c) // 6, 5 * len(c) // 6]
        if state.view.startswith("foot-"):  # in a foot view, name the nerve where it reaches the foot
            order = [5 * len(c) // 6, 2 * len(c) // 3, len(c) - 2, len(c) // 2]
        name = NERVE_NAMES.get(nid, (nid, nid))[1 if student else 0]
        carried = kn.nerves.get(nid, {}).get("carries", [])
        if student and carried:
            name = f"{name} ({carried[0]}-{carried[-1]})" if len(carried) > 1 else f"{name} ({carried[0]})"
        out.append(Label(name, c[order], None, 3 if nid in lit_ids else 4, "nerve"))

    # the coloured skin area
    if "dermatomes" in state.layers and h.roots and r.skin_painter is not None:
        mw = kn.map_weights(state.map) if state.map in kn.maps else {}
        rt, _ = h.roots[0]
        f = r.skin_painter.field(mw, rt, sides)
        idx = np.flatnonzero(f > 0.6)
        if len(idx):
            pts = np.asarray(r.skin_painter.points)[idx]
            title = kn.maps[state.map].get("title", state.map)
            text = words(kn, "dermatome-area", state.mode, root=rt, map=title.split("(")[0].strip())
            nrm = r.skin_normals[idx] if getattr(r, "skin_normals", None) is not None else None
            out.append(Label(text, pts, tuple(r_colour(kn, rt)), 1, "field", nrm))
    if h.peripheral and r.skin_painter is not None and kn.territory_map():
        tw = kn.map_weights(kn.territory_map())
        f = np.zeros(len(r.skin_painter.points))
        for n in h.peripheral:
            f = np.maximum(f, r.skin_painter.field(tw, n, sides))
        idx = np.flatnonzero(f > 0.6)
        if len(idx):
            nrm = r.skin_normals[idx] if getattr(r, "skin_normals", None) is not None else None
            out.append(Label(words(kn, "nerve-territory", state.mode),
                             np.asarray(r.skin_painter.points)[idx], None, 1, "field", nrm))
    return out


def words(kn, key: str, mode: str, **fill: str) -> str:
    """A picture's wording from the knowledge base's text (section ``picture``)."""
    entry = (kn.texts.get("picture") or {}).get(key)
    if entry is None:
        raise UserError(f"annotations/text: no picture text {key!r}", "add it under 'picture:'")
    text = entry.get(mode) or entry.get("patient") if isinstance(entry, dict) else entry
    return str(text).format(**fill)


def r_colour(kn, root: str) -> tuple[float, float, float]:
    return kn.rgb(root)
