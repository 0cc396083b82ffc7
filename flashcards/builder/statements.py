"""Sentences as card text: whether one stands on its own, what a translation left dangling at its
end, and where a long one can be cut at a clause boundary."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from flashcards.builder.terms import per_analysis
from flashcards.text.analysis import Analysis, Pos

#: Lemmas that, starting a sentence, point back at the one before it (a pronoun or a
#: demonstrative: "Bu tür taktikler…", "Bunun mantığı…", "Þeir munu þá…", "Það er álitin…").
ANAPHORS: dict[str, frozenset[str]] = {
    "tr": frozenset({"bu", "şu", "o", "böyle", "öyle", "bunlar", "onlar", "şunlar"}),
    "is": frozenset({"það", "hann", "hún", "sá", "þessi", "slíkur", "þvílíkur", "sjálfur"}),
    "en": frozenset({"it", "this", "that", "these", "those", "they", "he", "she", "such"}),
}
#: Openings that continue a sequence begun in the sentence before ("Daha sonra, …").
SEQUELS: dict[str, tuple[tuple[str, ...], ...]] = {
    "tr": (("daha", "sonra"), ("sonra",), ("ardından",)),
    "is": (("síðan",), ("þá",), ("eftir", "það")),
    "en": (("then",), ("afterwards",), ("next",)),
}
#: `SEQUELS` as sets.
_SEQUELS = {lang: frozenset(openings) for lang, openings in SEQUELS.items()}
_NO_SEQUELS: frozenset[tuple[str, ...]] = frozenset()
# "… fark etmesidir. Yanıtlar.": a one-word sentence a translation left at the end.
_DANGLING = re.compile(r"(?<=[.!?…])\s+[^\s.!?…]+[.!?…]$")
#: The marks that end a sentence, in `_DANGLING`.
_ENDS = frozenset(".!?…")
_CLAUSE_END = re.compile(r"[,;:]\s+")


def self_contained(analysis: Analysis, lang: str) -> bool:
    """Whether a sentence means something without the one before it: it does not open with a
    pronoun or demonstrative pointing back, nor with "then"."""
    pos, opening = _opening(analysis)
    if pos is None:
        return False
    if pos in (Pos.PRON, Pos.DET) and opening[0] in ANAPHORS.get(lang, ()):
        return False
    # `any(opening[: len(s)] == s for s in SEQUELS[lang])`: the sequels are of one or two
    # words, the opening is of two at most.
    sequels = _SEQUELS.get(lang, _NO_SEQUELS)
    return opening[:1] not in sequels and opening not in sequels


@per_analysis
def _opening(analysis: Analysis) -> tuple[Pos | None, tuple[str, ...]]:
    """The part of speech of a sentence's first word (None: it has none), and the lemmas of
    its first two (lower case)."""
    words = analysis.words[:2]
    return (words[0].pos if words else None), tuple(w.lemma.lower() for w in words)


#: A parenthesis right after a term: its gloss or abbreviation ("Krosssala (e. cross-selling)
#: er …", "müşteri ilişkileri yönetimi (CRM)"), which gives a blanked term away.
_GLOSS = re.compile(r"[ \t]*\([^()\n]{1,80}\)")


def gloss_after(text: str, position: int) -> int:
    """Where the text after `position` goes on once a gloss in parentheses there is left out
    (`position` itself when there is none)."""
    match = _GLOSS.match(text, position)
    return match.end() if match else position


def without_glosses(text: str) -> str:
    """`text` with its glosses in parentheses left out."""
    return _GLOSS.sub("", text)


def without_dangling(sentence: str) -> str:
    """The sentence without a one-word sentence left hanging at its end ("Yanıtlar.")."""
    # What `_DANGLING` needs, checked first (most texts have no such end): its last word
    # ends a sentence and holds no other end, and what comes before ends one too.
    text = sentence[:-1] if sentence.endswith("\n") else sentence  # `$` allows one "\n"
    if not text or text[-1] not in _ENDS:
        return sentence
    parts = text.rsplit(None, 1)
    if len(parts) < 2 or parts[0][-1:] not in _ENDS or any(c in _ENDS for c in parts[1][:-1]):
        return sentence
    return _DANGLING.sub("", sentence)


def sentence_case(text: str) -> str:
    """The sentence with its first letter a capital (translations drop some: "að nota …")."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


