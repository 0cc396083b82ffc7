"""Anki field HTML as plain card text: tags dropped, breaks kept, media named but never loaded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

#: Elements that end a line of text (their content starts and ends on a line of its own).
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip
#: Elements whose content is never text a learner reads.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "math"})
#: Elements that name a media file in `src`.
_MEDIA = {"img": "image", "audio": "sound", "video": "video", "source": "media", "embed": "media"}
#: Anki's sound tag and the play markers of a rendered card.
_SOUND = re.compile(r"\[sound:([^\]\n]*)\]")
_PLAY = re.compile(r"\[anki:play:[qa]:\d+\]")
_TTS = re.compile(r"\[/?anki:tts[^\]]*\]")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
#: Longest text kept of one field (a card is a few lines; a pasted page is cut).
MAX_CHARS = 20_000


@dataclass(frozen=True)
class FieldText:
    """A field as text, and the media files it refers to (named in the text, not loaded)."""

    text: str
    media: tuple[str, ...] = ()


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.media: list[str] = []
        self._hidden = 0

    def _media(self, kind: str, name: str) -> None:
        name = name.strip()
        if name:
            self.media.append(name)
            self.parts.append(f"[{kind}: {name}]")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif self._hidden:
            return
        elif tag == "br" or tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _MEDIA:
            src = dict(attrs).get("src")
            if src:
                self._media(_MEDIA[tag], src)
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            return  # <script/> holds nothing
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif not self._hidden and tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        found = _SOUND.split(data)
        # split() alternates text and captured names: text, name, text, name, …
        for index, piece in enumerate(found):
            if index % 2:
                self._media("sound", piece)
            else:
                self.parts.append(piece)


def field_text(html: str) -> FieldText:
    """The plain text of an Anki field or rendered card side.

    Markup is dropped (scripts and styles with their content), line breaks and blocks
    become new lines, entities are decoded; images and sounds become `[image: name]`
    and `[sound: name]` in the text and are listed in `media`.  Nothing is fetched.
    """
    collector = _Collector()
    collector.feed(_TTS.sub("", _PLAY.sub("", html[: MAX_CHARS * 4])))
    collector.close()
    raw = "".join(collector.parts)
    lines = (_SPACES.sub(" ", line).strip() for line in raw.replace("\r", "\n").split("\n"))
    text = "\n".join(line for line in lines if line)[:MAX_CHARS]
    return FieldText(text, tuple(dict.fromkeys(collector.media)))
