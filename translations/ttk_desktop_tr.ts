<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TTK Desktop</source>
        <translation>TTK Desktop hakkında</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>Participant, group and attendance register for the community-based protection (TTK) units. The data stays on this computer.</source>
        <translation>Toplum temelli koruma (TTK) birimleri için katılımcı, grup ve katılım kayıt programı. Veriler bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License v3.</source>
        <translation>GNU Genel Kamu Lisansı v3 ile dağıtılan özgür yazılımdır.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Veritabanı: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Account name</source>
        <translation>Hesap adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Parola (tekrar)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>en az %1 karakter</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Devre dışı bırak…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>&amp;Parolamı değiştir…</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Hesabı devre dışı bırak</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer log in; what it did stays in the audit log. This cannot be undone: to let the person in again, add a new account.</source>
        <translation>%1 hesabı devre dışı bırakılsın mı? Artık giriş yapamaz; yaptıkları denetim kaydında kalır. Bu geri alınamaz: kişinin yeniden girebilmesi için yeni bir hesap ekleyin.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Hesap ekle</translation>
    </message>
    <message>
        <source>Staff register people, groups, sessions and attendance, print, import and export. Viewers see statistics and lists without phone numbers or birth dates. Administrators also manage accounts, settings, keys, merges, deletions and backups.</source>
        <translation>Personel kişileri, grupları, oturumları ve katılımı kaydeder; yazdırır, içe ve dışa aktarır. İzleyiciler istatistikleri ve listeleri telefon numarası ve doğum tarihi olmadan görür. Yöneticiler ayrıca hesapları, ayarları, anahtarları, birleştirmeleri, silmeleri ve yedekleri yönetir.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>TTK Desktop cannot open %1: it opens Excel workbooks (.xlsx) and office data files (.ttkx).</source>
        <translation>TTK Desktop %1 dosyasını açamaz: Excel çalışma kitaplarını (.xlsx) ve ofis veri dosyalarını (.ttkx) açar.</translation>
    </message>
    <message>
        <source>%1 was not found. Nothing was opened.</source>
        <translation>%1 bulunamadı. Hiçbir şey açılmadı.</translation>
    </message>
    <message>
        <source>Import the Excel workbook %1 into this database?</source>
        <translation>%1 Excel çalışma kitabı bu veritabanına aktarılsın mı?</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>No.</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Katıldı</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Ad Soyad (Arapça)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Born after this session: cannot be ticked present</source>
        <translation>Bu oturumdan sonra doğmuş: katıldı olarak işaretlenemez</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Grup üyesi değil</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Back to groups</source>
        <translation>Gruplara dön</translation>
    </message>
    <message>
        <source>Add a registered person: type a name and press Enter</source>
        <translation>Kayıtlı bir kişi ekleyin: adını yazıp Enter'a basın</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Kişi &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;New person (walk-in)…</source>
        <translation>&amp;Yeni kişi (kayıtsız gelen)…</translation>
    </message>
    <message>
        <source>Register someone new and tick them present</source>
        <translation>Yeni birini kaydedin ve katıldı olarak işaretleyin</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet…</source>
        <translation>Yoklama listesini yazdı&amp;r…</translation>
    </message>
    <message>
        <source>Nobody is on this list yet. Add group members, a registered person or a walk-in.</source>
        <translation>Bu listede henüz kimse yok. Grup üyelerini, kayıtlı bir kişiyi ya da kayıtsız gelen birini ekleyin.</translation>
    </message>
    <message>
        <source>Present: %1 / registered: %2</source>
        <translation>Katılan: %1 / kayıtlı: %2</translation>
    </message>
    <message>
        <source>Add to the attendance list</source>
        <translation>Yoklama listesine ekle</translation>
    </message>
    <message>
        <source>Tick present</source>
        <translation>Katıldı olarak işaretle</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>There is no participant with the number {id}.</source>
        <translation>{id} numaralı katılımcı yok.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>herkes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>the record's id, exactly</source>
        <translation>kaydın kimliği, tam olarak</translation>
    </message>
    <message>
        <source>any account</source>
        <translation>tüm hesaplar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Dates (UTC)</source>
        <translation>Tarihler (UTC)</translation>
    </message>
    <message>
        <source>The audit log cannot be changed: it only grows, and is kept with the data.</source>
        <translation>Denetim kaydı değiştirilemez: yalnızca büyür ve verilerle birlikte saklanır.</translation>
    </message>
    <message>
        <source>Whose entries?</source>
        <translation>Kimin kayıtları?</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n kayıt gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>scroll down for older ones</source>
        <translation>daha eskiler için aşağı kaydırın</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>geri getirildi</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>giriş yaptı</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>dışa aktarıldı</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>birleştirildi</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>şifrelendi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
</context>
<context>
    <name>BackupCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>Veritabanı bozuk</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Yedek geri yüklendi</translation>
    </message>
    <message>
        <source>Restoring the backup made on %1…</source>
        <translation>%1 tarihinde alınan yedek geri yükleniyor…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Otomatik yedekleme başarısız oldu: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite's integrity check found errors. The newest good backup was made on %2.

Restore it now? The damaged database will be replaced by it and kept as a backup first. What was entered after %2 will be missing.</source>
        <translation>%1 veritabanı bozuk: SQLite bütünlük denetimi hatalar buldu. En yeni sağlam yedek %2 tarihinde alındı.

Şimdi geri yüklensin mi? Bozuk veritabanı bu yedekle değiştirilir ve önce yedek olarak saklanır. %2 tarihinden sonra girilenler eksik olacak.</translation>
    </message>
    <message>
        <source>Restore the backup made on %1?

The current database %2 will be replaced by it: what was entered after %1 will be gone from it. The current database is kept as a backup first, so that this can be undone.</source>
        <translation>%1 tarihinde alınan yedek geri yüklensin mi?

