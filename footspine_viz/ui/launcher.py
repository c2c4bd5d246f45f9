"""One process per visitor: a tiny front door that hands each new tab its own worker.

Why processes: a trame server keeps *one* state for all its clients, and a
server-rendered view is one render window, so two tabs on one server would
see each other's picks. Keeping a session per process also means a bad
message or a crash in one visitor's process cannot touch another's.

How: the launcher listens on ``--host:--port`` with Python's own HTTP server.
``GET /`` takes a warm worker (a :mod:`footspine_viz.ui.worker` process that
has already loaded the atlas and drawn its first frame), redirects the browser
to it, and starts the next spare in the background. A worker exits about
``linger`` seconds after its browser has gone (a reload within that time
finds it again). ``GET /health`` reports sessions, spares and their memory as
JSON. At ``max_sessions`` the launcher answers 503 with a plain message.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Sequence

from footspine_viz.errors import EnvironmentProblem, UserError
from footspine_viz.ui.worker import READY

log = logging.getLogger("footspine_viz.ui.launcher")


@dataclass
class Worker:
    proc: subprocess.Popen
    port: int = 0
    ready: threading.Event = field(default_factory=threading.Event)
    claimed_at: float | None = None
    lines: list[str] = field(default_factory=list)

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.proc.pid}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024.0
        except OSError:
            pass
        return 0.0


def bind_check(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a UserError that says what is wrong."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UserError(f"cannot listen on host {host!r}: {exc.strerror}",
                        "give an address of this machine, e.g. --host 127.0.0.1 or --host 0.0.0.0") from None
    family, _, _, _, addr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48):  # EADDRINUSE (Linux, macOS)
            raise UserError(f"port {port} on {host} is already in use",
                            "stop the other program or choose another port with --port") from None
        if exc.errno in (99, 49):  # EADDRNOTAVAIL
            raise UserError(f"{host} is not an address of this machine",
                            "use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (all)") from None
        if exc.errno == 13:
            raise UserError(f"no permission to listen on port {port}", "use a port above 1023") from None
        raise EnvironmentProblem(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(64)
    return sock


def free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host if host not in ("0.0.0.0", "") else "127.0.0.1", 0))
        return s.getsockname()[1]


PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="{refresh}"><title>footspine-viz</title></head>
<body style="font: 28px sans-serif; display: grid; place-items: center; height: 90vh;
background: #1e2a38; color: white"><p id="launcher-wait">{text}</p></body></html>"""


