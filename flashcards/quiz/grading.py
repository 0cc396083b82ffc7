"""Typed-answer grading as a language teacher would: exact, a near miss, or wrong, with a diff."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from flashcards.text.fold import normalize, normalized_with_offsets
from flashcards.text.forms import same_words
from flashcards.types import Rating

#: Answers (normalised) shorter than this get no typo allowance: "sat" for "sal" is another word.
MIN_TYPO_LENGTH = 4


class Verdict(StrEnum):
    """How a typed answer compares with the expected one."""

    EXACT = "exact"
    NEAR_MISS = "near_miss"
    WRONG_FORM = "wrong_form"  # the right word with another ending: "sölu" for "sala"
    WRONG = "wrong"


_RANK = {Verdict.EXACT: 0, Verdict.NEAR_MISS: 1, Verdict.WRONG_FORM: 2, Verdict.WRONG: 3}


class DiffOp(StrEnum):
    """What a diff segment does to the typed text to reach the expected one."""

    EQUAL = "equal"  # the same once normalised (case, spacing and punctuation may differ)
    INSERT = "insert"  # missing from the answer: only `expected` is set
    DELETE = "delete"  # typed but not expected: only `typed` is set
    REPLACE = "replace"  # typed one thing where another was expected


@dataclass(frozen=True)
class DiffSegment:
    """One run of the diff, as the original (un-normalised) texts spell it."""

    op: DiffOp
    typed: str
    expected: str


@dataclass(frozen=True)
class Grade:
    """The verdict on one typed answer.

    `expected` is the accepted answer it was judged against (the main one or an
    alternative, whichever fared best); `distance` is the edit distance between the
    normalised texts (the accent-free ones when diacritics are tolerated);
    `diacritics_only` says the answer differs from `expected` only in accents or in
    letters like þ/ð/æ/ı, so a front end can say "check the accents".
    Joining the segments' `typed` parts gives the answer, their `expected` parts `expected`.
    """

    verdict: Verdict
    answer: str
    expected: str
    diff: tuple[DiffSegment, ...]
    distance: int
    diacritics_only: bool

    @property
    def accepted(self) -> bool:
        """Exact, a near miss or the right word in another form: the learner knew it."""
        return self.verdict is not Verdict.WRONG


def edit_distance(a: str, b: str) -> int:
    """Damerau–Levenshtein distance (optimal string alignment): a swap of neighbours is one."""
    if len(a) < len(b):
        a, b = b, a
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]


def _cuts(offsets: Sequence[int], starts: Sequence[int], length: int) -> list[int]:
    """Where in the original text runs starting at normalised `starts` begin, and the end.

    The first run starts at 0 and the last ends at `length`, so what normalising dropped
    (punctuation, spaces) stays with a neighbouring run and the runs tile the text.
    """
    inner = [offsets[i] if i < len(offsets) else length for i in starts[1:]]
    return [0, *inner, length]


def _op(tag: str, typed: str, expected: str) -> DiffOp:
    if typed and expected:
        return DiffOp.EQUAL if tag == "equal" else DiffOp.REPLACE
    return DiffOp.DELETE if typed else DiffOp.INSERT


def diff(answer: str, expected: str, lang: str) -> tuple[DiffSegment, ...]:
    """Character diff of the original texts, aligned on their normalised forms.

    Case, spacing and punctuation are no differences of their own: they ride along in a
    neighbouring segment, so an exact answer's diff is all `equal`.  Accents are, so a
    tolerated accent slip is still pointed out.
    """
    typed_norm, typed_offsets = normalized_with_offsets(answer, lang, False)
    expected_norm, expected_offsets = normalized_with_offsets(expected, lang, False)
    opcodes = SequenceMatcher(None, typed_norm, expected_norm, autojunk=False).get_opcodes()
    typed_cuts = _cuts(typed_offsets, [i1 for _, i1, _, _, _ in opcodes], len(answer))
    expected_cuts = _cuts(expected_offsets, [j1 for _, _, _, j1, _ in opcodes], len(expected))
    segments: list[DiffSegment] = []
    for k, (tag, *_) in enumerate(opcodes):
        typed = answer[typed_cuts[k] : typed_cuts[k + 1]]
        wanted = expected[expected_cuts[k] : expected_cuts[k + 1]]
        if not typed and not wanted:
            continue
        op = _op(tag, typed, wanted)
        if segments and segments[-1].op is op:
            last = segments.pop()
            segments.append(DiffSegment(op, last.typed + typed, last.expected + wanted))
        else:
            segments.append(DiffSegment(op, typed, wanted))
    if not segments and (answer or expected):
        # Nothing left after normalising either text ("." against "!"): equal.
        segments.append(DiffSegment(DiffOp.EQUAL, answer, expected))
    return tuple(segments)


@dataclass(frozen=True)
class _Judgement:
    verdict: Verdict
    distance: int
    diacritics_only: bool


def _judge(answer: str, target: str, lang: str, tolerate: bool) -> _Judgement:
    typed, wanted = normalize(answer, lang), normalize(target, lang)
    if typed == wanted:
        return _Judgement(Verdict.EXACT, 0, False)
    loose_typed = normalize(answer, lang, tolerate_diacritics=True)
    loose_wanted = normalize(target, lang, tolerate_diacritics=True)
    only_accents = loose_typed == loose_wanted
    if tolerate:
        # Measured without accents: forgiven, they cost nothing.
        typed, wanted = loose_typed, loose_wanted
    distance = edit_distance(typed, wanted)
    if only_accents:
        # What tolerance forgives, and what strict mode is there to check.
        return _Judgement(Verdict.NEAR_MISS if tolerate else Verdict.WRONG, distance, True)
    one_typo = distance == 1 and len(wanted) >= MIN_TYPO_LENGTH
    return _Judgement(Verdict.NEAR_MISS if one_typo else Verdict.WRONG, distance, False)


def grade(
    answer: str,
    expected: str,
    lang: str,
    *,
    alternatives: Sequence[str] = (),
    lemma: str = "",
    tolerate_diacritics: bool = False,
) -> Grade:
    """Grade a typed answer against the expected one and any accepted alternatives.

    - exact: the normalised texts match (case, spacing and punctuation are ignored);
    - near miss: one typo — a single insertion, deletion, substitution or swap of
      neighbours in the normalised text of an answer of at least MIN_TYPO_LENGTH
      characters — or, with `tolerate_diacritics`, a difference in accents only (any
      number of them), or accents plus one typo;
    - wrong form: the same words as the expected answer in another form — each a form
      of the word of `lemma` (the answer in dictionary form; by default the answer
      itself): *sölu* for *sala*, *satışı* for *satış*, *endurtekin sala* for
      *endurtekinnar sölu*; judged against the expected answer, which the diff shows;
    - wrong: anything else.

    Without tolerance an accent-only difference is wrong even when it is a single letter
    ("mjuk sala" for "Mjúk sala"): ú, ş, ı, ö, ð are letters of Icelandic and Turkish, and
    strict mode is the one where the learner asked to be held to them; `diacritics_only`
    on the grade lets the front end say so.  A slip elsewhere in the word is forgiven.
    The best verdict over the expected answer and the alternatives wins (then the
    smallest distance, then the order given); the diff is against that one.
    """
    targets = list(dict.fromkeys((expected, *alternatives)))
    best: tuple[tuple[int, int, int], str, _Judgement] | None = None
    for order, target in enumerate(targets):
        judgement = _judge(answer, target, lang, tolerate_diacritics)
        key = (_RANK[judgement.verdict], judgement.distance, order)
        if best is None or key < best[0]:
            best = (key, target, judgement)
    assert best is not None  # `targets` holds at least `expected`
    _, target, judgement = best
    # A real form of the word, even one letter off ("satışı" for "satış"), is no typo.
    if judgement.verdict in (Verdict.NEAR_MISS, Verdict.WRONG) and same_words(
        answer, lemma or expected, lang
    ):
        target = expected
        judgement = _Judgement(Verdict.WRONG_FORM, judgement.distance, False)
    return Grade(
        verdict=judgement.verdict,
        answer=answer,
        expected=target,
        diff=diff(answer, target, lang),
        distance=judgement.distance,
        diacritics_only=judgement.diacritics_only,
    )


def rating_for(verdict: Verdict, *, fast: bool = False, easy_when_fast: bool = False) -> Rating:
    """The FSRS rating for a verdict: exact → Good (Easy if fast and enabled), a near miss or
    the right word in the wrong form → Hard."""
    if verdict is Verdict.EXACT:
        return Rating.EASY if fast and easy_when_fast else Rating.GOOD
    if verdict in (Verdict.NEAR_MISS, Verdict.WRONG_FORM):
        return Rating.HARD
    return Rating.AGAIN
