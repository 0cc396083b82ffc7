"""The Icelandic tagger's caches: what it works out of each word form and pair of forms once is
what it would work out each time, whatever else was analysed before, and they are bounded."""

from __future__ import annotations

import pytest

from flashcards.text import icelandic
from flashcards.text.analysis import Analysis

TEXTS = (
    "Mjúk sala er hönnuð til að forðast að reita hugsanlega viðskiptavini til reiði.",
    "Vegna þess að mjúk sala er lágþrýstings, sannfærandi og fíngerð sölutækni, getur það ekki "
    "leitt til sölu í fyrsta skipti sem vara er kynnt en hjálpar til við að hvetja til "
    "endurtekinnar sölu.",
    "Mjúkir sölumenn munu taka sér tíma til að fræða og draga úr áhyggjum kaupenda.",
    "Ráðgefandi sala vísar til auglýsinga- og sölunálgunar sem býður upp á fíngert orðalag.",
    "Uppsala mælir með dýrari vöru. Að nota mjúka sölutækni þýðir ekki að sölumaður sé óvirkur.",
    "Forstjórinn undirritaði sérstakan áætlun aftur.",
    "Harðsala vs. krosssala",
    "Hvað er krosssala?",
    "Það er álitin háþrýsti, árásargjarn tækni sem hefur fallið úr vegi samkvæmt sumum.",
)

_CACHES = (icelandic._place, icelandic._links, icelandic._options)


def _clear() -> None:
    for cache in _CACHES:
        cache.cache_clear()


def _analyses(texts: tuple[str, ...]) -> list[Analysis]:
    analyzer = icelandic.Analyzer()
    return [analyzer.analyze(text) for text in texts]


def test_the_caches_change_no_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear()
    cached = _analyses(TEXTS)
    for cache in _CACHES:  # every form and pair worked out each time it is met
        monkeypatch.setattr(icelandic, cache.__name__, cache.__wrapped__)
    uncached = _analyses(TEXTS)
    assert cached == uncached
    assert any(a.phrases for a in cached)


def test_what_was_analysed_before_changes_no_analysis() -> None:
    _clear()
    alone = [_analyses((text,))[0] for text in TEXTS]
    _clear()
    warm = _analyses(TEXTS[::-1])[::-1]  # each text after the others' forms and pairs
    assert warm == alone


def test_the_caches_are_bounded() -> None:
    _analyses(TEXTS)
    assert icelandic._place.cache_info().maxsize == icelandic.PLACES_KEPT
    assert icelandic._options.cache_info().maxsize == icelandic.PLACES_KEPT
    assert icelandic._links.cache_info().maxsize == icelandic.LINKS_KEPT
    for cache in _CACHES:
        info = cache.cache_info()
        assert info.maxsize is not None
        assert 0 < info.currsize <= info.maxsize


@pytest.mark.parametrize(
    "text",
    [
        "Mjúk sala er hönnuð til að forðast að reita viðskiptavini.",
        "Hann vill selja og kaupa, en hún getur það ekki.",
        "Sölumaðurinn mun ganga úr skugga um þarfir kaupandans.",
    ],
)
def test_the_tagger_chooses_a_best_scoring_reading_of_each_word(text: str) -> None:
    """Against every choice of readings, scored as the tagger scores a path: its words'
    likelihoods, how each follows the one before, and the clause states they pass."""
    import itertools

    import tokenizer

    tokens = icelandic._tokens(text)
    words = [t for t in tokens if t.kind == tokenizer.TOK.WORD]
    places: list[icelandic.Place] = [
        (t.text, i == 0, None if t.text.lower() != "að" else True) for i, t in enumerate(words)
    ]
    boundaries = [i == 0 or words[i - 1].end < words[i].start - 1 for i in range(len(words))]
    found = [icelandic._place(*p) for p in places]

    def score(path: tuple[int, ...]) -> float:
        extra, state = found[0].steps[False][path[0]][0]
        total = found[0].emission[path[0]] + extra
        for i in range(1, len(path)):
            coordinator = places[i - 1][0].lower() in icelandic._COORDINATORS
            link = icelandic._links(places[i - 1], places[i])[path[i - 1]][path[i]]
            extra, state = found[i].steps[coordinator][path[i]][0 if boundaries[i] else state]
            total = total + link + extra
        return total

    paths = itertools.product(*(range(len(f.readings)) for f in found))
    best = max(score(path) for path in paths)
    assert score(tuple(icelandic._tag(places, boundaries))) == best
