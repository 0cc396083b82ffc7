"""The command line's argument types and the few constants its options show."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta

from flashcards.types import CardKind

#: The text formats of `export` (the others are written by their own services).
EXPORT_FORMATS = ("jsonl", "csv")

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def kinds(value: str) -> list[CardKind]:
    """Kinds of card as typed: "term,cloze"."""
    try:
        return [CardKind(part.strip()) for part in value.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown kind in {value!r}; choose from {', '.join(CardKind)}"
        ) from None


def megabytes(value: str) -> int:
    """A size in MB, as bytes."""
    try:
        size = float(value)
    except ValueError:
        size = -1.0
    if not 0 < size <= 1000:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size in MB between 0 and 1000")
    return int(size * 1_000_000)


def steps(value: str) -> tuple[timedelta, ...]:
    """Learning steps as typed: "1m 10m", "1m,10m,1d" (s, m, h or d; minutes if bare)."""
    parts = [part for part in re.split(r"[\s,]+", value.strip()) if part]
    found = []
    for part in parts:
        match = re.fullmatch(r"(\d+(?:\.\d+)?)([smhd]?)", part)
        if match is None or float(match.group(1)) <= 0:
            raise argparse.ArgumentTypeError(f"not a step: {part!r} (write e.g. 1m, 10m, 1h or 1d)")
        found.append(timedelta(seconds=float(match.group(1)) * UNITS[match.group(2) or "m"]))
    return tuple(found)


def switch(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("on", "yes", "true", "1"):
        return True
    if lowered in ("off", "no", "false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"say on or off, not {value!r}")


def easy_days(value: str) -> tuple[float, ...]:
    """Seven loads, Monday first: 1 normal, 0.5 reduced, 0 minimum ("1,1,1,1,1,0.5,0")."""
    parts = [part for part in re.split(r"[\s,]+", value.strip()) if part]
    try:
        loads = tuple(float(part) for part in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not seven numbers: {value!r}") from None
    if len(loads) != 7 or not all(0 <= load <= 1 for load in loads):
        raise argparse.ArgumentTypeError("easy days are seven loads from 0 to 1, Monday first")
    return loads
