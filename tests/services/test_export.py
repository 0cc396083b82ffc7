"""CSV and JSON Lines exports: every card, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from flashcards.builder.glossary import read_glossary
from flashcards.services.export import export_cards
from flashcards.services.glossary import import_glossary
from flashcards.store.database import Database

FORMULAS = (
    '=HYPERLINK("http://evil.example","Yumuşak")',
    "=cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "+1",
    "-2+3",
)


def test_csv_export_neutralises_formula_cells_and_the_glossary_round_trip_keeps_them(
    db: Database, tmp_path: Path
) -> None:
    glossary = tmp_path / "formulas.csv"
    with glossary.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["tr", "is"])
        for n, formula in enumerate(FORMULAS):
            writer.writerow([formula, f"svar {n}"])
            writer.writerow([f"terim {n}", formula])
    report = import_glossary(db, glossary, "tr", "is")
    assert report.added == 2 * len(FORMULAS), report.skipped

    text, count = export_cards(db, "csv")
    assert count == 2 * len(FORMULAS)
    rows = list(csv.DictReader(io.StringIO(text)))
    cells = [value for row in rows for value in row.values()]
    assert not [c for c in cells if c and c[0] in "=+-@\t\r"]
    assert {r["front"] for r in rows} >= {"'" + f for f in FORMULAS}

    exported = tmp_path / "export.csv"
    exported.write_text(text, "utf-8")
    again = read_glossary(exported, "tr", "is")
    assert {(e.source, e.target) for e in again.entries} == {
        (f, f"svar {n}") for n, f in enumerate(FORMULAS)
    } | {(f"terim {n}", f) for n, f in enumerate(FORMULAS)}
