"""Turn a group of translations into question/answer cards for one language direction: the
concepts' terms and definitions, the aligned steps and facts, linked terms and vocabulary."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Container, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources

from flashcards.builder import terms as t
from flashcards.builder.align import align_sections, aligned_units, matched_sections
from flashcards.builder.lexicon import Pair
from flashcards.builder.problems import problem
from flashcards.builder.statements import (
    self_contained,
    sentence_case,
    without_dangling,
    word_count,
)
from flashcards.errors import Reason
from flashcards.text.analysis import Analysis, Phrase, Pos
from flashcards.types import (
    Article,
    CardKind,
    CardSpec,
    Group,
    Link,
    Problem,
    Role,
    Section,
    Severity,
)

#: Every kind of card; a deck may switch some off.
ALL_KINDS: frozenset[CardKind] = frozenset(CardKind)
#: The kinds made from whole sentences for practice, beyond term and translation cards.
PRACTICE_KINDS: frozenset[CardKind] = frozenset(
    {CardKind.CLOZE, CardKind.SUMMARY, CardKind.CONTRAST}
)
#: Term, definition, technique, fact and linked-term cards: translations of the article.
CORE_KINDS: frozenset[CardKind] = ALL_KINDS - PRACTICE_KINDS
#: Kinds that need the language layer (lemmas, noun phrases): not made for other languages.
ANALYSED_KINDS: frozenset[CardKind] = frozenset(
    {CardKind.LINKED_TERM, CardKind.CLOZE, CardKind.CONTRAST, CardKind.FACT}
)

#: A first sentence shorter than this is too thin to define anything: the next one joins it.
_SHORT_SENTENCE = 40
#: At most this many vocabulary cards per article and direction, the surest first.
MAX_VOCABULARY = 12
#: Facts are sentences of this many words (shorter say nothing, longer are paragraphs).
FACT_WORDS = (6, 40)
#: A step to say in the other language holds at most this many words on either side: a
#: longer one (the 40-word e-commerce example) is a paragraph to recite, not a card; its
#: terms and its clozes (clause-trimmed) are what is learnt from it.
STEP_WORDS = 35


@functools.cache
def _questions() -> dict[str, dict[str, str]]:
    text = resources.files("flashcards.builder").joinpath("data/questions.toml").read_text("utf-8")
    return tomllib.loads(text)


def what_is(term: str, lang: str) -> str:
    """ "What is …?" in `lang` (English when the language has no template)."""
    template = _questions().get(lang, _questions()["en"])["what_is"]
    question = template.format(term=term)
    return question[:1].upper() + question[1:]


def note_key(deck: str, group: str, kind: CardKind, position: str) -> str:
    """The key shared by sibling cards (both directions of one fact)."""
    return f"{deck}/{group}/{kind.value}/{position}"


def card(
    deck: str,
    group: Group,
    kind: CardKind,
    position: str,
    pair: tuple[str, str],
    front: str,
    back: str,
    extra: str = "",
    *,
    alternatives: Sequence[str] = (),
    answer_lemma: str = "",
    variant: str = "",
    paths: tuple[str, ...] | None = None,
) -> CardSpec:
    """A card of `group`; its identity comes from the deck, group, kind and `position` (and
    `variant`, for the cards of one note that differ: the blanks of one sentence).
    `paths`: `group.paths`, when the caller has it (it makes many cards of the group)."""
    source, target = pair
    # note_key(deck, group.key, …); `_value_`: its value, without `Enum.value`'s property
    note = f"{deck}/{group.key}/{kind._value_}/{position}"
    if source == target:
        note = f"{note}/{source}"
    undangled = _UNDANGLED.get
    shown, answer, more = undangled(front), undangled(back), undangled(extra)
    # `made(CardSpec, …)` with its values as the card's attributes (one dict, not the
    # keywords' dict and a copy): a frozen `__init__`'s twelve `object.__setattr__` calls
    # spared for each of a big build's hundreds of thousands of cards.
    spec = _new(CardSpec)
    _set(
        spec,
        "__dict__",
        {
            "uid": f"{note}/{variant}/{source}>{target}"
            if variant
            else f"{note}/{source}>{target}",
            "note_key": note,
            "kind": kind,
            "source_lang": source,
            "target_lang": target,
            "front": _undangled_now(front) if shown is None else shown,
            "back": _undangled_now(back) if answer is None else answer,
            "extra": _undangled_now(extra) if more is None else more,
            "group_key": group.key,
            "source_files": group.paths if paths is None else paths,
            "alternatives": tuple([a for a in dict.fromkeys(alternatives) if a and a != back])
            if alternatives
            else (),
            "answer_lemma": answer_lemma if answer_lemma != back else "",
        },
    )
    return spec


_new = object.__new__
_set = object.__setattr__


#: `without_dangling` of the texts of the cards made since `terms.forget`: a card's texts
#: recur (a section's heading on each of its cards, a sentence a cloze card's context for
#: each blank and another card's front or back, in both directions).
_UNDANGLED: dict[str, str] = t.forgotten_with_articles({})


def _undangled_now(text: str) -> str:
    """`without_dangling(text)` of a text not in `_UNDANGLED`, kept there (until
    `terms.forget`; `card` looks it up first: most are there, but each cloze card's front
    is new)."""
    if len(_UNDANGLED) > 100_000:
        _UNDANGLED.clear()
    found = _UNDANGLED[text] = without_dangling(text)
    return found


def definition_answer(section: Section) -> tuple[str, ...]:
    """The first sentence(s) of a definition: enough to say what the term is."""
    units = section.units
    answer = list(units[:1])
    if answer and len(answer[0]) < _SHORT_SENTENCE and len(units) > 1:
        answer.append(units[1])
    return tuple(answer)


def _sections(article: Article, role: Role) -> list[Section]:
    return [s for s in article.sections if s.role is role and s.units]


@dataclass
class Pairing:
    """Two translations of one group, the cards made from one into the other, and the terms
    already asked for (a linked term or a vocabulary pair that one of them names again is
    not made twice)."""

    group: Group
    deck: str
    src: Article
    tgt: Article
    lexicon: Sequence[Pair] = ()
    taken: set[t.Key] = field(default_factory=set)
    #: The languages, the group's paths: what each of its cards is made with.
    pair: tuple[str, str] = field(init=False)
    paths: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.pair = self.src.lang, self.tgt.lang
        self.paths = self.group.paths

    def card(
        self,
        kind: CardKind,
        position: str,
        front: str,
        back: str,
        extra: str = "",
        *,
        alternatives: Sequence[str] = (),
        answer_lemma: str = "",
    ) -> CardSpec:
        return card(
            self.deck,
            self.group,
            kind,
            position,
            self.pair,
            front,
            back,
            extra,
            alternatives=alternatives,
            answer_lemma=answer_lemma,
            paths=self.paths,
        )

    @functools.cached_property
    def other_definition(self) -> tuple[str, str] | None:
        """See `_other_definition` (the term and the definition cards both ask)."""
        return _other_definition(self)

    @functools.cached_property
    def concepts(self) -> tuple[t.Term | None, t.Term | None]:
        return t.concept(self.src), t.concept(self.tgt)

    @functools.cached_property
    def others(self) -> tuple[t.Term | None, t.Term | None]:
        own_s, own_t = self.concepts
        return (
            t.other_concept(self.src, own_s) if own_s else None,
            t.other_concept(self.tgt, own_t) if own_t else None,
        )


def term_cards(p: Pairing) -> list[CardSpec]:
    """The article's concept, named as each body names it, and the one it is compared with."""
    own_s, own_t = p.concepts
    if own_s is None or own_t is None:  # no analysis: the titles
        return [p.card(CardKind.TERM, "title", p.src.title, p.tgt.title, p.tgt.description)]
    title = t.title_term(p.tgt)
    cards = [
        p.card(
            CardKind.TERM,
            "title",
            own_s.label,
            own_t.label,
            p.tgt.description,
            alternatives=[p.tgt.title] if title is not None and title.key != own_t.key else [],
            answer_lemma=own_t.lemma,
        )
    ]
    p.taken.update({own_s.key, own_t.key})
    other_s, other_t = p.others
    if other_s is not None and other_t is not None:
        defined = p.other_definition
        cards.append(
            p.card(
                CardKind.TERM,
                "other",
                other_s.label,
                other_t.label,
                defined[1] if defined else "",
                alternatives=[
                    a.lemma for a in _other_links(p.tgt, own_t)[1] if a.key != other_t.key
                ],
                answer_lemma=other_t.lemma,
            )
        )
        p.taken.update({other_s.key, other_t.key})
    return cards


