"""One file into an Article: front matter, headings at any level, lists, links, language,
markup kept as text, and the files that are no article."""

from __future__ import annotations

import codecs
import contextlib
import random
import time

import pytest
from builder_samples import (
    IS_DEF,
    IS_DEF2,
    IS_DEF_HEADING,
    IS_TECH_HEADING,
    IS_TITLE,
    TR_DEF,
    TR_DEF2,
    TR_DEF_HEADING,
    TR_SEED,
    TR_STEPS,
    TR_TECH_HEADING,
    TR_TITLE,
    is_article,
    tr_article,
)

from flashcards.builder.reader import read_article
from flashcards.errors import ArticleError
from flashcards.types import Article, BlockKind, Link, Role


def read(text: str | bytes, path: str = "a.md") -> Article:
    return read_article(path, text.encode("utf-8") if isinstance(text, str) else text)


def outline(article: Article) -> list[tuple[str, Role]]:
    return [(s.heading, s.role) for s in article.sections]


TR_OUTLINE = [(TR_DEF_HEADING, Role.DEFINITION), (TR_TECH_HEADING, Role.TECHNIQUES)]
IS_OUTLINE = [(IS_DEF_HEADING, Role.DEFINITION), (IS_TECH_HEADING, Role.TECHNIQUES)]


# --- the seed -----------------------------------------------------------------------------


def test_seed_article_fields() -> None:
    article = read_article(str(TR_SEED), TR_SEED.read_bytes())
    assert article.title == "Yumuşak Satış"
    assert article.lang == "tr" and article.lang_source == "detected"
    assert article.lang_confidence >= 0.9
    assert article.keywords == ("Business", "Marketing Essentials")
    assert article.description.startswith("Yumuşak satış, ince bir dil")
    assert article.translation_key is None
    assert article.notes == ()
    assert outline(article) == [
        ("Yumuşak Satış Nedir?", Role.DEFINITION),
        ("Yumuşak Satışı Anlama", Role.EXPLANATION),
        ("Yumuşak Satış ve Sert Satış", Role.COMPARISON),
        ("Yumuşak Satış Teknikleri", Role.TECHNIQUES),
    ]
    assert [s.level for s in article.sections] == [2, 2, 2, 2]
    assert [len(b.units) for b in article.section(Role.EXPLANATION).blocks] == [5, 2]
    assert article.links == (
        Link("/repeat-sales", "tekrar satışları teşvik etmeye yardımcı olur"),
        Link("/hard-sell", "zor satışı düşünmek faydalı olacaktır"),
        Link("/consumer-theory", "tüketicinin"),
        Link("/ecommerce", "E-ticarette"),
    )


def test_article_round_trips_through_a_dict() -> None:
    article = read_article(str(TR_SEED), TR_SEED.read_bytes())
    assert Article.from_dict(article.to_dict()) == article


# --- encodings and line ends --------------------------------------------------------------


def test_bom_and_crlf() -> None:
    data = codecs.BOM_UTF8 + tr_article().replace("\n", "\r\n").encode("utf-8")
    article = read(data)
    assert article.title == TR_TITLE
    assert outline(article) == TR_OUTLINE
    assert article.section(Role.TECHNIQUES).units == TR_STEPS
    assert all("\r" not in u and "\ufeff" not in u for s in article.sections for u in s.units)


def test_turkish_cp1254_file() -> None:
    article = read(tr_article().encode("cp1254"), "tr.md")
    assert article.encoding == "cp1254"
    assert "decoded as cp1254" in [note.message for note in article.notes]
    assert article.lang == "tr"
    assert article.title == "Yumuşak Satış"
    assert article.section(Role.DEFINITION).units == (TR_DEF, TR_DEF2)


def test_icelandic_latin1_file() -> None:
    article = read(is_article().encode("latin-1"), "is.md")
    assert article.encoding in ("iso-8859-1", "latin-1", "cp1252")
    assert article.lang == "is"
    assert article.title == "Mjúk selja"
    assert article.section(Role.DEFINITION).units == (IS_DEF, IS_DEF2)
    assert "þ" in IS_DEF2 and "ð" in IS_DEF2


# --- front matter and title ---------------------------------------------------------------


