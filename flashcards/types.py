"""Shared enums and plain dataclasses passed between the builder, the store and the front ends."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from json.encoder import encode_basestring as _encode_string
from typing import Any, TypeVar

from flashcards.errors import FlashcardsError, Reason
from flashcards.text.analysis import Analysis

_T = TypeVar("_T")
_new = object.__new__


def made(cls: type[_T], /, **values: Any) -> _T:
    """`cls(**values)` for a frozen dataclass without `__post_init__`, given every field:
    the same attributes (equal and hashed the same), set in one update instead of one
    `object.__setattr__` call each, for the study path's few objects a card (its
    `CardRecord` alone has 19 fields)."""
    instance: _T = _new(cls)
    instance.__dict__.update(values)
    return instance


class Role(StrEnum):
    """What a section of an article does."""

    DEFINITION = "definition"
    EXPLANATION = "explanation"
    COMPARISON = "comparison"
    TECHNIQUES = "techniques"
    TAKEAWAYS = "takeaways"
    OTHER = "other"


class BlockKind(StrEnum):
    """A paragraph (split into sentences) or a list (split into items)."""

    PARAGRAPH = "paragraph"
    LIST = "list"


class CardKind(StrEnum):
    """The kinds of question/answer card the builder makes."""

    TERM = "term"
    DEFINITION = "definition"
    TECHNIQUE = "technique"
    LINKED_TERM = "linked_term"
    CLOZE = "cloze"  # a target sentence with its key term blanked; the source sentence as hint
    CONTRAST = "contrast"  # a statement to sort under one of two contrasted concepts
    SUMMARY = "summary"  # "What is …?" answered by the description; the key takeaways
    FACT = "fact"  # a sentence of the explanation that states a fact or a rule


class BadReason(StrEnum):
    """Why a learner marked a generated card bad (counted, to check builder changes by)."""

    WRONG_TRANSLATION = "wrong_translation"
    WRONG_ANSWER = "wrong_answer"  # the wrong blank, or an answer that does not answer
    BADLY_CUT = "badly_cut"  # meaningless, or a sentence cut in the wrong place
    NOT_WORTH_LEARNING = "not_worth_learning"
    DUPLICATE = "duplicate"
    OTHER = "other"


class Severity(StrEnum):
    """How bad a build problem is: an error skips the file, a warning only informs."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Note:
    """Something worth knowing about how an article was read ("decoded as cp1254"): its
    English `message` and, for a front end to word in its own language, `reason` and
    `values` (see `flashcards.errors.Reason`)."""

    message: str
    reason: Reason | None = None
    values: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "reason": self.reason.value if self.reason else None,
            "values": list(self.values),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | str) -> Note:
        """A stored note; an older reader's was its English text alone."""
        if isinstance(data, str):
            return cls(data)
        return cls(
            str(data.get("message", "")),
            _reason(data.get("reason")),
            tuple(str(v) for v in data.get("values", ())),
        )


def _reason(value: object) -> Reason | None:
    """The reason a stored value names; None for none (stored before there were reasons)
    or one this version does not know."""
    try:
        return Reason(str(value)) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Link:
    """A link in an article: its language-independent target and its anchor text."""

    target: str
    text: str


@dataclass(frozen=True)
class Block:
    """A paragraph or list; `units` holds its sentences or list items, cleaned."""

    kind: BlockKind
    units: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.units)


@dataclass(frozen=True)
class Section:
    """A headed part of an article with its recognised role."""

    heading: str
    level: int
    role: Role
    blocks: tuple[Block, ...]

    @functools.cached_property
    def units(self) -> tuple[str, ...]:
        """The sentences and list items of all its blocks, in order (worked out once: a
        build asks for them again and again)."""
        return tuple([u for b in self.blocks for u in b.units])


def head_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """An article's fields of its front and language, read back from any of its stored forms
    (`Article.to_dict`, the parse cache's records, a build's briefs): they keep them alike."""
    return {
        "content_hash": data["content_hash"],
        "lang": data["lang"],
        "lang_confidence": float(data["lang_confidence"]),
        "lang_source": data["lang_source"],
        "title": data["title"],
        "description": data["description"],
        "keywords": tuple(data["keywords"]),
        "translation_key": data["translation_key"],
    }


