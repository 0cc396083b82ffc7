"""TMX and TBX with translate-toolkit: what is written reads back (translate-toolkit, and XML
parsed with entity expansion off); hostile files are refused in one line, nothing fetched."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from lxml import etree
from translate.storage.tbx import tbxfile
from translate.storage.tmx import tmxfile

from flashcards.builder.glossary import Skip
from flashcards.builder.tmx import (
    MAX_SEGMENT,
    ExchangeFormat,
    Unit,
    parse_exchange,
    read_exchange,
    write_exchange,
)
from flashcards.errors import GlossaryError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
UNITS = [
    Unit("Yumuşak Satış", "Mjúk selja", "Yumuşak Satış (a.md) · title", "g/title/0"),
    Unit('Satış elemanı <b> & "ihtiyaç"', "Sölumaðurinn & þarfir", "· technique", "g/t/1"),
    Unit("İhracat", "útflutningur"),
]


def _safe_xml(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def test_a_translation_memory_reads_back_as_it_was_written() -> None:
    data = write_exchange(UNITS, ExchangeFormat.TMX, "tr-TR", "is-IS")
    root = _safe_xml(data)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "tr-TR"
    units = root.findall("body/tu")
    assert len(units) == 3
    assert [tuv.get(XML_LANG) for tuv in units[0].findall("tuv")] == ["tr-TR", "is-IS"]
    assert units[0].findtext("note") == "Yumuşak Satış (a.md) · title"
    assert units[1].findtext("tuv/seg") == 'Satış elemanı <b> & "ihtiyaç"'  # text, not markup
    store = tmxfile.parsestring(data)
    assert [(u.source, u.target) for u in store.units] == [(u.source, u.target) for u in UNITS]
    assert store.units[0].getnotes() == "Yumuşak Satış (a.md) · title"
    again = parse_exchange(data, "m.tmx", ExchangeFormat.TMX, "tr", "is")
    assert [(e.source, e.target) for e in again.entries] == [(u.source, u.target) for u in UNITS]


def test_a_termbase_reads_back_as_it_was_written() -> None:
    data = write_exchange(UNITS[::2], ExchangeFormat.TBX, "tr-TR", "is-IS")
    root = _safe_xml(data)
    assert root.tag == "martif" and root.get("type") == "TBX"
    entries = root.findall("text/body/termEntry")
    assert [[ls.get(XML_LANG) for ls in e.findall("langSet")] for e in entries] == [
        ["tr-TR", "is-IS"],
        ["tr-TR", "is-IS"],
    ]
    assert entries[0].findtext("langSet/tig/term") == "Yumuşak Satış"
    store = tbxfile.parsestring(data)
    assert [(u.source, u.target) for u in store.units] == [
        ("Yumuşak Satış", "Mjúk selja"),
        ("İhracat", "útflutningur"),
    ]
    again = parse_exchange(data, "t.tbx", ExchangeFormat.TBX, "is", "tr")  # either way round
    assert [(e.source, e.target) for e in again.entries] == [
        ("Mjúk selja", "Yumuşak Satış"),
        ("útflutningur", "İhracat"),
    ]


def _tmx(*units: str, header: str = "") -> bytes:
    body = "".join(units)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{header}<tmx version="1.4">'
        f'<header srclang="tr-TR" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"'
        f' creationtool="t" creationtoolversion="1"/><body>{body}</body></tmx>'
    ).encode()


def _tu(*segments: tuple[str, str]) -> str:
    tuvs = "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>' for lang, text in segments)
    return f"<tu>{tuvs}</tu>"


def test_units_are_found_by_language_and_the_unusable_ones_named() -> None:
    data = _tmx(
        _tu(("TR-tr", "ışık"), ("is_IS", "ljós")),
        _tu(("en-US", "light"), ("tr", "ışık 2"), ("is", "ljós 2")),
        _tu(("tr-TR", "yalnız")),
        _tu(("tr-TR", "  "), ("is-IS", "tómt")),
        _tu(("tr-TR", "uzun " * 500), ("is-IS", "langt")),
        _tu(("tr-TR", "ışık"), ("is-IS", "ljós")),
        _tu(("tr-TR", "ışık"), ("is-IS", "birta")),
        _tu(("tr-TR", "Satış   <ph>x</ph> elemanı"), ("is-IS", "Sölumaður")),
    )
    memory = parse_exchange(data, "m.tmx", ExchangeFormat.TMX, "tr", "is")
    assert [(e.row, e.source, e.target) for e in memory.entries] == [
        (1, "ışık", "ljós"),
        (2, "ışık 2", "ljós 2"),
        (8, "Satış elemanı", "Sölumaður"),  # <ph> holds native code, not text
    ]
    assert [(s.row, s.why, s.values) for s in memory.skipped] == [
        (3, Skip.NO_TEXT, ("Icelandic",)),
        (4, Skip.NO_TEXT, ("Turkish",)),
        (5, Skip.SEGMENT_TOO_LONG, ("2499", str(MAX_SEGMENT))),
        (6, Skip.DUPLICATE, ("1",)),
        (7, Skip.CONFLICT, ("1",)),
    ]


def test_a_cat_tools_inline_codes_are_left_out_and_old_language_attributes_read() -> None:
    """As OmegaT and Trados write them: the original document's formatting as native code in
    <bpt>/<ept>/<ph>/<it> (a card shows the text, never `<b>` or `{1}`), text in <hi> kept,
    TMX 1.1's `lang` beside `xml:lang`, upper-case tags, xml:space honoured."""
    data = _tmx(
        '<tu><tuv xml:lang="TR-TR"><seg>Müşteri <bpt i="1" x="1">&lt;b&gt;</bpt>her zaman'
        '<ept i="1">&lt;/b&gt;</ept> haklıdır.</seg></tuv><tuv xml:lang="IS-IS">'
        '<seg>Viðskiptavinurinn hefur <ph x="2">&lt;br/&gt;</ph>alltaf rétt fyrir sér.</seg>'
        "</tuv></tu>",
        '<tu><tuv lang="TR-TR"><seg>ihracat<it pos="end">{/i}</it></seg></tuv>'
        '<tuv lang="IS-IS"><seg>útflutningur</seg></tuv></tu>',
        '<tu><tuv xml:lang="tr"><seg>Satış elemanı <hi type="b">dikkatle</hi> dinler.</seg></tuv>'
        '<tuv xml:lang="is"><seg>Sölumaðurinn   hlustar\n vandlega.</seg></tuv></tu>',
    )
    memory = parse_exchange(data, "omegat.tmx", ExchangeFormat.TMX, "tr", "is")
    assert [(e.source, e.target) for e in memory.entries] == [
        ("Müşteri her zaman haklıdır.", "Viðskiptavinurinn hefur alltaf rétt fyrir sér."),
        ("ihracat", "útflutningur"),
        ("Satış elemanı dikkatle dinler.", "Sölumaðurinn hlustar vandlega."),
    ]
    assert memory.skipped == ()


