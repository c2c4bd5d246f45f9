"""Measure the web explorer as a visitor feels it; prints JSON.

``python -m footspine_viz.ui.bench [--sessions 3] [--clicks 8]``

Starts ``footspine-viz serve`` on a free local port, drives Debian's headless
Chromium, and reports:

- ``first_image_s``: from ``page.goto`` to the first 3D frame shown (goal < 3 s);
- ``click_to_image_ms``: from a root button's pointerdown to the next 3D frame
  decoded in the page, median and max over ``--clicks`` clicks (goal < 300 ms);
- ``sessions``: how many tabs were open at once, each still answering a click,
  the memory of each worker process, and how many such sessions this
  machine's available memory would hold.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from typing import Any, Sequence

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

#: Records when each new 3D frame has been decoded, and when a button was pressed.
HOOK = """() => {
  window.__frames = []; window.__press = 0;
  // vtk.js swaps the <img> source for every frame it receives (the view may be
  // re-mounted after load, so watch the whole page)
  new MutationObserver((ms) => { if (ms.some(m => m.target.closest && m.target.closest('#view')))
    window.__frames.push(performance.now()); })
    .observe(document.body, {attributes: true, subtree: true, attributeFilter: ['src']});
  document.addEventListener('pointerdown', () => { window.__press = performance.now(); }, true);
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _mem_available_mb() -> float | None:
    """Free memory in MB from Linux's /proc; None where there is none (macOS, Windows)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def _round(x: float | None) -> int | None:
    return None if x is None else round(x)


class Served:
    """``footspine-viz serve`` in a subprocess on a free local port, until :meth:`stop`.

    Shared with the browser tests. Raises RuntimeError (with the server's last
    output) when it does not come up.
    """

    def __init__(self, *extra: str, timeout: float = 300.0) -> None:
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}/"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from footspine_viz.cli import console_main; console_main()",
             "serve", "--port", str(port), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"))
        self.lines: list[str] = []
        ready = threading.Event()

        def read() -> None:
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                self.lines.append(line.rstrip())
                if line.startswith("footspine-viz: open"):
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(timeout) or self.proc.poll() is not None:
            self.stop()
            raise RuntimeError("serve did not start:\n" + "\n".join(self.lines[-30:]))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # the launcher stops its workers on SIGTERM
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def open_tab(browser: Any, url: str) -> tuple[Any, float]:
    """A new tab on the explorer; returns it and the seconds to its first 3D frame."""
    page = browser.new_context(viewport={"width": 1400, "height": 850}).new_page()
    # wait until a worker is ready (the launcher answers "preparing" meanwhile)
    while True:
        with urllib.request.urlopen(url + "health") as r:
            if json.load(r)["ready_spares"]:
                break
        time.sleep(0.5)
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_function(
        "() => { const i = document.querySelector('#view img'); return i && i.naturalWidth > 0 }",
        timeout=120_000)
    return page, time.perf_counter() - t0


def click_latency(page: Any, roots: Sequence[str], clicks: int) -> list[float]:
    page.evaluate(HOOK)
    out = []
    for i in range(clicks):
        root = roots[i % len(roots)]
        n = page.evaluate("() => window.__frames.length")
        page.locator(f"#root-{root}").click()
        try:
            page.wait_for_function(f"() => window.__frames.length > {n}", timeout=30_000, polling=50)
        except Exception:
            state = page.evaluate("() => [window.__frames, window.trame.state.get('root'), "
                                  "document.querySelector('#view img')?.src, location.href]")
            raise RuntimeError(f"no new frame after clicking {root}: {state}") from None
        page.wait_for_timeout(700)  # let any follow-up frame land before the next click
        frames, press = page.evaluate("() => [window.__frames, window.__press]")
        first = next(f for f in frames[n:] if f >= press)
        out.append(first - press)
    return out


def answers(page: Any, root: str) -> bool:
    """Does this tab's own session still answer a click (its panel names the root)?"""
    page.locator(f"#root-{root}").click()
    try:
        page.wait_for_function(
            f"() => document.querySelector('#info-title')?.innerText.trim() === '{root}'",
            timeout=30_000, polling=100)
    except Exception:
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m footspine_viz.ui.bench")
    ap.add_argument("--sessions", type=int, default=3, help="tabs open at once (default 3)")
    ap.add_argument("--clicks", type=int, default=8)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    served = Served("--max-sessions", str(args.sessions))
    url = served.url
    result: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "mem_available_mb": _round(_mem_available_mb())}}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            pages, firsts = [], []
            for _ in range(args.sessions):
                page, first = open_tab(browser, url)
                pages.append(page)
                firsts.append(first)
            # the newest tab is in front (headless Chromium does not paint tabs
            # behind it); the others are checked through their info panel
            lat = click_latency(pages[-1], ["L5", "S1", "L4"], args.clicks)
            still = [answers(pg, root) for pg, root in zip(pages, ["L4", "S1", "L5"] * len(pages))]
            with urllib.request.urlopen(url + "health") as r:
                health = json.load(r)
            rss = sorted(health["rss_mb"], reverse=True)[: args.sessions]
            per = statistics.mean(rss) if rss else 0.0
            result.update({
                "first_image_s": {"first_tab": round(firsts[0], 2), "max": round(max(firsts), 2),
                                  "goal": 3.0},
                "click_to_image_ms": {"median": round(statistics.median(lat)), "max": round(max(lat)),
                                      "n": len(lat), "goal": 300},
                "sessions": {"open_at_once": len(pages), "all_answering": all(still),
                             "worker_rss_mb": [round(x) for x in rss], "per_session_mb": round(per),
                             "spare_processes": health["spares"],
                             "estimated_max_on_this_machine": int(result["machine"]["mem_available_mb"]
                                                                  // per) if per else None},
            })
            browser.close()
    finally:
        served.stop()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
