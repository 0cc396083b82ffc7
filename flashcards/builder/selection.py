"""Cards a learner makes from what they select in the reader: a term pair in dictionary form
(its translation proposed from the aligned sentence), or a cloze of the sentence with the
selection blanked; and, at each build, those whose sentence is still in the article."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from flashcards.builder import cloze
from flashcards.builder import terms as t
from flashcards.builder.lexicon import Pair
from flashcards.builder.statements import without_dangling
from flashcards.text.analysis import TERM_POS, Analysis, Phrase, Pos
from flashcards.text.fold import fold
from flashcards.types import Article, CardKind, CardSpec, Group

#: The position part of a selection card's note key and uid.
POSITION = "selection"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*-?")


@dataclass(frozen=True)
class Span:
    """A selection in one sentence: [start, end) of `sentence`."""

    sentence: str
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.sentence[self.start : self.end]


@dataclass(frozen=True)
class Picked:
    """A selection snapped to whole words: as written, in dictionary form, and its key (the
    lemmas of the words that carry its meaning, lower case)."""

    span: Span
    lemma: str
    key: t.Key

    @property
    def text(self) -> str:
        return self.span.text


class Proposed(StrEnum):
    """Where a proposed counterpart comes from."""

    SELECTED = "selected"  # the learner selected it in the other column
    CARD = "card"  # a card of the deck translates the term so
    ALIGNED = "aligned"  # the aligned sentences of the pair name the two together
    SAME = "same"  # written the same (a name, a number)
    PLACE = "place"  # a guess: the noun phrase at the same place of the aligned sentence
    NONE = "none"  # nothing to propose: the learner types it


@dataclass(frozen=True)
class Counterpart:
    """The translation proposed for a selection, and why."""

    picked: Picked | None
    why: Proposed


def _overlapping(analysis: Analysis, start: int, end: int) -> list[int]:
    return [i for i, w in enumerate(analysis.words) if w.end > start and w.start < end]


def snap(span: Span, analysis: Analysis | None) -> Span | None:
    """The selection grown to whole words and trimmed of spaces and punctuation at its ends;
    None if it holds no word."""
    if analysis is not None and analysis.words:
        found = _overlapping(analysis, span.start, span.end)
        if found:
            first, last = analysis.words[found[0]], analysis.words[found[-1]]
            return Span(span.sentence, first.start, last.end)
    words = [
        m for m in _WORD.finditer(span.sentence) if m.end() > span.start and m.start() < span.end
    ]
    if not words:
        return None
    return Span(span.sentence, words[0].start(), words[-1].end())


def _phrase_tail(phrase: Phrase, count: int) -> str:
    """The last `count` words of a phrase in dictionary form (the phrase itself if it has
    fewer: its determiner is not in its dictionary form)."""
    words = phrase.lemma.split()
    return " ".join(words[-count:]) if count <= len(words) else phrase.lemma


def pick(span: Span, analysis: Analysis | None) -> Picked | None:
    """The selection in dictionary form: the noun phrase it is (*harða söluna → hörð sala*),
    or ends (*söluna → sala*), or holds with only a determiner beside it; else its words'
    lemmas (*vísar → vísa*); as written where the language has no analyser."""
    snapped = snap(span, analysis)
    if snapped is None:
        return None
    if analysis is None or not analysis.words:
        text = snapped.text
        return Picked(snapped, text[:1].lower() + text[1:], (fold(text),))
    found = _overlapping(analysis, snapped.start, snapped.end)
    first, last = found[0], found[-1]
    words = analysis.words[first : last + 1]
    key = tuple(w.lemma.lower() for w in words if w.pos in TERM_POS) or tuple(
        w.lemma.lower() for w in words
    )
    for phrase in analysis.phrases:
        if phrase.first <= first and last <= phrase.last and last == phrase.last:
            return Picked(snapped, _phrase_tail(phrase, last - first + 1), key)
        inside = first <= phrase.first and phrase.last <= last
        rest = [
            w
            for i, w in enumerate(words, first)
            if not phrase.first <= i <= phrase.last and w.pos in TERM_POS | {Pos.VERB}
        ]
        if inside and not rest:
            return Picked(snapped, phrase.lemma, key)
    return Picked(snapped, " ".join(w.lemma for w in words), key)


def phrases_of(sentence: str, analysis: Analysis | None) -> list[Picked]:
    """The noun phrases of a sentence, as picks (in order)."""
    if analysis is None:
        return []
    found = []
    for phrase in analysis.phrases:
        head = analysis.words[phrase.head]
        if head.pos not in (Pos.NOUN, Pos.PROPN) or head.ambiguous:
            continue
        start, end = analysis.span(phrase)
        found.append(
            Picked(Span(sentence, start, end), phrase.lemma, t.phrase_key(analysis, phrase))
        )
    return found


def propose(
    picked: Picked,
    mine: Sequence[Picked],
    theirs: Sequence[Picked],
    known: Mapping[str, set[str]],
    lexicon: Sequence[Pair],
) -> Counterpart:
    """The noun phrase of the aligned sentences (`theirs`) that translates `picked`: one a
    card of the deck already pairs with it (`known`: folded dictionary form → folded
    translations), one the pair's aligned sentences name with it (`lexicon`), one written
    the same; failing those, the one at the same place among the phrases (`mine`: the
    selected sentence's own), a guess the learner checks."""
    if not theirs:
        return Counterpart(None, Proposed.NONE)
    meant = known.get(fold(picked.lemma), set())
    for other in theirs:
        if fold(other.lemma) in meant:
            return Counterpart(other, Proposed.CARD)
    for other in theirs:  # a phrase ending in it: "hugsanlegur viðskiptavinur", "viðskiptavinur"
        words = other.lemma.split()
        for n in range(len(words) - 1, 0, -1):
            if fold(" ".join(words[-n:])) in meant:
                ending = Picked(other.span, " ".join(words[-n:]), other.key[-n:])
                return Counterpart(ending, Proposed.CARD)
    wanted = {p.target.key for p in lexicon if p.source.key == picked.key}
    wanted = wanted or {p.target.key for p in lexicon if p.source.key == picked.key[-1:]}
    for other in theirs:
        if other.key in wanted:
            return Counterpart(other, Proposed.ALIGNED)
    for other in theirs:
        tail = next((k for k in wanted if other.key[-len(k) :] == k), None)
        if tail is not None:  # the phrase ends in it: "potansiyel müşteri" for "müşteri"
            shorter = Picked(other.span, " ".join(other.lemma.split()[-len(tail) :]), tail)
            return Counterpart(shorter, Proposed.ALIGNED)
    for other in theirs:
        if fold(other.text) == fold(picked.text):
            return Counterpart(other, Proposed.SAME)
    start, end = picked.span.start, picked.span.end
    place = next((k for k, p in enumerate(mine) if p.span.end > start and p.span.start < end), None)
    if place is None:  # not a noun phrase (a verb): no guess by its place
        return Counterpart(None, Proposed.NONE)
    share = place / max(len(mine), 1)
    nearest = min(range(len(theirs)), key=lambda k: abs(k / len(theirs) - share))
    return Counterpart(theirs[nearest], Proposed.PLACE)


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode("utf-8"), digest_size=8).hexdigest()


