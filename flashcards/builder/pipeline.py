"""The whole build in memory: files → articles → translation groups → cards, with a report."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import stat
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flashcards import collector
from flashcards.builder import briefs, lexicon, vocabulary_moves, workers
from flashcards.builder.briefs import Kept, Stale
from flashcards.builder.cards import ALL_KINDS
from flashcards.builder.deck import (
    cards_for_directions,
    lexicon_directions,
    lexicons_of,
    start_card_workers,
)
from flashcards.builder.grouping import group_articles
from flashcards.builder.problems import problem
from flashcards.builder.reader import PARSER_VERSION, analyze_text, content_hash, read_article
from flashcards.errors import ArticleError, Reason
from flashcards.files import (
    MAX_ARTICLE_BYTES,
    file_kind,
    kind_code,
    read_regular_file,
    reason_of,
    why_unreadable,
)
from flashcards.progress import Phase, Progress
from flashcards.text import analysis, warm
from flashcards.text.analysis import Analysis
from flashcards.types import Article, CardKind, CardSpec, Group, Problem, Severity

#: File name endings read as articles.
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")

#: Bump when a change to the builder changes the cards it makes from the same files.
BUILDER_VERSION = 1

#: From this many files to parse, parsing is spread over the machine's cores.
PARALLEL_FROM = 400


#: A file changed this close (ns) to the time a build read it is read again by the next
#: build whatever its stat says (see `Seen`).
RACY_NS = 3_000_000_000


@dataclass(frozen=True)
class Seen:
    """A file as a build found it: its stat, when it was read, and its bytes' hash.

    The next build takes the hash without reading the file when the file's size, mtime,
    ctime, inode and device are all as they were, and it had last changed (mtime and ctime)
    more than `RACY_NS` before it was read: a file changed again after it was read has a
    later ctime (which no program can set back) and mtime; one changed within the same
    timestamp tick just before it was read could keep the same stat, so such a "racily
    clean" file is read and hashed again (as git does), and so is any file it cannot vouch
    for.
    """

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int
    read_ns: int
    content_hash: str

    @classmethod
    def of(cls, info: os.stat_result, read_ns: int, digest: str) -> Seen:
        return cls(
            info.st_size,
            info.st_mtime_ns,
            info.st_ctime_ns,
            info.st_ino,
            info.st_dev,
            read_ns,
            digest,
        )

    def vouches_for(self, info: os.stat_result) -> bool:
        """Whether a file with stat `info` still has the bytes hashed then."""
        return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev) == (
            self.size,
            self.mtime_ns,
            self.ctime_ns,
            self.inode,
            self.device,
        ) and max(self.mtime_ns, self.ctime_ns) < self.read_ns - RACY_NS

    def to_json(self) -> list[Any]:
        return [
            self.size,
            self.mtime_ns,
            self.ctime_ns,
            self.inode,
            self.device,
            self.read_ns,
            self.content_hash,
        ]

    @classmethod
    def from_json(cls, data: Any) -> Seen:
        size, mtime, ctime, inode, device, read_ns, digest = data
        # Filled in straight (a frozen dataclass's fields are plain attributes): every file of
        # a deck is read back at each rebuild, 10,000 at 5,000 article pairs.
        seen = object.__new__(cls)
        seen.__dict__.update(
            size=int(size),
            mtime_ns=int(mtime),
            ctime_ns=int(ctime),
            inode=int(inode),
            device=int(device),
            read_ns=int(read_ns),
            content_hash=str(digest),
        )
        return seen


@dataclass(frozen=True)
class SourceFile:
    """A file found on disk: its path as shown to the user, its bytes (None: not read, the
    file's stat vouched that it has the bytes `content_hash` was taken of, see `Seen`), and
    how the build found it."""

    path: str
    data: bytes | None
    content_hash: str = ""
    seen: Seen | None = None

    def __post_init__(self) -> None:
        if not self.content_hash:
            assert self.data is not None
            object.__setattr__(self, "content_hash", content_hash(self.data))

    @classmethod
    def unread(cls, path: str, seen: Seen) -> SourceFile:
        """The file at `path`, not read: `seen` vouches for its bytes (filled in straight, as
        `Seen.from_json` is: 10,000 of them at each rebuild of 5,000 article pairs)."""
        found = object.__new__(cls)
        found.__dict__.update(path=path, data=None, content_hash=seen.content_hash, seen=seen)
        return found

    def bytes(self, limit: int = MAX_ARTICLE_BYTES) -> bytes:
        """The file's bytes: read now if they were not; `briefs.Stale` if they are no
        longer those hashed."""
        if self.data is not None:
            return self.data
        try:
            data = read_regular_file(self.path, limit, error=ArticleError)
        except ArticleError as exc:
            raise Stale(f"{self.path} changed while the build ran") from exc
        if content_hash(data) != self.content_hash:
            raise Stale(f"{self.path} changed while the build ran")
        return data


@dataclass(frozen=True)
class LastBuild:
    """What the deck's last build made, so that only the groups that changed are made again.

    `members`: the files each group's cards came from; `hashes`: each file's content hash
    then; `keys`: the translation key each of those files had then (for links).
    """

    members: Mapping[str, frozenset[str]]
    hashes: Mapping[str, str]
    keys: Mapping[str, str | None]


def groups_to_make(groups: Sequence[Group], last: LastBuild) -> set[str]:
    """The keys of the groups whose cards must be made again: those whose files changed,
    and those with a link to an article that changed, appeared or went (a contrast card
    takes text from the article its comparison links to)."""
    changed: set[str] = set()
    keys: set[str] = set()  # translation keys of the articles that changed, came or went
    present = {a.path for g in groups for a in g.members.values()}
    for group in groups:
        paths = frozenset(a.path for a in group.members.values())
        same = last.members.get(group.key) == paths and all(
            last.hashes.get(a.path) == a.content_hash for a in group.members.values()
        )
        if not same:
            changed.add(group.key)
            keys.update(a.translation_key for a in group.members.values() if a.translation_key)
    for group_key, paths in last.members.items():
        for path in paths:
            if path not in present or group_key in changed:
                key = last.keys.get(path)
                if key:
                    keys.add(key)
    for group in groups:  # (no key came or went: no link to look at)
        if (
            keys
            and group.key not in changed
            and any(
                link.target.strip("/").rsplit("/", 1)[-1] in keys
                for a in group.members.values()
                for link in a.links
            )
        ):
            changed.add(group.key)
    return changed


@dataclass
class BuildPlan:
    """Everything one build read and made, before anything is stored."""

    files: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    cards: list[CardSpec] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    parsed: int = 0  # articles parsed this time (the rest came from the cache)
    made: set[str] | None = None  # the groups whose cards were made (None: every group)
    #: The vocabulary's counts by direction, to keep for the next build (see `lexicon.recount`).
    tallies: dict[tuple[str, str], lexicon.Tallied] = field(default_factory=dict)
    #: The lexicon of every direction the cards are made with (see `deck.lexicons_of`).
    lexicons: dict[tuple[str, str], list[lexicon.Pair]] = field(default_factory=dict)

    @property
    def languages(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for article in self.articles:
            counts[article.lang] = counts.get(article.lang, 0) + 1
        return dict(sorted(counts.items()))


def collect_files(
    paths: Iterable[str | os.PathLike[str]],
    limit: int = MAX_ARTICLE_BYTES,
    known: Mapping[str, Seen] | None = None,
    parse_ahead: bool = False,
) -> tuple[list[SourceFile], list[Problem]]:
    """Read every article file under `paths` (files or folders), sorted, hidden ones skipped.

    Only regular files are read, each up to `limit` bytes.  Anything named like an article
    that cannot be (a FIFO, a device, a symlink loop or a dangling link) is reported, as
    is a symlink that leads back into a folder being read; nothing ever waits on a pipe.
    `known`: how an earlier build found each file, by path; a file whose stat vouches that
    it did not change since (`Seen.vouches_for`) is not read again.  `parse_ahead`: the
    files are read for a build, whose parse workers' server is started at once if they
    look new (see `_serve_parsers`).
    """
    read_ns = time.time_ns()  # before any stat: see `Seen`
    found: list[tuple[str, os.stat_result, bool]] = []  # path, stat, whether a real path
    problems: list[Problem] = []
    for raw in paths:
        path = os.path.realpath(Path(raw).expanduser())
        shown = Path(raw).expanduser()
        try:
            info = os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ENOENT:
                problems.append(problem(str(shown), Reason.NO_SUCH_PATH))
            else:
                problems.append(_unreadable(str(shown), exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            found += _walk(path, problems)
        else:
            found.append((path, info, True))
    files: list[SourceFile] = []
    seen: set[str] = set()
    earlier = known or {}
    # How an earlier build found each file, where its stat still vouches for it (else None).
    vouched = [_vouched(earlier.get(name), info) for name, info, _ in found]
    if parse_ahead:
        _serve_parsers(found, vouched, limit)
    for (name, info, real), before in zip(found, vouched, strict=True):
        resolved = name if real else os.path.realpath(name)
        if resolved in seen:
            continue
        seen.add(resolved)
        if before is not None and info.st_size <= limit:
            files.append(SourceFile.unread(name, before))
            continue
        try:
            data = read_regular_file(name, limit, error=ArticleError)
        except ArticleError as exc:
            problems.append(Problem.of_error(exc, exc.path, exc.message))
            continue
        digest = content_hash(data)
        files.append(SourceFile(name, data, digest, Seen.of(info, read_ns, digest)))
    return files, problems


def _vouched(before: Seen | None, info: os.stat_result) -> Seen | None:
    return before if before is not None and before.vouches_for(info) else None


def _serve_parsers(
    found: Sequence[tuple[str, os.stat_result, bool]],
    vouched: Sequence[Seen | None],
    limit: int,
) -> None:
    """The server forking the parse workers started now if no earlier build vouches for
    enough of the files `found` to parse them in workers (a first build): it loads their
    analysers (1-2 s) on the other core while this process reads and hashes the files and
    looks them up in the cache, and the pool parsing them (`read_articles`) forks from it
    at once.  A guess, of the analysers as of the files to parse: files found in the cache
    leave it to stop unused (its CPU spent in vain, never what is read)."""
    new = [name for (name, _, _), before in zip(found, vouched, strict=True) if before is None]
    if len(new) < PARALLEL_FROM or not workers.parallel():
        return
    sample = []
    for name in warm.sampled(new):  # the sample `read_articles` takes when all are parsed
        with contextlib.suppress(ArticleError):
            sample.append(read_regular_file(name, limit, error=ArticleError))
    workers.serve(warm.modules_of(sample))


def _unreadable(path: str, exc: OSError) -> Problem:
    """A file or folder the system would not let be read, as `why_unreadable` says."""
    reason, values = reason_of(exc)
    return Problem(path, why_unreadable(exc), Severity.ERROR, reason, values)


def _walk(root: str, problems: list[Problem]) -> list[tuple[str, os.stat_result, bool]]:
    """The article files below `root` (a real path), sorted as `Path`s sort, each with its
    stat and whether its path is real (no symlink on the way); what cannot be read goes to
    `problems`.  Paths stay strings: 10,000 `Path`s cost a rebuild 0.05 s."""
    found: list[tuple[str, os.stat_result, bool]] = []
    _visit(root, True, found, [], problems)
    if os.path.normcase("A") == "A":
        # In order already: each folder's entries are visited sorted by name, each folder's
        # files where its name sorts, which is how `PurePath`s order (part by part).
        return found
    return sorted(found, key=_path_order)


def _path_order(item: tuple[str, os.stat_result, bool]) -> list[str]:
    """How `PurePath`s of the system order: part by part (case-folded on Windows)."""
    return os.path.normcase(item[0]).split(os.sep)


def _suffix(name: str) -> str:
    """`PurePath(name).suffix` of a file name."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _visit(
    folder: str,
    real: bool,
    found: list[tuple[str, os.stat_result, bool]],
    ancestors: list[tuple[int, int]],
    problems: list[Problem],
) -> None:
    """`_walk` of one folder, `ancestors` the folders it is in (a function of its own: a
    nested one calling itself is a cycle, which kept what it found until the collector's
    next full pass)."""
    try:
        info = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append(_unreadable(folder, exc))
        return
    key = (info.st_dev, info.st_ino)
    if key in ancestors:
        problems.append(problem(folder, Reason.FOLDER_LOOP))
        return
    ancestors.append(key)
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        path = entry.path
        named_like_article = _suffix(name).lower() in ARTICLE_SUFFIXES
        try:
            info = entry.stat(follow_symlinks=True)
        except OSError as exc:
            if entry.is_symlink() and (named_like_article or exc.errno == errno.ELOOP):
                if exc.errno == errno.ENOENT:
                    problems.append(problem(path, Reason.DANGLING_LINK))
                else:
                    problems.append(_unreadable(path, exc))
            continue
        mode = info.st_mode
        plain = real and not entry.is_symlink()
        if stat.S_ISDIR(mode):
            if named_like_article:
                problems.append(
                    problem(path, Reason.FOLDER_NAMED_LIKE_ARTICLE, severity=Severity.WARNING)
                )
            _visit(path, plain, found, ancestors, problems)
        elif not named_like_article:
            continue
        elif stat.S_ISREG(mode):
            found.append((path, info, plain))
        else:
            problems.append(
                Problem(
                    path,
                    f"is {file_kind(mode)}, not a regular file",
                    Severity.ERROR,
                    Reason.NOT_REGULAR,
                    (kind_code(mode),),
                )
            )
    ancestors.pop()