def test_no_front_matter_title_from_first_heading() -> None:
    article = read(tr_article(front=None, title_heading=TR_TITLE))
    assert article.title == TR_TITLE
    assert article.lang == "tr" and article.lang_source == "detected"
    # The H1 that only names the article is not a section.
    assert outline(article) == TR_OUTLINE
    assert any("first heading" in note.message for note in article.notes)


def test_title_heading_repeating_front_matter_title_is_not_a_section() -> None:
    article = read(tr_article(title_heading=TR_TITLE))
    assert article.title == TR_TITLE
    assert outline(article) == TR_OUTLINE
    assert not any("first heading" in note.message for note in article.notes)


def test_sections_as_h3_under_a_title() -> None:
    article = read(tr_article(front=None, title_heading=TR_TITLE, level=3))
    assert article.title == TR_TITLE
    assert outline(article) == TR_OUTLINE
    assert [s.level for s in article.sections] == [3, 3]
    assert article.section(Role.TECHNIQUES).units == TR_STEPS


def test_h1_sections_with_a_front_matter_title() -> None:
    article = read(is_article(level=1))
    assert article.title == IS_TITLE
    assert outline(article) == IS_OUTLINE
    assert [s.level for s in article.sections] == [1, 1]


def test_h1_sections_with_no_title_anywhere() -> None:
    article = read(is_article(front=None, level=1))
    # The first heading heads a section with text: it stays a section, and names the article.
    assert outline(article) == IS_OUTLINE
    assert article.title == IS_DEF_HEADING
    assert article.section(Role.DEFINITION).units == (IS_DEF, IS_DEF2)


def test_text_before_any_heading_is_kept() -> None:
    article = read(f"---\ntitle: {TR_TITLE}\n---\n\n{TR_DEF}\n\n## {TR_TECH_HEADING}\n\n- a b\n")
    assert article.sections[0].units == (TR_DEF,)
    assert article.sections[0].heading == TR_TITLE
    assert article.sections[0].role is Role.DEFINITION


def test_front_matter_fields() -> None:
    front = (
        "title: '  Yumuşak   Satış '\n"
        "description: Kısa bir açıklama ,. burada\n"
        "keywords: [Satış, ' Pazarlama ', '']\n"
        "translation_key: soft-sell\n"
    )
    article = read(tr_article(front=front))
    assert article.title == "Yumuşak Satış"
    assert article.description == "Kısa bir açıklama, burada"
    assert article.keywords == ("Satış", "Pazarlama")
    assert article.translation_key == "soft-sell"


def test_slug_is_a_translation_key() -> None:
    article = read(tr_article(front=f"title: {TR_TITLE}\nslug: soft-sell\n"))
    assert article.translation_key == "soft-sell"


# --- language -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("lang", "tr", "tr"),
        ("lang", "tr-TR", "tr"),
        ("language", "Turkish", "tr"),
        ("lang", "is_IS", "is"),
        ("language", "Icelandic", "is"),
    ],
)
def test_front_matter_language_overrides_detection(field: str, value: str, expected: str) -> None:
    # Turkish text: a declared Icelandic must win over what detection would say.
    article = read(tr_article(front=f"title: {TR_TITLE}\n{field}: {value}\n"))
    assert article.lang == expected
    assert article.lang_source == "front matter"
    assert article.lang_confidence == 1.0


def test_unsupported_front_matter_language_falls_back_to_detection() -> None:
    article = read(is_article(front=f"title: {IS_TITLE}\nlang: klingon\n"))
    assert article.lang == "is" and article.lang_source == "detected"
    assert any("klingon" in note.message for note in article.notes)


def test_detects_icelandic() -> None:
    article = read(is_article())
    assert article.lang == "is" and article.lang_source == "detected"
    assert article.lang_confidence >= 0.6


# --- lists --------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["-", "*", "+", "numbered"])
def test_lists_become_items(style: str) -> None:
    article = read(tr_article(style=style))
    techniques = article.section(Role.TECHNIQUES)
    assert [b.kind for b in techniques.blocks] == [BlockKind.LIST]
    assert techniques.units == TR_STEPS


def test_list_item_with_several_sentences_is_one_item() -> None:
    steps = ("Alıcıyı dinleyin. Sonra soru sorun.", "Acele etmeyin.")
    article = read(tr_article(steps=steps))
    assert article.section(Role.TECHNIQUES).units == steps


