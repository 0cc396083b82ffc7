"""Quizzing in the terminal: multiple choice, typed, cloze and sorting; works with piped input."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from flashcards.cli.commands import clock, close_collection
from flashcards.errors import FlashcardsError
from flashcards.quiz.grading import DiffOp, DiffSegment, Grade, Verdict, grade
from flashcards.quiz.sorting import score
from flashcards.scheduler.memory import format_interval
from flashcards.services.collection import open_collection
from flashcards.services.quiz import QuizAnswer, QuizItem, QuizMode, QuizPlan, QuizSession
from flashcards.types import CardKind

Reader = Callable[[str], str | None]
Writer = Callable[[str], None]

EXIT_OK = 0

_TITLES = {
    QuizMode.CHOICE: "multiple choice",
    QuizMode.TYPED: "typed answers",
    QuizMode.CLOZE: "fill the blank",
    QuizMode.SORT: "sort the statements",
}
_WHAT = {
    QuizMode.CHOICE: "cards",
    QuizMode.TYPED: "cards",
    QuizMode.CLOZE: "cloze cards",
    QuizMode.SORT: "contrast cards",
}
_VERDICTS = {
    Verdict.EXACT: "exact",
    Verdict.NEAR_MISS: "near miss",
    Verdict.WRONG_FORM: "right word, wrong form",
    Verdict.WRONG: "wrong",
}


class _Quit(Exception):
    """The learner typed q or input ended."""


@dataclass
class _Tally:
    right: int = 0
    asked: int = 0
    saved: int = 0
    sort_answers: dict[int, str] = field(default_factory=dict)


def render_diff(segments: tuple[DiffSegment, ...]) -> str:
    """The expected answer, with [+missing], [-extra] and [typed→expected] marked."""
    parts = []
    for s in segments:
        if s.op is DiffOp.EQUAL:
            parts.append(s.expected)
        elif s.op is DiffOp.INSERT:
            parts.append(f"[+{s.expected}]")
        elif s.op is DiffOp.DELETE:
            parts.append(f"[-{s.typed}]")
        else:
            parts.append(f"[{s.typed}→{s.expected}]")
    return "".join(parts)


def _read(read: Reader, prompt: str) -> str:
    line = read(prompt)
    if line is None or line.strip().lower() == "q":
        raise _Quit
    return line.strip()


def _pick(read: Reader, write: Writer, options: int) -> int:
    """A 0-based option index read as a number from 1 to `options`."""
    while True:
        line = _read(read, f"1-{options}, q quit > ")
        if line.isdigit() and 1 <= int(line) <= options:
            return int(line) - 1
        write(f"Type a number from 1 to {options}, or q.")


def _mostly_alike(result: Grade) -> bool:
    """Worth a diff: at least half of the expected answer was typed right."""
    same = sum(len(s.expected) for s in result.diff if s.op is DiffOp.EQUAL)
    return result.verdict is Verdict.NEAR_MISS or 2 * same >= len(result.expected)


def _show_grade(result: Grade, write: Writer) -> None:
    write(f"{_VERDICTS[result.verdict]} — expected: {result.expected}")
    if result.verdict is not Verdict.EXACT and result.answer:
        if _mostly_alike(result):
            write(f"  diff: {render_diff(result.diff)}")
        if result.diacritics_only:
            write("  only the accents differ")


def _show_question(item: QuizItem, write: Writer) -> None:
    """The card's question; a cloze card's blanked sentence with its hint below."""
    if item.card.kind is not CardKind.CLOZE:
        write(f"Q: {item.card.front}")
        return
    sentence, _, hint = item.card.front.partition("\n")
    write(f"Fill the blank: {sentence}")
    if hint.strip():
        write(f"  hint: {hint.strip()}")


def _ask_choice(plan: QuizPlan, item: QuizItem, read: Reader, write: Writer) -> Verdict:
    question = plan.choices(item)
    _show_question(item, write)
    for n, option in enumerate(question.options, start=1):
        write(f"  {n}) {option}")
    picked = _pick(read, write, len(question.options))
    if question.is_correct(picked):
        write(f"Right: {question.answer}")
        return Verdict.EXACT
    write(f"Wrong: the answer is {question.answer_index + 1}) {question.answer}")
    return Verdict.WRONG


def _ask_typed(item: QuizItem, read: Reader, write: Writer, tolerate: bool) -> Verdict:
    card = item.card
    _show_question(item, write)
    answer = _read(read, f"answer ({card.target_lang}), q quit > ")
    result = grade(
        answer,
        card.back,
        card.target_lang,
        alternatives=card.alternatives,
        lemma=card.answer_lemma,
        tolerate_diacritics=tolerate,
    )
    _show_grade(result, write)
    if card.kind is CardKind.CLOZE and item.extra:
        write(f"  {item.extra}")
    return result.verdict


def _ask_sort(plan: QuizPlan, index: int, read: Reader, write: Writer, tally: _Tally) -> Verdict:
    item = plan.items[index]
    labels = plan.labels(item)
    write(f"Where does this belong? “{item.card.front}”")
    for n, label in enumerate(labels, start=1):
        write(f"  {n}) {label}")
    given = labels[_pick(read, write, len(labels))]
    tally.sort_answers[index] = given
    if given == item.card.back:
        write(f"Right: {item.card.back}")
        return Verdict.EXACT
    write(f"Wrong: it belongs under {item.card.back}")
    return Verdict.WRONG


def _report(answer: QuizAnswer, now: datetime, write: Writer) -> None:
    if answer.review_id is None:
        write("practice only: not due today, the schedule is unchanged")
        return
    later = format_interval(answer.next_due - now) if answer.next_due else "?"
    write(f"saved review {answer.review_id}: {answer.rating.name.title()}, next in {later}")


def quiz_loop(
    quiz: QuizSession,
    plan: QuizPlan,
    read: Reader,
    write: Writer,
    now: Callable[[], datetime],
    *,
    tolerate_accents: bool = False,
    easy_when_fast: bool = False,
) -> tuple[int, int]:
    """Ask the plan's questions until done, q or the end of input; (right, asked)."""
    tally = _Tally()
    total = len(plan.items)
    for index, item in enumerate(plan.items):
        write("")
        write(f"[{index + 1}/{total}] {'due today' if item.due else 'practice'}")
        shown = time.monotonic()
        try:
            if plan.mode is QuizMode.CHOICE:
                verdict = _ask_choice(plan, item, read, write)
            elif plan.mode is QuizMode.SORT:
                verdict = _ask_sort(plan, index, read, write, tally)
            else:
                verdict = _ask_typed(item, read, write, tolerate_accents)
        except _Quit:
            break
        tally.asked += 1
        tally.right += verdict is not Verdict.WRONG
        moment = now()
        took = int((time.monotonic() - shown) * 1000)
        answer = quiz.record(
            item.id, verdict, plan.mode, moment, duration_ms=took, easy_when_fast=easy_when_fast
        )
        tally.saved += answer.recorded
        _report(answer, moment, write)
    write("")
    stopped = f" (stopped after {tally.asked} of {total})" if tally.asked < total else ""
    write(f"Score: {tally.right}/{tally.asked}{stopped}")
    write(f"Saved to the schedule: {tally.saved}; practice only: {tally.asked - tally.saved}")
    if plan.mode is QuizMode.SORT:
        _sort_summary(plan, tally, write)
    return tally.right, tally.asked


