"""The round trip with Anki, end to end: the seed deck built and studied with the real CLI,
exported, studied in Anki (Anki's own library), exported back with scheduling and imported
with the CLI; every review of both sides is in the log exactly once, each card's state is
the replay of its merged history, and cards added or deleted in Anki are reported."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ankicol import (
    add_note,
    answer,
    cards_by_guid,
    collection,
    export_deck,
    import_package,
    require_anki,
    revlog,
)
from seed_counts import SEED_CARDS

from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel
from flashcards.services.anki_export import guid_for_uid
from flashcards.types import CardState, Memory, Rating

ROOT = Path(__file__).resolve().parents[2]
T1 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

#: (card id, time, rating, mode) of a review-log entry.
Entry = tuple[int, datetime, int | None, str]


def _run(db: Path, *args: str, now: datetime, stdin: str = "") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), "--now", now.isoformat(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _log(db: Path) -> list[Entry]:
    rows = _query(db, "SELECT card_id, reviewed_at, rating, mode FROM review_log ORDER BY id")
    return [(card, _time(at), rating, mode) for card, at, rating, mode in rows]


def _uids(db: Path) -> dict[str, int]:
    return {uid: card_id for card_id, uid in _query(db, "SELECT id, uid FROM cards")}


def _memories(db: Path) -> dict[int, Memory]:
    rows = _query(
        db,
        "SELECT id, state, step, stability, difficulty, due, last_review, reps, lapses FROM cards",
    )
    return {
        row[0]: Memory(
            CardState(row[1]),
            row[2],
            row[3],
            row[4],
            None if row[5] is None else _time(row[5]),
            None if row[6] is None else _time(row[6]),
            row[7],
            row[8],
        )
        for row in rows
    }


def _everything(db: Path) -> list[list[tuple[Any, ...]]]:
    return [_query(db, f"SELECT * FROM {t} ORDER BY 1") for t in ("decks", "cards", "review_log")]


def _anki_entries(col: Any, ours: dict[str, int]) -> list[Entry]:
    """Anki's review log as entries of our cards (notes matched by the GUIDs we wrote)."""
    by_guid = cards_by_guid(col)
    anki_to_ours = {
        by_guid[guid_for_uid(uid)].id: card_id
        for uid, card_id in ours.items()
        if guid_for_uid(uid) in by_guid
    }
    return [
        (anki_to_ours[anki_card], datetime.fromtimestamp(rev_id / 1000, UTC), ease, "anki")
        for rev_id, anki_card, ease, *_ in revlog(col)
        if anki_card in anki_to_ours
    ]


def _replayed(entries: list[Entry]) -> dict[int, Memory]:
    """Each card's memory after answering its entries in time order with a fresh model."""
    model = MemoryModel(SchedulerConfig(), UTC)
    memories: dict[int, Memory] = {}
    for card, at, rating, _ in sorted(entries, key=lambda e: e[1]):
        assert rating is not None
        memories[card] = model.answer(card, memories.get(card, Memory()), Rating(rating), at)
    return memories


def _check_replayed(stored: dict[int, Memory], entries: list[Entry], name: dict[int, str]) -> None:
    """A card with reviews from Anki holds the replay of its whole history.  A card answered
    only here holds what its answers gave: the same memory, but its due date may be another
    day of the fuzz range, chosen by the load balancer among the days of that moment."""
    from_anki = {card for card, *_, mode in entries if mode == "anki"}
    for card, memory in _replayed(entries).items():
        if card in from_anki:
            assert stored[card] == memory, name[card]
        else:
            assert replace(stored[card], due=None) == replace(memory, due=None), name[card]


def _anki_card(col: Any, uid: str) -> Any:
    return cards_by_guid(col)[guid_for_uid(uid)]