def settings_stamp(
    deck: str, directions: Sequence[tuple[str, str]], kinds: frozenset[CardKind] = ALL_KINDS
) -> str:
    """Identifies what a build makes of the same files: with another stamp, every group's
    cards are made again."""
    kind_names = sorted(k.value for k in kinds)
    payload = json.dumps([BUILDER_VERSION, deck, sorted(directions), kind_names])
    return hashlib.blake2b(payload.encode(), digest_size=16).hexdigest()


def fingerprint(
    files: Sequence[SourceFile],
    deck: str,
    directions: Sequence[tuple[str, str]],
    kinds: frozenset[CardKind] = ALL_KINDS,
) -> str:
    """Identifies one build's inputs: if it is unchanged, so are the cards."""
    payload = json.dumps(
        [
            BUILDER_VERSION,
            deck,
            sorted(directions),
            sorted(k.value for k in kinds),
            sorted((f.path, f.content_hash) for f in files),
        ]
    )
    return hashlib.blake2b(payload.encode(), digest_size=16).hexdigest()


def _parse(
    item: tuple[str, bytes], known: Mapping[tuple[str, str], Analysis] | None = None
) -> Article | Problem:
    path, data = item
    try:
        return read_article(path, data, known)
    except ArticleError as exc:  # a Problem, which pickles (an error's keywords would not)
        return Problem.of_error(exc, path, exc.message)


