"""The seed deck as TMX and TBX, read back with translate-toolkit; translation memories and
termbases imported as cards: deduplicated, idempotent, removed units retired with history."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from seed_counts import TERMBASE_UNITS
from translate.storage.tbx import tbxfile
from translate.storage.tmx import tmxfile

from flashcards.builder.glossary import Skip
from flashcards.builder.tmx import ExchangeFormat, Unit, write_exchange
from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel
from flashcards.services.build import build
from flashcards.services.exchange import (
    export_exchange,
    export_exchange_file,
    import_exchange,
    is_sentence,
    language_tag,
)
from flashcards.store import cards as store
from flashcards.store.answers import history, write_answer
from flashcards.store.database import Database
from flashcards.store.schedule import memory_of
from flashcards.types import CardKind, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def _seed(db: Database, seed_dir: Path) -> dict[str, store.CardRecord]:
    build(db, [seed_dir], deck="sales", source="tr", target="is", both_directions=True)
    return _cards(db, "sales")


def _cards(db: Database, deck: str, retired: bool = False) -> dict[str, store.CardRecord]:
    with db.begin() as session:
        return {c.uid: c for c in store.cards(session, deck, include_retired=retired)}


def test_language_tags_and_sentences() -> None:
    assert (language_tag("tr"), language_tag("is"), language_tag("und")) == (
        "tr-TR",
        "is-IS",
        "und",
    )
    assert is_sentence("Satış elemanı ihtiyaçları belirleyecektir.")
    assert is_sentence("Yumuşak Satış Nedir?")
    assert not is_sentence("Yumuşak Satış") and not is_sentence("rafrænum viðskiptum")


def test_the_deck_as_a_translation_memory(db: Database, seed_dir: Path) -> None:
    cards = _seed(db, seed_dir)
    data, written = export_exchange(db, ExchangeFormat.TMX, "sales")
    store_ = tmxfile.parsestring(data)
    assert written.units == len(store_.units) and written.decks == 1
    pairs = {(u.source, u.target) for u in store_.units}
    techniques = {
        (c.front, c.back)
        for c in cards.values()
        if c.kind is CardKind.TECHNIQUE and c.source_lang == "tr"
    }
    assert techniques and techniques <= pairs  # every technique pair
    assert ("Yumuşak Satış", "Mjúk selja") in pairs  # the titles, as the articles have them
    assert ("Yumuşak Satış Nedir?", "Hvað er mjúk sala?") in pairs  # the definition heading
    assert any(t.startswith("Mjúk sala vísar til") for _, t in pairs)  # definition sentences
    # The summary (the descriptions) is here once: the seed's equals its first definition pair.
    described = [u for u in store_.units if u.source.startswith("Yumuşak satış, ince bir dil")]
    assert len(described) == 1 and described[0].target.startswith("Mjúk sala vísar til")
    assert all("Yumuşak Satış (000_fcc629ea91eeff91.txt)" in u.getnotes() for u in store_.units)
    assert {n.get("{http://www.w3.org/XML/1998/namespace}lang") for u in store_.units
            for n in u.getlanguageNodes()} == {"tr-TR", "is-IS"}  # fmt: skip
    assert b'srclang="tr-TR"' in data


def test_the_deck_as_a_termbase(db: Database, seed_dir: Path, tmp_path: Path) -> None:
    cards = _seed(db, seed_dir)
    out = tmp_path / "sales.tbx"
    written = export_exchange_file(db, out, ExchangeFormat.TBX, "sales")
    termbase = tbxfile.parsestring(out.read_bytes())
    expected = {
        (c.front, c.back)
        for c in cards.values()
        if c.kind in (CardKind.TERM, CardKind.LINKED_TERM) and c.source_lang == "tr"
    }
    assert {(u.source, u.target) for u in termbase.units} == expected
    assert written.units == len(expected) == TERMBASE_UNITS
    with pytest.raises(FlashcardsError, match="no deck named 'nope'"):
        export_exchange(db, ExchangeFormat.TBX, "nope")


def _memory(path: Path, units: list[Unit]) -> Path:
    path.write_bytes(write_exchange(units, ExchangeFormat.TMX, "tr-TR", "is-IS"))
    return path


SENTENCES = [
    Unit("Satış elemanı cevaplara göre karar verir.", "Sölumaðurinn ákveður út frá svörunum."),
    Unit("Müşteri her zaman haklıdır.", "Viðskiptavinurinn hefur alltaf rétt fyrir sér."),
    Unit("ihracat", "útflutningur"),
]


def test_a_translation_memory_becomes_sentence_and_term_cards(db: Database, tmp_path: Path) -> None:
    path = _memory(tmp_path / "memory.tmx", SENTENCES)
    report = import_exchange(db, path, ExchangeFormat.TMX, "tr", "is", both_directions=True)
    assert (report.deck, report.added, report.skipped, report.entry_noun) == (
        "memory",
        6,
        [],
        "unit",
    )
    cards = _cards(db, "memory")
    kinds = {(c.front, c.kind) for c in cards.values() if c.source_lang == "tr"}
    assert kinds == {
        (SENTENCES[0].source, CardKind.TECHNIQUE),
        (SENTENCES[1].source, CardKind.TECHNIQUE),
        ("ihracat", CardKind.TERM),
    }
    again = import_exchange(db, path, ExchangeFormat.TMX, "tr", "is", both_directions=True)
    assert (again.added, again.updated, again.unchanged, again.retired) == (0, 0, 6, 0)
    # Exported again, the imported sentences are in the deck's translation memory.
    data, _ = export_exchange(db, ExchangeFormat.TMX, "memory")
    assert {(u.source, u.target) for u in tmxfile.parsestring(data).units} == {
        (u.source, u.target) for u in SENTENCES[:2]
    }


def test_units_the_deck_has_are_skipped(db: Database, seed_dir: Path, tmp_path: Path) -> None:
    _seed(db, seed_dir)
    data, _ = export_exchange(db, ExchangeFormat.TMX, "sales")
    path = tmp_path / "sales-memory.tmx"
    path.write_bytes(data)
    report = import_exchange(db, path, ExchangeFormat.TMX, "tr", "is", deck="sales")
    in_deck = [s for s in report.skipped if s.why is Skip.IN_DECK]
    assert len(in_deck) >= 6  # the technique steps are cards of the deck already
    assert report.added == report.entries - len(in_deck)


def test_a_unit_removed_from_the_memory_retires_its_card_with_its_history(
    db: Database, tmp_path: Path
) -> None:
    path = _memory(tmp_path / "memory.tmx", SENTENCES)
    import_exchange(db, path, ExchangeFormat.TMX, "tr", "is")
    studied = next(c for c in _cards(db, "memory").values() if c.front == SENTENCES[1].source)
    model = MemoryModel(SchedulerConfig())
    with db.begin() as session:
        before = memory_of(session, studied.id)
        after = model.answer(studied.id, before, Rating.GOOD, NOW)
        write_answer(session, studied.id, before, after, NOW, rating=Rating.GOOD)
    _memory(path, [SENTENCES[0], SENTENCES[2]])
    report = import_exchange(db, path, ExchangeFormat.TMX, "tr", "is")
    assert (report.retired, report.unchanged) == (1, 2)
    retired = _cards(db, "memory", retired=True)[studied.uid]
    assert retired.retired and studied.uid not in _cards(db, "memory")
    with db.begin() as session:
        assert len(history(session, studied.id)) == 1
    _memory(path, SENTENCES)
    back = import_exchange(db, path, ExchangeFormat.TMX, "tr", "is")
    assert back.restored == 1
    with db.begin() as session:
        assert len(history(session, studied.id)) == 1 and memory_of(session, studied.id).reps == 1
    # A file that gives nothing usable (here: asked in other languages) retires nothing.
    _memory(path, [])
    empty = import_exchange(db, path, ExchangeFormat.TMX, "tr", "is")
    assert not empty.ok and empty.retired == 0 and len(_cards(db, "memory")) == 3


def test_a_termbase_becomes_term_cards(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    path.write_bytes(
        write_exchange(
            [Unit("İhracat", "útflutningur"), Unit("Müşteri", "viðskiptavinur")],
            ExchangeFormat.TBX,
            "tr-TR",
            "is-IS",
        )
    )
    report = import_exchange(db, path, ExchangeFormat.TBX, "tr", "is")
    assert (report.added, report.kinds, report.entry_noun) == (2, ["term"], "entry")
    cards = _cards(db, "terms")
    assert {(c.front, c.back, c.kind) for c in cards.values()} == {
        ("İhracat", "útflutningur", CardKind.TERM),
        ("Müşteri", "viðskiptavinur", CardKind.TERM),
    }
    # The same stem as a glossary or memory is another file: neither retires the other's cards.
    memory = _memory(tmp_path / "terms.tmx", [SENTENCES[0]])
    import_exchange(db, memory, ExchangeFormat.TMX, "tr", "is", deck="terms")
    assert len(_cards(db, "terms")) == 3
