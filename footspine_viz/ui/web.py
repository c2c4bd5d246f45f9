"""The web explorer: one trame server holding one visitor's :class:`Session`.

A trame server shares one state among all its clients, so this module serves
*one* session; :mod:`footspine_viz.ui.launcher` starts one such process per
browser tab (see there for why). Rendering stays on the server
(``VtkRemoteView``): the browser gets JPEG frames and sends clicks back, which
works with no GPU and no internet.

State keys the page binds to: ``root``, ``site``, ``side``, ``map``, ``mode``,
``layers``, ``skin_opacity``, ``view`` (the selection, checked by the
session before use), plus ``info``, ``marks``, ``text_scale``, ``attract`` and
``error`` (shown, never trusted back).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

from footspine_viz.ui import adapt
from footspine_viz.scene import rules
from footspine_viz.ui.session import InvalidInput, Session

log = logging.getLogger(__name__)

#: Seconds trame-vtk waits before re-sending a frame it found stale; its 0.5 s
#: default is most of the click-to-image time (see rendering-notes.md).
STALE_RENDER_DELAY = 0.03
#: How many times it retries, each wait longer by STALE_RENDER_DELAY. Its
#: default (10) with a short delay gives up after about 1.6 s, and on a busy
#: machine the new frame was then never sent; 60 retries cover about 55 s.
STALE_RETRIES = 60


@dataclass
class WebOptions:
    kiosk: bool = False
    mode: str = "patient"
    idle_seconds: float = 90.0
    attract_seconds: float = 8.0
    title: str = "footspine-viz"


class WebExplorer:
    """Binds a :class:`Session` to a trame server and builds its page."""

    def __init__(self, server: Any, session: Session, options: WebOptions) -> None:
        self.server = server
        self.session = session
        self.options = options
        self.state = server.state
        self.ctrl = server.controller
        self._press: tuple[float, float] | None = None
        self._syncing = False
        self.last_activity = time.monotonic()
        self._attract_step = 0
        self._next_step = 0.0
        self._view = None
        self._followups: list[asyncio.TimerHandle] = []
        self._init_state()
        self._bind()
        self._build_ui()
        self.ctrl.on_server_ready.add(self._on_ready)

    # ----------------------------------------------------------------- state
    def _init_state(self) -> None:
        cat = self.session.catalog
        self.state.update(
            {
                "trame__title": self.options.title,
                "kiosk": self.options.kiosk,
                "roots": cat.roots,
                "site_groups": cat.site_groups,
                "sides": cat.sides,
                "maps": cat.maps,
                "views": cat.views,
                "layer_names": cat.layers,
                "text_scale": 1.35 if self.options.kiosk else 1.0,
                "attract": False,
                "error": "",
                "show_error": False,
                "busy": False,
            }
        )
        self._push_session()

    def _push_session(self) -> None:
        """Copy the session's selection and panel into the trame state."""
        snap = self.session.snapshot()
        self._syncing = True
        try:
            with self.state:
                for key, value in snap["selection"].items():
                    self.state[key] = adapt.to_plain(value)
                self.state.info = snap["info"]
                self.state.marks = snap["marks"]
                self.state.message = snap["message"]
        finally:
            self._syncing = False

    def _bind(self) -> None:
        for key in adapt.UI_FIELDS:
            self.state.change(key)(self._make_handler(key))
        self.ctrl.trigger("export_png")(self.export_png)
        self.ctrl.trigger("activity")(self.touch)
        self.ctrl.add("home")(self.home)
        self.ctrl.add("clear_marks")(self.clear_marks)
        self.ctrl.add("select")(self.select)

    def _make_handler(self, key: str):
        def handler(**kwargs: Any) -> None:
            if self._syncing:
                return
            value = kwargs.get(key)
            current = adapt.to_plain(adapt.get(self.session.view, key))
            if value == current:
                return
            self.touch()
            try:
                if key in ("root", "site") and value:
                    self.session.choose(**{key: value})
                else:
                    self.session.update(**{key: value})
            except InvalidInput as exc:
                log.warning("refused client value: %s", exc)
                self.state.error = str(exc.message)
                self.state.show_error = True
            self._push_session()
            self.render()

        return handler

    # --------------------------------------------------------------- actions
    def touch(self, *_: Any) -> None:
        """Someone used the screen: stop the attract loop, restart the idle clock."""
        self.last_activity = time.monotonic()
        if self.state.attract:
            self.state.attract = False
            self.state.flush()

    def select(self, **changes: Any) -> None:
        """Several selection changes at once (e.g. a tour step)."""
        try:
            self.session.choose(**changes)
        except InvalidInput as exc:
            self.state.error = str(exc.message)
            self.state.show_error = True
        self._push_session()
        self.render()

    def home(self) -> None:
        self.touch()
        self._go_home()

    def _go_home(self) -> None:
        self.session.reset()
        self._push_session()
        self.render()

    def clear_marks(self) -> None:
        self.touch()
        self.session.clear_marks()
        self._push_session()
        self.render()

    def set_camera(self, name: str) -> None:
        """A camera preset, applied even when it is the current one (the user may have turned)."""
        self.touch()
        try:
            self.session.set_camera(name)
        except InvalidInput as exc:
            self.state.error = str(exc.message)
            self.state.show_error = True
        self._push_session()
        self.render()

    def export_png(self) -> bytes:
        if self.options.kiosk:
            raise InvalidInput("export is switched off on the kiosk")
        self.touch()
        return self.session.export_png()

    def on_press(self, event: dict[str, Any]) -> None:
        self.touch()
        pos = (event or {}).get("position") or {}
        self._press = (float(pos.get("x", 0)), float(pos.get("y", 0)))

    def on_release(self, event: dict[str, Any]) -> None:
        pos = (event or {}).get("position") or {}
        x, y = float(pos.get("x", 0)), float(pos.get("y", 0))
        press, self._press = self._press, None
        if not rules.is_click(press, (x, y)):
            self._after_interaction()
            return
        height = self.session.renderer.plotter.window_size[1]
        what = self.session.click(x, height - y)  # vtk.js: origin bottom-left; pick: top-left
        log.info("click at %.0f,%.0f -> %s", x, y, what)
        self._push_session()
        self.render()

    def _after_interaction(self, *_: Any) -> None:
        self.touch()
        if self.options.kiosk and adapt.clamp_camera(self.session.renderer, self.session.home_camera):
            self.render()

    def render(self) -> None:
        """Push the new frame, and push again shortly after.

        trame-vtk sends a frame whose JPEG is still being encoded by retrying
        later; when a second change lands during those retries its bookkeeping
        can drop the retry, and the browser keeps the old picture. The extra
        pushes cost nothing when the frame already went out (same mtime).
        """
        if self._view is None:
            return
        self._view.update()
        for handle in self._followups:
            handle.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._followups = [loop.call_later(d, self._view.update) for d in (0.25, 1.0)]

    # ----------------------------------------------------------- idle/attract
    async def _idle_loop(self) -> None:
        while True:
            await asyncio.sleep(0.5)
            try:
                self._idle_tick(time.monotonic())
            except Exception:  # never let the loop die
                log.exception("idle loop")

    def _idle_tick(self, now: float) -> None:
        if not self.options.kiosk:
            return
        if not self.state.attract:
            if now - self.last_activity >= self.options.idle_seconds:
                with self.state:
                    self.state.attract = True
                self._attract_step = 0
                self._next_step = now + self.options.attract_seconds
                self._go_home()
            return
        if now >= self._next_step:
            steps = self.session.tour()
            self._attract_step = (self._attract_step + 1) % len(steps)
            self._next_step = now + self.options.attract_seconds
            if self._attract_step == 0:
                self._go_home()
            else:
                self.select(**steps[self._attract_step])

    def _on_ready(self, **_: Any) -> None:
        _lower_stale_delay(self.server)
        asyncio.ensure_future(self._idle_loop())

    # -------------------------------------------------------------------- UI
    def _build_ui(self) -> None:
        from footspine_viz.ui import layout

        self._view = layout.build(self)


def _lower_stale_delay(server: Any) -> None:
    """Make trame-vtk re-send a stale frame after 30 ms instead of 500 ms."""
    proto = server.protocol
    for link in getattr(proto, "linkProtocols", []) or []:
        if hasattr(link, "delta_stale_time_before_render"):
            link.delta_stale_time_before_render = STALE_RENDER_DELAY
            link.stale_count_limit = STALE_RETRIES


def create_server(session: Session, options: WebOptions, name: str | None = None) -> tuple[Any, WebExplorer]:
    """A trame server (vue3) with the explorer on it; call ``server.start()``."""
    from trame.app import get_server

    server = get_server(name or f"footspine-{id(session)}", client_type="vue3")
    app = WebExplorer(server, session, options)
    return server, app
