"""Group the translations of one article: explicit keys first, then evidence and assignment."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import PurePath

from flashcards.builder import kinship
from flashcards.builder.assignment import linear_sum_assignment
from flashcards.builder.problems import problem
from flashcards.errors import Reason
from flashcards.types import Article, Group, Problem, Severity

#: Below this similarity two articles are not taken for translations of each other.
MIN_SCORE = 0.55
#: A rival candidate this close to the chosen one makes the pairing ambiguous.
MARGIN = 0.05
#: Link targets or numbers shared by more articles than this do not propose candidates.
COMMON = 10

#: The largest choice (articles on one side) made in plain Python, not by SciPy.
PLAIN_UP_TO = 60

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Evidence:
    """What grouping compares of an article (kept with its brief, see `builder.briefs`)."""

    links: frozenset[str]
    numbers: frozenset[str]
    roles: tuple[str, ...]
    length: int
    keywords: frozenset[str]


def evidence_of(article: Article, numbers: dict[str, list[str]] | None = None) -> Evidence:
    """What grouping compares of `article`: its links, numbers, layout, length, keywords.

    `numbers`: the numbers found in each text so far (a deck's articles share most of their
    sentences: looking through 10,000 articles' texts was 0.2 s of a first build), to which
    those of `article`'s are added."""
    units = [u for s in article.sections for u in s.units]
    found: list[str] = []
    if numbers is None:
        found = _NUMBER.findall(" ".join(units))
    else:
        # Text by text, as in the texts joined: no number takes in the space between two.
        for unit in units:
            known = numbers.get(unit)
            if known is None:
                known = numbers[unit] = _NUMBER.findall(unit)
            found.extend(known)
    return Evidence(
        links=frozenset(link.target for link in article.links),
        numbers=frozenset(n.replace(",", ".") for n in found),
        roles=tuple(s.role.value for s in article.sections),
        length=sum(map(len, units)) + max(0, len(units) - 1),
        keywords=frozenset(k.casefold() for k in article.keywords),
    )


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float | None:
    if not a and not b:
        return None
    return len(a & b) / len(a | b)


def similarity(a: Evidence, b: Evidence) -> float:
    """How likely two articles in different languages are translations of each other (0..1).

    Articles that share no link target and no number have no evidence in common: layout
    and length alone fit most articles of a deck, so they score 0.
    """
    if not (a.links & b.links) and not (a.numbers & b.numbers):
        return 0.0
    parts: list[tuple[float, float]] = []  # (weight, value)
    for weight, value in (
        (0.45, _jaccard(a.links, b.links)),
        (0.15, _jaccard(a.numbers, b.numbers)),
        (0.05, _jaccard(a.keywords, b.keywords)),
    ):
        if value is not None:
            parts.append((weight, value))
    same_layout = a.roles == b.roles
    parts.append((0.20, 1.0 if same_layout else SequenceMatcher(None, a.roles, b.roles).ratio()))
    parts.append((0.15, min(a.length, b.length) / max(a.length, b.length, 1)))
    total_weight = sum(w for w, _ in parts)
    return sum(w * v for w, v in parts) / total_weight


def _tokens(ev: Evidence) -> set[str]:
    return set(ev.links) | {f"#{n}" for n in ev.numbers}


def _candidates(
    left: Sequence[Sequence[Evidence]], right: Sequence[Evidence]
) -> set[tuple[int, int]]:
    """(cluster, article) pairs sharing a link target or number that few articles have."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, ev in enumerate(right):
        for token in _tokens(ev):
            index[token].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, members in enumerate(left):
        tokens = _tokens(members[0]) if len(members) == 1 else set().union(*map(_tokens, members))
        for token in tokens:
            hits = index.get(token, ())
            if len(hits) <= COMMON:
                pairs.update((i, j) for j in hits)
    return pairs


def _components(pairs: Iterable[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The candidate pairs split into connected groups (left and right sides kept apart),
    in the order of their first pair."""
    pairs = list(pairs)
    lefts = Counter(i for i, _ in pairs)
    rights = Counter(j for _, j in pairs)
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def alone(i: int, j: int) -> bool:  # nearly every pair: a component of its own
        return lefts[i] == 1 and rights[j] == 1

    for i, j in pairs:
        if not alone(i, j):
            a, b = find(("l", i)), find(("r", j))
            if a != b:
                parent[a] = b
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for i, j in pairs:
        if alone(i, j):
            groups[("pair", i)] = [(i, j)]
        else:
            groups.setdefault(find(("l", i)), []).append((i, j))
    return list(groups.values())


def _assign(scores: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The one-to-one pairing with the highest total score, component by component."""
    chosen: list[tuple[int, int]] = []
    for pairs in _components(scores):
        if len(pairs) == 1:  # nearly always: one article meets its one translation
            chosen.append(pairs[0])
            continue
        lefts = sorted({i for i, _ in pairs})
        rights = sorted({j for _, j in pairs})
        li = {v: k for k, v in enumerate(lefts)}
        ri = {v: k for k, v in enumerate(rights)}
        matrix = [[0.0] * len(rights) for _ in lefts]
        for i, j in pairs:
            matrix[li[i]][ri[j]] = scores[(i, j)]
        if max(len(lefts), len(rights)) > PLAIN_UP_TO:
            from scipy.optimize import linear_sum_assignment as compiled  # slow to import

            rows, cols = compiled(matrix, maximize=True)  # the same pairing, sooner
            row_ind, col_ind = [int(r) for r in rows], [int(c) for c in cols]
        else:
            row_ind, col_ind = linear_sum_assignment(matrix, maximize=True)
        chosen += [
            (lefts[r], rights[c])
            for r, c in zip(row_ind, col_ind, strict=True)
            if (lefts[r], rights[c]) in scores
        ]
    return chosen


def _match(
    clusters: Sequence[Mapping[str, Article]],
    right: Sequence[Article],
    problems: list[Problem],
    evidence: Callable[[Article], Evidence],
) -> list[tuple[int, int]]:
    """One-to-one (cluster index, article index) pairs, by assignment over similarity."""
    if not clusters or not right:  # the first language: nothing to pair with yet
        return []
    left_ev = [[evidence(a) for a in members.values()] for members in clusters]
    right_ev = [evidence(a) for a in right]
    scores = {
        (i, j): max(similarity(ev, right_ev[j]) for ev in left_ev[i])
        for i, j in _candidates(left_ev, right_ev)
    }
    scores = {pair: s for pair, s in scores.items() if s >= MIN_SCORE}
    if not scores:
        return []
    by_left: dict[int, list[float]] = defaultdict(list)
    by_right: dict[int, list[float]] = defaultdict(list)
    for (i, j), s in scores.items():
        by_left[i].append(s)
        by_right[j].append(s)
    chosen: list[tuple[int, int]] = []
    for i, j in _assign(scores):
        s = scores[(i, j)]
        rivals = sorted(by_left[i], reverse=True)[1:2] + sorted(by_right[j], reverse=True)[1:2]
        if any(rival >= s - MARGIN for rival in rivals):
            other = min(a.path for a in clusters[i].values())
            problems.append(
                problem(
                    right[j].path,
                    Reason.AMBIGUOUS_TRANSLATION,
                    other,
                    f"{s:.2f}",
                    MARGIN,
                    severity=Severity.WARNING,
                )
            )
            continue
        chosen.append((i, j))
    return chosen


def _join_by_words(
    clusters: list[dict[str, Article]],
    groups: Sequence[Group],
    problems: list[Problem],
    load: Callable[[Iterable[Article]], None] | None = None,
) -> list[dict[str, Article]]:
    """Pair the articles still alone by what their words say (see `kinship`): two that share
    no link and no number translate each other when the terms of one are, by the pairs
    already made in the folder, the terms of the other.  One to one, and only with a clear
    lead over every rival; a close call is reported, never guessed."""
    alone = [c for c in clusters if len(c) == 1]
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for members in alone:
        (article,) = members.values()
        if article.analyses:
            by_lang[article.lang].append(article)
    if len(by_lang) < 2:
        return clusters
    known = [*groups, *(Group("", c) for c in clusters if len(c) > 1)]
    if load is not None:  # the words of every article are read: all at once
        load([a for g in known for a in g.members.values()] + [*alone_articles(alone)])
    joined: dict[str, str] = {}  # path → path of its translation
    terms = {a.path: kinship.terms_of(a) for arts in by_lang.values() for a in arts}
    langs = sorted(by_lang, key=lambda code: (-len(by_lang[code]), code))
    for x, lang_a in enumerate(langs):
        for lang_b in langs[x + 1 :]:
            lexicon = kinship.Lexicon.learned(known, lang_a, lang_b)
            if lexicon is None:
                continue
            mine = [a for a in by_lang[lang_a] if a.path not in joined]
            theirs = [b for b in by_lang[lang_b] if b.path not in joined]
            scores = {
                (i, j): score
                for i, a in enumerate(mine)
                for j, b in enumerate(theirs)
                if (score := kinship.kinship(a, b, lexicon, terms)) > 0
            }
            for i, j in _assign(scores):
                rivals = sorted(
                    [s for (i2, j2), s in scores.items() if (i2 == i) != (j2 == j)],
                    reverse=True,
                )
                if rivals and rivals[0] >= scores[(i, j)] - kinship.MARGIN:
                    problems.append(
                        problem(
                            theirs[j].path,
                            Reason.WORDS_AMBIGUOUS,
                            mine[i].path,
                            severity=Severity.WARNING,
                        )
                    )
                    continue
                joined[mine[i].path], joined[theirs[j].path] = theirs[j].path, mine[i].path
    if not joined:
        return clusters
    by_path = {a.path: c for c in alone for a in c.values()}
    kept = [c for c in clusters if len(c) > 1]
    done: set[str] = set()
    for members in alone:
        (article,) = members.values()
        if article.path in done:
            continue
        partner = joined.get(article.path)
        merged = dict(members)
        if partner is not None:
            merged.update(by_path[partner])
            done.add(partner)
        done.add(article.path)
        kept.append(merged)
    return kept


def alone_articles(alone: Iterable[Mapping[str, Article]]) -> Iterator[Article]:
    for members in alone:
        yield from members.values()


def _key_for(
    members: Iterable[Article], explicit: str | None, known: Mapping[str, str], taken: set[str]
) -> str:
    paths = sorted(a.path for a in members)
    if explicit:
        key = f"key:{explicit}"
        if key not in taken:
            taken.add(key)
            return key
    for path in paths:
        earlier = known.get(path)
        if earlier is not None and earlier not in taken:
            taken.add(earlier)
            return earlier
    base = f"file:{PurePath(paths[0]).stem}"  # made only when needed: 10,000 paths are slow
    if base not in taken:
        taken.add(base)
        return base
    n = 2
    while f"{base}~{n}" in taken:
        n += 1
    taken.add(f"{base}~{n}")
    return f"{base}~{n}"


def group_articles(
    articles: Sequence[Article],
    known: Mapping[str, str] | None = None,
    evidence: Mapping[str, Evidence] | None = None,
    load: Callable[[Iterable[Article]], None] | None = None,
) -> tuple[list[Group], list[Problem]]:
    """Group translations, one article per language per group.

    `known` maps a path to the group key it had in an earlier build, so card identities
    survive rebuilds even when grouping evidence changes.  `evidence`: each article's
    `evidence_of` by content hash where already known (the others' is found here).
    `load`: called with the articles whose text is about to be read, to read them at once
    (lazy articles, see `builder.briefs`).
    """
    known = known or {}
    found = dict(evidence or {})

    def evidence_for(article: Article) -> Evidence:
        kept = found.get(article.content_hash)
        if kept is None:
            kept = found[article.content_hash] = evidence_of(article)
        return kept

    problems: list[Problem] = []
    taken: set[str] = set()
    groups: list[Group] = []
    ordered = sorted(articles, key=lambda a: a.path)

    keyed: dict[str, dict[str, Article]] = defaultdict(dict)
    loose: list[Article] = []
    for article in ordered:
        key = article.translation_key
        if key is None:
            loose.append(article)
        elif article.lang in keyed[key]:
            other = keyed[key][article.lang]
            problems.append(
                problem(
                    article.path,
                    Reason.KEY_TAKEN,
                    key,
                    other.path,
                    article.lang,
                    severity=Severity.WARNING,
                )
            )
            groups.append(Group(_key_for([article], None, known, taken), {article.lang: article}))
        else:
            keyed[key][article.lang] = article
    for key, members in keyed.items():
        groups.append(Group(_key_for(members.values(), key, known, taken), dict(members)))

    by_lang: dict[str, list[Article]] = defaultdict(list)
    for article in loose:
        by_lang[article.lang].append(article)
    # Languages with the most articles first: each later language is matched against all
    # groups so far, so two languages pair up even when a third has nothing to do with them.
    clusters: list[dict[str, Article]] = []
    for lang in sorted(by_lang, key=lambda code: (-len(by_lang[code]), code)):
        others = by_lang[lang]
        open_clusters = [c for c in clusters if lang not in c]
        used: set[int] = set()
        for i, j in _match(open_clusters, others, problems, evidence_for):
            open_clusters[i][lang] = others[j]
            used.add(j)
        clusters.extend({lang: a} for j, a in enumerate(others) if j not in used)
    clusters = _join_by_words(clusters, groups, problems, load)
    for members in clusters:
        groups.append(Group(_key_for(members.values(), None, known, taken), members))
    groups.sort(key=lambda g: g.key)
    return groups, problems
