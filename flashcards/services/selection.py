"""Cards from a selection in the reader: T makes a term pair in dictionary form (its
translation proposed from the aligned sentence), C a cloze of the sentence with the selection
blanked; each is a sibling of the sentence's other cards and lives as long as its sentence
is in the article (a build retires it, with its history, when the sentence goes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from flashcards.builder import selection as sel
from flashcards.builder.lexicon import learn
from flashcards.errors import FlashcardsError
from flashcards.records import CardRecord
from flashcards.services.adding import duplicates_in
from flashcards.services.changes import Changed, Changes
from flashcards.services.undo import UndoAction, UndoStep
from flashcards.store import cards as card_store
from flashcards.store import made
from flashcards.store.database import Database
from flashcards.text.analysis import Analysis
from flashcards.text.fold import fold
from flashcards.types import Article, CardKind, CardSpec, Group


@dataclass(frozen=True)
class Selected:
    """What the learner selected in the reader: [start, end) of the text of one side of a
    row (its sentences joined by spaces, in `lang`), the other side's sentences and what
    was selected there (if anything), and the cards that ask about the row's sentence."""

    deck: str
    group_key: str
    lang: str
    units: tuple[str, ...]
    start: int
    end: int
    other_lang: str
    other_units: tuple[str, ...] = ()
    other: tuple[int, int] | None = None
    siblings: tuple[int, ...] = ()


def locate(units: Sequence[str], start: int, end: int) -> sel.Span | None:
    """The selection of the joined `units` as a span of the sentence it starts in (cut at
    that sentence's end); None if it holds no text."""
    at = 0
    for unit in units:
        stop = at + len(unit)
        if start < stop and end > at:
            lo, hi = max(start, at) - at, min(end, stop) - at
            if unit[lo:hi].strip():
                return sel.Span(unit, lo, hi)
        at = stop + 1
    return None


@dataclass(frozen=True)
class Draft:
    """The card(s) a selection makes, as proposed before they are added."""

    selected: Selected
    kind: CardKind
    picked: sel.Picked
    #: The proposed translation in dictionary form ("" for none), the sentence it is in.
    other_lemma: str
    other_sentence: str
    why: sel.Proposed
    directions: tuple[tuple[str, str], ...]
    specs: tuple[CardSpec, ...]
    duplicates: tuple[CardRecord, ...] = ()
    #: This selection made these cards before (adding them again changes nothing).
    made_before: bool = False
    hint: str = field(default="")

    @property
    def sentence(self) -> str:
        return self.picked.span.sentence


@dataclass(frozen=True)
class _Context:
    deck_id: int
    directions: tuple[tuple[str, str], ...]
    articles: dict[str, Article]
    where: sel.Where


def _context(session: Session, selected: Selected, sentence: str) -> _Context:
    deck = card_store.get_deck(session, selected.deck)
    if deck is None:
        raise FlashcardsError(f"no deck named {selected.deck!r}")
    groups = card_store.deck_groups(session, selected.deck)
    if selected.group_key not in groups:
        raise FlashcardsError(f"deck {selected.deck!r} has no article {selected.group_key!r}")
    paths = groups[selected.group_key]
    articles = {
        lang: article for _path, lang, article in card_store.parsed_articles(session, paths)
    }
    pair = (selected.lang, selected.other_lang)
    if deck.source_lang in pair and deck.target_lang in pair:
        first = (deck.source_lang, deck.target_lang)
    else:
        first = pair if selected.lang == deck.source_lang else pair[::-1]
    directions = (first, first[::-1]) if deck.both_directions else (first,)
    note = made.first_note(session, selected.siblings) or sel.note_for(
        selected.deck, selected.group_key, selected.lang, sentence
    )
    return _Context(
        deck.id, directions, articles, sel.Where(deck.name, selected.group_key, paths, note)
    )


def _analysis(articles: dict[str, Article], lang: str, text: str) -> Analysis | None:
    article = articles.get(lang)
    return article.analysis(text) if article is not None else None


def _picked(selected: Selected) -> sel.Span:
    span = locate(selected.units, selected.start, selected.end)
    if span is None:
        raise FlashcardsError("select a word or phrase first")
    return span


