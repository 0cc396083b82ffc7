"""Time deck builds over generated Turkish/Icelandic article pairs: full build and rebuilds."""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import os
import pstats
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from report import machine, sizes, table  # bench/report.py

if TYPE_CHECKING:
    from flashcards.services.build import BuildReport

#: Fixed seed: the same sizes always generate the same articles.
SEED = 20_240_611
DEFAULT_SIZES = (100, 1_000, 5_000)
#: Share of the files edited (one sentence each) before the third build.
EDIT_SHARE = 0.01
#: Goals: a deck of this many pairs builds from scratch in under FULL_GOAL_S seconds, and
#: rebuilds with nothing changed in under NO_CHANGE_GOAL_S seconds.
GOAL_PAIRS = 5_000
FULL_GOAL_S = 20.0
NO_CHANGE_GOAL_S = 2.0

# Sentences of the seed articles (decks/sales), as (Turkish, Icelandic) translations.
# Placeholders: {tr}/{is_} the term of the article, {link} and {vs_link} link targets unique
# to the pair, {count} a number unique to the pair, {year} a number shared by many pairs.
Pair = tuple[str, str]

TERMS: tuple[Pair, ...] = (
    ("Yumuşak Satış", "Mjúk sala"),
    ("Sert Satış", "Harðsala"),
    ("Tekrar Satış", "Endurtekin sala"),
    ("E-ticaret", "Rafræn viðskipti"),
    ("Tüketici Teorisi", "Neytendakenning"),
    ("Satış Reklamcılığı", "Söluauglýsingar"),
    ("Çevrimiçi Perakende", "Netverslun"),
    ("Danışmanlık Satışı", "Ráðgefandi sala"),
    ("Alışveriş Sepeti", "Innkaupakarfa"),
    ("İkna Edici Satış", "Sannfærandi sala"),
    ("Düşük Basınçlı Satış", "Lágþrýstingssala"),
    ("Yüksek Basınçlı Satış", "Háþrýstisala"),
    ("Satış Görevlisi", "Sölumaður"),
    ("Potansiyel Müşteri", "Hugsanlegur viðskiptavinur"),
    ("Satış Uzmanı", "Sölusérfræðingur"),
    ("Satış Yaklaşımı", "Sölunálgun"),
)

KEYWORDS = ("Business", "Marketing Essentials", "Sales", "Marketing", "E-commerce", "Consumers")

HEADINGS: dict[str, Pair] = {
    "definition": ("{tr} Nedir?", "Hvað er {is_lower}?"),
    "explanation": ("{tr} Kavramını Anlama", "Skilningur á {is_lower}"),
    "comparison": ("{tr} ve {other_tr}", "{is_} vs. {other_is_lower}"),
    "techniques": ("{tr} Teknikleri", "{is_}: sölutækni"),
}

