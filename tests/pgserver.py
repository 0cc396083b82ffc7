"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Where to look for initdb/pg_ctl besides $FLASHCARDS_PG_BIN and the PATH (Debian's layout).
_DEBIAN_GLOB = "/usr/lib/postgresql/*/bin"

HOW_TO_ENABLE = (
    "PostgreSQL tests need a PostgreSQL server's programs (initdb, pg_ctl): "
    "`sudo apt-get install postgresql` on Debian/Ubuntu, or set FLASHCARDS_PG_BIN to the "
    "folder holding them"
)


def find_bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl, newest Debian version first, or None."""
    given = os.environ.get("FLASHCARDS_PG_BIN")
    if given:
        return Path(given) if (Path(given) / "initdb").exists() else None
    versions = sorted(
        Path("/").glob(_DEBIAN_GLOB.lstrip("/")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in versions:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


class PostgresServer:
    """A cluster in a temporary folder, listening only on a Unix socket in that folder.

    PostgreSQL refuses to run as root; as root the server runs as the `postgres` user that
    Debian's package creates.  Durability settings are relaxed for the tests (the data is
    thrown away); `durable=True` keeps PostgreSQL's defaults (fsync), for benchmarks.
    """

    def __init__(self, bin_dir: Path, *, durable: bool = False) -> None:
        self.bin_dir = bin_dir
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="fc-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self._names = itertools.count(1)
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            self._as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres", "postgres")
        self.log = self.root / "server.log"

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr.strip()}\n{log}"
            )

    def start(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        options = f"-k {self.socket_dir} -c listen_addresses='' -c max_connections=60"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "start",
        )

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def create_database(self, template: str | None = None) -> str:
        """A new empty (or copied-from-`template`) database; its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            suffix = f" TEMPLATE {template}" if template else ""
            conn.execute(f"CREATE DATABASE {name}{suffix}")  # names are ours, not input
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.split("@/", 1)[1].split("?", 1)[0]
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
