"""Reading card text aloud with QtTextToSpeech, in the card's own language when a voice exists."""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from flashcards.gui.theme import native_language
from flashcards.records import CardRecord
from flashcards.types import CardKind

log = logging.getLogger(__name__)

#: Names an engine to use (e.g. "mock", Qt's silent test engine); by default a real one.
ENGINE_ENV = "FLASHCARDS_TTS_ENGINE"


def spoken(content: CardRecord, revealed: bool) -> tuple[str, str] | None:
    """What reading a card aloud says, and in which language; None when nothing fits.

    A cloze question is a target-language sentence with a gap and a source-language hint:
    neither voice can read it, so only the whole sentence is read, once it is shown.
    """
    if content.kind is CardKind.CLOZE:
        return (content.extra or content.back, content.target_lang) if revealed else None
    if revealed:
        return content.back, content.target_lang
    return content.front, content.source_lang


class Speech(QObject):
    """One text-to-speech engine for the app, found lazily; says why when it cannot speak."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: Any = None
        self._problem: str | None = None
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            # The loader's own words ("libpulse.so.0: cannot open shared object file") are
            # for the log; the user is told what to install.
            log.info("QtTextToSpeech cannot load: %s", exc)
            self._problem = QCoreApplication.translate(
                "Speech",
                "Reading aloud needs a speech engine: install libpulse0, speech-dispatcher "
                "and espeak-ng (Debian/Ubuntu), then start the app again.",
            )
            return
        wanted = os.environ.get(ENGINE_ENV)
        engines = (
            [wanted] if wanted else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        )
        for name in engines:
            engine = QTextToSpeech(name, self)
            if engine.state() != QTextToSpeech.State.Error:
                self._engine = engine
                return
        self._problem = QCoreApplication.translate(
            "Speech",
            "No text-to-speech engine is working (install speech-dispatcher and espeak-ng).",
        )

    def voice_for(self, lang: str) -> Any:
        """A voice that speaks `lang`, if the engine has one."""
        self._load()
        if self._engine is None:
            return None
        language = QLocale(lang).language()
        for voice in self._engine.availableVoices():
            if voice.locale().language() == language:
                return voice
        return None

    def why_not(self, lang: str) -> str | None:
        """None when text in `lang` can be read aloud, else the reason it cannot."""
        self._load()
        if self._problem is not None:
            return self._problem
        if self.voice_for(lang) is None:
            message = QCoreApplication.translate("Speech", "No %1 voice is installed.")
            return message.replace("%1", native_language(lang))
        return None

    def say(self, text: str, lang: str) -> bool:
        """Read `text` aloud in `lang`; False (and nothing said) when that cannot be done."""
        voice = self.voice_for(lang)
        if voice is None or self._engine is None:
            return False
        self._engine.stop()
        self._engine.setLocale(voice.locale())
        self._engine.setVoice(voice)
        self._engine.say(text)
        return True

    @property
    def engine(self) -> Any:
        self._load()
        return self._engine
