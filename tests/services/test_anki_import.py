"""Moving from Anki: a collection made and studied with Anki's own library comes over whole —
notes as cards, nested decks, suspended/buried/flagged cards, tags, every review — and each
card's memory is the replay of its history; again changes nothing; bad files change nothing."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ankicol import (
    add_note,
    answer,
    collection,
    export_collection,
    export_deck,
    require_anki,
    revlog,
)
from seed_counts import SEED_CARDS
from sqlalchemy import select, text

from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel
from flashcards.services.anki_import import import_anki
from flashcards.services.anki_package import FieldMapping
from flashcards.services.optimize import review_events
from flashcards.store.database import Database
from flashcards.store.models import Card, ReviewLog
from flashcards.types import CardKind, CardState, Memory, Rating

#: Reviews are made at fixed times in the past (Anki logs them at the time given).
T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
NOW = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)

SPANISH = [
    ("¿Dónde está la estación de tren, por favor?", "Where is the train station, please?"),
    ("Me gustaría reservar una mesa para dos personas.", "I would like to book a table for two."),
    ("¿Cuánto cuesta este libro de cocina?", "How much does this cookbook cost?"),
    (
        "Mañana vamos a visitar a nuestros abuelos.",
        "Tomorrow we are going to visit our grandparents.",
    ),
    ("El perro de mi vecino ladra toda la noche.", "My neighbour's dog barks all night long."),
]


def _snapshot(db: Database) -> dict[str, list[Any]]:
    with db.begin() as session:
        return {
            table: [
                tuple(row) for row in session.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            ]
            for table in ("decks", "cards", "review_log")
        }


@pytest.fixture
def studied(tmp_path: Path) -> dict[str, Any]:
    """An Anki collection a user has studied for a while, and the packages Anki exports."""
    require_anki()
    col = collection(tmp_path / "anki")
    try:
        notes = [
            add_note(
                col, "Basic", "Spanish::Phrases", [f"<b>{es}</b>", en], ["spanish", "travel::A1"]
            )
            for es, en in SPANISH
        ]
        rich = add_note(
            col,
            "Basic",
            "Spanish::Phrases",
            [
                'Mira el gato<br><img src="gato.jpg"> <script>alert("x")</script>&amp; ya',
                "Look at the cat [sound:gato.mp3]",
            ],
        )
        both = add_note(
            col, "Basic (and reversed card)", "Spanish::Words", ["la biblioteca", "the library"]
        )
        cloze = add_note(
            col, "Cloze", "Spanish::Words", ["La {{c1::biblioteca}} abre a las {{c2::nueve}}.", ""]
        )
        first = [n.cards()[0].id for n in notes]
        # Two weeks of study: learning steps, reviews, a lapse.
        for offset, card_id in enumerate(first):
            start = T0 + timedelta(hours=offset)
            answer(col, card_id, 3, start, taken_ms=4000 + offset)
            answer(col, card_id, 3, start + timedelta(minutes=10))
            answer(col, card_id, 3 if offset % 2 else 1, start + timedelta(days=2))
        answer(col, first[1], 3, T0 + timedelta(days=2, minutes=10))
        answer(col, first[3], 3, T0 + timedelta(days=2, minutes=12))
        answer(col, both.cards()[1].id, 4, T0 + timedelta(days=1))
        # A cram in a filtered deck that does not reschedule (a preview).
        cram_deck = col.decks.new_filtered("Cram")
        filtered = col.decks.get(cram_deck)
        filtered["resched"] = False
        filtered["terms"] = [['"note:Basic (and reversed card)"', 10, 0]]
        col.decks.save(filtered)
        col.sched.rebuild_filtered_deck(cram_deck)
        answer(col, both.cards()[0].id, 1, T0 + timedelta(days=3))
        col.sched.empty_filtered_deck(cram_deck)
        # Changes by hand (Anki logs them at the real time): a reset, a due date.
        col.sched.schedule_cards_as_new([first[4]], restore_position=False, reset_counts=False)
        col.sched.set_due_date([first[2]], "30")
        # Queue states and flags.
        col.sched.suspend_cards([first[0]])
        col.sched.bury_cards([rich.cards()[0].id])
        col.set_user_flag_for_cards(3, [first[1]])
        found = {
            "revlog": revlog(col),
            "first": first,
            "both": [c.id for c in both.cards()],
            "cloze": [c.id for c in cloze.cards()],
            "rich": rich.cards()[0].id,
            "cards": len(col.find_cards("")),
            "collection": tmp_path / "anki" / "collection.anki2",
        }
        found["packages"] = {
            "apkg": export_deck(col, "Spanish", tmp_path / "spanish.apkg"),
            "legacy": export_deck(col, "Spanish", tmp_path / "spanish-legacy.apkg", legacy=True),
            "colpkg": export_collection(col, tmp_path / "all.colpkg"),  # closes the collection
        }
        found["packages"]["anki2"] = _oldest_format(
            found["packages"]["legacy"], tmp_path / "spanish-anki2.apkg"
        )
        return found
    finally:
        if col.db is not None:
            col.close()


def _oldest_format(legacy: Path, out: Path) -> Path:
    """The package as Anki 2.0 and 2.1 before 2.1.22 wrote it: its one collection named
    `collection.anki2` (the same schema as Anki's legacy `collection.anki21`)."""
    with zipfile.ZipFile(legacy) as source, zipfile.ZipFile(out, "w") as package:
        package.writestr("collection.anki2", source.read("collection.anki21"))
        package.writestr("media", source.read("media"))
    return out


def _cards(db: Database) -> dict[str, Card]:
    with db.begin() as session:
        rows = session.scalars(select(Card)).all()
        session.expunge_all()
    return {row.uid: row for row in rows}


def _log(db: Database) -> list[ReviewLog]:
    with db.begin() as session:
        rows = session.scalars(select(ReviewLog).order_by(ReviewLog.reviewed_at)).all()
        session.expunge_all()
    return list(rows)


def _by_anki_id(db: Database, studied: dict[str, Any]) -> dict[int, Card]:
    """Our card of each Anki card id (uid anki:GUID/ORD, the note's GUID from Anki)."""
    from anki.collection import Collection

    cards = _cards(db)
    found: dict[int, Card] = {}
    col = Collection(str(studied["collection"]))
    try:
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            uid = f"anki:{col.get_note(card.nid).guid}/{card.ord}"
            if uid in cards:
                found[card_id] = cards[uid]
    finally:
        col.close()
    return found


def _expected_memory(card_id: int, entries: list[tuple[int, int, int, int, int, int]]) -> Memory:
    """Anki's log for one card answered anew by our model: resets start afresh, a cram and
    a due date set by hand change no memory (the due date is checked separately)."""
    model = MemoryModel(SchedulerConfig())
    memory = Memory()
    for rev_id, _, ease, factor, _, kind in entries:
        at = datetime.fromtimestamp(rev_id / 1000, UTC)
        if kind in (4, 5) or ease == 0:
            if kind == 4 and factor == 0:
                memory = Memory()
            continue
        if kind == 3 and factor == 0:
            continue
        memory = model.answer(card_id, memory, Rating(ease), at)
    return memory


def test_a_studied_collection_comes_over_whole(db: Database, studied: dict[str, Any]) -> None:
    report = import_anki(db, studied["packages"]["apkg"], now=NOW)
    assert report.ok and not report.round_trip and report.skipped == []
    assert report.cards == studied["cards"] == 10
    decks = {d.name: d for d in report.decks}
    assert set(decks) == {"Spanish::Phrases", "Spanish::Words"}
    phrases = decks["Spanish::Phrases"]
    assert (phrases.source_lang, phrases.target_lang, phrases.detected) == ("es", "en", True)
    assert phrases.created and phrases.added == 6

    ours = _by_anki_id(db, studied)
    assert len(ours) == 10
    # Text: HTML reduced to plain text, scripts gone, media named and not loaded.
    first = ours[studied["first"][0]]
    assert (first.front, first.back) == SPANISH[0]
    assert first.kind == CardKind.TERM and first.note_key.startswith("anki:")
    rich = ours[studied["rich"]]
    assert rich.front == "Mira el gato\n[image: gato.jpg] & ya"
    assert rich.back == "Look at the cat [sound: gato.mp3]"
    assert (report.media_notes, report.media_files) == (1, 2)
    # The reversed card asks the back, in the other direction.
    forward, backward = (ours[c] for c in studied["both"])
    assert (forward.front, forward.back) == ("la biblioteca", "the library")
    assert (backward.front, backward.back) == ("the library", "la biblioteca")
    assert (backward.source_lang, backward.target_lang) == (
        forward.target_lang,
        forward.source_lang,
    )
    assert forward.note_key == backward.note_key  # siblings: never on the same day
    # One card per cloze, its blank asked and answered.
    one, two = (ours[c] for c in studied["cloze"])
    assert one.kind == two.kind == CardKind.CLOZE
    assert one.front == "La [...] abre a las nueve." and one.back == "biblioteca"
    assert two.front == "La biblioteca abre a las [...]." and two.back == "nueve"
    assert "La biblioteca abre a las nueve." in one.extra
    # Queue states, flags and tags.
    assert first.suspended and first.tags == "spanish travel::A1"
    assert ours[studied["first"][1]].flag == 3
    # Buried (in Anki, just now) until the study day it was buried on is over.
    assert rich.buried_until is not None
    assert timedelta(0) < rich.buried_until - datetime.now(UTC) <= timedelta(days=1)

    # Every review-log entry, with its time, rating, duration and kind.
    log = _log(db)
    anki_log = studied["revlog"]
    assert len(log) == len(anki_log) == report.reviews_added == report.reviews
    by_time = {round(e.reviewed_at.timestamp() * 1000): e for e in log}
    assert set(by_time) == {row[0] for row in anki_log}
    for rev_id, card_id, ease, factor, taken, kind in anki_log:
        entry = by_time[rev_id]
        assert entry.card_id == ours[card_id].id and entry.mode == "anki"
        if kind in (4, 5):
            assert entry.kind == "manual" and entry.rating is None
        elif kind == 3 and factor == 0:
            assert (entry.kind, entry.rating) == ("cram", ease)
        else:
            assert (entry.kind, entry.rating, entry.duration_ms) == ("review", ease, taken)
    assert by_time[anki_log[0][0]].duration_ms == 4000

    # Memory is the replay of the history, not Anki's SM-2 fields.
    for anki_id, card in ours.items():
        entries = [row for row in anki_log if row[1] == anki_id]
        expected = _expected_memory(card.id, entries)
        got = Memory(
            CardState(card.state),
            card.step,
            card.stability,
            card.difficulty,
            card.due,
            card.last_review,
            card.reps,
            card.lapses,
        )
        if anki_id == studied["first"][2]:  # its due date was set by hand in Anki
            assert got.due is not None and got.due - NOW > timedelta(days=29)
            expected = Memory(**{**expected.__dict__, "due": got.due})
        assert got == expected, anki_id
    reset = ours[studied["first"][4]]
    assert reset.state == CardState.NEW and reset.reps == 0
    assert report.replayed == len({row[1] for row in anki_log})
    # The optimizer reads the imported answers like the app's own.
    answered = [row for row in anki_log if row[2] and row[5] in (0, 1, 2)]
    assert len(review_events(db)) == len(answered)


def test_importing_again_changes_nothing(db: Database, studied: dict[str, Any]) -> None:
    import_anki(db, studied["packages"]["apkg"], now=NOW)
    before = _snapshot(db)
    again = import_anki(db, studied["packages"]["apkg"], now=NOW)
    assert _snapshot(db) == before
    assert again.reviews_added == 0 and again.reviews_known == len(studied["revlog"])
    assert sum(d.added + d.updated for d in again.decks) == 0 and again.replayed == 0
    # The same collection as a .colpkg, and an old-format package: nothing new either.
    for kind in ("colpkg", "legacy", "anki2"):
        import_anki(db, studied["packages"][kind], now=NOW)
        assert _snapshot(db) == before, kind


@pytest.mark.parametrize("kind", ["colpkg", "legacy", "anki2"])
def test_every_format_reads_the_same(db: Database, studied: dict[str, Any], kind: str) -> None:
    report = import_anki(db, studied["packages"][kind], now=NOW)
    assert report.cards == 10 and report.reviews_added == len(studied["revlog"])
    fronts = sorted(c.front for c in _cards(db).values())
    assert SPANISH[0][0] in fronts and "La [...] abre a las nueve." in fronts


def test_one_deck_and_a_field_mapping_as_asked(db: Database, studied: dict[str, Any]) -> None:
    report = import_anki(
        db,
        studied["packages"]["apkg"],
        deck="from anki",
        fields=FieldMapping("back", "FRONT"),
        source="en",
        target="es",
        now=NOW,
    )
    ((deck),) = report.decks
    assert (deck.name, deck.source_lang, deck.target_lang, deck.detected) == (
        "from anki",
        "en",
        "es",
        False,
    )
    cards = {c.front: c for c in _cards(db).values()}
    assert cards[SPANISH[0][1]].back == SPANISH[0][0]
    # Where the note type has no field of that name, the first two fields are used.
    assert len(cards) == 10


def test_a_later_rebuild_of_the_deck_keeps_imported_cards(
    db: Database, studied: dict[str, Any], seed_dir: Path
) -> None:
    from flashcards.services.build import build

    import_anki(db, studied["packages"]["apkg"], deck="sales", source="tr", target="is", now=NOW)
    report = build(db, [seed_dir], deck="sales", source="tr", target="is")
    assert report.retired == 0
    assert sum(not c.retired for c in _cards(db).values() if c.uid.startswith("anki:")) == 10


def _bad_files(folder: Path, studied: dict[str, Any]) -> dict[str, Path]:
    good = studied["packages"]["apkg"].read_bytes()
    files = {
        "text": "a text file, not a package\n",
        "random": bytes(range(256)) * 40,
        "truncated": good[: len(good) // 2],
        "empty": b"",
    }
    paths = {}
    for name, content in files.items():
        path = folder / f"{name}.apkg"
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        paths[name] = path
    with zipfile.ZipFile(folder / "nocollection.apkg", "w") as archive:
        archive.writestr("media", "{}")
    paths["nocollection"] = folder / "nocollection.apkg"
    with zipfile.ZipFile(folder / "badcollection.colpkg", "w") as archive:
        archive.writestr("collection.anki2", "SQLite format 3\x00 but not really")
        archive.writestr("media", "{}")
    paths["badcollection"] = folder / "badcollection.colpkg"
    paths["missing"] = folder / "missing.apkg"
    paths["folder"] = folder
    return paths


def test_a_corrupt_or_foreign_file_is_one_line_and_changes_nothing(
    db: Database, studied: dict[str, Any], tmp_path: Path
) -> None:
    import_anki(db, studied["packages"]["apkg"], now=NOW)
    before = _snapshot(db)
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, path in _bad_files(bad, studied).items():
        with pytest.raises(FlashcardsError) as caught:
            import_anki(db, path, now=NOW)
        message = str(caught.value)
        assert message.startswith(str(path)), name
        assert "\n" not in message and "Traceback" not in message, name
        assert _snapshot(db) == before, name


def test_bad_field_mappings_and_languages_are_refused(
    db: Database, studied: dict[str, Any]
) -> None:
    with pytest.raises(FlashcardsError, match="two field names"):
        FieldMapping.parse("Front")
    with pytest.raises(FlashcardsError, match="unsupported source language"):
        import_anki(db, studied["packages"]["apkg"], source="klingon", now=NOW)
    # Two names no note type of the package has: said, not silently the first two fields.
    package = studied["packages"]["apkg"]
    with pytest.raises(FlashcardsError) as caught:
        import_anki(db, package, fields=FieldMapping("Word", "Back"), now=NOW)
    assert str(caught.value) == (
        f"{package}: no note type has the fields Word and Back (Basic: Front, Back; "
        "Basic (and reversed card): Front, Back; Cloze: Text, Back Extra)"
    )
    assert _snapshot(db)["cards"] == []


def test_undo_takes_back_only_the_apps_own_latest_answers(
    db: Database, studied: dict[str, Any]
) -> None:
    from flashcards.services.study import StudySession

    import_anki(db, studied["packages"]["apkg"], now=NOW)
    session = StudySession(db, "Spanish::Phrases", tz=UTC)
    assert session.undo(NOW) is None  # imported entries are not undone
    ours = _by_anki_id(db, studied)
    reviewed = ours[studied["first"][1]]  # answered in Anki until T0 + 2 days
    before = _snapshot(db)
    session.answer(reviewed.id, Rating.GOOD, T0 + timedelta(days=1))
    assert session.undo(T0 + timedelta(days=1)) is None  # Anki's later answers stand on it
    assert len(_snapshot(db)["review_log"]) == len(before["review_log"]) + 1
    fresh = ours[studied["first"][3]]
    session.answer(fresh.id, Rating.EASY, NOW)
    undone = session.undo(NOW)
    assert undone is not None and undone.id == fresh.id


def test_the_apps_own_package_in_the_oldest_format_is_found_again_and_changes_nothing(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """Our .apkg holds the original `collection.anki2` (genanki): it reads, every note is
    matched by its GUID, and nothing is added or changed."""
    require_anki()
    from flashcards.services.anki_export import export_apkg
    from flashcards.services.build import build

    build(db, [seed_dir], deck="sales", source="tr", target="is", both_directions=True)
    package = tmp_path / "sales.apkg"
    export_apkg(db, package, "sales", timestamp=NOW.timestamp())
    with zipfile.ZipFile(package) as archive:
        assert "collection.anki2" in archive.namelist()
        assert "collection.anki21b" not in archive.namelist()
    before = _snapshot(db)
    report = import_anki(db, package, now=NOW)
    assert report.matched == SEED_CARDS and report.round_trip and report.ok
    assert (report.reviews, report.added_in_anki, report.missing, report.decks) == (0, [], [], [])
    assert _snapshot(db) == before


def test_progress_is_heard_and_a_stop_keeps_nothing(db: Database, studied: dict[str, Any]) -> None:
    from flashcards.progress import Phase

    class Stop(Exception):
        pass

    def stop_at(when: Phase) -> Callable[[Phase, int, int], None]:
        def progress(phase: Phase, done: int, total: int) -> None:
            if phase is when and (done > 0 or phase is Phase.WRITING):  # mid-phase
                raise Stop

        return progress

    empty = _snapshot(db)
    for phase in (Phase.UNPACKING, Phase.REPLAYING, Phase.WRITING):  # the GUI's Cancel
        with pytest.raises(Stop):
            import_anki(db, studied["packages"]["apkg"], now=NOW, progress=stop_at(phase))
        assert _snapshot(db) == empty, phase

    heard: list[tuple[Phase, int, int]] = []
    import_anki(db, studied["packages"]["apkg"], now=NOW, progress=lambda *step: heard.append(step))
    assert list(dict.fromkeys(phase for phase, *_ in heard)) == [
        Phase.UNPACKING,
        Phase.REPLAYING,
        Phase.WRITING,
    ]
    unpacking = [(d, t) for p, d, t in heard if p is Phase.UNPACKING]
    assert unpacking[0] == (0, 0) and unpacking[-1] == (studied["cards"], studied["cards"])
    replayed = len({row[1] for row in studied["revlog"]})
    assert [(d, t) for p, d, t in heard if p is Phase.REPLAYING][-1] == (replayed, replayed)
    assert _snapshot(db) != empty


def test_what_was_changed_here_stays_until_anki_changes_it(
    db: Database, studied: dict[str, Any], tmp_path: Path
) -> None:
    """Unsuspended, unflagged and untagged here after the import: the same file again does
    not put them back; what Anki changes later comes over (a flag, a tag), and what it did
    not change (the suspension) stays as set here."""
    from anki.collection import Collection

    import_anki(db, studied["packages"]["apkg"], now=NOW)
    ours = _by_anki_id(db, studied)
    first, second = (ours[c] for c in studied["first"][:2])
    assert first.suspended and first.tags and second.flag == 3
    with db.begin() as session:
        session.execute(
            text("UPDATE cards SET suspended = false, flag = 0, tags = '' WHERE id IN (:a, :b)"),
            {"a": first.id, "b": second.id},
        )
    before = _snapshot(db)
    again = import_anki(db, studied["packages"]["apkg"], now=NOW)
    assert (again.suspended, again.flagged) == (0, 0)
    assert _snapshot(db) == before
    # Later, in Anki: the second card's flag changed, a tag added to the first note.
    col = Collection(str(studied["collection"]))
    try:
        col.set_user_flag_for_cards(1, [studied["first"][1]])
        note = col.get_note(col.get_card(studied["first"][0]).nid)
        note.tags.append("hard")
        col.update_note(note)
        later = export_deck(col, "Spanish", tmp_path / "later.apkg")
    finally:
        col.close()
    report = import_anki(db, later, now=NOW)
    assert (report.suspended, report.flagged) == (0, 1)
    cards = _cards(db)
    assert not cards[first.uid].suspended and cards[first.uid].tags == "hard"
    assert cards[second.uid].flag == 1 and cards[second.uid].tags == ""
    # And that file again: nothing.
    before = _snapshot(db)
    import_anki(db, later, now=NOW)
    assert _snapshot(db) == before
