"""Fit and evaluate FSRS parameters on the collection's review log; recompute memory states.

Each optimize also calibrates the app's own predictions on the review answers of the last
`calibrate.WINDOW_DAYS` days (recall against the prediction each card had when answered,
near the desired retention; stored with the parameters); when calibration is on, intervals
are computed for the calibrated target.

After the parameters change (or a preset's retention does), every studied card's memory is
replayed from its history with the parameters in use, as Anki does; due dates move only
when the user asks ("reschedule cards on change").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from flashcards.errors import FlashcardsError
from flashcards.scheduler.calibrate import WINDOW_DAYS, Calibration, predicted_recall
from flashcards.scheduler.day import day_of
from flashcards.scheduler.fuzz import fuzz_factor, fuzz_seed, fuzzed_days
from flashcards.scheduler.history import PastReview, memory_states
from flashcards.scheduler.memory import MemoryModel
from flashcards.scheduler.optimize import (
    Evaluation,
    OptimizeResult,
    ReviewEvent,
    build_items,
    evaluate,
    optimize,
)
from flashcards.store import answers as answers_store
from flashcards.store import presets
from flashcards.store import review_history as history_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.types import CardState


def log_events(db: Database) -> list[ReviewEvent]:
    """Every graded answer and every reset to new (rating None) in the log, by card, oldest
    first: what the optimizer reads (a reset starts a card's history again)."""
    with db.begin() as session:
        rows = history_store.events(session)
    return [ReviewEvent(e.card_id, e.reviewed_at, e.rating) for e in rows]


def review_events(db: Database) -> list[ReviewEvent]:
    """Every graded answer in the log, by card, oldest first."""
    return [event for event in log_events(db) if event.rating is not None]


@dataclass(frozen=True)
class MemoryUpdate:
    """What a recompute did: cards whose memory was replayed, cards given a new due date."""

    cards: int
    rescheduled: int


def optimize_collection(
    db: Database,
    *,
    apply: bool = True,
    tz: tzinfo | None = None,
    reschedule: bool = False,
    now: datetime | None = None,
    refine: bool = False,
    held_out_adoption: bool = False,
) -> OptimizeResult:
    """Evaluate current and fitted parameters; store the fitted ones if adopted, and then
    recompute every card's memory with them (rescheduling due dates only if asked). The fit
    is fsrs-rs's; with `refine`, refined when that predicts clearly better."""
    with db.begin() as session:
        config = store.load_config(session)
    hour = config.day_start_hour
    events = log_events(db)
    result = optimize(
        events,
        config.parameters,
        lambda t: day_of(t, hour, tz),
        relearning_steps=len(config.relearning_steps),
        refine=refine,
        held_out_adoption=held_out_adoption,
    )
    moment = now or datetime.now().astimezone()
    if result.status == "too_few":
        return result
    found = live_calibration(db, config.parameters, moment, lambda t: day_of(t, hour, tz))
    line = found.line(config.desired_retention)
    if not config.calibrate:
        line += " (calibration is off: scheduling for the desired retention)"
    result = replace(result, calibration=found, message=f"{result.message}. {line}")
    if apply:
        changes: dict[str, object] = {"calibration": found}
        if result.status == "adopted":
            changes["parameters"] = result.parameters
        with db.begin() as session:
            store.save_config(session, store.load_config(session).with_changes(**changes))
        target_moved = (
            config.with_changes(calibration=found).scheduling_retention
            != config.scheduling_retention
        )
        if result.status == "adopted" or (reschedule and target_moved):
            recompute_memory(db, now=moment, tz=tz, reschedule=reschedule)
    return result


def live_calibration(
    db: Database, parameters: Sequence[float], now: datetime, study_day: Callable[[datetime], date]
) -> Calibration:
    """The app's own predictions of its review answers of the last `WINDOW_DAYS` days (from
    the memory the log kept of each card when it was answered) against their outcomes."""
    with db.begin() as session:
        reviews = history_store.reviews_since(session, now - timedelta(days=WINDOW_DAYS))
    pairs = []
    for review in reviews:
        elapsed = (study_day(review.reviewed_at) - study_day(review.last_review)).days
        if elapsed >= 1:
            pairs.append(
                (predicted_recall(parameters, elapsed, review.stability), review.rating > 1)
            )
    return Calibration.of(pairs)


def evaluate_collection(db: Database, tz: tzinfo | None = None) -> Evaluation:
    """How well the parameters in use predict the log (Anki's Evaluate: log loss, RMSE)."""
    with db.begin() as session:
        config = store.load_config(session)
    hour = config.day_start_hour
    items = build_items(log_events(db), lambda t: day_of(t, hour, tz))
    if not items:
        raise FlashcardsError(
            "nothing to evaluate yet: no card has been answered on two different days"
        )
    try:
        return evaluate(config.parameters, items)
    except ValueError as error:
        raise FlashcardsError(f"could not evaluate the parameters: {error}") from None


def recompute_memory(
    db: Database,
    *,
    now: datetime,
    tz: tzinfo | None = None,
    reschedule: bool = False,
    deck_ids: Sequence[int] | None = None,
) -> MemoryUpdate:
    """Replay every studied card's history (of `deck_ids`, or all) with the parameters in
    use; with `reschedule`, review cards are also given the interval their deck's preset
    now asks for, counted from their last review (logged, so history shows it)."""
    with db.begin() as session:
        config = store.load_config(session)
        hour = config.day_start_hour

        def study_day(moment: datetime):  # type: ignore[no-untyped-def]
            return day_of(moment, hour, tz)

        histories: dict[int, list[PastReview]] = {}
        for event in history_store.events(session, deck_ids):
            histories.setdefault(event.card_id, []).append(
                PastReview(event.reviewed_at, event.rating)
            )
        cards = history_store.studied_cards(session, deck_ids)
        states = memory_states(
            {card.id: histories.get(card.id, []) for card in cards}, config.parameters, study_day
        )
        memories = [
            (card.id, state.stability, state.difficulty)
            for card in cards
            if (state := states.get(card.id)) is not None
        ]
        history_store.set_memories(session, memories)
        rescheduled = 0
        if reschedule:
            by_deck = presets.deck_presets(session, sorted({card.deck_id for card in cards}))
            models = {
                deck: MemoryModel(config.with_preset(preset), tz)
                for deck, preset in by_deck.items()
            }
            for card in cards:
                state = states.get(card.id)
                memory = card.memory
                if (
                    state is None
                    or card.suspended
                    or memory.state is not CardState.REVIEW
                    or memory.last_review is None
                ):
                    continue
                model = models[card.deck_id]
                factor = (
                    fuzz_factor(fuzz_seed(card.id, max(0, memory.reps - 1)))
                    if config.enable_fuzz
                    else None
                )
                days = fuzzed_days(
                    model.interval(state.stability), factor, 1, model.config.maximum_interval
                )
                due = model.due_on(model.day(memory.last_review) + timedelta(days=days))
                if due == memory.due:
                    continue
                after = replace(
                    memory, stability=state.stability, difficulty=state.difficulty, due=due
                )
                answers_store.write_answer(
                    session, card.id, memory, after, now, rating=None, kind="manual"
                )
                rescheduled += 1
    return MemoryUpdate(len(memories), rescheduled)