BOMB = (
    '<!DOCTYPE tmx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
)


def test_an_entity_bomb_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.tmx"
    path.write_bytes(_tmx(_tu(("tr", "&d;"), ("is", "x")), header=BOMB))
    with pytest.raises(GlossaryError) as caught:
        read_exchange(path, ExchangeFormat.TMX, "tr", "is")
    assert str(caught.value) == f"{path}: refused: it declares an entity (a)"


def test_an_external_entity_is_refused_and_nothing_is_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me", "utf-8")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(1.0)
    port = server.getsockname()[1]
    contacted: list[bool] = []

    def listen() -> None:
        try:
            server.accept()
            contacted.append(True)
        except OSError:
            pass

    listener = threading.Thread(target=listen)
    listener.start()
    try:
        for name, system_id in (
            ("file.tmx", secret.as_uri()),
            ("web.tmx", f"http://127.0.0.1:{port}/x.dtd"),
        ):
            path = tmp_path / name
            header = f'<!DOCTYPE tmx [<!ENTITY x SYSTEM "{system_id}">]>'
            path.write_bytes(_tmx(_tu(("tr", "&x;"), ("is", "x")), header=header))
            with pytest.raises(GlossaryError) as caught:
                read_exchange(path, ExchangeFormat.TMX, "tr", "is")
            assert str(caught.value) == f"{path}: refused: it declares an external entity (x)"
        # A parameter entity pulling in a remote DTD is refused the same way.
        path = tmp_path / "dtd.tbx"
        path.write_bytes(
            f'<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY % r SYSTEM '
            f'"http://127.0.0.1:{port}/r.dtd"> %r;]><martif type="TBX"/>'.encode()
        )
        with pytest.raises(GlossaryError, match="refused"):
            read_exchange(path, ExchangeFormat.TBX, "tr", "is")
    finally:
        listener.join()
        server.close()
    assert contacted == []


def test_broken_or_foreign_files_are_one_line(tmp_path: Path) -> None:
    cases = {
        "broken.tmx": (b"<tmx><body><tu>", "not well-formed XML"),
        "page.tmx": (b"<html><body>hi</body></html>", "not a TMX file"),
        "empty.tmx": (b"  \n", "empty file"),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(GlossaryError) as caught:
            read_exchange(path, ExchangeFormat.TMX, "tr", "is")
        message = str(caught.value)
        assert message.startswith(f"{path}: {reason}") and "\n" not in message, name
    with pytest.raises(GlossaryError, match="is a folder"):
        read_exchange(tmp_path, ExchangeFormat.TBX, "tr", "is")
