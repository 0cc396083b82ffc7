"""Terms that translate each other, learned from the aligned sentences of the translations in
one build: a term and its counterpart are named in the same aligned sentences again and
again, and in few others (Dice's coefficient, each the other's clear best).  Nouns named in
exactly the same sentences as others (a tie: *satıcı*, *teklif* / *seljandi*, *tilboð*) are
told apart by their order when every one of those sentences agrees on it; a tie nothing
tells apart is reported (`Learned.ties`), never guessed."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flashcards import collector
from flashcards.builder.align import Units, unit_pairs
from flashcards.builder.reader import PARSER_VERSION
from flashcards.builder.terms import Key, Term
from flashcards.text.analysis import Pos, zipf
from flashcards.types import Article, Group

#: A pair must be named together in at least this many aligned sentences ...
MIN_TOGETHER = 2
#: ... with at least this Dice coefficient ...
MIN_DICE = 0.7
#: ... and this much ahead of the next best candidate, on both sides.
MIN_MARGIN = 0.2
#: Words this common (Zipf scale) are no vocabulary worth a card.
COMMON_ZIPF = 6.0
#: Scores closer than this are equal (1.0 - 0.8 is less than 0.2 in floating point).
EPSILON = 1e-9
#: Nouns named in exactly the same sentences are told apart by order in groups this small.
MAX_TIE = 3


@dataclass(frozen=True)
class Pair:
    """A term and its translation, and how sure the alignment is of them; `source_also` and
    `target_also`: other terms that translate the other side as well (*satış görevlisi*
    beside *satış elemanı* for *sölumaður*), never named in the same sentence as it."""

    source: Term
    target: Term
    together: int
    dice: float
    source_also: tuple[Term, ...] = ()
    target_also: tuple[Term, ...] = ()

    def mirrored(self) -> Pair:
        """The same pair the other way round."""
        return Pair(
            self.target, self.source, self.together, self.dice, self.target_also, self.source_also
        )


@dataclass(frozen=True)
class Tie:
    """Nouns of the two languages named in exactly the same aligned sentences (`together`
    of them), which nothing there tells apart: no pair is made of them."""

    source: tuple[Key, ...]
    target: tuple[Key, ...]
    together: int


@dataclass(frozen=True)
class Learned:
    """What a build's aligned sentences attest: term pairs, and the ties left unresolved."""

    pairs: list[Pair]
    ties: list[Tie]


#: Where a one-word noun is named in one side of a bead: the noun, which of the bead's
#: texts, its phrase's first and last word, and whether the next word follows with
#: nothing but a space between.
Place = tuple[str, int, int, int, bool]
#: A bead's one-word nouns on each side, in order.
BeadNouns = tuple[tuple[Place, ...], tuple[Place, ...]]


def _zipf(word: str, lang: str) -> float:
    return zipf(word, lang)  # kept between builds: wordfreq's lists load in seconds


def named_terms(article: Article, texts: Iterable[str]) -> dict[Key, str]:
    """The terms named in `texts`: each noun phrase and each shorter phrase it ends in (its
    head noun among them: "satış tekniği" and "teknik" of "ince bir satış tekniği"), by key,
    with the dictionary form of each."""
    found: dict[Key, str] = {}
    for text in texts:
        analysis = article.analysis(text)
        if analysis is None:
            continue
        words_of = analysis.words
        # Each phrase's key is `phrase_key`'s (the keys are the phrases', in order).
        for phrase, key in zip(analysis.phrases, analysis.keys, strict=True):
            if not key:
                continue
            head = words_of[phrase.head]
            if head.ambiguous:
                continue
            words = phrase.lemma.split()
            for n in range(len(key), 0, -1):
                tail = key[-n:]
                if tail not in found:
                    found[tail] = " ".join(words[-n:]) if len(words) >= n else head.lemma
    return found


