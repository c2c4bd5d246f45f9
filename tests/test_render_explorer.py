"""The chainable Explorer API used from scripts and notebooks."""

from __future__ import annotations

import pytest

from footspine_viz.errors import UserError

pytestmark = [pytest.mark.atlas, pytest.mark.render]


def test_explorer_select_and_screenshot(atlas, kb, tmp_path):
    from PIL import Image

    from footspine_viz.explorer import Explorer

    ex = Explorer(atlas, kb, size=(320, 200))
    try:
        out = ex.select(site="L4-L5-paracentral", side="left").screenshot(
            tmp_path / "fig.png", view="foot-dorsal", size=(320, 200)
        )
        assert out.exists() and Image.open(out).size == (320, 200)
        assert ex.state.site == "L4-L5-paracentral" and ex.state.view == "foot-dorsal"
        assert ex._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"
        with pytest.raises(UserError, match="L5"):
            ex.select(root="L55")
        assert ex.state.site == "L4-L5-paracentral"  # a refused change leaves the state as it was
        g = ex.export(tmp_path / "scene.gltf")
        assert g.stat().st_size > 1000
    finally:
        ex.close()