def note_for(deck: str, group_key: str, lang: str, sentence: str) -> str:
    """The note key of a sentence that has no card yet: its selection cards' siblings."""
    return f"{deck}/{group_key}/{POSITION}/{lang}.{_digest(sentence)}"


def _uid(deck: str, group_key: str, kind: CardKind, span: Span, lang: str, pair: str) -> str:
    digest = _digest(span.sentence, str(span.start), span.text)
    return f"{deck}/{group_key}/{POSITION}/{kind.value}/{lang}.{digest}/{pair}"


@dataclass(frozen=True)
class Where:
    """The article a selection was made in: the deck, the group and its files, the note
    key its cards share with the sentence's other cards."""

    deck: str
    group_key: str
    source_files: tuple[str, ...]
    note_key: str


def term_cards(
    where: Where,
    directions: Sequence[tuple[str, str]],
    lang: str,
    span: Span,
    terms: Mapping[str, str],
    contexts: Mapping[str, str],
) -> list[CardSpec]:
    """The term card of each direction: `terms` and `contexts` by language (the term in
    dictionary form, the sentence it is used in); the selection (in `lang`) is its identity."""
    cards = []
    for source, target in directions:
        if source not in terms or target not in terms:
            continue
        cards.append(
            CardSpec(
                uid=_uid(
                    where.deck, where.group_key, CardKind.TERM, span, lang, f"{source}>{target}"
                ),
                note_key=where.note_key,
                kind=CardKind.TERM,
                source_lang=source,
                target_lang=target,
                front=terms[source],
                back=terms[target],
                extra=without_dangling(contexts.get(target, "")),
                group_key=where.group_key,
                source_files=where.source_files,
            )
        )
    return cards