def nouns_named(article: Article, texts: Sequence[str]) -> tuple[Place, ...]:
    """The one-word terms of `texts` that head a noun phrase (never a word that could be a
    verb as well), each place they are named, in order."""
    found: list[Place] = []
    for unit, text in enumerate(texts):
        analysis = article.analysis(text)
        if analysis is None:
            continue
        for phrase, whole in zip(analysis.phrases, analysis.keys, strict=True):
            head = analysis.words[phrase.head]
            if head.pos is not Pos.NOUN or head.ambiguous:
                continue
            key = whole[-1:]  # of `phrase_key` (see `named_terms`)
            if key != (head.lemma.lower(),):
                continue
            after = phrase.last + 1
            joined = (
                after < len(analysis.words)
                and not text[analysis.words[phrase.last].end : analysis.words[after].start].strip()
            )
            found.append((key[0], unit, phrase.first, phrase.last, joined))
    return tuple(found)


def _worth(key: Key, lang: str) -> bool:
    return all(len(w) >= 3 and _zipf(w, lang) < COMMON_ZIPF for w in key) and any(
        len(w) >= 4 for w in key
    )


Tally = tuple[str, str]  # a group by its two articles' content hashes (source, target)
#: What the cards take of one pair: its keys and forms (see `wording`).
Wording = tuple[Key, str, Key, str]


@dataclass
class Counts:
    """How often the aligned sentences of some groups name each term, each pair of terms
    together, and each term in each form: what `learn` scores.  Counts of groups add up
    (and come off again), so a rebuild counts only the groups that changed."""

    together: Counter[tuple[Key, Key]] = field(default_factory=Counter)
    alone_src: Counter[Key] = field(default_factory=Counter)
    alone_tgt: Counter[Key] = field(default_factory=Counter)
    forms_src: dict[Key, Counter[str]] = field(default_factory=dict)
    forms_tgt: dict[Key, Counter[str]] = field(default_factory=dict)
    #: The one-word nouns of each bead that names some on both sides (ties are told apart
    #: by where they are named).
    beads: Counter[BeadNouns] = field(default_factory=Counter)

    def add(self, other: Counts, sign: int = 1) -> None:
        """Add `other`'s counts (`sign` -1: take them off; a count that reaches 0 goes)."""
        for mine, theirs in (
            (self.together, other.together),
            (self.alone_src, other.alone_src),
            (self.alone_tgt, other.alone_tgt),
            (self.beads, other.beads),
        ):
            _add(mine, theirs, sign)
        for forms, more in ((self.forms_src, other.forms_src), (self.forms_tgt, other.forms_tgt)):
            for key, counter in more.items():
                found = forms.setdefault(key, Counter())
                _add(found, counter, sign)
                if not found:
                    del forms[key]

    def to_json(self) -> list[Any]:
        """JSON data of the counts, its arrays as tuples (JSON writes them alike): no copy of
        the keys and places (at 5,000 article pairs, copying them was 0.1 s of a rebuild)."""
        return [
            [(a, b, n) for (a, b), n in self.together.items()],
            list(self.alone_src.items()),
            list(self.alone_tgt.items()),
            [(k, tuple(c.items())) for k, c in self.forms_src.items()],
            [(k, tuple(c.items())) for k, c in self.forms_tgt.items()],
            [(left, right, n) for (left, right), n in self.beads.items()],
        ]

    @classmethod
    def from_json(cls, data: Sequence[Any]) -> Counts:
        together, alone_src, alone_tgt, forms_src, forms_tgt, beads = data
        return cls(
            Counter({(tuple(a), tuple(b)): n for a, b, n in together}),
            Counter({tuple(k): n for k, n in alone_src}),
            Counter({tuple(k): n for k, n in alone_tgt}),
            {tuple(k): Counter(dict(c)) for k, c in forms_src},
            {tuple(k): Counter(dict(c)) for k, c in forms_tgt},
            Counter({(_places(left), _places(right)): n for left, right, n in beads}),
        )


def _places(data: Sequence[Any]) -> tuple[Place, ...]:
    return tuple((str(w), int(u), int(f), int(la), bool(j)) for w, u, f, la, j in data)


def _add(mine: Counter[Any], theirs: Counter[Any], sign: int) -> None:
    for key, n in theirs.items():
        total = mine[key] + sign * n
        if total:
            mine[key] = total
        else:
            del mine[key]


