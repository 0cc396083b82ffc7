"""The handlers of the `flashcards` subcommands: each opens the collection and prints."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from flashcards import paths
from flashcards.cli.report import count, render_build, render_decks, safe
from flashcards.cli.study import study_loop
from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import SchedulerConfig
from flashcards.services import backup as backup_service
from flashcards.services import collection
from flashcards.services import export as export_service
from flashcards.services import stats as stats_service
from flashcards.services.collection import open_collection
from flashcards.services.study import StudySession, due_counts, load_config, save_config
from flashcards.store.database import Database

EXIT_OK, EXIT_FAILED = 0, 1


def clock(args: argparse.Namespace) -> datetime:
    """Now, or the fixed time given with the hidden --now option (for tests and demos)."""
    if args.now:
        moment = datetime.fromisoformat(args.now)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def close_collection(db: Database, args: argparse.Namespace) -> None:
    if db.readonly:  # nothing was changed, and nothing can be written beside it
        db.close()
        return
    try:
        backup_service.auto_backup(db, clock(args))
    except (OSError, FlashcardsError) as exc:
        print(f"flashcards: warning: automatic backup failed ({exc})", file=sys.stderr)
    db.close()


def cmd_build(args: argparse.Namespace) -> int:
    from flashcards.services.build import build  # the builder: loaded for this command only

    db, _ = open_collection(args.db, seed=False)
    try:
        report = build(
            db,
            args.paths,
            deck=args.deck,
            source=args.source,
            target=args.target,
            both_directions=args.both_directions,
            kinds=args.kinds,
            max_bytes=args.max_size,
        )
    finally:
        close_collection(db, args)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_build(report))
    return EXIT_OK if report.ok else EXIT_FAILED


def _export_apkg(db: Database, args: argparse.Namespace) -> int:
    from flashcards.services import anki_export  # genanki is loaded only when it is needed

    out = Path(args.output)
    written = anki_export.export_apkg(db, out, args.deck, clock(args).timestamp())
    cards, notes = count(written.cards, "card", "cards"), count(written.notes, "note", "notes")
    print(f"{cards} ({notes}) written to {out}", file=sys.stderr)
    return EXIT_OK


def _export_exchange(db: Database, args: argparse.Namespace) -> int:
    from flashcards.builder.tmx import ExchangeFormat  # translate-toolkit: loaded when needed
    from flashcards.services import exchange

    fmt = ExchangeFormat(args.format)
    what = (
        ("translation unit", "translation units")
        if args.format == "tmx"
        else (
            "term entry",
            "term entries",
        )
    )
    if args.output:
        out = Path(args.output)
        written = exchange.export_exchange_file(db, out, fmt, args.deck)
        print(f"{count(written.units, *what)} written to {out}", file=sys.stderr)
    else:
        data, written = exchange.export_exchange(db, fmt, args.deck)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "apkg" and not args.output:
        raise FlashcardsError("apkg is a binary format: give -o FILE")
    db, _ = open_collection(args.db, read_only_ok=True)
    try:
        if args.deck is not None:
            collection.require_deck(db, args.deck)
        if args.format == "apkg":
            return _export_apkg(db, args)
        if args.format in ("tmx", "tbx"):
            return _export_exchange(db, args)
        text, n = export_service.export_cards(db, args.format, args.deck)
    finally:
        close_collection(db, args)
    if args.output:
        out = Path(args.output)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise FlashcardsError(f"{out}: cannot write ({exc.strerror})") from None
        print(f"{count(n, 'card', 'cards')} written to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_decks(args: argparse.Namespace) -> int:
    db, reports = open_collection(args.db, read_only_ok=True)
    try:
        for report in reports:
            print(render_build(report))
        decks = collection.decks(db)
    finally:
        close_collection(db, args)
    print(f"Collection: {db.label}")
    print(render_decks(decks))
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db, read_only_ok=True)
    try:
        decks = due_counts(db, clock(args))
    finally:
        close_collection(db, args)
    if args.json:
        rows = [
            {
                "deck": d.name,
                "source_lang": d.source_lang,
                "target_lang": d.target_lang,
                "new": d.counts.new,
                "learning": d.counts.learning,
                "review": d.counts.review,
            }
            for d in decks
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max([len(safe(d.name)) for d in decks] + [4])
    print(f"{'deck':<{width}}  {'new':>5} {'learn':>5} {'due':>5}")
    for d in decks:
        c = d.counts
        print(f"{safe(d.name):<{width}}  {c.new:>5} {c.learning:>5} {c.review:>5}")
    return EXIT_OK


def _read_line(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


def cmd_study(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db)
    try:
        session = StudySession(db, args.deck)
        study_loop(session, _read_line, lambda text: print(text, flush=True), lambda: clock(args))
    finally:
        close_collection(db, args)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db, read_only_ok=True)
    try:
        stats = stats_service.collect(db, clock(args), deck=args.deck)
    finally:
        close_collection(db, args)
    if args.json:
        print(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    retention = (
        f"{stats.retention:.1%} of {stats.retention_reviews} reviews"
        if stats.retention is not None
        else "no reviews yet"
    )
    print(
        f"Today          {stats.reviews_today} reviews, {stats.again_today} again, "
        f"{stats.minutes_today} min"
    )
    print(f"Retention      {retention} (last 30 days)")
    print("Cards          " + ", ".join(f"{k} {v}" for k, v in stats.cards_by_state.items()))
    print("Due forecast   (next 30 days)")
    for day, due in stats.forecast:
        if due:
            print(f"  {day.isoformat()}  {due:>5}  {'█' * min(due, 60)}")
    bad = stats.bad_cards
    if bad["total"]:
        reasons = ", ".join(f"{k} {v}" for k, v in bad["by_reason"].items() if v)
        print(f"Marked bad     {bad['total']}: {reasons}")
    return EXIT_OK


def cmd_bad(args: argparse.Namespace) -> int:
    from flashcards.services import bad_cards
    from flashcards.types import BadReason

    if args.list:
        return _list_reports(args)
    if args.unmark:
        return _unmark(args)
    if args.card is None or args.reason is None:
        raise FlashcardsError("give the card and --reason (or --list to see the reports)")
    db, _ = open_collection(args.db, seed=False)
    try:
        card_id = bad_cards.find_card(db, args.card)
        marked = bad_cards.mark_bad(db, card_id, BadReason(args.reason), clock(args), args.note)
    finally:
        close_collection(db, args)
    print(
        f"card {marked.value.uid} marked bad ({marked.value.reason.value}): "
        "retired, and no build makes it again"
    )
    return EXIT_OK


def _unmark(args: argparse.Namespace) -> int:
    from flashcards.services import bad_cards

    if args.card is None or args.reason is not None:
        raise FlashcardsError("give the card to unmark, without --reason")
    db, _ = open_collection(args.db, seed=False)
    try:
        unmarked = bad_cards.unmark_bad(db, bad_cards.find_card(db, args.card))
    finally:
        close_collection(db, args)
    print(f"card {safe(unmarked.value.uid)} unmarked: its report is deleted, it is active again")
    return EXIT_OK


def _list_reports(args: argparse.Namespace) -> int:
    from flashcards.services import bad_cards

    db, _ = open_collection(args.db, read_only_ok=True)
    try:
        found = bad_cards.reports(db, args.deck)
    finally:
        close_collection(db, args)
    if args.json:
        for report in found:
            print(json.dumps(report, ensure_ascii=False))
        return EXIT_OK
    for report in found:
        note = f" ({safe(report['note'])})" if report["note"] else ""
        print(f"{report['reason']:<19} {safe(report['card_uid'])}{note}")
        print(f"    {safe(report['front'])} → {safe(report['back'])}")
    if not found:
        print("no card has been marked bad")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db, seed=False)
    try:
        path = backup_service.backup_now(db, clock(args))
    finally:
        db.close()
    print(f"Backed up to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    target, saved = backup_service.restore_at(
        args.db or paths.default_database(), Path(args.file), clock(args)
    )
    print(f"Restored {safe(args.file)} into {target}")
    if saved != Path():
        print(f"The collection it replaced is kept in {saved}")
    return EXIT_OK


def calibration_text(config: SchedulerConfig) -> str:
    """Whether intervals are computed for a calibrated target, and what it found."""
    state = "on" if config.calibrate else "off"
    if config.calibration is None:
        return f"{state} (not calibrated yet: run flashcards optimize)"
    found = config.calibration.line(config.desired_retention).removeprefix("Calibration: ")
    if not config.calibrate:
        found = found.replace(": scheduling for", ": would schedule for")
        return f"off, scheduling for {config.desired_retention:.0%} ({found})"
    return f"on ({found})"


def cmd_config(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db)
    try:
        config = load_config(db)
        changes: dict[str, object] = {}
        if args.retention is not None:
            changes["desired_retention"] = args.retention
        if args.day_start is not None:
            changes["day_start_hour"] = args.day_start
        if args.calibrate is not None:
            changes["calibrate"] = args.calibrate == "on"
        if changes:
            try:
                config = config.with_changes(**changes)
            except ValueError as exc:
                raise FlashcardsError(str(exc)) from None
            save_config(db, config)
        limits = (args.new_per_day, args.reviews_per_day)
        if limits != (None, None):
            if args.deck is None:
                raise FlashcardsError("--new-per-day and --reviews-per-day need --deck NAME")
            collection.change_deck_limits(db, args.deck, *limits)
    finally:
        db.close()
    print(f"desired retention  {config.desired_retention:.2f}")
    print(f"calibration        {calibration_text(config)}")
    print(f"day starts at      {config.day_start_hour:02d}:00")
    print(f"maximum interval   {config.maximum_interval} days")
    steps = ", ".join(f"{s.total_seconds() / 60:g}m" for s in config.learning_steps)
    print(f"learning steps     {steps}")
    return EXIT_OK