#: The (language, text) pairs whose analysis this parse worker has sent to the build.
_SENT: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class _Parsed:
    """A parse worker's article, without the analyses it sent with an earlier article (the
    same text has the same analysis in every process): `texts` are all its analysed texts,
    in order."""

    article: Article
    texts: tuple[str, ...]
    memos: dict[str, dict[str, Any]]  # what the worker's analysers looked up for it


def _parse_in_worker(item: tuple[str, bytes]) -> _Parsed | Problem:
    """`_parse` in a worker: each text's analysis is sent to the build once, not with every
    article that has it (most sentences of a deck's articles recur: pickling each article's
    copy cost more than the parse)."""
    result = _parse(item)
    if isinstance(result, Problem):
        return result
    lang = result.lang
    new = {t: a for t, a in result.analyses.items() if (lang, t) not in _SENT}
    _SENT.update((lang, t) for t in new)
    for found in new.values():
        # Each phrase's key, sent with the analysis (`Analysis.keys` is cached): the count of
        # the vocabulary asks for every one, on the build's one core (a sixth of its CPU).
        _ = found.keys
    memos = analysis.take_memos()
    return _Parsed(dataclasses.replace(result, analyses=new), tuple(result.analyses), memos)


class Analyses:
    """One analysis object per (language, text) for the whole build, shared by every article
    holding the text (a deck's articles repeat most of their sentences and headings)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], Analysis] = {}

    @property
    def known(self) -> Mapping[tuple[str, str], Analysis]:
        return self._known

    def shared(self, article: Article, texts: Sequence[str] | None = None) -> Article:
        """`article` with its analyses shared; `texts`: all its analysed texts, of which
        those missing from `article.analyses` were given with an earlier article."""
        lang, known, own = article.lang, self._known, article.analyses
        if texts is None and not isinstance(own, dict):
            return article  # decoded when asked for (see store.parses), shared then
        analyses: dict[str, Analysis] = {}
        for text in own if texts is None else texts:
            key = (lang, text)
            found = known.get(key)
            if found is None:
                found = own.get(text)
                if found is None:  # never given: analysed here (the same in every process)
                    found = analyze_text(text, lang)
                known[key] = found
            analyses[text] = found
        return dataclasses.replace(article, analyses=analyses)

    def learn_from(self, article: Article) -> None:
        """Know the analyses of `article` (an earlier version of a file parsed again: most
        of its texts are still there)."""
        for text, found in article.analyses.items():
            self._known.setdefault((article.lang, text), found)


def read_articles(
    files: Sequence[SourceFile],
    cache: Mapping[str, Article],
    progress: Progress | None = None,
    memos: dict[str, dict[str, Any]] | None = None,
    earlier: Mapping[str, Article] | None = None,
    kept: Kept | None = None,
) -> tuple[list[Article], list[Problem], list[str], int]:
    """Articles of `files`, reusing cached parses by content hash; duplicates dropped.

    The analyses of the texts the cached articles hold, and those of `earlier` (the
    articles the files parsed again were last time, by path), are reused for the others.
    `memos`: what the analysers of earlier builds looked up (`analysis.take_memos`), to
    which what they look up this time is added.  `kept`: the briefs of earlier parses, of
    which a file's stands for its article (read from the cache when asked for), and to
    which the briefs of every article read are added.
    """
    with collector.paused():  # articles and their analyses form no cycle
        return _read_articles(files, cache, progress, memos, earlier, kept)


def _read_articles(
    files: Sequence[SourceFile],
    cache: Mapping[str, Article],
    progress: Progress | None,
    memos: dict[str, dict[str, Any]] | None,
    earlier: Mapping[str, Article] | None,
    kept: Kept | None,
) -> tuple[list[Article], list[Problem], list[str], int]:
    results: dict[str, Article | Problem] = {}
    todo: list[tuple[str, bytes]] = []
    shared = Analyses()
    briefed = kept.briefs if kept is not None else {}
    standing = briefed if kept is not None and kept.lazy else {}  # briefs standing for parses
    lazy, source = briefs.lazy, kept.parses if kept is not None else None
    numbers: dict[str, list[str]] = {}  # found in each text (see `grouping.evidence_of`)
    for f in files:
        brief = standing.get(f.content_hash)
        if brief is not None:
            assert source is not None
            results[f.path] = lazy(brief, f.path, source)
            continue
        cached = cache.get(f.content_hash)
        if cached is not None and cached.parser == PARSER_VERSION:
            results[f.path] = shared.shared(dataclasses.replace(cached, path=f.path))
        else:
            todo.append((f.path, f.bytes()))
            before = (earlier or {}).get(f.path)
            if before is not None:
                shared.learn_from(before)
    done = len(results)
    if progress:
        progress(Phase.READING, done, len(files))
    if len(todo) >= PARALLEL_FROM and workers.parallel():
        # The workers' analysers know what earlier builds looked up; their lexicons are
        # loaded once, by the server forking them.
        preload = warm.modules(todo)
        with workers.pool(analysis.remember, (memos or {},), preload) as pool:
            parses = pool.map(_parse_in_worker, todo, chunksize=32)
            for (path, _), parse in zip(todo, parses, strict=True):
                if isinstance(parse, _Parsed):
                    results[path] = article = shared.shared(parse.article, parse.texts)
                    if kept is not None:  # while the workers parse the others
                        kept.make(article, numbers)
                    if memos is not None:
                        analysis.merge_memos(memos, parse.memos)
                else:
                    results[path] = parse
                done += 1
                if progress and done % 50 == 0:
                    progress(Phase.READING, done, len(files))
    else:
        if memos and todo:
            analysis.remember(memos)
        for item in todo:
            one = _parse(item, shared.known)
            results[item[0]] = shared.shared(one) if isinstance(one, Article) else one
            done += 1
            if progress:
                progress(Phase.READING, done, len(files))
        if memos is not None and todo:
            analysis.merge_memos(memos, analysis.take_memos())
    articles: list[Article] = []
    problems: list[Problem] = []
    failed: list[str] = []
    first_by_content: dict[str, str] = {}
    for f in files:
        result = results[f.path]
        if isinstance(result, Problem):
            problems.append(result)
            failed.append(f.path)
            continue
        if kept is None:
            identity = briefs.identity(result)
        else:
            brief = kept.brief_of(result, numbers)
            kept.now[result.content_hash] = brief
            identity = brief.identity
        if identity in first_by_content:
            problems.append(
                problem(
                    f.path,
                    Reason.DUPLICATE_ARTICLE,
                    first_by_content[identity],
                    severity=Severity.WARNING,
                )
            )
            continue
        first_by_content[identity] = f.path
        articles.append(result)
        if result.notes:
            problems.extend(Problem.of_note(f.path, note) for note in result.notes)
    return articles, problems, failed, len(todo)


def _load(articles: Iterable[Article]) -> None:
    briefs.load(articles)


def _whole(groups: Sequence[Group], keys: Collection[str] | None, linked: bool = False) -> None:
    """The lazy articles of the groups `keys` (all with None) made whole, read at once; with
    `linked`, those their links lead to as well (a contrast card takes text from them)."""
    chosen = [g for g in groups if keys is None or g.key in keys]
    wanted = {id(a): a for g in chosen for a in g.members.values()}
    if linked:
        targets = {
            link.target.strip("/").rsplit("/", 1)[-1] for a in wanted.values() for link in a.links
        }
        wanted.update(
            (id(a), a)
            for g in groups
            for a in g.members.values()
            if a.translation_key is not None and a.translation_key in targets
        )
    lazies = [a for a in wanted.values() if isinstance(a, briefs.LazyArticle)]
    if not lazies:
        return
    briefs.load(lazies)
    for group in groups:
        for lang, article in group.members.items():
            if id(article) in wanted:
                group.members[lang] = briefs.whole(article)


def plan_build(
    files: Sequence[SourceFile],
    deck: str,
    directions: Sequence[tuple[str, str]],
    cache: Mapping[str, Article] | None = None,
    known_groups: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    kinds: frozenset[CardKind] = ALL_KINDS,
    last: LastBuild | None = None,
    memos: dict[str, dict[str, Any]] | None = None,
    tallies: Mapping[tuple[str, str], lexicon.Tallied] | None = None,
    old: Mapping[str, Article] | None = None,
    earlier: Mapping[str, Article] | None = None,
    kept: Kept | None = None,
    make_cards: bool = True,
) -> BuildPlan:
    """Read, group and make the cards of one deck, entirely in memory.

    With `last` (the deck's previous build with the same settings), only the cards of the
    groups that changed are made (`BuildPlan.made`), and those of the groups naming a
    pair of terms that the vocabulary learned from all groups now gives otherwise; the
    others' cards stay as stored.  `tallies`: the vocabulary's counts as the deck's last build
    left them, and `old`: the articles, by content hash, of the files that changed since
    (see `lexicon.recount`); the tallies are changed.  `earlier`, `kept`: see
    `read_articles`; the articles a brief stands for are read from the cache for the groups
    whose cards are made, and wherever else their text is needed.
    """
    # The articles, their groups and the vocabulary form no cycle: the collector would walk
    # them again and again as they are made (every article of the deck, each rebuild).
    with collector.paused():
        articles, problems, failed, parsed = read_articles(
            files, cache or {}, progress, memos, earlier, kept
        )
        if progress:
            progress(Phase.GROUPING, 0, len(articles))
        if last is None:  # every group's cards are made; a group has one article per language
            start_card_workers(len(articles) // max(1, len({a.lang for a in articles})))
        evidence = {h: b.evidence for h, b in kept.now.items()} if kept is not None else None
        groups, group_problems = group_articles(articles, known_groups, evidence, _load)
        if progress:
            progress(Phase.GROUPING, len(articles), len(articles))
        problems += group_problems
        wanted = {lang for pair in directions for lang in pair}
        for article in articles:
            if article.lang not in wanted:
                problems.append(
                    problem(
                        article.path,
                        Reason.OTHER_LANGUAGE,
                        article.lang,
                        ",".join(sorted(wanted)),
                        severity=Severity.WARNING,
                    )
                )
        touched = groups_to_make(groups, last) if last is not None else None
        _whole(groups, touched)  # the groups the vocabulary counts again, among others
        present = {a.content_hash: a for a in articles}
        found = {**(old or {}), **present}
        learned: dict[tuple[str, str], list[lexicon.Pair]] = {}
        new_tallies: dict[tuple[str, str], lexicon.Tallied] = {}
        known_words = True  # what the vocabulary said at the last build is known
        moved: set[str] = set()  # the groups whose cards may take the vocabulary differently
        for pair in lexicon_directions(directions):
            before = (tallies or {}).get(pair)
            said = None if before is None else before.said
            if said is None and before is not None:  # kept before tallies said it
                said = lexicon.wording(lexicon.pairs_of(before.counts, *pair))
            new_tallies[pair] = lexicon.recount(groups, *pair, before, found)
            learned[pair] = lexicon.pairs_of(new_tallies[pair].counts, *pair)
            new_tallies[pair].said = lexicon.wording(learned[pair])
            if said is None:
                known_words = False
            elif last is not None:
                now = new_tallies[pair].said
                assert now is not None
                changed = lexicon.changed(said, now)
                if changed:
                    _load(a for g in groups for a in g.members.values())  # their words are read
                moved |= vocabulary_moves.moved(groups, *pair, said, now, changed)
        made = None
        if touched is not None and known_words:
            made = touched | moved
        if last is not None:  # (else started above) while the articles below are read
            start_card_workers(len(groups) if made is None else len(made))
        _whole(groups, made, linked=True)
        lexicons = lexicons_of(learned)
    cards: list[CardSpec] = []
    if make_cards:
        cards, card_problems = cards_for_directions(
            groups, deck, directions, kinds, progress, made, lexicons
        )
        problems += card_problems
    return BuildPlan(
        files=[f.path for f in files],
        articles=articles,
        groups=groups,
        cards=cards,
        problems=problems,
        failed=failed,
        parsed=parsed,
        made=made,
        tallies=new_tallies,
        lexicons=lexicons,
    )
