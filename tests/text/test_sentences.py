"""Splitting paragraphs into sentences, Turkish and Icelandic."""

from __future__ import annotations

import ast
import inspect
import random
import re
import textwrap

import pytest
import regex
import sentence_splitter
from sentence_splitter import SentenceSplitter

from flashcards.text import sentences
from flashcards.text.sentences import split_sentences

TR_PARAGRAPH = (
    "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir, bu nedenle tipik olarak "
    "olası alıcıyı sorgulamakla başlar. Satış elemanı, aldıkları cevaplara dayanarak alıcının "
    "ihtiyaçlarını belirleyecektir. Sadece potansiyel alıcı memnun kaldığında satış "
    "tamamlanacaktır."
)
IS_PARAGRAPH = (
    "Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún á því að spyrja "
    "væntanlega kaupanda. Sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá "
    "svörunum sem þeir fá. Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið."
)


def test_turkish_paragraph() -> None:
    assert split_sentences(TR_PARAGRAPH, "tr") == [
        "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir, bu nedenle tipik "
        "olarak olası alıcıyı sorgulamakla başlar.",
        "Satış elemanı, aldıkları cevaplara dayanarak alıcının ihtiyaçlarını belirleyecektir.",
        "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır.",
    ]


def test_icelandic_paragraph() -> None:
    assert split_sentences(IS_PARAGRAPH, "is") == [
        "Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún á því að spyrja "
        "væntanlega kaupanda.",
        "Sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá svörunum sem þeir fá.",
        "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Bir cümle. İkinci cümle burada! Üçüncü mü? Evet öyle.",
            "tr",
            ["Bir cümle.", "İkinci cümle burada!", "Üçüncü mü?", "Evet öyle."],
        ),
        (
            "Ísland er land. Þar býr fólk. Ég veit það? Já, örugglega.",
            "is",
            ["Ísland er land.", "Þar býr fólk.", "Ég veit það?", "Já, örugglega."],
        ),
        (
            "Satış tamamlandı. Öğleden sonra devam etti. Çok iyi oldu.",
            "tr",
            ["Satış tamamlandı.", "Öğleden sonra devam etti.", "Çok iyi oldu."],
        ),
        (
            "Fiyat 3.5 milyon lira oldu. Satış arttı.",
            "tr",
            ["Fiyat 3.5 milyon lira oldu.", "Satış arttı."],
        ),
    ],
)
def test_sentence_ends_and_capitals(text: str, lang: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Bu iyi bir fikir. Dr. Ahmet Yılmaz bunu önerir. O bilir.",
            "tr",
            ["Bu iyi bir fikir.", "Dr. Ahmet Yılmaz bunu önerir.", "O bilir."],
        ),
        (
            "Prof. Dr. Ayşe Demir bu konuyu inceledi. Sonuçlar yayımlandı.",
            "tr",
            ["Prof. Dr. Ayşe Demir bu konuyu inceledi.", "Sonuçlar yayımlandı."],
        ),
        (
            "Kitap, defter vb. ürünler satılır. Sonra iş biter.",
            "tr",
            ["Kitap, defter vb. ürünler satılır.", "Sonra iş biter."],
        ),
        (
            "Þetta er góð hugmynd. Dr. Jón Jónsson mælir með henni. Hann veit það.",
            "is",
            ["Þetta er góð hugmynd.", "Dr. Jón Jónsson mælir með henni.", "Hann veit það."],
        ),
        (
            "Þetta er góð hugmynd. Þessu lýsti dr. Jón Jónsson vel. Hann veit það.",
            "is",
            ["Þetta er góð hugmynd.", "Þessu lýsti dr. Jón Jónsson vel.", "Hann veit það."],
        ),
        (
            "Sölumaður getur t.d. spurt kaupandann. Hann hlustar síðan.",
            "is",
            ["Sölumaður getur t.d. spurt kaupandann.", "Hann hlustar síðan."],
        ),
    ],
    ids=["tr-Dr", "tr-Prof-Dr", "tr-vb", "is-Dr", "is-dr", "is-t.d."],
)
def test_abbreviations_do_not_end_sentences(text: str, lang: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_dangling_last_word_is_joined_to_the_sentence_before() -> None:
    text = "Bir çevrimiçi perakendeci, bir e-posta göndererek fark etmesidir. Yanıtlar."
    assert split_sentences(text, "tr") == [
        "Bir çevrimiçi perakendeci, bir e-posta göndererek fark etmesidir. Yanıtlar."
    ]


def test_dangling_word_after_several_sentences() -> None:
    text = "Satış tamamlandı. Müşteri memnun kaldı ve geri döndü. Yanıtlar."
    assert split_sentences(text, "tr") == [
        "Satış tamamlandı.",
        "Müşteri memnun kaldı ve geri döndü. Yanıtlar.",
    ]


def test_a_lone_word_is_kept_when_it_is_all_there_is() -> None:
    assert split_sentences("Yanıtlar.", "tr") == ["Yanıtlar."]


@pytest.mark.parametrize("word", ["á", "í"])
def test_icelandic_sentence_ending_in_a_preposition_splits_before_a_capital(word: str) -> None:
    text = (
        "Sölumaður gæti notað meira samtalsaðferð til að leyfa hugsanlegum viðskiptavinum að "
        f"slaka {word}. Mjúk salan krefst ákveðinnar orku af hálfu sölumannsins."
    )
    assert split_sentences(text, "is") == [
        "Sölumaður gæti notað meira samtalsaðferð til að leyfa hugsanlegum viðskiptavinum að "
        f"slaka {word}.",
        "Mjúk salan krefst ákveðinnar orku af hálfu sölumannsins.",
    ]


def test_icelandic_sentence_ending_in_a_before_accented_capital() -> None:
    text = "Hann kveikti á. Þá fór allt af stað. Ólafur brosti."
    assert split_sentences(text, "is") == [
        "Hann kveikti á.",
        "Þá fór allt af stað.",
        "Ólafur brosti.",
    ]


def test_icelandic_a_followed_by_lower_case_does_not_split() -> None:
    assert split_sentences("Hann sat á. bekknum lengi.", "is") == ["Hann sat á. bekknum lengi."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text, "tr") == []


def test_unknown_language_still_splits() -> None:
    assert split_sentences("Première phrase ici. Deuxième phrase là.", "xx") == [
        "Première phrase ici.",
        "Deuxième phrase là.",
    ]


def test_the_splitter_looks_for_full_stops_with_the_pattern_skipped_on_other_words() -> None:
    # The shortcut of `sentences.WORD_END` is alive only while the splitter uses it.
    source = ast.parse(textwrap.dedent(inspect.getsource(SentenceSplitter.split)))
    patterns = {n.value for n in ast.walk(source) if isinstance(n, ast.Constant)}
    assert sentences.WORD_END in patterns
    # And the patterns the splitter's own loop (`sentences._Splitter`) is written with.
    own = (*sentences._BREAKS, sentences.ACRONYM, sentences.STARTER, sentences.DIGITS)
    assert set(own) <= patterns
    for start in sentences._NEEDS:
        assert sum(1 for p in patterns if isinstance(p, str) and p.startswith(start)) == 1


def test_the_splitter_splits_as_with_the_regex_module_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Words and the marks the splitter's rules look at: full stops (several, inside a word),
    # ?!, quotes, brackets, abbreviations, capitals, digits, runs of spaces, line breaks.
    pieces = ["sala", "Mjúk", "Dr.", "t.d.", "A.B.", "3.", "1995", "vs.", "e.", "á.", "Hvað?"]
    pieces += ["lokið.", "lokið..", "lokið...", "satış!", "“Evet.”", "(bu.)", "«Já.»", "'Já.'"]
    pieces += ["ı", "İ", "-", ".", "!", "?", "\n", " ", "  ", "\u00a0", "lokið.\n", "Dr.\n", "e.\n"]
    pieces += ["No.", "Art.", "pp.", "no.", "5", "12.", "(5)"]  # numeric-only prefixes (English)
    rng = random.Random(14)
    texts = [" ".join(rng.choices(pieces, k=rng.randint(1, 30))) for _ in range(3_000)] + [
        TR_PARAGRAPH,
        IS_PARAGRAPH,
    ]
    languages = ("is", "tr", "en")
    ours = [sentences._Splitter(language=lang) for lang in languages]
    splitters = [SentenceSplitter(language=lang) for lang in languages]
    own = [[s.split(text) for s in ours] for text in texts]
    shimmed = [[s.split(text) for s in splitters] for text in texts]
    monkeypatch.setattr(sentence_splitter, "regex", regex)
    plain = [[s.split(text) for s in splitters] for text in texts]
    assert shimmed == plain
    assert own == plain


def test_paragraphs_differing_only_in_digits_split_as_each_on_its_own() -> None:
    # Digits in every place the splitter's rules look at: before a full stop (ordinals,
    # "8vo."), opening a sentence, inside words, in brackets, after "no." (numeric-only).
    pieces = ["sala", "Mjúk", "Dr.", "t.d.", "3.", "1995", "1995.", "8vo.", "12.", "(5).", "5"]
    pieces += ["lokið.", "Hvað?", "satış!", "“Evet.”", "No.", "no.", "A4", "x2.", "2x", "0"]
    pieces += ["865360", "865360.", "\n", "  ", "\u00a0", "e.", "á.", "İ", "31.", "07"]
    rng = random.Random(15)
    texts = [" ".join(rng.choices(pieces, k=rng.randint(1, 30))) for _ in range(2_000)]
    # The same paragraphs with other digits, split after them (the cache holds the first).
    other = [re.sub("[0-9]", lambda _: rng.choice("0123456789"), text) for text in texts]
    for lang in ("is", "tr", "en"):
        for text in [*texts, *other]:
            assert split_sentences(text, lang) == sentences._split_now(text, lang), text
