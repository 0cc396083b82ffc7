"""Split paragraphs into sentences with a splitter that knows Turkish and Icelandic."""

from __future__ import annotations

import functools
import re
from typing import Any

import regex
import sentence_splitter
from sentence_splitter import SentenceSplitter

# Languages with nonbreaking-prefix lists in sentence-splitter (Koehn & Schroeder's rules).
_SPLITTER_LANGS = frozenset(
    "ca cs da de el en es fi fr hu is it lt lv nl no pl pt ro ru sk sl sv tr".split()
)
_ALIASES = {"nb": "no", "nn": "no"}

# Short words the splitter's prefix lists take for abbreviations although they often end a
# sentence: Icelandic prepositions and adverbs ("að slaka á. Mjúk sala …").
_SENTENCE_FINAL_WORDS = {"is": ("á", "í", "ó", "æ")}

# Titles the prefix lists know only in lower case ("dr."), which start a sentence in upper
# case: the splitter cuts after them ("… hugmynd. Dr." | "Jón …").
_TITLES = {"is": frozenset({"Dr", "Prof", "Hr", "Sr"})}


def _ends_with_title(piece: str, lang: str) -> bool:
    titles = _TITLES.get(lang)
    if not titles or not piece.endswith("."):
        return False
    return piece.rsplit(maxsplit=1)[-1].rstrip(".") in titles


@functools.cache
def _resplit_pattern(lang: str) -> re.Pattern[str] | None:
    words = _SENTENCE_FINAL_WORDS.get(lang)
    if not words:
        return None
    return re.compile(rf"(?<=\s(?:{'|'.join(words)})\.)\s+(?=[A-ZÁÉÍÓÚÝÞÆÖÐ])")


#: The pattern sentence-splitter looks for at the end of every word (a full stop, after a
#: possible abbreviation): only a word ending in "." (or ".\n", which "$" matches before
#: the line break) can match it.
WORD_END = r"([\w\.\-]*)([\'\"\)\]\%\p{Final_Punctuation}]*)(\.+)$"
_FULL_STOPS = (".", ".\n")
#: How its patterns for a sentence break after "?", "!" or "..." begin, and what the text
#: must hold for them to match: without it, the text is left as it is.
_NEEDS = {"([?!]) +(": ("? ", "! "), r"(\.[\.]+) +(": (".. ",)}
#: Its patterns that are plain text: replaced as text (the same as the pattern would).
_LITERAL = frozenset({"\n ", " \n"})
_SPACES = re.compile(" +")


class _CompiledPatterns:
    """The `regex` module as sentence-splitter calls it, with every pattern compiled once.

    The splitter passes its patterns as strings on each call (one call per word), so most
    of its time went to regex's cache lookups; the rules and results are unchanged.  A word
    that does not end in a full stop is not searched for one (`WORD_END`), nor a text
    without "? ", "! " or ".. " for a break after them (`_NEEDS`), and its patterns of plain
    spaces and line breaks are applied as Python's own string methods and `re` apply them
    (the same result, in a third of the time).
    """

    DOTALL = regex.DOTALL
    UNICODE = regex.UNICODE

    @staticmethod
    @functools.cache
    def _compiled(pattern: str, flags: int) -> Any:
        return regex.compile(pattern, flags)

    def sub(self, pattern: str, repl: str, string: str, flags: int = 0) -> str:
        if pattern in _LITERAL and "\\" not in repl:
            return string.replace(pattern, repl)
        if pattern == " +" and repl == " ":
            return _SPACES.sub(repl, string) if "  " in string else string
        for start, needs in _NEEDS.items():
            if pattern.startswith(start) and not any(need in string for need in needs):
                return string
        return str(self._compiled(pattern, flags).sub(repl, string))

    def search(self, pattern: str, string: str, flags: int = 0) -> Any:
        if pattern == WORD_END and not string.endswith(_FULL_STOPS):
            return None
        return self._compiled(pattern, flags).search(string)

    def match(self, pattern: str, string: str, flags: int = 0) -> Any:
        return self._compiled(pattern, flags).match(string)

    def split(self, pattern: str, string: str, flags: int = 0) -> list[str]:
        if pattern == " +":
            return _SPACES.split(string)
        return list(self._compiled(pattern, flags).split(string))


_PATTERNS = _CompiledPatterns()
sentence_splitter.regex = _PATTERNS

#: sentence-splitter's patterns (`SentenceSplitter.split`'s, as it writes them): the breaks
#: it adds first, each replaced by r"\1\n\2"; a word that is an acronym ("A.B."); a word
#: that may start a sentence; one starting with digits.
_LETTER = r"[\p{Uppercase_Letter}\p{Other_Letter}]"
_BREAKS = (
    r'([?!]) +([\'"([\u00bf\u00A1\p{Initial_Punctuation}]*' + _LETTER + ")",
    r'(\.[\.]+) +([\'"([\u00bf\u00A1\p{Initial_Punctuation}]*' + _LETTER + ")",
    r'([?!\.][\ ]*[\'")\]\p{Final_Punctuation}]+) +'
    + r'([\'"([\u00bf\u00A1\p{Initial_Punctuation}]*[\ ]*'
    + _LETTER
    + ")",
    r'([?!\.]) +([\'"[\u00bf\u00A1\p{Initial_Punctuation}]+[\ ]*' + _LETTER + ")",
)
ACRONYM = r"(\.)[\p{Uppercase_Letter}\p{Other_Letter}\-]+(\.+)$"
STARTER = (
    r'^([ ]*[\'"([\u00bf\u00A1\p{Initial_Punctuation}]*[ ]*[\p{Uppercase_Letter}'
    r"\p{Other_Letter}0-9])"
)
DIGITS = "^[0-9]+"
_UNICODE = regex.UNICODE
_DEFAULT = SentenceSplitter.PrefixType.DEFAULT
_NUMERIC_ONLY = SentenceSplitter.PrefixType.NUMERIC_ONLY


