"""A change of the vocabulary moves only the groups whose cards take it otherwise: a pair
they name (in the lexicon's order, with its forms), or a term their cloze cards look up."""

from __future__ import annotations

from builder_samples import DIRECTIONS, SEEDS

from flashcards.builder import lexicon, pipeline
from flashcards.builder import terms as t
from flashcards.builder.lexicon import Wording
from flashcards.builder.vocabulary_moves import Said, _Side, cloze_keys, moved
from flashcards.types import Group


def _seed() -> tuple[list[Group], list[Wording]]:
    files, problems = pipeline.collect_files([SEEDS])
    assert problems == []
    plan = pipeline.plan_build(files, "sales", DIRECTIONS, make_cards=False)
    assert len(plan.groups) == 1
    return plan.groups, lexicon.wording(plan.lexicons[("tr", "is")])


def _moves(groups: list[Group], before: list[Wording], now: list[Wording]) -> set[str]:
    return moved(groups, "tr", "is", before, now, lexicon.changed(before, now))


def _named(group: Group, said: list[Wording]) -> tuple[Wording, ...]:
    """The pairs of `said` the group's vocabulary cards take, in order."""
    src, tgt = _Side(group.members["tr"]), _Side(group.members["is"])
    return Said(said).view(src, tgt)[0]


#: A pair of terms the seed articles never name.
NOWHERE: Wording = (("zzqx",), "zzqx", ("qqzx",), "qqzx")


def test_the_same_vocabulary_moves_no_group() -> None:
    groups, said = _seed()
    assert _moves(groups, said, list(said)) == set()


def test_a_pair_the_group_names_in_other_forms_moves_it() -> None:
    groups, said = _seed()
    named = _named(groups[0], said)
    assert named  # the seed pair's vocabulary cards take some of its pairs
    a, forms, b, theirs = named[0]
    before = [(a, forms + " | başka", b, theirs) if w == named[0] else w for w in said]
    assert _moves(groups, before, said) == {groups[0].key}


def test_pairs_that_only_change_places_with_one_the_group_never_names_move_nothing() -> None:
    """A pair that moves from the first place to the last puts every other pair at another
    place too (`lexicon.changed` says all of them): the group names the same pairs in the
    same order all the same."""
    groups, said = _seed()
    before, now = [NOWHERE, *said], [*said, NOWHERE]
    assert _moves(groups, before, now) == set()


def test_two_pairs_the_group_names_that_change_order_move_it() -> None:
    groups, said = _seed()
    first, second = _named(groups[0], said)[:2]
    before = [second if w == first else first if w == second else w for w in said]
    assert _moves(groups, before, said) == {groups[0].key}


def test_a_pair_whose_words_the_group_holds_but_never_takes_does_not_move_it() -> None:
    """Two words of each article that are no term of it (never side by side in a run of
    its body, no key of its phrases): the group holds the pair's words, not the pair."""
    groups, said = _seed()
    group = groups[0]

    def unnamed(lang: str) -> t.Key:
        article = group.members[lang]
        body, keys = t.body_words(article), cloze_keys(article)
        words = sorted(w for w in body.starts if len(w) > 3)
        for x in words:
            for y in words:
                if x != y and not body.places((x, y)) and (x, y) not in keys:
                    return (x, y)
        raise AssertionError("no such words")

    a, b = unnamed("tr"), unnamed("is")
    went: Wording = (a, " ".join(a), b, " ".join(b))
    before = [*said, went]
    assert _moves(groups, before, said) == set()


def test_a_term_the_cloze_cards_look_up_that_comes_in_moves_the_group() -> None:
    """Whether a term of the blanked side has a translation at all changes the blanks
    chosen (`cloze.candidates`), even when the hint's side does not name that translation."""
    groups, said = _seed()
    taken = {w[2] for w in said}
    b = sorted(k for k in cloze_keys(groups[0].members["is"]) if k not in taken)[0]
    came: Wording = (("zzqx",), "zzqx", b, " ".join(b))
    assert _moves(groups, said, [*said, came]) == {groups[0].key}
