"""The code base stays ruff-clean and -formatted, mypy-clean; only the GUI package imports Qt."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "flashcards"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed: install the project with its [test] extra")
    return found


def test_ruff_is_clean() -> None:
    folders = [n for n in ("flashcards", "tests", "bench", "tools") if (ROOT / n).is_dir()]
    result = subprocess.run(
        [_tool("ruff"), "check", *folders],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_kept() -> None:
    folders = [n for n in ("flashcards", "tests", "bench", "tools") if (ROOT / n).is_dir()]
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", *folders],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [_tool("mypy"), "--no-incremental", "flashcards"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_gui_imports_qt() -> None:
    qt_import = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|PyQt)", re.M)
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and qt_import.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "versions" not in path.parts and not path.read_text("utf-8").lstrip().startswith('"""')
    ]
    assert missing == []