class Launcher:
    """Starts and hands out worker processes; see the module docstring."""

    def __init__(self, host: str, worker_args: Sequence[str], *, max_sessions: int = 8,
                 spares: int = 1, linger: float = 30.0, ready_timeout: float = 180.0,
                 spare_delay: float = 10.0, worker_cmd: Sequence[str] | None = None) -> None:
        self.host = host
        self.worker_args = list(worker_args)
        self.max_sessions = max_sessions
        self.spares = spares
        self.linger = linger
        self.ready_timeout = ready_timeout
        #: Seconds to wait after a claim before building the next spare: building
        #: one takes a core for several seconds, which the new visitor's first
        #: clicks should not have to share.
        self.spare_delay = spare_delay
        self.worker_cmd = list(worker_cmd or [sys.executable, "-m", "footspine_viz.ui.worker"])
        self.workers: list[Worker] = []
        self.lock = threading.Lock()
        self.closed = False
        self._timers: list[threading.Timer] = []

    # -------------------------------------------------------------- workers
    def spawn(self) -> Worker:
        cmd = [*self.worker_cmd, "--host", self.host, "--port", "0",
               "--linger", str(self.linger), "--parent", str(os.getpid()), *self.worker_args]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                bufsize=1, env=dict(os.environ))
        worker = Worker(proc)
        threading.Thread(target=self._read, args=(worker,), daemon=True).start()
        with self.lock:
            self.workers.append(worker)
        return worker

    def _read(self, worker: Worker) -> None:
        assert worker.proc.stdout is not None
        for line in worker.proc.stdout:
            line = line.rstrip()
            if line.startswith(READY):
                worker.port = int(line.split()[1])
                worker.ready.set()
                log.info("worker %d ready on port %d (%.0f MB)", worker.proc.pid, worker.port, worker.rss_mb())
            else:
                worker.lines = (worker.lines + [line])[-40:]
                log.debug("worker %d: %s", worker.proc.pid, line)
        worker.ready.set()  # exited: wake anyone waiting

    def _prune(self) -> None:
        with self.lock:
            for w in self.workers:
                if not w.alive and w.claimed_at is None and not w.port:
                    log.error("a worker died while starting:\n%s", "\n".join(w.lines[-20:]))
            self.workers = [w for w in self.workers if w.alive]

    def sessions(self) -> list[Worker]:
        return [w for w in self.workers if w.alive and w.claimed_at is not None]

    def spare_pool(self) -> list[Worker]:
        return [w for w in self.workers if w.alive and w.claimed_at is None]

    def top_up(self) -> None:
        """Keep ``spares`` warm workers, within ``max_sessions`` processes in all."""
        if self.closed:  # a delayed top-up after close() must not start an orphan
            return
        self._prune()
        with self.lock:
            room = self.max_sessions + self.spares - len([w for w in self.workers if w.alive])
            need = min(self.spares - len(self.spare_pool()), room)
        for _ in range(max(0, need)):
            self.spawn()

    def claim(self) -> Worker | str:
        """A ready worker for a new visitor, else ``"full"`` or ``"starting"``.

        Never blocks: when no spare is ready yet the visitor gets a page that
        retries every second while one is being built.
        """
        self._prune()
        with self.lock:  # count and claim together: two visitors at once cannot pass the cap
            if len(self.sessions()) >= self.max_sessions:
                return "full"
            worker = next((w for w in self.spare_pool() if w.ready.is_set() and w.port), None)
            if worker is not None:
                worker.claimed_at = time.monotonic()
        if worker is None:
            self.top_up()
            return "starting"
        if hasattr(signal, "SIGUSR1"):
            worker.proc.send_signal(signal.SIGUSR1)  # it ends itself if the visitor never arrives
        timer = threading.Timer(self.spare_delay, self.top_up)
        timer.daemon = True
        timer.start()
        self._timers.append(timer)
        return worker

    def health(self) -> dict[str, Any]:
        self._prune()
        return {
            "sessions": len(self.sessions()),
            "spares": len(self.spare_pool()),
            "ready_spares": len([w for w in self.spare_pool() if w.ready.is_set() and w.port]),
            "max_sessions": self.max_sessions,
            "rss_mb": [round(w.rss_mb(), 1) for w in self.workers if w.alive],
        }

    def close(self) -> None:
        self.closed = True
        for t in self._timers:
            t.cancel()
        for w in self.workers:
            if w.alive:
                w.proc.terminate()
        for w in self.workers:
            try:
                w.proc.wait(5)
            except subprocess.TimeoutExpired:
                w.proc.kill()

    # ----------------------------------------------------------------- http
    def handler(self) -> type[BaseHTTPRequestHandler]:
        launcher = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, fmt: str, *args: Any) -> None:
                log.debug(fmt, *args)

            def _send(self, code: int, body: str, ctype: str = "text/html; charset=utf-8",
                      headers: dict[str, str] | None = None) -> None:
                data = body.encode("utf-8")
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                path = self.path.split("?", 1)[0]
                if path == "/health":
                    self._send(200, json.dumps(launcher.health()), "application/json")
                    return
                if path not in ("/", "/index.html"):
                    self._send(404, "<p>Not found. Open <a href='/'>the explorer</a>.</p>")
                    return
                worker = launcher.claim()
                if worker == "full":
                    self._send(503, PAGE.format(refresh=30, text="All places on this server are in use. "
                                                "This page tries again every 30 seconds."),
                               headers={"Retry-After": "30"})
                    return
                if worker == "starting":
                    self._send(200, PAGE.format(refresh=1, text="Preparing the 3D view\u2026"))
                    return
                hostname = (self.headers.get("Host") or launcher.host).rsplit(":", 1)[0]
                self._send(303, "", headers={"Location": f"http://{hostname}:{worker.port}/"})

        return Handler


def run(host: str, port: int, worker_args: Sequence[str], *, max_sessions: int = 8, spares: int = 1,
        linger: float = 30.0, on_ready: Any = None) -> None:
    """Serve until interrupted. Checks the address first (UserError if taken or bad)."""
    sock = bind_check(host, port)
    launcher = Launcher(host, worker_args, max_sessions=max_sessions, spares=spares, linger=linger)
    httpd = ThreadingHTTPServer((host, port), launcher.handler(), bind_and_activate=False)
    httpd.socket.close()
    httpd.socket = sock
    httpd.daemon_threads = True
    launcher.top_up()
    spare = launcher.spare_pool()
    if spare and not spare[0].ready.wait(launcher.ready_timeout) or (spare and not spare[0].alive):
        launcher.close()
        raise EnvironmentProblem("the first explorer process did not start:\n" + "\n".join(spare[0].lines[-15:]))
    if on_ready:
        on_ready(httpd.server_address)

    def _stop(signum: int, _frame: Any) -> None:  # SIGTERM: shut down like Ctrl-C, workers too
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        httpd.serve_forever(poll_interval=0.5)
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        launcher.close()
