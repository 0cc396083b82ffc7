"""A second article pair, "Hard Sell" in Turkish and Icelandic (its concept a compound in
Icelandic, *harðsala*), built beside the seeds: the kinds a teacher checks, card by card."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from builder_samples import DIRECTIONS, SEEDS

from flashcards.builder import pipeline
from flashcards.types import CardKind, CardSpec

HARD_SELL = Path(__file__).parent / "data" / "hard_sell"

EXPECTED: dict[tuple[str, str], list[tuple[str, str]]] = {
    # Sorting statements in Icelandic: the compound concept is found and blanked; a
    # compound that still names it ("Harðsöluauglýsingar endurtaka …") is left out.
    ("contrast", "is>is"): [
        ("… er sölunálgun sem notar beint, kröftugt og ágengt orðalag.", "Harðsala"),
        (
            "… er hönnuð til að fá neytanda til að kaupa vöru eða þjónustu til skamms tíma,"
            " frekar en að meta möguleika sína.",
            "Harðsala",
        ),
        ("Aðferðir … eru oft tengdar köldum símtölum og árásargjörnum auglýsingum.", "Harðsala"),
        ("Sölumaður sem beitir … þrýstir á kaupandann að taka ákvörðun fljótt.", "Harðsala"),
        (
            "Seljandinn gæti sagt að tilboðinu ljúki í dag eða að aðeins fáir hlutir séu eftir.",
            "Harðsala",
        ),
        (
            "Hins vegar finnst mörgum neytendum … pirrandi og þeir forðast fyrirtæki sem beita"
            " henni.",
            "Harðsala",
        ),
        ("… notar fíngert orðalag og nálgun með litlum þrýstingi.", "Mjúk sala"),
        (
            "Sölumaðurinn byrjar oft á því að leggja áherslu á að verðið gildi aðeins í"
            " takmarkaðan tíma.",
            "Harðsala",
        ),
        ("Seljandinn svarar andmælum fljótt og snýr aftur að tilboðinu.", "Harðsala"),
        (
            "Algeng aðferð er að bjóða afslátt aðeins ef kaupandinn skrifar undir samninginn"
            " sama dag.",
            "Harðsala",
        ),
        ("Símasölusímtöl sem taka ekki nei sem svari eru dæmi um …", "Harðsala"),
    ],
    # Cloze cards by their blanked sentence: never "____ aynı gün imzalarsa" with "alıcı
    # sözleşmeyi" blanked as one phrase (the hint names *kaupandinn* apart: two nouns).
    ("cloze", "is>tr"): [
        ("Satıcı itirazlara hızlıca cevap verir ve ____ geri döner.", "teklife"),
        (
            "Sert satış taktikleri genellikle ____ ve agresif reklamcılıkla ilişkilendirilir.",
            "soğuk arama",
        ),
        (
            "Sert satış, bir tüketicinin seçeneklerini değerlendirmesi yerine kısa vadede bir"
            " ____ veya hizmet satın almasını sağlamak için tasarlanmıştır.",
            "ürün",
        ),
        (
            "Sert satış, bir ____ seçeneklerini değerlendirmesi yerine kısa vadede bir ürün veya"
            " hizmet satın almasını sağlamak için tasarlanmıştır.",
            "tüketicinin",
        ),
        (
            "____ genellikle fiyatın sınırlı bir süre için geçerli olduğunu vurgulayarak başlar.",
            "Satış elemanı",
        ),
        ("____ itirazlara hızlıca cevap verir ve teklife geri döner.", "Satıcı"),
        ("____, doğrudan, güçlü ve ısrarcı bir dil kullanan bir satış yaklaşımıdır.", "Sert satış"),
        (
            "____, yalnızca alıcı sözleşmeyi aynı gün imzalarsa indirim sunmaktır.",
            "Yaygın bir taktik",
        ),
    ],
    ("cloze", "tr>is"): [
        (
            "Algeng aðferð er að bjóða afslátt aðeins ef ____ skrifar undir samninginn sama dag.",
            "kaupandinn",
        ),
        ("Aðferðir harðsölu eru oft tengdar ____ og árásargjörnum auglýsingum.", "köldum símtölum"),
        (
            "Harðsala er hönnuð til að fá ____ til að kaupa vöru eða þjónustu til skamms tíma,"
            " frekar en að meta möguleika sína.",
            "neytanda",
        ),
        (
            "Harðsala er hönnuð til að fá neytanda til að kaupa ____ eða þjónustu til skamms"
            " tíma, frekar en að meta möguleika sína.",
            "vöru",
        ),
        ("Seljandinn svarar andmælum fljótt og snýr aftur að ____.", "tilboðinu"),
        (
            "____ byrjar oft á því að leggja áherslu á að verðið gildi aðeins í takmarkaðan tíma.",
            "Sölumaðurinn",
        ),
        ("____ er sölunálgun sem notar beint, kröftugt og ágengt orðalag.", "Harðsala"),
        ("____ svarar andmælum fljótt og snýr aftur að tilboðinu.", "Seljandinn"),
    ],
    # The comparison's other concept is defined too, both ways.
    ("definition", "is>tr"): [
        (
            "Hvað er harðsala?",
            "Sert satış, doğrudan, güçlü ve ısrarcı bir dil kullanan bir satış yaklaşımıdır.",
        ),
        (
            "Hvað er mjúk sala?",
            "Yumuşak satış, ince bir dil ve düşük baskılı bir yaklaşım kullanır.",
        ),
    ],
    ("definition", "tr>is"): [
        (
            "Sert Satış Nedir?",
            "Harðsala er sölunálgun sem notar beint, kröftugt og ágengt orðalag.",
        ),
        ("Yumuşak satış nedir?", "Mjúk sala notar fíngert orðalag og nálgun með litlum þrýstingi."),
    ],
    # The link to the soft-sell article is the other concept's term card, not made twice.
    ("linked_term", "is>tr"): [("köld símtöl", "soğuk arama")],
    ("linked_term", "tr>is"): [("soğuk arama", "köld símtöl")],
    # Vocabulary: *seljandi* and *tilboð* are named in exactly the same two sentences as
    # *satıcı* and *teklif*, in the same order in both; *fíngert orðalag* leads *orðalag*
    # by exactly the margin (0.2, once a float compare refused it).
    ("term", "is>tr"): [
        ("Harðsala", "Sert satış"),
        ("Mjúk sala", "Yumuşak satış"),
        ("fíngert orðalag", "ince dil"),
        ("kaupandi", "alıcı"),
        ("möguleiki", "seçenek"),
        ("neytandi", "tüketici"),
        ("seljandi", "satıcı"),
        ("skilaboð", "mesaj"),
        ("sölumaður", "satış elemanı"),
        ("tilboð", "teklif"),
        ("vara", "ürün"),
        ("viðskiptavinur", "müşteri"),
        ("þjónusta", "hizmet"),
    ],
}


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> list[CardSpec]:
    folder = tmp_path_factory.mktemp("articles")
    for source in [*SEEDS.glob("*.txt"), *HARD_SELL.glob("*.md")]:
        shutil.copy(source, folder / source.name)
    files, problems = pipeline.collect_files([folder])
    assert problems == []
    plan = pipeline.plan_build(files, "sales", DIRECTIONS)
    return [c for c in plan.cards if "7c1e02" in c.group_key or "b39d5f" in c.group_key]


@pytest.mark.parametrize("kind_way", list(EXPECTED), ids=lambda k: f"{k[0]}-{k[1]}")
def test_the_hard_sell_pair_makes_the_cards_a_teacher_keeps(
    cards: list[CardSpec], kind_way: tuple[str, str]
) -> None:
    kind, way = kind_way
    source, target = way.split(">")
    made = sorted(
        (c.front.split("\n")[0] if c.kind is CardKind.CLOZE else c.front, c.back)
        for c in cards
        if c.kind.value == kind and (c.source_lang, c.target_lang) == (source, target)
    )
    assert made == sorted(EXPECTED[kind_way])


def test_no_sorting_statement_gives_its_answer_away(cards: list[CardSpec]) -> None:
    for card in cards:
        if card.kind is CardKind.CONTRAST:
            words = card.front.lower().split()
            assert not any(w.startswith(("harðs", "mjúks")) for w in words), card.front
            assert not card.front.endswith("…."), card.front
