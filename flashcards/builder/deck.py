"""All the cards of one build: every group in every chosen direction, the vocabulary the
build's aligned sentences attest, and a note of what could not be made and why."""

from __future__ import annotations

import collections
import dataclasses
import functools
import gc
import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass

from flashcards import collector
from flashcards.builder import contrast, practice, workers
from flashcards.builder import terms as t
from flashcards.builder.cards import (
    ALL_KINDS,
    ANALYSED_KINDS,
    PRACTICE_KINDS,
    anchor_term,
    make_cards,
)
from flashcards.builder.lexicon import Pair, learn
from flashcards.builder.problems import problem
from flashcards.errors import Reason
from flashcards.progress import Phase, Progress, every
from flashcards.text.analysis import has_morphology
from flashcards.types import Article, CardKind, CardSpec, Group, Problem, Severity, content_hashes


def _mirrored(pairs: Sequence[Pair]) -> list[Pair]:
    return [p.mirrored() for p in pairs]


def _vocabulary_positions(
    pairs: Sequence[Pair], first: str, second: str
) -> dict[tuple[t.Key, t.Key], str]:
    """The same position for a pair in both directions (keys in language order), so the two
    cards of a vocabulary pair are siblings."""
    positions = {}
    for p in pairs:
        canonical = (
            (p.source.key, p.target.key) if first <= second else (p.target.key, p.source.key)
        )
        name = "vocab:" + "|".join(" ".join(k) for k in canonical)
        positions[(p.source.key, p.target.key)] = name
    return positions


def _group_translations(src: Article, tgt: Article) -> dict[t.Key, set[t.Key]]:
    """Terms of the target that translate terms of the source in this group: the concepts
    and the links both make."""
    found: dict[t.Key, set[t.Key]] = {}
    own_s, own_t = t.concept(src), t.concept(tgt)
    if own_s is not None and own_t is not None:
        found.setdefault(own_t.key, set()).add(own_s.key)
        other_s, other_t = t.other_concept(src, own_s), t.other_concept(tgt, own_t)
        if other_s is not None and other_t is not None:
            found.setdefault(other_t.key, set()).add(other_s.key)
    theirs = {link.target: link for link in tgt.links}
    for link in src.links:
        if link.target in theirs:
            mine, yours = anchor_term(src, link), anchor_term(tgt, theirs[link.target])
            if mine is not None and yours is not None:
                found.setdefault(yours.key, set()).add(mine.key)
    return found


def _linked_article(article: Article, by_key: Mapping[tuple[str, str], Article]) -> Article | None:
    """The article (same language) that the comparison section links to, if it is here."""
    for target in contrast.comparison_targets(article):
        found = by_key.get((target.strip("/").rsplit("/", 1)[-1], article.lang))
        if found is not None and found.path != article.path:
            return found
    return None