def countable(group: Group, source: str, target: str) -> Tally | None:
    """The group's tally (its two articles' content hashes) if its sentences are counted."""
    src, tgt = group.members.get(source), group.members.get(target)
    if src is None or tgt is None or not src.analyses or not tgt.analyses:
        return None
    return (src.content_hash, tgt.content_hash)


#: One aligned bead of a pair of translations, as `count` sees it: the texts of each side,
#: None in place of a text with no analysis (what a bead adds to the counts depends on
#: nothing else: one analysis per language and text, see `pipeline.Analyses`).
Bead = tuple[tuple[str | None, ...], tuple[str | None, ...]]


class Beads:
    """Beads of some groups, each with how many times it is met (taken off: fewer), and a
    pair of articles that has it: counts of groups are the counts of their beads, so each
    distinct bead is counted once, and a bead met as often before as after an edit (every
    bead but the edited sentences') not at all."""

    def __init__(self) -> None:
        self.times: dict[Bead, int] = {}
        self.found_in: dict[Bead, tuple[Article, Article, Units, Units]] = {}

    def add(self, src: Article, tgt: Article, sign: int = 1) -> None:
        """The beads of one pair of translations (`sign` -1: taken off)."""
        times, found_in = self.times, self.found_in
        src_get, tgt_get = src.analyses.get, tgt.analyses.get
        for left, right in beads_of(src, tgt):
            bead = (
                tuple(t if src_get(t) is not None else None for t in left),
                tuple(t if tgt_get(t) is not None else None for t in right),
            )
            times[bead] = times.get(bead, 0) + sign
            if bead not in found_in:
                found_in[bead] = (src, tgt, left, right)

    def counts(self, into: Counts | None = None) -> Counts:
        """`into` (changed; new counts with None) with the beads added, as often as each is
        met (taken off where fewer)."""
        counts = Counts() if into is None else into
        for bead, n in self.times.items():
            if n:
                _count_bead(counts, *self.found_in[bead], n)
        return counts


def beads_of(src: Article, tgt: Article) -> list[tuple[Units, Units]]:
    """The aligned beads of one pair of translations (see `align.unit_pairs`)."""
    return unit_pairs(src, tgt)


def _bump(counter: dict[Any, int], key: Any, n: int) -> None:
    total = counter.get(key, 0) + n
    if total:
        counter[key] = total
    else:
        del counter[key]


def _count_bead(
    counts: Counts, src: Article, tgt: Article, left: Units, right: Units, n: int
) -> None:
    """Add what one bead names, `n` times (fewer than 0: taken off; a count at 0 goes)."""
    mine, theirs = named_terms(src, left), named_terms(tgt, right)
    # `_bump` written out: a deck's beads name millions of terms and pairs of terms.
    for found, forms, alone in (
        (mine, counts.forms_src, counts.alone_src),
        (theirs, counts.forms_tgt, counts.alone_tgt),
    ):
        for key, form in found.items():
            of_key = forms.get(key)
            if of_key is None:
                of_key = forms[key] = Counter()
            total = of_key.get(form, 0) + n
            if total:
                of_key[form] = total
            else:
                del of_key[form]
                if not of_key:
                    del forms[key]
            total = alone.get(key, 0) + n
            if total:
                alone[key] = total
            else:
                del alone[key]
    together = counts.together
    if n == 1:  # no count goes down, none reaches 0: counted in C
        together.update(itertools.product(mine, theirs))
    else:
        get = together.get
        for a in mine:
            for b in theirs:
                pair = (a, b)
                total = get(pair, 0) + n
                if total:
                    together[pair] = total
                else:
                    del together[pair]
    nouns = (nouns_named(src, left), nouns_named(tgt, right))
    if nouns[0] and nouns[1]:
        _bump(counts.beads, nouns, n)


def count(src: Article, tgt: Article) -> Counts:
    """What the aligned sentences of one pair of translations name."""
    beads = Beads()
    beads.add(src, tgt)
    return beads.counts()


