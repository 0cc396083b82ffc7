"""Fixtures for the deck-builder tests; sample texts live in builder_samples.py."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from builder_samples import DIRECTIONS, IS_SEED, SEEDS, TR_SEED

from flashcards.builder import pipeline
from flashcards.builder.cards import CORE_KINDS

Writer = Callable[[str, "str | bytes"], Path]


@pytest.fixture(scope="session")
def seed_plan() -> pipeline.BuildPlan:
    """The build of the shipped seed deck, in both directions."""
    files, problems = pipeline.collect_files([SEEDS])
    assert problems == []
    return pipeline.plan_build(files, "sales", DIRECTIONS, kinds=CORE_KINDS)


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Write a file under tmp_path: text as UTF-8, bytes as they are."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def seed_copies(tmp_path: Path) -> tuple[Path, Path]:
    """The two seed articles copied into tmp_path (Turkish, Icelandic)."""
    tr = Path(shutil.copyfile(TR_SEED, tmp_path / TR_SEED.name))
    is_ = Path(shutil.copyfile(IS_SEED, tmp_path / IS_SEED.name))
    tr.chmod(0o644)
    is_.chmod(0o644)
    return tr, is_
