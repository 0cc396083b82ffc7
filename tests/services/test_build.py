"""Building into the store: incremental rebuilds, edits in place, retiring, bad files."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from seed_counts import CORE_CARDS, SEED_CARDS, TERM_CARDS
from sqlalchemy import select

from flashcards.builder.cards import CORE_KINDS
from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel
from flashcards.services.build import BuildReport, build
from flashcards.store import cards as store
from flashcards.store.answers import history, write_answer
from flashcards.store.database import Database
from flashcards.store.models import Card
from flashcards.store.schedule import memory_of
from flashcards.types import CardKind, Memory, Rating

TR = "000_fcc629ea91eeff91.txt"
IS = "004_ce7c295c5b1b5ae6.txt"


@pytest.fixture
def articles(tmp_path: Path, seed_dir: Path) -> Path:
    folder = tmp_path / "sales"
    shutil.copytree(seed_dir, folder)
    return folder


def _cards(db: Database, include_retired: bool = True) -> dict[str, store.CardRecord]:
    with db.begin() as session:
        return {c.uid: c for c in store.cards(session, include_retired=include_retired)}


def _build(db: Database, folder: Path):  # type: ignore[no-untyped-def]
    return build(db, [folder], source="tr", target="is", both_directions=True, kinds=CORE_KINDS)


def test_default_build_makes_every_kind_and_the_deck_remembers_a_choice(
    db: Database, articles: Path
) -> None:
    report = build(db, [articles], source="tr", target="is", both_directions=True)
    kinds = {c.kind for c in _cards(db).values()}
    assert report.new == SEED_CARDS and kinds == {
        CardKind.TERM,
        CardKind.DEFINITION,
        CardKind.TECHNIQUE,
        CardKind.LINKED_TERM,
        CardKind.CLOZE,
        CardKind.CONTRAST,
        CardKind.FACT,
    }
    report = build(db, [articles], kinds=[CardKind.TERM])
    assert report.retired == SEED_CARDS - TERM_CARDS and report.unchanged == TERM_CARDS
    again = build(db, [articles])  # the deck keeps making term cards only
    assert again.inputs_unchanged and again.unchanged == TERM_CARDS


def test_first_build_stores_both_directions(db: Database, articles: Path) -> None:
    report = _build(db, articles)
    assert report.ok and report.new == report.cards == CORE_CARDS
    assert report.languages == {"is": 1, "tr": 1}
    assert report.groups == 1 and report.problems == []
    cards = _cards(db)
    assert {(c.source_lang, c.target_lang) for c in cards.values()} == {("tr", "is"), ("is", "tr")}
    with db.begin() as session:
        (deck,) = store.list_decks(session)
    assert (deck.name, deck.source_lang, deck.target_lang, deck.both_directions) == (
        "sales",
        "tr",
        "is",
        True,
    )


def test_rebuild_of_unchanged_files_changes_nothing(db: Database, articles: Path) -> None:
    _build(db, articles)
    before = _cards(db)
    with db.begin() as session:
        stamps = dict(session.execute(select(Card.uid, Card.updated_at)).all())
    report = _build(db, articles)
    assert report.inputs_unchanged and report.unchanged == CORE_CARDS and report.new == 0
    assert report.articles == 2 and report.groups == 1  # the last build's summary
    assert _cards(db) == before
    with db.begin() as session:
        assert dict(session.execute(select(Card.uid, Card.updated_at)).all()) == stamps


def test_editing_a_sentence_updates_the_card_in_place(db: Database, articles: Path) -> None:
    _build(db, articles)
    before = _cards(db)
    old = "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır."
    (studied,) = [c for c in before.values() if c.front == old]
    moment = datetime(2026, 11, 23, 9, tzinfo=UTC)
    with db.begin() as session:
        memory = MemoryModel(SchedulerConfig()).answer(studied.id, Memory(), Rating.EASY, moment)
        write_answer(session, studied.id, Memory(), memory, moment, rating=Rating.EASY)
    path = articles / TR
    old = "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır."
    new = "Satış ancak potansiyel alıcı memnun kaldığında tamamlanır."
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    report = _build(db, articles)
    assert report.updated == 2 and report.new == 0 and report.retired == 0  # both directions
    after = _cards(db)
    assert after.keys() == before.keys()
    (changed,) = [c for c in after.values() if c.front == new]
    assert changed.id == before[changed.uid].id
    assert before[changed.uid].front == old
    assert changed.back == "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið."
    # Its review history and schedule are kept.
    with db.begin() as session:
        assert [e.rating for e in history(session, changed.id)] == [Rating.EASY]
        assert memory_of(session, changed.id) == memory


def test_deleting_a_section_retires_its_cards(db: Database, articles: Path) -> None:
    _build(db, articles)
    first = {c.id for c in _cards(db).values()}
    path = articles / IS
    text = path.read_text("utf-8")
    start = text.index("## Mjúk sölutækni")
    path.write_text(text[:start], "utf-8")
    report = _build(db, articles)
    cards = _cards(db)
    retired = [c for c in cards.values() if c.retired]
    # The five technique pairs, both ways (the sixth step is too long for one), and what
    # only that section named (its terms and the /ecommerce link, whose anchor was in it);
    # nothing else.
    techniques = [c for c in retired if c.kind is CardKind.TECHNIQUE]
    assert len(techniques) == 10 and report.retired == len(retired) > 10
    assert {c.kind for c in retired} <= {CardKind.TECHNIQUE, CardKind.LINKED_TERM, CardKind.TERM}
    assert any(c.kind is CardKind.LINKED_TERM and c.front == "e-ticaret" for c in retired)
    assert len(_cards(db, include_retired=False)) == CORE_CARDS - report.retired + report.new
    # Putting the section back brings the first build's cards back, and only those (a card
    # only the section's absence made, as a vocabulary pair its sentences hid, goes again).
    path.write_text(text, "utf-8")
    count = report.retired
    report = _build(db, articles)
    assert report.restored == count and report.new == 0
    assert {c.id for c in _cards(db).values() if not c.retired} == first


def test_a_file_that_breaks_keeps_its_cards(db: Database, articles: Path) -> None:
    _build(db, articles)
    before = _cards(db)
    (articles / IS).write_text("---\ntitle: [unclosed\n---\nbody\n", "utf-8")
    report = _build(db, articles)
    assert [p.message for p in report.skipped] == [
        p.message for p in report.skipped if "broken front matter" in p.message
    ]
    assert len(report.skipped) == 1 and report.skipped[0].path.endswith(IS)
    assert report.retired == 0
    active = {uid for uid, c in _cards(db).items() if not c.retired}
    assert set(before) <= active
    # The Turkish article, now without a readable translation, adds its own concept card.
    assert active - set(before) == {"sales/file:000_fcc629ea91eeff91/definition/0/tr/tr>tr"}


def test_nothing_buildable_leaves_the_store_untouched(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "a.md").write_bytes(b"\x00\x01\x02binary")
    (folder / "b.md").write_text("", "utf-8")
    report = build(db, [folder])
    assert not report.ok
    assert sorted(Path(p.path).name for p in report.skipped) == ["a.md", "b.md", "junk"]
    with db.begin() as session:
        assert store.list_decks(session) == []


def test_languages_default_to_the_most_common(db: Database, articles: Path) -> None:
    report = build(db, [articles], deck="auto")
    assert len(report.directions) == 1
    assert set(report.directions[0]) == {"tr", "is"}
    # The deck remembers its languages for the next build.
    again = build(db, [articles], deck="auto")
    assert again.directions == report.directions and again.inputs_unchanged


def test_unknown_language_is_a_clear_error(db: Database, articles: Path) -> None:
    with pytest.raises(FlashcardsError, match="unsupported source language 'xx'"):
        build(db, [articles], source="xx", target="is")


def test_choosing_languages_does_not_read_the_files_twice(
    db: Database, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flashcards.builder import pipeline

    calls: list[str] = []
    real = pipeline.read_article

    def counting(path: str, data: bytes, *known):  # type: ignore[no-untyped-def]
        calls.append(path)
        return real(path, data, *known)

    monkeypatch.setattr(pipeline, "read_article", counting)
    report = build(db, [articles])  # no languages given: they are detected first
    assert report.ok and report.parsed == 2
    assert sorted(Path(p).name for p in calls) == sorted([IS, TR])


def test_long_keys_names_and_paths_are_stored_on_every_engine(
    db: Database, articles: Path, tmp_path: Path
) -> None:
    """SQLite ignores VARCHAR lengths and PostgreSQL enforces them: neither may refuse what
    a user's files and names can hold (a long slug, a long deck name, a deep folder)."""
    slug = "yumusak-satis-" * 40  # 560 characters
    deep = tmp_path.joinpath(*(["klasör-" + "x" * 60] * 12))  # a path over 800 characters
    deep.mkdir(parents=True)
    for source in articles.iterdir():
        text = source.read_text(encoding="utf-8")
        (deep / source.name).write_text(
            text.replace("---\n", f"---\nslug: {slug}\n", 1), encoding="utf-8"
        )
    deck = "Satış teknikleri — " + "ð" * 230
    report = build(db, [deep], deck=deck, source="tr", target="is", both_directions=True)
    assert report.ok and report.new > 0
    with db.begin() as session:
        (stored,) = store.list_decks(session)
        longest = max(len(uid) for uid in session.scalars(select(Card.uid)))
    assert stored.name == deck and longest > 600


