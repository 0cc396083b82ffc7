"""Cards from a selection in the reader: a term pair in dictionary form with its translation
proposed from the aligned sentence, a cloze of the sentence; siblings of the sentence's other
cards, kept by rebuilds while the sentence is there, retired with their history when it
goes, restored when it comes back."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flashcards.builder.cloze import BLANK
from flashcards.builder.selection import Proposed, note_for
from flashcards.builder.shipped import load_parses
from flashcards.errors import FlashcardsError
from flashcards.quiz.grading import Verdict, grade
from flashcards.services import reading
from flashcards.services.build import build
from flashcards.services.selection import (
    Selected,
    add_from_selection,
    draft_cloze,
    draft_term,
    locate,
)
from flashcards.services.study import StudySession
from flashcards.services.undo import UndoAction, UndoError, undo
from flashcards.store.database import Database
from flashcards.store.models import Card, ReviewLog, SelectionCard
from flashcards.types import CardKind, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
SENTENCE = (
    "Sölumaður gæti notað meira samtalsaðferð til að leyfa hugsanlegum viðskiptavinum að slaka á."
)
HARD = "Til að skilja betur erfiðu söluna er gagnlegt að íhuga harða söluna"


@pytest.fixture
def folder(tmp_path: Path, seed_dir: Path) -> Path:
    copy = tmp_path / "articles"
    shutil.copytree(seed_dir, copy)
    return copy


@pytest.fixture
def deck(db: Database, folder: Path, seed_dir: Path) -> Database:
    parses = load_parses(seed_dir)  # as the app's first start: no analyser loaded
    build(db, [folder], deck="sales", source="tr", target="is", both_directions=True, parsed=parses)
    return db


def _selected(db: Database, starts: str, words: str, other: str | None = None) -> Selected:
    """`words` selected in the Icelandic sentence starting `starts` (the reader's right
    column), and `other` in its Turkish counterpart if given."""
    (choice,) = reading.article_choices(db, "sales")
    pair = reading.reading_pair(db, "sales", choice.group_key, "tr", "is", NOW)
    row = next(r for r in pair.rows if any(u.startswith(starts) for u in r.right.units))
    text = row.right.text
    at = text.index(words)
    other_span = None
    if other is not None:
        o = row.left.text.index(other)
        other_span = (o, o + len(other))
    return Selected(
        "sales",
        choice.group_key,
        "is",
        row.right.units,
        at,
        at + len(words),
        "tr",
        row.left.units,
        other_span,
        tuple(m.card_id for m in row.right.cards),
    )


def _cards(db: Database, ids: list[int]) -> list[Card]:
    with db.read() as session:
        rows = session.scalars(select(Card).where(Card.id.in_(ids)).order_by(Card.id)).all()
        session.expunge_all()
        return list(rows)


def test_a_selection_is_located_in_its_sentence() -> None:
    units = ("Birinci cümle.", "İkinci cümle burada.")
    span = locate(units, 15, 21)
    assert span is not None and span.sentence == units[1] and span.text == "İkinci"
    assert locate(units, 14, 15) is None  # only the space between them


def test_a_term_pair_from_an_icelandic_selection_in_dictionary_form(deck: Database) -> None:
    selected = _selected(deck, "Til að skilja", "harða söluna")
    draft = draft_term(deck, selected)
    assert draft.picked.lemma == "hörð sala"
    assert draft.picked.text == "harða söluna"
    assert draft.directions == (("tr", "is"), ("is", "tr"))
    assert draft.other_lemma  # proposed from the aligned Turkish sentence
    assert draft.why is not Proposed.NONE
    added = add_from_selection(deck, draft, "hörð sala", "sert satış")
    cards = _cards(deck, added.value)
    assert [(c.source_lang, c.target_lang) for c in cards] == [("tr", "is"), ("is", "tr")]
    forward, reverse = cards
    assert (forward.front, forward.back) == ("sert satış", "hörð sala")
    assert (reverse.front, reverse.back) == ("hörð sala", "sert satış")
    assert forward.extra.startswith(HARD)  # the sentence it was selected in: its context
    assert forward.kind == reverse.kind == CardKind.TERM.value
    # The sentence has no other card: the two are siblings of a note of their own.
    assert not selected.siblings
    assert (
        forward.note_key
        == reverse.note_key
        == note_for("sales", selected.group_key, "is", draft.sentence)
    )
    assert added.changes.card_set and set(added.changes.card_ids) == set(added.value)
    # The same selection again: the same cards (stable identities), nothing added.
    again = draft_term(deck, selected)
    assert again.made_before
    assert add_from_selection(deck, again, "hörð sala", "sert satış").value == added.value


def test_the_counterpart_comes_from_the_decks_cards_or_the_other_columns_selection(
    deck: Database,
) -> None:
    proposed = draft_term(deck, _selected(deck, "Harðsala er hönnuð", "neytanda"))
    assert (proposed.picked.lemma, proposed.other_lemma) == ("neytandi", "tüketici")
    assert proposed.why is Proposed.CARD
    # The deck's term cards with those words are shown as duplicates.
    assert {(c.front, c.back) for c in proposed.duplicates} >= {("tüketici", "neytandi")}
    # Added, they are siblings of the sentence's other cards.
    selected = _selected(deck, "Harðsala er hönnuð", "neytanda")
    assert selected.siblings
    added = add_from_selection(deck, proposed, "neytandi", "tüketici")
    with deck.read() as session:
        notes = set(session.scalars(select(Card.note_key).where(Card.id.in_(selected.siblings))))
    assert {c.note_key for c in _cards(deck, added.value)} <= notes
    chosen = draft_term(deck, _selected(deck, "Harðsala er hönnuð", "neytanda", "kısa vadede"))
    assert chosen.why is Proposed.SELECTED
    assert chosen.other_lemma == "kısa vade"
    # A plural phrase is named as the deck's cards name it, in the singular.
    plural = draft_term(deck, _selected(deck, "Sölumaður gæti", "hugsanlegum viðskiptavinum"))
    assert plural.picked.lemma == "hugsanlegur viðskiptavinur"
    assert (plural.other_lemma, plural.why) == ("potansiyel müşteri", Proposed.CARD)
    # A verb is not guessed from its place among the noun phrases.
    verb = draft_term(deck, _selected(deck, "Sölumaður gæti", "leyfa"))
    assert verb.picked.lemma and verb.why is Proposed.NONE and not verb.other_lemma


def test_a_cloze_from_a_selection_blanks_it_and_grades_other_forms(deck: Database) -> None:
    draft = draft_cloze(deck, _selected(deck, "Til að skilja", "harða söluna"))
    (spec,) = draft.specs
    assert (spec.source_lang, spec.target_lang) == ("tr", "is")
    question, hint = spec.front.split("\n")
    assert BLANK in question and "harða söluna" not in question
    assert hint.startswith("Zor satışı daha iyi")  # the aligned Turkish sentence
    (card,) = _cards(deck, add_from_selection(deck, draft).value)
    assert (card.kind, card.back, card.answer_lemma) == ("cloze", "harða söluna", "hörð sala")
    typed = grade("harðri sölu", card.back, "is", lemma=card.answer_lemma)
    assert typed.verdict is Verdict.WRONG_FORM


def test_nothing_selected_is_one_line(deck: Database) -> None:
    selected = _selected(deck, "Til að skilja", "harða söluna")
    empty = Selected(selected.deck, selected.group_key, "is", selected.units, 3, 3, "tr")
    with pytest.raises(FlashcardsError, match="select a word"):
        draft_term(deck, empty)


def _ids_states(db: Database, ids: list[int]) -> list[tuple[int, bool]]:
    return [(c.id, c.retired) for c in _cards(db, ids)]


def _rebuild(db: Database, folder: Path) -> None:
    build(db, [folder], deck="sales", source="tr", target="is", both_directions=True)


def test_rebuilds_keep_selection_cards_and_retire_them_when_their_sentence_goes(
    deck: Database, folder: Path
) -> None:
    term = draft_term(deck, _selected(deck, "Sölumaður gæti", "Sölumaður"))
    ids = add_from_selection(deck, term, term.picked.lemma, "satış elemanı").value
    cloze = draft_cloze(deck, _selected(deck, "Sölumaður gæti", "samtalsaðferð"))
    ids += add_from_selection(deck, cloze).value
    session = StudySession(deck, tz=UTC)
    session.answer(ids[0], Rating.GOOD, NOW)
    session.close()
    icelandic = folder / "004_ce7c295c5b1b5ae6.txt"
    original = icelandic.read_text("utf-8")
    # Another sentence of the article changes: the selection cards stay as they are.
    icelandic.write_text(original.replace("Harðsala er hönnuð", "Harðsalan er hönnuð"), "utf-8")
    _rebuild(deck, folder)
    assert _ids_states(deck, ids) == [(i, False) for i in ids]
    # Their sentence goes: they are retired, their history kept.
    icelandic.write_text(original.replace(SENTENCE + " ", ""), "utf-8")
    _rebuild(deck, folder)
    assert _ids_states(deck, ids) == [(i, True) for i in ids]
    with deck.read() as session_:
        reviews = session_.scalar(
            select(func.count()).select_from(ReviewLog).where(ReviewLog.card_id == ids[0])
        )
    assert reviews == 1
    # It comes back: so do they, the same cards with their history.
    icelandic.write_text(original, "utf-8")
    _rebuild(deck, folder)
    assert _ids_states(deck, ids) == [(i, False) for i in ids]
    (first,) = _cards(deck, ids[:1])
    assert first.reps == 1


def test_a_deleted_selection_card_comes_back_when_made_again(deck: Database) -> None:
    from flashcards.services import browse

    draft = draft_cloze(deck, _selected(deck, "Sölumaður gæti", "samtalsaðferð"))
    (card_id,) = add_from_selection(deck, draft).value
    browse.retire(deck, [card_id])
    assert _ids_states(deck, [card_id]) == [(card_id, True)]
    assert add_from_selection(deck, draft).value == [card_id]
    assert _ids_states(deck, [card_id]) == [(card_id, False)]


def _anchored(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(SelectionCard.uid)))


def test_undoing_a_selection_card_takes_it_and_its_sentence_away(
    deck: Database, folder: Path
) -> None:
    before = _anchored(deck)
    draft = draft_term(deck, _selected(deck, "Til að skilja", "harða söluna"))
    added = add_from_selection(deck, draft, "hörð sala", "sert satış")
    step = added.undo
    assert step is not None and step.action is UndoAction.ADD
    assert set(step.card_ids) == set(added.value) and not step.before  # both new
    changes = undo(deck, step)
    assert changes.card_set and changes.undo
    assert _cards(deck, added.value) == [] and _anchored(deck) == before
    # A build does not make them again: the sentence they were made in is forgotten.
    _rebuild(deck, folder)
    again = draft_term(deck, _selected(deck, "Til að skilja", "harða söluna"))
    assert not again.made_before
    # Making the same selection twice: the second changed nothing, and has nothing to undo.
    first = add_from_selection(deck, again, "hörð sala", "sert satış")
    assert add_from_selection(deck, again, "hörð sala", "sert satış").undo is None
    assert first.undo is not None


def test_undoing_a_deleted_selection_card_made_again_deletes_it_again(deck: Database) -> None:
    from flashcards.services import browse

    draft = draft_cloze(deck, _selected(deck, "Sölumaður gæti", "samtalsaðferð"))
    (card_id,) = add_from_selection(deck, draft).value
    session = StudySession(deck, tz=UTC)
    session.answer(card_id, Rating.GOOD, NOW)
    session.close()
    browse.retire(deck, [card_id])
    (deleted,) = _cards(deck, [card_id])
    revived = add_from_selection(deck, draft)
    assert revived.value == [card_id] and revived.undo is not None
    assert revived.undo.before  # it existed: put back, not deleted for good
    undo(deck, revived.undo)
    (card,) = _cards(deck, [card_id])
    assert (card.deleted, card.retired, card.reps) == (deleted.deleted, deleted.retired, 1)
    assert (card.front, card.back, card.updated_at) == (
        deleted.front,
        deleted.back,
        deleted.updated_at,
    )
    assert _ids_states(deck, [card_id]) == [(card_id, True)]
    assert card.uid in _anchored(deck)  # its sentence still remembered, as before


def test_a_selection_card_answered_since_cannot_be_undone(deck: Database) -> None:
    draft = draft_cloze(deck, _selected(deck, "Sölumaður gæti", "samtalsaðferð"))
    added = add_from_selection(deck, draft)
    session = StudySession(deck, tz=UTC)
    session.answer(added.value[0], Rating.GOOD, NOW)
    session.close()
    assert added.undo is not None
    with pytest.raises(UndoError, match="answered since"):
        undo(deck, added.undo)
    assert [c.id for c in _cards(deck, added.value)] == added.value


def test_a_turkish_selection_makes_the_same_pair_from_the_other_side(deck: Database) -> None:
    (choice,) = reading.article_choices(deck, "sales")
    pair = reading.reading_pair(deck, "sales", choice.group_key, "tr", "is", NOW)
    row = next(r for r in pair.rows if r.left.text.startswith("Yumuşak bir satış, potansiyel"))
    at = row.left.text.index("müşterileri")
    selected = Selected(
        "sales",
        choice.group_key,
        "tr",
        row.left.units,
        at + 2,  # a part of the word: the whole word is taken
        at + 8,
        "is",
        row.right.units,
    )
    draft = draft_term(deck, selected)
    assert draft.picked.text == "müşterileri" and draft.picked.lemma == "müşteri"
    assert draft.other_lemma == "viðskiptavinur" and draft.why is Proposed.CARD
    assert draft.directions == (("tr", "is"), ("is", "tr"))
    assert {(s.front, s.back) for s in draft.specs} == {
        ("müşteri", "viðskiptavinur"),
        ("viðskiptavinur", "müşteri"),
    }


TURKISH = (
    "Bir satış görevlisi, potansiyel müşterinin rahatlamasına izin vermek için daha fazla "
    "konuşma yaklaşımı kullanabilir."
)


def test_a_cloze_of_the_question_language_is_retired_with_its_sentence(
    db: Database, folder: Path, seed_dir: Path
) -> None:
    """In a deck asked one way (Turkish → Icelandic) a cloze of a Turkish sentence is asked
    the other way; it goes with its sentence all the same."""
    parses = load_parses(seed_dir)
    build(db, [folder], deck="sales", source="tr", target="is", parsed=parses)
    (choice,) = reading.article_choices(db, "sales")
    pair = reading.reading_pair(db, "sales", choice.group_key, "tr", "is", NOW)
    row = next(r for r in pair.rows if TURKISH in r.left.units)
    at = row.left.text.index("konuşma yaklaşımı")
    selected = Selected(
        "sales", choice.group_key, "tr", row.left.units, at, at + 17, "is", row.right.units
    )
    (card_id,) = add_from_selection(db, draft_cloze(db, selected)).value
    (card,) = _cards(db, [card_id])
    assert (card.source_lang, card.target_lang) == ("is", "tr")
    turkish = folder / "000_fcc629ea91eeff91.txt"
    original = turkish.read_text("utf-8")
    turkish.write_text(original.replace(TURKISH + " ", ""), "utf-8")
    build(db, [folder], deck="sales")
    assert _ids_states(db, [card_id]) == [(card_id, True)]
    turkish.write_text(original, "utf-8")
    build(db, [folder], deck="sales")
    assert _ids_states(db, [card_id]) == [(card_id, False)]