def cloze_card(
    where: Where,
    lang: str,
    picked: Picked,
    analysis: Analysis | None,
    hint_lang: str,
    hint: str,
) -> CardSpec:
    """The sentence of `picked` with it blanked, the aligned sentence(s) in `hint_lang` as
    the hint; the answer is the words as written, their dictionary form the lemma."""
    span = picked.span
    blank = cloze.Blank(span.start, span.end, picked.lemma, picked.key, 0.0, POSITION)
    if analysis is not None:
        front = cloze.front(span.sentence, analysis, blank, hint)
    else:
        blanked = blank.apply(span.sentence)
        front = f"{blanked}\n{without_dangling(hint)}" if hint else blanked
    source = hint_lang if hint else lang
    return CardSpec(
        uid=_uid(where.deck, where.group_key, CardKind.CLOZE, span, lang, f"{source}>{lang}"),
        note_key=where.note_key,
        kind=CardKind.CLOZE,
        source_lang=source,
        target_lang=lang,
        front=front,
        back=picked.text,
        extra=span.sentence,
        group_key=where.group_key,
        source_files=where.source_files,
        answer_lemma=picked.lemma if picked.lemma != picked.text else "",
    )


@dataclass(frozen=True)
class Anchored:
    """A selection card as stored: the sentence (in `lang`) it was made in, and the card."""

    lang: str
    sentence: str
    spec: CardSpec


def texts_of(article: Article) -> Iterator[str]:
    """Every text the reader shows of an article: its title, headings, sentences, items."""
    yield article.title
    for section in article.sections:
        if section.heading:
            yield section.heading
        yield from section.units


def kept_cards(anchored: Iterable[Anchored], groups: Sequence[Group]) -> list[CardSpec]:
    """The selection cards a build makes again: those whose sentence its group's article
    in that language still has (with the group's files as they are now); the others it
    retires, with their history, until the sentence comes back."""
    by_key = {group.key: group for group in groups}
    texts: dict[tuple[str, str], set[str]] = {}
    kept = []
    for card in anchored:
        group = by_key.get(card.spec.group_key)
        article = group.members.get(card.lang) if group is not None else None
        if group is None or article is None:
            continue
        present = texts.setdefault((group.key, card.lang), set(texts_of(article)))
        if card.sentence in present:
            kept.append(dataclasses.replace(card.spec, source_files=group.paths))
    return kept


def gone_uids(
    anchored: Iterable[Anchored], kept: Iterable[CardSpec], groups: Iterable[str] | None
) -> set[str]:
    """The selection cards whose sentence is gone from the groups a build made (all of
    them with None): retired even in a direction the build does not make (a cloze of a
    sentence of the question language)."""
    made = {spec.uid for spec in kept}
    return {
        card.spec.uid
        for card in anchored
        if card.spec.uid not in made and (groups is None or card.spec.group_key in groups)
    }
