"""The `flashcards` command's arguments: its tree of subcommands, built without their code.

Each subcommand names its handler as "module:function" (a module of flashcards.cli),
imported only when it runs: `flashcards due` or `--version` loads neither the builder nor
Anki's files nor the optimizer.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from flashcards import __version__, paths
from flashcards.cli import options
from flashcards.files import MAX_ARTICLE_BYTES
from flashcards.scheduler.config import LeechAction, ReviewOrder
from flashcards.types import BadReason, CardKind

if TYPE_CHECKING:
    from typing import TypeAlias

    Command: TypeAlias = Callable[[str, str, str], argparse.ArgumentParser]
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

GLOSSARY = "glossary:cmd_import_glossary"
DB_COPY = "db:cmd_db_copy"


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand; each sets `handler` to its "module:function"."""
    parser = argparse.ArgumentParser(
        prog="flashcards",
        description="Bilingual flashcards from business articles, scheduled with FSRS.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"the collection to use (default: ${paths.DB_ENV} or {paths.default_database()})",
    )
    parser.add_argument("--now", help=argparse.SUPPRESS)  # a fixed time, for tests and demos
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("build", "commands:cmd_build", "build decks from article files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--deck", metavar="NAME", help="deck name (default: the folder's name)")
    p.add_argument("--source", metavar="L", help="question language, e.g. tr")
    p.add_argument("--target", metavar="L", help="answer language, e.g. is")
    p.add_argument("--both-directions", action="store_true", help="also make target → source cards")
    p.add_argument(
        "--kinds",
        metavar="K,K",
        type=options.kinds,
        help="kinds of card to make (default: the deck's, or all): " + ",".join(CardKind),
    )
    p.add_argument(
        "--max-size",
        metavar="MB",
        type=options.megabytes,
        default=MAX_ARTICLE_BYTES,
        help=f"skip files larger than this, unread (default {MAX_ARTICLE_BYTES // 1_000_000} MB)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = command(
        "export",
        "commands:cmd_export",
        "write cards as JSON Lines, CSV, an Anki package (apkg), a translation memory (tmx)"
        " or a termbase (tbx)",
    )
    p.add_argument(
        "--format", choices=(*options.EXPORT_FORMATS, "apkg", "tmx", "tbx"), default="jsonl"
    )
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout (apkg: required)"
    )

    command("decks", "commands:cmd_decks", "list the decks in the collection")

    p = command("due", "commands:cmd_due", "new, learning and review cards left today, per deck")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")

    p = command("study", "commands:cmd_study", "study today's cards in the terminal")
    p.add_argument("--deck", metavar="NAME", help="only this deck")

    p = command("quiz", "quiz:cmd_quiz", "quiz yourself: multiple choice, typed, cloze or sorting")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument("--mode", choices=("mc", "typed", "cloze", "sort"), default="mc")
    p.add_argument("--count", type=int, default=10, metavar="N", help="questions (default 10)")
    p.add_argument("--seed", type=int, metavar="S", help="repeat a quiz (default: from the clock)")
    p.add_argument(
        "--lang",
        metavar="CODE",
        help="only questions in this language, e.g. tr (sorting: one always, the deck's source)",
    )
    p.add_argument("--tolerate-accents", action="store_true", help="accent slips are near misses")
    p.add_argument(
        "--easy-when-fast", action="store_true", help="a right answer within 5 s counts as Easy"
    )

    p = command("stats", "commands:cmd_stats", "reviews, retention, cards by state, due forecast")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON")

    p = command(
        "bad", "commands:cmd_bad", "mark a generated card bad: retired, and never built again"
    )
    p.add_argument(
        "card", nargs="?", metavar="CARD", help="the card's uid (the id in `export`) or number"
    )
    p.add_argument("--reason", choices=[r.value for r in BadReason], help="what is wrong")
    p.add_argument("--note", default="", metavar="TEXT", help="a short remark (200 characters)")
    p.add_argument(
        "--list", action="store_true", help="list the cards marked bad, with their reasons"
    )
    p.add_argument(
        "--unmark", action="store_true", help="take the card's report back: it is active again"
    )
    p.add_argument("--deck", metavar="NAME", help="with --list: only this deck")
    p.add_argument("--json", action="store_true", help="with --list: one JSON object a line")

    _scheduling_commands(command)

    p = command("config", "commands:cmd_config", "show or change scheduling settings")
    p.add_argument("--retention", type=float, metavar="R", help="desired retention, 0.70–0.99")
    p.add_argument("--day-start", type=int, metavar="H", help="hour the study day starts, 0–23")
    p.add_argument(
        "--calibrate",
        choices=("on", "off"),
        help="schedule for the target calibrated on your recent reviews at each optimize "
        "(default off)",
    )
    p.add_argument("--deck", metavar="NAME", help="the deck whose limits to change")
    p.add_argument("--new-per-day", type=int, metavar="N", help="new cards a day (with --deck)")
    p.add_argument("--reviews-per-day", type=int, metavar="N", help="reviews a day (with --deck)")

    command("backup", "commands:cmd_backup", "copy the collection to its backups folder")
    p = command("restore", "commands:cmd_restore", "replace the collection by a backup")
    p.add_argument("file", metavar="FILE", help="a backup (the replaced collection is kept)")

    p = command("import", GLOSSARY, "import cards from other files")
    formats = p.add_subparsers(dest="import_format", metavar="FORMAT", required=True)
    help_text = "term cards from a glossary: a CSV or TSV file of terms and translations"
    p = formats.add_parser("glossary", help=help_text, description=help_text)
    p.set_defaults(handler=GLOSSARY)
    p.add_argument("file", metavar="FILE", help="a .csv or .tsv file: term, translation")
    p.add_argument("--source", metavar="L", required=True, help="language of the terms, e.g. tr")
    p.add_argument("--target", metavar="L", required=True, help="language of the translations")
    p.add_argument("--deck", metavar="NAME", help="deck name (default: the file's name)")
    p.add_argument("--both-directions", action="store_true", help="also make target → source cards")
    _anki_import(formats)
    _exchange_imports(formats)

    p = command("db", DB_COPY, "copy a collection between SQLite and PostgreSQL")
    actions = p.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    help_text = "copy a whole collection (cards, history, settings) into an empty database"
    p = actions.add_parser("copy", help=help_text, description=help_text)
    p.set_defaults(handler=DB_COPY)
    p.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="a file path or postgresql:// URL (default: the collection in use)",
    )
    p.add_argument(
        "--to", dest="target", metavar="URL", required=True, help="an empty database or new file"
    )
    return parser


