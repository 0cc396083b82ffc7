"""Bytes to text: BOMs, line ends, legacy Turkish and Icelandic encodings, refusals."""

from __future__ import annotations

import codecs
import random

import pytest
from builder_samples import IS_SEED, TR_SEED, is_article, tr_article

from flashcards.builder.decode import decode, decode_article
from flashcards.errors import ArticleError
from flashcards.files import MAX_ARTICLE_BYTES as MAX_BYTES

TR_TEXT = "Işık, ağaç ve şeker: müşteri İstanbul'da memnun kaldığında satış tamamlanır.\n"
IS_TEXT = "Það er góð þjónusta þegar kaupandinn er sáttur við sölumanninn í Reykjavík.\n"


def test_plain_utf8() -> None:
    assert decode(TR_TEXT.encode("utf-8"), "a.md") == (TR_TEXT, "utf-8")


def test_utf8_bom_is_removed() -> None:
    text, encoding = decode(codecs.BOM_UTF8 + TR_TEXT.encode("utf-8"), "a.md")
    assert text == TR_TEXT
    assert not text.startswith("\ufeff")
    assert encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    text, encoding = decode(IS_TEXT.encode(codec), "a.md")
    assert text == IS_TEXT
    assert encoding == codec


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_become_lf(newline: str) -> None:
    source = tr_article()
    text, _ = decode(source.replace("\n", newline).encode("utf-8"), "a.md")
    assert "\r" not in text
    assert text == source


def test_bom_and_crlf_together() -> None:
    source = is_article()
    data = codecs.BOM_UTF8 + source.replace("\n", "\r\n").encode("utf-8")
    assert decode(data, "a.md")[0] == source


@pytest.mark.parametrize(
    "source", [TR_TEXT, tr_article(), TR_SEED.read_text("utf-8")], ids=["line", "small", "seed"]
)
def test_turkish_in_cp1254(source: str) -> None:
    text, encoding = decode(source.encode("cp1254"), "tr.md")
    assert encoding == "cp1254"
    assert text == source
    for letter in "şğı":
        assert letter in text
    # Read as Latin-1, the same bytes would give the Icelandic letters instead.
    assert "þ" not in text and "ð" not in text and "ý" not in text


@pytest.mark.parametrize(
    "source", [IS_TEXT, is_article(), IS_SEED.read_text("utf-8")], ids=["line", "small", "seed"]
)
def test_icelandic_in_latin1(source: str) -> None:
    text, encoding = decode(source.encode("latin-1"), "is.md")
    assert encoding in ("iso-8859-1", "latin-1", "cp1252")
    assert text == source
    for letter in "ðþ":
        assert letter in text
    assert "ş" not in text and "ğ" not in text and "ı" not in text


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b" \n"])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(ArticleError) as info:
        decode(data, "empty.md")
    assert info.value.path == "empty.md"
    assert "empty" in info.value.message


def test_file_over_the_limit_is_refused() -> None:
    data = ("Satış. " * (MAX_BYTES // 7 + 10)).encode("utf-8")
    assert len(data) > MAX_BYTES
    with pytest.raises(ArticleError) as info:
        decode_article(data, "huge.md", limit=MAX_BYTES)
    assert "too large" in info.value.message and info.value.path == "huge.md"


def test_file_at_the_limit_is_read() -> None:
    data = b"a" * (MAX_BYTES - 1) + b"\n"
    assert decode_article(data, "big.md", limit=MAX_BYTES).text == data.decode()


def test_random_bytes_with_nuls_are_binary() -> None:
    data = random.Random(7).randbytes(4096) + b"\x00\x00"
    with pytest.raises(ArticleError) as info:
        decode(data, "blob.md")
    assert "binary" in info.value.message


def test_random_bytes_without_nuls_are_binary() -> None:
    data = bytes(b for b in random.Random(11).randbytes(4096) if b)
    with pytest.raises(ArticleError) as info:
        decode(data, "blob.md")
    assert "binary" in info.value.message


def test_broken_utf16_is_refused() -> None:
    with pytest.raises(ArticleError) as info:
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "bad.md")
    assert "utf-16" in info.value.message


# --- one file, several encodings: line by line, never silent mojibake -----------------


def _lines_with(source: str, letter: str) -> list[int]:
    return [n for n, line in enumerate(source.split("\n")) if letter in line and n > 5]


def test_one_cp1254_line_in_a_utf8_turkish_article_is_read_as_turkish() -> None:
    source = TR_SEED.read_text("utf-8")
    n = _lines_with(source, "ş")[0]
    data = b"\n".join(
        line.encode("cp1254") if i == n else line.encode("utf-8")
        for i, line in enumerate(source.split("\n"))
    )
    decoded = decode_article(data, "tr.md")
    assert decoded.text == source
    assert "Å" not in decoded.text  # no "YumuÅŸak SatÄ±ÅŸ"
    assert decoded.encoding == "utf-8 and cp1254"
    assert tuple(note.message for note in decoded.notes) == (
        f"line {n + 1}: not UTF-8 like the rest; read as cp1254",
    )


def test_one_latin1_line_in_a_utf8_icelandic_article_is_read_as_icelandic() -> None:
    source = IS_SEED.read_text("utf-8")
    n = _lines_with(source, "ð")[0]
    data = b"\n".join(
        line.encode("latin-1") if i == n else line.encode("utf-8")
        for i, line in enumerate(source.split("\n"))
    )
    decoded = decode_article(data, "is.md")
    assert decoded.text == source
    assert tuple(note.message for note in decoded.notes) == (
        f"line {n + 1}: not UTF-8 like the rest; read as iso-8859-1",
    )


def test_a_stray_byte_in_a_utf8_line_is_left_out_and_named() -> None:
    source = TR_SEED.read_text("utf-8")
    n = _lines_with(source, "ı")[0]
    lines = [line.encode("utf-8") for line in source.split("\n")]
    lines[n] = lines[n][:4] + b"\x9f" + lines[n][4:]
    decoded = decode_article(b"\n".join(lines), "tr.md")
    assert decoded.text == source
    assert tuple(note.message for note in decoded.notes) == (
        f"line {n + 1}: bytes that are not UTF-8 left out",
    )


def test_a_stray_byte_no_longer_breaks_the_front_matter() -> None:
    from flashcards.builder.reader import read_article

    data = TR_SEED.read_bytes().replace(b"title: ", b"title: \x9f", 1)
    article = read_article("tr.md", data)
    assert article.title.endswith("Yumuşak Satış")
    assert any("not UTF-8" in note.message for note in article.notes)


def test_a_cp1252_quote_is_not_read_as_a_latin1_control() -> None:
    text = "Það er “góð” þjónusta þegar kaupandinn er sáttur við sölumanninn.\n" * 3
    decoded, encoding = decode(text.encode("cp1252"), "is.md")
    assert decoded == text and encoding == "cp1252"