def test_a_report_stored_before_problems_had_reasons_is_not_reused(
    db: Database, articles: Path
) -> None:
    from flashcards.errors import Reason

    (articles / "broken.md").write_text("---\ntitle: [oops\n---\ntext\n", "utf-8")
    first = _build(db, articles)
    assert [p.reason for p in first.problems] == [Reason.BROKEN_FRONT_MATTER]
    assert [p.reason for p in _build(db, articles).problems] == [Reason.BROKEN_FRONT_MATTER]
    with db.begin() as session:  # as a build stored it before problems had reasons
        deck = store.get_deck(session, "sales")
        assert deck is not None
        summary = store.last_build_report(deck)
        summary["problems"] = [
            {key: p[key] for key in ("path", "message", "severity")} for p in summary["problems"]
        ]
        store.save_build_state(session, deck, deck.build_fingerprint or "", summary)
    again = _build(db, articles)
    assert not again.inputs_unchanged and again.new == 0
    assert [(p.reason, p.message) for p in again.problems] == [
        (Reason.BROKEN_FRONT_MATTER, "broken front matter (while parsing a flow sequence)")
    ]
    third = _build(db, articles)
    assert third.inputs_unchanged
    assert [p.reason for p in third.problems] == [Reason.BROKEN_FRONT_MATTER]