DEFINITION_FIRST: Pair = (
    "{tr}, ince bir dil ve agresif olmayan bir teknik içeren bir reklam ve satış yaklaşımını "
    "ifade eder.",
    "{is_} vísar til auglýsinga- og sölunálgunar sem býður upp á fíngert orðalag og ekki "
    "árásargjarn tækni.",
)
DEFINITION_MIDDLE: Pair = (
    "Yumuşak bir satış, potansiyel müşterileri kızdırmaktan ve onları uzaklaştırmaktan "
    "kaçınmak için tasarlanmıştır.",
    "Mjúk sala er hönnuð til að forðast að reita hugsanlega viðskiptavini til reiði og ýta "
    "þeim í burtu.",
)
DEFINITION_LINKED: Pair = (
    "Yumuşak satış, düşük basınçlı, ikna edici ve ince bir satış tekniği olduğundan, bir ürün "
    "ilk kez sunulduğunda satışla sonuçlanmayabilir, ancak [tekrar satışları teşvik etmeye "
    "yardımcı olur]({link}).",
    "Vegna þess að mjúk sala er lágþrýstings, sannfærandi og fíngerð sölutækni, getur það ekki "
    "leitt til sölu í fyrsta skipti sem vara er kynnt en hjálpar til við að hvetja til "
    "[endurtekinnar sölu]({link}).",
)
EXPLANATION: tuple[Pair, ...] = (
    (
        "Yumuşak satış tekniği kullanmak, satış elemanının pasif olduğu anlamına gelmez; daha "
        "ziyade, bu teknik, bir ürünü saldırgan olarak çıkmadan itmek için tasarlanmıştır.",
        "Að nota mjúka sölutækni þýðir ekki að sölumaður sé óvirkur; frekar, þessi tækni er "
        "hönnuð til að ýta vöru án þess að koma út eins ýtinn.",
    ),
    (
        "Bir satış görevlisi, potansiyel müşterinin rahatlamasına izin vermek için daha fazla "
        "konuşma yaklaşımı kullanabilir.",
        "Sölumaður gæti notað meira samtalsaðferð til að leyfa hugsanlegum viðskiptavinum að "
        "slaka á.",
    ),
    (
        "Yumuşak satış, müşterinin dikkatini dostane bir şekilde sürdürmesi gerektiğinden, satış "
        "elemanı adına belirli bir miktarda enerji gerektirir.",
        "Mjúk salan krefst ákveðinnar orku af hálfu sölumannsins þar sem hann þarf að viðhalda "
        "athygli viðskiptavinarins á vinsamlegan hátt.",
    ),
    (
        "Yumuşak satış, bir fikrin, mesajın veya istenen sonucun iletişiminin tekrarlanmasıyla "
        "kolaylaştırılır.",
        "Mjúk sala er auðvelduð með því að endurtaka hugmynd, skilaboð eða miðla tilætluðum "
        "niðurstöðum.",
    ),
    (
        "Bu tür taktikler daha ikna edici olma eğilimindedir ve olası alıcıları kapatma "
        "olasılığı daha düşüktür.",
        "Slíkar aðferðir hafa tilhneigingu til að vera sannfærandi og ólíklegri til að slökkva "
        "á væntanlegum kaupendum.",
    ),
)
EXPLANATION_EMOTION: tuple[Pair, ...] = (
    (
        "Yumuşak satış reklamcılığı, bir ürünün veya hizmetin faydalarını vurgulama "
        "eğilimindedir ve mizah kullanarak veya sıcak ve dostça fikirlere başvurarak "
        "tüketicinin duygularına hitap eder.",
        "Mjúkar söluauglýsingar hafa tilhneigingu til að leggja áherslu á kosti vöru eða "
        "þjónustu og höfða til tilfinninga neytandans með því að nota húmor eða kalla fram "
        "hlýjar og vingjarnlegar hugmyndir.",
    ),
    (
        "Bunun mantığı, bir şey satın alma kararının tüketicinin duygularına bağlı olmasıdır.",
        "Rökin eru sú að ákvörðun um að kaupa eitthvað veltur á tilfinningum neytandans.",
    ),
)
COMPARISON_LINKED: Pair = (
    "Zor satışı daha iyi anlamak için , özellikle doğrudan ve ısrarlı bir dil içeren [zor "
    "satışı düşünmek faydalı olacaktır.]({vs_link})",
    "Til að skilja betur erfiðu söluna er gagnlegt að íhuga [harða söluna]({vs_link}),. sem "
    "inniheldur sérstaklega beint og áleitið tungumál.",
)
COMPARISON_CONSUMER: Pair = (
    "Sert satış, bir [tüketicinin](/consumer-theory) seçeneklerini değerlendirmek ve "
    "potansiyel olarak satın almayı beklemeye karar vermek yerine kısa vadede bir mal veya "
    "hizmeti satın almasını sağlamak için tasarlanmıştır.",
    "Harðsala er hönnuð til að fá [neytanda](/consumer-theory) til að kaupa vöru eða "
    "þjónustu til skamms tíma, frekar en að meta möguleika þeirra og hugsanlega ákveða að bíða "
    "með kaupin.",
)
COMPARISON_LAST: tuple[Pair, ...] = (
    (
        "Bazı satış uzmanlarına göre gözden düşmüş, yüksek basınçlı, agresif bir teknik olarak "
        "kabul ediliyor.",
        "Það er álitin háþrýsti, árásargjarn tækni sem hefur fallið úr vegi samkvæmt sumum "
        "sölusérfræðingum.",
    ),
    (
        "Bazı satış uzmanlarına göre {year} yılından bu yana gözden düşmüş, yüksek basınçlı, "
        "agresif bir teknik olarak kabul ediliyor.",
        "Það er álitin háþrýsti, árásargjarn tækni sem hefur fallið úr vegi samkvæmt sumum "
        "sölusérfræðingum síðan {year}.",
    ),
)
TECHNIQUES: tuple[Pair, ...] = (
    (
        "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir, bu nedenle tipik olarak "
        "olası alıcıyı sorgulamakla başlar.",
        "Mjúk salan er ráðgefandi en harðsala, svo venjulega byrjar hún á því að spyrja "
        "væntanlega kaupanda.",
    ),
    (
        "Satış elemanı, aldıkları cevaplara dayanarak alıcının ihtiyaçlarını belirleyecektir.",
        "Sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá svörunum sem þeir fá.",
    ),
    (
        "Daha sonra, hangi ürün veya hizmetin ihtiyaçlarını en iyi şekilde karşılayacağı "
        "konusunda alıcıya yararlı ve uygun bir tavsiyede bulunabilecekler.",
        "Þeir munu þá geta komið með gagnleg og viðeigandi tilmæli til kaupanda um hvaða vara "
        "eða þjónusta mun best mæta þörfum hans.",
    ),
    (
        "Yumuşak satış yapan satış görevlileri, alıcıların endişeleri ortaya çıktığında onları "
        "eğitmek ve yatıştırmak için zaman ayıracaktır.",
        "Mjúkir sölumenn munu taka sér tíma til að fræða og draga úr áhyggjum kaupenda þegar "
        "þær koma upp.",
    ),
    (
        "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır.",
        "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
    ),
)
#: What the first definition sentence becomes in the edit round (it is the definition card's
#: answer, so the edit changes cards).
DEFINITION_EDITED: Pair = (
    "{tr}, düşük basınçlı, ikna edici ve ince bir satış yaklaşımını ifade eder.",
    "{is_} vísar til sölunálgunar sem er lágþrýstings, sannfærandi og fíngerð.",
)
TECHNIQUES_EXAMPLE: Pair = (
    "[E-ticarette](/ecommerce), yumuşak satışa bir örnek, bir çevrimiçi perakendecinin, bir "
    "çevrimiçi alışverişçinin, içinde {count} öğe bulunan bir alışveriş sepetini terk ettiğini, "
    "alışverişçiye bir sorunla karşılaşıp karşılaşmadığını veya tavsiyeye ihtiyaç duyup "
    "duymadığını sormak için bir e-posta göndererek fark etmesidir.",
    "Í [rafrænum viðskiptum](/ecommerce) er dæmi um mjúka sölu þegar netsali finnur þegar "
    "netkaupandi hefur yfirgefið innkaupakörfu með {count} hlutum í með því að senda tölvupóst "
    "til kaupandans til að spyrja hvort hann hafi lent í vandræðum eða hvort hann þurfi "
    "ráðleggingar eða svör.",
)


