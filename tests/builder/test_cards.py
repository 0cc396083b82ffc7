"""Cards from a group of translations: terms, definitions, aligned steps, linked terms."""

from __future__ import annotations

from builder_samples import (
    IS_DEF,
    IS_DEF2,
    IS_DEF_HEADING,
    IS_STEPS,
    IS_TECH_HEADING,
    IS_TITLE,
    TR_DEF,
    TR_DEF2,
    TR_DEF_HEADING,
    TR_STEPS,
    TR_TECH_HEADING,
    is_article,
    of_kind,
    pairs,
    tr_article,
)

from flashcards.builder import cards as cards_module
from flashcards.builder import terms
from flashcards.builder.cards import (
    CORE_KINDS,
    definition_answer,
    make_cards,
    note_key,
)
from flashcards.builder.deck import cards_for_directions
from flashcards.builder.reader import read_article
from flashcards.types import Article, Block, BlockKind, CardKind, Group, Role, Section, Severity

# The seed's techniques sentences, Turkish, and the Icelandic with two of them made one.
TR_PARAGRAPH_STEPS = (
    "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir, bu nedenle tipik olarak "
    "olası alıcıyı sorgulamakla başlar.",
    "Satış elemanı, aldıkları cevaplara dayanarak alıcının ihtiyaçlarını belirleyecektir.",
    "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır.",
)
IS_MERGED_STEPS = (
    "Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún á því að spyrja "
    "væntanlega kaupanda, og sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá "
    "svörunum sem þeir fá.",
    "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
)


def read(path: str, text: str) -> Article:
    return read_article(path, text.encode("utf-8"))


def pair_group(tr: Article, is_: Article, key: str = "file:g") -> Group:
    return Group(key, {"tr": tr, "is": is_})


def small_group(**tr_options: object) -> Group:
    return pair_group(read("tr.md", tr_article(**tr_options)), read("is.md", is_article()))  # type: ignore[arg-type]


def section(*blocks: tuple[str, ...], role: Role = Role.DEFINITION) -> Section:
    return Section("H", 2, role, tuple(Block(BlockKind.PARAGRAPH, b) for b in blocks))


# --- definitions --------------------------------------------------------------------------


def test_definition_answer_is_the_first_sentence() -> None:
    assert definition_answer(section((TR_DEF, TR_DEF2))) == (TR_DEF,)


def test_short_first_sentence_takes_the_next_along() -> None:
    assert definition_answer(section(("Mjúk sala er tækni.", IS_DEF2))) == (
        "Mjúk sala er tækni.",
        IS_DEF2,
    )
    # ... also across paragraphs, and only one more sentence.
    assert definition_answer(section(("Kısa.",), ("İkinci cümle.", "Üçüncü."))) == (
        "Kısa.",
        "İkinci cümle.",
    )


def test_definition_answer_of_a_single_short_sentence() -> None:
    assert definition_answer(section(("Kısa.",))) == ("Kısa.",)
    assert definition_answer(section()) == ()


# --- a pair of translations ---------------------------------------------------------------


def test_small_pair_cards_turkish_to_icelandic() -> None:
    group = small_group()
    cards, problems = make_cards(group, "deck", "tr", "is")
    assert problems == []
    assert [c.kind for c in cards] == [
        CardKind.TERM,
        CardKind.DEFINITION,
        CardKind.TECHNIQUE,
        CardKind.TECHNIQUE,
        CardKind.TECHNIQUE,
        CardKind.LINKED_TERM,
    ]
    term, definition, *steps, linked = cards
    # The concept as the bodies name it; the Icelandic title ("to sell") as another answer.
    assert (term.front, term.back, term.alternatives) == ("Yumuşak satış", "Mjúk sala", (IS_TITLE,))
    # The definition's first sentence; as context only what follows it.
    assert (definition.front, definition.back, definition.extra) == (
        TR_DEF_HEADING,
        IS_DEF,
        IS_DEF2,
    )
    assert [(c.front, c.back) for c in steps] == list(zip(TR_STEPS, IS_STEPS, strict=True))
    assert {c.extra for c in steps} == {f"{TR_TECH_HEADING} — {IS_TECH_HEADING}"}
    # A linked term in dictionary form, the sentence it is in as context, the form written
    # there as another answer.
    assert (linked.front, linked.back, linked.extra, linked.alternatives) == (
        "müşteri",
        "viðskiptavinur",
        IS_DEF2,
        ("viðskiptavini",),
    )
    for card in cards:
        assert (card.source_lang, card.target_lang) == ("tr", "is")
        assert card.group_key == "file:g"
        assert card.source_files == ("is.md", "tr.md")


