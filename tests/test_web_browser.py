"""The browser explorer in a real headless Chromium (Debian's), against the built static site.

Each test loads the site from the package's static server on 127.0.0.1 and
clicks as a visitor would; any request that leaves the machine fails the
test. Waits are for conditions (the page's state, a frame drawn), never
fixed sleeps; nothing asserts on time.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from webtools import chromium, ensure_site, open_page, served, wait_ready_page

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.atlas]
IMAGES = Path(__file__).resolve().parents[1] / "docs" / "images"


@pytest.fixture(scope="module")
def site():
    return ensure_site()


@pytest.fixture(scope="module")
def url(site):
    with served(site) as (_server, u):
        yield u


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def title(page) -> str:
    loc = page.locator("#info-title")
    return loc.inner_text().strip() if loc.count() else ""


def wait_title(page, text: str) -> None:
    """Until the info panel's title names ``text`` (the panel answered the choice)."""
    page.wait_for_function(
        "t => (document.querySelector('#info-title')?.innerText || '').split(/[\\s,:()]+/).includes(t)",
        arg=text,
    )


def wait_still(page) -> None:
    """Until the camera's move has ended and a full-resolution frame was drawn."""
    page.wait_for_function(
        "() => !fsv.app.viewer.anim && !fsv.app.viewer.moving && !fsv.app.viewer.dirty"
    )


def info(page) -> str:
    return page.locator("#info").inner_text().lower()


def chroma(c) -> np.ndarray:
    c = np.asarray(c, dtype=float)[..., :3] + 1.0
    return c / c.sum(axis=-1, keepdims=True)


