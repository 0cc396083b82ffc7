"""Translation memories (TMX 1.4) and termbases (TBX) read and written with translate-toolkit.

What is read is untrusted: it is parsed once with defusedxml first, which refuses any
entity declaration (an entity bomb) and any external reference, and nothing is ever
fetched; then translate-toolkit's own (network-free) parser reads the units.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from flashcards.builder.glossary import (
    Glossary,
    GlossaryEntry,
    Skip,
    SkippedRow,
    clean_cell,
    unique_entries,
)
from flashcards.errors import GlossaryError
from flashcards.files import read_regular_file
from flashcards.text.languages import language_name, normalize_lang

#: Larger files are refused (about 200,000 translation units).
MAX_BYTES = 50_000_000
#: Longer segments are skipped: a translation unit is a sentence or a term, not a page.
MAX_SEGMENT = 2_000


class ExchangeFormat(StrEnum):
    """The translators' exchange formats the app reads and writes."""

    TMX = "tmx"
    TBX = "tbx"


@dataclass(frozen=True)
class Unit:
    """A segment and its translation, to write: a sentence pair (TMX) or a term (TBX)."""

    source: str
    target: str
    note: str = ""  # where it comes from (the article)
    context: str = ""  # an id for the unit (the card's or pair's identity)


def _store_class(fmt: ExchangeFormat) -> Any:
    if fmt is ExchangeFormat.TMX:
        from translate.storage.tmx import tmxfile

        return tmxfile
    from translate.storage.tbx import tbxfile

    return tbxfile


def _check_xml(data: bytes, shown: str) -> str:
    """Refuse entity declarations, external references and broken XML, in one line; the
    root element's name (without a namespace) otherwise."""
    from xml.etree.ElementTree import ParseError

    import defusedxml.ElementTree as safe
    from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden

    try:
        root = safe.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as exc:
        what = "an external entity" if exc.sysid or exc.pubid else "an entity"
        raise GlossaryError(shown, f"refused: it declares {what} ({exc.name})") from None
    except ExternalReferenceForbidden:
        raise GlossaryError(shown, "refused: it refers to an external resource") from None
    except DefusedXmlException as exc:
        raise GlossaryError(shown, f"refused: {type(exc).__name__}") from None
    except ParseError as exc:
        raise GlossaryError(shown, f"not well-formed XML ({exc})") from None
    return str(root.tag).rpartition("}")[2]


def _segment(text: str | None) -> str:
    return clean_cell(unicodedata.normalize("NFC", text or ""))


#: TMX inline elements holding the original document's native code (`<b>`, `{1}`, RTF),
#: not text: a card shows the text around them, never the code.
NATIVE_CODE = ("bpt", "ept", "it", "ph", "ut")


def _language(node: Any, helpers: Any) -> str | None:
    """A segment's language, from `xml:lang` or TMX 1.1's `lang`."""
    return normalize_lang(helpers.getXMLlang(node) or node.get("lang") or "")


def _plain_text(unit: Any, node: Any, space: str, helpers: Any) -> str:
    """The text of a unit's segment (`<seg>`, `<term>`) in one language, its inline native
    code left out and `xml:space` honoured."""
    import copy

    from lxml import etree

    text_node = next(node.iterdescendants(unit.namespaced(unit.textNode)), None)
    if text_node is None:
        return ""
    effective = helpers.getXMLspaceInherited(text_node, space)
    bare = copy.deepcopy(text_node)
    etree.strip_elements(bare, *NATIVE_CODE, with_tail=False)
    return _segment(helpers.getText(bare, effective))


def parse_exchange(
    data: bytes, shown: str, fmt: ExchangeFormat, source: str, target: str
) -> Glossary:
    """The (source, target) pairs of a TMX or TBX document, numbered by unit from 1.

    A unit's segments are found by language (`tr`, `tr-TR`, `TR_tr` all mean Turkish);
    a unit without text in one of the two languages, or with a segment too long to be a
    card, is skipped with its reason; a term given twice keeps its first unit.
    """
    root = _check_xml(data, shown)
    if fmt is ExchangeFormat.TBX and root == "tbx":
        raise GlossaryError(
            shown,
            "a TBX 3 termbase (<tbx>), not read: export it as TBX 2 (<martif>), "
            "the format OmegaT reads",
        )
    from lxml.etree import LxmlError
    from translate.misc import xml_helpers

    helpers: Any = xml_helpers  # translate-toolkit's helpers carry no annotations

    try:
        store = _store_class(fmt).parsestring(data)
    except (LxmlError, AssertionError, ValueError) as exc:
        expected = "tmx" if fmt is ExchangeFormat.TMX else "martif"
        reason = str(exc).splitlines()[0] if str(exc) else f"no <{expected}> document"
        raise GlossaryError(shown, f"not a {fmt.value.upper()} file ({reason})") from None
    candidates: list[GlossaryEntry] = []
    skipped: list[SkippedRow] = []
    for number, unit in enumerate(store.units, start=1):
        texts: dict[str, str] = {}
        space = helpers.getXMLspace(unit.xmlelement, "default")
        for node in unit.getlanguageNodes():
            lang = _language(node, helpers)
            if lang is not None and lang not in texts:
                texts[lang] = _plain_text(unit, node, space, helpers)
        missing = [lang for lang in (source, target) if not texts.get(lang)]
        if missing:
            skipped.append(SkippedRow(number, Skip.NO_TEXT, (language_name(missing[0]),)))
            continue
        longest = max(len(texts[source]), len(texts[target]))
        if longest > MAX_SEGMENT:
            values = (str(longest), str(MAX_SEGMENT))
            skipped.append(SkippedRow(number, Skip.SEGMENT_TOO_LONG, values))
            continue
        candidates.append(GlossaryEntry(number, texts[source], texts[target]))
    entries, duplicates = unique_entries(candidates, source, target)
    skipped = sorted([*skipped, *duplicates], key=lambda s: s.row)
    encoding = (store.encoding or "utf-8").lower()
    return Glossary(shown, encoding, "", None, tuple(entries), tuple(skipped))


def read_exchange(path: str | Path, fmt: ExchangeFormat, source: str, target: str) -> Glossary:
    """Read the TMX or TBX file at `path`; GlossaryError (one line) when it cannot be used."""
    shown = str(path)
    file = Path(path).expanduser()
    if file.is_dir():
        raise GlossaryError(shown, f"is a folder, not a {fmt.value.upper()} file")
    data = read_regular_file(file, MAX_BYTES, error=GlossaryError, shown=shown)
    if not data.strip():
        raise GlossaryError(shown, "empty file")
    return parse_exchange(data, shown, fmt, source, target)


def write_exchange(
    units: Sequence[Unit], fmt: ExchangeFormat, source_tag: str, target_tag: str
) -> bytes:
    """A TMX 1.4 translation memory or a TBX termbase of `units` (tags such as tr-TR)."""
    store = _store_class(fmt)(sourcelanguage=source_tag, targetlanguage=target_tag)
    for item in units:
        if fmt is ExchangeFormat.TMX:
            unit = store.addsourceunit(item.source, source_tag)
            unit.settarget(item.target, target_tag, append=True)
        else:
            unit = store.addsourceunit(item.source)
            unit.settarget(item.target, lang=target_tag)
        if item.note:
            unit.addnote(item.note)
        if item.context and fmt is ExchangeFormat.TMX:
            unit.setcontext(item.context)
    data: bytes = bytes(store)
    return data
