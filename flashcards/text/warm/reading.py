"""Preloaded for parse workers: the reader, markdown-it, the splitter, lingua; and the
workers' cycle collector set to look at their young objects less often."""

from __future__ import annotations

import contextlib
import gc

#: Objects made (less those freed) between the workers' collections of the young ones
#: (Python's default: 700). A worker's caches keep what it reads, and at the default every
#: tenth young collection walked them all once they had grown by a quarter: 7 full
#: collections in 5,000 files of the kept deck, 0.7 s of its ~12 s CPU; at 10,000, none, and
#: the young ones 0.26 s where they were 0.26 s. What a file's reading leaves in cycles
#: (markdown-it's) is still collected young: a worker's peak the same (375 MiB).
YOUNG_OBJECTS = 10_000

with contextlib.suppress(Exception):  # whatever fails is loaded by each worker, as before
    from flashcards.builder import pipeline, reader  # what the workers run
    from flashcards.text import languages, sentences

    reader._markdown()
    for lang in ("tr", "is", "en"):
        sentences._splitter(lang)
    languages.detect("Bir cümle. Ein Satz. Setning. A sentence.")
    del pipeline
gc.freeze()  # kept out of the workers' collections, whose walks would copy their pages
gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
