"""Where VTK draws: off-screen through EGL on a Linux machine without a display.

Set once, before the first render window is made. On Linux with no X or
Wayland display, EGL (Mesa's llvmpipe on a machine without a GPU) renders
off-screen and VTK skips a noisy failed attempt at an X11 window. Everywhere
else (a desktop session, Windows, macOS) VTK chooses its own window class.
"""

from __future__ import annotations

import os
import sys


def headless_linux() -> bool:
    """True on Linux without an X11 or Wayland display."""
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def configure() -> None:
    """Choose EGL for off-screen rendering where it is the right default (idempotent)."""
    if headless_linux():
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
