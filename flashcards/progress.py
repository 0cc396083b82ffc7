"""Progress of long operations: the phase they are in and how far, for a front end to show."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Phase(StrEnum):
    """A named step of a long operation (the front end words it)."""

    READING = "reading"  # files read and parsed (n of N files)
    GROUPING = "grouping"  # articles grouped into translations
    MAKING = "making"  # cards made (n of N article groups)
    WRITING = "writing"  # cards stored (n of N cards)
    LOADING = "loading"  # cards read from the collection
    PACKING = "packing"  # cards put into a package (n of N cards)
    SAVING = "saving"  # the file written
    UNPACKING = "unpacking"  # an Anki package's cards read (n of N cards)
    REPLAYING = "replaying"  # review histories replayed through FSRS (n of N cards)


#: Reports progress: the phase, how much is done and of how much (0 of 0: no measure).
#: It may raise to stop the operation (the GUI's cancel does, before anything is kept).
Progress = Callable[[Phase, int, int], None]


def every(progress: Progress | None, phase: Phase, total: int, step: int) -> Callable[[int], None]:
    """A reporter for one phase that passes on every `step`-th item and the last one."""

    def report(done: int) -> None:
        if progress is not None and (done % step == 0 or done == total):
            progress(phase, done, total)

    return report
