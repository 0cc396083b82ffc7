<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is">
<context>
    <name>AnkiImportDialog</name>
    <message>
        <source>Question and answer fields</source>
        <translation>Reitir spurningar og svars</translation>
    </message>
    <message>
        <source>The first two fields, or two names: Front,Back</source>
        <translation>Fyrstu tveir reitirnir, eða tvö heiti: Front,Back</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Reitir:</translation>
    </message>
    <message>
        <source>Fields: two names separated by a comma, e.g. Front,Back</source>
        <translation>Reitir: tvö heiti aðskilin með kommu, t.d. Front,Back</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="45"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="75"/>
        <source>Import from Anki</source>
        <extracomment>What an import may change: cards, decks, the review log and today&apos;s queues. Fronts listed for notes added or cards missing (the rest are counted).</extracomment>
        <translation>Flytja inn úr Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="48"/>
        <source>Anki packages (*.apkg *.colpkg)</source>
        <translation>Anki-pakkar (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="49"/>
        <source>All files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="82"/>
        <source>Anki package</source>
        <translation>Anki-pakki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="83"/>
        <source>An .apkg or .colpkg file exported by Anki</source>
        <translation>Skrá (.apkg eða .colpkg) sem Anki flutti út</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="88"/>
        <source>File:</source>
        <translation>Skrá:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="91"/>
        <source>Deck for the cards</source>
        <translation>Stokkur spjaldanna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="92"/>
        <source>The decks as in Anki</source>
        <translation>Stokkarnir eins og í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="95"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="96"/>
        <source>Also import notes added in Anki</source>
        <translation>Flytja líka inn glósur sem bætt var við í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="97"/>
        <source>Retire cards deleted in Anki</source>
        <translation>Leggja til hliðar spjöld sem var eytt í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="102"/>
        <source>Every review comes along, and each card&apos;s memory is computed from its whole history. The two boxes matter for decks this app exported: notes added or deleted in Anki are otherwise only reported.</source>
        <translation>Hver upprifjun fylgir með og minni hvers spjalds er reiknað út frá allri sögu þess. Reitirnir tveir skipta máli fyrir stokka sem þetta forrit flutti út: annars er aðeins greint frá glósum sem bætt var við eða eytt í Anki.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="121"/>
        <source>Report</source>
        <translation>Skýrsla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="127"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="129"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="181"/>
        <source>Import</source>
        <translation>Flytja inn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="174"/>
        <source>Importing…</source>
        <translation>Flyt inn…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="195"/>
        <source>unknown language</source>
        <translation>óþekkt tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="200"/>
        <source> and %1 more</source>
        <translation> og %1 til viðbótar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="205"/>
        <source>%1: %2 notes, %3 cards</source>
        <translation>%1: %2 glósur, %3 spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="212"/>
        <source>New deck “%1” (%2 → %3)</source>
        <translation>Nýr stokkur „%1“ (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="214"/>
        <source>Deck “%1” (%2 → %3)</source>
        <translation>Stokkur „%1“ (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="222"/>
        <source>added: %1 · updated: %2 · unchanged: %3</source>
        <translation>bætt við: %1 · uppfært: %2 · óbreytt: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="230"/>
        <source>Cards of this app found again: %1</source>
        <translation>Spjöld þessa forrits sem fundust aftur: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="233"/>
        <source>Reviews: %1 added · %2 already here</source>
        <translation>Upprifjanir: %1 bætt við · %2 voru þegar hér</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="239"/>
        <source>From Anki: %1 suspended · %2 buried · %3 flagged</source>
        <translation>Úr Anki: %1 í bið · %2 frestað · %3 flögguð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="246"/>
        <source>Studied in Anki without review history (new here): %1</source>
        <translation>Lærð í Anki án upprifjunarsögu (ný hér): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="253"/>
        <source>Notes with images or sounds (named in the text, not imported): %1</source>
        <translation>Glósur með myndum eða hljóðum (nefnd í textanum, ekki flutt inn): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="258"/>
        <source>Notes added in Anki, imported: %1</source>
        <translation>Glósur sem bætt var við í Anki, fluttar inn: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="260"/>
        <source>Notes added in Anki, not imported: %1</source>
        <translation>Glósur sem bætt var við í Anki, ekki fluttar inn: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="265"/>
        <source>Cards deleted in Anki, retired: %1</source>
        <translation>Spjöld sem var eytt í Anki, lögð til hliðar: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="267"/>
        <source>Cards not in the package (deleted in Anki?), kept: %1</source>
        <translation>Spjöld sem eru ekki í pakkanum (eytt í Anki?), haldið: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="271"/>
        <source>Skipped %1: %2</source>
        <translation>Sleppt %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="273"/>
        <source>Nothing to import.</source>
        <translation>Ekkert að flytja inn.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="289"/>
        <source>The import failed: %1</source>
        <translation>Innflutningur mistókst: %1</translation>
    </message>
</context>
<context>
    <name>AnkiExportDialog</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="56"/>
        <source>Export to Anki</source>
        <extracomment>The file name offered for an export of every deck.</extracomment>
        <translation>Flytja út í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="59"/>
        <source>Deck to export</source>
        <translation>Stokkur til útflutnings</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="60"/>
        <source>All decks</source>
        <translation>Allir stokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="65"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="68"/>
        <source>The active cards are written, without their scheduling. In Anki, open the file with File ▸ Import.</source>
        <translation>Virku spjöldin eru skrifuð, án tímasetningar. Í Anki opnarðu skrána með Skrá ▸ Flytja inn.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="78"/>
        <source>Export…</source>
        <translation>Flytja út…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
</context>
<context>
    <name>AnkiExporter</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="121"/>
        <source>%1 cards (%2 notes) written to %3</source>
        <translation>%1 spjöld (%2 færslur) skrifuð í %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="134"/>
        <source>Cannot write %1 (%2).</source>
        <translation>Ekki er hægt að skrifa %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="139"/>
        <source>The export failed: %1</source>
        <translation>Útflutningur mistókst: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="146"/>
        <source>Export to Anki</source>
        <translation>Flytja út í Anki</translation>
    </message>
</context>
<context>
    <name>BrowserWindow</name>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="250"/>
        <source>Browse cards</source>
        <translation>Skoða spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="277"/>
        <source>Search question, answer and context</source>
        <translation>Leita í spurningu, svari og samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="279"/>
        <source>Search cards</source>
        <translation>Leita í spjöldum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="284"/>
        <source>no flag</source>
        <translation>ekkert flagg</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="285"/>
        <source>Deck filter</source>
        <translation>Sía stokk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="285"/>
        <source>All decks</source>
        <translation>Allir stokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="286"/>
        <source>Language filter</source>
        <translation>Sía tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="286"/>
        <source>All languages</source>
        <translation>Öll tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="287"/>
        <source>Kind filter</source>
        <translation>Sía tegund</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="287"/>
        <source>All kinds</source>
        <translation>Allar tegundir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="289"/>
        <source>State filter</source>
        <translation>Sía stöðu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="289"/>
        <source>Any state</source>
        <translation>Hvaða staða sem er</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="290"/>
        <source>Flag filter</source>
        <translation>Sía flagg</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="290"/>
        <source>Any flag</source>
        <translation>Hvaða flagg sem er</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="308"/>
        <source>Cards</source>
        <translation>Spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="329"/>
        <source>Card text and sources</source>
        <translation>Texti spjalds og heimildir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="330"/>
        <source>Scheduling</source>
        <translation>Tímasetning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="333"/>
        <source>Review history</source>
        <translation>Upprifjunarsaga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="348"/>
        <location filename="../../flashcards/gui/browser.py" line="490"/>
        <source>Suspend (Ctrl+J)</source>
        <translation>Setja í bið (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="349"/>
        <source>Reset to new (Ctrl+Alt+N)</source>
        <translation>Gera nýtt aftur (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="350"/>
        <source>Delete (Del)</source>
        <translation>Eyða (Del)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="351"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Afturkalla (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="354"/>
        <source>Last action</source>
        <translation>Síðasta aðgerð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="355"/>
        <source>Number of cards</source>
        <translation>Fjöldi spjalda</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="423"/>
        <source>1 card</source>
        <translation>1 spjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="423"/>
        <source>%1 cards</source>
        <translation>%1 spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="450"/>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="451"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="452"/>
        <source>Context</source>
        <translation>Samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="453"/>
        <source>Card</source>
        <translation>Spjald</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="454"/>
        <source>Source files</source>
        <translation>Upprunaskrár</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="457"/>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="458"/>
        <source>Due</source>
        <translation>Gjalddagi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="460"/>
        <source>Stability</source>
        <translation>Stöðugleiki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="461"/>
        <source>Difficulty</source>
        <translation>Erfiðleiki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="463"/>
        <source>Retrievability</source>
        <translation>Munanleiki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="464"/>
        <source>Reviews, lapses</source>
        <translation>Upprifjanir, gleymskur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="490"/>
        <source>Unsuspend (Ctrl+J)</source>
        <translation>Taka úr bið (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="508"/>
        <source>Delete %1 card(s)? They leave every deck and queue; their history is kept, and Undo (Ctrl+Z) brings them back.</source>
        <translation>Eyða %1 spjöldum? Þau hverfa úr öllum stokkum og röðum; sagan þeirra er geymd og Afturkalla (Ctrl+Z) sækir þau aftur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="512"/>
        <source>Delete cards</source>
        <translation>Eyða spjöldum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="554"/>
        <source>%1: %2 card(s)</source>
        <translation>%1: %2 spjöld</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="37"/>
        <source>Build a deck from a folder</source>
        <translation>Búa til stokk úr möppu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="41"/>
        <location filename="../../flashcards/gui/build_dialog.py" line="79"/>
        <source>Folder of articles</source>
        <translation>Mappa með greinum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="43"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="47"/>
        <source>Folder:</source>
        <translation>Mappa:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="49"/>
        <source>Deck name</source>
        <translation>Heiti stokks</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="50"/>
        <source>Deck name:</source>
        <translation>Heiti stokks:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="52"/>
        <source>Question language</source>
        <translation>Tungumál spurninga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="53"/>
        <source>Questions in:</source>
        <translation>Spurningar á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="55"/>
        <source>Answer language</source>
        <translation>Tungumál svara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="56"/>
        <source>Answers in:</source>
        <translation>Svör á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="57"/>
        <source>Also make cards the other way round</source>
        <translation>Búa líka til spjöld í hina áttina</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="64"/>
        <source>Build</source>
        <translation>Búa til</translation>
    </message>
</context>
<context>
    <name>BuildRunner</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="114"/>
        <source>Reading articles…</source>
        <translation>Les greinar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="116"/>
        <source>Building %1</source>
        <translation>Bý til %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="138"/>
        <source>Reading articles… %1 of %2</source>
        <translation>Les greinar… %1 af %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="158"/>
        <source>Build finished</source>
        <translation>Lokið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="167"/>
        <source>%1 file(s) skipped, %2 note(s): see the details.</source>
        <translation>%1 skrám sleppt, %2 athugasemdir: sjá nánar.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="179"/>
        <source>The build was cancelled; nothing was changed.</source>
        <translation>Hætt var við; engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="184"/>
        <source>Build</source>
        <translation>Búa til</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="61"/>
        <source>red</source>
        <translation>rautt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="62"/>
        <source>orange</source>
        <translation>appelsínugult</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="63"/>
        <source>green</source>
        <translation>grænt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="64"/>
        <source>blue</source>
        <translation>blátt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="65"/>
        <source>pink</source>
        <translation>bleikt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="66"/>
        <source>turquoise</source>
        <translation>grænblátt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="67"/>
        <source>purple</source>
        <translation>fjólublátt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="71"/>
        <source>new</source>
        <translation>nýtt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="72"/>
        <source>learning</source>
        <translation>í námi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="73"/>
        <source>review</source>
        <translation>upprifjun</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="74"/>
        <source>relearning</source>
        <translation>endurnám</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="75"/>
        <source>suspended</source>
        <translation>í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="76"/>
        <source>buried</source>
        <translation>frestað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="77"/>
        <source>deleted</source>
        <translation>eytt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="78"/>
        <source>term</source>
        <translation>hugtak</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="79"/>
        <source>definition</source>
        <translation>skilgreining</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="80"/>
        <source>technique</source>
        <translation>tækni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="81"/>
        <source>linked term</source>
        <translation>tengt hugtak</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="82"/>
        <source>cloze</source>
        <translation>eyðufylling</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="83"/>
        <source>contrast</source>
        <translation>andstæða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="84"/>
        <source>summary</source>
        <translation>samantekt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="111"/>
        <source>Question</source>
        <extracomment>Title, sort key, width and the cell&apos;s text (always plain: card text is never markup).</extracomment>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="112"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="113"/>
        <source>Deck</source>
        <translation>Stokkur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="115"/>
        <source>Kind</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="120"/>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="121"/>
        <source>Due</source>
        <translation>Gjalddagi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="123"/>
        <source>Interval</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="129"/>
        <source>Flag</source>
        <translation>Flagg</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="118"/>
        <source>Option %1: %2</source>
        <translation>Valkostur %1: %2</translation>
    </message>
</context>
<context>
    <name>DeckListPage</name>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="62"/>
        <location filename="../../flashcards/gui/deck_list.py" line="78"/>
        <source>Decks</source>
        <translation>Stokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="70"/>
        <source>Deck</source>
        <translation>Stokkur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="71"/>
        <source>Languages</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="72"/>
        <source>New</source>
        <translation>Ný</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="73"/>
        <source>Learn</source>
        <translation>Í námi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="74"/>
        <source>Due</source>
        <translation>Á gjalddaga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="95"/>
        <source>No decks yet. Build one from a folder of articles in markdown.</source>
        <translation>Engir stokkar enn. Búðu einn til úr möppu með greinum í markdown.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="99"/>
        <source>Build a deck from a folder…</source>
        <translation>Búa til stokk úr möppu…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="100"/>
        <source>Build a deck from a folder</source>
        <translation>Búa til stokk úr möppu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="131"/>
        <source>Study</source>
        <translation>Læra</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="132"/>
        <source>Study %1</source>
        <translation>Læra %1</translation>
    </message>
</context>
<context>
    <name>EditCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="15"/>
        <source>Edit card</source>
        <translation>Breyta spjaldi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="17"/>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="18"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="19"/>
        <source>Context</source>
        <translation>Samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="20"/>
        <source>Question:</source>
        <translation>Spurning:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="21"/>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="22"/>
        <source>Context:</source>
        <translation>Samhengi:</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>no %1 text</source>
        <translation>enginn texti á %1</translation>
    </message>
    <message>
        <source>segment too long (%1 characters; at most %2)</source>
        <translation>bútur of langur (%1 stafir; mest %2)</translation>
    </message>
    <message>
        <source>Retired (rows no longer in the file): %1</source>
        <translation>Lagt til hliðar (línur sem eru ekki lengur í skránni): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="70"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="104"/>
        <source>Import a glossary</source>
        <extracomment>Longest deck name offered from a file&apos;s stem (the deck name column holds 200 characters).</extracomment>
        <translation>Flytja inn orðalista</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="73"/>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Orðalistar (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="74"/>
        <source>All files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="111"/>
        <source>Glossary file</source>
        <translation>Skrá með orðalista</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="112"/>
        <source>A .csv or .tsv file: term, translation</source>
        <translation>.csv- eða .tsv-skrá: hugtak, þýðing</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="113"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="117"/>
        <source>File:</source>
        <translation>Skrá:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="122"/>
        <source>Language of the terms</source>
        <translation>Tungumál hugtakanna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="123"/>
        <source>Terms in:</source>
        <translation>Hugtök á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="125"/>
        <source>Language of the translations</source>
        <translation>Tungumál þýðinganna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="126"/>
        <source>Translations in:</source>
        <translation>Þýðingar á:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="131"/>
        <source>Deck name</source>
        <translation>Heiti stokks</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="140"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="141"/>
        <source>Also make cards the other way round</source>
        <translation>Búa líka til spjöld í hina áttina</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="153"/>
        <source>Report</source>
        <translation>Skýrsla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="163"/>
        <source>Skipped rows</source>
        <translation>Línur sem var sleppt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="172"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="174"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="294"/>
        <source>Import</source>
        <translation>Flytja inn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="244"/>
        <source>A new deck is made with these languages.</source>
        <translation>Nýr stokkur er búinn til með þessum tungumálum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="247"/>
        <source>Cards go into this deck (%1).</source>
        <translation>Spjöldin fara í þennan stokk (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="289"/>
        <source>Importing…</source>
        <translation>Flyt inn…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="316"/>
        <source>New deck “%1” (%2).</source>
        <translation>Nýr stokkur „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="316"/>
        <source>Deck “%1” (%2).</source>
        <translation>Stokkurinn „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="321"/>
        <source>Added: %1 · Updated: %2 · Unchanged: %3</source>
        <translation>Bætt við: %1 · Uppfært: %2 · Óbreytt: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="327"/>
        <source>Restored: %1</source>
        <translation>Endurheimt: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="330"/>
        <source>No usable rows: each row needs a term and its translation.</source>
        <translation>Engar nothæfar línur: hver lína þarf hugtak og þýðingu þess.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="335"/>
        <source>Row %1: %2</source>
        <translation>Lína %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="340"/>
        <source>Skipped rows: %1</source>
        <translation>Línur sem var sleppt: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="348"/>
        <source>empty cell</source>
        <translation>tómur reitur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="355"/>
        <source>duplicate of row %1 (the same term, another translation)</source>
        <translation>tvítekning línu %1 (sama hugtak, önnur þýðing)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="354"/>
        <source>duplicate of row %1</source>
        <translation>tvítekning línu %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="356"/>
        <source>already in deck %1</source>
        <translation>er þegar í stokknum %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="357"/>
        <source>deleted from deck %1; not brought back</source>
        <translation>eytt úr stokknum %1; ekki sótt aftur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="349"/>
        <source>expected %1 columns, found %2</source>
        <translation>bjóst við %1 dálkum, fann %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="350"/>
        <source>not a term card (kind %1)</source>
        <translation>ekki hugtakaspjald (tegund: %1)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="352"/>
        <source>encoding problem</source>
        <translation>kóðunarvandi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="353"/>
        <source>broken quoting</source>
        <translation>gallaðar gæsalappir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="352"/>
        <source>cell too long (%1 characters; at most %2)</source>
        <translation>reitur of langur (%1 stafir; mest %2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="351"/>
        <source>languages %1 → %2, not %3 ↔ %4</source>
        <translation>tungumál %1 → %2, ekki %3 ↔ %4</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="377"/>
        <source>%1: no such file</source>
        <translation>%1: skráin er ekki til</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="378"/>
        <source>%1: the file is empty</source>
        <translation>%1: skráin er tóm</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="379"/>
        <source>%1: not a text file</source>
        <translation>%1: ekki textaskrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="380"/>
        <source>%1: a folder, not a glossary file</source>
        <translation>%1: mappa, ekki skrá með orðalista</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="386"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: ekki hægt að lesa (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="390"/>
        <source>%1: the header (%2) has no column in %3</source>
        <translation>%1: í fyrirsögninni (%2) er enginn dálkur fyrir %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="402"/>
        <source>The deck “%1” is in %2 and %3: choose those languages or another deck.</source>
        <translation>Stokkurinn „%1“ er á tungumálunum %2 og %3: veldu þau eða annan stokk.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="409"/>
        <source>The import failed: %1</source>
        <translation>Innflutningur mistókst: %1</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="103"/>
        <source>Study days</source>
        <translation>Námsdagar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import from &amp;Anki…</source>
        <translation>Flytja inn úr &amp;Anki…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Skrá</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="95"/>
        <source>&amp;Build deck from folder…</source>
        <translation>&amp;Búa til stokk úr möppu…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="99"/>
        <source>&amp;Import glossary…</source>
        <translation>&amp;Flytja inn orðalista…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="104"/>
        <source>&amp;Export to Anki…</source>
        <translation>Flytja út í &amp;Anki…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Hætta</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="113"/>
        <source>&amp;Go</source>
        <translation>&amp;Fara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="114"/>
        <source>&amp;Decks</source>
        <translation>S&amp;tokkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="118"/>
        <source>&amp;Study selected deck</source>
        <translation>&amp;Læra valinn stokk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="122"/>
        <source>S&amp;orting quiz on selected deck</source>
        <translation>F&amp;lokkunarpróf á völdum stokki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="126"/>
        <source>&amp;Tools</source>
        <translation>&amp;Verkfæri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="127"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;Tölfræði</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="131"/>
        <source>&amp;Browse cards</source>
        <translation>&amp;Skoða spjöld</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="135"/>
        <source>&amp;Settings…</source>
        <translation>St&amp;illingar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="139"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="140"/>
        <source>&amp;About flashcards</source>
        <translation>&amp;Um flashcards</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="234"/>
        <source>Export to Anki</source>
        <translation>Flytja út í Anki</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="237"/>
        <source>Anki packages (*.apkg)</source>
        <translation>Anki-pakkar (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="305"/>
        <source>Working…</source>
        <translation>Vinn…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="318"/>
        <source>About flashcards</source>
        <translation>Um flashcards</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="320"/>
        <source>flashcards %1: bilingual flashcards from business articles, scheduled with FSRS.</source>
        <translation>flashcards %1: tvítyngd minnisspjöld úr viðskiptagreinum, tímasett með FSRS.</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="91"/>
        <source>Answer mode</source>
        <translation>Svarmáti</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="93"/>
        <source>Flip and grade yourself</source>
        <translation>Snúa við og meta sjálf(ur)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="94"/>
        <source>Type the answer</source>
        <translation>Skrifa svarið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="95"/>
        <source>Multiple choice</source>
        <translation>Krossaspurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="101"/>
        <source>Read aloud (R)</source>
        <translation>Lesa upphátt (R)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="102"/>
        <source>Read aloud</source>
        <translation>Lesa upphátt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="110"/>
        <source>Cards left today</source>
        <translation>Spjöld eftir í dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="125"/>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="131"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="134"/>
        <source>Context</source>
        <translation>Samhengi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="156"/>
        <source>Back to decks</source>
        <translation>Aftur í stokka</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="168"/>
        <source>Show answer (Space)</source>
        <translation>Sýna svar (bil)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="193"/>
        <source>Again</source>
        <translation>Aftur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="194"/>
        <source>Hard</source>
        <translation>Erfitt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="195"/>
        <source>Good</source>
        <translation>Gott</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="196"/>
        <source>Easy</source>
        <translation>Auðvelt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="271"/>
        <source>New %1 · Learning %2 · Review %3</source>
        <translation>Ný %1 · Í námi %2 · Upprifjun %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="279"/>
        <source>Done for today: %1 answered in this session.</source>
        <translation>Búið í dag: %1 svarað í þessari lotu.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="283"/>
        <source>The next card is due %1.</source>
        <translation>Næsta spjald er á gjalddaga %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="355"/>
        <source>No card on screen.</source>
        <translation>Ekkert spjald á skjánum.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="361"/>
        <source>A gap sentence is read aloud once the answer is shown.</source>
        <translation>Eyðusetning er lesin upphátt þegar svarið hefur verið sýnt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="364"/>
        <source>Read the card aloud</source>
        <translation>Lesa spjaldið upphátt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="431"/>
        <source>Continue: %1 (Enter)</source>
        <translation>Áfram: %1 (Enter)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="73"/>
        <source>Settings</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="76"/>
        <source>Scheduling</source>
        <translation>Tímasetning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="82"/>
        <source>Desired retention</source>
        <translation>Æskileg muna</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="83"/>
        <source>Desired retention:</source>
        <translation>Æskileg muna:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="87"/>
        <source>Hour the study day starts</source>
        <translation>Klukkan sem námsdagur hefst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="88"/>
        <source>Next day starts at:</source>
        <translation>Nýr dagur hefst kl.:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="90"/>
        <source>Deck</source>
        <translation>Stokkur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="94"/>
        <source>Deck:</source>
        <translation>Stokkur:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="97"/>
        <source>New cards a day</source>
        <translation>Ný spjöld á dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="98"/>
        <source>New cards a day:</source>
        <translation>Ný spjöld á dag:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="101"/>
        <source>Reviews a day</source>
        <translation>Upprifjanir á dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="102"/>
        <source>Reviews a day:</source>
        <translation>Upprifjanir á dag:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="105"/>
        <source>Interface</source>
        <translation>Viðmót</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="108"/>
        <source>Language</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="109"/>
        <source>System</source>
        <translation>Kerfi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="112"/>
        <source>Language:</source>
        <translation>Tungumál:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="114"/>
        <source>Theme</source>
        <translation>Útlit</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="116"/>
        <source>Follow the system</source>
        <translation>Fylgja kerfinu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="117"/>
        <source>Light</source>
        <translation>Ljóst</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="118"/>
        <source>Dark</source>
        <translation>Dökkt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="121"/>
        <source>Theme:</source>
        <translation>Útlit:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="124"/>
        <source>Default</source>
        <translation>Sjálfgefið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="126"/>
        <source>Font size</source>
        <translation>Leturstærð</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="127"/>
        <source>Font size:</source>
        <translation>Leturstærð:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="129"/>
        <source>Answer mode</source>
        <translation>Svarmáti</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="131"/>
        <source>Flip and grade yourself</source>
        <translation>Snúa við og meta sjálf(ur)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="132"/>
        <source>Type the answer</source>
        <translation>Skrifa svarið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="133"/>
        <source>Multiple choice</source>
        <translation>Krossaspurning</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="136"/>
        <source>Answer mode:</source>
        <translation>Svarmáti:</translation>
    </message>
</context>
<context>
    <name>SortQuizDialog</name>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="37"/>
        <source>Sorting quiz: %1</source>
        <translation>Flokkunarpróf: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="42"/>
        <source>Loading…</source>
        <translation>Hleð…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="47"/>
        <source>Statement</source>
        <translation>Fullyrðing</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="79"/>
        <source>This deck has no statements to sort (contrast cards).</source>
        <translation>Þessi stokkur hefur engar fullyrðingar til að flokka (andstæðuspjöld).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="115"/>
        <source>Right.</source>
        <translation>Rétt.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="117"/>
        <source>It belongs under %1.</source>
        <translation>Þetta á heima undir %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="134"/>
        <source>Score: %1 of %2</source>
        <translation>Stig: %1 af %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="142"/>
        <source>You chose %1; it belongs under %2.</source>
        <translation>Þú valdir %1; þetta á heima undir %2.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="47"/>
        <source>Text-to-speech is not available here (%1).</source>
        <extracomment>Names an engine to use (e.g. &quot;mock&quot;, Qt&apos;s silent test engine); by default a real one.</extracomment>
        <translation>Talgervill er ekki tiltækur hér (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="60"/>
        <source>No text-to-speech engine is working (install speech-dispatcher and espeak-ng).</source>
        <translation>Enginn talgervill virkar (settu upp speech-dispatcher og espeak-ng).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="82"/>
        <source>No %1 voice is installed.</source>
        <translation>Engin rödd fyrir %1 er uppsett.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="139"/>
        <source>Statistics</source>
        <translation>Tölfræði</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="150"/>
        <source>Loading…</source>
        <translation>Hleð…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="157"/>
        <source>Optimize parameters</source>
        <translation>Fínstilla stika</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="158"/>
        <source>Optimize FSRS parameters</source>
        <translation>Fínstilla FSRS-stika</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="191"/>
        <source>%1 of %2 reviews remembered (last 30 days)</source>
        <translation>%1 af %2 upprifjunum mundust (síðustu 30 daga)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="195"/>
        <source>No reviews in the last 30 days</source>
        <translation>Engar upprifjanir síðustu 30 daga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="198"/>
        <source>Today: %1 reviews, %2 again, %3 min</source>
        <translation>Í dag: %1 upprifjanir, %2 aftur, %3 mín.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="205"/>
        <source>Desired retention: %1</source>
        <translation>Æskileg muna: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="211"/>
        <source>Study days</source>
        <translation>Námsdagar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="217"/>
        <source>Reviews per day</source>
        <translation>Upprifjanir á dag</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="218"/>
        <source>Due in the next 30 days</source>
        <translation>Á gjalddaga næstu 30 daga</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="227"/>
        <source>FSRS parameters in use: %1</source>
        <translation>FSRS-stikar í notkun: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="234"/>
        <source>Retention by week</source>
        <translation>Muna eftir vikum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="236"/>
        <source>remembered</source>
        <translation>munað</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="238"/>
        <source>desired</source>
        <translation>æskilegt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="248"/>
        <source>weeks ago → this week</source>
        <translation>vikur síðan → þessi vika</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="260"/>
        <source>Cards by state</source>
        <translation>Spjöld eftir stöðu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="272"/>
        <source>new</source>
        <translation>ný</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="273"/>
        <source>learning</source>
        <translation>í námi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="274"/>
        <source>review</source>
        <translation>upprifjun</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="275"/>
        <source>relearning</source>
        <translation>endurnám</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="276"/>
        <source>suspended</source>
        <translation>í bið</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="281"/>
        <source>Fitting to your reviews…</source>
        <translation>Laga að upprifjunum þínum…</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="55"/>
        <source>Type the answer and press Enter</source>
        <translation>Skrifaðu svarið og ýttu á Enter</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="56"/>
        <source>Your answer</source>
        <translation>Svarið þitt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="87"/>
        <source>Correct</source>
        <translation>Rétt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="88"/>
        <source>Almost</source>
        <translation>Næstum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="89"/>
        <source>Not quite</source>
        <translation>Ekki alveg</translation>
    </message>
</context>
</TS>
