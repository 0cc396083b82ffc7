"""Cloze, contrast and summary cards: the kinds that make a learner produce or sort an answer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from flashcards.builder import cloze, contrast
from flashcards.builder import terms as t
from flashcards.builder.align import aligned_units
from flashcards.builder.cards import card, what_is
from flashcards.builder.lexicon import Pair
from flashcards.builder.statements import without_dangling, without_glosses
from flashcards.text.fold import fold
from flashcards.types import Article, CardKind, CardSpec, Group, Role, Section

#: The sections whose sentences become cloze cards.
CLOZE_ROLES = (Role.DEFINITION, Role.TECHNIQUES)


def summary_cards(group: Group, deck: str, src: Article, tgt: Article) -> list[CardSpec]:
    """ "What is <concept>?" answered by the target's description (left out when it only
    repeats the definition's first sentence, which the definition card asks for), and each
    key takeaway ("Önemli Çıkarımlar", "Helstu atriði") aligned item by item."""
    pair = (src.lang, tgt.lang)
    paths = group.paths
    cards = []
    definition = tgt.section(Role.DEFINITION)
    first = definition.units[0] if definition and definition.units else ""
    # "Krosssala (e. cross-selling) er …" repeats "Krosssala er …": glosses aside.
    if tgt.description and fold(without_glosses(tgt.description)) != fold(without_glosses(first)):
        own = t.concept(src)
        name = own.lemma if own is not None else src.title
        cards.append(
            card(
                deck,
                group,
                CardKind.SUMMARY,
                "0",
                pair,
                what_is(name, src.lang),
                tgt.description,
                tgt.title,
                paths=paths,
            )
        )
    mine = [s for s in src.sections if s.role is Role.TAKEAWAYS and s.units]
    theirs = [s for s in tgt.sections if s.role is Role.TAKEAWAYS and s.units]
    for n, (s_sec, t_sec) in enumerate(zip(mine, theirs, strict=False)):
        headings = f"{s_sec.heading} — {t_sec.heading}"
        for k, (left, right) in enumerate(aligned_units(s_sec, t_sec)):
            cards.append(
                card(
                    deck,
                    group,
                    CardKind.SUMMARY,
                    f"takeaways.{n}.{k}",
                    pair,
                    " ".join(left),
                    " ".join(right),
                    headings,
                    paths=paths,
                )
            )
    return cards


def translations_of(lexicon: Sequence[Pair]) -> dict[t.Key, set[t.Key]]:
    """For each target term, the source terms it translates."""
    found: dict[t.Key, set[t.Key]] = {}
    for pair in lexicon:
        found.setdefault(pair.target.key, set()).add(pair.source.key)
    return found


def _beads(src: Section | None, tgt: Section) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(hint sentences, target sentences) of a section: each target sentence with the
    source sentence(s) it translates (none for a single language)."""
    if src is None:
        return [((), (unit,)) for unit in tgt.units]
    return aligned_units(src, tgt)


def cloze_cards(
    group: Group,
    deck: str,
    src: Article | None,
    tgt: Article,
    lexicon: Sequence[Pair] = (),
    extra_translations: dict[t.Key, set[t.Key]] | None = None,
    translations: Mapping[t.Key, set[t.Key]] | None = None,
) -> list[CardSpec]:
    """Sentences of the target's definition and techniques with a noun or term blanked.

    Each blank is its own card; the blanks of one sentence (in either direction) are
    siblings.  The aligned source sentence is the hint (none for a single language).
    `translations`: `translations_of(lexicon)`, made once for all groups (it is not changed).
    """
    if not tgt.analyses:
        return []
    pair = (src.lang if src else tgt.lang, tgt.lang)
    if translations is None:
        translations = translations_of(lexicon)
    known: Mapping[t.Key, set[t.Key]] = translations
    if extra_translations:
        known = dict(translations)
        for key, sources in extra_translations.items():
            known[key] = known.get(key, set()) | sources
    paths = group.paths
    headword = t.concept(tgt)
    head_key = headword.key if headword else None
    counts = cloze.key_counts(tgt)
    used = False
    cards = []
    for role in CLOZE_ROLES:
        kind = role._value_  # `role.value`, without `Enum.value`'s property
        tgt_sections = [s for s in tgt.sections if s.role is role and s.units]
        src_sections = [s for s in src.sections if s.role is role and s.units] if src else []
        for n, t_sec in enumerate(tgt_sections):
            s_sec = src_sections[n] if n < len(src_sections) else None
            for k, (hints, sentences) in enumerate(_beads(s_sec, t_sec)):
                position = f"{kind}.{n}.{k}"
                hint = without_dangling(" ".join(hints))  # as each blank's front shows it
                hint_keys = _keys(src, hints) if src else _NO_KEYS
                for sentence in sentences:
                    analysis = tgt.analysis(sentence)
                    if analysis is None:
                        continue
                    found = cloze.candidates(
                        sentence,
                        analysis,
                        tgt.lang,
                        counts=counts,
                        translations=known,
                        hint_keys=hint_keys,
                        headword=head_key,
                    )
                    chosen, used = cloze.choose(found, head_key, used)
                    offset = sentences.index(sentence) if chosen else 0  # its first place
                    for j, blank in enumerate(chosen):
                        cards.append(
                            card(
                                deck,
                                group,
                                CardKind.CLOZE,
                                position,
                                pair,
                                cloze.hinted_front(sentence, analysis, blank, hint),
                                blank.term(sentence),
                                sentence,
                                answer_lemma=blank.lemma,
                                variant=str(j + 2 * offset),
                                paths=paths,
                            )
                        )
    return cards


def _keys(article: Article, texts: Sequence[str]) -> AbstractSet[t.Key]:
    """The terms the hint sentences name (a hint of one sentence: its `phrase_keys`, kept
    on its analysis, not a copy)."""
    found: AbstractSet[t.Key] = _NO_KEYS
    for text in texts:
        analysis = article.analysis(text)
        if analysis is not None:
            keys = cloze.phrase_keys(analysis)
            found = found | keys if found else keys
    return found


_NO_KEYS: frozenset[t.Key] = frozenset()


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
    paths = group.paths
    return [
        card(
            deck,
            group,
            CardKind.CONTRAST,
            f"{key}.{article.lang}",
            pair,
            statement.text,
            statement.label,
            statement.explanation,
            paths=paths,
        )
        for key, statement in found
    ]
