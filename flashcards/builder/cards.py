"""Turn a group of translations into question/answer cards for one language direction."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from flashcards.builder.align import align
from flashcards.builder.language import language_name
from flashcards.types import Article, CardKind, CardSpec, Group, Problem, Role, Section, Severity

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


def _technique_beads(src: Section, tgt: Section) -> list[tuple[str, str]]:
    """Aligned (source, target) technique steps; block by block when the blocks agree.

    Both directions of a pair need the same alignment: it is computed once, for the two
    sections in a fixed order, and mirrored.
    """
    if (src.heading, src.units) <= (tgt.heading, tgt.units):
        return list(_aligned_steps(src, tgt))
    return [(b, a) for a, b in _aligned_steps(tgt, src)]


@functools.lru_cache(maxsize=1024)
def _aligned_steps(src: Section, tgt: Section) -> tuple[tuple[str, str], ...]:
    if len(src.blocks) == len(tgt.blocks):
        units = [(b1.units, b2.units) for b1, b2 in zip(src.blocks, tgt.blocks, strict=True)]
    else:
        units = [(src.units, tgt.units)]
    steps: list[tuple[str, str]] = []
    for left, right in units:
        for li, ri in align(left, right):
            if li and ri:
                steps.append((" ".join(left[i] for i in li), " ".join(right[j] for j in ri)))
    return tuple(steps)


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
        for k, (front, back) in enumerate(_technique_beads(s_sec, t_sec)):
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
    """Cards of one group for the direction source → target, and what is worth reporting."""
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


def cards_for_directions(
    groups: Sequence[Group], deck: str, directions: Sequence[tuple[str, str]]
) -> tuple[list[CardSpec], list[Problem]]:
    """All cards of all groups for the given directions; single-language cards only once."""
    cards: dict[str, CardSpec] = {}
    problems: dict[str, Problem] = {}
    for group in groups:
        for source, target in directions:
            made, notes = make_cards(group, deck, source, target)
            for card in made:
                cards.setdefault(card.uid, card)
            for note in notes:
                problems.setdefault(note.path, note)
    return list(cards.values()), list(problems.values())