Mevcut %2 veritabanı bu yedekle değiştirilir: %1 tarihinden sonra girilenler veritabanından çıkar. Mevcut veritabanı önce yedek olarak saklanır; böylece bu işlem geri alınabilir.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite's integrity check found errors, and there is no good backup in %2. Do not delete the file; close TTK Desktop and ask your IT contact for help.</source>
        <translation>%1 veritabanı bozuk: SQLite bütünlük denetimi hatalar buldu ve %2 klasöründe sağlam yedek yok. Dosyayı silmeyin; TTK Desktop'ı kapatın ve bilgi işlem sorumlunuzdan yardım isteyin.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite's integrity check found errors. Ask an administrator to restore the newest good backup, made on %2 (File → Backups). Until then, enter no new data.</source>
        <translation>%1 veritabanı bozuk: SQLite bütünlük denetimi hatalar buldu. Bir yöneticiden %2 tarihinde alınan en yeni sağlam yedeği geri yüklemesini isteyin (Dosya → Yedekler). O zamana kadar yeni veri girmeyin.</translation>
    </message>
    <message>
        <source>The backup made on %1 was restored. The database as it was is kept at %2.</source>
        <translation>%1 tarihinde alınan yedek geri yüklendi. Veritabanının önceki hâli %2 konumunda saklanıyor.</translation>
    </message>
    <message>
        <source>The backup made on %1 was restored.</source>
        <translation>%1 tarihinde alınan yedek geri yüklendi.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Daily</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Elle alınan</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Geri yüklemeden önce</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Alındığı tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} could not be backed up to {target}: {error}</source>
        <translation>{path} dosyasının yedeği {target} klasörüne alınamadı: {error}</translation>
    </message>
    <message>
        <source>The copy of {path} failed SQLite's integrity check: the database is damaged. No backup was written and the older backups were kept.</source>
        <translation>{path} dosyasının kopyası SQLite bütünlük denetiminden geçemedi: veritabanı bozuk. Yedek yazılmadı, eski yedekler korundu.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not there (is the USB stick plugged in?). The backup was written only to {first}.</source>
        <translation>İkinci yedek klasörü {folder} bulunamadı (USB bellek takılı mı?). Yedek yalnızca {first} klasörüne yazıldı.</translation>
    </message>
    <message>
        <source>{backup} is not a backup of this database; nothing was deleted.</source>
        <translation>{backup} bu veritabanının bir yedeği değil; hiçbir şey silinmedi.</translation>
    </message>
    <message>
        <source>{backup} cannot be restored: it is damaged, or it is a backup of another database (it does not open with this database's key). Nothing was changed.</source>
        <translation>{backup} geri yüklenemez: dosya bozuk ya da başka bir veritabanının yedeği (bu veritabanının anahtarıyla açılmıyor). Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>{path} differs from {backup} after the restore. Restore again; the database as it was before is kept at {kept}.</source>
        <translation>Geri yüklemeden sonra {path}, {backup} ile aynı değil. Yeniden geri yükleyin; veritabanının önceki hâli {kept} konumunda saklanıyor.</translation>
    </message>
    <message>
        <source>Keep between 1 and {max} backups of each kind (asked: {count}).</source>
        <translation>Her türden 1 ile {max} arasında yedek saklanabilir (istenen: {count}).</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist. Create it or choose another one.</source>
        <translation>Yedek klasörü {folder} yok. Klasörü oluşturun ya da başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The backup could not be copied to the second folder {folder}: {error}. It was written to {first}.</source>
        <translation>Yedek ikinci klasöre ({folder}) kopyalanamadı: {error}. Yedek {first} klasörüne yazıldı.</translation>
    </message>
    <message>
        <source>{path} could not be replaced by {backup}: {error}. Close every other program using it (another TTK Desktop window, a ttk command), then restore again. The database as it was is kept at {kept}.</source>
        <translation>{path}, {backup} ile değiştirilemedi: {error}. Dosyayı kullanan diğer programları (başka bir TTK Desktop penceresi, bir ttk komutu) kapatın, sonra yeniden geri yükleyin. Veritabanının önceki hâli {kept} konumunda saklanıyor.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be created: {error}</source>
        <translation>Yedek klasörü {folder} oluşturulamıyor: {error}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole database, encrypted like it. A daily and a weekly backup are made when TTK Desktop starts and when it quits; older ones are deleted. Keep a second copy outside this PC, for example on a USB stick.</source>
        <translation>Yedek, veritabanının tamamının onun gibi şifrelenmiş bir kopyasıdır. TTK Desktop açılırken ve kapanırken günlük ve haftalık bir yedek alınır; eskileri silinir. İkinci bir kopyayı bu bilgisayarın dışında, örneğin bir USB bellekte saklayın.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Henüz yedek yok.</translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation>Yedek klasörü: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Geri yükle…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Otomatik yedekler</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Saklanan günlük yedek</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Saklanan haftalık yedek</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>İkinci klasör</translation>
    </message>
    <message>
        <source>None (for example a USB stick)</source>
        <translation>Yok (örneğin bir USB bellek)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Temizle</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Ayarları &amp;kaydet</translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation>Bu ayarları yalnızca bir yönetici değiştirebilir.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Yedek yazıldı: %1</translation>
    </message>
    <message>
        <source>Also copied to: %1</source>
        <translation>Ayrıca kopyalandığı yer: %1</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Yedeği sil</translation>
    </message>
    <message>
        <source>Delete the backup %1 made on %2? It cannot be brought back, and the database can no longer be restored to that moment.</source>
        <translation>%2 tarihinde alınan %1 yedeği silinsin mi? Geri getirilemez ve veritabanı artık o ana geri yüklenemez.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Silindi: %1</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>İkinci yedek klasörü</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Yedek ayarları kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Parolamı değiştir</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Hesap: %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Geçerli parola</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Parolanız değiştirildi.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a person: UUID or OFFICE:REGISTER_NUMBER</source>
        <translation>bir kişi: UUID veya OFİS:KAYIT_NO</translation>
    </message>
    <message>
        <source>Warning: this file holds personal data of participants (names, and any phone numbers or birth dates shown). Keep it where only staff can read it, and delete it when it is no longer needed.</source>
        <translation>Uyarı: bu dosya katılımcıların kişisel verilerini içerir (adlar ve gösterilen telefon numaraları ya da doğum tarihleri). Yalnızca personelin okuyabileceği bir yerde saklayın ve artık gerekmediğinde silin.</translation>
    </message>
    <message>
        <source>Office {code} ({name}) set up.</source>
        <translation>{code} ofisi ({name}) kuruldu.</translation>
    </message>
    <message>
        <source>Demo office written: {participants} participants, {groups} groups, {sessions} sessions, {attendances} attendances.</source>
        <translation>Örnek ofis yazıldı: {participants} katılımcı, {groups} grup, {sessions} oturum, {attendances} katılım.</translation>
    </message>
    <message>
        <source>Template written: {path}</source>
        <translation>Şablon yazıldı: {path}</translation>
    </message>
    <message>
        <source>Attendance sheet written: {path} ({pages} pages)</source>
        <translation>Yoklama listesi yazıldı: {path} ({pages} sayfa)</translation>
    </message>
    <message>
        <source>{count} possible duplicate pairs.</source>
        <translation>{count} olası mükerrer kayıt çifti.</translation>
    </message>
    <message>
        <source>TTK Desktop command line: import registers, statistics, printing.</source>
        <translation>TTK Desktop komut satırı: kayıt aktarma, istatistik, yazdırma.</translation>
    </message>
    <message>
        <source>database file (default: $TTK_DB or the user data folder)</source>
        <translation>veritabanı dosyası (varsayılan: $TTK_DB ya da kullanıcı veri klasörü)</translation>
    </message>
    <message>
        <source>show tracebacks</source>
        <translation>hata ayrıntılarını göster</translation>
    </message>
    <message>
        <source>set this database's office (first start)</source>
        <translation>bu veritabanının ofisini belirle (ilk açılış)</translation>
    </message>
    <message>
        <source>office code, e.g. IST</source>
        <translation>ofis kodu, örneğin IST</translation>
    </message>
    <message>
        <source>office name</source>
        <translation>ofis adı</translation>
    </message>
    <message>
        <source>create the administrator account and encrypt the database (password: TTK_PASSWORD or asked)</source>
        <translation>yönetici hesabını oluştur ve veritabanını şifrele (parola: TTK_PASSWORD ya da sorulur)</translation>
    </message>
    <message>
        <source>import an Excel register (all or nothing)</source>
        <translation>bir Excel kaydını aktar (ya hepsi ya hiçbiri)</translation>
    </message>
    <message>
        <source>statistics of a period (the yearly report)</source>
        <translation>bir dönemin istatistikleri (yıllık rapor)</translation>
    </message>
    <message>
        <source>office that ran the sessions</source>
        <translation>oturumları yürüten ofis</translation>
    </message>
    <message>
        <source>group type, e.g. refugee_assembly</source>
        <translation>grup türü, örneğin refugee_assembly</translation>
    </message>
    <message>
        <source>group register id or UUID</source>
        <translation>grup kayıt numarası ya da UUID</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>tek bir JSON nesnesi yazdır</translation>
    </message>
    <message>
        <source>also write the report as Excel</source>
        <translation>raporu Excel olarak da yaz</translation>
    </message>
    <message>
        <source>also write the report as PDF</source>
        <translation>raporu PDF olarak da yaz</translation>
    </message>
    <message>
        <source>also write the charts as PNG images</source>
        <translation>grafikleri PNG resmi olarak da yaz</translation>
    </message>
    <message>
        <source>also write the tables as CSV</source>
        <translation>tabloları CSV olarak da yaz</translation>
    </message>
    <message>
        <source>fill the database with a demo office</source>
        <translation>veritabanını örnek bir ofisle doldur</translation>
    </message>
    <message>
        <source>write the Excel import template</source>
        <translation>Excel aktarma şablonunu yaz</translation>
    </message>
    <message>
        <source>print a session's attendance sheet to PDF</source>
        <translation>bir oturumun yoklama listesini PDF olarak yazdır</translation>
    </message>
    <message>
        <source>session register id (e.g. S001) or UUID</source>
        <translation>oturum kayıt numarası (örneğin S001) ya da UUID</translation>
    </message>
    <message>
        <source>US Letter instead of A4</source>
        <translation>A4 yerine US Letter</translation>
    </message>
    <message>
        <source>list people who may be registered twice</source>
        <translation>iki kez kaydedilmiş olabilecek kişileri listele</translation>
    </message>
    <message>
        <source>lowest score shown, 0 to 1</source>
        <translation>gösterilecek en düşük puan, 0 ile 1 arası</translation>
    </message>
    <message>
        <source>decide whether two records are one person</source>
        <translation>iki kaydın aynı kişi olup olmadığına karar ver</translation>
    </message>
    <message>
        <source>the same person: keep KEEP, OTHER becomes its alias</source>
        <translation>aynı kişi: KEEP korunur, OTHER onun takma kaydı olur</translation>
    </message>
    <message>
        <source>different people: not proposed as duplicates again</source>
        <translation>farklı kişiler: bir daha mükerrer olarak önerilmez</translation>
    </message>
    <message>
        <source>take back a decision: two people again</source>
        <translation>bir kararı geri al: yeniden iki kişi</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Yazıldı: {path}</translation>
    </message>
    <message>
        <source>{score:.2f}  {a_office}:{a_id} {a_name}  |  {b_office}:{b_id} {b_name}</source>
        <translation>{score:.2f}  {a_office}:{a_id} {a_name}  |  {b_office}:{b_id} {b_name}</translation>
    </message>
    <message>
        <source>{b} is now the same person as {a} (kept).</source>
        <translation>{b} artık {a} ile aynı kişi ({a} korundu).</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{text} bir tarih değil; YYYY-AA-GG biçiminde yazın.</translation>
    </message>
    <message>
        <source>For example: ttk --db demo.sqlite3 demo</source>
        <translation>Örneğin: ttk --db demo.sqlite3 demo</translation>
    </message>
    <message>
        <source>{a} and {b} are different people.</source>
        <translation>{a} ve {b} farklı kişiler.</translation>
    </message>
    <message>
        <source>{a} and {b} are two people again.</source>
        <translation>{a} ve {b} yeniden iki ayrı kişi.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the errors above and import again.</source>
        <translation>Hiçbir şey aktarılmadı: yukarıdaki hataları düzeltip yeniden aktarın.</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Yarıda kesildi.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Run again with --debug for details.</source>
        <translation>Beklenmeyen hata: {error}. Ayrıntılar için --debug ile yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size} KB)</source>
        <translation>Yedek yazıldı: {path} ({size} KB)</translation>
    </message>
    <message>
        <source>Restored {path} from {backup} (made on {when}).</source>
        <translation>{path}, {backup} yedeğinden geri yüklendi (alındığı tarih: {when}).</translation>
    </message>
    <message>
        <source>{path} is damaged or does not open with this key: SQLite's integrity check failed.</source>
        <translation>{path} bozuk ya da bu anahtarla açılmıyor: SQLite bütünlük denetimi başarısız oldu.</translation>
    </message>
    <message>
        <source>make, list or restore backups of the database</source>
        <translation>veritabanının yedeğini al, yedekleri listele ya da geri yükle</translation>
    </message>
    <message>
        <source>back the database up now</source>
        <translation>veritabanının yedeğini şimdi al</translation>
    </message>
    <message>
        <source>an existing folder (default: the backups folder and the second folder)</source>
        <translation>var olan bir klasör (varsayılan: yedek klasörü ve ikinci klasör)</translation>
    </message>
    <message>
        <source>the backups of this database, newest first</source>
        <translation>bu veritabanının yedekleri, en yenisi önce</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>veritabanını bir yedekle değiştir</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>yedek dosyası</translation>
    </message>
    <message>
        <source>really replace it (the current one is kept)</source>
        <translation>gerçekten değiştir (mevcut veritabanı saklanır)</translation>
    </message>
    <message>
        <source>check the database for damage; name the newest good backup</source>
        <translation>veritabanında bozulma olup olmadığını denetle; en yeni sağlam yedeği göster</translation>
    </message>
    <message>
        <source>Copied to: {path}</source>
        <translation>Kopyalandığı yer: {path}</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>{folder} klasöründe yedek yok.</translation>
    </message>
    <message>
        <source>{when}  {kind}  {size} KB  {path}</source>
        <translation>{when}  {kind}  {size} KB  {path}</translation>
    </message>
    <message>
        <source>{backup} cannot be restored: it is missing, damaged, or a backup of another database. Nothing was changed.</source>
        <translation>{backup} geri yüklenemez: dosya yok, bozuk ya da başka bir veritabanının yedeği. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>This would replace the database {path} with the backup {backup} made on {when}: every change since then would be lost from it. The current database would be kept as a backup first. Run again with --yes to restore.</source>
        <translation>Bu işlem {path} veritabanını {when} tarihinde alınan {backup} yedeğiyle değiştirir: o tarihten sonraki her değişiklik veritabanından çıkar. Mevcut veritabanı önce yedek olarak saklanır. Geri yüklemek için komutu --yes ile yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>Deleted {backup}.</source>
        <translation>{backup} silindi.</translation>
    </message>
    <message>
        <source>delete a backup (and its key file)</source>
        <translation>bir yedeği (ve anahtar dosyasını) sil</translation>
    </message>
    <message>
        <source>really delete it</source>
        <translation>gerçekten sil</translation>
    </message>
    <message>
        <source>This would delete the backup {backup} made on {when}; it cannot be brought back. Run again with --yes to delete it.</source>
        <translation>Bu işlem {when} tarihinde alınan {backup} yedeğini siler; geri getirilemez. Silmek için --yes ile yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {kept}.</source>
        <translation>Veritabanının önceki hâli {kept} konumunda saklanıyor.</translation>
    </message>
    <message>
        <source>{path}: the integrity check found no damage.</source>
        <translation>{path}: bütünlük denetimi bozulma bulmadı.</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>{folder} klasöründe sağlam yedek yok.</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} (made on {when}). Restore it with: ttk backup restore {backup} --yes</source>
        <translation>En yeni sağlam yedek: {backup} (alındığı tarih: {when}). Geri yüklemek için: ttk backup restore {backup} --yes</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Parola: </translation>
    </message>
    <message>
        <source>Public key (give it to the offices): {path}</source>
        <translation>Açık anahtar (ofislere verin): {path}</translation>
    </message>
    <message>
        <source>Private key (keep it safe, with its passphrase): {path}</source>
        <translation>Gizli anahtar (parolasıyla birlikte güvende tutun): {path}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Parmak izi: {fingerprint}</translation>
    </message>
    <message>
        <source>full export</source>
        <translation>tam dışa aktarım</translation>
    </message>
    <message>
        <source>changes since export {seq}</source>
        <translation>{seq} numaralı dışa aktarımdan bu yana değişiklikler</translation>
    </message>
    <message>
        <source>Written {path} ({kind}, number {seq}): {participants} participants, {groups} groups, {sessions} sessions, {attendance} attendances, {members} memberships; {size} KB.</source>
        <translation>{path} yazıldı ({kind}, numara {seq}): {participants} katılımcı, {groups} grup, {sessions} oturum, {attendance} katılım, {members} üyelik; {size} KB.</translation>
    </message>
    <message>
        <source>headquarters' key pair for office data files</source>
        <translation>ofis veri dosyaları için genel merkez anahtar çifti</translation>
    </message>
    <message>
        <source>create hq.pub and the passphrase-protected hq.key</source>
        <translation>hq.pub ile parola korumalı hq.key dosyalarını oluştur</translation>
    </message>
    <message>
        <source>folder for the two files</source>
        <translation>iki dosyanın klasörü</translation>
    </message>
    <message>
        <source>write an encrypted data file for headquarters</source>
        <translation>genel merkez için şifreli bir veri dosyası yaz</translation>
    </message>
    <message>
        <source>the file to write, or a folder for the usual name</source>
        <translation>yazılacak dosya ya da olağan adla yazılacağı klasör</translation>
    </message>
    <message>
        <source>headquarters public key file (default: the keys in Settings)</source>
        <translation>genel merkez açık anahtar dosyası (varsayılan: Ayarlar'daki anahtarlar)</translation>
    </message>
    <message>
        <source>everything, not only the changes</source>
        <translation>yalnızca değişiklikleri değil, her şeyi</translation>
    </message>
    <message>
        <source>merge office data files into this database</source>
        <translation>ofis veri dosyalarını bu veritabanında birleştir</translation>
    </message>
    <message>
        <source>headquarters private key file</source>
        <translation>genel merkez gizli anahtar dosyası</translation>
    </message>
    <message>
        <source>the data files merged here, per office</source>
        <translation>burada birleştirilen veri dosyaları, ofis ofis</translation>
    </message>
    <message>
        <source>fields changed in two places, kept and other value</source>
        <translation>iki yerde değiştirilen alanlar, tutulan ve diğer değer</translation>
    </message>
    <message>
        <source>Set TTK_PASSPHRASE, or run the command in a terminal to be asked.</source>
        <translation>TTK_PASSPHRASE değişkenini ayarlayın ya da parolanın sorulması için komutu bir terminalde çalıştırın.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>İki parola birbirini tutmuyor; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>First file of office {office}: its signing key {fingerprint} is now pinned.</source>
        <translation>{office} ofisinin ilk dosyası: imza anahtarı {fingerprint} artık sabitlendi.</translation>
    </message>
    <message>
        <source>No data file has been merged into this database.</source>
        <translation>Bu veritabanında henüz hiçbir veri dosyası birleştirilmedi.</translation>
    </message>
    <message>
        <source>{office} #{seq}  exported {created}  newest change {newest}  merged {merged}  {kind}  +{added} ~{updated} -{deleted} !{conflicts}  {file}</source>
        <translation>{office} #{seq}  dışa aktarıldı {created}  en yeni değişiklik {newest}  birleştirildi {merged}  {kind}  +{added} ~{updated} -{deleted} !{conflicts}  {file}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Açık çakışma yok.</translation>
    </message>
    <message>
        <source>#{id} {record}, {field}: kept {kept} ({kept_office}, {kept_at}); other {other} ({other_office}, {other_at})</source>
        <translation>#{id} {record}, {field}: tutulan {kept} ({kept_office}, {kept_at}); diğer {other} ({other_office}, {other_at})</translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Parola (tekrar): </translation>
    </message>
    <message>
        <source>{file}: refused: {reason}</source>
        <translation>{file}: reddedildi: {reason}</translation>
    </message>
    <message>
        <source>{file} ({office}): {status}; {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts</source>
        <translation>{file} ({office}): {status}; {added} eklendi, {updated} güncellendi, {deleted} silindi, {conflicts} çakışma</translation>
    </message>
    <message>
        <source>full</source>
        <translation>tam</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>değişiklikler</translation>
    </message>
    <message>
        <source>Erasing removes the names, phone, notes, register number and disability answer, and shows only the year of birth; gender, nationality, office, groups and attendance are kept, so past statistics stay the same. The audit log keeps who changed the record and when, without the values. It cannot be undone; the erasure reaches headquarters with the next data file.</source>
        <translation>Silme işlemi adları, telefonu, notları, kayıt numarasını ve engellilik yanıtını kaldırır ve doğum tarihinin yalnızca yılını gösterir; cinsiyet, uyruk, ofis, gruplar ve yoklama kalır, böylece geçmiş istatistikler değişmez. Denetim kaydı, değerler olmadan, kaydı kimin ne zaman değiştirdiğini saklar. Geri alınamaz; silme işlemi bir sonraki veri dosyasıyla genel merkeze ulaşır.</translation>
    </message>
    <message>
        <source>{person} was erased.</source>
        <translation>{person} silindi.</translation>
    </message>
    <message>
        <source>{count} people inactive for {years} years were anonymised.</source>
        <translation>{years} yıldır etkin olmayan {count} kişi anonimleştirildi.</translation>
    </message>
    <message>
        <source>export everything held about a person, or erase them</source>
        <translation>bir kişiyle ilgili tutulan her şeyi dışa aktar ya da kişiyi sil</translation>
    </message>
    <message>
        <source>write everything held about a person</source>
        <translation>bir kişiyle ilgili tutulan her şeyi yaz</translation>
    </message>
    <message>
        <source>the file to write: FILE.xlsx or FILE.pdf</source>
        <translation>yazılacak dosya: DOSYA.xlsx veya DOSYA.pdf</translation>
    </message>
    <message>
        <source>the person's language (default: tr)</source>
        <translation>kişinin dili (varsayılan: tr)</translation>
    </message>
    <message>
        <source>erase a person on request (cannot be undone)</source>
        <translation>bir kişiyi talep üzerine sil (geri alınamaz)</translation>
    </message>
    <message>
        <source>really erase (without it: explain)</source>
        <translation>gerçekten sil (olmadan: yalnızca açıkla)</translation>
    </message>
    <message>
        <source>anonymise people inactive for N years</source>
        <translation>N yıldır etkin olmayan kişileri anonimleştir</translation>
    </message>
    <message>
        <source>inactive for this many years (default: the retention setting)</source>
        <translation>bu kadar yıldır etkin olmayanlar (varsayılan: saklama süresi ayarı)</translation>
    </message>
    <message>
        <source>anonymise (without it: only count)</source>
        <translation>anonimleştir (olmadan: yalnızca say)</translation>
    </message>
    <message>
        <source>count as of this day, YYYY-MM-DD (default: today)</source>
        <translation>bu güne göre say, YYYY-AA-GG (varsayılan: bugün)</translation>
    </message>
    <message>
        <source>Wrote everything held about {person} to {path}.</source>
        <translation>{person} ile ilgili tutulan her şey {path} dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>The file holds personal data: keep it safe and give it only to the person.</source>
        <translation>Dosya kişisel veri içerir: güvenle saklayın ve yalnızca kişinin kendisine verin.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to erase {person}.</source>
        <translation>Hiçbir şey değiştirilmedi. {person} kişisini silmek için --yes ile yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>Give the number of years with --years N (no retention period is set).</source>
        <translation>Yıl sayısını --years N ile verin (bir saklama süresi ayarlanmamış).</translation>
    </message>
    <message>
        <source>{count} people have had no attendance and no change for {years} years. Nothing was changed; run again with --yes to anonymise them.</source>
        <translation>{count} kişinin {years} yıldır hiç katılımı ve kaydında hiç değişikliği yok. Hiçbir şey değiştirilmedi; anonimleştirmek için --yes ile yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Yeni parola: </translation>
    </message>
    <message>
        <source>Account: </source>
        <translation>Hesap: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Parola: </translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Şu anki parola: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Parola değiştirildi.</translation>
    </message>
    <message>
        <source>accounts of this database (administrators)</source>
        <translation>bu veritabanının hesapları (yöneticiler)</translation>
    </message>
    <message>
        <source>add an account (password: TTK_NEW_PASSWORD or asked)</source>
        <translation>hesap ekle (parola: TTK_NEW_PASSWORD ya da sorulur)</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>hesapları listele</translation>
    </message>
    <message>
        <source>stop an account from logging in</source>
        <translation>bir hesabın oturum açmasını durdur</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>kendi parolanızı değiştirin</translation>
    </message>
    <message>
        <source>Set {env}, or run the command in a terminal to be asked.</source>
        <translation>{env} değişkenini ayarlayın ya da sorulması için komutu bir terminalde çalıştırın.</translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Yeni parola (tekrar): </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>İki parola farklı; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The database is now encrypted and {admin} is its administrator. The unencrypted copy taken first ({copy}) was checked against it and deleted.</source>
        <translation>Veritabanı artık şifreli ve yöneticisi {admin}. Önce alınan şifresiz kopya ({copy}) onunla karşılaştırıldı ve silindi.</translation>
    </message>
    <message>
        <source>The database is now encrypted and {admin} is its administrator. Delete the unencrypted copy {copy}: it could not be deleted.</source>
        <translation>Veritabanı artık şifreli ve yöneticisi {admin}. Şifresiz kopya {copy} silinemedi: onu siz silin.</translation>
    </message>
    <message>
        <source>Account {name} added ({role}).</source>
        <translation>{name} hesabı eklendi ({role}).</translation>
    </message>
    <message>
        <source>Account {name} can no longer log in.</source>
        <translation>{name} hesabı artık oturum açamaz.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>günlük</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>haftalık</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>geri yüklemeden önce</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Tutulan değer</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Tutulan değerin ofisi</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Değişiklik zamanı</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Diğer değer</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Diğer değerin ofisi</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>The same field was changed at two places without one seeing the other. The later change was kept; check each one and keep it or use the other value.</source>
        <translation>Aynı alan iki yerde, biri diğerini görmeden değiştirildi. Sonraki değişiklik tutuldu; her birini kontrol edin, tutulan değeri bırakın ya da diğer değeri kullanın.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Açık çakışma yok.</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>Diğer değeri &amp;kullan</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>Bu değeri &amp;tut</translation>
    </message>
    <message>
        <source>%1, %2: the other value %3 is used now.</source>
        <translation>%1, %2: artık diğer değer %3 kullanılıyor.</translation>
    </message>
    <message>
        <source>%1, %2: the value %3 is kept.</source>
        <translation>%1, %2: %3 değeri tutuldu.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} bir klasör, veritabanı dosyası değil.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create a database there with: ttk --db {path} setup --office CODE --name NAME</source>
        <translation>{path} konumunda veritabanı yok. Yolu kontrol edin ya da orada şu komutla bir veritabanı oluşturun: ttk --db {path} setup --office KOD --name AD</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of TTK Desktop (schema {revision}). Install the newer version to open it.</source>
        <translation>{path}, TTK Desktop'ın daha yeni bir sürümüyle yazılmış (şema {revision}). Açmak için yeni sürümü kurun.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}</source>
        <translation>{path} açılamıyor: {error}</translation>
    </message>
    <message>
        <source>{path} is not a TTK Desktop database or is damaged: {error}</source>
        <translation>{path} bir TTK Desktop veritabanı değil ya da bozuk: {error}</translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({error}). The database was left as it was; a copy of it is at {backup}.</source>
        <translation>{path} güncellenemedi ({error}). Veritabanı olduğu gibi bırakıldı; bir kopyası {backup} konumunda.</translation>
    </message>
    <message>
        <source>{path} is not a TTK Desktop database (it has no schema version).</source>
        <translation>{path} bir TTK Desktop veritabanı değil (şema sürümü yok).</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with your own latest copy of the database.</source>
        <translation>{path} bozuk ya da bir TTK Desktop veritabanı değil. Yanlış dosyayı seçtiyseniz bunun yerine ofis veritabanını seçin. Değilse TTK Desktop'ı kapatın ve bu dosyayı veritabanının kendi son kopyanızla değiştirin.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (another TTK Desktop window, a backup or sync tool, or a database viewer) and stayed locked. Close that program, then try again.</source>
        <translation>{path} başka bir program tarafından kullanılıyor (başka bir TTK Desktop penceresi, bir yedekleme ya da eşitleme aracı veya bir veritabanı görüntüleyici) ve kilitli kaldı. O programı kapatın, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>TTK Desktop cannot change {path}: the file or its folder is read-only, or you do not have permission to write there. Move the database file to a folder you can write to (for example Documents) and open it from there.</source>
        <translation>TTK Desktop {path} dosyasını değiştiremiyor: dosya ya da klasörü salt okunur veya oraya yazma izniniz yok. Veritabanı dosyasını yazabildiğiniz bir klasöre (örneğin Belgeler) taşıyın ve oradan açın.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some disk space, then try again.</source>
        <translation>{path} dosyasının bulunduğu disk dolu. Diskte biraz yer açın, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>{path} could not be read or written because of a disk or network error. Check that the drive or network folder holding it is connected, then try again.</source>
        <translation>{path} bir disk ya da ağ hatası nedeniyle okunamadı veya yazılamadı. Dosyanın bulunduğu sürücünün ya da ağ klasörünün bağlı olduğunu denetleyin, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with a copy of the newest automatic backup beside it, {backup}, or with your own latest copy.</source>
        <translation>{path} bozuk ya da bir TTK Desktop veritabanı değil. Yanlış dosyayı seçtiyseniz bunun yerine ofis veritabanını seçin. Değilse TTK Desktop'ı kapatın ve bu dosyayı, yanındaki en yeni otomatik yedeğin ({backup}) bir kopyasıyla ya da kendi son kopyanızla değiştirin.</translation>
    </message>
    <message>
        <source>{problem} Your change was not saved.</source>
        <translation>{problem} Değişikliğiniz kaydedilmedi.</translation>
    </message>
    <message>
        <source>{path} is protected by accounts. Log in first: the command line asks for the account name and password (or reads TTK_USER and TTK_PASSWORD).</source>
        <translation>{path} hesaplarla korunuyor. Önce oturum açın: komut satırı hesap adını ve parolayı sorar (ya da TTK_USER ve TTK_PASSWORD değişkenlerini okur).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already holds participants or groups. The demo fills only an empty database, so nothing was written. Use a new file name instead; the demo creates the file.</source>
        <translation>{path} zaten katılımcı ya da grup içeriyor. Demo yalnızca boş bir veritabanını doldurur, bu yüzden hiçbir şey yazılmadı. Bunun yerine yeni bir dosya adı verin; demo dosyayı oluşturur.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Select a participant to see their groups and attendance.</source>
        <translation>Gruplarını ve katılımını görmek için bir katılımcı seçin.</translation>
    </message>
    <message>
        <source>Not a member of any group</source>
        <translation>Hiçbir grubun üyesi değil</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %Ln session(s)</source>
        <translation>
            <numerusform>Katılım: %Ln oturum</numerusform>
        </translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Cinsiyet: %1</translation>
    </message>
    <message>
        <source>Born: %1 (age %2)</source>
        <translation>Doğum: %1 (%2 yaşında)</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>Uyruk: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Register number: %1</source>
        <translation>Kayıt numarası: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Disability: %1</source>
        <translation>Engellilik: %1</translation>
    </message>
    <message>
        <source>Consent given on %1</source>
        <translation>Onam tarihi: %1</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Onam kaydı yok</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same name</source>
        <translation>Aynı ad</translation>
    </message>
    <message>
        <source>Same name in another transliteration</source>
        <translation>Başka bir yazımla aynı ad</translation>
    </message>
    <message>
        <source>Same name in Arabic and Latin script</source>
        <translation>Arap ve Latin harfleriyle aynı ad</translation>
    </message>
    <message>
        <source>First and last name swapped</source>
        <translation>Ad ve soyad yer değiştirmiş</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Benzer ad</translation>
    </message>
    <message>
        <source>Different names</source>
        <translation>Farklı adlar</translation>
    </message>
    <message>
        <source>Same birth date</source>
        <translation>Aynı doğum tarihi</translation>
    </message>
    <message>
        <source>Same birth year (only the year is known)</source>
        <translation>Aynı doğum yılı (yalnızca yıl biliniyor)</translation>
    </message>
    <message>
        <source>Different birth dates</source>
        <translation>Farklı doğum tarihleri</translation>
    </message>
    <message>
        <source>Different birth years</source>
        <translation>Farklı doğum yılları</translation>
    </message>
    <message>
        <source>Same gender</source>
        <translation>Aynı cinsiyet</translation>
    </message>
    <message>
        <source>Different genders</source>
        <translation>Farklı cinsiyetler</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Aynı telefon</translation>
    </message>
    <message>
        <source>Different phones</source>
        <translation>Farklı telefonlar</translation>
    </message>
    <message>
        <source>Same nationality</source>
        <translation>Aynı uyruk</translation>
    </message>
    <message>
        <source>Different nationalities</source>
        <translation>Farklı uyruklar</translation>
    </message>
    <message>
        <source>Registered at the same office</source>
        <translation>Aynı ofiste kayıtlı</translation>
    </message>
    <message>
        <source>Registered at different offices</source>
        <translation>Farklı ofislerde kayıtlı</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} ve {b}</translation>
    </message>
    <message>
        <source>Participant {uuid} is not in this database (or was deleted). Search the participants list for the person.</source>
        <translation>{uuid} katılımcısı bu veritabanında yok (veya silinmiş). Kişiyi katılımcı listesinde arayın.</translation>
    </message>
    <message>
        <source>No participant has the id "{key}". Name a person by UUID or by OFFICE:REGISTER_NUMBER (for example IST:P0012).</source>
        <translation>"{key}" kimliğine sahip katılımcı yok. Kişiyi UUID ile veya OFİS:KAYIT_NO biçiminde belirtin (örneğin IST:P0012).</translation>
    </message>
    <message>
        <source>Both sides name the same record ({uuid}). Choose two different people.</source>
        <translation>İki taraf da aynı kaydı gösteriyor ({uuid}). İki farklı kişi seçin.</translation>
    </message>
    <message>
        <source>The field "{name}" cannot be taken over.</source>
        <translation>"{name}" alanı diğer kayıttan alınamaz.</translation>
    </message>
    <message>
        <source>{a} and {b} were never confirmed as one person (or were split already): there is nothing to split.</source>
        <translation>{a} ve {b} hiç aynı kişi olarak onaylanmadı (veya zaten ayrıldı): ayrılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Aynı kişi</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Farklı kişiler</translation>
    </message>