def count_groups(groups: Sequence[Group], source: str, target: str) -> Counts:
    """The counts of all of `groups` (those with both languages analysed)."""
    beads = Beads()
    for group in groups:
        if countable(group, source, target) is not None:
            beads.add(group.members[source], group.members[target])
    return beads.counts()


@dataclass
class Tallied:
    """A deck's counts in one direction, and the groups (by tally) they were counted from;
    `said`: the `wording` of the pairs the counts attest, when known (the next build tells
    from it what the vocabulary says otherwise, without learning it from the old counts)."""

    counts: Counts
    groups: Counter[Tally]
    said: list[Wording] | None = None

    @collector.paused()  # tuples of keys, counts and places: no cycle among them
    def to_json(self) -> dict[str, Any]:
        """JSON data of the tally (arrays as tuples, see `Counts.to_json`)."""
        groups = [(a, b, n) for (a, b), n in self.groups.items()]
        counts = self.counts.to_json()
        data = {"version": _VERSION, "groups": groups, "counts": counts}
        if self.said is not None:
            data["said"] = list(self.said)
        return data

    @classmethod
    def from_json(cls, data: Any) -> Tallied | None:
        """The tally stored, or None if it is of another version (or not one at all)."""
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            return None
        try:
            groups = Counter({(a, b): n for a, b, n in data["groups"]})
            said = data.get("said")
            if said is not None:
                said = [(tuple(a), str(x), tuple(b), str(y)) for a, x, b, y in said]
            return cls(Counts.from_json(data["counts"]), groups, said)
        except (KeyError, TypeError, ValueError):
            return None


#: Bump when `count` counts differently.
COUNT_VERSION = 2
#: What a stored tally must say to be used: counted the same way from the same parses.
_VERSION = f"{COUNT_VERSION}/{PARSER_VERSION}"


@collector.paused()  # counts of keys and places: no cycle among them
def recount(
    groups: Sequence[Group],
    source: str,
    target: str,
    last: Tallied | None,
    articles: Mapping[str, Article],
) -> Tallied:
    """The counts of `groups`: from `last` (the deck's, as its last build left them; it is
    changed), taking off the groups that went and adding those that came, when `articles`
    (by content hash) has every article of the groups that went; else counted afresh."""
    now: Counter[Tally] = Counter()
    first: dict[Tally, Group] = {}
    for group in groups:
        tally = countable(group, source, target)
        if tally is not None:
            now[tally] += 1
            first.setdefault(tally, group)
    beads = Beads()
    went = last.groups - now if last is not None else Counter()
    if last is not None and all(a in articles and b in articles for a, b in went):
        counts = last.counts
        for (a, b), n in went.items():
            for _ in range(n):
                beads.add(articles[a], articles[b], -1)
        came = now - last.groups
    else:
        counts, came = Counts(), now
    for tally, n in came.items():
        group = first[tally]
        for _ in range(n):
            beads.add(group.members[source], group.members[target])
    beads.counts(counts)
    return Tallied(counts, now)


def wording(pairs: Sequence[Pair]) -> list[Wording]:
    """What the cards take of a lexicon: each pair's keys and forms, in order (a rebuild
    whose lexicon says the same makes the same cards of the groups that did not change)."""
    return [
        (
            p.source.key,
            _forms(p.source, p.source_also),
            p.target.key,
            _forms(p.target, p.target_also),
        )
        for p in pairs
    ]


def _forms(term: Term, also: Sequence[Term]) -> str:
    return " | ".join(t.lemma for t in (term, *also))


def changed(before: Sequence[Wording], now: Sequence[Wording]) -> set[tuple[Key, Key]]:
    """The pairs (by their keys) that a group's cards may take differently from `before` to
    `now` (two `wording`s): those that came, went or changed form, and those whose place
    among the pairs in both moved (a group's vocabulary takes the pairs it names in order)."""
    old = {(a, b): (x, y) for a, x, b, y in before}
    new = {(a, b): (x, y) for a, x, b, y in now}
    found = set(old.keys() ^ new.keys())
    found |= {k for k in old.keys() & new.keys() if old[k] != new[k]}
    kept_before = [(a, b) for a, _, b, _ in before if (a, b) in new and (a, b) not in found]
    kept_now = [(a, b) for a, _, b, _ in now if (a, b) in old and (a, b) not in found]
    found |= {x for x, y in zip(kept_before, kept_now, strict=True) if x != y}
    found |= {y for x, y in zip(kept_before, kept_now, strict=True) if x != y}
    return found


