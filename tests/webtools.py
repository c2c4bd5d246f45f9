"""What the browser explorer's tests share: the built site, Node, a static server, Chromium.

The site is built once into the cache (``serve`` does the same) and rebuilt
only when its inputs change, so test runs after the first take seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "web"
CHROMIUM = "/usr/bin/chromium"
#: Software WebGL (SwiftShader) without a GPU; a fresh profile per launch; nothing fetched.
CHROMIUM_ARGS = [
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
if hasattr(os, "geteuid") and os.geteuid() == 0:
    CHROMIUM_ARGS.append("--no-sandbox")


def ensure_site(src: Any = None) -> Path:
    """The site ``serve`` would serve, built if missing or stale."""
    from footspine_viz.web.build import ensure_site as ensure

    return ensure(src)


def node() -> str:
    exe = shutil.which("node")
    if exe is None:  # a failure, not a skip: the page's computations must be checked
        pytest.fail("node not found: install Node.js 20 (the page's JavaScript is tested with it)")
    return exe


def run_node(site: Path, cases: list[dict[str, Any]]) -> list[Any]:
    """Run web/test/parity.mjs on ``cases`` against ``site``; its results."""
    proc = subprocess.run(
        [node(), str(WEB / "test" / "parity.mjs")],
        input=json.dumps({"site": str(site), "cases": cases}),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        pytest.fail(f"parity.mjs failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


@contextlib.contextmanager
def served(site: Path, kiosk: bool = False) -> Iterator[tuple[Any, str]]:
    """Serve ``site`` from the package's static server on a free loopback port."""
    from footspine_viz.web.serve import serve_in_thread

    server, url = serve_in_thread(site, kiosk=kiosk)
    try:
        yield server, url
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium through Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):  # a failure, not a skip: `make install-test` installs it
        pytest.fail(f"{CHROMIUM} not found: run `make install-test` (Debian's chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(
    browser: Any,
    url: str,
    *,
    viewport=(1366, 768),
    touch: bool = False,
    wait_ready: bool = True,
    **context: Any,
) -> Any:
    """A fresh context and page; every request that leaves 127.0.0.1 is refused and recorded."""
    ctx = browser.new_context(
        viewport={"width": viewport[0], "height": viewport[1]},
        has_touch=touch,
        accept_downloads=True,
        **context,
    )
    outside: list[str] = []

    def guard(route: Any) -> None:
        u = route.request.url
        if u.startswith(("http://127.0.0.1", "blob:", "data:")):
            route.continue_()
        else:
            outside.append(u)
            route.abort()

    ctx.route("**/*", guard)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.outside_requests = outside  # type: ignore[attr-defined]
    page.errors = errors  # type: ignore[attr-defined]
    page.goto(url)
    if wait_ready:
        wait_ready_page(page)
    return page


def wait_ready_page(page: Any) -> None:
    page.wait_for_function(
        "() => document.getElementById('app').dataset.state !== 'loading'", timeout=120_000
    )
    state = page.evaluate("document.getElementById('app').dataset.state")
    assert state == "ready", page.locator("#fatal").inner_text()
    page.wait_for_function("() => window.fsv && window.fsv.frames > 0")
