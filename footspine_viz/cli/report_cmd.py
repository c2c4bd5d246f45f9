"""``footspine-viz report``: what a bug report needs, in one block to paste.

Versions (footspine-viz, Python, every declared dependency, the pinned mesh
archives), the platform, how VTK draws here (the OpenGL window class,
vendor, renderer and version, and whether an off-screen picture really comes
back), the knowledge base folder, and the cache: where it is, which atlas
build the code expects and whether it is there and intact, and what the mesh
archive cache holds.

The OpenGL check runs in a child process with a time limit, so a broken
driver that hangs or crashes shows up as a line in the report instead of
taking the report down with it.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

#: Seconds the OpenGL check may take (the first VTK import alone can take a few).
GL_TIMEOUT = 60.0

#: Run in a child process: draw one red frame off-screen and read a pixel back.
GL_PROBE = r"""
import json
from footspine_viz.render import vtkenv
vtkenv.configure()
from vtkmodules.vtkCommonCore import vtkUnsignedCharArray
from vtkmodules.vtkRenderingCore import vtkRenderer, vtkRenderWindow
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (registers the OpenGL classes)
window = vtkRenderWindow()
window.SetOffScreenRendering(1)
window.SetSize(64, 64)
renderer = vtkRenderer()
renderer.SetBackground(1.0, 0.0, 0.0)
window.AddRenderer(renderer)
window.Render()
pixels = vtkUnsignedCharArray()
window.GetRGBACharPixelData(32, 32, 32, 32, 0, pixels)
print(json.dumps({"window": window.GetClassName(),
                  "capabilities": window.ReportCapabilities() or "",
                  "pixel": [int(pixels.GetValue(i)) for i in range(4)]}))
"""

ENV_NAMES = (
    "FOOTSPINE_VIZ_CACHE",
    "FOOTSPINE_ANNOTATIONS",
    "FOOTSPINE_VIZ_WHEELS",
    "VTK_DEFAULT_OPENGL_WINDOW",
    "PYVISTA_OFF_SCREEN",
    "DISPLAY",
    "WAYLAND_DISPLAY",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to sub."""
    p = sub.add_parser(
        "report", help="print what a bug report needs: versions, platform, OpenGL, cache"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--gl-timeout",
        type=float,
        default=GL_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit of the off-screen rendering check (default {GL_TIMEOUT:g})",
    )
    p.add_argument("--no-gl", action="store_true", help="skip the off-screen rendering check")
    p.set_defaults(func=_report)


# ---------------------------------------------------------------- gathering
def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _requirements() -> list[str]:
    """Distribution names footspine-viz declares (extras included), from its own metadata."""
    try:
        reqs = importlib.metadata.requires("footspine-viz") or []
    except importlib.metadata.PackageNotFoundError:
        return []
    names = []
    for r in reqs:
        m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", r)
        if m and m.group(1) not in names:
            names.append(m.group(1))
    return names


def versions() -> dict[str, str]:
    """footspine-viz, Python and every declared dependency (its version or 'not installed')."""
    from footspine_viz import __version__

    out = {
        "footspine-viz": __version__,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
    }
    for name in _requirements():
        out[name] = _version(name)
    return out


def system() -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python_executable": sys.executable,
        "cpus": os.cpu_count(),
        "environment": {k: os.environ[k] for k in ENV_NAMES if k in os.environ},
    }


def _gl_fields(capabilities: str) -> dict[str, str]:
    out = {}
    for key in ("vendor", "renderer", "version"):
        m = re.search(rf"OpenGL {key} string:\s*(.+)", capabilities)
        out[key] = m.group(1).strip() if m else "unknown"
    return out


