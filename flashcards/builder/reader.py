"""Read one source file into an Article: front matter, markdown structure, language, roles."""

from __future__ import annotations

import copy
import datetime
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler
from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from markdown_it.token import Token

from flashcards.builder import roles
from flashcards.builder.cleanup import clean_anchor, clean_inline
from flashcards.builder.decode import decode_article
from flashcards.builder.problems import note, refusal
from flashcards.errors import Reason
from flashcards.text import languages as language
from flashcards.text.analysis import Analysis, analyze, has_morphology
from flashcards.text.sentences import split_sentences
from flashcards.types import Article, Block, BlockKind, Link, Note, Section

#: Bump when the reader (or the language layer under it) reads the same file differently: cached
#: parses of an older reader are parsed again.
PARSER_VERSION = 7

# Bounded, and never crossing another "<" or a line end: linear on hostile input.
_HTML_HINT = re.compile(r"<\s{0,3}/?[a-zA-Z][\w-]{0,30}(?:\s[^<>\n]{0,300})?>")


@functools.cache
def _markdown() -> MarkdownIt:
    """CommonMark that recognises raw HTML (so that it can be left out, never shown or run)
    and links of any scheme (so that "[text](javascript:…)" is a link whose text is kept and
    whose target is dropped, not raw markup in a card).

    Its inline tokens are parsed when read (`_inline_text`), not all at once: the core rules
    doing that ("inline", and "text_join", which makes `text_special` tokens `text`) are off.
    """
    md = MarkdownIt("commonmark", {"html": True, "linkify": False})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.disable(["inline", "text_join"])
    return md


#: The characters with which CommonMark's inline rules (links, images, emphasis, code,
#: escapes, entities, autolinks, HTML, line breaks) begin: a text without any is one plain
#: text token, whatever else it holds.
_INLINE_SYNTAX = re.compile(r"[\n\\`*_&<\[!]")
#: A link of plain text to a target of plain characters (none that its parsing unescapes,
#: nests or stops at): "[tekrar satışları](/topic-120)".
_PLAIN_LINK = re.compile(r"\[([^\\\n`*_&<!\[\]]*)\]\(([A-Za-z0-9/._#?=:%~+@,;-]+)\)")


#: Elements whose content is no text of the article: left out with their tags.
_HIDDEN_ELEMENTS = frozenset(
    {"script", "style", "iframe", "noscript", "textarea", "object", "template", "svg", "head"}
)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)")
#: Link targets with a scheme are evidence of a translation only when they are web pages
#: (a "javascript:" or "data:" target is not; its anchor text stays, as text).
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
_SAFE_SCHEMES = frozenset({"http", "https"})


def safe_target(href: str) -> bool:
    """Whether a link target may be kept: a relative path, or a web address."""
    found = _SCHEME.match(href)
    return found is None or found.group(1).lower() in _SAFE_SCHEMES


