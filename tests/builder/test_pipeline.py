"""The whole build in memory: the seed deck's cards in both directions, file collection,
stable identities and the report of problems."""

from __future__ import annotations

import codecs
import dataclasses
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from builder_samples import (
    IS_DEF,
    IS_DEF_HEADING,
    IS_SEED,
    IS_STEPS,
    IS_TITLE,
    SEEDS,
    TR_DEF,
    TR_DEF2,
    TR_DEF_HEADING,
    TR_SEED,
    TR_STEPS,
    TR_TITLE,
    assert_small_pair_built,
    build,
    direction,
    is_article,
    messages,
    of_kind,
    tr_article,
)

from flashcards.builder import deck, pipeline
from flashcards.types import CardKind, Severity

# The seed deck's cards, card by card, are in test_seed_cards.py.


# --- the seed deck ------------------------------------------------------------------------


def test_seed_articles_are_read_grouped_and_build_without_problems(
    seed_plan: pipeline.BuildPlan,
) -> None:
    assert seed_plan.problems == [] and seed_plan.failed == []
    assert seed_plan.languages == {"is": 1, "tr": 1}
    assert len(seed_plan.groups) == 1
    assert seed_plan.groups[0].paths == tuple(sorted([str(TR_SEED), str(IS_SEED)]))


def test_seed_definition_card_shows_only_what_adds_context(
    seed_plan: pipeline.BuildPlan,
) -> None:
    """The answer is the definition's first sentence; the context is the rest of the
    paragraph, not the answer again."""
    (card, _) = sorted(
        of_kind(direction(seed_plan.cards, "tr", "is"), CardKind.DEFINITION),
        key=lambda c: c.uid,
    )
    assert card.front == "Yumuşak Satış Nedir?"
    assert card.back.startswith("Mjúk sala vísar til") and card.back.endswith("tækni.")
    assert card.extra.startswith("Mjúk sala er hönnuð") and card.back not in card.extra


def test_seed_dangling_word_is_left_out_of_the_cards(seed_plan: pipeline.BuildPlan) -> None:
    texts = [t for c in seed_plan.cards for t in (c.front, c.back, c.extra)]
    assert not any("Yanıtlar" in t for t in texts)
    assert any(t.endswith("göndererek fark etmesidir.") for t in texts)


def test_seed_cards_carry_no_translation_artefacts(seed_plan: pipeline.BuildPlan) -> None:
    # Both seeds contain "[link](/x),." and the Turkish one "için , özellikle".
    assert ",." in TR_SEED.read_text("utf-8") and " , " in TR_SEED.read_text("utf-8")
    assert ",." in IS_SEED.read_text("utf-8")
    for card in seed_plan.cards:
        for text in (card.front, card.back, card.extra):
            assert ",." not in text, (card.uid, text)
            assert " ," not in text, (card.uid, text)
            assert "  " not in text and text == text.strip(), (card.uid, text)
            assert "](" not in text and "[" not in text, (card.uid, text)


def test_seed_cards_comparison_sentence_mended(seed_plan: pipeline.BuildPlan) -> None:
    (tr,) = [a for a in seed_plan.articles if a.lang == "tr"]
    (comparison,) = [s for s in tr.sections if s.heading == "Yumuşak Satış ve Sert Satış"]
    assert comparison.units[0] == (
        "Zor satışı daha iyi anlamak için, özellikle doğrudan ve ısrarlı bir dil içeren zor "
        "satışı düşünmek faydalı olacaktır."
    )


# --- identities ---------------------------------------------------------------------------


def test_seed_directions_are_siblings(seed_plan: pipeline.BuildPlan) -> None:
    tr_is = direction(seed_plan.cards, "tr", "is")
    is_tr = direction(seed_plan.cards, "is", "tr")
    assert sorted(c.note_key for c in tr_is) == sorted(c.note_key for c in is_tr)
    assert len({c.note_key for c in tr_is}) == len(tr_is)
    for card in seed_plan.cards:
        assert card.uid == f"{card.note_key}/{card.source_lang}>{card.target_lang}"
        assert card.note_key.startswith("sales/")
        assert card.source_files == tuple(sorted([str(TR_SEED), str(IS_SEED)]))
    assert len({c.uid for c in seed_plan.cards}) == len(seed_plan.cards)


