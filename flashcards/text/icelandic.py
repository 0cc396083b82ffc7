"""Icelandic: Miðeind's tokenizer for words, the BÍN inflection database (`islenska`) for their
readings, a small tagger choosing one reading per word from its neighbours, and noun phrases
put in dictionary form by inflecting them in BÍN (*harða söluna → hörð sala*)."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import tokenizer
from islenska import Bin

from flashcards.text.analysis import Analysis, Phrase, Pos, Word, zipf

#: What a preposition governs: the case(s) of the noun phrase after it.
_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("til", "án", "vegna", "milli", "meðal", "auk", "innan", "utan"), ("EF",)),
    **dict.fromkeys(("sakir", "sökum", "meðfram", "handan", "ofan", "neðan"), ("EF",)),
    **dict.fromkeys(("frá", "af", "úr", "hjá", "gegn", "móti", "samkvæmt", "ásamt"), ("ÞGF",)),
    **dict.fromkeys(("að", "handa", "nálægt", "gagnvart", "fjær", "nær"), ("ÞGF",)),
    **dict.fromkeys(("um", "gegnum", "kringum", "umfram"), ("ÞF",)),
    **dict.fromkeys(("í", "á", "með", "við", "eftir", "fyrir", "undir", "yfir"), ("ÞF", "ÞGF")),
}
#: Verbs after which an infinitive or participle follows (auxiliaries and modals).
_AUXILIARIES = frozenset(
    "vera verða hafa munu skulu geta kunna mega vilja eiga þurfa ætla hljóta virðast".split()
)
#: Frequent words whose reading in these BÍN classes is nearly always the right one.
_FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("og", "eða", "en", "né", "heldur", "hvort", "ef", "þótt", "enda"), ("st",)),
    "sem": ("st", "stt"),
    "er": ("so",),
    **dict.fromkeys("þegar meðan uns þar svo þá nú hér ekki".split(), ("ao", "st")),
    **dict.fromkeys("frekar aðeins einnig líka oft mjög betur best".split(), ("ao",)),
    **dict.fromkeys("hann hún það þeir þær þau ég þú við þið".split(), ("pfn",)),
    **dict.fromkeys("hans hennar þess þeirra honum henni því þeim".split(), ("pfn",)),
    **dict.fromkeys(("sér", "sig", "sín"), ("afn", "pfn")),
    **dict.fromkeys(tuple(p for p in _PREPOSITIONS if p != "að"), ("fs",)),
}
#: How often a lemma is met (wordfreq's Zipf scale) around which readings are neither helped nor
#: hindered: a rare lemma (*tæknir* for *tækni*) is seldom the one meant.
_USUAL_ZIPF = 3.5

#: Word classes of BÍN, as parts of speech.
_CLASSES = {
    "kk": Pos.NOUN,
    "kvk": Pos.NOUN,
    "hk": Pos.NOUN,
    "lo": Pos.ADJ,
    "so": Pos.VERB,
    "ao": Pos.ADV,
    "fs": Pos.ADP,
    "st": Pos.CONJ,
    "stt": Pos.CONJ,
    "fn": Pos.DET,
    "pfn": Pos.PRON,
    "abfn": Pos.PRON,
    "afn": Pos.PRON,
    "gr": Pos.DET,
    "to": Pos.NUM,
    "töl": Pos.NUM,
    "nhm": Pos.PART,
    "uh": Pos.OTHER,
}
#: BÍN's name categories (`hluti`): a noun in one of them is a name.
_NAMES = frozenset("ism föð móð ætt erm gæl lönd örn þor göt fyr erl dýr heö bær".split())
_CASE = re.compile(r"(NF|ÞF|ÞGF|EF)")
_DIGIT = re.compile("[0-9]")
_NUMBER = re.compile(r"(ET|FT)")
_GENDER = re.compile(r"(KK|KVK|HK)")
_FINITE = re.compile(r"(?:^|-)(FH|VH|BH)(?:-|$)")
#: Shortest parts of a compound that BÍN does not list whole ("harð|sala").
_MIN_PART = 3


@dataclass(frozen=True, slots=True)
class _Reading:
    """One of BÍN's readings of a word form."""

    lemma: str
    ofl: str
    pos: Pos
    case: str = ""
    number: str = ""
    gender: str = ""
    finite: bool = False
    infinitive: bool = False
    participle: bool = False
    article: bool = False
    name: bool = False
    mark: str = ""
    #: BÍN's headword as BÍN writes it ("sölu-nálgun"), to look its forms up by; for a
    #: compound BÍN lacks, its last part's, after `stem` ("harð" + "sala").
    entry: str = ""
    stem: str = ""

    @property
    def feats(self) -> str:
        return _feats(self.ofl, self.case, self.number, self.gender)


