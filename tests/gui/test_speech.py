"""Reading aloud: the button says why when no voice can read the card's language."""

from __future__ import annotations

import pytest

from flashcards.gui.main_window import MainWindow
from flashcards.gui.speech import ENGINE_ENV, Speech, spoken
from flashcards.records import CardRecord
from flashcards.types import CardKind


def test_without_a_voice_the_button_is_disabled_with_the_reason(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study("sales")
    button = window.reviewer.speak_button
    reason = window.reviewer.speech.why_not("tr")
    if reason is None:  # a desktop with a Turkish voice
        assert button.isEnabled()
    else:
        assert not button.isEnabled()
        assert button.toolTip() == reason
        assert "voice" in reason or "speech" in reason


def test_a_voice_reads_text_in_its_language(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv(ENGINE_ENV, "mock")  # Qt's own silent engine, with English voices
    speech = Speech()
    problem = speech.why_not("en")
    if problem is not None and "needs a speech engine" in problem:
        pytest.skip(f"QtTextToSpeech cannot load on this machine: {problem}")
    assert problem is None
    assert speech.why_not("is") == "No Íslenska voice is installed."
    assert speech.say("Soft sell", "en")
    assert not speech.say("Mjúk sala", "is")


def _content(kind: CardKind, front: str, back: str, extra: str = "") -> CardRecord:
    return CardRecord(
        id=1,
        uid="u",
        deck_id=1,
        deck="sales",
        note_key="n",
        kind=kind,
        source_lang="tr",
        target_lang="is",
        front=front,
        back=back,
        extra=extra,
        flag=0,
        suspended=False,
    )


def test_each_side_is_read_in_its_own_language_and_a_gap_sentence_only_whole() -> None:
    term = _content(CardKind.TERM, "Yumuşak Satış", "Mjúk sala")
    assert spoken(term, revealed=False) == ("Yumuşak Satış", "tr")
    assert spoken(term, revealed=True) == ("Mjúk sala", "is")
    cloze = _content(
        CardKind.CLOZE,
        "Mjúk sala er ____ nálgun.\n(yumuşak bir yaklaşım)",
        "óbein",
        "Mjúk sala er óbein nálgun.",
    )
    assert spoken(cloze, revealed=False) is None
    assert spoken(cloze, revealed=True) == ("Mjúk sala er óbein nálgun.", "is")


def test_a_missing_speech_library_gives_the_install_hint(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import builtins

    real = builtins.__import__

    def no_pulse(name: str, *args: object, **kwargs: object) -> object:
        if name == "PySide6.QtTextToSpeech":
            raise ImportError("libpulse.so.0: cannot open shared object file: No such file")
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pulse)
    problem = Speech().why_not("is")
    assert problem is not None and "libpulse0, speech-dispatcher and espeak-ng" in problem
    assert "shared object" not in problem and "libpulse.so" not in problem
