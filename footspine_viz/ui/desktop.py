"""``footspine-viz show``: the explorer in a PyVista window, driven by keys and clicks.

The same :class:`~footspine_viz.ui.session.Session` as the web app, so the
same selection rules and picking. :class:`Keys` holds the key logic apart from
the window so it can be tested without a display.

Keys: ``4`` ``5`` ``1`` select L4, L5, S1 (again: clear); ``s`` steps through
the compression sites; ``m`` toggles patient/student wording; ``v`` cycles the
camera presets; ``p`` saves an annotated screenshot; ``h`` shows or hides the
help; ``c`` clears marked skin spots; ``Home``/``0`` returns to the start view.
A left click (without a drag) picks: a nerve selects its root, a disc or
marker its site, the skin marks a spot and asks which nerve serves it.
"""

from __future__ import annotations

import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footspine_viz.errors import UserError
from footspine_viz.scene import rules
from footspine_viz.scene.words import word
from footspine_viz.ui import adapt
from footspine_viz.ui.session import Session

ROOT_KEYS = {"4": "L4", "5": "L5", "1": "S1"}


@dataclass
class Keys:
    """What each key does to a session; returns a short message for the status line."""

    session: Session
    out_dir: Path = field(default_factory=Path.cwd)
    show_help: bool = False

    def say(self, key: str, **fill: Any) -> str:
        """A status line of the window, from annotations/text (section ``desktop``)."""
        return word(self.session.kb, "desktop", key, "patient", **fill)

    def press(self, key: str) -> str:
        s = self.session
        say = self.say
        if key in ROOT_KEYS:
            rid = ROOT_KEYS[key]
            if rid not in s.catalog.root_ids:
                return say("root-missing", root=ROOT_KEYS[key])
            s.choose(root=None if s.view.root == rid else rid)
            return say("root", root=s.view.root) if s.view.root else say("root-cleared")
        if key == "s":
            sites = [i["id"] for g in s.catalog.site_groups for i in g["items"]]
            if not sites:
                return say("no-sites")
            nxt = (
                sites[(sites.index(s.view.site) + 1) % len(sites)]
                if s.view.site in sites
                else sites[0]
            )
            s.choose(site=nxt)
            return say("site", site=nxt)
        if key == "m":
            s.update(mode="student" if s.view.mode == "patient" else "patient")
            return say("wording", wording=s.view.mode)
        if key == "v":
            views = s.catalog.views
            nxt = (
                views[(views.index(s.view.view) + 1) % len(views)]
                if s.view.view in views
                else views[0]
            )
            s.set_camera(nxt)
            return say("view", view=nxt)
        if key == "p":
            path = self.out_dir / time.strftime("footspine-%Y%m%d-%H%M%S.png")
            s.renderer.screenshot(path, annotate=True)
            return say("saved", path=path)
        if key == "c":
            s.clear_marks()
            return say("spots-cleared")
        if key in ("0", "Home"):
            s.reset()
            return say("start")
        if key == "h":
            self.show_help = not self.show_help
            return say("help-on") if self.show_help else ""
        return ""


def summary(session: Session, width: int = 46, lines: int = 14) -> str:
    """The info panel as a few wrapped lines of on-screen text."""
    info = session.info()
    out: list[str] = []
    if info.get("title"):
        out.append(str(info["title"]))
    for sec in info.get("sections", []):
        out.append(f"{sec['title']}:")
        out.extend("  " + str(item) for item in sec["items"][:3])
    for mark in session.marks[-2:]:
        out.append(f"Spot {mark.number}: {mark.answer.get('title', '')}")

    def wrap(items: list[str]) -> list[str]:
        return [w for line in items for w in textwrap.wrap(line, width, subsequent_indent="  ")]

    # The emergency box, the urgent note and the disclaimer are never cut to
    # fit: only the details above give way.
    head = wrap(["!! " + str(info["emergency"])]) if info.get("emergency") else []
    tail = wrap(
        [
            str(info[k])
            for k in ("urgent", "disclaimer")
            if info.get(k) and info[k] != info.get("emergency")
        ]
    )
    body = wrap(out)[: max(3, lines - len(head) - len(tail))]
    return "\n".join(head + body + tail)


