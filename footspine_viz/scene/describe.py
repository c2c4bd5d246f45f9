"""``describe``: a view state -> the :class:`~footspine_viz.scene.frame.Frame` every face draws.

Pure (numpy only). What lights up comes from the knowledge base's own answer,
:func:`footspine_viz.model.explain` (its per-root ``paths``), never from a
private graph walk; the skin paint is a list of field references that
:mod:`footspine_viz.scene.paint` blends; labels, titles, legend, caption and
the urgent note are words from ``annotations/text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from footspine_viz.body import one_side
from footspine_viz.errors import UserError
from footspine_viz.scene.frame import Frame, NerveLight, Part, SkinLayer
from footspine_viz.scene.geometry import SceneGeometry
from footspine_viz.scene.pathology import nearest_on, tint_rgb
from footspine_viz.scene.state import ViewState
from footspine_viz.scene.text import texts
from footspine_viz.scene.theme import THEMES, Theme, rgb3
from footspine_viz.scene.views import hidden_in_view

#: Drawables every frame lists, besides shapes and marks.
ANATOMY_PARTS = ("bones", "spine", "vertebra.L4", "vertebra.L5", "discs", "dural-sac")
#: How many skin spots can be marked at once (the renderer keeps a fixed pool).
N_MARKS = 8


class Highlight:
    """What a state lights: nerve lights per segment key, roots with strength, sides,
    and the explanation it came from (None for the home view)."""

    def __init__(self, sides: tuple[str, ...]) -> None:
        self.nerves: dict[str, NerveLight] = {}
        self.roots: list[tuple[str, float]] = []
        self.peripheral: list[str] = []
        self.sides = sides
        self.explanation: Any = None

    @property
    def active(self) -> bool:
        return bool(self.nerves)


def check(geo: SceneGeometry, state: ViewState) -> ViewState:
    """``state`` with its ids checked against the knowledge base (UserError naming the nearest)."""
    kb = geo.kb
    from footspine_viz.model.maps import selectable_maps

    return state.check_ids(kb.roots, kb.sites, selectable_maps(kb))


def highlight(geo: SceneGeometry, state: ViewState, theme: Theme) -> Highlight:
    """Which nerves light (from which arc fraction) and which roots, from ``explain()``.

    Remembered per geometry for what it depends on (selection, side, map,
    wording, theme): the browser build describes thousands of states that
    differ only in view and layers, and this is most of describe()'s time.
    Callers must not change the result.
    """
    key = (state.root, state.site, state.side, state.map, state.mode, theme.name)
    cache = geo.memo.setdefault("highlight", {})
    if key not in cache:
        cache[key] = _highlight(geo, state, theme)
    out: Highlight = cache[key]
    return out


def _highlight(geo: SceneGeometry, state: ViewState, theme: Theme) -> Highlight:
    from footspine_viz.model import explain

    kb = geo.kb
    h = Highlight(state.sides)
    if not (state.site or state.root):
        return h
    side = one_side(state.side)
    e = explain(kb, root=state.root, site=state.site, side=side, map=state.map, mode=state.mode)
    h.explanation = e
    if state.site:
        site = kb.sites[state.site]
        sides = state.sides if site.sided else ("left", "right")
        h.sides = tuple(sides)
        starts = tuple(e.highlight_from)
        anchor = site.anchor
        if e.roots:
            for rr in e.roots:
                strength = 1.0 if rr.likelihood == "primary" else 0.5
                h.roots.append((rr.id, strength))
                col = np.asarray(kb_rgb(kb, rr.id))
                _light(geo, h, e.paths[rr.id], col, strength, starts, anchor, sides, theme)
        else:  # a nerve problem outside the spine, or systemic
            h.peripheral = sorted(e.nerves)
            possible = set(e.possible_nerves)
            colour = np.asarray(rgb3(theme.peripheral))
            core = [n for n in e.nerves if n not in possible]
            _light(geo, h, core, colour, 1.0, starts, anchor, sides, theme)
            # a branch that often leaves above the lesion: drawn half-lit
            _light(
                geo,
                h,
                [n for n in e.nerves if n in possible],
                colour,
                0.5,
                starts,
                anchor,
                sides,
                theme,
            )
    elif state.root is not None:
        h.roots.append((state.root, 1.0))
        _light(
            geo,
            h,
            e.paths[state.root],
            np.asarray(kb_rgb(kb, state.root)),
            1.0,
            (),
            None,
            state.sides,
            theme,
        )
    return h


def kb_rgb(kb: Any, root: str) -> tuple[float, float, float]:
    """A root's colour from the knowledge base's palette (grey when it has none)."""
    from footspine_viz.model.maps import hex_to_rgb

    r = kb.roots.get(root)
    return hex_to_rgb(r.color if r is not None else "#888888")


def _light(
    geo: SceneGeometry,
    h: Highlight,
    walk: Iterable[str],
    colour: np.ndarray,
    strength: float,
    starts: tuple[str, ...],
    anchor: str | None,
    sides: Iterable[str],
    theme: Theme,
) -> None:
    """Light ``walk`` on ``sides``; each segment from where this root's fibres enter it."""
    from footspine_viz.body import landmark

    kb = geo.kb
    walk = tuple(walk)
    for nid in walk:
        for side in sides:
            key = f"{nid}.{side}"
            seg = geo.segment(key)
            if seg is None:
                continue
            start = 0.0
            if nid not in starts:
                # fibres of this root enter where an upstream segment that
                # carries them joins (L5 joins the lumbosacral trunk part-way)
                rec = kb.segments.get(nid)
                ups = [u for u in ((rec.parent,) + tuple(rec.joins) if rec else ()) if u in walk]
                upstream = [geo.segment(f"{u}.{side}") for u in ups]
                arcs = [nearest_on(seg, up.curve[-1])[2] for up in upstream if up is not None]
                start = min(arcs) if arcs else 0.0
                start = 0.0 if start < 0.05 else start
            if anchor and nid in starts:
                try:
                    start = nearest_on(seg, landmark(geo.landmarks, anchor, side))[2]
                    start = 0.0 if start < 0.08 else start
                except UserError:
                    start = 0.0
            col = (
                colour
                if strength >= 1
                else 0.55 * np.asarray(colour) + 0.45 * np.asarray(rgb3(theme.nerve))
            )
            if key not in h.nerves or strength >= 1:
                h.nerves[key] = NerveLight(key, _t(col), float(start))