def test_nested_list_items_join_their_parent() -> None:
    text = tr_article(steps=()) + "- Dinleyin.\n  - Sabırla.\n- Sorun.\n"
    article = read(text)
    assert article.section(Role.TECHNIQUES).units == ("Dinleyin. Sabırla.", "Sorun.")


# --- markup -------------------------------------------------------------------------------


def test_html_is_left_out_with_a_note() -> None:
    text = tr_article(extra_def=" Örnek olarak <script>alert(1)</script> yazılabilir.")
    text += '\n<script>alert(2)</script>\n\n<b onclick="x()">kalın</b> metin burada.\n'
    article = read(text)
    units = [u for s in article.sections for u in s.units]
    assert "Örnek olarak yazılabilir." in units
    assert "kalın metin burada." in units
    assert not any("<" in u or "alert" in u or "onclick" in u for u in units)
    assert any("HTML" in note.message for note in article.notes)


@pytest.mark.parametrize(
    ("markdown", "text", "links"),
    [
        (
            "Bir [javascript:alert(2)](javascript:alert(2)) bağlantı.",
            "Bir javascript:alert(2) bağlantı.",
            [],
        ),
        ("Bir [ihtiyaçlar](javascript:alert(2)) listesi.", "Bir ihtiyaçlar listesi.", []),
        ("Bir [veri](data:text/html,<b>x</b>) parçası.", "Bir veri parçası.", []),
        ("Bir [VBScript](vbscript:x) satırı.", "Bir VBScript satırı.", []),
        ('Bir <img src=x onerror="alert(1)"> resim.', "Bir resim.", []),
        ("Bir <iframe src='https://e.test'>çerçeve</iframe> burada.", "Bir burada.", []),
        ("Bir <style>p{x:1}</style>stil.", "Bir stil.", []),
        (
            "Bir [sayfa](https://example.com/a) ve [yol](/yol).",
            "Bir sayfa ve yol.",
            [("https://example.com/a", "sayfa"), ("/yol", "yol")],
        ),
    ],
)
def test_markup_never_reaches_the_text(
    markdown: str, text: str, links: list[tuple[str, str]]
) -> None:
    """A link's anchor text stays whatever its scheme; its target is kept (as evidence of a
    translation) only when it is a path or a web address; raw HTML and what a script, style
    or frame holds are left out."""
    article = read(tr_article(extra_def=f" {markdown}"))
    assert article.section(Role.DEFINITION).units[-1] == text
    assert [
        (link.target, link.text) for link in article.links if link.target != "/customers"
    ] == links


def test_emphasis_code_and_images_reduce_to_text() -> None:
    text = tr_article(extra_def=" **Kalın** ve _eğik_ `kod` ![resim](x.png) metin.")
    article = read(text)
    assert article.section(Role.DEFINITION).units[-1] == "Kalın ve eğik kod metin."


def test_links_keep_target_and_clean_anchor() -> None:
    article = read(tr_article(extra_def=" Bkz. [e-ticaret,.](/ecommerce), ve [boş]()."))
    assert Link("/customers", "müşterileri") in article.links
    assert Link("/ecommerce", "e-ticaret") in article.links
    assert all(link.target for link in article.links)


# --- no article ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"\n  \n", "empty"),
        (b"---\ntitle: X\n---\n", "no article body"),
        (b"---\ntitle: X\n---\n\n   \n", "no article body"),
        (b"---\ntitle: [unclosed\n---\n\n## Bir\n\nMetin burada.\n", "broken front matter"),
        (b"---\ntitle: x\n  bad: indent\n---\n\nMetin.\n", "broken front matter"),
        (b"---\n1: a\n---\n\n# T\n\nMetin.\n", "front matter"),
        (b"# Only a heading\n", "no paragraphs"),
        (b"# T\n\n```\ncode\n```\n", "no paragraphs"),
        (b"Metin burada ama hi\xc3\xa7 ba\xc5\x9fl\xc4\xb1k yok.\n", "no title"),
        (b"# \xf0\x9f\x8e\x89\n\n\xf0\x9f\x8e\x89 123\n", "language"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ],
)
def test_files_that_are_no_article(data: bytes, expected: str) -> None:
    with pytest.raises(ArticleError) as info:
        read_article("dir/bad.md", data)
    assert info.value.path == "dir/bad.md"
    assert expected in info.value.message
    assert str(info.value).startswith("dir/bad.md: ")