# Sentences of their own for each pair (a real deck repeats words, rarely sentences): who did
# what, when, drawn from these pools in both languages alike.  "{subject} {time} {adjective}
# bir {thing} {verb}." / "{subject} {verb} {adjective} {thing} {time}."
SUBJECTS: tuple[Pair, ...] = (
    ("Müşteri", "Viðskiptavinurinn"),
    ("Satıcı", "Seljandinn"),
    ("Yönetici", "Stjórnandinn"),
    ("Şirket", "Fyrirtækið"),
    ("Mağaza", "Verslunin"),
    ("Ekip", "Teymið"),
    ("Temsilci", "Fulltrúinn"),
    ("Danışman", "Ráðgjafinn"),
    ("Marka", "Vörumerkið"),
    ("Tedarikçi", "Birgirinn"),
    ("Bayi", "Söluaðilinn"),
    ("Uzman", "Sérfræðingurinn"),
    ("Müdür", "Forstjórinn"),
    ("Ortak", "Samstarfsaðilinn"),
)
TIMES: tuple[Pair, ...] = (
    ("geçen hafta", "í síðustu viku"),
    ("dün", "í gær"),
    ("bu sabah", "í morgun"),
    ("geçen ay", "í síðasta mánuði"),
    ("sonunda", "að lokum"),
    ("hemen", "strax"),
    ("yine", "aftur"),
    ("bugün", "í dag"),
    ("geçen yıl", "í fyrra"),
    ("akşam", "í kvöld"),
)
ADJECTIVES: tuple[Pair, ...] = (
    ("yeni", "nýjan"),
    ("küçük", "lítinn"),
    ("büyük", "stóran"),
    ("yerel", "staðbundinn"),
    ("dikkatli", "vandaðan"),
    ("ayrıntılı", "ítarlegan"),
    ("kısa", "stuttan"),
    ("uzun", "langan"),
    ("basit", "einfaldan"),
    ("güvenilir", "áreiðanlegan"),
    ("ucuz", "ódýran"),
    ("pahalı", "dýran"),
    ("özel", "sérstakan"),
    ("ortak", "sameiginlegan"),
)
THINGS: tuple[Pair, ...] = (
    ("teklif", "tilboð"),
    ("sözleşme", "samning"),
    ("katalog", "vörulista"),
    ("rapor", "skýrslu"),
    ("kampanya", "herferð"),
    ("indirim", "afslátt"),
    ("sunum", "kynningu"),
    ("anket", "könnun"),
    ("broşür", "bækling"),
    ("plan", "áætlun"),
    ("fiyat listesi", "verðlista"),
    ("örnek", "sýnishorn"),
    ("bütçe", "fjárhagsáætlun"),
    ("sipariş", "pöntun"),
)
VERBS: tuple[Pair, ...] = (
    ("hazırladı", "undirbjó"),
    ("gönderdi", "sendi"),
    ("inceledi", "skoðaði"),
    ("sundu", "kynnti"),
    ("onayladı", "samþykkti"),
    ("istedi", "bað um"),
    ("paylaştı", "deildi"),
    ("değiştirdi", "breytti"),
    ("tamamladı", "kláraði"),
    ("reddetti", "hafnaði"),
    ("yayınladı", "birti"),
    ("açıkladı", "útskýrði"),
    ("imzaladı", "undirritaði"),
    ("düzeltti", "lagfærði"),
)


