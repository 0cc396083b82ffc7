"""The shared dataclasses: a card's content hash, the digest of its JSON text."""

from __future__ import annotations

import hashlib
import json
import random

from flashcards.types import CardKind, CardSpec, content_hashes


def _json_digest(card: CardSpec) -> str:
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
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=12).hexdigest()


def _card(rng: random.Random) -> CardSpec:
    letters = "aş\"\\\n\t\x00\x1f\u2028…/ <>&'\x7fİ"

    def text() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))

    return CardSpec(
        uid=text(),
        note_key=text(),
        kind=CardKind.TERM,
        source_lang="tr",
        target_lang="is",
        front=text(),
        back=text(),
        extra=text(),
        group_key="g",
        source_files=tuple(text() for _ in range(rng.randint(0, 3))),
        alternatives=tuple(text() for _ in range(rng.randint(0, 3))),
        answer_lemma=text(),
    )


def test_the_content_hash_is_the_digest_of_the_cards_json() -> None:
    rng = random.Random(7)
    for _ in range(2_000):
        card = _card(rng)
        assert card.content_hash == _json_digest(card)


def test_the_content_hash_of_a_value_other_than_a_string_is_its_json_too() -> None:
    card = CardSpec("u", "n", CardKind.TERM, "tr", "is", CardKind.CLOZE, "b", "", "g", ("a",))
    assert card.content_hash == _json_digest(card)
    other = CardSpec("u", "n", CardKind.TERM, "tr", "is", "cloze", "b", "", "g", ("a",))
    assert card.content_hash == other.content_hash
    empty = CardSpec("u", "n", CardKind.TERM, "tr", "is", None, "b", "", "g", ())  # type: ignore[arg-type]
    assert empty.content_hash == _json_digest(empty)


def test_the_content_hashes_of_many_cards_are_each_ones_content_hash() -> None:
    """`content_hashes` (a card worker's, for the cards it sends back) gives each card's
    digest of its JSON text, for strings and other values alike, and keeps none on them."""
    rng = random.Random(11)
    cards = [_card(rng) for _ in range(2_000)]
    cards += [
        CardSpec("u", "n", CardKind.TERM, "tr", "is", CardKind.CLOZE, "b", "", "g", ("a",)),
        CardSpec("u", "n", CardKind.TERM, "tr", "is", None, "b", "", "g", ()),  # type: ignore[arg-type]
        CardSpec("u", "n", CardKind.TERM, "tr", "is", "f", "b", "", "g", (), ["x"]),  # type: ignore[arg-type]
        CardSpec("u", "n", CardKind.TERM, "tr", "is", "f", "b", "", "g", (), (), None),  # type: ignore[arg-type]
    ]
    assert content_hashes(cards) == [_json_digest(c) for c in cards]
    assert not any("content_hash" in c.__dict__ for c in cards)
    assert content_hashes(cards) == [c.content_hash for c in cards]
