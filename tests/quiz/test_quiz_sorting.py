"""The soft-sell vs hard-sell sorting quiz, from the seed articles' comparison sections."""

from __future__ import annotations

import pytest

from flashcards.quiz.sorting import (
    Concept,
    Side,
    SortQuiz,
    Statement,
    article_statements,
    label_comparison_sentences,
    make_sort_quiz,
    mask_mentions,
    mentioned_concept,
    score,
    statements_from_comparison,
)
from flashcards.types import Article, Role

A, B = Side.A, Side.B
SOFT, HARD = "soft sell", "hard sell"

#: The two concepts' names as word stems, per language: inflected forms match.
CONCEPTS = {
    "tr": (Concept(SOFT, ("yumuşak sat", "yumuşak")), Concept(HARD, ("sert sat", "zor sat"))),
    "is": (Concept(SOFT, ("mjúk sal", "mjúk söl", "mjúk")), Concept(HARD, ("harð", "erfið"))),
}


def terms(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    soft, hard = CONCEPTS[lang]
    return soft.terms, hard.terms


def comparison(article: Article) -> tuple[str, ...]:
    section = article.section(Role.COMPARISON)
    assert section is not None
    return section.units


@pytest.mark.parametrize("lang", ["tr", "is"])
def test_comparison_sentences_describe_hard_sell(
    seed_articles: dict[str, Article], lang: str
) -> None:
    units = comparison(seed_articles[lang])
    assert len(units) == 3
    # "Zor satışı…", "Sert satış…" / "…erfiðu söluna…harða söluna…", "Harðsala…"; then
    # "Bazı satış uzmanlarına göre…" / "Það er álitin…" names neither.
    assert label_comparison_sentences(units, lang, *terms(lang)) == [B, B, None]
    assert label_comparison_sentences(units, lang, *terms(lang), carry_over=True) == [B, B, B]


@pytest.mark.parametrize("lang", ["tr", "is"])
def test_definition_sentences_describe_soft_sell(
    seed_articles: dict[str, Article], lang: str
) -> None:
    section = seed_articles[lang].section(Role.DEFINITION)
    assert section is not None
    assert label_comparison_sentences(section.units, lang, *terms(lang)) == [A, A, A]


@pytest.mark.parametrize(
    ("sentence", "lang", "side"),
    [
        # the first concept named is the subject, even when both are named
        ("Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir.", "tr", A),
        ("Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún…", "is", A),
        ("Sert satış, yumuşak satıştan daha agresiftir.", "tr", B),
        ("Harðsala er hönnuð til að fá neytanda til að kaupa vöru.", "is", B),
        # inflected forms
        ("Zor satışı daha iyi anlamak için…", "tr", B),
        ("…er gagnlegt að íhuga harða söluna, sem inniheldur…", "is", B),
        ("Skilningur á mjúkri sölu", "is", A),
        ("E-ticarette, yumuşak satışa bir örnek…", "tr", A),
        ("Í rafrænum viðskiptum er dæmi um mjúka sölu…", "is", A),
        # case-folded, the Turkish way
        ("SERT SATIŞ HER ZAMAN İŞE YARAMAZ.", "tr", B),
        ("YUMUŞAK SATIŞI ANLAMA", "tr", A),
        ("HARÐSALA", "is", B),
        # neither concept
        ("Bazı satış uzmanlarına göre gözden düşmüş bir teknik.", "tr", None),
        ("Það er álitin háþrýsti, árásargjarn tækni.", "is", None),
        ("", "tr", None),
    ],
)
def test_mentioned_concept(sentence: str, lang: str, side: Side | None) -> None:
    assert mentioned_concept(sentence, lang, *terms(lang)) is side


def test_a_term_of_both_concepts_is_no_label() -> None:
    assert mentioned_concept("Satış önemlidir.", "tr", ("satış",), ("satış",)) is None
    # the longer term wins at the same place
    assert mentioned_concept("Sert satış önemlidir.", "tr", ("sert",), ("sert satış",)) is B


@pytest.mark.parametrize(
    ("sentence", "lang", "masked"),
    [
        ("Sert satış, bir tüketicinin seçeneklerini…", "tr", "…, bir tüketicinin seçeneklerini…"),
        ("Zor satışı anlamak için zor satışı düşünün.", "tr", "… anlamak için … düşünün."),
        ("Harðsala er hönnuð til að fá neytanda", "is", "… er hönnuð til að fá neytanda"),
        ("Bazı satış uzmanlarına göre", "tr", "Bazı satış uzmanlarına göre"),
    ],
)
def test_mask_mentions(sentence: str, lang: str, masked: str) -> None:
    assert mask_mentions(sentence, lang, CONCEPTS[lang][1].terms) == masked


@pytest.mark.parametrize("lang", ["tr", "is"])
def test_statements_from_comparison_on_the_seeds(
    seed_articles: dict[str, Article], lang: str
) -> None:
    article = seed_articles[lang]
    soft_terms, hard_terms = terms(lang)
    definition = article.section(Role.DEFINITION)
    assert definition is not None
    units = comparison(article)
    sides = label_comparison_sentences(units, lang, soft_terms, hard_terms, carry_over=True)
    hard = [s for s, side in zip(units, sides, strict=True) if side is B]
    statements = statements_from_comparison(definition.units, hard, a_label=SOFT, b_label=HARD)
    assert [s.label for s in statements] == [SOFT] * 3 + [HARD] * 3
    assert [s.text for s in statements] == [*definition.units, *units]
    assert statements[-1].explanation == "This describes hard sell."


def test_statements_from_comparison_drops_repeats_and_contradictions() -> None:
    statements = statements_from_comparison(
        ["Soft one.", "soft one", "Both."],
        ["Hard one.", "both!"],
        a_label=SOFT,
        b_label=HARD,
        b_explanation="From the comparison section.",
    )
    assert statements == [
        Statement("Soft one.", SOFT, "This describes soft sell."),
        Statement("Hard one.", HARD, "From the comparison section."),
    ]


@pytest.mark.parametrize("lang", ["tr", "is"])
def test_article_statements_on_the_seeds(seed_articles: dict[str, Article], lang: str) -> None:
    article = seed_articles[lang]
    soft, hard = CONCEPTS[lang]
    statements = article_statements(article, soft, hard)
    hard_ones = [s for s in statements if s.label == HARD]
    soft_ones = [s for s in statements if s.label == SOFT]
    assert len(hard_ones) == 3  # the comparison section, whole
    assert len(soft_ones) == 8  # definition and techniques, the long e-commerce one left out
    for statement in statements:
        # the statement's own concept is blanked out, the explanation quotes it whole
        own = soft.terms if statement.label == SOFT else hard.terms
        assert mask_mentions(statement.text, lang, own) == statement.text
        assert statement.explanation.startswith(f"{statement.label}: “")
    originals = [s.explanation.split("“")[1].split("”")[0] for s in hard_ones]
    assert originals == list(comparison(article))
    unmasked = article_statements(article, soft, hard, blank=None, max_length=None)
    assert len(unmasked) == 12
    assert [s.text for s in unmasked if s.label == HARD] == list(comparison(article))


def quiz(seed: int = 1) -> SortQuiz:
    statements = [
        Statement("Starts by asking the buyer questions.", SOFT, "Consultative: soft sell."),
        Statement("Uses humour and warm ideas.", SOFT, "Appeals to emotion: soft sell."),
        Statement("Pushes for a purchase now.", HARD, "Short-term pressure: hard sell."),
        Statement("Direct and insistent language.", HARD, "Insistence: hard sell."),
        Statement("A high-pressure, aggressive technique.", HARD, "Pressure: hard sell."),
    ]
    return make_sort_quiz(statements, seed)


def test_make_sort_quiz_shuffles_deterministically() -> None:
    first = quiz(1)
    assert first.labels == (SOFT, HARD)
    assert quiz(1) == first
    assert sorted(s.text for s in first.statements) == sorted(s.text for s in quiz(2).statements)
    assert len({quiz(seed).statements for seed in range(10)}) > 1


def test_make_sort_quiz_per_label() -> None:
    statements = quiz().statements
    capped = make_sort_quiz(statements, seed=3, per_label=1)
    assert sorted(s.label for s in capped.statements) == [HARD, SOFT]
    assert make_sort_quiz(statements, seed=3, per_label=1) == capped
    assert make_sort_quiz([], seed=0) == SortQuiz((), ())


def test_score_all_right() -> None:
    q = quiz()
    answers = {i: s.label for i, s in enumerate(q.statements)}
    result = score(q, answers)
    assert (result.right, result.total, result.wrong, result.unanswered) == (5, 5, (), ())
    assert result.all_right
    # labels match ignoring case and spacing
    assert score(q, {i: f"  {s.label.upper()} " for i, s in enumerate(q.statements)}).all_right


def test_score_reports_wrong_placements_with_explanations() -> None:
    q = quiz()
    answers = {i: s.label for i, s in enumerate(q.statements)}
    flipped = [i for i, s in enumerate(q.statements) if s.label == SOFT]
    for i in flipped:
        answers[i] = HARD
    del answers[next(i for i, s in enumerate(q.statements) if s.label == HARD)]
    result = score(q, answers)
    assert (result.right, result.total) == (2, 5)
    assert not result.all_right
    assert [w.index for w in result.wrong] == flipped
    for wrong in result.wrong:
        assert wrong.given == HARD
        assert wrong.expected == SOFT
        assert wrong.explanation.endswith("soft sell.")
    assert len(result.unanswered) == 1


def test_score_rejects_a_statement_not_in_the_quiz() -> None:
    with pytest.raises(ValueError):
        score(quiz(), {5: SOFT})


@pytest.mark.parametrize("lang", ["tr", "is"])
def test_a_whole_quiz_from_a_seed_article(seed_articles: dict[str, Article], lang: str) -> None:
    soft, hard = CONCEPTS[lang]
    q = make_sort_quiz(article_statements(seed_articles[lang], soft, hard), "s", per_label=3)
    assert q.labels == (SOFT, HARD)
    assert sorted(s.label for s in q.statements) == [HARD] * 3 + [SOFT] * 3
    everything_soft = score(q, dict.fromkeys(range(6), SOFT))
    assert everything_soft.right == 3
    assert {w.expected for w in everything_soft.wrong} == {HARD}
    assert all(w.explanation for w in everything_soft.wrong)
