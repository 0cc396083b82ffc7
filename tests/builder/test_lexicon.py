"""The vocabulary a build's aligned sentences attest: ties between nouns named in exactly
the same sentences are broken by an order every one of those sentences agrees on, or
reported and left unpaired; a lead of exactly the margin is a clear lead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from builder_samples import DIRECTIONS, SEEDS

from flashcards.builder import lexicon, pipeline

HARD_SELL = Path(__file__).parent / "data" / "hard_sell"


def _learned(folder: Path) -> lexicon.Learned:
    files, problems = pipeline.collect_files([folder])
    assert problems == []
    plan = pipeline.plan_build(files, "sales", DIRECTIONS)
    return lexicon.learned(plan.groups, "tr", "is")


def _pairs(found: lexicon.Learned) -> dict[str, str]:
    return {p.source.lemma: p.target.lemma for p in found.pairs}


@pytest.fixture(scope="module")
def seeds_and_hard_sell(tmp_path_factory: pytest.TempPathFactory) -> lexicon.Learned:
    folder = tmp_path_factory.mktemp("articles")
    for source in [*SEEDS.glob("*.txt"), *HARD_SELL.glob("*.md")]:
        shutil.copy(source, folder / source.name)
    return _learned(folder)


def test_nouns_named_in_the_same_sentences_pair_by_their_order(
    seeds_and_hard_sell: lexicon.Learned,
) -> None:
    # "Satıcı, teklifin …" / "Seljandinn … tilboðinu …" and "Satıcı … teklife …" /
    # "Seljandinn … tilboðinu": both sentences name the seller first, the offer after.
    pairs = _pairs(seeds_and_hard_sell)
    assert pairs["satıcı"] == "seljandi"
    assert pairs["teklif"] == "tilboð"


def test_a_noun_named_once_beside_others_is_not_guessed(
    seeds_and_hard_sell: lexicon.Learned,
) -> None:
    # "… alıcı sözleşmeyi aynı gün imzalarsa indirim sunmaktır" / "… bjóða afslátt … ef
    # kaupandinn skrifar undir samninginn …": Turkish puts the contract first, Icelandic
    # the discount; one sentence tells nothing of which is which.
    pairs = _pairs(seeds_and_hard_sell)
    assert not {"indirim", "sözleşme"} & pairs.keys()
    assert not {"afsláttur", "samningur"} & set(pairs.values())


def test_every_pair_of_the_two_pairs_is_a_translation(
    seeds_and_hard_sell: lexicon.Learned,
) -> None:
    assert _pairs(seeds_and_hard_sell) == {
        "alıcı": "kaupandi",
        "duygu": "tilfinning",
        "fikir": "hugmynd",
        "hizmet": "þjónusta",
        "ince dil": "fíngert orðalag",
        "mesaj": "skilaboð",
        "müşteri": "viðskiptavinur",
        "olası alıcı": "væntanlegur kaupandi",
        "potansiyel müşteri": "hugsanlegur viðskiptavinur",
        "satış elemanı": "sölumaður",
        "satış tekniği": "sölutækni",
        "satıcı": "seljandi",
        "sert satış": "harðsala",
        "seçenek": "möguleiki",
        "teklif": "tilboð",
        "yumuşak satış": "mjúk sala",
        "yumuşak satış tekniği": "mjúk sölutækni",
    }


TR_CROSSED = """---
title: Satış Koşulları
---

# Satış Koşulları

## Koşullar Nelerdir?

Alıcı sözleşmeyi bugün imzalarsa satıcı indirim verir. Her indirim yazılı bir sözleşmede \
yer alır. Ayrıntılar [burada](/discount-contract) anlatılır.
"""

IS_CROSSED = """---
title: Söluskilmálar
---

# Söluskilmálar

## Hverjir eru skilmálarnir?

Seljandinn veitir afslátt ef kaupandinn skrifar undir samninginn í dag. Hver afsláttur er \
skráður í skriflegum samningi. Nánar er sagt frá því [hér](/discount-contract).
"""


def test_a_tie_the_sentences_disagree_on_is_reported_not_paired(tmp_path: Path) -> None:
    # The first sentences name the contract before the discount in Turkish and after it in
    # Icelandic, the second ones the discount first in both: no order is agreed.
    (tmp_path / "tr.md").write_text(TR_CROSSED, "utf-8")
    (tmp_path / "is.md").write_text(IS_CROSSED, "utf-8")
    found = _learned(tmp_path)
    assert not {"indirim", "sözleşme"} & _pairs(found).keys()
    assert lexicon.Tie((("indirim",), ("sözleşme",)), (("afsláttur",), ("samningur",)), 2) in (
        found.ties
    )


def test_a_lead_of_exactly_the_margin_is_clear() -> None:
    # 1.0 - 0.8 is 0.19999999999999996 in floating point.
    best, score = lexicon._clear_best({("orðalag",): 1.0, ("tungumál",): 0.8})
    assert (best, score) == (("orðalag",), 1.0)
