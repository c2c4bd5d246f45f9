"""What the scene needs from the clinical knowledge base, in one small view.

The knowledge base (``footspine_viz.model.load_knowledge()``) owns the data;
this adapter reads the few tables the scene draws from it: root palette,
compression sites, the nerve graph (parent/joins/carries), dermatome and
territory maps and the skin-region rules. It accepts a loaded knowledge base
object, and falls back to reading ``annotations/*.yaml`` directly, so the
renderer keeps working while the model package is still being written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footspine_viz.errors import UserError

ANNOTATIONS = Path(__file__).resolve().parents[2] / "annotations"

#: Okabe-Ito, used only when the knowledge base gives no palette.
FALLBACK_PALETTE = {"L3": "#E69F00", "L4": "#009E73", "L5": "#0072B2", "S1": "#D55E00", "S2": "#CC79A7"}


def _yaml(path: Path) -> Any:
    import yaml

    try:
        # the C loader when present: the annotation files take ~1 s with the pure-Python one
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise UserError(f"annotation file {path} is missing") from None
    except yaml.YAMLError as exc:
        raise UserError(f"{path}: not valid YAML: {exc}") from None


def hex_to_rgb(h: str) -> tuple[float, float, float]:
    h = h.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


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
        if self.kb is not None:
            try:
                from footspine_viz.model import DEFAULT_MAP

                if DEFAULT_MAP in self.maps:
                    return DEFAULT_MAP
            except ImportError:
                pass
        for m in ("keegan-garrett", "lee-2008"):
            if m in self.maps:
                return m
        return self.dermatome_maps[0] if self.dermatome_maps else ""

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
        m = self.maps[map_id]
        if self.kb is not None:
            try:
                from footspine_viz.model import region_weights

                keys = self.roots if m.get("keyed_by", "root") == "root" else list(self.nerves)
                out = {k: region_weights(self.kb, map_id, k) for k in keys}
                return {k: v for k, v in out.items() if v}
            except Exception:  # an older or partial model: fall back to the file
                pass
        key = m.get("keyed_by", "root")
        out: dict[str, dict[str, float]] = {}
        for e in m.get("entries", []):
            k = e.get(key) or e.get("root") or e.get("nerve")
            out.setdefault(str(k), {})[e["region"]] = float(e.get("weight", 1.0))
        return out

    def rgb(self, root: str) -> tuple[float, float, float]:
        return hex_to_rgb(self.palette.get(root, "#888888"))

    def children(self) -> dict[str, set[str]]:
        ch: dict[str, set[str]] = {}
        for nid, n in self.nerves.items():
            for up in [n.get("parent")] + list(n.get("joins") or []):
                if up:
                    ch.setdefault(up, set()).add(nid)
        return ch

    def downstream(self, starts, root: str | None = None) -> set[str]:
        """Segments reached from ``starts`` over child edges (carrying ``root``)."""
        ch = self.children()
        seen: set[str] = set()
        todo = [s for s in starts if s in self.nerves]
        while todo:
            s = todo.pop()
            if s in seen:
                continue
            if root is not None and root not in self.nerves[s].get("carries", []):
                continue
            seen.add(s)
            todo.extend(ch.get(s, ()))
        return seen

    def carrying(self, root: str) -> set[str]:
        return {nid for nid, n in self.nerves.items() if root in n.get("carries", [])}

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


def _from_yaml() -> SceneKnowledge:
    roots_doc = _yaml(ANNOTATIONS / "roots.yaml") or {}
    palette = dict(FALLBACK_PALETTE)
    palette.update((roots_doc.get("palette") or {}).get("colors") or {})
    roots = [r["id"] for r in roots_doc.get("roots", [])] or list(FALLBACK_PALETTE)
    sites = {s["id"]: s for s in (_yaml(ANNOTATIONS / "sites.yaml") or {}).get("sites", [])}
    nerves = {n["id"]: n for n in (_yaml(ANNOTATIONS / "nerves.yaml") or {}).get("segments", [])}
    maps = {}
    for p in sorted((ANNOTATIONS / "maps").glob("*.yaml")):
        d = _yaml(p) or {}
        maps[d.get("id", p.stem)] = d
    regions = {}
    for r in (_yaml(ANNOTATIONS / "regions.yaml") or {}).get("regions", []):
        regions[r["id"]] = r
    try:
        texts = _yaml(ANNOTATIONS / "text" / "en.yaml") or {}
    except UserError:
        texts = {}
    return SceneKnowledge(roots, palette, sites, nerves, maps, regions, texts)


def scene_knowledge(kb: Any = None) -> SceneKnowledge:
    """Build the scene's view of the knowledge base (``kb`` may be None)."""
    sk = _from_yaml()
    sk.kb = kb
    if kb is not None:
        try:
            from footspine_viz.model import root_colors

            sk.palette.update(root_colors(kb))
        except Exception:
            pass
    return sk
