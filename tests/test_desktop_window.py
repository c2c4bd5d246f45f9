"""``footspine-viz show`` in a real window under Xvfb, driven with xdotool keys and clicks.

The key logic itself is tested without a display in test_ui_session.py; this
checks that the window wires it up: keys reach it, a picture is saved, a
click picks. The window prints one status line per action, which is what the
test reads.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.render]


@pytest.fixture()
def display():
    missing = [t for t in ("Xvfb", "xdotool") if not shutil.which(t)]
    if missing:  # a failure, not a skip: `make test` installs them (Debian xvfb, xdotool)
        pytest.fail(
            f"{', '.join(missing)} not installed: run `make install-test` or apt-get install xvfb xdotool"
        )
    num = 90 + os.getpid() % 100
    proc = subprocess.Popen(
        ["Xvfb", f":{num}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = f"/tmp/.X11-unix/X{num}"
    end = time.monotonic() + 30
    while not os.path.exists(socket):  # Xvfb accepts clients once its socket exists
        if proc.poll() is not None or time.monotonic() > end:
            pytest.fail(f"Xvfb :{num} did not start")
        time.sleep(0.05)
    yield f":{num}"
    proc.terminate()
    proc.wait(10)


class Window:
    def __init__(self, display: str, cwd) -> None:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("VTK_DEFAULT_OPENGL_WINDOW", "PYVISTA_OFF_SCREEN")
        }
        env.update(DISPLAY=display, PYTHONUNBUFFERED="1")
        self.env = env
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from footspine_viz.cli import console_main; console_main()",
                "show",
                "--size",
                "900x700",
            ],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.id = self._find()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip())

    def xdo(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True)

    def _find(self) -> str:
        end = time.monotonic() + 300
        while time.monotonic() < end and self.proc.poll() is None:
            r = subprocess.run(
                ["xdotool", "search", "--name", "footspine-viz"],
                env=self.env,
                capture_output=True,
                text=True,
            )
            if r.stdout.strip():
                self.wait_line("footspine-viz: ready")  # the first frame is drawn
                return r.stdout.split()[0]
            time.sleep(0.5)
        pytest.fail("no window appeared:\n" + "\n".join(self.lines[-20:]))

    def wait_line(self, text: str, timeout: float = 60) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for line in self.lines:
                if text in line:
                    return line
            time.sleep(0.2)
        pytest.fail(f"no line with {text!r}:\n" + "\n".join(self.lines[-20:]))

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _sciatic_pixel(atlas, kb) -> tuple[int, int]:
    """Where the left sciatic nerve shows in the window's home view (900x700)."""
    from footspine_viz.render.renderer import SceneRenderer
    from footspine_viz.scene.rules import home as home_state

    r = SceneRenderer(atlas, kb, size=(900, 700))
    try:
        home = home_state("patient")
        r.apply(home)
        r.set_view(home.view)
        r.render()
        seg = next(s for s in r.segments if s.key == "sciatic.left")
        x, y, _ = r.world_to_display([seg.curve[len(seg.curve) // 2]])[0]
        return int(round(x)), int(round(y))
    finally:
        r.close()


def test_keys_and_a_click_drive_the_desktop_window(display, tmp_path, atlas, kb):
    x, y = _sciatic_pixel(atlas, kb)
    w = Window(display, tmp_path)
    try:
        w.xdo("windowfocus", "--sync", w.id)
        w.xdo("key", "5")
        w.wait_line("footspine-viz: root L5")
        w.xdo("key", "1")
        w.wait_line("footspine-viz: root S1")
        w.xdo("key", "s")
        w.wait_line("footspine-viz: site ")
        w.xdo("key", "m")
        w.wait_line("footspine-viz: student wording")
        w.xdo("key", "v")
        w.wait_line("footspine-viz: view ")
        w.xdo("key", "p")
        saved = w.wait_line("footspine-viz: saved ").split("saved ", 1)[1]
        data = Path(saved).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
        w.xdo("key", "0")
        w.wait_line("footspine-viz: start view")
        n = len(w.lines)
        w.xdo("mousemove", "--window", w.id, str(x), str(y), "click", "1")
        end = time.monotonic() + 30
        while len(w.lines) == n and time.monotonic() < end:
            time.sleep(0.2)
        assert len(w.lines) > n, "a click produced no status line"
        # the sciatic carries several roots: the window names the nerve and its roots
        name = kb.segments["sciatic"].name
        assert w.lines[-1].startswith(f"footspine-viz: {name}") and "L5" in w.lines[-1], w.lines[
            -3:
        ]
    finally:
        w.close()