def test_small_pair_cards_icelandic_to_turkish_are_siblings() -> None:
    group = small_group()
    forward, _ = make_cards(group, "deck", "tr", "is")
    backward, _ = make_cards(group, "deck", "is", "tr")
    assert [c.note_key for c in forward] == [c.note_key for c in backward]
    assert [c.uid for c in forward] != [c.uid for c in backward]
    (definition,) = of_kind(backward, CardKind.DEFINITION)
    assert (definition.front, definition.back) == (IS_DEF_HEADING, TR_DEF)
    assert pairs(of_kind(backward, CardKind.TECHNIQUE)) == set(zip(IS_STEPS, TR_STEPS, strict=True))


def test_uid_and_note_key_are_made_of_deck_group_kind_and_position() -> None:
    cards, _ = make_cards(small_group(), "sales", "tr", "is")
    uids = [c.uid for c in cards]
    assert uids == [
        "sales/file:g/term/title/tr>is",
        "sales/file:g/definition/0/tr>is",
        "sales/file:g/technique/0.0/tr>is",
        "sales/file:g/technique/0.1/tr>is",
        "sales/file:g/technique/0.2/tr>is",
        "sales/file:g/linked_term//customers/tr>is",
    ]
    assert cards[0].note_key == note_key("sales", "file:g", CardKind.TERM, "title")


def test_a_cards_texts_lose_their_dangling_end_each_time_they_recur() -> None:
    """A card's front, back and extra lose a one-word sentence a translation left at their
    end ("Yanıtlar."), every card that has the text alike; what was worked out of the
    texts goes with the articles' memos (`terms.forget`)."""
    group = small_group()
    text, kept = "Satış tamamlanır. Yanıtlar.", "Satış tamamlanır."
    pair, fact = ("tr", "is"), CardKind.FACT
    made = [cards_module.card("d", group, fact, str(n), pair, text, text, text) for n in range(3)]
    made.append(cards_module.card("d", group, fact, "3", pair, kept, "Tamam.", text))
    assert [(c.front, c.back, c.extra) for c in made] == [(kept, kept, kept)] * 3 + [
        (kept, "Tamam.", kept)
    ]
    assert cards_module._UNDANGLED
    terms.forget()
    assert not cards_module._UNDANGLED
    again = cards_module.card("d", group, fact, "0", pair, text, text, text)
    assert again == made[0]


def test_uids_do_not_depend_on_the_text() -> None:
    before, _ = make_cards(small_group(), "d", "tr", "is")
    edited = (TR_STEPS[0], TR_STEPS[1].replace("zaman", "vakit"), TR_STEPS[2])
    assert edited[1] != TR_STEPS[1]
    after, _ = make_cards(small_group(steps=edited), "d", "tr", "is")
    assert [c.uid for c in before] == [c.uid for c in after]
    changed = [
        b.uid for b, a in zip(before, after, strict=True) if b.content_hash != a.content_hash
    ]
    assert changed == ["d/file:g/technique/0.1/tr>is"]


def test_numbered_and_bulleted_lists_align_item_by_item() -> None:
    group = pair_group(
        read("tr.md", tr_article(style="numbered")), read("is.md", is_article(style="*"))
    )
    cards, _ = make_cards(group, "d", "tr", "is")
    steps = of_kind(cards, CardKind.TECHNIQUE)
    assert [(c.front, c.back) for c in steps] == list(zip(TR_STEPS, IS_STEPS, strict=True))


