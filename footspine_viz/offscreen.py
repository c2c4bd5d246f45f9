"""How VTK draws without a window on this system: the one place that chooses.

On Linux without an X display (a server, a container, CI) VTK's default X11
window cannot open, so footspine-viz asks VTK for its EGL window, which draws
off-screen on the GPU or on Mesa's llvmpipe. Everywhere else (Windows,
macOS, a Linux desktop with an X display, including XWayland) VTK picks its
own native window, which also renders off-screen. A pure Wayland session
without XWayland has no X display either, so it gets EGL too: VTK has no
Wayland window. A value the user set in ``VTK_DEFAULT_OPENGL_WINDOW`` always
wins.

Call :func:`configure` before the first VTK render window is created; the
renderer module does so when it is imported.
"""

from __future__ import annotations

import os
import sys
from typing import Mapping, MutableMapping

VARIABLE = "VTK_DEFAULT_OPENGL_WINDOW"
EGL = "vtkEGLRenderWindow"


def choose(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The window class to ask VTK for, or None to let VTK choose."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if plat.startswith("linux") and not env.get("DISPLAY"):
        return EGL
    return None


def configure(environ: MutableMapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Apply :func:`choose` to the environment (unless the user set it); return what is in force."""
    env = os.environ if environ is None else environ
    wanted = choose(env, platform)
    if wanted is not None:
        env.setdefault(VARIABLE, wanted)
    return env.get(VARIABLE)
