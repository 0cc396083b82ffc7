"""Build decks from article folders into the store, incrementally, and report what happened."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from flashcards.builder.cards import ALL_KINDS
from flashcards.builder.decode import MAX_BYTES
from flashcards.builder.pipeline import (
    SourceFile,
    collect_files,
    fingerprint,
    plan_build,
    read_articles,
)
from flashcards.errors import FlashcardsError
from flashcards.progress import Progress
from flashcards.store import cards as store
from flashcards.store.database import Database
from flashcards.text.languages import normalize_lang
from flashcards.types import Article, CardKind, Problem, Severity


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
        data["problems"] = [
            {"path": p.path, "message": p.message, "severity": p.severity.value}
            for p in self.problems
        ]
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


def hashes(files: Sequence[SourceFile]) -> list[str]:
    return [f.content_hash for f in files]


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
    max_bytes: int = MAX_BYTES,
    parsed: Mapping[str, Article] | None = None,
) -> BuildReport:
    """Read `paths`, make cards and store them in one transaction; returns the report.

    A file larger than `max_bytes` is skipped (and reported) without being read whole.

    Languages not given are taken from the deck's last build, or else the two most
    common languages among the articles.  Re-running on unchanged files changes nothing.
    `parsed` are parses made beforehand (the shipped decks'), used like the build's cache.
    """
    if not paths:
        raise FlashcardsError("nothing to build: give at least one file or folder")
    name = deck or default_deck_name(paths)
    src, tgt = _language(source, "source"), _language(target, "target")
    files, problems = collect_files(paths, max_bytes)
    with db.begin() as session:
        existing = store.get_deck(session, name)
        chosen = frozenset(kinds) if kinds else None
        if chosen is None and existing is not None:
            chosen = store.deck_kinds(existing)
        chosen = chosen or ALL_KINDS
        if (src is None or tgt is None) and existing is not None:
            src = src or existing.source_lang
            tgt = tgt or existing.target_lang
            both_directions = both_directions or existing.both_directions
        cache: dict[str, Article] | None = None
        parsed_first = 0
        if src is None or tgt is None:
            cache = {**(parsed or {}), **store.cached_articles(session, hashes(files))}
            articles, read_problems, _, parsed_first = read_articles(files, cache, progress)
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
            report.problems.append(Problem(name, "no readable article to build from"))
            return report
        directions = _directions(src, tgt, both_directions)
        report = BuildReport(deck=name, directions=directions, files=len(files))
        stamp = fingerprint(files, name, directions, chosen)
        if existing is not None and existing.build_fingerprint == stamp and not problems:
            report.inputs_unchanged = True
            last = store.last_build_report(existing)
            report.articles = last.get("articles", 0)
            report.languages = last.get("languages", {})
            report.groups = last.get("groups", 0)
            report.problems = [
                Problem(p["path"], p["message"], Severity(p["severity"]))
                for p in last.get("problems", [])
            ]
            report.unchanged = store.active_card_count(session, existing.id)
            return report
        if cache is None:
            cache = {**(parsed or {}), **store.cached_articles(session, hashes(files))}
        known = store.known_group_keys(session, (f.path for f in files))
        plan = plan_build(files, name, directions, cache, known, progress, chosen)
        deck_row = store.upsert_deck(session, name, src, tgt, both_directions, chosen)
        store.save_articles(session, plan.groups)
        counts = store.sync_cards(
            session, deck_row.id, plan.cards, directions, plan.failed, progress=progress
        )
        all_problems = problems + plan.problems
        report.articles = len(plan.articles)
        report.parsed = plan.parsed + parsed_first
        report.languages = plan.languages
        report.groups = len(plan.groups)
        report.new, report.updated, report.unchanged = counts.new, counts.updated, counts.unchanged
        report.retired, report.restored = counts.retired, counts.restored
        report.problems = all_problems
        summary = report.to_dict()
        store.save_build_state(
            session,
            deck_row,
            stamp,
            {k: summary[k] for k in ("articles", "languages", "groups", "problems")},
        )
        if not report.ok:
            # Nothing to keep: leave the store exactly as it was.
            session.rollback()
        return report