def _t(c: Any) -> tuple[float, float, float]:
    a = np.asarray(c, dtype=float)
    return (float(a[0]), float(a[1]), float(a[2]))


def _layer_rgb(kb: Any, key: str, kind: str, theme: Theme) -> tuple[float, float, float]:
    return kb_rgb(kb, key) if key in kb.roots else _t(rgb3(theme.peripheral))


def skin_layers(
    geo: SceneGeometry, state: ViewState, h: Highlight, theme: Theme
) -> tuple[SkinLayer, ...]:
    """The numbness layers of the skin: what explain() says the selection paints, in the chosen map.

    A root or a site paints the layers its explanation names (its roots'
    dermatomes, its nerves' territories, or its own pattern); the home view
    paints every root of the map. The nerve-territory layer can be added.
    """
    kb = geo.kb
    out: list[SkinLayer] = []
    e = h.explanation
    sides = tuple(h.sides)
    if e is not None:
        for p in e.paint:
            if p.layer != "numbness":
                continue
            if p.kind in ("dermatome", "key-points"):
                if "dermatomes" in state.layers:
                    out.append(
                        SkinLayer(
                            p.map, p.key, sides, kb_rgb(kb, p.key), 0.9 if p.scale >= 1 else 0.5
                        )
                    )
            else:  # a nerve's territory or the site's own pattern: one combined field
                out.append(
                    SkinLayer(
                        p.map,
                        p.key,
                        sides,
                        _layer_rgb(kb, p.key, p.kind, theme),
                        0.85 * p.scale,
                        "territory",
                    )
                )
    elif "dermatomes" in state.layers and state.map in kb.maps:
        for r in kb.roots:
            if geo.map_weights(state.map).get(r):
                out.append(SkinLayer(state.map, r, tuple(state.sides), kb_rgb(kb, r), 0.8))
    tmap = territory_map(kb)
    if "peripheral" in state.layers and tmap and not any(x.kind == "territory" for x in out):
        out += [
            SkinLayer(tmap, n, tuple(state.sides), _t(rgb3(theme.peripheral)), 0.85, "territory")
            for n in sorted(geo.map_weights(tmap))
        ]
    return tuple(out)


def pain_layers(
    geo: SceneGeometry, state: ViewState, h: Highlight, theme: Theme
) -> tuple[SkinLayer, ...]:
    """The pain stripes (never blended with the numbness colours).

    A site whose own pattern is pain (piriformis) always shows it; the pain
    layer adds the typical pain of the selection (or of every root at home).
    """
    kb = geo.kb
    e = h.explanation
    pain = _t(rgb3(theme.pain))
    out: list[SkinLayer] = []
    if e is not None:
        out += [
            SkinLayer(p.map, p.key, tuple(h.sides), pain, 0.8 * p.scale, "pain")
            for p in e.paint
            if p.layer == "pain"
        ]
        if "pain" in state.layers:
            out += [
                SkinLayer(p.map, p.key, tuple(h.sides), pain, 0.8 * p.scale, "pain")
                for p in e.pain
                if not any(x.map == p.map and x.key == p.key for x in out)
            ]
    elif "pain" in state.layers:
        pm = pain_map(kb)
        if pm:
            out += [
                SkinLayer(pm, r, tuple(state.sides), pain, 0.8, "pain")
                for r in kb.roots
                if geo.map_weights(pm).get(r)
            ]
    return tuple(out)