@t.per_article_and
def _other_links(article: Article, own: t.Term) -> tuple[set[str], list[t.Term]]:
    """The comparison section's links to the other concept (their anchors name a rival of
    `own`: "harða söluna"), as targets and as the terms they are written as."""
    section = article.section(Role.COMPARISON)
    if section is None:
        return set(), []
    targets, found = set(), []
    for link in article.links:
        if not any(link.text in u for u in section.units):
            continue
        term = anchor_term(article, link)
        if term is not None and t.is_rival(term.key, own):
            targets.add(link.target)
            found.append(term)
    return targets, found


def _other_definition(p: Pairing) -> tuple[str, str] | None:
    """The comparison section's sentence (in both languages) that says what the other concept
    is: the one that starts by naming it ("Sert satış, … için tasarlanmıştır.")."""
    other_s, other_t = p.others
    if other_s is None or other_t is None:
        return None
    for s_sec, t_sec in matched_sections(p.src, p.tgt):
        if s_sec.role is not Role.COMPARISON:
            continue
        for left, right in aligned_units(s_sec, t_sec):
            if (
                len(left) == 1
                and len(right) == 1
                and _starts_with(p.src, left[0], other_s)
                and (_starts_with(p.tgt, right[0], other_t))
            ):
                return left[0], right[0]
    return None


