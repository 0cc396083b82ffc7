"""The `flashcards optimize` and `flashcards preset` commands: FSRS fitting and deck options."""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import Any

from flashcards.cli.commands import EXIT_OK, clock, close_collection
from flashcards.cli.options import UNITS
from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import Preset
from flashcards.scheduler.workload import Workload
from flashcards.services import presets as preset_service
from flashcards.services.collection import open_collection
from flashcards.services.optimize import MemoryUpdate

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _step_text(values: tuple[timedelta, ...]) -> str:
    def one(step: timedelta) -> str:
        seconds = step.total_seconds()
        for unit in ("d", "h", "m"):
            if seconds >= UNITS[unit] and seconds % UNITS[unit] == 0:
                return f"{seconds / UNITS[unit]:g}{unit}"
        return f"{seconds:g}s"

    return " ".join(one(step) for step in values) or "none"


def _on(value: bool) -> str:
    return "on" if value else "off"


def render_preset(preset: Preset, decks: tuple[str, ...] = ()) -> str:
    week = ", ".join(
        f"{day} {load:g}" for day, load in zip(_WEEKDAYS, preset.easy_days, strict=True) if load < 1
    )
    lines = [
        f"preset             {preset.name}",
        f"decks              {', '.join(decks) if decks else '-'}",
        f"desired retention  {preset.desired_retention:.2f}",
        f"new cards a day    {preset.new_per_day}",
        f"reviews a day      {preset.reviews_per_day}",
        f"learning steps     {_step_text(preset.learning_steps)}",
        f"relearning steps   {_step_text(preset.relearning_steps)}",
        f"maximum interval   {preset.maximum_interval} days",
        f"bury siblings      new {_on(preset.bury_new)}, reviews {_on(preset.bury_reviews)}, "
        f"interday learning {_on(preset.bury_interday)}",
        f"review order       {preset.review_order.value}",
        f"leech              after {preset.leech_threshold} lapses: {preset.leech_action.value}",
        f"easy days          {week or 'none'}",
    ]
    return "\n".join(lines)


def _memory_line(update: MemoryUpdate | None) -> str | None:
    if update is None:
        return None
    line = f"Memory states recomputed for {update.cards:,} cards"
    if update.rescheduled:
        line += f"; {update.rescheduled:,} rescheduled"
    return line + "."


def render_workload(result: Workload) -> str:
    lines = [
        f"Workload for {result.cards:,} cards over {result.days} days "
        "(fsrs-rs simulation, your parameters and limits)",
        "retention  reviews/day  new/day  minutes/day  cards known at the end",
    ]
    for point in result.points:
        lines.append(
            f"     {point.retention:.2f}  {point.reviews_per_day:11.1f}  {point.new_per_day:7.1f}"
            f"  {point.minutes_per_day:11.1f}  {point.known:,.0f}"
        )
    lines.append(
        f"Recommended minimum retention: {result.recommended_minimum:.2f} "
        "(below it each card remembered costs more time)"
    )
    return "\n".join(lines)


def cmd_optimize(args: argparse.Namespace) -> int:
    from flashcards.services.optimize import evaluate_collection, optimize_collection
    from flashcards.services.workload import study_workload

    db, _ = open_collection(args.db)
    try:
        if args.evaluate:
            evaluation = evaluate_collection(db)
            print(
                f"Current parameters: log loss {evaluation.log_loss:.4f}, RMSE (bins) "
                f"{evaluation.rmse_bins:.2%} over {evaluation.n:,} reviews"
            )
            return EXIT_OK
        if args.workload:
            print(render_workload(study_workload(db, args.deck)))
            return EXIT_OK
        result = optimize_collection(
            db,
            apply=not args.dry_run,
            reschedule=args.reschedule,
            now=clock(args),
            refine=args.refine,
        )
    finally:
        close_collection(db, args)
    print(result.message)
    return EXIT_OK


_PRESET_OPTIONS = (
    ("retention", "desired_retention"),
    ("new_per_day", "new_per_day"),
    ("reviews_per_day", "reviews_per_day"),
    ("learning_steps", "learning_steps"),
    ("relearning_steps", "relearning_steps"),
    ("max_interval", "maximum_interval"),
    ("bury_new", "bury_new"),
    ("bury_reviews", "bury_reviews"),
    ("bury_interday", "bury_interday"),
    ("review_order", "review_order"),
    ("leech_threshold", "leech_threshold"),
    ("leech_action", "leech_action"),
    ("easy_days", "easy_days"),
)


def cmd_preset(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db)
    try:
        action = args.preset_action or "list"
        if action == "list":
            for use in preset_service.list_presets(db):
                p = use.preset
                print(
                    f"{p.name}: retention {p.desired_retention:.2f}, {p.new_per_day} new / "
                    f"{p.reviews_per_day} reviews a day; decks: {', '.join(use.decks) or '-'}"
                )
        elif action == "show":
            found = {u.preset.name.casefold(): u for u in preset_service.list_presets(db)}
            shown = found.get(args.name.casefold())
            if shown is None:
                raise FlashcardsError(f"no preset named {args.name!r}")
            print(render_preset(shown.preset, shown.decks))
        elif action == "set":
            changes: dict[str, Any] = {
                field: getattr(args, option)
                for option, field in _PRESET_OPTIONS
                if getattr(args, option) is not None
            }
            preset, update = preset_service.change_preset(
                db,
                args.name,
                now=clock(args),
                reschedule=args.reschedule,
                create=args.create,
                **changes,
            )
            print(render_preset(preset))
            line = _memory_line(update)
            if line:
                print(line)
        elif action == "use":
            preset = preset_service.assign_preset(db, args.deck, args.name)
            print(f"Deck {args.deck} uses the preset {preset.name}.")
        elif action == "delete":
            preset_service.delete_preset(db, args.name)
            print(f"Removed the preset {args.name}; its decks use the Default preset.")
    finally:
        close_collection(db, args)
    return EXIT_OK
