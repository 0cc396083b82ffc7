"""Read a glossary (CSV or TSV term list) into term pairs, naming every row it cannot use."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from flashcards.builder.decode import LEGACY, decode_with, word_score
from flashcards.cells import restore_cell
from flashcards.errors import GlossaryError, Reason
from flashcards.files import read_regular_file
from flashcards.text.fold import normalize
from flashcards.text.languages import normalize_lang

#: A glossary larger than this is refused (about 150,000 rows of short terms).
MAX_BYTES = 5_000_000

# csv refuses cells over 128 KiB with a message about quoting; cells are checked against
# MAX_CELL instead, with the right reason (a glossary is at most MAX_BYTES long).
csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))

#: A term or translation longer than this is no term (a row with one is skipped).
MAX_CELL = 1_000

#: A quoted cell may run over this many lines; a quote left open longer is broken quoting,
#: and reading goes on at the line after the row's first.
MAX_RECORD_LINES = 50

#: Delimiters a glossary may use, the extension's own first.
DELIMITERS = (",", ";", "\t")

#: Lines looked at to tell the delimiter.
_SNIFF_LINES = 50

#: Header words naming the column of terms (questions) and of translations (answers).
SOURCE_WORDS = frozenset(
    {"term", "terms", "source", "front", "question", "word", "phrase", "expression", "original"}
)
TARGET_WORDS = frozenset(
    {"translation", "translations", "target", "back", "answer", "meaning", "equivalent"}
)
#: Header words of columns that are read past (notes, and the rest of our own export).
OTHER_WORDS = frozenset(
    {
        "id",
        "deck",
        "kind",
        "source_lang",
        "target_lang",
        "extra",
        "group_key",
        "source_files",
        "note",
        "notes",
        "comment",
        "comments",
        "example",
        "examples",
        "context",
        "definition",
        "tags",
        "tag",
    }
)
#: Language names in their own language, beyond the English ones lingua knows.
NATIVE_NAMES = {
    "türkçe": "tr",
    "turkce": "tr",
    "íslenska": "is",
    "islenska": "is",
    "deutsch": "de",
    "français": "fr",
    "español": "es",
    "italiano": "it",
    "nederlands": "nl",
    "português": "pt",
    "dansk": "da",
    "svenska": "sv",
    "norsk": "nb",
    "suomi": "fi",
    "polski": "pl",
}

#: The columns of `flashcards export --format csv` this reader uses.
EXPORT_COLUMNS = frozenset({"kind", "front", "back"})

_INVISIBLE = str.maketrans("", "", "\ufeff\u200b\u200c\u200d\u2060")
#: The encoding of a UTF-8 file with a few lines that are not: those rows are skipped.
MIXED = "utf-8 (with errors)"
MIXED_NOTE = "not UTF-8 like the rest of the file"
#: Marks a row that could not be decoded: the replacement character.
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class GlossaryEntry:
    """A usable row: a term in the source language and its translation."""

    row: int
    source: str
    target: str


class Skip(StrEnum):
    """Why a row gave no term pair: the reason in English, with {0}, {1} … for its values
    (the app shows each in the interface language)."""

    EMPTY_CELL = "empty cell"
    COLUMNS = "expected {0} columns, found {1}"
    NOT_TERM = "not a term card (kind {0})"
    LANGUAGES = "languages {0} → {1}, not {2} ↔ {3}"
    ENCODING = "encoding problem ({0})"
    QUOTING = "broken quoting ({0})"
    TOO_LONG = "cell too long ({0} characters; at most {1})"
    DUPLICATE = "duplicate of row {0}"
    CONFLICT = "duplicate of row {0} (the same term, another translation)"
    IN_DECK = "already in deck {0}"
    DELETED = "deleted from deck {0}; not brought back"
    NO_TEXT = "no {0} text"  # a translation unit or term entry without that language
    SEGMENT_TOO_LONG = "segment too long ({0} characters; at most {1})"


@dataclass(frozen=True)
class SkippedRow:
    """A row that gave no term pair, and why."""

    row: int
    why: Skip
    values: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        """The reason in English, its values filled in."""
        return self.why.value.format(*self.values)

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True)
class Glossary:
    """What a glossary file holds: its term pairs and the rows it could not use.

    Rows are numbered by the line they start on, counting from 1 (a header is row 1).
    """

    path: str
    encoding: str
    delimiter: str
    header: tuple[str, ...] | None
    entries: tuple[GlossaryEntry, ...] = ()
    skipped: tuple[SkippedRow, ...] = ()


@dataclass(frozen=True)
class _Layout:
    """Where the term and the translation are in each row, and how wide a row is."""

    source_col: int
    target_col: int
    width: int
    kind_col: int | None = None
    source_lang_col: int | None = None
    target_lang_col: int | None = None


def term_key(term: str, lang: str) -> str:
    """The form a term is compared in: case, punctuation and spacing folded (Turkish İ/ı)."""
    return normalize(term, lang) or " ".join(term.casefold().split())


def clean_cell(value: str) -> str:
    """NFC, invisible characters removed, runs of white space made one space, trimmed.

    A formula quoted by an export ("'=x", see `flashcards.cells`) is given back as it was.
    """
    text = unicodedata.normalize("NFC", restore_cell(value)).translate(_INVISIBLE)
    return " ".join(text.split())


# --- bytes to text --------------------------------------------------------------------


def _utf8_lines(data: bytes) -> tuple[int, int]:
    """(lines that are UTF-8 with non-ASCII letters, lines that are not UTF-8)."""
    good = bad = 0
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
        else:
            good += 1
    return good, bad


def _decode_legacy(data: bytes, langs: Sequence[str]) -> tuple[str, str]:
    """An 8-bit glossary: the encoding whose non-ASCII words are words of its languages.

    cp1254 (Turkish) and latin-1 (Icelandic) differ in six letters only (ğ/ð, ş/þ, ı/ý and
    capitals); "yumuşak" is a Turkish word and "yumuþak" is no word at all.
    """
    best: tuple[tuple[float, int, int], str, str] | None = None
    for order, (encoding, lang) in enumerate(LEGACY):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        key = (word_score(text, langs), int(lang in langs), -order)
        if best is None or key > best[0]:
            best = (key, text, encoding)
    if best is None:  # latin-1 decodes any bytes, so this is only a safeguard
        raise ValueError("no text encoding fits")
    return best[1], best[2]


def decode_glossary(data: bytes, path: str, langs: Sequence[str] = ()) -> tuple[str, str]:
    """Decode a glossary, returning (text with LF line ends, encoding name).

    A BOM decides; otherwise UTF-8; otherwise the legacy 8-bit encoding that reads best in
    `langs`.  A file that is UTF-8 but for a few lines keeps those lines undecodable (they
    hold U+FFFD and are skipped as an encoding problem) rather than garbling the rest.
    Raises GlossaryError for empty, huge or binary files.
    """

    def not_utf8(raw: bytes) -> tuple[str, str]:
        good, bad = _utf8_lines(raw)
        if good >= bad:
            return raw.decode("utf-8", errors="replace"), MIXED
        return _decode_legacy(raw, langs)

    return decode_with(
        data, path, fallback=not_utf8, error=GlossaryError, limit=MAX_BYTES, what="a text glossary"
    )


# --- text to rows ---------------------------------------------------------------------


def _default_delimiter(path: str) -> str:
    return "\t" if Path(path).suffix.lower() in (".tsv", ".tab") else ","


def _consistency(sample: str, delimiter: str) -> float:
    """The share of sample rows with the most common width, when that width is 2 or more."""
    try:
        widths = [
            len(_trim(row))
            for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
            if any(cell.strip() for cell in row)
        ]
    except csv.Error:
        return 0.0
    if not widths:
        return 0.0
    width, count = Counter(widths).most_common(1)[0]
    return count / len(widths) if width >= 2 else 0.0


def sniff_delimiter(text: str, path: str) -> str:
    """The delimiter of `text`: the extension's (tab for .tsv, comma otherwise) when rows
    split evenly on it, else whichever of comma, semicolon and tab splits them most evenly."""
    default = _default_delimiter(path)
    sample = "\n".join(text.split("\n")[:_SNIFF_LINES])
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    if scores[default] >= 0.8:
        return default
    best = max(DELIMITERS, key=lambda d: (scores[d], d == default))
    return best if scores[best] > 0 else default


def _trim(row: list[str], width: int = 0) -> list[str]:
    """The row without the empty cells a spreadsheet leaves at its end (beyond `width`)."""
    end = len(row)
    while end > width and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _records(text: str, delimiter: str) -> list[tuple[int, list[str] | SkippedRow]]:
    """(first line, cells or why there are none) for each record; blank lines are left out.

    Records are read one at a time from the line they start on, so one broken row costs
    only itself: a quote never closed (within `MAX_RECORD_LINES` lines) is reported and
    reading goes on at the next line, instead of the rest of the file being one cell.
    """
    lines = text.split("\n")
    records: list[tuple[int, list[str] | SkippedRow]] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        start = i + 1
        parsed = _one_record(lines, i, delimiter)
        if isinstance(parsed, str):
            records.append((start, SkippedRow(start, Skip.QUOTING, (parsed,))))
            i += 1
            continue
        row, used = parsed
        if any(cell.strip() for cell in row):
            records.append((start, row))
        i += used
    return records


def _one_record(lines: list[str], first: int, delimiter: str) -> tuple[list[str], int] | str:
    """The record starting at line `first` and the lines it spans, or why it is broken."""
    span = 1
    while True:
        window = "\n".join(lines[first : first + span]) + "\n"
        reader = csv.reader(io.StringIO(window), delimiter=delimiter, strict=True)
        try:
            row = next(reader, [])
        except csv.Error as exc:
            message = str(exc)
            if "unexpected end of data" not in message and "new-line character" not in message:
                return message
            if span >= MAX_RECORD_LINES or first + span >= len(lines):
                return "a quote is never closed; the row is skipped, the next line read"
            span = min(MAX_RECORD_LINES, span * 2)  # the quoted cell goes on: read further
            continue
        return row, max(1, reader.line_num)


# --- rows to term pairs ---------------------------------------------------------------


def _header_lang(cell: str) -> str | None:
    text = cell.strip().casefold()
    return NATIVE_NAMES.get(text) or (normalize_lang(text) if text else None)


def _find_layout(header: Sequence[str], source: str, target: str, path: str) -> _Layout | None:
    """The layout a header row names, or None when the first row is no header."""
    names = [clean_cell(cell).casefold() for cell in header]
    width = len(names)
    if set(names) >= EXPORT_COLUMNS:
        index = names.index
        return _Layout(
            source_col=index("front"),
            target_col=index("back"),
            width=width,
            kind_col=index("kind"),
            source_lang_col=index("source_lang") if "source_lang" in names else None,
            target_lang_col=index("target_lang") if "target_lang" in names else None,
        )
    source_col = target_col = None
    recognised = 0
    langs: list[str] = []
    for col, name in enumerate(names):
        lang = _header_lang(name)
        if lang is not None:
            recognised += 1
            langs.append(lang)
            if lang == source and source_col is None:
                source_col = col
            elif lang == target and target_col is None:
                target_col = col
        elif name in SOURCE_WORDS:
            recognised += 1
            source_col = col if source_col is None else source_col
        elif name in TARGET_WORDS:
            recognised += 1
            target_col = col if target_col is None else target_col
        elif name in OTHER_WORDS or not name:
            recognised += 1
    if len(set(langs)) < len(langs) and source != target:
        return None  # "Turkish, Türkçe": a row of data, not two columns in one language
    if source_col is not None and target_col is not None:
        return _Layout(source_col, target_col, width)
    if recognised == width and (source_col is not None or target_col is not None or langs):
        named = ", ".join(n for n in names if n)
        missing = "terms" if source_col is None else "translations"
        raise GlossaryError(
            path,
            f"the header ({named}) names no column of {missing} for --source {source} "
            f"--target {target}",
            reason=Reason.NO_COLUMN,
            values=(named, missing),
        )
    return None


def _row_pair(
    row: int, cells: list[str], layout: _Layout, source: str, target: str, encoding: str
) -> tuple[str, str] | SkippedRow:
    """(term, translation) from a row, or why it gives none."""
    if _REPLACEMENT in "".join(cells):
        lost = MIXED_NOTE if encoding == MIXED else "U+FFFD, a character lost earlier"
        return SkippedRow(row, Skip.ENCODING, (lost,))
    trimmed = _trim(cells, layout.width)
    needed = max(layout.source_col, layout.target_col) + 1
    if not needed <= len(trimmed) <= layout.width:
        return SkippedRow(row, Skip.COLUMNS, (str(layout.width), str(len(trimmed))))
    cells = [clean_cell(c) for c in cells] + [""] * (layout.width - len(cells))
    front, back = cells[layout.source_col], cells[layout.target_col]
    longest = max(len(front), len(back))
    if longest > MAX_CELL:
        return SkippedRow(row, Skip.TOO_LONG, (f"{longest:,}", f"{MAX_CELL:,}"))
    if layout.kind_col is not None:
        kind = cells[layout.kind_col] or "none"
        if kind.casefold() != "term":
            return SkippedRow(row, Skip.NOT_TERM, (kind,))
    if layout.source_lang_col is not None and layout.target_lang_col is not None:
        row_langs = (cells[layout.source_lang_col], cells[layout.target_lang_col])
        pair = tuple(normalize_lang(lang) for lang in row_langs)
        if pair == (target, source) and pair != (source, target):
            front, back = back, front
        elif pair != (source, target):
            found = (row_langs[0] or "?", row_langs[1] or "?")
            return SkippedRow(row, Skip.LANGUAGES, (*found, source, target))
    if not front or not back:
        return SkippedRow(row, Skip.EMPTY_CELL)
    return front, back


def parse_glossary(
    text: str, path: str, source: str, target: str, encoding: str = "utf-8"
) -> Glossary:
    """The term pairs of a decoded glossary, for questions in `source`, answers in `target`.

    Two columns (term, translation), or columns named by a header row: language codes or
    names (tr, is, Turkish), term/translation, source/target, front/back, in either
    order, or the columns of `flashcards export --format csv` (term cards only, in
    either direction).  A term given twice keeps its first row.
    """
    delimiter = sniff_delimiter(text, path)
    records = _records(text, delimiter)
    layout = _Layout(0, 1, 2)
    header: tuple[str, ...] | None = None
    first_cells = records[0][1] if records else None
    if isinstance(first_cells, list):
        found = _find_layout(first_cells, source, target, path)
        if found is not None:
            layout, header = found, tuple(clean_cell(c) for c in first_cells)
            records = records[1:]
    candidates: list[GlossaryEntry] = []
    skipped: list[SkippedRow] = []
    for row, cells in records:
        pair = (
            cells
            if isinstance(cells, SkippedRow)
            else _row_pair(row, cells, layout, source, target, encoding)
        )
        if isinstance(pair, SkippedRow):
            skipped.append(pair)
        else:
            candidates.append(GlossaryEntry(row, *pair))
    entries, duplicates = unique_entries(candidates, source, target)
    skipped = sorted([*skipped, *duplicates], key=lambda s: s.row)
    return Glossary(path, encoding, delimiter, header, tuple(entries), tuple(skipped))


def unique_entries(
    candidates: Sequence[GlossaryEntry], source: str, target: str
) -> tuple[list[GlossaryEntry], list[SkippedRow]]:
    """The entries with a term not given before, and the later ones skipped with their
    reason: the same pair again, or the same term with another translation."""
    entries: list[GlossaryEntry] = []
    skipped: list[SkippedRow] = []
    seen: dict[str, GlossaryEntry] = {}
    for entry in candidates:
        key = term_key(entry.source, source)
        first = seen.get(key)
        if first is None:
            seen[key] = entry
            entries.append(entry)
        elif term_key(first.target, target) == term_key(entry.target, target):
            skipped.append(SkippedRow(entry.row, Skip.DUPLICATE, (str(first.row),)))
        else:
            skipped.append(SkippedRow(entry.row, Skip.CONFLICT, (str(first.row),)))
    return entries, skipped


def read_glossary(path: str | Path, source: str, target: str) -> Glossary:
    """Read, decode and parse the glossary at `path`; GlossaryError when it cannot be read."""
    shown = str(path)
    file = Path(path).expanduser()
    if file.is_dir():
        raise GlossaryError(shown, "is a folder, not a glossary file", reason=Reason.FOLDER)
    # Only a regular file is read, never waiting on a FIFO, and never more than the limit.
    data = read_regular_file(file, MAX_BYTES, error=GlossaryError, shown=shown)
    text, encoding = decode_glossary(data, shown, (source, target))
    return parse_glossary(text, shown, source, target, encoding)