def _rows(db: Database) -> dict[str, tuple[object, ...]]:
    """Every column of every card (retired too) by uid, but its times, ids and deck, and
    where it comes in the order of insertion."""
    left_out = {"id", "deck_id", "created_at", "updated_at"}
    columns = [c for c in Card.__table__.columns if c.name not in left_out]
    with db.read() as session:
        found = session.execute(select(Card.uid, *columns).order_by(Card.id)).all()
    return {row[0]: (n, *row[1:]) for n, row in enumerate(found)}


def test_a_build_in_small_batches_stores_what_one_batch_does(
    db: Database, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cards made, planned and converted a few at a time (and kept on disk until the
    write) make the same deck as all at once, built and rebuilt after an edit."""
    from flashcards.builder import deck
    from flashcards.store import builds

    whole = Database(tmp_path / "whole.sqlite")
    try:

        def both() -> BuildReport:
            build(whole, [articles], source="tr", target="is", both_directions=True)
            with monkeypatch.context() as small:
                small.setattr(deck, "BATCH_CARDS", 7)
                small.setattr(builds, "SPOOL_IN_MEMORY", 1_000)
                return build(db, [articles], source="tr", target="is", both_directions=True)

        assert both().new == SEED_CARDS
        assert _rows(db) == _rows(whole)
        cut, edited = articles / IS, articles / TR
        whole_text, text = cut.read_text("utf-8"), edited.read_text("utf-8")
        cut.write_text(whole_text[: whole_text.index("## Mjúk sölutækni")], "utf-8")
        assert both().retired > 10
        assert _rows(db) == _rows(whole)
        cut.write_text(whole_text, "utf-8")
        edited.write_text(text.replace(".", ", kısaca.", 3), "utf-8")
        again = both()
        assert again.restored > 10 and again.updated
        assert _rows(db) == _rows(whole)
    finally:
        whole.close()
