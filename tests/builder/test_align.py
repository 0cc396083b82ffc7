"""Length-based sentence alignment: 1-1 beads, merged sentences, empty sides."""

from __future__ import annotations

import pytest
from builder_samples import IS_STEPS, TR_STEPS

from flashcards.builder.align import align

# The seed's first techniques paragraph, sentence by sentence.
TR = [
    "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir, bu nedenle tipik olarak "
    "olası alıcıyı sorgulamakla başlar.",
    "Satış elemanı, aldıkları cevaplara dayanarak alıcının ihtiyaçlarını belirleyecektir.",
    "Daha sonra, hangi ürün veya hizmetin ihtiyaçlarını en iyi şekilde karşılayacağı konusunda "
    "alıcıya yararlı ve uygun bir tavsiyede bulunabilecekler.",
    "Yumuşak satış yapan satış görevlileri, alıcıların endişeleri ortaya çıktığında onları "
    "eğitmek ve yatıştırmak için zaman ayıracaktır.",
    "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır.",
]
IS = [
    "Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún á því að spyrja "
    "væntanlega kaupanda.",
    "Sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá svörunum sem þeir fá.",
    "Þeir munu þá geta komið með gagnleg og viðeigandi tilmæli til kaupanda um hvaða vara eða "
    "þjónusta mun best mæta þörfum hans.",
    "Mjúkir sölumenn munu taka sér tíma til að fræða og draga úr áhyggjum kaupenda þegar þær "
    "koma upp.",
    "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
]
# The first two Icelandic sentences as one, and the last two as one.
IS_FIRST_MERGED = [
    "Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún á því að spyrja "
    "væntanlega kaupanda, og sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá "
    "svörunum sem þeir fá.",
    *IS[2:],
]
IS_LAST_MERGED = [
    *IS[:3],
    "Mjúkir sölumenn munu taka sér tíma til að fræða og draga úr áhyggjum kaupenda þegar þær "
    "koma upp og aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
]

ONE_TO_ONE_5 = [((i,), (i,)) for i in range(5)]


def test_equal_counts_align_one_to_one() -> None:
    assert align(TR, IS) == ONE_TO_ONE_5
    assert align(IS, TR) == ONE_TO_ONE_5


def test_list_items_align_one_to_one() -> None:
    assert align(TR_STEPS, IS_STEPS) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_single_sentences() -> None:
    assert align(TR[:1], IS[:1]) == [((0,), (0,))]


def test_two_source_sentences_to_one_target() -> None:
    assert align(TR, IS_FIRST_MERGED) == [
        ((0, 1), (0,)),
        ((2,), (1,)),
        ((3,), (2,)),
        ((4,), (3,)),
    ]


def test_one_source_sentence_to_two_targets() -> None:
    assert align(IS_FIRST_MERGED, TR) == [
        ((0,), (0, 1)),
        ((1,), (2,)),
        ((2,), (3,)),
        ((3,), (4,)),
    ]


def test_merge_at_the_end() -> None:
    assert align(TR, IS_LAST_MERGED) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3, 4), (3,)),
    ]


def test_every_unit_appears_exactly_once_in_order() -> None:
    beads = align(TR, IS_FIRST_MERGED)
    assert [i for src, _ in beads for i in src] == list(range(len(TR)))
    assert [j for _, tgt in beads for j in tgt] == list(range(len(IS_FIRST_MERGED)))


@pytest.mark.parametrize(
    ("source", "target", "beads"),
    [
        ([], [], []),
        (["Bir."], [], [((0,), ())]),
        ([], ["Eitt.", "Tvö."], [((), (0,)), ((), (1,))]),
        (TR[:2], [], [((0,), ()), ((1,), ())]),
    ],
)
def test_empty_sides(source: list[str], target: list[str], beads: list) -> None:  # type: ignore[type-arg]
    assert align(source, target) == beads


def test_empty_strings_do_not_break_alignment() -> None:
    beads = align(["", "Satış tamamlandı."], ["", "Salan er lokið."])
    assert [j for _, tgt in beads for j in tgt] == [0, 1]
    assert ((1,), (1,)) in beads