</context>
<context>
    <name>DuplicatesModels</name>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>1. kişi</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>2. kişi</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Ofisler</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Nedenler</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>Ad (Arapça)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>Soyad (Arapça)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Kayıt numarası</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Engellilik</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Onam</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Onam kaydı yok</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Farklı</translation>
    </message>
    <message>
        <source>Person 1 (%1)</source>
        <translation>1. kişi (%1)</translation>
    </message>
    <message>
        <source>Person 2 (%1)</source>
        <translation>2. kişi (%1)</translation>
    </message>
    <message>
        <source>The two records differ: choose the value to keep (Alt+1 or Alt+2).</source>
        <translation>İki kayıt farklı: tutulacak değeri seçin (Alt+1 veya Alt+2).</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>&amp;Split into two people…</source>
        <translation>İki kişiye &amp;ayır…</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>İncelenecek</translation>
    </message>
    <message>
        <source>Confirmed pairs</source>
        <translation>Onaylanan çiftler</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Tutulacak kişi:</translation>
    </message>
    <message>
        <source>%1 marks a field whose values differ; the ticked value is kept (Alt+1: first, Alt+2: second).</source>
        <translation>%1 değerleri farklı olan alanı gösterir; işaretli değer tutulur (Alt+1: birinci, Alt+2: ikinci).</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>1. kişi</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>2. kişi</translation>
    </message>
    <message>
        <source>&amp;Confirm: same person…</source>
        <translation>&amp;Onayla: aynı kişi…</translation>
    </message>
    <message>
        <source>&amp;Different people</source>
        <translation>&amp;Farklı kişiler</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Sonra</translation>
    </message>
    <message>
        <source>&amp;Find again</source>
        <translation>&amp;Yeniden ara</translation>
    </message>
    <message>
        <source>Looking for people registered twice…</source>
        <translation>İki kez kaydedilmiş kişiler aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) to review, most alike first.</source>
        <translation>
            <numerusform>İncelenecek %Ln çift; en çok benzeyenler önce.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pairs to review: nobody seems to be registered twice.</source>
        <translation>İncelenecek çift yok: iki kez kaydedilmiş kimse görünmüyor.</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>İncelenecek (%1)</translation>
    </message>
    <message>
        <source>%1 (%2), also registered as %3 (%4)</source>
        <translation>%1 (%2), ayrıca %3 (%4) olarak kayıtlı</translation>
    </message>
    <message>
        <source>Confirmed pairs (%1)</source>
        <translation>Onaylanan çiftler (%1)</translation>
    </message>
    <message>
        <source>Select a pair to compare the two records.</source>
        <translation>İki kaydı karşılaştırmak için bir çift seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %Ln field(s) differ.</source>
        <translation>
            <numerusform>%1 ve %2: %Ln alan farklı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person 1: %1 (%2)</source>
        <translation>1. kişi: %1 (%2)</translation>
    </message>
    <message>
        <source>Person 2: %1 (%2)</source>
        <translation>2. kişi: %1 (%2)</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Aynı kişi</translation>
    </message>
    <message>
        <source>Record %1 (%2) and %3 (%4) as the same person?

%1 is kept, with the values you chose; %3 becomes another record of them. Their groups and attendance belong to %1 from now on and are counted once.

You can split them again later under “Confirmed pairs”.</source>
        <translation>%1 (%2) ve %3 (%4) aynı kişi olarak kaydedilsin mi?

%1, seçtiğiniz değerlerle tutulur; %3 bu kişinin ikinci kaydı olur. İkisinin grupları ve katılımları bundan sonra %1 kişisine aittir ve bir kez sayılır.

Onları daha sonra “Onaylanan çiftler” altında yeniden ayırabilirsiniz.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Ayır</translation>
    </message>
    <message>
        <source>Split %1 (%2) and %3 (%4) into two people again?

Each gets back their own groups and attendance, and both are counted again.</source>
        <translation>%1 (%2) ve %3 (%4) yeniden iki ayrı kişiye ayrılsın mı?

Her biri kendi gruplarını ve katılımlarını geri alır; ikisi yeniden ayrı sayılır.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>TTK Desktop</source>
        <translation>TTK Desktop</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your data is safe: the last change was not saved. If it happens again, copy the details and send them to your IT contact.</source>
        <translation>Beklenmedik bir sorun oluştu. Verileriniz güvende: son değişiklik kaydedilmedi. Sorun tekrarlarsa ayrıntıları kopyalayıp bilgi işlem sorumlunuza gönderin.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Ayrıntıları kopyala</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The file is larger than any TTK Desktop data file ({size} MB).</source>
        <translation>Dosya, hiçbir TTK Desktop veri dosyasının olamayacağı kadar büyük ({size} MB).</translation>
    </message>
    <message>
        <source>This is not a TTK Desktop data file.</source>
        <translation>Bu bir TTK Desktop veri dosyası değil.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of TTK Desktop (format {version}). Update the program to merge it.</source>
        <translation>Bu dosya TTK Desktop'ın daha yeni bir sürümüyle yazılmış (biçim {version}). Birleştirmek için programı güncelleyin.</translation>
    </message>
    <message>
        <source>The file is damaged inside. Ask for it again.</source>
        <translation>Dosyanın içi bozuk. Dosyayı yeniden isteyin.</translation>
    </message>
    <message>
        <source>The file holds more than a data file may ({size} MB unpacked).</source>
        <translation>Dosya, bir veri dosyasının taşıyabileceğinden fazlasını içeriyor (açıldığında {size} MB).</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (cut short while copying?). Ask for it again.</source>
        <translation>Dosya bozuk ya da eksik (kopyalanırken yarıda mı kesildi?). Dosyayı yeniden isteyin.</translation>
    </message>
    <message>
        <source>The file's signature does not match: it was changed after it was written.</source>
        <translation>Dosyanın imzası tutmuyor: dosya yazıldıktan sonra değiştirilmiş.</translation>
    </message>
    <message>
        <source>This file cannot be opened with this key: it was sent to another key, or its beginning is damaged.</source>
        <translation>Bu dosya bu anahtarla açılamıyor: başka bir anahtara gönderilmiş ya da başı bozuk.</translation>
    </message>
    <message>
        <source>Conflict #{id} is not open.</source>
        <translation>#{id} numaralı çakışma açık değil.</translation>
    </message>
    <message>
        <source>The record of conflict #{id} is gone.</source>
        <translation>#{id} numaralı çakışmanın kaydı artık yok.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Parola en az 8 karakter olmalıdır.</translation>
    </message>
    <message>
        <source>{folder} already holds a key pair; a new one would make every file sent to the old one unreadable. Choose another folder.</source>
        <translation>{folder} klasöründe zaten bir anahtar çifti var; yenisi, eskisine gönderilen her dosyayı okunamaz kılar. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation>{path} anahtar dosyası okunamıyor: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or {path} is not a TTK Desktop private key.</source>
        <translation>Parola yanlış ya da {path} bir TTK Desktop gizli anahtarı değil.</translation>
    </message>
    <message>
        <source>This is not a headquarters public key (it starts with age1 and is one line): {start}</source>
        <translation>Bu bir genel merkez açık anahtarı değil (age1 ile başlar ve tek satırdır): {start}</translation>
    </message>
    <message>
        <source>Add the headquarters public key first (Settings, or --to FILE): a data file is encrypted so that only headquarters can read it.</source>
        <translation>Önce genel merkezin açık anahtarını ekleyin (Ayarlar ya da --to DOSYA): veri dosyası yalnızca genel merkezin okuyabileceği biçimde şifrelenir.</translation>
    </message>
    <message>
        <source>This database has no office yet: set it up first.</source>
        <translation>Bu veritabanının henüz bir ofisi yok: önce ofisi kurun.</translation>
    </message>
    <message>
        <source>This file was exported by this very database.</source>
        <translation>Bu dosya bu veritabanının kendisinden dışa aktarılmış.</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one office {office} was first seen with (key {fingerprint}). If that office's computer was replaced, an administrator can accept its new key.</source>
        <translation>Dosya, {office} ofisinin ilk görüldüğü anahtardan farklı bir anahtarla imzalanmış (anahtar {fingerprint}). O ofisin bilgisayarı değiştirildiyse bir yönetici yeni anahtarı kabul edebilir.</translation>
    </message>
    <message>
        <source>Office {office}'s signing key {fingerprint} was not confirmed; nothing merged.</source>
        <translation>{office} ofisinin imza anahtarı {fingerprint} onaylanmadı; hiçbir şey birleştirilmedi.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} yazılamıyor: {reason}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Dosya okunamıyor: {reason}.</translation>
    </message>
    <message>
        <source>After this file, two records of office {office} would have the register number {number}: it was given to one here and to another at the office. Give the one here another number, then merge this file again; nothing merged.</source>
        <translation>Bu dosyadan sonra {office} ofisinin iki kaydı aynı kayıt numarasına ({number}) sahip olurdu: numara burada birine, ofiste başka birine verilmiş. Buradakine başka bir numara verin, sonra bu dosyayı yeniden birleştirin; hiçbir şey birleştirilmedi.</translation>
    </message>
    <message>
        <source>The file's contents are not valid ({error}); nothing merged.</source>
        <translation>Dosyanın içeriği geçerli değil ({error}); hiçbir şey birleştirilmedi.</translation>
    </message>
    <message>
        <source>This file follows file {seq} of office {office}, exported on {date}, which has not been merged here. Merge that file first, or ask the office for a full export.</source>
        <translation>Bu dosya, {office} ofisinin {date} tarihinde dışa aktarılan ve burada henüz birleştirilmemiş {seq} numaralı dosyasının devamı. Önce o dosyayı birleştirin ya da ofisten tam bir dışa aktarım isteyin.</translation>
    </message>