def learn(groups: Sequence[Group], source: str, target: str) -> list[Pair]:
    """Term pairs of `source` and `target` that the aligned sentences of `groups` attest."""
    return pairs_of(count_groups(groups, source, target), source, target)


def learned(groups: Sequence[Group], source: str, target: str) -> Learned:
    """Term pairs of `source` and `target` that the aligned sentences of `groups` attest,
    and the ties among their nouns that stay unresolved."""
    return learned_of(count_groups(groups, source, target), source, target)


def pairs_of(counts: Counts, source: str, target: str) -> list[Pair]:
    """The term pairs that `counts` attest (see `learned_of`)."""
    return learned_of(counts, source, target).pairs


def learned_of(counts: Counts, source: str, target: str) -> Learned:
    """The term pairs that `counts` attest: each the other's clear best by Dice's
    coefficient, named together often enough, both worth a card; then nouns named in
    exactly the same beads, in the order all of those beads agree on; and the ties left."""
    together, alone_src, alone_tgt = counts.together, counts.alone_src, counts.alone_tgt
    forms_src, forms_tgt = counts.forms_src, counts.forms_tgt
    dice: dict[Key, dict[Key, float]] = defaultdict(dict)
    back: dict[Key, dict[Key, float]] = defaultdict(dict)
    for (a, b), n in together.items():
        if n < MIN_TOGETHER:
            continue
        score = 2 * n / (alone_src[a] + alone_tgt[b])
        dice[a][b] = score
        back[b][a] = score

    def src_term(a: Key) -> Term:
        return Term(_usual(forms_src[a], a), a, alone_src[a])

    def tgt_term(b: Key) -> Term:
        return Term(_usual(forms_tgt[b], b), b, alone_tgt[b])

    pairs: list[Pair] = []
    while True:  # each round's pairs take their terms out of the next round's rivals
        found = [
            Pair(src_term(a), tgt_term(b), together[(a, b)], round(score, 3))
            for a, b, score in _clear_pairs(dice, back, pairs, source, target)
        ]
        if not found:
            found = [
                Pair(src_term(a), tgt_term(b), n, 1.0, (src_term(also),), ())
                for a, also, b, n in _synonyms(
                    dice,
                    back,
                    pairs,
                    (lambda a, b: together[(a, b)], alone_src, alone_tgt),
                    source,
                    target,
                )
            ]
            found += [
                Pair(src_term(a), tgt_term(b), n, 1.0, (), (tgt_term(also),))
                for b, also, a, n in _synonyms(
                    back,
                    dice,
                    [p.mirrored() for p in pairs],
                    (lambda b, a: together[(a, b)], alone_tgt, alone_src),
                    target,
                    source,
                )
            ]
        if not found:
            break
        pairs.extend(found)
    ties: list[Tie] = []
    for a, b, n in _untied(sorted(counts.beads.items()), pairs, ties):
        if _worth(a, source) and _worth(b, target):
            pairs.append(
                Pair(
                    Term(_usual(forms_src[a], a), a, alone_src[a]),
                    Term(_usual(forms_tgt[b], b), b, alone_tgt[b]),
                    n,
                    1.0,
                )
            )
    pairs.sort(key=lambda p: (-p.dice, -p.together, p.source.key))
    return Learned(pairs, ties)


