"""Briefs of parsed articles: what grouping and the duplicate check need without the text,
and lazy articles read from the cache only when their text is asked for."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

import orjson
import pytest
from builder_samples import IS_SEED, TR_SEED, is_article, tr_article

from flashcards.builder import briefs, pipeline
from flashcards.builder.grouping import evidence_of, group_articles
from flashcards.builder.reader import read_article
from flashcards.types import Article, Group

TWINS = Path(__file__).parent / "data" / "twins"


def _read(path: Path | str, data: bytes | None = None) -> Article:
    return read_article(str(path), data if data is not None else Path(path).read_bytes())


class _Cache:
    """A cache of parses by content hash that counts what it is asked for."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.parses = {a.content_hash: a for a in articles}
        self.asked: list[set[str]] = []

    def fetch(self, hashes: Collection[str]) -> Mapping[str, Article]:
        self.asked.append(set(hashes))
        return {h: self.parses[h] for h in hashes if h in self.parses}


def _kept(articles: Sequence[Article]) -> dict[str, briefs.Brief]:
    """The briefs of `articles` as a build keeps them and the next reads them (JSON)."""
    data = orjson.loads(
        orjson.dumps(briefs.dumps({a.content_hash: briefs.Brief.of(a) for a in articles}))
    )
    return briefs.loads(data)


def _lazy(articles: Sequence[Article], cache: _Cache) -> list[Article]:
    kept = _kept(articles)
    source = briefs.Parses(cache.fetch)
    return [briefs.lazy(kept[a.content_hash], a.path, source) for a in articles]


def _shape(groups: Sequence[Group]) -> list[tuple[str, dict[str, str]]]:
    return [(g.key, {lang: a.path for lang, a in g.members.items()}) for g in groups]


def test_a_brief_says_what_the_article_says() -> None:
    article = _read(TR_SEED)
    (brief,) = _kept([article]).values()
    assert brief.evidence == evidence_of(article)
    assert brief.identity == briefs.identity(article)
    assert brief.analysed == len(article.analyses) > 0


def test_a_lazy_article_is_read_only_when_its_text_is_asked_for() -> None:
    article = _read(TR_SEED)
    cache = _Cache([article])
    (lazy,) = _lazy([article], cache)
    assert (lazy.title, lazy.links, lazy.translation_key, lazy.lang) == (
        article.title,
        article.links,
        article.translation_key,
        article.lang,
    )
    assert len(lazy.analyses) == len(article.analyses) and lazy.analyses
    assert cache.asked == []
    assert lazy.sections == article.sections
    assert dict(lazy.analyses) == dict(article.analyses)
    assert lazy == article and article == lazy and hash(lazy) == hash(article)
    assert cache.asked == [{article.content_hash}]  # once, for both


def test_every_field_of_a_lazy_article_but_its_text_is_its_brief_s() -> None:
    """Each field asked for alone, of a fresh lazy article each time (the brief's head is
    made into fields when one of them is first asked for), is the article's, and none
    reads the cache; so is a field asked for after another."""
    article = _read(IS_SEED)
    assert article.links and article.keywords
    cache = _Cache([article])
    names = [f.name for f in dataclasses.fields(Article) if f.name not in ("sections", "analyses")]
    for name in names:
        (lazy,) = _lazy([article], cache)
        assert getattr(lazy, name) == getattr(article, name), name
        assert [getattr(lazy, other) for other in names] == [getattr(article, o) for o in names]
    assert cache.asked == []
    with pytest.raises(AttributeError):
        _ = lazy.no_such_field  # type: ignore[attr-defined]


def test_a_lazy_article_s_analyses_are_looked_up_as_the_article_s() -> None:
    article = _read(TR_SEED)
    cache = _Cache([article])
    (lazy,) = _lazy([article], cache)
    text = next(iter(article.analyses))
    assert lazy.analyses.get(text) == article.analyses[text] and text in lazy.analyses
    assert lazy.analyses.get("no such text") is None and "no such text" not in lazy.analyses
    assert lazy.analyses.get("no such text", 1) == 1
    assert cache.asked == [{article.content_hash}]


def test_a_lazy_article_goes_when_nothing_holds_it() -> None:
    """No cycle: a rebuild's lazy articles go with it, not at the collector's next full pass
    (a process that builds again and again, the GUI, held every build's)."""
    import gc
    import weakref

    article = _read(TR_SEED)
    cache = _Cache([article])
    (lazy,) = _lazy([article], cache)
    assert dict(lazy.analyses) == dict(article.analyses)
    gone = weakref.ref(lazy)
    gc.disable()
    try:
        del lazy
        assert gone() is None
    finally:
        gc.enable()