</context>
<context>
    <name>ExchangeModels</name>
    <message>
        <source>Merged</source>
        <translation>Birleştirildi</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>Zaten birleştirilmiş</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Kayıt numarası</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>First name in Arabic</source>
        <translation>Arapça ad</translation>
    </message>
    <message>
        <source>Last name in Arabic</source>
        <translation>Arapça soyadı</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Birth date estimated</source>
        <translation>Doğum tarihi tahmini</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Onam alındı</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Onay tarihi</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Engellilik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Kolaylaştırıcı</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Bitiş saati</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Duplicate decision</source>
        <translation>Mükerrer kayıt kararı</translation>
    </message>
    <message>
        <source>Person kept</source>
        <translation>Korunan kişi</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Diğer kişi</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Karar zamanı</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Tam</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Send this office's data to headquarters</source>
        <translation>Bu ofisin verilerini genel merkeze gönder</translation>
    </message>
    <message>
        <source>Headquarters &amp;keys…</source>
        <translation>Genel merkez &amp;anahtarları…</translation>
    </message>
    <message>
        <source>&amp;Export changes…</source>
        <translation>&amp;Değişiklikleri dışa aktar…</translation>
    </message>
    <message>
        <source>What changed since the last export to the same headquarters</source>
        <translation>Aynı genel merkeze yapılan son dışa aktarımdan bu yana değişenler</translation>
    </message>
    <message>
        <source>F&amp;ull export…</source>
        <translation>&amp;Tam dışa aktarım…</translation>
    </message>
    <message>
        <source>Everything in this database</source>
        <translation>Bu veritabanındaki her şey</translation>
    </message>
    <message>
        <source>Merge offices' data files</source>
        <translation>Ofislerin veri dosyalarını birleştir</translation>
    </message>
    <message>
        <source>Private &amp;key file…</source>
        <translation>Özel &amp;anahtar dosyası…</translation>
    </message>
    <message>
        <source>Files ready to merge:</source>
        <translation>Birleştirilmeye hazır dosyalar:</translation>
    </message>
    <message>
        <source>&amp;Merge files…</source>
        <translation>Dosyaları &amp;birleştir…</translation>
    </message>
    <message>
        <source>Merge &amp;these files</source>
        <translation>&amp;Bu dosyaları birleştir</translation>
    </message>
    <message>
        <source>Clea&amp;r list</source>
        <translation>Listeyi &amp;temizle</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İptal</translation>
    </message>
    <message>
        <source>Merge results</source>
        <translation>Birleştirme sonuçları</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Merged files and office keys</source>
        <translation>Birleştirilen dosyalar ve ofis anahtarları</translation>
    </message>
    <message>
        <source>Files are encrypted for headquarters' key:</source>
        <translation>Dosyalar şu genel merkez anahtarı için şifrelenir:</translation>
    </message>
    <message>
        <source>No headquarters public key is set: data files cannot be exported until you add it.</source>
        <translation>Genel merkezin açık anahtarı girilmemiş: eklenene kadar veri dosyası dışa aktarılamaz.</translation>
    </message>
    <message>
        <source>Add the headquarters &amp;key…</source>
        <translation>Genel merkez &amp;anahtarını ekle…</translation>
    </message>
    <message>
        <source>This office's signing key (headquarters checks it): %1</source>
        <translation>Bu ofisin imza anahtarı (genel merkez bunu doğrular): %1</translation>
    </message>
    <message>
        <source>No data file was exported from here yet.</source>
        <translation>Buradan henüz veri dosyası dışa aktarılmadı.</translation>
    </message>
    <message>
        <source>Last export: No. %1 on %2, file %3 (%4).</source>
        <translation>Son dışa aktarım: %2 tarihinde %1 numara, dosya %3 (%4).</translation>
    </message>
    <message>
        <source>full</source>
        <translation>tam</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>değişiklikler</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Çakışmalar (%1)</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Veri alışverişi</translation>
    </message>
    <message>
        <source>No headquarters public key is set. A data file is encrypted so that only headquarters can read it. Add the key now?</source>
        <translation>Genel merkezin açık anahtarı girilmemiş. Veri dosyası yalnızca genel merkezin okuyabileceği şekilde şifrelenir. Anahtar şimdi eklensin mi?</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>Tam dışa aktarım</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Değişiklikleri dışa aktar</translation>
    </message>
    <message>
        <source>TTK Desktop data files (*.ttkx)</source>
        <translation>TTK Desktop veri dosyaları (*.ttkx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 yazılıyor…</translation>
    </message>
    <message>
        <source>%1 was written (%2).</source>
        <translation>%1 yazıldı (%2).</translation>
    </message>
    <message>
        <source>Everything in this database.</source>
        <translation>Bu veritabanındaki her şey.</translation>
    </message>
    <message>
        <source>What changed since export No. %1.</source>
        <translation>%1 numaralı dışa aktarımdan bu yana değişenler.</translation>
    </message>
    <message>
        <source>Participants: %1, groups: %2, sessions: %3, attendance marks: %4.</source>
        <translation>Katılımcılar: %1, gruplar: %2, oturumlar: %3, yoklama işaretleri: %4.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Klasör: %1</translation>
    </message>
    <message>
        <source>Headquarters private key: %1</source>
        <translation>Genel merkezin özel anahtarı: %1</translation>
    </message>
    <message>
        <source>Headquarters private key: asked at the first merge.</source>
        <translation>Genel merkezin özel anahtarı: ilk birleştirmede sorulur.</translation>
    </message>
    <message>
        <source>Choose “Merge these files”: the private key's passphrase is asked.</source>
        <translation>“Bu dosyaları birleştir”i seçin: özel anahtarın parolası sorulur.</translation>
    </message>
    <message>
        <source>Merge data files</source>
        <translation>Veri dosyalarını birleştir</translation>
    </message>
    <message>
        <source>TTK Desktop data files (*.ttkx);;All files (*)</source>
        <translation>TTK Desktop veri dosyaları (*.ttkx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Opening the files…</source>
        <translation>Dosyalar açılıyor…</translation>
    </message>
    <message>
        <source>Stopping after the file being merged…</source>
        <translation>Birleştirilmekte olan dosyadan sonra duruluyor…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%2 dosyadan %1</translation>
    </message>
    <message>
        <source>Merged: %1, already merged before: %2, not merged: %3. New conflicts: %4.</source>
        <translation>Birleştirilen: %1, daha önce birleştirilmiş: %2, birleştirilmeyen: %3. Yeni çakışmalar: %4.</translation>
    </message>
    <message>
        <source>Files refused</source>
        <translation>Reddedilen dosyalar</translation>
    </message>
    <message>
        <source>These files were refused; nothing of them was merged:</source>
        <translation>Bu dosyalar reddedildi; hiçbir kısmı birleştirilmedi:</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Yeni grup</translation>
    </message>
    <message>
        <source>Edit group: %1</source>
        <translation>Grubu düzenle: %1</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Birim:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Kolaylaştırıcı:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Baş&amp;langıç tarihi:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Biti&amp;ş tarihi:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>A&amp;çıklama:</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Kolaylaştırıcı</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>All types</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Yeni grup…</translation>
    </message>
    <message>
        <source>New group (Ctrl+N)</source>
        <translation>Yeni grup (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>Grubu &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>Grubu &amp;sil</translation>
    </message>
    <message>
        <source>Print &amp;roster…</source>
        <translation>Üye &amp;listesini yazdır…</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>Üye &amp;ekle…</translation>
    </message>
    <message>
        <source>Re&amp;move from group</source>
        <translation>Gruptan &amp;çıkar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Yeni &amp;oturum…</translation>
    </message>
    <message>
        <source>Ed&amp;it session…</source>
        <translation>Oturumu dü&amp;zenle…</translation>
    </message>
    <message>
        <source>Delete sessio&amp;n</source>
        <translation>Otu&amp;rumu sil</translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>Yo&amp;klama…</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet…</source>
        <translation>Yoklama listesini y&amp;azdır…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>No group chosen. Create one with New group.</source>
        <translation>Grup seçilmedi. Yeni grup ile bir grup oluşturun.</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Kolaylaştırıcı: %1</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Üyeler (%1)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Oturumlar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) outside the Children's Assembly ages %1-%2.</source>
        <translation>
            <numerusform>Çocuk Meclisi yaş aralığı (%1-%2) dışında %n üye var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation>Bu kurulumda yazdırma kullanılamıyor.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Grubu sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” and its %n session(s)? Attendance recorded at them will no longer count in the statistics.</source>
        <translation>
            <numerusform>“%1” grubu ve %n oturumu silinsin mi? Bu oturumlarda kaydedilen katılım artık istatistiklerde sayılmayacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>%1 grubuna üye ekle</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Gruba ekle</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Gruptan çıkar</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? Attendance already recorded stays.</source>
        <translation>%1, “%2” grubundan çıkarılsın mı? Daha önce kaydedilen katılım korunur.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Oturumu sil</translation>
    </message>
    <message>
        <source>Delete the session of %1 (%2 present)? Its attendance will no longer count in the statistics.</source>
        <translation>%1 tarihli oturum (%2 katılımcı) silinsin mi? Bu oturumun katılımı artık istatistiklerde sayılmayacak.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Accept a new key…</source>
        <translation>Yeni &amp;anahtarı kabul et…</translation>
    </message>
    <message>
        <source>Files merged here, per office</source>
        <translation>Burada birleştirilen dosyalar, ofis ofis</translation>
    </message>
    <message>
        <source>Offices' signing keys trusted here</source>
        <translation>Burada güvenilen ofis imza anahtarları</translation>
    </message>
    <message>
        <source>Accept a new key</source>
        <translation>Yeni anahtarı kabul et</translation>
    </message>
    <message>
        <source>Forget the key %1 trusted for office %2?

The next data file from office %2 will be asked about as if it were the first one, and its key trusted if you confirm it. Do this only when that office's computer was replaced or reinstalled: a file signed by another key may come from someone else.</source>
        <translation>%2 ofisi için güvenilen %1 anahtarı unutulsun mu?

%2 ofisinden gelecek bir sonraki veri dosyası ilk dosyaymış gibi sorulacak ve onaylarsanız anahtarına güvenilecek. Bunu yalnızca o ofisin bilgisayarı değiştirildiğinde ya da yeniden kurulduğunda yapın: başka bir anahtarla imzalanmış bir dosya başka birinden geliyor olabilir.</translation>
    </message>
</context>
<context>
    <name>HqKeysBox</name>
    <message>
        <source>Headquarters public key</source>
        <translation>Genel merkezin açık anahtarı</translation>
    </message>
    <message>
        <source>Data files are encrypted so that only headquarters can read them. Paste the one-line key headquarters gave you (it starts with age1) or choose its file (hq.pub). Check the fingerprint with headquarters.</source>
        <translation>Veri dosyaları yalnızca genel merkezin okuyabileceği şekilde şifrelenir. Genel merkezin verdiği tek satırlık anahtarı yapıştırın (age1 ile başlar) ya da dosyasını (hq.pub) seçin. Parmak izini genel merkezle karşılaştırın.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>&amp;Dosyadan…</translation>
    </message>
    <message>
        <source>No headquarters key yet: data files cannot be exported.</source>
        <translation>Henüz genel merkez anahtarı yok: veri dosyası dışa aktarılamaz.</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>Anahtarı &amp;kaldır</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Açık anahtarlar (*.pub);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>HqKeysDialog</name>
    <message>
        <source>Headquarters public key</source>
        <translation>Genel merkezin açık anahtarı</translation>
    </message>
</context>
<context>
    <name>IdleLockBox</name>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>never</source>
        <translation>asla</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>With nobody using it for this long, TTK Desktop hides its windows and asks the password again; what was typed is kept.</source>
        <translation>Bu süre boyunca kimse kullanmazsa TTK Desktop pencerelerini gizler ve parolayı yeniden sorar; yazılanlar korunur.</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kilitleme süresi</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>the Groups sheet</source>
        <translation>Gruplar sayfası</translation>
    </message>
    <message>
        <source>the Sessions sheet</source>
        <translation>Oturumlar sayfası</translation>
    </message>
    <message>
        <source>the Participants sheet</source>
        <translation>Katılımcılar sayfası</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grup</translation>
    </message>
    <message>
        <source>session</source>
        <translation>oturum</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>Burada bir değer olmalı.</translation>
    </message>
    <message>
        <source>The office is empty and this database has no office yet. Set the office up first (ttk setup) or fill in the office column.</source>
        <translation>Birim boş ve bu veritabanında henüz birim yok. Önce birimi tanımlayın (ttk setup) ya da birim sütununu doldurun.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>No sheet of this workbook is a register sheet. Name the sheets Participants, Groups, Sessions and Attendance (or Katılımcılar, Gruplar, Oturumlar, Katılım), as in the template. Sheets found: {names}.</source>
        <translation>Bu çalışma kitabındaki sayfaların hiçbiri bir kayıt sayfası değil. Sayfaları şablondaki gibi Katılımcılar, Gruplar, Oturumlar ve Katılım (ya da Participants, Groups, Sessions, Attendance) olarak adlandırın. Bulunan sayfalar: {names}.</translation>
    </message>
    <message>
        <source>The {what} "{id}" was deleted. Restore it, or add it to {where} to import it again.</source>
        <translation>{what} "{id}" silinmiş. Geri getirin ya da yeniden içe aktarmak için {where} ekleyin.</translation>
    </message>
    <message>
        <source>Several offices ({offices}) have a {what} with the id "{id}"; it is not clear which one is meant.</source>
        <translation>Birden çok birimde ({offices}) "{id}" kimlikli bir {what} var; hangisinin kastedildiği belli değil.</translation>
    </message>
    <message>
        <source>There is no {what} with the id "{id}", neither on {where} nor in the database.</source>
        <translation>"{id}" kimlikli bir {what} ne {where} içinde ne de veritabanında var.</translation>
    </message>
    <message>
        <source>The id "{id}" appears twice in the file (first on row {row}). Each record needs its own id.</source>
        <translation>"{id}" kimliği dosyada iki kez geçiyor (ilki {row}. satırda). Her kaydın kendi kimliği olmalı.</translation>
    </message>
    <message>
        <source>The required column "{name}" is missing. Add a column headed "{name}".</source>
        <translation>Zorunlu "{name}" sütunu yok. Başlığı "{name}" olan bir sütun ekleyin.</translation>
    </message>
    <message>
        <source>Unknown disability status "{value}". Write yes or no (Evet/Hayır, Var/Yok).</source>
        <translation>Bilinmeyen engellilik durumu "{value}". Evet ya da Hayır (Var/Yok) yazın.</translation>
    </message>
    <message>
        <source>"{value}" is not a time; write it as HH:MM.</source>
        <translation>"{value}" bir saat değil; SS:DD biçiminde yazın.</translation>
    </message>
    <message>
        <source>The columns {columns} hold the same data. Keep one of them and import again.</source>
        <translation>{columns} sütunları aynı veriyi tutuyor. Birini bırakıp yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The required column "{name}" is missing. Add a column headed "{name}" (or "{local}").</source>
        <translation>Zorunlu "{name}" sütunu yok. Başlığı "{local}" (ya da "{name}") olan bir sütun ekleyin.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}. satır</translation>
    </message>
    <message>
        <source>sheet '{sheet}', row {row}</source>
        <translation>'{sheet}' sayfası, {row}. satır</translation>
    </message>
    <message>
        <source>The id "{id}" appears twice in the file (first on {where}). Each record needs its own id.</source>
        <translation>"{id}" kimliği dosyada iki kez geçiyor (ilki: {where}). Her kaydın kendi kimliği olmalı.</translation>
    </message>
    <message>
        <source>{name} is not an .xlsx workbook (.xls, .xlsb and .ods files are not read). Open it in Excel or LibreOffice, save it as Excel Workbook (.xlsx) and import that file.</source>
        <translation>{name} bir .xlsx çalışma kitabı değil (.xls, .xlsb ve .ods dosyaları okunmaz). Excel'de ya da LibreOffice'te açın, Excel Çalışma Kitabı (.xlsx) olarak kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>A cell holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</source>
        <translation>Bir hücrede {max} karakterden fazlası var; bu, Excel'in bir hücreye izin verdiğinden fazla. Kısaltın, dosyayı kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The workbook holds more than {max} different texts, more than any register. Copy only the register sheets into a new workbook, save it and import that file.</source>
        <translation>Çalışma kitabında {max} farklı metinden fazlası var; hiçbir kayıt defteri bu kadarını tutmaz. Yalnızca kayıt sayfalarını yeni bir çalışma kitabına kopyalayın, kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>A cell in row {row} holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</source>
        <translation>{row}. satırdaki bir hücrede {max} karakterden fazlası var; bu, Excel'in bir hücreye izin verdiğinden fazla. Kısaltın, dosyayı kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The register has more than {max} rows with data; at most {max} can be imported at once. Split it into files of at most {max} rows and import them one after the other.</source>
        <translation>Kayıt defterinde veri içeren {max} satırdan fazlası var; bir seferde en çok {max} satır içe aktarılabilir. En çok {max} satırlık dosyalara bölün ve bunları sırayla içe aktarın.</translation>
    </message>
    <message>
        <source>The sheet has a cell at {cell}, far from the rest of the data: reading it would take a table of {rows} rows by {columns} columns. Delete the stray cells (or the empty rows and columns after the data), save the file and import it again.</source>
        <translation>Sayfada verilerin geri kalanından çok uzakta, {cell} konumunda bir hücre var: sayfayı okumak {rows} satır ve {columns} sütunluk bir tablo gerektirir. Başıboş hücreleri (ya da verilerden sonraki boş satır ve sütunları) silin, dosyayı kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The sheet's cells hold more than {max} MB of text (a text repeated in many cells counts every time). Shorten the long texts, save the file and import it again.</source>
        <translation>Sayfanın hücrelerinde {max} MB'tan fazla metin var (birçok hücrede tekrarlanan bir metin her seferinde sayılır). Uzun metinleri kısaltın, dosyayı kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {max} MB, far more than a register needs. Copy only the register sheets into a new workbook, save it and import that file.</source>
        <translation>{name} açıldığında {max} MB'tan büyük oluyor; bu, bir kayıt defterinin gerektirdiğinden çok fazla. Yalnızca kayıt sayfalarını yeni bir çalışma kitabına kopyalayın, kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>{name} is packed {ratio} times tighter than workbooks are, as files built to exhaust memory are. Open it in Excel, save it again and import that file.</source>
        <translation>{name}, çalışma kitaplarından {ratio} kat daha sıkı paketlenmiş; belleği tüketmek için hazırlanmış dosyalar böyledir. Excel'de açın, yeniden kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>The sheet has {cells} filled cells; at most {max} can be read at once. Split it into smaller files and import them one after the other.</source>
        <translation>Sayfada {cells} dolu hücre var; bir seferde en çok {max} hücre okunabilir. Daha küçük dosyalara bölün ve bunları sırayla içe aktarın.</translation>
    </message>
    <message>
        <source>The participant "{participant}" was born in {year}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth year or the session date, or delete this row.</source>
        <translation>"{participant}" numaralı katılımcı {year} yılında, {day} tarihli "{session}" oturumundan sonra doğmuş; bu oturuma katılmış olamaz. Doğum yılını ya da oturum tarihini düzeltin veya bu satırı silin.</translation>
    </message>
    <message>
        <source>The participant "{participant}" was born on {birth}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth date or the session date, or delete this row.</source>
        <translation>"{participant}" numaralı katılımcı {birth} tarihinde, {day} tarihli "{session}" oturumundan sonra doğmuş; bu oturuma katılmış olamaz. Doğum tarihini ya da oturum tarihini düzeltin veya bu satırı silin.</translation>
    </message>
    <message>
        <source>The text is {n} characters long; at most {max} fit.</source>
        <translation>Metin {n} karakter uzunluğunda; en fazla {max} karakter sığar.</translation>
    </message>
    <message>
        <source>An id can be at most {max} characters long.</source>
        <translation>Bir kimlik en fazla {max} karakter olabilir.</translation>
    </message>
    <message>
        <source>The office code "{code}" should be 2-32 letters, digits, - or _.</source>
        <translation>Birim kodu "{code}" 2-32 karakterli olmalı; harf, rakam, - ya da _ içerebilir.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook, or it is damaged or incomplete (for example cut short while copying). Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>{name} bir Excel çalışma kitabı değil ya da bozuk veya eksik (örneğin kopyalanırken yarım kalmış). Excel'de açın, yeniden .xlsx olarak kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} dosyası yok.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook.</source>
        <translation>{path} bir klasör, çalışma kitabı değil.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>{name} dosyası okunamıyor: {reason}.</translation>
    </message>
    <message>
        <source>{label}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{label}: {added} eklendi, {updated} güncellendi, {unchanged} değişmedi</translation>
    </message>
    <message>
        <source>New offices created: {codes}</source>
        <translation>Oluşturulan yeni birimler: {codes}</translation>
    </message>
    <message>
        <source>Group memberships added from attendance: {n}</source>
        <translation>Katılım kayıtlarından eklenen grup üyelikleri: {n}</translation>
    </message>
    <message>
        <source>The sheet is written in an unusual way (cells without positions) and is too big to check. Open the file in Excel, save it again and import that file.</source>
        <translation>Sayfa alışılmadık biçimde yazılmış (konumu olmayan hücreler) ve denetlenemeyecek kadar büyük. Dosyayı Excel'de açın, yeniden kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its parts do not match the zip's table of contents. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>Çalışma kitabı bozuk: parçaları zip dosyasının içindekiler tablosuyla uyuşmuyor. Excel'de açın, yeniden .xlsx olarak kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Excel</source>
        <translation>Excel'den içe aktar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish.</source>
        <translation>Zaten bir içe aktarma sürüyor. Bitmesini bekleyin.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>İptal ediliyor… hiçbir şey değiştirilmeyecek.</translation>
    </message>
    <message>
        <source>Importing %1… The file is checked first; nothing is written until all of it is correct.</source>
        <translation>%1 içe aktarılıyor… Dosya önce denetlenir; tamamı doğru olana kadar hiçbir şey yazılmaz.</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 içe aktarıldı.</translation>
    </message>
    <message>
        <source>%1 was imported: everything in it was already in the database.</source>
        <translation>%1 içe aktarıldı: içindeki her şey zaten veritabanındaydı.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>%1 içe aktarımı iptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}': {message}</source>
        <translation>{file}, '{sheet}' sayfası: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {message}</source>
        <translation>{file}, {row}. satır: {message}</translation>
    </message>
    <message>
        <source>{file}, column '{column}': {message}</source>
        <translation>{file}, '{column}' sütunu: {message}</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', row {row}: {message}</source>
        <translation>{file}, '{sheet}' sayfası, {row}. satır: {message}</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', column '{column}': {message}</source>
        <translation>{file}, '{sheet}' sayfası, '{column}' sütunu: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}, column '{column}': {message}</source>
        <translation>{file}, {row}. satır, '{column}' sütunu: {message}</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', row {row}, column '{column}': {message}</source>
        <translation>{file}, '{sheet}' sayfası, {row}. satır, '{column}' sütunu: {message}</translation>
    </message>
    <message>
        <source>{file}: {n} more problems</source>
        <translation>{file}: {n} sorun daha</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}': {n} more problems</source>
        <translation>{file}, '{sheet}' sayfası: {n} sorun daha</translation>
    </message>
    <message>
        <source>{file}, column '{column}': {n} more problems</source>
        <translation>{file}, '{column}' sütunu: {n} sorun daha</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', column '{column}': {n} more problems</source>
        <translation>{file}, '{sheet}' sayfası, '{column}' sütunu: {n} sorun daha</translation>
    </message>
    <message>
        <source>{file}: {n} more problems of other kinds</source>
        <translation>{file}: başka türden {n} sorun daha</translation>
    </message>
