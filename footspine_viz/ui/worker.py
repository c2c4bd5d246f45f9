"""One web session in its own process: ``python -m footspine_viz.ui.worker``.

The launcher (:mod:`footspine_viz.ui.launcher`) starts these; ``serve
--single`` runs one in the foreground. The worker loads the atlas and the
knowledge base, builds a renderer and a :class:`~footspine_viz.ui.session.Session`,
and serves the page. It prints :data:`READY` with its port once it accepts
connections, and exits on its own when its visitor has gone (no browser
connected for ``--linger`` seconds after the last one left) or when its
launcher died.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from typing import Any, Sequence

READY = "FOOTSPINE_WORKER_READY"
log = logging.getLogger("footspine_viz.ui.worker")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="footspine_viz.ui.worker")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--mode", choices=("patient", "student"), default="patient")
    p.add_argument("--kiosk", action="store_true")
    p.add_argument("--idle-seconds", type=float, default=90.0)
    p.add_argument("--attract-seconds", type=float, default=8.0)
    p.add_argument("--linger", type=float, default=None,
                   help="exit this many seconds after the last browser left (default: never)")
    p.add_argument("--parent", type=int, default=None, help="exit when this process is gone")
    p.add_argument("--size", default="1280x800")
    return p


def build(options: Any, size: tuple[int, int]) -> tuple[Any, Any]:
    """The trame server and the explorer for one session (heavy imports here)."""
    from footspine_viz.atlas import load_atlas
    from footspine_viz.model import load_knowledge
    from footspine_viz.render import SceneRenderer
    from footspine_viz.ui.session import Session
    from footspine_viz.ui.web import create_server

    kb = load_knowledge()
    atlas = load_atlas(progress=False)
    renderer = SceneRenderer(atlas, kb, size=size, off_screen=True)
    session = Session(kb, renderer, mode=options.mode)
    return create_server(session, options)


class _Presence:
    """Counts connected browsers (a wslink link protocol sees every connect and close)."""

    def __init__(self, linger: float | None, parent: int | None) -> None:
        self.linger = linger
        self.parent = parent
        self.count = 0
        self._exit_task: asyncio.Task | None = None

    def protocol(self) -> Any:
        from wslink.websocket import LinkProtocol

        presence = self

        class PresenceProtocol(LinkProtocol):
            def onConnect(self, request: Any, client_id: str) -> None:  # noqa: N802 (wslink API)
                presence.count += 1
                if presence._exit_task is not None:
                    presence._exit_task.cancel()
                    presence._exit_task = None

            def onClose(self, client_id: str) -> None:  # noqa: N802
                presence.count = max(0, presence.count - 1)
                if presence.count == 0 and presence.linger is not None:
                    presence._exit_task = asyncio.ensure_future(presence._exit_later())

        return PresenceProtocol()

    async def _exit_later(self) -> None:
        await asyncio.sleep(self.linger or 0)
        if self.count == 0:
            log.info("no browser for %.0f s: exiting", self.linger)
            os._exit(0)

    def claimed(self, wait: float = 120.0) -> None:
        """The launcher sent a visitor here: exit if no browser arrives within ``wait`` s."""
        if self.count == 0 and self.linger is not None and self._exit_task is None:
            self._exit_task = asyncio.ensure_future(self._exit_unless_visited(wait))

    async def _exit_unless_visited(self, wait: float) -> None:
        await asyncio.sleep(wait)
        if self.count == 0:
            log.info("claimed but no browser came: exiting")
            os._exit(0)

    async def watch_parent(self) -> None:
        while self.parent:
            await asyncio.sleep(2.0)
            if os.getppid() != self.parent:
                log.info("launcher gone: exiting")
                os._exit(0)


def serve(server: Any, host: str, port: int, linger: float | None = None, parent: int | None = None) -> None:
    """Start ``server`` and block; print READY once it listens."""
    presence = _Presence(linger, parent)
    server.add_protocol_to_configure(lambda proto: proto.registerLinkProtocol(presence.protocol()))

    @server.controller.add("on_server_ready")
    def _ready(**_: Any) -> None:
        asyncio.ensure_future(presence.watch_parent())
        if hasattr(signal, "SIGUSR1"):  # the launcher's "a visitor is on the way"
            asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, presence.claimed)
        real_port = server.port
        print(f"{READY} {real_port}", flush=True)

    # timeout=0: wslink would otherwise stop a spare nobody has claimed after
    # 300 s; _Presence decides when this process ends.
    server.start(host=host, port=port, open_browser=False, show_connection_info=False,
                 disable_logging=True, timeout=0)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("footspine_viz").setLevel(logging.INFO)
    from footspine_viz.ui.web import WebOptions

    options = WebOptions(kiosk=args.kiosk, mode=args.mode, idle_seconds=args.idle_seconds,
                         attract_seconds=args.attract_seconds)
    from footspine_viz.render.export import parse_size

    server, _app = build(options, parse_size(args.size))
    serve(server, args.host, args.port, linger=args.linger, parent=args.parent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