@pytest.mark.slow
def test_study_in_the_app_and_in_anki_and_bring_the_reviews_home(tmp_path: Path) -> None:
    require_anki()
    db = tmp_path / "collection.sqlite"
    seed = ROOT / "decks" / "sales"
    _ok(_run(db, "build", str(seed), "--deck", "sales", "--source", "tr", "--target", "is",
             "--both-directions", now=T1))  # fmt: skip

    # In the app: three new cards answered, and again when their learning step is due.
    _ok(_run(db, "study", "--deck", "sales", stdin="\n3\n\n3\n\n1\nq\n", now=T1))
    _ok(_run(db, "study", "--deck", "sales", stdin="\n3\n\n3\nq\n", now=T1 + timedelta(minutes=11)))
    app_side = _log(db)
    assert len(app_side) == 5 and all(mode == "flip" for *_, mode in app_side)
    uids = _uids(db)
    by_id = {card_id: uid for uid, card_id in uids.items()}
    studied_here = sorted({card for card, *_ in app_side})

    package = tmp_path / "sales.apkg"
    _ok(_run(db, "export", "--format", "apkg", "--deck", "sales", "-o", str(package),
             now=T1 + timedelta(hours=1)))  # fmt: skip

    # In Anki: import the package, study other cards and one of ours, tag, suspend, flag,
    # add a note and delete one.
    col = collection(tmp_path / "anki")
    try:
        import_package(col, package)
        assert col.note_count() == len(uids) == SEED_CARDS
        both_sides = by_id[studied_here[0]]
        others = [uid for uid in sorted(uids) if uids[uid] not in studied_here][:3]
        day2 = T1 + timedelta(days=2)
        answer(col, _anki_card(col, both_sides).id, 3, day2)
        for n, uid in enumerate(others):
            card = _anki_card(col, uid).id
            answer(col, card, 3, day2 + timedelta(minutes=n), taken_ms=5000 + n)
            answer(col, card, 4 if n else 2, day2 + timedelta(minutes=12 + n))
        answer(col, _anki_card(col, others[0]).id, 1, day2 + timedelta(days=3))
        untouched = [uid for uid in sorted(uids, reverse=True) if uid not in others]
        suspended, flagged, deleted = untouched[0], untouched[1], untouched[2]
        col.sched.suspend_cards([_anki_card(col, suspended).id])
        col.set_user_flag_for_cards(4, [_anki_card(col, flagged).id])
        tagged = col.get_note(_anki_card(col, others[1]).nid)
        tagged.tags.append("hard::words")
        col.update_note(tagged)
        col.remove_notes([_anki_card(col, deleted).nid])
        add_note(col, "Basic", "sales", ["Satış hunisi", "Sölutrekt"])
        retyped = col.get_note(_anki_card(col, others[2]).nid)
        retyped["Back"] = "breytt í símanum"
        col.update_note(retyped)
        anki_side = _anki_entries(col, uids)
        assert len(anki_side) == 1 + 2 * 3 + 1
        back = export_deck(col, "sales", tmp_path / "sales-from-anki.apkg")
    finally:
        col.close()

    out = _ok(_run(db, "import", "anki", str(back), now=T1 + timedelta(days=6)))
    assert f"{SEED_CARDS - 1} cards of this app found again by their GUID" in out
    assert f"reviews: {len(anki_side)} added, 0 already here; 4 cards replayed" in out
    assert (
        '1 note added in Anki, not imported (--include-added imports them): "Satış hunisi"' in out
    )
    assert "1 card not in the package (deleted in Anki?), kept" in out
    assert "from Anki: 1 suspended, 1 flagged" in out, out
    assert "1 card edited in Anki, kept as they are here (edit them here)" in out

    log = _log(db)
    assert log[: len(app_side)] == app_side  # the app's own entries as they were
    assert sorted(log, key=repr) == sorted(app_side + anki_side, key=repr)  # each once
    assert len(set(log)) == len(log)
    memories = _memories(db)
    _check_replayed(memories, app_side + anki_side, by_id)
    assert {uids[both_sides]} < {c for c, *_ in app_side} and any(
        c == uids[both_sides] for c, *_ in anki_side
    )
    states = dict(
        (uid, (suspended_, flag, tags))
        for uid, suspended_, flag, tags in _query(
            db, "SELECT uid, suspended, flag, tags FROM cards"
        )
    )
    assert states[suspended][0] == 1 and states[flagged][1] == 4
    assert states[others[1]][2] == "hard::words"
    assert states[deleted] == (0, 0, "")
    assert _query(db, f"SELECT back FROM cards WHERE id = {uids[others[2]]}") != [
        ("breytt í símanum",)
    ]
    assert _query(db, f"SELECT retired FROM cards WHERE id = {uids[deleted]}") == [(0,)]

    # The same file again changes nothing.
    before = _everything(db)
    out = _ok(_run(db, "import", "anki", str(back), now=T1 + timedelta(days=6, hours=1)))
    assert f"reviews: 0 added, {len(anki_side)} already here" in out
    assert _everything(db) == before

    # A second round: more study here, the notes updated in Anki, more study there.
    later = T1 + timedelta(days=7)
    _ok(_run(db, "study", "--deck", "sales", stdin="\n3\n\n3\nq\n", now=later))
    app_side = _log(db)
    package = tmp_path / "sales-2.apkg"
    _ok(_run(db, "export", "--format", "apkg", "--deck", "sales", "-o", str(package),
             now=later + timedelta(hours=1)))  # fmt: skip
    col = collection(tmp_path / "anki")
    try:
        import_package(col, package)
        # The card deleted there came back with the package (it is kept here): again.
        col.remove_notes([_anki_card(col, deleted).nid])
        answer(col, _anki_card(col, both_sides).id, 3, later + timedelta(days=2))
        answer(col, _anki_card(col, others[2]).id, 3, later + timedelta(days=2, minutes=1))
        anki_side = _anki_entries(col, {u: c for u, c in uids.items() if u != deleted})
        back = export_deck(col, "sales", tmp_path / "sales-from-anki-2.apkg")
    finally:
        col.close()
    out = _ok(
        _run(db, "import", "anki", str(back), "--include-added", "--retire-missing",
             now=later + timedelta(days=3))
    )  # fmt: skip
    assert f"reviews: 2 added, {len(anki_side) - 2} already here" in out
    assert '1 note added in Anki, imported: "Satış hunisi"' in out
    assert "not in the package (deleted in Anki), retired" in out
    log = _log(db)
    ours = [e for e in log if e[0] in set(uids.values())]
    assert sorted(ours, key=repr) == sorted(
        [e for e in app_side if e[3] != "anki"] + anki_side, key=repr
    )
    assert len(set(log)) == len(log)
    memories = _memories(db)
    _check_replayed(memories, ours, by_id)
    assert _query(db, f"SELECT retired FROM cards WHERE id = {uids[deleted]}") == [(1,)]
    assert _query(db, "SELECT front, back, kind FROM cards WHERE uid LIKE 'anki:%'") == [
        ("Satış hunisi", "Sölutrekt", "term")
    ]
    result = _run(db, "import", "anki", str(back), "--json", now=later + timedelta(days=3))
    report = json.loads(result.stdout)
    assert report["reviews_added"] == 0 and report["round_trip"]