def _scheduling_commands(command: Command) -> None:
    """Register `optimize` and `preset` on the `flashcards` parser (`command` makes one)."""
    p = command("optimize", "scheduling:cmd_optimize", "fit FSRS parameters to your review history")
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

    p = command("preset", "scheduling:cmd_preset", "show or change the option presets decks share")
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
    change.add_argument(
        "--learning-steps", type=options.steps, metavar="STEPS", help='e.g. "1m 10m"'
    )
    change.add_argument(
        "--relearning-steps", type=options.steps, metavar="STEPS", help='e.g. "10m"'
    )
    change.add_argument("--max-interval", type=int, metavar="DAYS", help="maximum interval")
    change.add_argument(
        "--bury-new", type=options.switch, metavar="on|off", help="bury new siblings"
    )
    change.add_argument(
        "--bury-reviews", type=options.switch, metavar="on|off", help="... review ones"
    )
    change.add_argument(
        "--bury-interday", type=options.switch, metavar="on|off", help="... interday learning ones"
    )
    change.add_argument("--review-order", type=ReviewOrder, choices=list(ReviewOrder))
    change.add_argument("--leech-threshold", type=int, metavar="N", help="lapses (0: never)")
    change.add_argument("--leech-action", type=LeechAction, choices=list(LeechAction))
    change.add_argument(
        "--easy-days",
        type=options.easy_days,
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


def _anki_import(formats: Subparsers) -> None:
    """`import anki FILE`: its options."""
    help_text = "an Anki package (.apkg, .colpkg) with its review history"
    p = formats.add_parser("anki", help=help_text, description=help_text)
    p.set_defaults(handler="anki:cmd_import_anki")
    p.add_argument("file", metavar="FILE", help="an .apkg or .colpkg file exported by Anki")
    p.add_argument("--deck", metavar="NAME", help="put every card in this deck (default: Anki's)")
    p.add_argument(
        "--fields",
        metavar="FRONT,BACK",
        help="the note fields that make the question and answer (default: the first two)",
    )
    p.add_argument("--source", metavar="L", help="language of the questions (default: detected)")
    p.add_argument("--target", metavar="L", help="language of the answers (default: detected)")
    p.add_argument(
        "--include-added",
        action="store_true",
        help="in a package of this app's cards, also import the notes added in Anki",
    )
    p.add_argument(
        "--retire-missing",
        action="store_true",
        help="in a package of this app's cards, retire the cards deleted in Anki",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")


def _exchange_imports(formats: Subparsers) -> None:
    """`import tmx FILE` and `import tbx FILE`: their options."""
    for name, what in (
        ("tmx", "sentence and term cards from a TMX translation memory (OmegaT, Trados …)"),
        ("tbx", "term cards from a TBX termbase"),
    ):
        p = formats.add_parser(name, help=what, description=what)
        p.set_defaults(handler="exchange:cmd_import_exchange")
        p.add_argument("file", metavar="FILE", help=f"a .{name} file")
        p.add_argument("--source", metavar="L", required=True, help="question language, e.g. tr")
        p.add_argument("--target", metavar="L", required=True, help="answer language, e.g. is")
        p.add_argument("--deck", metavar="NAME", help="deck name (default: the file's name)")
        p.add_argument(
            "--both-directions", action="store_true", help="also make target → source cards"
        )
