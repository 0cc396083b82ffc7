"""`flashcards export --format tmx|tbx` and `flashcards import tmx|tbx` as real subprocesses:
the seed deck goes out (TMX 1.4 and TBX as CAT tools read them, checked with translate-toolkit
and with an XML parser that expands no entity), comes into another collection, and again
changes nothing; a hostile, broken or foreign file is one line naming it with exit status 2,
nothing is fetched and nothing stored changes."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as safe_xml
from seed_counts import TERMBASE_UNITS
from translate.storage.tbx import tbxfile
from translate.storage.tmx import tmxfile

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+00:00"


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), "--now", NOW, *args],
        capture_output=True,
        env={**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert b"Traceback" not in result.stdout + result.stderr
    return result


def _query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _count(db: Path) -> int:
    return int(_query(db, "SELECT count(*) FROM cards")[0][0])


def _everything(db: Path) -> list[list[tuple[Any, ...]]]:
    return [_query(db, f"SELECT * FROM {t} ORDER BY 1") for t in ("decks", "cards", "review_log")]


XML = "{http://www.w3.org/XML/1998/namespace}lang"


def _check_tmx_14(data: bytes) -> None:
    """A TMX 1.4 document as OmegaT and Trados read it: every attribute the standard requires
    of the header, language tags on every segment; parsed with no entity expanded."""
    root = safe_xml.fromstring(data, forbid_dtd=False, forbid_entities=True)
    assert (root.tag, root.get("version")) == ("tmx", "1.4")
    header = root.find("header")
    assert header is not None
    required = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang")
    assert all(header.get(name) for name in required)
    assert (header.get("srclang"), header.get("datatype")) == ("tr-TR", "PlainText")
    units = root.findall("body/tu")
    assert units and all(u.find("note") is not None for u in units)
    for unit in units:
        assert [v.get(XML) for v in unit.findall("tuv")] == ["tr-TR", "is-IS"]
        assert all((v.findtext("seg") or "").strip() for v in unit.findall("tuv"))


def _check_tbx(data: bytes) -> None:
    """A TBX (MARTIF) termbase: a term in each language of every entry."""
    root = safe_xml.fromstring(data, forbid_dtd=False, forbid_entities=True)
    assert (root.tag, root.get("type")) == ("martif", "TBX")
    entries = root.findall("text/body/termEntry")
    assert entries
    for entry in entries:
        assert [s.get(XML) for s in entry.findall("langSet")] == ["tr-TR", "is-IS"]
        assert all(s.findtext("tig/term") for s in entry.findall("langSet"))


def test_the_seed_deck_goes_out_and_comes_into_another_collection(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.sqlite", tmp_path / "theirs.sqlite"
    memory, termbase = tmp_path / "sales.tmx", tmp_path / "sales.tbx"
    result = _run(ours, "export", "--format", "tmx", "--deck", "sales", "-o", str(memory))
    assert result.returncode == 0, result.stderr
    units = tmxfile.parsestring(memory.read_bytes()).units
    pairs = len(units)  # titles, headings, aligned sentences: what translate-toolkit reads back
    assert pairs >= 10 and units[0].source == "Yumuşak Satış"
    assert result.stderr.decode().endswith(f"{pairs} translation units written to {memory}\n")
    _check_tmx_14(memory.read_bytes())
    to_stdout = _run(ours, "export", "--format", "tmx", "--deck", "sales")
    assert to_stdout.returncode == 0 and to_stdout.stdout == memory.read_bytes()
    result = _run(ours, "export", "--format", "tbx", "--deck", "sales", "-o", str(termbase))
    assert result.returncode == 0, result.stderr
    assert len(tbxfile.parsestring(termbase.read_bytes()).units) == TERMBASE_UNITS
    _check_tbx(termbase.read_bytes())

    result = _run(theirs, "import", "tmx", str(memory), "--source", "tr", "--target", "is")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert 'Deck "sales" (Turkish → Icelandic)' in out
    assert f"sales.tmx: {pairs} cards added, 0 updated, 0 units skipped" in out
    result = _run(theirs, "import", "tbx", str(termbase), "--source", "tr", "--target", "is")
    out = result.stdout.decode()
    assert f"sales.tbx: {TERMBASE_UNITS - 1} term cards added, 0 updated, 1 entry skipped" in out
    assert "entry 1: already in deck sales" in out
    before = _everything(theirs)
    again = _run(theirs, "import", "tmx", str(memory), "--source", "tr", "--target", "is")
    assert f"0 cards added, 0 updated, {pairs} unchanged" in again.stdout.decode()
    again = _run(theirs, "import", "tbx", str(termbase), "--source", "tr", "--target", "is")
    unchanged = TERMBASE_UNITS - 1
    assert (
        f"0 term cards added, 0 updated, {unchanged} unchanged, 1 entry skipped"
        in again.stdout.decode()
    )
    assert _everything(theirs) == before
    assert _count(theirs) == pairs + TERMBASE_UNITS - 1


def test_a_hostile_memory_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert _run(db, "decks").returncode == 0
    before = _count(db)
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header/>'
        '<body><tu><tuv xml:lang="tr"><seg>&b;</seg></tuv>'
        '<tuv xml:lang="is"><seg>x</seg></tuv></tu></body></tmx>',
        "utf-8",
    )
    result = _run(db, "import", "tmx", str(bomb), "--source", "tr", "--target", "is")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"flashcards: error: {bomb}: refused: it declares an entity (a)\n"
    )
    assert _count(db) == before


def _listener() -> tuple[socket.socket, threading.Thread, list[bool]]:
    """A local port that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(3.0)
    contacted: list[bool] = []

    def listen() -> None:
        try:
            server.accept()
            contacted.append(True)
        except OSError:
            pass

    thread = threading.Thread(target=listen)
    thread.start()
    return server, thread, contacted


