"""The words of a picture: title, subtitle, legend, caption, urgent and safety-net notes.

Every string comes from ``annotations/text`` through
:mod:`footspine_viz.scene.words`; the urgent (emergency) note appears exactly
when :func:`footspine_viz.model.explain` says an emergency applies, in the
knowledge base's words, so a picture never says less than the info panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from footspine_viz.scene.frame import LegendEntry
from footspine_viz.scene.theme import Theme, rgb3
from footspine_viz.scene.words import map_title, maybe_word, side_words, site_name, view_name, word


def _t(c: Sequence[float]) -> tuple[float, float, float]:
    return (float(c[0]), float(c[1]), float(c[2]))


def join_list(kb: Any, items: Sequence[str], mode: str) -> str:
    """ "L5", "L5 and S1", "L5, S1 and S2" (the joining words from the text file)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return (
        word(kb, "picture", "list-comma", mode).join(items[:-1])
        + word(kb, "picture", "and", mode)
        + items[-1]
    )


def title(kb: Any, state: Any, mode: str) -> str:
    """The picture's title for a state."""
    side = side_words(kb, state.side, mode)
    if state.site:
        site = kb.sites[state.site]
        if not site.sided:  # its name says where it is (both feet, the whole bundle)
            side = ""
        roots = [(a.root, a.likelihood) for a in site.roots]
        prim = [r for r, lk in roots if lk == "primary"]
        what = site_name(kb, state.site, mode)
        if mode == "student":
            t = word(
                kb,
                "picture",
                "title-site" if side else "title-site-unsided",
                mode,
                site=what,
                side=side,
            )
            if roots:
                listed = ", ".join(
                    r if lk == "primary" else word(kb, "picture", "possible-root", mode, root=r)
                    for r, lk in roots
                )
                t += word(kb, "picture", "title-site-roots", mode, roots=listed)
            return t
        t = word(
            kb,
            "picture",
            "title-site" if side else "title-site-unsided",
            mode,
            site=what[:1].upper() + what[1:],
            side=side,
        )
        if prim:
            key = "title-site-presses" if len(prim) == 1 else "title-site-presses-many"
            t += word(kb, "picture", key, mode, roots=join_list(kb, prim, mode))
        elif site.kind == "peripheral":
            t += word(kb, "picture", "title-site-peripheral", mode)
        return t
    if state.root:
        return word(kb, "picture", "title-root", mode, root=state.root, side=side)
    return word(kb, "picture", "title-home", mode)


def texts(
    kb: Any, state: Any, h: Any, th: Theme, skin: Sequence[Any] = (), pain: Sequence[Any] = ()
) -> dict[str, Any]:
    """Title, subtitle, legend, caption, urgent and safety-net text of a state.

    The legend lists what the skin shows: each painted root, a nerve territory
    or pattern, the pressure point, the pain stripes.
    """
    mode = state.mode
    sub = [
        word(kb, "picture", "subtitle-map", mode, map=map_title(kb, state.map))
        if "dermatomes" in state.layers
        else word(kb, "picture", "subtitle-map-hidden", mode),
        word(kb, "picture", "subtitle-view", mode, view=view_name(kb, state.view, mode)),
    ]
    if pain:
        sub.append(word(kb, "picture", "subtitle-pain", mode))
    legend: list[LegendEntry] = []
    painted = [layer.key for layer in skin if layer.kind != "territory"]
    for r in kb.roots:
        if r in painted:
            legend.append(LegendEntry(r, _t(_root_rgb(kb, r)), "solid"))
    other = [layer for layer in skin if layer.kind == "territory"]
    if other:
        pattern = any(kb.maps[layer.map].kind == "pattern" for layer in other)
        legend.append(
            LegendEntry(
                word(kb, "picture", "legend-pattern" if pattern else "legend-territory", mode),
                _t(rgb3(th.peripheral)),
            )
        )
    if state.site and kb.sites[state.site].kind != "systemic":
        legend.append(
            LegendEntry(word(kb, "picture", "legend-pressure", mode), _t(rgb3(th.pathology)))
        )
    if pain:
        legend.append(
            LegendEntry(word(kb, "picture", "legend-pain", mode), _t(rgb3(th.pain)), "stripes")
        )
    caption = [word(kb, "ui", "disclaimer", mode), word(kb, "ui", "credits", mode)]
    if mode == "student":
        caption.append(word(kb, "picture", "student-note", mode))
    urgent = safety = None
    e = h.explanation
    if e is not None:
        if e.emergency:
            urgent = e.text.get("emergency") or word(kb, "ui", "emergency", mode)
        elif e.safety_net:  # the red box already names the same signs
            safety = e.text.get("safety_net") or maybe_word(kb, "ui", "safety-net", mode)
    if safety:  # on pictures, the short form of the calm note, after the disclaimer
        caption.insert(1, word(kb, "picture", "safety-net", mode))
    return dict(
        title=title(kb, state, mode),
        subtitle="  ·  ".join(sub),
        legend=tuple(legend),
        caption=tuple(caption),
        urgent=urgent,
        safety_net=safety,
    )


def _root_rgb(kb: Any, root: str) -> tuple[float, float, float]:
    from footspine_viz.model.maps import hex_to_rgb

    return hex_to_rgb(kb.roots[root].color)
