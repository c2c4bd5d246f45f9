"""``make bench-web``: figures of the browser explorer on this machine (printed, never asserted).

- first 3D image after navigation, cold cache (a fresh browser profile per
  load), and the bytes transferred before it;
- a click on a root to its highlighted frame, beside one plain frame;
- frames presented per second while dragging, and what one moving and one
  still frame cost;
- one tab's memory (Chromium's figure);
- visitors held: 200 simulated visitors fetching the whole site at once from
  a real nginx on loopback (see :mod:`nginx_load` below), all complete, the
  95th percentile time and nginx's CPU-seconds per visitor.

Each figure is measured several times and printed as the median with the
spread: the machine is shared, so single runs wander. The trame explorer's
figures recorded on the same kind of machine are printed beside them as
history (shared/data/web-explorer-notes.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "tests"))
sys.path.insert(0, str(HERE))

from webtools import chromium, ensure_site, served  # noqa: E402

#: The trame explorer (server-rendered, removed in issue 9), as measured on this kind of machine.
TRAME = {
    "click": "170-200 ms",
    "drag": "18-19 images/s (half resolution)",
    "visitors": "about 8",
    "memory": "about 0.5 GB of server memory per visitor",
}

FIRST_IMAGE = """() => {
  const m = performance.getEntriesByName('fsv:first-image')[0];
  if (!m) return null;
  const t = m.startTime;
  let bytes = 0;
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav.responseEnd <= t) bytes += nav.transferSize;
  for (const r of performance.getEntriesByType('resource')) if (r.responseEnd <= t) bytes += r.transferSize;
  const marks = Object.fromEntries(performance.getEntriesByType('mark')
    .filter((x) => x.name.startsWith('fsv:')).map((x) => [x.name.slice(4), Math.round(x.startTime)]));
  return { t, bytes, marks };
}"""

# one synchronised frame: draw, then read one pixel back (waits for the GPU)
FRAMES = """async (n) => {
  const app = fsv.app, v = app.viewer;
  const gl = v.renderer.getContext();
  const px = new Uint8Array(4);
  const sync = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
  const med = (t) => t.sort((a, b) => a - b)[t.length >> 1];
  const timed = (f) => { const a = performance.now(); f(); sync(); return performance.now() - a; };
  const roots = ['L5', 'S1', 'L4'];
  const t = { plain: [], moving: [], select: [], click: [] };
  sync();
  // interleaved, so that the machine's other work falls on every kind alike
  for (let i = 0; i < n + 1; i++) {
    const r = roots[i % 3];
    const plain = timed(() => v.draw());
    v.setMoving(true);
    const moving = timed(() => v.draw());
    v.setMoving(false);
    // a choice that keeps the camera: colours, visibility and panel rewritten, then one full frame
    const select = timed(() => { app.update({ root: r, site: null }); v.draw(); });
    // a real click on a root button: the camera starts turning to the root's view,
    // so the first highlighted frame is a moving one
    app.update({ root: null, site: null });
    const click = timed(() => { document.getElementById('root-' + r).click(); v.draw(); });
    v.anim = null;  // stop the turn: the next still frame is drawn where it started
    v.setMoving(false);
    if (i > 0) { t.plain.push(plain); t.moving.push(moving); t.select.push(select); t.click.push(click); }
  }
  return { plain: med(t.plain), moving: med(t.moving), select: med(t.select), click: med(t.click),
    ratio: v.fullRatio, movingRatio: v.movingRatio };
}"""

# A drag as a hand makes it: one pointer move per displayed frame (Chromium
# delivers a real mouse's moves once per frame too), dispatched in the page so
# that the test driver's own round trips (about 60 ms a move) do not set the pace.
DRAG = """async (ms) => {
  const c = document.getElementById('view');
  const r = c.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  const ev = (type, x, y) => c.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse',
    isPrimary: true, clientX: x, clientY: y, button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true }));
  ev('pointerdown', cx, cy);
  ev('pointermove', cx + 8, cy);
  const f0 = fsv.frames, t0 = performance.now();
  await new Promise((done) => {
    const step = (now) => {
      const t = now - t0;
      ev('pointermove', cx + 8 + 160 * Math.sin(t / 350), cy + 25 * Math.sin(t / 550));
      if (t < ms) requestAnimationFrame(step); else done();
    };
    requestAnimationFrame(step);
  });
  const f1 = fsv.frames, t1 = performance.now();
  ev('pointerup', cx, cy);
  return (f1 - f0) / ((t1 - t0) / 1000);
}"""


def spread(xs: list[float], fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(statistics.median(xs))} (runs: {', '.join(fmt.format(x) for x in xs)})"


def first_image(browser, url: str, runs: int) -> None:
    times, sizes, marks = [], [], []
    for _ in range(runs):
        ctx = browser.new_context(viewport={"width": 1366, "height": 768})
        page = ctx.new_page()
        page.goto(url)
        page.wait_for_function(
            "() => performance.getEntriesByName('fsv:first-image').length > 0", timeout=120_000
        )
        r = page.evaluate(FIRST_IMAGE)
        times.append(r["t"] / 1000)
        sizes.append(r["bytes"] / 1e6)
        marks.append(r["marks"])
        ctx.close()
    print(
        f"first 3D image after navigation, cold cache, 1366x768: {spread(times)} s (goal < 1.5 s)"
    )
    print(f"bytes transferred before it: {spread(sizes)} MB (goal < 3 MB)")
    print(
        "  where the time goes (ms after navigation, median run): "
        + ", ".join(
            f"{k} {v}"
            for k, v in marks[sorted(range(runs), key=lambda i: times[i])[runs // 2]].items()
        )
    )


def interaction(browser, url: str, runs: int) -> None:
    ctx = browser.new_context(viewport={"width": 1366, "height": 768})
    page = ctx.new_page()
    page.goto(url)
    page.wait_for_function("() => window.fsv && fsv.ready()", timeout=120_000)
    r = page.evaluate(FRAMES, 7)
    print(
        f"one still frame: {r['plain']:.0f} ms (pixel ratio {r['ratio']}, full meshes); one frame while "
        f"the view moves: {r['moving']:.0f} ms (pixel ratio {r['movingRatio']}, coarse meshes)"
    )
    print(
        f"a click on a root to its highlighted frame: {r['click']:.0f} ms ({r['click'] / r['plain']:.2f}x one "
        f"still frame; goal within 1.3x; the camera starts turning, so that frame is a moving one); "
        f"a choice that keeps the camera, to its full frame: {r['select']:.0f} ms "
        f"({r['select'] / r['plain']:.2f}x); trame explorer: {TRAME['click']}"
    )
    page.locator("#camera-overview-posterior").click()
    page.wait_for_function("() => !fsv.app.viewer.anim && !fsv.app.viewer.moving")
    rates = []
    for _ in range(runs):
        rates.append(page.evaluate(DRAG, 4000))
        page.wait_for_function("() => !fsv.app.viewer.moving && !fsv.app.viewer.dirty")
    print(
        f"frames per second while dragging at 1366x768: {spread(rates, '{:.1f}')} (goal >= 30); "
        f"trame explorer: {TRAME['drag']}"
    )
    cdp = ctx.new_cdp_session(page)
    cdp.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    heap = cdp.send("Runtime.getHeapUsage")
    print(
        f"one tab's memory: JS heap {heap['usedSize'] / 1e6:.0f} MB used of {heap['totalSize'] / 1e6:.0f} MB, "
        f"{metrics.get('Nodes', 0):.0f} DOM nodes (Chromium's figures; GPU buffers not included); "
        f"trame explorer: {TRAME['memory']}"
    )
    ctx.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="measurements of each figure (default 3)")
    ap.add_argument(
        "--visitors", type=int, default=200, help="simulated visitors for nginx (default 200)"
    )
    ap.add_argument("--no-nginx", action="store_true", help="skip the nginx run")
    args = ap.parse_args(argv)
    site = ensure_site()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {load:.1f} at the start "
        "(other jobs share the machine); headless Debian Chromium, software WebGL (SwiftShader)"
    )
    with served(site) as (_s, url), chromium() as browser:
        first_image(browser, url, args.runs)
        interaction(browser, url, args.runs)
    if args.no_nginx:
        return 0
    import nginx_load

    nginx_load.report(site, args.visitors, TRAME["visitors"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
