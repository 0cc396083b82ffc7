"""Contrast statements: sentences of an article to sort under its own concept or the one its
comparison sets against it, with both names blanked, and only sentences that still say
something once they are: none naming both, none circular, none opening with a pronoun whose
referent was in the sentence before (unless the pronoun is the concept, and is blanked too)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from flashcards.builder import terms as t
from flashcards.builder.statements import (
    breaks,
    clause_span,
    gloss_after,
    self_contained,
    sentence_case,
    shown,
    word_count,
)
from flashcards.text.analysis import CONTENT, Analysis, Pos
from flashcards.types import Article, Link, Role, made

#: The blank in place of a concept's name.
BLANK = "…"
#: A statement longer than this is cut to the clauses around its concept.
MAX_WORDS = 26
#: A statement keeps at least this many words of content once the names are blanked.
MIN_CONTENT = 4
#: Sections that describe the article's own concept.
_OWN_ROLES = (Role.DEFINITION, Role.EXPLANATION, Role.TECHNIQUES)
#: Pronouns that stand for the concept just named ("Það er álitin …", "Hún …").
_CONCEPT_PRONOUNS = {"is": frozenset({"það", "hún"}), "en": frozenset({"it"})}


@dataclass(frozen=True)
class Statement:
    """A sentence to sort, the label it belongs under, and why."""

    text: str
    label: str
    explanation: str


@dataclass(frozen=True)
class Concepts:
    """The two concepts of an article: each one's term and every name the article gives it."""

    own: t.Term
    other: t.Term
    own_names: tuple[t.Term, ...]
    other_names: tuple[t.Term, ...]

    @functools.cached_property
    def modifiers(self) -> frozenset[str]:
        """The adjectives that tell the concepts apart (*mjúkur*, *sert*, *zor*)."""
        return frozenset(w for name in (*self.own_names, *self.other_names) for w in name.key[:-1])

    @functools.cached_property
    def first_words(self) -> frozenset[str] | None:
        """The first words of every name (None: a name has no words): a sentence whose
        lemmas hold none of them names neither concept."""
        names = (*self.own_names, *self.other_names)
        if not all(name.key for name in names):
            return None
        return frozenset(name.key[0] for name in names)

    @functools.cached_property
    def compound_stems(self) -> tuple[str, ...]:
        """How a one-word name starts inside a longer compound (*harðsala* → "harðs", as in
        *Harðsöluauglýsingar*): a word starting so gives the answer away."""
        names = (*self.own_names, *self.other_names)
        heads = {name.head for name in names if len(name.key) > 1}
        return tuple(
            name.head[: len(name.head) - len(head) + 1]
            for name in names
            if len(name.key) == 1
            for head in heads
            if t.ends_compound(name.head, head)
        )


def concepts(article: Article) -> Concepts | None:
    """The article's concept and the one its comparison section sets against it, with the
    other names the comparison gives that one (*zor satış* beside *sert satış*)."""
    own = t.concept(article)
    if own is None:
        return None
    other = t.other_concept(article, own)
    if other is None:
        return None
    section = article.section(Role.COMPARISON)
    variants: dict[t.Key, t.Term] = {other.key: other}
    for text in section.units if section else ():
        analysis = article.analysis(text)
        if analysis is None:
            continue
        for phrase, key in zip(analysis.phrases, analysis.keys, strict=True):
            if key and t.is_rival(key, own) and key not in variants:
                variants[key] = t.Term(phrase.lemma, key)
    title = t.title_term(article)
    own_names = [own] + ([title] if title is not None and title.key != own.key else [])
    return Concepts(own, other, tuple(own_names), tuple(variants.values()))


def _mentions(analysis: Analysis, names: Sequence[t.Term]) -> list[tuple[int, int]]:
    """Where `names` are named, each place once (the longest name there)."""
    found: list[tuple[int, int]] = []
    for first, last, _ in t.mentions(analysis, names):
        if not any(a <= first <= b for a, b in found):
            found.append((first, last))
    return found


