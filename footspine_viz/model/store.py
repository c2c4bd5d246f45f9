"""Loading the knowledge base: read, validate, build, cross-check, cache.

:func:`load_knowledge` is the one entry point. It caches per folder and per
file content (names, sizes, mtimes), so the scene, the UI and the CLI share
one parsed copy while an edited file is picked up on the next call.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from footspine_viz.errors import UserError
from footspine_viz.model.build import build
from footspine_viz.model.checks import run_checks
from footspine_viz.model.loader import (
    FILES,
    annotation_files,
    fingerprint,
    load_schema,
    raise_problems,
    read_yaml,
    validate_documents,
)
from footspine_viz.model.records import Knowledge
from footspine_viz.paths import annotations_dir

_CACHE: dict[tuple[str, Any], Knowledge] = {}
_LOCK = threading.Lock()


def default_path() -> Path:
    """The annotations folder: $FOOTSPINE_ANNOTATIONS, else the packaged one (see footspine_viz.paths)."""
    return annotations_dir()


def load_knowledge(path: str | os.PathLike[str] | None = None) -> Knowledge:
    """Load, validate and cache the clinical knowledge base.

    Parameters
    ----------
    path
        Annotation folder; defaults to :func:`default_path`.

    Returns
    -------
    Knowledge
        Frozen records; the same object for repeated calls while the files
        are unchanged.

    Raises
    ------
    UserError
        Exit code 2, naming file, record and field for each problem found
        (YAML syntax, schema, duplicate ids, dangling references).
    """
    folder = Path(path) if path is not None else default_path()
    folder = folder.expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise UserError(
            f"{folder} is a file, not an annotation folder",
            "give the folder that holds roots.yaml, sites.yaml, maps/ ...",
        )
    if not folder.is_dir():
        raise UserError(
            f"annotation folder {folder} does not exist",
            "give the folder that holds roots.yaml, sites.yaml, maps/ ...",
        )
    key = (str(folder), fingerprint(folder))
    with _LOCK:
        hit = _CACHE.get(key)
    if hit is not None:
        return hit
    kb = _load_uncached(folder)
    with _LOCK:
        for old in [k for k in _CACHE if k[0] == key[0]]:
            del _CACHE[old]
        _CACHE[key] = kb
    return kb


def _load_uncached(folder: Path) -> Knowledge:
    schema = load_schema(folder)
    docs_list = [(p, kind, read_yaml(p, folder)) for p, kind in annotation_files(folder)]
    raise_problems(validate_documents(docs_list, schema, folder), folder)
    docs = {p.name: d for p, kind, d in docs_list if p.name in FILES and p.parent == folder}
    maps = [(f"{folder.name}/maps/{p.name}", d) for p, kind, d in docs_list if kind == "map"]
    texts = [(f"{folder.name}/text/{p.name}", d) for p, kind, d in docs_list if kind == "text"]
    if not maps:
        raise UserError(
            f"no dermatome maps in {folder / 'maps'}", "add at least one maps/<name>.yaml"
        )
    kb, problems = build(folder, docs, maps, texts)
    problems += run_checks(kb)
    raise_problems(problems, folder)
    return kb