def test_a_lazy_article_whose_parse_went_is_stale() -> None:
    article = _read(TR_SEED)
    cache = _Cache([])
    (lazy,) = _lazy([article], cache)
    with pytest.raises(briefs.Stale):
        _ = lazy.sections


def test_briefs_of_another_version_are_not_used() -> None:
    data = briefs.dumps({"h": briefs.Brief.of(_read(TR_SEED))})
    assert briefs.loads({**data, "version": "0/0"}) == {}
    assert briefs.loads({"version": briefs.STAMP, "briefs": {"h": [1, 2]}}) == {}
    assert briefs.loads(None) == {}


def _sets() -> dict[str, list[Article]]:
    tr, is_ = _read(TR_SEED), _read(IS_SEED)
    hard_tr, hard_is, inflation = (
        _read(f"twins/{n}", (TWINS / n).read_bytes()) for n in ("a1.md", "b7.md", "c3.md")
    )
    twin_text = (TWINS / "a1.md").read_text("utf-8").replace("Sonra,", "Ardından,")
    twin = _read("twins/a2.md", twin_text.encode())
    keyed = [
        _read("a.md", tr_article(front="title: Yumuşak Satış\ntranslation_key: k\n").encode()),
        _read("a2.md", tr_article(front="title: Yumuşak Satış 2\ntranslation_key: k\n").encode()),
        _read("b.md", is_article(front="title: Mjúk selja\ntranslation_key: k\n").encode()),
    ]
    return {
        "linked pair": [tr, is_],
        "pairs by words": [tr, is_, hard_tr, hard_is, inflation],
        "ambiguous by words": [tr, is_, hard_tr, twin, hard_is],
        "keys taken": keyed,
        "alone": [inflation, hard_is],
    }


@pytest.mark.parametrize("name", list(_sets()))
def test_lazy_articles_group_as_the_whole_ones(name: str) -> None:
    """Grouping from briefs (evidence kept, text read only where pairing by words needs it)
    gives the groups, keys and problems that grouping the parsed articles gives."""
    articles = _sets()[name]
    cache = _Cache(articles)
    lazy = _lazy(articles, cache)
    evidence = {h: b.evidence for h, b in _kept(articles).items()}
    known = {articles[0].path: "g:kept"}
    whole_groups, whole_problems = group_articles(articles, known)
    lazy_groups, lazy_problems = group_articles(lazy, known, evidence, briefs.load)
    assert _shape(lazy_groups) == _shape(whole_groups)
    assert lazy_problems == whole_problems
    assert len(cache.asked) <= 1  # by words: every text at once; else none
    assert lazy_groups == whole_groups  # every article alike, text and all


def test_grouping_by_links_reads_no_text() -> None:
    articles = _sets()["linked pair"]
    cache = _Cache(articles)
    lazy = _lazy(articles, cache)
    evidence = {h: b.evidence for h, b in _kept(articles).items()}
    groups, _ = group_articles(lazy, None, evidence, briefs.load)
    assert len(groups) == 1 and cache.asked == []


def test_the_duplicate_check_reads_no_text(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(TR_SEED.read_bytes())
    (tmp_path / "b.md").write_bytes(TR_SEED.read_bytes().replace(b"\n", b"\r\n"))
    files, _ = pipeline.collect_files([tmp_path])
    first = briefs.Kept({}, briefs.Parses(_Cache([]).fetch))
    articles, problems, _, parsed = pipeline.read_articles(files, {}, kept=first)
    assert (len(articles), parsed, [p.path for p in problems]) == (1, 2, [str(tmp_path / "b.md")])
    cache = _Cache(articles)
    again = briefs.Kept(first.now, briefs.Parses(cache.fetch))
    lazy, problems_again, _, parsed_again = pipeline.read_articles(files, {}, kept=again)
    assert (parsed_again, problems_again, cache.asked) == (0, problems, [])
    assert lazy == articles


def test_a_brief_made_ahead_is_taken_once_and_a_kept_one_stays() -> None:
    tr, icelandic = _read(TR_SEED), _read(IS_SEED)
    kept = briefs.Kept(_kept([icelandic]), briefs.Parses(_Cache([]).fetch))
    kept.make(tr)
    kept.make(icelandic)  # kept already: nothing made
    made = kept.brief_of(tr)
    assert made == briefs.Brief.of(tr)
    again = kept.brief_of(tr)  # let go of when taken: made again
    assert again == made and again is not made
    assert kept.brief_of(icelandic) is kept.briefs[icelandic.content_hash]