def test_markup_heavy_file_under_the_limit_is_read_quickly() -> None:
    """About 120 kB of "<a" with no closing ">" (well under the 1 MB limit).

    Reading must stay roughly linear in the size of the file: the limit exists so that no
    single file can stall a build. The bound is on the process's CPU time, not the wall
    clock, so that a loaded machine cannot fail it (0.2-0.3 s of CPU today).
    """
    data = ("---\ntitle: T\n---\n\nMetin " + "<a" * 60_000 + "\n").encode("utf-8")
    read_article("warm.md", b"---\ntitle: T\n---\n\nBir metin.\n")  # analysers loaded
    start = time.process_time()
    with contextlib.suppress(ArticleError):
        read_article("markup.md", data)
    elapsed = time.process_time() - start
    assert elapsed < 3.0, f"reading a 120 kB file took {elapsed:.1f} s of CPU"


def test_a_sentence_with_an_absurd_word_makes_no_unit_and_is_noted() -> None:
    from flashcards.builder.reader import read_article

    long_word = "ş" * 105_000
    text = (
        "---\ntitle: Yumuşak Satış\nlang: tr\n---\n## Yumuşak Satış Nedir?\n\n"
        f"Yumuşak satış müşteriyi zorlamaz. Bu {long_word} bir kelime değildir. "
        "Güven ilişkisi kurar.\n"
    )
    article = read_article("long.md", text.encode())
    units = [u for s in article.sections for u in s.units]
    assert units == ["Yumuşak satış müşteriyi zorlamaz.", "Güven ilişkisi kurar."]
    assert "left out 1 sentence with a 105,000-character word (no card is made of it)" in [
        note.message for note in article.notes
    ]


def test_a_title_with_an_absurd_word_refuses_the_article() -> None:
    from flashcards.builder.reader import read_article
    from flashcards.errors import ArticleError

    text = f"---\ntitle: {'x' * 5000}\n---\n## Başlık\n\nYumuşak satış güven kurar.\n"
    with pytest.raises(ArticleError, match="the title has a 5,000-character word"):
        read_article("t.md", text.encode())


#: Pieces of markdown, every inline rule's opening among them, for random inline texts.
_PIECES = (
    "satış",
    "söluaðferð",
    "İstanbul'da",
    " ",
    " ",
    "-",
    ":",
    "?",
    "=",
    "~",
    "#",
    "*",
    "**",
    "_",
    "__",
    "`",
    "``",
    "\\",
    "\\*",
    "\\[",
    "&amp;",
    "&#35;",
    "&nosuch;",
    "&",
    "<b>",
    "</b>",
    "<script>",
    "</script>",
    "<span class='x'>",
    "<http://a.b/c>",
    "<a@b.is>",
    "<",
    "[",
    "]",
    "(",
    ")",
    "[x](/y)",
    "[tekrar satışları](/topic-120)",
    "[](/y)",
    "[ a b ](/c-d.e#f?g=h)",
    "[x](HTTPS://A.B/c)",
    "[x](//host/%zz)",
    "[x](/ü)",
    "[x]( /y )",
    "[x](/y)(z)",
    "[x](</y>)",
    "[x](/y 'z')",
    "[x](/(y))",
    "[x](javascript:alert(1))",
    "[x](https://a.b 'title')",
    "![i](/p.png)",
    "[ref]",
    "[ref][]",
    "[other][ref]",
    "!",
    "\n",
    "  \n",
    "\\\n",
    "\t",
)


