"""End-to-end: `flashcards bad` marks a built card bad, a rebuild keeps it retired, and
`flashcards stats --json` counts the reasons."""

from __future__ import annotations

import json
from pathlib import Path

from seed_counts import SEED_CARDS
from test_cli import run


def test_mark_bad_rebuild_and_count_the_reasons(tmp_path: Path, seed_dir: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    built = run("--db", db, "build", str(seed_dir), "--source", "tr", "--target", "is",
                "--both-directions")  # fmt: skip
    assert built.returncode == 0, built.stderr
    exported = run("--db", db, "export", "--format", "jsonl")
    cards = [json.loads(line) for line in exported.stdout.splitlines()]
    term = next(c for c in cards if c["kind"] == "term")
    cloze = next(c for c in cards if c["kind"] == "cloze")

    marked = run("--db", db, "bad", term["id"], "--reason", "wrong_translation",
                 "--note", "ekki rétt þýðing")  # fmt: skip
    assert marked.returncode == 0, marked.stderr
    assert f"card {term['id']} marked bad (wrong_translation)" in marked.stdout
    assert run("--db", db, "bad", cloze["id"], "--reason", "wrong_answer").returncode == 0

    again = run("--db", db, "bad", term["id"], "--reason", "other")
    assert again.returncode == 2
    assert again.stderr.splitlines() == [f"flashcards: error: card {term['id']} is retired already"]
    wrong = run("--db", db, "bad", term["id"], "--reason", "spelling")
    assert wrong.returncode == 2 and "invalid choice: 'spelling'" in wrong.stderr
    long_note = run("--db", db, "bad", cloze["id"], "--reason", "other", "--note", "x" * 201)
    assert long_note.returncode == 2 and "at most 200" in long_note.stderr

    rebuilt = run("--db", db, "build", str(seed_dir), "--json")
    assert json.loads(rebuilt.stdout)["new"] == 0
    left = run("--db", db, "export", "--format", "jsonl").stdout.splitlines()
    assert len(left) == SEED_CARDS - 2
    assert term["id"] not in {json.loads(line)["id"] for line in left}

    result = run("--db", db, "stats", "--json")
    assert result.returncode == 0, result.stderr
    bad = json.loads(result.stdout)["bad_cards"]
    assert bad["total"] == 2
    assert bad["by_reason"] == {
        "wrong_translation": 1,
        "wrong_answer": 1,
        "badly_cut": 0,
        "not_worth_learning": 0,
        "duplicate": 0,
        "other": 0,
    }
    assert bad["by_kind"] == {"term": {"wrong_translation": 1}, "cloze": {"wrong_answer": 1}}
    text = run("--db", db, "stats").stdout
    assert "Marked bad     2: wrong_translation 1, wrong_answer 1" in text
    listed = run("--db", db, "bad", "--list", "--json")
    assert listed.returncode == 0, listed.stderr
    reports = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["card_uid"], r["reason"], r["note"]) for r in reports] == [
        (term["id"], "wrong_translation", "ekki rétt þýðing"),
        (cloze["id"], "wrong_answer", ""),
    ]
    assert reports[0]["front"] == term["front"] and reports[0]["back"] == term["back"]
    assert reports[0]["deck"] == "sales" and reports[0]["kind"] == "term"
    plain = run("--db", db, "bad", "--list", "--deck", "sales").stdout.splitlines()
    assert plain[0] == f"wrong_translation   {term['id']} (ekki rétt þýðing)"
    nothing = run("--db", db, "bad")
    assert nothing.returncode == 2 and nothing.stderr.count("\n") == 1
    assert "give the card and --reason" in nothing.stderr
    no_deck = run("--db", db, "bad", "--list", "--deck", "nope")
    assert no_deck.returncode == 2 and "no deck named 'nope'" in no_deck.stderr


def test_unmark_takes_the_report_back_and_the_card_is_active_again(
    tmp_path: Path, seed_dir: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    built = run("--db", db, "build", str(seed_dir), "--source", "tr", "--target", "is",
                "--both-directions")  # fmt: skip
    assert built.returncode == 0, built.stderr
    cards = [json.loads(line) for line in run("--db", db, "export", "--format", "jsonl").stdout
             .splitlines()]  # fmt: skip
    term = next(c for c in cards if c["kind"] == "term")
    assert run("--db", db, "bad", term["id"], "--reason", "duplicate").returncode == 0
    unmarked = run("--db", db, "bad", term["id"], "--unmark")
    assert unmarked.returncode == 0, unmarked.stderr
    assert unmarked.stdout == (
        f"card {term['id']} unmarked: its report is deleted, it is active again\n"
    )
    assert run("--db", db, "bad", "--list").stdout == "no card has been marked bad\n"
    left = run("--db", db, "export", "--format", "jsonl").stdout.splitlines()
    assert len(left) == SEED_CARDS and run("--db", db, "build", str(seed_dir)).returncode == 0
    assert len(run("--db", db, "export", "--format", "jsonl").stdout.splitlines()) == SEED_CARDS
    again = run("--db", db, "bad", term["id"], "--unmark")
    assert again.returncode == 2
    assert again.stderr.splitlines() == [f"flashcards: error: card {term['id']} is not marked bad"]
    both = run("--db", db, "bad", term["id"], "--unmark", "--reason", "other")
    assert both.returncode == 2 and "without --reason" in both.stderr