def test_seed_uids_are_stable_across_builds(
    seed_plan: pipeline.BuildPlan, seed_copies: tuple[Path, Path]
) -> None:
    again = build(SEEDS, deck="sales")
    assert [(c.uid, c.content_hash) for c in again.cards] == [
        (c.uid, c.content_hash) for c in seed_plan.cards
    ]
    # Same files elsewhere on disk: the identities do not depend on the folder.
    moved = build(seed_copies[0].parent, deck="sales")
    assert [c.uid for c in moved.cards] == [c.uid for c in seed_plan.cards]


def test_uids_survive_an_edit_of_the_text(seed_copies: tuple[Path, Path]) -> None:
    tr, _ = seed_copies
    original = build(tr.parent, deck="sales")
    text = tr.read_text("utf-8")
    tr.write_text(
        text.replace("satış tamamlanacaktır.", "satış gerçekleşecektir."), encoding="utf-8"
    )
    edited = build(tr.parent, deck="sales")
    before = {c.uid: c for c in original.cards}
    after = {c.uid: c for c in edited.cards}
    assert set(before) == set(after)
    changed = [uid for uid in after if after[uid].content_hash != before[uid].content_hash]
    step = [uid for uid in changed if after[uid].kind is CardKind.TECHNIQUE]
    assert len(step) == 2  # the step, in both directions; its uid is unchanged
    (tr_is,) = [after[uid] for uid in step if uid.endswith("tr>is")]
    assert tr_is.front == "Sadece potansiyel alıcı memnun kaldığında satış gerçekleşecektir."


# --- collecting files ---------------------------------------------------------------------


def test_collect_reads_md_and_txt_and_skips_other_and_hidden_files(
    tmp_path: Path,
) -> None:
    for name in ("a.md", "b.txt", "c.markdown", "D.MD", "sub/e.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# T\n\nx\n", encoding="utf-8")
    for name in ("notes.html", "x.pdf", ".hidden.md", ".git/f.md", "sub/.cache/g.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# T\n\nx\n", encoding="utf-8")
    files, problems = pipeline.collect_files([tmp_path])
    assert problems == []
    names = [Path(f.path).relative_to(tmp_path).as_posix() for f in files]
    assert sorted(names) == ["D.MD", "a.md", "b.txt", "c.markdown", "sub/e.md"]