@functools.lru_cache(maxsize=4096)
def _feats(*parts: str) -> str:
    """A reading's inflection tags as `Word.feats` holds them (a few hundred in all)."""
    return ".".join(p for p in parts if p)


@functools.cache
def _bin() -> Bin:
    return Bin()


def _reading(entry: str, ofl: str, hluti: str, mark: str) -> _Reading:
    pos = _CLASSES.get(ofl, Pos.OTHER)
    lemma = entry.replace("-", "")
    name = pos is Pos.NOUN and hluti in _NAMES
    if name:
        pos = Pos.PROPN
    case = m.group(1) if (m := _CASE.search(mark)) else ""
    number = m.group(1) if (m := _NUMBER.search(mark)) else ""
    if pos in (Pos.NOUN, Pos.PROPN):
        gender = ofl.upper()
    else:
        gender = m.group(1) if (m := _GENDER.search(mark)) else ""
    return _Reading(
        lemma=lemma if name else lemma.lower(),
        ofl=ofl,
        pos=pos,
        case=case,
        number=number,
        gender=gender,
        finite=pos is Pos.VERB and bool(_FINITE.search(mark)),
        infinitive=pos is Pos.VERB and mark.endswith("NH"),
        participle=pos is Pos.VERB and "LH" in mark,
        article=mark.endswith("gr"),
        name=name,
        mark=mark,
        entry=entry,
    )


@functools.lru_cache(maxsize=200_000)
def _readings(form: str) -> tuple[_Reading, ...]:
    """BÍN's readings of a word form; a compound BÍN lacks is read from its last part."""
    _, entries = _bin().lookup(form)
    found = tuple(dict.fromkeys(_reading(e.ord, e.ofl, e.hluti, e.mark) for e in entries))
    if found or len(form) < 2 * _MIN_PART:
        return found
    lower = form.lower()
    for cut in range(_MIN_PART, len(lower) - _MIN_PART + 1):
        tail = tuple(r for r in _readings(lower[cut:]) if r.pos in (Pos.NOUN, Pos.ADJ))
        if tail:
            # The commonest word the last part can be ("harð|sala": sala, not salur).
            usual = max(_zipf(r.lemma) for r in tail)
            tail = tuple(r for r in tail if _zipf(r.lemma) == usual)
            head = lower[:cut]
            return tuple(
                dataclasses.replace(r, lemma=head + r.lemma, name=False, stem=head) for r in tail
            )
    return ()


class _Token(NamedTuple):
    """A token of the text at [start, end), of the tokenizer's `kind` (a named tuple: made
    in 60 % of the time of a frozen dataclass, whose `__init__` sets each field through
    `object.__setattr__`)."""

    start: int
    end: int
    text: str
    kind: int


@functools.lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[_Token, ...]:
    """Words, numbers and punctuation with their offsets in `text` (kept for a while: a text
    with digits is tokenized for `numbers_apart`, then again to be analysed)."""
    out: list[_Token] = []
    position = 0
    for tok in tokenizer.tokenize(text):
        original = tok.original
        if not original:
            continue
        start = position + len(original) - len(original.lstrip())
        position += len(original)
        if tok.kind in (tokenizer.TOK.S_BEGIN, tokenizer.TOK.S_END):
            continue
        out.append(_Token(start, position, text[start:position], tok.kind))
    return tuple(out)


_NUMBER_KINDS = frozenset(
    {
        tokenizer.TOK.NUMBER,
        tokenizer.TOK.PERCENT,
        tokenizer.TOK.YEAR,
        tokenizer.TOK.ORDINAL,
        tokenizer.TOK.AMOUNT,
        tokenizer.TOK.MEASUREMENT,
        tokenizer.TOK.NUMWLETTER,
    }
)


