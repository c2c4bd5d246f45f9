"""The model stays pure: importing it and answering questions pulls in no VTK or pyvista."""

from __future__ import annotations

import subprocess
import sys


def test_model_imports_no_renderer():
    code = (
        "import sys\n"
        "from footspine_viz.model import load_knowledge, explain, lookup\n"
        "kb = load_knowledge(); explain(kb, root='L5'); lookup(kb, ['heel'])\n"
        "heavy = ('vtk', 'vtkmodules', 'pyvista', 'trame')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in heavy]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_records_are_frozen(kb):
    import dataclasses

    import pytest

    with pytest.raises(dataclasses.FrozenInstanceError):
        kb.roots["L5"].color = "#000000"  # type: ignore[misc]
    with pytest.raises(TypeError):
        kb.roots["L9"] = kb.roots["L5"]  # type: ignore[index]
