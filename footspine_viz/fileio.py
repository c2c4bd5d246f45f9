"""Atomic file writing: a reader never sees a half-written file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from footspine_viz.errors import UserError


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_writable_target(path: str | os.PathLike[str], *, force: bool = True) -> Path:
    """Check that ``path`` can be written, before any expensive work is done.

    Raises :class:`UserError` (exit code 2) naming the path when its folder does
    not exist or is not writable, or when the file exists and ``force`` is false.
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UserError(
            f"output path {target} is a folder", "give a file name, e.g. out/figure.png"
        )
    if not folder.is_dir():
        raise UserError(
            f"cannot write {target}: folder {folder} does not exist",
            f"create it first (mkdir -p {folder}) or choose another path",
        )
    if not os.access(folder, os.W_OK):
        raise UserError(
            f"cannot write {target}: folder {folder} is not writable",
            "choose a folder you can write to",
        )
    if target.exists() and not force:
        raise UserError(f"{target} already exists", "pass --force to overwrite it")
    return target


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place on success.

    On any exception the temporary file is removed and ``path`` is untouched.
    ``suffix`` defaults to the target's suffix so that writers that pick a format
    from the file name (PNG, glTF) still work.
    """
    target = Path(path)
    sfx = target.suffix if suffix is None else suffix
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".part{sfx}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    # mkstemp makes the file private (0600); a finished export should get the
    # permissions any other new file would get under the user's umask.
    os.chmod(tmp, 0o666 & ~_current_umask())
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def replace_folder(tmp: str | os.PathLike[str], final: str | os.PathLike[str]) -> Path:
    """Move the finished folder ``tmp`` into place as ``final``; return ``final``.

    A folder already at ``final`` is first moved aside (as ``.old-<name>-...``
    beside it), put back if the move fails, and removed only once the new one
    is in place: a reader sees the old folder or the new one, never half of
    either. ``tmp`` must be on the same filesystem (make it beside ``final``).
    """
    tmp, final = Path(tmp), Path(final)
    old = None
    if final.exists():
        old = final.with_name(f".old-{final.name}-{os.getpid()}-{time.monotonic_ns()}")
        os.replace(final, old)
    try:
        os.replace(tmp, final)
    except BaseException:
        if old is not None:
            os.replace(old, final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return final


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))