def _clear_pairs(
    dice: Mapping[Key, Mapping[Key, float]],
    back: Mapping[Key, Mapping[Key, float]],
    pairs: Sequence[Pair],
    source: str,
    target: str,
) -> list[tuple[Key, Key, float]]:
    """The terms not yet in `pairs` whose clear best candidate has them as its own clear
    best, both worth a card.  The terms of `pairs`, and the terms made only of their words,
    are no rivals (nor paired again) any more: *þjónusta*, paired with *hizmet*, no longer
    hides *vara* as the best of *ürün* ("ürün veya hizmet" / "vara eða þjónusta" go
    together)."""
    taken_src, taken_tgt, known_src, known_tgt = _taken(pairs)
    found = []
    best_back: dict[Key, Key | None] = {}  # each target term's clear best (many ask for it)
    for a, candidates in dice.items():
        if a in taken_src or set(a) <= known_src:
            continue
        best, score = _clear_best(_free(candidates, taken_tgt, known_tgt))
        if best is None or score < MIN_DICE - EPSILON:
            continue
        if best not in best_back:
            best_back[best] = _clear_best(_free(back[best], taken_src, known_src))[0]
        mutual = best_back[best] == a
        if not (mutual and _worth(a, source) and _worth(best, target)):
            continue
        found.append((a, best, score))
    return found


def _taken(pairs: Sequence[Pair]) -> tuple[set[Key], set[Key], set[str], set[str]]:
    """The terms of `pairs` on each side, and the words of those terms on each side."""
    known_src, known_tgt = _known_words(pairs)
    return {p.source.key for p in pairs}, {p.target.key for p in pairs}, known_src, known_tgt


def _free(candidates: Mapping[Key, float], taken: set[Key], known: set[str]) -> Mapping[Key, float]:
    """The candidates that are no paired term, nor made only of the words of paired terms."""
    if not taken and not known and () not in candidates:  # the first round: all of them
        return candidates
    return {k: s for k, s in candidates.items() if k not in taken and not set(k) <= known}


def _synonyms(
    dice: Mapping[Key, Mapping[Key, float]],
    back: Mapping[Key, Mapping[Key, float]],
    pairs: Sequence[Pair],
    tally: tuple[Callable[[Key, Key], int], Mapping[Key, int], Mapping[Key, int]],
    source: str,
    target: str,
) -> list[tuple[Key, Key, Key, int]]:
    """Two source terms that both translate one target term, which neither leads clearly
    (*satış elemanı* 3 times, *satış görevlisi* twice, for *sölumaður*'s 5): each has that
    term as its clear best and is named beside it every time, and it is named only beside
    one of the two.  (the more frequent, the other, the target term, the sentences) for
    each: a pair as sure as Dice's 1.0."""
    together, alone_src, alone_tgt = tally
    taken_src, taken_tgt, known_src, known_tgt = _taken(pairs)
    found = []
    for b, candidates in back.items():
        if b in taken_tgt or set(b) <= known_tgt:
            continue
        ranked = sorted(
            _free(candidates, taken_src, known_src).items(),
            key=lambda kv: (-kv[1], -len(kv[0]), kv[0]),
        )
        words = [(k, set(k)) for k, _ in ranked]
        rivals = [k for k, mine in words if not any(mine <= w for r, w in words if r != k)]
        if len(rivals) < 2:
            continue
        first, second = rivals[:2]
        n = together(first, b) + together(second, b)
        if n != alone_tgt[b] or any(together(a, b) != alone_src[a] for a in (first, second)):
            continue  # each names it every time, and it is named only beside one of them
        if any(
            _clear_best(_free(dice[a], taken_tgt, known_tgt))[0] != b or not _worth(a, source)
            for a in (first, second)
        ) or not _worth(b, target):
            continue
        found.append((first, second, b, n))
    return found


def _known_words(pairs: Sequence[Pair]) -> tuple[set[str], set[str]]:
    """The words of the terms already paired, on each side (*satış* of *yumuşak satış*)."""
    return (
        {w for p in pairs for w in p.source.key},
        {w for p in pairs for w in p.target.key},
    )


#: The beads, each with how many times it was met.
_Beads = Sequence[tuple[BeadNouns, int]]


def _signatures(beads: _Beads, side: int) -> dict[Key, tuple[tuple[int, int], ...]]:
    """Each noun's beads (by index, with how many times each was met)."""
    found: dict[Key, set[tuple[int, int]]] = defaultdict(set)
    for n, (bead, times) in enumerate(beads):
        for place in bead[side]:
            found[(place[0],)].add((n, times))
    return {key: tuple(sorted(where)) for key, where in found.items()}