def test_collected_files_come_in_path_order_part_by_part(tmp_path: Path) -> None:
    """The files of a folder come in the order their `Path`s sort (a folder's files where
    the folder's name sorts), not their paths' text: "a/x.md" before "a-b.md" though "-"
    sorts before "/"."""
    for name in ("a0.md", "a-b.md", "a/x.md", "a/b/y.md", "a.b/z.md", "A.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"# {name}\n\nx\n", encoding="utf-8")
    files, problems = pipeline.collect_files([tmp_path])
    assert problems == []
    paths = [Path(f.path) for f in files]
    assert paths == sorted(paths)
    assert [p.relative_to(tmp_path).as_posix() for p in paths][:3] == ["A.md", "a/b/y.md", "a/x.md"]
    assert all(isinstance(f.path, str) for f in files)


def test_collect_reports_a_missing_path_and_reads_a_file_once(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# T\n\nx\n", encoding="utf-8")
    missing = tmp_path / "nope"
    files, problems = pipeline.collect_files([article, tmp_path, missing])
    assert [f.path for f in files] == [str(article)]
    assert [(p.path, p.severity) for p in problems] == [(str(missing), Severity.ERROR)]


def test_collecting_leaves_nothing_for_the_cycle_collector(tmp_path: Path) -> None:
    """What a folder's walk found goes when the build lets go of it, not at the collector's
    next full pass (a walk that kept 10,000 paths and stats in a cycle, each rebuild)."""
    import gc

    for name in ("a.md", "sub/b.md", "sub/deeper/c.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# T\n\nx\n", encoding="utf-8")
    gc.collect()
    gc.disable()
    try:
        files, _ = pipeline.collect_files([tmp_path])
        assert len(files) == 3
        del files
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_parse_worker_sends_each_analysis_with_its_phrases_keys() -> None:
    """The keys the vocabulary's count asks of every analysis are worked out by the parse
    workers (on every core) and sent with it, not by the build's own process."""
    import pickle

    from flashcards.text.analysis import Analysis

    text = "---\ntitle: Satış yaklaşımı\n---\n\nYumuşak satış, ince bir satış yaklaşımıdır.\n"
    parsed = pipeline._parse_in_worker(("/articles/tr.md", text.encode()))
    assert isinstance(parsed, pipeline._Parsed)
    sent = pickle.loads(pickle.dumps(parsed)).article.analyses
    assert sent and all("keys" in vars(found) for found in sent.values())
    for found in sent.values():
        assert found.keys == Analysis(found.words, found.phrases).keys
    assert any(found.keys for found in sent.values())


def _forkserver() -> tuple[Any, tuple[str, ...] | None]:
    """The running forkserver's pid (None: none) and what it imported before forking."""
    from multiprocessing import forkserver

    from flashcards.builder import workers

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return pid, workers._PRELOADED[0] if workers._PRELOADED else None


def test_a_first_build_starts_its_parse_workers_server_while_it_reads_the_files(
    tmp_path: Path,
) -> None:
    """A build of files no earlier build vouches for starts the server forking its parse
    workers as it reads them, loading the analysers of their languages, those the pool
    parsing them asks for.  Files vouched for, or too few to parse in workers, start none."""
    from multiprocessing import forkserver

    from flashcards.builder import workers
    from flashcards.text import warm

    if not workers.parallel():
        pytest.skip("one core: files are parsed in the build's own process")
    for i in range(pipeline.PARALLEL_FROM):
        text = f"---\ntitle: Satış {i}\n---\n\nYumuşak satış, ince bir yaklaşımdır.\n"
        (tmp_path / f"{i:04d}.md").write_text(text, encoding="utf-8")
    stop = getattr(forkserver._forkserver, "_stop", None)
    if stop is None:
        pytest.skip("this Python's forkserver cannot be stopped")
    stop()
    files, _ = pipeline.collect_files([tmp_path], parse_ahead=True)
    pid, preload = _forkserver()
    assert pid is not None
    assert preload == ("flashcards.text.warm.reading", "flashcards.text.warm.turkish")
    # What the pool parsing them asks of its server (see `read_articles`): this one.
    assert warm.modules([(f.path, f.bytes()) for f in files]) == preload

    stop()
    later = time.time_ns() + 10 * pipeline.RACY_NS  # as if read long after they changed
    known = {f.path: dataclasses.replace(f.seen, read_ns=later) for f in files if f.seen}
    pipeline.collect_files([tmp_path], known=known, parse_ahead=True)
    pipeline.collect_files([tmp_path / f"{i:04d}.md" for i in range(10)], parse_ahead=True)
    pipeline.collect_files([tmp_path])
    assert _forkserver()[0] is None


# --- input quirks, end to end ------------------------------------------------------------

Write = Callable[[str, "str | bytes"], Path]


def test_md_and_txt_articles_build_together(write: Write, tmp_path: Path) -> None:
    write("tr.md", tr_article())
    write("is.txt", is_article())
    plan = build(tmp_path)
    assert plan.problems == []
    assert_small_pair_built(plan)


def test_bom_and_crlf_files_build(write: Write, tmp_path: Path) -> None:
    write("tr.md", codecs.BOM_UTF8 + tr_article().replace("\n", "\r\n").encode("utf-8"))
    write("is.md", is_article().replace("\n", "\r\n"))
    plan = build(tmp_path)
    assert plan.problems == []
    assert_small_pair_built(plan)


def test_legacy_encodings_build(write: Write, tmp_path: Path) -> None:
    tr = write("tr.md", tr_article().replace("\n", "\r\n").encode("cp1254"))
    is_ = write("is.txt", is_article().encode("latin-1"))
    plan = build(tmp_path)
    assert_small_pair_built(plan)
    assert messages(plan, tr) == ["decoded as cp1254"]
    assert len(messages(plan, is_)) == 1 and "decoded as" in messages(plan, is_)[0]
    assert all(p.severity is Severity.WARNING for p in plan.problems)
    text = " ".join(f"{c.front} {c.back}" for c in plan.cards)
    for letter in "şğıðþ":
        assert letter in text


def test_articles_without_front_matter_build(write: Write, tmp_path: Path) -> None:
    tr = write("tr.md", tr_article(front=None, title_heading=TR_TITLE))
    is_ = write("is.md", is_article(front=None, title_heading=IS_TITLE, level=3))
    plan = build(tmp_path)
    assert_small_pair_built(plan)
    for path in (tr, is_):
        assert messages(plan, path) == ["no front-matter title; using the first heading"]


def test_h1_sections_build(write: Write, tmp_path: Path) -> None:
    write("tr.md", tr_article(level=1))
    write("is.md", is_article(level=1))
    plan = build(tmp_path)
    assert plan.problems == []
    assert_small_pair_built(plan)


def test_front_matter_language_is_used(write: Write, tmp_path: Path) -> None:
    write("tr.md", tr_article(front=f"title: {TR_TITLE}\nlang: tr-TR\n"))
    write("is.md", is_article(front=f"title: {IS_TITLE}\nlanguage: Icelandic\n"))
    plan = build(tmp_path)
    assert plan.problems == []
    assert {(a.lang, a.lang_source) for a in plan.articles} == {
        ("tr", "front matter"),
        ("is", "front matter"),
    }
    assert_small_pair_built(plan)


def test_translation_key_pairs_articles_in_the_build(write: Write, tmp_path: Path) -> None:
    write("a/yumusak.md", tr_article(front=f"title: {TR_TITLE}\ntranslation_key: soft-sell\n"))
    write("b/mjuk.md", is_article(front=f"title: {IS_TITLE}\ntranslation_key: soft-sell\n"))
    plan = build(tmp_path)
    assert plan.problems == []
    assert [g.key for g in plan.groups] == ["key:soft-sell"]
    assert_small_pair_built(plan)
    assert all(c.note_key.startswith("test/key:soft-sell/") for c in plan.cards)


def test_numbered_and_bulleted_lists_pair_item_by_item(write: Write, tmp_path: Path) -> None:
    write("tr.md", tr_article(style="numbered"))
    write("is.md", is_article(style="*"))
    plan = build(tmp_path)
    assert plan.problems == []
    assert_small_pair_built(plan)


def test_unequal_sentence_counts_pair_two_to_one(write: Write, tmp_path: Path) -> None:
    tr_steps = (
        "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir, bu nedenle tipik "
        "olarak olası alıcıyı sorgulamakla başlar.",
        TR_STEPS[0],
        TR_STEPS[2],
    )
    is_steps = (
        "Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún á því að spyrja "
        "væntanlega kaupanda, og sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá "
        "svörunum sem þeir fá.",
        IS_STEPS[2],
    )
    write("tr.md", tr_article(steps=tr_steps, style="paragraph"))
    write("is.md", is_article(steps=is_steps, style="paragraph"))
    plan = build(tmp_path)
    steps = of_kind(direction(plan.cards, "tr", "is"), CardKind.TECHNIQUE)
    assert [(c.front, c.back) for c in steps] == [
        (f"{tr_steps[0]} {tr_steps[1]}", is_steps[0]),
        (tr_steps[2], is_steps[1]),
    ]


def test_article_without_translation(write: Write, tmp_path: Path) -> None:
    tr = write("yalniz.md", tr_article())
    plan = build(tmp_path)
    assert [(c.kind, c.front, c.back, c.extra) for c in plan.cards] == [
        (CardKind.DEFINITION, TR_DEF_HEADING, TR_DEF, TR_DEF2)
    ]
    assert [(c.source_lang, c.target_lang) for c in plan.cards] == [("tr", "tr")]
    (problem,) = plan.problems
    assert problem.path == str(tr) and problem.severity is Severity.WARNING
    assert "no Icelandic translation" in problem.message and str(tr) in str(problem)


def test_icelandic_article_without_translation(write: Write, tmp_path: Path) -> None:
    is_ = write("eitt.md", is_article())
    plan = build(tmp_path)
    assert [(c.front, c.back) for c in plan.cards] == [(IS_DEF_HEADING, IS_DEF)]
    assert [(p.path, p.severity) for p in plan.problems] == [(str(is_), Severity.WARNING)]
    assert "no Turkish translation" in plan.problems[0].message


def test_exact_duplicate_is_built_once_and_reported(write: Write, tmp_path: Path) -> None:
    write("tr.md", tr_article())
    write("is.md", is_article())
    copy = write("zz-kopya.md", tr_article())
    plan = build(tmp_path)
    assert_small_pair_built(plan)
    assert len(plan.articles) == 2
    assert [p.path for p in plan.problems] == [str(copy)]
    (message,) = messages(plan, copy)
    assert "same article as" in message and str(tmp_path / "tr.md") in message
    assert all(str(copy) not in c.source_files for c in plan.cards)


def test_duplicate_of_a_seed_is_built_once(seed_copies: tuple[Path, Path]) -> None:
    tr, _ = seed_copies
    copy = tr.parent / "kopya.txt"
    copy.write_bytes(tr.read_bytes())
    plan = build(tr.parent, deck="sales")
    seeds = build(SEEDS, deck="sales")
    assert [(c.front, c.back) for c in plan.cards] == [(c.front, c.back) for c in seeds.cards]
    assert len(plan.problems) == 1
    (problem,) = plan.problems
    assert "same article as" in problem.message
    assert {problem.path, *[p for p in (str(tr), str(copy)) if p in problem.message]} == {
        str(tr),
        str(copy),
    }


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty file"),
    "blank": (b" \n\n\t\n", "empty file"),
    "front matter only": (b"---\ntitle: Bo\xc5\x9f\nlang: tr\n---\n", "no article body"),
    "broken yaml": (
        b"---\ntitle: [Yumu\xc5\x9fak\nkeywords: a: b: c\n---\n\n## Ba\xc5\x9fl\xc4\xb1k\n\n"
        b"Metin burada.\n",
        "broken front matter",
    ),
    "binary": (
        random.Random(3).randbytes(2048) + b"\x00" + random.Random(4).randbytes(2048),
        "binary",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_gives_one_problem_and_the_rest_builds(
    case: str, write: Write, tmp_path: Path
) -> None:
    data, expected = BAD_FILES[case]
    write("tr.md", tr_article())
    write("is.md", is_article())
    bad = write("sub/bad.md", data)
    plan = build(tmp_path)
    assert len(plan.problems) == 1, [str(p) for p in plan.problems]
    (problem,) = plan.problems
    assert problem.path == str(bad) and str(problem).startswith(f"{bad}: ")
    assert problem.severity is Severity.ERROR
    assert expected in problem.message
    assert plan.failed == [str(bad)]
    assert_small_pair_built(plan)


def test_all_bad_files_at_once(write: Write, tmp_path: Path) -> None:
    write("tr.md", tr_article())
    write("is.md", is_article())
    bad = {
        name: write(f"bad-{n}.md", data) for n, (name, (data, _)) in enumerate(BAD_FILES.items())
    }
    plan = build(tmp_path)
    assert sorted(plan.failed) == sorted(str(p) for p in bad.values())
    for name, path in bad.items():
        (message,) = messages(plan, path)
        assert BAD_FILES[name][1] in message
    assert len(plan.problems) == len(bad)
    assert_small_pair_built(plan)


def test_html_is_left_out_with_one_warning(write: Write, tmp_path: Path) -> None:
    tr = write(
        "tr.md",
        tr_article(extra_def=" Örnek olarak <script>alert(1)</script> yazılabilir."),
    )
    write("is.md", is_article())
    plan = build(tmp_path)
    assert len(plan.problems) == 1
    (problem,) = plan.problems
    assert problem.path == str(tr) and problem.severity is Severity.WARNING
    assert "HTML" in problem.message
    assert_small_pair_built(plan)
    (definition,) = of_kind(direction(plan.cards, "is", "tr"), CardKind.DEFINITION)
    assert definition.extra.endswith("Örnek olarak yazılabilir.")


def test_html_blocks_are_left_out(write: Write, tmp_path: Path) -> None:
    extra = '\n\n<script>alert("x")</script>\n\n<div onclick="steal()">Tıklayın</div>\n'
    tr = write("tr.md", tr_article(extra_def=extra))
    write("is.md", is_article())
    plan = build(tmp_path)
    assert [p.path for p in plan.problems] == [str(tr)]
    texts = " ".join(f"{c.front} {c.back} {c.extra}" for c in plan.cards)
    assert "script" not in texts and "alert" not in texts and "onclick" not in texts


def test_articles_in_another_language_are_reported(write: Write, tmp_path: Path) -> None:
    write("tr.md", tr_article())
    write("is.md", is_article())
    de = write(
        "de.md",
        "---\ntitle: Weicher Verkauf\n---\n\n## Was ist ein weicher Verkauf?\n\n"
        "Der weiche Verkauf ist ein Werbe- und Verkaufsansatz mit subtiler Sprache und einer "
        "nicht aggressiven Technik.\n",
    )
    plan = build(tmp_path)
    assert plan.languages == {"de": 1, "is": 1, "tr": 1}
    (message,) = messages(plan, de)
    assert "German" in message and "no cards" in message
    assert all(str(de) not in c.source_files for c in plan.cards)
    assert_small_pair_built(plan)


# --- what is not a regular file: named, never waited on ----------------------------------


def test_fifos_symlink_loops_and_folders_named_md_are_each_reported(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.md").write_text(tr_article(), "utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "loop1.md").symlink_to(tmp_path / "loop2.md")
    (tmp_path / "loop2.md").symlink_to(tmp_path / "loop1.md")
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")
    (tmp_path / "folder.md").mkdir()
    (tmp_path / "folder.md" / "b.md").write_text(is_article(), "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop
    (tmp_path / "notes.html").symlink_to(tmp_path / "nowhere")  # not an article: ignored
    files, problems = pipeline.collect_files([tmp_path])
    assert sorted(Path(f.path).name for f in files) == ["a.md", "b.md"]
    reported = {Path(p.path).name: (p.message, p.severity) for p in problems}
    assert reported == {
        "pipe.md": ("is a FIFO (named pipe), not a regular file", Severity.ERROR),
        "loop1.md": ("a symlink loop", Severity.ERROR),
        "loop2.md": ("a symlink loop", Severity.ERROR),
        "gone.md": ("a symlink to nothing (its target is missing)", Severity.ERROR),
        "folder.md": ("a folder named like an article; read as a folder", Severity.WARNING),
        "up": ("a symlink loop (leads back to a folder above it)", Severity.ERROR),
    }


def test_a_fifo_or_symlink_loop_given_directly_is_one_problem(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    files, problems = pipeline.collect_files([tmp_path / "pipe", tmp_path / "loop"])
    assert files == []
    assert sorted((Path(p.path).name, p.message) for p in problems) == [
        ("loop", "a symlink loop"),
        ("pipe", "is a FIFO (named pipe), not a regular file"),
    ]


def test_a_file_over_the_limit_is_reported_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as f:
        f.truncate(20_000_000_000)  # sparse: reading it would take minutes and 20 GB
    (tmp_path / "a.md").write_text(tr_article(), "utf-8")
    files, problems = pipeline.collect_files([tmp_path], limit=1_000_000)
    assert [Path(f.path).name for f in files] == ["a.md"]
    assert [p.message for p in problems] == ["file too large (20 GB; the limit is 1 MB)"]


def test_a_long_article_under_the_default_limit_is_read(tmp_path: Path) -> None:
    article = tr_article()
    head, body = article.split("\n## ", 1)
    long = head + ("\n## " + body) * (2_400_000 // len(body))
    path = tmp_path / "long.md"
    path.write_text(long, "utf-8")
    assert path.stat().st_size > 2_400_000
    files, problems = pipeline.collect_files([path])
    assert problems == [] and len(files[0].data) == path.stat().st_size


def test_parse_workers_read_as_the_build_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsed in worker processes (each sentence's analysis sent once, and shared by the
    articles holding it), the articles are those parsed in the build's own process."""
    for n in range(3):  # copies that share most of their text with the seeds and each other
        for seed in (TR_SEED, IS_SEED):
            text = seed.read_text("utf-8").replace("\n\n", f"\n\nKopya {n}.\n\n", 1)
            (tmp_path / f"{n}_{seed.name}").write_text(text, "utf-8")
    files, _ = pipeline.collect_files([tmp_path])
    serial, _, _, _ = pipeline.read_articles(files, {})
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    parallel, _, _, _ = pipeline.read_articles(files, {})
    assert [a.to_dict() for a in parallel] == [a.to_dict() for a in serial]
    shared = {id(a.analyses[text]) for a in parallel for text in a.analyses if text == IS_TITLE}
    assert len(shared) == 1  # one object for the title all Icelandic copies share


def test_card_workers_make_the_cards_of_the_build_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made in worker processes, a few groups at a time, the cards and notes are those made
    in the build's own process, in the same order, and the progress reaches every group."""
    data = Path(__file__).parent / "data"
    pairs = [
        *SEEDS.glob("*.txt"),
        *(data / "hard_sell").glob("*"),
        *(data / "cross_sell").glob("*"),
    ]
    for path in sorted(pairs):
        for n in range(3):  # copies of each pair, told apart by a sentence
            text = path.read_text("utf-8").replace("\n\n", f"\n\nKopya {n}.\n\n", 1)
            (tmp_path / f"{n}_{path.name}").write_text(text, "utf-8")
    (tmp_path / "alone.md").write_text(  # a group with one language: an untranslated note
        TR_SEED.read_text("utf-8").replace("\n\n", "\n\nYalnız.\n\n", 1), "utf-8"
    )
    files, _ = pipeline.collect_files([tmp_path])
    directions = [("tr", "is"), ("is", "tr")]
    serial = pipeline.plan_build(files, "deck", directions)
    groups = serial.groups
    assert len(groups) >= 10 and any(len(g.members) == 1 for g in groups)

    def make(only: set[str] | None) -> tuple[object, list[tuple[int, int]]]:
        seen: list[tuple[int, int]] = []
        made = deck.cards_for_directions(
            groups, "deck", directions, progress=lambda _, d, t: seen.append((d, t)), only=only
        )
        return made, seen

    here = {only_key: make(only) for only_key, only in (("all", None), ("some", set()))}
    some = {g.key for g in groups[1::2]}
    here["some"] = make(some)
    monkeypatch.setattr(deck, "PARALLEL_GROUPS", 1)
    monkeypatch.setattr(deck, "_CHUNK_GROUPS", 2)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    for key, only in (("all", None), ("some", some)):
        (cards, notes), seen = make(only)
        (expected_cards, expected_notes), expected_seen = here[key]
        assert cards == expected_cards and len(cards) > 100
        assert notes == expected_notes
        assert seen[-1] == expected_seen[-1] == (len(groups), len(groups))
    assert any(n.reason is not None for n in here["all"][0][1])  # type: ignore[index]