def _known(
    pairs: Sequence[tuple[str, str, str, str]], lang: str, other: str
) -> dict[str, set[str]]:
    """What the deck's term cards translate each term of `lang` by, in `other` (folded)."""
    known: dict[str, set[str]] = {}
    for source, target, front, back in pairs:
        if (source, target) == (lang, other):
            known.setdefault(fold(front), set()).add(fold(back))
        elif (source, target) == (other, lang):
            known.setdefault(fold(back), set()).add(fold(front))
    return known


def _as_named(
    picked: sel.Picked, pairs: Sequence[tuple[str, str, str, str]], lang: str
) -> sel.Picked:
    """`picked` as a term card of the deck names it, when one names its words in their
    dictionary forms (*hugsanlegur viðskiptavinur* for the plural phrase *hugsanlegum
    viðskiptavinum*, whose own dictionary form stays plural)."""
    wanted = fold(" ".join(picked.key))
    if not wanted or wanted == fold(picked.lemma):
        return picked
    for source, target, front, back in pairs:
        for side_lang, text in ((source, front), (target, back)):
            if side_lang == lang and fold(text) == wanted:
                return sel.Picked(picked.span, text, picked.key)
    return picked


def _duplicates(
    session: Session, ctx: _Context, forms: dict[str, str], specs: Sequence[CardSpec]
) -> tuple[CardRecord, ...]:
    folded = {lang: {fold(text)} for lang, text in forms.items() if text}
    return tuple(duplicates_in(session, ctx.deck_id, folded, skip=[s.uid for s in specs]))


def draft_term(db: Database, selected: Selected) -> Draft:
    """The term pair the selection makes: itself in dictionary form, and its translation
    selected in the other column or else proposed from the aligned sentence."""
    span = _picked(selected)
    with db.read() as session:
        ctx = _context(session, selected, span.sentence)
        analysis = _analysis(ctx.articles, selected.lang, span.sentence)
        picked = sel.pick(span, analysis)
        if picked is None:
            raise FlashcardsError("select a word or phrase first")
        pairs = made.term_pairs(session, ctx.deck_id)
        picked = _as_named(picked, pairs, selected.lang)
        other_sentence = " ".join(selected.other_units)
        counterpart = sel.Counterpart(None, sel.Proposed.NONE)
        theirs_span = (
            locate(selected.other_units, *selected.other) if selected.other is not None else None
        )
        if theirs_span is not None:
            mine = sel.pick(
                theirs_span, _analysis(ctx.articles, selected.other_lang, theirs_span.sentence)
            )
            if mine is not None:
                mine = _as_named(mine, pairs, selected.other_lang)
            counterpart = sel.Counterpart(mine, sel.Proposed.SELECTED)
        elif selected.other_units:
            theirs = [
                p
                for unit in selected.other_units
                for p in sel.phrases_of(unit, _analysis(ctx.articles, selected.other_lang, unit))
            ]
            own = sel.phrases_of(span.sentence, analysis)
            src, tgt = ctx.articles.get(selected.lang), ctx.articles.get(selected.other_lang)
            lexicon = (
                learn(
                    [Group(selected.group_key, {src.lang: src, tgt.lang: tgt})], src.lang, tgt.lang
                )
                if src is not None and tgt is not None
                else []
            )
            known = _known(pairs, selected.lang, selected.other_lang)
            counterpart = sel.propose(picked, own, theirs, known, lexicon)
        other_lemma = counterpart.picked.lemma if counterpart.picked is not None else ""
        if counterpart.picked is not None:
            other_sentence = counterpart.picked.span.sentence
        specs = _term_specs(ctx, selected, picked, other_lemma, other_sentence)
        forms = {selected.lang: picked.lemma, selected.other_lang: other_lemma}
        return Draft(
            selected,
            CardKind.TERM,
            picked,
            other_lemma,
            other_sentence,
            counterpart.why,
            ctx.directions,
            tuple(specs),
            _duplicates(session, ctx, forms, specs),
            bool(specs)
            and made.existing_uids(session, ctx.deck_id, [s.uid for s in specs])
            == {s.uid for s in specs},
        )


