"""Refresh the interface translations: extract strings (lupdate) and compile them (lrelease)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("tr", "is")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "flashcards" / "gui").rglob("*.py"))
    folder = ROOT / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = folder / f"flashcards_{lang}.ts"
        subprocess.run(
            [tool("lupdate"), "-no-obsolete", "-target-language", lang, *sources, "-ts", str(ts)],
            check=True,
        )
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    # Qt's own texts (standard buttons, file dialogs, edit menus) where Qt ships no
    # translation: written by hand, compiled here, loaded by gui.app.install_qt_translator.
    for ts in sorted(folder.glob("qtbase_*.ts")):
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
