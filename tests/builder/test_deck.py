"""A build's cards made in batches (`deck.CardStream`) and sent to card workers and back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from builder_samples import SEEDS

from flashcards.builder import deck, pipeline, workers
from flashcards.builder.reader import analyze_text
from flashcards.types import CardSpec, Group


def _copies(tmp_path: Path) -> list[Group]:
    """Groups of copies of the seed pair and the sample pairs, told apart by a sentence."""
    data = Path(__file__).with_name("data")
    pairs = [
        *SEEDS.glob("*.txt"),
        *(data / "hard_sell").glob("*"),
        *(data / "cross_sell").glob("*"),
    ]
    for path in sorted(pairs):
        for n in range(3):
            text = path.read_text("utf-8").replace("\n\n", f"\n\nKopya {n}.\n\n", 1)
            (tmp_path / f"{n}_{path.name}").write_text(text, "utf-8")
    files, _ = pipeline.collect_files([tmp_path])
    groups = pipeline.plan_build(files, "deck", DIRECTIONS, make_cards=False).groups
    assert len(groups) >= 9
    return groups


DIRECTIONS = [("tr", "is"), ("is", "tr")]


def test_the_batches_of_a_card_stream_are_the_cards_of_the_build_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of a few cards, made here or by workers, hold each card of the whole
    build's list once, in its order, and the notes are those of the whole build."""
    groups = _copies(tmp_path)
    cards, notes = deck.cards_for_directions(groups, "deck", DIRECTIONS)
    assert len(cards) > 500 and notes
    some = {g.key for g in groups[::2]}
    only_some, _ = deck.cards_for_directions(groups, "deck", DIRECTIONS, only=some)
    for parallel in (False, True):
        if parallel:
            monkeypatch.setattr(deck, "PARALLEL_GROUPS", 1)
            monkeypatch.setattr(deck, "_CHUNK_GROUPS", 2)
            monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
        stream = deck.CardStream(groups, "deck", DIRECTIONS, batch=50)
        batches = list(stream)
        assert len(batches) > 5 and all(len(b) >= 50 for b in batches[:-1])
        assert [c for b in batches for c in b] == cards
        assert stream.problems == notes
        part = deck.CardStream(groups, "deck", DIRECTIONS, only=some, batch=50)
        assert [c for b in part for c in b] == only_some


def test_an_analysis_goes_to_a_worker_and_back_as_it_was() -> None:
    for text, lang in (
        ("Yumuşak satış, düşük basınçlı bir satış tekniğidir.", "tr"),
        ("Mjúk sala vísar til auglýsinga- og sölunálgunar.", "is"),
    ):
        analysis = analyze_text(text, lang)
        assert analysis is not None and analysis.words and analysis.phrases
        _ = analysis.term_words  # worked out and kept: not sent
        back = workers.loads(workers.dumps({"a": analysis, "again": [analysis]}))
        assert back["a"] == analysis and back["again"][0] is back["a"]
        assert back["a"].words[0].pos is analysis.words[0].pos
        assert back["a"].term_words == analysis.term_words


def test_cards_come_back_from_a_worker_as_they_were_made(tmp_path: Path) -> None:
    """Every field of every card and its content hash, as `_make_in_worker` sends them
    and `_made_in_workers` takes them; equal texts arrive as one object."""
    groups = _copies(tmp_path)[:4]
    making = deck._Making("deck", tuple(DIRECTIONS), deck.ALL_KINDS, {})
    made = [deck._group_cards(g, making, deck._links(g, making, {})) for g in groups]
    back = deck._received(deck._sent(made))
    assert back == made  # the cards (their fields) and the notes
    cards = [c for chosen, _ in made for c in chosen]
    arrived = [c for chosen, _ in back for c in chosen]
    assert len(cards) > 100
    for card, came in zip(cards, arrived, strict=True):
        assert came.content_hash == card.content_hash  # sent as the property works it out
        assert came.__dict__ == card.__dict__  # the content hash with the fields
        assert type(came) is CardSpec and came.kind is card.kind
    fronts = {id(c.front) for c in arrived}
    assert len(fronts) == len({c.front for c in arrived}) < len(arrived)


