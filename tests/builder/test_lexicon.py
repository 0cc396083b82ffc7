"""The vocabulary a build's aligned sentences attest: ties between nouns named in exactly
the same sentences are broken by an order every one of those sentences agrees on, or
reported and left unpaired; a lead of exactly the margin is a clear lead."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import orjson
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
        "tüketici": "neytandi",
        "ürün": "vara",
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


def _counts(
    together: dict[tuple[str, str], int], src: dict[str, int], tgt: dict[str, int]
) -> lexicon.Counts:
    return lexicon.Counts(
        Counter({((a,), (b,)): n for (a, b), n in together.items()}),
        Counter({(k,): n for k, n in src.items()}),
        Counter({(k,): n for k, n in tgt.items()}),
        {(k,): Counter({k: n}) for k, n in src.items()},
        {(k,): Counter({k: n}) for k, n in tgt.items()},
    )


def test_a_paired_term_is_no_rival_of_the_next() -> None:
    # "ürün veya hizmet" / "vara eða þjónusta" twice, and each pair alone once more:
    # ürün's best, vara (0.75), leads þjónusta (0.57) by less than the margin, but
    # þjónusta is hizmet's (1.0), so once that pair is made ürün's lead is clear.
    together = {("ürün", "vara"): 3, ("ürün", "þjónusta"): 2, ("hizmet", "þjónusta"): 3}
    together[("hizmet", "vara")] = 2
    counts = _counts(together, {"ürün": 4, "hizmet": 3}, {"vara": 4, "þjónusta": 3})
    assert _pairs(lexicon.learned_of(counts, "tr", "is")) == {"hizmet": "þjónusta", "ürün": "vara"}


def test_two_words_for_one_pair_as_one_term_and_its_alternative() -> None:
    # Two Turkish words for one Icelandic one (satış elemanı 3 times, satış görevlisi twice,
    # each time for sölumaður, named 5 times): neither is sölumaður's clear best, but the
    # two are its only translation, the more frequent the term, the other its alternative.
    counts = _counts(
        {("eleman", "sölumaður"): 3, ("görevli", "sölumaður"): 2},
        {"eleman": 3, "görevli": 2},
        {"sölumaður": 5},
    )
    (pair,) = lexicon.learned_of(counts, "tr", "is").pairs
    assert (pair.source.lemma, pair.target.lemma) == ("eleman", "sölumaður")
    assert [t.lemma for t in pair.source_also] == ["görevli"] and not pair.target_also
    # The other way round, the Icelandic side has the alternative.
    (back,) = lexicon.learned_of(
        _counts(
            {("sölumaður", "eleman"): 3, ("sölumaður", "görevli"): 2},
            {"sölumaður": 5},
            {"eleman": 3, "görevli": 2},
        ),
        "is",
        "tr",
    ).pairs
    assert [t.lemma for t in back.target_also] == ["görevli"]


def test_a_word_named_once_elsewhere_is_no_alternative() -> None:
    # *alan* is named beside dæmi twice and once without it: not another word for it, and
    # *telefon* alone does not lead: nothing is paired (the cross-sell pair's "örnektir").
    counts = _counts(
        {("telefon", "dæmi"): 2, ("alan", "dæmi"): 2},
        {"telefon": 2, "alan": 3},
        {"dæmi": 4},
    )
    assert _pairs(lexicon.learned_of(counts, "tr", "is")) == {}


def test_the_seeds_alone_pair_product_words(tmp_path: Path) -> None:
    for source in SEEDS.glob("*.txt"):
        shutil.copy(source, tmp_path / source.name)
    pairs = _pairs(_learned(tmp_path))
    assert pairs["ürün"] == "vara"
    assert pairs["tüketici"] == "neytandi"
    assert pairs["satış elemanı"] == "sölumaður"  # satış görevlisi its alternative


def test_the_counts_of_groups_are_the_sums_of_each_groups_counts(tmp_path: Path) -> None:
    """Groups are counted by their distinct beads, each once however often it is met
    (`lexicon.Beads`): the same counts as adding up each group's own, a group met twice
    counted twice, and taking one off leaves the others' counts."""
    for source in [*SEEDS.glob("*.txt"), *HARD_SELL.glob("*.md")]:
        shutil.copy(source, tmp_path / source.name)
    files, _ = pipeline.collect_files([tmp_path])
    groups = pipeline.plan_build(files, "sales", DIRECTIONS).groups
    assert len(groups) == 2
    each = [lexicon.count(g.members["tr"], g.members["is"]) for g in groups]
    total = lexicon.Counts()
    for counts in [*each, *each, each[0]]:
        total.add(counts)
    assert lexicon.count_groups([*groups, *groups, groups[0]], "tr", "is") == total
    total.add(each[0], -1)
    beads = lexicon.Beads()
    for group in [*groups, *groups, groups[0]]:
        beads.add(group.members["tr"], group.members["is"])
    beads.add(groups[0].members["tr"], groups[0].members["is"], -1)
    assert beads.counts() == total != lexicon.count_groups(groups, "tr", "is")


def test_a_tally_stored_as_json_reads_back_the_same(tmp_path: Path) -> None:
    """What a build keeps of its counts (`Tallied.to_json`, arrays as tuples) is read back
    by the next as the same counts, groups and wording, as plain JSON lists."""
    for source in [*SEEDS.glob("*.txt"), *HARD_SELL.glob("*.md")]:
        shutil.copy(source, tmp_path / source.name)
    files, _ = pipeline.collect_files([tmp_path])
    groups = pipeline.plan_build(files, "sales", DIRECTIONS).groups
    tally = lexicon.recount(groups, "tr", "is", None, {})
    tally.said = lexicon.wording(lexicon.pairs_of(tally.counts, "tr", "is"))
    assert tally.counts.beads and tally.counts.forms_src and tally.said
    data = orjson.dumps(tally.to_json())
    assert lexicon.Tallied.from_json(orjson.loads(data)) == tally