def _starts_with(article: Article, text: str, term: t.Term) -> bool:
    analysis = article.analysis(text)
    if analysis is None:
        return False
    found = t.key_positions(analysis, term.key)
    return bool(found) and found[0][0] == 0


def definition_cards(p: Pairing) -> list[CardSpec]:
    """The definition heading answered by the definition's first sentence(s), and "What is
    <the other concept>?" answered by the sentence that says it."""
    cards = []
    for n, (s_def, t_def) in enumerate(
        zip(_sections(p.src, Role.DEFINITION), _sections(p.tgt, Role.DEFINITION), strict=False)
    ):
        answer = definition_answer(t_def)
        rest = [u for u in t_def.units if u not in answer]
        cards.append(
            p.card(CardKind.DEFINITION, str(n), s_def.heading, " ".join(answer), " ".join(rest))
        )
    other_s, _ = p.others
    defined = p.other_definition
    if other_s is not None and defined is not None:
        cards.append(
            p.card(CardKind.DEFINITION, "other", what_is(other_s.lemma, p.src.lang), defined[1])
        )
    return cards


def technique_cards(p: Pairing) -> list[CardSpec]:
    """Each step of the techniques, aligned sentence by sentence."""
    cards = []
    for n, (s_sec, t_sec) in enumerate(
        zip(_sections(p.src, Role.TECHNIQUES), _sections(p.tgt, Role.TECHNIQUES), strict=False)
    ):
        headings = f"{s_sec.heading} — {t_sec.heading}"
        for k, (front, back) in enumerate(align_sections(s_sec, t_sec)):
            if max(word_count(front), word_count(back)) > STEP_WORDS:
                continue
            cards.append(
                p.card(
                    CardKind.TECHNIQUE,
                    f"{n}.{k}",
                    sentence_case(front),
                    sentence_case(back),
                    headings,
                )
            )
    return cards


