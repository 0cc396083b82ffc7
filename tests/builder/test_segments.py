"""A group's aligned segments: titles, headings, sentences of definitions and techniques,
and the descriptions, each with its article and a stable key."""

from __future__ import annotations

from flashcards.builder.segments import aligned_segments
from flashcards.types import Article, Block, BlockKind, Group, Role, Section


def _article(
    lang: str, title: str, description: str, definition: list[str], steps: list[str]
) -> Article:
    return Article(
        path=f"/a/{lang}.md",
        content_hash=lang,
        lang=lang,
        lang_confidence=1.0,
        lang_source="front matter",
        title=title,
        description=description,
        keywords=(),
        translation_key="k",
        sections=(
            Section(
                f"{title}?", 2, Role.DEFINITION, (Block(BlockKind.PARAGRAPH, tuple(definition)),)
            ),
            Section("Adımlar", 2, Role.TECHNIQUES, (Block(BlockKind.LIST, tuple(steps)),)),
        ),
        links=(),
    )


TR = _article(
    "tr",
    "Yumuşak Satış",
    "Nazik bir satış yaklaşımı.",
    ["Yumuşak satış nazik bir yaklaşımdır.", "Müşteriyi kızdırmaz."],
    ["Soru sorun.", "Dinleyin."],
)
IS = _article(
    "is",
    "Mjúk selja",
    "Kurteis söluaðferð.",
    ["Mjúk sala er kurteis nálgun.", "Hún reitir ekki viðskiptavininn."],
    ["Spyrjið spurninga.", "Hlustið."],
)


def test_every_aligned_segment_in_article_order() -> None:
    group = Group("key:soft", {"tr": TR, "is": IS})
    segments = aligned_segments(group, "tr", "is")
    assert [(s.role, s.source, s.target) for s in segments] == [
        ("title", "Yumuşak Satış", "Mjúk selja"),
        ("definition heading", "Yumuşak Satış?", "Mjúk selja?"),
        ("definition", "Yumuşak satış nazik bir yaklaşımdır.", "Mjúk sala er kurteis nálgun."),
        ("definition", "Müşteriyi kızdırmaz.", "Hún reitir ekki viðskiptavininn."),
        ("technique heading", "Adımlar", "Adımlar"),
        ("technique", "Soru sorun.", "Spyrjið spurninga."),
        ("technique", "Dinleyin.", "Hlustið."),
        ("summary", "Nazik bir satış yaklaşımı.", "Kurteis söluaðferð."),
    ]
    assert {s.article for s in segments} == {"Yumuşak Satış (tr.md)"}
    assert len({s.key for s in segments}) == len(segments)
    assert segments[5].key == "key:soft/technique/0.0"
    reverse = aligned_segments(group, "is", "tr")
    assert [(s.source, s.target) for s in reverse] == [(s.target, s.source) for s in segments]


def test_a_group_without_both_languages_has_no_segments() -> None:
    assert aligned_segments(Group("key:soft", {"tr": TR}), "tr", "is") == []
    assert aligned_segments(Group("key:soft", {"tr": TR, "is": IS}), "tr", "tr") == []