def _reference(source: list[str], target: list[str]) -> list[tuple[tuple[int, ...], ...]]:
    """Gale & Church's dynamic programme as first written here (one cost call a bead)."""
    import math

    priors = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089}
    priors[2, 2] = 0.011

    def cost(ls: int, lt: int, ratio: float, shape: tuple[int, int]) -> float:
        if ls == 0 and lt == 0:
            return 0.0
        mean = (ls + lt / ratio) / 2.0
        z = (ratio * ls - lt) / math.sqrt(max(mean, 1.0) * 6.8)
        probability = max(math.erfc(abs(z) / math.sqrt(2.0)), 1e-12)
        return -math.log(priors[shape]) - math.log(probability)

    n, m = len(source), len(target)
    s_sum, t_sum = [0], [0]
    for s in source:
        s_sum.append(s_sum[-1] + len(s))
    for t in target:
        t_sum.append(t_sum[-1] + len(t))
    ratio = max(t_sum[-1], 1) / max(s_sum[-1], 1)
    inf = float("inf")
    table = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    table[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for di, dj in priors:
                if (i, j) == (0, 0) or di > i or dj > j or table[i - di][j - dj] == inf:
                    continue
                shape = (di, dj)
                total = table[i - di][j - dj] + cost(
                    s_sum[i] - s_sum[i - di], t_sum[j] - t_sum[j - dj], ratio, shape
                )
                if total < table[i][j]:
                    table[i][j], back[i][j] = total, shape
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = back[i][j]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1]


def test_the_beads_are_those_of_the_textbook_programme() -> None:
    import random

    rng = random.Random(4)
    for _ in range(200):
        source = ["x" * rng.randint(0, 160) for _ in range(rng.randint(1, 25))]
        target = ["y" * rng.randint(0, 200) for _ in range(rng.randint(1, 25))]
        assert align(source, target) == _reference(source, target)


def test_the_beads_of_short_and_empty_units_are_those_of_the_textbook_programme() -> None:
    """Ties and empty units, where a bead of two empty sides costs nothing (not its prior)."""
    import random

    rng = random.Random(7)
    for _ in range(2000):
        source = ["x" * rng.randint(0, 2) for _ in range(rng.randint(1, 7))]
        target = ["y" * rng.randint(0, 2) for _ in range(rng.randint(1, 7))]
        assert align(source, target) == _reference(source, target)


def test_units_of_the_same_lengths_align_alike() -> None:
    assert align(["ab", "c"], ["xyz"]) == align(["zz", "q"], ["abc"]) == [((0, 1), (0,))]


def test_the_beads_of_two_sections_are_the_same_each_time_and_mirrored_the_other_way() -> None:
    """`aligned_units` asked again for two sections (the cards of a pairing ask several
    times, in both directions) gives the same beads, mirrored for the other direction, a
    list of its own each time; the same after the memos are let go of (`terms.forget`)."""
    from flashcards.builder import terms
    from flashcards.builder.align import aligned_units
    from flashcards.types import Block, BlockKind, Role, Section

    def section(units: list[str], heading: str) -> Section:
        return Section(heading, 2, Role.TECHNIQUES, (Block(BlockKind.PARAGRAPH, tuple(units)),))

    tr, is_ = section(TR, "Teknikler"), section(IS, "Aðferðir")
    first = aligned_units(tr, is_)
    assert len(first) == 5 and first[0] == ((TR[0],), (IS[0],))
    assert aligned_units(is_, tr) == [(b, a) for a, b in first]
    first.clear()
    again = aligned_units(tr, is_)
    assert again == [(b, a) for a, b in aligned_units(is_, tr)] and len(again) == 5
    terms.forget()
    assert aligned_units(tr, is_) == again
    equal = section(list(TR), "Teknikler")  # another object, the same section
    assert aligned_units(equal, is_) == again


def test_the_other_directions_beads_are_those_it_would_align_itself() -> None:
    """The beads `aligned_units` keeps for the other direction when asked for one (the cards
    of a pairing ask for both) are those the other direction, asked first, gives: mirrored,
    or for two equal sections (other objects), the same as asked."""
    from flashcards.builder import terms
    from flashcards.builder.align import aligned_units
    from flashcards.types import Block, BlockKind, Role, Section

    def section(units: list[str], heading: str) -> Section:
        return Section(heading, 2, Role.TECHNIQUES, (Block(BlockKind.PARAGRAPH, tuple(units)),))

    ties = ["aa", "b", "cc"]  # lengths whose beads tie between two shapes
    pairs = [
        (section(TR, "Teknikler"), section(IS, "Aðferðir")),
        (section(IS, "Aðferðir"), section(TR, "Teknikler")),
        (section(ties, "x"), section(list(ties), "x")),
        (section(ties, "x"), section(["a", "bb", "c", "dd"], "x")),
    ]
    for first, second in pairs:
        terms.forget()
        alone = aligned_units(second, first)
        terms.forget()
        aligned_units(first, second)
        assert aligned_units(second, first) == alone
