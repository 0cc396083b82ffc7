"""Every problem and note the builder reports carries its reason and values, and its English
sentence is the one those give."""

from __future__ import annotations

from pathlib import Path

import pytest
from problem_files import EXPECTED, problem_folder

from flashcards.builder import pipeline
from flashcards.builder.problems import WORDED, english, lines_label
from flashcards.builder.reader import read_article
from flashcards.errors import ArticleError, Reason
from flashcards.types import Article, Note, Problem, Severity

DIRECTIONS = [("tr", "is"), ("is", "tr")]

#: Reasons worded by the error that carries them (a file the system refused, a command's
#: arguments, a glossary, an Anki package), not by the builder.
FROM_ERRORS = {
    Reason.NO_SUCH_FILE,
    Reason.PERMISSION,
    Reason.SYMLINK_LOOP,
    Reason.CANNOT_READ,
    Reason.FOLDER,
    Reason.NOT_REGULAR,
    Reason.TOO_LARGE,
    Reason.BINARY,
    Reason.NOT_VALID_TEXT,
    Reason.CANNOT_WRITE,
    Reason.NO_COLUMN,
    Reason.DECK_LANGUAGES,
    Reason.UNSUPPORTED_LANGUAGE,
    Reason.NOT_ZIP,
    Reason.NO_COLLECTION,
    Reason.DAMAGED_ARCHIVE,
    Reason.UNPACKS_TOO_MUCH,
    Reason.ANKI_CANNOT_READ,
    Reason.NO_SUCH_FIELDS,
}


def test_every_reason_of_the_builder_has_its_english_sentence() -> None:
    assert set(Reason) - FROM_ERRORS == WORDED


@pytest.fixture
def plan(tmp_path: Path, seed_dir: Path) -> pipeline.BuildPlan:
    folder = problem_folder(tmp_path / "articles", seed_dir)
    files, problems = pipeline.collect_files([folder])
    built = pipeline.plan_build(files, "articles", DIRECTIONS)
    built.problems[:0] = problems
    return built


def test_each_problem_of_a_build_says_why_by_reason(plan: pipeline.BuildPlan) -> None:
    found = {(Path(p.path).name, p.reason) for p in plan.problems}
    assert found >= EXPECTED
    for problem in plan.problems:
        assert problem.reason is not None, problem
        if problem.reason in WORDED:  # the terminal's words are the reason's
            assert problem.message == english(problem.reason, problem.values), problem


def test_the_values_name_what_a_window_words_itself(plan: pipeline.BuildPlan) -> None:
    by_name = {(Path(p.path).name, p.reason): p for p in plan.problems}
    duplicate = by_name[("copy.md", Reason.DUPLICATE_ARTICLE)]
    assert Path(duplicate.values[0]).name == "000_fcc629ea91eeff91.txt"
    assert duplicate.severity is Severity.WARNING
    untranslated = by_name[("alone.md", Reason.UNTRANSLATED)]
    missing, made, lang = untranslated.values
    assert (missing, lang) == ("is", "tr") and int(made) > 0
    assert by_name[("english.md", Reason.OTHER_LANGUAGE)].values == ("en", "is,tr")
    assert by_name[("legacy.md", Reason.DECODED_AS)].values == ("cp1254",)
    assert by_name[("pipe.md", Reason.NOT_REGULAR)].values == ("fifo",)
    assert by_name[("pipe.md", Reason.NOT_REGULAR)].message == (
        "is a FIFO (named pipe), not a regular file"
    )
    broken = by_name[("broken.md", Reason.BROKEN_FRONT_MATTER)]
    assert broken.values[1] == "2"  # the line "title: [oops" of the file
    assert broken.message == "broken front matter (while parsing a flow sequence)"
    mixed = by_name[("mixed.md", Reason.LEGACY_LINES)]
    assert mixed.values[0] == "1" and mixed.values[2] == "cp1254"
    assert mixed.message == f"line {mixed.values[1]}: not UTF-8 like the rest; read as cp1254"


def test_a_note_survives_the_parse_cache_and_an_older_cache_still_reads() -> None:
    text = "---\ntitle: İkna\nlang: klingon\n---\nİkna, <b>zorlamadan</b> kazanmaktır.\n"
    article = read_article("a.md", text.encode())
    reasons = [note.reason for note in article.notes]
    assert set(reasons) >= {Reason.FRONT_MATTER_LANGUAGE, Reason.HTML_LEFT_OUT}
    again = Article.from_dict(article.to_dict())
    assert again.notes == article.notes
    older = article.to_dict() | {"notes": ["decoded as cp1254"], "parser": 4}
    assert Article.from_dict(older).notes == (Note("decoded as cp1254"),)


def test_a_refusal_says_why_by_reason() -> None:
    with pytest.raises(ArticleError) as refused:
        read_article("t.md", b"---\ntitle: x\n---\n\n")
    assert (refused.value.reason, refused.value.message) == (
        Reason.NO_BODY,
        "front matter but no article body",
    )
    with pytest.raises(ArticleError) as refused:
        read_article("t.md", ("---\na: " + "x" * 100_001 + "\n---\nMetin.\n").encode())
    assert refused.value.reason is Reason.FRONT_MATTER_TOO_LONG
    assert refused.value.message == (
        "front matter too large (100,006 characters; front matter holds at most 100,000)"
    )


def test_lines_are_named_as_before() -> None:
    assert lines_label("1", "4") == "line 4"
    assert lines_label("2", "4,9") == "lines 4, 9"
    assert lines_label("7", "1,2,3,4,5") == "lines 1, 2, 3, 4, 5 …"


def test_a_stored_problem_without_a_reason_still_reads() -> None:
    old = {"path": "a.md", "message": "decoded as cp1254", "severity": "warning"}
    assert Problem.from_dict(old) == Problem("a.md", "decoded as cp1254", Severity.WARNING)
    new = Problem("a.md", "decoded as cp1254", Severity.WARNING, Reason.DECODED_AS, ("cp1254",))
    assert Problem.from_dict(new.to_dict()) == new