def test_inline_tokens_read_when_needed_read_as_markdown_it_reads_them_all() -> None:
    """Each inline token parsed when it is read (and none that holds no inline syntax) gives
    the text and links of the tokens markdown-it's own inline rules make of a document."""
    from markdown_it import MarkdownIt

    from flashcards.builder import reader

    whole = MarkdownIt("commonmark", {"html": True, "linkify": False})
    whole.validateLink = lambda url: True  # type: ignore[method-assign]
    rng = random.Random(14)
    plain = links_only = 0
    for _ in range(3_000):
        lines = ["".join(rng.choices(_PIECES, k=rng.randint(1, 30))) for _ in range(3)]
        body = "\n\n".join([f"# {lines[0]}", lines[1], "[ref]: /target", f"- {lines[2]}"])
        env: dict[str, object] = {}
        deferred = [t for t in reader._markdown().parse(body, env) if t.type == "inline"]
        at_once = [t for t in whole.parse(body) if t.type == "inline"]
        assert [t.content for t in deferred] == [t.content for t in at_once]
        for later, made in zip(deferred, at_once, strict=True):
            links: list[Link] = []
            expected: list[Link] = []
            assert reader._inline_text(later, links, env) == reader._children_text(
                made.children or (), expected
            ), body
            assert links == expected, body
            plain += reader._INLINE_SYNTAX.search(later.content) is None
            links_only += reader._plain_links(later.content, reader._markdown()) is not None
    assert plain > 200 and links_only > 20  # the shortcuts were taken


#: Lines of markdown: headings (ATX, setext), paragraphs, and whatever goes on past a
#: blank line or changes the blocks around it (lists, quotes, code, fences, HTML blocks,
#: link references, rules, indentation, tabs, line ends of other systems).
_LINES = (
    "# Satış",
    "## Hvað er sala?",
    "###### h6 #",
    "#no heading",
    "Bir cümle [tekrar satışları](/topic-120) burada.",
    "Mjúk sala *er* `kóði` <b>hér</b> &amp; [x][ref].",
    "# 2006 yılında 865360 öğe",
    "İçinde 999942 öğe [x](/y-12) &#49;2 var, 1. değil.",
    "===",
    "---",
    "***",
    "- madde",
    "* madde",
    "1. madde",
    "2) madde",
    "0. madde",
    "1234567890. madde",
    "  3. madde",
    "<h1>",
    "<h0>",
    "[ref2]: /target-2",
    "> alıntı",
    "    kod",
    "\tkod",
    "  girinti",
    "```",
    "~~~ python",
    "<div>",
    "</div>",
    "<script>",
    "</script>",
    "<!-- yorum",
    "-->",
    "[ref]: /target",
    "[ref]",
    "[a\\]b]: /target",
    "| a | b |",
    "   ",
    "\r",
    "",
)


def test_a_body_read_block_by_block_reads_as_the_body_read_whole() -> None:
    from flashcards.builder import reader

    rng = random.Random(16)
    by_blocks = 0
    for _ in range(4_000):
        # Half of them of headings and paragraphs alone, as articles are.
        lines = _LINES if rng.random() < 0.5 else (*_LINES[:8], "", "")
        body = "\n".join(rng.choices(lines, k=rng.randint(1, 14)))
        whole = reader._parsed_structure(body)
        for sections, links in (reader._structure(body), reader._by_blocks(body) or whole):
            assert [(s.heading, s.level, s.blocks) for s in sections] == [
                (s.heading, s.level, s.blocks) for s in whole[0]
            ], repr(body)
            assert links == whole[1], repr(body)
        by_blocks += reader._NOT_PLAIN_LINE.search(body) is None and bool(reader._by_blocks(body))
    assert by_blocks > 1_000  # many were read block by block


#: Lines of blocks of headings and paragraphs, with the edges of markdown-it's heading rule.
_SIMPLE_LINES = (
    *_LINES[:8],
    "##",
    "## ###",
    "# foo #bar",
    "#\tfoo\t#\t",
    "# foo ##  ",
    "# foo\\#",
    "####### yedi",
    "#5 bölüm",
    "[x](/y) bağlantı",
    "[x](/y): tanım",
    "Sala\u00a0",
    "Sala  ",
    "",
)


def test_a_block_read_without_markdown_it_reads_as_markdown_it_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flashcards.builder import reader

    rng = random.Random(17)
    blocks = {
        "\n".join(rng.choices(lines, k=rng.randint(1, 6)))
        for lines in (_SIMPLE_LINES, _LINES + _SIMPLE_LINES)
        for _ in range(3_000)
    }
    simple = {block: reader._simple_block(block) for block in blocks}
    monkeypatch.setattr(reader, "_simple_block", lambda block: None)
    for block, found in simple.items():
        if found is not None:
            assert found == reader._plain_block.__wrapped__(block), repr(block)
    assert sum(found is not None for found in simple.values()) > 500  # often taken