def fact_cards(p: Pairing) -> list[CardSpec]:
    """Sentences of the explanation that state something on their own (no "Bu tür taktikler",
    no "Þeir munu þá"), aligned one to one: to say in the other language."""
    if not (p.src.analyses and p.tgt.analyses):
        return []
    cards = []
    for n, (s_sec, t_sec) in enumerate(
        zip(_sections(p.src, Role.EXPLANATION), _sections(p.tgt, Role.EXPLANATION), strict=False)
    ):
        for k, (left, right) in enumerate(aligned_units(s_sec, t_sec)):
            if len(left) != 1 or len(right) != 1:
                continue
            if _is_fact(p.src, left[0]) and _is_fact(p.tgt, right[0]):
                cards.append(
                    p.card(
                        CardKind.FACT,
                        f"{n}.{k}",
                        sentence_case(left[0]),
                        sentence_case(right[0]),
                        f"{s_sec.heading} — {t_sec.heading}",
                    )
                )
    return cards


@t.per_article_and
def _is_fact(article: Article, sentence: str) -> bool:
    analysis = article.analysis(sentence)
    if analysis is None or not self_contained(analysis, article.lang):
        return False
    words = len(analysis.words)
    has_verb = any(w.finite for w in analysis.words)
    return FACT_WORDS[0] <= words <= FACT_WORDS[1] and has_verb and not sentence.endswith("?")


def anchor_term(article: Article, link: Link) -> t.Term | None:
    """A link's anchor cut to its noun phrase, in dictionary form (*zor satışı düşünmek
    faydalı olacaktır → zor satış*, *endurtekinnar sölu → endurtekin sala*)."""
    found = anchor_phrase(article, link)
    return None if found is None else found[0]


@t.per_article_and
def anchor_phrase(article: Article, link: Link) -> tuple[t.Term, str, str] | None:
    """The anchor's noun phrase as a term, as written, and the sentence it is in.

    An anchor may hold more than a phrase ("tekrar satışları teşvik etmeye yardımcı olur":
    the phrase is taken) or less ("potansiyel [müşterileri]": the words of the phrase that
    the anchor holds are taken, head and all)."""
    pattern = _anchor_pattern(link.text)
    for text in t.body_texts(article):
        if link.text not in text:
            continue  # no match (the pattern holds the text), found sooner
        analysis = article.analysis(text)
        if analysis is None:
            continue
        for match in pattern.finditer(text):
            for phrase in analysis.phrases:
                head = analysis.words[phrase.head]
                if not match.start() <= head.start < match.end():
                    continue
                if head.pos not in (Pos.NOUN, Pos.PROPN) or head.ambiguous:
                    return None
                first = next(
                    i
                    for i in range(phrase.first, phrase.head + 1)
                    if analysis.words[i].start >= match.start()
                )
                part = Phrase(first, phrase.last, phrase.head, phrase.lemma)  # first cut
                key = t.phrase_key(analysis, part)
                words = phrase.lemma.split()
                n = min(len(words), len(key))
                lemma = " ".join(words[-n:]) if first > phrase.first else phrase.lemma
                start, end = analysis.span(part)
                owner = _genitive_after(analysis, phrase, match.end())
                if owner is not None:  # "tryggð viðskiptavina": the loyalty of customers
                    end = analysis.span(owner)[1]
                    lemma = f"{lemma} {text[analysis.span(owner)[0] : end].lower()}"
                    key = key + t.phrase_key(analysis, owner)
                return t.Term(lemma, key), text[start:end], text
    return None


