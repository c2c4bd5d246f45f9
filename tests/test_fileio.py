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


def test_replace_folder_swaps_whole_folders_and_keeps_the_old_one_on_failure(tmp_path, monkeypatch):
    import os

    import pytest

    from footspine_viz.fileio import replace_folder

    final = tmp_path / "site"
    final.mkdir()
    (final / "a.txt").write_text("old")
    new = tmp_path / ".tmp-site"
    new.mkdir()
    (new / "b.txt").write_text("new")
    replace_folder(new, final)
    assert sorted(p.name for p in final.iterdir()) == ["b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing left beside it

    broken = tmp_path / ".tmp-broken"
    broken.mkdir()
    real = os.replace

    def fail_second(src, dst):
        if str(src) == str(broken):
            raise OSError("disk full")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", fail_second)
    with pytest.raises(OSError):
        replace_folder(broken, final)
    assert (final / "b.txt").read_text() == "new"  # the previous folder is back in place
