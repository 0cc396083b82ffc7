"""A translation group's aligned segment pairs: titles, definitions, techniques, summaries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flashcards.builder.align import align_sections
from flashcards.builder.statements import sentence_case, without_dangling
from flashcards.types import Article, Group, Role


@dataclass(frozen=True)
class SegmentPair:
    """A source segment and its translation, with where it comes from."""

    source: str
    target: str
    role: str  # title, definition, technique or summary
    article: str  # the source article: its title and file
    key: str  # a stable id: group, role, position


def _article_label(article: Article) -> str:
    return f"{article.title} ({Path(article.path).name})"


def aligned_segments(group: Group, source: str, target: str) -> list[SegmentPair]:
    """Every aligned (source, target) segment of a group's two articles, in article order.

    Titles pair as they are; definition and technique sections sentence by sentence (or
    item by item), aligned as the cards are (Gale–Church within agreeing blocks); the
    front-matter descriptions as one summary pair.  A group without both languages has none.
    """
    src, tgt = group.members.get(source), group.members.get(target)
    if src is None or tgt is None or source == target:
        return []
    label = _article_label(src)
    pairs: list[SegmentPair] = []

    def add(front: str, back: str, role: str, position: str) -> None:
        # The sentences as the cards show them: no dangling word, a capital to begin.
        front, back = (sentence_case(without_dangling(t.strip())) for t in (front, back))
        if front.strip() and back.strip():
            key = f"{group.key}/{role}/{position}"
            pairs.append(SegmentPair(front.strip(), back.strip(), role, label, key))

    add(src.title, tgt.title, "title", "0")
    for role, name in ((Role.DEFINITION, "definition"), (Role.TECHNIQUES, "technique")):
        src_sections = [s for s in src.sections if s.role is role and s.units]
        tgt_sections = [s for s in tgt.sections if s.role is role and s.units]
        for n, (s_sec, t_sec) in enumerate(zip(src_sections, tgt_sections, strict=False)):
            add(s_sec.heading, t_sec.heading, f"{name} heading", str(n))
            for k, (front, back) in enumerate(align_sections(s_sec, t_sec)):
                add(front, back, name, f"{n}.{k}")
    add(src.description, tgt.description, "summary", "0")
    return pairs
