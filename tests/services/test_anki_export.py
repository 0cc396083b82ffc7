"""Anki packages: note types and speech per direction, inert fields, tags, stable GUIDs and ids;
end to end, the real CLI's package opened and re-imported with Anki's own library."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import genanki
import pytest
from seed_counts import SEED_CARDS

from flashcards.errors import FlashcardsError
from flashcards.records import CardRecord
from flashcards.services import anki_export
from flashcards.services.build import build
from flashcards.store import cards as store
from flashcards.store.database import Database
from flashcards.text.languages import SUPPORTED
from flashcards.types import CardKind

TR = "000_fcc629ea91eeff91.txt"
ANKI_MISSING = (
    "Anki's own library opens the exported packages: install it with "
    "`pip install 'anki>=25.2'` (it is in the project's [test] extra)"
)


def _record(**changes: Any) -> CardRecord:
    values: dict[str, Any] = {
        "id": 1,
        "uid": "sales/key:soft-sell/term/title/tr>is",
        "deck_id": 1,
        "deck": "sales",
        "note_key": "sales/key:soft-sell/term/title",
        "kind": CardKind.TERM,
        "source_lang": "tr",
        "target_lang": "is",
        "front": "Yumuşak satış",
        "back": "Mjúk sala",
        "extra": "Mjúk sala vísar til …",
        "group_key": "key:soft-sell",
        "source_files": ("a.md", "b.md"),
        "retired": False,
    }
    values.update(changes)
    return CardRecord(**values)


# --- note types and speech ---------------------------------------------------------------


def test_every_supported_language_has_a_speech_locale() -> None:
    assert set(SUPPORTED) <= anki_export.TTS_LOCALES.keys()
    assert anki_export.tts_locale("tr") == "tr_TR"
    assert anki_export.tts_locale("is") == "is_IS"
    assert anki_export.tts_locale("en") == "en_US"
    assert anki_export.tts_locale("de") == "de_DE"
    assert anki_export.tts_locale("xx") is None


def test_each_direction_has_its_own_note_type_reading_each_side_in_its_language() -> None:
    forward = anki_export.model_for(CardKind.TERM, "tr", "is")
    backward = anki_export.model_for(CardKind.TERM, "is", "tr")
    assert [f["name"] for f in forward.fields] == [
        "Front",
        "Back",
        "Extra",
        "SourceLang",
        "TargetLang",
        "Uid",
    ]
    (template,) = forward.templates
    assert "{{Front}}" in template["qfmt"] and "{{tts tr_TR:Front}}" in template["qfmt"]
    assert "Uid" not in template["qfmt"] + template["afmt"]
    answer = template["afmt"]
    assert answer.startswith("{{FrontSide}}") and "<hr id=answer>" in answer
    assert answer.index("{{Back}}") < answer.index("{{tts is_IS:Back}}") < answer.index("Extra")
    (reverse,) = backward.templates
    assert "{{tts is_IS:Front}}" in reverse["qfmt"] and "{{tts tr_TR:Back}}" in reverse["afmt"]
    assert forward.model_id != backward.model_id and forward.name != backward.name
    assert forward.css == anki_export.CSS


def test_a_cloze_question_is_not_read_aloud_but_its_whole_sentence_is_on_the_answer() -> None:
    question, answer = anki_export.templates(CardKind.CLOZE, "tr", "is")
    assert "tts" not in question
    assert "{{tts is_IS:Extra}}" in answer


def test_an_unknown_language_gets_no_speech_tag() -> None:
    question, answer = anki_export.templates(CardKind.TERM, "xx", "is")
    assert "tts" not in question and "{{tts is_IS:Back}}" in answer


def test_ids_are_derived_from_names_and_the_same_in_another_process() -> None:
    model = anki_export.model_for(CardKind.TERM, "tr", "is")
    assert model.model_id == anki_export.model_for(CardKind.TERM, "tr", "is").model_id
    kinds = {anki_export.model_for(kind, "tr", "is").model_id for kind in CardKind}
    assert len(kinds) == len(CardKind)
    assert anki_export.deck_id("sales") != anki_export.deck_id("marketing")
    for value in (model.model_id, anki_export.deck_id("sales")):
        assert 1 << 30 <= value < 1 << 31
    code = (
        "from flashcards.services import anki_export as a; from flashcards.types import CardKind;"
        "print(a.model_for(CardKind.TERM, 'tr', 'is').model_id, a.deck_id('sales'))"
    )
    other = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert other.stdout.split() == [str(model.model_id), str(anki_export.deck_id("sales"))]


# --- notes --------------------------------------------------------------------------------


def test_fields_are_inert_html() -> None:
    card = _record(
        front='<script>alert("x")</script> & <b>bold</b>',
        back="[sound:evil.mp3] [anki:tts lang=en_US]hi[/anki:tts] [latex]x[/latex]",
        extra="line one\nline two",
    )
    note = anki_export.note_for(card, anki_export.model_for(card.kind, "tr", "is"))
    front, back, extra, source, target, uid = note.fields
    assert "<" not in front and "&lt;script&gt;" in front and "&amp;" in front
    assert "[" not in back and "&#91;sound:evil.mp3]" in back
    assert extra == "line one<br>line two"
    assert (source, target) == ("tr", "is")
    assert uid == "sales/key:soft-sell/term/title/tr&gt;is"


def test_tags_name_the_language_pair_the_kind_and_the_article() -> None:
    assert anki_export.tags_for(_record()) == ["tr-is", "kind::term", "article::soft-sell"]
    spaced = _record(group_key='key:soft sell  "ünlü"', kind=CardKind.LINKED_TERM)
    assert anki_export.tags_for(spaced) == ["tr-is", "kind::linked_term", "article::soft_sell_ünlü"]
    by_file = _record(group_key="file:000_fcc629ea91eeff91~2")
    assert anki_export.tags_for(by_file)[2] == "article::000_fcc629ea91eeff91~2"
    for tags in (anki_export.tags_for(spaced), anki_export.tags_for(by_file)):
        assert not any(ch.isspace() for tag in tags for ch in tag)


def test_a_cards_own_tags_follow_ours_once() -> None:
    tagged = _record(tags=("vocab::business", "tr-is", "leech"))
    assert anki_export.tags_for(tagged) == [
        "tr-is",
        "kind::term",
        "article::soft-sell",
        "vocab::business",
        "leech",
    ]


def test_the_guid_follows_the_cards_identity_not_its_text() -> None:
    card = _record()
    edited = _record(front="Yumuşak satış", back="Mjúk sala", extra="")
    assert anki_export.guid_for(card) == genanki.guid_for("flashcards", card.uid)
    assert anki_export.guid_for(card) == anki_export.guid_for(edited)
    assert anki_export.guid_for(card) != anki_export.guid_for(_record(uid=card.uid + "x"))


def test_package_has_a_deck_per_deck_and_a_note_type_per_kind_and_direction() -> None:
    cards = [
        _record(),
        _record(id=2, uid="u2", source_lang="is", target_lang="tr"),
        _record(id=3, uid="u3", deck="marketing", kind=CardKind.CLOZE),
        _record(id=4, uid="u4", deck="marketing"),
    ]
    package, written = anki_export.package_for(cards)
    assert written == anki_export.AnkiExport(cards=4, notes=4)
    assert [d.name for d in package.decks] == ["sales", "marketing"]
    assert [len(d.notes) for d in package.decks] == [2, 2]
    models = {note.model.model_id for deck in package.decks for note in deck.notes}
    assert len(models) == 3
    data = anki_export.package_bytes(package, timestamp=1_700_000_000.0)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]


def test_an_unwritable_file_is_one_line_naming_it_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.apkg"
    with pytest.raises(FlashcardsError, match=r"out\.apkg: cannot write") as error:
        anki_export.write_file(target, b"data")
    assert "\n" not in str(error.value)
    with pytest.raises(FlashcardsError, match="cannot write"):
        anki_export.write_file(tmp_path, b"data")  # a folder
    assert list(tmp_path.iterdir()) == []


# --- end to end: the real CLI, then Anki ---------------------------------------------------


def _cli(db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    location = str(db.path) if db.path is not None else db.url
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", location, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _export(db: Database, out: Path, now: str) -> subprocess.CompletedProcess[str]:
    return _cli(db, "--now", now, "export", "--format", "apkg", "--deck", "sales", "-o", str(out))


def _ours(db: Database) -> dict[str, CardRecord]:
    with db.begin() as session:
        return {card.uid: card for card in store.cards(session, deck="sales")}


def _import(col: Any, package: Path) -> Any:
    from anki.import_export_pb2 import (
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
        ImportAnkiPackageUpdateCondition,
    )

    options = ImportAnkiPackageOptions(
        # Anki's defaults: a note is updated when the package's copy is newer.
        update_notes=ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        with_scheduling=False,
    )
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(package), options=options)
    )


def _notes_by_guid(col: Any) -> dict[str, Any]:
    notes = (col.get_note(nid) for nid in col.find_notes(""))
    return {note.guid: note for note in notes}


def test_the_cli_package_opens_in_anki_and_a_second_export_updates_its_notes(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    pytest.importorskip("anki", reason=ANKI_MISSING)
    from anki.collection import Collection
    from anki.sound import TTSTag

    articles = tmp_path / "sales"
    shutil.copytree(seed_dir, articles)
    build(db, [articles], deck="sales", source="tr", target="is", both_directions=True)
    # A card whose text carries markup (as an article or an edit may) stays text in Anki.
    ours = _ours(db)
    hostile = next(c for c in ours.values() if c.kind is CardKind.LINKED_TERM)
    with db.begin() as session:
        store.edit_card(
            session, hostile.id, "<script>alert(1)</script> [sound:x.mp3]", hostile.back, ""
        )
    ours = _ours(db)

    first = tmp_path / "sales-1.apkg"
    result = _export(db, first, "2025-01-01T12:00:00")
    assert result.returncode == 0, result.stderr
    assert f"{len(ours)} cards ({len(ours)} notes) written to {first}" in result.stderr

    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        stock_notetypes = len(col.models.all_names_and_ids())
        _import(col, first)
        assert "sales" in {d.name for d in col.decks.all_names_and_ids()}
        assert col.note_count() == len(ours) == SEED_CARDS and col.card_count() == len(ours)
        directions = {(c.kind, c.source_lang, c.target_lang) for c in ours.values()}
        assert len(col.models.all_names_and_ids()) == stock_notetypes + len(directions)

        notes = _notes_by_guid(col)
        guids = {anki_export.guid_for(card): card for card in ours.values()}
        assert notes.keys() == guids.keys()
        for guid, note in notes.items():
            card = guids[guid]
            anki_card = note.cards()[0]
            assert col.decks.name(anki_card.did) == "sales"
            assert note["Uid"].replace("&gt;", ">") == card.uid
            assert sorted(note.tags) == sorted(
                [
                    f"{card.source_lang}-{card.target_lang}",
                    f"kind::{card.kind.value}",
                    "article::000_fcc629ea91eeff91",
                ]
            )
            source = anki_export.TTS_LOCALES[card.source_lang]
            target = anki_export.TTS_LOCALES[card.target_lang]
            asked = [t.lang for t in anki_card.question_av_tags()]
            answered = [t.lang for t in anki_card.answer_av_tags()]
            assert asked == ([] if card.kind is CardKind.CLOZE else [source])
            assert answered == [target]
            assert all(isinstance(t, TTSTag) for t in anki_card.answer_av_tags())

        term = next(c for c in ours.values() if c.kind is CardKind.TERM and c.source_lang == "tr")
        note = notes[anki_export.guid_for(term)]
        assert (note["Front"], note["Back"]) == ("Yumuşak satış", "Mjúk sala")
        assert (note["SourceLang"], note["TargetLang"]) == ("tr", "is")
        anki_card = note.cards()[0]
        assert anki_card.question_av_tags()[0].field_text == "Yumuşak satış"
        assert anki_card.answer_av_tags()[0].field_text == "Mjúk sala"

        shown = notes[anki_export.guid_for(hostile)].cards()[0].question()
        assert "<script" not in shown and "&lt;script&gt;" in shown
        assert "[sound:" not in shown

        # Rebuild after an edit to the Turkish article, export again, import over it.
        source_file = articles / TR
        text = source_file.read_text("utf-8")
        before = "Sadece potansiyel alıcı memnun kaldığında"
        assert text.count(before) == 1
        source_file.write_text(
            text.replace(before, "Sadece potansiyel alıcı tamamen memnun kaldığında"), "utf-8"
        )
        report = build(db, [articles], deck="sales")
        assert (report.new, report.retired) == (0, 0) and report.updated > 0
        rebuilt = _ours(db)
        assert rebuilt.keys() == ours.keys()
        changed = {u for u in rebuilt if rebuilt[u].front != ours[u].front}
        assert changed

        second = tmp_path / "sales-2.apkg"
        result = _export(db, second, "2025-01-02T12:00:00")
        assert result.returncode == 0, result.stderr
        _import(col, second)
        assert col.note_count() == len(ours) and col.card_count() == len(ours)
        assert len(col.models.all_names_and_ids()) == stock_notetypes + len(directions)
        notes = _notes_by_guid(col)
        assert notes.keys() == guids.keys()
        for uid in changed:
            note = notes[anki_export.guid_for(rebuilt[uid])]
            assert note["Front"] == anki_export.field_html(rebuilt[uid].front)
            assert "tamamen" in note["Front"]
    finally:
        col.close()
