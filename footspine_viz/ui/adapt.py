"""Where the desktop window meets the knowledge base and the scene: the catalogue of choices.

The catalogue and its checks are pure and shared with the browser build, so
they live in :mod:`footspine_viz.scene.catalog`; the UI's names for them are
kept here.
"""

from __future__ import annotations

from footspine_viz.scene.catalog import (
    FOREMOST_ROOTS,
    SITE_GROUP_ORDER,
    UI_FIELDS,
    Catalog,
    InvalidInput,
    get,
    group_label,
    site_label,
)

__all__ = [
    "FOREMOST_ROOTS",
    "SITE_GROUP_ORDER",
    "UI_FIELDS",
    "Catalog",
    "InvalidInput",
    "get",
    "group_label",
    "site_label",
]