</context>
<context>
    <name>ImportIssueTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message>
        <source>Import refused: %1</source>
        <translation>İçe aktarma reddedildi: %1</translation>
    </message>
    <message>
        <source>%1 was not imported because of the problems below; nothing was changed. Correct them in Excel and import the file again.</source>
        <translation>%1 aşağıdaki sorunlar nedeniyle içe aktarılmadı; hiçbir şey değiştirilmedi. Sorunları Excel'de düzeltip dosyayı yeniden içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n sorun.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; the others are counted here:</source>
        <translation>İlk %1 sorun listelendi; diğerleri burada sayılıyor:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy the selected problems (or all of them) to paste into Excel</source>
        <translation>Seçili sorunları (ya da tümünü) Excel'e yapıştırmak için kopyala</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>TTK Desktop is locked</source>
        <translation>TTK Desktop kilitlendi</translation>
    </message>
    <message>
        <source>TTK Desktop was locked because nobody used it for a while. Enter the password of %1 to continue where you left off.</source>
        <translation>TTK Desktop bir süre kullanılmadığı için kilitlendi. Kaldığınız yerden devam etmek için %1 hesabının parolasını girin.</translation>
    </message>
    <message>
        <source>Quit TTK Desktop</source>
        <translation>TTK Desktop'tan çık</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>TTK Desktop: log in</source>
        <translation>TTK Desktop: giriş</translation>
    </message>
    <message>
        <source>This database is protected. Log in with your account.</source>
        <translation>Bu veritabanı korumalıdır. Hesabınızla giriş yapın.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Enter the account name and the password.</source>
        <translation>Hesap adını ve parolayı girin.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Parola denetleniyor…</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Parola yanlış.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 sn)</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n saniye sonra yeniden deneyebilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit TTK Desktop? What was typed in open windows and not saved is lost. To log in with another account, quit and start TTK Desktop again.</source>
        <translation>TTK Desktop'tan çıkılsın mı? Açık pencerelerde yazılıp kaydedilmeyenler kaybolur. Başka bir hesapla giriş yapmak için çıkıp TTK Desktop'u yeniden başlatın.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Yeni katılımcı…</translation>
    </message>
    <message>
        <source>&amp;Import Excel…</source>
        <translation>Excel'den &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Data exchange: export or merge…</source>
        <translation>&amp;Veri alışverişi: dışa aktar veya birleştir…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Yedekler…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Yazdır</translation>
    </message>
    <message>
        <source>Blank &amp;registration form…</source>
        <translation>Boş &amp;kayıt formu…</translation>
    </message>
    <message>
        <source>This &amp;week's attendance sheets…</source>
        <translation>Bu &amp;haftanın yoklama listeleri…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>Katılımcıyı &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete participant…</source>
        <translation>Katılımcıyı &amp;sil…</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>Katılımcı &amp;ara</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Katılımcılar</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruplar</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>İ&amp;statistikler</translation>
    </message>
    <message>
        <source>&amp;Data exchange</source>
        <translation>&amp;Veri alışverişi</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>&amp;Mükerrer kayıtlar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <source>&amp;Self-test</source>
        <translation>&amp;Kendi kendini sına</translation>
    </message>
    <message>
        <source>&amp;About TTK Desktop</source>
        <translation>TTK Desktop &amp;hakkında</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Veritabanı açılamadı.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Veri alışverişi</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Mükerrer kayıtlar</translation>
    </message>
    <message>
        <source>Office: %1 | Database: %2</source>
        <translation>Birim: %1 | Veritabanı: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>This screen is not available yet.</source>
        <translation>Bu ekran henüz kullanılamıyor.</translation>
    </message>
    <message>
        <source>This feature is not available in this version yet.</source>
        <translation>Bu özellik bu sürümde henüz yok.</translation>
    </message>
    <message>
        <source>The user guide is not installed.</source>
        <translation>Kullanım kılavuzu yüklü değil.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Ad Soyad (Arapça)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Kayıt no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Outside ages %1-%2</source>
        <translation>%1-%2 yaş aralığı dışında</translation>
    </message>
</context>
<context>
    <name>MergeHistoryTableModel</name>
    <message>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Dışa aktarıldı</translation>
    </message>
    <message>
        <source>Newest change</source>
        <translation>En yeni değişiklik</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Birleştirildi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellenen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
</context>
<context>
    <name>MergeReportTableModel</name>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellenen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
</context>
<context>
    <name>MergeRun</name>
    <message>
        <source>Headquarters private key</source>
        <translation>Genel merkezin özel anahtarı</translation>
    </message>
    <message>
        <source>Private keys (*.key);;All files (*)</source>
        <translation>Özel anahtarlar (*.key);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Passphrase of the private key %1:</source>
        <translation>%1 özel anahtarının parolası:</translation>
    </message>
    <message>
        <source>A new office key</source>
        <translation>Yeni bir ofis anahtarı</translation>
    </message>
    <message>
        <source>Office %1 sends a data file here for the first time (%2).

Its signing key has the fingerprint:
%3

Compare it with the fingerprint shown on that office's Data exchange page, by telephone for example. Trust this key and merge its files?</source>
        <translation>%1 ofisi buraya ilk kez bir veri dosyası gönderiyor (%2).

İmza anahtarının parmak izi:
%3

Bunu o ofisin Veri alışverişi sayfasında görünen parmak iziyle, örneğin telefonla, karşılaştırın. Bu anahtara güvenilip dosyaları birleştirilsin mi?</translation>
    </message>
    <message>
        <source>Cancelled before this file: nothing of it was merged.</source>
        <translation>Bu dosyadan önce iptal edildi: hiçbir kısmı birleştirilmedi.</translation>
    </message>