TU = '<tu><tuv xml:lang="tr"><seg>{}</seg></tuv><tuv xml:lang="is"><seg>sykur</seg></tuv></tu>'


def _tmx(body: str, doctype: str = "") -> str:
    return f'<?xml version="1.0"?>{doctype}<tmx version="1.4"><header/><body>{body}</body></tmx>'


def test_hostile_broken_and_foreign_files_are_one_line_and_nothing_is_fetched(
    tmp_path: Path,
) -> None:
    db = tmp_path / "c.sqlite"
    assert _run(db, "decks").returncode == 0
    before = _everything(db)
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me", "utf-8")
    server, thread, contacted = _listener()
    port = server.getsockname()[1]
    try:
        files = {
            "file.tmx": _tmx(
                TU.format("&x;"), f'<!DOCTYPE tmx [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
            ),
            "web.tbx": (
                f'<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM '
                f'"http://127.0.0.1:{port}/x">]><martif type="TBX"><text><body/></text></martif>'
            ),
            "dtd.tmx": _tmx(
                TU.format("şeker"),
                f'<!DOCTYPE tmx [<!ENTITY % r SYSTEM "http://127.0.0.1:{port}/r.dtd"> %r;]>',
            ),
            "cut.tmx": _tmx(TU.format("şeker"))[:-30],
            "cut.tbx": '<?xml version="1.0"?><martif type="TBX"><text><body><termEntry>',
            "page.tmx": "<html><body>not a memory</body></html>",
            "memory.tbx": _tmx(TU.format("şeker")),
            "v3.tbx": (
                '<?xml version="1.0"?><tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2">'
                '<text><body><conceptEntry id="c1"><langSec xml:lang="tr"><termSec>'
                "<term>şeker</term></termSec></langSec></conceptEntry></body></text></tbx>"
            ),
            "empty.tmx": "\n",
        }
        reasons = {
            "file.tmx": "refused: it declares an external entity (x)",
            "web.tbx": "refused: it declares an external entity (x)",
            "dtd.tmx": "refused: it declares an external entity (r)",
            "cut.tmx": "not well-formed XML (no element found: line 1, column 129)",
            "cut.tbx": "not well-formed XML (no element found: line 1, column 63)",
            "page.tmx": "not a TMX file (no <tmx> document)",
            "memory.tbx": "not a TBX file (no <martif> document)",
            "v3.tbx": (
                "a TBX 3 termbase (<tbx>), not read: export it as TBX 2 (<martif>), "
                "the format OmegaT reads"
            ),
            "empty.tmx": "empty file",
            "missing.tmx": "no such file",
        }
        for name, reason in reasons.items():
            path = tmp_path / name
            if name in files:
                path.write_text(files[name], "utf-8")
            kind = path.suffix[1:]
            result = _run(db, "import", kind, str(path), "--source", "tr", "--target", "is")
            assert result.returncode == 2, name
            assert result.stdout == b""
            assert result.stderr.decode() == f"flashcards: error: {path}: {reason}\n", name
        # A DOCTYPE naming an external DTD (as the app's own exports do) is read, and the
        # DTD is never loaded.
        named = tmp_path / "named.tmx"
        named.write_text(
            _tmx(TU.format("şeker"), f'<!DOCTYPE tmx SYSTEM "http://127.0.0.1:{port}/tmx.dtd">'),
            "utf-8",
        )
        result = _run(db, "import", "tmx", str(named), "--source", "tr", "--target", "is")
        assert result.returncode == 0, result.stderr
        assert "named.tmx: 1 term card added, 0 updated, 0 units skipped" in result.stdout.decode()
    finally:
        thread.join()
        server.close()
    assert contacted == []
    after = _everything(db)
    assert after[2] == before[2] and after[1][: len(before[1])] == before[1]
    assert len(after[1]) == len(before[1]) + 1  # only named.tmx's card


def test_an_export_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    cases = {
        ("--deck", "nope", "-o", str(tmp_path / "n.tmx")): "no deck named 'nope'",
        ("--deck", "sales", "-o", str(tmp_path / "no" / "d.tbx")): (
            f"{tmp_path / 'no' / 'd.tbx'}: cannot write (No such file or directory)"
        ),
        ("--deck", "sales", "-o", str(tmp_path)): f"{tmp_path}: cannot write (Is a directory)",
    }
    for fmt in ("tmx", "tbx"):
        for args, message in cases.items():
            result = _run(db, "export", "--format", fmt, *args)
            assert result.returncode == 2, (fmt, args)
            assert result.stderr.decode() == f"flashcards: error: {message}\n", (fmt, args)
    assert not list(tmp_path.glob("*.t?x"))
