"""Reading files a user names: regular files only, never more than a limit, one-line errors."""

from __future__ import annotations

import errno
import os
import stat

from flashcards.errors import FileError, Reason

#: Articles larger than this are refused, and never read whole: the limit protects memory
#: (a 10 MB article is already a book).  `flashcards build --max-size MB` changes it.
MAX_ARTICLE_BYTES = 10_000_000


def kind_code(mode: int) -> str:
    """What a file that is not a regular file is, as a code a front end words itself:
    "folder", "fifo", "socket", "device", or "" for anything else."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return ""


_KIND_WORDS = {
    "folder": "a folder",
    "fifo": "a FIFO (named pipe)",
    "socket": "a socket",
    "device": "a device",
}


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words ("a FIFO", "a folder")."""
    return _KIND_WORDS.get(kind_code(mode), "not a regular file")


def why_unreadable(exc: OSError) -> str:
    """An OSError in a few words, as messages about files say it."""
    if exc.errno == errno.ELOOP:
        return "a symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return f"cannot be read ({exc.strerror or exc})"


def reason_of(exc: OSError) -> tuple[Reason, tuple[str, ...]]:
    """`why_unreadable` in structured form: the reason and what it names."""
    if exc.errno == errno.ELOOP:
        return Reason.SYMLINK_LOOP, ()
    if exc.errno == errno.ENOENT:
        return Reason.NO_SUCH_FILE, ()
    if exc.errno == errno.EACCES:
        return Reason.PERMISSION, ()
    return Reason.CANNOT_READ, (str(exc.strerror or exc),)


def _unreadable(error: type[FileError], name: str, exc: OSError) -> FileError:
    reason, values = reason_of(exc)
    return error(name, why_unreadable(exc), reason=reason, values=values)


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
            raise error(name, "is a folder, not a file", reason=Reason.FOLDER) from None
        raise _unreadable(error, name, exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            reason = Reason.FOLDER if stat.S_ISDIR(info.st_mode) else Reason.NOT_REGULAR
            raise error(
                name,
                f"is {file_kind(info.st_mode)}, not a regular file",
                reason=reason,
                values=(kind_code(info.st_mode),),
            )
        if info.st_size > limit:
            raise _too_large(error, name, info.st_size, limit)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            data = f.read(limit + 1)
    except OSError as exc:
        raise _unreadable(error, name, exc) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:  # it grew while it was read
        raise _too_large(error, name, len(data), limit)
    return data


def _too_large(error: type[FileError], name: str, size: int, limit: int) -> FileError:
    return error(
        name, too_large(size, limit), reason=Reason.TOO_LARGE, values=(_mb(size), _mb(limit))
    )


def too_large(size: int, limit: int) -> str:
    """ "file too large (2.4 MB; the limit is 1 MB)": sizes in the units people read."""
    return f"file too large ({_mb(size)}; the limit is {_mb(limit)})"


def megabytes(size: int) -> str:
    """A size as people read it: "2.4 MB", "12 MB", "3 GB"."""
    return _mb(size)


def _mb(size: int) -> str:
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.0f} GB"
    mb = size / 1_000_000
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"