#: Whether the tokenizer is the version whose passes `_read_alike` was worked out from.
_TOKENIZER_READ = tokenizer.__version__ == "3.7.0"
#: A run of digits (of those `analysis.analyze` writes as 0 in a text's pattern).
_RUN = re.compile("[0-9]+")
#: How long a run of digits standing alone may be for `_read_alike`: not 1-4 digits (a day,
#: a month, an hour, a year, a telephone prefix) nor 7 (a telephone number), nor so long
#: that its value overflows a float.
_ALIKE_LENGTHS = frozenset({5, 6, *range(8, 16)})
#: `Analyzer.numbers_apart` of texts `_read_alike`, by their pattern (every digit 0): the
#: 5,000 "… með NNNNNN hlutum …" of a 5,000-pair deck are tokenized once, not each.
_APART: dict[str, object | None] = {}
APART_KEPT = 4096


def _read_alike(text: str) -> bool:
    """Whether the tokenizer tokenizes `text` into tokens of the same places and kinds as
    any text differing from it only in its digits of which this holds too: every run of
    digits stands alone (white space or the text's end on either side), is 5, 6 or 8-15
    digits long, and does not start with 0.

    Worked out from every pass of tokenizer 3.7.0 (another version: False). Such a run is a
    raw token of its own, which `parse_digits` makes one NUMBER whatever its digits (its
    patterns that read digits by value need a separator, ':', '.', '/', '-', or are 4 digits
    long, a year, or 7, a telephone number). The later passes join a number to its
    neighbours by their kinds and texts, and read its value only to tell a year (1776-2100),
    a negative number or a day 0, or its text only for a 3-digit telephone prefix or a
    country code ("354", "00354"): none of which such a run is, whatever its digits."""
    if not _TOKENIZER_READ:
        return False
    for match in _RUN.finditer(text):
        start, end = match.span()
        if (
            end - start not in _ALIKE_LENGTHS
            or text[start] == "0"
            or (start > 0 and not text[start - 1].isspace())
            or (end < len(text) and not text[end].isspace())
        ):
            return False
    return True


def _last_part(text: str) -> tuple[str, str]:
    """A composite token's leading words and its last word: ("auglýsinga- og ", "sölunálgunar")."""
    cut = max(text.rfind(" "), text.rfind("-"))
    return (text[: cut + 1], text[cut + 1 :]) if 0 <= cut < len(text) - 1 else ("", text)


def _zipf(lemma: str) -> float:
    return zipf(lemma, "is")


@functools.lru_cache(maxsize=200_000)
def _emission(form: str, reading: _Reading) -> float:
    """How likely `reading` is for `form` on its own."""
    preferred = _FUNCTION_WORDS.get(form.lower())
    if preferred is not None:
        return 2.0 if reading.ofl in preferred else -2.0
    if reading.pos in (Pos.ADP, Pos.CONJ, Pos.PRON, Pos.DET, Pos.PART):
        score = 1.0
    elif reading.pos is Pos.PROPN:
        score = -0.5
    elif reading.pos is Pos.VERB:
        score = -0.3 if reading.finite else -0.5
    else:
        score = 0.0
    if reading.pos in (Pos.NOUN, Pos.ADJ, Pos.VERB, Pos.ADV):
        # A compound is as common as its last part ("kross-sala" as sala, not as salur).
        lemma = reading.entry.rsplit("-", 1)[-1].lower() if "-" in reading.entry else reading.lemma
        score += max(-1.5, min(0.3, 0.4 * (_zipf(lemma) - _USUAL_ZIPF)))
    return score


def _agree(a: _Reading, b: _Reading) -> bool:
    return (a.case, a.number, a.gender) == (b.case, b.number, b.gender)


