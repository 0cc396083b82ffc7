"""Preloaded for parse workers: the reader, markdown-it, the splitter, lingua."""

from __future__ import annotations

import contextlib
import gc

with contextlib.suppress(Exception):  # whatever fails is loaded by each worker, as before
    from flashcards.builder import pipeline, reader  # what the workers run
    from flashcards.text import languages, sentences

    reader._markdown()
    for lang in ("tr", "is", "en"):
        sentences._splitter(lang)
    languages.detect("Bir cümle. Ein Satz. Setning. A sentence.")
    del pipeline
gc.freeze()  # kept out of the workers' collections, whose walks would copy their pages