class _Lemmas:
    """The lemmas of a sentence's words but its articles (lower case), and where each is."""

    __slots__ = ("lemmas", "starts")

    def __init__(self, analysis: Analysis) -> None:
        det = Pos.DET
        self.lemmas = [w.lemma.lower() for w in analysis.words if w.pos is not det]
        self.starts: dict[str, list[int]] = {}
        starts, at = self.starts, self.starts.get  # not `setdefault`: a list made each word
        for i, lemma in enumerate(self.lemmas):
            places = at(lemma)
            if places is None:
                starts[lemma] = [i]
            else:
                places.append(i)

    def places(self, names: Sequence[t.Term]) -> int:
        """At how many places of the sentence one of `names` starts (its lemmas in a row):
        more than `_mentions` finds when a name's last word is no noun there (Turkish
        "yukarı satıştır", "is upselling", a predicate), which cannot be blanked, and
        gives the answer away."""
        lemmas, places = self.lemmas, set[int]()
        for name in names:
            if not name.key:
                places.update(range(len(lemmas) + 1))
                continue
            n, rest = len(name.key), list(name.key[1:])
            places.update(
                i for i in self.starts.get(name.key[0], ()) if lemmas[i + 1 : i + n] == rest
            )
        return len(places)


@t.per_analysis
def _lemmas(analysis: Analysis) -> _Lemmas:
    return _Lemmas(analysis)


#: Where a sentence names the two concepts (`_mentions` of the own names, of the other
#: names), and whether it names either more often than that (see `_Lemmas.places`).
_Named = tuple[list[tuple[int, int]], list[tuple[int, int]], bool]


#: What `_Sentences.named` holds for a sentence it was not asked yet.
_UNSEEN: _Named = ([], [], False)


class _Sentences:
    """What `statements` asks of each sentence of one article (several times over): worked
    out once a sentence."""

    def __init__(self, article: Article, pair: Concepts) -> None:
        self.article, self.pair = article, pair
        self._named: dict[str, _Named | None] = {}

    def named(self, text: str) -> _Named | None:
        """Where `text` names the concepts (None: it has no analysis)."""
        found: _Named | None = self._named.get(text, _UNSEEN)
        if found is not _UNSEEN:  # each sentence is asked twice: a raised miss, once each
            return found
        analysis = self.article.analysis(text)
        found = None
        if analysis is not None:
            pair, lemmas = self.pair, _lemmas(analysis)
            # Only the names whose first word is in the sentence (or with no words) can be
            # named or placed there: `_Lemmas` holds every word's lemma but the articles',
            # `key_positions` looks among fewer (`TERM_POS`, no article).
            starts = lemmas.starts
            firsts = pair.first_words
            if firsts is not None and firsts.isdisjoint(starts):
                own_names = other_names = []  # most sentences: no name's first word
            else:
                own_names = [n for n in pair.own_names if not n.key or n.key[0] in starts]
                other_names = [n for n in pair.other_names if not n.key or n.key[0] in starts]
            if own_names or other_names:
                own, other = _mentions(analysis, own_names), _mentions(analysis, other_names)
                unseen = lemmas.places(own_names) > len(own) or lemmas.places(other_names) > len(
                    other
                )
                found = (own, other, unseen)
            else:  # the sentence names neither concept (most do not)
                found = ([], [], False)
        self._named[text] = found
        return found


class _Shape:
    """What a statement asks of a sentence's words: the lemma of each (lower case), and
    where its adjectives and its words of content are."""

    __slots__ = ("adjective_lemmas", "adjectives", "content", "lower", "lowered")

    def __init__(self, analysis: Analysis) -> None:
        words = analysis.words
        self.lower = [w.lemma.lower() for w in words]
        #: Each of `lower` after a line break, in one text: whether one starts with a
        #: compound's stem, in one look.
        self.lowered = "".join([f"\n{lemma}" for lemma in self.lower])
        self.adjectives = [i for i, w in enumerate(words) if w.pos is Pos.ADJ]
        #: The lemmas of its adjectives: whether one is a concept's modifier, in one look.
        self.adjective_lemmas = frozenset([self.lower[i] for i in self.adjectives])
        self.content = [i for i, w in enumerate(words) if w.pos in CONTENT]


