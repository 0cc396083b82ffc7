"""Which groups' cards a change of the vocabulary changes: those that take from it otherwise.

A group's cards take three things of a direction's lexicon (see `cards.vocabulary_cards`,
`practice.cloze_cards`, `cloze.candidates`): in each direction, the pairs both of whose
terms its two bodies name, in the lexicon's order, with their forms (the vocabulary
cards); and, for the cloze cards of each side, which of that side's terms the lexicon
translates and by which of the other side's terms.  `Said.view` is those three; a group whose
view is the same before and after takes the same of both lexicons, so makes the same
cards.  A pair's place and forms are what `lexicon.wording` keeps of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from flashcards.builder import terms as t
from flashcards.builder.lexicon import Wording
from flashcards.types import Article, Group

#: A pair of terms by their keys (source, target).
Keys = tuple[t.Key, t.Key]
#: What a group takes of one direction's lexicon (see the module's docstring).
View = tuple[
    tuple[Wording, ...],
    frozenset[tuple[t.Key, frozenset[t.Key]]],
    frozenset[tuple[t.Key, frozenset[t.Key]]],
]


def cloze_keys(article: Article) -> frozenset[t.Key]:
    """Every key the cloze cards of `article` look up (as the blanked side: each phrase's
    key, its head's, its first word's; as the hint: each phrase's key and head's)."""
    found: set[t.Key] = set()
    for analysis in article.analyses.values():
        words = analysis.words
        for phrase, key in zip(analysis.phrases, analysis.keys, strict=True):
            if key:
                found.add(key)
                found.add((words[phrase.head].lemma.lower(),))
                found.add(key[:1])
    return frozenset(found)


class _Side:
    """What one article of a group offers the lexicon's terms: where its body names them
    (`terms.body_words`, as the vocabulary cards find them) and its cloze keys."""

    __slots__ = ("body", "keys")

    def __init__(self, article: Article) -> None:
        self.body = t.body_words(article)
        self.keys = cloze_keys(article)

    def names(self, key: t.Key) -> bool:
        return bool(self.body.places(key))


class Said:
    """A lexicon's `wording`, indexed: its pairs by the first word of their source terms
    (with their places), and each term's counterparts on the other side."""

    __slots__ = ("by_first", "by_source", "by_target")

    def __init__(self, said: Sequence[Wording]) -> None:
        self.by_first: dict[str, list[tuple[int, Wording]]] = {}
        self.by_source: dict[t.Key, list[t.Key]] = {}
        self.by_target: dict[t.Key, list[t.Key]] = {}
        for n, w in enumerate(said):
            a, b = w[0], w[2]
            if a:
                self.by_first.setdefault(a[0], []).append((n, w))
            self.by_source.setdefault(a, []).append(b)
            self.by_target.setdefault(b, []).append(a)

    def view(self, src: _Side, tgt: _Side) -> View:
        """What a group whose articles are `src` and `tgt` takes of the lexicon."""
        by_first = self.by_first
        named = sorted(
            (n, w)
            for word in by_first.keys() & src.body.starts.keys()
            for n, w in by_first[word]
            if src.names(w[0]) and tgt.names(w[2])
        )
        forward = frozenset(  # each target term of the cloze cards: the source terms
            (b, frozenset(a for a in self.by_target[b] if a in src.keys))
            for b in tgt.keys & self.by_target.keys()
        )
        backward = frozenset(
            (a, frozenset(b for b in self.by_source[a] if b in tgt.keys))
            for a in src.keys & self.by_source.keys()
        )
        return tuple(w for _, w in named), forward, backward


def _words(article: Article, wanted: set[str]) -> set[str]:
    """Which of `wanted` are lemmas (or words of the terms) of the article's texts: every
    word of a key its body names or its cloze cards look up is one."""
    found: set[str] = set()
    for analysis in article.analyses.values():
        found.update(w.lemma.lower() for w in analysis.words)
        found.update(w for key in analysis.keys for w in key)
    return found & wanted


def moved(
    groups: Sequence[Group],
    source: str,
    target: str,
    before: Sequence[Wording],
    now: Sequence[Wording],
    changed: Iterable[Keys],
) -> set[str]:
    """The keys of the groups whose cards take the lexicon of `source` → `target` (and its
    mirror) otherwise now (`now`) than before (`before`): `changed` (`lexicon.changed` of
    the two) are the pairs that may be taken otherwise, so only the groups whose articles
    hold the words of one of their terms are looked at, and of those, only the groups whose
    `Said.view` of the two differs are kept."""
    pairs = set(changed)
    if not pairs:
        return set()
    wanted_src = {w for a, _ in pairs for w in a}
    wanted_tgt = {w for _, b in pairs for w in b}
    found: set[str] = set()
    said_before, said_now = Said(before), Said(now)
    looked = False
    for group in groups:
        src, tgt = group.members.get(source), group.members.get(target)
        if src is None or tgt is None:
            continue
        mine, theirs = _words(src, wanted_src), _words(tgt, wanted_tgt)
        if not any(set(a) <= mine or set(b) <= theirs for a, b in pairs):
            continue
        one, other = _Side(src), _Side(tgt)
        if said_before.view(one, other) != said_now.view(one, other):
            found.add(group.key)
        looked = True
    if looked:  # the bodies `terms.body_words` kept: not held while the cards are made
        t.forget()
    return found
