"""Image regression tests with stored references, plus what each image must show.

References live in tests/references/*.png (480x360). Renders are bit-identical
run to run on llvmpipe, so the tolerance is tight: mean absolute difference
below ``TOLERANCE`` (0..255 scale, over all pixels and channels). A wrong
dermatome (a neighbouring root lit) moves the mean by several units.

When the atlas itself changes (tests/references/atlas-fingerprint.txt no
longer matches), the image tests fail with a message saying so. Regenerate after an intended change (new atlas,
new colours)::

    FOOTSPINE_REGEN_REFERENCES=1 python -m pytest tests/test_render_images.py

and look at every changed PNG before committing it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import pytest
from probes import FOOT, chroma, looks_like, skin_point

from footspine_viz.scene.describe import kb_rgb

pytestmark = [pytest.mark.atlas, pytest.mark.render]

REFERENCES = Path(__file__).parent / "references"
SIZE = (480, 360)
#: Mean absolute pixel difference allowed (0..255) over the whole picture. Identical renders give 0.
TOLERANCE = 0.75
#: ... and in the worst 32x32 tile: a wrong colour on a small area (the first
#: web space, a toe) hardly moves the mean but fills a tile.
TILE = 32
TILE_TOLERANCE = 8.0
REGEN = os.environ.get("FOOTSPINE_REGEN_REFERENCES") == "1"

FOOT_VIEWS = ("foot-dorsal", "foot-plantar", "foot-medial", "foot-lateral")
SELECTIONS = (("root", "L4"), ("root", "L5"), ("root", "S1"), ("site", "L4-L5-paracentral"))

#: (selection, view) -> [(landmark, outward direction, root whose colour must show there)]
MUST_SHOW = {
    ("L5", "foot-dorsal"): [("mtp3-dorsum", (0, 0, 1), "L5")],
    ("L4-L5-paracentral", "foot-dorsal"): [("mtp3-dorsum", (0, 0, 1), "L5")],
    ("S1", "foot-lateral"): [
        ("base-5th-metatarsal", (1, 0, 0), "S1"),
        ("lateral-heel", (1, 0, 0), "S1"),
    ],
    ("S1", "foot-plantar"): [("sole-mid", (0, 0, -1), "S1")],
    ("L4", "foot-medial"): [("medial-malleolus", (-1, 0, 0), "L4")],
}
#: ... and where it must NOT show (the classic confusion L5 <-> S1).
MUST_NOT_SHOW = {
    ("S1", "foot-dorsal"): [("mtp3-dorsum", (0, 0, 1), "S1")],
    ("L5", "foot-lateral"): [("lateral-heel", (1, 0, 0), "S1"), ("lateral-heel", (1, 0, 0), "L5")],
}


@pytest.fixture()
def r(renderer):
    from footspine_viz.scene.state import ViewState

    renderer.apply(ViewState())
    return renderer


FINGERPRINT = REFERENCES / "atlas-fingerprint.txt"


def atlas_fingerprint(atlas) -> str:
    """Hash of the meshes and landmarks the references were drawn from."""
    import hashlib

    h = hashlib.sha1()
    for sid in sorted(atlas.structures):
        s = atlas.structures[sid]
        h.update(sid.encode())
        h.update(np.ascontiguousarray(s.points, dtype=np.float32).tobytes())
        h.update(np.ascontiguousarray(s.faces, dtype=np.int32).tobytes())
    for k in sorted(atlas.landmarks):
        h.update(k.encode() + np.asarray(atlas.landmarks[k], dtype=np.float32).tobytes())
    return h.hexdigest()[:16]


@pytest.fixture(scope="module")
def same_atlas(atlas):
    """True when the stored references were drawn from this very atlas.

    The anatomy atlas is built by its own package and improves over time; a
    new skin or bone mesh changes every pixel without the renderer being
    wrong. The build is deterministic (same packages, same code, same
    pixels), so a mismatch means the references are out of date: the image
    tests fail and say how to regenerate, rather than silently passing.
    """
    fp = atlas_fingerprint(atlas)
    if REGEN:
        REFERENCES.mkdir(exist_ok=True)
        FINGERPRINT.write_text(fp + "\n")
        return True
    return FINGERPRINT.exists() and FINGERPRINT.read_text().strip() == fp


def compare(img: np.ndarray, name: str, same_atlas: bool = True) -> float:
    """Mean absolute difference against tests/references/<name>.png (writes it when regenerating)."""
    from PIL import Image

    path = REFERENCES / f"{name}.png"
    if REGEN:
        REFERENCES.mkdir(exist_ok=True)
        Image.fromarray(img).save(path, optimize=True)
        return 0.0
    if not same_atlas:
        pytest.fail(
            f"{name}: the references were drawn from another atlas build "
            f"({FINGERPRINT.name} does not match). Regenerate with "
            "FOOTSPINE_REGEN_REFERENCES=1 and review every changed image."
        )
    if not path.exists():
        pytest.fail(
            f"no reference {path.name}: run with FOOTSPINE_REGEN_REFERENCES=1 and review it"
        )
    ref = np.asarray(Image.open(path).convert("RGB"))
    assert ref.shape == img.shape, f"{name}: size {img.shape} != reference {ref.shape}"
    diff, worst = differences(ref, img)
    if diff > TOLERANCE or worst > TILE_TOLERANCE:
        out = (
            Path(os.environ.get("FOOTSPINE_TEST_OUT", tempfile.gettempdir())) / f"{name}.actual.png"
        )
        Image.fromarray(img).save(out)
        pytest.fail(
            f"{name}: mean abs difference {diff:.2f} (allowed {TOLERANCE}), worst {TILE}px tile "
            f"{worst:.2f} (allowed {TILE_TOLERANCE}); actual image: {out}"
        )
    return diff


def differences(ref: np.ndarray, img: np.ndarray) -> tuple[float, float]:
    """(mean absolute difference, mean absolute difference of the worst TILE x TILE tile)."""
    d = np.abs(ref.astype(np.int16) - img.astype(np.int16)).mean(axis=2)
    h, w = d.shape
    th, tw = -(-h // TILE), -(-w // TILE)
    pad = np.zeros((th * TILE, tw * TILE))
    pad[:h, :w] = d
    counts = np.zeros_like(pad)
    counts[:h, :w] = 1
    tiles = pad.reshape(th, TILE, tw, TILE).sum(axis=(1, 3)) / counts.reshape(
        th, TILE, tw, TILE
    ).sum(axis=(1, 3))
    return float(d.mean()), float(tiles.max())


def test_a_wrong_colour_on_a_small_area_fails_the_worst_tile_check():
    """The comparison itself: a 20x20 patch off by 60 passes the mean but not the tile check."""
    ref = np.full((360, 480, 3), 120, dtype=np.uint8)
    img = ref.copy()
    img[100:120, 200:220] = 180
    mean, worst = differences(ref, img)
    assert mean < TOLERANCE and worst > TILE_TOLERANCE


def shows(img, r, point, root) -> bool:
    """Is ``root``'s colour at ``point``, rather than bare skin or another foot root's?"""
    # the roots that reach the foot (L3 and S2 do not; L3's orange is close to S1's vermillion)
    others = [kb_rgb(r.kb, o) for o in ("L4", "L5", "S1") if o != root] + [
        np.array([226, 184, 155]) / 255
    ]
    return looks_like(img, r, point, kb_rgb(r.kb, root), others)


def test_anatomy_overview(r, same_atlas):
    """The anatomy overview (issue 2): bones, nerves and the full skin map, annotated."""
    from footspine_viz.scene.state import ViewState

    frame = r.apply(ViewState(view="overview-posterior"))
    img = r.image(annotate=True)
    compare(img, "overview-posterior", same_atlas)
    # every root of the map is painted somewhere, and the legend lists them
    assert [layer.key for layer in frame.skin_layers] == list(r.kb.roots)
    assert [e.text for e in frame.legend] == list(r.kb.roots)


def test_lumbar_closeup_shows_exiting_and_traversing_roots(r, same_atlas):
    from footspine_viz.scene.state import ViewState

    r.apply(ViewState(site="L4-L5-paracentral", side="left", view="lumbar-closeup"))
    img = r.image(annotate=True)
    compare(img, "lumbar-closeup-L4-L5-paracentral", same_atlas)
    texts = " ".join(lab.text for lab in r.labels)
    assert "L4" in texts and "L5" in texts and "disc" in texts.lower()
    # the L4 root leaves above the L4-L5 disc; the L5 root crosses it and leaves below
    lms = r.landmarks
    l4 = next(s for s in r.segments if s.key == "root.L4.left").curve
    l5 = next(s for s in r.segments if s.key == "root.L5.left").curve
    disc_z = lms["disc-centre.L4-L5"][2]
    assert l4[-1][2] > disc_z - 0.004  # exits at or above the disc
    assert l5[0][2] > disc_z - 0.006 and l5[-1][2] < lms["disc-centre.L5-S1"][2] + 0.01
    # and the L5 root is lit in L5's colour below the disc, downstream of the
    # herniation (the pedicle may hide a sample or two)
    below = l5[l5[:, 2] < disc_z - 0.015]
    plain = r.image(annotate=False)
    others = [kb_rgb(r.kb, "L4"), kb_rgb(r.kb, "S1"), (0.85, 0.81, 0.64)]
    shown = [looks_like(plain, r, p, kb_rgb(r.kb, "L5"), others) for p in below]
    assert len(below) >= 3 and np.mean(shown) > 0.6, shown


@pytest.mark.parametrize("view", FOOT_VIEWS)
@pytest.mark.parametrize("kind, ident", SELECTIONS)
def test_foot_views(r, same_atlas, kind, ident, view):
    from footspine_viz.scene.state import ViewState

    st = ViewState(**{kind: ident}, side="left", map="keegan-garrett", view=view, skin_opacity=0.85)
    r.apply(st)
    img = r.image(annotate=False)
    compare(img, f"{view}-{ident}", same_atlas)
    for lm, direction, root in MUST_SHOW.get((ident, view), []):
        assert shows(img, r, skin_point(r, lm, direction, FOOT + ("leg",)), root), (
            f"{root} colour missing at {lm}"
        )
    for lm, direction, root in MUST_NOT_SHOW.get((ident, view), []):
        assert not shows(img, r, skin_point(r, lm, direction, FOOT + ("leg",)), root), (
            f"{root} colour wrongly at {lm}"
        )
    # the highlighted root's colour covers a visible part of the foot in its own views
    roots = [rt for rt, s in r.frame.roots if s >= 1]
    col = np.asarray(kb_rgb(r.kb, roots[0])) * 255
    share = (np.linalg.norm(chroma(img) - chroma(col), axis=-1) < 0.1).mean()
    if (ident, view) in MUST_SHOW:
        assert share > 0.002  # of the whole picture; the foot fills about a tenth of it
