"""The clinical knowledge base: roots, nerves, skin maps, compression sites.

Pure Python (no VTK, no pyvista): the scene, the UI and the CLI all ask these
functions the same questions, so they always agree.

Data lives in ``annotations/`` as YAML, validated against
``annotations/schema/annotations.schema.json`` and then cross-checked
(:mod:`footspine_viz.model.checks`). Every record cites sources (``S1``..
``S34``, ``annotations/sources.yaml``) and states a confidence (``high``,
``moderate``, ``contested``).

Id scheme
---------
Ids carry **no side**: the model describes one limb and the scene applies
``left``/``right`` per instance (a sided landmark becomes
``<name>.<side>``, as in docs/architecture.md).

- Roots: ``L3``, ``L4``, ``L5``, ``S1``, ``S2``, and ``S3``-``S5`` (roots of
  the cauda equina that serve the saddle and the sphincters, no foot).
- Nerve segments (``annotations/nerves.yaml``): ``cauda-equina``;
  ``root.<R>`` (intraspinal root inside the dural sac, e.g. ``root.L5``);
  ``spinal-nerve.<R>`` (from the foramen); ``lumbar-plexus``,
  ``lumbosacral-trunk``, ``sacral-plexus``; peripheral nerves by their
  name: ``femoral``, ``saphenous``, ``sciatic``, ``tibial``,
  ``common-fibular``, ``deep-fibular``, ``superficial-fibular``, ``sural``,
  ``medial-plantar``, ``lateral-plantar``, ``medial-calcaneal``,
  ``plantar-digital.3``. Each segment has one ``parent`` (the segment it
  continues) and optional ``joins`` (segments merging into it), so the graph
  is a DAG; ``carries`` lists its roots.
- Skin regions (``annotations/regions.yaml``): anatomical names such as
  ``dorsum``, ``heel``, ``first-web-space``; toes are split into top and
  underside (``great-toe`` / ``great-toe-plantar``...); small spots around
  ISNCSCI key points are ``spot.<landmark>``; ``within`` says which regions
  contain which.
- Maps (``annotations/maps/<id>.yaml``): ``keegan-garrett``, ``lee-2008``
  (dermatomes), ``isncsci`` (key points) -- the maps a person chooses
  between, :func:`selectable_maps` --, ``typical-pain``,
  ``peripheral-nerves`` (keyed by nerve segment id), ``site-patterns``
  (keyed by site id: patterns that follow no root or nerve).
- Sites (``annotations/sites.yaml``): ``<level>-<kind>`` for spinal sites
  (``L4-L5-paracentral``, ``L5-S1-isthmic-spondylolisthesis``), plain names
  outside the spine (``fibular-head``, ``tarsal-tunnel``).
- Findings (``annotations/findings.yaml``): tests (``heel-walk``,
  ``big-toe-extension``...), reflexes (``patellar``, ``medial-hamstring``,
  ``achilles``), red flags (``cauda-equina``...).
- Landmarks and structures: the names of docs/architecture.md, listed in
  ``annotations/landmarks.yaml`` so references can be checked.

Text for people lives in ``annotations/text/<locale>.yaml`` keyed by these
ids, in two registers (``patient``, ``student``), so a translation needs no
code change.
"""

from __future__ import annotations

from footspine_viz.model.explain import Explanation, RootRole, explain
from footspine_viz.model.graph import ancestors, downstream, walk
from footspine_viz.model.ids import nearest, resolve
from footspine_viz.model.lookup import Candidate, Lookup, lookup
from footspine_viz.model.maps import (
    DEFAULT_MAP,
    dermatome_maps,
    region_weights,
    root_colors,
    root_rgb,
    selectable_maps,
)
from footspine_viz.model.paint import PaintLayer
from footspine_viz.model.records import Knowledge
from footspine_viz.model.store import default_path, load_knowledge

__all__ = [
    "DEFAULT_MAP",
    "Candidate",
    "Explanation",
    "Knowledge",
    "Lookup",
    "PaintLayer",
    "RootRole",
    "ancestors",
    "default_path",
    "dermatome_maps",
    "downstream",
    "explain",
    "load_knowledge",
    "lookup",
    "nearest",
    "region_weights",
    "resolve",
    "root_colors",
    "root_rgb",
    "selectable_maps",
    "walk",
]
