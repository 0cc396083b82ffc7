"""Reading glossaries: delimiters, headers, our own export, encodings and the rows skipped."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from flashcards.builder.glossary import (
    Glossary,
    decode_glossary,
    parse_glossary,
    read_glossary,
    sniff_delimiter,
)
from flashcards.errors import GlossaryError
from flashcards.services.export import FIELDS


def _parse(text: str, name: str = "g.csv", source: str = "tr", target: str = "is") -> Glossary:
    return parse_glossary(text, name, source, target)


def _pairs(glossary: Glossary) -> list[tuple[int, str, str]]:
    return [(e.row, e.source, e.target) for e in glossary.entries]


def _skips(glossary: Glossary) -> list[tuple[int, str]]:
    return [(s.row, s.reason) for s in glossary.skipped]


def test_two_column_csv() -> None:
    glossary = _parse("Yumuşak Satış,Mjúk selja\nmüşteri,viðskiptavinur\n")
    assert glossary.delimiter == "," and glossary.header is None
    assert _pairs(glossary) == [
        (1, "Yumuşak Satış", "Mjúk selja"),
        (2, "müşteri", "viðskiptavinur"),
    ]
    assert glossary.skipped == ()


def test_tsv_keeps_commas_in_cells() -> None:
    glossary = _parse("satış, pazarlama\tsala, markaðssetning\nşeker\tsykur\n", "g.tsv")
    assert glossary.delimiter == "\t"
    assert _pairs(glossary) == [
        (1, "satış, pazarlama", "sala, markaðssetning"),
        (2, "şeker", "sykur"),
    ]


def test_semicolons_are_sniffed_in_a_csv_file() -> None:
    text = "şeker;sykur\nağaç;tré, viður\nışık;ljós\n"
    assert sniff_delimiter(text, "g.csv") == ";"
    assert _pairs(_parse(text)) == [
        (1, "şeker", "sykur"),
        (2, "ağaç", "tré, viður"),
        (3, "ışık", "ljós"),
    ]


def test_tabs_are_sniffed_in_a_csv_file() -> None:
    assert _parse("şeker\tsykur\nağaç\ttré\n").delimiter == "\t"


def test_a_stray_comma_does_not_outvote_the_tsv_extension() -> None:
    assert sniff_delimiter("a, b\tc\nd\te\n", "g.tsv") == "\t"


def test_quoted_fields_with_commas_and_quotes() -> None:
    text = '"satış, pazarlama","sala, markaðssetning"\n"5"" ekran",5" skjár\n'
    assert _pairs(_parse(text)) == [
        (1, "satış, pazarlama", "sala, markaðssetning"),
        (2, '5" ekran', '5" skjár'),
    ]


@pytest.mark.parametrize(
    "header",
    ["tr,is", "is,tr", "Turkish,Icelandic", "Türkçe,Íslenska", "term,translation", "front,back"],
)
def test_header_named_columns_in_either_order(header: str) -> None:
    names = header.split(",")
    swapped = names[0].casefold() in ("is", "icelandic", "íslenska")
    row = "sykur,şeker" if swapped else "şeker,sykur"
    glossary = _parse(f"{header}\n{row}\n")
    assert glossary.header == tuple(names)
    assert _pairs(glossary) == [(2, "şeker", "sykur")]


def test_header_with_the_translation_first_and_extra_columns() -> None:
    glossary = _parse("Translation;Term;Notes\nsykur;şeker;tatlı\nsalt;tuz\n")
    assert glossary.header == ("Translation", "Term", "Notes")
    assert _pairs(glossary) == [(2, "şeker", "sykur"), (3, "tuz", "salt")]


def test_a_header_in_other_languages_is_an_error() -> None:
    with pytest.raises(GlossaryError, match=r"^g\.csv: the header \(tr, en\) names no column"):
        _parse("tr,en\nşeker,sugar\n")


def test_language_names_as_data_are_not_a_header() -> None:
    glossary = _parse("Turkish,Türkçe\nIcelandic,İzlandaca\n", source="en", target="tr")
    assert glossary.header is None and len(glossary.entries) == 2


def _export(*rows: tuple[str, str, str, str, str]) -> str:
    lines = [",".join(FIELDS)]
    for n, (kind, sl, tl, front, back) in enumerate(rows):
        lines.append(f"sales/g/{kind}/{n}/{sl}>{tl},sales,{kind},{sl},{tl},{front},{back},,g,a.md")
    return "\n".join(lines) + "\n"


def test_our_export_format() -> None:
    text = _export(
        ("term", "tr", "is", "Yumuşak Satış", "Mjúk selja"),
        ("term", "is", "tr", "Mjúk selja", "Yumuşak Satış"),
        ("linked_term", "tr", "is", "E-ticarette", "rafrænum viðskiptum"),
        ("term", "is", "tr", "Harðsala", "Sert Satış"),
        ("term", "en", "is", "Soft sell", "Mjúk selja"),
    )
    glossary = _parse(text)
    assert glossary.header == FIELDS
    assert _pairs(glossary) == [(2, "Yumuşak Satış", "Mjúk selja"), (5, "Sert Satış", "Harðsala")]
    assert _skips(glossary) == [
        (3, "duplicate of row 2"),
        (4, "not a term card (kind linked_term)"),
        (6, "languages en → is, not tr ↔ is"),
    ]


def test_empty_cells_and_wrong_column_counts() -> None:
    text = "şeker,sykur\nağaç,\n,tré\ntek\na,b,c\n\n,\nışık,ljós,\n"
    glossary = _parse(text)
    assert _pairs(glossary) == [(1, "şeker", "sykur"), (8, "ışık", "ljós")]
    assert _skips(glossary) == [
        (2, "empty cell"),
        (3, "empty cell"),
        (4, "expected 2 columns, found 1"),
        (5, "expected 2 columns, found 3"),
    ]


def test_duplicates_keep_the_first_row() -> None:
    text = "Şeker,sykur\nşeker,Sykur\nŞEKER,sætindi\nİade,endurgreiðsla\niade,endurgreiðsla\n"
    glossary = _parse(text)
    assert _pairs(glossary) == [(1, "Şeker", "sykur"), (4, "İade", "endurgreiðsla")]
    assert _skips(glossary) == [
        (2, "duplicate of row 1"),
        (3, "duplicate of row 1 (the same term, another translation)"),
        (5, "duplicate of row 4"),
    ]


def test_turkish_dotted_and_dotless_i_are_different_terms() -> None:
    glossary = _parse("ılık,volgur\nilik,mergur\n")
    assert len(glossary.entries) == 2 and glossary.skipped == ()


def test_whitespace_is_trimmed_and_letters_kept() -> None:
    text = "  İyi   ışık\u00a0şğ ,  Þórður  ðæö \n"
    decomposed = "s\u0327eker,sykur\n"  # ş as s + combining cedilla
    glossary = _parse(text + decomposed)
    assert _pairs(glossary) == [(1, "İyi ışık şğ", "Þórður ðæö"), (2, "şeker", "sykur")]


def test_broken_quoting_skips_the_row() -> None:
    glossary = _parse('şeker,sykur\n"a"b,c\nağaç,tré\n')
    assert _pairs(glossary) == [(1, "şeker", "sykur"), (3, "ağaç", "tré")]
    ((row, reason),) = _skips(glossary)
    assert row == 2 and reason.startswith("broken quoting")


def test_multi_line_cells_keep_row_numbers_by_line() -> None:
    glossary = _parse('"satış\npazarlama",sala\nşeker,sykur\n')
    assert _pairs(glossary) == [(1, "satış pazarlama", "sala"), (3, "şeker", "sykur")]


TR_IS = "Yumuşak satış,Mjúk sala\nşeker,sykur\nağaç,tré\nİstanbul,Istanbúl\nışık,ljós\n"


def test_utf8_bom() -> None:
    text, encoding = decode_glossary(codecs.BOM_UTF8 + TR_IS.encode(), "g.csv", ("tr", "is"))
    assert (text, encoding) == (TR_IS, "utf-8-sig")
    assert _pairs(_parse("\ufefftr,is\nşeker,sykur\n")) == [(2, "şeker", "sykur")]


def test_utf16_with_bom_and_crlf() -> None:
    data = "tr\tis\r\nşeker\tsykur\r\n".encode("utf-16")
    assert decode_glossary(data, "g.tsv") == ("tr\tis\nşeker\tsykur\n", "utf-16")


def test_cp1254_turkish_file(tmp_path: Path) -> None:
    text = "Yumuşak satış,soft sell\nşeker,sugar\nağaç,tree\nİstanbul,Istanbul\nışık,light\n"
    path = tmp_path / "tr.csv"
    path.write_bytes(text.encode("cp1254"))
    glossary = read_glossary(path, "tr", "en")
    assert glossary.encoding == "cp1254"
    assert _pairs(glossary)[0] == (1, "Yumuşak satış", "soft sell")
    assert [e.source for e in glossary.entries][1:] == ["şeker", "ağaç", "İstanbul", "ışık"]


def test_latin1_icelandic_file() -> None:
    text = "þjónusta,service\nfyrirtæki,company\nverð,price\nÞórður,Thordur\n"
    decoded, encoding = decode_glossary(text.encode("latin-1"), "is.csv", ("is", "en"))
    assert (decoded, encoding) == (text, "iso-8859-1")


def test_a_few_undecodable_lines_in_a_utf8_file_are_skipped() -> None:
    data = "şeker,sykur\n".encode() + "ağaç,tré\n".encode("cp1254") + "ışık,ljós\n".encode()
    text, encoding = decode_glossary(data, "g.csv", ("tr", "is"))
    glossary = parse_glossary(text, "g.csv", "tr", "is", encoding)
    assert _pairs(glossary) == [(1, "şeker", "sykur"), (3, "ışık", "ljós")]
    assert _skips(glossary) == [(2, "encoding problem (not UTF-8 like the rest of the file)")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (bytes(range(256)) * 8, "binary file, not a text glossary"),
        (b"PK\x03\x04\x00\x00rest", "binary file, not a text glossary"),
    ],
)
def test_unreadable_files_are_one_error_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(GlossaryError) as caught:
        read_glossary(path, "tr", "is")
    assert str(caught.value) == f"{path}: {message}"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match=r"missing\.csv: no such file$"):
        read_glossary(tmp_path / "missing.csv", "tr", "is")
    with pytest.raises(GlossaryError, match=r"is a folder, not a glossary file$"):
        read_glossary(tmp_path, "tr", "is")


def test_an_over_long_cell_is_skipped_as_too_long_and_the_rest_is_read() -> None:
    text = "şeker,sykur\n" + "ş" * 200_000 + ",langt\nağaç,tré\n" + "ışık," + "x" * 1001 + "\n"
    glossary = _parse(text)
    assert _pairs(glossary) == [(1, "şeker", "sykur"), (3, "ağaç", "tré")]
    assert _skips(glossary) == [
        (2, "cell too long (200,000 characters; at most 1,000)"),
        (4, "cell too long (1,001 characters; at most 1,000)"),
    ]


def test_an_unclosed_quote_costs_its_row_only() -> None:
    rows = "".join(f"terim{n},orð{n}\n" for n in range(100))
    glossary = _parse('şeker,sykur\n"satış,sala\n' + rows)
    assert len(glossary.entries) == 101
    assert _skips(glossary) == [
        (2, "broken quoting (a quote is never closed; the row is skipped, the next line read)")
    ]
    assert glossary.entries[-1] == glossary.entries[-1].__class__(102, "terim99", "orð99")


def test_a_quoted_cell_may_still_span_lines() -> None:
    glossary = _parse('şeker,sykur\n"satış\nve\npazarlama",sala\nağaç,tré\n')
    assert _pairs(glossary) == [
        (1, "şeker", "sykur"),
        (2, "satış ve pazarlama", "sala"),
        (5, "ağaç", "tré"),
    ]
