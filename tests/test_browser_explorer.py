"""The web explorer in a real headless Chromium (Debian's /usr/bin/chromium).

Each fixture starts ``footspine-viz serve`` on a free port of 127.0.0.1 in a
subprocess (the launcher, so every tab gets its own worker process) and the
tests click as a visitor would: root buttons, camera presets, the 3D view.
They check what the visitor sees: the info panel's words, that the 3D image
changed, that two tabs keep their own selection, that the kiosk hides
settings and export and goes home when left alone. No test asserts on time.
"""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from footspine_viz.ui.bench import Served

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 850}
IMAGES = Path(__file__).resolve().parents[1] / "docs" / "images"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def served():
    s = Served("--max-sessions", "4")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):  # a failure, not a skip: `make test` installs it
        pytest.fail(f"{CHROMIUM} not found: run `make install-test` (Debian's chromium)")

    with sync_playwright() as p:
        # launch() gives every run a fresh temporary profile
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, url, **context):
    ctx = browser.new_context(viewport=VIEWPORT, accept_downloads=True, **context)
    page = ctx.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "blob:", "data:")) else None)
    page.goto(url)
    # the launcher shows a "preparing" page until a worker is ready, then redirects
    page.wait_for_url(lambda u: not u.startswith(url), timeout=300_000)
    page.wait_for_function(
        "() => { const i = document.querySelector('#view img'); return i && i.src.startsWith('blob:') && i.naturalWidth > 0 }",
        timeout=120_000)
    page.wait_for_selector("#disclaimer")
    page.outside_requests = outside  # type: ignore[attr-defined]
    return page


def view_png(page) -> bytes:
    return page.locator("#view").screenshot()


def difference(a: bytes, b: bytes) -> int:
    """How many pixels of two screenshots differ clearly (any channel by more than 24)."""
    import numpy as np
    from PIL import Image

    x = np.asarray(Image.open(io.BytesIO(a)).convert("RGB"), dtype=int)
    y = np.asarray(Image.open(io.BytesIO(b)).convert("RGB"), dtype=int)
    if x.shape != y.shape:
        return x.size
    return int((np.abs(x - y).max(axis=2) > 24).sum())


#: A highlighted nerve or a new camera changes at least this many pixels; JPEG
#: noise between two frames of the same scene changes none by that much.
CHANGED = 150


def wait_for_new_image(page, before: bytes, timeout: float = 30.0) -> bytes:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        now = view_png(page)
        if difference(before, now) > CHANGED:
            page.wait_for_timeout(300)  # let a pending frame land
            return view_png(page)
        page.wait_for_timeout(100)
    pytest.fail("the 3D view did not change")


def wait_title(page, title: str) -> None:
    """Wait until the info panel's title reads ``title`` (the session answered)."""
    page.wait_for_function("t => (document.querySelector('#info-title')?.innerText || '').includes(t)", arg=title)


def info_text(page) -> str:
    return page.locator("#info").inner_text().lower()


def save_doc_image(page, name: str) -> None:
    """Keep a screenshot for the docs when asked (FOOTSPINE_SAVE_UI_IMAGES=1)."""
    if os.environ.get("FOOTSPINE_SAVE_UI_IMAGES"):
        IMAGES.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(IMAGES / name))


# --------------------------------------------------------------------- tests
def test_page_loads_with_disclaimer_and_nothing_from_the_web(served, browser):
    page = open_page(browser, served.url)
    assert page.locator("#root-L5").is_visible()
    assert "educational illustration only" in info_text(page)
    assert page.outside_requests == []
    page.context.close()


def test_choosing_l5_explains_big_toe_and_top_of_foot_and_changes_the_image(served, browser):
    page = open_page(browser, served.url)
    before = view_png(page)
    page.locator("#root-L5").click()
    wait_title(page, "L5")
    text = info_text(page)
    assert "big toe" in text and "top of the foot" in text
    assert page.locator("#root-L5").get_attribute("aria-pressed") == "true"
    after = wait_for_new_image(page, before)
    assert difference(before, after) > CHANGED
    save_doc_image(page, "ui-l5.png")
    page.context.close()


def test_clicking_the_sole_asks_which_nerve_and_s1_leads(served, browser):
    page = open_page(browser, served.url)
    before = view_png(page)
    page.locator("#camera-foot-plantar").click()
    wait_for_new_image(page, before)
    box = page.locator("#view").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#mark-1", timeout=30_000)
    spot = page.locator("#mark-1").inner_text().lower()
    assert "sole" in spot
    first = page.locator("#mark-1 li").first.inner_text()
    assert first.startswith("S1"), spot
    save_doc_image(page, "ui-sole-lookup.png")
    page.locator("#clear-marks").click()
    page.wait_for_selector("#mark-1", state="detached")
    page.context.close()


