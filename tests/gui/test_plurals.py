"""Counts in the interface language: Icelandic's singular after 1, 21, 31… but not 11."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from flashcards.gui.texts import count_text


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        (QLocale.Language.Icelandic, 1, "1 upprifjun"),
        (QLocale.Language.Icelandic, 21, "21 upprifjun"),
        (QLocale.Language.Icelandic, 101, "101 upprifjun"),
        (QLocale.Language.Icelandic, 11, "11 upprifjanir"),
        (QLocale.Language.Icelandic, 111, "111 upprifjanir"),
        (QLocale.Language.Icelandic, 2, "2 upprifjanir"),
        (QLocale.Language.Icelandic, 0, "0 upprifjanir"),
        (QLocale.Language.English, 21, "21 upprifjanir"),
        (QLocale.Language.English, 1, "1 upprifjun"),
        (QLocale.Language.Turkish, 21, "21 upprifjanir"),
    ],
    indirect=["language"],
)
def test_the_singular_follows_the_interface_language(
    language: None, count: int, expected: str
) -> None:
    assert count_text(count, "%1 upprifjun", "%1 upprifjanir") == expected