def _own_sentence(rng: random.Random) -> Pair:
    """A sentence of the pair's own, the same in both languages."""
    who, when, how, what, did = (
        rng.choice(pool) for pool in (SUBJECTS, TIMES, ADJECTIVES, THINGS, VERBS)
    )
    return (
        f"{who[0]} {when[0]} {how[0]} bir {what[0]} {did[0]}.",
        f"{who[1]} {did[1]} {how[1]} {what[1]} {when[1]}.",
    )


@dataclass(frozen=True)
class Edit:
    """One sentence of one generated file (its last occurrence) and what it becomes."""

    pair: int
    path: Path
    old: str
    new: str


@dataclass
class BuildFigures:
    """What one timed build took and reported."""

    seconds: float
    files: int
    groups: int
    cards: int
    parsed: int
    new: int
    updated: int
    unchanged: int
    retired: int
    inputs_unchanged: bool
    problems: int
    problem_samples: list[str] = field(default_factory=list)
    cpu_s: float = 0.0  # CPU time of the build's own process (not its workers')
    #: From the start of its writing phase (the write transaction) to its end (the parse
    #: cache's writes after it included), and its own process's CPU in that time.
    writing_s: float = 0.0
    writing_cpu_s: float = 0.0


@dataclass
class SizeResult:
    """All measurements for one number of article pairs."""

    pairs: int
    generate_s: float
    open_db_s: float
    edited_files: int
    full: BuildFigures
    no_change: BuildFigures | None  # None: --full-only
    edited: BuildFigures | None
    peak_mib: float
    workers_peak_mib: float
    true_pairs_full: int  # pairs whose two files, and only they, share a group after the build
    true_pairs_edited: int
    profiled: bool  # the full build ran under cProfile: its time is inflated

    @property
    def builds(self) -> list[tuple[str, BuildFigures]]:
        named = (("full build", self.full), ("no-change", self.no_change), ("1%-edit", self.edited))
        return [(label, b) for label, b in named if b is not None]

    @property
    def groups_ok(self) -> bool:
        counts = all(b.groups == self.pairs for _, b in self.builds)
        edited = self.true_pairs_edited if self.edited is not None else self.pairs
        return counts and self.true_pairs_full == edited == self.pairs


# --- generating articles -------------------------------------------------------------------


def _yaml_scalar(text: str) -> str:
    plain = not any(ch in text for ch in ":#{}[]&*!|>'\"%@`") and not text[:1].isspace()
    return text if plain else json.dumps(text, ensure_ascii=False)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _article_text(title: str, description: str, keywords: str, body: str) -> str:
    front = (
        f"---\nkeywords: {_yaml_scalar(keywords)}\ntitle: {_yaml_scalar(title)}\n"
        f"description: {_yaml_scalar(description)}\n---\n\n"
    )
    return f"{front}# {title}\n{body}"


