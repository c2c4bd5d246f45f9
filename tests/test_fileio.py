"""Atomic writes never leave a partial file behind."""

from __future__ import annotations

import os

import pytest

from footspine_viz.errors import UserError
from footspine_viz.fileio import atomic_path, atomic_write_text, check_writable_target


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "a.txt"
    atomic_write_text(target, "first")
    atomic_write_text(target, "second")
    assert target.read_text() == "second"
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_failed_write_leaves_nothing(tmp_path):
    target = tmp_path / "fig.png"
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer died")
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(UserError) as exc:
        check_writable_target(tmp_path / "nope" / "x.png")
    assert "nope" in str(exc.value) and exc.value.exit_code == 2


def test_existing_file_needs_force(tmp_path):
    target = tmp_path / "x.png"
    target.write_bytes(b"old")
    with pytest.raises(UserError, match="--force"):
        check_writable_target(target, force=False)
    assert check_writable_target(target, force=True) == target


def test_written_file_gets_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "fig.png"
        atomic_write_text(target, "x")
    finally:
        os.umask(old)
    assert (target.stat().st_mode & 0o777) == 0o644
