"""The everyday commands start without importing the builder, Anki's files or the optimizer."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flashcards.cli import options
from flashcards.cli.parser import build_parser
from flashcards.services.build import build
from flashcards.services.export import render
from flashcards.store.database import Database

ROOT = Path(__file__).resolve().parents[2]

#: Only `build`, the imports and `optimize` need these; each costs a noticeable part of a
#: command's start (the builder and its parsers about half a second of CPU).
SLOW = (
    "flashcards.builder",
    "flashcards.store.builds",
    "flashcards.services.build",
    "flashcards.services.anki_import",
    "flashcards.services.optimize",
    "charset_normalizer",
    "genanki",
    "anki",
    "nltk",
    "scipy",
    "numpy",
    "zeyrek",
    "reynir",
    "islenska",
    "wordfreq",
)

#: The child runs the command's `main` as `python -m flashcards` does, then prints which of
#: SLOW it imported, as the last line of its output.
_CHILD = (
    "import json, sys\n"
    "from flashcards.cli.main import main\n"
    "try:\n"
    "    code = main(sys.argv[1:])\n"
    "except SystemExit as exit:\n"
    "    code = exit.code\n"
    "slow = [m for m in {slow!r} if m in sys.modules]\n"
    "print(json.dumps({{'code': code, 'slow': slow}}))\n"
)


def _run(*args: str) -> tuple[object, list[str], str]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD.format(slow=SLOW), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=True,
    )
    assert "Traceback" not in result.stderr, result.stderr
    *shown, last = result.stdout.splitlines()
    found = json.loads(last)
    return found["code"], found["slow"], "\n".join(shown)


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two seed articles built into a collection, one way."""
    path = tmp_path_factory.mktemp("startup") / "c.sqlite"
    db = Database(str(path))
    try:
        build(db, [ROOT / "decks" / "sales"], deck="sales", source="tr", target="is")
    finally:
        db.close()
    return path


def test_version_imports_no_command() -> None:
    code, slow, shown = _run("--version")
    assert (code, slow) == (0, [])
    assert shown.startswith("flashcards ")


@pytest.mark.parametrize(
    ("command", "expected"), [("due", "sales"), ("decks", "sales"), ("stats", "Retention")]
)
def test_everyday_commands_import_neither_the_builder_nor_anki(
    collection: Path, command: str, expected: str
) -> None:
    code, slow, shown = _run("--db", str(collection), command)
    assert (code, slow) == (0, [])
    assert expected in shown


def test_a_bad_option_is_still_a_usage_error_without_the_commands() -> None:
    code, slow, _ = _run("due", "--no-such-option")
    assert (code, slow) == (2, [])


def test_every_text_format_the_export_command_offers_is_one_its_service_writes() -> None:
    for fmt in options.EXPORT_FORMATS:
        assert render([], fmt).startswith("" if fmt == "jsonl" else "id,")  # no ValueError


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every (sub)command's words and parser, the top level first."""
    found = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*path, name))
    return found


def test_every_command_names_a_handler_that_exists() -> None:
    named = {" ".join(path): sub.get_default("handler") for path, sub in _commands(build_parser())}
    assert named["due"] == "commands:cmd_due"
    assert named["import tmx"] == "exchange:cmd_import_exchange"
    handlers = {handler for handler in named.values() if handler is not None}
    assert len(handlers) == 17
    for handler in handlers:
        module, _, function = handler.partition(":")
        assert callable(getattr(importlib.import_module(f"flashcards.cli.{module}"), function))


def test_every_commands_help_is_shown() -> None:
    commands = _commands(build_parser())
    assert len(commands) == 26
    for path, _ in commands:
        shown = io.StringIO()
        with contextlib.redirect_stdout(shown), pytest.raises(SystemExit) as exit:
            build_parser().parse_args([*path, "--help"])
        assert exit.value.code == 0
        assert shown.getvalue().startswith(" ".join(("usage: flashcards", *path)))