def _pair_articles(
    rng: random.Random, pid: int, count: int
) -> tuple[list[str], list[tuple[str, str]]]:
    """The Turkish and Icelandic text of pair `pid`, and per language the sentence edit.

    The edit rewrites the first sentence of the definition section (not the description in
    the front matter, which repeats it): the answer of the pair's definition cards.
    """
    term, other = rng.sample(TERMS, 2)
    # One set of values for both languages: each language's sentences pick their own keys.
    values = {
        "tr": term[0],
        "is_": term[1],
        "is_lower": _lower_first(term[1]),
        "other_tr": other[0],
        "other_is_lower": _lower_first(other[1]),
        "link": f"/topic-{pid}",
        "vs_link": f"/compare-{pid}",
        "count": str(count),
        "year": str(rng.randint(1990, 2023)),
    }
    keywords = ",".join(rng.sample(KEYWORDS, rng.randint(2, 3)))

    # The same choices for both languages, so the two files translate each other.
    definition = [DEFINITION_FIRST]
    if rng.random() < 0.6:
        definition.append(DEFINITION_MIDDLE)
    definition.append(DEFINITION_LINKED)
    chosen = sorted(rng.sample(range(len(EXPLANATION)), rng.randint(3, 4)))
    explanation = [[EXPLANATION[i] for i in chosen] + [_own_sentence(rng) for _ in range(2)]]
    if rng.random() < 0.7:
        k = rng.choice([[0, 1], [0], [1]])
        explanation.append([EXPLANATION_EMOTION[i] for i in k])
    comparison = [COMPARISON_LINKED]
    if rng.random() < 0.7:
        comparison.append(COMPARISON_CONSUMER)
    comparison.append(rng.choice(COMPARISON_LAST))
    steps = [TECHNIQUES[i] for i in sorted(rng.sample(range(len(TECHNIQUES)), rng.randint(3, 5)))]
    steps += [_own_sentence(rng) for _ in range(rng.randint(1, 2))]
    techniques = [steps, [TECHNIQUES_EXAMPLE]]
    texts: list[str] = []
    swaps: list[tuple[str, str]] = []
    for lang in (0, 1):

        def para(sentences: list[Pair], lang: int = lang) -> str:
            return " ".join(s[lang].format(**values) for s in sentences)

        def heading(role: str, lang: int = lang) -> str:
            return HEADINGS[role][lang].format(**values)

        body = "\n".join(
            [
                f"## {heading('definition')}\n\n{para(definition)}\n",
                f"## {heading('explanation')}\n",
                *(f"{para(p)}\n" for p in explanation),
                f"## {heading('comparison')}\n\n{para(comparison)}\n",
                f"## {heading('techniques')}\n",
                *(f"{para(p)}\n" for p in techniques),
            ]
        )
        description = DEFINITION_FIRST[lang].format(**values)
        texts.append(_article_text(term[lang], description, keywords, body))
        swaps.append((description, DEFINITION_EDITED[lang].format(**values)))
    return texts, swaps


def generate(folder: Path, pairs: int, seed: int) -> list[Edit]:
    """Write `pairs` translation pairs into `folder`; returns the possible one-sentence edits."""
    rng = random.Random(seed * 1_000_003 + pairs)
    folder.mkdir(parents=True, exist_ok=True)
    counts = rng.sample(range(100_000, 1_000_000), pairs)
    order = list(range(2 * pairs))
    rng.shuffle(order)  # the two files of a pair do not sit next to each other
    names: set[str] = set()
    edits: list[Edit] = []
    for pid in range(pairs):
        texts, swaps = _pair_articles(rng, pid, counts[pid])
        for lang, (text, (old, new)) in enumerate(zip(texts, swaps, strict=True)):
            name = ""
            while not name or name in names:
                name = f"{order[2 * pid + lang]:05d}_{rng.getrandbits(64):016x}.txt"
            names.add(name)
            path = folder / name
            path.write_bytes(text.encode("utf-8"))
            edits.append(Edit(pid, path, old, new))
    return edits


