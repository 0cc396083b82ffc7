"""Cloze, contrast and summary cards: the kinds that make a learner produce or sort an answer."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from flashcards.builder import contrast
from flashcards.builder.cloze import cloze_front, concept_name, find_blanks, sentence_pairs
from flashcards.text.fold import fold
from flashcards.types import Article, CardKind, CardSpec, Group, Role


@functools.cache
def _questions() -> dict[str, dict[str, str]]:
    text = resources.files("flashcards.builder").joinpath("data/questions.toml").read_text("utf-8")
    return tomllib.loads(text)


def what_is(term: str, lang: str) -> str:
    """ "What is …?" in `lang` (English when the language has no template)."""
    template = _questions().get(lang, _questions()["en"])["what_is"]
    return template.format(term=term)


def _spec(
    deck: str,
    group: Group,
    kind: CardKind,
    note: str,
    position: str,
    pair: tuple[str, str],
    front: str,
    back: str,
    extra: str,
) -> CardSpec:
    note_key = f"{deck}/{group.key}/{kind.value}/{note}"
    return CardSpec(
        uid=f"{note_key}/{position}/{pair[0]}>{pair[1]}"
        if position
        else f"{note_key}/{pair[0]}>{pair[1]}",
        note_key=note_key,
        kind=kind,
        source_lang=pair[0],
        target_lang=pair[1],
        front=front,
        back=back,
        extra=extra,
        group_key=group.key,
        source_files=group.paths,
    )


def summary_card(group: Group, deck: str, src: Article, tgt: Article) -> list[CardSpec]:
    """ "What is <title>?" in the source language, answered by the target's description.

    Left out when the description only repeats the definition's first sentence, which the
    definition card already asks for.
    """
    definition = tgt.section(Role.DEFINITION)
    first = definition.units[0] if definition and definition.units else ""
    if not tgt.description or fold(tgt.description) == fold(first):
        return []
    return [
        _spec(
            deck,
            group,
            CardKind.SUMMARY,
            "0",
            "",
            (src.lang, tgt.lang),
            what_is(src.title, src.lang),
            tgt.description,
            tgt.title,
        )
    ]


def cloze_cards(group: Group, deck: str, src: Article | None, tgt: Article) -> list[CardSpec]:
    """Sentences of the target's definition and techniques with key terms blanked.

    Each blank is its own card; the blanks of one sentence (in either direction) are
    siblings.  The aligned source sentence is the hint (none for a single language).
    """
    pair = (src.lang if src else tgt.lang, tgt.lang)
    names = (concept_name(tgt), tgt.title)
    cards = []
    for role in (Role.DEFINITION, Role.TECHNIQUES):
        tgt_sections = [s for s in tgt.sections if s.role is role and s.units]
        src_sections = [s for s in src.sections if s.role is role and s.units] if src else []
        for n, t_sec in enumerate(tgt_sections):
            s_sec = src_sections[n] if n < len(src_sections) else None
            for k, (hint, sentence) in enumerate(sentence_pairs(s_sec, t_sec)):
                for j, blank in enumerate(find_blanks(sentence, tgt, names)):
                    cards.append(
                        _spec(
                            deck,
                            group,
                            CardKind.CLOZE,
                            f"{role.value}.{n}.{k}",
                            str(j),
                            pair,
                            cloze_front(blank.apply(sentence), hint),
                            blank.term(sentence),
                            sentence,
                        )
                    )
    return cards


def contrast_cards(
    group: Group, deck: str, article: Article, linked: Article | None = None
) -> list[CardSpec]:
    """Statements of one article to sort under its concept or the one it is compared with,
    and, when the article of that other concept is there too, from its definition."""
    pair = (article.lang, article.lang)
    found = [(f"{k}", st) for k, st in enumerate(contrast.statements(article))]
    if linked is not None:
        found += [
            (f"linked.{k}", st) for k, st in enumerate(contrast.linked_statements(article, linked))
        ]
    return [
        _spec(
            deck,
            group,
            CardKind.CONTRAST,
            f"{key}.{article.lang}",
            "",
            pair,
            statement.text,
            statement.label,
            statement.explanation,
        )
        for key, statement in found
    ]
