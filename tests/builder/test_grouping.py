"""Grouping translations: explicit keys, evidence, ambiguity, and keys kept across builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from builder_samples import IS_SEED, TR_SEED, is_article, tr_article

from flashcards.builder import pipeline
from flashcards.builder.cards import CORE_KINDS
from flashcards.builder.grouping import evidence_of, group_articles
from flashcards.builder.reader import read_article
from flashcards.types import Article, Group, Severity

DATA = Path(__file__).parent / "data"

EN_SOFT_SELL = (DATA / "en_soft_sell.md").read_text("utf-8")

IS_INFLATION = (DATA / "is_inflation.md").read_text("utf-8")

TR_INFLATION = (DATA / "tr_inflation.md").read_text("utf-8")

#: Unrelated to soft selling, and sharing no link, number, keyword or word with
#: `tr_article()`, but laid out like it: a definition paragraph and a list of techniques.
IS_INFLATION_SAME_LAYOUT = (DATA / "is_inflation_same_layout.md").read_text("utf-8")
#: A German article on another subject.
DE_UNRELATED = (DATA / "de_inflation.md").read_text("utf-8")


def article(path: str, text: str | bytes) -> Article:
    return read_article(path, text.encode("utf-8") if isinstance(text, str) else text)


def seeds() -> tuple[Article, Article]:
    return (
        read_article(str(TR_SEED), TR_SEED.read_bytes()),
        read_article(str(IS_SEED), IS_SEED.read_bytes()),
    )


def membership(groups: list[Group]) -> set[frozenset[str]]:
    return {frozenset(g.paths) for g in groups}


def test_seed_translations_are_grouped() -> None:
    tr, is_ = seeds()
    groups, problems = group_articles([tr, is_])
    assert problems == []
    assert membership(groups) == {frozenset({tr.path, is_.path})}
    assert groups[0].members == {"tr": tr, "is": is_}


def test_grouping_does_not_depend_on_input_order() -> None:
    tr, is_ = seeds()
    assert group_articles([tr, is_]) == group_articles([is_, tr])


def test_two_topics_are_paired_correctly() -> None:
    tr, is_ = seeds()
    tr_inf = article("x/enflasyon.md", TR_INFLATION)
    is_inf = article("y/verdbolga.md", IS_INFLATION)
    groups, problems = group_articles([is_inf, tr, tr_inf, is_])
    assert problems == []
    assert membership(groups) == {
        frozenset({tr.path, is_.path}),
        frozenset({tr_inf.path, is_inf.path}),
    }


def test_three_languages_are_grouped() -> None:
    tr, is_ = seeds()
    en = article("en/soft-sell.md", EN_SOFT_SELL)
    assert en.lang == "en"
    groups, problems = group_articles([tr, en, is_])
    assert problems == []
    assert len(groups) == 1
    assert groups[0].members == {"tr": tr, "is": is_, "en": en}


def test_three_languages_build_the_wanted_directions(tmp_path: Path) -> None:
    (tmp_path / TR_SEED.name).write_bytes(TR_SEED.read_bytes())
    (tmp_path / IS_SEED.name).write_bytes(IS_SEED.read_bytes())
    (tmp_path / "en.md").write_text(EN_SOFT_SELL, encoding="utf-8")
    files, _ = pipeline.collect_files([tmp_path])
    plan = pipeline.plan_build(files, "sales", [("tr", "is"), ("en", "tr")], kinds=CORE_KINDS)
    assert len(plan.groups) == 1
    directions = {(c.source_lang, c.target_lang) for c in plan.cards}
    assert directions == {("tr", "is"), ("en", "tr")}
    terms = {(c.front, c.back) for c in plan.cards if "/term/title/" in c.uid}
    # English has no analysis here: its term card is the titles'.
    assert terms == {("Yumuşak satış", "Mjúk sala"), ("Soft Sell", "Yumuşak Satış")}


def test_translations_are_grouped_beside_an_article_in_a_third_language() -> None:
    """A stray article in another language must not keep a translated pair apart."""
    tr, is_ = seeds()
    de = article("c/inflation.md", DE_UNRELATED)
    assert de.lang == "de"
    groups, _ = group_articles([tr, is_, de])
    assert membership(groups) == {frozenset({tr.path, is_.path}), frozenset({de.path})}


def test_translations_are_grouped_when_a_third_language_has_more_articles() -> None:
    tr, is_ = seeds()
    de1 = article("c/inflation.md", DE_UNRELATED)
    de2 = article(
        "c/zins.md",
        DE_UNRELATED.replace("Inflation", "Zins").replace("Preise", "Kosten des Geldes"),
    )
    groups, _ = group_articles([tr, is_, de1, de2])
    assert frozenset({tr.path, is_.path}) in membership(groups)


def test_unrelated_articles_sharing_nothing_are_not_grouped() -> None:
    tr, _ = seeds()
    inflation = article("y/verdbolga.md", IS_INFLATION)
    groups, problems = group_articles([tr, inflation])
    assert membership(groups) == {frozenset({tr.path}), frozenset({inflation.path})}
    assert problems == []


def test_unrelated_articles_with_the_same_layout_are_not_grouped() -> None:
    """Two articles on different subjects, with no link, number, keyword or title in common.

    Only their layout (a definition, then a list of techniques) is alike, as it is for most
    articles of a deck; that alone must not make them translations of each other.
    """
    text = tr_article().replace("[müşterileri](/customers)", "müşterileri")
    soft_sell = article("a/yumusak-satis.md", text)
    inflation = article("b/verdbolga.md", IS_INFLATION_SAME_LAYOUT)
    assert (soft_sell.lang, inflation.lang) == ("tr", "is")
    assert not soft_sell.links and not inflation.links
    groups, _ = group_articles([soft_sell, inflation])
    assert membership(groups) == {frozenset({soft_sell.path}), frozenset({inflation.path})}


def test_ambiguous_candidates_are_reported_not_grouped() -> None:
    tr, is_ = seeds()
    # A second Icelandic translation, nearly identical to the first.
    near_copy = article(
        "other/mjuk-sala.txt", IS_SEED.read_text("utf-8").replace("Mjúk selja", "Mjúk sala")
    )
    groups, problems = group_articles([tr, is_, near_copy])
    # No group pairs the Turkish article with either candidate.
    for group in groups:
        assert not ({"tr", "is"} <= set(group.members)), group.paths
    assert len(problems) == 1
    (problem,) = problems
    assert problem.severity is Severity.WARNING
    named = {problem.path} | {
        p for p in (tr.path, is_.path, near_copy.path) if p in problem.message
    }
    assert tr.path in named
    assert named & {is_.path, near_copy.path}
    assert "ambiguous" in problem.message and "translation_key" in problem.message


def test_translation_key_groups_articles() -> None:
    a = article("a.md", tr_article(front="title: Yumuşak Satış\ntranslation_key: soft-sell\n"))
    b = article("b.md", is_article(front="title: Mjúk selja\ntranslation_key: soft-sell\n"))
    # An unrelated Icelandic article with another key is left alone.
    c = article(
        "c.md",
        IS_INFLATION.replace("title: Verðbólga", "title: Verðbólga\ntranslation_key: inflation"),
    )
    groups, problems = group_articles([a, b, c])
    assert problems == []
    by_key = {g.key: g for g in groups}
    assert set(by_key) == {"key:soft-sell", "key:inflation"}
    assert by_key["key:soft-sell"].members == {"tr": a, "is": b}
    assert by_key["key:inflation"].members == {"is": c}


def test_translation_key_wins_over_evidence() -> None:
    tr, _ = seeds()
    tr_inf = article(
        "x/enflasyon.md", TR_INFLATION.replace("---\n\n#", "translation_key: k\n---\n\n#", 1)
    )
    is_keyed = article(
        "y/mjuk.md",
        IS_SEED.read_text("utf-8").replace(
            "title: Mjúk selja", "title: Mjúk selja\ntranslation_key: k"
        ),
    )
    groups, _ = group_articles([tr, tr_inf, is_keyed])
    assert frozenset({tr_inf.path, is_keyed.path}) in membership(groups)
    assert frozenset({tr.path}) in membership(groups)


def test_slug_groups_like_a_translation_key() -> None:
    a = article("a.md", tr_article(front="title: Yumuşak Satış\nslug: soft-sell\n"))
    b = article("z.md", is_article(front="title: Mjúk selja\nslug: soft-sell\n"))
    groups, problems = group_articles([a, b])
    assert problems == []
    assert [(g.key, g.members) for g in groups] == [("key:soft-sell", {"tr": a, "is": b})]


def test_same_key_twice_in_one_language_is_reported() -> None:
    a = article("a.md", tr_article(front="title: Yumuşak Satış\ntranslation_key: k\n"))
    a2 = article("a2.md", tr_article(front="title: Yumuşak Satış 2\ntranslation_key: k\n"))
    b = article("b.md", is_article(front="title: Mjúk selja\ntranslation_key: k\n"))
    groups, problems = group_articles([a, a2, b])
    assert membership(groups) == {frozenset({"a.md", "b.md"}), frozenset({"a2.md"})}
    assert [(p.path, p.severity) for p in problems] == [("a2.md", Severity.WARNING)]
    assert "a.md" in problems[0].message
    assert len({g.key for g in groups}) == 2


def test_known_group_keys_are_reused() -> None:
    tr, is_ = seeds()
    groups, _ = group_articles([tr, is_])
    assert groups[0].key == f"file:{TR_SEED.stem}"
    groups, _ = group_articles([tr, is_], known={is_.path: "file:earlier-key"})
    assert [g.key for g in groups] == ["file:earlier-key"]
    assert groups[0].members == {"tr": tr, "is": is_}


def test_known_keys_reach_the_cards() -> None:
    files, _ = pipeline.collect_files([TR_SEED, IS_SEED])
    plan = pipeline.plan_build(
        files,
        "sales",
        [("tr", "is"), ("is", "tr")],
        known_groups={str(TR_SEED): "g:legacy"},
        kinds=CORE_KINDS,
    )
    fresh = pipeline.plan_build(files, "sales", [("tr", "is"), ("is", "tr")], kinds=CORE_KINDS)
    assert len(plan.cards) == len(fresh.cards)
    assert all(c.note_key.startswith("sales/g:legacy/") for c in plan.cards)
    assert all(c.group_key == "g:legacy" for c in plan.cards)


def test_a_known_key_is_not_given_to_two_groups() -> None:
    tr, _ = seeds()
    inflation = article("y/verdbolga.md", IS_INFLATION)
    groups, _ = group_articles([tr, inflation], known={tr.path: "g:1", inflation.path: "g:1"})
    keys = [g.key for g in groups]
    assert len(set(keys)) == 2 and "g:1" in keys


@pytest.mark.parametrize("n", [0, 1])
def test_lone_articles_make_lone_groups(n: int) -> None:
    tr, _ = seeds()
    articles = [tr][:n]
    groups, problems = group_articles(articles)
    assert problems == []
    expected = {frozenset({tr.path})} if n else set()
    assert membership(groups) == expected


# --- pairing by what the words say ----------------------------------------------------------

TWINS = DATA / "twins"
#: A hard-sell article in Turkish and its Icelandic translation: no link, no number in
#: common; and a Turkish article on inflation laid out exactly like them.
HARD_TR, HARD_IS, INFLATION_TR = (
    article(f"twins/{name}", (TWINS / name).read_bytes()) for name in ("a1.md", "b7.md", "c3.md")
)


def test_twins_without_links_pair_by_their_words() -> None:
    """The seed pair (linked) teaches which terms translate which; the hard-sell twins use
    them, so they pair though they share no link and no number."""
    tr, is_ = seeds()
    assert not {link.target for link in HARD_TR.links} & {link.target for link in HARD_IS.links}
    groups, problems = group_articles([tr, is_, HARD_TR, HARD_IS, INFLATION_TR])
    assert membership(groups) == {
        frozenset({tr.path, is_.path}),
        frozenset({HARD_TR.path, HARD_IS.path}),
        frozenset({INFLATION_TR.path}),
    }
    assert problems == []


def test_a_near_twin_on_another_topic_is_never_paired() -> None:
    """Same layout, same length, no translated terms: no pair, though it is the only
    candidate."""
    tr, is_ = seeds()
    groups, _ = group_articles([tr, is_, INFLATION_TR, HARD_IS])
    assert frozenset({INFLATION_TR.path, HARD_IS.path}) not in membership(groups)
    assert frozenset({HARD_IS.path}) in membership(groups)


def test_without_pairs_to_learn_from_nothing_is_paired_by_words() -> None:
    groups, _ = group_articles([HARD_TR, HARD_IS])
    assert membership(groups) == {frozenset({HARD_TR.path}), frozenset({HARD_IS.path})}


def test_two_equally_likely_translations_are_reported_not_guessed() -> None:
    tr, is_ = seeds()
    text = (TWINS / "a1.md").read_text("utf-8").replace("Sonra,", "Ardından,")
    twin = article("twins/a2.md", text)
    groups, problems = group_articles([tr, is_, HARD_TR, twin, HARD_IS])
    assert frozenset({HARD_IS.path}) in membership(groups)
    assert [p.path for p in problems if "another article is as likely" in p.message]


def test_evidence_found_text_by_text_is_that_of_the_texts_joined() -> None:
    """The numbers a build finds text by text (each text's once, `evidence_of`'s memo) are
    those of the article's texts joined: none runs across two texts (a text ending in a
    number, the next one starting with one), and a text met again gives its own."""
    first = article(
        "/a.md",
        "---\nlang: tr\ntitle: Sayılar\n---\n# 2024 yılı\n\nFiyat 12,5 lira oldu. 3 gün sonra"
        " 1.000 kişi geldi.\n\n- 7\n- 8 madde\n",
    )
    second = article(
        "/b.md",
        "---\nlang: tr\ntitle: Yine\n---\n# 2024 yılı\n\nFiyat 12,5 lira oldu. Hiç sayı yok.\n",
    )
    numbers: dict[str, list[str]] = {}
    for each in (first, second, first):
        assert evidence_of(each, numbers) == evidence_of(each)
    assert evidence_of(first).numbers == {"12.5", "3", "1.000", "7", "8"}  # (not headings)
    assert evidence_of(first).length == len(" ".join(u for s in first.sections for u in s.units))
