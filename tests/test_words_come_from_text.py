"""Every sentence a person reads comes from annotations/text: no English in the faces' code.

Adding a language must be adding a file. This walks the Python that draws
pictures and panels (scene, render, the desktop window, Explorer) and the
browser page's JavaScript, and fails on any string literal that reads like
words for people (three or more words) outside the allowed places: docstrings,
comments, error and log messages (which name files, ids and fixes for the
person running the program), and command-line help.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sorted(
    [
        *(ROOT / "footspine_viz" / "scene").glob("*.py"),
        *(ROOT / "footspine_viz" / "render").glob("*.py"),
        ROOT / "footspine_viz" / "explorer.py",
        ROOT / "footspine_viz" / "ui" / "desktop.py",
        ROOT / "footspine_viz" / "ui" / "session.py",
        ROOT / "footspine_viz" / "ui" / "adapt.py",
    ]
)
JS = sorted((ROOT / "web" / "src").glob("*.js")) if (ROOT / "web" / "src").is_dir() else []
#: Calls whose string arguments are diagnostics or CLI help, not words of the picture or panel.
ALLOWED_CALLS = {
    "UserError",
    "EnvironmentProblem",
    "InvalidInput",
    "unknown",
    "print",
    "warn",
    "warning",
    "info",
    "debug",
    "error",
    "exception",
    "add_argument",
    "add_parser",
    "ArgumentParser",
    "KeyError",
    "ValueError",
    "TypeError",
    "RuntimeError",
    "AssertionError",
    "fail",
}
SENTENCE = re.compile(r"[A-Za-z][a-z']*[,;:.]?(?: [A-Za-z][a-z']*[,;:.]?){2,}")


def _calls(tree: ast.AST) -> dict[int, str]:
    """id() of every string node inside an allowed call -> the call's name."""
    inside: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = (
                f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            )
            if name in ALLOWED_CALLS:
                for sub in ast.walk(node):
                    inside[id(sub)] = name
    return inside


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
        ):
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def english_in_python(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = _calls(tree)
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and id(node) not in allowed
            and SENTENCE.search(node.value)
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value[:60]!r}")
    return found


def english_in_js(path: Path) -> list[str]:
    text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    found = []
    for n, line in enumerate(text.splitlines(), 1):
        code = line.split("//", 1)[0]
        if re.search(r"console\.|throw new|new Error\(|DataError\(", code):
            continue
        for lit in re.findall(r"'([^']*)'|\"([^\"]*)\"|`([^`]*)`", code):
            s = next(x for x in lit if x is not None) if any(lit) else ""
            if SENTENCE.search(re.sub(r"\$\{[^}]*\}", "", s)):
                found.append(f"{path.relative_to(ROOT)}:{n}: {s[:60]!r}")
    return found


def test_the_english_detector_finds_a_sentence_and_passes_ids_and_keys(tmp_path):
    p = tmp_path / "x.py"
    p.write_text(
        '"""Doc string with many words."""\nA = "Where numbness may be felt"\nB = "dermatome-area"\n'
        'raise UserError("this file is not here, fix it")\n'
    )
    found = english_in_python(p, root=tmp_path)
    assert len(found) == 1 and "numbness" in found[0]


def test_no_english_outside_the_text_files():
    found = [f for p in PYTHON for f in english_in_python(p)] + [
        f for p in JS for f in english_in_js(p)
    ]
    assert not found, "words for people belong in annotations/text/en.yaml:\n" + "\n".join(found)
