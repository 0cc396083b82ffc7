"""Studying in the terminal: show, reveal, grade 1–4, undo, quit; works with piped input."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime

from flashcards.scheduler.memory import format_interval
from flashcards.services.study import StudySession
from flashcards.types import Rating

Reader = Callable[[str], str | None]
Writer = Callable[[str], None]

_KEYS = {"1": Rating.AGAIN, "2": Rating.HARD, "3": Rating.GOOD, "4": Rating.EASY}


def buttons(intervals: dict[Rating, object]) -> str:
    return "  ".join(
        f"{int(r)} {r.name.title()} ({format_interval(intervals[r])})"  # type: ignore[arg-type]
        for r in Rating
    )


def study_loop(
    session: StudySession, read: Reader, write: Writer, clock: Callable[[], datetime]
) -> Counter[Rating]:
    """Run a study session until the queue is empty, the user quits, or input ends."""
    graded: Counter[Rating] = Counter()
    started = time.monotonic()
    while True:
        now = clock()
        card = session.next_card(now)
        if card is None:
            due = session.next_due(now)
            when = f" The next card is due {due.astimezone():%Y-%m-%d %H:%M}." if due else ""
            write(f"Done for today.{when}")
            break
        counts = session.counts(now)
        write("")
        write(
            f"[{card.content.deck}] new {counts.new} · learning {counts.learning} · "
            f"review {counts.review}"
        )
        write(f"Q: {card.content.front}")
        shown = time.monotonic()
        line = read("Enter shows the answer (u undo, q quit) > ")
        if line is None or line.strip().lower() == "q":
            break
        if line.strip().lower() == "u":
            _undo(session, clock, write, graded)
            continue
        write(f"A: {card.content.back}")
        if card.content.extra and card.content.extra != card.content.back:
            write(f"   {card.content.extra}")
        write(buttons(card.intervals))  # type: ignore[arg-type]
        while True:
            line = read("1-4 grade, u undo, q quit > ")
            choice = (line or "q").strip().lower()
            if choice in _KEYS:
                rating = _KEYS[choice]
                answered = session.answer(
                    card.id, rating, clock(), duration_ms=int((time.monotonic() - shown) * 1000)
                )
                graded[rating] += 1
                due = answered.memory.due
                later = format_interval(session.model.interval_to(answered.memory, clock()))
                later = later if due else "?"
                write(f"saved review {answered.review_id}: {rating.name.title()}, next in {later}")
                break
            if choice == "u":
                _undo(session, clock, write, graded)
                break
            if choice == "q":
                _summary(graded, started, write)
                return graded
            write("Type 1 (Again), 2 (Hard), 3 (Good), 4 (Easy), u or q.")
    _summary(graded, started, write)
    return graded


def _undo(
    session: StudySession, clock: Callable[[], datetime], write: Writer, graded: Counter[Rating]
) -> None:
    last = session.answered[-1] if session.answered else None
    card = session.undo(clock())
    if card is None:
        write("Nothing to undo.")
        return
    if last is not None and last.card_id == card.id and graded[last.rating] > 0:
        graded[last.rating] -= 1
    shown = f"undone review {last.review_id}" if last is not None else "undone"
    write(f"{shown}: {card.content.front}")


def _summary(graded: Counter[Rating], started: float, write: Writer) -> None:
    total = sum(graded.values())
    minutes = (time.monotonic() - started) / 60
    parts = ", ".join(f"{r.name.lower()} {graded[r]}" for r in Rating)
    write(f"Studied {total} card{'s' if total != 1 else ''} in {minutes:.1f} min: {parts}.")
