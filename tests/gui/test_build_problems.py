"""The build report's details in the Turkish and Icelandic interface: every skipped file and
every note is worded by its reason in the interface language, never in the builder's English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from problem_files import EXPECTED, problem_folder
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from flashcards.errors import Reason
from flashcards.gui.app import install_translator, set_locale
from flashcards.gui.main_window import MainWindow
from flashcards.gui.messages import NOT_IN_BUILDS, problem_text
from flashcards.types import Problem, Severity


@pytest.fixture
def folder(tmp_path: Path, seed_dir: Path) -> Path:
    return problem_folder(tmp_path / "articles", seed_dir)


@pytest.fixture
def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


@contextmanager
def _speaking(app: QApplication, language: str) -> Iterator[None]:
    before = QLocale()
    translator = install_translator(app, language)
    assert translator is not None
    set_locale(language)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["tr", "is"])
def test_the_build_report_words_every_problem_in_the_interface_language(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    folder: Path,
    app: QApplication,
    language: str,
) -> None:
    with _speaking(app, language):
        with qtbot.waitSignal(window.builder.built, timeout=60_000) as built:
            window.builder.start(str(folder), "articles", "tr", "is", True)
        box = window.builder.summary
        assert box is not None
        lines = box.detailedText().splitlines()
    report = built.args[0]
    found = {(Path(p.path).name, p.reason) for p in report.problems}
    assert found >= EXPECTED
    problems = report.skipped + report.warnings
    assert len(lines) == len(problems)
    for problem, line in zip(problems, lines, strict=True):
        assert problem.reason is not None, problem
        assert problem.message not in line
        assert Path(problem.path).name in line
        assert problem_text(problem) not in line  # the English interface's own sentence
        assert not re.search(r"%\d(?!\d)", line)


#: A value of each kind `messages._VALUES` names, for a problem made up of any reason.
_SAMPLES = {"f": "/d/b.md", "l": "tr", "L": "is,tr", "n": "3", "p": "0.42", "x": "3,5"}


def _sample(reason: Reason) -> Problem:
    from flashcards.gui import messages

    kinds = messages._VALUES.get(reason, "ttt")
    values = tuple("cloze,fact" if kind == "k" else _SAMPLES.get(kind, "v") for kind in kinds)
    return Problem("/d/a.md", "English", Severity.WARNING, reason, values)


def test_every_reason_a_build_gives_has_its_sentence_in_both_languages(
    app: QApplication,
) -> None:
    reasons = [r for r in Reason if r not in NOT_IN_BUILDS]
    english = {reason: problem_text(_sample(reason)) for reason in reasons}
    for reason, text in english.items():
        assert text.startswith("a.md: ") and text != "a.md: English", reason
        assert not re.search(r"%\d(?!\d)", text), reason
    for language in ("tr", "is"):
        with _speaking(app, language):
            for reason in reasons:
                text = problem_text(_sample(reason))
                assert "a.md" in text and text != english[reason], (language, reason)
                assert not re.search(r"%\d(?!\d)", text), (language, reason)


def test_a_problem_stored_without_a_reason_keeps_its_own_words() -> None:
    old = Problem.from_dict(
        {"path": "/d/a.md", "message": "an old note\nmore", "severity": "warning"}
    )
    assert old.reason is None and old.values == ()
    assert problem_text(old) == "a.md: an old note"


def test_the_counted_sentences_say_one_in_the_singular(app: QApplication) -> None:
    one = Problem("/d/a.md", "", Severity.WARNING, Reason.UNTRANSLATED, ("is", "1", "tr"))
    many = Problem("/d/a.md", "", Severity.WARNING, Reason.UNTRANSLATED, ("is", "12", "tr"))
    assert problem_text(one) == "a.md: no Íslenska translation found; made one card in Türkçe only"
    assert problem_text(many) == "a.md: no Íslenska translation found; made 12 cards in Türkçe only"
    lines = Problem("/d/a.md", "", Severity.WARNING, Reason.STRAY_BYTES, ("7", "3,5,8,13,21"))
    assert problem_text(lines) == (
        "a.md: lines 3, 5, 8, 13, 21 …: bytes that are not UTF-8 were left out"
    )
    with _speaking(app, "is"):
        assert problem_text(one) == (
            "a.md: engin þýðing fannst á tungumálinu Íslenska; eitt spjald gert aðeins á "
            "tungumálinu Türkçe"
        )
