"""The deck's exports in OmegaT itself: a TMX written by `flashcards export --format tmx`
is put in an OmegaT project's tm/auto folder, and OmegaT's own console translation fills in
the segments it holds (and leaves the others as they are); a TBX is read by OmegaT's own
glossary reader (a few lines of Java, compiled where a JDK is installed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+00:00"

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes/>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>tr-TR</source_lang>
        <target_lang>is-IS</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneTurkishTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""

needs_omegat = pytest.mark.skipif(
    shutil.which("omegat") is None,
    reason="OmegaT is not installed (Debian: apt install omegat); CI installs it",
)


OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")  # where Debian's package puts it
READ_TBX = Path(__file__).parent / "data" / "omegat" / "ReadTbx.java"


def _export(tmp_path: Path, kind: str) -> Path:
    written = tmp_path / f"sales.{kind}"
    export = subprocess.run(
        [
            *(sys.executable, "-m", "flashcards", "--db", str(tmp_path / "c.sqlite")),
            *("--now", NOW, "export", "--format", kind, "--deck", "sales", "-o", str(written)),
        ],
        capture_output=True,
        env={**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert export.returncode == 0, export.stderr
    return written


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "omegat", "dictionary"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT, encoding="utf-8")
    return project


@needs_omegat
def test_omegat_translates_from_the_exported_memory(tmp_path: Path) -> None:
    memory = _export(tmp_path, "tmx")
    project = _project(tmp_path)
    shutil.copy(memory, project / "tm" / "auto" / "sales.tmx")
    (project / "source" / "article.txt").write_text(
        "Yumuşak Satış Nedir?\n\n"
        "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır.\n\n"
        "Bu cümle hafızada yok.\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            *("omegat", "--mode=console-translate", "--disable-project-locking"),
            *(f"--config-dir={tmp_path / 'config'}", str(project)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    translated = (project / "target" / "article.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n") == [
        "Hvað er mjúk sala?",
        "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
        "Bu cümle hafızada yok.\n",
    ]


@needs_omegat
@pytest.mark.skipif(
    shutil.which("javac") is None or not OMEGAT_JAR.exists(),
    reason="reading a TBX with OmegaT's glossary reader needs a JDK (javac) and Debian's OmegaT",
)
def test_omegats_glossary_reader_reads_every_exported_term(tmp_path: Path) -> None:
    from seed_counts import TERMBASE_UNITS

    termbase = _export(tmp_path, "tbx")
    project = _project(tmp_path)
    classpath = f"{OMEGAT_JAR}:{OMEGAT_JAR.parent / 'lib'}/*"
    compiled = subprocess.run(
        ["javac", "-d", str(tmp_path), "-cp", classpath, str(READ_TBX)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert compiled.returncode == 0, compiled.stderr
    read = subprocess.run(
        ["java", "-cp", f"{classpath}:{tmp_path}", "ReadTbx", str(project), str(termbase)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert read.returncode == 0, read.stderr[-2000:]
    terms = [tuple(line.split("\t")) for line in read.stdout.splitlines() if "\t" in line]
    assert len(terms) == TERMBASE_UNITS
    assert ("Yumuşak satış", "Mjúk sala") in terms
    assert ("tüketici", "neytandi") in terms
