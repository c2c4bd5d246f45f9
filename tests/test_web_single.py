"""The explorer as one HTML file: opens offline at its state, in a file and in a notebook's iframe.

``footspine_viz.web.single`` folds the built site into one page (``screenshot
--format html``, ``Explorer.explore()``). These tests open it in Debian's
Chromium with every request refused except the file itself, and check what it
shows.
"""

from __future__ import annotations

import html
import json

import pytest
from webtools import chromium, ensure_site

from footspine_viz.cli import main

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.atlas]


@pytest.fixture(scope="module")
def site():
    return ensure_site()


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def offline_page(browser):
    """A page that may read only what it carries (file:, data:, blob:); the refused requests."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 768})
    refused: list[str] = []

    def guard(route):
        u = route.request.url
        if u.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            refused.append(u)
            route.abort()

    ctx.route("**/*", guard)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, refused, errors


def test_single_page_opens_offline_at_its_state_with_disclaimer_and_credits(
    site, browser, tmp_path, kb
):
    from footspine_viz.scene.state import ViewState
    from footspine_viz.web.single import single_page

    path = single_page(
        ViewState(root="L5", side="left", view="foot-dorsal", mode="student"), tmp_path / "l5.html"
    )
    text = path.read_text()
    size = path.stat().st_size
    assert size < 4_000_000, size  # loadable: the whole explorer in a few MB
    assert 'href="data/' not in text and 'src="app.js"' not in text  # nothing to fetch
    page, refused, errors = offline_page(browser)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.fsv && fsv.ready()", timeout=120_000)
    state = page.evaluate("fsv.state")
    assert (state["root"], state["side"], state["view"], state["mode"]) == (
        "L5",
        "left",
        "foot-dorsal",
        "student",
    )
    assert page.locator("#info-title").inner_text().startswith("L5")
    assert page.locator("#disclaimer").inner_text() == kb.text_for("ui", "disclaimer", "student")
    assert page.locator("#credits").inner_text() == kb.text_for("ui", "credits", "patient")
    # the model is drawn: the dorsum's pixel is L5's colour more than bare skin's
    page.wait_for_function(
        "() => !fsv.app.viewer.anim && !fsv.app.viewer.moving && !fsv.app.viewer.dirty"
    )
    pt = page.evaluate("fsv.regionPoint('dorsum', 'left')")
    x, y, _ = page.evaluate("p => fsv.project(p)", pt)
    px = page.evaluate("([x, y]) => fsv.pixel(x, y)", [x, y])
    assert px[2] > px[0] + 40, px  # L5 is blue (#0072B2); bare skin is warm
    assert refused == [] and errors == [], (refused, errors)
    page.context.close()


def test_explore_output_runs_in_an_iframe_srcdoc_as_a_notebook_shows_it(site, browser):
    from footspine_viz.scene.state import ViewState
    from footspine_viz.web.single import ExplorerPage
    from footspine_viz.web.single import page as single

    out = ExplorerPage(single(site, ViewState(site="L4-L5-paracentral", side="left")))._repr_html_()
    assert out.startswith("<iframe srcdoc=") and "FSV_INLINE" in html.unescape(out)
    page, refused, errors = offline_page(browser)
    page.set_content(out)
    frame = page.frames[1]
    frame.wait_for_function("() => window.fsv && fsv.ready()", timeout=120_000)
    assert frame.evaluate("fsv.state.site") == "L4-L5-paracentral"
    assert "l4-l5" in frame.locator("#info-title").inner_text().lower()
    frame.locator("#root-S1").click()  # interactive: a choice is answered inside the iframe
    frame.wait_for_function(
        "() => (document.querySelector('#info-title')?.innerText || '').includes('S1')"
    )
    assert refused == [] and errors == [], (refused, errors)
    page.context.close()


@pytest.mark.render
def test_screenshot_format_html_writes_the_single_page(site, tmp_path, capsys):
    out = tmp_path / "s1.html"
    assert (
        main(
            [
                "screenshot",
                "--root",
                "S1",
                "--view",
                "foot-lateral",
                "--format",
                "html",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = out.read_text()
    boot = json.loads(text.split('id="fsv-boot">', 1)[1].split("</script>", 1)[0])
    assert boot["state"].startswith("#root=S1&side=") and "view=foot-lateral" in boot["state"]
    assert "FSV_INLINE" in text and "kitware" not in text.lower() and "vtk.js" not in text.lower()