def content_hash(data: bytes) -> str:
    """The hash used to tell whether a file changed since the last build."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass
class _RawSection:
    heading: str
    level: int
    blocks: list[tuple[BlockKind, list[str]]] = field(default_factory=list)


def _inline_text(token: Token, links: list[Link], env: dict[str, Any]) -> str:
    """Plain text of an inline token; links are collected with their (safe) targets, raw
    HTML tags are left out, and so is the content of a script, style or frame.

    The token is parsed here, with the `env` of its document (its link references), unless
    it has no inline syntax: then it is its text (a fifth of a file's parse, before)."""
    return _inline_content(token.content, links, env)


def _inline_content(content: str, links: list[Link], env: dict[str, Any]) -> str:
    """`_inline_text` of an inline token holding `content`."""
    if _INLINE_SYNTAX.search(content) is None:
        return clean_inline(content)
    md = _markdown()
    plain = _plain_links(content, md)
    if plain is not None:
        text, found = plain
        links += found
        return text
    return _children_text(md.inline.parse(content, md, env, []), links)


@functools.lru_cache(maxsize=20_000)
def _plain_links(content: str, md: MarkdownIt) -> tuple[str, tuple[Link, ...]] | None:
    """`_inline_text` of a text whose only inline syntax is plain links (`_PLAIN_LINK`):
    its text and links as `_children_text` reads the tokens markdown-it's inline rules make
    of it (the target as its link rule normalizes it), without making them; None for any
    other text. Once per text: a deck's articles repeat most of their paragraphs."""
    parts: list[str] = []
    links: list[Link] = []
    last = 0
    for found in _PLAIN_LINK.finditer(content):
        before = content[last : found.start()]
        if _INLINE_SYNTAX.search(before) is not None:
            return None
        anchor = found[1]
        parts += (before, anchor)
        href = _normalized_link(found[2], md)
        if href and safe_target(href):
            text = clean_anchor(anchor)
            if text:
                links.append(Link(target=href, text=text))
        last = found.end()
    rest = content[last:]
    if not parts or _INLINE_SYNTAX.search(rest) is not None:
        return None
    parts.append(rest)
    return clean_inline("".join(parts)), tuple(links)


@functools.lru_cache(maxsize=20_000)
def _normalized_link(target: str, md: MarkdownIt) -> str:
    """A link target as markdown-it's link rule normalizes it (an article's translation
    links to the same targets)."""
    return str(md.normalizeLink(target))


def _children_text(children: Iterable[Token], links: list[Link]) -> str:
    """`_inline_text` of the tokens an inline token is made of."""
    parts: list[str] = []
    anchor: list[str] | None = None
    href = ""
    hidden: str | None = None
    for child in children:
        if child.type == "html_inline":
            tag = _TAG.match(child.content)
            if tag is not None:
                closing, name = tag.group(1) == "/", tag.group(2).lower()
                if hidden is None and not closing and name in _HIDDEN_ELEMENTS:
                    hidden = name
                elif hidden == name and closing:
                    hidden = None
            continue
        if hidden is not None:
            continue
        if child.type in ("text", "text_special", "code_inline"):
            piece = child.content
        elif child.type in ("softbreak", "hardbreak"):
            piece = " "
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            anchor = []
            continue
        elif child.type == "link_close":
            if anchor is not None and href and safe_target(href):
                text = clean_anchor("".join(anchor))
                if text:
                    links.append(Link(target=href, text=text))
            anchor = None
            continue
        else:  # emphasis markers, images (never loaded)
            continue
        parts.append(piece)
        if anchor is not None:
            anchor.append(piece)
    return clean_inline("".join(parts))


def _structure(body: str) -> tuple[list[_RawSection], list[Link]]:
    """Headings, paragraphs and list items of a markdown body, in order.

    A body of headings and paragraphs alone is read a block (between blank lines) at a
    time, each block once (a deck's articles repeat most of theirs): what markdown-it
    makes of such a body is what it makes of each of its blocks, one after the other
    (`_plain_block`)."""
    found = _NOT_PLAIN_LINE.search(body) is None and _by_blocks(body)
    return found or _parsed_structure(body)


def _by_blocks(body: str) -> tuple[list[_RawSection], list[Link]] | None:
    """`_structure` of a body of headings and paragraphs alone, read a block at a time;
    None for any other body."""
    blocks: list[_Block] = []
    for part in body.split("\n\n"):
        block = _plain_block(part)
        if block is None:
            return None
        blocks.append(block)
    sections: list[_RawSection] = [_RawSection(heading="", level=0)]
    links: list[Link] = []
    for events, found in blocks:
        for level, text in events:
            if level:
                sections.append(_RawSection(heading=text, level=level))
            else:
                sections[-1].blocks.append((BlockKind.PARAGRAPH, [text]))
        links += found
    return sections, links


#: A block's headings (their level, 1-6) and paragraphs (level 0) with their text, in
#: order, and its links.
_Block = tuple[tuple[tuple[int, str], ...], tuple[Link, ...]]
#: A line that may start a block other than a heading or a paragraph (a list item, a
#: quote, code, a fence, HTML, a rule or a setext underline, a link reference): a body
#: holding one is parsed whole, not tried block by block first.
_NOT_PLAIN_LINE = re.compile(
    r"^(?: {4}|\t| {0,3}(?:[-*+>=_~`|<]|[0-9]{1,9}[.)]|\[[^\]\n]*\]:))", re.MULTILINE
)
#: The tokens markdown-it makes of headings and paragraphs.
_PLAIN_TOKENS = frozenset(
    {"heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline"}
)


@functools.lru_cache(maxsize=20_000)
def _plain_block(text: str) -> _Block | None:
    """`_structure` of a part of a body between blank lines, when it is headings and
    paragraphs alone (None when it holds anything else, or defines a link reference).

    After a blank line, markdown-it reads a block afresh unless one before it is still
    open: a list, a quote, code or an HTML block (which go on after a blank line); a
    heading or a paragraph never does, and none of their rules looks past a blank line.
    So a body whose every block is headings and paragraphs is read as the blocks are,
    each on its own, and without link references its inline text is read alike."""
    simple = _simple_block(text)
    if simple is not None:
        return simple
    env: dict[str, Any] = {}
    tokens = _markdown().parse(text, env)
    if env or any(t.type not in _PLAIN_TOKENS for t in tokens):
        return None
    events: list[tuple[int, str]] = []
    links: list[Link] = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            events.append((int(tok.tag[1:]), _inline_text(tokens[i + 1], links, env)))
        elif tok.type == "paragraph_open":
            paragraph = _inline_text(tokens[i + 1], links, env)
            if paragraph:
                events.append((0, paragraph))
    return tuple(events), tuple(links)


#: An ATX heading's opening sequence ("## "), as markdown-it's heading rule reads it.
_ATX = re.compile(r"(#{1,6})(?:[ \t]|$)")


def _simple_block(text: str) -> _Block | None:
    """`_plain_block` of a block whose lines are ATX headings ("## Satış") and paragraphs
    of one line opening with a letter or a plain link ("[E-ticarette](/ecommerce), …"),
    without markdown-it (which took 60 % of reading such a block); None for any other.

    Such a line starts no other block (a list, a quote, code, a fence, HTML, a rule, a link
    reference: they open with a space, a digit or a mark; a plain link's label is followed
    by "(", a reference's by ":"), and a line after it would have to continue its paragraph
    (a setext underline too): any such block is left to markdown-it. The heading's text is
    cut as markdown-it's rule cuts it: after its opening sequence, less the spaces and tabs
    at its end and a closing run of "#" after a space or tab, trimmed (`mdTrim`)."""
    if "\r" in text or "\0" in text:  # markdown-it changes them first
        return None
    events: list[tuple[int, str]] = []
    links: list[Link] = []
    env: dict[str, Any] = {}
    in_paragraph = False
    for line in text.split("\n"):
        if not line:
            in_paragraph = False
            continue
        opening = _ATX.match(line)
        if opening is not None:
            level = len(opening.group(1))
            content = line[level:].rstrip(" \t")
            unclosed = content.rstrip("#")
            if len(unclosed) < len(content) and unclosed[-1:] in (" ", "\t"):
                content = unclosed
            events.append((level, _inline_content(mdTrim(content), links, env)))
            in_paragraph = False
        elif in_paragraph or not (line[0].isalpha() or _PLAIN_LINK.match(line)):
            return None
        else:
            paragraph = _inline_content(mdTrim(line), links, env)
            if paragraph:
                events.append((0, paragraph))
            in_paragraph = True
    return tuple(events), tuple(links)


def _parsed_structure(body: str) -> tuple[list[_RawSection], list[Link]]:
    """`_structure` of a body parsed whole."""
    env: dict[str, Any] = {}
    tokens = _markdown().parse(body, env)
    sections: list[_RawSection] = [_RawSection(heading="", level=0)]
    links: list[Link] = []
    list_depth = 0
    item: list[str] | None = None
    items: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open":
            text = _inline_text(tokens[i + 1], links, env)
            sections.append(_RawSection(heading=text, level=int(tok.tag[1:])))
            i += 3
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            if list_depth == 0:
                items = []
            list_depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            if list_depth == 0 and items:
                sections[-1].blocks.append((BlockKind.LIST, items))
        elif tok.type == "list_item_open" and list_depth == 1:
            item = []
        elif tok.type == "list_item_close" and list_depth == 1:
            if item:
                items.append(clean_inline(" ".join(item)))
            item = None
        elif tok.type == "inline":
            text = _inline_text(tok, links, env)
            if text:
                if item is not None:
                    item.append(text)
                elif list_depth == 0:
                    sections[-1].blocks.append((BlockKind.PARAGRAPH, [text]))
        i += 1
    return sections, links


#: Front matter is a few lines of metadata; a longer block is refused before YAML reads it.
MAX_FRONT_MATTER = 100_000
#: The most values front matter may hold once its aliases are expanded (a "billion laughs"
#: of 377 bytes expands to 10^9 values: counted, not built, then refused).
MAX_FRONT_MATTER_VALUES = 10_000


class FrontMatterTooLarge(yaml.YAMLError):
    """Front matter too long, or that would expand past `MAX_FRONT_MATTER_VALUES` values:
    `reason` and `values` say which (the message says it in English)."""

    def __init__(self, reason: Reason, *values: int) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.values = values


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's pure-Python safe loader, refusing documents that expand too far.

    The pure-Python loader (not the C one, which recurses without limit and crashes the
    process on deeply nested input) raises RecursionError instead, which is caught.  Each
    composed document is measured with its aliases expanded before any Python object is
    built from it: shared nodes are counted once per use, in time linear in the nodes.
    """

    def compose_document(self) -> yaml.Node | None:
        node = super().compose_document()
        if node is not None:
            _expanded_size(node, MAX_FRONT_MATTER_VALUES)
        return node


def _expanded_size(root: yaml.Node, limit: int) -> int:
    sizes: dict[int, int] = {}
    busy: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in busy:
            raise yaml.YAMLError("an alias refers to itself")
        busy.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        busy.discard(key)
        if total > limit:
            raise FrontMatterTooLarge(Reason.FRONT_MATTER_TOO_MANY, limit)
        sizes[key] = total
        return total

    return size(root)


class _PureYAML(YAMLHandler):
    """python-frontmatter's YAML handler on the bounded loader."""

    def load(self, fm: str, **kwargs: object) -> Any:
        if len(fm) > MAX_FRONT_MATTER:
            raise FrontMatterTooLarge(Reason.FRONT_MATTER_TOO_LONG, len(fm), MAX_FRONT_MATTER)
        # The pure-Python loader takes a millisecond or two: the same front matter (a deck's
        # translations share keywords, and often titles) is read once, each caller given
        # a copy of its own.
        return copy.deepcopy(_load_yaml(fm))


#: What front matter must do without for libyaml's loader to read it: nesting (indentation,
#: a line starting a sequence, flow collections), anchors and aliases, tags, block scalars.
_NOT_FLAT = frozenset("[]{}&*!|>%@`")


@functools.lru_cache(maxsize=20_000)
def _load_yaml(fm: str) -> Any:
    if _flat(fm) and getattr(yaml, "__with_libyaml__", False):
        # Flat "key: value" lines, nothing nested: libyaml reads them alike, ten times
        # faster, and cannot recurse. Anything it refuses is read again below, so that the
        # error is worded as always.
        try:
            return yaml.load(fm, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            pass
    return yaml.load(fm, Loader=_BoundedLoader)


def _flat(fm: str) -> bool:
    return not _NOT_FLAT.intersection(fm) and all(
        not line[:1].isspace() and not line.startswith(("-", "?", ":")) for line in fm.split("\n")
    )


_YAML = _PureYAML()


def _front_matter(text: str, path: str) -> tuple[dict[str, Any], str]:
    try:
        post = frontmatter.loads(text, handler=_YAML)
    except RecursionError:
        raise refusal(path, Reason.FRONT_MATTER_NESTED) from None
    except FrontMatterTooLarge as exc:
        raise refusal(path, exc.reason, *exc.values) from None
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid YAML"
        raise refusal(path, Reason.BROKEN_FRONT_MATTER, first, _yaml_line(exc)) from None
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        raise refusal(path, Reason.BROKEN_FRONT_MATTER, exc, "") from None
    meta = post.metadata
    if not isinstance(meta, dict):
        raise refusal(path, Reason.FRONT_MATTER_NOT_MAPPING)
    return meta, post.content


def _yaml_line(exc: yaml.YAMLError) -> str:
    """The line of the file where the broken part of the front matter starts, or "" if YAML
    does not say (what YAML reads starts with the rest of the file's first line, "---")."""
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    line = getattr(mark, "line", None)
    return str(line + 1) if isinstance(line, int) else ""


def _kind(value: object) -> str:
    """What a YAML value is, in words: "a list", "a mapping", "true/false"."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, set | frozenset):
        return "a set"
    if isinstance(value, bytes):
        return "binary data"
    return f"a {type(value).__name__}"


def _scalar(value: object, key: str, path: str) -> str:
    """A front-matter value as text: strings, numbers and dates are; anything else is
    refused with a reason (it would otherwise be stored as a Python repr)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise refusal(path, Reason.FRONT_MATTER_NOT_TEXT, key, _kind(value))


def _text_field(meta: dict[str, Any], key: str, path: str) -> str:
    return clean_inline(_scalar(meta.get(key), key, path))


def _keywords(meta: dict[str, Any], path: str) -> tuple[str, ...]:
    value = meta.get("keywords")
    if isinstance(value, list | tuple):
        raw = [_scalar(v, "keywords", path) for v in value]
    else:
        raw = _scalar(value, "keywords", path).split(",")
    return tuple(k for k in (clean_inline(r) for r in raw) if k)


def _language(
    meta: dict[str, Any], sample: str, path: str, notes: list[Note]
) -> tuple[str, float, str]:
    declared = meta.get("lang", meta.get("language"))
    if declared is not None:
        code = language.normalize_lang(_scalar(declared, "lang", path))
        if code is not None:
            return code, 1.0, "front matter"
        notes.append(note(Reason.FRONT_MATTER_LANGUAGE, declared))
    code, confidence = language.detect(sample)
    if code is None:
        raise refusal(path, Reason.NO_LANGUAGE_TEXT)
    if confidence < language.LOW_CONFIDENCE:
        notes.append(note(Reason.LOW_CONFIDENCE, code, f"{confidence:.2f}"))
    return code, confidence, "detected"


#: A "word" longer than this is none (the longest Turkish and Icelandic words are under
#: 60 letters, a URL seldom passes 200): a sentence holding one makes no card, and a
#: title holding one refuses the article.
MAX_WORD = 200
_ABSURD_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def _sane(units: Sequence[str], dropped: list[int]) -> list[str]:
    """`units` without those holding an absurd "word" (whose lengths go to `dropped`)."""
    kept = []
    for unit in units:
        absurd = _ABSURD_WORD.search(unit)
        if absurd is None:
            kept.append(unit)
        else:
            dropped.append(len(max(_ABSURD_WORD.findall(unit), key=len)))
    return kept


def _sections(
    raw: Sequence[_RawSection], title: str, lang: str, dropped: list[int] | None = None
) -> tuple[Section, ...]:
    parts = [s for s in raw if s.heading or s.blocks]
    # The heading that only repeats the title (an H1 above the sections) is not a section.
    if (
        parts
        and parts[0].heading
        and clean_inline(parts[0].heading) == title
        and not parts[0].blocks
    ):
        parts = parts[1:]
    headings = [p.heading or title for p in parts]
    section_roles = roles.classify(headings, lang)
    sections = []
    for part, heading, role in zip(parts, headings, section_roles, strict=True):
        blocks = []
        for kind, texts in part.blocks:
            units: list[str] = []
            if kind is BlockKind.PARAGRAPH:
                for text in texts:
                    units.extend(split_sentences(text, lang))
            else:
                units = [t for t in texts if t]
            units = _sane(units, dropped if dropped is not None else [])
            if units:
                blocks.append(Block(kind, tuple(units)))
        sections.append(Section(heading=heading, level=part.level, role=role, blocks=tuple(blocks)))
    return tuple(sections)


def read_article(
    path: str, data: bytes, known: Mapping[tuple[str, str], Analysis] | None = None
) -> Article:
    """Parse one file's bytes; raises ArticleError (naming the file) when it is no article.

    `known`: analyses by (language, text) made before (by this reader's version), reused.
    """
    decoded = decode_article(data, path)
    text, encoding = decoded.text, decoded.encoding
    meta, body = _front_matter(text, path)
    if not body.strip():
        raise refusal(path, Reason.NO_BODY if meta else Reason.EMPTY)
    notes: list[Note] = list(decoded.notes)
    if not encoding.startswith("utf-8"):
        notes.append(note(Reason.DECODED_AS, encoding))
    if _HTML_HINT.search(body):
        notes.append(note(Reason.HTML_LEFT_OUT))
    raw_sections, links = _structure(body)
    if not any(s.blocks for s in raw_sections):
        raise refusal(path, Reason.NO_PARAGRAPHS)
    title = _text_field(meta, "title", path)
    if not title:
        first = next((s.heading for s in raw_sections if s.heading), "")
        if not first:
            raise refusal(path, Reason.NO_TITLE)
        title = first
        notes.append(note(Reason.TITLE_FROM_HEADING))
    absurd = _ABSURD_WORD.search(title)
    if absurd is not None:
        raise refusal(path, Reason.TITLE_LONG_WORD, len(absurd.group(0)))
    sample = " ".join(" ".join(t for _, ts in s.blocks for t in ts) for s in raw_sections)
    lang, confidence, lang_source = _language(meta, f"{title}. {sample}", path, notes)
    key = meta.get("translation_key", meta.get("slug"))
    description = _text_field(meta, "description", path)
    dropped: list[int] = []
    if _sane([description], dropped) == [] and description:
        description = ""
    sections = _sections(raw_sections, title, lang, dropped)
    if dropped:
        notes.append(note(Reason.LONG_WORD_SENTENCES, len(dropped), max(dropped)))
    return Article(
        path=path,
        content_hash=content_hash(data),
        lang=lang,
        lang_confidence=round(confidence, 4),
        lang_source=lang_source,
        title=title,
        description=description,
        keywords=_keywords(meta, path),
        translation_key=clean_inline(_scalar(key, "translation_key", path)) or None,
        sections=sections,
        links=tuple(links),
        encoding=encoding,
        notes=tuple(notes),
        analyses=_analyses(lang, (title, description, *_texts(sections)), known or {}),
        parser=PARSER_VERSION,
    )


def _texts(sections: Sequence[Section]) -> Iterator[str]:
    for section in sections:
        yield section.heading
        yield from section.units


#: Texts longer than this are not analysed: no card is made of them whole, and analysing a
#: hostile 100,000-word "sentence" would stall the build.
MAX_ANALYZED_CHARS = 2_000


def _analyses(
    lang: str, texts: Iterable[str], known: Mapping[tuple[str, str], Analysis]
) -> dict[str, Analysis]:
    """The language layer's analysis of every text of an article (none for a language it
    cannot analyse; loading an analyser takes seconds, so only a build that parses does)."""
    if not has_morphology(lang):
        return {}
    return {
        text: known.get((lang, text)) or _analyze(text, lang)
        for text in dict.fromkeys(texts)
        if text and len(text) <= MAX_ANALYZED_CHARS
    }


@functools.lru_cache(maxsize=100_000)
def _analyze(text: str, lang: str) -> Analysis:
    found = analyze(text, lang)
    return found if found is not None else Analysis()


def analyze_text(text: str, lang: str) -> Analysis:
    """The analysis of one text as an article of `lang` holds it."""
    return _analyze(text, lang)