def apply_edits(edits: list[Edit], share: float, seed: int) -> int:
    """Swap one sentence in `share` of the files (at least one); returns how many changed."""
    rng = random.Random(seed)
    chosen = rng.sample(edits, max(1, math.ceil(len(edits) * share)))
    for edit in chosen:
        text = edit.path.read_text("utf-8")
        head, found, tail = text.rpartition(edit.old)  # the body's, not the front matter's
        if not found:
            raise RuntimeError(f"{edit.path}: the sentence to edit is not in the file")
        changed = head + edit.new + tail
        edit.path.write_bytes(changed.encode("utf-8"))
    return len(chosen)


# --- measuring -----------------------------------------------------------------------------


def _mib(maxrss: int) -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def _figures(report: BuildReport, seconds: float, cpu_s: float) -> BuildFigures:
    messages = Counter(p.message for p in report.problems)
    samples = [f"{p.path}: {p.message}" for p in report.problems[:5]]
    if len(messages) > 1:
        samples.append(
            "distinct messages: " + "; ".join(f"{n}x {m}" for m, n in messages.most_common(3))
        )
    return BuildFigures(
        seconds=seconds,
        files=report.files,
        groups=report.groups,
        cards=report.cards,
        parsed=report.parsed,
        new=report.new,
        updated=report.updated,
        unchanged=report.unchanged,
        retired=report.retired,
        inputs_unchanged=report.inputs_unchanged,
        problems=len(report.problems),
        problem_samples=samples,
        cpu_s=cpu_s,
    )


