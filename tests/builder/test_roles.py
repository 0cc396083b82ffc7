"""Section roles from heading words (data/headings.toml), with a positional fallback."""

from __future__ import annotations

import pytest

from flashcards.builder.roles import HEADINGS_KEPT, classify, heading_words, match_role
from flashcards.types import Role


@pytest.mark.parametrize(
    ("heading", "lang", "role"),
    [
        ("Yumuşak Satış Nedir?", "tr", Role.DEFINITION),
        ("Yumuşak Satışı Anlama", "tr", Role.EXPLANATION),
        ("Yumuşak Satış ve Sert Satış", "tr", Role.COMPARISON),
        ("Yumuşak Satış Teknikleri", "tr", Role.TECHNIQUES),
        ("Önemli Çıkarımlar", "tr", Role.TAKEAWAYS),
        ("ÖNEMLİ ÇIKARIMLAR", "tr", Role.TAKEAWAYS),
        ("Satış Stratejileri", "tr", Role.TECHNIQUES),
        ("SATIŞ İPUÇLARI", "tr", Role.TECHNIQUES),
        ("Hvað er mjúk sala?", "is", Role.DEFINITION),
        ("Skilningur á mjúkri sölu", "is", Role.EXPLANATION),
        ("Mjúk sala vs. erfitt að selja", "is", Role.COMPARISON),
        ("Mjúk sölutækni", "is", Role.TECHNIQUES),
        ("Helstu atriði", "is", Role.TAKEAWAYS),
        ("What is Soft Sell?", "en", Role.DEFINITION),
        ("Understanding Soft Sells", "en", Role.EXPLANATION),
        ("Soft Sell vs. Hard Sell", "en", Role.COMPARISON),
        ("Soft Sell Techniques", "en", Role.TECHNIQUES),
        ("Key Takeaways", "en", Role.TAKEAWAYS),
        ("Strategies", "en", Role.TECHNIQUES),
    ],
)
def test_heading_roles(heading: str, lang: str, role: Role) -> None:
    assert match_role(heading, lang) is role


@pytest.mark.parametrize(
    ("heading", "lang", "role"),
    [
        # English headings are understood in articles of any language.
        ("What is Soft Sell?", "tr", Role.DEFINITION),
        ("Key Takeaways", "is", Role.TAKEAWAYS),
        ("Strategies", "tr", Role.TECHNIQUES),
        # A language without its own words, or none at all, tries every table.
        ("Strategies", None, Role.TECHNIQUES),
        ("Yumuşak Satış Nedir?", None, Role.DEFINITION),
        ("Mjúk sölutækni", "fr", Role.TECHNIQUES),
    ],
)
def test_heading_roles_across_languages(heading: str, lang: str | None, role: Role) -> None:
    assert match_role(heading, lang) is role


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        ("Tarihçe", "tr"),
        ("Sonuç", "tr"),
        ("Saga", "is"),
        ("Verðbólga", "is"),
        ("History", "en"),
        # short keywords only match whole words: "ve" in "Sevgi", "og" in "Logo", "vs" in "Canvas"
        ("Sevgi", "tr"),
        ("Logo", "is"),
        ("Canvas", "en"),
    ],
)
def test_headings_without_role_words(heading: str, lang: str) -> None:
    assert match_role(heading, lang) is None


def test_heading_words_table_covers_turkish_icelandic_english() -> None:
    table = heading_words()
    for lang in ("tr", "is", "en"):
        assert set(table[lang]) == {
            Role.DEFINITION,
            Role.TAKEAWAYS,
            Role.TECHNIQUES,
            Role.COMPARISON,
            Role.EXPLANATION,
        }


def test_seed_outline_classified() -> None:
    assert classify(
        [
            "Yumuşak Satış Nedir?",
            "Yumuşak Satışı Anlama",
            "Yumuşak Satış ve Sert Satış",
            "Yumuşak Satış Teknikleri",
            "Önemli Çıkarımlar",
        ],
        "tr",
    ) == [
        Role.DEFINITION,
        Role.EXPLANATION,
        Role.COMPARISON,
        Role.TECHNIQUES,
        Role.TAKEAWAYS,
    ]
    assert classify(
        [
            "Hvað er mjúk sala?",
            "Skilningur á mjúkri sölu",
            "Mjúk sala vs. erfitt að selja",
            "Mjúk sölutækni",
            "Helstu atriði",
        ],
        "is",
    ) == [
        Role.DEFINITION,
        Role.EXPLANATION,
        Role.COMPARISON,
        Role.TECHNIQUES,
        Role.TAKEAWAYS,
    ]


def test_unknown_headings_fall_back_to_the_usual_order() -> None:
    assert classify(["Giriş", "Ayrıntılar", "Tarihçe", "Uygulama", "Ek"], "tr") == [
        Role.DEFINITION,
        Role.EXPLANATION,
        Role.COMPARISON,
        Role.TECHNIQUES,
        Role.OTHER,
    ]


def test_positional_fallback_never_repeats_a_recognised_role() -> None:
    roles = classify(
        ["Yumuşak Satış Nedir?", "Tarihçe", "Yumuşak Satış Teknikleri", "Ek Notlar"], "tr"
    )
    assert roles == [Role.DEFINITION, Role.EXPLANATION, Role.TECHNIQUES, Role.OTHER]
    # Position 0 would be the definition, but a later heading already names it.
    assert classify(["Giriş", "Hvað er mjúk sala?"], "is") == [Role.OTHER, Role.DEFINITION]


def test_classify_nothing() -> None:
    assert classify([], "tr") == []


def test_the_roles_kept_are_those_the_words_give_and_bounded() -> None:
    headings = [("Yumuşak Satış Nedir?", "tr"), ("Hvað er mjúk sala?", "is"), ("Saga", "is")]
    headings += [("Mjúk sala vs. harðsala", "is"), ("Key Takeaways", None), ("Sevgi", "tr")]
    match_role.cache_clear()
    kept = [match_role(h, lang) for h, lang in headings * 2]
    worked_out = [match_role.__wrapped__(h, lang) for h, lang in headings * 2]
    assert kept == worked_out
    assert Role.DEFINITION in kept and None in kept
    info = match_role.cache_info()
    assert info.hits == len(headings)
    assert info.maxsize == HEADINGS_KEPT and info.currsize == len(headings)