def test_a_merged_sentence_makes_a_two_to_one_step() -> None:
    group = pair_group(
        read("tr.md", tr_article(steps=TR_PARAGRAPH_STEPS, style="paragraph")),
        read("is.md", is_article(steps=IS_MERGED_STEPS, style="paragraph")),
    )
    assert group.members["tr"].section(Role.TECHNIQUES).units == TR_PARAGRAPH_STEPS
    assert group.members["is"].section(Role.TECHNIQUES).units == IS_MERGED_STEPS
    forward, _ = make_cards(group, "d", "tr", "is")
    assert [(c.front, c.back) for c in of_kind(forward, CardKind.TECHNIQUE)] == [
        (f"{TR_PARAGRAPH_STEPS[0]} {TR_PARAGRAPH_STEPS[1]}", IS_MERGED_STEPS[0]),
        (TR_PARAGRAPH_STEPS[2], IS_MERGED_STEPS[1]),
    ]
    backward, _ = make_cards(group, "d", "is", "tr")
    assert [(c.front, c.back) for c in of_kind(backward, CardKind.TECHNIQUE)] == [
        (IS_MERGED_STEPS[0], f"{TR_PARAGRAPH_STEPS[0]} {TR_PARAGRAPH_STEPS[1]}"),
        (IS_MERGED_STEPS[1], TR_PARAGRAPH_STEPS[2]),
    ]


def test_blocks_align_separately_when_both_sides_have_the_same_blocks() -> None:
    tr = read("tr.md", tr_article(steps=TR_STEPS[:2]) + f"\n{TR_STEPS[2]}\n")
    is_ = read("is.md", is_article(steps=IS_STEPS[:2]) + f"\n{IS_STEPS[2]}\n")
    assert [b.kind for b in tr.section(Role.TECHNIQUES).blocks] == [
        BlockKind.LIST,
        BlockKind.PARAGRAPH,
    ]
    cards, _ = make_cards(pair_group(tr, is_), "d", "tr", "is")
    assert [(c.front, c.back) for c in of_kind(cards, CardKind.TECHNIQUE)] == list(
        zip(TR_STEPS, IS_STEPS, strict=True)
    )


def test_blocks_that_differ_align_as_one_sequence() -> None:
    # Turkish: a list of three steps; Icelandic: the same three as two paragraphs.
    tr = read("tr.md", tr_article())
    is_ = read("is.md", is_article(steps=IS_STEPS[:2], style="paragraph") + f"\n{IS_STEPS[2]}\n")
    assert len(is_.section(Role.TECHNIQUES).blocks) == 2
    cards, _ = make_cards(pair_group(tr, is_), "d", "tr", "is")
    assert [(c.front, c.back) for c in of_kind(cards, CardKind.TECHNIQUE)] == list(
        zip(TR_STEPS, IS_STEPS, strict=True)
    )


def test_linked_terms_only_for_targets_in_both_languages() -> None:
    tr = read(
        "tr.md",
        tr_article(
            extra_def=" Bkz. [e-ticaret](/ecommerce), [tüketici](/consumer) ve [yine](/customers)."
        ),
    )
    is_ = read("is.md", is_article(extra_def=" Sjá [rafræn viðskipti](/ecommerce)."))
    cards, _ = make_cards(pair_group(tr, is_), "d", "tr", "is")
    linked = of_kind(cards, CardKind.LINKED_TERM)
    assert [(c.front, c.back) for c in linked] == [
        ("müşteri", "viðskiptavinur"),
        ("e-ticaret", "rafræn viðskipti"),
    ]


def test_sections_without_a_counterpart_make_no_cards() -> None:
    tr = read("tr.md", tr_article())
    is_only_definition = read(
        "is.md", f"---\ntitle: {IS_TITLE}\n---\n\n## {IS_DEF_HEADING}\n\n{IS_DEF} {IS_DEF2}\n"
    )
    cards, _ = make_cards(pair_group(tr, is_only_definition), "d", "tr", "is")
    assert [c.kind for c in cards] == [CardKind.TERM, CardKind.DEFINITION]


