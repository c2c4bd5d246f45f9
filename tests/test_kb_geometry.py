"""The data's claims about places, checked on the atlas skin.

regions.yaml says which regions lie within which (the model's lookup relies
on it), ISNCSCI key points lie in named regions, toes have a top and an
underside, the diabetic stocking goes all the way round, and the nerve paths
put the 3rd plantar digital nerve in the 3rd interspace and S3-S5 in order
down the sacrum. A claim the skin contradicts fails here.
"""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = [pytest.mark.atlas]

SIDE = "left"
CORE = 0.5


@pytest.fixture(scope="module")
def painted(geo):
    """(region, side) -> per-vertex weight on the full atlas skin, as the scene paints it."""
    return geo.painter.weights()


def _core(painted, region):
    return painted[(region, SIDE)] >= CORE


def test_every_region_paints_skin_on_each_side(kb, painted):
    for region in kb.regions:
        for side in ("left", "right"):
            assert (painted[(region, side)] >= CORE).sum() >= 10, (region, side)


def test_every_within_claim_holds_on_the_skin(kb, painted):
    """Nine tenths of a region's core lies in the core of each region it is said to lie within."""
    for reg in kb.regions.values():
        inner = _core(painted, reg.id)
        for outer in reg.within:
            share = float((painted[(outer, SIDE)][inner] >= CORE).mean())
            assert share >= 0.9, f"{reg.id} within {outer}: only {share:.0%} of it"


def test_key_points_lie_in_their_spot_and_in_the_regions_around_it(kb, atlas, painted):
    from footspine_viz.model.checks import regions_containing

    points = np.asarray(atlas.structures["skin"].points)
    side = np.asarray(atlas.skin_labels["side"]).astype(str)
    usable = np.flatnonzero(side != "right")
    for e in kb.maps["isncsci"].entries:
        if e.landmark is None:
            continue
        target = np.asarray(atlas.landmarks[f"{e.landmark}.{SIDE}"])
        v = usable[np.argmin(np.linalg.norm(points[usable] - target, axis=1))]
        for region in (e.region, *regions_containing(kb, e.region)):
            assert painted[(region, SIDE)][v] >= CORE, (e.key, e.landmark, region)


TOES = [
    ("great-toe", "great-toe-plantar"),
    ("toes-2-4", "toes-2-4-plantar"),
    ("little-toe", "little-toe-plantar"),
]


@pytest.mark.parametrize("top, underside", TOES)
def test_toes_have_a_top_and_an_underside(kb, atlas, painted, top, underside):
    segment = np.asarray(atlas.skin_labels["segment"]).astype(str)
    toes = np.isin(segment, kb.regions[top].rule["segments"])
    a, b = _core(painted, top), _core(painted, underside)
    assert (a & b).sum() <= 0.05 * min(a.sum(), b.sum())  # hardly any skin in both
    assert ((a | b) & toes).sum() >= 0.9 * (
        toes & (np.asarray(atlas.skin_labels["side"]) != "right")
    ).sum()
    # the underside faces down, the top does not
    z = np.asarray(atlas.structures["skin"].points)[:, 2]
    assert z[b].mean() < z[a].mean()


def test_the_stocking_goes_all_the_way_round_the_lower_leg(atlas, painted):
    """Circumferential: front, back, inner and outer skin just above the ankle are all in it."""
    points = np.asarray(atlas.structures["skin"].points)
    segment = np.asarray(atlas.skin_labels["segment"]).astype(str)
    side = np.asarray(atlas.skin_labels["side"]).astype(str)
    ankle = np.asarray(atlas.landmarks[f"ankle-centre.{SIDE}"])
    knee = np.asarray(atlas.landmarks[f"knee-centre.{SIDE}"])
    along = (points - knee) @ (ankle - knee) / np.dot(ankle - knee, ankle - knee)
    band = (segment == "leg") & (side != "right") & (along > 0.88) & (along < 0.95)
    assert band.sum() > 40
    d = points[band] - ankle
    angle = np.degrees(np.arctan2(d[:, 0], -d[:, 1])) % 360  # 0 front, 90 towards +x (left: outer)
    w = painted[("stocking", SIDE)][band]
    for lo in (315, 45, 135, 225):
        quadrant = ((angle - lo) % 360) < 90
        assert quadrant.sum() > 5 and w[quadrant].mean() >= CORE, lo
    # and it fades out up the leg instead of covering the calf
    high = (segment == "leg") & (side != "right") & (along > 0.2) & (along < 0.4)
    assert painted[("stocking", SIDE)][high].mean() < 0.1


def _paths(atlas):
    from footspine_viz.scene.nerves import resolve_segments

    return {s.id: s for s in resolve_segments(atlas.landmarks, sides=(SIDE,))}


def test_the_third_plantar_digital_nerve_ends_in_the_third_interspace(atlas):
    end = _paths(atlas)["plantar-digital.3"].control[-1]
    centre = {
        k: np.asarray(atlas.structures[f"phalanx.proximal.{k}.{SIDE}"].points).mean(0)
        for k in (3, 4)
    }
    # the left foot: lateral is +x; the end lies between toes 3 and 4, not 2 and 3
    assert centre[3][0] < end[0] < centre[4][0]
    assert end[2] < np.asarray(atlas.landmarks[f"mtp3-dorsum.{SIDE}"])[2]  # on the plantar side


def test_S3_to_S5_run_down_the_sacrum_in_order(atlas):
    """They leave the end of the dural sac (about S2) and pass their own foramina, S3 above S4 above S5."""
    paths = _paths(atlas)
    lms = {k: np.asarray(v) for k, v in atlas.landmarks.items()}
    sac_end = lms["dural-sac-end"]
    for i in (3, 4, 5):
        assert np.linalg.norm(paths[f"root.S{i}"].control[0] - sac_end) < 0.02
    exits = [
        lms[f"sacral-foramen.S3.{SIDE}"],
        lms[f"sacral-foramen.S4.{SIDE}"],
        lms["sacral-hiatus"],
    ]
    for i, exit_point in zip((3, 4, 5), exits, strict=True):
        assert np.min(np.linalg.norm(paths[f"root.S{i}"].curve - exit_point, axis=1)) < 0.006, (
            f"S{i}"
        )
    assert exits[0][2] > exits[1][2] > exits[2][2]
