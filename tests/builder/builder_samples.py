"""Sample articles and small helpers shared by the deck-builder tests (not a test module)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from flashcards.builder import pipeline
from flashcards.builder.cards import CORE_KINDS
from flashcards.types import CardKind, CardSpec

SEEDS = Path(__file__).parents[2] / "decks" / "sales"
TR_SEED = SEEDS / "000_fcc629ea91eeff91.txt"
IS_SEED = SEEDS / "004_ce7c295c5b1b5ae6.txt"
DIRECTIONS = [("tr", "is"), ("is", "tr")]

# Small hand-made translations, built from the seed articles' own sentences.  Both carry a
# link to the same target, as real translations of these articles do.
TR_TITLE = "Yumuşak Satış"
IS_TITLE = "Mjúk selja"
TR_DEF_HEADING = "Yumuşak Satış Nedir?"
IS_DEF_HEADING = "Hvað er mjúk sala?"
TR_TECH_HEADING = "Yumuşak Satış Teknikleri"
IS_TECH_HEADING = "Mjúk sölutækni"

TR_DEF = (
    "Yumuşak satış, ince bir dil ve agresif olmayan bir teknik içeren bir reklam ve satış "
    "yaklaşımını ifade eder."
)
IS_DEF = (
    "Mjúk sala vísar til auglýsinga- og sölunálgunar sem býður upp á fíngert orðalag og ekki "
    "árásargjarn tækni."
)
TR_DEF2_MD = (
    "Yumuşak bir satış, potansiyel [müşterileri](/customers) kızdırmaktan ve onları "
    "uzaklaştırmaktan kaçınmak için tasarlanmıştır."
)
TR_DEF2 = TR_DEF2_MD.replace("[müşterileri](/customers)", "müşterileri")
IS_DEF2_MD = (
    "Mjúk sala er hönnuð til að forðast að reita hugsanlega [viðskiptavini](/customers) til "
    "reiði og ýta þeim í burtu."
)
IS_DEF2 = IS_DEF2_MD.replace("[viðskiptavini](/customers)", "viðskiptavini")

TR_STEPS = (
    "Satış elemanı, aldıkları cevaplara dayanarak alıcının ihtiyaçlarını belirleyecektir.",
    "Yumuşak satış yapan satış görevlileri, alıcıların endişeleri ortaya çıktığında onları "
    "eğitmek ve yatıştırmak için zaman ayıracaktır.",
    "Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır.",
)
IS_STEPS = (
    "Sölumaðurinn mun ganga úr skugga um þarfir kaupandans út frá svörunum sem þeir fá.",
    "Mjúkir sölumenn munu taka sér tíma til að fræða og draga úr áhyggjum kaupenda þegar "
    "þær koma upp.",
    "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
)

#: The small pair's concept, as each body names it.
TR_TERM, IS_TERM = "Yumuşak satış", "Mjúk sala"


def _steps(items: Sequence[str], style: str) -> str:
    if style == "paragraph":
        return " ".join(items) + "\n"
    lines = []
    for n, item in enumerate(items, start=1):
        mark = f"{n}." if style == "numbered" else style
        lines.append(f"{mark} {item}")
    return "\n".join(lines) + "\n"


def _article(
    front: str | None,
    title_heading: str | None,
    level: int,
    sections: Sequence[tuple[str, str]],
) -> str:
    parts = []
    if front is not None:
        parts.append(f"---\n{front}---\n")
    if title_heading is not None:
        parts.append(f"# {title_heading}\n")
    marks = "#" * level
    for heading, body in sections:
        parts.append(f"{marks} {heading}\n\n{body}")
    return "\n".join(parts)


def tr_article(
    *,
    front: str | None = f"title: {TR_TITLE}\n",
    title_heading: str | None = None,
    level: int = 2,
    steps: Sequence[str] = TR_STEPS,
    style: str = "-",
    extra_def: str = "",
) -> str:
    """A short Turkish article: a definition paragraph and the techniques as a list."""
    return _article(
        front,
        title_heading,
        level,
        [
            (TR_DEF_HEADING, f"{TR_DEF} {TR_DEF2_MD}{extra_def}\n"),
            (TR_TECH_HEADING, _steps(steps, style)),
        ],
    )


def is_article(
    *,
    front: str | None = f"title: {IS_TITLE}\n",
    title_heading: str | None = None,
    level: int = 2,
    steps: Sequence[str] = IS_STEPS,
    style: str = "-",
    extra_def: str = "",
) -> str:
    """The Icelandic translation of `tr_article`."""
    return _article(
        front,
        title_heading,
        level,
        [
            (IS_DEF_HEADING, f"{IS_DEF} {IS_DEF2_MD}{extra_def}\n"),
            (IS_TECH_HEADING, _steps(steps, style)),
        ],
    )


def build(folder: Path, deck: str = "test") -> pipeline.BuildPlan:
    """Collect and plan a build of `folder` in both directions between Turkish and Icelandic."""
    files, problems = pipeline.collect_files([folder])
    assert problems == []
    return pipeline.plan_build(files, deck, DIRECTIONS, kinds=CORE_KINDS)


def direction(cards: Sequence[CardSpec], source: str, target: str) -> list[CardSpec]:
    return [c for c in cards if (c.source_lang, c.target_lang) == (source, target)]


def of_kind(cards: Sequence[CardSpec], kind: CardKind) -> list[CardSpec]:
    return [c for c in cards if c.kind is kind]


def pairs(cards: Sequence[CardSpec]) -> set[tuple[str, str]]:
    return {(c.front, c.back) for c in cards}


def messages(plan: pipeline.BuildPlan, path: Path) -> list[str]:
    """The problems the build reported for `path`."""
    return [p.message for p in plan.problems if p.path == str(path)]


def assert_small_pair_built(plan: pipeline.BuildPlan) -> None:
    """The small Turkish/Icelandic pair made all its cards, in both directions: its
    concept, its definition, its three steps and its linked term, each with a sibling."""
    tr_is, is_tr = direction(plan.cards, "tr", "is"), direction(plan.cards, "is", "tr")
    assert sorted(c.note_key for c in tr_is) == sorted(c.note_key for c in is_tr)
    assert (TR_TERM, IS_TERM) in pairs(of_kind(tr_is, CardKind.TERM))
    assert pairs(of_kind(tr_is, CardKind.DEFINITION)) == {(TR_DEF_HEADING, IS_DEF)}
    assert pairs(of_kind(tr_is, CardKind.TECHNIQUE)) == set(zip(TR_STEPS, IS_STEPS, strict=True))
    assert pairs(of_kind(tr_is, CardKind.LINKED_TERM)) == {("müşteri", "viðskiptavinur")}