@t.per_analysis
def _shape(analysis: Analysis) -> _Shape:
    return _Shape(analysis)


def _masked(text: str, analysis: Analysis, spans: Sequence[tuple[int, int]]) -> str:
    out, position = [], 0
    for first, last in sorted(spans):
        start, end = analysis.words[first].start, analysis.words[last].end
        if start < position:
            continue
        out += [text[position:start], BLANK]
        position = gloss_after(text, end)
    return "".join([*out, text[position:]])


def statements(article: Article, pair: Concepts | None = None) -> list[Statement]:
    """Statements to sort from one article, with their labels and explanations."""
    pair = pair or concepts(article)
    if pair is None:
        return []
    sentences = _Sentences(article, pair)
    found: list[Statement] = []
    for section in article.sections:
        if section.role is Role.COMPARISON:
            found += _comparison_statements(sentences, section.heading, section.units)
        elif section.role in _OWN_ROLES:
            named = True
            for text in section.units:
                # An explanation's sentence that names neither concept is about the own one
                # only right after one naming it ("Bazı araştırmalara göre …" two sentences
                # on is of customers at large); definitions and techniques are all about it.
                names = _names_either(sentences, text)
                alone = section.role is not Role.EXPLANATION or named or names
                default = pair.own if alone else None
                made = _statement(sentences, text, section.heading, default=default)
                if made is not None:
                    found.append(made)
                named = names
    return found


def _names_either(sentences: _Sentences, text: str) -> bool:
    """Whether `text` names a concept, or qualifies something by one's own adjective
    (*Mjúkar söluauglýsingar*, *mjúka sölutækni*)."""
    named = sentences.named(text)
    if named is None:
        return False
    if named[0] or named[1]:
        return True
    analysis = sentences.article.analysis(text)
    if analysis is None:
        return False
    return not sentences.pair.modifiers.isdisjoint(_shape(analysis).adjective_lemmas)


def _comparison_statements(
    sentences: _Sentences, heading: str, units: Sequence[str]
) -> list[Statement]:
    """Each sentence labelled by the concept it names; one naming neither goes with the one
    before when it continues it: a pronoun for that concept (blanked) or no subject at all
    (Turkish leaves it out)."""
    article, pair = sentences.article, sentences.pair
    found: list[Statement] = []
    previous: t.Term | None = None
    for text in units:
        analysis = article.analysis(text)
        named = sentences.named(text)
        if analysis is None or named is None:
            previous = None
            continue
        own, other, unseen = named
        if unseen:
            made, previous = None, None
        elif own or other:
            made = _statement(sentences, text, heading, default=None)
            previous = (
                None if made is None else (pair.own if made.label == pair.own.label else pair.other)
            )
        elif previous is not None:
            made = _continuation(article, text, analysis, heading, previous, pair)
        else:
            made = None
        if made is not None:
            found.append(made)
    return found


def _continuation(
    article: Article,
    text: str,
    analysis: Analysis,
    heading: str,
    concept: t.Term,
    pair: Concepts,
) -> Statement | None:
    """A sentence saying more of the concept the one before named."""
    spans: list[tuple[int, int]] = []
    first = analysis.words[0] if analysis.words else None
    if first is not None and first.pos is Pos.PRON:
        if first.lemma.lower() not in _CONCEPT_PRONOUNS.get(article.lang, ()):
            return None
        spans = [(0, 0)]
    elif not self_contained(analysis, article.lang):
        return None
    return _made(text, analysis, spans, concept, heading, pair)


def _statement(
    sentences: _Sentences, text: str, heading: str, default: t.Term | None
) -> Statement | None:
    """A sentence naming one concept once (or, with `default`, naming none and standing on
    its own), as a statement about it."""
    article, pair = sentences.article, sentences.pair
    analysis = article.analysis(text)
    named = sentences.named(text)
    if analysis is None or named is None:
        return None
    own, other, unseen = named
    if unseen:
        return None
    if own and other:
        return None  # names both: no telling which it describes once blanked
    if len(own) > 1 or len(other) > 1:
        return None  # "to understand hard selling consider hard selling": circular
    if own:
        concept, spans = pair.own, own
    elif other:
        concept, spans = pair.other, other
    elif default is not None and self_contained(analysis, article.lang):
        concept, spans = default, []
    else:
        return None
    return _made(text, analysis, spans, concept, heading, pair)