def test_cards_made_in_the_builds_process_come_with_their_content_hash(tmp_path: Path) -> None:
    """Each card made in the build's process holds its content hash already (worked out for
    its group's cards at once), and it is the one a spec of the same fields works out."""
    groups = _copies(tmp_path)[:3]
    cards = [c for batch in deck.CardStream(groups, "deck", DIRECTIONS) for c in batch]
    assert cards and all("content_hash" in c.__dict__ for c in cards)
    for card in cards:
        fresh = dataclasses.replace(card)  # no hash of its own yet
        assert "content_hash" not in fresh.__dict__
        assert card.content_hash == fresh.content_hash


def test_cards_made_in_the_builds_process_keep_none_of_its_articles(tmp_path: Path) -> None:
    """A process that builds again and again (the GUI) lets go of each build's articles once
    their cards are made (the card makers' memos by article held them all)."""
    import gc
    import weakref

    groups = _copies(tmp_path)[:3]
    articles = [weakref.ref(a) for g in groups for a in g.members.values()]
    cards, _ = deck.cards_for_directions(groups, "deck", DIRECTIONS)
    assert cards
    del groups
    gc.collect()
    assert [ref for ref in articles if ref() is not None] == []


def test_a_card_worker_runs_without_the_cycle_collector_and_leaves_no_cycles(
    tmp_path: Path,
) -> None:
    """A card worker turns the cycle collector off for good (`_start_card_worker`): what it
    makes of a piece of groups, cards sent back included, forms no cycle to collect."""
    import gc

    groups = _copies(tmp_path)[:6]
    making = deck._Making("deck", tuple(DIRECTIONS), deck.ALL_KINDS, {})
    pieces = [
        workers.dumps([(g, deck._links(g, making, {}), ()) for g in groups[n : n + 3]])
        for n in (0, 3)
    ]
    was = gc.isenabled()
    try:
        deck._start_card_worker(making)
        assert not gc.isenabled()
        deck._make_in_worker(pieces[0])  # first uses (types made once) aside
        gc.collect()
        back = deck._make_in_worker(pieces[1])
        assert not gc.isenabled()
        assert gc.collect() == 0  # nothing unreachable: no cycle made
        assert [c for chosen, _ in deck._received(back) for c in chosen]
    finally:
        deck._MAKING.clear()
        if was:
            gc.enable()


def test_card_workers_keep_the_records_of_the_articles_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `keep`, the workers hand back what it makes of the members at the paths `kept`
    (the cache's records: byte for byte those of the articles themselves), by path, and the
    same cards as without it; cards made in this process keep none."""
    from flashcards.store import parses

    groups = _copies(tmp_path)
    cards, _ = deck.cards_for_directions(groups, "deck", DIRECTIONS)
    members = [a for g in groups for a in g.members.values()]
    wanted = {a.path for a in members[::2]}
    stream = deck.CardStream(groups, "deck", DIRECTIONS, keep=parses.records, kept=wanted)
    assert [c for b in stream for c in b] == cards
    assert stream.kept == {}  # too few groups for workers: the caller makes them
    monkeypatch.setattr(deck, "PARALLEL_GROUPS", 1)
    monkeypatch.setattr(deck, "_CHUNK_GROUPS", 2)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    stream = deck.CardStream(groups, "deck", DIRECTIONS, keep=parses.records, kept=wanted)
    assert [c for b in stream for c in b] == cards
    chosen = [a for a in members if a.path in wanted]
    assert stream.kept == dict(zip([a.path for a in chosen], parses.records(chosen), strict=True))
    assert all(stream.kept[a.path] == parses.dumps(a) for a in chosen)
