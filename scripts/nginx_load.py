"""Visitors held by a static host: the built site from a real nginx on loopback, many visitors at once.

Part of ``make bench-web`` (printed, never asserted). nginx (Debian's package;
``make bench-setup-linux`` installs it) runs as the current user with its own
configuration in a temporary folder, serving the built site with
``gzip_static`` (the ``.gz`` files build-web writes). Each simulated visitor
loads the whole site as a browser does: ``index.html`` first, then the
stylesheet, the script and every data file over up to six keep-alive
connections, accepting gzip. All visitors start at once; the figures are how
many completed with every file whole, the 95th percentile of a visitor's
time, and the CPU-seconds nginx spent per visitor (its processes' user +
system time from /proc).
"""

from __future__ import annotations

import asyncio
import getpass
import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

CONNECTIONS = 6  # what a browser opens to one host

CONF = """
worker_processes auto;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
{user}
events {{ worker_connections 4096; }}
http {{
  access_log off;
  client_body_temp_path {tmp}/body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  types {{ text/html html; text/javascript js; text/css css; application/json json;
          application/octet-stream bin; }}
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 30;
  keepalive_requests 1000;
  gzip_static on;
  server {{
    listen 127.0.0.1:{port} backlog=4096;
    root {site};
    location / {{ try_files $uri $uri/ =404; }}
  }}
}}
"""


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(master: int) -> float:
    """User + system CPU of nginx's master and workers (clock ticks from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        pid, ppid = int(d.name), int(fields[1])
        if pid == master or ppid == master:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def site_paths(site: Path) -> list[str]:
    """What one visitor fetches: the page, then its stylesheet, script and data (under their
    versioned addresses), the service worker and what it precaches beyond those, as a browser does."""
    manifest = json.loads((site / "manifest.json").read_text())
    v = manifest["fingerprint"]
    data = sorted(n for n in manifest["files"] if n.startswith("data/"))
    return ["/", "/app.css", "/app.js", *(f"/{n}?v={v}" for n in data), "/sw.js", "/manifest.json"]


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, port: int, path: str
) -> int:
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept-Encoding: gzip\r\n"
        "Connection: keep-alive\r\n\r\n".encode()
    )
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        int(v)
        for k, _, v in (ln.partition(": ") for ln in lines[1:])
        if k.lower() == "content-length"
    )
    await reader.readexactly(length)
    if status != 200:
        raise RuntimeError(f"{path}: HTTP {status}")
    return length


async def visitor(port: int, paths: list[str], expected: dict[str, int]) -> tuple[float, bool]:
    t0 = time.perf_counter()
    try:
        conns = [await asyncio.open_connection("127.0.0.1", port)]
        ok = await _get(*conns[0], port, paths[0]) == expected[paths[0]]
        queue = list(paths[1:])
        conns += [await asyncio.open_connection("127.0.0.1", port) for _ in range(CONNECTIONS - 1)]

        async def worker(conn) -> bool:
            good = True
            while queue:
                p = queue.pop(0)
                good &= await _get(*conn, port, p) == expected[p]
            return good

        results = await asyncio.gather(*(worker(c) for c in conns))
        for _, w in conns:
            w.close()
        return time.perf_counter() - t0, ok and all(results)
    except (OSError, RuntimeError, asyncio.IncompleteReadError, StopIteration, ValueError):
        return time.perf_counter() - t0, False


def expected_sizes(site: Path, paths: list[str]) -> dict[str, int]:
    """What nginx sends each path to a gzip-accepting browser (the .gz twin when there is one)."""
    out = {}
    for p in paths:
        f = site / ("index.html" if p == "/" else p.lstrip("/").split("?")[0])
        gz = f.with_name(f.name + ".gz")
        out[p] = (gz if gz.exists() else f).stat().st_size
    return out


async def crowd(
    port: int, paths: list[str], expected: dict[str, int], n: int
) -> list[tuple[float, bool]]:
    return list(await asyncio.gather(*(visitor(port, paths, expected) for _ in range(n))))


def run(site: Path, visitors: int = 200) -> dict[str, float]:
    exe = nginx_binary()
    if exe is None:
        raise RuntimeError(
            "nginx is not installed (make bench-setup-linux installs Debian's nginx)"
        )
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="fsv-nginx-") as tmp:
        user = f"user {getpass.getuser()};" if os.geteuid() == 0 else ""
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(CONF.format(tmp=tmp, port=port, site=site.resolve(), user=user))
        proc = subprocess.Popen(
            [exe, "-c", str(conf), "-p", tmp, "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.time() + 20
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if proc.poll() is not None or time.time() > deadline:
                        err = proc.stderr.read().decode()[-500:] if proc.stderr else ""
                        raise RuntimeError(f"nginx did not start: {err}") from None
                    time.sleep(0.05)
            paths = site_paths(site)
            expected = expected_sizes(site, paths)
            asyncio.run(crowd(port, paths, expected, 3))  # warm the page cache
            cpu0 = cpu_seconds(proc.pid)
            t0 = time.perf_counter()
            results = asyncio.run(crowd(port, paths, expected, visitors))
            wall = time.perf_counter() - t0
            cpu = cpu_seconds(proc.pid) - cpu0
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    times = sorted(t for t, _ in results)
    return {
        "visitors": visitors,
        "complete": sum(ok for _, ok in results),
        "p95": times[max(0, int(round(0.95 * len(times))) - 1)],
        "median": statistics.median(times),
        "wall": wall,
        "cpu_per_visitor": cpu / visitors,
        "bytes_per_visitor": sum(expected.values()),
        "files": len(paths),
    }


def report(site: Path, visitors: int, trame: str) -> None:
    r = run(site, visitors)
    print(
        f"visitors held: {r['complete']} of {r['visitors']} simulated visitors complete, loading the whole "
        f"site at once from nginx on loopback ({r['files']} files, {r['bytes_per_visitor'] / 1e6:.2f} MB each, "
        f"gzip_static); 95th percentile {r['p95']:.2f} s (median {r['median']:.2f} s, all done in "
        f"{r['wall']:.2f} s); nginx CPU {r['cpu_per_visitor'] * 1000:.1f} ms per visitor "
        f"(the load generator runs on the same 2 cores); trame explorer: {trame}"
    )
