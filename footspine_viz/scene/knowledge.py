"""What the scene needs from the clinical knowledge base, in one small view.

The knowledge base (``footspine_viz.model.load_knowledge()``) owns the data
and validates it; this adapter only re-shapes the few tables the scene draws
from (root palette, compression sites, the nerve graph, skin maps and
skin-region rules) into plain dicts, and answers graph questions with the
model's own :func:`footspine_viz.model.walk`, so the scene and the
explanations can never disagree about what lies downstream of a site.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from footspine_viz.model.maps import hex_to_rgb


def _plain(obj: Any) -> Any:
    """Frozen dataclasses, mappings and tuples as plain dicts and lists."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Mapping):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


@dataclass
class SceneKnowledge:
    roots: list[str]
    palette: dict[str, str]
    sites: dict[str, dict]
    nerves: dict[str, dict]  # id -> {parent, joins, carries, name}
    maps: dict[str, dict]  # id -> {kind, keyed_by, title, entries}
    regions: dict[str, dict]  # id -> {name, rule}
    texts: dict[str, Any] = field(default_factory=dict)
    kb: Any = None
    _mw: dict = field(default_factory=dict, repr=False)

    # ----------------------------------------------------------- queries
    @property
    def dermatome_maps(self) -> list[str]:
        return [m for m, d in self.maps.items() if d.get("kind") in ("dermatome", "key-points")]

    @property
    def default_map(self) -> str:
        from footspine_viz.model import DEFAULT_MAP

        return DEFAULT_MAP

    def pain_map(self) -> str | None:
        return next((m for m, d in self.maps.items() if d.get("kind") == "pain"), None)

    def territory_map(self) -> str | None:
        return next((m for m, d in self.maps.items() if d.get("kind") == "nerve-territory"), None)

    def map_weights(self, map_id: str) -> dict[str, dict[str, float]]:
        """key (root or nerve) -> {region: weight} for one map.

        Asks the knowledge base's ``region_weights`` when one is loaded (so the
        scene and the explanations agree), else reads the map file.
        """
        if map_id in self._mw:
            return self._mw[map_id]
        self._mw[map_id] = out = self._map_weights(map_id)
        return out

    def _map_weights(self, map_id: str) -> dict[str, dict[str, float]]:
        from footspine_viz.model import region_weights

        keys = self.roots if self.maps[map_id].get("keyed_by", "root") == "root" else list(self.nerves)
        out = {k: region_weights(self.kb, map_id, k) for k in keys}
        return {k: v for k, v in out.items() if v}

    def rgb(self, root: str) -> tuple[float, float, float]:
        return hex_to_rgb(self.palette.get(root, "#888888"))

    def downstream(self, starts, root: str | None = None, exclude=()) -> tuple[str, ...]:
        """Segments reached from ``starts`` going distally (carrying ``root``), proximal first.

        ``exclude`` names branches that leave above the lesion (a site's
        ``exclude``), which stay dark.
        """
        from footspine_viz.model import walk

        return walk(self.kb, starts, None if root is None else [root], exclude)

    def site_roots(self, site: str, primary_only: bool = False) -> list[tuple[str, str]]:
        """[(root, likelihood)] affected by a site."""
        out = []
        for r in self.sites[site].get("roots", []) or []:
            if primary_only and r.get("likelihood") != "primary":
                continue
            out.append((r["root"], r.get("likelihood", "primary")))
        return out

    def regions_hash(self) -> str:
        blob = json.dumps(self.regions, sort_keys=True, default=str).encode()
        return hashlib.sha1(blob).hexdigest()[:12]

    def site_name(self, site: str, mode: str = "patient") -> str | None:
        """The knowledge base's display name of a site (text/en.yaml site_names)."""
        rec = (self.texts.get("site_names") or {}).get(site) or {}
        return rec.get(mode) or rec.get("patient")

    def name(self, key: str) -> str:
        n = self.nerves.get(key)
        return n.get("name", key) if n else key


def scene_knowledge(kb: Any = None) -> SceneKnowledge:
    """Build the scene's view of the knowledge base (loaded when ``kb`` is None)."""
    from footspine_viz.model import load_knowledge, root_colors

    if kb is None:
        kb = load_knowledge()
    return SceneKnowledge(
        roots=list(kb.roots),
        palette=dict(root_colors(kb)),
        sites={k: _plain(v) for k, v in kb.sites.items()},
        nerves={k: _plain(v) for k, v in kb.segments.items()},
        maps={k: _plain(v) for k, v in kb.maps.items()},
        regions={k: _plain(v) for k, v in kb.regions.items()},
        texts=_plain(kb.text.get("en", {})),
        kb=kb,
    )
