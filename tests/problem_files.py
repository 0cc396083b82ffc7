"""A folder of articles with a file for each kind of problem and note the builder reports
(not a test module): shared by the builder's and the window's tests."""

from __future__ import annotations

import os
from pathlib import Path

from flashcards.errors import Reason

ALONE = (
    "---\ntitle: Müşteri Sadakati\ndescription: Sadık müşteriler neden değerlidir?\n"
    "translation_key: sadakat\n---\n## Müşteri Sadakati Nedir?\n\n"
    "Müşteri sadakati, bir müşterinin aynı markayı tekrar tekrar seçmesidir. "
    "Sadık müşteriler şirkete daha az maliyetle daha çok gelir getirir.\n\n"
    "## Nasıl Kazanılır?\n\n- Sözünüzü tutun.\n- Şikâyetleri hızla çözün.\n"
)
HTML = (
    "---\ntitle: İkna Sanatı\ntranslation_key: ikna\n---\n## İkna Nedir?\n\n"
    "İkna, karşınızdakini <b>zorlamadan</b> düşüncenize kazanmaktır. "
    "İyi bir satıcı önce dinler, sonra konuşur.\n"
)
KLINGON = (
    "---\ntitle: Satışta İkna\ntranslation_key: ikna2\nlang: klingon\n---\n## İkna Nedir?\n\n"
    "İkna, karşınızdakini zorlamadan düşüncenize kazanmaktır. "
    "İyi bir satıcı önce dinler, sonra konuşur.\n"
)
ENGLISH = (
    "---\ntitle: Closing Techniques\ntranslation_key: closing\n---\n## What is closing?\n\n"
    "Closing is the moment a buyer agrees to buy. A good seller asks for the order politely.\n"
)

#: Each file of the folder, and what the builder says of it.
EXPECTED = {
    ("copy.md", Reason.DUPLICATE_ARTICLE),
    ("alone.md", Reason.UNTRANSLATED),
    ("legacy.md", Reason.DECODED_AS),
    ("mixed.md", Reason.LEGACY_LINES),
    ("html.md", Reason.HTML_LEFT_OUT),
    ("pipe.md", Reason.NOT_REGULAR),
    ("broken.md", Reason.BROKEN_FRONT_MATTER),
    ("klingon.md", Reason.FRONT_MATTER_LANGUAGE),
    ("english.md", Reason.OTHER_LANGUAGE),
    ("taken.md", Reason.KEY_TAKEN),
    ("sub.md", Reason.FOLDER_NAMED_LIKE_ARTICLE),
    ("gone.md", Reason.DANGLING_LINK),
    ("empty.md", Reason.EMPTY),
    ("binary.md", Reason.BINARY),
    ("notitle.md", Reason.NO_TITLE),
    ("nobody.md", Reason.NO_BODY),
    ("listtitle.md", Reason.FRONT_MATTER_NOT_TEXT),
}


def problem_folder(out: Path, seed_dir: Path) -> Path:
    """`out`, made: the seed articles, and beside them a file for each kind of problem and
    note (`EXPECTED` says which)."""
    out.mkdir()
    for article in seed_dir.iterdir():
        (out / article.name).write_bytes(article.read_bytes())
    turkish = next(p for p in seed_dir.iterdir() if "Yumuşak" in p.read_text("utf-8"))
    (out / "copy.md").write_bytes(turkish.read_bytes())
    (out / "alone.md").write_text(ALONE, "utf-8")
    legacy = ALONE.replace("sadakat\n", "sadakat-eski\n").replace("Müşteri Sadakati", "Sadakat")
    (out / "legacy.md").write_bytes(legacy.encode("cp1254"))
    mixed = ALONE.replace("sadakat\n", "sadakat-karma\n").replace("Müşteri Sadakati", "Bağlılık")
    lines = mixed.split("\n")
    (out / "mixed.md").write_bytes(
        b"\n".join(
            line.encode("cp1254" if line.startswith("- Şikâyet") else "utf-8") for line in lines
        )
    )
    (out / "html.md").write_text(HTML, "utf-8")
    os.mkfifo(out / "pipe.md")
    (out / "broken.md").write_text("---\ntitle: [oops\n---\ntext\n", "utf-8")
    (out / "klingon.md").write_text(KLINGON, "utf-8")
    (out / "english.md").write_text(ENGLISH, "utf-8")
    taken = ALONE.replace("Müşteri Sadakati", "Marka Sadakati").replace("markayı", "ürünü")
    (out / "taken.md").write_text(taken, "utf-8")
    (out / "sub.md").mkdir()
    (out / "gone.md").symlink_to(out / "nowhere")
    (out / "empty.md").write_text("  \n", "utf-8")
    (out / "binary.md").write_bytes(b"\x00\x01\x02binary")
    (out / "notitle.md").write_text("Sadece bir paragraf, başlık yok.\n", "utf-8")
    (out / "nobody.md").write_text("---\ntitle: Boş\n---\n\n", "utf-8")
    (out / "listtitle.md").write_text("---\ntitle: [a, b]\n---\nMetin burada.\n", "utf-8")
    return out
