"""Reading files a user names: regular files only, never more than a limit, one-line errors."""

from __future__ import annotations

import errno
import os
import stat

from flashcards.errors import FileError


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words ("a FIFO", "a folder")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def why_unreadable(exc: OSError) -> str:
    """An OSError in a few words, as messages about files say it."""
    if exc.errno == errno.ELOOP:
        return "a symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return f"cannot be read ({exc.strerror or exc})"


def read_regular_file(
    path: str | os.PathLike[str],
    limit: int,
    *,
    error: type[FileError] = FileError,
    shown: str | None = None,
) -> bytes:
    """The bytes of the regular file at `path`, reading at most `limit` of them.

    A FIFO, device, socket or folder is refused without waiting on it (it is opened
    non-blocking and checked before a byte is read); so is a symlink loop, and a file
    larger than `limit`, which is never read whole.  Errors are `error(shown, message)`.
    """
    name = shown if shown is not None else str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise error(name, "is a folder, not a file") from None
        raise error(name, why_unreadable(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(name, f"is {file_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise error(name, too_large(info.st_size, limit))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            data = f.read(limit + 1)
    except OSError as exc:
        raise error(name, why_unreadable(exc)) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:  # it grew while it was read
        raise error(name, too_large(len(data), limit))
    return data


def too_large(size: int, limit: int) -> str:
    """ "file too large (2.4 MB; the limit is 1 MB)": sizes in the units people read."""
    return f"file too large ({_mb(size)}; the limit is {_mb(limit)})"


def _mb(size: int) -> str:
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.0f} GB"
    mb = size / 1_000_000
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"
