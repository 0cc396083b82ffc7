"""Build decks from article folders into the store, incrementally, and report what happened."""

from __future__ import annotations

import copy
import dataclasses
import gc
import os
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from flashcards import collector
from flashcards.builder import briefs
from flashcards.builder.cards import ALL_KINDS
from flashcards.builder.deck import CardStream
from flashcards.builder.lexicon import Tallied
from flashcards.builder.pipeline import (
    BuildPlan,
    LastBuild,
    Seen,
    SourceFile,
    collect_files,
    fingerprint,
    plan_build,
    read_articles,
    settings_stamp,
)
from flashcards.builder.problems import problem
from flashcards.builder.reader import PARSER_VERSION
from flashcards.builder.selection import Anchored, gone_uids, kept_cards
from flashcards.errors import FlashcardsError, Reason
from flashcards.files import MAX_ARTICLE_BYTES
from flashcards.progress import Phase, Progress
from flashcards.store import builds, made, parses, reports
from flashcards.store import cards as store
from flashcards.store import shortcuts as kept_maps
from flashcards.store.cards import IMPORTED_PREFIXES
from flashcards.store.database import Database
from flashcards.store.models import Deck, utcnow
from flashcards.text.languages import normalize_lang
from flashcards.types import Article, CardKind, CardSpec, Problem, Severity


@dataclass
class BuildReport:
    """What one build read, made and could not use."""

    deck: str
    directions: list[tuple[str, str]]
    files: int = 0
    articles: int = 0
    parsed: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    groups: int = 0
    made_groups: int = 0  # groups whose cards were made this time (the others had not changed)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    restored: int = 0
    inputs_unchanged: bool = False
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def cards(self) -> int:
        return self.new + self.updated + self.unchanged + self.restored

    @property
    def ok(self) -> bool:
        """Something was built (or is there, unchanged): the exit status is 0."""
        return self.cards > 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["directions"] = [f"{s}>{t}" for s, t in self.directions]
        data["problems"] = [p.to_dict() for p in self.problems]
        data["cards"] = self.cards
        return data


def default_deck_name(paths: Sequence[str | Path]) -> str:
    first = Path(os.path.realpath(Path(paths[0]).expanduser()))  # never raises on a loop
    return (first.parent.name if first.is_file() else first.name) or "default"


def _directions(source: str, target: str, both: bool) -> list[tuple[str, str]]:
    pairs = [(source, target)]
    if both and source != target:
        pairs.append((target, source))
    return pairs