@per_analysis
def breaks(analysis: Analysis) -> list[int]:
    """Where a clause may begin inside a sentence besides after a comma: before a
    subordinating conjunction ("þegar", "hvort", "sem")."""
    return [
        w.start
        for w in analysis.words[1:]
        if w.pos is Pos.CONJ and w.lemma.lower() not in _COORDINATING
    ]


#: Conjunctions joining words as often as clauses: no cut before them.
_COORDINATING = frozenset({"og", "eða", "né", "ve", "veya", "ya", "ile", "and", "or"})


def clause_span(
    sentence: str, start: int, end: int, max_words: int, extra: Sequence[int] = ()
) -> tuple[int, int]:
    """The whole clauses of a long sentence around [start, end), added on either side while
    they fit in `max_words` words; clauses end at a comma, semicolon or colon, and at the
    offsets `extra` (before a conjunction).  A short sentence is its own span."""
    if word_count(sentence) <= max_words:
        return 0, len(sentence)
    cuts, words = _clauses(sentence, tuple(extra))
    # The last cut but the end at or before `start`, the first at or after `end` (the cuts
    # rise, the first is 0 and the last the sentence's end).
    first = bisect.bisect_right(cuts, start, 0, len(cuts) - 1) - 1
    last = bisect.bisect_left(cuts, end)

    def fits(lo: int, hi: int) -> bool:
        return words.between(cuts[lo], cuts[hi]) <= max_words

    while True:
        if first > 0 and fits(first - 1, last):
            first -= 1
        elif last < len(cuts) - 1 and fits(first, last + 1):
            last += 1
        else:
            break
    return cuts[first], cuts[last]


@functools.lru_cache(maxsize=16_384)
def word_count(text: str) -> int:
    """`len(text.split())`, kept for the texts asked again and again (each blank of a
    sentence, each statement, the sentences the articles of a deck share)."""
    return len(text.split())


@functools.lru_cache(maxsize=16_384)
def _clauses(sentence: str, extra: tuple[int, ...]) -> tuple[list[int], _Words]:
    """Where `clause_span` may cut a sentence (see there), and its words; the same for each
    blank of a sentence, and for the sentences the articles of a deck share."""
    words = _Words(sentence)
    marks = sorted({0, len(sentence), *(m.end() for m in _CLAUSE_END.finditer(sentence)), *extra})
    # No clause of a word or two ("…, frekar en …"): such a cut is dropped.
    cuts = [0]
    for mark in marks[1:]:
        if words.between(cuts[-1], mark) >= 3 or mark == len(sentence):
            cuts.append(mark)
    return cuts, words


#: A word as `str.split` finds them: a stretch of anything but white space.
_WORD = re.compile(r"\S+")


class _Words:
    """Where the words of a text are (as `str.split` splits it), to count those of any
    stretch of it without splitting it again."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def __len__(self) -> int:
        return len(self.starts)

    def between(self, lo: int, hi: int) -> int:
        """`len(text[lo:hi].split())`: the words that lie (if only in part) in [lo, hi)."""
        if hi <= lo:
            return 0
        return bisect.bisect_left(self.starts, hi) - bisect.bisect_right(self.ends, lo)


def shown(sentence: str, lo: int, hi: int) -> str:
    """`sentence[lo:hi]`, marked with "…" where it was cut."""
    text = sentence[lo:hi].strip().rstrip(",;:").strip()
    if lo > 0:
        text = "… " + text
    if hi < len(sentence):
        text = text + " …"
    return text