def _untied(beads: _Beads, pairs: Sequence[Pair], ties: list[Tie]) -> list[tuple[Key, Key, int]]:
    """Nouns not yet paired that are named in exactly the same beads (two or more), as many
    on each side: paired in the order every one of those beads names them in, when they all
    agree and name each once, no two side by side (*müşterinin ihtiyaçları* / *þarfir
    viðskiptavinarins* turn the order round); the rest reported in `ties`."""
    known_src, known_tgt = _known_words(pairs)
    groups_src: dict[tuple[tuple[int, int], ...], list[Key]] = defaultdict(list)
    groups_tgt: dict[tuple[tuple[int, int], ...], list[Key]] = defaultdict(list)
    for key, where in _signatures(beads, 0).items():
        if key[0] not in known_src:
            groups_src[where].append(key)
    for key, where in _signatures(beads, 1).items():
        if key[0] not in known_tgt:
            groups_tgt[where].append(key)
    found: list[tuple[Key, Key, int]] = []
    for where in sorted(groups_src.keys() & groups_tgt.keys()):
        mine, theirs = sorted(groups_src[where]), sorted(groups_tgt[where])
        met = sum(times for _, times in where)
        if met < MIN_TOGETHER or not 2 <= len(mine) == len(theirs) <= MAX_TIE:
            continue
        order = _agreed_order([beads[n][0] for n, _ in where], mine, theirs)
        if order is None:
            ties.append(Tie(tuple(mine), tuple(theirs), met))
        else:
            found.extend((a, b, met) for a, b in order)
    return found


def _agreed_order(
    beads: Sequence[BeadNouns], mine: Sequence[Key], theirs: Sequence[Key]
) -> list[tuple[Key, Key]] | None:
    """The pairs of `mine` and `theirs` that every one of `beads` names in the same order,
    or None when one names a noun twice, two side by side, or another order."""
    agreed: list[tuple[Key, Key]] | None = None
    for left, right in beads:
        first, second = _in_order(left, mine), _in_order(right, theirs)
        if first is None or second is None:
            return None
        order = sorted(zip(first, second, strict=True))
        if agreed is not None and order != agreed:
            return None
        agreed = order
    return agreed


def _in_order(places: Sequence[Place], keys: Sequence[Key]) -> list[Key] | None:
    """`keys` in the order one side of a bead names them, each once and none right after
    another; None otherwise."""
    wanted = {key[0] for key in keys}
    named = sorted((p for p in places if p[0] in wanted), key=lambda p: (p[1], p[2]))
    if sorted(p[0] for p in named) != sorted(wanted):
        return None  # one named twice (or not at all)
    for before, after in itertools.pairwise(named):
        if before[1] == after[1] and before[4] and after[2] == before[3] + 1:
            return None
    return [(p[0],) for p in named]


def _usual(forms: Counter[str], key: Key) -> str:
    """The form a term has most often, the singular at a tie (its last word the head's own
    lemma: "hugsanlegur viðskiptavinur", not "hugsanlegir viðskiptavinir"); a one-word term
    is its lemma (*tilfinning*, though the text says *tilfinningar* each time)."""
    usual = min(
        forms.items(),
        key=lambda kv: (-kv[1], kv[0].split()[-1].lower() != key[-1], len(kv[0]), kv[0]),
    )[0]
    return key[0] if len(key) == 1 and usual.lower() != key[0] else usual


def _clear_best(candidates: Mapping[Key, float]) -> tuple[Key | None, float]:
    """The best candidate when it leads the next by MIN_MARGIN (a longer phrase containing
    it does not count as a rival: "potansiyel müşteri" beside "müşteri")."""
    # At a tie the longer term: "satış tekniği" for "sölutækni", not "teknik".
    ranked = sorted(candidates.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    if not ranked:
        return None, 0.0
    best, score = ranked[0]
    words = set(best)
    for k, rival in itertools.islice(ranked, 1, None):  # the first rival, if any
        other = set(k)
        if not words <= other and not other <= words:
            if score - rival < MIN_MARGIN - EPSILON:
                return None, 0.0
            break
    return best, score
