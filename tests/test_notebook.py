"""The quick-start notebook runs in a real Jupyter kernel and keeps its figures as PNG outputs."""

from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "notebooks" / "quickstart.ipynb"


def test_the_committed_notebook_has_no_outputs():
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.atlas
@pytest.mark.render
@pytest.mark.slow
def test_quickstart_notebook_shows_annotated_pictures_inline(atlas, tmp_path):
    import nbformat
    from nbclient import NotebookClient
    from PIL import Image

    from footspine_viz.explorer import Explorer

    work = tmp_path / "nb"
    work.mkdir()
    shutil.copy(NOTEBOOK, work / NOTEBOOK.name)
    nb = nbformat.read(work / NOTEBOOK.name, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work)}}
    ).execute()

    code = [c for c in nb.cells if c.cell_type == "code"]
    pictures = []
    pages = []
    for cell in code:
        for out in cell.outputs:
            assert out.output_type != "error", out
            if out.output_type == "stream" and out.name == "stderr":
                # show() once warned that trame was missing although it was installed.
                assert "trame" not in out.text.lower() and "warn" not in out.text.lower(), out.text
            if "text/html" in out.get("data", {}):
                pages.append((cell.source, out.data["text/html"]))
            if "image/png" in out.get("data", {}):
                pictures.append(
                    (cell.source, Image.open(io.BytesIO(base64.b64decode(out.data["image/png"]))))
                )
    # explore(): the browser explorer itself, inlined in an iframe (offline), at the Explorer's state.
    import html

    assert [src for src, _ in pages] == ["ex.explore()"], [src for src, _ in pages]
    page = pages[0][1]
    assert page.startswith("<iframe srcdoc=")
    inner = html.unescape(page)
    assert (
        "FSV_INLINE" in inner
        and '"state": "#root=S1&side=' in inner
        and "view=foot-lateral" in inner
    )
    assert 'href="data/' not in inner and 'src="app.js"' not in inner  # nothing to fetch
    # The Explorer as a cell's value (two cells) and show() in a notebook: three pictures.
    assert len(pictures) == 3, [src for src, _ in pictures]
    for src, img in pictures:
        assert img.size == Explorer.notebook_size, src
        rgb = img.convert("RGB")
        # Not blank: the picture has the dark header band, a bright title and coloured anatomy.
        colours = rgb.resize((96, 60)).getcolors(96 * 60)
        assert colours is not None and len(colours) > 200, src
    # The cell that saves a figure wrote a full-size PNG beside the notebook.
    fig = work / "l4-l5-paracentral.png"
    assert Image.open(fig).size == (1920, 1080)
    # The picture of the first cell is the L5 foot view: L5's colour (#0072B2) is on it.
    import numpy as np

    first = np.asarray(pictures[0][1].convert("RGB")).astype(int)
    r, g, b = first[..., 0], first[..., 1], first[..., 2]
    assert int(((b > 120) & (r < 60) & (g > 60) & (g < 150)).sum()) > 2000