@dataclass(frozen=True)
class Article:
    """One parsed source file in one language."""

    path: str
    content_hash: str
    lang: str
    lang_confidence: float
    lang_source: str  # "front matter" or "detected"
    title: str
    description: str
    keywords: tuple[str, ...]
    translation_key: str | None
    sections: tuple[Section, ...]
    links: tuple[Link, ...]
    encoding: str = "utf-8"
    notes: tuple[Note, ...] = ()
    #: What the language layer made of each text of the article (title, description,
    #: headings, sentences and list items), by text; empty for a language it cannot analyse.
    analyses: Mapping[str, Analysis] = field(default_factory=dict, compare=False)
    #: The version of the reader that parsed it: an older parse in the cache is read again.
    parser: int = 0

    def section(self, role: Role) -> Section | None:
        """The first section with `role`, if any."""
        return next((s for s in self.sections if s.role is role), None)

    def analysis(self, text: str) -> Analysis | None:
        """The language layer's analysis of one of the article's texts, if it has one."""
        return self.analyses.get(text)

    def to_dict(self) -> dict[str, Any]:
        # By hand rather than dataclasses.asdict, whose deep copies dominated big builds.
        return {
            "path": self.path,
            "content_hash": self.content_hash,
            "lang": self.lang,
            "lang_confidence": self.lang_confidence,
            "lang_source": self.lang_source,
            "title": self.title,
            "description": self.description,
            "keywords": list(self.keywords),
            "translation_key": self.translation_key,
            "sections": [
                {
                    "heading": s.heading,
                    "level": s.level,
                    "role": s.role.value,
                    "blocks": [{"kind": b.kind.value, "units": list(b.units)} for b in s.blocks],
                }
                for s in self.sections
            ],
            "links": [{"target": link.target, "text": link.text} for link in self.links],
            "encoding": self.encoding,
            "notes": [note.to_dict() for note in self.notes],
            "analyses": {text: a.to_dict() for text, a in self.analyses.items()},
            "parser": self.parser,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        sections = tuple(
            Section(
                heading=s["heading"],
                level=s["level"],
                role=Role(s["role"]),
                blocks=tuple(Block(BlockKind(b["kind"]), tuple(b["units"])) for b in s["blocks"]),
            )
            for s in data["sections"]
        )
        return cls(
            path=data["path"],
            **head_fields(data),
            sections=sections,
            links=tuple(Link(**link) for link in data["links"]),
            encoding=data.get("encoding", "utf-8"),
            notes=tuple(Note.from_dict(n) for n in data.get("notes", ())),
            analyses={t: Analysis.from_dict(a) for t, a in data.get("analyses", {}).items()},
            parser=int(data.get("parser", 0)),
        )


#: The JSON text (UTF-8) of the source files of the latest groups' cards (see
#: `CardSpec.content_hash`).
_QUOTED_FILES: dict[tuple[str, ...], bytes] = {}


@dataclass(frozen=True)
class CardSpec:
    """A card as the builder produces it, before it is stored.

    `uid` is the card's stable identity: derived from the article group, the role and the
    position, never from the text, so edits update a card in place.  `note_key` is shared
    by siblings (the two directions of one fact).
    """

    uid: str
    note_key: str
    kind: CardKind
    source_lang: str
    target_lang: str
    front: str
    back: str
    extra: str
    group_key: str
    source_files: tuple[str, ...]
    #: Other answers taken as right (the title's name of a concept beside the body's).
    alternatives: tuple[str, ...] = ()
    #: The answer in dictionary form (*endurtekin sala* for *endurtekinnar sölu*): a typed
    #: answer of the same words in another form is "right word, wrong form".
    answer_lemma: str = ""

    @functools.cached_property
    def content_hash(self) -> str:
        """A digest of what the card shows and where it comes from: of the JSON list
        `[front, back, extra, note_key, source_files, alternatives, answer_lemma]`
        (`json.dumps`, `ensure_ascii=False`), written here string by string when they are
        strings (the same text), at a fraction of the cost of `json.dumps`, which made an
        encoder for each of a build's hundreds of thousands of cards."""
        return content_hashes((self,))[0]


def _json_hash(card: CardSpec) -> str:
    """`content_hash` of a card whose fields are not all strings, as `json.dumps` writes them."""
    payload = json.dumps(
        [
            card.front,
            card.back,
            card.extra,
            card.note_key,
            list(card.source_files),
            list(card.alternatives),
            card.answer_lemma,
        ],
        ensure_ascii=False,
    )
    return hashlib.blake2b(payload.encode(), digest_size=12).hexdigest()


def content_hashes(cards: Sequence[CardSpec]) -> list[str]:
    """Each card's `content_hash`, worked out in one loop and not kept on the cards (those
    a card worker sends back and lets go of): the same text digested, quoted alike.

    Each text is quoted and encoded once for all the cards asked of at a time: a group's
    cards repeat their fronts, backs and extras (a cloze card's sentence, a section's
    headings), in both directions; quoting and encoding them was most of the cost."""
    quote, quoted_files, blake2b = _encode_string, _QUOTED_FILES, hashlib.blake2b
    quoted: dict[str, bytes] = {}
    known, join = quoted.get, b"".join
    found: list[str] = []
    for card in cards:
        try:
            files = quoted_files.get(card.source_files)
            if files is None:  # the same for all the cards of a group
                if len(quoted_files) > 10_000:
                    quoted_files.clear()
                files = f"[{', '.join(map(quote, card.source_files))}]".encode()
                quoted_files[card.source_files] = files
            front, back, extra, note = card.front, card.back, card.extra, card.note_key
            shown = known(front)
            if shown is None:
                shown = quoted[front] = quote(front).encode()
            answer = known(back)
            if answer is None:
                answer = quoted[back] = quote(back).encode()
            more = known(extra)
            if more is None:
                more = quoted[extra] = quote(extra).encode()
            key = known(note)  # siblings' (both directions of a fact)
            if key is None:
                key = quoted[note] = quote(note).encode()
            alternatives, lemma = card.alternatives, card.answer_lemma
            payload = join(
                (
                    b"[",
                    shown,
                    b", ",
                    answer,
                    b", ",
                    more,
                    b", ",
                    key,
                    b", ",
                    files,
                    b", [], "
                    if alternatives == ()
                    else f", [{', '.join(map(quote, alternatives))}], ".encode(),
                    b'""]' if lemma == "" else f"{quote(lemma)}]".encode(),
                )
            )
        except TypeError:  # not all strings: as json.dumps writes them
            found.append(_json_hash(card))
            continue
        found.append(blake2b(payload, digest_size=12).hexdigest())
    return found


@dataclass(frozen=True)
class Problem:
    """Something the builder could not read, or a note about what it did.

    `message` is the English sentence (the terminal's); `reason` and `values` say the same
    for a front end that words it in its own language (see `flashcards.errors.Reason`).
    """

    path: str
    message: str
    severity: Severity = Severity.ERROR
    reason: Reason | None = None
    values: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    @classmethod
    def of_error(cls, exc: FlashcardsError, path: str, message: str) -> Problem:
        """A file that could not be used, as the error that refused it says."""
        return cls(path, message, Severity.ERROR, exc.reason, exc.values)

    @classmethod
    def of_note(cls, path: str, note: Note) -> Problem:
        """What the reader noted of the article at `path`."""
        return cls(path, note.message, Severity.WARNING, note.reason, note.values)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "message": self.message,
            "severity": self.severity.value,
            "reason": self.reason.value if self.reason else None,
            "values": list(self.values),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """A stored problem; an older build stored no reason or values."""
        return cls(
            str(data["path"]),
            str(data["message"]),
            Severity(data.get("severity", Severity.ERROR.value)),
            _reason(data.get("reason")),
            tuple(str(v) for v in data.get("values", ())),
        )


@dataclass(frozen=True)
class Group:
    """The translations of one article, at most one per language."""

    key: str
    members: dict[str, Article] = field(default_factory=dict)  # lang -> article

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted(a.path for a in self.members.values()))


class Rating(IntEnum):
    """How well a card was remembered (FSRS ratings)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardState(IntEnum):
    """Where a card is in its life: never seen, being learned, in review, relearning."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


class StudyMode(StrEnum):
    """How an answer was given."""

    FLIP = "flip"
    TYPED = "typed"
    CHOICE = "choice"
    CLOZE = "cloze"
    SORT = "sort"


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@dataclass(frozen=True)
class Memory:
    """A card's scheduling state: what FSRS knows of it and when it is due."""

    state: CardState = CardState.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": int(self.state),
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due.isoformat() if self.due else None,
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Memory:
        return cls(
            state=CardState(data["state"]),
            step=data.get("step"),
            stability=data.get("stability"),
            difficulty=data.get("difficulty"),
            due=_time(data.get("due")),
            last_review=_time(data.get("last_review")),
            reps=int(data.get("reps", 0)),
            lapses=int(data.get("lapses", 0)),
        )