</context>
<context>
    <name>Normalize</name>
    <message>
        <source>"{value}" is not a date. Write it as day.month.year, e.g. 31.12.1985.</source>
        <translation>"{value}" bir tarih değil. gün.ay.yıl biçiminde yazın, örn. 31.12.1985.</translation>
    </message>
    <message>
        <source>Only one column may hold {field}, but {columns} do. Keep one of them and import again.</source>
        <translation>{field} yalnızca bir sütunda olabilir, ama {columns} sütunlarında var. Birini bırakıp yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>Unknown nationality "{value}". Use a country name in Turkish, English or Arabic, a country code such as SY or SYR, "stateless" or "unknown".</source>
        <translation>Bilinmeyen uyruk "{value}". Türkçe, İngilizce ya da Arapça bir ülke adı, SY ya da SYR gibi bir ülke kodu, "vatansız" ya da "bilinmiyor" yazın.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Tarih boş.</translation>
    </message>
    <message>
        <source>{value} is only a year. Write the full date as day.month.year, e.g. 31.12.{value}.</source>
        <translation>{value} yalnızca bir yıl. Tarihin tamamını gün.ay.yıl biçiminde yazın, örn. 31.12.{value}.</translation>
    </message>
    <message>
        <source>Unknown group type "{value}". Use one of: {choices}.</source>
        <translation>Bilinmeyen grup türü "{value}". Şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <source>Phone number "{value}" may only contain digits, spaces, +, - and parentheses.</source>
        <translation>"{value}" telefon numarası yalnızca rakam, boşluk, +, - ve parantez içerebilir.</translation>
    </message>
    <message>
        <source>Phone number "{value}" has {count} digits; a phone number has 7 to 15 digits.</source>
        <translation>"{value}" telefon numarasında {count} rakam var; telefon numarası 7 ile 15 rakam arasındadır.</translation>
    </message>
    <message>
        <source>Unknown gender "{value}". Use female, male, other or not stated (Kadın/Erkek, K/E, F/M).</source>
        <translation>Bilinmeyen cinsiyet "{value}". Kadın, Erkek, Diğer ya da Belirtilmedi yazın (K/E, F/M de olur).</translation>
    </message>
    <message>
        <source>"{value}" has a two-digit year. Write the year with all four digits (e.g. 1985, not 85).</source>
        <translation>"{value}" iki haneli bir yıl içeriyor. Yılı dört haneyle yazın (örn. 85 değil, 1985).</translation>
    </message>
    <message>
        <source>{value} is not a date (day, month or year out of range).</source>
        <translation>{value} bir tarih değil (gün, ay ya da yıl geçersiz).</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Yeni katılımcı</translation>
    </message>
    <message>
        <source>Edit participant: %1</source>
        <translation>Katılımcıyı düzenle: %1</translation>
    </message>
    <message>
        <source>in Arabic letters</source>
        <translation>Arap harfleriyle</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>Ad *</translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation>Soyad *</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>Ad (Arapça)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>Soyad (Arapça)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.yyyy</translation>
    </message>
    <message>
        <source>Year only (estimated)</source>
        <translation>Yalnızca yıl (tahmini)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Kayıt numarası</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Sorulmadı</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Engellilik</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Onam alındı</translation>
    </message>
    <message>
        <source>Consent *</source>
        <translation>Onam *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>* ile işaretli alanlar zorunludur.</translation>
    </message>
    <message>
        <source>Read this to the person: “The association records your name, contact details and participation in its activities to organise them and to report anonymous statistics. Your data is not shared with anyone else. You can ask to see, correct or delete it at any time.” Tick the box only if the person agrees.</source>
        <translation>Kişiye şunu okuyun: “Derneğimiz, etkinliklerini düzenlemek ve kimliğinizi içermeyen istatistikler hazırlamak için adınızı, iletişim bilgilerinizi ve etkinliklere katılımınızı kaydeder. Verileriniz başka kimseyle paylaşılmaz. Dilediğiniz zaman verilerinizi görmeyi, düzeltilmesini ya da silinmesini isteyebilirsiniz.” Kutuyu yalnızca kişi kabul ederse işaretleyin.</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>Read the consent statement to the person and tick the box when they agree. A new person cannot be registered without consent.</source>
        <translation>Onam metnini kişiye okuyun ve kabul ederse kutuyu işaretleyin. Onam olmadan yeni kişi kaydedilemez.</translation>
    </message>
</context>
<context>
    <name>ParticipantPickModel</name>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Ad Soyad (Arapça)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Kayıt no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Zaten listede</translation>
    </message>
</context>
<context>
    <name>ParticipantPickerDialog</name>
    <message>
        <source>Choose participants</source>
        <translation>Katılımcı seçin</translation>
    </message>
    <message>
        <source>Type a name, phone or register number</source>
        <translation>Ad, telefon ya da kayıt no. yazın</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling or register them.</source>
        <translation>Kimse bulunamadı. Yazımı denetleyin ya da kişiyi kaydedin.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches; type more to narrow down.</source>
        <translation>İlk %1 sonuç gösteriliyor; daraltmak için daha fazla yazın.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n kişi bulundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Children's Assembly is for ages %1-%2: %3</source>
        <translation>Çocuk Meclisi %1-%2 yaş içindir: %3</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ad Soyad</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Ad Soyad (Arapça)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Kayıt no.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>(erased on request)</source>
        <translation>(talep üzerine silindi)</translation>
    </message>
    <message>
        <source>Estimated: only the year is known</source>
        <translation>Tahmini: yalnızca yıl biliniyor</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Search by name, phone or register number…</source>
        <translation>Ad, telefon ya da kayıt numarasıyla ara…</translation>
    </message>
    <message>
        <source>All genders</source>
        <translation>Tüm cinsiyetler</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation>Tüm uyruklar</translation>
    </message>
    <message>
        <source>Other nationalities</source>
        <translation>Diğer uyruklar</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Tüm yaşlar</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Yaş %1</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tüm birimler</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Yeni katılımcı</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete participant…</source>
        <translation>Katılımcıyı sil…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln katılımcı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sorted: the %Ln loaded row(s) only</source>
        <translation>
            <numerusform>sıralanan: yalnızca yüklenen %Ln satır</numerusform>
        </translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>%1 kaydı</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenlemesi</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Katılımcıyı sil</translation>
    </message>
    <message>
        <source>Delete %1? Their attendance will no longer be counted. You can undo this with Ctrl+Z until you close TTK Desktop.</source>
        <translation>%1 silinsin mi? Katılımları artık sayılmayacak. TTK Desktop'ı kapatana kadar Ctrl+Z ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 silme</translation>
    </message>
</context>
<context>
    <name>PersonalDataWarning</name>
    <message>
        <source>Personal data</source>
        <translation>Kişisel veri</translation>
    </message>
    <message>
        <source>%1 will be saved to %2.

The file will contain personal data of refugees: names, phone numbers and birth dates. Anyone who gets the file can read them. Store it only where unauthorised people cannot reach it, do not send it by e-mail or messaging apps, and delete it when it is no longer needed.

Save the file?</source>
        <translation>%1, %2 dosyasına kaydedilecek.

Dosya mültecilerin kişisel verilerini içerecek: adlar, telefon numaraları ve doğum tarihleri. Dosyayı ele geçiren herkes bunları okuyabilir. Dosyayı yalnızca yetkisiz kişilerin erişemeyeceği bir yerde saklayın, e-postayla veya mesajlaşma uygulamalarıyla göndermeyin ve artık gerekmediğinde silin.

Dosya kaydedilsin mi?</translation>
    </message>
</context>
<context>
    <name>PinnedKeyTableModel</name>
    <message>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Anahtar parmak izi</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Güvenilme tarihi</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file</source>
        <translation>Bu sayfaları PDF dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>The pages</source>
        <translation>Sayfalar</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print attendance sheet</source>
        <translation>Yoklama listesini yazdır</translation>
    </message>
    <message>
        <source>Print group roster</source>
        <translation>Grup üye listesini yazdır</translation>
    </message>
    <message>
        <source>Print registration form</source>
        <translation>Kayıt formunu yazdır</translation>
    </message>
    <message>
        <source>Print the week's attendance sheets</source>
        <translation>Haftanın yoklama listelerini yazdır</translation>
    </message>
    <message>
        <source>Any day of the week whose sessions to print</source>
        <translation>Oturumları yazdırılacak haftanın herhangi bir günü</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Hafta:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefon numaraları</translation>
    </message>
    <message>
        <source>Birth dates</source>
        <translation>Doğum tarihleri</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Uyruklar</translation>
    </message>
    <message>
        <source>Only for this print; off protects people's data</source>
        <translation>Yalnızca bu çıktı için; kapalı olması kişilerin verilerini korur</translation>
    </message>
    <message>
        <source>Also show:</source>
        <translation>Ayrıca göster:</translation>
    </message>
    <message>
        <source>Leave all rows empty</source>
        <translation>Tüm satırları boş bırak</translation>
    </message>
    <message>
        <source>Empty rows for walk-ins:</source>
        <translation>Kayıtsız gelenler için boş satır:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kâğıt:</translation>
    </message>
    <message>
        <source>Printed languages:</source>
        <translation>Yazdırılacak diller:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Önizleme…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Yazdırılacak bir şey yok.</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is switched on and connected, then try again.</source>
        <translation>Yazıcı kullanılamıyor. Açık ve bağlı olduğunu denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>There are no sessions from {start} to {end}: nothing to print.</source>
        <translation>{start} – {end} arasında oturum yok: yazdırılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Empty rows for walk-ins must be a number from 0 to {max}, not {rows}.</source>
        <translation>Kayıtsız gelenler için boş satır sayısı 0 ile {max} arasında olmalı; {rows} olamaz.</translation>
    </message>
    <message>
        <source>Cannot write {path}. Check that the folder exists and the file is not open in another program, then try again.</source>
        <translation>Yazılamadı: {path}. Klasörün var olduğunu ve dosyanın başka bir programda açık olmadığını denetleyip yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Backups made before the erasure still hold the old values: {rotating} automatic (they leave the rotation within {weeks} weeks) and {kept} made by hand or before a restore (kept until an administrator deletes them; File &gt; Backups).</source>
        <translation>Silmeden önce alınan yedekler eski değerleri hâlâ içeriyor: {rotating} otomatik yedek ({weeks} hafta içinde sıradan çıkar) ve elle ya da geri yüklemeden önce alınmış {kept} yedek (bir yönetici silene kadar kalır; Dosya &gt; Yedekler).</translation>
    </message>
    <message>
        <source>No participant has the id {uuid}.</source>
        <translation>{uuid} kimlikli bir katılımcı yok.</translation>
    </message>
    <message>
        <source>Participant #{id} does not exist.</source>
        <translation>#{id} numaralı katılımcı yok.</translation>
    </message>
    <message>
        <source>The retention period must be at least 1 year, not {n}.</source>
        <translation>Saklama süresi en az 1 yıl olmalı, {n} olamaz.</translation>
    </message>
    <message>
        <source>Unknown language "{language}". Use tr, en or ar.</source>
        <translation>Bilinmeyen dil "{language}". tr, en veya ar kullanın.</translation>
    </message>
    <message>
        <source>Unknown file format "{format}". Write a .xlsx or a .pdf file.</source>
        <translation>Bilinmeyen dosya biçimi "{format}". Bir .xlsx veya .pdf dosyası yazın.</translation>
    </message>
    <message>
        <source>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</source>
        <translation>{path} yazılamıyor. Klasörün var olduğunu, oraya yazma izniniz olduğunu ve dosyanın başka bir programda açık olmadığını denetleyip yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export everything about this person…</source>
        <translation>Bu kişiyle ilgili her şeyi dışa aktar…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Talep üzerine sil…</translation>
    </message>
    <message>
        <source>Anonymise inactive participants…</source>
        <translation>Etkin olmayan katılımcıları anonimleştir…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Kişisel veriler</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Talep üzerine silindi</translation>
    </message>
    <message>
        <source>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</source>
        <translation>Bu kişi talep üzerine silindi. Kayıt yalnızca istatistikler için tutuluyor ve artık değiştirilemez.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save everything about this person</source>
        <translation>Bu kişiyle ilgili her şeyi kaydet</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Bu kişiyle ilgili her şeyi dışa aktar</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 konumuna kaydedildi.</translation>
    </message>
    <message>
        <source>Everything about %1</source>
        <translation>%1 ile ilgili her şey</translation>
    </message>
    <message>
        <source>Erase %1 on request?

Removed: first and last name (Latin and Arabic), phone, notes, register number and disability answer; the birth date is reduced to the year. The values are also removed from the audit log, which keeps only who changed the record and when.

Kept: gender, nationality, office, consent, groups and attendance, so past statistics stay exactly the same.

This cannot be undone. The erasure reaches headquarters with the next data file. Other records confirmed to be the same person are erased too.</source>
        <translation>%1 talep üzerine silinsin mi?

Silinecekler: ad ve soyad (Latin ve Arap harfleriyle), telefon, notlar, kayıt numarası ve engellilik yanıtı; doğum tarihi yalnızca yıla indirilir. Bu değerler denetim kaydından da silinir; denetim kaydında yalnızca kaydı kimin ne zaman değiştirdiği kalır.

Kalacaklar: cinsiyet, uyruk, ofis, onay, gruplar ve yoklama; böylece geçmiş istatistikler tamamen aynı kalır.

Bu işlem geri alınamaz. Silme işlemi bir sonraki veri dosyasıyla genel merkeze ulaşır. Aynı kişi olduğu onaylanmış diğer kayıtlar da silinir.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Talep üzerine silme</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 silindi.</translation>
    </message>
    <message>
        <source>Anonymising inactive participants…</source>
        <translation>Etkin olmayan katılımcılar anonimleştiriliyor…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Anonymise inactive participants</source>
        <translation>Etkin olmayan katılımcıları anonimleştir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) anonymised.</source>
        <translation>
            <numerusform>%Ln kişi anonimleştirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>The database is now encrypted. From now on TTK Desktop asks for a password; %1 is its administrator.</source>
        <translation>Veritabanı artık şifreli. TTK Desktop bundan sonra parola soracak; yöneticisi %1.</translation>
    </message>
    <message>
        <source>An unencrypted copy (%1) was kept during the conversion and deleted once the encrypted database was checked against it.</source>
        <translation>Dönüştürme sırasında şifresiz bir kopya (%1) tutuldu; şifreli veritabanı onunla karşılaştırılıp doğrulandıktan sonra silindi.</translation>
    </message>
    <message>
        <source>The unencrypted copy %1 could not be deleted. It holds everyone's data readable: delete it yourself.</source>
        <translation>Şifresiz kopya %1 silinemedi. Herkesin verisini okunabilir biçimde içeriyor: kendiniz silin.</translation>
    </message>
    <message numerus="yes">
        <source>%n older unencrypted backup copy(ies) were deleted too.</source>
        <translation>
            <numerusform>Şifresiz %n eski yedek kopya da silindi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protect this database</source>
        <translation>Bu veritabanını koru</translation>
    </message>
    <message>
        <source>This database is not protected: anyone who copies the file %1 can read every participant's name, phone number and birth date with any SQLite program.

Create the administrator account now. The database is then encrypted and TTK Desktop asks for a password at every start. A copy is kept while the file is converted and deleted once the encrypted database is verified.</source>
        <translation>Bu veritabanı korumasız: %1 dosyasını kopyalayan herkes, herhangi bir SQLite programıyla tüm katılımcıların adını, telefon numarasını ve doğum tarihini okuyabilir.

