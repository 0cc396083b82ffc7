"""The `flashcards optimize` and `flashcards preset` commands: FSRS fitting and deck options."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta
from typing import Any

from flashcards.cli.commands import EXIT_OK, clock, close_collection
from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import LeechAction, Preset, ReviewOrder
from flashcards.scheduler.workload import Workload
from flashcards.services import presets as preset_service
from flashcards.services.collection import open_collection
from flashcards.services.optimize import MemoryUpdate

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def steps(value: str) -> tuple[timedelta, ...]:
    """Learning steps as typed: "1m 10m", "1m,10m,1d" (s, m, h or d; minutes if bare)."""
    parts = [part for part in re.split(r"[\s,]+", value.strip()) if part]
    found = []
    for part in parts:
        match = re.fullmatch(r"(\d+(?:\.\d+)?)([smhd]?)", part)
        if match is None or float(match.group(1)) <= 0:
            raise argparse.ArgumentTypeError(f"not a step: {part!r} (write e.g. 1m, 10m, 1h or 1d)")
        found.append(timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2) or "m"]))
    return tuple(found)


def switch(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("on", "yes", "true", "1"):
        return True
    if lowered in ("off", "no", "false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"say on or off, not {value!r}")


def easy_days(value: str) -> tuple[float, ...]:
    """Seven loads, Monday first: 1 normal, 0.5 reduced, 0 minimum ("1,1,1,1,1,0.5,0")."""
    parts = [part for part in re.split(r"[\s,]+", value.strip()) if part]
    try:
        loads = tuple(float(part) for part in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not seven numbers: {value!r}") from None
    if len(loads) != 7 or not all(0 <= load <= 1 for load in loads):
        raise argparse.ArgumentTypeError("easy days are seven loads from 0 to 1, Monday first")
    return loads


def _step_text(values: tuple[timedelta, ...]) -> str:
    def one(step: timedelta) -> str:
        seconds = step.total_seconds()
        for unit in ("d", "h", "m"):
            if seconds >= _UNITS[unit] and seconds % _UNITS[unit] == 0:
                return f"{seconds / _UNITS[unit]:g}{unit}"
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


def add_commands(command: Any) -> None:
    """Register `optimize` and `preset` on the `flashcards` parser (`command` makes one)."""
    p = command("optimize", cmd_optimize, "fit FSRS parameters to your review history")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--dry-run", action="store_true", help="evaluate, but keep the current ones")
    what.add_argument(
        "--evaluate",
        action="store_true",
        help="only say how well the current parameters predict your reviews",
    )
    what.add_argument(
        "--workload",
        action="store_true",
        help="reviews a day at each desired retention, and the recommended minimum",
    )
    p.add_argument("--deck", metavar="NAME", help="with --workload: only this deck")
    p.add_argument(
        "--refine",
        action="store_true",
        help="refine fsrs-rs's fit on its own objective, kept if fsrs-rs's evaluation says it "
        "predicts clearly better (default: fsrs-rs's fit as it comes)",
    )
    p.add_argument(
        "--reschedule",
        action="store_true",
        help="also move due dates to the new parameters' intervals (default: keep them)",
    )

    p = command("preset", cmd_preset, "show or change the option presets decks share")
    actions = p.add_subparsers(dest="preset_action", metavar="ACTION")
    actions.add_parser("list", help="the presets and their decks")
    show = actions.add_parser("show", help="one preset's options")
    show.add_argument("name", metavar="NAME")
    change = actions.add_parser(
        "set", help="change a preset's options", description="change a preset's options"
    )
    change.add_argument("name", metavar="NAME", help="the preset (Default: the one all use)")
    change.add_argument("--create", action="store_true", help="make it (from Default) if new")
    change.add_argument("--retention", type=float, metavar="R", help="desired retention")
    change.add_argument("--new-per-day", type=int, metavar="N", help="new cards a day")
    change.add_argument(
        "--reviews-per-day",
        type=int,
        metavar="N",
        help="reviews a day (new cards count against it, as in Anki)",
    )
    change.add_argument("--learning-steps", type=steps, metavar="STEPS", help='e.g. "1m 10m"')
    change.add_argument("--relearning-steps", type=steps, metavar="STEPS", help='e.g. "10m"')
    change.add_argument("--max-interval", type=int, metavar="DAYS", help="maximum interval")
    change.add_argument("--bury-new", type=switch, metavar="on|off", help="bury new siblings")
    change.add_argument("--bury-reviews", type=switch, metavar="on|off", help="... review ones")
    change.add_argument(
        "--bury-interday", type=switch, metavar="on|off", help="... interday learning ones"
    )
    change.add_argument("--review-order", type=ReviewOrder, choices=list(ReviewOrder))
    change.add_argument("--leech-threshold", type=int, metavar="N", help="lapses (0: never)")
    change.add_argument("--leech-action", type=LeechAction, choices=list(LeechAction))
    change.add_argument(
        "--easy-days",
        type=easy_days,
        metavar="LOADS",
        help='seven loads, Monday first: 1 normal, 0.5 reduced, 0 minimum ("1,1,1,1,1,0.5,0")',
    )
    change.add_argument(
        "--reschedule",
        action="store_true",
        help="after a retention change, move due dates to the new intervals",
    )
    use = actions.add_parser("use", help="give a deck a preset")
    use.add_argument("name", metavar="NAME")
    use.add_argument("--deck", metavar="DECK", required=True)
    delete = actions.add_parser("delete", help="remove a preset (its decks use Default)")
    delete.add_argument("name", metavar="NAME")
