"""Labels on the live window: VTK caption actors placed by the shared label layout.

A fixed pool of :class:`vtkCaptionActor2D` (never created or removed on a
state change) shows the frame's labels in the interactive window; exported
pictures draw the same layout with Pillow instead (render/annotate.py). The
leader line of a caption ends at the side of its box that faces the anchor,
so it never crosses the label's own text.
"""

from __future__ import annotations

from typing import Any

from footspine_viz.render import annotate
from footspine_viz.scene.theme import rgb

N_CAPTIONS = 8


class Captions:
    """The caption pool of one renderer."""

    def __init__(self, r: Any) -> None:
        from vtkmodules.vtkRenderingAnnotation import vtkCaptionActor2D

        self.r = r
        self.pool = []
        th = r.theme
        for _ in range(N_CAPTIONS):
            cap = vtkCaptionActor2D()
            cap.SetCaption(" ")
            cap.BorderOff()
            cap.LeaderOn()
            cap.ThreeDimensionalLeaderOff()
            tp = cap.GetCaptionTextProperty()
            tp.SetFontSize(16)
            tp.SetColor(*rgb(th.text))
            tp.BoldOff()
            tp.ItalicOff()
            tp.SetFontFamilyToArial()
            # a dark panel behind the text keeps it readable over ivory bone
            tp.SetBackgroundColor(*rgb(th.panel[:7]))
            tp.SetBackgroundOpacity(0.75)
            tp.ShadowOff()
            cap.GetTextActor().SetTextScaleModeToNone()  # one font size for every label
            cap.GetProperty().SetColor(*rgb(th.text))
            cap.SetWidth(0.2)
            cap.SetHeight(0.035)
            cap.SetVisibility(False)
            r.renderer.AddActor(cap)
            self.pool.append(cap)

    def hide(self) -> None:
        for cap in self.pool:
            cap.SetVisibility(False)

    def place(self) -> None:
        """Lay out the current frame's labels for the window's size and camera."""
        r = self.r
        st = r.state
        on = st is not None and "labels" in st.layers
        w, hgt = r.plotter.window_size
        placed = annotate.layout(r, r.labels, (w, hgt), font_px=16) if on else []
        for i, cap in enumerate(self.pool):
            if i >= len(placed):
                cap.SetVisibility(False)
                continue
            lab, (ax, ay), (bx, by, bw, bh) = placed[i]
            d = r.world_to_display([lab.anchors[0]])[0]
            cap.SetCaption(lab.text)
            cap.SetAttachmentPoint(*self._world_at(ax, ay, d[2]))
            # the caption's position is its box's lower-left corner relative to the anchor
            cap.SetPosition(bx - ax, (hgt - by - bh) - (hgt - ay))
            cap.SetWidth(bw / max(w, 1))
            cap.SetHeight(bh / max(hgt, 1))
            if lab.rgb is not None:
                cap.GetProperty().SetColor(*lab.rgb)
            cap.SetVisibility(True)

    def _world_at(self, ax: float, ay: float, depth: float):
        """World point under display (ax, ay) at ``depth``."""
        ren = self.r.renderer
        _, hgt = self.r.plotter.window_size
        ren.SetDisplayPoint(float(ax), float(hgt - ay), float(depth))
        ren.DisplayToWorld()
        x, y, z, wq = ren.GetWorldPoint()
        return (x / wq, y / wq, z / wq) if wq else (x, y, z)
