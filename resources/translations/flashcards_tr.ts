<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AnkiImportDialog</name>
    <message>
        <source>Question and answer fields</source>
        <translation>Soru ve cevap alanları</translation>
    </message>
    <message>
        <source>The first two fields, or two names: Front,Back</source>
        <translation>İlk iki alan ya da iki ad: Front,Back</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Alanlar:</translation>
    </message>
    <message>
        <source>Fields: two names separated by a comma, e.g. Front,Back</source>
        <translation>Alanlar: virgülle ayrılmış iki ad, örneğin Front,Back</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="45"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="75"/>
        <source>Import from Anki</source>
        <extracomment>What an import may change: cards, decks, the review log and today&apos;s queues. Fronts listed for notes added or cards missing (the rest are counted).</extracomment>
        <translation>Anki’den içe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="48"/>
        <source>Anki packages (*.apkg *.colpkg)</source>
        <translation>Anki paketleri (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="49"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="82"/>
        <source>Anki package</source>
        <translation>Anki paketi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="83"/>
        <source>An .apkg or .colpkg file exported by Anki</source>
        <translation>Anki’nin dışa aktardığı bir .apkg ya da .colpkg dosyası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="88"/>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="91"/>
        <source>Deck for the cards</source>
        <translation>Kartların destesi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="92"/>
        <source>The decks as in Anki</source>
        <translation>Anki’deki desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="95"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="96"/>
        <source>Also import notes added in Anki</source>
        <translation>Anki’de eklenen notları da içe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="97"/>
        <source>Retire cards deleted in Anki</source>
        <translation>Anki’de silinen kartları emekliye ayır</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="102"/>
        <source>Every review comes along, and each card&apos;s memory is computed from its whole history. The two boxes matter for decks this app exported: notes added or deleted in Anki are otherwise only reported.</source>
        <translation>Her tekrar birlikte gelir ve her kartın hafıza durumu tüm geçmişinden hesaplanır. İki kutu bu uygulamanın dışa aktardığı desteler içindir: aksi hâlde Anki’de eklenen ya da silinen notlar yalnızca raporlanır.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="121"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="127"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="129"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="181"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="174"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="195"/>
        <source>unknown language</source>
        <translation>bilinmeyen dil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="200"/>
        <source> and %1 more</source>
        <translation> ve %1 tane daha</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="205"/>
        <source>%1: %2 notes, %3 cards</source>
        <translation>%1: %2 not, %3 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="212"/>
        <source>New deck “%1” (%2 → %3)</source>
        <translation>Yeni deste “%1” (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="214"/>
        <source>Deck “%1” (%2 → %3)</source>
        <translation>Deste “%1” (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="222"/>
        <source>added: %1 · updated: %2 · unchanged: %3</source>
        <translation>eklenen: %1 · güncellenen: %2 · değişmeyen: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="230"/>
        <source>Cards of this app found again: %1</source>
        <translation>Bu uygulamanın yeniden bulunan kartları: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="233"/>
        <source>Reviews: %1 added · %2 already here</source>
        <translation>Tekrarlar: %1 eklendi · %2 zaten vardı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="239"/>
        <source>From Anki: %1 suspended · %2 buried · %3 flagged</source>
        <translation>Anki’den: %1 askıda · %2 ertelenmiş · %3 bayraklı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="246"/>
        <source>Studied in Anki without review history (new here): %1</source>
        <translation>Anki’de çalışılmış ama tekrar geçmişi olmayan (burada yeni): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="253"/>
        <source>Notes with images or sounds (named in the text, not imported): %1</source>
        <translation>Resim ya da ses içeren notlar (metinde adı geçer, içe aktarılmaz): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="258"/>
        <source>Notes added in Anki, imported: %1</source>
        <translation>Anki’de eklenen notlar, içe aktarıldı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="260"/>
        <source>Notes added in Anki, not imported: %1</source>
        <translation>Anki’de eklenen notlar, içe aktarılmadı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="265"/>
        <source>Cards deleted in Anki, retired: %1</source>
        <translation>Anki’de silinen kartlar, emekliye ayrıldı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="267"/>
        <source>Cards not in the package (deleted in Anki?), kept: %1</source>
        <translation>Pakette olmayan kartlar (Anki’de silindi mi?), tutuldu: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="271"/>
        <source>Skipped %1: %2</source>
        <translation>Atlandı %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="273"/>
        <source>Nothing to import.</source>
        <translation>İçe aktarılacak bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="289"/>
        <source>The import failed: %1</source>
        <translation>İçe aktarma başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>AnkiExportDialog</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="56"/>
        <source>Export to Anki</source>
        <extracomment>The file name offered for an export of every deck.</extracomment>
        <translation>Anki’ye dışa aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="59"/>
        <source>Deck to export</source>
        <translation>Dışa aktarılacak deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="60"/>
        <source>All decks</source>
        <translation>Tüm desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="65"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="68"/>
        <source>The active cards are written, without their scheduling. In Anki, open the file with File ▸ Import.</source>
        <translation>Etkin kartlar, zamanlamaları olmadan yazılır. Anki’de dosyayı Dosya ▸ İçe Aktar ile açın.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="78"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>AnkiExporter</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="121"/>
        <source>%1 cards (%2 notes) written to %3</source>
        <translation>%1 kart (%2 not) şuraya yazıldı: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="134"/>
        <source>Cannot write %1 (%2).</source>
        <translation>%1 yazılamıyor (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="139"/>
        <source>The export failed: %1</source>
        <translation>Dışa aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="146"/>
        <source>Export to Anki</source>
        <translation>Anki’ye dışa aktar</translation>
    </message>
</context>
<context>
    <name>BrowserWindow</name>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="250"/>
        <source>Browse cards</source>
        <translation>Kartlara göz at</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="277"/>
        <source>Search question, answer and context</source>
        <translation>Soru, cevap ve bağlamda ara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="279"/>
        <source>Search cards</source>
        <translation>Kartlarda ara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="284"/>
        <source>no flag</source>
        <translation>bayraksız</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="285"/>
        <source>Deck filter</source>
        <translation>Deste süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="285"/>
        <source>All decks</source>
        <translation>Tüm desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="286"/>
        <source>Language filter</source>
        <translation>Dil süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="286"/>
        <source>All languages</source>
        <translation>Tüm diller</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="287"/>
        <source>Kind filter</source>
        <translation>Tür süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="287"/>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="289"/>
        <source>State filter</source>
        <translation>Durum süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="289"/>
        <source>Any state</source>
        <translation>Her durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="290"/>
        <source>Flag filter</source>
        <translation>Bayrak süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="290"/>
        <source>Any flag</source>
        <translation>Her bayrak</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="308"/>
        <source>Cards</source>
        <translation>Kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="329"/>
        <source>Card text and sources</source>
        <translation>Kart metni ve kaynakları</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="330"/>
        <source>Scheduling</source>
        <translation>Zamanlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="333"/>
        <source>Review history</source>
        <translation>Tekrar geçmişi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="348"/>
        <location filename="../../flashcards/gui/browser.py" line="490"/>
        <source>Suspend (Ctrl+J)</source>
        <translation>Askıya al (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="349"/>
        <source>Reset to new (Ctrl+Alt+N)</source>
        <translation>Yeniye çevir (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="350"/>
        <source>Delete (Del)</source>
        <translation>Sil (Del)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="351"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Geri al (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="354"/>
        <source>Last action</source>
        <translation>Son işlem</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="355"/>
        <source>Number of cards</source>
        <translation>Kart sayısı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="423"/>
        <source>1 card</source>
        <translation>1 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="423"/>
        <source>%1 cards</source>
        <translation>%1 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="450"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="451"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="452"/>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="453"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="454"/>
        <source>Source files</source>
        <translation>Kaynak dosyalar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="457"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="458"/>
        <source>Due</source>
        <translation>Vade</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="460"/>
        <source>Stability</source>
        <translation>Kalıcılık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="461"/>
        <source>Difficulty</source>
        <translation>Zorluk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="463"/>
        <source>Retrievability</source>
        <translation>Hatırlanabilirlik</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="464"/>
        <source>Reviews, lapses</source>
        <translation>Tekrarlar, unutmalar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="490"/>
        <source>Unsuspend (Ctrl+J)</source>
        <translation>Askıdan çıkar (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="508"/>
        <source>Delete %1 card(s)? They leave every deck and queue; their history is kept, and Undo (Ctrl+Z) brings them back.</source>
        <translation>%1 kart silinsin mi? Tüm destelerden ve kuyruklardan çıkarlar; geçmişleri saklanır ve Geri al (Ctrl+Z) onları geri getirir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="512"/>
        <source>Delete cards</source>
        <translation>Kartları sil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="554"/>
        <source>%1: %2 card(s)</source>
        <translation>%1: %2 kart</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="37"/>
        <source>Build a deck from a folder</source>
        <translation>Bir klasörden deste oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="41"/>
        <location filename="../../flashcards/gui/build_dialog.py" line="79"/>
        <source>Folder of articles</source>
        <translation>Makale klasörü</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="43"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="47"/>
        <source>Folder:</source>
        <translation>Klasör:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="49"/>
        <source>Deck name</source>
        <translation>Deste adı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="50"/>
        <source>Deck name:</source>
        <translation>Deste adı:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="52"/>
        <source>Question language</source>
        <translation>Soru dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="53"/>
        <source>Questions in:</source>
        <translation>Sorular:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="55"/>
        <source>Answer language</source>
        <translation>Cevap dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="56"/>
        <source>Answers in:</source>
        <translation>Cevaplar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="57"/>
        <source>Also make cards the other way round</source>
        <translation>Kartları ters yönde de oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="64"/>
        <source>Build</source>
        <translation>Oluştur</translation>
    </message>
</context>
<context>
    <name>BuildRunner</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="114"/>
        <source>Reading articles…</source>
        <translation>Makaleler okunuyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="116"/>
        <source>Building %1</source>
        <translation>%1 oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="138"/>
        <source>Reading articles… %1 of %2</source>
        <translation>Makaleler okunuyor… %1 / %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="158"/>
        <source>Build finished</source>
        <translation>Oluşturma tamamlandı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="167"/>
        <source>%1 file(s) skipped, %2 note(s): see the details.</source>
        <translation>%1 dosya atlandı, %2 not var: ayrıntılara bakın.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="179"/>
        <source>The build was cancelled; nothing was changed.</source>
        <translation>Oluşturma iptal edildi; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="184"/>
        <source>Build</source>
        <translation>Oluştur</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="61"/>
        <source>red</source>
        <translation>kırmızı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="62"/>
        <source>orange</source>
        <translation>turuncu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="63"/>
        <source>green</source>
        <translation>yeşil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="64"/>
        <source>blue</source>
        <translation>mavi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="65"/>
        <source>pink</source>
        <translation>pembe</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="66"/>
        <source>turquoise</source>
        <translation>turkuaz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="67"/>
        <source>purple</source>
        <translation>mor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="71"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="72"/>
        <source>learning</source>
        <translation>öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="73"/>
        <source>review</source>
        <translation>tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="74"/>
        <source>relearning</source>
        <translation>yeniden öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="75"/>
        <source>suspended</source>
        <translation>askıda</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="76"/>
        <source>buried</source>
        <translation>ertelenmiş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="77"/>
        <source>deleted</source>
        <translation>silinmiş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="78"/>
        <source>term</source>
        <translation>terim</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="79"/>
        <source>definition</source>
        <translation>tanım</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="80"/>
        <source>technique</source>
        <translation>teknik</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="81"/>
        <source>linked term</source>
        <translation>bağlantılı terim</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="82"/>
        <source>cloze</source>
        <translation>boşluk doldurma</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="83"/>
        <source>contrast</source>
        <translation>karşıtlık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="84"/>
        <source>summary</source>
        <translation>özet</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="111"/>
        <source>Question</source>
        <extracomment>Title, sort key, width and the cell&apos;s text (always plain: card text is never markup).</extracomment>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="112"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="113"/>
        <source>Deck</source>
        <translation>Deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="115"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="120"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="121"/>
        <source>Due</source>
        <translation>Vade</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="123"/>
        <source>Interval</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser.py" line="129"/>
        <source>Flag</source>
        <translation>Bayrak</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="118"/>
        <source>Option %1: %2</source>
        <translation>Seçenek %1: %2</translation>
    </message>
</context>
<context>
    <name>DeckListPage</name>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="62"/>
        <location filename="../../flashcards/gui/deck_list.py" line="78"/>
        <source>Decks</source>
        <translation>Desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="70"/>
        <source>Deck</source>
        <translation>Deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="71"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="72"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="73"/>
        <source>Learn</source>
        <translation>Öğrenilen</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="74"/>
        <source>Due</source>
        <translation>Vadesi gelen</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="95"/>
        <source>No decks yet. Build one from a folder of articles in markdown.</source>
        <translation>Henüz deste yok. Markdown makalelerinden oluşan bir klasörden bir tane oluşturun.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="99"/>
        <source>Build a deck from a folder…</source>
        <translation>Bir klasörden deste oluştur…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="100"/>
        <source>Build a deck from a folder</source>
        <translation>Bir klasörden deste oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="131"/>
        <source>Study</source>
        <translation>Çalış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="132"/>
        <source>Study %1</source>
        <translation>%1 destesini çalış</translation>
    </message>
</context>
<context>
    <name>EditCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="15"/>
        <source>Edit card</source>
        <translation>Kartı düzenle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="17"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="18"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="19"/>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="20"/>
        <source>Question:</source>
        <translation>Soru:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="21"/>
        <source>Answer:</source>
        <translation>Cevap:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="22"/>
        <source>Context:</source>
        <translation>Bağlam:</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>no %1 text</source>
        <translation>%1 metin yok</translation>
    </message>
    <message>
        <source>segment too long (%1 characters; at most %2)</source>
        <translation>bölüm çok uzun (%1 karakter; en çok %2)</translation>
    </message>
    <message>
        <source>Retired (rows no longer in the file): %1</source>
        <translation>Emekliye ayrılan (artık dosyada olmayan satırlar): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="70"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="104"/>
        <source>Import a glossary</source>
        <extracomment>Longest deck name offered from a file&apos;s stem (the deck name column holds 200 characters).</extracomment>
        <translation>Sözlük içe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="73"/>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Sözlükler (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="74"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="111"/>
        <source>Glossary file</source>
        <translation>Sözlük dosyası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="112"/>
        <source>A .csv or .tsv file: term, translation</source>
        <translation>Bir .csv ya da .tsv dosyası: terim, çeviri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="113"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="117"/>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="122"/>
        <source>Language of the terms</source>
        <translation>Terimlerin dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="123"/>
        <source>Terms in:</source>
        <translation>Terimler:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="125"/>
        <source>Language of the translations</source>
        <translation>Çevirilerin dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="126"/>
        <source>Translations in:</source>
        <translation>Çeviriler:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="131"/>
        <source>Deck name</source>
        <translation>Deste adı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="140"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="141"/>
        <source>Also make cards the other way round</source>
        <translation>Kartları ters yönde de oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="153"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="163"/>
        <source>Skipped rows</source>
        <translation>Atlanan satırlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="172"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="174"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="294"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="244"/>
        <source>A new deck is made with these languages.</source>
        <translation>Bu dillerle yeni bir deste oluşturulur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="247"/>
        <source>Cards go into this deck (%1).</source>
        <translation>Kartlar bu desteye eklenir (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="289"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="316"/>
        <source>New deck “%1” (%2).</source>
        <translation>Yeni deste “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="316"/>
        <source>Deck “%1” (%2).</source>
        <translation>Deste “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="321"/>
        <source>Added: %1 · Updated: %2 · Unchanged: %3</source>
        <translation>Eklenen: %1 · Güncellenen: %2 · Değişmeyen: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="327"/>
        <source>Restored: %1</source>
        <translation>Geri getirilen: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="330"/>
        <source>No usable rows: each row needs a term and its translation.</source>
        <translation>Kullanılabilir satır yok: her satırda bir terim ve çevirisi olmalı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="335"/>
        <source>Row %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="340"/>
        <source>Skipped rows: %1</source>
        <translation>Atlanan satırlar: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="348"/>
        <source>empty cell</source>
        <translation>boş hücre</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="355"/>
        <source>duplicate of row %1 (the same term, another translation)</source>
        <translation>%1. satırın tekrarı (aynı terim, başka bir çeviri)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="354"/>
        <source>duplicate of row %1</source>
        <translation>%1. satırın tekrarı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="356"/>
        <source>already in deck %1</source>
        <translation>%1 destesinde zaten var</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="357"/>
        <source>deleted from deck %1; not brought back</source>
        <translation>%1 destesinden silinmiş; geri getirilmedi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="349"/>
        <source>expected %1 columns, found %2</source>
        <translation>%1 sütun bekleniyordu, %2 bulundu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="350"/>
        <source>not a term card (kind %1)</source>
        <translation>terim kartı değil (tür: %1)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="352"/>
        <source>encoding problem</source>
        <translation>kodlama sorunu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="353"/>
        <source>broken quoting</source>
        <translation>bozuk tırnak işaretleri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="352"/>
        <source>cell too long (%1 characters; at most %2)</source>
        <translation>hücre çok uzun (%1 karakter; en fazla %2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="351"/>
        <source>languages %1 → %2, not %3 ↔ %4</source>
        <translation>diller %1 → %2, %3 ↔ %4 değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="377"/>
        <source>%1: no such file</source>
        <translation>%1: böyle bir dosya yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="378"/>
        <source>%1: the file is empty</source>
        <translation>%1: dosya boş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="379"/>
        <source>%1: not a text file</source>
        <translation>%1: metin dosyası değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="380"/>
        <source>%1: a folder, not a glossary file</source>
        <translation>%1: bir klasör, sözlük dosyası değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="386"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: okunamıyor (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="390"/>
        <source>%1: the header (%2) has no column in %3</source>
        <translation>%1: başlıkta (%2) %3 sütunu yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="402"/>
        <source>The deck “%1” is in %2 and %3: choose those languages or another deck.</source>
        <translation>“%1” destesinin dilleri %2 ve %3: bu dilleri ya da başka bir deste seçin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="409"/>
        <source>The import failed: %1</source>
        <translation>İçe aktarma başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="103"/>
        <source>Study days</source>
        <translation>Çalışma günleri</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import from &amp;Anki…</source>
        <translation>&amp;Anki’den içe aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="95"/>
        <source>&amp;Build deck from folder…</source>
        <translation>Klasörden deste &amp;oluştur…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="99"/>
        <source>&amp;Import glossary…</source>
        <translation>Sözlük &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="104"/>
        <source>&amp;Export to Anki…</source>
        <translation>&amp;Anki’ye dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="113"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="114"/>
        <source>&amp;Decks</source>
        <translation>&amp;Desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="118"/>
        <source>&amp;Study selected deck</source>
        <translation>Seçili desteyi &amp;çalış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="122"/>
        <source>S&amp;orting quiz on selected deck</source>
        <translation>Seçili destede &amp;sınıflandırma sınavı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="126"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="127"/>
        <source>S&amp;tatistics</source>
        <translation>İs&amp;tatistikler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="131"/>
        <source>&amp;Browse cards</source>
        <translation>Kartlara &amp;göz at</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="135"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="139"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="140"/>
        <source>&amp;About flashcards</source>
        <translation>flashcards &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="234"/>
        <source>Export to Anki</source>
        <translation>Anki’ye dışa aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="237"/>
        <source>Anki packages (*.apkg)</source>
        <translation>Anki paketleri (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="305"/>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="318"/>
        <source>About flashcards</source>
        <translation>flashcards hakkında</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="320"/>
        <source>flashcards %1: bilingual flashcards from business articles, scheduled with FSRS.</source>
        <translation>flashcards %1: iş makalelerinden iki dilli bilgi kartları, FSRS ile zamanlanır.</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="91"/>
        <source>Answer mode</source>
        <translation>Cevap biçimi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="93"/>
        <source>Flip and grade yourself</source>
        <translation>Çevir ve kendin değerlendir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="94"/>
        <source>Type the answer</source>
        <translation>Cevabı yaz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="95"/>
        <source>Multiple choice</source>
        <translation>Çoktan seçmeli</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="101"/>
        <source>Read aloud (R)</source>
        <translation>Sesli oku (R)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="102"/>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="110"/>
        <source>Cards left today</source>
        <translation>Bugün kalan kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="125"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="131"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="134"/>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="156"/>
        <source>Back to decks</source>
        <translation>Destelere dön</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="168"/>
        <source>Show answer (Space)</source>
        <translation>Cevabı göster (Boşluk)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="193"/>
        <source>Again</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="194"/>
        <source>Hard</source>
        <translation>Zor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="195"/>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="196"/>
        <source>Easy</source>
        <translation>Kolay</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="271"/>
        <source>New %1 · Learning %2 · Review %3</source>
        <translation>Yeni %1 · Öğrenilen %2 · Tekrar %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="279"/>
        <source>Done for today: %1 answered in this session.</source>
        <translation>Bugünlük bitti: bu oturumda %1 kart cevaplandı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="283"/>
        <source>The next card is due %1.</source>
        <translation>Sıradaki kartın zamanı: %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="355"/>
        <source>No card on screen.</source>
        <translation>Ekranda kart yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="361"/>
        <source>A gap sentence is read aloud once the answer is shown.</source>
        <translation>Boşluklu cümle, cevap gösterildikten sonra sesli okunur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="364"/>
        <source>Read the card aloud</source>
        <translation>Kartı sesli oku</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer.py" line="431"/>
        <source>Continue: %1 (Enter)</source>
        <translation>Devam: %1 (Enter)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="73"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="76"/>
        <source>Scheduling</source>
        <translation>Zamanlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="82"/>
        <source>Desired retention</source>
        <translation>Hedeflenen hatırlama oranı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="83"/>
        <source>Desired retention:</source>
        <translation>Hedeflenen hatırlama oranı:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="87"/>
        <source>Hour the study day starts</source>
        <translation>Çalışma gününün başladığı saat</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="88"/>
        <source>Next day starts at:</source>
        <translation>Yeni gün şu saatte başlar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="90"/>
        <source>Deck</source>
        <translation>Deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="94"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="97"/>
        <source>New cards a day</source>
        <translation>Günde yeni kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="98"/>
        <source>New cards a day:</source>
        <translation>Günde yeni kart:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="101"/>
        <source>Reviews a day</source>
        <translation>Günde tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="102"/>
        <source>Reviews a day:</source>
        <translation>Günde tekrar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="105"/>
        <source>Interface</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="108"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="109"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="112"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="114"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="116"/>
        <source>Follow the system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="117"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="118"/>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="121"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="124"/>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="126"/>
        <source>Font size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="127"/>
        <source>Font size:</source>
        <translation>Yazı boyutu:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="129"/>
        <source>Answer mode</source>
        <translation>Cevap biçimi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="131"/>
        <source>Flip and grade yourself</source>
        <translation>Çevir ve kendin değerlendir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="132"/>
        <source>Type the answer</source>
        <translation>Cevabı yaz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="133"/>
        <source>Multiple choice</source>
        <translation>Çoktan seçmeli</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="136"/>
        <source>Answer mode:</source>
        <translation>Cevap biçimi:</translation>
    </message>
</context>
<context>
    <name>SortQuizDialog</name>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="37"/>
        <source>Sorting quiz: %1</source>
        <translation>Sınıflandırma sınavı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="42"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="47"/>
        <source>Statement</source>
        <translation>İfade</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="79"/>
        <source>This deck has no statements to sort (contrast cards).</source>
        <translation>Bu destede sınıflandırılacak ifade (karşıtlık kartı) yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="115"/>
        <source>Right.</source>
        <translation>Doğru.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="117"/>
        <source>It belongs under %1.</source>
        <translation>%1 başlığına aittir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="134"/>
        <source>Score: %1 of %2</source>
        <translation>Puan: %2 üzerinden %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="142"/>
        <source>You chose %1; it belongs under %2.</source>
        <translation>%1 seçtiniz; %2 başlığına aittir.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="47"/>
        <source>Text-to-speech is not available here (%1).</source>
        <extracomment>Names an engine to use (e.g. &quot;mock&quot;, Qt&apos;s silent test engine); by default a real one.</extracomment>
        <translation>Metin okuma burada kullanılamıyor (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="60"/>
        <source>No text-to-speech engine is working (install speech-dispatcher and espeak-ng).</source>
        <translation>Çalışan bir metin okuma motoru yok (speech-dispatcher ve espeak-ng kurun).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="82"/>
        <source>No %1 voice is installed.</source>
        <translation>%1 sesi kurulu değil.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="139"/>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="150"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="157"/>
        <source>Optimize parameters</source>
        <translation>Parametreleri iyileştir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="158"/>
        <source>Optimize FSRS parameters</source>
        <translation>FSRS parametrelerini iyileştir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="191"/>
        <source>%1 of %2 reviews remembered (last 30 days)</source>
        <translation>%2 tekrarın %1 kadarı hatırlandı (son 30 gün)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="195"/>
        <source>No reviews in the last 30 days</source>
        <translation>Son 30 günde tekrar yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="198"/>
        <source>Today: %1 reviews, %2 again, %3 min</source>
        <translation>Bugün: %1 tekrar, %2 yeniden, %3 dk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="205"/>
        <source>Desired retention: %1</source>
        <translation>Hedeflenen hatırlama: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="211"/>
        <source>Study days</source>
        <translation>Çalışma günleri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="217"/>
        <source>Reviews per day</source>
        <translation>Günlük tekrarlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="218"/>
        <source>Due in the next 30 days</source>
        <translation>Önümüzdeki 30 günde vadesi gelenler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="227"/>
        <source>FSRS parameters in use: %1</source>
        <translation>Kullanılan FSRS parametreleri: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="234"/>
        <source>Retention by week</source>
        <translation>Haftalık hatırlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="236"/>
        <source>remembered</source>
        <translation>hatırlanan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="238"/>
        <source>desired</source>
        <translation>hedef</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="248"/>
        <source>weeks ago → this week</source>
        <translation>haftalar önce → bu hafta</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="260"/>
        <source>Cards by state</source>
        <translation>Durumlarına göre kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="272"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="273"/>
        <source>learning</source>
        <translation>öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="274"/>
        <source>review</source>
        <translation>tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="275"/>
        <source>relearning</source>
        <translation>yeniden öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="276"/>
        <source>suspended</source>
        <translation>askıya alınmış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="281"/>
        <source>Fitting to your reviews…</source>
        <translation>Tekrarlarınıza uyarlanıyor…</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="55"/>
        <source>Type the answer and press Enter</source>
        <translation>Cevabı yazıp Enter’a basın</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="56"/>
        <source>Your answer</source>
        <translation>Cevabınız</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="87"/>
        <source>Correct</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="88"/>
        <source>Almost</source>
        <translation>Neredeyse</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/answer_modes.py" line="89"/>
        <source>Not quite</source>
        <translation>Tam değil</translation>
    </message>
</context>
</TS>
