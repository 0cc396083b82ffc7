"""Preloaded for parse workers reading Icelandic: BÍN, the tokenizer, wordfreq's list."""

from __future__ import annotations

import contextlib
import gc

with contextlib.suppress(Exception):  # whatever fails is loaded by each worker, as before
    import tokenizer
    from wordfreq import zipf_frequency

    from flashcards.text import analysis, icelandic

    analysis.analyzer("is")
    icelandic._bin().lookup("hús")
    list(tokenizer.tokenize("Árið 1995 kom hún kl. 14:30 til Reykjavíkur."))
    zipf_frequency("hús", "is")
gc.freeze()  # kept out of the workers' collections, whose walks would copy their pages