Yönetici hesabını şimdi oluşturun. Ardından veritabanı şifrelenir ve TTK Desktop her açılışta parola sorar. Dosya dönüştürülürken bir kopya tutulur ve şifreli veritabanı doğrulanınca silinir.</translation>
    </message>
    <message>
        <source>Protect now</source>
        <translation>Şimdi koru</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Encrypting the database… Do not switch the computer off.</source>
        <translation>Veritabanı şifreleniyor… Bilgisayarı kapatmayın.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The PDF and the chart images need the graphical part of Qt.</source>
        <translation>PDF ve grafik görüntüleri için Qt'nin grafik bileşeni gerekir.</translation>
    </message>
    <message>
        <source>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</source>
        <translation>{path} yazılamıyor. Klasörün var olduğunu, oraya yazma izniniz olduğunu ve dosyanın başka bir programda açık olmadığını denetleyip yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Anonymise inactive participants</source>
        <translation>Etkin olmayan katılımcıları anonimleştir</translation>
    </message>
    <message>
        <source>People who have had no attendance and whose records have not changed for the chosen number of years are anonymised like an erasure on request: names, phone, notes, register number and disability answer are removed, only the year of birth is shown; gender, nationality, groups and attendance are kept, so past statistics stay the same. This cannot be undone.</source>
        <translation>Seçilen yıl sayısı boyunca hiç katılımı olmayan ve kaydı değişmeyen kişiler, talep üzerine silmedeki gibi anonimleştirilir: adlar, telefon, notlar, kayıt numarası ve engellilik yanıtı silinir, doğum tarihinin yalnızca yılı gösterilir; cinsiyet, uyruk, gruplar ve yoklama kalır, böylece geçmiş istatistikler değişmez. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> yıl</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimleştir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Inactive for:</source>
        <translation>Etkin olmadığı süre:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) had no attendance and no change for %1 years.</source>
        <translation>
            <numerusform>%Ln kişinin %1 yıldır hiç katılımı ve kaydında hiç değişikliği yok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln person(s) inactive for %1 years? Their names, phone numbers, notes, register numbers and disability answers are removed for good; gender, nationality, groups and attendance are kept. This cannot be undone.</source>
        <translation>
            <numerusform>%1 yıldır etkin olmayan %Ln kişi anonimleştirilsin mi? Adları, telefon numaraları, notları, kayıt numaraları ve engellilik yanıtları kalıcı olarak silinir; cinsiyet, uyruk, gruplar ve yoklama kalır. Bu işlem geri alınamaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator</source>
        <translation>yönetici</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personel</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>izleyici</translation>
    </message>
    <message>
        <source>view the statistics</source>
        <translation>istatistikleri görmek</translation>
    </message>
    <message>
        <source>view the lists</source>
        <translation>listeleri görmek</translation>
    </message>
    <message>
        <source>change any data</source>
        <translation>veri değiştirmek</translation>
    </message>
    <message>
        <source>see phone numbers and birth dates</source>
        <translation>telefon numaralarını ve doğum tarihlerini görmek</translation>
    </message>
    <message>
        <source>register or change participants</source>
        <translation>katılımcı kaydetmek ya da değiştirmek</translation>
    </message>
    <message>
        <source>create or change groups</source>
        <translation>grup oluşturmak ya da değiştirmek</translation>
    </message>
    <message>
        <source>create or change sessions</source>
        <translation>oturum oluşturmak ya da değiştirmek</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>katılım işlemek</translation>
    </message>
    <message>
        <source>print sheets with personal data</source>
        <translation>kişisel veri içeren listeler yazdırmak</translation>
    </message>
    <message>
        <source>import workbooks</source>
        <translation>çalışma kitabı aktarmak</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>kişisel verileri dışa aktarmak</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>yedek almak</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>hesapları yönetmek</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>ayarları değiştirmek</translation>
    </message>
    <message>
        <source>delete records</source>
        <translation>kayıt silmek</translation>
    </message>
    <message>
        <source>merge office data files</source>
        <translation>ofis veri dosyalarını birleştirmek</translation>
    </message>
    <message>
        <source>manage keys</source>
        <translation>anahtarları yönetmek</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>yedekten geri yüklemek</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>denetim kaydını okumak</translation>
    </message>
    <message>
        <source>erase or anonymise participants</source>
        <translation>katılımcıları silmek ya da anonimleştirmek</translation>
    </message>
    <message>
        <source>decide about duplicate people</source>
        <translation>mükerrer kişiler hakkında karar vermek</translation>
    </message>
    <message>
        <source>Refused: the account {name} ({role}) may not {action}.</source>
        <translation>Reddedildi: {name} hesabı ({role}) şu işlemi yapamaz: {action}.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>The account name is required.</source>
        <translation>Hesap adı gereklidir.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Şu anki parola yanlış.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator first (ttk setup --admin NAME, or start the app).</source>
        <translation>Bu veritabanının henüz hesabı yok. Önce yöneticisini oluşturun (ttk setup --admin AD ya da uygulamayı başlatın).</translation>
    </message>
    <message>
        <source>The account name or the password is wrong.</source>
        <translation>Hesap adı ya da parola yanlış.</translation>
    </message>
    <message>
        <source>There is a database at {path} already; it was left as it was.</source>
        <translation>{path} konumunda zaten bir veritabanı var; olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>The account {name} is not an active account of {file}.</source>
        <translation>{name} hesabı {file} dosyasında etkin bir hesap değil.</translation>
    </message>
    <message>
        <source>An account name has at most {n} printable characters and no colon.</source>
        <translation>Hesap adı en fazla {n} yazdırılabilir karakterden oluşur ve iki nokta içermez.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>Parola en az {n} karakter olmalıdır.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>{name} adında bir hesap yok.</translation>
    </message>
    <message>
        <source>An account named {name} exists.</source>
        <translation>{name} adında bir hesap zaten var.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator and cannot be disabled. Add another administrator first.</source>
        <translation>{name} son etkin yönetici olduğu için devre dışı bırakılamaz. Önce başka bir yönetici ekleyin.</translation>
    </message>
    <message>
        <source>{path} is already protected by accounts.</source>
        <translation>{path} zaten hesaplarla korunuyor.</translation>
    </message>
    <message>
        <source>The encrypted copy of {path} did not match the original; nothing was changed.</source>
        <translation>{path} dosyasının şifreli kopyası aslıyla eşleşmedi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Encrypting {path} failed ({error}). The database was left as it was.</source>
        <translation>{path} şifrelenemedi ({error}). Veritabanı olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>The idle lock is 0 (never) to {max} minutes.</source>
        <translation>Boşta kilitlenme süresi 0 (hiçbir zaman) ile {max} dakika arasındadır.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. The database cannot be opened without it: copy it back from the backup folder (it is saved beside every backup).</source>
        <translation>Anahtar dosyası {path} eksik. Veritabanı onsuz açılamaz: yedek klasöründen geri kopyalayın (her yedeğin yanında saklanır).</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or not a TTK Desktop key file. Copy it back from the backup folder (it is saved beside every backup).</source>
        <translation>Anahtar dosyası {path} bozuk ya da bir TTK Desktop anahtar dosyası değil. Yedek klasöründen geri kopyalayın (her yedeğin yanında saklanır).</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {name}. Try again in {seconds} seconds.</source>
        <translation>{name} için çok fazla yanlış parola girildi. {seconds} saniye sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The account name or the password is wrong. After {n} wrong passwords {name} must wait {seconds} seconds before the next try.</source>
        <translation>Hesap adı ya da parola yanlış. {n} yanlış paroladan sonra {name} bir sonraki deneme için {seconds} saniye beklemelidir.</translation>
    </message>
    <message>
        <source>The account {name} is disabled.</source>
        <translation>{name} hesabı devre dışı.</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Hesaplar…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Parolamı &amp;değiştir…</translation>
    </message>
    <message>
        <source>Audit lo&amp;g…</source>
        <translation>&amp;Denetim kaydı…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Şimdi &amp;kilitle</translation>
    </message>
    <message>
        <source>Database protected</source>
        <translation>Veritabanı korundu</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>New database</source>
        <translation>Yeni veritabanı</translation>
    </message>
    <message>
        <source>Import of the sample workbook</source>
        <translation>Örnek çalışma kitabının aktarımı</translation>
    </message>
    <message>
        <source>Statistics of the sample</source>
        <translation>Örneğin istatistikleri</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ana pencere</translation>
    </message>
    <message>
        <source>Attendance sheet to PDF</source>
        <translation>Yoklama listesi PDF'ye</translation>
    </message>
    <message>
        <source>Office data file export and merge</source>
        <translation>Ofis veri dosyası dışa aktarma ve birleştirme</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Şifreli veritabanı</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Kendi kendini sınama</translation>
    </message>
    <message>
        <source>Self-test office</source>
        <translation>Sınama ofisi</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Sınama başarılı.</translation>
    </message>
    <message>
        <source>Self-test FAILED.</source>
        <translation>Sınama BAŞARISIZ.</translation>
    </message>
    <message>
        <source>All %1 checks passed: this installation works.</source>
        <translation>%1 denetimin hepsi başarılı: bu kurulum çalışıyor.</translation>
    </message>
    <message>
        <source>%2 of %1 checks failed. Send this report to your IT contact.</source>
        <translation>%1 denetimden %2 tanesi başarısız. Bu raporu bilgi işlem sorumlunuza gönderin.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>HATA</translation>
    </message>
    <message>
        <source>No PDF was written.</source>
        <translation>PDF yazılmadı.</translation>
    </message>
    <message>
        <source>The database file is not encrypted.</source>
        <translation>Veritabanı dosyası şifreli değil.</translation>
    </message>
    <message>
        <source>Plain SQLite could read the encrypted file.</source>
        <translation>Şifresiz SQLite şifreli dosyayı okuyabildi.</translation>
    </message>
    <message>
        <source>The encrypted database lost records.</source>
        <translation>Şifreli veritabanı kayıt kaybetti.</translation>
    </message>
    <message>
        <source>%1 people written and read back; the file shows none of them</source>
        <translation>%1 kişi yazıldı ve geri okundu; dosyada hiçbiri görünmüyor</translation>
    </message>
    <message>
        <source>Skipped: the database could not be created.</source>
        <translation>Atlandı: veritabanı oluşturulamadı.</translation>
    </message>
    <message>
        <source>The participants list did not fill in time.</source>
        <translation>Katılımcı listesi zamanında dolmadı.</translation>
    </message>
    <message>
        <source>The window could not be painted.</source>
        <translation>Pencere çizilemedi.</translation>
    </message>
    <message>
        <source>The sample workbook %1 is missing.</source>
        <translation>Örnek çalışma kitabı %1 eksik.</translation>
    </message>
    <message>
        <source>Wrong figures: %1</source>
        <translation>Yanlış rakamlar: %1</translation>
    </message>
    <message>
        <source>pages: %1, bytes: %2</source>
        <translation>sayfa: %1, bayt: %2</translation>
    </message>
    <message>
        <source>%1 records merged from a %2-byte file</source>
        <translation>%2 baytlık dosyadan %1 kayıt birleştirildi</translation>
    </message>
    <message>
        <source>%1 sessions, %2 participations, %3 people, as expected</source>
        <translation>%1 oturum, %2 katılım, %3 kişi, beklendiği gibi</translation>
    </message>
    <message>
        <source>The list shows %1 people instead of %2.</source>
        <translation>Liste %2 yerine %1 kişi gösteriyor.</translation>
    </message>
    <message>
        <source>%1 tabs, %2 people listed, painted at %3×%4</source>
        <translation>%1 sekme, %2 kişi listelendi, %3×%4 boyutunda çizildi</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Group number {id} is already used by another group of this office.</source>
        <translation>{id} grup numarası bu birimde başka bir gruba ait.</translation>
    </message>
    <message>
        <source>Session number {id} is already used by another session of this office.</source>
        <translation>{id} oturum numarası bu birimde başka bir oturuma ait.</translation>
    </message>
    <message>
        <source>This database has no office yet. Set the office up first (ttk setup).</source>
        <translation>Bu veritabanında henüz birim yok. Önce birimi tanımlayın (ttk setup).</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Birim adı zorunludur.</translation>
    </message>
    <message>
        <source>{what} #{id} does not exist.</source>
        <translation>{what} #{id} bulunamadı.</translation>
    </message>
    <message>
        <source>Unknown office "{code}".</source>
        <translation>Bilinmeyen birim "{code}".</translation>
    </message>
    <message>
        <source>No group has the id or UUID "{key}".</source>
        <translation>Kimliği ya da UUID'si "{key}" olan grup yok.</translation>
    </message>
    <message>
        <source>The office code "{code}" should be 2-32 letters, digits, - or _.</source>
        <translation>Birim kodu "{code}" 2-32 karakterli olmalı; harf, rakam, - ya da _ içerebilir.</translation>
    </message>
    <message>
        <source>Register number {id} is already used by another participant of this office.</source>
        <translation>{id} kayıt numarası bu birimde başka bir katılımcıya ait.</translation>
    </message>
    <message>
        <source>Session #{id} does not exist.</source>
        <translation>#{id} numaralı oturum bulunamadı.</translation>
    </message>
    <message>
        <source>No session has the id or UUID "{key}".</source>
        <translation>Kimliği ya da UUID'si "{key}" olan oturum yok.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</source>
        <translation>Bu kişinin verileri talep üzerine silindi. Kayıt yalnızca istatistikler için tutuluyor ve artık değiştirilemez.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session of %1</source>
        <translation>%1 için yeni oturum</translation>
    </message>
    <message>
        <source>Edit session of %1</source>
        <translation>%1 oturumunu düzenle</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Saat:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Konu:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Yer:</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Katılan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>The new language is used after you restart TTK Desktop.</source>
        <translation>Yeni dil, TTK Desktop yeniden başlatıldıktan sonra kullanılır.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Veritabanı dosyası</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Yazdırma</translation>
    </message>
    <message>
        <source>The office's defaults for printed sheets and forms, kept in the database. Each print can still change the paper, the empty rows and the languages.</source>
        <translation>Birimin basılı listeler ve formlar için varsayılanları; veritabanında saklanır. Her yazdırmada kâğıt, boş satırlar ve diller yine değiştirilebilir.</translation>
    </message>
    <message>
        <source>Association name</source>
        <translation>Dernek adı</translation>
    </message>
    <message>
        <source>Association name in Arabic</source>
        <translation>Dernek adı (Arapça)</translation>
    </message>
    <message>
        <source>Protection unit name</source>
        <translation>Koruma birimi adı</translation>
    </message>
    <message>
        <source>Protection unit name in Arabic</source>
        <translation>Koruma birimi adı (Arapça)</translation>
    </message>
    <message>
        <source>Empty rows for walk-ins</source>
        <translation>Kayıtsız gelenler için boş satır</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kâğıt</translation>
    </message>
    <message>
        <source>Printed languages</source>
        <translation>Yazdırılacak diller</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to TTK Desktop</source>
        <translation>TTK Desktop'a hoş geldiniz</translation>
    </message>
    <message>
        <source>This computer keeps the register of one office. Enter the office's short code (for example IST or GAZ) and its name. You can change the language later in Settings.</source>
        <translation>Bu bilgisayar tek bir birimin kayıtlarını tutar. Birimin kısa kodunu (örneğin IST ya da GAZ) ve adını girin. Dili daha sonra Ayarlar'dan değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Birim kodu</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Birim adı</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>e.g. IST</source>
        <translation>örn. IST</translation>
    </message>
    <message>
        <source>e.g. İstanbul Community Centre</source>
        <translation>örn. İstanbul Toplum Merkezi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>The administrator manages the accounts and the settings. The database is encrypted: without a password nobody can read it, so keep the password safe.</source>
        <translation>Yönetici hesapları ve ayarları yönetir. Veritabanı şifrelidir: parola olmadan kimse okuyamaz, bu yüzden parolayı güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>Veritabanı hazırlanıyor…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Şifreli veritabanı oluşturuluyor…</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Birim adı zorunludur.</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Veritabanı dosyası: %1</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Office: %1</source>
        <translation>Ofis: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Son değişiklik: %1</translation>
    </message>
    <message>
        <source>Not a member of any group</source>
        <translation>Hiçbir grubun üyesi değil</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruplar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %Ln session(s)</source>
        <translation>
            <numerusform>Katılım: %Ln oturum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>"other" cannot be a featured nationality: it is the bucket of all the rest.</source>
        <translation>"diğer" ayrıca gösterilen bir uyruk olamaz: geri kalan tüm uyrukları kapsar.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after its end on {end}. Choose a start date on or before the end date.</source>
        <translation>Dönem {start} tarihinde başlıyor, yani {end} bitiş tarihinden sonra. Bitiş tarihinden önce ya da aynı gün bir başlangıç tarihi seçin.</translation>
    </message>
    <message>
        <source>Unknown age method "{method}". Use "first" or "each".</source>
        <translation>Bilinmeyen yaş yöntemi "{method}". "first" ya da "each" kullanın.</translation>
    </message>
    <message>
        <source>Unknown group type "{type}". Use one of: {types}.</source>
        <translation>Bilinmeyen grup türü "{type}". Şunlardan birini kullanın: {types}.</translation>
    </message>
    <message>
        <source>Unknown office "{code}". Choose an office from the list.</source>
        <translation>Bilinmeyen birim "{code}". Listeden bir birim seçin.</translation>
    </message>
    <message>
        <source>Group #{id} does not exist.</source>
        <translation>#{id} numaralı grup bulunamadı.</translation>
    </message>
    <message>
        <source>Age method: {method}.</source>
        <translation>Yaş yöntemi: {method}.</translation>
    </message>
    <message>
        <source>Period: {start} to {end} (both included).</source>
        <translation>Dönem: {start} – {end} (her iki gün dahil).</translation>
    </message>
    <message>
        <source>Filters: {filters}.</source>
        <translation>Filtreler: {filters}.</translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation>birim {code}</translation>
    </message>
    <message>
        <source>group type {type}</source>
        <translation>grup türü {type}</translation>
    </message>
    <message>
        <source>group "{name}" (#{id})</source>
        <translation>"{name}" grubu (#{id})</translation>
    </message>
    <message>
        <source>Age method: first — each person counted once, in the age group of their first attendance in the period.</source>
        <translation>Yaş yöntemi: ilk — her kişi bir kez, dönemdeki ilk katılımındaki yaş grubunda sayılır.</translation>
    </message>
    <message>
        <source>Age method: each — a person is counted in every age group they attended in; percentages are of the sum of the group counts (as published).</source>
        <translation>Yaş yöntemi: her biri — kişi, katıldığı her yaş grubunda sayılır; yüzdeler grup sayılarının toplamına göredir (yayımlandığı gibi).</translation>
    </message>
    <message>
        <source>Filters: none (all offices and groups).</source>
        <translation>Filtreler: yok (tüm birimler ve gruplar).</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>Doğum tarihi bilinmiyor</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>TTK unit statistics</source>
        <translation>TTK birimi istatistikleri</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Katılımlar</translation>
    </message>
    <message>
        <source>Distinct participants</source>
        <translation>Farklı katılımcılar</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Yaş grubu</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>UNHCR age group</source>
        <translation>BMMYK yaş grubu</translation>
    </message>
    <message>
        <source>Gender / age group</source>
        <translation>Cinsiyet / yaş grubu</translation>
    </message>
    <message>
        <source>Nationality / gender</source>
        <translation>Uyruk / cinsiyet</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Özel dönem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tüm birimler</translation>
    </message>
    <message>
        <source>All group types</source>
        <translation>Tüm grup türleri</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tüm gruplar</translation>
    </message>
    <message>
        <source>Age at first attendance</source>
        <translation>İlk katılımdaki yaş</translation>
    </message>
    <message>
        <source>Every age group attended</source>
        <translation>Katıldığı her yaş grubu</translation>
    </message>
    <message>
        <source>Age method</source>
        <translation>Yaş yöntemi</translation>
    </message>
    <message>
        <source>UNHCR age brackets</source>
        <translation>BMMYK yaş grupları</translation>
    </message>
    <message>
        <source>Show the age chart as %1</source>
        <translation>Yaş grafiğini %1 olarak göster</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Raporu dışa aktar</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel çalışma kitabı…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF raporu…</translation>
    </message>
    <message>
        <source>Chart images (PNG)…</source>
        <translation>Grafik görüntüleri (PNG)…</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV dosyası…</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapor dili</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Yıl:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>istatistikler</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rapor yazılıyor…</translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation>Grafik görüntüleri için klasör</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV dosyası (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Yazıldı: %1</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>Export everything about this person</source>
        <translation>Bu kişiyle ilgili her şeyi dışa aktar</translation>
    </message>
    <message>
        <source>Everything the database holds about %1: the registration, groups, sessions attended, decisions about their records and the changes made to them. Choose the format and the language the person reads.</source>
        <translation>Veritabanının %1 hakkında tuttuğu her şey: kayıt bilgileri, gruplar, katıldığı oturumlar, kayıtlarıyla ilgili kararlar ve bunlarda yapılan değişiklikler. Biçimi ve kişinin okuduğu dili seçin.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel çalışma kitabı (.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF belgesi (.pdf)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Belgenin dili:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The office's own register number of the person (e.g. P0012). Unique within the office; importing the same id again updates that person.</source>
        <translation>Kişinin birimdeki kayıt numarası (örn. P0012). Birim içinde benzersizdir; aynı kimliği yeniden içe aktarmak o kişiyi günceller.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Ad.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Soyad.</translation>
    </message>
    <message>
        <source>female, male, other or not stated; Turkish (Kadın/Erkek, K/E) and Arabic words are understood. Empty: not stated.</source>
        <translation>female, male, other ya da not stated; Türkçe (Kadın/Erkek, K/E) ve Arapça sözcükler de anlaşılır. Boş: belirtilmedi.</translation>
    </message>
    <message>
        <source>An Excel date or day.month.year (31.12.1985). If only the year is known, write the year alone (1985): it is kept as an estimated birth date.</source>
        <translation>Excel tarihi ya da gün.ay.yıl (31.12.1985). Yalnızca yıl biliniyorsa yılı tek başına yazın (1985): tahmini doğum tarihi olarak saklanır.</translation>
    </message>
    <message>
        <source>Country name in Turkish, English or Arabic (Suriye, Syria), a code (SY, SYR), stateless or unknown. Empty: unknown.</source>
        <translation>Türkçe, İngilizce ya da Arapça ülke adı (Suriye, Syria), bir kod (SY, SYR), vatansız ya da bilinmiyor. Boş: bilinmiyor.</translation>
    </message>
    <message>
        <source>Phone number: 7 to 15 digits; spaces, +, - and brackets allowed.</source>
        <translation>Telefon numarası: 7 ile 15 rakam; boşluk, +, - ve parantez kullanılabilir.</translation>
    </message>
    <message>
        <source>Office code (e.g. IST). Empty: this database's office. A code the database does not know yet creates that office.</source>
        <translation>Birim kodu (örn. IST). Boş: bu veritabanının birimi. Veritabanının henüz tanımadığı bir kod o birimi oluşturur.</translation>
    </message>
    <message>
        <source>First name in Arabic script (optional).</source>
        <translation>Arap harfleriyle ad (isteğe bağlı).</translation>
    </message>
    <message>
        <source>Last name in Arabic script (optional).</source>
        <translation>Arap harfleriyle soyad (isteğe bağlı).</translation>
    </message>
    <message>
        <source>The office's own number of the group or activity (e.g. G03).</source>
        <translation>Grubun ya da etkinliğin birimdeki numarası (örn. G03).</translation>
    </message>
    <message>
        <source>Refugee Assembly, Children's Assembly, Solidarity Group, Information Session, Awareness Activity, Needs Analysis, Focus Group Discussion or Stakeholder Meeting (Turkish names such as Mülteciler Meclisi are understood).</source>
        <translation>Mülteciler Meclisi, Çocuk Meclisi, Dayanışma Grubu, Bilgilendirme Oturumu, Farkındalık Çalışması, İhtiyaç Analizi, Odak Grup Görüşmesi ya da Paydaş Buluşması (İngilizce adlar da anlaşılır).</translation>
    </message>
    <message>
        <source>Name of the group.</source>
        <translation>Grubun adı.</translation>
    </message>
    <message>
        <source>Office code; empty: this database's office.</source>
        <translation>Birim kodu; boş: bu veritabanının birimi.</translation>
    </message>
    <message>
        <source>The office's own number of the meeting (e.g. S0101).</source>
        <translation>Toplantının birimdeki numarası (örn. S0101).</translation>
    </message>
    <message>
        <source>The group that met: a group_id from the Groups sheet or one imported before.</source>
        <translation>Toplanan grup: Gruplar sayfasındaki ya da daha önce içe aktarılmış bir group_id.</translation>
    </message>
    <message>
        <source>Date of the meeting: an Excel date or day.month.year.</source>
        <translation>Toplantı tarihi: Excel tarihi ya da gün.ay.yıl.</translation>
    </message>
    <message>
        <source>Topic of the meeting.</source>
        <translation>Toplantının konusu.</translation>
    </message>
    <message>
        <source>A session_id from the Sessions sheet or one imported before.</source>
        <translation>Oturumlar sayfasındaki ya da daha önce içe aktarılmış bir session_id.</translation>
    </message>
    <message>
        <source>A participant_id from the Participants sheet or one imported before. One row per person present. Someone not yet in the session's group becomes a member.</source>
        <translation>Katılımcılar sayfasındaki ya da daha önce içe aktarılmış bir participant_id. Katılan her kişi için bir satır. Oturumun grubunda henüz olmayan kişi gruba üye olur.</translation>
    </message>
    <message>
        <source>Fill in the sheets you need; a file may hold only some of them. Row 1 holds the column names; each further row is one record. Empty rows are skipped.</source>
        <translation>Gereken sayfaları doldurun; bir dosyada bunların yalnızca bazıları olabilir. 1. satırda sütun adları bulunur; sonraki her satır bir kayıttır. Boş satırlar atlanır.</translation>
    </message>
    <message>
        <source>Columns may be in any order and named in Turkish (Ad, Soyad, Cinsiyet, Doğum Tarihi, Uyruk, Telefon ...); sheets may be named Katılımcılar, Gruplar, Oturumlar, Katılım. Other sheets, like this one, are ignored.</source>
        <translation>Sütunlar herhangi bir sırada olabilir ve Türkçe adlandırılabilir (Ad, Soyad, Cinsiyet, Doğum Tarihi, Uyruk, Telefon ...); sayfaların adı Katılımcılar, Gruplar, Oturumlar, Katılım olabilir. Bunun gibi diğer sayfalar dikkate alınmaz.</translation>
    </message>
    <message>
        <source>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its sheet, row and column. Correct them and import the file again.</source>
        <translation>Ya hep ya hiç: herhangi bir satırda sorun varsa hiçbir şey içe aktarılmaz ve her sorun sayfası, satırı ve sütunuyla listelenir. Sorunları düzeltip dosyayı yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>Importing the same file twice changes nothing. A corrected file updates the records it names and deletes nothing; a deleted record named again is restored. A column left out keeps what is stored; an empty cell in a column that is there clears it.</source>
        <translation>Aynı dosyayı iki kez içe aktarmak hiçbir şeyi değiştirmez. Düzeltilmiş bir dosya, içindeki kayıtları günceller ve hiçbir şey silmez; silinmiş bir kayıt yeniden yer alırsa geri getirilir. Dosyada olmayan bir sütun kayıtlı değeri korur; var olan bir sütundaki boş hücre değeri siler.</translation>
    </message>
    <message>
        <source>Also understood: disability (yes/no) on Participants; facilitator, start_date, end_date, description on Groups; place, start_time (HH:MM) and office on Sessions.</source>
        <translation>Ayrıca anlaşılanlar: Katılımcılar sayfasında disability (evet/hayır); Gruplar sayfasında facilitator, start_date, end_date, description; Oturumlar sayfasında place, start_time (SS:DD) ve office.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>How to fill in this workbook</source>
        <translation>Bu çalışma kitabı nasıl doldurulur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Ne yazılmalı</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>Ad (Arapça)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>Soyad (Arapça)</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Kayıt numarası</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Kolaylaştırıcı</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>First name is required.</source>
        <translation>Ad zorunludur.</translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation>Soyad zorunludur.</translation>
    </message>
    <message>
        <source>An estimated birth date is stored as 1 January of its year.</source>
        <translation>Tahmini doğum tarihi, o yılın 1 Ocak günü olarak kaydedilir.</translation>
    </message>
    <message>
        <source>Give the date consent was given.</source>
        <translation>Onamın alındığı tarihi girin.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>Onam tarihi ileri bir tarih.</translation>
    </message>
    <message>
        <source>The group name is required.</source>
        <translation>Grup adı zorunludur.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Bitiş tarihi başlangıç tarihinden önce.</translation>
    </message>
    <message>
        <source>The session date is required.</source>
        <translation>Oturum tarihi zorunludur.</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>Oturum başlamadan bitiyor.</translation>
    </message>
    <message>
        <source>Unknown gender "{value}".</source>
        <translation>Bilinmeyen cinsiyet "{value}".</translation>
    </message>
    <message>
        <source>Unknown nationality "{value}".</source>
        <translation>Bilinmeyen uyruk "{value}".</translation>
    </message>
    <message>
        <source>The phone number {phone} should have 7 to 15 digits (spaces, +, - and brackets allowed).</source>
        <translation>{phone} telefon numarası 7 ile 15 arasında rakam içermeli (boşluk, +, - ve parantez kullanılabilir).</translation>
    </message>
    <message>
        <source>Unknown disability status "{value}".</source>
        <translation>Bilinmeyen engellilik durumu "{value}".</translation>
    </message>
    <message>
        <source>Unknown group type "{value}".</source>
        <translation>Bilinmeyen grup türü "{value}".</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>{date} doğum tarihi ileri bir tarih.</translation>
    </message>
    <message>
        <source>The field "{field}" holds a character that cannot be seen or that changes how the text reads: {character} at position {position} of "{value}". Delete it (type the text again) and try again.</source>
        <translation>"{field}" alanında görünmeyen ya da metnin okunuşunu değiştiren bir karakter var: "{value}" metninin {position}. konumunda {character}. Bu karakteri silin (metni yeniden yazın) ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>{person} was born on {birth}, after the session of {day}, so cannot have attended it. Correct the birth date or the session date first.</source>
        <translation>{person} {birth} tarihinde, {day} tarihli oturumdan sonra doğmuş; bu oturuma katılmış olamaz. Önce doğum tarihini ya da oturum tarihini düzeltin.</translation>
    </message>
    <message>
        <source>{person} was born in {year}, after the session of {day}, so cannot have attended it. Correct the birth year or the session date first.</source>
        <translation>{person} {year} yılında, {day} tarihli oturumdan sonra doğmuş; bu oturuma katılmış olamaz. Önce doğum yılını ya da oturum tarihini düzeltin.</translation>
    </message>
    <message>
        <source>{value} is not a time; write it as HH:MM.</source>
        <translation>{value} bir saat değil; SS:DD biçiminde yazın.</translation>
    </message>
    <message>
        <source>A name can be at most {n} characters long.</source>
        <translation>Bir ad en fazla {n} karakter olabilir.</translation>
    </message>
    <message>
        <source>The birth date {date} is before {year}.</source>
        <translation>{date} doğum tarihi {year} yılından önce.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source>Refugee Assembly</source>
        <translation>Mülteciler Meclisi</translation>
    </message>
    <message>
        <source>Children's Assembly</source>
        <translation>Çocuk Meclisi</translation>
    </message>
    <message>
        <source>Solidarity Group</source>
        <translation>Dayanışma Grubu</translation>
    </message>
    <message>
        <source>Information Session</source>
        <translation>Bilgilendirme Oturumu</translation>
    </message>
    <message>
        <source>Awareness Activity</source>
        <translation>Farkındalık Çalışması</translation>
    </message>
    <message>
        <source>Needs Analysis</source>
        <translation>İhtiyaç Analizi</translation>
    </message>
    <message>
        <source>Focus Group Discussion</source>
        <translation>Odak Grup Görüşmesi</translation>
    </message>
    <message>
        <source>Stakeholder Meeting</source>
        <translation>Paydaş Buluşması</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Vatansız</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
</context>
</TS>
