"""``footspine-viz serve``: the built site from a plain static file server.

A threaded :mod:`http.server` that sends each file with its MIME type and,
to browsers that accept gzip, the precompressed ``.gz`` sibling the build
wrote (``Content-Encoding: gzip``), exactly as nginx's ``gzip_static`` does.
It has no logic of its own: the page draws, picks and explains in the browser,
so any static host can serve the same folder (see the README).
"""

from __future__ import annotations

import errno
import http.server
import os
import socket
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from footspine_viz.errors import EnvironmentProblem, UserError

MIME = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".bin": "application/octet-stream",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
}
#: Files that must be checked again on every load (they name the others).
NO_CACHE = ("index.html", "sw.js", "manifest.json")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with precompressed gzip, right MIME types and quiet logs."""

    kiosk = False
    log: Callable[[str], None] | None = None

    def __init__(self, *args: Any, directory: str, **kw: Any) -> None:
        super().__init__(*args, directory=directory, **kw)

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return MIME.get(Path(path).suffix.lower(), super().guess_type(path))

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.kiosk and self.path == "/":
            self.send_response(302)
            self.send_header("Location", "/?kiosk")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gz = path.with_name(path.name + ".gz")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not (accepts and gz.is_file()):
            return super().send_head()
        try:
            f = open(gz, "rb")  # noqa: SIM115 - http.server's send_head hands the open file to its caller
        except OSError:
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
        self._cache_header(path)
        self.end_headers()
        return f

    def end_headers(self) -> None:
        if not any(h.startswith(b"Cache-Control") for h in getattr(self, "_headers_buffer", [])):
            self._cache_header(Path(self.path.split("?", 1)[0]))
        super().end_headers()

    def _cache_header(self, path: Path) -> None:
        if path.name in NO_CACHE or self.path.endswith("/") or path.name == "":
            self.send_header("Cache-Control", "no-cache")
        else:
            self.send_header("Cache-Control", "public, max-age=300")

    def log_message(self, fmt: str, *args: Any) -> None:
        if self.log is not None:
            self.log(fmt % args)


def bind_check(host: str, port: int) -> socket.socket:
    """A bound socket on host:port, or a UserError that says what is wrong."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UserError(
            f"cannot listen on host {host!r}: {exc.strerror}",
            "give an address of this machine, e.g. --host 127.0.0.1 or --host 0.0.0.0",
        ) from None
    family, _, _, _, addr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise UserError(
                f"port {port} on {host} is already in use",
                "stop the other program or choose another port with --port",
            ) from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise UserError(
                f"{host} is not an address of this machine",
                "use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (all)",
            ) from None
        if exc.errno == errno.EACCES:
            raise UserError(
                f"no permission to listen on port {port}", "use a port above 1023"
            ) from None
        raise EnvironmentProblem(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    return sock


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(
    folder: Path, sock: socket.socket, kiosk: bool = False, quiet: bool = True
) -> Server:
    """A threaded static server on an already bound socket."""
    handler = type(
        "Handler", (SiteHandler,), {"kiosk": kiosk, "log": None if quiet else staticmethod(_stderr)}
    )
    server = Server(
        sock.getsockname()[:2], partial(handler, directory=str(folder)), bind_and_activate=False
    )
    server.socket.close()
    server.socket = sock
    server.server_activate()
    return server


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def serve_in_thread(
    folder: Path, host: str = "127.0.0.1", port: int = 0, kiosk: bool = False
) -> tuple[Server, str]:
    """Start serving ``folder`` in a daemon thread; return (server, url). For tests and benchmarks."""
    server = make_server(Path(folder), bind_check(host, port), kiosk=kiosk)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    h, p = server.server_address[:2]
    host = h.decode() if isinstance(h, bytes) else str(h)
    return server, f"http://{host}:{p}/"
