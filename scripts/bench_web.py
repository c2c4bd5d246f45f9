"""``make bench-web``: figures of the browser explorer on this machine (printed, never asserted).

First 3D image after navigation with a cold cache and the bytes before it;
a click on a root to its highlighted frame beside one plain frame; frames
presented per second while dragging; one tab's memory (Chromium's figure).
The trame explorer's figures recorded on the same kind of machine are
printed beside them (shared/data/web-explorer-notes.md).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from webtools import chromium, ensure_site, served  # noqa: E402

TRAME = {"click": "170-200 ms", "drag": "18-19 images/s (half resolution)", "visitors": "about 8"}


def main() -> int:
    site = ensure_site()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          "headless Debian Chromium, software WebGL (SwiftShader)")
    with served(site) as (_s, url), chromium() as browser:
        ctx = browser.new_context(viewport={"width": 1366, "height": 768})
        page = ctx.new_page()
        got = {"bytes": 0}
        page.on("response", lambda r: got.__setitem__("bytes", got["bytes"] + int(r.headers.get("content-length", 0))))
        page.goto(url)
        page.wait_for_function("() => window.fsv && fsv.frames > 0", timeout=120_000)
        t = page.evaluate("performance.now()")
        print(f"first 3D image after navigation, cold cache, 1366x768: {t / 1000:.2f} s (goal < 1.5 s)")
        print(f"bytes transferred before it: {got['bytes'] / 1e6:.2f} MB (goal < 3 MB)")
        plain = page.evaluate("""() => { const t = []; for (let i = 0; i < 8; i++) {
            const a = performance.now(); fsv.pixel(10, 10); t.push(performance.now() - a); } return t; }""")
        click = page.evaluate("""async () => { const t = []; for (const r of ['L5', 'S1', 'L4', 'L5', 'S1', 'L4']) {
            const a = performance.now(); document.getElementById('root-' + r).click(); fsv.pixel(10, 10);
            t.push(performance.now() - a); } return t; }""")
        p, c = statistics.median(plain), statistics.median(click)
        print(f"one plain frame: {p:.0f} ms; click on a root to its highlighted frame: {c:.0f} ms "
              f"({c / p:.2f}x; goal within 1.3x); trame explorer: {TRAME['click']}")
        page.locator("#camera-overview-posterior").click()
        page.wait_for_function("() => !fsv.app.viewer.anim")
        box = page.locator("#view").bounding_box()
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        f0 = page.evaluate("fsv.frames")
        t0 = page.evaluate("performance.now()")
        page.mouse.move(cx, cy)
        page.mouse.down()
        for i in range(60):
            page.mouse.move(cx + 200 * ((i % 20) / 20 - 0.5), cy, steps=1)
        t1 = page.evaluate("performance.now()")
        f1 = page.evaluate("fsv.frames")
        page.mouse.up()
        fps = (f1 - f0) / max((t1 - t0) / 1000, 1e-6)
        print(f"frames per second while dragging at 1366x768 (half resolution while moving): {fps:.1f} "
              f"(goal >= 30); trame explorer: {TRAME['drag']}")
        cdp = ctx.new_cdp_session(page)
        heap = cdp.send("Runtime.getHeapUsage")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]} \
            if cdp.send("Performance.enable") is not None or True else {}
        print(f"one tab's JS heap: {heap['usedSize'] / 1e6:.0f} MB used of {heap['totalSize'] / 1e6:.0f} MB "
              f"(Chromium's figure; GPU buffers not included; JSHeapUsedSize {metrics.get('JSHeapUsedSize', 0) / 1e6:.0f} MB)")
        ctx.close()
    print(f"visitors held: a static site costs the server only file transfers; trame explorer: {TRAME['visitors']}"
          " (the 200-visitor nginx run is not in this script yet)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
