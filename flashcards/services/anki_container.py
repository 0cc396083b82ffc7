"""An Anki package's zip file, bounded before Anki's library restores it: sizes checked, the
collection's unpacked size counted, media left behind (never used here)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import IO

from flashcards.errors import FileError, Reason
from flashcards.files import megabytes, reason_of, too_large

#: Larger packages are refused.
MAX_PACKAGE_BYTES = 2 << 30
#: What a package's collection may unpack to (a zip or zstd bomb stops here), and how many
#: files the package may hold.
MAX_UNPACKED_BYTES = 8_000_000_000
MAX_MEMBERS = 500_000

#: Where Anki keeps the collection in each package format, oldest first.
COLLECTIONS = ("collection.anki2", "collection.anki21", "collection.anki21b")
#: The zstd-compressed collection of current Anki (package version 3).
COMPRESSED = "collection.anki21b"
#: An empty media list as Anki writes it: zstd-compressed (version 3) or JSON (older).
EMPTY_MEDIA_ZSTD = b"(\xb5/\xfd \x00\x01\x00\x00"
EMPTY_MEDIA_JSON = b"{}"

_LIMITS = (megabytes(MAX_UNPACKED_BYTES), f"{MAX_MEMBERS:,}")
_TOO_MUCH = f"not imported: it unpacks to more than {_LIMITS[0]} or {_LIMITS[1]} files"
_CHUNK = 1 << 20


class AnkiPackageError(FileError):
    """A file that is not an Anki package Anki's library can read."""


def _too_much(shown: str) -> AnkiPackageError:
    return AnkiPackageError(shown, _TOO_MUCH, reason=Reason.UNPACKS_TOO_MUCH, values=_LIMITS)


def _not_zip(shown: str) -> AnkiPackageError:
    message = "not an Anki package (not a zip archive)"
    return AnkiPackageError(shown, message, reason=Reason.NOT_ZIP)


def check_container(path: Path, shown: str) -> None:
    """Refuse what is not a file, too large, not a zip, or unpacks to too much."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        reason, values = reason_of(exc)
        message = f"cannot read ({exc.strerror or exc})"
        raise AnkiPackageError(shown, message, reason=reason, values=values) from None
    if not path.is_file():
        reason = Reason.FOLDER if path.is_dir() else Reason.NOT_REGULAR
        raise AnkiPackageError(shown, "not a file", reason=reason)
    if size > MAX_PACKAGE_BYTES:
        values = (megabytes(size), megabytes(MAX_PACKAGE_BYTES))
        message = too_large(size, MAX_PACKAGE_BYTES)
        raise AnkiPackageError(shown, message, reason=Reason.TOO_LARGE, values=values)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _not_zip(shown) from None
    unpacked = sum(m.file_size for m in members)
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED_BYTES:
        raise _too_much(shown)
    if not {m.filename for m in members} & set(COLLECTIONS):
        message = "not an Anki package (no collection in it)"
        raise AnkiPackageError(shown, message, reason=Reason.NO_COLLECTION)


def _zstd_size_within(stream: IO[bytes], limit: int) -> bool:
    """Whether the zstd data of `stream` unpacks to at most `limit` bytes (counted, never
    kept). Data that is not zstd is left for Anki's library to name."""
    import zstandard

    reader = zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True)
    total = 0
    try:
        while chunk := reader.read(_CHUNK):
            total += len(chunk)
            if total > limit:
                return False
    except zstandard.ZstdError:
        pass
    return True


def _media_list(archive: zipfile.ZipFile) -> bytes:
    """An empty media list in the format of the package's version (its `meta`)."""
    if "meta" not in archive.namelist():
        return EMPTY_MEDIA_JSON
    from anki.import_export_pb2 import PackageMetadata

    try:
        version = PackageMetadata.FromString(archive.read("meta")).version
    except Exception:  # a damaged meta: Anki's library will say so
        return EMPTY_MEDIA_JSON
    return EMPTY_MEDIA_ZSTD if version >= PackageMetadata.VERSION_LATEST else EMPTY_MEDIA_JSON


def trimmed_copy(package: Path, out: Path, shown: str) -> Path:
    """A copy of `package` at `out` holding only its metadata and collection, with an empty
    media list: media files are never unpacked, and the collection is read through Python's
    zip reader, which holds each member to its stated size and checksum; a zstd collection
    that would unpack to more than the limit is refused."""
    try:
        with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as copy:
            names = set(source.namelist())
            if "meta" in names:
                copy.writestr("meta", source.read("meta"))
            for name in COLLECTIONS:
                if name not in names:
                    continue
                if name == COMPRESSED:
                    with source.open(name) as stream:
                        if not _zstd_size_within(stream, MAX_UNPACKED_BYTES):
                            raise _too_much(shown)
                large = source.getinfo(name).file_size >= 1 << 31
                with (
                    source.open(name) as stream,
                    copy.open(name, "w", force_zip64=large) as target,
                ):
                    shutil.copyfileobj(stream, target, _CHUNK)
            copy.writestr("media", _media_list(source))
    except (zipfile.BadZipFile, EOFError, ValueError):
        message = "not an Anki package (a damaged zip archive)"
        raise AnkiPackageError(shown, message, reason=Reason.DAMAGED_ARCHIVE) from None
    except NotImplementedError:  # a compression method Anki never writes
        message = "not an Anki package (compressed in a way Anki does not write)"
        raise AnkiPackageError(shown, message, reason=Reason.DAMAGED_ARCHIVE) from None
    except OSError as exc:
        message = f"cannot unpack ({exc.strerror or exc})"
        values = (str(exc.strerror or exc),)
        raise AnkiPackageError(shown, message, reason=Reason.CANNOT_READ, values=values) from None
    return out
