"""Texts that differ only in their numbers' digits are analysed once, and each analysis is
exactly the one of the text itself."""

from __future__ import annotations

import random

import pytest

from flashcards.text import analysis as layer
from flashcards.text import icelandic
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


#: Where the tokenizer might read a number by its value or join it to its neighbours.
CONTEXTS = [
    "Karfan var með {n} hlutum í.",
    "{n}",
    "{n} hlutir",
    "Þeir eru {n}",
    "kl. {n} í dag",
    "klukkan {n}",
    "árið {n} var gott",
    "{n} . mars",
    "{n} mars {n}",
    "hinn {n} mars {n}",
    "í mars {n} og júní {n}",
    "$ {n} og € {n}",
    "{n} % og {n} ‰",
    "{n} km / klst og {n} kg",
    "{n} ° C",
    "{n} kr. og kr. {n}",
    "USD {n} og {n} USD",
    "{n} e.Kr. og {n} f.Kr.",
    "{n} {n} og {n} {n} {n}",
    "{n} - {n} og {n} – {n}",
    "frá {n} til {n} manns",
    "Hann keypti {n} . Hún seldi {n} ?",
    "Hann keypti {n} milljónir króna og {n} þúsund",
    "stjórnskipunar- og {n} eftirlitsnefnd",
]


@pytest.mark.parametrize("context", CONTEXTS)
def test_numbers_read_alike_are_tokenized_alike(context: str) -> None:
    rng = random.Random(context)
    for length in sorted(icelandic._ALIKE_LENGTHS):
        texts = []
        for _ in range(3):
            numbers = iter(
                str(rng.randint(1, 9)) + "".join(rng.choices("0123456789", k=length - 1))
                for _ in range(context.count("{n}"))
            )
            texts.append(context.replace("{n}", "{}").format(*numbers))
        assert all(icelandic._read_alike(text) for text in texts)
        shapes = {tuple(t[:2] + t[3:] for t in icelandic._tokens(text)) for text in texts}
        assert len(shapes) == 1, texts


@pytest.mark.parametrize(
    "text",
    [
        "síðan 1995 og síðan 0000",  # a year, a number
        "kl. 14 í dag",
        "567 1234",  # a telephone number
        "5671234",
        "með 012345 hlutum",  # 0 first: 00354 is a country code
        "með 123456. hlutum",  # a digit beside anything but white space
        "með 123456hlutum",
        "með -123456 hlutum",
        "með 123.456 hlutum",
        "með 1234567890123456 hlutum",
    ],
)
def test_numbers_that_may_be_read_by_their_digits_are_not_read_alike(text: str) -> None:
    assert not icelandic._read_alike(text)


def test_texts_read_alike_are_tokenized_once(monkeypatch: pytest.MonkeyPatch) -> None:
    found = analyzer("is")
    assert found is not None
    monkeypatch.setattr(icelandic, "_APART", {})
    seen: list[str] = []
    original = icelandic.tokenizer.tokenize

    def counting(text: str, **options: object) -> object:
        seen.append(text)
        return original(text, **options)

    texts = [
        f"Karfan var með {n} hlutum í {m} daga." for n, m in ((111111, 22222), (333333, 44444))
    ]
    expected = [found.numbers_apart(text) for text in texts]  # each tokenized
    monkeypatch.setattr(icelandic, "_APART", {})
    icelandic._tokens.cache_clear()
    monkeypatch.setattr(icelandic.tokenizer, "tokenize", counting)
    assert [found.numbers_apart(text) for text in texts] == expected
    assert seen == texts[:1]


def test_numbers_of_other_lengths_are_tokenized_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    found = analyzer("is")
    assert found is not None
    monkeypatch.setattr(icelandic, "_APART", {})
    texts = [f"Karfan var með {n} hlutum í." for n in (123456, 12345, 123456789)]
    assert len({found.numbers_apart(text) for text in texts}) == 3


def test_the_patterns_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    found = analyzer("is")
    assert found is not None
    monkeypatch.setattr(icelandic, "_APART", {})
    monkeypatch.setattr(icelandic, "APART_KEPT", 2)
    for words in ("einn", "tveir", "þrír"):
        found.numbers_apart(f"Hann á 123456 {words} bíla.")
    assert list(icelandic._APART) == ["Hann á 000000 tveir bíla.", "Hann á 000000 þrír bíla."]


def test_another_tokenizer_is_asked_text_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(icelandic, "_TOKENIZER_READ", False)
    assert not icelandic._read_alike("Karfan var með 123456 hlutum í.")