def test_two_tabs_keep_their_own_root(served, browser):
    a = open_page(browser, served.url)
    b = open_page(browser, served.url)
    assert a.url != b.url  # each tab was sent to its own worker process
    a.locator("#root-L4").click()
    wait_title(a, "L4")
    b.locator("#root-S1").click()
    wait_title(b, "S1")
    a.wait_for_timeout(1000)
    assert "L4" in a.locator("#info-title").inner_text()
    assert a.locator("#root-L4").get_attribute("aria-pressed") == "true"
    assert a.locator("#root-S1").get_attribute("aria-pressed") == "false"
    a.context.close()
    b.context.close()


def test_a_malformed_state_update_is_refused_and_harms_no_other_tab(served, browser):
    a = open_page(browser, served.url)
    b = open_page(browser, served.url)
    b.locator("#root-L5").click()
    wait_title(b, "L5")
    a.locator("#root-L4").click()
    wait_title(a, "L4")
    a.evaluate("() => window.trame.state.set('root', 'L9')")
    a.wait_for_selector("#error", timeout=10_000)
    assert "unknown root 'l9'" in a.locator("#error").inner_text().lower()
    a.wait_for_function("() => window.trame.state.get('root') === 'L4'")
    assert "L4" in a.locator("#info-title").inner_text()
    assert "L5" in b.locator("#info-title").inner_text()
    a.evaluate("() => window.trame.state.set('skin_opacity', 'lots')")
    a.wait_for_function("() => window.trame.state.get('skin_opacity') !== 'lots'")
    a.locator("#root-S1").click()  # the session still works
    wait_title(a, "S1")
    a.context.close()
    b.context.close()


def test_export_downloads_the_annotated_png(served, browser):
    page = open_page(browser, served.url)
    page.locator("#root-S1").click()
    with page.expect_download(timeout=60_000) as dl:
        page.locator("#export").click()
    data = Path(dl.value.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert dl.value.suggested_filename.endswith(".png")
    page.context.close()


def test_keyboard_reaches_the_root_buttons(served, browser):
    page = open_page(browser, served.url)
    page.locator("#root-L4").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    wait_title(page, "L5")
    sizes = page.evaluate("() => [...document.querySelectorAll('button')].filter(b => b.offsetParent)"
                          ".map(b => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height))")
    assert min(sizes) >= 47.5  # touch targets
    page.context.close()


def test_touch_tap_on_the_sole_marks_a_spot_and_text_size_grows(served, browser):
    page = open_page(browser, served.url, has_touch=True)
    before = view_png(page)
    page.locator("#camera-foot-plantar").tap()
    wait_for_new_image(page, before)
    box = page.locator("#view").bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#mark-1", timeout=30_000)
    size = lambda: float(page.evaluate("() => getComputedStyle(document.documentElement).fontSize")[:-2])  # noqa: E731
    start = size()
    page.locator("#text-larger").tap()
    page.wait_for_function(f"() => parseFloat(getComputedStyle(document.documentElement).fontSize) > {start}")
    assert size() > start
    page.context.close()


def test_student_mode_shows_sources_and_patient_mode_hides_them(served, browser):
    page = open_page(browser, served.url)
    page.locator("#root-S1").click()
    wait_title(page, "S1")
    assert page.locator("#sources").count() == 0
    page.locator("#mode-student").click()
    page.wait_for_selector("#sources")
    first = page.locator("#sources li").first.inner_text()
    assert first[0] == "S" and ":" in first  # "S6: Harrison's ..." -- code and citation
    assert "educational illustration only" in info_text(page)
    page.context.close()


def test_kiosk_hides_settings_and_export_and_goes_home_when_idle(browser):
    served = Served("--kiosk", "--idle-seconds", "3", "--attract-seconds", "60", "--max-sessions", "1")
    try:
        page = open_page(browser, served.url)
        assert page.locator("#export").count() == 0
        assert page.locator("#settings").count() == 0
        assert page.locator("#mode").count() == 0
        page.locator("#root-L5").click()
        wait_title(page, "L5")
        save_doc_image(page, "ui-kiosk.png")
        page.wait_for_selector("#attract", timeout=30_000)
        assert page.locator("#info-title").count() == 0  # home: nothing selected
        assert page.locator("#root-L5").get_attribute("aria-pressed") == "false"
        page.locator("#root-S1").click()  # a touch ends the attract loop
        page.wait_for_selector("#attract", state="detached")
        page.context.close()
    finally:
        served.stop()