def _made(
    text: str,
    analysis: Analysis,
    spans: list[tuple[int, int]],
    concept: t.Term,
    heading: str,
    pair: Concepts,
) -> Statement | None:
    """The statement: `spans` (the names) blanked, and the concepts' own adjectives where
    they qualify something else ("Mjúkir sölumenn"), cut to the clauses around the first
    name when long; none when a compound still names a concept."""
    shape = _shape(analysis)
    lower, modifiers = shape.lower, pair.modifiers
    if not modifiers.isdisjoint(shape.adjective_lemmas):  # an adjective of theirs is here
        taken = {i for first, last in spans for i in range(first, last + 1)}
        spans = spans + [
            (i, i) for i in shape.adjectives if i not in taken and lower[i] in modifiers
        ]
    stems = pair.compound_stems
    if (
        stems
        and any(f"\n{stem}" in shape.lowered for stem in stems)  # one starts so: which?
        and any(
            lemma.startswith(stems) and not any(a <= i <= b for a, b in spans)
            for i, lemma in enumerate(lower)
        )
    ):
        return None  # "Harðsöluauglýsingar endurtaka …": the answer is in the compound
    content = shape.content
    if spans:
        masked = {i for first, last in spans for i in range(first, last + 1)}
        said = len(content) - len(masked.intersection(content))
    else:
        said = len(content)
    if said < MIN_CONTENT:
        return None  # too little said once the names are blanked
    first = min(spans, default=(0, 0))
    start = analysis.words[first[0]].start if spans else 0
    end = analysis.words[first[1]].end if spans else 1
    lo, hi = clause_span(text, start, end, MAX_WORDS, breaks(analysis))
    whole = (lo, hi) == (0, len(text))
    if not whole and len(text[lo:hi].split()) * 2 < word_count(text):
        return None  # most of it cut away: what is left is no statement
    if not whole and not any(w.finite and lo <= w.start < hi for w in analysis.words):
        return None  # a cut with no verb left says nothing
    inside = [
        s for s in spans if analysis.words[s[0]].start >= lo and analysis.words[s[1]].end <= hi
    ]
    head = _masked(text[:hi], analysis, inside)  # the text before `lo` is left as it is
    body = shown(head + text[hi:], lo, len(head))
    if body.endswith(BLANK + "."):
        body = body[:-1]  # "… dæmi um …" ends on its blank, not on "…."
    label = concept.label
    # `made`: a frozen `__init__`'s `object.__setattr__` calls spared (a statement of most
    # sentences of each article)
    return made(
        Statement,
        text=sentence_case(body),
        label=label,
        explanation=f"{label}: “{text}” ({heading})",
    )


def comparison_links(article: Article) -> list[Link]:
    """The links of the comparison section: to the articles of the other concept."""
    section = article.section(Role.COMPARISON)
    if section is None:
        return []
    return [link for link in article.links if any(link.text in u for u in section.units)]


def comparison_targets(article: Article) -> list[str]:
    """Link targets named in the comparison section."""
    return [link.target for link in comparison_links(article)]


def linked_statements(article: Article, linked: Article) -> list[Statement]:
    """Statements about the other concept from the definition of its own article (when the
    folder holds the article the comparison links to), its name blanked."""
    pair = concepts(article)
    definition = linked.section(Role.DEFINITION)
    if pair is None or definition is None:
        return []
    names = list(pair.other_names)
    own = t.concept(linked)
    if own is not None:
        names.append(own)
    found = []
    for text in definition.units:
        analysis = linked.analysis(text)
        if analysis is None:
            continue
        spans = _mentions(analysis, names)
        if len(spans) > 1 or (not spans and not self_contained(analysis, linked.lang)):
            continue
        made = _made(text, analysis, spans, pair.other, definition.heading, pair)
        if made is not None:
            found.append(made)
    return found
