"""footspine-viz: how a problem in the lower back reaches the foot, in 3D.

The package is layered so that data flows one way::

    annotations/*.yaml + registry meshes
        -> footspine_viz.model (pure domain model, no VTK)
        -> footspine_viz.atlas (built, cached anatomy; numpy only)
        -> footspine_viz.scene (view state -> scene description)
        -> footspine_viz.render (the only place that draws with pyvista)
        -> front-ends: footspine_viz.cli, footspine_viz.ui
"""

from __future__ import annotations

__version__ = "0.1.0"