def hexrgb(h: str) -> np.ndarray:
    return np.array([int(h[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)


def save_doc(page, name: str) -> None:
    """Keep a screenshot for the README (FOOTSPINE_SAVE_UI_IMAGES=1), taken once the view is still."""
    if os.environ.get("FOOTSPINE_SAVE_UI_IMAGES"):
        wait_still(page)  # a moving view is drawn at reduced resolution
        IMAGES.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(IMAGES / name))


def finish(page) -> None:
    assert page.outside_requests == [], page.outside_requests
    assert page.errors == [], page.errors
    page.context.close()


# ------------------------------------------------------------------- tests
def test_page_loads_draws_and_asks_nothing_of_the_internet(url, browser):
    page = open_page(browser, url)
    assert page.locator("#root-L5").is_visible()
    assert "educational illustration only" in info(page)
    assert page.locator("#get-help").is_visible()
    assert page.locator("#red-flag").count() == 0
    page.wait_for_function("() => fsv.labels().length > 0")
    finish(page)


def test_choosing_l5_speaks_of_big_toe_and_top_of_foot_and_colours_the_dorsum(url, browser):
    page = open_page(browser, url)
    page.locator("#root-L5").click()
    wait_title(page, "L5")
    text = info(page)
    assert "big toe" in text and "top of the foot" in text
    assert page.locator("#root-L5").get_attribute("aria-pressed") == "true"
    save_doc(page, "web-l5-1366.png")
    page.locator("#camera-foot-dorsal").click()
    wait_still(page)
    pt = page.evaluate("fsv.regionPoint('dorsum', 'left')")
    x, y, z = page.evaluate("p => fsv.project(p)", pt)
    box = page.locator("#view").bounding_box()
    assert 0 < x < box["width"] and 0 < y < box["height"] and -1 < z < 1
    px = np.median(
        [
            page.evaluate("([x, y]) => fsv.pixel(x, y)", [x + dx, y + dy])
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        ],
        axis=0,
    )
    # the roots whose skin meets on the foot, and bare skin: the dorsum must read as L5
    palette = page.evaluate("() => fsv.app.site.scene.skin.palette")
    colours = {r: hexrgb(palette[r]) for r in ("L4", "L5", "S1")}
    colours["bare skin"] = (
        np.array(page.evaluate("() => fsv.app.site.scene.frames.skin_base")) * 255
    )
    d = {r: np.linalg.norm(chroma(px) - chroma(c)) for r, c in colours.items()}
    assert min(d, key=d.get) == "L5", (px, d)
    finish(page)


def test_tapping_the_sole_marks_a_spot_and_s1_leads(url, browser):
    page = open_page(browser, url, touch=True)
    page.locator("#camera-foot-plantar").tap()
    wait_still(page)
    box = page.locator("#view").bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#mark-1 li")  # answered (the answers arrive after the first image)
    spot = page.locator("#mark-1").inner_text().lower()
    assert "sole" in spot
    assert page.locator("#mark-1 li").first.inner_text().startswith("S1")
    assert "outside the spine" in spot  # look-alikes are named
    save_doc(page, "web-sole-lookup.png")
    page.locator("#root-L4").tap()  # a new choice clears stale messages, not the spots
    wait_title(page, "L4")
    assert page.locator("#message").count() == 0
    page.locator("#clear-marks").tap()
    page.wait_for_selector("#mark-1", state="detached")
    finish(page)


def test_a_shared_nerve_names_its_roots_and_a_root_nerve_selects_its_root(url, browser):
    page = open_page(browser, url)
    pt = page.evaluate("fsv.nervePoint('sciatic.left')")
    x, y, _ = page.evaluate("p => fsv.project(p)", pt)
    box = page.locator("#view").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_selector("#message")
    msg = page.locator("#message").inner_text()
    assert "sciatic" in msg.lower() and "L5" in msg and "S1" in msg
    assert title(page) == ""  # naming the roots, not choosing one for the visitor
    page.locator("#camera-lumbar-closeup").click()
    wait_still(page)
    pt = page.evaluate("fsv.discPoint('L4-L5')")
    x, y, _ = page.evaluate("p => fsv.project(p)", pt)
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_selector("#site-L4-L5-paracentral[aria-pressed=true]")
    assert page.locator("#message").count() == 0  # the new choice cleared the stale message
    finish(page)


def test_deep_links_open_exactly_that_and_bad_ones_fall_back_home(url, browser):
    page = open_page(browser, url + "#root=L5&side=left&view=foot-dorsal&map=lee-2008&mode=student")
    wait_title(page, "L5")
    for sel in ("#mode-student", "#map-lee-2008", "#camera-foot-dorsal", "#side-left", "#root-L5"):
        assert page.locator(sel).get_attribute("aria-pressed") == "true", sel
    assert page.locator("#sources li").count() > 0
    assert "lee" in info(page)
    page.context.close()

    page = open_page(browser, url + "#site=L4-L5-paracentral&side=left")
    page.wait_for_selector("#site-L4-L5-paracentral[aria-pressed=true]")
    assert "l4-l5" in title(page).lower()
    assert page.locator("#camera-lumbar-closeup").get_attribute("aria-pressed") == "true"
    page.context.close()

    page = open_page(browser, url + "#root=L9&side=sideways")
    note = page.locator("#note")
    note.wait_for()
    assert "root=L9" in note.inner_text() and "start view" in note.inner_text()
    assert title(page) == "" and page.locator("#root-L5").get_attribute("aria-pressed") == "false"
    finish(page)


def test_central_stenosis_shows_the_red_banner_and_a_single_root_does_not(url, browser):
    page = open_page(browser, url + "#site=L4-L5-central-stenosis&side=left")
    page.wait_for_selector("#red-flag")
    assert "emergency" in page.locator("#red-flag").inner_text().lower()
    page.locator("#root-S1").click()
    wait_title(page, "S1")
    assert page.locator("#red-flag").count() == 0 and page.locator("#get-help").is_visible()
    finish(page)


def test_tablet_keeps_the_model_on_screen_with_the_panels_as_drawers(url, browser):
    page = open_page(browser, url, viewport=(768, 1024), touch=True)
    share = page.evaluate(
        "() => { const r = document.getElementById('view').getBoundingClientRect();"
        " return r.width * r.height / (innerWidth * innerHeight); }"
    )
    assert share >= 0.4, share
    page.locator("#open-controls").tap()
    page.locator("#root-L5").tap()
    wait_title(page, "L5")
    page.locator("#open-info").tap()
    page.wait_for_function("() => document.getElementById('info').classList.contains('open')")
    covered = page.evaluate(
        "() => { const i = document.getElementById('info').getBoundingClientRect();"
        " const v = document.getElementById('view').getBoundingClientRect();"
        " return (v.width * v.height - Math.max(0, Math.min(i.right, v.right) - Math.max(i.left, v.left))"
        " * Math.max(0, Math.min(i.bottom, v.bottom) - Math.max(i.top, v.top))) / (innerWidth * innerHeight); }"
    )
    assert covered >= 0.4, covered
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")  # drawers at rest
    wait_still(page)
    # the model moved aside: the top of the foot L5 colours is drawn left of the open drawer
    info_left = page.evaluate("document.getElementById('info').getBoundingClientRect().left")
    view = page.locator("#view").bounding_box()
    for region in ("dorsum", "great-toe"):
        x, y, z = page.evaluate(
            "p => fsv.project(p)", page.evaluate(f"fsv.regionPoint('{region}', 'left')")
        )
        assert 0 < view["x"] + x < info_left and 0 < y < view["height"] and -1 < z < 1, (
            region,
            x,
            info_left,
        )
    save_doc(page, "web-tablet-768.png")
    finish(page)


def test_layout_gives_the_model_half_the_screen_and_text_size_leaves_it_alone(url, browser):
    for size in ((1366, 768), (1920, 1080)):
        page = open_page(browser, url, viewport=size)
        area = "() => { const r = document.getElementById('view').getBoundingClientRect(); return r.width * r.height / (innerWidth * innerHeight); }"
        before = page.evaluate(area)
        assert before >= 0.5, (size, before)
        font = "() => parseFloat(getComputedStyle(document.getElementById('info')).fontSize)"
        f0 = page.evaluate(font)
        page.locator("#text-larger").click()
        page.locator("#text-larger").click()
        page.wait_for_function(f"() => ({font})() > {f0}")
        assert abs(page.evaluate(area) - before) < 1e-6
        if size == (1920, 1080):
            page.locator("#root-S1").click()
            wait_title(page, "S1")
            page.locator("#text-smaller").click()
            page.locator("#text-smaller").click()
            wait_still(page)
            save_doc(page, "web-s1-1920.png")
        finish(page)


def test_keyboard_reaches_every_control_with_a_visible_focus_ring(url, browser):
    page = open_page(browser, url)
    page.locator("#root-L4").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "root-L5"
    ring = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert ring not in ("none", "")
    page.keyboard.press("Enter")
    wait_title(page, "L5")
    sizes = page.evaluate(
        "() => [...document.querySelectorAll('button')].filter(b => b.offsetParent)"
        ".map(b => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height))"
    )
    assert min(sizes) >= 47.5
    unnamed = page.evaluate(
        "() => [...document.querySelectorAll('button, input')].filter(b => b.offsetParent"
        " && !(b.getAttribute('aria-label') || b.innerText.trim())).length"
    )
    assert unnamed == 0
    finish(page)


def test_student_mode_cites_sources_and_patient_mode_does_not(url, browser):
    page = open_page(browser, url + "#root=S1")
    wait_title(page, "S1")
    assert page.locator("#sources").count() == 0
    page.locator("#mode-student").click()
    page.wait_for_selector("#sources")
    first = page.locator("#sources li").first.inner_text()
    assert first[0] == "S" and ":" in first
    finish(page)


def test_save_picture_downloads_a_png_with_title_and_credits(url, browser):
    from PIL import Image

    page = open_page(browser, url + "#root=L5&side=left&view=foot-dorsal")
    wait_title(page, "L5")
    page.locator("#export").click()
    with page.expect_download() as dl:
        page.locator("#picture-1280x720").click()
    assert dl.value.suggested_filename == "L5_left_foot-dorsal.png"
    data = Path(dl.value.path()).read_bytes()
    img = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)
    assert img.shape == (720, 1280, 3)
    pic = page.evaluate("fsv.lastPicture()")
    assert pic["title"].startswith("L5 nerve root") and any("OpenSim" in c for c in pic["caption"])
    # text was drawn in the title band and in the caption band (bright pixels on the dark panel)
    assert (img[:60, :, :].min(axis=2) > 200).sum() > 200
    assert (img[-80:, :, :].min(axis=2) > 180).sum() > 200
    if os.environ.get("FOOTSPINE_SAVE_UI_IMAGES"):
        (IMAGES / "web-picture-L5.png").write_bytes(data)
    finish(page)


def save_picture(page, size: str):
    from PIL import Image

    page.locator("#export").click()
    with page.expect_download() as dl:
        page.locator(f"#picture-{size}").click()
    img = np.asarray(
        Image.open(io.BytesIO(Path(dl.value.path()).read_bytes())).convert("RGB"), dtype=int
    )
    return img, page.evaluate("fsv.lastPicture()")


def red_box(img) -> int:
    """Pixels of the emergency box's red (176, 32, 32) where it sits: under the title band, on the right."""
    h, w = img.shape[:2]
    corner = img[int(h * 0.095) : int(h * 0.3), w // 2 :]
    return int((np.abs(corner - np.array([176, 32, 32])).max(axis=2) < 30).sum())


def test_saved_picture_never_cuts_the_disclaimer_safety_net_or_credits(url, browser, kb):
    """A one-sided disc in student wording has four caption lines: the band grows up to hold them all
    (render/annotate.py's rule), the safety-net line comes after the disclaimer, and no red box."""
    page = open_page(
        browser, url + "#site=L4-L5-paracentral&side=left&mode=student&view=foot-dorsal"
    )
    wait_title(page, "L4-L5")
    img, pic = save_picture(page, "1080x1080")  # square: the caption lines wrap
    disclaimer = kb.text_for("ui", "disclaimer", "student")
    safety = kb.text_for("picture", "safety-net", "student")
    assert pic["caption"][0] == disclaimer and pic["caption"][1] == safety
    assert any("OpenSim" in c for c in pic["caption"]) and pic["urgent"] is None
    # every caption word was drawn, in order (wrapping only splits lines)
    assert " ".join(pic["captionLines"]).split() == " ".join(pic["caption"]).split()
    h = pic["height"]
    assert len(pic["captionLines"]) > len(pic["caption"])  # wrapped ...
    assert pic["captionTop"] < h - int(h * 0.125)  # ... and the band grew to hold them
    band = img[pic["captionTop"] + 2 :, :, :]
    rows_with_text = (band.min(axis=2) > 150).sum(axis=1) > 3
    assert rows_with_text.sum() > 4 * 8  # four lines of text, each several rows tall
    assert red_box(img) < 50  # no red box
    finish(page)


def test_saved_picture_of_an_emergency_carries_the_red_box(url, browser):
    page = open_page(browser, url + "#site=L4-L5-central-stenosis&side=left")
    page.wait_for_selector("#red-flag")
    img, pic = save_picture(page, "1280x720")
    assert pic["urgent"] and "emergency" in pic["urgent"].lower()
    assert red_box(img) > 2000
    finish(page)


def test_kiosk_bounds_the_model_tours_when_idle_and_works_without_the_server(site, browser):
    with served(site, kiosk=True) as (server, u):
        page = open_page(browser, u + "?kiosk&idle=4&attract=60&ease=1")
        assert page.evaluate("location.search").startswith("?kiosk")
        for sel in ("#export", "#settings", "#mode", "#text-larger"):
            assert page.locator(sel).count() == 0, sel
        assert page.locator("#home").is_visible()
        page.wait_for_function("() => navigator.serviceWorker.controller !== null")
        box = page.locator("#view").bounding_box()
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(cx, cy)
        page.mouse.down(button="right")  # pan as far as a hand can
        page.mouse.move(cx + 2000, cy + 1500, steps=8)
        page.mouse.up(button="right")
        for _ in range(12):  # and zoom out wildly
            page.mouse.wheel(0, 4000)
        off = page.evaluate("fsv.cameraOffset()")
        assert (
            off["panRatio"] <= 0.35 + 1e-3 and 0.35 - 1e-3 <= off["distanceRatio"] <= 1.6 + 1e-3
        ), off
        page.wait_for_function("() => fsv.cameraOffset().atHome", timeout=30_000)  # eased back
        page.locator("#root-L5").click()
        wait_title(page, "L5")
        page.wait_for_selector("#attract", state="visible", timeout=60_000)
        page.wait_for_function("() => fsv.selection() === 'home'")
        server.shutdown()
        server.server_close()
        frames = page.evaluate("fsv.frames")
        page.locator("#root-S1").click()
        wait_title(page, "S1")
        page.wait_for_function(f"() => fsv.frames > {frames}")
        page.wait_for_selector("#attract", state="hidden")
        page.reload()  # the service worker serves the whole site with the server gone
        wait_ready_page(page)
        assert page.locator("#root-L5").is_visible()
        save_doc(page, "web-kiosk.png")
        finish(page)


def test_a_corrupt_or_missing_data_file_says_what_is_wrong_and_how_to_rebuild(
    site, browser, tmp_path
):
    broken = tmp_path / "site"
    shutil.copytree(site, broken)
    (broken / "data" / "scene.json").write_bytes(b'{"format": 1, "cat')
    (broken / "data" / "scene.json.gz").unlink()
    with served(broken) as (_s, u):
        page = open_page(browser, u, wait_ready=False)
        page.wait_for_selector("#fatal", state="visible")
        text = page.locator("#fatal").inner_text()
        assert "scene.json" in text and "build-web" in text
        page.context.close()
    (broken / "data" / "skin.bin").unlink()
    (broken / "data" / "skin.bin.gz").unlink()
    shutil.copy(site / "data" / "scene.json", broken / "data" / "scene.json")
    with served(broken) as (_s, u):
        page = open_page(browser, u, wait_ready=False)
        page.wait_for_selector("#fatal", state="visible")
        text = page.locator("#fatal").inner_text()
        assert "skin.bin" in text and "missing" in text and "build-web" in text
        page.context.close()