def _transition(prev: _Reading | None, prev_form: str, cur: _Reading) -> float:
    """How well `cur` follows `prev` (None: the start of the text)."""
    if prev is None:
        return 0.0
    score = 0.0
    if prev.pos is Pos.ADP:
        governed = _PREPOSITIONS.get(prev_form.lower(), ())
        if cur.pos in (Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.DET, Pos.PRON, Pos.NUM):
            score += 2.0 if cur.case in governed else -1.0
        elif cur.pos is Pos.VERB and cur.finite:
            score -= 1.5
    if prev.pos is Pos.PART:  # "að" before an infinitive
        score += 3.0 if cur.infinitive else -3.0
    if cur.pos is Pos.PART and prev_form.lower() == "þess":
        score -= 2.0  # "vegna þess að", "án þess að": a conjunction
    if prev.pos in (Pos.ADJ, Pos.DET, Pos.NUM) and cur.pos in (Pos.NOUN, Pos.ADJ):
        score += 2.0 if _agree(prev, cur) else -1.0
    if prev.pos in (Pos.NOUN, Pos.PRON, Pos.PROPN) and cur.pos is Pos.VERB and cur.finite:
        score += 1.0 if prev.case == "NF" else 0.0
    if prev.pos is Pos.NOUN and cur.pos is Pos.NOUN:
        score += 0.5 if cur.case == "EF" else -0.7
    if prev.pos is Pos.VERB and prev.finite and cur.pos is Pos.VERB:
        if cur.finite:
            score -= 2.0
        elif prev.lemma in _AUXILIARIES and (cur.infinitive or cur.participle):
            score += 1.5
    if prev.pos is Pos.ADJ and cur.pos is Pos.VERB and cur.finite:
        score -= 0.5
    return score


@dataclass(frozen=True, slots=True)
class _State:
    """Where the tagger is in a clause: has it a finite verb yet, is an infinitive running?"""

    finite: bool = False
    infinitive: bool = False


#: Adjectives used as ordinals, whose weak form is their form before a noun.
_ORDINALS = frozenset({"fyrstur", "síðastur"})

#: Demonstratives a noun phrase's dictionary form leaves out ("þessi tækni" → "tækni").
_DEMONSTRATIVES = frozenset({"sá", "þessi", "hinn"})

#: Conjunctions after which an infinitive before them may go on ("til að fræða og draga").
_COORDINATORS = frozenset({"og", "eða", "en"})


def _step(state: _State, after_coordinator: bool, reading: _Reading) -> tuple[float, _State]:
    """The clause-level score of `reading` in `state`, and the state after it
    (`after_coordinator`: the word before is "og", "eða" or "en")."""
    score = 0.0
    finite, infinitive = state.finite, state.infinitive
    if reading.pos is Pos.VERB and reading.finite:
        score += -1.5 if finite else 0.8
        finite = True
    if reading.infinitive:
        if infinitive and after_coordinator:
            score += 1.5
        infinitive = True
    if reading.pos is Pos.CONJ:
        finite = False  # a coordinated verb ("… getur … en hjálpar") or a new clause
        if reading.lemma not in _COORDINATORS:  # "sem", "þegar", "að": a new clause
            infinitive = False
    return score, _State(finite, infinitive)


#: The clause states by number (2 × finite + infinitive), the start of a clause first.
_STATES = tuple(_State(bool(n & 2), bool(n & 1)) for n in range(4))

#: How many word forms (`_place`) and pairs of neighbouring forms (`_links`) the tagger keeps
#: what it worked out of: a deck's texts repeat their words, and their pairs, throughout.
PLACES_KEPT = 50_000
LINKS_KEPT = 100_000

#: Where a word is, for the tagger: its text, whether it opens a sentence, and for "að"
#: whether the next word may be an infinitive (None for any other word).
Place = tuple[str, bool, bool | None]


@dataclass(frozen=True, slots=True)
class _Place:
    """What the tagger needs of a word where it is (`Place`), the same wherever it is met:
    its readings, how likely each is on its own, the clause steps of each, and whether a
    noun reading may well be a verb (`_doubtful`)."""

    readings: tuple[_Reading, ...]
    emission: tuple[float, ...]
    #: [after a coordinator][reading][state number]: (score, state number after).
    steps: tuple[tuple[tuple[tuple[float, int], ...], ...], ...]
    doubtful: tuple[bool, ...]
    #: `steps` by [after a coordinator][state number], for each reading in turn: (score,
    #: the tagger's key of the reading with the state after, `_key`).
    columns: tuple[tuple[tuple[tuple[float, int], ...], ...], ...]