class _Splitter(SentenceSplitter):  # type: ignore[misc]
    """sentence-splitter's splitter, whose loop over a text's words looks only at those
    ending in a full stop (`WORD_END`: no other word can end a sentence there); its rules
    and results are the library's own (tests/text/test_sentences.py splits alike)."""

    __slots__ = ()

    def split(self, text: str) -> list[str]:
        if not text:
            return []
        for pattern, needs in _BREAK_RULES:
            if needs and not any(need in text for need in needs):
                continue  # (`_NEEDS`)
            text = str(pattern.sub("\\1\n\\2", text))
        words = text.split(" ") if "  " not in text else _SPACES.split(text)
        prefixes = self._SentenceSplitter__non_breaking_prefixes
        for i in range(len(words) - 1):
            word = words[i]
            if not word.endswith(_FULL_STOPS):
                continue
            match = _WORD_END.search(word)
            if match is None:
                continue
            prefix, punctuation = match.group(1), match.group(2)
            kind = prefixes.get(prefix) if prefix else None
            if kind is _DEFAULT and not punctuation:
                continue  # an honorific, an abbreviation
            if _ACRONYM.search(word):
                continue
            following = words[i + 1]
            if _STARTER.search(following) and not (
                kind is _NUMERIC_ONLY and not punctuation and _LEADING_DIGITS.search(following)
            ):
                words[i] = word + "\n"
        text = " ".join(words)
        if "  " in text:
            text = _SPACES.sub(" ", text)
        return text.replace("\n ", "\n").replace(" \n", "\n").strip().split("\n")


#: `_BREAKS` compiled, each with what a text must hold for it to match (`_NEEDS`), and the
#: other patterns of `_Splitter.split`: compiled once, called without `_PATTERNS`'s lookups
#: of each pattern (a fifth of the splitting, before).
_BREAK_RULES = tuple(
    (
        regex.compile(pattern, _UNICODE),
        next((needs for start, needs in _NEEDS.items() if pattern.startswith(start)), ()),
    )
    for pattern in _BREAKS
)
_WORD_END = regex.compile(WORD_END, _UNICODE)
_ACRONYM = regex.compile(ACRONYM, _UNICODE)
_STARTER = regex.compile(STARTER, _UNICODE)
_LEADING_DIGITS = regex.compile(DIGITS, _UNICODE)


@functools.cache
def _splitter(lang: str) -> SentenceSplitter:
    code = _ALIASES.get(lang, lang)
    return _Splitter(language=code if code in _SPLITTER_LANGS else "en")


def _is_dangling(sentence: str) -> bool:
    """A lone word ending a paragraph ("Yanıtlar."), left over by a translation."""
    words = sentence.split(maxsplit=1)  # one word, or the first and the rest
    return len(words) == 1 and any(ch.isalpha() for ch in sentence)


def split_sentences(text: str, lang: str) -> list[str]:
    """Sentences of `text`; a dangling one-word sentence is kept, joined to the one before."""
    return list(_split(text, lang))


@functools.lru_cache(maxsize=50_000)
def _split(text: str, lang: str) -> tuple[str, ...]:
    """`split_sentences`, once per paragraph (translated articles repeat many), and once
    for paragraphs differing only in their digits ("… 865360 hlutum …", "… 120447 hlutum
    …"): split as the paragraph with every digit 0, then its digits written back in
    order.

    The splitter tells digits only from other characters (its patterns' classes), never
    one digit from another, except when it looks the word before a full stop up in its
    list of abbreviations (Turkish "1." to "31.", Icelandic "8vo."): a paragraph with a
    digit in such a word (`_DIGIT_AT_STOP`) is split as it is. Splitting changes nothing
    but white space, so the sentences hold the paragraph's digits in order."""
    masked = _DIGIT.sub("0", text) if _DIGIT.search(text) is not None else text
    if masked == text or _DIGIT_AT_STOP.search(text) is not None:
        return tuple(_split_now(text, lang))
    digits = iter(_DIGIT.findall(text))
    return tuple(_DIGIT.sub(lambda _: next(digits), sentence) for sentence in _split(masked, lang))


_DIGIT = re.compile("[0-9]")
#: A run of characters between white space holding a digit and ending in a full stop
#: ("2006.", "(1998).").
_DIGIT_AT_STOP = re.compile(r"[0-9]\S*\.(?!\S)")


def _split_now(text: str, lang: str) -> list[str]:
    if not text.strip():
        return []
    sentences: list[str] = []
    pattern = _resplit_pattern(lang)
    pieces = _splitter(lang).split(text)
    if pattern is not None:
        pieces = [part for piece in pieces for part in pattern.split(piece)]
    joined: list[str] = []
    for piece in (p.strip() for p in pieces):
        if joined and _ends_with_title(joined[-1], lang):
            joined[-1] = f"{joined[-1]} {piece}"
        elif piece:
            joined.append(piece)
    for sentence in joined:
        if sentences and _is_dangling(sentence):
            sentences[-1] = f"{sentences[-1]} {sentence}"
        else:
            sentences.append(sentence)
    return sentences
