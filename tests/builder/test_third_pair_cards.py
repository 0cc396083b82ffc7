"""A third article pair, "Cross-Selling" in Turkish and Icelandic (*çapraz satış*,
*krosssala*, set against upselling, *yukarı satış*, *uppsala*: two compounds of one last part
in Icelandic), built beside the seeds and the hard-sell pair: every card listed by content as
a Turkish–Icelandic teacher read it.  Cloze cards are listed by their blanked sentence and
answer; definitions, techniques, facts and summaries by the first 40 characters of each side."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from builder_samples import DIRECTIONS, SEEDS

from flashcards.builder import pipeline
from flashcards.types import CardKind, CardSpec

DATA = Path(__file__).parent / "data"
CROSS_SELL = DATA / "cross_sell"

EXPECTED: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("cloze", "is>tr"): [
        ("Ana ürünle birlikte kullanılan ve ____ işine yarayacak ürünleri seçin.", "müşterinin"),
        (
            "Ancak ____ çok fazla ürün önermek onu rahatsız eder ve satışı tehlikeye atar.",
            "müşteriye",
        ),
        ("Müşterinin ____ neden aldığını öğrenin.", "ürünü"),
        ("Satış elemanı çapraz satışa ____ dinleyerek başlar.", "müşteriyi"),
        ("Uzun vadeli bir sözleşme imzalayan ____ ek hizmetler ücretsiz verilebilir.", "müşteriye"),
        ("____ birlikte alan müşteriye indirim sunun.", "İki ürünü"),
        ("____ birlikte kullanılan ve müşterinin işine yarayacak ürünleri seçin.", "Ana ürünle"),
        ("____ imzalayan müşteriye ek hizmetler ücretsiz verilebilir.", "Uzun vadeli bir sözleşme"),
        ("____ çapraz satışa müşteriyi dinleyerek başlar.", "Satış elemanı"),
        ("____ ürünü neden aldığını öğrenin.", "Müşterinin"),
        ("____, mevcut bir müşteriye ek ürün veya hizmet satma uygulamasıdır.", "Çapraz satış"),
        ("____, müşteri satın alma kararını verdikten sonra yapın.", "Öneriyi"),
        ("Çapraz satış, ____ ek ürün veya hizmet satma uygulamasıdır.", "mevcut bir müşteriye"),
        (
            "Çapraz satışta satıcı, ____ zaten satın aldığı ürünle ilgili başka bir ürün önerir.",
            "müşterinin",
        ),
        (
            "Çapraz satışta satıcı, müşterinin zaten satın aldığı ürünle ilgili ____ önerir.",
            "başka bir ürün",
        ),
        ("Öneriyi, ____ satın alma kararını verdikten sonra yapın.", "müşteri"),
        (
            "Örneğin, dizüstü bilgisayar alan bir ____ bir çanta ve bir fare önerilebilir.",
            "müşteriye",
        ),
        ("İki ürünü birlikte alan ____ indirim sunun.", "müşteriye"),
    ],
    ("cloze", "tr>is"): [
        ("Bjóddu ____ sem kaupir tvær vörur saman afslátt.", "viðskiptavini"),
        ("Bjóddu viðskiptavini sem kaupir ____ saman afslátt.", "tvær vörur"),
        (
            "Hins vegar truflar það ____ að fá of margar tillögur og það stofnar sölunni í hættu.",
            "viðskiptavininn",
        ),
        ("Komdu með ____ eftir að viðskiptavinurinn hefur ákveðið að kaupa.", "tillöguna"),
        ("Komdu með tillöguna eftir að ____ hefur ákveðið að kaupa.", "viðskiptavinurinn"),
        ("Komstu að því hvers vegna ____ keypti vöruna.", "viðskiptavinurinn"),
        ("Komstu að því hvers vegna viðskiptavinurinn keypti ____.", "vöruna"),
        (
            "Krosssala (e. cross-selling) er sú venja að selja ____ fleiri vörur eða þjónustu.",
            "núverandi viðskiptavini",
        ),
        (
            "Netverslanir gera þetta með ____ á borð við „Þeir sem keyptu þessa vöru keyptu líka þetta“.",
            "tillögum",
        ),
        ("Sölumaðurinn byrjar krosssöluna á því að hlusta á ____.", "viðskiptavininn"),
        ("Til dæmis má bjóða ____ sem kaupir fartölvu tösku og mús.", "viðskiptavini"),
        ("Veldu ____ sem eru notaðar með aðalvörunni og koma viðskiptavininum að gagni.", "vörur"),
        ("Veldu vörur sem eru notaðar með aðalvörunni og koma ____ að gagni.", "viðskiptavininum"),
        (
            "Viðskiptavinur sem skrifar undir ____ til langs tíma getur fengið viðbótarþjónustu án endurgjalds.",
            "samning",
        ),
        ("____ byrjar krosssöluna á því að hlusta á viðskiptavininn.", "Sölumaðurinn"),
        (
            "____ er sú venja að selja núverandi viðskiptavini fleiri vörur eða þjónustu.",
            "Krosssala",
        ),
        (
            "____ sem skrifar undir samning til langs tíma getur fengið viðbótarþjónustu án endurgjalds.",
            "Viðskiptavinur",
        ),
        (
            "Í krosssölu mælir seljandinn með ____ sem tengist vörunni sem viðskiptavinurinn hefur þegar keypt.",
            "annarri vöru",
        ),
        (
            "Í krosssölu mælir seljandinn með annarri vöru sem tengist vörunni sem ____ hefur þegar keypt.",
            "viðskiptavinurinn",
        ),
    ],
    ("contrast", "is>is"): [
        ("Bjóddu viðskiptavini sem kaupir tvær vörur saman afslátt.", "Krosssala"),
        (
            "Ef viðskiptavinurinn finnur að tillagan gagnast honum eykst traust hans á fyrirtækinu og tryggð viðskiptavina styrkist.",
            "Krosssala",
        ),
        ("Góð … byggist á því að skilja þarfir viðskiptavinarins.", "Krosssala"),
        (
            "Hins vegar truflar það viðskiptavininn að fá of margar tillögur og það stofnar sölunni í hættu.",
            "Krosssala",
        ),
        ("Komdu með tillöguna eftir að viðskiptavinurinn hefur ákveðið að kaupa.", "Krosssala"),
        ("Komstu að því hvers vegna viðskiptavinurinn keypti vöruna.", "Krosssala"),
        (
            "Netverslanir gera þetta með tillögum á borð við „Þeir sem keyptu þessa vöru keyptu líka þetta“.",
            "Krosssala",
        ),
        ("Sölumaðurinn byrjar … á því að hlusta á viðskiptavininn.", "Krosssala"),
        ("Til dæmis má bjóða viðskiptavini sem kaupir fartölvu tösku og mús.", "Krosssala"),
        (
            "Veldu vörur sem eru notaðar með aðalvörunni og koma viðskiptavininum að gagni.",
            "Krosssala",
        ),
        (
            "Viðskiptavinur sem skrifar undir samning til langs tíma getur fengið viðbótarþjónustu án endurgjalds.",
            "Krosssala",
        ),
        (
            "Í … mælir seljandinn með annarri vöru sem tengist vörunni sem viðskiptavinurinn hefur þegar keypt.",
            "Krosssala",
        ),
        (
            "… býður viðskiptavininum hins vegar aðra vöru sem passar við fyrstu vöruna.",
            "Krosssala",
        ),
        (
            "… er ein auðveldasta leiðin fyrir fyrirtæki til að auka tekjur sínar af núverandi viðskiptavinum.",
            "Krosssala",
        ),
        ("… er sú venja að selja núverandi viðskiptavini fleiri vörur eða þjónustu.", "Krosssala"),
        (
            "… felst í því að fá viðskiptavininn til að kaupa dýrari útgáfu af vörunni sem hann kaupir.",
            "Uppsala",
        ),
    ],
    ("contrast", "tr>tr"): [
        (
            "Ana ürünle birlikte kullanılan ve müşterinin işine yarayacak ürünleri seçin.",
            "Çapraz satış",
        ),
        (
            "Ancak müşteriye çok fazla ürün önermek onu rahatsız eder ve satışı tehlikeye atar.",
            "Çapraz satış",
        ),
        (
            "Müşteri, önerinin kendi işine yaradığını hissederse şirkete olan güveni artar ve müşteri sadakati güçlenir.",
            "Çapraz satış",
        ),
        ("Müşterinin ürünü neden aldığını öğrenin.", "Çapraz satış"),
        ("Satış elemanı … müşteriyi dinleyerek başlar.", "Çapraz satış"),
        (
            "Uzun vadeli bir sözleşme imzalayan müşteriye ek hizmetler ücretsiz verilebilir.",
            "Çapraz satış",
        ),
        (
            "Yeni bir müşteri kazanmak, mevcut bir müşteriyi elde tutmaktan çok daha pahalıdır.",
            "Çapraz satış",
        ),
        (
            'Çevrimiçi mağazalar bunu "Bu ürünü alanlar şunları da aldı" gibi önerilerle yapar.',
            "Çapraz satış",
        ),
        ("Öneriyi, müşteri satın alma kararını verdikten sonra yapın.", "Çapraz satış"),
        (
            "Örneğin, dizüstü bilgisayar alan bir müşteriye bir çanta ve bir fare önerilebilir.",
            "Çapraz satış",
        ),
        ("İki ürünü birlikte alan müşteriye indirim sunun.", "Çapraz satış"),
        ("İyi bir …, müşterinin ihtiyaçlarını anlamaya dayanır.", "Çapraz satış"),
        ("… ise müşteriye ilk ürünü tamamlayan farklı bir ürün sunar.", "Çapraz satış"),
        (
            "… satıcı, müşterinin zaten satın aldığı ürünle ilgili başka bir ürün önerir.",
            "Çapraz satış",
        ),
        ("…, mevcut bir müşteriye ek ürün veya hizmet satma uygulamasıdır.", "Çapraz satış"),
        (
            "…, müşteriyi satın aldığı ürünün daha pahalı bir sürümünü almaya ikna etmektir.",
            "Yukarı satış",
        ),
        (
            "…, şirketlerin mevcut müşterilerden elde ettikleri geliri artırmanın en kolay yollarından biridir.",
            "Çapraz satış",
        ),
    ],
    ("definition", "is>tr"): [
        ("Hvað er krosssala?", "Çapraz satış, mevcut bir müşteriye ek ür"),
        ("Hvað er uppsala?", "Yukarı satış, müşteriyi satın aldığı ürü"),
    ],
    ("definition", "tr>is"): [
        ("Yukarı satış nedir?", "Uppsala felst í því að fá viðskiptavinin"),
        ("Çapraz Satış Nedir?", "Krosssala (e. cross-selling) er sú venja"),
    ],
    ("fact", "is>tr"): [
        ("Ef viðskiptavinurinn finnur að tillagan ", "Müşteri, önerinin kendi işine yaradığını"),
        ("Góð krosssala byggist á því að skilja þa", "İyi bir çapraz satış, müşterinin ihtiyaç"),
        ("Krosssala er ein auðveldasta leiðin fyri", "Çapraz satış, şirketlerin mevcut müşteri"),
        ("Samkvæmt sumum rannsóknum eru líkurnar á", "Bazı araştırmalara göre, mevcut bir müşt"),
    ],
    ("fact", "tr>is"): [
        ("Bazı araştırmalara göre, mevcut bir müşt", "Samkvæmt sumum rannsóknum eru líkurnar á"),
        ("Müşteri, önerinin kendi işine yaradığını", "Ef viðskiptavinurinn finnur að tillagan "),
        ("Çapraz satış, şirketlerin mevcut müşteri", "Krosssala er ein auðveldasta leiðin fyri"),
        ("İyi bir çapraz satış, müşterinin ihtiyaç", "Góð krosssala byggist á því að skilja þa"),
    ],
    ("linked_term", "is>tr"): [
        ("tryggð viðskiptavina", "müşteri sadakati"),
    ],
    ("linked_term", "tr>is"): [
        ("müşteri sadakati", "tryggð viðskiptavina"),
    ],
    ("summary", "is>tr"): [
        ("Krosssala felst í því að selja núverandi", "Çapraz satış, mevcut bir müşteriye ilgil"),
        ("Of margar tillögur geta truflað viðskipt", "Çok fazla öneri müşteriyi rahatsız edebi"),
        ("Uppsala mælir með dýrari vöru en krosssa", "Yukarı satış daha pahalı bir ürün önerir"),
        ("Það er auðveldara og ódýrara að selja nú", "Mevcut bir müşteriye satış yapmak, yeni "),
    ],
    ("summary", "tr>is"): [
        ("Mevcut bir müşteriye satış yapmak, yeni ", "Það er auðveldara og ódýrara að selja nú"),
        ("Yukarı satış daha pahalı bir ürün önerir", "Uppsala mælir með dýrari vöru en krosssa"),
        ("Çapraz satış, mevcut bir müşteriye ilgil", "Krosssala felst í því að selja núverandi"),
        ("Çok fazla öneri müşteriyi rahatsız edebi", "Of margar tillögur geta truflað viðskipt"),
    ],
    ("technique", "is>tr"): [
        ("Bjóddu viðskiptavini sem kaupir tvær vör", "İki ürünü birlikte alan müşteriye indiri"),
        ("Hins vegar truflar það viðskiptavininn a", "Ancak müşteriye çok fazla ürün önermek o"),
        ("Komdu með tillöguna eftir að viðskiptavi", "Öneriyi, müşteri satın alma kararını ver"),
        ("Komstu að því hvers vegna viðskiptavinur", "Müşterinin ürünü neden aldığını öğrenin."),
        ("Netverslanir gera þetta með tillögum á b", 'Çevrimiçi mağazalar bunu "Bu ürünü alanl'),
        ("Sölumaðurinn byrjar krosssöluna á því að", "Satış elemanı çapraz satışa müşteriyi di"),
        ("Veldu vörur sem eru notaðar með aðalvöru", "Ana ürünle birlikte kullanılan ve müşter"),
        ("Viðskiptavinur sem skrifar undir samning", "Uzun vadeli bir sözleşme imzalayan müşte"),
    ],
    ("technique", "tr>is"): [
        ("Ana ürünle birlikte kullanılan ve müşter", "Veldu vörur sem eru notaðar með aðalvöru"),
        ("Ancak müşteriye çok fazla ürün önermek o", "Hins vegar truflar það viðskiptavininn a"),
        ("Müşterinin ürünü neden aldığını öğrenin.", "Komstu að því hvers vegna viðskiptavinur"),
        ("Satış elemanı çapraz satışa müşteriyi di", "Sölumaðurinn byrjar krosssöluna á því að"),
        ("Uzun vadeli bir sözleşme imzalayan müşte", "Viðskiptavinur sem skrifar undir samning"),
        ('Çevrimiçi mağazalar bunu "Bu ürünü alanl', "Netverslanir gera þetta með tillögum á b"),
        ("Öneriyi, müşteri satın alma kararını ver", "Komdu með tillöguna eftir að viðskiptavi"),
        ("İki ürünü birlikte alan müşteriye indiri", "Bjóddu viðskiptavini sem kaupir tvær vör"),
    ],
    ("term", "is>tr"): [
        ("Krosssala", "Çapraz satış"),
        ("Uppsala", "Yukarı satış"),
        ("afsláttur", "indirim"),
        ("fyrirtæki", "şirket"),
        ("núverandi viðskiptavinur", "mevcut müşteri"),
        ("samningur", "sözleşme"),
        ("seljandi", "satıcı"),
        ("sölumaður", "satış elemanı"),
        ("tillaga", "öneri"),
        ("vara", "ürün"),
        ("viðskiptavinur", "müşteri"),
        ("þjónusta", "hizmet"),
    ],
    ("term", "tr>is"): [
        ("Yukarı satış", "Uppsala"),
        ("hizmet", "þjónusta"),
        ("indirim", "afsláttur"),
        ("mevcut müşteri", "núverandi viðskiptavinur"),
        ("müşteri", "viðskiptavinur"),
        ("satıcı", "seljandi"),
        ("satış elemanı", "sölumaður"),
        ("sözleşme", "samningur"),
        ("Çapraz satış", "Krosssala"),
        ("öneri", "tillaga"),
        ("ürün", "vara"),
        ("şirket", "fyrirtæki"),
    ],
}


def _listed(card: CardSpec) -> tuple[str, str]:
    if card.kind is CardKind.CLOZE:
        return card.front.split("\n")[0], card.back
    if card.kind in (CardKind.TECHNIQUE, CardKind.FACT, CardKind.DEFINITION, CardKind.SUMMARY):
        return card.front[:40], card.back[:40]
    return card.front, card.back


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> pipeline.BuildPlan:
    folder = tmp_path_factory.mktemp("articles")
    sources = [*SEEDS.glob("*.txt"), *(DATA / "hard_sell").glob("*.md"), *CROSS_SELL.glob("*.md")]
    for source in sources:
        shutil.copy(source, folder / source.name)
    files, problems = pipeline.collect_files([folder])
    assert problems == []
    return pipeline.plan_build(files, "sales", DIRECTIONS)


@pytest.fixture(scope="module")
def cards(plan: pipeline.BuildPlan) -> list[CardSpec]:
    return [c for c in plan.cards if "3e90a1" in c.group_key or "5c2d84" in c.group_key]


def test_no_blank_joins_two_nouns_the_hint_names_apart(plan: pipeline.BuildPlan) -> None:
    # Hard sell: "Yaygın bir taktik, yalnızca alıcı sözleşmeyi aynı gün imzalarsa …" reads
    # "alıcı" as an adjective; the hint names *kaupandinn* and *samninginn* apart, and the
    # three pairs' vocabulary knows both (alıcı ↔ kaupandi, sözleşme ↔ samningur).
    blanked = {
        c.back
        for c in plan.cards
        if c.kind is CardKind.CLOZE and "aynı gün imzalarsa" in c.front.split("\n")[0]
    }
    assert blanked == {"indirim"}


def test_the_pair_makes_exactly_the_listed_kinds(cards: list[CardSpec]) -> None:
    made = {(c.kind.value, f"{c.source_lang}>{c.target_lang}") for c in cards}
    assert made == set(EXPECTED)


@pytest.mark.parametrize("kind_way", list(EXPECTED), ids=lambda k: f"{k[0]}-{k[1]}")
def test_the_cross_sell_pair_makes_the_cards_a_teacher_keeps(
    cards: list[CardSpec], kind_way: tuple[str, str]
) -> None:
    kind, way = kind_way
    source, target = way.split(">")
    made = sorted(
        _listed(c)
        for c in cards
        if c.kind.value == kind and (c.source_lang, c.target_lang) == (source, target)
    )
    assert made == sorted(EXPECTED[kind_way])


def test_an_explanation_goes_on_about_a_concept_only_right_after_naming_it(
    cards: list[CardSpec],
) -> None:
    # "Bazı araştırmalara göre …" / "Samkvæmt sumum rannsóknum …" come two sentences after
    # the concept was named: they are of customers at large, no statement to sort.
    for card in cards:
        if card.kind is CardKind.CONTRAST:
            assert not card.front.startswith(("Bazı araştırmalara", "Samkvæmt sumum")), card


def test_a_gloss_never_follows_a_blank(cards: list[CardSpec]) -> None:
    # "Krosssala (e. cross-selling) er …": the English gloss would give the answer away.
    for card in cards:
        if card.kind in (CardKind.CLOZE, CardKind.CONTRAST):
            line = card.front.split("\n")[0]
            assert "____ (e." not in line and "… (e." not in line, card.front


def test_the_headword_is_blanked_once_in_each_article(cards: list[CardSpec]) -> None:
    for answers in (("Krosssala", "krosssölu", "krosssöluna"), ("Çapraz satış", "çapraz satışa")):
        blanked = [c for c in cards if c.kind is CardKind.CLOZE and c.back in answers]
        assert len(blanked) == 1, blanked