def pain_map(kb: Any) -> str | None:
    return next((m.id for m in kb.maps.values() if m.kind == "pain"), None)


def territory_map(kb: Any) -> str | None:
    return next((m.id for m in kb.maps.values() if m.kind == "nerve-territory"), None)


def describe(geo: SceneGeometry, state: ViewState, theme: str = "calm") -> Frame:
    """The :class:`Frame` for ``state`` (ids checked: UserError for unknown ones)."""
    from footspine_viz.scene.labels import labels_for

    state = check(geo, state)
    th = THEMES[theme]
    kb = geo.kb
    h = highlight(geo, state, th)
    layers = state.layers
    base = rgb3(th.nerve_dim if h.active else th.nerve)
    tints: list[NerveLight] = []
    if state.view.startswith("lumbar-"):
        # the lumbar close-ups tell exiting from traversing: every root keeps a muted colour
        for seg in geo.segments:
            if seg.id.startswith(("root.", "spinal-nerve.")) and seg.root:
                tints.append(
                    NerveLight(
                        seg.key, _t(0.4 * np.asarray(kb_rgb(kb, seg.root)) + 0.6 * np.asarray(base))
                    )
                )
    lights = tuple(h.nerves[k] for k in sorted(h.nerves, key=lambda k: geo.seg_index.get(k, 0)))

    bones_on = "bones" in layers
    left_out = set(hidden_in_view(state.view))
    shown = [
        k
        for k, sh in enumerate(geo.shapes)
        if sh.site == state.site
        and (sh.side is None or sh.side in state.sides or state.side == "both")
    ]
    moved = {t: _t(v) for k in shown for t, v in geo.shapes[k].moves}
    hidden = {h for k in shown for h in geo.shapes[k].hides}
    parts: dict[str, Part] = {}
    for name in ANATOMY_PARTS:
        col = {
            "bones": th.bone,
            "spine": th.spine,
            "vertebra.L4": th.spine,
            "vertebra.L5": th.spine,
            "dural-sac": th.sac,
        }.get(name)
        parts[name] = Part(
            bones_on and name not in left_out and name not in hidden,
            _t(rgb3(col)) if col else None,
            0.45 if name == "dural-sac" else 1.0,
            moved.get(name, (0.0, 0.0, 0.0)),
        )
    # a cut-away lumbar view leaves the skin out: there it is only clutter
    parts["skin"] = Part("skin" in layers and "skin" not in left_out, None, 1.0)
    parts["nerves"] = Part("nerves" in layers, None, 1.0)
    colours = {
        n: rgb3(getattr(th, n))
        for n in ("pathology", "disc", "spine", "bone", "sac", "marker", "nerve")
    }
    for k, sh in enumerate(geo.shapes):
        if sh.kind == "slip":
            continue
        parts[f"shape.{sh.key}.{k}"] = Part(
            k in shown and bones_on, _t(tint_rgb(sh, colours)), float(sh.opacity)
        )
    for i in range(N_MARKS):
        pos = state.marks[i] if i < len(state.marks) else (0.0, 0.0, 0.0)
        parts[f"mark.{i}"] = Part(i < len(state.marks), _t(rgb3(th.marker)), 1.0, _t(pos))

    disc_tints: list[tuple[str, tuple[float, float, float]]] = []
    site = kb.sites.get(state.site or "")
    if (
        site is not None
        and site.level in geo.disc_levels
        and site.group in ("disc-herniation", "stenosis")
    ):
        disc_tints.append(
            (site.level, _t(0.6 * np.asarray(rgb3(th.disc)) + 0.4 * np.asarray(rgb3(th.pathology))))
        )

    skin = skin_layers(geo, state, h, th)
    pain = pain_layers(geo, state, h, th)
    words = texts(kb, state, h, th, skin, pain)
    frame = Frame(
        state=state,
        theme=theme,
        parts=parts,
        nerve_base=base,
        nerve_lights=lights,
        nerve_tints=tuple(tints),
        skin_base=_t(rgb3(th.skin)),
        skin_opacity=float(state.skin_opacity),
        skin_layers=skin,
        pain_layers=pain,
        pain_rgb=_t(rgb3(th.pain)),
        disc_rgb=_t(rgb3(th.disc)),
        disc_tints=tuple(disc_tints),
        disc_hidden=tuple(sorted(h.split(".", 1)[1] for h in hidden if h.startswith("disc."))),
        marks=tuple(state.marks),
        labels=(),
        title=words["title"],
        subtitle=words["subtitle"],
        legend=words["legend"],
        caption=words["caption"],
        urgent=words["urgent"],
        safety_net=words["safety_net"],
        view=state.view,
        camera_side=one_side(state.side),
        roots=tuple(h.roots),
        lit=tuple(dict.fromkeys(k.rsplit(".", 1)[0] for k in h.nerves)),
    )
    import dataclasses

    return dataclasses.replace(frame, labels=labels_for(geo, frame, h))
