"""`flashcards quiz` as a real subprocess fed through a pipe: mc, typed, cloze and sort."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from flashcards.services.quiz import QuizMode, QuizPlan, QuizSession
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck
from flashcards.types import CardKind

NOW = "2026-11-23T09:00:00+00:00"
MOMENT = datetime.fromisoformat(NOW)


def run(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), "--now", NOW, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TZ": "UTC"},
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _collection(folder: Path) -> Path:
    """A new collection holding the shipped seed deck, as the command makes it."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "c.sqlite"
    assert run(db, "decks").returncode == 0
    return db


def _plan(db: Path, mode: QuizMode, count: int, seed: int) -> QuizPlan:
    """The plan the command will follow, computed the same way in this process."""
    database = Database(db)
    try:
        return QuizSession(database, "sales", tz=UTC).plan(mode, MOMENT, count=count, seed=seed)
    finally:
        database.close()


def _log(db: Path) -> list[tuple[int, int, str]]:
    connection = sqlite3.connect(db)
    try:
        query = "SELECT card_id, rating, mode FROM review_log ORDER BY id"
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def _sql(db: Path, statement: object) -> None:
    database = Database(db)
    try:
        with database.begin() as session:
            session.execute(statement)  # type: ignore[call-overload]
    finally:
        database.close()


