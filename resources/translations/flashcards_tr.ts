<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="141"/>
        <source>Add card</source>
        <translation>Kart ekle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="143"/>
        <source>Deck</source>
        <translation>Deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="148"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="149"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="150"/>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="151"/>
        <source>Also the other way round (answer → question)</source>
        <translation>Ters yönde de (cevap → soru)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="158"/>
        <source>&amp;Deck:</source>
        <translation>&amp;Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="163"/>
        <source>Conte&amp;xt:</source>
        <translation>&amp;Bağlam:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="168"/>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="169"/>
        <source>Add the card (Ctrl+Enter)</source>
        <translation>Kartı ekle (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="209"/>
        <source>Make a deck first: there is none to add to.</source>
        <translation>Önce bir deste oluşturun: eklenecek deste yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="212"/>
        <source>&amp;Question (%1):</source>
        <translation>&amp;Soru (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="215"/>
        <source>A&amp;nswer (%1):</source>
        <translation>&amp;Cevap (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="243"/>
        <source>Looking for cards with the same words (loading the dictionaries)…</source>
        <translation>Aynı sözcükleri içeren kartlar aranıyor (sözlükler yükleniyor)…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="246"/>
        <source>Looking for cards with the same words…</source>
        <translation>Aynı sözcükleri içeren kartlar aranıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="262"/>
        <source>A card needs a question and an answer.</source>
        <translation>Bir kartın sorusu ve cevabı olmalı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="270"/>
        <source>Press Add again to add it all the same.</source>
        <translation>Yine de eklemek için Ekle&apos;ye bir daha basın.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="284"/>
        <source>Added %1 card.</source>
        <translation>%1 kart eklendi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="284"/>
        <source>Added %1 cards.</source>
        <translation>%1 kart eklendi.</translation>
    </message>
</context>
<context>
    <name>AnkiExportDialog</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="52"/>
        <source>Export to Anki</source>
        <extracomment>The file name offered for an export of every deck.</extracomment>
        <translation>Anki’ye dışa aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="55"/>
        <source>Deck to export</source>
        <translation>Dışa aktarılacak deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="56"/>
        <source>All decks</source>
        <translation>Tüm desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="61"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="64"/>
        <source>The active cards are written, without their scheduling. In Anki, open the file with File ▸ Import.</source>
        <translation>Etkin kartlar, zamanlamaları olmadan yazılır. Anki’de dosyayı Dosya ▸ İçe Aktar ile açın.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="75"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>AnkiExporter</name>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="132"/>
        <source>%1 cards (%2 notes) written to %3</source>
        <translation>%1 kart (%2 not) şuraya yazıldı: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="142"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="146"/>
        <source>The export failed: %1</source>
        <translation>Dışa aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="106"/>
        <location filename="../../flashcards/gui/anki_export_dialog.py" line="153"/>
        <source>Export to Anki</source>
        <translation>Anki’ye dışa aktar</translation>
    </message>
</context>
<context>
    <name>AnkiImportDialog</name>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="341"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="308"/>
        <source>Cards edited in Anki, kept as they are here: %1</source>
        <translation>Anki’de düzenlenen kartlar, burada olduğu gibi tutuldu: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="99"/>
        <source>Question and answer fields</source>
        <translation>Soru ve cevap alanları</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="100"/>
        <source>The first two fields, or two names: Front,Back</source>
        <translation>İlk iki alan ya da iki ad: Front,Back</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="101"/>
        <source>Fields:</source>
        <translation>Alanlar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="177"/>
        <source>Fields: two names separated by a comma, e.g. Front,Back</source>
        <translation>Alanlar: virgülle ayrılmış iki ad, örneğin Front,Back</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="47"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="77"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="198"/>
        <source>Import from Anki</source>
        <extracomment>What an import may change: cards, decks, the review log and today&apos;s queues. Fronts listed for notes added or cards missing (the rest are counted).</extracomment>
        <translation>Anki’den içe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="50"/>
        <source>Anki packages (*.apkg *.colpkg)</source>
        <translation>Anki paketleri (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="51"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="84"/>
        <source>Anki package</source>
        <translation>Anki paketi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="85"/>
        <source>An .apkg or .colpkg file exported by Anki</source>
        <translation>Anki’nin dışa aktardığı bir .apkg ya da .colpkg dosyası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="86"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="90"/>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="93"/>
        <source>Deck for the cards</source>
        <translation>Kartların destesi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="94"/>
        <source>The decks as in Anki</source>
        <translation>Anki’deki desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="97"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="102"/>
        <source>Also import notes added in Anki</source>
        <translation>Anki’de eklenen notları da içe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="103"/>
        <source>Retire cards deleted in Anki</source>
        <translation>Anki’de silinen kartları emekliye ayır</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="108"/>
        <source>Every review comes along, and each card&apos;s memory is computed from its whole history. The two boxes matter for decks this app exported: notes added or deleted in Anki are otherwise only reported.</source>
        <translation>Her tekrar birlikte gelir ve her kartın hafıza durumu tüm geçmişinden hesaplanır. İki kutu bu uygulamanın dışa aktardığı desteler içindir: aksi hâlde Anki’de eklenen ya da silinen notlar yalnızca raporlanır.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="127"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="135"/>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="218"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="197"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="231"/>
        <source>unknown language</source>
        <translation>bilinmeyen dil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="236"/>
        <source> and %1 more</source>
        <translation> ve %1 tane daha</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="241"/>
        <source>%1: %2 notes, %3 cards</source>
        <translation>%1: %2 not, %3 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="248"/>
        <source>New deck “%1” (%2 → %3)</source>
        <translation>Yeni deste “%1” (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="250"/>
        <source>Deck “%1” (%2 → %3)</source>
        <translation>Deste “%1” (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="258"/>
        <source>added: %1 · updated: %2 · unchanged: %3</source>
        <translation>eklenen: %1 · güncellenen: %2 · değişmeyen: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="266"/>
        <source>Cards of this app found again: %1</source>
        <translation>Bu uygulamanın yeniden bulunan kartları: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="269"/>
        <source>Reviews: %1 added · %2 already here</source>
        <translation>Tekrarlar: %1 eklendi · %2 zaten vardı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="275"/>
        <source>From Anki: %1 suspended · %2 buried · %3 flagged</source>
        <translation>Anki’den: %1 askıda · %2 ertelenmiş · %3 bayraklı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="282"/>
        <source>Studied in Anki without review history (new here): %1</source>
        <translation>Anki’de çalışılmış ama tekrar geçmişi olmayan (burada yeni): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="289"/>
        <source>Notes with images or sounds (named in the text, not imported): %1</source>
        <translation>Resim ya da ses içeren notlar (metinde adı geçer, içe aktarılmaz): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="294"/>
        <source>Notes added in Anki, imported: %1</source>
        <translation>Anki’de eklenen notlar, içe aktarıldı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="296"/>
        <source>Notes added in Anki, not imported: %1</source>
        <translation>Anki’de eklenen notlar, içe aktarılmadı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="301"/>
        <source>Cards deleted in Anki, retired: %1</source>
        <translation>Anki’de silinen kartlar, emekliye ayrıldı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="303"/>
        <source>Cards not in the package (deleted in Anki?), kept: %1</source>
        <translation>Pakette olmayan kartlar (Anki’de silindi mi?), tutuldu: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="313"/>
        <source>Skipped %1: %2</source>
        <translation>Atlandı %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/anki_import_dialog.py" line="315"/>
        <source>Nothing to import.</source>
        <translation>İçe aktarılacak bir şey yok.</translation>
    </message>
</context>
<context>
    <name>AnswerBar</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="27"/>
        <source>Show answer (Space)</source>
        <translation>Cevabı göster (Boşluk)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="48"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="67"/>
        <source>Key %1: %2, next in %3</source>
        <translation>%1 tuşu: %2, sonraki %3 sonra</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answer_bar.py" line="75"/>
        <source>Continue: %1 (Enter)</source>
        <translation>Devam: %1 (Enter)</translation>
    </message>
</context>
<context>
    <name>BadCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="32"/>
        <source>Wrong translation</source>
        <translation>Yanlış çeviri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="33"/>
        <source>Wrong blank or answer</source>
        <translation>Yanlış boşluk veya cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="34"/>
        <source>Meaningless or badly cut</source>
        <translation>Anlamsız veya kötü kesilmiş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="35"/>
        <source>Not worth learning</source>
        <translation>Öğrenmeye değmez</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="36"/>
        <source>Duplicate of another card</source>
        <translation>Başka bir kartın aynısı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="37"/>
        <source>Something else</source>
        <translation>Başka bir şey</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="51"/>
        <source>Card marked bad: it will not come back</source>
        <translation>Kart kötü olarak işaretlendi: bir daha gelmeyecek</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="75"/>
        <source>Mark card bad</source>
        <translation>Kartı kötü olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="82"/>
        <source>Why is it bad? (1–6, then Enter)</source>
        <translation>Neden kötü? (1–6, sonra Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="85"/>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="97"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Not (isteğe bağlı):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="100"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="101"/>
        <source>What is wrong, in a few words</source>
        <translation>Neyin yanlış olduğu, birkaç sözcükle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="107"/>
        <source>The card is retired and no rebuild makes it again. Edit ▸ Undo brings it back.</source>
        <translation>Kart kullanımdan kaldırılır ve hiçbir yeniden oluşturma onu tekrar yapmaz. Düzen ▸ Geri al onu geri getirir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="114"/>
        <source>Mark bad</source>
        <translation>Kötü olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/bad_card_dialog.py" line="160"/>
        <source>Only cards made from the articles can be marked bad; an imported or hand-made card can be edited or deleted in the browser.</source>
        <translation>Yalnızca makalelerden yapılan kartlar kötü olarak işaretlenebilir; içe aktarılan veya elle yapılan bir kart, «Kartlara göz at» penceresinde düzenlenebilir ya da silinebilir.</translation>
    </message>
</context>
<context>
    <name>BrowserWindow</name>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="67"/>
        <source>Browse cards</source>
        <translation>Kartlara göz at</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="111"/>
        <source>Cards</source>
        <translation>Kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="133"/>
        <source>Add card (Ctrl+E)</source>
        <translation>Kart ekle (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="138"/>
        <source>Show in article (Ctrl+R)</source>
        <translation>Makalede göster (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="34"/>
        <source>Delete 1 card? It leaves every deck and queue; its history is kept, and Undo (Ctrl+Z) brings it back.</source>
        <translation>1 kart silinsin mi? Tüm destelerden ve kuyruklardan çıkar; geçmişi saklanır, Geri al (Ctrl+Z) onu geri getirir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="41"/>
        <source>Delete %1 cards? They leave every deck and queue; their history is kept, and Undo (Ctrl+Z) brings them back.</source>
        <translation>%1 kart silinsin mi? Tüm destelerden ve kuyruklardan çıkarlar; geçmişleri saklanır, Geri al (Ctrl+Z) onları geri getirir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="59"/>
        <source>1 card suspended</source>
        <translation>1 kart askıya alındı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="60"/>
        <source>%1 cards suspended</source>
        <translation>%1 kart askıya alındı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="63"/>
        <source>1 card unsuspended</source>
        <translation>1 kartın askısı kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="64"/>
        <source>%1 cards unsuspended</source>
        <translation>%1 kartın askısı kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="67"/>
        <source>1 card reset to new</source>
        <translation>1 kart yeniye sıfırlandı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="68"/>
        <source>%1 cards reset to new</source>
        <translation>%1 kart yeniye sıfırlandı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="71"/>
        <source>1 card deleted</source>
        <translation>1 kart silindi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="72"/>
        <source>%1 cards deleted</source>
        <translation>%1 kart silindi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="134"/>
        <location filename="../../flashcards/gui/browser/window.py" line="243"/>
        <source>Suspend (Ctrl+J)</source>
        <translation>Askıya al (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="135"/>
        <source>Reset to new (Ctrl+Alt+N)</source>
        <translation>Yeniye çevir (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="136"/>
        <source>Delete (Del)</source>
        <translation>Sil (Del)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="137"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Geri al (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="139"/>
        <source>Unmark bad (Ctrl+Shift+U)</source>
        <translation>Kötü işaretini kaldır (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="143"/>
        <source>Last action</source>
        <translation>Son işlem</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="144"/>
        <source>Number of cards</source>
        <translation>Kart sayısı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="204"/>
        <source>1 card</source>
        <translation>1 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="204"/>
        <source>%1 cards</source>
        <translation>%1 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/window.py" line="243"/>
        <source>Unsuspend (Ctrl+J)</source>
        <translation>Askıdan çıkar (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/acting.py" line="49"/>
        <source>Delete cards</source>
        <translation>Kartları sil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="37"/>
        <source>Select one card to mark bad.</source>
        <translation>Kötü olarak işaretlemek için bir kart seçin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="57"/>
        <source>Select one card marked bad to unmark it.</source>
        <translation>İşaretini kaldırmak için kötü olarak işaretlenmiş bir kart seçin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="69"/>
        <source>Card unmarked: it is active again and its report is deleted</source>
        <translation>Kartın işareti kaldırıldı: yeniden etkin ve bildirimi silindi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="92"/>
        <source>Unsuspend</source>
        <translation>Askıdan çıkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="94"/>
        <source>Suspend</source>
        <translation>Askıya al</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="100"/>
        <source>Reset to new</source>
        <translation>Yeniye çevir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="105"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="107"/>
        <source>Unmark bad</source>
        <translation>Kötü işaretini kaldır</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="109"/>
        <source>Mark card bad…</source>
        <translation>Kartı kötü olarak işaretle…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/card_menu.py" line="115"/>
        <source>Show in article</source>
        <translation>Makalede göster</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="39"/>
        <source>Build a deck from a folder</source>
        <translation>Bir klasörden deste oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="43"/>
        <location filename="../../flashcards/gui/build_dialog.py" line="74"/>
        <source>Folder of articles</source>
        <translation>Makale klasörü</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="45"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="49"/>
        <source>Folder:</source>
        <translation>Klasör:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="51"/>
        <source>Deck name</source>
        <translation>Deste adı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="52"/>
        <source>Deck name:</source>
        <translation>Deste adı:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="54"/>
        <source>Question language</source>
        <translation>Soru dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="55"/>
        <source>Questions in:</source>
        <translation>Sorular:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="57"/>
        <source>Answer language</source>
        <translation>Cevap dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="58"/>
        <source>Answers in:</source>
        <translation>Cevaplar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="59"/>
        <source>Also make cards the other way round</source>
        <translation>Kartları ters yönde de oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="66"/>
        <source>Build</source>
        <translation>Oluştur</translation>
    </message>
</context>
<context>
    <name>BuildRunner</name>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="109"/>
        <source>Building %1</source>
        <translation>%1 oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="184"/>
        <source>Build finished</source>
        <translation>Oluşturma tamamlandı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="143"/>
        <source>Deck “%1” (%2)</source>
        <translation>“%1” destesi (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="145"/>
        <source>Read: %1 files, %2 articles</source>
        <translation>Okunan: %1 dosya, %2 makale</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="150"/>
        <source>(unchanged since the last build)</source>
        <translation>(son oluşturmadan beri değişmedi)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="152"/>
        <source>(%1 read, %2 from the cache)</source>
        <translation>(%1 okundu, %2 önbellekten)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="160"/>
        <source>Languages: %1</source>
        <translation>Diller: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="161"/>
        <source>Article groups: %1</source>
        <translation>Makale grupları: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="163"/>
        <source>Cards: %1 new, %2 updated, %3 unchanged, %4 retired</source>
        <translation>Kartlar: %1 yeni, %2 güncellendi, %3 değişmedi, %4 kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="170"/>
        <source>%1 restored</source>
        <translation>%1 geri getirildi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="177"/>
        <source>Skipped: %1</source>
        <translation>Atlandı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="178"/>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="192"/>
        <source>Skipped files: %1 · Notes: %2 (see the details)</source>
        <translation>Atlanan dosyalar: %1 · Notlar: %2 (ayrıntılara bakın)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="204"/>
        <source>The build was cancelled; nothing was changed.</source>
        <translation>Oluşturma iptal edildi; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/build_dialog.py" line="209"/>
        <source>Build</source>
        <translation>Oluştur</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="126"/>
        <source>Cards of this sentence</source>
        <extracomment>The keys the panel acts on, in the reader&apos;s text and in the panel&apos;s own list.</extracomment>
        <translation>Bu cümlenin kartları</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>Recall now</source>
        <translation>Şimdi hatırlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="128"/>
        <source>Question → answer</source>
        <translation>Soru → cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="149"/>
        <source>No card asks about this sentence yet.</source>
        <translation>Bu cümleyi soran bir kart henüz yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="150"/>
        <source>Edit (E)</source>
        <translation>Düzenle (E)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="151"/>
        <location filename="../../flashcards/gui/reader_cards.py" line="228"/>
        <source>Suspend (J)</source>
        <translation>Askıya al (J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="152"/>
        <source>Study now (S)</source>
        <translation>Şimdi çalış (S)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="205"/>
        <source>%1, suspended</source>
        <translation>%1, askıda</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="228"/>
        <source>Unsuspend (J)</source>
        <translation>Askıdan çıkar (J)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="293"/>
        <source>Card saved</source>
        <translation>Kart kaydedildi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="315"/>
        <source>Card unsuspended</source>
        <translation>Kart askıdan çıkarıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="315"/>
        <source>Card suspended</source>
        <translation>Kart askıya alındı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="327"/>
        <source>Every card of this sentence is suspended.</source>
        <translation>Bu cümlenin bütün kartları askıda.</translation>
    </message>
</context>
<context>
    <name>CardTable</name>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="40"/>
        <source>suspended</source>
        <translation>askıda</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="41"/>
        <source>buried</source>
        <translation>ertelenmiş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="42"/>
        <source>deleted</source>
        <translation>silinmiş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="44"/>
        <source>marked bad</source>
        <translation>kötü olarak işaretli</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="67"/>
        <source>Question</source>
        <extracomment>Title, sort key, width and the cell&apos;s text (always plain: card text is never markup).</extracomment>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="68"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="69"/>
        <source>Deck</source>
        <translation>Deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="70"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="71"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="72"/>
        <source>Due</source>
        <translation>Vade</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="74"/>
        <source>Interval</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/table.py" line="79"/>
        <source>Flag</source>
        <translation>Bayrak</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="64"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="70"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="73"/>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_view.py" line="186"/>
        <source>%1 flag</source>
        <extracomment>A widget below the answer that must be seen too (a wrong multiple-choice pick, marked red beside the right option marked green), even if the answer&apos;s start then scrolls up out of view.</extracomment>
        <translation>%1 bayrak</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="167"/>
        <source>Option %1: %2</source>
        <translation>Seçenek %1: %2</translation>
    </message>
</context>
<context>
    <name>DeckListPage</name>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="67"/>
        <location filename="../../flashcards/gui/deck_list.py" line="86"/>
        <source>Decks</source>
        <translation>Desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="76"/>
        <source>Deck</source>
        <translation>Deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="77"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="78"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="79"/>
        <source>Learn</source>
        <translation>Öğrenilen</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="80"/>
        <source>Due</source>
        <translation>Sırası gelen</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="81"/>
        <source>Cards</source>
        <translation>Kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="103"/>
        <source>No decks yet. Build one from a folder of articles in markdown.</source>
        <translation>Henüz deste yok. Markdown makalelerinden oluşan bir klasörden bir tane oluşturun.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="108"/>
        <source>Build a deck from a folder…</source>
        <translation>Bir klasörden deste oluştur…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="109"/>
        <source>Build a deck from a folder</source>
        <translation>Bir klasörden deste oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="127"/>
        <source>All decks</source>
        <translation>Tüm desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="158"/>
        <source>Study</source>
        <translation>Çalış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="159"/>
        <source>Study %1</source>
        <translation>%1 destesini çalış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="163"/>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="164"/>
        <source>Options of %1</source>
        <translation>%1 seçenekleri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="165"/>
        <source>Daily limits and scheduling of this deck</source>
        <translation>Bu destenin günlük sınırları ve zamanlaması</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/deck_list.py" line="181"/>
        <source>Due today: %1 · Cards: %2</source>
        <translation>Bugün sırası gelen: %1 · Kartlar: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="28"/>
        <source>Card text and sources</source>
        <translation>Kart metni ve kaynakları</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="31"/>
        <source>Scheduling</source>
        <translation>Zamanlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="34"/>
        <source>Review history</source>
        <translation>Tekrar geçmişi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="68"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="73"/>
        <source>Due</source>
        <translation>Sırası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="46"/>
        <source>Select a card to see its details.</source>
        <translation>Ayrıntılarını görmek için bir kart seçin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="52"/>
        <source>review</source>
        <translation>tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="53"/>
        <source>manual</source>
        <translation>elle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="61"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="62"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="63"/>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="64"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="65"/>
        <source>Source files</source>
        <translation>Kaynak dosyalar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="72"/>
        <source>Marked bad</source>
        <translation>Kötü olarak işaretli</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="75"/>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="76"/>
        <source>Stability</source>
        <translation>Kalıcılık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="77"/>
        <source>Difficulty</source>
        <translation>Zorluk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="79"/>
        <source>Retrievability</source>
        <translation>Hatırlanabilirlik</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/details.py" line="80"/>
        <source>Reviews, lapses</source>
        <translation>Tekrarlar, unutmalar</translation>
    </message>
</context>
<context>
    <name>DuplicatesLabel</name>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="108"/>
        <source>Cards with the same words</source>
        <extracomment>A duplicate&apos;s question is cut to this many characters. How long typing must pause before the deck is searched for the same words.</extracomment>
        <translation>Aynı sözcükleri içeren kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="116"/>
        <source>The deck already has a card with these words (add anyway if you like):</source>
        <translation>Destede bu sözcükleri içeren bir kart zaten var (isterseniz yine de ekleyin):</translation>
    </message>
</context>
<context>
    <name>EditCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="39"/>
        <source>Edit card</source>
        <extracomment>Each field shows up to this many lines of its text before it scrolls, and at least the fewest.</extracomment>
        <translation>Kartı düzenle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="41"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="42"/>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="43"/>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="44"/>
        <location filename="../../flashcards/gui/edit_dialog.py" line="66"/>
        <source>Question:</source>
        <translation>Soru:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="45"/>
        <source>Answer:</source>
        <translation>Cevap:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/edit_dialog.py" line="46"/>
        <location filename="../../flashcards/gui/edit_dialog.py" line="66"/>
        <source>Context:</source>
        <translation>Bağlam:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="25"/>
        <source>Search question, answer and context</source>
        <translation>Soru, cevap ve bağlamda ara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="27"/>
        <source>Search cards</source>
        <translation>Kartlarda ara</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="33"/>
        <source>no flag</source>
        <translation>bayraksız</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="35"/>
        <source>suspended</source>
        <translation>askıya alınmış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="35"/>
        <source>buried</source>
        <translation>ertelenmiş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="36"/>
        <source>leeches</source>
        <translation>sülükler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="37"/>
        <source>marked bad</source>
        <translation>kötü olarak işaretli</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="38"/>
        <source>Deck filter</source>
        <translation>Deste süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="38"/>
        <source>All decks</source>
        <translation>Tüm desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="39"/>
        <source>Language filter</source>
        <translation>Dil süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="39"/>
        <source>All languages</source>
        <translation>Tüm diller</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="40"/>
        <source>Kind filter</source>
        <translation>Tür süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="40"/>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="41"/>
        <source>State filter</source>
        <translation>Durum süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="41"/>
        <source>Any state</source>
        <translation>Her durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="42"/>
        <source>Flag filter</source>
        <translation>Bayrak süzgeci</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/filters.py" line="42"/>
        <source>Any flag</source>
        <translation>Her bayrak</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="66"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="99"/>
        <source>Import a glossary</source>
        <extracomment>Longest deck name offered from a file&apos;s stem (the deck name column holds 200 characters).</extracomment>
        <translation>Sözlük içe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="69"/>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Sözlükler (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="70"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="106"/>
        <source>Glossary file</source>
        <translation>Sözlük dosyası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="107"/>
        <source>A .csv or .tsv file: term, translation</source>
        <translation>Bir .csv ya da .tsv dosyası: terim, çeviri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="108"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="112"/>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="117"/>
        <source>Language of the terms</source>
        <translation>Terimlerin dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="118"/>
        <source>Terms in:</source>
        <translation>Terimler:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="120"/>
        <source>Language of the translations</source>
        <translation>Çevirilerin dili</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="121"/>
        <source>Translations in:</source>
        <translation>Çeviriler:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="126"/>
        <source>Deck name</source>
        <translation>Deste adı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="136"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="137"/>
        <source>Also make cards the other way round</source>
        <translation>Kartları ters yönde de oluştur</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="149"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="160"/>
        <source>Skipped rows</source>
        <translation>Atlanan satırlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="169"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="171"/>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="286"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="234"/>
        <source>A new deck is made with these languages.</source>
        <translation>Bu dillerle yeni bir deste oluşturulur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="237"/>
        <source>Cards go into this deck (%1).</source>
        <translation>Kartlar bu desteye eklenir (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="279"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="308"/>
        <source>New deck “%1” (%2).</source>
        <translation>Yeni deste “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="308"/>
        <source>Deck “%1” (%2).</source>
        <translation>Deste “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="313"/>
        <source>Added: %1 · Updated: %2 · Unchanged: %3</source>
        <translation>Eklenen: %1 · Güncellenen: %2 · Değişmeyen: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="319"/>
        <source>Restored: %1</source>
        <translation>Geri getirilen: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="321"/>
        <source>Retired (rows no longer in the file): %1</source>
        <translation>Emekliye ayrılan (artık dosyada olmayan satırlar): %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="326"/>
        <source>No usable rows: each row needs a term and its translation.</source>
        <translation>Kullanılabilir satır yok: her satırda bir terim ve çevirisi olmalı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="331"/>
        <source>Row %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="336"/>
        <source>Skipped rows: %1</source>
        <translation>Atlanan satırlar: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="344"/>
        <source>empty cell</source>
        <translation>boş hücre</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="352"/>
        <source>duplicate of row %1 (the same term, another translation)</source>
        <translation>%1. satırın tekrarı (aynı terim, başka bir çeviri)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="351"/>
        <source>duplicate of row %1</source>
        <translation>%1. satırın tekrarı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="353"/>
        <source>already in deck %1</source>
        <translation>%1 destesinde zaten var</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="354"/>
        <source>deleted from deck %1; not brought back</source>
        <translation>%1 destesinden silinmiş; geri getirilmedi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="345"/>
        <source>expected %1 columns, found %2</source>
        <translation>%1 sütun bekleniyordu, %2 bulundu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="346"/>
        <source>not a term card (kind %1)</source>
        <translation>terim kartı değil (tür: %1)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="348"/>
        <source>encoding problem</source>
        <translation>kodlama sorunu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="349"/>
        <source>broken quoting</source>
        <translation>bozuk tırnak işaretleri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="350"/>
        <source>cell too long (%1 characters; at most %2)</source>
        <translation>hücre çok uzun (%1 karakter; en fazla %2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="347"/>
        <source>languages %1 → %2, not %3 ↔ %4</source>
        <translation>diller %1 → %2, %3 ↔ %4 değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="355"/>
        <source>no %1 text</source>
        <translation>%1 metin yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="356"/>
        <source>segment too long (%1 characters; at most %2)</source>
        <translation>bölüm çok uzun (%1 karakter; en çok %2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="376"/>
        <source>%1: the header (%2) has no column in %3</source>
        <translation>%1: başlıkta (%2) %3 sütunu yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/glossary_dialog.py" line="383"/>
        <source>The import failed: %1</source>
        <translation>İçe aktarma başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="58"/>
        <source>Study days</source>
        <translation>Çalışma günleri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="78"/>
        <source>1 answer</source>
        <translation>1 cevap</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="78"/>
        <source>%1 answers</source>
        <translation>%1 cevap</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="46"/>
        <source>Date</source>
        <comment>review history</comment>
        <extracomment>When a review was, the heading of a narrow column: short (&quot;Dags.&quot; in Icelandic).</extracomment>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="47"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="48"/>
        <source>Rating</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="49"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="50"/>
        <source>Due</source>
        <translation>Sırası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="51"/>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="73"/>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/browser/history.py" line="74"/>
        <source>early review</source>
        <translation>erken tekrar</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="82"/>
        <source>new</source>
        <extracomment>A sentence&apos;s tint by how well its cards are known: new, being learnt, known (deeper as the chance of recall now is higher), every card suspended; no tint: no card asks it. Translucent over the table&apos;s base, so the text keeps its own colour in either theme; stronger over a dark base, where a faint tint cannot be told from none.</extracomment>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="86"/>
        <source>learning</source>
        <translation>öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="89"/>
        <source>known</source>
        <translation>biliniyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_cards.py" line="101"/>
        <source>Sentences with cards are tinted by their least-known card: new, being learnt, or known (the deeper, the likelier you recall it now).</source>
        <translation>Kartı olan cümleler en az bilinen kartlarına göre renklenir: yeni, öğreniliyor ya da biliniyor (renk ne kadar koyuysa şimdi hatırlama olasılığı o kadar yüksek).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="129"/>
        <source>Import from &amp;Anki…</source>
        <translation>&amp;Anki’den içe aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="121"/>
        <source>&amp;Build deck from folder…</source>
        <translation>Klasörden deste &amp;oluştur…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="125"/>
        <source>&amp;Import glossary…</source>
        <translation>Sözlük &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="134"/>
        <source>&amp;Export to Anki…</source>
        <translation>&amp;Anki’ye dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="143"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="150"/>
        <source>&amp;Add card…</source>
        <translation>Kart &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="154"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="155"/>
        <source>&amp;Decks</source>
        <translation>&amp;Desteler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="159"/>
        <source>&amp;Study selected deck</source>
        <translation>Seçili desteyi &amp;çalış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="163"/>
        <source>S&amp;orting quiz on selected deck</source>
        <translation>Seçili destede &amp;sınıflandırma sınavı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="167"/>
        <source>&amp;Read the selected deck&apos;s articles</source>
        <translation>Seçili destenin makalelerini &amp;oku</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="171"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="172"/>
        <source>S&amp;tatistics</source>
        <translation>İs&amp;tatistikler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="176"/>
        <source>&amp;Browse cards</source>
        <translation>Kartlara &amp;göz at</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="180"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="184"/>
        <source>Deck &amp;options…</source>
        <translation>Deste &amp;seçenekleri…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="189"/>
        <source>&amp;About flashcards</source>
        <translation>flashcards &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="344"/>
        <source>Export to Anki</source>
        <translation>Anki’ye dışa aktar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="347"/>
        <source>Anki packages (*.apkg)</source>
        <translation>Anki paketleri (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="429"/>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="442"/>
        <source>About flashcards</source>
        <translation>flashcards hakkında</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/main_window.py" line="444"/>
        <source>flashcards %1: bilingual flashcards from business articles, scheduled with FSRS.</source>
        <translation>flashcards %1: iş makalelerinden iki dilli bilgi kartları, FSRS ile zamanlanır.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="33"/>
        <source>%1: not an Anki package (not a zip archive)</source>
        <translation>%1: Anki paketi değil (zip arşivi değil)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="34"/>
        <source>%1: not an Anki package (no collection in it)</source>
        <translation>%1: Anki paketi değil (içinde koleksiyon yok)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="37"/>
        <source>%1: a damaged zip archive</source>
        <translation>%1: bozuk bir zip arşivi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="38"/>
        <source>%1: not imported: it would unpack to more than %2 or %3 files</source>
        <translation>%1: içe aktarılmadı: açıldığında %2 boyutunu ya da %3 dosyayı aşardı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="41"/>
        <source>%1: Anki&apos;s library cannot read it (%2)</source>
        <translation>%1: Anki’nin kitaplığı bunu okuyamıyor (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="44"/>
        <source>%1: no note type has the fields %2 and %3 (%4)</source>
        <translation>%1: hiçbir not türünde %2 ve %3 alanları yok (%4)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="21"/>
        <source>%1: no such file</source>
        <extracomment>One sentence per reason; %1 is the file&apos;s name, %2 and %3 the reason&apos;s values.</extracomment>
        <translation>%1: böyle bir dosya yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="22"/>
        <source>%1: permission denied</source>
        <translation>%1: erişim izni yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="23"/>
        <source>%1: a symbolic link loop</source>
        <translation>%1: sembolik bağlantı döngüsü</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="24"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: okunamıyor (%2)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="25"/>
        <source>%1: a folder, not a file</source>
        <translation>%1: dosya değil, klasör</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="26"/>
        <source>%1: not a regular file</source>
        <translation>%1: normal bir dosya değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="27"/>
        <source>%1: the file is too large (%2; at most %3)</source>
        <translation>%1: dosya çok büyük (%2; en fazla %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="28"/>
        <source>%1: the file is empty</source>
        <translation>%1: dosya boş</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="29"/>
        <source>%1: not a text file</source>
        <translation>%1: metin dosyası değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="30"/>
        <source>%1: not valid %2 text</source>
        <translation>%1: geçerli bir %2 metni değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="31"/>
        <source>Cannot write %1 (%2).</source>
        <translation>%1 yazılamıyor (%2).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="32"/>
        <source>Unsupported language: %2</source>
        <translation>Desteklenmeyen dil: %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="94"/>
        <source>%1: no such file or folder</source>
        <extracomment>One sentence per reason the builder gives; %1 is the file&apos;s name, %2, %3 … its values, each written as `_VALUES` says. The reasons of `_TEMPLATES` are worded by those.</extracomment>
        <translation>%1: böyle bir dosya ya da klasör yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="95"/>
        <source>%1: a symbolic link back to a folder above it (a loop)</source>
        <translation>%1: üstündeki bir klasöre geri dönen sembolik bağlantı (döngü)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="98"/>
        <source>%1: a symbolic link to a file that is not there</source>
        <translation>%1: var olmayan bir dosyaya giden sembolik bağlantı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="101"/>
        <source>%1: a folder named like an article; read as a folder</source>
        <translation>%1: makale gibi adlandırılmış bir klasör; klasör olarak okundu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="104"/>
        <source>%1: the same article as %2; built once</source>
        <translation>%1: %2 ile aynı makale; yalnızca bir kez işlendi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="107"/>
        <source>%1: lines %3: bytes that are not UTF-8 were left out</source>
        <translation>%1: %3 numaralı satırlarda UTF-8 olmayan baytlar çıkarıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="110"/>
        <source>%1: lines %3 are not UTF-8 like the rest; read as %4</source>
        <translation>%1: %3 numaralı satırlar dosyanın geri kalanı gibi UTF-8 değil; %4 olarak okundu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="113"/>
        <source>%1: not UTF-8; read as %2</source>
        <translation>%1: UTF-8 değil; %2 olarak okundu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="114"/>
        <source>%1: contains HTML markup, which was left out of the cards</source>
        <translation>%1: HTML işaretlemesi içeriyor; bunlar kartlara alınmadı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="117"/>
        <source>%1: no title in the front matter; the first heading is used</source>
        <translation>%1: ön bilgide başlık yok; ilk alt başlık kullanıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="120"/>
        <source>%1: the language “%2” in the front matter is not supported; it was detected instead</source>
        <translation>%1: ön bilgideki “%2” dili desteklenmiyor; dil metinden algılandı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="124"/>
        <source>%1: probably in %2, but only %3 sure; set “lang:” in the front matter to be certain</source>
        <translation>%1: dil büyük olasılıkla %2, ama yalnızca %3 güvenle; emin olmak için ön bilgiye “lang:” ekleyin</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="128"/>
        <source>%1: %2 sentences with words of up to %3 characters were left out (no cards are made of them)</source>
        <translation>%1: %3 karaktere varan sözcükler içeren %2 cümle çıkarıldı (bunlardan kart yapılmaz)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="133"/>
        <source>%1: broken front matter (line %3)</source>
        <translation>%1: ön bilgi bozuk (satır %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="134"/>
        <source>%1: broken front matter (nested too deeply)</source>
        <translation>%1: ön bilgi bozuk (çok derin iç içe)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="137"/>
        <source>%1: the front matter is too long (%2 characters; at most %3)</source>
        <translation>%1: ön bilgi çok uzun (%2 karakter; en fazla %3)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="140"/>
        <source>%1: the front matter is too large (more than %2 values once its aliases are expanded)</source>
        <translation>%1: ön bilgi çok büyük (takma adlar açıldığında %2 değerden fazla)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="144"/>
        <source>%1: the front matter is not a list of keys and values</source>
        <translation>%1: ön bilgi bir anahtar-değer listesi değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="147"/>
        <source>%1: “%2” in the front matter is not text (put it in quotes to keep it as text)</source>
        <translation>%1: ön bilgideki “%2” metin değil (metin olarak kalması için tırnak içine alın)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="151"/>
        <source>%1: front matter but no article after it</source>
        <translation>%1: ön bilgi var ama ardından makale yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="152"/>
        <source>%1: no paragraphs or lists in the article</source>
        <translation>%1: makalede paragraf ya da liste yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="155"/>
        <source>%1: no title (neither in the front matter nor as a heading)</source>
        <translation>%1: başlık yok (ne ön bilgide ne de bir başlık satırı olarak)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="158"/>
        <source>%1: the title has a word of %2 characters</source>
        <translation>%1: başlıkta %2 karakterlik bir sözcük var</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="161"/>
        <source>%1: no text to tell the language from</source>
        <translation>%1: dilini anlamaya yetecek metin yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="162"/>
        <source>%1: may translate %2 (similarity %3), but another article is as likely; not grouped: give the translations the same “translation_key:” in their front matter</source>
        <translation>%1: %2 makalesinin çevirisi olabilir (benzerlik %3), ancak başka bir makale de aynı ölçüde olası; gruplanmadı: çevirilerin ön bilgisine aynı “translation_key:” değerini verin</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="167"/>
        <source>%1: its words say it may translate %2, but another article is as likely; not grouped: give the translations the same “translation_key:” in their front matter</source>
        <translation>%1: sözcüklerine göre %2 makalesinin çevirisi olabilir, ancak başka bir makale de aynı ölçüde olası; gruplanmadı: çevirilerin ön bilgisine aynı “translation_key:” değerini verin</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="172"/>
        <source>%1: the translation key “%2” is already used by %3 for %4; built on its own</source>
        <translation>%1: “%2” çeviri anahtarı %4 için zaten %3 tarafından kullanılıyor; ayrı olarak işlendi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="176"/>
        <source>%1: written in %2, not %3; no cards</source>
        <translation>%1: yazı dili %2 (%3 değil); kart yapılmadı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="177"/>
        <source>%1: no language analysis for %2, so no cards of these kinds: %3</source>
        <translation>%1: %2 için dil çözümlemesi yok, bu yüzden şu türlerde kart yapılmadı: %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="180"/>
        <source>%1: no %2 translation found; made %3 cards in %4 only</source>
        <translation>%1: %2 çevirisi bulunamadı; tek dilde (%4) %3 kart yapıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="183"/>
        <source>%1: no readable article to build from</source>
        <translation>%1: işlenecek okunabilir makale yok</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="188"/>
        <source>%1: line %3: bytes that are not UTF-8 were left out</source>
        <extracomment>The sentence where the number it counts is 1 (`_COUNTED` says which value that is).</extracomment>
        <translation>%1: %3 numaralı satırda UTF-8 olmayan baytlar çıkarıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="191"/>
        <source>%1: line %3 is not UTF-8 like the rest; read as %4</source>
        <translation>%1: %3 numaralı satır dosyanın geri kalanı gibi UTF-8 değil; %4 olarak okundu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="194"/>
        <source>%1: a sentence with a word of %3 characters was left out (no card is made of it)</source>
        <translation>%1: %3 karakterlik bir sözcük içeren bir cümle çıkarıldı (bundan kart yapılmaz)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="198"/>
        <source>%1: no %2 translation found; made one card in %4 only</source>
        <translation>%1: %2 çevirisi bulunamadı; tek dilde (%4) bir kart yapıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="210"/>
        <source>%1: broken front matter</source>
        <extracomment>Front matter YAML found broken where it does not say on which line.</extracomment>
        <translation>%1: ön bilgi bozuk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="214"/>
        <source>%1: a named pipe (FIFO), not a regular file</source>
        <extracomment>What a file that is not a regular file is, by `flashcards.files.kind_code`.</extracomment>
        <translation>%1: adlandırılmış kanal (FIFO), normal bir dosya değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="215"/>
        <source>%1: a socket, not a regular file</source>
        <translation>%1: soket, normal bir dosya değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="216"/>
        <source>%1: a device, not a regular file</source>
        <translation>%1: aygıt, normal bir dosya değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="338"/>
        <source> or </source>
        <extracomment>How each value of a reason is written, one letter per value from %2 on: f a file&apos;s name, l a language, L languages (&quot;is,tr&quot;), n a number, p a share (&quot;0.42&quot;), x line numbers, k card kinds, t text as it is, - not shown. Reasons no build reports of a file (errors of a glossary, a deck, a command&apos;s arguments, a file written, an Anki package: worded by `error_text` and the dialogs that show them). Words the sentences above put between values.</extracomment>
        <translation> veya </translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/messages.py" line="339"/>
        <source>another language</source>
        <translation>başka bir dil</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../flashcards/gui/notice.py" line="25"/>
        <source>Notice</source>
        <extracomment>How long a notice stays, in milliseconds.</extracomment>
        <translation>Bildirim</translation>
    </message>
</context>
<context>
    <name>OpProgress</name>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="57"/>
        <source>Reading the Anki package… %1</source>
        <translation>Anki paketi okunuyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="58"/>
        <source>Computing each card&apos;s memory from its reviews… %1</source>
        <translation>Her kartın hafızası tekrarlarından hesaplanıyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="23"/>
        <source>Starting…</source>
        <translation>Başlıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="45"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="50"/>
        <source>Reading articles… %1</source>
        <translation>Makaleler okunuyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="51"/>
        <source>Grouping the translations… %1</source>
        <translation>Çeviriler gruplanıyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="52"/>
        <source>Making cards… %1 article groups</source>
        <translation>Kartlar hazırlanıyor… %1 makale grubu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="53"/>
        <source>Writing cards… %1</source>
        <translation>Kartlar yazılıyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="54"/>
        <source>Reading the cards… %1</source>
        <translation>Kartlar okunuyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="55"/>
        <source>Packing cards… %1</source>
        <translation>Kartlar paketleniyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="56"/>
        <source>Saving the file… %1</source>
        <translation>Dosya kaydediliyor… %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/progress.py" line="90"/>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="70"/>
        <source>Deck options</source>
        <translation>Deste seçenekleri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="85"/>
        <source>Deck</source>
        <translation>Deste</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="91"/>
        <source>Deck:</source>
        <translation>Deste:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="93"/>
        <source>Preset</source>
        <translation>Ön ayar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="95"/>
        <source>Add preset…</source>
        <translation>Ön ayar ekle…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="100"/>
        <source>Preset:</source>
        <translation>Ön ayar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="105"/>
        <source>Desired retention</source>
        <translation>Hedeflenen hatırlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="106"/>
        <source>Desired retention:</source>
        <translation>Hedeflenen hatırlama:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="109"/>
        <source>New cards a day</source>
        <translation>Günde yeni kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="110"/>
        <source>New cards a day:</source>
        <translation>Günde yeni kart:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="113"/>
        <source>Reviews a day</source>
        <translation>Günde tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="114"/>
        <source>Reviews a day:</source>
        <translation>Günde tekrar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="115"/>
        <source>New cards count against the review limit, as in Anki.</source>
        <translation>Yeni kartlar, Anki’deki gibi tekrar sınırından düşülür.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="119"/>
        <source>These limits for this deck only</source>
        <translation>Bu sınırlar yalnızca bu deste için</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="122"/>
        <source>Learning steps</source>
        <translation>Öğrenme adımları</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="124"/>
        <source>Learning steps:</source>
        <translation>Öğrenme adımları:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="126"/>
        <source>Relearning steps</source>
        <translation>Yeniden öğrenme adımları</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="128"/>
        <source>Relearning steps:</source>
        <translation>Yeniden öğrenme adımları:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="131"/>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="132"/>
        <source>Maximum interval</source>
        <translation>En uzun aralık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="133"/>
        <source>Maximum interval:</source>
        <translation>En uzun aralık:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="134"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="135"/>
        <source>review</source>
        <translation>tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="136"/>
        <source>interday learning</source>
        <translation>günler arası öğrenme</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="140"/>
        <source>Bury siblings:</source>
        <translation>Kardeş kartları ertele:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="142"/>
        <source>Review order</source>
        <translation>Tekrar sırası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="144"/>
        <source>Most faded first (relative overdueness)</source>
        <translation>En çok silinen önce (göreli gecikme)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="145"/>
        <source>Due date, then random (Anki&apos;s default)</source>
        <translation>Vade tarihi, sonra rastgele (Anki’nin varsayılanı)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="146"/>
        <source>Lowest retrievability first</source>
        <translation>En düşük hatırlanabilirlik önce</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="147"/>
        <source>Shortest intervals first</source>
        <translation>En kısa aralıklar önce</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="148"/>
        <source>Longest intervals first</source>
        <translation>En uzun aralıklar önce</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="149"/>
        <source>Random</source>
        <translation>Rastgele</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="152"/>
        <source>Review order:</source>
        <translation>Tekrar sırası:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="155"/>
        <source>never</source>
        <translation>hiçbir zaman</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="156"/>
        <source>Leech threshold</source>
        <translation>Sülük eşiği</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="158"/>
        <source>Leech action</source>
        <translation>Sülük işlemi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="159"/>
        <source>Tag only</source>
        <translation>Yalnızca etiketle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="160"/>
        <source>Suspend</source>
        <translation>Askıya al</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="163"/>
        <source>lapses, then</source>
        <translation>unutmadan sonra</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="167"/>
        <source>Leech after:</source>
        <translation>Sülük sayılma:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="174"/>
        <source>Load on %1</source>
        <translation>%1 yükü</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="177"/>
        <source>Normal, reduced (½) or almost no reviews (–)</source>
        <translation>Normal, azaltılmış (½) ya da neredeyse hiç tekrar yok (–)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="180"/>
        <source>Easy days:</source>
        <translation>Hafif günler:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="182"/>
        <source>½ fewer reviews · – almost none</source>
        <translation>½ daha az tekrar · – neredeyse hiç</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="186"/>
        <source>Reschedule cards on change</source>
        <translation>Değişiklikte kartları yeniden planla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="189"/>
        <source>Move due dates to the new retention&apos;s intervals (otherwise only new answers use it)</source>
        <translation>Vade tarihlerini yeni hatırlama hedefinin aralıklarına taşı (aksi halde yalnızca yeni cevaplar kullanır)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="212"/>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="269"/>
        <source>Steps are numbers with m, h or d, like “1m 10m”.</source>
        <translation>Adımlar m, h veya d ile yazılan sayılardır, “1m 10m” gibi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="306"/>
        <source>Add preset</source>
        <translation>Ön ayar ekle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="306"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/preset_form.py" line="314"/>
        <source>Choose a name no other preset has.</source>
        <translation>Başka bir ön ayarın kullanmadığı bir ad seçin.</translation>
    </message>
</context>
<context>
    <name>ReaderWindow</name>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="56"/>
        <source>Read — %1</source>
        <extracomment>A card to show in its article (the browser&apos;s &quot;Show in article&quot;): its family is opened and the cursor put on the first sentence it asks about.</extracomment>
        <translation>Oku — %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="58"/>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="60"/>
        <source>&amp;Article:</source>
        <translation>&amp;Makale:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="108"/>
        <source>↑/↓ sentence by sentence · Tab other language · →/← Shift+→ select words · T term card · C cloze · R read aloud · Enter its cards · E edit · J suspend · S study now · X mark bad · Esc close</source>
        <extracomment>Where the mouse pointer was when the keys or a new article last put the cursor: the pointer takes the cursor only once it has moved from there (a window opening under it, or rows scrolling under it, must not move the cursor away).</extracomment>
        <translation>↑/↓ cümle cümle · Tab diğer dil · →/← Shift+→ sözcük seç · T terim kartı · C boşluk doldurma · R sesli oku · Enter kartları · E düzenle · J askıya al · S şimdi çalış · X kötü olarak işaretle · Esc kapat</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reader_window.py" line="129"/>
        <source>This deck has no article in two languages to read.</source>
        <translation>Bu destede iki dilde okunacak makale yok.</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="51"/>
        <source>Answer mode</source>
        <translation>Cevap biçimi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="36"/>
        <source>Flip and grade yourself</source>
        <translation>Çevir ve kendin değerlendir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="37"/>
        <source>Type the answer</source>
        <translation>Cevabı yaz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="38"/>
        <source>Multiple choice</source>
        <translation>Çoktan seçmeli</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="57"/>
        <source>Read aloud (R)</source>
        <translation>Sesli oku (R)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="58"/>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="72"/>
        <source>Cards left today</source>
        <translation>Bugün kalan kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="117"/>
        <source>Back to decks</source>
        <translation>Destelere dön</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="103"/>
        <source>Opening %1…</source>
        <translation>%1 açılıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="85"/>
        <source>New %1 · Learning %2 · Review %3</source>
        <translation>Yeni %1 · Öğrenilen %2 · Tekrar %3</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="132"/>
        <source>The cards chosen are studied: %1 answered.</source>
        <translation>Seçilen kartlar çalışıldı: %1 kart cevaplandı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="134"/>
        <source>Done for today: %1 answered in this session.</source>
        <translation>Bugünlük bitti: bu oturumda %1 kart cevaplandı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/header.py" line="138"/>
        <source>The next card is due %1.</source>
        <translation>Sıradaki kartın zamanı: %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="279"/>
        <source>Still opening the deck: that key was ignored.</source>
        <extracomment>Study now: these cards of the deck only, due or not (None: the deck&apos;s queue).</extracomment>
        <translation>Deste hâlâ açılıyor: o tuşa basılması yok sayıldı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="40"/>
        <source>Leech: forgotten %1 times. It is tagged “leech”.</source>
        <translation>Sülük: %1 kez unutuldu. “leech” olarak etiketlendi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="44"/>
        <source>It is suspended until you unsuspend it in the browser.</source>
        <translation>Tarayıcıda askıdan çıkarana kadar askıda kalır.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="60"/>
        <source>Recall now: %1</source>
        <translation>Şimdi hatırlama: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="62"/>
        <source>Recall now: new card</source>
        <translation>Şimdi hatırlama: yeni kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="72"/>
        <source>Card buried until tomorrow</source>
        <translation>Kart yarına ertelendi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="82"/>
        <source>Card suspended</source>
        <translation>Kart askıya alındı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="101"/>
        <source>Flag set: %1</source>
        <translation>Bayrak: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="103"/>
        <source>Flag removed</source>
        <translation>Bayrak kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="134"/>
        <source>Card saved</source>
        <translation>Kart kaydedildi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="185"/>
        <source>Edit card…</source>
        <translation>Kartı düzenle…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="186"/>
        <source>Bury until tomorrow</source>
        <translation>Yarına ertele</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="187"/>
        <source>Suspend</source>
        <translation>Askıya al</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="188"/>
        <source>Mark card bad…</source>
        <translation>Kartı kötü olarak işaretle…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/card_actions.py" line="189"/>
        <source>Show recall</source>
        <translation>Hatırlama olasılığını göster</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="378"/>
        <source>No card on screen.</source>
        <translation>Ekranda kart yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="384"/>
        <source>A gap sentence is read aloud once the answer is shown.</source>
        <translation>Boşluklu cümle, cevap gösterildikten sonra sesli okunur.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/page.py" line="387"/>
        <source>Read the card aloud</source>
        <translation>Kartı sesli oku</translation>
    </message>
</context>
<context>
    <name>SelectionCardDialog</name>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="316"/>
        <source>New term card</source>
        <translation>Yeni terim kartı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="317"/>
        <source>&amp;Term (%1):</source>
        <translation>&amp;Terim (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="319"/>
        <source>Term</source>
        <translation>Terim</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="321"/>
        <source>T&amp;ranslation (%1):</source>
        <translation>&amp;Çeviri (%1):</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="324"/>
        <source>Translation</source>
        <translation>Çeviri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="331"/>
        <source>Cards: %1</source>
        <translation>Kartlar: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="332"/>
        <source>Sentence: %1</source>
        <translation>Cümle: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="334"/>
        <source>New cloze card</source>
        <translation>Yeni boşluk doldurma kartı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="336"/>
        <source>Question:</source>
        <translation>Soru:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="338"/>
        <source>Answer: %1</source>
        <translation>Cevap: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="342"/>
        <source>This selection has made these cards already.</source>
        <translation>Bu seçimden bu kartlar zaten yapıldı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="345"/>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="380"/>
        <source>The translation is what you selected in the other column.</source>
        <translation>Çeviri, diğer sütunda seçtiğiniz metin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="381"/>
        <source>Translation proposed from the deck&apos;s cards.</source>
        <translation>Çeviri destenin kartlarından önerildi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="382"/>
        <source>Translation proposed from the aligned sentences.</source>
        <translation>Çeviri hizalanmış cümlelerden önerildi.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="383"/>
        <source>Written the same in both languages.</source>
        <translation>İki dilde de aynı yazılıyor.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="385"/>
        <source>A guess from its place in the aligned sentence: check the translation.</source>
        <translation>Hizalanmış cümledeki yerinden bir tahmin: çeviriyi kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="388"/>
        <source>Type the translation, or select it in the other column before pressing T.</source>
        <translation>Çeviriyi yazın ya da T&apos;ye basmadan önce diğer sütunda seçin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/add_dialog.py" line="402"/>
        <source>A term card needs the term and its translation.</source>
        <translation>Bir terim kartı terimi ve çevirisini gerektirir.</translation>
    </message>
</context>
<context>
    <name>SelectionCards</name>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="83"/>
        <source>Select a word or phrase first (→/← and Shift+→, or the mouse), then T or C.</source>
        <translation>Önce bir sözcük ya da ifade seçin (→/← ve Shift+→ ya da fare), sonra T veya C.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="89"/>
        <source>A cloze is made from a sentence, not a heading.</source>
        <translation>Boşluk doldurma bir cümleden yapılır, başlıktan değil.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="92"/>
        <source>Looking up the words in dictionary form…</source>
        <translation>Sözcüklerin sözlük biçimi aranıyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="111"/>
        <source>Added %1 card: find it in the browser.</source>
        <translation>%1 kart eklendi: tarayıcıda bulabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/selection_cards.py" line="112"/>
        <source>Added %1 cards: find them in the browser.</source>
        <translation>%1 kart eklendi: tarayıcıda bulabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="113"/>
        <source>Settings</source>
        <extracomment>The answer modes of the reviewer.</extracomment>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="136"/>
        <source>Scheduling</source>
        <translation>Zamanlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="140"/>
        <source>Hour the study day starts</source>
        <translation>Çalışma gününün başladığı saat</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="141"/>
        <source>Next day starts at:</source>
        <translation>Yeni gün şu saatte başlar:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="143"/>
        <source>Schedule for the target calibrated on my reviews</source>
        <translation>Tekrarlarıma göre ayarlanan hedef için planla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="146"/>
        <source>Each optimize compares how often you recalled recent reviews with the recall the app predicted. When on, intervals are computed for the predicted recall at which you actually recall the desired retention (off by default).</source>
        <translation>Her iyileştirme, son tekrarlarda ne sıklıkla hatırladığınızı uygulamanın tahmin ettiği hatırlamayla karşılaştırır. Açıkken aralıklar, hedeflenen hatırlamaya gerçekten ulaştığınız tahmini hatırlama için hesaplanır (varsayılan olarak kapalı).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="168"/>
        <source>Answers</source>
        <translation>Cevaplar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="182"/>
        <source>Forgive missing accents in typed answers</source>
        <translation>Yazılan cevaplarda eksik aksanları affet</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="184"/>
        <source>A right answer within 5 s counts as Easy</source>
        <translation>5 sn içinde verilen doğru cevap Kolay sayılır</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="187"/>
        <source>Interface</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="189"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="190"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="193"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="195"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="197"/>
        <source>Follow the system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="198"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="199"/>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="202"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="205"/>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="256"/>
        <source>Not measured yet: optimize in the statistics first.</source>
        <translation>Henüz ölçülmedi: önce istatistiklerde parametreleri iyileştirin.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="261"/>
        <source>Too few reviews predicted near %1 (%2 of %3 needed).</source>
        <translation>%1 civarında tahmin edilen tekrar çok az (%2; %3 gerekli).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="268"/>
        <source>At a predicted %1 you recalled %2 (%3 reviews): calibrated target %4.</source>
        <translation>%1 tahmin edildiğinde %2 hatırladınız (%3 tekrar): ayarlanan hedef %4.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="204"/>
        <source>Font size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="207"/>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="208"/>
        <source>Font size:</source>
        <translation>Yazı boyutu:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="170"/>
        <source>Answer mode</source>
        <translation>Cevap biçimi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="174"/>
        <source>Flip and grade yourself</source>
        <translation>Çevir ve kendin değerlendir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="175"/>
        <source>Type the answer</source>
        <translation>Cevabı yaz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="176"/>
        <source>Multiple choice</source>
        <translation>Çoktan seçmeli</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/settings_dialog.py" line="181"/>
        <source>Answer mode:</source>
        <translation>Cevap biçimi:</translation>
    </message>
</context>
<context>
    <name>SortQuizDialog</name>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="68"/>
        <source>Sorting quiz: %1</source>
        <translation>Sınıflandırma sınavı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="78"/>
        <location filename="../../flashcards/gui/sort_quiz.py" line="400"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="83"/>
        <source>Again</source>
        <translation>Yeniden</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="85"/>
        <source>Another quiz on this deck (Enter)</source>
        <translation>Bu destede yeni bir sınav (Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="119"/>
        <source>&amp;Statements in:</source>
        <translation>&amp;İfadelerin dili:</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="121"/>
        <source>A new round in the other language (L)</source>
        <translation>Diğer dilde yeni bir tur (L)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="166"/>
        <source>Which concept does each statement describe? Press 1 or 2 (or click) to put it under one; then Enter for the next.</source>
        <translation>Her ifade hangi kavramı anlatıyor? Birinin altına koymak için 1 veya 2&apos;ye basın (ya da tıklayın); sonra sıradaki için Enter.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="172"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="177"/>
        <source>Statement</source>
        <translation>İfade</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="181"/>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="195"/>
        <location filename="../../flashcards/gui/sort_quiz.py" line="312"/>
        <source>Next (Enter)</source>
        <translation>Sonraki (Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="205"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="239"/>
        <source>This deck has no statements to sort. The sorting quiz asks which of two contrasted concepts (soft sell or hard sell) a sentence describes; a deck gets such statements from articles that compare two concepts.</source>
        <translation>Bu destede sınıflandırılacak ifade yok. Sınıflandırma sınavı, bir cümlenin karşılaştırılan iki kavramdan (yumuşak satış ya da sert satış) hangisini anlattığını sorar; deste bu ifadeleri iki kavramı karşılaştıran makalelerden alır.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="261"/>
        <source>Statement %1 of %2</source>
        <translation>İfade %1 / %2</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="295"/>
        <source>Right: it belongs under %1.</source>
        <translation>Doğru: %1 altına aittir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="297"/>
        <source>Not quite: it belongs under %1.</source>
        <translation>Tam değil: %1 altına aittir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="312"/>
        <source>See the result (Enter)</source>
        <translation>Sonucu gör (Enter)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="367"/>
        <source>Every statement is where it belongs.</source>
        <translation>Her ifade ait olduğu yerde.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="380"/>
        <source>You put it under %1; it belongs under %2.</source>
        <translation>%1 altına koydunuz; %2 altına aittir.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/sort_quiz.py" line="356"/>
        <source>Score: %1 of %2</source>
        <translation>Puan: %2 üzerinden %1</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="53"/>
        <source>Reading aloud needs a speech engine: install libpulse0, speech-dispatcher and espeak-ng (Debian/Ubuntu), then start the app again.</source>
        <extracomment>Names an engine to use (e.g. &quot;mock&quot;, Qt&apos;s silent test engine); by default a real one.</extracomment>
        <translation>Sesli okuma için bir konuşma motoru gerekir: libpulse0, speech-dispatcher ve espeak-ng paketlerini kurun (Debian/Ubuntu), sonra uygulamayı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="68"/>
        <source>No text-to-speech engine is working (install speech-dispatcher and espeak-ng).</source>
        <translation>Çalışan bir metin okuma motoru yok (speech-dispatcher ve espeak-ng kurun).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/speech.py" line="90"/>
        <source>No %1 voice is installed.</source>
        <translation>%1 sesi kurulu değil.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="111"/>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="122"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="147"/>
        <source>Optimize parameters</source>
        <translation>Parametreleri iyileştir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="148"/>
        <source>Optimize FSRS parameters</source>
        <translation>FSRS parametrelerini iyileştir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="153"/>
        <source>Result of the optimization</source>
        <translation>Optimizasyonun sonucu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="220"/>
        <source>%1 of %2 reviews remembered (last 30 days)</source>
        <translation>%2 tekrarın %1 kadarı hatırlandı (son 30 gün)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="197"/>
        <source>Desired retention: %1</source>
        <translation>Hedeflenen hatırlama: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="136"/>
        <source>Study days</source>
        <translation>Çalışma günleri</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="129"/>
        <source>Reviews per day</source>
        <translation>Günlük tekrarlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="130"/>
        <source>Due in the next 30 days</source>
        <translation>30 gün içinde sırası gelen</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="154"/>
        <source>Evaluate</source>
        <translation>Değerlendir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="155"/>
        <source>Evaluate the FSRS parameters</source>
        <translation>FSRS parametrelerini değerlendir</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="157"/>
        <source>Workload by retention</source>
        <translation>Hatırlamaya göre iş yükü</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="159"/>
        <source>Show the workload of each desired retention</source>
        <translation>Her hedeflenen hatırlamanın iş yükünü göster</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="173"/>
        <source>Workload by desired retention</source>
        <translation>Hedeflenen hatırlamaya göre iş yükü</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="238"/>
        <source>Not enough reviews yet: this chart fills in as you study.</source>
        <translation>Henüz yeterli tekrar yok: bu grafik çalıştıkça dolar.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="227"/>
        <location filename="../../flashcards/gui/stats_window.py" line="244"/>
        <source>1 review</source>
        <translation>1 tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="208"/>
        <source>(your recall at a predicted %1 is %2: scheduling for %3)</source>
        <translation>(%1 tahmin edildiğinde hatırlama oranınız %2: %3 için planlanıyor)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="224"/>
        <source>Retention: not measured yet (no answers to learned cards in 30 days)</source>
        <translation>Hatırlama oranı: henüz ölçülmedi (30 gündür öğrenilmiş kartlara cevap yok)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="227"/>
        <location filename="../../flashcards/gui/stats_window.py" line="244"/>
        <source>%1 reviews</source>
        <translation>%1 tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="229"/>
        <source>Today: %1, %2 again, %3 min</source>
        <translation>Bugün: %1, %2 yeniden, %3 dk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="254"/>
        <source>1 card due</source>
        <translation>1 kartın sırası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="254"/>
        <source>%1 cards due</source>
        <translation>%1 kartın sırası</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="256"/>
        <source>No reviews are due in the next 30 days.</source>
        <translation>Önümüzdeki 30 günde sırası gelen tekrar yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="264"/>
        <source>Week of %1: %2 of %3 reviews remembered</source>
        <translation>%1 haftası: %3 tekrarın %2&apos;i hatırlandı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="269"/>
        <source>Not enough reviews yet: retention shows once cards come back for review.</source>
        <translation>Henüz yeterli tekrar yok: kartlar tekrara döndüğünde hatırlama oranı görünür.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="277"/>
        <source>No cards yet.</source>
        <translation>Henüz kart yok.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="286"/>
        <source>FSRS parameters in use: %1</source>
        <translation>Kullanılan FSRS parametreleri: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="354"/>
        <source>Current parameters: log loss %1, calibration error %2, %3 reviews</source>
        <translation>Mevcut parametreler: log kaybı %1, kalibrasyon hatası %2, %3 tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="372"/>
        <source>Simulating a year of study…</source>
        <translation>Bir yıllık çalışma benzetiliyor…</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="377"/>
        <source>Recommended minimum retention: %1</source>
        <translation>Önerilen en düşük hatırlama: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="385"/>
        <source>reviews a day</source>
        <translation>günde tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="386"/>
        <source>cards known after a year</source>
        <translation>bir yıl sonra bilinen kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="387"/>
        <source>recommended minimum</source>
        <translation>önerilen en düşük</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="389"/>
        <source>Workload by desired retention (%1 cards, one year)</source>
        <translation>Hedeflenen hatırlamaya göre iş yükü (%1 kart, bir yıl)</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="131"/>
        <source>Retention by week</source>
        <translation>Haftalık hatırlama</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="262"/>
        <source>remembered</source>
        <translation>hatırlanan</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="262"/>
        <source>desired</source>
        <translation>hedef</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="132"/>
        <source>Cards by state</source>
        <translation>Durumlarına göre kartlar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="294"/>
        <source>suspended</source>
        <translation>askıya alınmış</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="306"/>
        <source>Too few reviews to fit the parameters yet (%1 so far); the current ones stay.</source>
        <translation>Parametreleri uydurmak için henüz çok az tekrar var (şimdiye kadar %1); mevcut olanlar kalıyor.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="310"/>
        <source>The current parameters stay: the fitted ones could not be used.</source>
        <translation>Mevcut parametreler kalıyor: uydurulanlar kullanılamadı.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="312"/>
        <source>log loss %1 → %2, calibration error %3 → %4, %5 reviews</source>
        <translation>log kaybı %1 → %2, kalibrasyon hatası %3 → %4, %5 tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="320"/>
        <source>New parameters adopted: %1.</source>
        <translation>Yeni parametreler benimsendi: %1.</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="322"/>
        <source>The current parameters stay: the fitted ones predict no better (%1).</source>
        <translation>Mevcut parametreler kalıyor: uydurulanlar daha iyi tahmin etmiyor (%1).</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/stats_window.py" line="327"/>
        <source>Fitting to your reviews…</source>
        <translation>Tekrarlarınıza uyarlanıyor…</translation>
    </message>
</context>
<context>
    <name>StudyNowDialog</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/study_now.py" line="46"/>
        <source>Study now — 1 card of %2</source>
        <translation>Şimdi çalış — %2 destesinden 1 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/study_now.py" line="47"/>
        <source>Study now — %1 cards of %2</source>
        <translation>Şimdi çalış — %2 destesinden %1 kart</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/study_now.py" line="56"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="28"/>
        <source>Again</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="29"/>
        <source>Hard</source>
        <translation>Zor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="30"/>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="31"/>
        <source>Easy</source>
        <translation>Kolay</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="38"/>
        <source>Red</source>
        <extracomment>Anki&apos;s flag colours (1 red, 2 orange, 3 green, 4 blue, then pink, turquoise, purple).</extracomment>
        <translation>Kırmızı</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="39"/>
        <source>Orange</source>
        <translation>Turuncu</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="40"/>
        <source>Green</source>
        <translation>Yeşil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="41"/>
        <source>Blue</source>
        <translation>Mavi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="42"/>
        <source>Pink</source>
        <translation>Pembe</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="43"/>
        <source>Turquoise</source>
        <translation>Turkuaz</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="44"/>
        <source>Purple</source>
        <translation>Mor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="47"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="48"/>
        <source>learning</source>
        <translation>öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="49"/>
        <source>review</source>
        <translation>tekrar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="50"/>
        <source>relearning</source>
        <translation>yeniden öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="53"/>
        <source>term</source>
        <translation>terim</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="54"/>
        <source>definition</source>
        <translation>tanım</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="55"/>
        <source>technique</source>
        <translation>teknik</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="56"/>
        <source>linked term</source>
        <translation>bağlantılı terim</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="57"/>
        <source>cloze</source>
        <translation>boşluk doldurma</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="58"/>
        <source>contrast</source>
        <translation>karşıtlık</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="59"/>
        <source>summary</source>
        <translation>özet</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="60"/>
        <source>fact</source>
        <translation>bilgi</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="63"/>
        <source>Bury</source>
        <translation>Ertele</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="64"/>
        <source>Suspend</source>
        <translation>Askıya al</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="65"/>
        <source>Unsuspend</source>
        <translation>Askıdan çıkar</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="66"/>
        <source>Flag</source>
        <translation>Bayrak</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="67"/>
        <source>Edit card</source>
        <translation>Kartı düzenle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="68"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="69"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="70"/>
        <source>Mark bad</source>
        <translation>Kötü olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="71"/>
        <source>Unmark bad</source>
        <translation>Kötü işaretini kaldır</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="72"/>
        <source>Add card</source>
        <translation>Kart ekle</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="96"/>
        <location filename="../../flashcards/gui/texts.py" line="107"/>
        <source>Correct</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="97"/>
        <location filename="../../flashcards/gui/texts.py" line="105"/>
        <source>Almost</source>
        <translation>Neredeyse</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="98"/>
        <source>Right word, wrong form</source>
        <translation>Doğru kelime, yanlış biçim</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="99"/>
        <location filename="../../flashcards/gui/texts.py" line="104"/>
        <source>Not quite</source>
        <translation>Tam değil</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="114"/>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="120"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="121"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="125"/>
        <source>Undid %1</source>
        <translation>Geri alındı: %1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="152"/>
        <source>%1%</source>
        <translation>%%1</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="174"/>
        <source>%1m</source>
        <translation>%1dk</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="178"/>
        <source>%1h</source>
        <translation>%1sa</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="181"/>
        <source>%1d</source>
        <translation>%1g</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="185"/>
        <source>%1mo</source>
        <translation>%1ay</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/texts.py" line="188"/>
        <source>%1y</source>
        <translation>%1y</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="77"/>
        <source>Type the answer and press Enter</source>
        <translation>Cevabı yazıp Enter’a basın</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="78"/>
        <source>Your answer</source>
        <translation>Cevabınız</translation>
    </message>
    <message>
        <location filename="../../flashcards/gui/reviewer/answers.py" line="88"/>
        <source>Your answer compared with the card&apos;s</source>
        <translation>Cevabınız ile kartın cevabı</translation>
    </message>
</context>
<context>
    <name>UndoManager</name>
    <message>
        <location filename="../../flashcards/gui/undo.py" line="47"/>
        <source>Nothing to undo</source>
        <translation>Geri alınacak bir şey yok</translation>
    </message>
</context>
</TS>
