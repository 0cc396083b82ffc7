"""A fresh machine: a missing Qt library is named with its package; a mistyped --db is an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flashcards.gui.platform_check import missing_libraries, package_for, problem_text, wants_xcb

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def _flashcards(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flashcards", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_missing_libraries_are_read_from_ldd_and_named_with_their_packages() -> None:
    assert missing_libraries(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("libxcb-foo.so.2") == "libxcb-foo2"  # Debian's rule for the others
    assert package_for("libfoo2.so.1") == "libfoo2-1"
    text = problem_text(missing_libraries(LDD))
    assert text is not None and "\n" not in text
    assert text.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert problem_text([]) is None


def test_only_a_window_on_x11_is_checked() -> None:
    linux = sys.platform.startswith("linux")
    assert wants_xcb({"DISPLAY": ":0"}) is linux
    assert not wants_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not wants_xcb({})
    assert not wants_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are Linux's")
def test_the_app_says_which_packages_to_install_instead_of_qts_abort(tmp_path: Path) -> None:
    """`ldd` reports two libraries missing: one line names them and their packages."""
    fake = tmp_path / "bin"
    fake.mkdir()
    ldd = fake / "ldd"
    ldd.write_text(f"#!/bin/sh\ncat <<'EOF'\n{LDD}EOF\n", "utf-8")
    ldd.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":12345", PATH=f"{fake}{os.pathsep}{env.get('PATH', '')}")
    result = _flashcards(env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in lines[0]
    assert lines[0].endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")


@pytest.mark.parametrize("how", ["--db", "FLASHCARDS_DB"])
def test_a_collection_in_a_missing_folder_is_an_error(tmp_path: Path, how: str) -> None:
    target = tmp_path / "no" / "such" / "x.db"
    env = dict(os.environ)
    args = ["decks"]
    if how == "--db":
        args = ["--db", str(target), *args]
    else:
        env["FLASHCARDS_DB"] = str(target)
    result = _flashcards(*args, env=env)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        f"flashcards: error: {target}: the folder {target.parent} does not exist "
        f"(check the {how} path, or create the folder first)"
    )
    assert not (tmp_path / "no").exists()


def test_the_default_data_folder_is_still_made(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FLASHCARDS_DB"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = _flashcards("decks", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "flashcards" / "collection.sqlite").exists()