# --- one language only --------------------------------------------------------------------


def test_missing_translation_gives_single_language_cards_and_a_warning() -> None:
    tr = read("dir/tr.md", tr_article())
    group = Group("file:tr", {"tr": tr})
    cards, problems = make_cards(group, "d", "tr", "is")
    assert [(c.kind, c.front, c.back) for c in cards] == [
        (CardKind.DEFINITION, TR_DEF_HEADING, TR_DEF)
    ]
    (card,) = cards
    assert (card.source_lang, card.target_lang) == ("tr", "tr")
    assert card.uid == "d/file:tr/definition/0/tr/tr>tr"
    assert card.extra == TR_DEF2
    (problem,) = problems
    assert problem.path == "dir/tr.md" and problem.severity is Severity.WARNING
    assert "Icelandic" in problem.message and "1 Turkish-only card" in problem.message


def test_single_language_cards_are_made_once_for_both_directions() -> None:
    is_ = read("dir/is.md", is_article())
    cards, problems = cards_for_directions(
        [Group("file:is", {"is": is_})], "d", [("tr", "is"), ("is", "tr")], CORE_KINDS
    )
    assert [(c.front, c.back, c.source_lang, c.target_lang) for c in cards] == [
        (IS_DEF_HEADING, IS_DEF, "is", "is")
    ]
    assert [p.path for p in problems] == ["dir/is.md"]
    assert "Turkish" in problems[0].message


def test_a_group_without_either_language_makes_nothing() -> None:
    en = read_article(
        "en.md",
        b"---\ntitle: Soft Sell\n---\n\n## What is a soft sell?\n\n"
        b"A soft sell is a sales approach that uses subtle language and no pressure.\n",
    )
    assert make_cards(Group("file:en", {"en": en}), "d", "tr", "is") == ([], [])


def test_cards_for_directions_covers_every_group() -> None:
    soft = small_group()
    lone = Group("file:other", {"tr": read("other.md", tr_article())})
    cards, problems = cards_for_directions(
        [soft, lone], "d", [("tr", "is"), ("is", "tr")], CORE_KINDS
    )
    made = [c for c in cards if c.group_key == "file:g"]
    assert {c.kind for c in made} == {
        CardKind.TERM,
        CardKind.DEFINITION,
        CardKind.TECHNIQUE,
        CardKind.LINKED_TERM,
    }
    assert sorted(c.note_key for c in made if c.source_lang == "tr") == sorted(
        c.note_key for c in made if c.source_lang == "is"
    )
    assert [c.uid for c in cards if c.group_key == "file:other"] == [
        "d/file:other/definition/0/tr/tr>tr"
    ]
    assert len({c.uid for c in cards}) == len(cards)
    assert [p.path for p in problems] == ["other.md"]


def test_the_vocabulary_index_finds_the_pairs_both_bodies_may_name_in_the_lexicons_order() -> None:
    # 60 pairs whose first words sort against their order in the lexicon: what the index
    # finds comes back in the lexicon's order all the same, as walking it would give them.
    from flashcards.builder.cards import _Vocabulary
    from flashcards.builder.lexicon import Pair
    from flashcards.builder.terms import Term

    lexicon = [
        Pair(Term(f"s{n}", (f"w{59 - n:02}", "x")), Term(f"t{n}", (f"v{n % 7}",)), 2, 1.0)
        for n in range(60)
    ]
    lexicon.append(Pair(Term("boş", ()), Term("tómt", ("v1",)), 2, 1.0))  # no key: never
    source_words = {f"w{59 - n:02}" for n in range(0, 60, 2)} | {"w99"}
    target_words = {"v1", "v2", "v3"}
    walked = [
        pair
        for pair in lexicon
        if pair.source.key
        and pair.target.key
        and pair.source.key[0] in source_words
        and pair.target.key[0] in target_words
    ]
    found = [named[-1] for named in _Vocabulary(lexicon).named(source_words, target_words)]
    assert len(walked) > 10
    assert found == walked
