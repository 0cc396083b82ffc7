"""All the cards of one build: every group in every chosen direction, the vocabulary the
build's aligned sentences attest, and a note of what could not be made and why."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from flashcards.builder import contrast, practice
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
from flashcards.types import Article, CardKind, CardSpec, Group, Problem, Severity


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


def _linked_article(article: Article, by_key: dict[tuple[str, str], Article]) -> Article | None:
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
    direction, see `lexicons_of`).
    """
    cards: dict[str, CardSpec] = {}
    problems: dict[str, Problem] = {}
    languages = {lang for pair in directions for lang in pair}
    if lexicons is None:
        lexicons = lexicons_of({d: learn(groups, *d) for d in lexicon_directions(directions)})
    by_key = {
        (a.translation_key, a.lang): a
        for g in groups
        for a in g.members.values()
        if a.translation_key
    }
    report = every(progress, Phase.MAKING, len(groups), 25)
    report(0)
    for done, group in enumerate(groups, start=1):
        if only is not None and group.key not in only:
            report(done)
            continue
        made_here: list[CardSpec] = []
        untranslated: list[tuple[Article, str]] = []
        for source, target in directions:
            lexicon = lexicons.get((source, target), [])
            positions = _vocabulary_positions(lexicon, source, target)
            made, notes = make_cards(group, deck, source, target, lexicon, positions)
            if kinds & PRACTICE_KINDS:
                made += _practice(group, deck, source, target, lexicon)
            made_here += made
            for note in notes:
                present = group.members.get(source) or group.members.get(target)
                if present is not None:
                    untranslated.append((present, note.message))
        if CardKind.CONTRAST in kinds:
            for lang in sorted(languages & group.members.keys()):
                article = group.members[lang]
                linked = _linked_article(article, by_key)
                made_here += practice.contrast_cards(group, deck, article, linked)
        chosen = [c for c in made_here if c.kind in kinds]
        for spec in chosen:
            cards.setdefault(spec.uid, spec)
        for article, _ in untranslated:
            problems.setdefault(article.path, _untranslated_note(article, languages, chosen))
        for article in group.members.values():
            if article.lang in languages and not has_morphology(article.lang):
                skipped = sorted(k.value for k in (kinds & ANALYSED_KINDS))
                if skipped:
                    problems.setdefault(
                        f"{article.path}#analysis",
                        problem(
                            article.path,
                            Reason.NO_ANALYSIS,
                            article.lang,
                            ",".join(skipped),
                            severity=Severity.WARNING,
                        ),
                    )
        report(done)
    return list(cards.values()), list(problems.values())


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
    group: Group, deck: str, source: str, target: str, lexicon: Sequence[Pair]
) -> list[CardSpec]:
    """Summary and cloze cards of one group for one direction."""
    src, tgt = group.members.get(source), group.members.get(target)
    if src and tgt and source != target:
        return practice.summary_cards(group, deck, src, tgt) + practice.cloze_cards(
            group, deck, src, tgt, lexicon, _group_translations(src, tgt)
        )
    present = tgt or src
    return practice.cloze_cards(group, deck, None, present) if present else []
