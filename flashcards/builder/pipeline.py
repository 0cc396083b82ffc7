"""The whole build in memory: files → articles → translation groups → cards, with a report."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from flashcards import collector
from flashcards.builder import lexicon, workers
from flashcards.builder.cards import ALL_KINDS
from flashcards.builder.deck import cards_for_directions, lexicon_directions, lexicons_of
from flashcards.builder.decode import MAX_BYTES
from flashcards.builder.grouping import group_articles
from flashcards.builder.problems import problem
from flashcards.builder.reader import PARSER_VERSION, analyze_text, content_hash, read_article
from flashcards.errors import ArticleError, Reason
from flashcards.files import file_kind, kind_code, read_regular_file, reason_of, why_unreadable
from flashcards.progress import Phase, Progress
from flashcards.text import analysis
from flashcards.text.analysis import Analysis
from flashcards.types import Article, CardKind, CardSpec, Group, Problem, Severity

#: File name endings read as articles.
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")

#: Bump when a change to the builder changes the cards it makes from the same files.
BUILDER_VERSION = 1

#: From this many files to parse, parsing is spread over the machine's cores.
PARALLEL_FROM = 400


@dataclass(frozen=True)
class SourceFile:
    """A file found on disk: its path as shown to the user, and its bytes' hash."""

    path: str
    data: bytes

    @property
    def content_hash(self) -> str:
        return content_hash(self.data)


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
    for group in groups:
        if group.key not in changed and any(
            link.target.strip("/").rsplit("/", 1)[-1] in keys
            for a in group.members.values()
            for link in a.links
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

    @property
    def languages(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for article in self.articles:
            counts[article.lang] = counts.get(article.lang, 0) + 1
        return dict(sorted(counts.items()))


def collect_files(
    paths: Iterable[str | os.PathLike[str]], limit: int = MAX_BYTES
) -> tuple[list[SourceFile], list[Problem]]:
    """Read every article file under `paths` (files or folders), sorted, hidden ones skipped.

    Only regular files are read, each up to `limit` bytes.  Anything named like an article
    that cannot be (a FIFO, a device, a symlink loop or a dangling link) is reported, as
    is a symlink that leads back into a folder being read; nothing ever waits on a pipe.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(os.path.realpath(Path(raw).expanduser()))
        shown = Path(raw).expanduser()
        try:
            info = path.stat()
        except OSError as exc:
            if exc.errno == errno.ENOENT:
                problems.append(problem(str(shown), Reason.NO_SUCH_PATH))
            else:
                problems.append(_unreadable(str(shown), exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            found += _walk(path, problems)
        else:
            found.append(path)
    files: list[SourceFile] = []
    seen: set[str] = set()
    for path in found:
        resolved = os.path.realpath(path)
        if resolved in seen:
            continue
        seen.add(resolved)
        try:
            data = read_regular_file(path, limit, error=ArticleError)
        except ArticleError as exc:
            problems.append(Problem.of_error(exc, exc.path, exc.message))
            continue
        files.append(SourceFile(str(path), data))
    return files, problems


def _unreadable(path: str, exc: OSError) -> Problem:
    """A file or folder the system would not let be read, as `why_unreadable` says."""
    reason, values = reason_of(exc)
    return Problem(path, why_unreadable(exc), Severity.ERROR, reason, values)


def _walk(root: Path, problems: list[Problem]) -> list[Path]:
    """The article files below `root`, sorted; what cannot be read is added to `problems`."""
    found: list[Path] = []
    ancestors: list[tuple[int, int]] = []

    def visit(folder: Path) -> None:
        try:
            info = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append(_unreadable(str(folder), exc))
            return
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            problems.append(problem(str(folder), Reason.FOLDER_LOOP))
            return
        ancestors.append(key)
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            named_like_article = path.suffix.lower() in ARTICLE_SUFFIXES
            try:
                mode = entry.stat(follow_symlinks=True).st_mode
            except OSError as exc:
                if entry.is_symlink() and (named_like_article or exc.errno == errno.ELOOP):
                    if exc.errno == errno.ENOENT:
                        problems.append(problem(str(path), Reason.DANGLING_LINK))
                    else:
                        problems.append(_unreadable(str(path), exc))
                continue
            if stat.S_ISDIR(mode):
                if named_like_article:
                    problems.append(
                        problem(
                            str(path), Reason.FOLDER_NAMED_LIKE_ARTICLE, severity=Severity.WARNING
                        )
                    )
                visit(path)
            elif not named_like_article:
                continue
            elif stat.S_ISREG(mode):
                found.append(path)
            else:
                problems.append(
                    Problem(
                        str(path),
                        f"is {file_kind(mode)}, not a regular file",
                        Severity.ERROR,
                        Reason.NOT_REGULAR,
                        (kind_code(mode),),
                    )
                )
        ancestors.pop()

    visit(root)
    return sorted(found)


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


def _content_identity(article: Article) -> str:
    data = dataclasses.replace(article, analyses={}).to_dict()  # its analyses follow its text
    for key in (
        "path",
        "content_hash",
        "encoding",
        "notes",
        "lang_confidence",
        "lang_source",
        "analyses",
        "parser",
    ):
        data.pop(key)
    payload = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


def read_articles(
    files: Sequence[SourceFile],
    cache: Mapping[str, Article],
    progress: Progress | None = None,
    memos: dict[str, dict[str, Any]] | None = None,
    earlier: Mapping[str, Article] | None = None,
) -> tuple[list[Article], list[Problem], list[str], int]:
    """Articles of `files`, reusing cached parses by content hash; duplicates dropped.

    The analyses of the texts the cached articles hold, and those of `earlier` (the
    articles the files parsed again were last time, by path), are reused for the others.
    `memos`: what the analysers of earlier builds looked up (`analysis.take_memos`), to
    which what they look up this time is added.
    """
    with collector.paused():  # articles and their analyses form no cycle
        return _read_articles(files, cache, progress, memos, earlier)


def _read_articles(
    files: Sequence[SourceFile],
    cache: Mapping[str, Article],
    progress: Progress | None,
    memos: dict[str, dict[str, Any]] | None,
    earlier: Mapping[str, Article] | None,
) -> tuple[list[Article], list[Problem], list[str], int]:
    results: dict[str, Article | Problem] = {}
    todo: list[tuple[str, bytes]] = []
    shared = Analyses()
    for f in files:
        cached = cache.get(f.content_hash)
        if cached is not None and cached.parser == PARSER_VERSION:
            results[f.path] = shared.shared(dataclasses.replace(cached, path=f.path))
        else:
            todo.append((f.path, f.data))
            before = (earlier or {}).get(f.path)
            if before is not None:
                shared.learn_from(before)
    done = len(results)
    if progress:
        progress(Phase.READING, done, len(files))
    if len(todo) >= PARALLEL_FROM and workers.parallel():
        # The workers' analysers know what earlier builds looked up.
        with workers.pool(analysis.remember, (memos or {},)) as pool:
            parses = pool.map(_parse_in_worker, todo, chunksize=32)
            for (path, _), parse in zip(todo, parses, strict=True):
                if isinstance(parse, _Parsed):
                    results[path] = shared.shared(parse.article, parse.texts)
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
        identity = _content_identity(result)
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
        problems.extend(Problem.of_note(f.path, note) for note in result.notes)
    return articles, problems, failed, len(todo)


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
) -> BuildPlan:
    """Read, group and make the cards of one deck, entirely in memory.

    With `last` (the deck's previous build with the same settings), only the cards of the
    groups that changed are made (`BuildPlan.made`), and those of the groups naming a
    pair of terms that the vocabulary learned from all groups now gives otherwise; the
    others' cards stay as stored.  `tallies`: the vocabulary's counts as the deck's last build
    left them, and `old`: the articles, by content hash, of the files that changed since
    (see `lexicon.recount`); the tallies are changed.  `earlier`: see `read_articles`.
    """
    articles, problems, failed, parsed = read_articles(files, cache or {}, progress, memos, earlier)
    if progress:
        progress(Phase.GROUPING, 0, len(articles))
    groups, group_problems = group_articles(articles, known_groups)
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
    present = {a.content_hash: a for a in articles}
    found = {**(old or {}), **present}
    learned: dict[tuple[str, str], list[lexicon.Pair]] = {}
    new_tallies: dict[tuple[str, str], lexicon.Tallied] = {}
    known_words = True  # what the vocabulary said at the last build is known
    moved: set[str] = set()  # the groups whose cards may take the vocabulary differently
    for pair in lexicon_directions(directions):
        before = (tallies or {}).get(pair)
        said = None if before is None else lexicon.wording(lexicon.pairs_of(before.counts, *pair))
        new_tallies[pair] = lexicon.recount(groups, *pair, before, found)
        learned[pair] = lexicon.pairs_of(new_tallies[pair].counts, *pair)
        if said is None:
            known_words = False
        elif last is not None:
            changed = lexicon.changed(said, lexicon.wording(learned[pair]))
            moved |= lexicon.naming(groups, *pair, changed)
    made = None
    if last is not None and known_words:
        made = groups_to_make(groups, last) | moved
    cards, card_problems = cards_for_directions(
        groups, deck, directions, kinds, progress, made, lexicons_of(learned)
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
    )