@functools.lru_cache(maxsize=PLACES_KEPT)
def _place(text: str, first: bool, infinitive_next: bool | None) -> _Place:
    readings = _options(text, first)
    if infinitive_next is not None:
        # "að" is the infinitive marker exactly when an infinitive follows.
        kept = tuple(r for r in readings if (r.pos is Pos.PART) == infinitive_next)
        readings = kept or readings
    steps = tuple(
        tuple(
            tuple(
                (score, 2 * after.finite + after.infinitive)
                for score, after in (_step(state, coordinator, r) for state in _STATES)
            )
            for r in readings
        )
        for coordinator in (False, True)
    )
    return _Place(
        readings=readings,
        emission=tuple(_emission(text, r) for r in readings),
        steps=steps,
        doubtful=tuple(_doubtful(r, readings) for r in readings),
        columns=tuple(
            tuple(
                tuple(
                    (by_state[state][0], _key(j, by_state[state][1]))
                    for j, by_state in enumerate(rows)
                )
                for state in range(len(_STATES))
            )
            for rows in steps
        ),
    )


def _key(reading: int, state: int) -> int:
    """The tagger's key of a reading (its index) in a clause state (its number)."""
    return reading * len(_STATES) + state


@functools.lru_cache(maxsize=LINKS_KEPT)
def _links(before: Place, here: Place) -> tuple[tuple[float, ...], ...]:
    """For each reading of the word `before`, how well each reading of the word `here`
    follows it, with its own likelihood added."""
    prev, cur = _place(*before), _place(*here)
    return tuple(
        tuple(
            _transition(p, before[0], r) + e
            for r, e in zip(cur.readings, cur.emission, strict=True)
        )
        for p in prev.readings
    )


