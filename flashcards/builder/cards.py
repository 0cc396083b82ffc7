"""Turn a group of translations into question/answer cards for one language direction."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from flashcards.builder import contrast, practice
from flashcards.builder.align import align_sections
from flashcards.progress import Phase, Progress, every
from flashcards.text.languages import language_name
from flashcards.types import Article, CardKind, CardSpec, Group, Problem, Role, Section, Severity

#: Every kind of card; a deck may switch some off.
ALL_KINDS: frozenset[CardKind] = frozenset(CardKind)
#: The kinds made from whole sentences for practice, beyond term and translation cards.
PRACTICE_KINDS: frozenset[CardKind] = frozenset(
    {CardKind.CLOZE, CardKind.SUMMARY, CardKind.CONTRAST}
)
#: Term, definition, technique and linked-term cards: translations of the article's parts.
CORE_KINDS: frozenset[CardKind] = ALL_KINDS - PRACTICE_KINDS

#: A first sentence shorter than this is too thin to define anything: the next one joins it.
_SHORT_SENTENCE = 40


def note_key(deck: str, group: str, kind: CardKind, position: str) -> str:
    """The key shared by sibling cards (both directions of one fact)."""
    return f"{deck}/{group}/{kind.value}/{position}"


def _card(
    deck: str,
    group: Group,
    kind: CardKind,
    position: str,
    pair: tuple[str, str],
    front: str,
    back: str,
    extra: str = "",
) -> CardSpec:
    source, target = pair
    note = note_key(deck, group.key, kind, position)
    if source == target:
        note = f"{note}/{source}"
    return CardSpec(
        uid=f"{note}/{source}>{target}",
        note_key=note,
        kind=kind,
        source_lang=source,
        target_lang=target,
        front=front,
        back=back,
        extra=extra,
        group_key=group.key,
        source_files=group.paths,
    )


def definition_answer(section: Section) -> str:
    """The first sentence(s) of a definition: enough to say what the term is."""
    units = section.units
    answer = list(units[:1])
    if answer and len(answer[0]) < _SHORT_SENTENCE and len(units) > 1:
        answer.append(units[1])
    return " ".join(answer)


def _sections(article: Article, role: Role) -> list[Section]:
    return [s for s in article.sections if s.role is role and s.units]


def bilingual_cards(group: Group, deck: str, src: Article, tgt: Article) -> list[CardSpec]:
    """Term, definition, technique and linked-term cards from `src` (questions) to `tgt`."""
    pair = (src.lang, tgt.lang)
    cards = [
        _card(deck, group, CardKind.TERM, "title", pair, src.title, tgt.title, tgt.description)
    ]
    src_defs, tgt_defs = _sections(src, Role.DEFINITION), _sections(tgt, Role.DEFINITION)
    for n, (s_def, t_def) in enumerate(zip(src_defs, tgt_defs, strict=False)):
        cards.append(
            _card(
                deck,
                group,
                CardKind.DEFINITION,
                str(n),
                pair,
                s_def.heading,
                definition_answer(t_def),
                " ".join(t_def.units),
            )
        )
    src_tech, tgt_tech = _sections(src, Role.TECHNIQUES), _sections(tgt, Role.TECHNIQUES)
    for n, (s_sec, t_sec) in enumerate(zip(src_tech, tgt_tech, strict=False)):
        for k, (front, back) in enumerate(align_sections(s_sec, t_sec)):
            cards.append(
                _card(
                    deck,
                    group,
                    CardKind.TECHNIQUE,
                    f"{n}.{k}",
                    pair,
                    front,
                    back,
                    f"{s_sec.heading} — {t_sec.heading}",
                )
            )
    tgt_links: dict[str, str] = {}
    for link in tgt.links:
        tgt_links.setdefault(link.target, link.text)
    seen: set[str] = set()
    for link in src.links:
        if link.target in seen or link.target not in tgt_links:
            continue
        seen.add(link.target)
        cards.append(
            _card(
                deck,
                group,
                CardKind.LINKED_TERM,
                link.target,
                pair,
                link.text,
                tgt_links[link.target],
                link.target,
            )
        )
    return cards


def single_language_cards(group: Group, deck: str, article: Article) -> list[CardSpec]:
    """Concept cards in the article's own language: definition question → answer."""
    pair = (article.lang, article.lang)
    cards = []
    for n, section in enumerate(_sections(article, Role.DEFINITION)):
        cards.append(
            _card(
                deck,
                group,
                CardKind.DEFINITION,
                str(n),
                pair,
                section.heading,
                definition_answer(section),
                " ".join(section.units),
            )
        )
    return cards


def make_cards(
    group: Group, deck: str, source: str, target: str
) -> tuple[list[CardSpec], list[Problem]]:
    """Term, definition, technique and linked-term cards of one group for the direction
    source → target (or single-language cards), and what is worth reporting."""
    src, tgt = group.members.get(source), group.members.get(target)
    if source == target:
        return (single_language_cards(group, deck, src) if src else []), []
    if src and tgt:
        return bilingual_cards(group, deck, src, tgt), []
    present = src or tgt
    if present is None:
        return [], []
    missing = target if src else source
    cards = single_language_cards(group, deck, present)
    note = Problem(
        present.path,
        f"no {language_name(missing)} translation found; made {len(cards)} "
        f"{language_name(present.lang)}-only card{'s' if len(cards) != 1 else ''}",
        Severity.WARNING,
    )
    return cards, [note]


def practice_cards(group: Group, deck: str, source: str, target: str) -> list[CardSpec]:
    """Summary and cloze cards of one group for one direction (see `practice`)."""
    src, tgt = group.members.get(source), group.members.get(target)
    if src and tgt and source != target:
        return practice.summary_card(group, deck, src, tgt) + practice.cloze_cards(
            group, deck, src, tgt
        )
    present = tgt or src
    return practice.cloze_cards(group, deck, None, present) if present else []


def _linked_article(article: Article, by_key: dict[tuple[str, str], Article]) -> Article | None:
    """The article (same language) that the comparison section links to, if it is here."""
    for target in contrast.comparison_targets(article):
        found = by_key.get((target.strip("/").rsplit("/", 1)[-1], article.lang))
        if found is not None and found.path != article.path:
            return found
    return None


def cards_for_directions(
    groups: Sequence[Group],
    deck: str,
    directions: Sequence[tuple[str, str]],
    kinds: frozenset[CardKind] = ALL_KINDS,
    progress: Progress | None = None,
    only: Collection[str] | None = None,
) -> tuple[list[CardSpec], list[Problem]]:
    """All cards of the chosen kinds of all groups for the given directions.

    Single-language cards come once; contrast cards once per article of a built language.
    With `only`, the cards of those groups (by key) alone; links still find every group.
    """
    cards: dict[str, CardSpec] = {}
    problems: dict[str, Problem] = {}
    languages = {lang for pair in directions for lang in pair}
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
        for source, target in directions:
            made, notes = make_cards(group, deck, source, target)
            if kinds & PRACTICE_KINDS:
                made += practice_cards(group, deck, source, target)
            for card in made:
                cards.setdefault(card.uid, card)
            for note in notes:
                problems.setdefault(note.path, note)
        if CardKind.CONTRAST in kinds:
            for lang in sorted(languages & group.members.keys()):
                article = group.members[lang]
                linked = _linked_article(article, by_key)
                for card in practice.contrast_cards(group, deck, article, linked):
                    cards.setdefault(card.uid, card)
        report(done)
    chosen = [card for card in cards.values() if card.kind in kinds]
    return chosen, list(problems.values())