@functools.lru_cache(maxsize=4_096)
def _anchor_pattern(text: str) -> re.Pattern[str]:
    """`text` as a whole word or words: compiled once for each anchor's text (the anchors of
    a deck's articles recur, more of them than `re`'s own cache keeps)."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


def _genitive_after(analysis: Analysis, phrase: Phrase, limit: int) -> Phrase | None:
    """The noun phrase in the genitive right after `phrase` and before `limit`, that
    completes it (Icelandic *tryggð viðskiptavina*, *þarfir kaupandans*), if any."""
    index = analysis.phrases.index(phrase)
    if index + 1 >= len(analysis.phrases):
        return None
    owner = analysis.phrases[index + 1]
    words = analysis.words[owner.first : owner.last + 1]
    if owner.first != phrase.last + 1 or analysis.span(owner)[1] > limit:
        return None
    if all(".EF." in w.feats for w in words if w.pos in (Pos.NOUN, Pos.ADJ)):
        return owner
    return None


def linked_term_cards(p: Pairing) -> list[CardSpec]:
    """Terms both translations link to the same place: each anchor's noun phrase in
    dictionary form, with the sentence it is in as context; none that a term card asks for
    already, none of the comparison's own link (the other concept's term card is it)."""
    tgt_links: dict[str, Link] = {}
    for link in p.tgt.links:
        tgt_links.setdefault(link.target, link)
    own_s, _ = p.concepts
    other_s, other_t = p.others
    comparison = _other_links(p.src, own_s)[0] if own_s is not None else set()
    cards = []
    seen: set[str] = set()
    for link in p.src.links:
        theirs = tgt_links.get(link.target)
        if link.target in seen or theirs is None:
            continue
        seen.add(link.target)
        if link.target in comparison and other_s is not None and other_t is not None:
            continue
        mine, yours = anchor_phrase(p.src, link), anchor_phrase(p.tgt, theirs)
        if mine is None or yours is None:
            continue
        (source_term, _, _), (target_term, written, sentence) = mine, yours
        if source_term.key in p.taken or target_term.key in p.taken:
            continue
        p.taken.update({source_term.key, target_term.key})
        cards.append(
            p.card(
                CardKind.LINKED_TERM,
                link.target,
                source_term.lemma,
                target_term.lemma,
                sentence,
                alternatives=[written],
                answer_lemma=target_term.lemma,
            )
        )
    return cards


def vocabulary_cards(p: Pairing, position: dict[tuple[t.Key, t.Key], str]) -> list[CardSpec]:
    """Terms and their translations that the aligned sentences attest, beyond the titles and
    links (*müşteri ↔ viðskiptavinur*); `position` names each pair the same way in both
    directions, so the two cards are siblings."""
    cards: list[CardSpec] = []
    if not p.lexicon:
        return cards
    taken, source, target = p.taken, t.body_words(p.src), t.body_words(p.tgt)
    # Only the pairs whose keys' first words are both in the bodies can be named here.
    named = _vocabulary(p.lexicon).named(source.starts.keys(), target.starts.keys())
    for _, s_key, t_key, also, pair in named:
        if len(cards) >= MAX_VOCABULARY:
            break
        if s_key in taken or t_key in taken:
            continue
        if not source.count(s_key):
            continue
        places = target.places(t_key)
        if not places:
            continue
        taken.update((s_key, t_key), also)
        example = sentence_case(target.text_at(places[0]))  # the first naming it
        cards.append(
            p.card(
                CardKind.TERM,
                position[(s_key, t_key)],
                pair.source.lemma,
                pair.target.lemma,
                example,
                alternatives=[a.lemma for a in pair.target_also],
                answer_lemma=pair.target.lemma,
            )
        )
    return cards


#: A pair of the lexicon as `vocabulary_cards` takes it: its place in the lexicon, its
#: keys, the keys of the terms it also takes (`source_also`, `target_also`), the pair.
_Named = tuple[int, t.Key, t.Key, tuple[t.Key, ...], Pair]


class _Vocabulary:
    """A lexicon's pairs by the first word of their source keys, to find those a pairing's
    bodies may name without walking the whole lexicon for each of a build's pairings."""

    __slots__ = ("by_first", "lexicon")

    def __init__(self, lexicon: Sequence[Pair]) -> None:
        self.lexicon = lexicon  # held: what `_vocabulary` knows it by
        by_first: dict[str, list[tuple[str, _Named]]] = {}
        for n, pair in enumerate(lexicon):
            s_key, t_key = pair.source.key, pair.target.key
            if s_key and t_key:
                also = tuple(a.key for a in (*pair.source_also, *pair.target_also))
                by_first.setdefault(s_key[0], []).append((t_key[0], (n, s_key, t_key, also, pair)))
        self.by_first = by_first

    def named(self, source_words: AbstractSet[str], target_words: Container[str]) -> list[_Named]:
        """The pairs whose source key starts with one of `source_words` and target key with
        one of `target_words`, in the lexicon's order."""
        by_first = self.by_first
        found = [
            pair
            for word in by_first.keys() & source_words
            for first, pair in by_first[word]
            if first in target_words
        ]
        found.sort(key=_place)
        return found