def _term_specs(
    ctx: _Context, selected: Selected, picked: sel.Picked, other_lemma: str, other_sentence: str
) -> list[CardSpec]:
    terms = {selected.lang: picked.lemma}
    if other_lemma:
        terms[selected.other_lang] = other_lemma
    contexts = {selected.lang: picked.span.sentence, selected.other_lang: other_sentence}
    return sel.term_cards(ctx.where, ctx.directions, selected.lang, picked.span, terms, contexts)


def draft_cloze(db: Database, selected: Selected) -> Draft:
    """The cloze the selection makes: its sentence with it blanked, the aligned sentence as
    the hint."""
    span = _picked(selected)
    with db.read() as session:
        ctx = _context(session, selected, span.sentence)
        analysis = _analysis(ctx.articles, selected.lang, span.sentence)
        picked = sel.pick(span, analysis)
        if picked is None:
            raise FlashcardsError("select a word or phrase first")
        hint = " ".join(selected.other_units)
        spec = sel.cloze_card(ctx.where, selected.lang, picked, analysis, selected.other_lang, hint)
        return Draft(
            selected,
            CardKind.CLOZE,
            picked,
            "",
            hint,
            sel.Proposed.NONE,
            ((spec.source_lang, spec.target_lang),),
            (spec,),
            _duplicates(session, ctx, {selected.lang: picked.lemma}, [spec]),
            bool(made.existing_uids(session, ctx.deck_id, [spec.uid])),
            hint,
        )


def add_from_selection(
    db: Database, draft: Draft, term: str = "", translation: str = ""
) -> Changed[list[int]]:
    """Add the draft's cards (a term pair with `term` and `translation` as the learner
    left them, or its cloze), and remember the sentence they were made in; returns their
    ids.  A card this selection made before and the learner deleted comes back."""
    selected = draft.selected
    with db.begin() as session:
        ctx = _context(session, selected, draft.sentence)
        if draft.kind is CardKind.TERM:
            term, translation = " ".join(term.split()), " ".join(translation.split())
            if not term or not translation:
                raise FlashcardsError("a term card needs the term and its translation")
            picked = sel.Picked(draft.picked.span, term, draft.picked.key)
            specs = _term_specs(ctx, selected, picked, translation, draft.other_sentence)
        else:
            specs = list(draft.specs)
        uids = [s.uid for s in specs]
        before = made.cards_before_adding(session, ctx.deck_id, uids)
        anchored = made.anchor_specs(session, uids)
        made.revive(session, ctx.deck_id, uids)
        changed = card_store.add_cards(session, ctx.deck_id, specs)
        made.save_anchors(session, ctx.deck_id, [(selected.lang, draft.sentence, s) for s in specs])
        ids = made.card_ids(session, ctx.deck_id, uids)
    step = _undo_step(dict(zip(uids, ids, strict=True)), changed, before, anchored)
    return Changed(ids, Changes.of_cards(ids, card_set=True, study_queue=True), step)


def _undo_step(
    ids: dict[str, int],
    changed: dict[str, card_store.CardChange],
    before: dict[str, tuple[int, dict[str, Any]]],
    anchored: dict[str, str],
) -> UndoStep | None:
    """What undoing the addition puts back: new cards deleted, cards brought back or
    updated as they were (deleted again, if the learner had deleted them), the sentences
    remembered for them as before; None if the selection changed nothing."""

    def wrote(uid: str, change: str) -> bool:
        if uid in before and (before[uid][1]["deleted"] or before[uid][1]["retired"]):
            return True  # brought back (`revive`, `restored`; an edited card's text kept)
        return change not in ("unchanged", "edited")

    touched = [uid for uid, change in changed.items() if wrote(uid, change)]
    if not touched:
        return None
    return UndoStep(
        UndoAction.ADD,
        tuple(ids[uid] for uid in touched),
        before={before[uid][0]: before[uid][1] for uid in touched if uid in before},
        anchors=tuple((uid, anchored.get(uid)) for uid in touched),
    )