def gl_check(timeout: float = GL_TIMEOUT, code: str | None = None) -> dict[str, Any]:
    """Draw one frame off-screen in a child process; what VTK used and whether it worked."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code or GL_PROBE],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"works": False, "problem": f"no frame within {timeout:g} s (a hung OpenGL driver?)"}
    except OSError as exc:
        return {"works": False, "problem": f"could not start Python: {exc}"}
    if proc.returncode != 0:
        last = [ln for ln in (proc.stderr or "").splitlines() if ln.strip()][-1:]
        why = f"the check exited with status {proc.returncode}"
        if proc.returncode < 0:
            why = f"the check was killed by signal {-proc.returncode} (a crashing OpenGL driver?)"
        return {"works": False, "problem": why + (f": {last[0].strip()}" if last else "")}
    try:
        found = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"works": False, "problem": "the check printed no result"}
    pixel = found.get("pixel", [])
    works = len(pixel) >= 3 and pixel[0] > 200 and pixel[1] < 50 and pixel[2] < 50
    out = {
        "works": works,
        "window": found.get("window", "unknown"),
        **_gl_fields(found.get("capabilities", "")),
    }
    if not works:
        out["problem"] = f"a red test frame read back as {pixel}"
    return out


def _folder_bytes(folder: Path) -> int:
    total = 0
    for p in folder.rglob("*"):
        try:
            if p.is_file():
                total += p.stat().st_size
        except OSError:
            pass
    return total


def cache_state() -> dict[str, Any]:
    """Where the caches are and what they hold; never builds or fetches anything."""
    from footspine_viz import paths
    from footspine_viz.atlas import sources, store

    root = paths.cache_root()
    out: dict[str, Any] = {
        "root": str(root),
        "exists": root.is_dir(),
        "overridden": paths.CACHE_ENV in os.environ,
    }
    try:
        key = store.build_key()
        folder = store.cache_dir() / key
        problems = store.verify_atlas(folder, deep=False)
        out["atlas"] = {"expected_build": str(folder), "ready": not problems, "problems": problems}
    except Exception as exc:  # a report must not fail on the thing it reports
        out["atlas"] = {"ready": False, "problems": [f"{type(exc).__name__}: {exc}"]}
    out["mesh_archives"] = sources.sources_state()
    if root.is_dir():
        out["folders"] = {p.name: _folder_bytes(p) for p in sorted(root.iterdir()) if p.is_dir()}
    return out


def annotations_state() -> dict[str, Any]:
    from footspine_viz import paths

    try:
        folder = paths.annotations_dir()
    except Exception as exc:
        return {"folder": None, "problem": str(exc)}
    return {
        "folder": str(folder),
        "overridden": paths.ANNOTATIONS_ENV in os.environ,
        "present": (folder / "roots.yaml").is_file(),
    }


def gather(gl: bool = True, gl_timeout: float = GL_TIMEOUT) -> dict[str, Any]:
    return {
        "versions": versions(),
        "system": system(),
        "rendering": gl_check(gl_timeout)
        if gl
        else {"works": None, "problem": "not checked (--no-gl)"},
        "annotations": annotations_state(),
        "cache": cache_state(),
    }


# ---------------------------------------------------------------- printing
def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def format_report(r: dict[str, Any]) -> str:
    lines: list[str] = []

    def row(key: str, value: Any) -> None:
        lines.append(f"  {key:<26} {value}")

    v = r["versions"]
    lines.append(f"footspine-viz {v['footspine-viz']} report")
    lines.append("")
    lines.append("System")
    s = r["system"]
    row("platform", s["platform"])
    row("machine", s["machine"])
    row("python", f"{v['python']} ({s['python_executable']})")
    row("cpus", s["cpus"])
    for k, val in s["environment"].items():
        row(k, val)
    lines.append("")
    lines.append("Rendering (off-screen check in a child process)")
    g = r["rendering"]
    works = {True: "yes", False: "NO", None: "not checked"}[g.get("works")]
    row("off-screen rendering works", works)
    for k in ("window", "vendor", "renderer", "version"):
        if k in g:
            row(f"OpenGL {k}" if k != "window" else "VTK window class", g[k])
    if g.get("problem"):
        row("problem", g["problem"])
    lines.append("")
    lines.append("Knowledge base")
    a = r["annotations"]
    row("folder", a.get("folder") or a.get("problem"))
    if a.get("folder"):
        row("from", "FOOTSPINE_ANNOTATIONS" if a["overridden"] else "the installed package")
    lines.append("")
    lines.append("Cache")
    c = r["cache"]
    row("root", f"{c['root']}{' (FOOTSPINE_VIZ_CACHE)' if c['overridden'] else ''}")
    at = c["atlas"]
    row("atlas", "ready" if at["ready"] else f"not ready: {(at.get('problems') or ['?'])[0]}")
    if at.get("expected_build"):
        row("atlas build", at["expected_build"])
    for dist, st in c["mesh_archives"].items():
        state = (
            f"archive {_mb(st['archive_bytes'])}" if st["archive_present"] else "no archive"
        ) + (", extracted" if st["extracted"] else ", not extracted")
        row(f"mesh archive {dist}", state)
    for name, size in c.get("folders", {}).items():
        row(f"{name}/", _mb(size))
    lines.append("")
    lines.append("Packages")
    for name, ver in v.items():
        if name not in ("footspine-viz", "python"):
            row(name, ver)
    return "\n".join(lines)


def _report(args: argparse.Namespace) -> int:
    r = gather(gl=not args.no_gl, gl_timeout=args.gl_timeout)
    print(json.dumps(r, indent=1) if args.json else format_report(r))
    return 0
