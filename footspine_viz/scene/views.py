"""Which camera views suit a root or a site.

Shared by the CLI (default ``--view``, ``export-set``) and the explorer (the
view a panel choice and the kiosk tour move to), so a root always opens where
its skin area faces the camera.
"""

from __future__ import annotations

from typing import Any

#: Views per root, best first: ordered by the measured share of the picture the
#: root's skin area covers (scripts/view_share.py, 480x360, left side; re-measure
#: and update after a change to the maps, regions or cameras: a test checks the
#: first against a fresh measurement). A root opens where its skin is largest on
#: screen; the whole-body view that shows its course best stays in the list.
#:
#: ======  ======  ======  ======  ======  ======  ======  ======  ======  ======
#: root    ov-post ov-ant  lateral pelvis  leg-pst dorsal  plantar medial  foot-lat
#: L3       0.0     1.2     0.3     0.0     0.0     0.0     0.0     0.0     0.0
#: L4       0.0     0.5     0.0     0.0     0.1     8.0     2.0    11.4     3.6
#: L5       0.1     0.8     0.9     0.0     0.3     9.9     8.3     3.1     7.7
#: S1       1.7     0.1     0.7     4.5     4.8     2.5    10.1     6.3     9.8
#: S2       1.5     0.0     0.3     5.1     3.7     0.0     0.0     0.0     0.0
#: S3       0.2     0.1     0.0     2.3     0.0     0.0     0.0     0.0     0.0
#: S4       0.1     0.1     0.0     0.7     0.0     0.0     0.0     0.0     0.0
#: S5       0.1     0.1     0.0     1.0     0.0     0.0     0.0     0.0     0.0
#: ======  ======  ======  ======  ======  ======  ======  ======  ======  ======
WHOLE_BODY = ("overview-posterior", "overview-anterior", "lateral")
ROOT_VIEWS: dict[str, tuple[str, ...]] = {
    "L3": ("overview-anterior", "lateral"),
    "L4": ("foot-medial", "foot-dorsal", "foot-lateral", "overview-anterior"),
    "L5": ("foot-dorsal", "foot-plantar", "foot-lateral", "lateral"),
    "S1": ("foot-plantar", "foot-lateral", "foot-medial", "leg-posterior", "overview-posterior"),
    "S2": ("pelvis-posterior", "leg-posterior", "overview-posterior"),
    "S3": ("pelvis-posterior", "overview-posterior"),
    "S4": ("pelvis-posterior", "overview-posterior"),
    "S5": ("pelvis-posterior", "overview-posterior"),
}

#: Sites with views of their own: slips open from the side, where the step between
#: the bodies shows; sites outside the spine open where the nerve is caught.
SITE_VIEWS: dict[str, tuple[str, ...]] = {
    "L5-S1-isthmic-spondylolisthesis": ("lumbar-lateral", "lumbar-closeup", "foot-dorsal"),
    "L4-L5-degenerative-spondylolisthesis": ("lumbar-lateral", "lumbar-closeup", "foot-dorsal"),
    # the collapsed disc's lost height shows from the side
    "L5-S1-foraminal-stenosis": ("lumbar-lateral", "lumbar-closeup", "foot-dorsal"),
    # where the nerve is caught first, then where its skin shows most (view_share.py:
    # the sciatic's territory covers 14 % of the outer-foot view, the fibular's 7 % of the dorsum)
    "piriformis": ("pelvis-posterior", "foot-lateral"),
    # from the side: the nerve winding round the fibular neck and its skin
    # (outer leg, top of the foot) in one picture; from behind the skin is hidden
    "fibular-head": ("lateral", "foot-dorsal", "leg-posterior"),
    "tarsal-tunnel": ("foot-medial", "foot-plantar"),
    "morton-neuroma": ("foot-plantar",),
    "diabetic-neuropathy": ("foot-dorsal", "foot-plantar"),
}

#: The foot view that shows a root's skin area best (largest share in the table above);
#: a spinal site opens where its condition shows, then here for its primary root.
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
    from footspine_viz.model.ids import unknown

    if site:
        if site not in kb.sites:
            raise unknown("site", site, kb.sites)
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
            raise unknown("root", root, kb.roots)
        return ROOT_VIEWS.get(root, (DEFAULT_VIEW,))
    return (DEFAULT_VIEW,)


def suggested_view(kb: Any, root: str | None = None, site: str | None = None) -> str:
    """The view to open a selection in."""
    return views_for(kb, root, site)[0]