def _language(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    code = normalize_lang(value)
    if code is None:
        raise FlashcardsError(f"unsupported {what} language {value!r}")
    return code


#: How often a build plans again when another build changed the deck while it planned.
ATTEMPTS = 3
#: From this many cards written, the checkpoint of a build's cards is made while its parses
#: are written (`CacheWrites`), not by its commit: ~30 MB of log and more (a full build of
#: 5,000 article pairs: 550 MB, 1.3 s of the writing phase); fewer are checkpointed by the
#: commit as any write is.
CHECKPOINT_BEHIND = 20_000


@dataclass(frozen=True)
class _DeckState:
    """A deck as a build found it: what it builds by default, and what tells that another
    build changed it since."""

    id: int
    source_lang: str
    target_lang: str
    both_directions: bool
    kinds: frozenset[CardKind]
    fingerprint: str | None
    updated_at: datetime
    last_report: dict[str, Any]

    @classmethod
    def of(cls, deck: Deck | None) -> _DeckState | None:
        if deck is None:
            return None
        return cls(
            deck.id,
            deck.source_lang,
            deck.target_lang,
            deck.both_directions,
            store.deck_kinds(deck),
            deck.build_fingerprint,
            deck.updated_at,
            store.last_build_report(deck),
        )

    def same_build(self, other: _DeckState | None) -> bool:
        return other is not None and (other.id, other.fingerprint, other.updated_at) == (
            self.id,
            self.fingerprint,
            self.updated_at,
        )


@dataclass
class _Read:
    """What a build read of the collection, in one read transaction that takes no lock."""

    deck: _DeckState | None
    cache: dict[str, Article] = field(default_factory=dict)
    briefs: dict[str, briefs.Brief] = field(default_factory=dict)  # see `builder.briefs`
    kept_briefs: kept_maps.KeptMap | None = None  # as read, when its briefs are used
    articles: dict[str, builds.StoredArticle] = field(default_factory=dict)
    #: The deck's cards a build needs: read after planning (`_read_cards`).
    cards: dict[str, builds.StoredCard] = field(default_factory=dict)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # see store.built_groups
    active: builds.Active = field(default_factory=dict)  # the deck's active cards, by group
    active_cards: int = 0
    keys: dict[str, str | None] = field(default_factory=dict)  # of files changed or gone
    memos: dict[str, dict[str, Any]] = field(default_factory=dict)  # analysers' lookups
    #: The vocabulary's counts as the last build left them, and the parses of the files
    #: they counted that changed since (by content hash).
    tallies: dict[tuple[str, str], Tallied] = field(default_factory=dict)
    counted: dict[str, Article] = field(default_factory=dict)
    older: set[str] = field(default_factory=set)  # parses kept in an earlier format
    reported: dict[reports.TextKey, str] = field(default_factory=dict)  # marked bad: uid
    #: The cards the learner made from selections, with the sentences they were made in.
    selections: list[Anchored] = field(default_factory=list)

    def last_build(self, settings: str) -> LastBuild | None:
        """The deck's last build, if it was made with the same `settings` stamp (and its
        report says why of each problem)."""
        if self.deck is None or self.deck.last_report.get("settings") != settings:
            return None
        if not _worded(self.deck.last_report):
            return None
        hashes = {path: row.content_hash for path, row in self.articles.items()}
        return LastBuild(self.members, hashes, self.keys)


def _worded(report: Mapping[str, Any]) -> bool:
    """Whether a stored report gives each problem's reason: one stored before problems had
    reasons is not reused (its problems are found again, in words a window can translate)."""
    return all("reason" in p for p in report.get("problems", []))


def _not_reported(specs: Sequence[CardSpec], seen: _Read) -> Sequence[CardSpec]:
    """`specs` but those a learner marked bad that moved to another uid (their place in
    the article changed): a card marked bad is not made again (see services.bad_cards)."""
    if not seen.reported:
        return specs
    fronts = {key[4] for key in seen.reported}  # one set lookup for most cards
    kept = []
    for spec in specs:
        if spec.front not in fronts:
            kept.append(spec)
            continue
        key = (spec.group_key, spec.kind.value, spec.source_lang, spec.target_lang)
        uid = seen.reported.get((*key, spec.front, spec.back))
        row = seen.cards.get(spec.uid)
        if uid is None or uid == spec.uid or (row is not None and row.edited):
            kept.append(spec)
    return kept


def _read(
    db: Database,
    name: str,
    files: Sequence[SourceFile],
    stamp: Any,
    use_briefs: bool = True,
) -> _Read:
    """The deck, and unless `stamp(deck)` says nothing changed, the cache and its cards;
    with `use_briefs`, the briefs the deck's last build kept, and not the cached parses
    they stand for."""
    with db.read() as session:
        found = _Read(_DeckState.of(store.get_deck(session, name)))
        if found.deck is not None and stamp(found.deck):
            found.active_cards = store.active_card_count(session, found.deck.id)
            return found
        if use_briefs and found.deck is not None:
            kept = builds.kept_briefs(session, found.deck.id)
            found.briefs = briefs.loads(kept.data)
            found.kept_briefs = dataclasses.replace(kept, data=None) if found.briefs else None
        briefed = found.briefs
        found.cache = builds.cached_articles(
            session,
            (f.content_hash for f in files if f.content_hash not in briefed),
            found.older,
        )
        found.articles = builds.stored_articles(session, (f.path for f in files))
        built = store.built_groups(session, found.deck.id if found.deck else None)
        found.members, found.active = built.members, built.active
        found.reported = reports.reported_texts(session, found.deck.id if found.deck else None)
        if found.deck is not None:
            found.selections = [Anchored(*row) for row in made.anchors(session, found.deck.id)]
        now = {f.path: f.content_hash for f in files}
        gone = {
            path
            for paths in found.members.values()
            for path in paths
            if path not in found.articles or found.articles[path].content_hash != now.get(path)
        }
        found.keys = builds.translation_keys(session, gone)
        found.memos = builds.analysis_memos(session)
        deck_id = found.deck.id if found.deck else None
        for pair, data in builds.lexicon_tallies(session, deck_id).items():
            tally = Tallied.from_json(data)
            if tally is not None:
                found.tallies[pair] = tally
        counted = {h for tally in found.tallies.values() for group in tally.groups for h in group}
        changed = {row.content_hash for row in found.articles.values()}  # as last built
        found.counted = builds.cached_articles(session, (counted | changed) - set(now.values()))
        return found


def _read_cards(db: Database, seen: _Read, uids: Collection[str]) -> None:
    """The deck's cards with one of `uids` (made from selections, or theirs gone), which a
    build's plan needs throughout; those of the groups made again are read with their
    groups' new cards (`_cards_of_groups`), the others counted in `seen.active`.

    Read after planning, in read transactions of their own: a card changed since is left
    as it is when written (every write is guarded), and a build that changed the deck
    meanwhile is seen before the write."""
    if seen.deck is None:
        return
    with db.read() as session:
        seen.cards = builds.stored_cards(session, seen.deck.id, (), uids)


def _cards_of_groups(
    db: Database, seen: _Read, keys: Collection[str]
) -> dict[str, builds.StoredCard]:
    """The deck's stored cards of the groups `keys` (see `_read_cards`)."""
    if seen.deck is None or not keys:
        return {}
    with db.read() as session:
        return builds.stored_cards(session, seen.deck.id, keys)


#: Groups whose stored cards are read at a time when none of their cards came (groups
#: made again that make no card now, or went).
GROUPS_READ_AT_ONCE = 200


def build(
    db: Database,
    paths: Sequence[str | Path],
    *,
    deck: str | None = None,
    source: str | None = None,
    target: str | None = None,
    both_directions: bool = False,
    kinds: Collection[CardKind] | None = None,
    progress: Progress | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
    parsed: Mapping[str, Article] | None = None,
) -> BuildReport:
    """Read `paths`, make cards and store them in one transaction; returns the report.

    A file larger than `max_bytes` is skipped (and reported) without being read whole.

    Languages not given are taken from the deck's last build, or else the two most
    common languages among the articles.  Re-running on unchanged files changes nothing.

    The collection is read without a lock, the files are parsed and the cards made with
    no transaction open, and the changes are written in one short transaction, so that
    studying in another window or on another computer goes on during a build.  If another
    build of the same deck finished meanwhile, the build plans again (`ATTEMPTS` times).

    `parsed` are parses made beforehand (the shipped decks'), used like the build's cache.
    """
    if not paths:
        raise FlashcardsError("nothing to build: give at least one file or folder")
    name = deck or default_deck_name(paths)
    src, tgt = _language(source, "source"), _language(target, "target")
    try:
        return _build(
            db, paths, name, src, tgt, both_directions, kinds, progress, max_bytes, parsed
        )
    finally:
        gc.unfreeze()  # see `_long_lived`


def _long_lived() -> None:
    """What the build holds now (the kept briefs, tallies and cards read) stays until it
    ends: the cycle collector leaves it out of its passes until then (at 5,000 article pairs
    they walked millions of objects again and again, seconds of a rebuild)."""
    gc.freeze()


def _build(
    db: Database,
    paths: Sequence[str | Path],
    name: str,
    src: str | None,
    tgt: str | None,
    both_directions: bool,
    kinds: Collection[CardKind] | None,
    progress: Progress | None,
    max_bytes: int,
    parsed: Mapping[str, Article] | None,
) -> BuildReport:
    with collector.paused():  # the cache's articles form no cycle
        shortcuts = _shortcuts(db, name)
        _long_lived()  # before the collector is back: its first pass would walk them all
    files, problems = collect_files(paths, max_bytes, shortcuts.seen, parse_ahead=True)
    for _ in range(ATTEMPTS):
        try:
            report = _build_once(
                db,
                name,
                files,
                problems,
                src,
                tgt,
                both_directions,
                kinds,
                progress,
                parsed,
                shortcuts,
            )
        except briefs.Stale:  # a shortcut did not hold: everything is read again
            shortcuts = _Shortcuts(briefs=False)
            files, problems = collect_files(paths, max_bytes)
            continue
        if report is not None:
            return report
    raise FlashcardsError(
        f"{name}: another build changed the deck while this one ran, {ATTEMPTS} times; "
        "nothing was stored, build it again"
    )


@dataclass(frozen=True)
class _Shortcuts:
    """What the deck's last build kept to spare this one work: how it found each file, by
    path (`pipeline.Seen`), and whether its articles' briefs are used (read with the cache,
    see `builder.briefs`)."""

    seen: Mapping[str, Seen] = field(default_factory=dict)
    briefs: bool = True
    kept: kept_maps.KeptMap | None = None  # `seen` as read (None: not used)


def _shortcuts(db: Database, name: str) -> _Shortcuts:
    with db.read() as session:
        deck = store.get_deck(session, name)
        kept = builds.kept_file_stats(session, deck.id if deck is not None else None)
    seen, found = kept.data, {}
    if isinstance(seen, dict) and seen.get("version") == SEEN_VERSION:
        try:
            found = {path: Seen.from_json(item) for path, item in seen["files"].items()}
        except (KeyError, TypeError, ValueError, AttributeError):
            found = {}
    return _Shortcuts(found, kept=dataclasses.replace(kept, data=None) if found else None)


#: Bump when what `Seen` keeps changes.
SEEN_VERSION = 1


def _fetch(db: Database) -> briefs.Fetch:
    """Reads cached parses by content hash, each in a read transaction of its own."""

    def fetch(hashes: Collection[str]) -> Mapping[str, Article]:
        with db.read() as session:
            found = builds.cached_articles(session, hashes)
        return {h: a for h, a in found.items() if a.parser == PARSER_VERSION}

    return fetch


def _build_once(
    db: Database,
    name: str,
    files: Sequence[SourceFile],
    problems: list[Problem],
    src: str | None,
    tgt: str | None,
    both_directions: bool,
    kinds: Collection[CardKind] | None,
    progress: Progress | None,
    parsed: Mapping[str, Article] | None,
    shortcuts: _Shortcuts | None = None,
) -> BuildReport | None:
    """One read, plan and write; None if the deck changed before the write; `briefs.Stale`
    if a shortcut did not hold."""

    def settings(
        existing: _DeckState | None,
    ) -> tuple[frozenset[CardKind], str | None, str | None, bool]:
        """The kinds, languages and directions asked for, the deck's own where not given."""
        chosen = (frozenset(kinds) if kinds else None) or (existing.kinds if existing else None)
        source, target, both = src, tgt, both_directions
        if (source is None or target is None) and existing is not None:
            source = source or existing.source_lang
            target = target or existing.target_lang
            both = both or existing.both_directions
        return chosen or ALL_KINDS, source, target, both

    stamps: dict[tuple[tuple[tuple[str, str], ...], frozenset[CardKind]], str] = {}

    def stamp_of(directions: Sequence[tuple[str, str]], chosen: frozenset[CardKind]) -> str:
        """`fingerprint` of the files, made once a build for the same settings (it hashes
        every file's path and content hash: 10,000 of them, three times a rebuild)."""
        key = (tuple(directions), chosen)
        found = stamps.get(key)
        if found is None:
            found = stamps[key] = fingerprint(files, name, directions, chosen)
        return found

    def unchanged(existing: _DeckState) -> bool:
        chosen, source, target, both = settings(existing)
        assert source is not None and target is not None
        stamp = stamp_of(_directions(source, target, both), chosen)
        return existing.fingerprint == stamp and not problems and _worded(existing.last_report)

    with collector.paused():  # the cache's articles form no cycle
        seen = _read(db, name, files, unchanged, shortcuts is None or shortcuts.briefs)
        _long_lived()  # before the collector is back (see above)
    existing = seen.deck
    chosen, src, tgt, both_directions = settings(existing)
    if existing is not None and unchanged(existing):
        assert src is not None and tgt is not None
        report = BuildReport(
            deck=name, directions=_directions(src, tgt, both_directions), files=len(files)
        )
        report.inputs_unchanged = True
        last = existing.last_report
        report.articles = last.get("articles", 0)
        report.languages = last.get("languages", {})
        report.groups = last.get("groups", 0)
        report.problems = [Problem.from_dict(p) for p in last.get("problems", [])]
        report.unchanged = seen.active_cards
        return report
    cache = {**(parsed or {}), **seen.cache}
    kept = briefs.Kept(seen.briefs, briefs.Parses(_fetch(db)))
    memos = copy.deepcopy(seen.memos)  # and what this build's analysers look up
    parsed_first = 0
    read_problems: list[Problem] = []
    if src is None or tgt is None:
        articles, read_problems, _, parsed_first = read_articles(
            files, cache, progress, memos, kept=kept
        )
        # The plan below reuses these parses instead of reading the files again.
        cache.update((a.content_hash, a) for a in articles)
        ranked = [
            lang
            for lang, _ in sorted(
                Counter(a.lang for a in articles).items(), key=lambda kv: (-kv[1], kv[0])
            )
        ]
        ranked = [lang for lang in ranked if lang not in (src, tgt)]
        src = src or (ranked.pop(0) if ranked else tgt)
        tgt = tgt or (ranked.pop(0) if ranked else src)
    if src is None or tgt is None:
        report = BuildReport(deck=name, directions=[], files=len(files))
        report.problems = [*problems, *read_problems]
        report.problems.append(problem(name, Reason.NOTHING_TO_BUILD))
        return report
    directions = _directions(src, tgt, both_directions)
    report = BuildReport(deck=name, directions=directions, files=len(files))
    stamp = stamp_of(directions, chosen)
    known = {path: row.group_key for path, row in seen.articles.items()}
    settings_now = settings_stamp(name, directions, chosen)
    previous = seen.last_build(settings_now)
    with collector.paused():  # see `pipeline.plan_build`
        plan = plan_build(
            files,
            name,
            directions,
            cache,
            known,
            progress,
            chosen,
            previous,
            memos,
            seen.tallies,
            seen.counted,
            {
                path: seen.counted[row.content_hash]
                for path, row in seen.articles.items()
                if row.content_hash in seen.counted
            },
            kept,
            make_cards=False,
        )
        _long_lived()  # the plan's articles and groups too (see above)
    scope = None
    if plan.made is not None and previous is not None:  # and the groups that are gone
        scope = plan.made | (set(previous.members) - {g.key for g in plan.groups})
    # Parsed again though their row is there: unreadable (another format, broken), or their
    # parse was lost (a crash between the cards' write and the parses').
    parsed_now = {
        a.content_hash
        for a in plan.articles
        if not isinstance(a, briefs.LazyArticle) and a.content_hash not in cache
    }
    article_writes = builds.plan_articles(seen.articles, plan.groups, seen.older | parsed_now)
    briefs.load(article_writes.parses)  # read before the write (`briefs.Stale` if gone)
    builds.prepare_articles(article_writes, db.engine.dialect)  # converted outside the lock
    # The cards made from selections are made again while their sentences are there.
    selected = kept_cards(seen.selections, plan.groups)
    gone = gone_uids(seen.selections, selected, scope)
    _read_cards(db, seen, {spec.uid for spec in selected} | gone)
    on_disk = db.path if db.path is not None and db.path.is_file() else None  # not ":memory:"
    with builds.SpooledWrites(db.engine.dialect, beside=on_disk) as spooled:
        counts, records = _plan_cards(
            db,
            seen,
            plan,
            name,
            directions,
            chosen,
            progress,
            selected,
            gone,
            scope,
            spooled,
            {a.path for a in article_writes.parses},
        )
        report.articles = len(plan.articles)
        report.parsed = plan.parsed + parsed_first
        report.languages = plan.languages
        report.groups = len(plan.groups)
        report.made_groups = len(plan.groups) if plan.made is None else len(plan.made)
        report.new, report.updated, report.unchanged = counts.new, counts.updated, counts.unchanged
        report.retired, report.restored = counts.retired, counts.restored
        report.problems = problems + plan.problems
        if plan.made is not None and existing is not None:
            # What the cards of the groups not made again had to say, the last time they were.
            stayed = {
                a.path for g in plan.groups if g.key not in plan.made for a in g.members.values()
            }
            said = {(p.path, p.message) for p in report.problems}
            report.problems += [
                Problem.from_dict(p)
                for p in existing.last_report.get("problems", [])
                if p["path"] in stayed and (p["path"], p["message"]) not in said
            ]
        if not report.ok:
            return report  # nothing to keep: the store stays exactly as it was
        summary = report.to_dict()
        writes = spooled.rows
        # What the settings keep, as JSON now: the transaction only stores the text.
        tallies = {pair: builds.encoded(tally.to_json()) for pair, tally in plan.tallies.items()}
        # Only what changed since the maps' bases, in most rebuilds (see `store.shortcuts`).
        kept_briefs = kept_maps.plan(
            builds.BRIEFS_FIELD,
            briefs.STAMP,
            kept.now,
            briefs.Brief.to_json,
            seen.kept_briefs,
            seen.briefs,
            [h for h in kept.now if h not in seen.briefs],
        )
        # The groups whose cards the write changes, counted again (see `store.keep_groups`).
        written = None
        if scope is not None:
            written = scope | {row.group_key for row in seen.cards.values()}
            written.update(spec.group_key for spec in selected)
        found_seen = {f.path: f.seen for f in files if f.seen is not None}
        before_seen = shortcuts.seen if shortcuts is not None else {}
        kept_seen = kept_maps.plan(
            builds.SEEN_FIELD,
            SEEN_VERSION,
            found_seen,
            Seen.to_json,
            shortcuts.kept if shortcuts is not None else None,
            before_seen,
            [path for path, s in found_seen.items() if s is not before_seen.get(path)],
        )
        # The parses' records are made meanwhile, by a thread (see `builds.ParsesAhead`); the
        # cards' checkpoint is made while the parses are written (see `CacheWrites`).
        with (
            builds.ParsesAhead(article_writes, records) as parses_ahead,
            db.cache_writes() as after,
        ):
            with db.begin() as session:
                now_deck = _DeckState.of(store.get_deck(session, name))
                if (existing is None) != (now_deck is None) or (
                    existing is not None and not existing.same_build(now_deck)
                ):
                    return None  # another build changed the deck meanwhile: plan again
                deck_row = store.upsert_deck(session, name, src, tgt, both_directions, chosen)
                if progress is not None:  # it may raise (a cancel): then nothing is kept
                    progress(Phase.WRITING, 0, writes)
                counted = store.groups_kept(session, deck_row.id)  # before the cards' write
                builds.write_articles(session, article_writes)
                builds.write_cards(session, deck_row.id, spooled, utcnow())
                store.keep_groups(session, deck_row.id, written if counted else None)
                if writes >= CHECKPOINT_BEHIND:
                    after.defer(session)
                builds.save_lexicon_tallies(session, deck_row.id, tallies)
                builds.save_build_shortcuts(session, deck_row.id, kept_briefs, kept_seen)
                if progress is not None:
                    progress(Phase.WRITING, writes, writes)
                store.save_build_state(
                    session,
                    deck_row,
                    stamp,
                    {
                        **{k: summary[k] for k in ("articles", "languages", "groups", "problems")},
                        "settings": settings_now,
                    },
                )
            spooled.close()  # written: let go of it now
            for batch in parses_ahead:  # the cache's parses, a few at a time
                with after.begin() as session:
                    builds.write_parses(session, batch)
            if memos != seen.memos:
                with after.begin() as session:
                    builds.save_analysis_memos(session, memos)
        return report


def _plan_cards(
    db: Database,
    seen: _Read,
    plan: BuildPlan,
    name: str,
    directions: Sequence[tuple[str, str]],
    kinds: frozenset[CardKind],
    progress: Progress | None,
    selected: Sequence[CardSpec],
    gone: Collection[str],
    scope: set[str] | None,
    spooled: builds.SpooledWrites,
    parsed: Collection[str] = (),
) -> tuple[builds.SyncCounts, dict[str, bytes]]:
    """Make the plan's cards, a batch at a time (`deck.CardStream`), and the cards made from
    selections, and plan and convert their writes as they come (into `spooled`): the cards
    of the whole deck are never held at once (at 5,000 article pairs, 458,000 cards were
    most of a build's peak memory), nor are the stored cards of the groups made again: each
    batch's groups' are read with it, and let go of once it is planned (a rebuild that made
    every group again held all 458,000 as well, 1.1 GiB at its peak).  The notes of making
    them go to `plan.problems`; the records of the articles at the paths `parsed` that the
    card workers made (by path, see `store.parses.records`) are returned with the counts."""
    active = seen.active if scope is not None else None
    # `seen.cards` (the cards of `_read_cards`) as the plan knows them: with each batch's
    # groups' while it is planned (`_not_reported` looks there too).
    planned = builds.CardPlan(seen.cards, directions, plan.failed, scope, active)
    stream = CardStream(
        plan.groups,
        name,
        directions,
        kinds,
        progress,
        plan.made,
        plan.lexicons,
        keep=parses.records if parsed else None,
        kept=parsed,
    )
    read: set[str] = set()  # the groups whose stored cards were read
    with collector.paused():  # cards, and the rows planned of them, form no cycle
        for batch in stream:
            keys = {spec.group_key for spec in batch} - read
            planned.take(_cards_of_groups(db, seen, keys))
            read |= keys
            spooled.add(planned.add(_not_reported(batch, seen)))
            planned.settle()
        # The groups made again that made no card (or went): their cards are retired.
        if scope is not None:
            rest = scope - read
        else:
            rest = {key for key, _, _ in seen.active if not key.startswith(IMPORTED_PREFIXES)}
            rest -= read
        ordered = sorted(rest)
        for start in range(0, len(ordered), GROUPS_READ_AT_ONCE):
            planned.take(_cards_of_groups(db, seen, ordered[start : start + GROUPS_READ_AT_ONCE]))
            planned.settle()
        spooled.add(planned.add(_not_reported(selected, seen)))
    plan.problems += stream.problems
    done = planned.finish()
    builds.retire_too(done, seen.cards, gone, plan.failed)
    spooled.add(done)
    return done.counts, stream.kept
