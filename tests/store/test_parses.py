"""The build cache keeps a parse as a compact compressed record whose analyses are decoded
only when a build asks for one; parses kept as JSON before read the same; a parse that
cannot be read reads as none (its file is parsed again)."""

from __future__ import annotations

import dataclasses
import tracemalloc
import zlib
from pathlib import Path

import orjson
import pytest

from flashcards.builder.reader import read_article
from flashcards.store import parses
from flashcards.text.analysis import Analysis, Phrase, Pos, Word
from flashcards.types import Article


def _article(seed_dir: Path) -> Article:
    path = sorted(seed_dir.glob("*.txt"))[0]
    return read_article(str(path), path.read_bytes())


def _same(kept: Article, article: Article) -> None:
    assert kept.to_dict() == article.to_dict()  # analyses included, by text
    assert list(kept.analyses) == list(article.analyses)  # in the same order


def test_a_kept_parse_reads_as_the_article_was(seed_dir: Path) -> None:
    article = _article(seed_dir)
    assert article.analyses
    record = parses.dumps(article)
    assert parses.is_current(record)
    assert len(record) * 4 < len(orjson.dumps(article.to_dict()))  # JSON as kept before
    known: dict[tuple[str, str], Analysis] = {}
    kept = parses.loads(record, known)
    assert kept is not None
    assert len(kept.analyses) == len(article.analyses)
    assert not known  # how many analyses there are is known without decoding them
    _same(kept, article)  # and asked for, they are all there
    assert len(known) == len(article.analyses)
    again = parses.loads(parses.dumps(article), known)
    assert again is not None
    text = next(iter(article.analyses))
    assert again.analysis(text) is kept.analysis(text)  # one object per text for the build
    head = parses.head(record)
    assert head is not None and head["translation_key"] == article.translation_key
    assert head["keywords"] == list(article.keywords) and "analyses" not in head


def test_a_kept_parses_analyses_answer_as_a_dict_of_them_would(seed_dir: Path) -> None:
    """Looked up, tested for, or walked before anything else decoded them, a kept parse's
    analyses give what the article's own dict gives (a missing text: the default)."""
    article = _article(seed_dir)
    texts = list(article.analyses)
    for ask in ("get", "in", "items", "keys", "values"):
        kept = parses.loads(parses.dumps(article), {})
        assert kept is not None
        mine, theirs = kept.analyses, article.analyses
        if ask == "get":
            assert [mine.get(t) for t in texts] == [theirs[t] for t in texts]
            assert mine.get("not one of its texts") is None
            assert mine.get("not one of its texts", 7) == 7
        elif ask == "in":
            assert all(t in mine for t in texts) and "not one of its texts" not in mine
        elif ask == "items":
            assert list(mine.items()) == list(theirs.items())
        elif ask == "keys":
            assert list(mine.keys()) == texts and len(mine.keys()) == len(texts)
        else:
            assert list(mine.values()) == list(theirs.values())


def test_an_encoder_writes_each_analysis_once_and_every_record_whole(seed_dir: Path) -> None:
    """Two articles sharing analysis objects (as a build's do): each record holds them."""
    article = _article(seed_dir)
    other = dataclasses.replace(article, path="/other.md", title="Başka")
    encoder = parses.Encoder()
    first, second = encoder.dumps(article), encoder.dumps(other)
    assert first == parses.dumps(article)
    for record, expected in ((first, article), (second, other)):
        kept = parses.article(record)
        assert kept is not None
        _same(kept, expected)


def test_analyses_of_texts_not_the_articles_own_and_unusual_words_are_kept(
    seed_dir: Path,
) -> None:
    article = _article(seed_dir)
    odd = Analysis(
        (
            Word(0, 4, "Ürün", Pos.PROPN, finite=True, feats="Nom", ambiguous=True),
            Word(3, 9, "", Pos.OTHER),  # overlapping the last, an empty lemma
            Word(12, 15, "baş", Pos.NOUN, feats="ş\nx"),
        ),
        (Phrase(0, 2, 2, "ürün baş"),),
    )
    changed = dataclasses.replace(article, analyses={"ÜRÜNLER ve başlık": odd, **article.analyses})
    kept = parses.article(parses.dumps(changed))
    assert kept is not None
    _same(kept, changed)
    bare = dataclasses.replace(article, analyses={})
    kept = parses.article(parses.dumps(bare))
    assert kept is not None and not kept.analyses
    _same(kept, bare)


def test_a_parse_kept_as_json_before_reads_the_same(seed_dir: Path) -> None:
    article = _article(seed_dir)
    data = article.to_dict()
    analyses = data.pop("analyses")
    one = orjson.dumps(article.to_dict())
    lines = b"%b\n%d\n%b" % (orjson.dumps(data), len(analyses), orjson.dumps(analyses))
    for kept_before in (one, lines):
        assert not parses.is_current(kept_before)
        kept = parses.article(kept_before)
        assert kept is not None
        _same(kept, article)
        head = parses.head(kept_before)
        assert head is not None and head["translation_key"] == article.translation_key
        assert "analyses" not in head


@pytest.mark.parametrize(
    "broken",
    [
        b"",
        b"\x09" + zlib.compress(b"{}\n0\n[]"),  # another format's
        b"\x02not compressed",
        b"\x02" + zlib.compress(b"[1, 2]\n0\n[]"),  # no article
        b"\x02" + zlib.compress(b'{"path": "/a.md"}\n0\n[]'),  # half an article
        b'{"path": "/a.md", "sec',  # JSON kept before, cut short
    ],
)
def test_a_parse_that_cannot_be_read_reads_as_none(broken: bytes, seed_dir: Path) -> None:
    assert parses.loads(broken, {}) is None
    if not broken.endswith(zlib.compress(b'{"path": "/a.md"}\n0\n[]')):
        assert parses.head(broken) is None  # (half an article's keys are there)
    record = parses.dumps(_article(seed_dir))
    assert parses.loads(record[: len(record) // 2], {}) is None  # a record cut short


def test_an_encoder_holds_its_analyses_encodings_in_about_their_own_size(
    seed_dir: Path,
) -> None:
    """A build's encoder keeps each analysis's encoding (tens of thousands at 5,000 pairs):
    what it holds is about as large as they are (orjson's output holds kilobytes each)."""
    article = _article(seed_dir)
    copies = [
        dataclasses.replace(
            article, analyses={t: Analysis(a.words, a.phrases) for t, a in article.analyses.items()}
        )
        for _ in range(20)
    ]
    encoder = parses.Encoder()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for copy in copies:
            encoder.dumps(copy)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    own = sum(len(parses._analysis(t, a)) for copy in copies for t, a in copy.analyses.items())
    assert held < 2 * own + 200_000
