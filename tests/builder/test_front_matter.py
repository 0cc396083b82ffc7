"""Front matter is bounded: alias bombs, recursion, huge blocks and non-text values are
refused in one line, fast, whatever YAML an article holds."""

from __future__ import annotations

import time
import tracemalloc

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashcards.builder import reader
from flashcards.builder.reader import MAX_FRONT_MATTER, read_article
from flashcards.errors import ArticleError

BODY = "# Başlık\n\nYumuşak satış, müşteriyi zorlamadan ikna etmektir.\n"

#: The 377-byte "billion laughs": nine levels of nine aliases, 9^9 values expanded.
LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _article(front: str) -> bytes:
    return f"---\n{front}---\n{BODY}".encode()


@pytest.mark.parametrize("key", ["title", "keywords", "description", "lang", "slug"])
def test_a_billion_laughs_is_refused_in_milliseconds(key: str) -> None:
    data = _article(LAUGHS + f"{key}: *i\n")
    tracemalloc.start()
    started = time.process_time()  # CPU, so that a loaded machine cannot fail the bound
    with pytest.raises(ArticleError) as info:
        read_article("bomb.md", data)
    elapsed = time.process_time() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert str(info.value) == (
        "bomb.md: front matter too large (more than 10,000 values once its aliases are expanded)"
    )
    assert elapsed < 2.0 and peak < 20_000_000, (elapsed, peak)


def test_an_alias_that_contains_itself_is_refused() -> None:
    with pytest.raises(ArticleError, match=r"broken front matter \(an alias refers to itself"):
        read_article("loop.md", _article("x: &a [1, *a]\ntitle: T\n"))


def test_a_few_aliases_are_fine() -> None:
    article = read_article("ok.md", _article("k: &k [satış, pazarlama]\nkeywords: *k\n"))
    assert article.keywords == ("satış", "pazarlama")


def test_front_matter_longer_than_the_limit_is_refused_before_it_is_parsed() -> None:
    front = "notes: " + "a" * (MAX_FRONT_MATTER + 1) + "\n"
    with pytest.raises(ArticleError, match="front matter too large"):
        read_article("long.md", _article(front))


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("[Satış, Pazarlama]", "a list"),
        ("{a: 1}", "a mapping"),
        ("!!set {a, b}", "a set"),
        ("!!binary aGVsbG8=", "binary data"),
        ("true", "true/false"),
    ],
)
def test_a_title_that_is_not_text_is_refused_with_its_kind(value: str, kind: str) -> None:
    with pytest.raises(ArticleError) as info:
        read_article("t.md", _article(f"title: {value}\n"))
    assert info.value.message == (
        f"front matter 'title' is {kind}, not text (quote it to keep it as text)"
    )


@pytest.mark.parametrize(
    ("value", "title"), [("42", "42"), ("3.5", "3.5"), ("2024-01-02", "2024-01-02")]
)
def test_numbers_and_dates_are_titles_as_written(value: str, title: str) -> None:
    assert read_article("t.md", _article(f"title: {value}\n")).title == title


def test_a_null_title_falls_back_to_the_heading_with_a_note() -> None:
    article = read_article("t.md", _article("title:\n"))
    assert article.title == "Başlık"
    assert "no front-matter title; using the first heading" in [
        note.message for note in article.notes
    ]


def test_keywords_and_description_are_checked_too() -> None:
    with pytest.raises(ArticleError, match="'keywords' is a mapping"):
        read_article("k.md", _article("keywords: [a, {b: c}]\n"))
    with pytest.raises(ArticleError, match="'description' is a list"):
        read_article("d.md", _article("description: [a, b]\n"))


# --- random YAML: anchors, aliases, tags and nesting ------------------------------------

_names = st.sampled_from(["a", "b", "c", "d"])
_scalars = st.one_of(
    st.sampled_from(["lol", "Satış", "'q'", "12", "1.5", "null", "true", "~", "2024-01-02"]),
    st.builds(
        lambda tag, v: f"{tag} {v}",
        st.sampled_from(
            ["!!str", "!!int", "!!binary", "!!float", "!!python/object", "!custom", "!!timestamp"]
        ),
        st.sampled_from(["1", "aGk=", "x", "2020-01-01"]),
    ),
    st.builds(lambda n: f"*{n}", _names),
)


def _node(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    seq = st.lists(children, max_size=9).map(lambda xs: "[" + ", ".join(xs) + "]")
    mapping = st.lists(st.tuples(_names, children), max_size=5).map(
        lambda kvs: "{" + ", ".join(f"{k}: {v}" for k, v in kvs) + "}"
    )
    anchored = st.builds(lambda n, v: f"&{n} {v}", _names, st.one_of(seq, mapping))
    merged = st.builds(lambda n: "{<<: *" + n + ", z: 1}", _names)
    return st.one_of(seq, mapping, anchored, merged)


_values = st.recursive(_scalars, _node, max_leaves=60)
_documents = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c", "d", "title", "keywords", "description"]), _values),
    min_size=1,
    max_size=12,
).map(lambda items: "".join(f"{k}: {v}\n" for k, v in items))


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(_documents)
def test_any_front_matter_is_read_or_refused_in_bounded_time_and_memory(front: str) -> None:
    tracemalloc.start()
    try:
        try:
            article = read_article("random.md", _article(front))
        except ArticleError as exc:
            assert exc.path == "random.md" and "\n" not in exc.message
        else:
            assert isinstance(article.title, str) and len(article.title) < 100_000
            assert all(isinstance(k, str) for k in article.keywords)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000


@pytest.mark.parametrize(
    "front",
    [
        'title: Yumuşak Satış\nkeywords: Business,Sales\ndescription: "A: b, c"\n',
        "title: 'It''s'\ndate: 2024-06-11\nyes: no\ncount: 12\nratio: 1.5e3\nnothing:\n",
        "title: Mjúk sala # a comment\nlang: is\nslug: soft-sell\n",
        "title: x\ntitle: y\n",  # the last one wins, with either loader
        "just text",
        'title: "unterminated\n',  # an error: worded by the pure-Python loader
    ],
)
def test_flat_front_matter_reads_as_the_pure_loader_reads_it(front: str) -> None:
    assert reader._flat(front)
    try:
        expected = yaml.load(front, Loader=reader._BoundedLoader)
    except yaml.YAMLError as exc:
        with pytest.raises(yaml.YAMLError) as raised:
            reader._load_yaml(front)
        assert str(raised.value) == str(exc)
    else:
        assert reader._load_yaml(front) == expected


def test_nested_front_matter_is_not_flat() -> None:
    assert not reader._flat("keywords:\n  - a\n  - b\n")
    assert not reader._flat("keywords: [a, b]\n")
    assert not reader._flat("- - - - a\n")
    assert not reader._flat("a: &x 1\nb: *x\n")


@pytest.mark.parametrize(
    "front",
    [
        "title: Satış\nkeywords: [a, b]\ndate: 2024-01-02\n",
        "title: Satış\nmeta:\n  tags: [x, {y: [1, 2]}]\n  when: 2024-01-02 10:00:00\n",
        "base: &b [1, 2]\nboth: [*b, *b]\n",
    ],
)
def test_each_reader_of_a_front_matter_is_given_a_copy_of_its_own(front: str) -> None:
    handler = reader._PureYAML()
    first = handler.load(front)
    assert first == yaml.safe_load(front)

    def spoil(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                spoil(item)
            value["spoilt"] = True
        elif isinstance(value, list):
            for item in value:
                spoil(item)
            value.append("spoilt")

    spoil(first)
    assert handler.load(front) == yaml.safe_load(front)  # the kept one is as read
