"""Which camera views suit a root or a site.

Shared by the CLI (default ``--view``, ``export-set``) and the explorer (the
view a panel choice and the kiosk tour move to), so a root always opens where
its skin area faces the camera.
"""

from __future__ import annotations

from typing import Any

#: Views per root, the first the one to open with. From behind, L5's skin
#: (outer leg, top of the foot) is hidden; from the side its course down the
#: back of the thigh and its skin are both in sight.
ROOT_VIEWS: dict[str, tuple[str, ...]] = {
    "L3": ("overview-anterior",),
    "L4": ("overview-anterior", "foot-medial", "foot-dorsal"),
    "L5": ("lateral", "foot-dorsal", "foot-lateral"),
    "S1": ("overview-posterior", "foot-lateral", "foot-plantar"),
    "S2": ("overview-posterior",),
}

#: Sites with views of their own: slips open from the side, where the step between
#: the bodies shows; sites outside the spine open where the nerve is caught.
SITE_VIEWS: dict[str, tuple[str, ...]] = {
    "L5-S1-isthmic-spondylolisthesis": ("lumbar-lateral", "lumbar-closeup", "foot-dorsal"),
    "L4-L5-degenerative-spondylolisthesis": ("lumbar-lateral", "lumbar-closeup", "foot-dorsal"),
    # the collapsed disc's lost height shows from the side
    "L5-S1-foraminal-stenosis": ("lumbar-lateral", "lumbar-closeup", "foot-dorsal"),
    "piriformis": ("pelvis-posterior",),
    # from the side: the nerve winding round the fibular neck and its skin
    # (outer leg, top of the foot) in one picture; from behind the skin is hidden
    "fibular-head": ("lateral", "leg-posterior", "foot-dorsal"),
    "tarsal-tunnel": ("foot-medial", "foot-plantar"),
    "morton-neuroma": ("foot-plantar",),
    "diabetic-neuropathy": ("foot-dorsal", "foot-plantar"),
}

#: The foot view that shows a root's skin area best.
FOOT_VIEW = {"L4": "foot-medial", "L5": "foot-dorsal", "S1": "foot-lateral"}

DEFAULT_VIEW = "overview-posterior"

#: Drawables a view leaves out. From the side the hip bones hide the lumbosacral
#: spine, so the lateral close-up shows the spine alone, like a model on a stand.
VIEW_HIDES: dict[str, tuple[str, ...]] = {
    "lumbar-closeup": ("skin",),
    "lumbar-lateral": ("skin", "bones"),
}


def hidden_in_view(view: str) -> tuple[str, ...]:
    """Drawable ids (``skin``, ``bones``) the view ``view`` does not draw."""
    return VIEW_HIDES.get(view, ())


def default_skin_opacity(view: str) -> float:
    """Skin opacity a camera preset opens with.

    The foot views are about the skin (where a root's area lies), so the skin
    is nearly opaque there and a click on it asks which nerve serves it; the
    other views are about the course of the nerves, seen through an x-ray skin.
    """
    return 0.85 if view.startswith("foot-") else 0.35


def views_for(kb: Any, root: str | None = None, site: str | None = None) -> tuple[str, ...]:
    """Views that suit a selection, best first.

    Parameters
    ----------
    kb
        The knowledge base (:func:`footspine_viz.model.load_knowledge`).
    root, site
        The selection; a site wins over a root. Unknown ids raise
        :class:`~footspine_viz.errors.UserError` naming the nearest ones.
    """
    from footspine_viz.scene.state import suggest

    if site:
        if site not in kb.sites:
            raise suggest(site, kb.sites, "site")
        if site in SITE_VIEWS:
            return SITE_VIEWS[site]
        rec = kb.sites[site]
        if rec.kind in ("peripheral", "systemic"):
            return (DEFAULT_VIEW,)
        primary = [a.root for a in rec.roots if a.likelihood == "primary"]
        foot = FOOT_VIEW.get(primary[0]) if primary else None
        return ("lumbar-closeup",) + ((foot,) if foot else ())
    if root:
        if root not in kb.roots and root.upper() in kb.roots:
            root = root.upper()  # as ViewState accepts "l5"
        if root not in kb.roots:
            raise suggest(root, kb.roots, "root")
        return ROOT_VIEWS.get(root, (DEFAULT_VIEW,))
    return (DEFAULT_VIEW,)


def suggested_view(kb: Any, root: str | None = None, site: str | None = None) -> str:
    """The view to open a selection in."""
    return views_for(kb, root, site)[0]
