"""The command line, ``Explorer`` and the desktop session give the same state and picture.

Every face turns its input into a view state with the shared rules
(scene/rules.py) and draws ``describe()``'s frame; this checks it end to end
for a root and a site: equal states, equal frames, equal pixels.
"""

from __future__ import annotations

import argparse

import numpy as np
import pytest
from PIL import Image

pytestmark = [pytest.mark.atlas, pytest.mark.render]

SIZE = (480, 360)


@pytest.mark.parametrize("pick", [{"root": "L5"}, {"site": "L4-L5-paracentral", "side": "right"}])
def test_cli_explorer_and_session_agree(pick, renderer, geo, kb, tmp_path):
    from footspine_viz.cli import main
    from footspine_viz.cli.scene_cmd import build_state
    from footspine_viz.explorer import Explorer
    from footspine_viz.ui.session import Session

    side = pick.get("side", "left")
    sel = {k: v for k, v in pick.items() if k != "side"}
    # the command line
    args = argparse.Namespace(
        root=sel.get("root"),
        site=sel.get("site"),
        side=side,
        view=None,
        map=None,
        mode="patient",
        layers=None,
        skin_opacity=None,
    )
    cli_state = build_state(args, kb)
    flags = [f"--{k}" for k in sel][0], list(sel.values())[0]
    out_cli = tmp_path / "cli.png"
    assert (
        main(["screenshot", *flags, "--side", side, "--size", "480x360", "--out", str(out_cli)])
        == 0
    )
    # Explorer
    ex = Explorer(size=SIZE)
    ex.select(side=side, **sel)
    out_ex = ex.screenshot(tmp_path / "explorer.png", size=SIZE)
    # the desktop window's session (and the kiosk tour's choose)
    session = Session(kb, renderer)
    session.choose(side=side, **sel)
    out_s = renderer.screenshot(tmp_path / "session.png", size=SIZE)

    assert cli_state == ex.state == session.view
    assert ex.frame == renderer.frame
    images = [
        np.asarray(Image.open(p).convert("RGB")).astype(int) for p in (out_cli, out_ex, out_s)
    ]
    for img in images[1:]:
        assert np.abs(img - images[0]).mean() < 0.05
    ex.close()