def test_multiple_choice_records_right_and_wrong_answers(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    plan = _plan(db, QuizMode.CHOICE, 3, seed=5)
    first, second = (plan.choices(item) for item in plan.items[:2])
    assert plan.items[0].due and plan.items[1].due and len(second.options) > 1
    wrong = next(i for i in range(len(second.options)) if i != second.answer_index)
    stdin = f"{first.answer_index + 1}\nnine\n{wrong + 1}\n"  # then input ends
    result = run(db, "quiz", "--deck", "sales", "--count", "3", "--seed", "5", stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "seed 5 (repeat with --seed 5)" in out
    assert f"Q: {plan.items[0].card.front}" in out
    assert f"Right: {first.answer}" in out
    assert f"Type a number from 1 to {len(second.options)}, or q." in out
    assert f"Wrong: the answer is {second.answer_index + 1}) {second.answer}" in out
    assert "saved review 1: Good, next in 10m" in out and "saved review 2: Again, next in 1m" in out
    assert "Score: 1/2 (stopped after 2 of 3)" in out
    assert _log(db) == [(plan.items[0].id, 3, "choice"), (plan.items[1].id, 1, "choice")]
    again = run(db, "quiz", "--count", "2", "--seed", "5", stdin="q\n")
    assert "Score: 0/0" in again.stdout and len(_log(db)) == 2


def test_typed_answer_in_turkish_case_is_exact(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    plan = _plan(db, QuizMode.TYPED, 1000, seed=2)
    target = next(
        i
        for i, item in enumerate(plan.items)
        if item.card.back == "Yumuşak satış" and item.card.kind is CardKind.TERM
    )
    lines = [item.card.back for item in plan.items[:target]] + ["yumuşak satış", "q"]
    result = run(
        db,
        "quiz",
        "--deck",
        "sales",
        "--mode",
        "typed",
        "--count",
        "1000",
        "--seed",
        "2",
        stdin="\n".join(lines) + "\n",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"Q: {plan.items[target].card.front}" in out
    assert "exact — expected: Yumuşak satış" in out
    assert "wrong" not in out and "near miss" not in out
    assert f"Score: {target + 1}/{target + 1}" in out
    recorded = [item for item in plan.items[: target + 1] if item.due]
    assert _log(db) == [(item.id, 3, "typed") for item in recorded]


def test_typed_near_miss_shows_a_diff(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    first = _plan(db, QuizMode.TYPED, 1, seed=0).items[0]
    assert first.card.back == "Mjúk sala"
    strict = run(db, "quiz", "--mode", "typed", "--count", "1", "--seed", "0", stdin="mjuk sala\n")
    assert "wrong — expected: Mjúk sala" in strict.stdout
    assert "diff: Mj[u→ú]k sala" in strict.stdout and "only the accents differ" in strict.stdout
    assert "Score: 0/1" in strict.stdout
    fresh = _collection(tmp_path / "again")  # the card is now learning: start afresh
    loose = run(
        fresh, "quiz", "--mode", "typed", "--count", "1", "--tolerate-accents", stdin="mjuk sala\n"
    )
    assert "near miss — expected: Mjúk sala" in loose.stdout
    assert "diff: Mj[u→ú]k sala" in loose.stdout
    assert _log(db) == [(first.id, 1, "typed")] and _log(fresh) == [(first.id, 2, "typed")]


@pytest.mark.parametrize(
    ("mode", "kind", "deck", "message"),
    [
        ("cloze", "cloze", ["--deck", "sales"], "No cloze cards to quiz on in deck 'sales'."),
        ("sort", "contrast", [], "No contrast cards to quiz on in the collection."),
    ],
)
def test_a_deck_without_the_kind_says_so_in_one_line(
    tmp_path: Path, mode: str, kind: str, deck: list[str], message: str
) -> None:
    db = _collection(tmp_path)
    _sql(db, update(Card).where(Card.kind == kind).values(retired=True))
    result = run(db, "quiz", "--mode", mode, *deck, stdin="1\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == message + "\n" and result.stderr == ""
    assert _log(db) == []


def test_unknown_deck_and_bad_count(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    missing = run(db, "quiz", "--deck", "nope")
    assert missing.returncode == 2 and "no deck named 'nope'" in missing.stderr
    bad = run(db, "quiz", "--count", "0")
    assert bad.returncode == 2 and "--count must be at least 1" in bad.stderr


STATEMENTS = [
    ("Müşteriyi acele ettirmez.", "Yumuşak Satış"),
    ("Hemen satın alma baskısı yapar.", "Sert satış"),
    ("Alıcıya tavsiyede bulunur.", "Yumuşak Satış"),
    ("Agresif bir tekniktir.", "Sert satış"),
]


def test_sorting_inserted_contrast_cards(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    _sql(db, update(Card).where(Card.kind == "contrast").values(retired=True))
    _sql(db, update(Deck).values(new_per_day=1000))  # every new card is due today
    for k, (front, back) in enumerate(STATEMENTS):
        _sql(
            db,
            insert(Card).values(
                uid=f"test/contrast/{k}",
                deck_id=select(Deck.id).where(Deck.name == "sales").scalar_subquery(),
                note_key=f"test/contrast/{k}",
                kind="contrast",
                source_lang="tr",
                target_lang="tr",
                front=front,
                back=back,
                extra=f"because {front.lower()}",
                group_key="test-group",
                source_files="[]",
                content_hash=f"h{k}",
            ),
        )
    plan = _plan(db, QuizMode.SORT, 4, seed=9)
    assert len(plan.items) == 4 and all(item.due for item in plan.items)
    labels = ("Yumuşak Satış", "Sert satış")
    # Right, wrong, right, then quit.
    picks = [labels.index(plan.items[0].card.back), 1 - labels.index(plan.items[1].card.back)]
    picks.append(labels.index(plan.items[2].card.back))
    stdin = "".join(f"{p + 1}\n" for p in picks) + "q\n"
    result = run(db, "quiz", "--mode", "sort", "--count", "4", "--seed", "9", stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "  1) Yumuşak Satış\n  2) Sert satış\n" in out
    assert "Score: 2/3 (stopped after 3 of 4)" in out
    misplaced = plan.items[1].card
    assert "Wrong placements:" in out
    assert f"“{misplaced.front}”" in out.split("Wrong placements:")[1]
    assert f"it belongs under {misplaced.back}" in out
    assert f"why: because {misplaced.front.lower()}" in out
    assert _log(db) == [
        (plan.items[0].id, 3, "sort"),
        (plan.items[1].id, 1, "sort"),
        (plan.items[2].id, 3, "sort"),
    ]


def test_sorting_the_seed_decks_own_contrast_cards(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    plan = _plan(db, QuizMode.SORT, 5, seed=1)
    assert len(plan.items) == 5  # the seed deck makes contrast cards
    picks = [plan.labels(item).index(item.card.back) + 1 for item in plan.items]
    result = run(
        db,
        "quiz",
        "--mode",
        "sort",
        "--count",
        "5",
        "--seed",
        "1",
        stdin="".join(f"{p}\n" for p in picks),
    )
    assert result.returncode == 0, result.stderr
    assert f"Score: {len(plan.items)}/{len(plan.items)}\n" in result.stdout
    assert "Wrong placements:" not in result.stdout


def test_a_sorting_round_is_in_the_language_chosen(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    result = run(db, "quiz", "--mode", "sort", "--count", "13", "--seed", "2", stdin="q\n")
    assert result.returncode == 0, result.stderr
    assert "Quiz on the collection in tr: sort the statements, 10" not in result.stdout
    assert "Quiz on the collection in tr: sort the statements, 13 questions" in result.stdout
    assert "  1) Yumuşak satış\n  2) Sert satış\n" in result.stdout
    chosen = run(db, "quiz", "--mode", "sort", "--lang", "is", "--seed", "2", stdin="q\n")
    assert "Quiz on the collection in is: sort the statements" in chosen.stdout
    assert "Mjúk sala" in chosen.stdout and "satış" not in chosen.stdout
    none = run(db, "quiz", "--mode", "sort", "--deck", "sales", "--lang", "en")
    assert none.returncode == 0 and none.stdout == (
        "No contrast cards to quiz on in deck 'sales' in language 'en' (its languages: is, tr).\n"
    )