def _sort_summary(plan: QuizPlan, tally: _Tally, write: Writer) -> None:
    result = score(plan.sort_quiz(), tally.sort_answers)
    if not result.wrong:
        return
    write("Wrong placements:")
    for wrong in result.wrong:
        write(f"  “{wrong.statement.text}”")
        write(f"    you chose {wrong.given}; it belongs under {wrong.expected}")
        write(f"    why: {wrong.explanation}")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _input(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


def cmd_quiz(args: argparse.Namespace) -> int:
    mode = QuizMode(args.mode)
    if args.count < 1:
        raise FlashcardsError("--count must be at least 1")
    started = clock(args)
    seed = args.seed if args.seed is not None else int(started.timestamp()) % 1_000_000
    db, _ = open_collection(args.db)
    try:
        quiz = QuizSession(db, args.deck)
        plan = quiz.plan(mode, started, count=args.count, seed=seed, lang=args.lang)
        where = f"deck {args.deck!r}" if args.deck else "the collection"
        if args.lang and not plan.items:
            known = ", ".join(plan.languages) or "none"
            where += f" in language {args.lang!r} (its languages: {known})"
        if not plan.items:
            print(f"No {_WHAT[mode]} to quiz on in {where}.")
            return EXIT_OK
        due = sum(1 for item in plan.items if item.due)
        if plan.lang:
            where += f" in {plan.lang}"
        print(
            f"Quiz on {where}: {_TITLES[mode]}, {_plural(len(plan.items), 'question')} "
            f"({due} due today), seed {seed} (repeat with --seed {seed})"
        )
        quiz_loop(
            quiz,
            plan,
            _input,
            lambda text: print(text, flush=True),
            lambda: clock(args),
            tolerate_accents=args.tolerate_accents,
            easy_when_fast=args.easy_when_fast,
        )
    finally:
        close_collection(db, args)
    return EXIT_OK
