"""Reading and schema-checking the annotation files.

Each YAML file in ``annotations/`` is parsed and validated against its
definition in ``annotations/schema/annotations.schema.json`` before any record
is built, so that the builder and the queries can trust the shapes. Every
failure becomes a :class:`~footspine_viz.errors.UserError` that names the
file, the record (by id when it has one) and the field at fault: the people
editing these files are clinicians and students, not Python programmers, and
a traceback tells them nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from footspine_viz.errors import UserError

#: Fixed annotation files and the schema definition each one follows.
FILES: dict[str, str] = {
    "sources.yaml": "sources",
    "landmarks.yaml": "landmarks",
    "roots.yaml": "roots",
    "nerves.yaml": "nerves",
    "regions.yaml": "regions",
    "findings.yaml": "findings",
    "conditions.yaml": "conditions",
    "sites.yaml": "sites",
    "map-disagreements.yaml": "disagreements",
}
#: Folders whose every ``*.yaml`` file follows one schema definition.
FOLDERS: dict[str, str] = {"maps": "map", "text": "text"}
SCHEMA_FILE = Path("schema") / "annotations.schema.json"
#: Most problems listed in one error message; the rest are counted.
MAX_SHOWN = 15


@dataclass(frozen=True)
class Problem:
    """One fault in the annotations: where it is and what is wrong."""

    file: str
    record: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record is not None:
            where += f": record {self.record}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


def raise_problems(problems: list[Problem], folder: Path) -> None:
    """Raise one UserError listing ``problems`` (nothing when the list is empty)."""
    if not problems:
        return
    shown = "\n  ".join(str(p) for p in problems[:MAX_SHOWN])
    more = len(problems) - MAX_SHOWN
    if more > 0:
        shown += f"\n  ... and {more} more"
    noun = "problem" if len(problems) == 1 else "problems"
    raise UserError(
        f"invalid annotations in {folder}: {len(problems)} {noun}:\n  {shown}",
        "fix the named fields; 'footspine-viz validate' checks the folder again",
        exit_code=2,
    )


def annotation_files(folder: Path) -> list[tuple[Path, str]]:
    """List (file, schema definition) pairs of an annotation folder, in load order."""
    pairs = [(folder / name, kind) for name, kind in FILES.items()]
    for sub, kind in FOLDERS.items():
        pairs += [(p, kind) for p in sorted((folder / sub).glob("*.yaml"))]
    return pairs


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, mtimes and sizes of the folder's files: the cache key's content part."""
    out = []
    for path, _ in annotation_files(folder):
        try:
            st = path.stat()
        except OSError:
            out.append((str(path), -1, -1))
            continue
        out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


def load_schema(folder: Path) -> dict[str, Any]:
    """Read the JSON Schema that sits with the annotations (schema/annotations.schema.json)."""
    path = folder / SCHEMA_FILE
    try:
        schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return schema
    except FileNotFoundError:
        raise UserError(
            f"schema file {path} is missing", "restore annotations/schema/ from git"
        ) from None
    except (OSError, ValueError) as exc:
        raise UserError(
            f"schema file {path} cannot be read: {exc}", "restore it from git"
        ) from None


def read_yaml(path: Path, folder: Path) -> Any:
    """Parse one YAML file; syntax errors name the file and the line."""
    rel = _rel(path, folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(
            f"annotation file {rel} is missing in {folder}", "restore it from git"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"annotation file {rel} cannot be read: {exc}") from None
    try:
        # libyaml's loader when present: about ten times faster, same safe subset.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise UserError(
            f"{rel}: YAML syntax error{line}: {problem}", "check indentation and quoting"
        ) from None


def validate_documents(
    docs: Iterable[tuple[Path, str, Any]], schema: dict[str, Any], folder: Path
) -> list[Problem]:
    """Check each parsed document against its schema definition; return the problems."""
    from jsonschema import Draft202012Validator

    problems: list[Problem] = []
    for path, kind, doc in docs:
        sub = {"$defs": schema["$defs"], "$ref": f"#/$defs/files/{kind}"}
        validator = Draft202012Validator(sub)
        errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
        for err in errors:
            problems.append(_problem_from_error(_rel(path, folder), doc, err))
    return problems


def _problem_from_error(rel: str, doc: Any, err: Any) -> Problem:
    """Turn a jsonschema error into a Problem naming record and field."""
    path = list(err.absolute_path)
    record: str | None = None
    rest = path
    # Records are items of the file's top-level list: path = [listname, index, ...].
    if isinstance(doc, dict) and isinstance(doc.get("id"), str):
        record = f"'{doc['id']}'"  # a one-record file such as a map: the whole path is the field
    elif len(path) >= 2 and isinstance(path[1], int) and isinstance(doc, dict):
        items = doc.get(path[0])
        item = items[path[1]] if isinstance(items, list) and path[1] < len(items) else None
        rid = item.get("id") if isinstance(item, dict) else None
        record = (
            f"'{rid}' ({path[0]}[{path[1]}])"
            if isinstance(rid, (str, int))
            else f"{path[0]}[{path[1]}]"
        )
        rest = path[2:]
    field = _format_path(rest)
    message = err.message
    if err.validator == "required":
        missing = [
            p
            for p in err.validator_value
            if isinstance(err.instance, dict) and p not in err.instance
        ]
        if missing:
            field = ".".join(x for x in (field, missing[0]) if x)
            message = f"required field '{missing[0]}' is missing"
    elif err.validator == "additionalProperties" and isinstance(err.instance, dict):
        allowed = set(err.schema.get("properties", {}))
        extra = [k for k in err.instance if k not in allowed]
        if extra:
            field = ".".join(x for x in (field, str(extra[0])) if x)
            message = f"unknown field '{extra[0]}'"
    elif len(message) > 200:
        message = message[:200] + "..."
    return Problem(rel, record, field or None, message)


def _format_path(parts: list[Any]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _rel(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder.parent)) if folder.parent != path else str(path)
    except ValueError:
        return str(path)