def _descendants_rss_mib(root: int) -> float:
    """The resident memory of every process below `root` together (Linux /proc; the parse
    workers are children of multiprocessing's forkserver, which is a child of the build)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total_kib = 0
    todo = list(children.get(root, []))
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/status", "rb") as status:
                for line in status:
                    if line.startswith(b"VmRSS:"):
                        total_kib += int(line.split()[1])
        except OSError:
            continue
    return total_kib / 1024


class WorkersPeak:
    """The most memory the build's descendant processes held together, sampled every
    0.2 s on a thread while a build runs (0 where /proc is not there)."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> WorkersPeak:
        self._stop = threading.Event()
        if os.path.isdir("/proc/self"):
            self._thread = threading.Thread(target=self._watch, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _watch(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, _descendants_rss_mib(me))


def true_pairs(db_path: Path, edits: list[Edit]) -> int:
    """How many generated pairs the store groups together, with nothing else in their group."""
    pair_of = {edit.path.name: edit.pair for edit in edits}
    members: dict[str, list[int]] = {}
    with closing(sqlite3.connect(db_path)) as connection:
        for path, key in connection.execute("SELECT path, group_key FROM articles"):
            members.setdefault(key, []).append(pair_of.get(Path(path).name, -1))
    return sum(1 for pids in members.values() if len(pids) == 2 and pids[0] == pids[1] != -1)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_size(
    pairs: int, keep: Path | None, profile: bool, serial: bool, full_only: bool = False
) -> SizeResult:
    """Generate `pairs` pairs and time a full build, a no-change and a 1%-edit rebuild
    (with `full_only`, the full build alone)."""
    from flashcards.builder import deck, pipeline
    from flashcards.progress import Phase
    from flashcards.services.build import build
    from flashcards.store.database import Database

    if serial:
        pipeline.PARALLEL_FROM = sys.maxsize  # parse in this process, where cProfile sees it
        deck.PARALLEL_GROUPS = sys.maxsize  # and make the cards here too
    if keep is not None:
        root = keep / f"pairs-{pairs}"
        shutil.rmtree(root / "articles", ignore_errors=True)
        for old in root.glob("bench.sqlite*"):
            old.unlink()
    else:
        root = Path(tempfile.mkdtemp(prefix=f"flashcards-bench-{pairs}-"))
    folder, db_path = root / "articles", root / "bench.sqlite"
    try:
        start = time.perf_counter()
        edits = generate(folder, pairs, SEED)
        generate_s = time.perf_counter() - start
        _log(f"[{pairs} pairs] generated {len(edits)} files in {generate_s:.2f} s under {folder}")

        start = time.perf_counter()
        db = Database(db_path)
        open_db_s = time.perf_counter() - start

        def timed(label: str, profiler: cProfile.Profile | None = None) -> BuildFigures:
            writing: list[tuple[float, float]] = []

            def progress(phase: Phase, done: int, total: int) -> None:
                if phase is Phase.WRITING and not writing:
                    writing.append((time.perf_counter(), _cpu_s()))

            start, cpu = time.perf_counter(), _cpu_s()
            if profiler is not None:
                profiler.enable()
            with workers:
                report = build(
                    db,
                    [folder],
                    deck="bench",
                    source="tr",
                    target="is",
                    both_directions=True,
                    progress=progress,
                )
            if profiler is not None:
                profiler.disable()
            end, end_cpu = time.perf_counter(), _cpu_s()
            figures = _figures(report, end - start, end_cpu - cpu)
            if writing:
                figures.writing_s = end - writing[0][0]
                figures.writing_cpu_s = end_cpu - writing[0][1]
            _log(
                f"[{pairs} pairs] {label}: {figures.seconds:.2f} s, parsed {figures.parsed}, "
                f"groups {figures.groups}, cards {figures.cards} (new {figures.new}, updated "
                f"{figures.updated}, unchanged {figures.unchanged}, retired {figures.retired}), "
                f"problems {figures.problems}"
            )
            return figures

        profiler = cProfile.Profile() if profile else None
        workers = WorkersPeak()
        try:
            full = timed("full build", profiler)
            true_pairs_full = true_pairs(db_path, edits)
            no_change = edited = None
            edited_files = true_pairs_edited = 0
            if not full_only:
                no_change = timed("no-change rebuild")
                edited_files = apply_edits(edits, EDIT_SHARE, SEED + pairs)
                edited = timed(f"rebuild after editing {edited_files} files")
                true_pairs_edited = true_pairs(db_path, edits)
        finally:
            db.close()
        if profiler is not None:
            print(f"\ncProfile of the full build of {pairs} pairs, top 25 by cumulative time:")
            if not serial and 2 * pairs >= pipeline.PARALLEL_FROM and (os.cpu_count() or 1) > 1:
                print(
                    "(parsing and making cards ran in worker processes: cProfile does not see "
                    "them, "
                    "only the wait for them ('acquire'), and they inherit its hook, which "
                    "slows them down; add --serial to profile them in this process)"
                )
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("cumulative").print_stats(25)
            sys.stdout.flush()
        self_peak = _mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        workers_peak = workers.peak
        return SizeResult(
            pairs=pairs,
            generate_s=generate_s,
            open_db_s=open_db_s,
            edited_files=edited_files,
            full=full,
            no_change=no_change,
            edited=edited,
            peak_mib=self_peak,
            workers_peak_mib=workers_peak,
            true_pairs_full=true_pairs_full,
            true_pairs_edited=true_pairs_edited,
            profiled=profile,
        )
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def _result_from_json(data: dict[str, Any]) -> SizeResult:
    full, no_change, edited = (
        None if data[k] is None else BuildFigures(**data[k])
        for k in ("full", "no_change", "edited")
    )
    for k in ("full", "no_change", "edited"):
        del data[k]
    assert full is not None
    return SizeResult(**data, full=full, no_change=no_change, edited=edited)


def run_in_child(pairs: int, args: argparse.Namespace) -> SizeResult | None:
    """One size in a fresh interpreter, so start-up costs and peak memory are its own."""
    with tempfile.TemporaryDirectory(prefix="flashcards-bench-result-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--one", str(pairs)]
        command += ["--result", str(out)]
        if args.keep is not None:
            command += ["--keep", str(args.keep)]
        if args.profile and pairs == max(args.sizes):
            command.append("--profile")
        if args.serial:
            command.append("--serial")
        if args.full_only:
            command.append("--full-only")
        done = subprocess.run(command, check=False)
        if done.returncode != 0 or not out.exists():
            _log(f"[{pairs} pairs] the benchmark failed (exit status {done.returncode})")
            return None
        return _result_from_json(json.loads(out.read_text("utf-8")))


# --- reporting -----------------------------------------------------------------------------


def print_report(results: list[SizeResult]) -> None:
    header = [
        "N pairs",
        "files",
        "cards",
        "full build s",
        "build CPU s",
        "writing s (CPU)",
        "no-change rebuild s",
        "1%-edit rebuild s",
        "groups ok",
        "peak MiB",
    ]
    rows = [header]
    for r in results:
        rows.append(
            [
                f"{r.pairs:,}",
                f"{r.full.files:,}",
                f"{r.full.cards:,}",
                f"{r.full.seconds:.2f}{'*' if r.profiled else ''}",
                f"{r.full.cpu_s:.1f}",
                f"{r.full.writing_s:.2f} ({r.full.writing_cpu_s:.2f})",
                "-" if r.no_change is None else f"{r.no_change.seconds:.2f}",
                "-" if r.edited is None else f"{r.edited.seconds:.2f}",
                "yes" if r.groups_ok else "NO",
                f"{r.peak_mib:.0f}",
            ]
        )
    print()
    print(machine())
    print()
    print(table(rows))
    if any(r.profiled for r in results):
        print("* measured under cProfile (and --serial if given): slower than a plain build")
    print()
    for r in results:
        edit = (
            ""
            if r.edited is None
            else f"; edit round changed {r.edited_files} files, re-parsed {r.edited.parsed}, "
            f"updated {r.edited.updated} cards"
        )
        print(
            f"{r.pairs:,} pairs: generating took {r.generate_s:.2f} s, opening the database "
            f"(migrations) {r.open_db_s:.2f} s (neither is in the build times){edit}; the "
            f"parse workers (with the forkserver) held {r.workers_peak_mib:.0f} MiB together "
            "at most (sampled every 0.2 s); peak MiB and build CPU s are the build's own "
            "process's"
        )
    for r in results:
        for label, b in r.builds:
            if b.groups != r.pairs:
                print(
                    f"WARNING: {r.pairs:,} pairs, {label}: {b.groups:,} groups instead of "
                    f"{r.pairs:,} (not every pair was grouped); {b.problems} problems, first:"
                )
                for sample in b.problem_samples:
                    print(f"    {sample}")
            elif b.problems:
                print(f"note: {r.pairs:,} pairs, {label}: {b.problems} problems, first:")
                for sample in b.problem_samples:
                    print(f"    {sample}")
        for label, found in (("full build", r.true_pairs_full), ("1%-edit", r.true_pairs_edited)):
            if found != r.pairs and (label == "full build" or r.edited is not None):
                print(
                    f"WARNING: {r.pairs:,} pairs, {label}: only {found:,} generated pairs are "
                    "grouped together as generated (wrong or missing pairings)"
                )
        if r.no_change is not None and not r.no_change.inputs_unchanged:
            print(
                f"WARNING: {r.pairs:,} pairs: the no-change rebuild did not find its inputs "
                "unchanged"
            )
    print()
    goal = next((r for r in results if r.pairs == GOAL_PAIRS), None)
    if goal is None or goal.no_change is None:
        print(f"goals (measured at {GOAL_PAIRS:,} pairs, which was not run):")
        print(f"  full build of {GOAL_PAIRS:,} pairs under {FULL_GOAL_S:.0f} s")
        print(f"  no-change rebuild under {NO_CHANGE_GOAL_S:.0f} s")
    else:
        full_ok = goal.full.seconds < FULL_GOAL_S
        same_ok = goal.no_change.seconds < NO_CHANGE_GOAL_S
        print("goals:")
        print(
            f"  full build of {GOAL_PAIRS:,} pairs under {FULL_GOAL_S:.0f} s: "
            f"{goal.full.seconds:.2f} s, {'met' if full_ok else 'NOT MET'}"
        )
        print(
            f"  no-change rebuild of {GOAL_PAIRS:,} pairs under {NO_CHANGE_GOAL_S:.0f} s: "
            f"{goal.no_change.seconds:.2f} s, {'met' if same_ok else 'NOT MET'}"
        )


# --- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        type=sizes(1, "pairs"),
        default=list(DEFAULT_SIZES),
        help="comma-separated numbers of article pairs (default: 100,1000,5000)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="generate into DIR/pairs-N and keep the articles and databases",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile the full build of the largest size and print the top 25 functions",
    )
    parser.add_argument(
        "--serial",
        action="store_true",
        help="parse and make cards in the main process even for large builds (so --profile "
        "sees them)",
    )
    parser.add_argument(
        "--full-only",
        action="store_true",
        help="time the full build alone (no rebuilds): for comparing full builds side by side",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.keep is not None:
        args.keep = args.keep.expanduser().resolve()

    if args.one is not None:  # a child run by run_in_child
        result = run_size(args.one, args.keep, args.profile, args.serial, args.full_only)
        args.result.write_text(json.dumps(asdict(result)), "utf-8")
        return 0

    results: list[SizeResult] = []
    for pairs in args.sizes:
        measured = run_in_child(pairs, args)
        if measured is not None:
            results.append(measured)
    if results:
        print_report(results)
    return 0 if len(results) == len(args.sizes) else 1


if __name__ == "__main__":
    sys.exit(main())
