"""Splitting paragraphs into sentences, Turkish and Icelandic."""

from __future__ import annotations

import pytest

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
