"""Whatever bytes a file holds, reading it either gives an Article or an ArticleError."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flashcards.builder.reader import read_article
from flashcards.errors import ArticleError
from flashcards.types import Article

ROOT = Path(__file__).parents[2]

FRAGMENTS = [
    "---",
    "---\n",
    "\n---\n",
    "#",
    "# ",
    "## ",
    "### ",
    "[a](/b)",
    "[",
    "](",
    ")",
    ",.",
    " , ",
    "- ",
    "* ",
    "1. ",
    "10) ",
    "```",
    "~~~",
    "    ",
    "> ",
    "<script>",
    "</script>",
    "<!--",
    "&amp;",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\ufeff",
    "\x00",
    "\x0c",
    "\u2028",
    "title: ",
    "lang: ",
    "language: tr\n",
    "translation_key: ",
    "keywords: [",
    ": ",
    "{",
    "!!",
    "&a ",
    "*a",
    "Yumuşak satış nedir? ",
    "Mjúk sala er góð. ",
    "Hvað er mjúk sala?",
    "Dr. ",
    " á. ",
    "Yanıtlar.",
    "İıŞşĞğ",
    "ðþæÐÞÆ",
    "🎉",
    "\u0301",
]

markdownish = st.lists(
    st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), max_size=40
).map("".join)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1254", "latin-1"]

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    # The suite's autouse fixtures only set environment variables: safe to share.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def check(data: bytes) -> None:
    try:
        article = read_article("fuzz/article.md", data)
    except ArticleError as exc:
        assert exc.path == "fuzz/article.md"
        assert exc.message
        return
    assert isinstance(article, Article)
    assert article.title
    assert article.path == "fuzz/article.md"
    assert any(s.units for s in article.sections)


@FUZZ
@given(st.binary(max_size=2048))
@example(b"")
@example(b"\x00" * 10)
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00\xd8")
@example(b"\xfe\xff\x00")
@example(b"---\n---\n")
@example(b"---\n: :\n---\nx\n")
def test_random_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(markdownish, st.sampled_from(ENCODINGS))
@example("---\ntitle: [a\n---\n\n# T\n\nMetin.\n", "utf-8")
@example("---\n- a\n- b\n---\n\n# T\n\nMetin burada.\n", "utf-8")
@example("---\n1: a\n---\n\n# T\n\nMetin.\n", "utf-8")
@example("---\ntitle: !!binary aGVsbG8=\n---\n\nMetin burada.\n", "utf-8")
@example("---\ntitle: !!python/object/apply:os.system ['true']\n---\n\nx\n", "utf-8")
@example("#\n\n[](/x)\n", "utf-8")
@example("# <script>alert(1)</script>\n\n<script>alert(1)</script>\n", "utf-8")
@example("- \n- \n1. \n", "utf-8")
@example("```\n# T\n```\n", "utf-8")
def test_markdownish_text(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    check(data)


@FUZZ
@given(markdownish, markdownish)
def test_text_after_a_valid_article(front: str, tail: str) -> None:
    text = f"---\ntitle: T\n{front}\n---\n\n# Başlık\n\nMetin burada yazıldı. {tail}\n"
    check(text.encode("utf-8"))


def _read_in_child(data: bytes, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "nested.md"
    source.write_bytes(data)
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from flashcards.builder.reader import read_article
        from flashcards.errors import ArticleError
        data = Path({str(source)!r}).read_bytes()
        try:
            read_article("nested.md", data)
        except ArticleError as exc:
            print("ArticleError:", exc.message)
        else:
            print("Article")
        """
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deeply_nested_front_matter_does_not_crash_the_process(tmp_path: Path) -> None:
    """100 kB of nested YAML brackets, far under the size limit.

    Read in a child process: a crash there must not take the test run with it.
    """
    depth = 50_000
    data = ("---\na: " + "[" * depth + "]" * depth + "\n---\n\n# T\n\nMetin.\n").encode()
    result = _read_in_child(data, tmp_path)
    assert result.returncode == 0, (
        f"reading ended with exit status {result.returncode}: {result.stderr[-500:]}"
    )
    assert result.stdout.startswith(("Article", "ArticleError:"))