def main(mode: str = "patient", size: tuple[int, int] = (1280, 800)) -> int:
    """Open the window and block until it is closed."""
    import os
    import sys

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        from footspine_viz.errors import UserError

        raise UserError(
            "no display to open a window on",
            "run 'footspine-viz serve' and use a browser, or start under a display (xvfb-run)",
        )
    if sys.platform.startswith("linux"):
        # the render package defaults VTK to EGL (off-screen); a window needs X
        os.environ["VTK_DEFAULT_OPENGL_WINDOW"] = "vtkXOpenGLRenderWindow"
    os.environ.pop("PYVISTA_OFF_SCREEN", None)
    from footspine_viz.atlas import load_atlas
    from footspine_viz.model import load_knowledge
    from footspine_viz.render import SceneRenderer

    kb = load_knowledge()
    renderer = SceneRenderer(load_atlas(progress=True), kb, size=size, off_screen=False)
    session = Session(kb, renderer, mode=mode)
    window = Window(session)
    window.show()
    return 0


class Window:
    """Wires :class:`Keys` and picking to the renderer's plotter."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.keys = Keys(session)
        self.plotter = session.renderer.plotter
        self.status = ""
        self._press: tuple[int, int] | None = None
        iren = self.plotter.iren
        # VTK's own one-letter keys (s surface, w wireframe, p pick, e/q quit...)
        # would fight ours: drop the style's CharEvent handling.
        iren.interactor.RemoveObservers("CharEvent")
        for key in ("4", "5", "1", "s", "m", "v", "p", "c", "h", "0", "Home"):
            self.plotter.add_key_event(key, lambda k=key: self.on_key(k))
        iren.add_observer("LeftButtonPressEvent", self._on_press)
        iren.add_observer("LeftButtonReleaseEvent", self._on_release)
        self.refresh()

    OVERLAYS = ("fsv-info", "fsv-help", "fsv-status")

    def on_key(self, key: str) -> None:
        # the saved picture carries the renderer's own annotation, not this window's text
        overlays = [self.plotter.actors[n] for n in self.OVERLAYS if n in self.plotter.actors]
        if key == "p":
            for a in overlays:
                a.SetVisibility(False)
        try:
            self.status = self.keys.press(key)
        except adapt.InvalidInput as exc:
            self.status = exc.message
        except UserError as exc:  # e.g. 'p' into a folder that cannot be written
            self.status = str(exc)
        except OSError as exc:
            self.status = self.keys.say("save-failed", why=exc.strerror or exc)
        finally:
            for a in overlays:
                a.SetVisibility(True)
        self.refresh()

    def _on_press(self, *_: Any) -> None:
        self._press = self.plotter.iren.get_event_position()

    def _on_release(self, *_: Any) -> None:
        pos = self.plotter.iren.get_event_position()
        press, self._press = self._press, None
        if not rules.is_click(press, pos):
            return  # a drag turned the camera
        height = self.plotter.window_size[1]
        what = self.session.click(pos[0], height - pos[1])  # VTK: origin bottom-left
        say = self.keys.say
        self.status = (
            self.session.message
            or {
                "root": lambda: say("root", root=self.session.view.root),
                "site": lambda: say("site", site=self.session.view.site),
                "skin": lambda: say("spot"),
            }.get(what, lambda: say("nothing"))()
        )
        self.refresh()

    def refresh(self) -> None:
        if self.status:
            print(f"footspine-viz: {self.status}", flush=True)  # also a log for tests and users
        p = self.plotter
        style = {"font_size": 10, "color": "white", "shadow": True}
        p.add_text(summary(self.session), position="upper_left", name="fsv-info", **style)
        p.add_text(
            self.keys.say("help" if self.keys.show_help else "help-hint"),
            position="lower_right",
            name="fsv-help",
            **style,
        )
        p.add_text(self.status, position="lower_left", name="fsv-status", **style)
        p.render()

    def show(self) -> None:
        # one line once the first frame is on screen: scripts and tests wait for it
        rw = self.plotter.ren_win
        state = {"said": False}

        def ready(*_: Any) -> None:
            if not state["said"]:
                state["said"] = True
                print("footspine-viz: ready", flush=True)

        rw.AddObserver("EndEvent", ready)
        self.plotter.show(title="footspine-viz")
