"""Texts that differ only in their numbers' digits are analysed once, and each analysis is
exactly the one of the text itself."""

from __future__ import annotations

import pytest

from flashcards.text import analysis as layer
from flashcards.text.analysis import Pos, analyze, analyzer

# (language, text with {n} for a number, the numbers it is written with)
TEXTS = [
    (
        "is",
        "Í rafrænum viðskiptum er dæmi um mjúka sölu þegar netsali finnur þegar netkaupandi "
        "hefur yfirgefið innkaupakörfu með {n} hlutum í með því að senda tölvupóst.",
        ("123456", "987654", "100000"),
    ),
    (
        "is",
        "Það er álitin háþrýsti, árásargjarn tækni sem hefur fallið úr vegi samkvæmt sumum "
        "sölusérfræðingum síðan {n}.",
        ("1995", "2023", "1990", "0000"),
    ),
    ("is", "Árið {n} seldi hún 3 bíla og 12,5% af vörunum.", ("1995", "2001")),
    ("is", "Hann lenti í {n}. sæti kl. 14:30 hinn 3. janúar.", ("2", "7")),
    ("is", "Þrír {n} bílar.", ("300", "450")),
    (
        "tr",
        "E-ticarette, bir çevrimiçi perakendecinin, içinde {n} öğe bulunan bir alışveriş "
        "sepetini terk ettiğini fark etmesidir.",
        ("123456", "654321", "100000"),
    ),
    (
        "tr",
        "Bazı satış uzmanlarına göre {n} yılından bu yana gözden düşmüş, yüksek basınçlı, "
        "agresif bir teknik olarak kabul ediliyor.",
        ("1995", "2023"),
    ),
    (
        "tr",
        "Mağaza {n}'te açıldı ve 3'ten fazla şube COVID-19 döneminde kapandı.",
        ("2019", "2020"),
    ),
    ("tr", "Satış {n}'34 arttı.", ("12", "56")),
]


@pytest.mark.parametrize(("lang", "template", "numbers"), TEXTS)
def test_the_analysis_is_the_texts_own(lang: str, template: str, numbers: tuple[str, ...]) -> None:
    found = analyzer(lang)
    assert found is not None
    for number in numbers:  # the first primes the shared analysis, the others reuse it
        text = template.format(n=number)
        assert analyze(text, lang) == found.analyze(text), text


def test_a_number_is_its_own_word() -> None:
    first = analyze("Sepette 123456 öğe var.", "tr")
    second = analyze("Sepette 654321 öğe var.", "tr")
    assert first is not None and second is not None
    assert [w.lemma for w in first.words if w.pos is Pos.NUM] == ["123456"]
    assert [w.lemma for w in second.words if w.pos is Pos.NUM] == ["654321"]


def test_texts_differing_in_digits_are_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    found = analyzer("is")
    assert found is not None
    seen: list[str] = []
    original = type(found).analyze

    def counting(self: object, text: str) -> layer.Analysis:
        seen.append(text)
        return original(found, text)

    monkeypatch.setattr(type(found), "analyze", counting)
    monkeypatch.setattr(layer, "_TEMPLATES", {})
    for number in ("111111", "222222", "333333"):
        analyze(f"Karfan var með {number} hlutum í.", "is")
    # The first text is analysed itself, and no copy of it with its digits 0.
    assert seen == ["Karfan var með 111111 hlutum í."]


def test_texts_read_by_their_values_alike_share_an_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = analyzer("is")
    assert found is not None
    seen: list[str] = []
    original = type(found).analyze

    def counting(self: object, text: str) -> layer.Analysis:
        seen.append(text)
        return original(found, text)

    monkeypatch.setattr(type(found), "analyze", counting)
    monkeypatch.setattr(layer, "_TEMPLATES", {})
    texts = [f"Hún hefur selt síðan {year}." for year in ("1995", "2023", "0001", "3000")]
    analyses = [analyze(text, "is") for text in texts]
    # Two years, then two numbers that are no year: each kind analysed once.
    assert seen == [texts[0], texts[2]]
    monkeypatch.undo()
    assert analyses == [found.analyze(text) for text in texts]


def test_the_texts_kept_as_templates_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layer, "_TEMPLATES", {})
    monkeypatch.setattr(layer, "TEMPLATES_KEPT", 2)
    for words in ("einn", "tveir", "þrír"):
        analyze(f"Hann á 12 {words} bíla.", "is")
    assert [text for _, text in layer._TEMPLATES.values()] == [
        "Hann á 12 tveir bíla.",
        "Hann á 12 þrír bíla.",
    ]


def test_a_number_read_by_its_value_is_analysed_on_its_own() -> None:
    # The tokenizer reads "síðan 1995" as a year, "síðan 0000" as a number.
    text = "Hún hefur selt síðan 1995."
    found = analyzer("is")
    assert found is not None
    assert found.numbers_apart(text) != found.numbers_apart("Hún hefur selt síðan 0000.")
    assert analyze(text, "is") == found.analyze(text)
