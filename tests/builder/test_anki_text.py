"""Anki field HTML as card text: markup dropped, breaks kept, scripts gone, media named."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flashcards.builder.anki_text import MAX_CHARS, FieldText, field_text


def test_markup_goes_and_line_breaks_stay() -> None:
    html = "<b>Yumuşak</b> &amp; <i>satış</i><br>ikinci satır<div>üçüncü</div><p>dört</p>"
    assert field_text(html) == FieldText("Yumuşak & satış\nikinci satır\nüçüncü\ndört")
    assert field_text("<ul><li>bir</li><li>iki</li></ul>").text == "bir\niki"
    assert field_text("<table><tr><td>a</td><td>b</td></tr></table>").text == "a b"
    assert field_text("a<br/>b<br />c").text == "a\nb\nc"


def test_scripts_styles_and_their_content_are_dropped() -> None:
    html = '<style>.card{color:red}</style><script>alert("x")</script>kalır<script/>'
    assert field_text(html).text == "kalır"
    assert field_text("<noscript>x</noscript><svg><text>y</text></svg>z").text == "z"


def test_entities_are_decoded_into_text_that_stays_text() -> None:
    assert field_text("&lt;script&gt;alert(1)&lt;/script&gt;").text == "<script>alert(1)</script>"
    assert field_text("x < y and y > z").text == "x < y and y > z"
    assert field_text("Ça&nbsp;va&#91;1&#93;").text == "Ça va[1]"


def test_media_are_named_not_loaded() -> None:
    found = field_text('Bak <img src="kedi.jpg"> [sound:miyav.mp3] <audio src="a.ogg"></audio>')
    assert found.text == "Bak [image: kedi.jpg] [sound: miyav.mp3] [sound: a.ogg]"
    assert found.media == ("kedi.jpg", "miyav.mp3", "a.ogg")
    remote = field_text('<img src="https://example.com/x.png">')
    assert remote.media == ("https://example.com/x.png",)
    assert field_text("[sound:a.mp3][sound:a.mp3]").media == ("a.mp3",)


def test_anki_play_and_speech_markers_go() -> None:
    assert field_text("Soru[anki:play:q:0]").text == "Soru"
    assert field_text("[anki:tts lang=tr_TR]Merhaba[/anki:tts]").text == "Merhaba"


def test_spacing_is_tidied_and_long_fields_are_cut() -> None:
    assert field_text("  a \t  b  \n\n\n  c ").text == "a b\nc"
    assert len(field_text("x" * (MAX_CHARS * 3)).text) == MAX_CHARS


@given(st.text(max_size=300))
def test_any_input_gives_text_without_tags_of_its_own(html: str) -> None:
    result = field_text(html)
    assert "\r" not in result.text
    assert all(line == line.strip() and line for line in result.text.split("\n") if result.text)