def _place(pair: _Named) -> int:
    return pair[0]


#: `_Vocabulary` of each lexicon seen since `terms.forget` (a build's: one by direction).
_VOCABULARIES: dict[int, _Vocabulary] = t.forgotten_with_articles({})


def _vocabulary(lexicon: Sequence[Pair]) -> _Vocabulary:
    """The `_Vocabulary` of `lexicon`, made once (until `terms.forget`)."""
    found = _VOCABULARIES.get(id(lexicon))
    if found is None or found.lexicon is not lexicon:
        if len(_VOCABULARIES) > 16:
            _VOCABULARIES.clear()
        found = _VOCABULARIES[id(lexicon)] = _Vocabulary(lexicon)
    return found


def bilingual_cards(
    group: Group,
    deck: str,
    src: Article,
    tgt: Article,
    lexicon: Sequence[Pair] = (),
    positions: dict[tuple[t.Key, t.Key], str] | None = None,
) -> list[CardSpec]:
    """The core cards of `src` (questions) and `tgt` (answers)."""
    p = Pairing(group, deck, src, tgt, lexicon)
    cards = term_cards(p) + definition_cards(p) + technique_cards(p) + fact_cards(p)
    cards += linked_term_cards(p)
    cards += vocabulary_cards(p, positions or {})
    return cards


def single_language_cards(group: Group, deck: str, article: Article) -> list[CardSpec]:
    """Concept cards in the article's own language: definition question → answer."""
    pair = (article.lang, article.lang)
    cards = []
    for n, section in enumerate(_sections(article, Role.DEFINITION)):
        answer = definition_answer(section)
        rest = [u for u in section.units if u not in answer]
        cards.append(
            card(
                deck,
                group,
                CardKind.DEFINITION,
                str(n),
                pair,
                section.heading,
                " ".join(answer),
                " ".join(rest),
            )
        )
    return cards


def make_cards(
    group: Group,
    deck: str,
    source: str,
    target: str,
    lexicon: Sequence[Pair] = (),
    positions: dict[tuple[t.Key, t.Key], str] | None = None,
) -> tuple[list[CardSpec], list[Problem]]:
    """The core cards of one group for the direction source → target (or single-language
    cards), and what is worth reporting."""
    src, tgt = group.members.get(source), group.members.get(target)
    if source == target:
        return (single_language_cards(group, deck, src) if src else []), []
    if src and tgt:
        return bilingual_cards(group, deck, src, tgt, lexicon, positions), []
    present = src or tgt
    if present is None:
        return [], []
    missing = target if src else source
    cards = single_language_cards(group, deck, present)
    note = problem(
        present.path,
        Reason.UNTRANSLATED,
        missing,
        len(cards),
        present.lang,
        severity=Severity.WARNING,
    )
    return cards, [note]
