<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is">
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="141"/>
        <source>Add card</source>
        <translation>Bæta við spjaldi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="143"/>
        <source>Deck</source>
        <translation>Stokkur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="148"/>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="149"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="150"/>
        <source>Context</source>
        <translation>Samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="151"/>
        <source>Also the other way round (answer → question)</source>
        <translation>Líka öfugt (svar → spurning)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="158"/>
        <source>&amp;Deck:</source>
        <translation>&amp;Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="163"/>
        <source>Conte&amp;xt:</source>
        <translation>Sa&amp;mhengi:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="168"/>
        <source>&amp;Add</source>
        <translation>&amp;Bæta við</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="169"/>
        <source>Add the card (Ctrl+Enter)</source>
        <translation>Bæta spjaldinu við (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="209"/>
        <source>Make a deck first: there is none to add to.</source>
        <translation>Búðu fyrst til stokk: enginn stokkur er til að bæta í.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="212"/>
        <source>&amp;Question (%1):</source>
        <translation>&amp;Spurning (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="215"/>
        <source>A&amp;nswer (%1):</source>
        <translation>S&amp;var (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="243"/>
        <source>Looking for cards with the same words (loading the dictionaries)…</source>
        <translation>Leita að spjöldum með sömu orðum (orðabækurnar hlaðast)…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="246"/>
        <source>Looking for cards with the same words…</source>
        <translation>Leita að spjöldum með sömu orðum…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="262"/>
        <source>A card needs a question and an answer.</source>
        <translation>Spjald þarf spurningu og svar.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="270"/>
        <source>Press Add again to add it all the same.</source>
        <translation>Ýttu aftur á Bæta við til að bæta því samt við.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="284"/>
        <source>Added %1 card.</source>
        <translation>%1 spjaldi bætt við.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="284"/>
        <source>Added %1 cards.</source>
        <translation>%1 spjöldum bætt við.</translation>
    </message>
</context>
<context>
    <name>AnkiExportDialog</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="52"/>
        <source>Export to Anki</source>
        <extracomment>The file name offered for an export of every deck.</extracomment>
        <translation>Flytja út í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="55"/>
        <source>Deck to export</source>
        <translation>Stokkur til útflutnings</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="56"/>
        <source>All decks</source>
        <translation>Allir stokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="61"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="64"/>
        <source>The active cards are written, without their scheduling. In Anki, open the file with File ▸ Import.</source>
        <translation>Virku spjöldin eru skrifuð, án tímasetningar. Í Anki opnarðu skrána með Skrá ▸ Flytja inn.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="75"/>
        <source>Export…</source>
        <translation>Flytja út…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
</context>
<context>
    <name>AnkiExporter</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="132"/>
        <source>%1 cards (%2 notes) written to %3</source>
        <translation>%1 spjöld (%2 færslur) skrifuð í %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="142"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Hætt var við útflutninginn; engin skrá var skrifuð.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="146"/>
        <source>The export failed: %1</source>
        <translation>Útflutningur mistókst: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="106"/>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="153"/>
        <source>Export to Anki</source>
        <translation>Flytja út í Anki</translation>
    </message>
</context>
<context>
    <name>AnkiImportDialog</name>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="341"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Hætt var við innflutninginn; engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="308"/>
        <source>Cards edited in Anki, kept as they are here: %1</source>
        <translation>Spjöld sem var breytt í Anki, haldið eins og þau eru hér: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="99"/>
        <source>Question and answer fields</source>
        <translation>Reitir spurningar og svars</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="100"/>
        <source>The first two fields, or two names: Front,Back</source>
        <translation>Fyrstu tveir reitirnir, eða tvö heiti: Front,Back</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="101"/>
        <source>Fields:</source>
        <translation>Reitir:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="177"/>
        <source>Fields: two names separated by a comma, e.g. Front,Back</source>
        <translation>Reitir: tvö heiti aðskilin með kommu, t.d. Front,Back</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="47"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="77"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="198"/>
        <source>Import from Anki</source>
        <extracomment>What an import may change: cards, decks, the review log and today&apos;s queues. Fronts listed for notes added or cards missing (the rest are counted).</extracomment>
        <translation>Flytja inn úr Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="50"/>
        <source>Anki packages (*.apkg *.colpkg)</source>
        <translation>Anki-pakkar (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="51"/>
        <source>All files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="84"/>
        <source>Anki package</source>
        <translation>Anki-pakki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="85"/>
        <source>An .apkg or .colpkg file exported by Anki</source>
        <translation>Skrá (.apkg eða .colpkg) sem Anki flutti út</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="86"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="90"/>
        <source>File:</source>
        <translation>Skrá:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="93"/>
        <source>Deck for the cards</source>
        <translation>Stokkur spjaldanna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="94"/>
        <source>The decks as in Anki</source>
        <translation>Stokkarnir eins og í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="97"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="102"/>
        <source>Also import notes added in Anki</source>
        <translation>Flytja líka inn glósur sem bætt var við í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="103"/>
        <source>Retire cards deleted in Anki</source>
        <translation>Leggja til hliðar spjöld sem var eytt í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="108"/>
        <source>Every review comes along, and each card&apos;s memory is computed from its whole history. The two boxes matter for decks this app exported: notes added or deleted in Anki are otherwise only reported.</source>
        <translation>Hver upprifjun fylgir með og minni hvers spjalds er reiknað út frá allri sögu þess. Reitirnir tveir skipta máli fyrir stokka sem þetta forrit flutti út: annars er aðeins greint frá glósum sem bætt var við eða eytt í Anki.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="127"/>
        <source>Report</source>
        <translation>Skýrsla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="135"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="218"/>
        <source>Import</source>
        <translation>Flytja inn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="197"/>
        <source>Importing…</source>
        <translation>Flyt inn…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="231"/>
        <source>unknown language</source>
        <translation>óþekkt tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="236"/>
        <source> and %1 more</source>
        <translation> og %1 til viðbótar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="241"/>
        <source>%1: %2 notes, %3 cards</source>
        <translation>%1: %2 glósur, %3 spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="248"/>
        <source>New deck “%1” (%2 → %3)</source>
        <translation>Nýr stokkur „%1“ (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="250"/>
        <source>Deck “%1” (%2 → %3)</source>
        <translation>Stokkur „%1“ (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="258"/>
        <source>added: %1 · updated: %2 · unchanged: %3</source>
        <translation>bætt við: %1 · uppfært: %2 · óbreytt: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="266"/>
        <source>Cards of this app found again: %1</source>
        <translation>Spjöld þessa forrits sem fundust aftur: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="269"/>
        <source>Reviews: %1 added · %2 already here</source>
        <translation>Upprifjanir: %1 bætt við · %2 voru þegar hér</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="275"/>
        <source>From Anki: %1 suspended · %2 buried · %3 flagged</source>
        <translation>Úr Anki: %1 í bið · %2 frestað · %3 flögguð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="282"/>
        <source>Studied in Anki without review history (new here): %1</source>
        <translation>Lærð í Anki án upprifjunarsögu (ný hér): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="289"/>
        <source>Notes with images or sounds (named in the text, not imported): %1</source>
        <translation>Glósur með myndum eða hljóðum (nefnd í textanum, ekki flutt inn): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="294"/>
        <source>Notes added in Anki, imported: %1</source>
        <translation>Glósur sem bætt var við í Anki, fluttar inn: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="296"/>
        <source>Notes added in Anki, not imported: %1</source>
        <translation>Glósur sem bætt var við í Anki, ekki fluttar inn: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="301"/>
        <source>Cards deleted in Anki, retired: %1</source>
        <translation>Spjöld sem var eytt í Anki, lögð til hliðar: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="303"/>
        <source>Cards not in the package (deleted in Anki?), kept: %1</source>
        <translation>Spjöld sem eru ekki í pakkanum (eytt í Anki?), haldið: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="313"/>
        <source>Skipped %1: %2</source>
        <translation>Sleppt %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="315"/>
        <source>Nothing to import.</source>
        <translation>Ekkert að flytja inn.</translation>
    </message>
</context>
<context>
    <name>AnswerBar</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="27"/>
        <source>Show answer (Space)</source>
        <translation>Sýna svar (bil)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="48"/>
        <source>Loading…</source>
        <translation>Hleð…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="67"/>
        <source>Key %1: %2, next in %3</source>
        <translation>Lykill %1: %2, næst eftir %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="75"/>
        <source>Continue: %1 (Enter)</source>
        <translation>Áfram: %1 (Enter)</translation>
    </message>
</context>
<context>
    <name>BadCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="32"/>
        <source>Wrong translation</source>
        <translation>Röng þýðing</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="33"/>
        <source>Wrong blank or answer</source>
        <translation>Röng eyða eða rangt svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="34"/>
        <source>Meaningless or badly cut</source>
        <translation>Merkingarlaust eða illa klippt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="35"/>
        <source>Not worth learning</source>
        <translation>Ekki þess virði að læra</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="36"/>
        <source>Duplicate of another card</source>
        <translation>Sama og annað spjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="37"/>
        <source>Something else</source>
        <translation>Eitthvað annað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="51"/>
        <source>Card marked bad: it will not come back</source>
        <translation>Spjald merkt slæmt: það kemur ekki aftur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="75"/>
        <source>Mark card bad</source>
        <translation>Merkja spjald slæmt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="82"/>
        <source>Why is it bad? (1–6, then Enter)</source>
        <translation>Hvað er að því? (1–6, síðan Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="85"/>
        <source>Reason</source>
        <translation>Ástæða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="97"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Athugasemd (valfrjálst):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="100"/>
        <source>Note</source>
        <translation>Athugasemd</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="101"/>
        <source>What is wrong, in a few words</source>
        <translation>Hvað er að, í fáum orðum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="107"/>
        <source>The card is retired and no rebuild makes it again. Edit ▸ Undo brings it back.</source>
        <translation>Spjaldið er tekið úr notkun og engin endursmíði býr það til aftur. Breyta ▸ Afturkalla færir það aftur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="114"/>
        <source>Mark bad</source>
        <translation>Merkja slæmt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="160"/>
        <source>Only cards made from the articles can be marked bad; an imported or hand-made card can be edited or deleted in the browser.</source>
        <translation>Aðeins spjöld sem gerð eru úr greinunum má merkja slæm; innfluttu eða handgerðu spjaldi má breyta eða eyða í „Skoða spjöld“.</translation>
    </message>
</context>
<context>
    <name>BrowserWindow</name>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="67"/>
        <source>Browse cards</source>
        <translation>Skoða spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="111"/>
        <source>Cards</source>
        <translation>Spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="133"/>
        <source>Add card (Ctrl+E)</source>
        <translation>Bæta við spjaldi (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="138"/>
        <source>Show in article (Ctrl+R)</source>
        <translation>Sýna í grein (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="34"/>
        <source>Delete 1 card? It leaves every deck and queue; its history is kept, and Undo (Ctrl+Z) brings it back.</source>
        <translation>Eyða 1 spjaldi? Það hverfur úr öllum stokkum og röðum; saga þess er geymd og Afturkalla (Ctrl+Z) færir það aftur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="41"/>
        <source>Delete %1 cards? They leave every deck and queue; their history is kept, and Undo (Ctrl+Z) brings them back.</source>
        <translation>Eyða %1 spjöldum? Þau hverfa úr öllum stokkum og röðum; saga þeirra er geymd og Afturkalla (Ctrl+Z) færir þau aftur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="59"/>
        <source>1 card suspended</source>
        <translation>1 spjald sett í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="60"/>
        <source>%1 cards suspended</source>
        <translation>%1 spjöld sett í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="63"/>
        <source>1 card unsuspended</source>
        <translation>1 spjald tekið úr bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="64"/>
        <source>%1 cards unsuspended</source>
        <translation>%1 spjöld tekin úr bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="67"/>
        <source>1 card reset to new</source>
        <translation>1 spjald endurstillt sem nýtt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="68"/>
        <source>%1 cards reset to new</source>
        <translation>%1 spjöld endurstillt sem ný</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="71"/>
        <source>1 card deleted</source>
        <translation>1 spjaldi eytt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="72"/>
        <source>%1 cards deleted</source>
        <translation>%1 spjöldum eytt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="134"/>
        <location filename="../../flashcards/gui/browser/window.py" line="243"/>
        <source>Suspend (Ctrl+J)</source>
        <translation>Setja í bið (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="135"/>
        <source>Reset to new (Ctrl+Alt+N)</source>
        <translation>Gera nýtt aftur (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="136"/>
        <source>Delete (Del)</source>
        <translation>Eyða (Del)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="137"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Afturkalla (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="139"/>
        <source>Unmark bad (Ctrl+Shift+U)</source>
        <translation>Taka af slæmt-merkingu (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="143"/>
        <source>Last action</source>
        <translation>Síðasta aðgerð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="144"/>
        <source>Number of cards</source>
        <translation>Fjöldi spjalda</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="204"/>
        <source>1 card</source>
        <translation>1 spjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="204"/>
        <source>%1 cards</source>
        <translation>%1 spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="243"/>
        <source>Unsuspend (Ctrl+J)</source>
        <translation>Taka úr bið (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="49"/>
        <source>Delete cards</source>
        <translation>Eyða spjöldum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="37"/>
        <source>Select one card to mark bad.</source>
        <translation>Veldu eitt spjald til að merkja slæmt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="57"/>
        <source>Select one card marked bad to unmark it.</source>
        <translation>Veldu eitt spjald merkt slæmt til að taka merkinguna af.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="69"/>
        <source>Card unmarked: it is active again and its report is deleted</source>
        <translation>Merking tekin af spjaldinu: það er virkt aftur og tilkynningunni eytt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="92"/>
        <source>Unsuspend</source>
        <translation>Taka úr bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="94"/>
        <source>Suspend</source>
        <translation>Setja í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="100"/>
        <source>Reset to new</source>
        <translation>Gera nýtt aftur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="105"/>
        <source>Delete…</source>
        <translation>Eyða…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="107"/>
        <source>Unmark bad</source>
        <translation>Taka af slæmt-merkingu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="109"/>
        <source>Mark card bad…</source>
        <translation>Merkja spjald slæmt…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="115"/>
        <source>Show in article</source>
        <translation>Sýna í grein</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="39"/>
        <source>Build a deck from a folder</source>
        <translation>Búa til stokk úr möppu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="43"/>
        <location filename="../../flashcards/gui/build_dialog.py" line="74"/>
        <source>Folder of articles</source>
        <translation>Mappa með greinum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="45"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="49"/>
        <source>Folder:</source>
        <translation>Mappa:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="51"/>
        <source>Deck name</source>
        <translation>Heiti stokks</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="52"/>
        <source>Deck name:</source>
        <translation>Heiti stokks:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="54"/>
        <source>Question language</source>
        <translation>Tungumál spurninga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="55"/>
        <source>Questions in:</source>
        <translation>Spurningar á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="57"/>
        <source>Answer language</source>
        <translation>Tungumál svara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="58"/>
        <source>Answers in:</source>
        <translation>Svör á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="59"/>
        <source>Also make cards the other way round</source>
        <translation>Búa líka til spjöld í hina áttina</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="66"/>
        <source>Build</source>
        <translation>Búa til</translation>
    </message>
</context>
<context>
    <name>BuildRunner</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="109"/>
        <source>Building %1</source>
        <translation>Bý til %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="184"/>
        <source>Build finished</source>
        <translation>Lokið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="143"/>
        <source>Deck “%1” (%2)</source>
        <translation>Stokkurinn „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="145"/>
        <source>Read: %1 files, %2 articles</source>
        <translation>Lesið: %1 skrár, %2 greinar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="150"/>
        <source>(unchanged since the last build)</source>
        <translation>(óbreytt frá síðustu smíð)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="152"/>
        <source>(%1 read, %2 from the cache)</source>
        <translation>(%1 lesnar, %2 úr skyndiminni)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="160"/>
        <source>Languages: %1</source>
        <translation>Tungumál: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="161"/>
        <source>Article groups: %1</source>
        <translation>Greinahópar: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="163"/>
        <source>Cards: %1 new, %2 updated, %3 unchanged, %4 retired</source>
        <translation>Spjöld: %1 ný, %2 uppfærð, %3 óbreytt, %4 tekin úr notkun</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="170"/>
        <source>%1 restored</source>
        <translation>%1 endurheimt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="177"/>
        <source>Skipped: %1</source>
        <translation>Sleppt: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="178"/>
        <source>Note: %1</source>
        <translation>Athugið: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="192"/>
        <source>Skipped files: %1 · Notes: %2 (see the details)</source>
        <translation>Skrám sleppt: %1 · Athugasemdir: %2 (sjá nánar)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="204"/>
        <source>The build was cancelled; nothing was changed.</source>
        <translation>Hætt var við; engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="209"/>
        <source>Build</source>
        <translation>Búa til</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="126"/>
        <source>Cards of this sentence</source>
        <extracomment>The keys the panel acts on, in the reader&apos;s text and in the panel&apos;s own list.</extracomment>
        <translation>Spjöld þessarar setningar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>Card</source>
        <translation>Spjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>Recall now</source>
        <translation>Muna núna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>Question → answer</source>
        <translation>Spurning → svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="149"/>
        <source>No card asks about this sentence yet.</source>
        <translation>Ekkert spjald spyr enn um þessa setningu.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="150"/>
        <source>Edit (E)</source>
        <translation>Breyta (E)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="151"/>
        <location filename="../../flashcards/gui/reader_cards.py" line="228"/>
        <source>Suspend (J)</source>
        <translation>Setja í bið (J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="152"/>
        <source>Study now (S)</source>
        <translation>Læra núna (S)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="205"/>
        <source>%1, suspended</source>
        <translation>%1, í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="228"/>
        <source>Unsuspend (J)</source>
        <translation>Taka úr bið (J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="293"/>
        <source>Card saved</source>
        <translation>Spjald vistað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="315"/>
        <source>Card unsuspended</source>
        <translation>Spjald tekið úr bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="315"/>
        <source>Card suspended</source>
        <translation>Spjald sett í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="327"/>
        <source>Every card of this sentence is suspended.</source>
        <translation>Öll spjöld þessarar setningar eru í bið.</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="40"/>
        <source>suspended</source>
        <translation>í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="41"/>
        <source>buried</source>
        <translation>frestað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="42"/>
        <source>deleted</source>
        <translation>eytt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="44"/>
        <source>marked bad</source>
        <translation>merkt slæmt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="67"/>
        <source>Question</source>
        <extracomment>Title, sort key, width and the cell&apos;s text (always plain: card text is never markup).</extracomment>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="68"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="69"/>
        <source>Deck</source>
        <translation>Stokkur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="70"/>
        <source>Kind</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="71"/>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="72"/>
        <source>Due</source>
        <translation>Gjalddagi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="74"/>
        <source>Interval</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="79"/>
        <source>Flag</source>
        <translation>Flagg</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="64"/>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="70"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="73"/>
        <source>Context</source>
        <translation>Samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="186"/>
        <source>%1 flag</source>
        <extracomment>A widget below the answer that must be seen too (a wrong multiple-choice pick, marked red beside the right option marked green), even if the answer&apos;s start then scrolls up out of view.</extracomment>
        <translation>%1 fáni</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="167"/>
        <source>Option %1: %2</source>
        <translation>Valkostur %1: %2</translation>
    </message>
</context>
<context>
    <name>DeckListPage</name>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="67"/>
        <location filename="../../flashcards/gui/deck_list.py" line="86"/>
        <source>Decks</source>
        <translation>Stokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="76"/>
        <source>Deck</source>
        <translation>Stokkur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="77"/>
        <source>Languages</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="78"/>
        <source>New</source>
        <translation>Ný</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="79"/>
        <source>Learn</source>
        <translation>Í námi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="80"/>
        <source>Due</source>
        <translation>Á gjalddaga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="81"/>
        <source>Cards</source>
        <translation>Spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="103"/>
        <source>No decks yet. Build one from a folder of articles in markdown.</source>
        <translation>Engir stokkar enn. Búðu einn til úr möppu með greinum í markdown.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="108"/>
        <source>Build a deck from a folder…</source>
        <translation>Búa til stokk úr möppu…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="109"/>
        <source>Build a deck from a folder</source>
        <translation>Búa til stokk úr möppu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="127"/>
        <source>All decks</source>
        <translation>Allir stokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="158"/>
        <source>Study</source>
        <translation>Læra</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="159"/>
        <source>Study %1</source>
        <translation>Læra %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="163"/>
        <source>Options</source>
        <translation>Valkostir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="164"/>
        <source>Options of %1</source>
        <translation>Valkostir %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="165"/>
        <source>Daily limits and scheduling of this deck</source>
        <translation>Daglegar hámarkstölur og tímasetning þessa stokks</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="181"/>
        <source>Due today: %1 · Cards: %2</source>
        <translation>Til upprifjunar í dag: %1 · Spjöld: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="28"/>
        <source>Card text and sources</source>
        <translation>Texti spjalds og heimildir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="31"/>
        <source>Scheduling</source>
        <translation>Tímasetning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="34"/>
        <source>Review history</source>
        <translation>Upprifjunarsaga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="68"/>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="73"/>
        <source>Due</source>
        <translation>Næst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="46"/>
        <source>Select a card to see its details.</source>
        <translation>Veldu spjald til að sjá upplýsingar um það.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="52"/>
        <source>review</source>
        <translation>upprifjun</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="53"/>
        <source>manual</source>
        <translation>handvirkt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="61"/>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="62"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="63"/>
        <source>Context</source>
        <translation>Samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="64"/>
        <source>Card</source>
        <translation>Spjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="65"/>
        <source>Source files</source>
        <translation>Upprunaskrár</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="72"/>
        <source>Marked bad</source>
        <translation>Merkt slæmt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="75"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="76"/>
        <source>Stability</source>
        <translation>Stöðugleiki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="77"/>
        <source>Difficulty</source>
        <translation>Erfiðleiki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="79"/>
        <source>Retrievability</source>
        <translation>Endurheimtanleiki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="80"/>
        <source>Reviews, lapses</source>
        <translation>Upprifjanir, gleymskur</translation>
    </message>
</context>
<context>
    <name>DuplicatesLabel</name>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="108"/>
        <source>Cards with the same words</source>
        <extracomment>A duplicate&apos;s question is cut to this many characters. How long typing must pause before the deck is searched for the same words.</extracomment>
        <translation>Spjöld með sömu orðum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="116"/>
        <source>The deck already has a card with these words (add anyway if you like):</source>
        <translation>Stokkurinn hefur þegar spjald með þessum orðum (bættu samt við ef þú vilt):</translation>
    </message>
</context>
<context>
    <name>EditCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="39"/>
        <source>Edit card</source>
        <extracomment>Each field shows up to this many lines of its text before it scrolls, and at least the fewest.</extracomment>
        <translation>Breyta spjaldi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="41"/>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="42"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="43"/>
        <source>Context</source>
        <translation>Samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="44"/>
        <location filename="../../flashcards/gui/edit_dialog.py" line="66"/>
        <source>Question:</source>
        <translation>Spurning:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="45"/>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="46"/>
        <location filename="../../flashcards/gui/edit_dialog.py" line="66"/>
        <source>Context:</source>
        <translation>Samhengi:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="25"/>
        <source>Search question, answer and context</source>
        <translation>Leita í spurningu, svari og samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="27"/>
        <source>Search cards</source>
        <translation>Leita í spjöldum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="33"/>
        <source>no flag</source>
        <translation>ekkert flagg</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="35"/>
        <source>suspended</source>
        <translation>í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="35"/>
        <source>buried</source>
        <translation>frestað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="36"/>
        <source>leeches</source>
        <translation>blóðsugur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="37"/>
        <source>marked bad</source>
        <translation>merkt slæmt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="38"/>
        <source>Deck filter</source>
        <translation>Sía stokk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="38"/>
        <source>All decks</source>
        <translation>Allir stokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="39"/>
        <source>Language filter</source>
        <translation>Sía tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="39"/>
        <source>All languages</source>
        <translation>Öll tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="40"/>
        <source>Kind filter</source>
        <translation>Sía tegund</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="40"/>
        <source>All kinds</source>
        <translation>Allar tegundir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="41"/>
        <source>State filter</source>
        <translation>Sía stöðu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="41"/>
        <source>Any state</source>
        <translation>Hvaða staða sem er</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="42"/>
        <source>Flag filter</source>
        <translation>Sía flagg</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="42"/>
        <source>Any flag</source>
        <translation>Hvaða flagg sem er</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="66"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="99"/>
        <source>Import a glossary</source>
        <extracomment>Longest deck name offered from a file&apos;s stem (the deck name column holds 200 characters).</extracomment>
        <translation>Flytja inn orðalista</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="69"/>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Orðalistar (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="70"/>
        <source>All files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="106"/>
        <source>Glossary file</source>
        <translation>Skrá með orðalista</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="107"/>
        <source>A .csv or .tsv file: term, translation</source>
        <translation>.csv- eða .tsv-skrá: hugtak, þýðing</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="108"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="112"/>
        <source>File:</source>
        <translation>Skrá:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="117"/>
        <source>Language of the terms</source>
        <translation>Tungumál hugtakanna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="118"/>
        <source>Terms in:</source>
        <translation>Hugtök á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="120"/>
        <source>Language of the translations</source>
        <translation>Tungumál þýðinganna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="121"/>
        <source>Translations in:</source>
        <translation>Þýðingar á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="126"/>
        <source>Deck name</source>
        <translation>Heiti stokks</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="136"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="137"/>
        <source>Also make cards the other way round</source>
        <translation>Búa líka til spjöld í hina áttina</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="149"/>
        <source>Report</source>
        <translation>Skýrsla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="160"/>
        <source>Skipped rows</source>
        <translation>Línur sem var sleppt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="169"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="171"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="286"/>
        <source>Import</source>
        <translation>Flytja inn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="234"/>
        <source>A new deck is made with these languages.</source>
        <translation>Nýr stokkur er búinn til með þessum tungumálum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="237"/>
        <source>Cards go into this deck (%1).</source>
        <translation>Spjöldin fara í þennan stokk (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="279"/>
        <source>Importing…</source>
        <translation>Flyt inn…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="308"/>
        <source>New deck “%1” (%2).</source>
        <translation>Nýr stokkur „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="308"/>
        <source>Deck “%1” (%2).</source>
        <translation>Stokkurinn „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="313"/>
        <source>Added: %1 · Updated: %2 · Unchanged: %3</source>
        <translation>Bætt við: %1 · Uppfært: %2 · Óbreytt: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="319"/>
        <source>Restored: %1</source>
        <translation>Endurheimt: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="321"/>
        <source>Retired (rows no longer in the file): %1</source>
        <translation>Lagt til hliðar (línur sem eru ekki lengur í skránni): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="326"/>
        <source>No usable rows: each row needs a term and its translation.</source>
        <translation>Engar nothæfar línur: hver lína þarf hugtak og þýðingu þess.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="331"/>
        <source>Row %1: %2</source>
        <translation>Lína %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="336"/>
        <source>Skipped rows: %1</source>
        <translation>Línur sem var sleppt: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="344"/>
        <source>empty cell</source>
        <translation>tómur reitur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="352"/>
        <source>duplicate of row %1 (the same term, another translation)</source>
        <translation>tvítekning línu %1 (sama hugtak, önnur þýðing)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="351"/>
        <source>duplicate of row %1</source>
        <translation>tvítekning línu %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="353"/>
        <source>already in deck %1</source>
        <translation>er þegar í stokknum %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="354"/>
        <source>deleted from deck %1; not brought back</source>
        <translation>eytt úr stokknum %1; ekki sótt aftur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="345"/>
        <source>expected %1 columns, found %2</source>
        <translation>bjóst við %1 dálkum, fann %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="346"/>
        <source>not a term card (kind %1)</source>
        <translation>ekki hugtakaspjald (tegund: %1)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="348"/>
        <source>encoding problem</source>
        <translation>kóðunarvandi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="349"/>
        <source>broken quoting</source>
        <translation>gallaðar gæsalappir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="350"/>
        <source>cell too long (%1 characters; at most %2)</source>
        <translation>reitur of langur (%1 stafir; mest %2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="347"/>
        <source>languages %1 → %2, not %3 ↔ %4</source>
        <translation>tungumál %1 → %2, ekki %3 ↔ %4</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="355"/>
        <source>no %1 text</source>
        <translation>enginn texti á %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="356"/>
        <source>segment too long (%1 characters; at most %2)</source>
        <translation>bútur of langur (%1 stafir; mest %2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="376"/>
        <source>%1: the header (%2) has no column in %3</source>
        <translation>%1: í fyrirsögninni (%2) er enginn dálkur fyrir %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="383"/>
        <source>The import failed: %1</source>
        <translation>Innflutningur mistókst: %1</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="58"/>
        <source>Study days</source>
        <translation>Námsdagar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="78"/>
        <source>1 answer</source>
        <translation>1 svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="78"/>
        <source>%1 answers</source>
        <translation>%1 svör</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="46"/>
        <source>Date</source>
        <comment>review history</comment>
        <extracomment>When a review was, the heading of a narrow column: short (&quot;Dags.&quot; in Icelandic).</extracomment>
        <translation>Dags.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="47"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="48"/>
        <source>Rating</source>
        <translation>Einkunn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="49"/>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="50"/>
        <source>Due</source>
        <translation>Næst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="51"/>
        <source>Time</source>
        <translation>Tími</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="73"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="74"/>
        <source>early review</source>
        <translation>snemmbúin upprifjun</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="82"/>
        <source>new</source>
        <extracomment>A sentence&apos;s tint by how well its cards are known: new, being learnt, known (deeper as the chance of recall now is higher), every card suspended; no tint: no card asks it. Translucent over the table&apos;s base, so the text keeps its own colour in either theme; stronger over a dark base, where a faint tint cannot be told from none.</extracomment>
        <translation>nýtt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="86"/>
        <source>learning</source>
        <translation>í lærdómi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="89"/>
        <source>known</source>
        <translation>kunnað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="101"/>
        <source>Sentences with cards are tinted by their least-known card: new, being learnt, or known (the deeper, the likelier you recall it now).</source>
        <translation>Setningar með spjöldum eru litaðar eftir því spjaldi sem minnst er kunnað: nýtt, í lærdómi eða kunnað (því dýpri litur, því líklegra að þú munir það núna).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="129"/>
        <source>Import from &amp;Anki…</source>
        <translation>Flytja inn úr &amp;Anki…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Skrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="121"/>
        <source>&amp;Build deck from folder…</source>
        <translation>&amp;Búa til stokk úr möppu…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="125"/>
        <source>&amp;Import glossary…</source>
        <translation>&amp;Flytja inn orðalista…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="134"/>
        <source>&amp;Export to Anki…</source>
        <translation>Flytja út í &amp;Anki…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Hætta</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="143"/>
        <source>&amp;Edit</source>
        <translation>&amp;Breyta</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="150"/>
        <source>&amp;Add card…</source>
        <translation>&amp;Bæta við spjaldi…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="154"/>
        <source>&amp;Go</source>
        <translation>&amp;Fara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="155"/>
        <source>&amp;Decks</source>
        <translation>S&amp;tokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="159"/>
        <source>&amp;Study selected deck</source>
        <translation>&amp;Læra valinn stokk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="163"/>
        <source>S&amp;orting quiz on selected deck</source>
        <translation>F&amp;lokkunarpróf á völdum stokki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="167"/>
        <source>&amp;Read the selected deck&apos;s articles</source>
        <translation>&amp;Lesa greinar valins stokks</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="171"/>
        <source>&amp;Tools</source>
        <translation>&amp;Verkfæri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="172"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;Tölfræði</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="176"/>
        <source>&amp;Browse cards</source>
        <translation>&amp;Skoða spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="180"/>
        <source>&amp;Settings…</source>
        <translation>St&amp;illingar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="184"/>
        <source>Deck &amp;options…</source>
        <translation>&amp;Valkostir stokks…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="189"/>
        <source>&amp;About flashcards</source>
        <translation>&amp;Um flashcards</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="344"/>
        <source>Export to Anki</source>
        <translation>Flytja út í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="347"/>
        <source>Anki packages (*.apkg)</source>
        <translation>Anki-pakkar (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="429"/>
        <source>Working…</source>
        <translation>Vinn…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="442"/>
        <source>About flashcards</source>
        <translation>Um flashcards</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="444"/>
        <source>flashcards %1: bilingual flashcards from business articles, scheduled with FSRS.</source>
        <translation>flashcards %1: tvítyngd minnisspjöld úr viðskiptagreinum, tímasett með FSRS.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="33"/>
        <source>%1: not an Anki package (not a zip archive)</source>
        <translation>%1: ekki Anki-pakki (ekki zip-safn)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="34"/>
        <source>%1: not an Anki package (no collection in it)</source>
        <translation>%1: ekki Anki-pakki (ekkert safn í honum)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="37"/>
        <source>%1: a damaged zip archive</source>
        <translation>%1: skemmt zip-safn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="38"/>
        <source>%1: not imported: it would unpack to more than %2 or %3 files</source>
        <translation>%1: ekki flutt inn: opnaður yrði hann stærri en %2 eða fleiri en %3 skrár</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="41"/>
        <source>%1: Anki&apos;s library cannot read it (%2)</source>
        <translation>%1: forritasafn Anki getur ekki lesið hann (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="44"/>
        <source>%1: no note type has the fields %2 and %3 (%4)</source>
        <translation>%1: engin glósutegund hefur reitina %2 og %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="21"/>
        <source>%1: no such file</source>
        <extracomment>One sentence per reason; %1 is the file&apos;s name, %2 and %3 the reason&apos;s values.</extracomment>
        <translation>%1: skráin er ekki til</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="22"/>
        <source>%1: permission denied</source>
        <translation>%1: aðgangi hafnað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="23"/>
        <source>%1: a symbolic link loop</source>
        <translation>%1: hringtilvísun tákntengla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="24"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: ekki hægt að lesa (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="25"/>
        <source>%1: a folder, not a file</source>
        <translation>%1: mappa, ekki skrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="26"/>
        <source>%1: not a regular file</source>
        <translation>%1: ekki venjuleg skrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="27"/>
        <source>%1: the file is too large (%2; at most %3)</source>
        <translation>%1: skráin er of stór (%2; mest %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="28"/>
        <source>%1: the file is empty</source>
        <translation>%1: skráin er tóm</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="29"/>
        <source>%1: not a text file</source>
        <translation>%1: ekki textaskrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="30"/>
        <source>%1: not valid %2 text</source>
        <translation>%1: ekki gildur %2 texti</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="31"/>
        <source>Cannot write %1 (%2).</source>
        <translation>Ekki hægt að skrifa %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="32"/>
        <source>Unsupported language: %2</source>
        <translation>Tungumál ekki stutt: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="94"/>
        <source>%1: no such file or folder</source>
        <extracomment>One sentence per reason the builder gives; %1 is the file&apos;s name, %2, %3 … its values, each written as `_VALUES` says. The reasons of `_TEMPLATES` are worded by those.</extracomment>
        <translation>%1: engin slík skrá eða mappa</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="95"/>
        <source>%1: a symbolic link back to a folder above it (a loop)</source>
        <translation>%1: tákntenging aftur í möppu ofar í trénu (lykkja)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="98"/>
        <source>%1: a symbolic link to a file that is not there</source>
        <translation>%1: tákntenging í skrá sem er ekki til</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="101"/>
        <source>%1: a folder named like an article; read as a folder</source>
        <translation>%1: mappa sem heitir eins og grein; lesin sem mappa</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="104"/>
        <source>%1: the same article as %2; built once</source>
        <translation>%1: sama grein og %2; aðeins unnin einu sinni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="107"/>
        <source>%1: lines %3: bytes that are not UTF-8 were left out</source>
        <translation>%1: í línum %3 var sleppt bætum sem eru ekki UTF-8</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="110"/>
        <source>%1: lines %3 are not UTF-8 like the rest; read as %4</source>
        <translation>%1: línur %3 eru ekki UTF-8 eins og restin; lesnar sem %4</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="113"/>
        <source>%1: not UTF-8; read as %2</source>
        <translation>%1: ekki UTF-8; lesin sem %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="114"/>
        <source>%1: contains HTML markup, which was left out of the cards</source>
        <translation>%1: inniheldur HTML-ívaf sem var haldið utan við spjöldin</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="117"/>
        <source>%1: no title in the front matter; the first heading is used</source>
        <translation>%1: enginn titill í lýsigagnahausnum; fyrsta fyrirsögnin er notuð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="120"/>
        <source>%1: the language “%2” in the front matter is not supported; it was detected instead</source>
        <translation>%1: tungumálið „%2“ í lýsigagnahausnum er ekki stutt; tungumálið var greint úr textanum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="124"/>
        <source>%1: probably in %2, but only %3 sure; set “lang:” in the front matter to be certain</source>
        <translation>%1: líklega á tungumálinu %2, en aðeins %3 öruggt; tilgreindu „lang:“ í lýsigagnahausnum til að vera viss</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="128"/>
        <source>%1: %2 sentences with words of up to %3 characters were left out (no cards are made of them)</source>
        <translation>%1: %2 setningum með allt að %3 stafa orðum var sleppt (engin spjöld eru gerð úr þeim)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="133"/>
        <source>%1: broken front matter (line %3)</source>
        <translation>%1: lýsigagnahausinn er gallaður (lína %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="134"/>
        <source>%1: broken front matter (nested too deeply)</source>
        <translation>%1: lýsigagnahausinn er gallaður (of djúpt hreiðraður)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="137"/>
        <source>%1: the front matter is too long (%2 characters; at most %3)</source>
        <translation>%1: lýsigagnahausinn er of langur (%2 stafir; í mesta lagi %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="140"/>
        <source>%1: the front matter is too large (more than %2 values once its aliases are expanded)</source>
        <translation>%1: lýsigagnahausinn er of stór (fleiri en %2 gildi þegar samnefni eru leyst út)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="144"/>
        <source>%1: the front matter is not a list of keys and values</source>
        <translation>%1: lýsigagnahausinn er ekki listi yfir lykla og gildi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="147"/>
        <source>%1: “%2” in the front matter is not text (put it in quotes to keep it as text)</source>
        <translation>%1: „%2“ í lýsigagnahausnum er ekki texti (settu það innan gæsalappa til að halda því sem texta)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="151"/>
        <source>%1: front matter but no article after it</source>
        <translation>%1: lýsigagnahaus en engin grein á eftir honum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="152"/>
        <source>%1: no paragraphs or lists in the article</source>
        <translation>%1: engar málsgreinar eða listar í greininni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="155"/>
        <source>%1: no title (neither in the front matter nor as a heading)</source>
        <translation>%1: enginn titill (hvorki í lýsigagnahausnum né sem fyrirsögn)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="158"/>
        <source>%1: the title has a word of %2 characters</source>
        <translation>%1: í titlinum er %2 stafa orð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="161"/>
        <source>%1: no text to tell the language from</source>
        <translation>%1: enginn texti til að greina tungumálið af</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="162"/>
        <source>%1: may translate %2 (similarity %3), but another article is as likely; not grouped: give the translations the same “translation_key:” in their front matter</source>
        <translation>%1: gæti verið þýðing á %2 (líkindi %3), en önnur grein er jafn líkleg; ekki flokkuð saman: gefðu þýðingunum sama „translation_key:“ í lýsigagnahausnum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="167"/>
        <source>%1: its words say it may translate %2, but another article is as likely; not grouped: give the translations the same “translation_key:” in their front matter</source>
        <translation>%1: orðin benda til að hún sé þýðing á %2, en önnur grein er jafn líkleg; ekki flokkuð saman: gefðu þýðingunum sama „translation_key:“ í lýsigagnahausnum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="172"/>
        <source>%1: the translation key “%2” is already used by %3 for %4; built on its own</source>
        <translation>%1: þýðingarlykillinn „%2“ er þegar notaður af %3 fyrir tungumálið %4; unnin ein og sér</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="176"/>
        <source>%1: written in %2, not %3; no cards</source>
        <translation>%1: skrifuð á tungumálinu %2, ekki %3; engin spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="177"/>
        <source>%1: no language analysis for %2, so no cards of these kinds: %3</source>
        <translation>%1: engin málgreining fyrir tungumálið %2, svo engin spjöld af þessum gerðum: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="180"/>
        <source>%1: no %2 translation found; made %3 cards in %4 only</source>
        <translation>%1: engin þýðing fannst á tungumálinu %2; %3 spjöld gerð aðeins á tungumálinu %4</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="183"/>
        <source>%1: no readable article to build from</source>
        <translation>%1: engin læsileg grein til að smíða úr</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="188"/>
        <source>%1: line %3: bytes that are not UTF-8 were left out</source>
        <extracomment>The sentence where the number it counts is 1 (`_COUNTED` says which value that is).</extracomment>
        <translation>%1: í línu %3 var sleppt bætum sem eru ekki UTF-8</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="191"/>
        <source>%1: line %3 is not UTF-8 like the rest; read as %4</source>
        <translation>%1: lína %3 er ekki UTF-8 eins og restin; lesin sem %4</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="194"/>
        <source>%1: a sentence with a word of %3 characters was left out (no card is made of it)</source>
        <translation>%1: setningu með %3 stafa orði var sleppt (ekkert spjald er gert úr henni)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="198"/>
        <source>%1: no %2 translation found; made one card in %4 only</source>
        <translation>%1: engin þýðing fannst á tungumálinu %2; eitt spjald gert aðeins á tungumálinu %4</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="210"/>
        <source>%1: broken front matter</source>
        <extracomment>Front matter YAML found broken where it does not say on which line.</extracomment>
        <translation>%1: lýsigagnahausinn er gallaður</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="214"/>
        <source>%1: a named pipe (FIFO), not a regular file</source>
        <extracomment>What a file that is not a regular file is, by `flashcards.files.kind_code`.</extracomment>
        <translation>%1: nafngreind pípa (FIFO), ekki venjuleg skrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="215"/>
        <source>%1: a socket, not a regular file</source>
        <translation>%1: sökkull, ekki venjuleg skrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="216"/>
        <source>%1: a device, not a regular file</source>
        <translation>%1: tæki, ekki venjuleg skrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="338"/>
        <source> or </source>
        <extracomment>How each value of a reason is written, one letter per value from %2 on: f a file&apos;s name, l a language, L languages (&quot;is,tr&quot;), n a number, p a share (&quot;0.42&quot;), x line numbers, k card kinds, t text as it is, - not shown. Reasons no build reports of a file (errors of a glossary, a deck, a command&apos;s arguments, a file written, an Anki package: worded by `error_text` and the dialogs that show them). Words the sentences above put between values.</extracomment>
        <translation> eða </translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="339"/>
        <source>another language</source>
        <translation>annað tungumál</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../flashcards/gui/notice.py" line="25"/>
        <source>Notice</source>
        <extracomment>How long a notice stays, in milliseconds.</extracomment>
        <translation>Tilkynning</translation>
    </message>
</context>
<context>
    <name>OpProgress</name>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="57"/>
        <source>Reading the Anki package… %1</source>
        <translation>Les Anki-pakkann… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="58"/>
        <source>Computing each card&apos;s memory from its reviews… %1</source>
        <translation>Reikna minni hvers spjalds út frá upprifjunum þess… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="23"/>
        <source>Starting…</source>
        <translation>Byrja…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="45"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="50"/>
        <source>Reading articles… %1</source>
        <translation>Les greinar… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="51"/>
        <source>Grouping the translations… %1</source>
        <translation>Flokka þýðingar… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="52"/>
        <source>Making cards… %1 article groups</source>
        <translation>Bý til spjöld… %1 greinahópar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="53"/>
        <source>Writing cards… %1</source>
        <translation>Skrifa spjöld… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="54"/>
        <source>Reading the cards… %1</source>
        <translation>Les spjöldin… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="55"/>
        <source>Packing cards… %1</source>
        <translation>Pakka spjöldum… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="56"/>
        <source>Saving the file… %1</source>
        <translation>Vista skrána… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="90"/>
        <source>Cancelling…</source>
        <translation>Hætti við…</translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="70"/>
        <source>Deck options</source>
        <translation>Valkostir stokks</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="85"/>
        <source>Deck</source>
        <translation>Stokkur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="91"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="93"/>
        <source>Preset</source>
        <translation>Forstilling</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="95"/>
        <source>Add preset…</source>
        <translation>Bæta við forstillingu…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="100"/>
        <source>Preset:</source>
        <translation>Forstilling:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="105"/>
        <source>Desired retention</source>
        <translation>Æskileg muna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="106"/>
        <source>Desired retention:</source>
        <translation>Æskileg muna:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="109"/>
        <source>New cards a day</source>
        <translation>Ný spjöld á dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="110"/>
        <source>New cards a day:</source>
        <translation>Ný spjöld á dag:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="113"/>
        <source>Reviews a day</source>
        <translation>Upprifjanir á dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="114"/>
        <source>Reviews a day:</source>
        <translation>Upprifjanir á dag:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="115"/>
        <source>New cards count against the review limit, as in Anki.</source>
        <translation>Ný spjöld teljast með í upprifjunarhámarkinu, eins og í Anki.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="119"/>
        <source>These limits for this deck only</source>
        <translation>Þessi hámörk aðeins fyrir þennan stokk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="122"/>
        <source>Learning steps</source>
        <translation>Námsskref</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="124"/>
        <source>Learning steps:</source>
        <translation>Námsskref:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="126"/>
        <source>Relearning steps</source>
        <translation>Endurnámsskref</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="128"/>
        <source>Relearning steps:</source>
        <translation>Endurnámsskref:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="131"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="132"/>
        <source>Maximum interval</source>
        <translation>Lengsta bil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="133"/>
        <source>Maximum interval:</source>
        <translation>Lengsta bil:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="134"/>
        <source>new</source>
        <translation>ný</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="135"/>
        <source>review</source>
        <translation>upprifjun</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="136"/>
        <source>interday learning</source>
        <translation>nám milli daga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="140"/>
        <source>Bury siblings:</source>
        <translation>Fresta systkinaspjöldum:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="142"/>
        <source>Review order</source>
        <translation>Röð upprifjana</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="144"/>
        <source>Most faded first (relative overdueness)</source>
        <translation>Mest dofnuð fyrst (hlutfallsleg töf)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="145"/>
        <source>Due date, then random (Anki&apos;s default)</source>
        <translation>Gjalddagi, síðan handahófs (sjálfgefið í Anki)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="146"/>
        <source>Lowest retrievability first</source>
        <translation>Lægsti endurheimtanleiki fyrst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="147"/>
        <source>Shortest intervals first</source>
        <translation>Stystu bil fyrst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="148"/>
        <source>Longest intervals first</source>
        <translation>Lengstu bil fyrst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="149"/>
        <source>Random</source>
        <translation>Handahófs</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="152"/>
        <source>Review order:</source>
        <translation>Röð upprifjana:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="155"/>
        <source>never</source>
        <translation>aldrei</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="156"/>
        <source>Leech threshold</source>
        <translation>Blóðsugumörk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="158"/>
        <source>Leech action</source>
        <translation>Aðgerð við blóðsugu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="159"/>
        <source>Tag only</source>
        <translation>Aðeins merkja</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="160"/>
        <source>Suspend</source>
        <translation>Setja í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="163"/>
        <source>lapses, then</source>
        <translation>gleymskur, síðan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="167"/>
        <source>Leech after:</source>
        <translation>Blóðsuga eftir:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="174"/>
        <source>Load on %1</source>
        <translation>Álag á %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="177"/>
        <source>Normal, reduced (½) or almost no reviews (–)</source>
        <translation>Venjulegt, minnkað (½) eða nánast engar upprifjanir (–)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="180"/>
        <source>Easy days:</source>
        <translation>Léttir dagar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="182"/>
        <source>½ fewer reviews · – almost none</source>
        <translation>½ færri upprifjanir · – nær engar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="186"/>
        <source>Reschedule cards on change</source>
        <translation>Endurskipuleggja spjöld við breytingu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="189"/>
        <source>Move due dates to the new retention&apos;s intervals (otherwise only new answers use it)</source>
        <translation>Færa gjalddaga að bilum nýrrar æskilegrar munu (annars nota aðeins ný svör hana)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="212"/>
        <source>Default</source>
        <translation>Sjálfgefið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="269"/>
        <source>Steps are numbers with m, h or d, like “1m 10m”.</source>
        <translation>Skref eru tölur með m, h eða d, t.d. „1m 10m“.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="306"/>
        <source>Add preset</source>
        <translation>Bæta við forstillingu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="306"/>
        <source>Name:</source>
        <translation>Heiti:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="314"/>
        <source>Choose a name no other preset has.</source>
        <translation>Veldu heiti sem engin önnur forstilling ber.</translation>
    </message>
</context>
<context>
    <name>ReaderWindow</name>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="56"/>
        <source>Read — %1</source>
        <extracomment>A card to show in its article (the browser&apos;s &quot;Show in article&quot;): its family is opened and the cursor put on the first sentence it asks about.</extracomment>
        <translation>Lestur — %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="58"/>
        <source>Article</source>
        <translation>Grein</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="60"/>
        <source>&amp;Article:</source>
        <translation>&amp;Grein:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="108"/>
        <source>↑/↓ sentence by sentence · Tab other language · →/← Shift+→ select words · T term card · C cloze · R read aloud · Enter its cards · E edit · J suspend · S study now · X mark bad · Esc close</source>
        <extracomment>Where the mouse pointer was when the keys or a new article last put the cursor: the pointer takes the cursor only once it has moved from there (a window opening under it, or rows scrolling under it, must not move the cursor away).</extracomment>
        <translation>↑/↓ setningu fyrir setningu · Tab hitt tungumálið · →/← Shift+→ velja orð · T hugtakaspjald · C eyðufylling · R lesa upphátt · Enter spjöldin · E breyta · J setja í bið · S læra núna · X merkja slæmt · Esc loka</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="129"/>
        <source>This deck has no article in two languages to read.</source>
        <translation>Í þessum stokki er engin grein á tveimur tungumálum til að lesa.</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="51"/>
        <source>Answer mode</source>
        <translation>Svarmáti</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="36"/>
        <source>Flip and grade yourself</source>
        <translation>Snúa við og meta sjálf(ur)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="37"/>
        <source>Type the answer</source>
        <translation>Skrifa svarið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="38"/>
        <source>Multiple choice</source>
        <translation>Krossaspurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="57"/>
        <source>Read aloud (R)</source>
        <translation>Lesa upphátt (R)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="58"/>
        <source>Read aloud</source>
        <translation>Lesa upphátt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="72"/>
        <source>Cards left today</source>
        <translation>Spjöld eftir í dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="117"/>
        <source>Back to decks</source>
        <translation>Aftur í stokka</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="103"/>
        <source>Opening %1…</source>
        <translation>Opna %1…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="85"/>
        <source>New %1 · Learning %2 · Review %3</source>
        <translation>Ný %1 · Í námi %2 · Upprifjun %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="132"/>
        <source>The cards chosen are studied: %1 answered.</source>
        <translation>Valin spjöld eru lærð: %1 svarað.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="134"/>
        <source>Done for today: %1 answered in this session.</source>
        <translation>Búið í dag: %1 svarað í þessari lotu.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="138"/>
        <source>The next card is due %1.</source>
        <translation>Næsta spjald er á gjalddaga %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="279"/>
        <source>Still opening the deck: that key was ignored.</source>
        <extracomment>Study now: these cards of the deck only, due or not (None: the deck&apos;s queue).</extracomment>
        <translation>Enn að opna stokkinn: lyklinum var ekki sinnt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="40"/>
        <source>Leech: forgotten %1 times. It is tagged “leech”.</source>
        <translation>Blóðsuga: gleymt %1 sinnum. Það er merkt „leech“.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="44"/>
        <source>It is suspended until you unsuspend it in the browser.</source>
        <translation>Það er í bið þar til þú tekur það úr bið í vafranum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="60"/>
        <source>Recall now: %1</source>
        <translation>Muna núna: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="62"/>
        <source>Recall now: new card</source>
        <translation>Muna núna: nýtt spjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="72"/>
        <source>Card buried until tomorrow</source>
        <translation>Spjaldi frestað til morguns</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="82"/>
        <source>Card suspended</source>
        <translation>Spjald sett í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="101"/>
        <source>Flag set: %1</source>
        <translation>Fáni settur: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="103"/>
        <source>Flag removed</source>
        <translation>Fáni fjarlægður</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="134"/>
        <source>Card saved</source>
        <translation>Spjald vistað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="185"/>
        <source>Edit card…</source>
        <translation>Breyta spjaldi…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="186"/>
        <source>Bury until tomorrow</source>
        <translation>Fresta til morguns</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="187"/>
        <source>Suspend</source>
        <translation>Setja í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="188"/>
        <source>Mark card bad…</source>
        <translation>Merkja spjald slæmt…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="189"/>
        <source>Show recall</source>
        <translation>Sýna líkur á að muna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="378"/>
        <source>No card on screen.</source>
        <translation>Ekkert spjald á skjánum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="384"/>
        <source>A gap sentence is read aloud once the answer is shown.</source>
        <translation>Eyðusetning er lesin upphátt þegar svarið hefur verið sýnt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="387"/>
        <source>Read the card aloud</source>
        <translation>Lesa spjaldið upphátt</translation>
    </message>
</context>
<context>
    <name>SelectionCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="316"/>
        <source>New term card</source>
        <translation>Nýtt hugtakaspjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="317"/>
        <source>&amp;Term (%1):</source>
        <translation>&amp;Hugtak (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="319"/>
        <source>Term</source>
        <translation>Hugtak</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="321"/>
        <source>T&amp;ranslation (%1):</source>
        <translation>Þý&amp;ðing (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="324"/>
        <source>Translation</source>
        <translation>Þýðing</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="331"/>
        <source>Cards: %1</source>
        <translation>Spjöld: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="332"/>
        <source>Sentence: %1</source>
        <translation>Setning: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="334"/>
        <source>New cloze card</source>
        <translation>Nýtt eyðufyllingarspjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="336"/>
        <source>Question:</source>
        <translation>Spurning:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="338"/>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="342"/>
        <source>This selection has made these cards already.</source>
        <translation>Þetta val hefur þegar búið til þessi spjöld.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="345"/>
        <source>&amp;Add</source>
        <translation>&amp;Bæta við</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="380"/>
        <source>The translation is what you selected in the other column.</source>
        <translation>Þýðingin er það sem þú valdir í hinum dálkinum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="381"/>
        <source>Translation proposed from the deck&apos;s cards.</source>
        <translation>Þýðing lögð til út frá spjöldum stokksins.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="382"/>
        <source>Translation proposed from the aligned sentences.</source>
        <translation>Þýðing lögð til út frá samstilltu setningunum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="383"/>
        <source>Written the same in both languages.</source>
        <translation>Skrifað eins á báðum málum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="385"/>
        <source>A guess from its place in the aligned sentence: check the translation.</source>
        <translation>Ágiskun út frá stað þess í samstilltu setningunni: athugaðu þýðinguna.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="388"/>
        <source>Type the translation, or select it in the other column before pressing T.</source>
        <translation>Skrifaðu þýðinguna, eða veldu hana í hinum dálkinum áður en þú ýtir á T.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="402"/>
        <source>A term card needs the term and its translation.</source>
        <translation>Hugtakaspjald þarf hugtakið og þýðingu þess.</translation>
    </message>
</context>
<context>
    <name>SelectionCards</name>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="83"/>
        <source>Select a word or phrase first (→/← and Shift+→, or the mouse), then T or C.</source>
        <translation>Veldu fyrst orð eða orðasamband (→/← og Shift+→, eða músin), síðan T eða C.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="89"/>
        <source>A cloze is made from a sentence, not a heading.</source>
        <translation>Eyðufylling er gerð úr setningu, ekki fyrirsögn.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="92"/>
        <source>Looking up the words in dictionary form…</source>
        <translation>Fletti upp orðunum í orðabókarmynd…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="111"/>
        <source>Added %1 card: find it in the browser.</source>
        <translation>%1 spjaldi bætt við: finndu það í vafranum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="112"/>
        <source>Added %1 cards: find them in the browser.</source>
        <translation>%1 spjöldum bætt við: finndu þau í vafranum.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <extracomment>The answer modes of the reviewer.</extracomment>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="136"/>
        <source>Scheduling</source>
        <translation>Tímasetning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="140"/>
        <source>Hour the study day starts</source>
        <translation>Klukkan sem námsdagur hefst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="141"/>
        <source>Next day starts at:</source>
        <translation>Nýr dagur hefst kl.:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="143"/>
        <source>Schedule for the target calibrated on my reviews</source>
        <translation>Tímasetja miðað við markmið kvarðað á upprifjunum mínum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="146"/>
        <source>Each optimize compares how often you recalled recent reviews with the recall the app predicted. When on, intervals are computed for the predicted recall at which you actually recall the desired retention (off by default).</source>
        <translation>Hver fínstilling ber saman hve oft þú mundir nýlegar upprifjanir og hverju forritið spáði. Þegar kveikt er á þessu eru bil reiknuð fyrir þá spáðu munu sem gefur í raun æskilega munu (slökkt sjálfgefið).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="168"/>
        <source>Answers</source>
        <translation>Svör</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="182"/>
        <source>Forgive missing accents in typed answers</source>
        <translation>Fyrirgefa vantandi kommur í skrifuðum svörum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="184"/>
        <source>A right answer within 5 s counts as Easy</source>
        <translation>Rétt svar innan 5 s telst Auðvelt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="187"/>
        <source>Interface</source>
        <translation>Viðmót</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="189"/>
        <source>Language</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="190"/>
        <source>System</source>
        <translation>Kerfi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="193"/>
        <source>Language:</source>
        <translation>Tungumál:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="195"/>
        <source>Theme</source>
        <translation>Útlit</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="197"/>
        <source>Follow the system</source>
        <translation>Fylgja kerfinu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="198"/>
        <source>Light</source>
        <translation>Ljóst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="199"/>
        <source>Dark</source>
        <translation>Dökkt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="202"/>
        <source>Theme:</source>
        <translation>Útlit:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="205"/>
        <source>Default</source>
        <translation>Sjálfgefið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="256"/>
        <source>Not measured yet: optimize in the statistics first.</source>
        <translation>Ekki mælt enn: fínstilltu fyrst í tölfræðinni.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="261"/>
        <source>Too few reviews predicted near %1 (%2 of %3 needed).</source>
        <translation>Of fáar upprifjanir spáðar nálægt %1 (%2 af %3 sem þarf).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="268"/>
        <source>At a predicted %1 you recalled %2 (%3 reviews): calibrated target %4.</source>
        <translation>Þegar spáð var %1 mundir þú %2 (%3 upprifjanir): kvarðað markmið %4.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="204"/>
        <source>Font size</source>
        <translation>Leturstærð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="207"/>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="208"/>
        <source>Font size:</source>
        <translation>Leturstærð:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="170"/>
        <source>Answer mode</source>
        <translation>Svarmáti</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="174"/>
        <source>Flip and grade yourself</source>
        <translation>Snúa við og meta sjálf(ur)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="175"/>
        <source>Type the answer</source>
        <translation>Skrifa svarið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="176"/>
        <source>Multiple choice</source>
        <translation>Krossaspurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="181"/>
        <source>Answer mode:</source>
        <translation>Svarmáti:</translation>
    </message>
</context>
<context>
    <name>SortQuizDialog</name>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="68"/>
        <source>Sorting quiz: %1</source>
        <translation>Flokkunarpróf: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="78"/>
        <location filename="../../flashcards/gui/sort_quiz.py" line="400"/>
        <source>Loading…</source>
        <translation>Hleð…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="83"/>
        <source>Again</source>
        <translation>Aftur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="85"/>
        <source>Another quiz on this deck (Enter)</source>
        <translation>Annað próf úr þessum stokki (Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="119"/>
        <source>&amp;Statements in:</source>
        <translation>&amp;Fullyrðingar á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="121"/>
        <source>A new round in the other language (L)</source>
        <translation>Ný umferð á hinu málinu (L)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="166"/>
        <source>Which concept does each statement describe? Press 1 or 2 (or click) to put it under one; then Enter for the next.</source>
        <translation>Hvoru hugtakinu lýsir hver fullyrðing? Ýttu á 1 eða 2 (eða smelltu) til að setja hana undir annað; síðan Enter fyrir þá næstu.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="172"/>
        <source>Progress</source>
        <translation>Framvinda</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="177"/>
        <source>Statement</source>
        <translation>Fullyrðing</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="181"/>
        <source>Verdict</source>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="195"/>
        <location filename="../../flashcards/gui/sort_quiz.py" line="312"/>
        <source>Next (Enter)</source>
        <translation>Næsta (Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="205"/>
        <source>Score</source>
        <translation>Stig</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="239"/>
        <source>This deck has no statements to sort. The sorting quiz asks which of two contrasted concepts (soft sell or hard sell) a sentence describes; a deck gets such statements from articles that compare two concepts.</source>
        <translation>Þessi stokkur hefur engar fullyrðingar til að flokka. Flokkunarprófið spyr hvoru tveggja andstæðra hugtaka (mjúkri sölu eða harðri sölu) setning lýsir; stokkur fær slíkar fullyrðingar úr greinum sem bera saman tvö hugtök.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="261"/>
        <source>Statement %1 of %2</source>
        <translation>Fullyrðing %1 af %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="295"/>
        <source>Right: it belongs under %1.</source>
        <translation>Rétt: hún á heima undir %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="297"/>
        <source>Not quite: it belongs under %1.</source>
        <translation>Ekki alveg: hún á heima undir %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="312"/>
        <source>See the result (Enter)</source>
        <translation>Sjá niðurstöðuna (Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="367"/>
        <source>Every statement is where it belongs.</source>
        <translation>Hver fullyrðing er þar sem hún á heima.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="380"/>
        <source>You put it under %1; it belongs under %2.</source>
        <translation>Þú settir hana undir %1; hún á heima undir %2.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="356"/>
        <source>Score: %1 of %2</source>
        <translation>Stig: %1 af %2</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="53"/>
        <source>Reading aloud needs a speech engine: install libpulse0, speech-dispatcher and espeak-ng (Debian/Ubuntu), then start the app again.</source>
        <extracomment>Names an engine to use (e.g. &quot;mock&quot;, Qt&apos;s silent test engine); by default a real one.</extracomment>
        <translation>Upplestur þarf talgervil: settu upp libpulse0, speech-dispatcher og espeak-ng (Debian/Ubuntu) og ræstu forritið aftur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="68"/>
        <source>No text-to-speech engine is working (install speech-dispatcher and espeak-ng).</source>
        <translation>Enginn talgervill virkar (settu upp speech-dispatcher og espeak-ng).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="90"/>
        <source>No %1 voice is installed.</source>
        <translation>Engin rödd fyrir %1 er uppsett.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="111"/>
        <source>Statistics</source>
        <translation>Tölfræði</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="122"/>
        <source>Loading…</source>
        <translation>Hleð…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="147"/>
        <source>Optimize parameters</source>
        <translation>Fínstilla stika</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="148"/>
        <source>Optimize FSRS parameters</source>
        <translation>Fínstilla FSRS-stika</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="153"/>
        <source>Result of the optimization</source>
        <translation>Niðurstaða bestunarinnar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="220"/>
        <source>%1 of %2 reviews remembered (last 30 days)</source>
        <translation>%1 af %2 upprifjunum mundust (síðustu 30 daga)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="197"/>
        <source>Desired retention: %1</source>
        <translation>Æskileg muna: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="136"/>
        <source>Study days</source>
        <translation>Námsdagar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="129"/>
        <source>Reviews per day</source>
        <translation>Upprifjanir á dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="130"/>
        <source>Due in the next 30 days</source>
        <translation>Á gjalddaga næstu 30 daga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="154"/>
        <source>Evaluate</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="155"/>
        <source>Evaluate the FSRS parameters</source>
        <translation>Meta FSRS-stikana</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="157"/>
        <source>Workload by retention</source>
        <translation>Vinnuálag eftir munu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="159"/>
        <source>Show the workload of each desired retention</source>
        <translation>Sýna vinnuálag hverrar æskilegrar munu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="173"/>
        <source>Workload by desired retention</source>
        <translation>Vinnuálag eftir æskilegri munu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="238"/>
        <source>Not enough reviews yet: this chart fills in as you study.</source>
        <translation>Ekki nægar upprifjanir enn: þetta graf fyllist eftir því sem þú lærir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="227"/>
        <location filename="../../flashcards/gui/stats_window.py" line="244"/>
        <source>1 review</source>
        <translation>1 upprifjun</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="208"/>
        <source>(your recall at a predicted %1 is %2: scheduling for %3)</source>
        <translation>(þegar spáð er %1 manstu %2: tímasett miðað við %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="224"/>
        <source>Retention: not measured yet (no answers to learned cards in 30 days)</source>
        <translation>Muna: ekki mæld enn (engin svör við lærðum spjöldum í 30 daga)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="227"/>
        <location filename="../../flashcards/gui/stats_window.py" line="244"/>
        <source>%1 reviews</source>
        <translation>%1 upprifjanir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="229"/>
        <source>Today: %1, %2 again, %3 min</source>
        <translation>Í dag: %1, %2 aftur, %3 mín.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="254"/>
        <source>1 card due</source>
        <translation>1 spjald til upprifjunar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="254"/>
        <source>%1 cards due</source>
        <translation>%1 spjöld til upprifjunar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="256"/>
        <source>No reviews are due in the next 30 days.</source>
        <translation>Engar upprifjanir næstu 30 daga.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="264"/>
        <source>Week of %1: %2 of %3 reviews remembered</source>
        <translation>Vikan frá %1: %2 af %3 upprifjunum munað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="269"/>
        <source>Not enough reviews yet: retention shows once cards come back for review.</source>
        <translation>Ekki nægar upprifjanir enn: munahlutfall birtist þegar spjöld koma aftur til upprifjunar.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="277"/>
        <source>No cards yet.</source>
        <translation>Engin spjöld enn.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="286"/>
        <source>FSRS parameters in use: %1</source>
        <translation>FSRS-stikar í notkun: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="354"/>
        <source>Current parameters: log loss %1, calibration error %2, %3 reviews</source>
        <translation>Núverandi stikar: log-tap %1, kvörðunarskekkja %2, %3 upprifjanir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="372"/>
        <source>Simulating a year of study…</source>
        <translation>Líki eftir árs námi…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="377"/>
        <source>Recommended minimum retention: %1</source>
        <translation>Ráðlögð lágmarksmuna: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="385"/>
        <source>reviews a day</source>
        <translation>upprifjanir á dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="386"/>
        <source>cards known after a year</source>
        <translation>spjöld kunn eftir ár</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="387"/>
        <source>recommended minimum</source>
        <translation>ráðlagt lágmark</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="389"/>
        <source>Workload by desired retention (%1 cards, one year)</source>
        <translation>Vinnuálag eftir æskilegri munu (%1 spjöld, eitt ár)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="131"/>
        <source>Retention by week</source>
        <translation>Muna eftir vikum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="262"/>
        <source>remembered</source>
        <translation>munað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="262"/>
        <source>desired</source>
        <translation>æskilegt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="132"/>
        <source>Cards by state</source>
        <translation>Spjöld eftir stöðu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="294"/>
        <source>suspended</source>
        <translation>í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="306"/>
        <source>Too few reviews to fit the parameters yet (%1 so far); the current ones stay.</source>
        <translation>Of fáar upprifjanir enn til að laga færibreyturnar (%1 hingað til); núverandi færibreytur haldast.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="310"/>
        <source>The current parameters stay: the fitted ones could not be used.</source>
        <translation>Núverandi færibreytur haldast: ekki var hægt að nota þær nýju.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="312"/>
        <source>log loss %1 → %2, calibration error %3 → %4, %5 reviews</source>
        <translation>log-tap %1 → %2, kvörðunarskekkja %3 → %4, %5 upprifjanir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="320"/>
        <source>New parameters adopted: %1.</source>
        <translation>Nýjar færibreytur teknar upp: %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="322"/>
        <source>The current parameters stay: the fitted ones predict no better (%1).</source>
        <translation>Núverandi færibreytur haldast: þær nýju spá ekki betur (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="327"/>
        <source>Fitting to your reviews…</source>
        <translation>Laga að upprifjunum þínum…</translation>
    </message>
</context>
<context>
    <name>StudyNowDialog</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/study_now.py" line="46"/>
        <source>Study now — 1 card of %2</source>
        <translation>Læra núna — 1 spjald úr %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/study_now.py" line="47"/>
        <source>Study now — %1 cards of %2</source>
        <translation>Læra núna — %1 spjöld úr %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/study_now.py" line="56"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="28"/>
        <source>Again</source>
        <translation>Aftur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="29"/>
        <source>Hard</source>
        <translation>Erfitt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="30"/>
        <source>Good</source>
        <translation>Gott</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="31"/>
        <source>Easy</source>
        <translation>Auðvelt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="38"/>
        <source>Red</source>
        <extracomment>Anki&apos;s flag colours (1 red, 2 orange, 3 green, 4 blue, then pink, turquoise, purple).</extracomment>
        <translation>Rauður</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="39"/>
        <source>Orange</source>
        <translation>Appelsínugulur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="40"/>
        <source>Green</source>
        <translation>Grænn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="41"/>
        <source>Blue</source>
        <translation>Blár</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="42"/>
        <source>Pink</source>
        <translation>Bleikur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="43"/>
        <source>Turquoise</source>
        <translation>Grænblár</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="44"/>
        <source>Purple</source>
        <translation>Fjólublár</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="47"/>
        <source>new</source>
        <translation>nýtt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="48"/>
        <source>learning</source>
        <translation>í lærdómi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="49"/>
        <source>review</source>
        <translation>upprifjun</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="50"/>
        <source>relearning</source>
        <translation>endurlærdómur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="53"/>
        <source>term</source>
        <translation>hugtak</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="54"/>
        <source>definition</source>
        <translation>skilgreining</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="55"/>
        <source>technique</source>
        <translation>aðferð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="56"/>
        <source>linked term</source>
        <translation>tengt hugtak</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="57"/>
        <source>cloze</source>
        <translation>eyðufylling</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="58"/>
        <source>contrast</source>
        <translation>andstæða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="59"/>
        <source>summary</source>
        <translation>samantekt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="60"/>
        <source>fact</source>
        <translation>staðreynd</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="63"/>
        <source>Bury</source>
        <translation>Fresta</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="64"/>
        <source>Suspend</source>
        <translation>Setja í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="65"/>
        <source>Unsuspend</source>
        <translation>Taka úr bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="66"/>
        <source>Flag</source>
        <translation>Fáni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="67"/>
        <source>Edit card</source>
        <translation>Breyta spjaldi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="68"/>
        <source>Reset</source>
        <translation>Endurstilla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="69"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="70"/>
        <source>Mark bad</source>
        <translation>Merkja slæmt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="71"/>
        <source>Unmark bad</source>
        <translation>Taka af slæmt-merkingu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="72"/>
        <source>Add card</source>
        <translation>Bæta við spjaldi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="96"/>
        <location filename="../../flashcards/gui/texts.py" line="107"/>
        <source>Correct</source>
        <translation>Rétt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="97"/>
        <location filename="../../flashcards/gui/texts.py" line="105"/>
        <source>Almost</source>
        <translation>Næstum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="98"/>
        <source>Right word, wrong form</source>
        <translation>Rétt orð, röng mynd</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="99"/>
        <location filename="../../flashcards/gui/texts.py" line="104"/>
        <source>Not quite</source>
        <translation>Ekki alveg</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="114"/>
        <source>Change</source>
        <translation>Breyting</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="120"/>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="121"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Afturkalla: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="125"/>
        <source>Undid %1</source>
        <translation>Afturkallað: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="152"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="174"/>
        <source>%1m</source>
        <translation>%1 mín</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="178"/>
        <source>%1h</source>
        <translation>%1 klst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="181"/>
        <source>%1d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="185"/>
        <source>%1mo</source>
        <translation>%1 mán</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="188"/>
        <source>%1y</source>
        <translation>%1 ár</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="77"/>
        <source>Type the answer and press Enter</source>
        <translation>Skrifaðu svarið og ýttu á Enter</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="78"/>
        <source>Your answer</source>
        <translation>Svarið þitt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="88"/>
        <source>Your answer compared with the card&apos;s</source>
        <translation>Svar þitt borið saman við svar spjaldsins</translation>
    </message>
</context>
<context>
    <name>UndoManager</name>
    <message>
        <location filename="../../flashcards/gui/undo.py" line="47"/>
        <source>Nothing to undo</source>
        <translation>Ekkert til að afturkalla</translation>
    </message>
</context>
</TS>