def _tag(places: Sequence[Place], boundaries: Sequence[bool]) -> list[int]:
    """The best reading of each word: Viterbi over readings and clause states (`_key`).

    Each layer is kept as the best score of each key and the key before it that gave it
    (lists by key), and its keys in the order they were first reached: of keys scoring
    alike, the first wins."""
    if not places:
        return []
    width = len(_STATES)
    first = _place(*places[0])
    scores = [_UNREACHED] * (len(first.readings) * width)
    order: list[int] = []
    for k, emission in enumerate(first.emission):
        extra, state = first.steps[False][k][0]
        key = _key(k, state)
        score = emission + extra
        known = scores[key]
        if known is _UNREACHED:
            order.append(key)
            scores[key] = score
        elif score > known:
            scores[key] = score
    backs: list[list[int]] = [[]]
    for i in range(1, len(places)):
        place = _place(*places[i])
        size = len(place.readings) * width
        reached = [_UNREACHED] * size
        back = [0] * size
        now: list[int] = []
        links = _links(places[i - 1], places[i])
        columns = place.columns[places[i - 1][0].lower() in _COORDINATORS]
        boundary = boundaries[i]
        for before in order:
            score = scores[before]
            row = links[before // width]
            for link, (extra, key) in zip(
                row, columns[0 if boundary else before % width], strict=True
            ):
                total = score + link + extra
                known = reached[key]
                if known is _UNREACHED:
                    now.append(key)
                    reached[key] = total
                    back[key] = before
                elif total > known:
                    reached[key] = total
                    back[key] = before
        scores, order = reached, now
        backs.append(back)
    last = max(order, key=scores.__getitem__)
    choice: list[int] = []
    for i in range(len(places) - 1, -1, -1):
        choice.append(last // width)
        if i:
            last = backs[i][last]
    return choice[::-1]


#: A key the tagger has not reached in a layer (by identity: no score is this object).
_UNREACHED = float("-inf")


@functools.lru_cache(maxsize=PLACES_KEPT)
def _options(text: str, first: bool) -> tuple[_Reading, ...]:
    """The readings a word may have (`first`: it opens a sentence)."""
    return tuple(_readings_of(text, first))


def _readings_of(text: str, first: bool) -> list[_Reading]:
    prefix, last = _last_part(text)
    readings = list(_readings(last))
    if first and last[:1].isupper() and (common := _readings(last.lower())):
        # A capital opening a sentence says nothing: "Uppsala mælir …" is upselling, not
        # the town of Uppsalir (BÍN finds only the town under the capital).
        readings = list(dict.fromkeys([*common, *(r for r in readings if r.name)]))
    if prefix:  # "auglýsinga- og sölunálgunar", "E-ticarette": the last word inflects
        readings = [
            dataclasses.replace(r, lemma=prefix.lower() + r.lemma)
            for r in readings
            if r.pos in (Pos.NOUN, Pos.ADJ)
        ]
    if last.lower().endswith("lega") and prefix == "":
        readings.append(_Reading(last.lower(), "ao", Pos.ADV))  # "venjulega": usually
    if not readings:
        if text.endswith("."):  # an abbreviation: "vs.", "e." (ensku), no noun
            return [_Reading(text.lower(), "", Pos.OTHER)]
        name = text[:1].isupper() and not first
        return [
            _Reading(
                text if name else text.lower(),
                "",
                Pos.PROPN if name else Pos.NOUN,
                name=name,
            )
        ]
    if not first:
        # Mid-sentence, a capital letter says name; a small one says it is none.
        names = [r for r in readings if r.name]
        if text[:1].isupper() and names:
            readings = names
        elif text[:1].islower():
            readings = [r for r in readings if not r.name] or readings
    return readings


@functools.lru_cache(maxsize=65536)
def _variant(entry: str, ofl: str, marks: tuple[str, ...], form: str) -> str | None:
    """The nominative of word `form` (of BÍN's headword `entry`, class `ofl`) whose tag is
    the first of `marks` that it has."""
    if not entry:
        return None
    try:
        # BÍN's own lookup by case, from the form (its gender, both numbers, both kinds):
        # 1-2 ms, where lookup_variants parses every tag and takes 20-60 ms.
        compressed = _bin()._bc
        found = (
            set()
            if compressed is None
            else compressed.lookup_case(form, "NF", lemma=entry, cat=ofl, all_forms=True)
        )
        by_mark = {mark: bmynd for *_, bmynd, mark in found}
    except (AttributeError, KeyError, ValueError):
        by_mark = {}
    if not by_mark:  # a compound BÍN lacks: lookup_variants splits it
        try:
            variants = _bin().lookup_variants(form, ofl, ("NF",))
        except (KeyError, ValueError):
            return None
        by_mark = {v.mark: v.bmynd for v in variants if v.ord == entry}
    chosen = next((by_mark[m] for m in marks if m in by_mark), None)
    return None if chosen is None else chosen.replace("-", "")


def _dictionary_word(token: _Token, reading: _Reading, head: _Reading) -> str:
    """One word of a noun phrase in the phrase's dictionary form (nominative, indefinite)."""
    prefix, last = _last_part(token.text)
    if reading.stem and last.lower().startswith(reading.stem):
        last = last[len(reading.stem) :]  # "Harð|sala": BÍN knows the last part
    number = head.number or "ET"
    if reading.pos in (Pos.NOUN, Pos.PROPN):
        marks: tuple[str, ...] = (f"NF{number}", "NFET", "NFFT")
        ofl = reading.ofl
    elif reading.pos is Pos.ADJ:
        degree = "MST" if reading.mark.startswith("MST") else "FSB"
        if reading.lemma in _ORDINALS and reading.mark.startswith("FVB"):
            degree = "FVB"  # "í fyrsta skipti" → "fyrsta skipti": an ordinal stays weak
        gender = head.gender or reading.gender
        marks = (f"{degree}-{gender}-NF{number}", f"FSB-{gender}-NF{number}")
        ofl = "lo"
    elif reading.pos is Pos.DET:
        marks, ofl = (f"{head.gender}-NF{number}",), "fn"
    else:
        marks, ofl = (), ""
    form = _variant(reading.entry, ofl, marks, last.lower()) if marks else None
    if form is None:
        return token.text if reading.name else token.text.lower()
    word = prefix + reading.stem + form
    return word if reading.name else word.lower()


def _doubtful(chosen: _Reading, readings: Sequence[_Reading]) -> bool:
    """Whether a word taken for a noun or adjective may well be a verb: it can be read as a
    finite verb of a lemma at least as common (*byrjar*: byr or byrja; not *þjónusta*, whose
    verb is the same word as its noun)."""
    if chosen.pos not in (Pos.NOUN, Pos.ADJ):
        return False
    mine = _zipf(chosen.lemma)
    return any(r.finite and r.lemma != chosen.lemma and _zipf(r.lemma) >= mine for r in readings)


class Analyzer:
    """Icelandic words, lemmas and noun phrases."""

    def numbers_apart(self, text: str) -> object | None:
        """The tokens' places and kinds, when every token holding a digit is a number (whose
        word is its text); None when one is not ("kl. 14:30", a date), see
        `analysis.Analyzer`. The tokenizer reads some numbers by their value ("árið 1995"
        is one year, "árið 0000" a word and a number): their places or kinds then differ.
        A text whose numbers the tokenizer reads alike whatever their digits (`_read_alike`)
        is not tokenized again: the answer is the one of the first text of its pattern."""
        pattern = _DIGIT.sub("0", text) if _read_alike(text) else None
        if pattern is not None and pattern in _APART:
            return _APART[pattern]  # tokenized alike (see `_read_alike`)
        tokens = _tokens(text)
        found: object | None = None
        if all(t.kind in _NUMBER_KINDS or _DIGIT.search(t.text) is None for t in tokens):
            found = tuple((t.start, t.end, t.kind) for t in tokens)
        if pattern is not None:
            if len(_APART) >= APART_KEPT:
                del _APART[next(iter(_APART))]  # the oldest
            _APART[pattern] = found
        return found

    def analyze(self, text: str) -> Analysis:
        tokens = _tokens(text)
        words_at = [i for i, t in enumerate(tokens) if t.kind == tokenizer.TOK.WORD]
        forms = [tokens[i].text for i in words_at]
        firsts = [i == 0 or tokens[i - 1].text in ".!?:" for i in words_at]
        places: list[Place] = [
            (
                form,
                first,
                # "að": whether the next word may be an infinitive (see `_place`).
                any(r.infinitive for r in _options(forms[k + 1], firsts[k + 1]))
                if k + 1 < len(forms) and form.lower() == "að"
                else None,
            )
            for k, (form, first) in enumerate(zip(forms, firsts, strict=True))
        ]
        boundaries = [
            i == 0 or any(t.kind == tokenizer.TOK.PUNCTUATION for t in tokens[prev + 1 : i])
            for prev, i in zip([-1, *words_at], words_at, strict=False)
        ]
        choice = _tag(places, boundaries)
        chosen: dict[int, tuple[_Reading, bool]] = {}
        for i, place, c in zip(words_at, places, choice, strict=True):
            found = _place(*place)
            chosen[i] = found.readings[c], found.doubtful[c]
        words: list[Word] = []
        readings: list[_Reading | None] = []
        for i, tok in enumerate(tokens):
            reading, doubtful = chosen.get(i, (None, False))
            if reading is not None:
                words.append(
                    Word(
                        tok.start,
                        tok.end,
                        reading.lemma,
                        reading.pos,
                        reading.finite,
                        reading.feats,
                        ambiguous=doubtful,
                    )
                )
            elif tok.kind in _NUMBER_KINDS:
                words.append(Word(tok.start, tok.end, tok.text, Pos.NUM))
            else:
                continue
            readings.append(reading)
        return Analysis(tuple(words), tuple(self._phrases(text, words, readings)))

    def _phrases(
        self, text: str, words: Sequence[Word], readings: Sequence[_Reading | None]
    ) -> list[Phrase]:
        """Noun phrases: determiners, numbers and adjectives agreeing with the noun after them."""
        phrases: list[Phrase] = []
        for head, reading in enumerate(readings):
            if reading is None or reading.pos not in (Pos.NOUN, Pos.PROPN):
                continue
            first = head
            while first > 0:
                before = readings[first - 1]
                if (
                    before is None
                    or before.pos not in (Pos.ADJ, Pos.DET, Pos.NUM)
                    or not _agree(before, reading)
                    or text[words[first - 1].end : words[first].start].strip()
                ):
                    break
                first -= 1
            if phrases and phrases[-1].last >= first:
                continue
            lemma = " ".join(
                _dictionary_word(_Token(w.start, w.end, text[w.start : w.end], 0), r, reading)
                for w, r in zip(words[first : head + 1], readings[first : head + 1], strict=True)
                if r is not None and r.lemma not in _DEMONSTRATIVES
            )
            phrases.append(Phrase(first, head, head, lemma))
        return phrases