def lexicon_directions(directions: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The directions whose vocabulary is learned (the others' is the same, mirrored)."""
    learned: list[tuple[str, str]] = []
    for source, target in directions:
        if source != target and not {(source, target), (target, source)} & set(learned):
            learned.append((source, target))
    return learned


def lexicons_of(
    learned: Mapping[tuple[str, str], list[Pair]],
) -> dict[tuple[str, str], list[Pair]]:
    """The lexicon of every direction, from those of `lexicon_directions`."""
    lexicons: dict[tuple[str, str], list[Pair]] = {}
    for (source, target), pairs in learned.items():
        lexicons[(source, target)] = pairs
        lexicons[(target, source)] = _mirrored(pairs)
    return lexicons


def cards_for_directions(
    groups: Sequence[Group],
    deck: str,
    directions: Sequence[tuple[str, str]],
    kinds: frozenset[CardKind] = ALL_KINDS,
    progress: Progress | None = None,
    only: Collection[str] | None = None,
    lexicons: Mapping[tuple[str, str], list[Pair]] | None = None,
) -> tuple[list[CardSpec], list[Problem]]:
    """All cards of the chosen kinds of all groups for the given directions, and the notes.

    Single-language cards come once; contrast cards once per article of a built language.
    With `only`, the cards of those groups (by key) alone; links still find every group, and
    the vocabulary is still learned from all of them (`lexicons`: learned beforehand, by
    direction, see `lexicons_of`).  The same cards as `CardStream`'s batches, in one list.
    """
    with collector.paused():  # cards, like the articles they come from, form no cycle
        stream = CardStream(groups, deck, directions, kinds, progress, only, lexicons)
        cards = [spec for batch in stream for spec in batch]
        return cards, stream.problems


#: From this many groups to make, their cards are made in worker processes.
PARALLEL_GROUPS = 200
#: What the card workers' server imports before forking them (see `workers.pool`): each
#: worker imported the card makers for itself (~0.5 s of CPU each) after the server.
CARD_MODULES = ("flashcards.builder.deck",)


def start_card_workers(groups: int) -> None:
    """The card workers' server started now, if the cards of `groups` groups (at least) are
    to be made in workers: it loads the card makers while the build groups its articles
    and counts their vocabulary (one core busy, the other idle)."""
    if groups >= PARALLEL_GROUPS and workers.parallel():
        workers.serve(CARD_MODULES)


#: Groups per piece of work sent to a worker (several pieces each, for an even share).
_CHUNK_GROUPS = 64


@dataclass(frozen=True)
class _Making:
    """What making the cards of any group takes, the same for all groups of a build."""

    deck: str
    directions: tuple[tuple[str, str], ...]
    kinds: frozenset[CardKind]
    lexicons: Mapping[tuple[str, str], list[Pair]]
    #: What a card worker makes of the articles it is asked to keep (`CardStream`'s `keep`).
    keep: Callable[[Sequence[Article]], list[bytes]] | None = None

    @functools.cached_property
    def languages(self) -> set[str]:
        return {lang for pair in self.directions for lang in pair}

    @functools.cached_property
    def positions(self) -> dict[tuple[str, str], dict[tuple[t.Key, t.Key], str]]:
        """Each direction's vocabulary positions (see `_vocabulary_positions`), made once."""
        return {
            d: _vocabulary_positions(self.lexicons.get(d, []), *d)
            for d in self.directions
            if d[0] != d[1]
        }

    @functools.cached_property
    def translations(self) -> dict[tuple[str, str], dict[t.Key, set[t.Key]]]:
        """Each direction's lexicon as `practice.translations_of` gives it, made once."""
        return {d: practice.translations_of(self.lexicons.get(d, [])) for d in self.positions}


#: A group's cards and its problems, each with the key it is reported under once.
_Made = tuple[list[CardSpec], list[tuple[str, Problem]]]


#: Cards handed over at a time by `CardStream` (a few groups' worth).
BATCH_CARDS = 5_000


class CardStream:
    """The cards of `cards_for_directions`, made group by group and handed over in batches
    of about `batch` (`BATCH_CARDS`) as they are made (in the same order, each uid once), so that a
    build stores them as they come rather than holding every card of the deck; the notes,
    in `problems`, are complete once every batch was taken.

    Iterate with the cycle collector paused (`collector.paused`): cards form no cycle."""

    def __init__(
        self,
        groups: Sequence[Group],
        deck: str,
        directions: Sequence[tuple[str, str]],
        kinds: frozenset[CardKind] = ALL_KINDS,
        progress: Progress | None = None,
        only: Collection[str] | None = None,
        lexicons: Mapping[tuple[str, str], list[Pair]] | None = None,
        batch: int | None = None,
        keep: Callable[[Sequence[Article]], list[bytes]] | None = None,
        kept: Collection[str] = (),
    ) -> None:
        if lexicons is None:
            lexicons = lexicons_of({d: learn(groups, *d) for d in lexicon_directions(directions)})
        self._groups, self._only, self._progress = groups, only, progress
        self._batch = BATCH_CARDS if batch is None else batch
        self._making = _Making(deck, tuple(directions), kinds, lexicons, keep)
        self._kept = kept
        self.problems: list[Problem] = []
        #: `keep` of the articles at the paths `kept`, by path, made by the card workers with
        #: the articles they are sent anyway (their making spared the build's own process);
        #: those not there (cards made in this process) are the caller's to make.
        self.kept: dict[str, bytes] = {}

    def __iter__(self) -> Iterator[list[CardSpec]]:
        groups, only, making = self._groups, self._only, self._making
        by_key = {
            (a.translation_key, a.lang): a
            for g in groups
            for a in g.members.values()
            if a.translation_key
        }
        report = every(self._progress, Phase.MAKING, len(groups), 25)
        report(0)
        todo = [(n, g) for n, g in enumerate(groups, start=1) if only is None or g.key in only]
        made: Iterable[_Made]
        if len(todo) >= PARALLEL_GROUPS and workers.parallel():
            made = _made_in_workers(
                todo, making, by_key, report, len(groups), self._kept, self.kept
            )
        else:
            made = _made_here(groups, only, making, by_key, report)
        uids: set[str] = set()
        problems: dict[str, Problem] = {}
        batch: list[CardSpec] = []
        for chosen, notes in made:
            for spec in chosen:
                if spec.uid not in uids:
                    uids.add(spec.uid)
                    batch.append(spec)
            for key, note in notes:
                problems.setdefault(key, note)
            if len(batch) >= self._batch:
                yield batch
                batch = []
        if batch:
            yield batch
        self.problems = list(problems.values())


def _made_here(
    groups: Sequence[Group],
    only: Collection[str] | None,
    making: _Making,
    by_key: Mapping[tuple[str, str], Article],
    report: Callable[[int], None],
) -> Iterator[_Made]:
    """`_group_cards` of the groups to make, in this process, each card with its content
    hash (as the card workers send them): worked out for a group's cards at once
    (`types.content_hashes` quotes each of their shared texts once), not card by card when
    a build first asks for one (a rebuild compares every card of the groups it makes again
    with the stored one's)."""
    for done, group in enumerate(groups, start=1):
        if only is None or group.key in only:
            made = _group_cards(group, making, _links(group, making, by_key))
            cards = [c for c in made[0] if "content_hash" not in c.__dict__]
            for card, digest in zip(cards, content_hashes(cards), strict=True):
                card.__dict__["content_hash"] = digest  # where its cached_property keeps it
            yield made
        report(done)
    t.forget()  # a process that builds again and again (the GUI) keeps no build's articles


def _links(
    group: Group, making: _Making, by_key: Mapping[tuple[str, str], Article]
) -> dict[str, Article | None]:
    """The article each member's comparison links to, where it is in the build."""
    if CardKind.CONTRAST not in making.kinds:
        return {}
    return {
        a.path: _linked_article(a, by_key)
        for lang, a in group.members.items()
        if lang in making.languages
    }


def _group_cards(
    group: Group,
    making: _Making,
    links: Mapping[str, Article | None],
) -> _Made:
    """The cards of one group in every direction, and what to report of it."""
    deck, kinds, languages = making.deck, making.kinds, making.languages
    made_here: list[CardSpec] = []
    untranslated: list[tuple[Article, str]] = []
    for source, target in making.directions:
        lexicon = making.lexicons.get((source, target), [])
        made, notes = make_cards(
            group, deck, source, target, lexicon, making.positions.get((source, target))
        )
        if kinds & PRACTICE_KINDS:
            made += _practice(
                group, deck, source, target, lexicon, making.translations.get((source, target))
            )
        made_here += made
        for note in notes:
            present = group.members.get(source) or group.members.get(target)
            if present is not None:
                untranslated.append((present, note.message))
    if CardKind.CONTRAST in kinds:
        for lang in sorted(languages & group.members.keys()):
            article = group.members[lang]
            made_here += practice.contrast_cards(group, deck, article, links.get(article.path))
    chosen = [c for c in made_here if c.kind in kinds]
    problems: list[tuple[str, Problem]] = []
    for article, _ in untranslated:
        problems.append((article.path, _untranslated_note(article, languages, chosen)))
    for article in group.members.values():
        if article.lang in languages and not has_morphology(article.lang):
            skipped = sorted(k.value for k in (kinds & ANALYSED_KINDS))
            if skipped:
                problems.append(
                    (
                        f"{article.path}#analysis",
                        problem(
                            article.path,
                            Reason.NO_ANALYSIS,
                            article.lang,
                            ",".join(skipped),
                            severity=Severity.WARNING,
                        ),
                    )
                )
    return chosen, problems


def _made_in_workers(
    todo: Sequence[tuple[int, Group]],
    making: _Making,
    by_key: Mapping[tuple[str, str], Article],
    report: Callable[[int], None],
    total: int,
    keep: Collection[str] = (),
    kept: dict[str, bytes] | None = None,
) -> Iterator[_Made]:
    """`_group_cards` of every group of `todo`, in order, made by worker processes (the
    groups' cards do not depend on one another: a group's articles, the articles they link
    to and the lexicons are all it takes).

    Each worker is given `making` once, when it starts; a piece of work goes as bytes
    pickled here (`workers.dumps`) and its cards come back so (`_sent`), each unpickled
    with the cycle collector paused; only a few pieces are on their way at a time, so that
    neither the work nor the cards made pile up while the build stores the cards.  The
    members at the paths `keep` are kept too (`making.keep`, into `kept` by path)."""
    pieces = [todo[i : i + _CHUNK_GROUPS] for i in range(0, len(todo), _CHUNK_GROUPS)]

    def work(piece: Sequence[tuple[int, Group]]) -> bytes:
        return workers.dumps(
            [
                (
                    _sendable(g),
                    _sendable_links(_links(g, making, by_key)),
                    _to_keep(g, keep) if making.keep is not None else (),
                )
                for _, g in piece
            ]
        )

    with workers.pool(_start_card_worker, (making,), CARD_MODULES) as pool:
        window = 2 * workers.count() + 1  # a piece queued for each worker at least
        waiting: collections.deque[tuple[Sequence[tuple[int, Group]], Future[bytes]]]
        waiting = collections.deque()
        ahead = iter(pieces)
        try:
            for piece in itertools.islice(ahead, window):
                waiting.append((piece, pool.submit(_make_in_worker, work(piece))))
            while waiting:
                piece, future = waiting.popleft()
                results = _received(future.result(), kept)
                following = next(ahead, None)
                if following is not None:
                    waiting.append((following, pool.submit(_make_in_worker, work(following))))
                yield from results
                for done, _ in piece:
                    report(done)
        finally:  # a build stopped (cancelled, failed) does not wait for pieces not begun
            for _, future in waiting:
                future.cancel()
    if todo[-1][0] != total:
        report(total)  # the groups after the last made


#: What a card worker makes every group's cards with (given when it starts).
_MAKING: list[_Making] = []


def _start_card_worker(making: _Making) -> None:
    """A card worker's start: what every piece takes, and the cycle collector off for good.
    Making cards forms no cycle (tests/builder/test_deck.py), but with the collector on
    between pieces, the first object made after each piece started a collection that walked
    all the piece's young objects (5 % of the worker's CPU at 5,000 pairs)."""
    _MAKING[:] = [making]
    gc.disable()


def _make_in_worker(work: bytes) -> bytes:
    """`_group_cards` of some groups, in a worker; each card's content hash is worked out
    here rather than in the build's process."""
    making = _MAKING[0]
    with collector.paused():
        groups: list[tuple[Group, dict[str, Article | None], tuple[str, ...]]]
        groups = workers.loads(work)
        made = [_group_cards(group, making, links) for group, links, _ in groups]
        keep = [group.members[lang] for group, _, langs in groups for lang in langs]
        kept: dict[str, bytes] = {}
        if keep and making.keep is not None:
            kept = dict(zip((a.path for a in keep), making.keep(keep), strict=True))
        del groups, keep
        t.forget()  # the next groups are others
        return _sent(made, kept)


#: A card's fields as `_sent` gives them, in order: its dataclass fields, its content hash.
_CARD_FIELDS = (*(f.name for f in dataclasses.fields(CardSpec)), "content_hash")
_new = object.__new__


def _sent(made: list[_Made], kept: Mapping[str, bytes] | None = None) -> bytes:
    """Cards pickled to go back to the build: each as the plain tuple of its fields and its
    content hash (worked out here), equal texts as one object (the cards of a group repeat
    their fronts, backs, extras and note keys: as many objects, they were 1.8 times the
    bytes), made again by `_received`; the build unpickled each card's state as a dict,
    about twice the CPU (bench/wire.py).  `kept`: what the worker kept of its articles."""
    seen: dict[object, object] = {}
    one = seen.setdefault
    return workers.dumps(
        (
            dict(kept or {}),
            [
                (
                    [
                        (
                            c.uid,
                            one(c.note_key, c.note_key),
                            c.kind,
                            c.source_lang,
                            c.target_lang,
                            one(c.front, c.front),
                            one(c.back, c.back),
                            one(c.extra, c.extra),
                            c.group_key,
                            one(c.source_files, c.source_files),
                            one(c.alternatives, c.alternatives) if c.alternatives else (),
                            one(c.answer_lemma, c.answer_lemma) if c.answer_lemma else "",
                            digest,
                        )
                        for c, digest in zip(cards, content_hashes(cards), strict=True)
                    ],
                    notes,
                )
                for cards, notes in made
            ],
        )
    )


def _received(data: bytes, kept: dict[str, bytes] | None = None) -> list[_Made]:
    """What `_sent` sent: the same cards, each with its content hash (and into `kept`, what
    the worker kept of its articles)."""
    new, names, made = _new, _CARD_FIELDS, []
    with collector.paused():
        found, sent = workers.loads(data)
        if kept is not None:
            kept.update(found)
        for rows, notes in sent:
            cards: list[CardSpec] = []
            for row in rows:
                card = new(CardSpec)
                card.__dict__.update(zip(names, row, strict=True))
                cards.append(card)
            made.append((cards, notes))
    return made


def _sendable(group: Group) -> Group:
    """`group` as plain articles with their analyses decoded: a worker is sent them, not
    the means to read them (a lazy article's cache, see `store.parses.LazyAnalyses`)."""
    if all(_is_plain(a) for a in group.members.values()):
        return group
    return Group(group.key, {lang: _plain(a) for lang, a in group.members.items()})


def _to_keep(group: Group, paths: Collection[str]) -> tuple[str, ...]:
    """The languages of the members of `group` at `paths` that a worker keeps (`keep`):
    plain articles only (a lazy one's is the caller's to make, from the article itself)."""
    return tuple(lang for lang, a in group.members.items() if a.path in paths and _is_plain(a))


def _is_plain(article: Article) -> bool:
    return type(article) is Article and isinstance(article.analyses, dict)


def _plain(article: Article) -> Article:
    if _is_plain(article):
        return article
    values = {f.name: getattr(article, f.name) for f in dataclasses.fields(Article)}
    values["analyses"] = dict(article.analyses)
    return Article(**values)


def _sendable_links(links: dict[str, Article | None]) -> dict[str, Article | None]:
    return {path: None if a is None else _plain(a) for path, a in links.items()}


def _untranslated_note(article: Article, languages: set[str], cards: Sequence[CardSpec]) -> Problem:
    """What an article with no translation in the deck's other language gave."""
    missing = sorted(lang for lang in languages if lang != article.lang)
    made = sum(1 for c in cards if c.source_lang == c.target_lang == article.lang)
    return problem(
        article.path,
        Reason.UNTRANSLATED,
        ",".join(missing),
        made,
        article.lang,
        severity=Severity.WARNING,
    )


def _practice(
    group: Group,
    deck: str,
    source: str,
    target: str,
    lexicon: Sequence[Pair],
    translations: Mapping[t.Key, set[t.Key]] | None = None,
) -> list[CardSpec]:
    """Summary and cloze cards of one group for one direction (`translations`: the
    lexicon's, see `practice.translations_of`)."""
    src, tgt = group.members.get(source), group.members.get(target)
    if src and tgt and source != target:
        return practice.summary_cards(group, deck, src, tgt) + practice.cloze_cards(
            group, deck, src, tgt, lexicon, _group_translations(src, tgt), translations
        )
    present = tgt or src
    return practice.cloze_cards(group, deck, None, present) if present else []
