<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TTK Desktop</source>
        <translation>حول TTK Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Participant, group and attendance register for the community-based protection (TTK) units. The data stays on this computer.</source>
        <translation>برنامج لتسجيل المشاركين والمجموعات والحضور لوحدات الحماية المجتمعية (TTK). تبقى البيانات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License v3.</source>
        <translation>برنامج حرّ مرخّص برخصة جنو العمومية العامة، الإصدار 3.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>%1 أحرف على الأقل</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;تعطيل…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>تعطيل الحساب</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer log in; what it did stays in the audit log. This cannot be undone: to let the person in again, add a new account.</source>
        <translation>هل تريد تعطيل الحساب %1؟ لن يتمكن من تسجيل الدخول بعد الآن، ويبقى ما قام به في سجل التدقيق. لا يمكن التراجع عن ذلك: للسماح للشخص بالدخول مجددًا أضف حسابًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Staff register people, groups, sessions and attendance, print, import and export. Viewers see statistics and lists without phone numbers or birth dates. Administrators also manage accounts, settings, keys, merges, deletions and backups.</source>
        <translation>يسجّل الموظفون الأشخاص والمجموعات والجلسات والحضور، ويطبعون ويستوردون ويصدّرون. يرى المشاهدون الإحصاءات والقوائم دون أرقام الهواتف أو تواريخ الميلاد. ويدير المسؤولون أيضًا الحسابات والإعدادات والمفاتيح والدمج والحذف والنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>TTK Desktop cannot open %1: it opens Excel workbooks (.xlsx) and office data files (.ttkx).</source>
        <translation>لا يستطيع TTK Desktop فتح %1: فهو يفتح مصنفات Excel ‏(.xlsx) وملفات بيانات المكاتب (.ttkx).</translation>
    </message>
    <message>
        <source>%1 was not found. Nothing was opened.</source>
        <translation>لم يُعثر على %1. لم يُفتح شيء.</translation>
    </message>
    <message>
        <source>Import the Excel workbook %1 into this database?</source>
        <translation>هل تريد استيراد مصنف Excel ‏%1 إلى قاعدة البيانات هذه؟</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Born after this session: cannot be ticked present</source>
        <translation>وُلد بعد هذه الجلسة: لا يمكن تسجيل حضوره</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>ليس عضواً في المجموعة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Back to groups</source>
        <translation>العودة إلى المجموعات</translation>
    </message>
    <message>
        <source>Add a registered person: type a name and press Enter</source>
        <translation>أضف شخصاً مسجّلاً: اكتب الاسم واضغط Enter</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>إ&amp;ضافة شخص…</translation>
    </message>
    <message>
        <source>&amp;New person (walk-in)…</source>
        <translation>شخص &amp;جديد (حاضر دون تسجيل مسبق)…</translation>
    </message>
    <message>
        <source>Register someone new and tick them present</source>
        <translation>سجّل شخصاً جديداً وعلّمه حاضراً</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet…</source>
        <translation>&amp;طباعة كشف الحضور…</translation>
    </message>
    <message>
        <source>Nobody is on this list yet. Add group members, a registered person or a walk-in.</source>
        <translation>لا أحد في هذه القائمة بعد. أضف أعضاء المجموعة أو شخصاً مسجّلاً أو حاضراً دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>Present: %1 / registered: %2</source>
        <translation>الحاضرون: %1 / المسجّلون: %2</translation>
    </message>
    <message>
        <source>Add to the attendance list</source>
        <translation>إضافة إلى قائمة الحضور</translation>
    </message>
    <message>
        <source>Tick present</source>
        <translation>تعليم كحاضر</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>There is no participant with the number {id}.</source>
        <translation>لا يوجد مشارك بالرقم {id}.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>the record's id, exactly</source>
        <translation>معرّف السجل كما هو تمامًا</translation>
    </message>
    <message>
        <source>any account</source>
        <translation>أي حساب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Dates (UTC)</source>
        <translation>التواريخ (UTC)</translation>
    </message>
    <message>
        <source>The audit log cannot be changed: it only grows, and is kept with the data.</source>
        <translation>لا يمكن تغيير سجل التدقيق: إنه يزداد فقط ويُحفظ مع البيانات.</translation>
    </message>
    <message>
        <source>Whose entries?</source>
        <translation>سجلات مَن؟</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>لا توجد إدخالات (%n)</numerusform>
            <numerusform>إدخال واحد معروض</numerusform>
            <numerusform>إدخالان معروضان</numerusform>
            <numerusform>%n إدخالات معروضة</numerusform>
            <numerusform>%n إدخالًا معروضًا</numerusform>
            <numerusform>%n إدخال معروض</numerusform>
        </translation>
    </message>
    <message>
        <source>scroll down for older ones</source>
        <translation>مرّر للأسفل لرؤية الأقدم</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>سجّل الدخول</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>صُدّر</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>دُمج</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>شُفّر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>BackupCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restoring the backup made on %1…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية المأخوذة في %1…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite's integrity check found errors. The newest good backup was made on %2.

Restore it now? The damaged database will be replaced by it and kept as a backup first. What was entered after %2 will be missing.</source>
        <translation>قاعدة البيانات %1 تالفة: وجد فحص السلامة في SQLite أخطاء. أُخذت أحدث نسخة احتياطية سليمة في %2.

هل تريد استعادتها الآن؟ ستُستبدل بها قاعدة البيانات التالفة بعد حفظها أولًا كنسخة احتياطية. ما أُدخل بعد %2 سيكون مفقودًا.</translation>
    </message>
    <message>
        <source>Restore the backup made on %1?

The current database %2 will be replaced by it: what was entered after %1 will be gone from it. The current database is kept as a backup first, so that this can be undone.</source>
        <translation>هل تريد استعادة النسخة الاحتياطية المأخوذة في %1؟

ستُستبدل بها قاعدة البيانات الحالية %2: وسيختفي منها ما أُدخل بعد %1. تُحفظ قاعدة البيانات الحالية أولًا كنسخة احتياطية، ليمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite's integrity check found errors, and there is no good backup in %2. Do not delete the file; close TTK Desktop and ask your IT contact for help.</source>
        <translation>قاعدة البيانات %1 تالفة: وجد فحص السلامة في SQLite أخطاء، ولا توجد نسخة احتياطية سليمة في %2. لا تحذف الملف؛ أغلق TTK Desktop واطلب المساعدة من مسؤول تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite's integrity check found errors. Ask an administrator to restore the newest good backup, made on %2 (File → Backups). Until then, enter no new data.</source>
        <translation>قاعدة البيانات %1 تالفة: وجد فحص السلامة في SQLite أخطاء. اطلب من مسؤول استعادة أحدث نسخة احتياطية سليمة، المأخوذة في %2 (ملف ← النسخ الاحتياطية). ولا تُدخل بيانات جديدة حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>The backup made on %1 was restored. The database as it was is kept at %2.</source>
        <translation>استُعيدت النسخة الاحتياطية المأخوذة في %1. قاعدة البيانات كما كانت محفوظة في %2.</translation>
    </message>
    <message>
        <source>The backup made on %1 was restored.</source>
        <translation>استُعيدت النسخة الاحتياطية المأخوذة في %1.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعية</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الأخذ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} could not be backed up to {target}: {error}</source>
        <translation>تعذّر أخذ نسخة احتياطية من {path} في {target}: {error}</translation>
    </message>
    <message>
        <source>The copy of {path} failed SQLite's integrity check: the database is damaged. No backup was written and the older backups were kept.</source>
        <translation>لم تجتز نسخة {path} فحص السلامة في SQLite: قاعدة البيانات تالفة. لم تُكتب نسخة احتياطية وبقيت النسخ الأقدم محفوظة.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not there (is the USB stick plugged in?). The backup was written only to {first}.</source>
        <translation>مجلد النسخ الاحتياطية الثاني {folder} غير موجود (هل ذاكرة USB موصولة؟). كُتبت النسخة الاحتياطية في {first} فقط.</translation>
    </message>
    <message>
        <source>{backup} is not a backup of this database; nothing was deleted.</source>
        <translation>{backup} ليست نسخة احتياطية لقاعدة البيانات هذه؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>{backup} cannot be restored: it is damaged, or it is a backup of another database (it does not open with this database's key). Nothing was changed.</source>
        <translation>لا يمكن استعادة {backup}: الملف تالف، أو هو نسخة احتياطية لقاعدة بيانات أخرى (لا يُفتح بمفتاح قاعدة البيانات هذه). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{path} differs from {backup} after the restore. Restore again; the database as it was before is kept at {kept}.</source>
        <translation>بعد الاستعادة يختلف {path} عن {backup}. استعِد مرة أخرى؛ قاعدة البيانات كما كانت من قبل محفوظة في {kept}.</translation>
    </message>
    <message>
        <source>Keep between 1 and {max} backups of each kind (asked: {count}).</source>
        <translation>احتفظ بعدد بين 1 و{max} من كل نوع من النسخ الاحتياطية (المطلوب: {count}).</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist. Create it or choose another one.</source>
        <translation>مجلد النسخ الاحتياطية {folder} غير موجود. أنشئه أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The backup could not be copied to the second folder {folder}: {error}. It was written to {first}.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى المجلد الثاني {folder}: {error}. كُتبت في {first}.</translation>
    </message>
    <message>
        <source>{path} could not be replaced by {backup}: {error}. Close every other program using it (another TTK Desktop window, a ttk command), then restore again. The database as it was is kept at {kept}.</source>
        <translation>تعذّر استبدال {path} بـ{backup}: {error}. أغلق كل برنامج آخر يستخدمه (نافذة أخرى من TTK Desktop، أو أمر ttk)، ثم استعِد مرة أخرى. قاعدة البيانات كما كانت محفوظة في {kept}.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be created: {error}</source>
        <translation>لا يمكن إنشاء مجلد النسخ الاحتياطية {folder}: {error}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole database, encrypted like it. A daily and a weekly backup are made when TTK Desktop starts and when it quits; older ones are deleted. Keep a second copy outside this PC, for example on a USB stick.</source>
        <translation>النسخة الاحتياطية نسخة من قاعدة البيانات كاملةً، مشفّرة مثلها. تؤخذ نسخة يومية وأخرى أسبوعية عند تشغيل TTK Desktop وعند إغلاقه، وتُحذف الأقدم. احتفظ بنسخة ثانية خارج هذا الحاسوب، على ذاكرة USB مثلًا.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation>مجلد النسخ الاحتياطية: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>عدد النسخ اليومية المحفوظة</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>عدد النسخ الأسبوعية المحفوظة</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>المجلد الثاني</translation>
    </message>
    <message>
        <source>None (for example a USB stick)</source>
        <translation>لا يوجد (ذاكرة USB مثلًا)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation>لا يغيّر هذه الإعدادات إلا المسؤول.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>كُتبت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Also copied to: %1</source>
        <translation>ونُسخت أيضًا إلى: %1</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>حذف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Delete the backup %1 made on %2? It cannot be brought back, and the database can no longer be restored to that moment.</source>
        <translation>هل تريد حذف النسخة الاحتياطية %1 المأخوذة في %2؟ لا يمكن استعادتها، ولن يعود بالإمكان إرجاع قاعدة البيانات إلى تلك اللحظة.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>حُذفت: %1</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>مجلد النسخ الاحتياطية الثاني</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>حُفظت إعدادات النسخ الاحتياطي.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>الحساب: %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a person: UUID or OFFICE:REGISTER_NUMBER</source>
        <translation>شخص: UUID أو المكتب:رقم_التسجيل</translation>
    </message>
    <message>
        <source>Warning: this file holds personal data of participants (names, and any phone numbers or birth dates shown). Keep it where only staff can read it, and delete it when it is no longer needed.</source>
        <translation>تحذير: يحتوي هذا الملف على بيانات شخصية للمشاركين (الأسماء وأي أرقام هواتف أو تواريخ ميلاد معروضة). احفظه حيث لا يقرؤه إلا الموظفون، واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>Office {code} ({name}) set up.</source>
        <translation>تم إعداد المكتب {code} ({name}).</translation>
    </message>
    <message>
        <source>Demo office written: {participants} participants, {groups} groups, {sessions} sessions, {attendances} attendances.</source>
        <translation>كُتب مكتب تجريبي: {participants} مشاركًا، {groups} مجموعة، {sessions} جلسة، {attendances} حضورًا.</translation>
    </message>
    <message>
        <source>Template written: {path}</source>
        <translation>كُتب القالب: {path}</translation>
    </message>
    <message>
        <source>Attendance sheet written: {path} ({pages} pages)</source>
        <translation>كُتب كشف الحضور: {path} ({pages} صفحات)</translation>
    </message>
    <message>
        <source>{count} possible duplicate pairs.</source>
        <translation>{count} من الأزواج المكررة المحتملة.</translation>
    </message>
    <message>
        <source>TTK Desktop command line: import registers, statistics, printing.</source>
        <translation>سطر أوامر TTK Desktop: استيراد السجلات، الإحصاءات، الطباعة.</translation>
    </message>
    <message>
        <source>database file (default: $TTK_DB or the user data folder)</source>
        <translation>ملف قاعدة البيانات (الافتراضي: $TTK_DB أو مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>show tracebacks</source>
        <translation>عرض تفاصيل الأخطاء</translation>
    </message>
    <message>
        <source>set this database's office (first start)</source>
        <translation>تحديد مكتب قاعدة البيانات هذه (التشغيل الأول)</translation>
    </message>
    <message>
        <source>office code, e.g. IST</source>
        <translation>رمز المكتب، مثل IST</translation>
    </message>
    <message>
        <source>office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>create the administrator account and encrypt the database (password: TTK_PASSWORD or asked)</source>
        <translation>إنشاء حساب المسؤول وتشفير قاعدة البيانات (كلمة المرور: TTK_PASSWORD أو تُطلب)</translation>
    </message>
    <message>
        <source>import an Excel register (all or nothing)</source>
        <translation>استيراد سجل Excel (كله أو لا شيء)</translation>
    </message>
    <message>
        <source>statistics of a period (the yearly report)</source>
        <translation>إحصاءات فترة (التقرير السنوي)</translation>
    </message>
    <message>
        <source>office that ran the sessions</source>
        <translation>المكتب الذي عقد الجلسات</translation>
    </message>
    <message>
        <source>group type, e.g. refugee_assembly</source>
        <translation>نوع المجموعة، مثل refugee_assembly</translation>
    </message>
    <message>
        <source>group register id or UUID</source>
        <translation>رقم تسجيل المجموعة أو UUID</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>طباعة كائن JSON واحد</translation>
    </message>
    <message>
        <source>also write the report as Excel</source>
        <translation>كتابة التقرير بصيغة Excel أيضًا</translation>
    </message>
    <message>
        <source>also write the report as PDF</source>
        <translation>كتابة التقرير بصيغة PDF أيضًا</translation>
    </message>
    <message>
        <source>also write the charts as PNG images</source>
        <translation>كتابة الرسوم البيانية كصور PNG أيضًا</translation>
    </message>
    <message>
        <source>also write the tables as CSV</source>
        <translation>كتابة الجداول بصيغة CSV أيضًا</translation>
    </message>
    <message>
        <source>fill the database with a demo office</source>
        <translation>ملء قاعدة البيانات بمكتب تجريبي</translation>
    </message>
    <message>
        <source>write the Excel import template</source>
        <translation>كتابة قالب الاستيراد من Excel</translation>
    </message>
    <message>
        <source>print a session's attendance sheet to PDF</source>
        <translation>طباعة كشف حضور جلسة إلى PDF</translation>
    </message>
    <message>
        <source>session register id (e.g. S001) or UUID</source>
        <translation>رقم تسجيل الجلسة (مثل S001) أو UUID</translation>
    </message>
    <message>
        <source>US Letter instead of A4</source>
        <translation>مقاس US Letter بدلًا من A4</translation>
    </message>
    <message>
        <source>list people who may be registered twice</source>
        <translation>عرض الأشخاص الذين ربما سُجّلوا مرتين</translation>
    </message>
    <message>
        <source>lowest score shown, 0 to 1</source>
        <translation>أدنى درجة تُعرض، من 0 إلى 1</translation>
    </message>
    <message>
        <source>decide whether two records are one person</source>
        <translation>تقرير ما إذا كان سجلان لشخص واحد</translation>
    </message>
    <message>
        <source>the same person: keep KEEP, OTHER becomes its alias</source>
        <translation>الشخص نفسه: يُحتفظ بـ KEEP ويصبح OTHER سجلاً مكرراً له</translation>
    </message>
    <message>
        <source>different people: not proposed as duplicates again</source>
        <translation>أشخاص مختلفون: لن يُقترحا كتكرار مرة أخرى</translation>
    </message>
    <message>
        <source>take back a decision: two people again</source>
        <translation>التراجع عن قرار: شخصان من جديد</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <source>{score:.2f}  {a_office}:{a_id} {a_name}  |  {b_office}:{b_id} {b_name}</source>
        <translation>{score:.2f}  {a_office}:{a_id} {a_name}  |  {b_office}:{b_id} {b_name}</translation>
    </message>
    <message>
        <source>{b} is now the same person as {a} (kept).</source>
        <translation>‏{b} أصبح الآن الشخص نفسه مثل {a} (المُحتفظ به).</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{text} ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>For example: ttk --db demo.sqlite3 demo</source>
        <translation>مثلًا: ttk --db demo.sqlite3 demo</translation>
    </message>
    <message>
        <source>{a} and {b} are different people.</source>
        <translation>‏{a} و{b} شخصان مختلفان.</translation>
    </message>
    <message>
        <source>{a} and {b} are two people again.</source>
        <translation>‏{a} و{b} شخصان منفصلان من جديد.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the errors above and import again.</source>
        <translation>لم يُستورد شيء: صحّح الأخطاء أعلاه ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>توقف قبل الاكتمال.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Run again with --debug for details.</source>
        <translation>خطأ غير متوقع: {error}. أعد التشغيل مع --debug لرؤية التفاصيل.</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size} KB)</source>
        <translation>كُتبت النسخة الاحتياطية: {path} ({size} ك.ب)</translation>
    </message>
    <message>
        <source>Restored {path} from {backup} (made on {when}).</source>
        <translation>استُعيد {path} من {backup} (المأخوذة في {when}).</translation>
    </message>
    <message>
        <source>{path} is damaged or does not open with this key: SQLite's integrity check failed.</source>
        <translation>{path} تالف أو لا يُفتح بهذا المفتاح: فشل فحص السلامة في SQLite.</translation>
    </message>
    <message>
        <source>make, list or restore backups of the database</source>
        <translation>أخذ نسخ احتياطية من قاعدة البيانات أو عرضها أو استعادتها</translation>
    </message>
    <message>
        <source>back the database up now</source>
        <translation>أخذ نسخة احتياطية من قاعدة البيانات الآن</translation>
    </message>
    <message>
        <source>an existing folder (default: the backups folder and the second folder)</source>
        <translation>مجلد موجود (الافتراضي: مجلد النسخ الاحتياطية والمجلد الثاني)</translation>
    </message>
    <message>
        <source>the backups of this database, newest first</source>
        <translation>النسخ الاحتياطية لقاعدة البيانات هذه، الأحدث أولًا</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>استبدال قاعدة البيانات بنسخة احتياطية</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>really replace it (the current one is kept)</source>
        <translation>الاستبدال فعلًا (تُحفظ القاعدة الحالية)</translation>
    </message>
    <message>
        <source>check the database for damage; name the newest good backup</source>
        <translation>فحص قاعدة البيانات بحثًا عن تلف؛ وذكر أحدث نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <source>Copied to: {path}</source>
        <translation>نُسخت إلى: {path}</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>لا توجد نسخ احتياطية في {folder}.</translation>
    </message>
    <message>
        <source>{when}  {kind}  {size} KB  {path}</source>
        <translation>{when}  {kind}  {size} ك.ب  {path}</translation>
    </message>
    <message>
        <source>{backup} cannot be restored: it is missing, damaged, or a backup of another database. Nothing was changed.</source>
        <translation>لا يمكن استعادة {backup}: الملف غير موجود أو تالف أو هو نسخة احتياطية لقاعدة بيانات أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This would replace the database {path} with the backup {backup} made on {when}: every change since then would be lost from it. The current database would be kept as a backup first. Run again with --yes to restore.</source>
        <translation>سيستبدل هذا قاعدة البيانات {path} بالنسخة الاحتياطية {backup} المأخوذة في {when}: وستُفقد منها كل التغييرات منذ ذلك الوقت. ستُحفظ قاعدة البيانات الحالية أولًا كنسخة احتياطية. أعد التشغيل مع --yes للاستعادة.</translation>
    </message>
    <message>
        <source>Deleted {backup}.</source>
        <translation>حُذفت {backup}.</translation>
    </message>
    <message>
        <source>delete a backup (and its key file)</source>
        <translation>حذف نسخة احتياطية (وملف مفتاحها)</translation>
    </message>
    <message>
        <source>really delete it</source>
        <translation>احذفها فعلًا</translation>
    </message>
    <message>
        <source>This would delete the backup {backup} made on {when}; it cannot be brought back. Run again with --yes to delete it.</source>
        <translation>سيحذف هذا النسخة الاحتياطية {backup} المأخوذة في {when}؛ ولا يمكن استعادتها. أعد التشغيل مع --yes للحذف.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {kept}.</source>
        <translation>قاعدة البيانات كما كانت محفوظة في {kept}.</translation>
    </message>
    <message>
        <source>{path}: the integrity check found no damage.</source>
        <translation>{path}: لم يجد فحص السلامة أي تلف.</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>لا توجد نسخة احتياطية سليمة في {folder}.</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} (made on {when}). Restore it with: ttk backup restore {backup} --yes</source>
        <translation>أحدث نسخة احتياطية سليمة هي {backup} (المأخوذة في {when}). استعِدها بالأمر: ttk backup restore {backup} --yes</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>Public key (give it to the offices): {path}</source>
        <translation>المفتاح العام (أعطه للمكاتب): {path}</translation>
    </message>
    <message>
        <source>Private key (keep it safe, with its passphrase): {path}</source>
        <translation>المفتاح الخاص (احفظه في مكان آمن مع عبارة مروره): {path}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>البصمة: {fingerprint}</translation>
    </message>
    <message>
        <source>full export</source>
        <translation>تصدير كامل</translation>
    </message>
    <message>
        <source>changes since export {seq}</source>
        <translation>التغييرات منذ التصدير رقم {seq}</translation>
    </message>
    <message>
        <source>Written {path} ({kind}, number {seq}): {participants} participants, {groups} groups, {sessions} sessions, {attendance} attendances, {members} memberships; {size} KB.</source>
        <translation>كُتب {path} ({kind}، رقم {seq}): {participants} مشاركًا، {groups} مجموعة، {sessions} جلسة، {attendance} حضورًا، {members} عضوية؛ {size} كيلوبايت.</translation>
    </message>
    <message>
        <source>headquarters' key pair for office data files</source>
        <translation>زوج مفاتيح المقر الرئيسي لملفات بيانات المكاتب</translation>
    </message>
    <message>
        <source>create hq.pub and the passphrase-protected hq.key</source>
        <translation>إنشاء hq.pub والملف hq.key المحمي بعبارة مرور</translation>
    </message>
    <message>
        <source>folder for the two files</source>
        <translation>مجلد الملفين</translation>
    </message>
    <message>
        <source>write an encrypted data file for headquarters</source>
        <translation>كتابة ملف بيانات مشفّر للمقر الرئيسي</translation>
    </message>
    <message>
        <source>the file to write, or a folder for the usual name</source>
        <translation>الملف المراد كتابته، أو مجلد يُكتب فيه بالاسم المعتاد</translation>
    </message>
    <message>
        <source>headquarters public key file (default: the keys in Settings)</source>
        <translation>ملف المفتاح العام للمقر الرئيسي (الافتراضي: المفاتيح في الإعدادات)</translation>
    </message>
    <message>
        <source>everything, not only the changes</source>
        <translation>كل شيء، لا التغييرات فقط</translation>
    </message>
    <message>
        <source>merge office data files into this database</source>
        <translation>دمج ملفات بيانات المكاتب في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>headquarters private key file</source>
        <translation>ملف المفتاح الخاص للمقر الرئيسي</translation>
    </message>
    <message>
        <source>the data files merged here, per office</source>
        <translation>ملفات البيانات التي دُمجت هنا، حسب المكتب</translation>
    </message>
    <message>
        <source>fields changed in two places, kept and other value</source>
        <translation>الحقول التي تغيّرت في مكانين، القيمة المحفوظة والقيمة الأخرى</translation>
    </message>
    <message>
        <source>Set TTK_PASSPHRASE, or run the command in a terminal to be asked.</source>
        <translation>اضبط TTK_PASSPHRASE، أو شغّل الأمر في طرفية ليُطلب منك.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>First file of office {office}: its signing key {fingerprint} is now pinned.</source>
        <translation>أول ملف من المكتب {office}: تم تثبيت مفتاح توقيعه {fingerprint}.</translation>
    </message>
    <message>
        <source>No data file has been merged into this database.</source>
        <translation>لم يُدمج أي ملف بيانات في قاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <source>{office} #{seq}  exported {created}  newest change {newest}  merged {merged}  {kind}  +{added} ~{updated} -{deleted} !{conflicts}  {file}</source>
        <translation>{office} #{seq}  صُدّر {created}  أحدث تغيير {newest}  دُمج {merged}  {kind}  +{added} ~{updated} -{deleted} !{conflicts}  {file}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>#{id} {record}, {field}: kept {kept} ({kept_office}, {kept_at}); other {other} ({other_office}, {other_at})</source>
        <translation>#{id} {record}، {field}: المحفوظ {kept} ({kept_office}، {kept_at})؛ الآخر {other} ({other_office}، {other_at})</translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>عبارة المرور مرة أخرى: </translation>
    </message>
    <message>
        <source>{file}: refused: {reason}</source>
        <translation>{file}: مرفوض: {reason}</translation>
    </message>
    <message>
        <source>{file} ({office}): {status}; {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts</source>
        <translation>{file} ({office}): {status}؛ أضيف {added}، حُدّث {updated}، حُذف {deleted}، تعارضات {conflicts}</translation>
    </message>
    <message>
        <source>full</source>
        <translation>كامل</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>تغييرات</translation>
    </message>
    <message>
        <source>Erasing removes the names, phone, notes, register number and disability answer, and shows only the year of birth; gender, nationality, office, groups and attendance are kept, so past statistics stay the same. The audit log keeps who changed the record and when, without the values. It cannot be undone; the erasure reaches headquarters with the next data file.</source>
        <translation>يُزيل المحو الأسماء والهاتف والملاحظات ورقم التسجيل وجواب الإعاقة، ولا يُظهر إلا سنة الميلاد؛ ويبقى الجنس والجنسية والمركز والمجموعات والحضور، لكي لا تتغير الإحصائيات السابقة. ويحتفظ سجل التدقيق بمن غيّر السجل ومتى، دون القيم. لا يمكن التراجع عنه؛ ويصل المحو إلى المقر الرئيسي مع ملف البيانات التالي.</translation>
    </message>
    <message>
        <source>{person} was erased.</source>
        <translation>تم محو {person}.</translation>
    </message>
    <message>
        <source>{count} people inactive for {years} years were anonymised.</source>
        <translation>أُخفيت هوية {count} من الأشخاص غير النشطين منذ {years} سنوات.</translation>
    </message>
    <message>
        <source>export everything held about a person, or erase them</source>
        <translation>تصدير كل ما هو محفوظ عن شخص، أو محوه</translation>
    </message>
    <message>
        <source>write everything held about a person</source>
        <translation>كتابة كل ما هو محفوظ عن شخص</translation>
    </message>
    <message>
        <source>the file to write: FILE.xlsx or FILE.pdf</source>
        <translation>الملف المراد كتابته: FILE.xlsx أو FILE.pdf</translation>
    </message>
    <message>
        <source>the person's language (default: tr)</source>
        <translation>لغة الشخص (الافتراضية: tr)</translation>
    </message>
    <message>
        <source>erase a person on request (cannot be undone)</source>
        <translation>محو شخص بناءً على طلبه (لا يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>really erase (without it: explain)</source>
        <translation>المحو فعلاً (من دونه: الشرح فقط)</translation>
    </message>
    <message>
        <source>anonymise people inactive for N years</source>
        <translation>إخفاء هوية الأشخاص غير النشطين منذ N سنوات</translation>
    </message>
    <message>
        <source>inactive for this many years (default: the retention setting)</source>
        <translation>غير النشطين منذ هذا العدد من السنوات (الافتراضي: إعداد مدة الاحتفاظ)</translation>
    </message>
    <message>
        <source>anonymise (without it: only count)</source>
        <translation>إخفاء الهوية (من دونه: العدّ فقط)</translation>
    </message>
    <message>
        <source>count as of this day, YYYY-MM-DD (default: today)</source>
        <translation>العدّ حتى هذا اليوم، YYYY-MM-DD (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>Wrote everything held about {person} to {path}.</source>
        <translation>كُتب كل ما هو محفوظ عن {person} في {path}.</translation>
    </message>
    <message>
        <source>The file holds personal data: keep it safe and give it only to the person.</source>
        <translation>يحتوي الملف على بيانات شخصية: احفظه بأمان ولا تعطه إلا للشخص نفسه.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to erase {person}.</source>
        <translation>لم يتغير شيء. أعد التشغيل مع ‎--yes‎ لمحو {person}.</translation>
    </message>
    <message>
        <source>Give the number of years with --years N (no retention period is set).</source>
        <translation>حدّد عدد السنوات بـ ‎--years N‎ (لم تُضبط مدة احتفاظ).</translation>
    </message>
    <message>
        <source>{count} people have had no attendance and no change for {years} years. Nothing was changed; run again with --yes to anonymise them.</source>
        <translation>{count} من الأشخاص لم يحضروا ولم تتغير سجلاتهم منذ {years} سنوات. لم يتغير شيء؛ أعد التشغيل مع ‎--yes‎ لإخفاء هويتهم.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Account: </source>
        <translation>الحساب: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>كلمة المرور الحالية: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>accounts of this database (administrators)</source>
        <translation>حسابات قاعدة البيانات هذه (للمسؤولين)</translation>
    </message>
    <message>
        <source>add an account (password: TTK_NEW_PASSWORD or asked)</source>
        <translation>إضافة حساب (كلمة المرور: TTK_NEW_PASSWORD أو تُطلب)</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>عرض الحسابات</translation>
    </message>
    <message>
        <source>stop an account from logging in</source>
        <translation>منع حساب من تسجيل الدخول</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>تغيير كلمة مرورك</translation>
    </message>
    <message>
        <source>Set {env}, or run the command in a terminal to be asked.</source>
        <translation>اضبط {env}، أو شغّل الأمر في طرفية ليُطلب منك.</translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>كلمة المرور الجديدة مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database is now encrypted and {admin} is its administrator. The unencrypted copy taken first ({copy}) was checked against it and deleted.</source>
        <translation>قاعدة البيانات مشفرة الآن و{admin} هو مسؤولها. النسخة غير المشفرة التي أُخذت أولاً ({copy}) قورنت بها ثم حُذفت.</translation>
    </message>
    <message>
        <source>The database is now encrypted and {admin} is its administrator. Delete the unencrypted copy {copy}: it could not be deleted.</source>
        <translation>قاعدة البيانات مشفرة الآن و{admin} هو مسؤولها. احذف النسخة غير المشفرة {copy}: تعذّر حذفها.</translation>
    </message>
    <message>
        <source>Account {name} added ({role}).</source>
        <translation>أُضيف الحساب {name} ({role}).</translation>
    </message>
    <message>
        <source>Account {name} can no longer log in.</source>
        <translation>لم يعد بإمكان الحساب {name} تسجيل الدخول.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>أسبوعية</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>القيمة المحتفظ بها</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>مكتب القيمة المحتفظ بها</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>وقت التغيير</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>مكتب القيمة الأخرى</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>The same field was changed at two places without one seeing the other. The later change was kept; check each one and keep it or use the other value.</source>
        <translation>تم تغيير الحقل نفسه في مكانين دون أن يرى أحدهما تغيير الآخر. تم الاحتفاظ بالتغيير الأحدث؛ راجِع كل حالة واحتفظ بالقيمة أو استخدم القيمة الأخرى.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;استخدام القيمة الأخرى</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>الا&amp;حتفاظ بهذه القيمة</translation>
    </message>
    <message>
        <source>%1, %2: the other value %3 is used now.</source>
        <translation>%1، %2: تُستخدم الآن القيمة الأخرى %3.</translation>
    </message>
    <message>
        <source>%1, %2: the value %3 is kept.</source>
        <translation>%1، %2: تم الاحتفاظ بالقيمة %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} مجلد وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create a database there with: ttk --db {path} setup --office CODE --name NAME</source>
        <translation>لا توجد قاعدة بيانات في {path}. تحقق من المسار، أو أنشئ قاعدة بيانات هناك بالأمر: ttk --db {path} setup --office CODE --name NAME</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of TTK Desktop (schema {revision}). Install the newer version to open it.</source>
        <translation>كُتب الملف {path} بإصدار أحدث من TTK Desktop (المخطط {revision}). ثبّت الإصدار الأحدث لفتحه.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}</source>
        <translation>تعذّر فتح {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a TTK Desktop database or is damaged: {error}</source>
        <translation>{path} ليس قاعدة بيانات TTK Desktop أو أنه تالف: {error}</translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({error}). The database was left as it was; a copy of it is at {backup}.</source>
        <translation>فشل تحديث {path} ({error}). تُركت قاعدة البيانات كما كانت؛ توجد نسخة منها في {backup}.</translation>
    </message>
    <message>
        <source>{path} is not a TTK Desktop database (it has no schema version).</source>
        <translation>{path} ليس قاعدة بيانات TTK Desktop (لا يحتوي على رقم إصدار المخطط).</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with your own latest copy of the database.</source>
        <translation>الملف {path} تالف أو ليس قاعدة بيانات TTK Desktop. إن كنت اخترت الملف الخطأ فاختر قاعدة بيانات المكتب بدلاً منه. وإلا فأغلق TTK Desktop واستبدل بهذا الملف آخر نسخة لديك من قاعدة البيانات.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (another TTK Desktop window, a backup or sync tool, or a database viewer) and stayed locked. Close that program, then try again.</source>
        <translation>الملف {path} قيد الاستخدام من برنامج آخر (نافذة أخرى من TTK Desktop، أو أداة نسخ احتياطي أو مزامنة، أو عارض قواعد بيانات) وبقي مقفلاً. أغلق ذلك البرنامج ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>TTK Desktop cannot change {path}: the file or its folder is read-only, or you do not have permission to write there. Move the database file to a folder you can write to (for example Documents) and open it from there.</source>
        <translation>لا يستطيع TTK Desktop تعديل {path}: الملف أو المجلد الذي يحويه للقراءة فقط، أو ليس لديك إذن بالكتابة فيه. انقل ملف قاعدة البيانات إلى مجلد يمكنك الكتابة فيه (مثل المستندات) وافتحه من هناك.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some disk space, then try again.</source>
        <translation>القرص الذي يحوي {path} ممتلئ. أفرغ بعض المساحة على القرص ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{path} could not be read or written because of a disk or network error. Check that the drive or network folder holding it is connected, then try again.</source>
        <translation>تعذّرت قراءة {path} أو الكتابة فيه بسبب خطأ في القرص أو الشبكة. تحقّق من أن القرص أو مجلد الشبكة الذي يحويه متصل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with a copy of the newest automatic backup beside it, {backup}, or with your own latest copy.</source>
        <translation>الملف {path} تالف أو ليس قاعدة بيانات TTK Desktop. إن كنت اخترت الملف الخطأ فاختر قاعدة بيانات المكتب بدلاً منه. وإلا فأغلق TTK Desktop واستبدل بهذا الملف نسخةً من أحدث نسخة احتياطية تلقائية بجانبه، {backup}، أو من آخر نسخة لديك.</translation>
    </message>
    <message>
        <source>{problem} Your change was not saved.</source>
        <translation>{problem} لم يُحفظ تغييرك.</translation>
    </message>
    <message>
        <source>{path} is protected by accounts. Log in first: the command line asks for the account name and password (or reads TTK_USER and TTK_PASSWORD).</source>
        <translation>{path} محمية بالحسابات. سجّل الدخول أولاً: يطلب سطر الأوامر اسم الحساب وكلمة المرور (أو يقرأ TTK_USER وTTK_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already holds participants or groups. The demo fills only an empty database, so nothing was written. Use a new file name instead; the demo creates the file.</source>
        <translation>يحتوي {path} بالفعل على مشاركين أو مجموعات. لا يملأ العرض التجريبي إلا قاعدة بيانات فارغة، لذلك لم يُكتب شيء. استخدم اسم ملف جديداً بدلاً منه؛ سينشئ العرض التجريبي الملف.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Select a participant to see their groups and attendance.</source>
        <translation>اختر مشاركاً لعرض مجموعاته وسجل حضوره.</translation>
    </message>
    <message>
        <source>Not a member of any group</source>
        <translation>ليس عضواً في أي مجموعة</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %Ln session(s)</source>
        <translation>
            <numerusform>الحضور: لا جلسات</numerusform>
            <numerusform>الحضور: جلسة واحدة</numerusform>
            <numerusform>الحضور: جلستان</numerusform>
            <numerusform>الحضور: %Ln جلسات</numerusform>
            <numerusform>الحضور: %Ln جلسة</numerusform>
            <numerusform>الحضور: %Ln جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>الجنس: %1</translation>
    </message>
    <message>
        <source>Born: %1 (age %2)</source>
        <translation>الميلاد: %1 (العمر %2)</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>الجنسية: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Register number: %1</source>
        <translation>رقم التسجيل: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Disability: %1</source>
        <translation>الإعاقة: %1</translation>
    </message>
    <message>
        <source>Consent given on %1</source>
        <translation>تاريخ الموافقة: %1</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>لا توجد موافقة مسجّلة</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>Same name in another transliteration</source>
        <translation>الاسم نفسه بكتابة لاتينية أخرى</translation>
    </message>
    <message>
        <source>Same name in Arabic and Latin script</source>
        <translation>الاسم نفسه بالحروف العربية واللاتينية</translation>
    </message>
    <message>
        <source>First and last name swapped</source>
        <translation>الاسم الأول والكنية متبادلان</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>اسم مشابه</translation>
    </message>
    <message>
        <source>Different names</source>
        <translation>أسماء مختلفة</translation>
    </message>
    <message>
        <source>Same birth date</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <source>Same birth year (only the year is known)</source>
        <translation>سنة الميلاد نفسها (السنة فقط معروفة)</translation>
    </message>
    <message>
        <source>Different birth dates</source>
        <translation>تواريخ ميلاد مختلفة</translation>
    </message>
    <message>
        <source>Different birth years</source>
        <translation>سنوات ميلاد مختلفة</translation>
    </message>
    <message>
        <source>Same gender</source>
        <translation>الجنس نفسه</translation>
    </message>
    <message>
        <source>Different genders</source>
        <translation>جنس مختلف</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>Different phones</source>
        <translation>أرقام هواتف مختلفة</translation>
    </message>
    <message>
        <source>Same nationality</source>
        <translation>الجنسية نفسها</translation>
    </message>
    <message>
        <source>Different nationalities</source>
        <translation>جنسيات مختلفة</translation>
    </message>
    <message>
        <source>Registered at the same office</source>
        <translation>مسجل في المكتب نفسه</translation>
    </message>
    <message>
        <source>Registered at different offices</source>
        <translation>مسجل في مكاتب مختلفة</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} و{b}</translation>
    </message>
    <message>
        <source>Participant {uuid} is not in this database (or was deleted). Search the participants list for the person.</source>
        <translation>المشارك {uuid} غير موجود في قاعدة البيانات هذه (أو حُذف). ابحث عن الشخص في قائمة المشاركين.</translation>
    </message>
    <message>
        <source>No participant has the id "{key}". Name a person by UUID or by OFFICE:REGISTER_NUMBER (for example IST:P0012).</source>
        <translation>لا يوجد مشارك بالمعرّف "{key}". حدّد الشخص بـ UUID أو بصيغة المكتب:رقم_التسجيل (مثلاً IST:P0012).</translation>
    </message>
    <message>
        <source>Both sides name the same record ({uuid}). Choose two different people.</source>
        <translation>الطرفان يشيران إلى السجل نفسه ({uuid}). اختر شخصين مختلفين.</translation>
    </message>
    <message>
        <source>The field "{name}" cannot be taken over.</source>
        <translation>لا يمكن أخذ الحقل "{name}" من السجل الآخر.</translation>
    </message>
    <message>
        <source>{a} and {b} were never confirmed as one person (or were split already): there is nothing to split.</source>
        <translation>لم يُؤكَّد {a} و{b} قط كشخص واحد (أو فُصلا من قبل): لا يوجد ما يُفصل.</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>أشخاص مختلفون</translation>
    </message>
</context>
<context>
    <name>DuplicatesModels</name>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>الشخص الأول</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>الشخص الثاني</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>الكنية (بالعربية)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>لا توجد موافقة مسجلة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>Person 1 (%1)</source>
        <translation>الشخص الأول (%1)</translation>
    </message>
    <message>
        <source>Person 2 (%1)</source>
        <translation>الشخص الثاني (%1)</translation>
    </message>
    <message>
        <source>The two records differ: choose the value to keep (Alt+1 or Alt+2).</source>
        <translation>السجلان مختلفان: اختر القيمة التي تريد الإبقاء عليها (Alt+1 أو Alt+2).</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>&amp;Split into two people…</source>
        <translation>ال&amp;فصل إلى شخصين…</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Confirmed pairs</source>
        <translation>الأزواج المؤكدة</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>الإبقاء على:</translation>
    </message>
    <message>
        <source>%1 marks a field whose values differ; the ticked value is kept (Alt+1: first, Alt+2: second).</source>
        <translation>تشير %1 إلى حقل تختلف قيمتاه؛ يُحتفظ بالقيمة المؤشَّر عليها (Alt+1: الأولى، Alt+2: الثانية).</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>الشخص الأول</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>الشخص الثاني</translation>
    </message>
    <message>
        <source>&amp;Confirm: same person…</source>
        <translation>&amp;تأكيد: الشخص نفسه…</translation>
    </message>
    <message>
        <source>&amp;Different people</source>
        <translation>&amp;شخصان مختلفان</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقاً</translation>
    </message>
    <message>
        <source>&amp;Find again</source>
        <translation>ا&amp;بحث مجدداً</translation>
    </message>
    <message>
        <source>Looking for people registered twice…</source>
        <translation>جارٍ البحث عن الأشخاص المسجلين مرتين…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) to review, most alike first.</source>
        <translation>
            <numerusform>لا أزواج للمراجعة.</numerusform>
            <numerusform>زوج واحد للمراجعة.</numerusform>
            <numerusform>زوجان للمراجعة، الأكثر تشابهاً أولاً.</numerusform>
            <numerusform>%Ln أزواج للمراجعة، الأكثر تشابهاً أولاً.</numerusform>
            <numerusform>%Ln زوجاً للمراجعة، الأكثر تشابهاً أولاً.</numerusform>
            <numerusform>%Ln زوج للمراجعة، الأكثر تشابهاً أولاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pairs to review: nobody seems to be registered twice.</source>
        <translation>لا أزواج للمراجعة: لا يبدو أن أحداً مسجل مرتين.</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>للمراجعة (%1)</translation>
    </message>
    <message>
        <source>%1 (%2), also registered as %3 (%4)</source>
        <translation>%1 (%2)، مسجل أيضاً باسم %3 (%4)</translation>
    </message>
    <message>
        <source>Confirmed pairs (%1)</source>
        <translation>الأزواج المؤكدة (%1)</translation>
    </message>
    <message>
        <source>Select a pair to compare the two records.</source>
        <translation>اختر زوجاً لمقارنة السجلين.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %Ln field(s) differ.</source>
        <translation>
            <numerusform>%1 و%2: لا تختلف أي حقول.</numerusform>
            <numerusform>%1 و%2: يختلف حقل واحد.</numerusform>
            <numerusform>%1 و%2: يختلف حقلان.</numerusform>
            <numerusform>%1 و%2: تختلف %Ln حقول.</numerusform>
            <numerusform>%1 و%2: يختلف %Ln حقلاً.</numerusform>
            <numerusform>%1 و%2: يختلف %Ln حقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person 1: %1 (%2)</source>
        <translation>الشخص الأول: %1 (%2)</translation>
    </message>
    <message>
        <source>Person 2: %1 (%2)</source>
        <translation>الشخص الثاني: %1 (%2)</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Record %1 (%2) and %3 (%4) as the same person?

%1 is kept, with the values you chose; %3 becomes another record of them. Their groups and attendance belong to %1 from now on and are counted once.

You can split them again later under “Confirmed pairs”.</source>
        <translation>هل تريد تسجيل %1 (%2) و%3 (%4) على أنهما الشخص نفسه؟

يُحتفظ بـ %1 مع القيم التي اخترتها، ويصبح %3 سجلاً آخر له. تنتمي مجموعاتهما وحضورهما إلى %1 من الآن فصاعداً وتُحتسب مرة واحدة.

يمكنك فصلهما مرة أخرى لاحقاً من «الأزواج المؤكدة».</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Split %1 (%2) and %3 (%4) into two people again?

Each gets back their own groups and attendance, and both are counted again.</source>
        <translation>هل تريد فصل %1 (%2) و%3 (%4) إلى شخصين مرة أخرى؟

يستعيد كل منهما مجموعاته وحضوره، ويُحتسب كلاهما من جديد.</translation>
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
        <translation>حدث خطأ غير متوقع. بياناتك في أمان: لم يُحفظ التغيير الأخير. إذا تكرّر ذلك فانسخ التفاصيل وأرسلها إلى مسؤول الدعم التقني.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The file is larger than any TTK Desktop data file ({size} MB).</source>
        <translation>الملف أكبر من أي ملف بيانات TTK Desktop ({size} ميغابايت).</translation>
    </message>
    <message>
        <source>This is not a TTK Desktop data file.</source>
        <translation>هذا ليس ملف بيانات TTK Desktop.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of TTK Desktop (format {version}). Update the program to merge it.</source>
        <translation>كُتب هذا الملف بإصدار أحدث من TTK Desktop (الصيغة {version}). حدّث البرنامج لدمجه.</translation>
    </message>
    <message>
        <source>The file is damaged inside. Ask for it again.</source>
        <translation>محتوى الملف تالف. اطلبه مرة أخرى.</translation>
    </message>
    <message>
        <source>The file holds more than a data file may ({size} MB unpacked).</source>
        <translation>يحتوي الملف على أكثر مما يمكن لملف بيانات أن يحمله ({size} ميغابايت بعد فك الضغط).</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (cut short while copying?). Ask for it again.</source>
        <translation>الملف تالف أو ناقص (هل انقطع أثناء النسخ؟). اطلبه مرة أخرى.</translation>
    </message>
    <message>
        <source>The file's signature does not match: it was changed after it was written.</source>
        <translation>توقيع الملف غير مطابق: تم تغييره بعد كتابته.</translation>
    </message>
    <message>
        <source>This file cannot be opened with this key: it was sent to another key, or its beginning is damaged.</source>
        <translation>لا يمكن فتح هذا الملف بهذا المفتاح: أُرسل إلى مفتاح آخر، أو أن بدايته تالفة.</translation>
    </message>
    <message>
        <source>Conflict #{id} is not open.</source>
        <translation>التعارض رقم {id} ليس مفتوحًا.</translation>
    </message>
    <message>
        <source>The record of conflict #{id} is gone.</source>
        <translation>سجل التعارض رقم {id} لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>يجب أن تتكون عبارة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>{folder} already holds a key pair; a new one would make every file sent to the old one unreadable. Choose another folder.</source>
        <translation>يحتوي {folder} على زوج مفاتيح بالفعل؛ وزوج جديد سيجعل كل ملف أُرسل إلى القديم غير قابل للقراءة. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation>لا يمكن قراءة ملف المفتاح {path}: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or {path} is not a TTK Desktop private key.</source>
        <translation>عبارة المرور خاطئة، أو أن {path} ليس مفتاحًا خاصًا لـ TTK Desktop.</translation>
    </message>
    <message>
        <source>This is not a headquarters public key (it starts with age1 and is one line): {start}</source>
        <translation>هذا ليس مفتاحًا عامًا للمقر الرئيسي (يبدأ بـ age1 ويتكون من سطر واحد): {start}</translation>
    </message>
    <message>
        <source>Add the headquarters public key first (Settings, or --to FILE): a data file is encrypted so that only headquarters can read it.</source>
        <translation>أضف المفتاح العام للمقر الرئيسي أولًا (الإعدادات، أو ‎--to FILE): يُشفَّر ملف البيانات بحيث لا يقرؤه إلا المقر الرئيسي.</translation>
    </message>
    <message>
        <source>This database has no office yet: set it up first.</source>
        <translation>ليس لقاعدة البيانات هذه مكتب بعد: أعدّه أولًا.</translation>
    </message>
    <message>
        <source>This file was exported by this very database.</source>
        <translation>صُدّر هذا الملف من قاعدة البيانات هذه نفسها.</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one office {office} was first seen with (key {fingerprint}). If that office's computer was replaced, an administrator can accept its new key.</source>
        <translation>الملف موقّع بمفتاح غير الذي عُرف به المكتب {office} أول مرة (المفتاح {fingerprint}). إذا استُبدل حاسوب ذلك المكتب، يمكن لمسؤول أن يقبل مفتاحه الجديد.</translation>
    </message>
    <message>
        <source>Office {office}'s signing key {fingerprint} was not confirmed; nothing merged.</source>
        <translation>لم يُؤكَّد مفتاح توقيع المكتب {office} ‏{fingerprint}؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>لا يمكن كتابة {path}: {reason}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>لا يمكن قراءة الملف: {reason}.</translation>
    </message>
    <message>
        <source>After this file, two records of office {office} would have the register number {number}: it was given to one here and to another at the office. Give the one here another number, then merge this file again; nothing merged.</source>
        <translation>بعد هذا الملف سيحمل سجلان من مكتب {office} رقم التسجيل نفسه {number}: أُعطي لأحدهما هنا وللآخر في المكتب. أعطِ السجل الموجود هنا رقمًا آخر، ثم ادمج هذا الملف مرة أخرى؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>The file's contents are not valid ({error}); nothing merged.</source>
        <translation>محتوى الملف غير صالح ({error})؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>This file follows file {seq} of office {office}, exported on {date}, which has not been merged here. Merge that file first, or ask the office for a full export.</source>
        <translation>يأتي هذا الملف بعد الملف رقم {seq} من المكتب {office}، المصدَّر بتاريخ {date}، والذي لم يُدمج هنا بعد. ادمج ذلك الملف أولًا، أو اطلب من المكتب تصديرًا كاملًا.</translation>
    </message>
</context>
<context>
    <name>ExchangeModels</name>
    <message>
        <source>Merged</source>
        <translation>تم الدمج</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>مدموج من قبل</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>First name in Arabic</source>
        <translation>الاسم الأول بالعربية</translation>
    </message>
    <message>
        <source>Last name in Arabic</source>
        <translation>اسم العائلة بالعربية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Birth date estimated</source>
        <translation>تاريخ الميلاد تقديري</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>تمّت الموافقة</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>المحذوف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Duplicate decision</source>
        <translation>قرار التسجيل المكرر</translation>
    </message>
    <message>
        <source>Person kept</source>
        <translation>الشخص المُبقى عليه</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>الشخص الآخر</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>وقت القرار</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>كامل</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغييرات</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Send this office's data to headquarters</source>
        <translation>إرسال بيانات هذا المكتب إلى المقر الرئيسي</translation>
    </message>
    <message>
        <source>Headquarters &amp;keys…</source>
        <translation>&amp;مفاتيح المقر الرئيسي…</translation>
    </message>
    <message>
        <source>&amp;Export changes…</source>
        <translation>&amp;تصدير التغييرات…</translation>
    </message>
    <message>
        <source>What changed since the last export to the same headquarters</source>
        <translation>ما تغيّر منذ آخر تصدير إلى المقر الرئيسي نفسه</translation>
    </message>
    <message>
        <source>F&amp;ull export…</source>
        <translation>تصدير &amp;كامل…</translation>
    </message>
    <message>
        <source>Everything in this database</source>
        <translation>كل ما في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Merge offices' data files</source>
        <translation>دمج ملفات بيانات المكاتب</translation>
    </message>
    <message>
        <source>Private &amp;key file…</source>
        <translation>ملف المفتاح ال&amp;خاص…</translation>
    </message>
    <message>
        <source>Files ready to merge:</source>
        <translation>الملفات الجاهزة للدمج:</translation>
    </message>
    <message>
        <source>&amp;Merge files…</source>
        <translation>&amp;دمج الملفات…</translation>
    </message>
    <message>
        <source>Merge &amp;these files</source>
        <translation>دمج &amp;هذه الملفات</translation>
    </message>
    <message>
        <source>Clea&amp;r list</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Merge results</source>
        <translation>نتائج الدمج</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Merged files and office keys</source>
        <translation>الملفات المدمجة ومفاتيح المكاتب</translation>
    </message>
    <message>
        <source>Files are encrypted for headquarters' key:</source>
        <translation>تُشفَّر الملفات لمفتاح المقر الرئيسي:</translation>
    </message>
    <message>
        <source>No headquarters public key is set: data files cannot be exported until you add it.</source>
        <translation>لم يُضَف المفتاح العام للمقر الرئيسي: لا يمكن تصدير ملفات البيانات حتى تضيفه.</translation>
    </message>
    <message>
        <source>Add the headquarters &amp;key…</source>
        <translation>إضافة &amp;مفتاح المقر الرئيسي…</translation>
    </message>
    <message>
        <source>This office's signing key (headquarters checks it): %1</source>
        <translation>مفتاح توقيع هذا المكتب (يتحقق منه المقر الرئيسي): %1</translation>
    </message>
    <message>
        <source>No data file was exported from here yet.</source>
        <translation>لم يُصدَّر أي ملف بيانات من هنا بعد.</translation>
    </message>
    <message>
        <source>Last export: No. %1 on %2, file %3 (%4).</source>
        <translation>آخر تصدير: رقم %1 بتاريخ %2، الملف %3 (%4).</translation>
    </message>
    <message>
        <source>full</source>
        <translation>كامل</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>تغييرات</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>تبادل البيانات</translation>
    </message>
    <message>
        <source>No headquarters public key is set. A data file is encrypted so that only headquarters can read it. Add the key now?</source>
        <translation>لم يُضَف المفتاح العام للمقر الرئيسي. يُشفَّر ملف البيانات بحيث لا يقرؤه إلا المقر الرئيسي. هل تريد إضافة المفتاح الآن؟</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>تصدير كامل</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>تصدير التغييرات</translation>
    </message>
    <message>
        <source>TTK Desktop data files (*.ttkx)</source>
        <translation>ملفات بيانات TTK Desktop ‏(*.ttkx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>%1 was written (%2).</source>
        <translation>تمت كتابة %1 ‏(%2).</translation>
    </message>
    <message>
        <source>Everything in this database.</source>
        <translation>كل ما في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>What changed since export No. %1.</source>
        <translation>ما تغيّر منذ التصدير رقم %1.</translation>
    </message>
    <message>
        <source>Participants: %1, groups: %2, sessions: %3, attendance marks: %4.</source>
        <translation>المشاركون: %1، المجموعات: %2، الجلسات: %3، علامات الحضور: %4.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <source>Headquarters private key: %1</source>
        <translation>المفتاح الخاص للمقر الرئيسي: %1</translation>
    </message>
    <message>
        <source>Headquarters private key: asked at the first merge.</source>
        <translation>المفتاح الخاص للمقر الرئيسي: يُطلب عند أول دمج.</translation>
    </message>
    <message>
        <source>Choose “Merge these files”: the private key's passphrase is asked.</source>
        <translation>اختر «دمج هذه الملفات»: ستُطلب عبارة المرور للمفتاح الخاص.</translation>
    </message>
    <message>
        <source>Merge data files</source>
        <translation>دمج ملفات البيانات</translation>
    </message>
    <message>
        <source>TTK Desktop data files (*.ttkx);;All files (*)</source>
        <translation>ملفات بيانات TTK Desktop ‏(*.ttkx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Opening the files…</source>
        <translation>جارٍ فتح الملفات…</translation>
    </message>
    <message>
        <source>Stopping after the file being merged…</source>
        <translation>سيتوقف الدمج بعد الملف الجاري دمجه…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 من %2 ملفات</translation>
    </message>
    <message>
        <source>Merged: %1, already merged before: %2, not merged: %3. New conflicts: %4.</source>
        <translation>تم الدمج: %1، مدموجة من قبل: %2، لم تُدمج: %3. تعارضات جديدة: %4.</translation>
    </message>
    <message>
        <source>Files refused</source>
        <translation>ملفات مرفوضة</translation>
    </message>
    <message>
        <source>These files were refused; nothing of them was merged:</source>
        <translation>رُفضت هذه الملفات ولم يُدمج منها شيء:</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Edit group: %1</source>
        <translation>تعديل المجموعة: %1</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>الم&amp;كتب:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>المي&amp;سّر:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>تاريخ ال&amp;بدء:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>تاريخ الا&amp;نتهاء:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الو&amp;صف:</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>New group (Ctrl+N)</source>
        <translation>مجموعة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;تعديل المجموعة…</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>&amp;حذف المجموعة</translation>
    </message>
    <message>
        <source>Print &amp;roster…</source>
        <translation>طباعة &amp;قائمة الأعضاء…</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>إ&amp;ضافة أعضاء…</translation>
    </message>
    <message>
        <source>Re&amp;move from group</source>
        <translation>إ&amp;زالة من المجموعة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>&amp;جلسة جديدة…</translation>
    </message>
    <message>
        <source>Ed&amp;it session…</source>
        <translation>تعديل ال&amp;جلسة…</translation>
    </message>
    <message>
        <source>Delete sessio&amp;n</source>
        <translation>حذف الج&amp;لسة</translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>الح&amp;ضور…</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet…</source>
        <translation>&amp;طباعة كشف الحضور…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>No group chosen. Create one with New group.</source>
        <translation>لم تُختر أي مجموعة. أنشئ مجموعة بالزر «مجموعة جديدة».</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>الميسّر: %1</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>الأعضاء (%1)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>الجلسات (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) outside the Children's Assembly ages %1-%2.</source>
        <translation>
            <numerusform>لا يوجد أعضاء خارج الفئة العمرية لمجلس الأطفال (⁦%1-%2⁩).</numerusform>
            <numerusform>عضو واحد خارج الفئة العمرية لمجلس الأطفال (⁦%1-%2⁩).</numerusform>
            <numerusform>عضوان خارج الفئة العمرية لمجلس الأطفال (⁦%1-%2⁩).</numerusform>
            <numerusform>%n أعضاء خارج الفئة العمرية لمجلس الأطفال (⁦%1-%2⁩).</numerusform>
            <numerusform>%n عضواً خارج الفئة العمرية لمجلس الأطفال (⁦%1-%2⁩).</numerusform>
            <numerusform>%n عضو خارج الفئة العمرية لمجلس الأطفال (⁦%1-%2⁩).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation>الطباعة غير متاحة في هذا التثبيت.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” and its %n session(s)? Attendance recorded at them will no longer count in the statistics.</source>
        <translation>
            <numerusform>هل تريد حذف المجموعة «%1»؟ ليست لها أي جلسات.</numerusform>
            <numerusform>هل تريد حذف المجموعة «%1» وجلستها الوحيدة؟ لن يُحتسب الحضور المسجّل فيها في الإحصاءات بعد الآن.</numerusform>
            <numerusform>هل تريد حذف المجموعة «%1» وجلستيها؟ لن يُحتسب الحضور المسجّل فيهما في الإحصاءات بعد الآن.</numerusform>
            <numerusform>هل تريد حذف المجموعة «%1» وجلساتها الـ%n؟ لن يُحتسب الحضور المسجّل فيها في الإحصاءات بعد الآن.</numerusform>
            <numerusform>هل تريد حذف المجموعة «%1» وجلساتها البالغ عددها %n جلسة؟ لن يُحتسب الحضور المسجّل فيها في الإحصاءات بعد الآن.</numerusform>
            <numerusform>هل تريد حذف المجموعة «%1» وجلساتها البالغ عددها %n جلسة؟ لن يُحتسب الحضور المسجّل فيها في الإحصاءات بعد الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>إضافة أعضاء إلى %1</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>إضافة إلى المجموعة</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? Attendance already recorded stays.</source>
        <translation>هل تريد إزالة %1 من «%2»؟ يبقى الحضور المسجّل سابقاً كما هو.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>حذف الجلسة</translation>
    </message>
    <message>
        <source>Delete the session of %1 (%2 present)? Its attendance will no longer count in the statistics.</source>
        <translation>هل تريد حذف جلسة %1 (الحاضرون: %2)؟ لن يُحتسب حضورها في الإحصاءات بعد الآن.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Accept a new key…</source>
        <translation>&amp;قبول مفتاح جديد…</translation>
    </message>
    <message>
        <source>Files merged here, per office</source>
        <translation>الملفات المدموجة هنا، حسب المكتب</translation>
    </message>
    <message>
        <source>Offices' signing keys trusted here</source>
        <translation>مفاتيح توقيع المكاتب الموثوقة هنا</translation>
    </message>
    <message>
        <source>Accept a new key</source>
        <translation>قبول مفتاح جديد</translation>
    </message>
    <message>
        <source>Forget the key %1 trusted for office %2?

The next data file from office %2 will be asked about as if it were the first one, and its key trusted if you confirm it. Do this only when that office's computer was replaced or reinstalled: a file signed by another key may come from someone else.</source>
        <translation>هل تريد نسيان المفتاح %1 الموثوق للمكتب %2؟

سيُسأل عن ملف البيانات التالي من المكتب %2 كأنه الأول، ويُوثق بمفتاحه إن أكدت ذلك. لا تفعل هذا إلا إذا استُبدل حاسوب ذلك المكتب أو أعيد تثبيته: فالملف الموقّع بمفتاح آخر قد يأتي من شخص آخر.</translation>
    </message>
</context>
<context>
    <name>HqKeysBox</name>
    <message>
        <source>Headquarters public key</source>
        <translation>المفتاح العام للمقر الرئيسي</translation>
    </message>
    <message>
        <source>Data files are encrypted so that only headquarters can read them. Paste the one-line key headquarters gave you (it starts with age1) or choose its file (hq.pub). Check the fingerprint with headquarters.</source>
        <translation>تُشفَّر ملفات البيانات بحيث لا يقرؤها إلا المقر الرئيسي. الصق المفتاح المكوّن من سطر واحد الذي أعطاك إياه المقر الرئيسي (يبدأ بـ age1) أو اختر ملفه (hq.pub). تحقّق من البصمة مع المقر الرئيسي.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>من &amp;ملف…</translation>
    </message>
    <message>
        <source>No headquarters key yet: data files cannot be exported.</source>
        <translation>لا يوجد مفتاح للمقر الرئيسي بعد: لا يمكن تصدير ملفات البيانات.</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;إزالة المفتاح</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>المفاتيح العامة (*.pub);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>HqKeysDialog</name>
    <message>
        <source>Headquarters public key</source>
        <translation>المفتاح العام للمقر الرئيسي</translation>
    </message>
</context>
<context>
    <name>IdleLockBox</name>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>With nobody using it for this long, TTK Desktop hides its windows and asks the password again; what was typed is kept.</source>
        <translation>إذا لم يستخدمه أحد طوال هذه المدة، يخفي TTK Desktop نوافذه ويطلب كلمة المرور من جديد، ويُحتفظ بما كُتب.</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>the Groups sheet</source>
        <translation>ورقة المجموعات</translation>
    </message>
    <message>
        <source>the Sessions sheet</source>
        <translation>ورقة الجلسات</translation>
    </message>
    <message>
        <source>the Participants sheet</source>
        <translation>ورقة المشاركين</translation>
    </message>
    <message>
        <source>group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>يجب إدخال قيمة هنا.</translation>
    </message>
    <message>
        <source>The office is empty and this database has no office yet. Set the office up first (ttk setup) or fill in the office column.</source>
        <translation>المكتب فارغ ولا يوجد مكتب في قاعدة البيانات بعد. أعدّ المكتب أولاً (ttk setup) أو املأ عمود المكتب.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>No sheet of this workbook is a register sheet. Name the sheets Participants, Groups, Sessions and Attendance (or Katılımcılar, Gruplar, Oturumlar, Katılım), as in the template. Sheets found: {names}.</source>
        <translation>لا توجد في هذا المصنف ورقة سجلّ. سمِّ الأوراق Katılımcılar وGruplar وOturumlar وKatılım (أو Participants وGroups وSessions وAttendance) كما في القالب. الأوراق الموجودة: {names}.</translation>
    </message>
    <message>
        <source>The {what} "{id}" was deleted. Restore it, or add it to {where} to import it again.</source>
        <translation>حُذف {what} "{id}". استعده، أو أضفه إلى {where} لاستيراده من جديد.</translation>
    </message>
    <message>
        <source>Several offices ({offices}) have a {what} with the id "{id}"; it is not clear which one is meant.</source>
        <translation>لدى عدة مكاتب ({offices}) {what} بالمعرّف "{id}"؛ ولا يتّضح أيّها المقصود.</translation>
    </message>
    <message>
        <source>There is no {what} with the id "{id}", neither on {where} nor in the database.</source>
        <translation>لا يوجد {what} بالمعرّف "{id}"، لا في {where} ولا في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The id "{id}" appears twice in the file (first on row {row}). Each record needs its own id.</source>
        <translation>المعرّف "{id}" مكرر في الملف (أول مرة في الصف {row}). يجب أن يكون لكل سجل معرّف خاص به.</translation>
    </message>
    <message>
        <source>The required column "{name}" is missing. Add a column headed "{name}".</source>
        <translation>العمود الإلزامي "{name}" غير موجود. أضف عموداً عنوانه "{name}".</translation>
    </message>
    <message>
        <source>Unknown disability status "{value}". Write yes or no (Evet/Hayır, Var/Yok).</source>
        <translation>حالة إعاقة غير معروفة "{value}". اكتب نعم أو لا (Evet/Hayır، Var/Yok).</translation>
    </message>
    <message>
        <source>"{value}" is not a time; write it as HH:MM.</source>
        <translation>"{value}" ليس وقتاً؛ اكتبه بالشكل HH:MM.</translation>
    </message>
    <message>
        <source>The columns {columns} hold the same data. Keep one of them and import again.</source>
        <translation>الأعمدة {columns} تحمل البيانات نفسها. أبقِ واحدًا منها ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>The required column "{name}" is missing. Add a column headed "{name}" (or "{local}").</source>
        <translation>العمود الإلزامي "{name}" غير موجود. أضف عموداً عنوانه "{name}" (أو "{local}").</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>sheet '{sheet}', row {row}</source>
        <translation>الورقة '{sheet}'، الصف {row}</translation>
    </message>
    <message>
        <source>The id "{id}" appears twice in the file (first on {where}). Each record needs its own id.</source>
        <translation>المعرّف "{id}" مكرر في الملف (أول مرة في {where}). يجب أن يكون لكل سجل معرّف خاص به.</translation>
    </message>
    <message>
        <source>{name} is not an .xlsx workbook (.xls, .xlsb and .ods files are not read). Open it in Excel or LibreOffice, save it as Excel Workbook (.xlsx) and import that file.</source>
        <translation>{name} ليس مصنفًا بصيغة ‎.xlsx (لا تُقرأ ملفات ‎.xls و‎.xlsb و‎.ods). افتحه في Excel أو LibreOffice واحفظه بصيغة مصنف Excel ‏(‎.xlsx) ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>A cell holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</source>
        <translation>تحتوي خلية على أكثر من {max} حرفًا، وهو أكثر مما يسمح به Excel في الخلية. اختصرها واحفظ الملف ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>The workbook holds more than {max} different texts, more than any register. Copy only the register sheets into a new workbook, save it and import that file.</source>
        <translation>يحتوي المصنف على أكثر من {max} نص مختلف، وهو أكثر مما يحويه أي سجل. انسخ أوراق السجل وحدها إلى مصنف جديد واحفظه ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>A cell in row {row} holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</source>
        <translation>تحتوي خلية في الصف {row} على أكثر من {max} حرفًا، وهو أكثر مما يسمح به Excel في الخلية. اختصرها واحفظ الملف ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>The register has more than {max} rows with data; at most {max} can be imported at once. Split it into files of at most {max} rows and import them one after the other.</source>
        <translation>يحتوي السجل على أكثر من {max} صف من البيانات، ولا يمكن استيراد أكثر من {max} صف دفعة واحدة. قسّمه إلى ملفات لا يزيد كل منها على {max} صف واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>The sheet has a cell at {cell}, far from the rest of the data: reading it would take a table of {rows} rows by {columns} columns. Delete the stray cells (or the empty rows and columns after the data), save the file and import it again.</source>
        <translation>في الورقة خلية في {cell} بعيدة عن بقية البيانات: قراءتها تتطلب جدولًا من {rows} صف و{columns} عمود. احذف الخلايا الشاردة (أو الصفوف والأعمدة الفارغة بعد البيانات) واحفظ الملف ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>The sheet's cells hold more than {max} MB of text (a text repeated in many cells counts every time). Shorten the long texts, save the file and import it again.</source>
        <translation>تحتوي خلايا الورقة على أكثر من {max} ميغابايت من النص (يُحسب النص المكرر في خلايا كثيرة في كل مرة). اختصر النصوص الطويلة واحفظ الملف ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {max} MB, far more than a register needs. Copy only the register sheets into a new workbook, save it and import that file.</source>
        <translation>يتجاوز حجم {name} بعد فك ضغطه {max} ميغابايت، وهو أكثر بكثير مما يحتاجه سجل. انسخ أوراق السجل وحدها إلى مصنف جديد واحفظه ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>{name} is packed {ratio} times tighter than workbooks are, as files built to exhaust memory are. Open it in Excel, save it again and import that file.</source>
        <translation>{name} مضغوط بدرجة تفوق المصنفات المعتادة {ratio} مرة، كما هي حال الملفات المصنوعة لاستنزاف الذاكرة. افتحه في Excel واحفظه من جديد ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The sheet has {cells} filled cells; at most {max} can be read at once. Split it into smaller files and import them one after the other.</source>
        <translation>في الورقة {cells} خلية مملوءة، ولا يمكن قراءة أكثر من {max} خلية دفعة واحدة. قسّمها إلى ملفات أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>The participant "{participant}" was born in {year}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth year or the session date, or delete this row.</source>
        <translation>وُلد المشارك "{participant}" في عام {year}، بعد الجلسة "{session}" بتاريخ {day}، فلا يمكن أن يكون قد حضرها. صحّح سنة الميلاد أو تاريخ الجلسة، أو احذف هذا السطر.</translation>
    </message>
    <message>
        <source>The participant "{participant}" was born on {birth}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth date or the session date, or delete this row.</source>
        <translation>وُلد المشارك "{participant}" في {birth}، بعد الجلسة "{session}" بتاريخ {day}، فلا يمكن أن يكون قد حضرها. صحّح تاريخ الميلاد أو تاريخ الجلسة، أو احذف هذا السطر.</translation>
    </message>
    <message>
        <source>The text is {n} characters long; at most {max} fit.</source>
        <translation>طول النص {n} حرفاً، والحد الأقصى {max}.</translation>
    </message>
    <message>
        <source>An id can be at most {max} characters long.</source>
        <translation>لا يمكن أن يزيد المعرّف عن {max} حرفاً.</translation>
    </message>
    <message>
        <source>The office code "{code}" should be 2-32 letters, digits, - or _.</source>
        <translation>يجب أن يتكوّن رمز المكتب "{code}" من 2 إلى 32 حرفاً أو رقماً أو - أو _.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook, or it is damaged or incomplete (for example cut short while copying). Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>{name} ليس مصنف Excel، أو أنه تالف أو ناقص (مثلاً انقطع نسخه). افتحه في Excel واحفظه من جديد بصيغة .xlsx ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook.</source>
        <translation>{path} مجلد وليس مصنفاً.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>تعذّرت قراءة الملف {name}: {reason}.</translation>
    </message>
    <message>
        <source>{label}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{label}: أُضيف {added}، وحُدّث {updated}، ولم يتغيّر {unchanged}</translation>
    </message>
    <message>
        <source>New offices created: {codes}</source>
        <translation>المكاتب الجديدة المُنشأة: {codes}</translation>
    </message>
    <message>
        <source>Group memberships added from attendance: {n}</source>
        <translation>عضويات المجموعات المضافة من سجل الحضور: {n}</translation>
    </message>
    <message>
        <source>The sheet is written in an unusual way (cells without positions) and is too big to check. Open the file in Excel, save it again and import that file.</source>
        <translation>كُتبت الورقة بطريقة غير معتادة (خلايا بلا مواضع) وهي أكبر من أن تُفحص. افتح الملف في Excel واحفظه من جديد ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its parts do not match the zip's table of contents. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>المصنف تالف: أجزاؤه لا تطابق جدول محتويات ملف zip. افتحه في Excel واحفظه من جديد بصيغة ‎.xlsx ثم استورد ذلك الملف.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Excel</source>
        <translation>استيراد من Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish.</source>
        <translation>هناك استيراد قيد التنفيذ. انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>جارٍ الإلغاء… لن يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Importing %1… The file is checked first; nothing is written until all of it is correct.</source>
        <translation>جارٍ استيراد %1… يُفحص الملف أولاً، ولا يُكتب شيء حتى يكون كله صحيحاً.</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>تم استيراد %1.</translation>
    </message>
    <message>
        <source>%1 was imported: everything in it was already in the database.</source>
        <translation>تم استيراد %1: كل ما فيه كان موجوداً في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>أُلغي استيراد %1، ولم يتغيّر شيء.</translation>
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
        <translation>{file}، الورقة '{sheet}': {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {message}</source>
        <translation>{file}، الصف {row}: {message}</translation>
    </message>
    <message>
        <source>{file}, column '{column}': {message}</source>
        <translation>{file}، العمود '{column}': {message}</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', row {row}: {message}</source>
        <translation>{file}، الورقة '{sheet}'، الصف {row}: {message}</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', column '{column}': {message}</source>
        <translation>{file}، الورقة '{sheet}'، العمود '{column}': {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}, column '{column}': {message}</source>
        <translation>{file}، الصف {row}، العمود '{column}': {message}</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', row {row}, column '{column}': {message}</source>
        <translation>{file}، الورقة '{sheet}'، الصف {row}، العمود '{column}': {message}</translation>
    </message>
    <message>
        <source>{file}: {n} more problems</source>
        <translation>{file}: {n} مشكلة أخرى</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}': {n} more problems</source>
        <translation>{file}، الورقة '{sheet}': {n} مشكلة أخرى</translation>
    </message>
    <message>
        <source>{file}, column '{column}': {n} more problems</source>
        <translation>{file}، العمود '{column}': {n} مشكلة أخرى</translation>
    </message>
    <message>
        <source>{file}, sheet '{sheet}', column '{column}': {n} more problems</source>
        <translation>{file}، الورقة '{sheet}'، العمود '{column}': {n} مشكلة أخرى</translation>
    </message>
    <message>
        <source>{file}: {n} more problems of other kinds</source>
        <translation>{file}: {n} مشكلة أخرى من أنواع أخرى</translation>
    </message>
</context>
<context>
    <name>ImportIssueTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message>
        <source>Import refused: %1</source>
        <translation>رُفض الاستيراد: %1</translation>
    </message>
    <message>
        <source>%1 was not imported because of the problems below; nothing was changed. Correct them in Excel and import the file again.</source>
        <translation>لم يُستورد %1 بسبب المشكلات أدناه، ولم يتغيّر شيء. صحّحها في Excel ثم استورد الملف من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>لا توجد مشكلات.</numerusform>
            <numerusform>مشكلة واحدة.</numerusform>
            <numerusform>مشكلتان.</numerusform>
            <numerusform>%n مشكلات.</numerusform>
            <numerusform>%n مشكلةً.</numerusform>
            <numerusform>%n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; the others are counted here:</source>
        <translation>أُدرجت أول %1 مشكلة، وتُعدّ البقية هنا:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected problems (or all of them) to paste into Excel</source>
        <translation>انسخ المشكلات المحدّدة (أو كلها) للصقها في Excel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>TTK Desktop is locked</source>
        <translation>TTK Desktop مقفل</translation>
    </message>
    <message>
        <source>TTK Desktop was locked because nobody used it for a while. Enter the password of %1 to continue where you left off.</source>
        <translation>تم قفل TTK Desktop لأن أحدًا لم يستخدمه منذ مدة. أدخل كلمة مرور %1 لتتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>Quit TTK Desktop</source>
        <translation>الخروج من TTK Desktop</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>TTK Desktop: log in</source>
        <translation>TTK Desktop: تسجيل الدخول</translation>
    </message>
    <message>
        <source>This database is protected. Log in with your account.</source>
        <translation>قاعدة البيانات هذه محمية. سجّل الدخول بحسابك.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Enter the account name and the password.</source>
        <translation>أدخل اسم الحساب وكلمة المرور.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>جارٍ التحقق من كلمة المرور…</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 ث)</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد ثانيتين.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit TTK Desktop? What was typed in open windows and not saved is lost. To log in with another account, quit and start TTK Desktop again.</source>
        <translation>هل تريد الخروج من TTK Desktop؟ سيضيع ما كُتب في النوافذ المفتوحة ولم يُحفظ. لتسجيل الدخول بحساب آخر، اخرج ثم شغّل TTK Desktop من جديد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>مشارك &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Import Excel…</source>
        <translation>&amp;استيراد من Excel…</translation>
    </message>
    <message>
        <source>&amp;Data exchange: export or merge…</source>
        <translation>&amp;تبادل البيانات: تصدير أو دمج…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <source>Blank &amp;registration form…</source>
        <translation>استمارة &amp;تسجيل فارغة…</translation>
    </message>
    <message>
        <source>This &amp;week's attendance sheets…</source>
        <translation>كشوف حضور هذا الأ&amp;سبوع…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;تعديل المشارك…</translation>
    </message>
    <message>
        <source>&amp;Delete participant…</source>
        <translation>&amp;حذف المشارك…</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>&amp;بحث عن مشارك</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;المشاركون</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>الم&amp;جموعات</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>الإ&amp;حصاءات</translation>
    </message>
    <message>
        <source>&amp;Data exchange</source>
        <translation>&amp;تبادل البيانات</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>السجلات الم&amp;كررة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <source>&amp;Self-test</source>
        <translation>ا&amp;ختبار ذاتي</translation>
    </message>
    <message>
        <source>&amp;About TTK Desktop</source>
        <translation>&amp;حول TTK Desktop</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>تبادل البيانات</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>السجلات المكررة</translation>
    </message>
    <message>
        <source>Office: %1 | Database: %2</source>
        <translation>المكتب: %1 | قاعدة البيانات: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This screen is not available yet.</source>
        <translation>هذه الشاشة غير متاحة بعد.</translation>
    </message>
    <message>
        <source>This feature is not available in this version yet.</source>
        <translation>هذه الميزة غير متوفرة في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <source>The user guide is not installed.</source>
        <translation>دليل الاستخدام غير مثبّت.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Last name</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Outside ages %1-%2</source>
        <translation>خارج الفئة العمرية ⁦%1-%2⁩</translation>
    </message>
</context>
<context>
    <name>MergeHistoryTableModel</name>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>Newest change</source>
        <translation>أحدث تغيير</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>تم الدمج</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضاف</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>المحدَّث</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>المحذوف</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>MergeReportTableModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضاف</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>المحدَّث</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>المحذوف</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>MergeRun</name>
    <message>
        <source>Headquarters private key</source>
        <translation>المفتاح الخاص للمقر الرئيسي</translation>
    </message>
    <message>
        <source>Private keys (*.key);;All files (*)</source>
        <translation>المفاتيح الخاصة (*.key);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Passphrase of the private key %1:</source>
        <translation>عبارة المرور للمفتاح الخاص %1:</translation>
    </message>
    <message>
        <source>A new office key</source>
        <translation>مفتاح مكتب جديد</translation>
    </message>
    <message>
        <source>Office %1 sends a data file here for the first time (%2).

Its signing key has the fingerprint:
%3

Compare it with the fingerprint shown on that office's Data exchange page, by telephone for example. Trust this key and merge its files?</source>
        <translation>يرسل المكتب %1 ملف بيانات إلى هنا لأول مرة (%2).

بصمة مفتاح توقيعه:
%3

قارنها بالبصمة الظاهرة في صفحة تبادل البيانات لدى ذلك المكتب، بالهاتف مثلًا. هل تثق بهذا المفتاح وتدمج ملفاته؟</translation>
    </message>
    <message>
        <source>Cancelled before this file: nothing of it was merged.</source>
        <translation>أُلغي الدمج قبل هذا الملف: لم يُدمج منه شيء.</translation>
    </message>
</context>
<context>
    <name>Normalize</name>
    <message>
        <source>"{value}" is not a date. Write it as day.month.year, e.g. 31.12.1985.</source>
        <translation>"{value}" ليس تاريخاً. اكتبه بالشكل يوم.شهر.سنة، مثلاً 31.12.1985.</translation>
    </message>
    <message>
        <source>Only one column may hold {field}, but {columns} do. Keep one of them and import again.</source>
        <translation>يجب أن يكون {field} في عمود واحد فقط، لكنه موجود في {columns}. أبقِ عموداً واحداً وأعد الاستيراد.</translation>
    </message>
    <message>
        <source>Unknown nationality "{value}". Use a country name in Turkish, English or Arabic, a country code such as SY or SYR, "stateless" or "unknown".</source>
        <translation>جنسية غير معروفة "{value}". اكتب اسم بلد بالتركية أو الإنجليزية أو العربية، أو رمز بلد مثل SY أو SYR، أو "عديم الجنسية" أو "غير معروف".</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>التاريخ فارغ.</translation>
    </message>
    <message>
        <source>{value} is only a year. Write the full date as day.month.year, e.g. 31.12.{value}.</source>
        <translation>{value} سنة فقط. اكتب التاريخ كاملاً بالشكل يوم.شهر.سنة، مثلاً 31.12.{value}.</translation>
    </message>
    <message>
        <source>Unknown group type "{value}". Use one of: {choices}.</source>
        <translation>نوع مجموعة غير معروف "{value}". استخدم أحد الأنواع التالية: {choices}.</translation>
    </message>
    <message>
        <source>Phone number "{value}" may only contain digits, spaces, +, - and parentheses.</source>
        <translation>رقم الهاتف "{value}" يجب ألا يحتوي إلا على أرقام ومسافات و+ و- وأقواس.</translation>
    </message>
    <message>
        <source>Phone number "{value}" has {count} digits; a phone number has 7 to 15 digits.</source>
        <translation>رقم الهاتف "{value}" فيه {count} أرقام، ورقم الهاتف يتكوّن من 7 إلى 15 رقماً.</translation>
    </message>
    <message>
        <source>Unknown gender "{value}". Use female, male, other or not stated (Kadın/Erkek, K/E, F/M).</source>
        <translation>جنس غير معروف "{value}". اكتب أنثى أو ذكر أو آخر أو غير محدد (أو Kadın/Erkek، K/E، F/M).</translation>
    </message>
    <message>
        <source>"{value}" has a two-digit year. Write the year with all four digits (e.g. 1985, not 85).</source>
        <translation>"{value}" فيه سنة من رقمين. اكتب السنة بأربعة أرقام (مثلاً 1985 وليس 85).</translation>
    </message>
    <message>
        <source>{value} is not a date (day, month or year out of range).</source>
        <translation>{value} ليس تاريخاً (اليوم أو الشهر أو السنة خارج النطاق).</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>Edit participant: %1</source>
        <translation>تعديل بيانات المشارك: %1</translation>
    </message>
    <message>
        <source>in Arabic letters</source>
        <translation>بالأحرف العربية</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation>الكنية *</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>الكنية (بالعربية)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>يوم.شهر.سنة</translation>
    </message>
    <message>
        <source>Year only (estimated)</source>
        <translation>السنة فقط (تقديرية)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>تمّت الموافقة</translation>
    </message>
    <message>
        <source>Consent *</source>
        <translation>الموافقة *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>الحقول المعلّمة بـ * إلزامية.</translation>
    </message>
    <message>
        <source>Read this to the person: “The association records your name, contact details and participation in its activities to organise them and to report anonymous statistics. Your data is not shared with anyone else. You can ask to see, correct or delete it at any time.” Tick the box only if the person agrees.</source>
        <translation>اقرأ على الشخص ما يلي: «تسجّل الجمعية اسمك ومعلومات التواصل معك ومشاركتك في أنشطتها لتنظيم هذه الأنشطة وإعداد إحصاءات لا تكشف هويتك. لا تُشارَك بياناتك مع أي جهة أخرى، ويمكنك في أي وقت أن تطلب الاطلاع عليها أو تصحيحها أو حذفها.» لا تعلّم المربع إلا إذا وافق الشخص.</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Read the consent statement to the person and tick the box when they agree. A new person cannot be registered without consent.</source>
        <translation>اقرأ نص الموافقة على الشخص وعلّم المربع إذا وافق. لا يمكن تسجيل شخص جديد دون موافقته.</translation>
    </message>
</context>
<context>
    <name>ParticipantPickModel</name>
    <message>
        <source>Last name</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>موجود في القائمة</translation>
    </message>
</context>
<context>
    <name>ParticipantPickerDialog</name>
    <message>
        <source>Choose participants</source>
        <translation>اختيار المشاركين</translation>
    </message>
    <message>
        <source>Type a name, phone or register number</source>
        <translation>اكتب اسماً أو رقم هاتف أو رقم التسجيل</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling or register them.</source>
        <translation>لم يُعثر على أحد. تحقّق من الإملاء أو سجّل الشخص.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches; type more to narrow down.</source>
        <translation>تُعرض أول %1 نتيجة؛ اكتب المزيد لتضييق البحث.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أحد.</numerusform>
            <numerusform>عُثر على شخص واحد.</numerusform>
            <numerusform>عُثر على شخصين.</numerusform>
            <numerusform>عُثر على %n أشخاص.</numerusform>
            <numerusform>عُثر على %n شخصاً.</numerusform>
            <numerusform>عُثر على %n شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Children's Assembly is for ages %1-%2: %3</source>
        <translation>مجلس الأطفال للأعمار من %1 إلى %2: %3</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>(erased on request)</source>
        <translation>(مُحي بناءً على الطلب)</translation>
    </message>
    <message>
        <source>Estimated: only the year is known</source>
        <translation>تقديري: السنة فقط معروفة</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Search by name, phone or register number…</source>
        <translation>ابحث بالاسم أو الهاتف أو رقم التسجيل…</translation>
    </message>
    <message>
        <source>All genders</source>
        <translation>كل الأجناس</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation>كل الجنسيات</translation>
    </message>
    <message>
        <source>Other nationalities</source>
        <translation>جنسيات أخرى</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>كل الأعمار</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>العمر %1</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete participant…</source>
        <translation>حذف المشارك…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>لا يوجد مشاركون</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشاركاً</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sorted: the %Ln loaded row(s) only</source>
        <translation>
            <numerusform>الترتيب: لا صفوف محمّلة</numerusform>
            <numerusform>الترتيب: الصف المحمّل فقط</numerusform>
            <numerusform>الترتيب: الصفان المحمّلان فقط</numerusform>
            <numerusform>الترتيب: الصفوف المحمّلة (%Ln) فقط</numerusform>
            <numerusform>الترتيب: الصفوف المحمّلة (%Ln) فقط</numerusform>
            <numerusform>الترتيب: الصفوف المحمّلة (%Ln) فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>تسجيل %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>حذف المشارك</translation>
    </message>
    <message>
        <source>Delete %1? Their attendance will no longer be counted. You can undo this with Ctrl+Z until you close TTK Desktop.</source>
        <translation>هل تريد حذف %1؟ لن يُحتسب حضوره بعد الآن. يمكنك التراجع عن ذلك بـ Ctrl+Z ما دام TTK Desktop مفتوحاً.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataWarning</name>
    <message>
        <source>Personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <source>%1 will be saved to %2.

The file will contain personal data of refugees: names, phone numbers and birth dates. Anyone who gets the file can read them. Store it only where unauthorised people cannot reach it, do not send it by e-mail or messaging apps, and delete it when it is no longer needed.

Save the file?</source>
        <translation>سيُحفظ %1 في %2.

سيحتوي الملف على بيانات شخصية للاجئين: الأسماء وأرقام الهواتف وتواريخ الميلاد. يستطيع كل من يحصل على الملف قراءتها. احفظه فقط حيث لا يصل إليه غير المخوَّلين، ولا ترسله بالبريد الإلكتروني أو تطبيقات المراسلة، واحذفه حين لا تعود بحاجة إليه.

هل تريد حفظ الملف؟</translation>
    </message>
</context>
<context>
    <name>PinnedKeyTableModel</name>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>موثوق منذ</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file</source>
        <translation>حفظ هذه الصفحات في ملف PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The pages</source>
        <translation>الصفحات</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print attendance sheet</source>
        <translation>طباعة كشف الحضور</translation>
    </message>
    <message>
        <source>Print group roster</source>
        <translation>طباعة قائمة أعضاء المجموعة</translation>
    </message>
    <message>
        <source>Print registration form</source>
        <translation>طباعة استمارة التسجيل</translation>
    </message>
    <message>
        <source>Print the week's attendance sheets</source>
        <translation>طباعة كشوف حضور الأسبوع</translation>
    </message>
    <message>
        <source>Any day of the week whose sessions to print</source>
        <translation>أي يوم من الأسبوع المراد طباعة جلساته</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>الأسبوع:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهواتف</translation>
    </message>
    <message>
        <source>Birth dates</source>
        <translation>تواريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <source>Only for this print; off protects people's data</source>
        <translation>لهذه الطباعة فقط؛ إبقاؤها غير مفعّلة يحمي بيانات الأشخاص</translation>
    </message>
    <message>
        <source>Also show:</source>
        <translation>إظهار أيضاً:</translation>
    </message>
    <message>
        <source>Leave all rows empty</source>
        <translation>ترك كل الصفوف فارغة</translation>
    </message>
    <message>
        <source>Empty rows for walk-ins:</source>
        <translation>صفوف فارغة للحاضرين دون تسجيل مسبق:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Printed languages:</source>
        <translation>لغات الطباعة:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>معاينة…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>لا يوجد ما يُطبع.</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is switched on and connected, then try again.</source>
        <translation>لا يمكن استخدام الطابعة. تحقّق من أنها مشغّلة ومتصلة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There are no sessions from {start} to {end}: nothing to print.</source>
        <translation>لا توجد جلسات من {start} إلى {end}: لا يوجد ما يُطبع.</translation>
    </message>
    <message>
        <source>Empty rows for walk-ins must be a number from 0 to {max}, not {rows}.</source>
        <translation>يجب أن يكون عدد الصفوف الفارغة للحاضرين دون تسجيل مسبق بين 0 و{max}، وليس {rows}.</translation>
    </message>
    <message>
        <source>Cannot write {path}. Check that the folder exists and the file is not open in another program, then try again.</source>
        <translation>تعذّرت الكتابة إلى {path}. تحقّق من وجود المجلد ومن أن الملف غير مفتوح في برنامج آخر، ثم حاول مجدداً.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Backups made before the erasure still hold the old values: {rotating} automatic (they leave the rotation within {weeks} weeks) and {kept} made by hand or before a restore (kept until an administrator deletes them; File &gt; Backups).</source>
        <translation>النسخ الاحتياطية المأخوذة قبل المحو ما زالت تحتوي القيم القديمة: {rotating} نسخة تلقائية (تخرج من التدوير خلال {weeks} أسابيع) و{kept} نسخة أُخذت يدويًا أو قبل استعادة (تبقى حتى يحذفها مسؤول؛ ملف &gt; النسخ الاحتياطية).</translation>
    </message>
    <message>
        <source>No participant has the id {uuid}.</source>
        <translation>لا يوجد مشارك بالمعرّف {uuid}.</translation>
    </message>
    <message>
        <source>Participant #{id} does not exist.</source>
        <translation>المشارك رقم {id} غير موجود.</translation>
    </message>
    <message>
        <source>The retention period must be at least 1 year, not {n}.</source>
        <translation>يجب أن تكون مدة الاحتفاظ سنة واحدة على الأقل، لا {n}.</translation>
    </message>
    <message>
        <source>Unknown language "{language}". Use tr, en or ar.</source>
        <translation>لغة غير معروفة "{language}". استخدم tr أو en أو ar.</translation>
    </message>
    <message>
        <source>Unknown file format "{format}". Write a .xlsx or a .pdf file.</source>
        <translation>صيغة ملف غير معروفة "{format}". اكتب ملف ‎.xlsx‎ أو ‎.pdf‎.</translation>
    </message>
    <message>
        <source>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</source>
        <translation>تعذّرت كتابة {path}. تحقّق من وجود المجلد ومن أن لديك إذن الكتابة فيه ومن أن الملف غير مفتوح في برنامج آخر، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export everything about this person…</source>
        <translation>تصدير كل ما يخص هذا الشخص…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>المحو بناءً على الطلب…</translation>
    </message>
    <message>
        <source>Anonymise inactive participants…</source>
        <translation>إخفاء هوية المشاركين غير النشطين…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>مُحي بناءً على الطلب</translation>
    </message>
    <message>
        <source>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</source>
        <translation>مُحي هذا الشخص بناءً على طلبه. يُحتفظ بالسجل للإحصائيات فقط ولا يمكن تغييره بعد الآن.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Save everything about this person</source>
        <translation>حفظ كل ما يخص هذا الشخص</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>تصدير كل ما يخص هذا الشخص</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
    <message>
        <source>Everything about %1</source>
        <translation>كل ما يخص %1</translation>
    </message>
    <message>
        <source>Erase %1 on request?

Removed: first and last name (Latin and Arabic), phone, notes, register number and disability answer; the birth date is reduced to the year. The values are also removed from the audit log, which keeps only who changed the record and when.

Kept: gender, nationality, office, consent, groups and attendance, so past statistics stay exactly the same.

This cannot be undone. The erasure reaches headquarters with the next data file. Other records confirmed to be the same person are erased too.</source>
        <translation>هل تريد محو %1 بناءً على الطلب؟

ما سيُزال: الاسم والكنية (بالحروف اللاتينية والعربية)، والهاتف، والملاحظات، ورقم التسجيل، وجواب الإعاقة؛ ويُختصر تاريخ الميلاد إلى السنة. وتُزال هذه القيم أيضاً من سجل التدقيق، الذي لا يحتفظ إلا بمن غيّر السجل ومتى.

ما سيبقى: الجنس، والجنسية، والمركز، والموافقة، والمجموعات، والحضور، لكي تبقى الإحصائيات السابقة كما هي تماماً.

لا يمكن التراجع عن ذلك. يصل المحو إلى المقر الرئيسي مع ملف البيانات التالي. وتُمحى أيضاً السجلات الأخرى التي تأكد أنها للشخص نفسه.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>المحو بناءً على الطلب</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>تم محو %1.</translation>
    </message>
    <message>
        <source>Anonymising inactive participants…</source>
        <translation>جارٍ إخفاء هوية المشاركين غير النشطين…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Anonymise inactive participants</source>
        <translation>إخفاء هوية المشاركين غير النشطين</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) anonymised.</source>
        <translation>
            <numerusform>لم تُخفَ هوية أي شخص.</numerusform>
            <numerusform>أُخفيت هوية شخص واحد.</numerusform>
            <numerusform>أُخفيت هوية شخصين.</numerusform>
            <numerusform>أُخفيت هوية %Ln أشخاص.</numerusform>
            <numerusform>أُخفيت هوية %Ln شخصاً.</numerusform>
            <numerusform>أُخفيت هوية %Ln شخص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>The database is now encrypted. From now on TTK Desktop asks for a password; %1 is its administrator.</source>
        <translation>قاعدة البيانات مشفّرة الآن. من الآن فصاعدًا يطلب TTK Desktop كلمة مرور، والمسؤول عنها هو %1.</translation>
    </message>
    <message>
        <source>An unencrypted copy (%1) was kept during the conversion and deleted once the encrypted database was checked against it.</source>
        <translation>احتُفظ بنسخة غير مشفّرة (%1) أثناء التحويل، ثم حُذفت بعد التحقق من قاعدة البيانات المشفّرة بمقارنتها بها.</translation>
    </message>
    <message>
        <source>The unencrypted copy %1 could not be deleted. It holds everyone's data readable: delete it yourself.</source>
        <translation>تعذّر حذف النسخة غير المشفّرة %1. إنها تحوي بيانات الجميع بشكل مقروء: احذفها بنفسك.</translation>
    </message>
    <message numerus="yes">
        <source>%n older unencrypted backup copy(ies) were deleted too.</source>
        <translation>
            <numerusform>لم تُحذف أي نسخة احتياطية قديمة غير مشفّرة (%n).</numerusform>
            <numerusform>حُذفت أيضًا نسخة احتياطية قديمة غير مشفّرة.</numerusform>
            <numerusform>حُذفت أيضًا نسختان احتياطيتان قديمتان غير مشفّرتين.</numerusform>
            <numerusform>حُذفت أيضًا %n نسخ احتياطية قديمة غير مشفّرة.</numerusform>
            <numerusform>حُذفت أيضًا %n نسخة احتياطية قديمة غير مشفّرة.</numerusform>
            <numerusform>حُذفت أيضًا %n نسخة احتياطية قديمة غير مشفّرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protect this database</source>
        <translation>حماية قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>This database is not protected: anyone who copies the file %1 can read every participant's name, phone number and birth date with any SQLite program.

Create the administrator account now. The database is then encrypted and TTK Desktop asks for a password at every start. A copy is kept while the file is converted and deleted once the encrypted database is verified.</source>
        <translation>قاعدة البيانات هذه غير محمية: يستطيع كل من ينسخ الملف %1 قراءة اسم كل مشارك ورقم هاتفه وتاريخ ميلاده بأي برنامج SQLite.

أنشئ حساب المسؤول الآن. عندها تُشفَّر قاعدة البيانات ويطلب TTK Desktop كلمة مرور عند كل تشغيل. يُحتفظ بنسخة أثناء تحويل الملف وتُحذف بعد التحقق من قاعدة البيانات المشفّرة.</translation>
    </message>
    <message>
        <source>Protect now</source>
        <translation>الحماية الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Encrypting the database… Do not switch the computer off.</source>
        <translation>جارٍ تشفير قاعدة البيانات… لا تطفئ الحاسوب.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The PDF and the chart images need the graphical part of Qt.</source>
        <translation>يحتاج ملف PDF وصور الرسوم البيانية إلى المكوّن الرسومي من Qt.</translation>
    </message>
    <message>
        <source>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</source>
        <translation>تعذّرت كتابة {path}. تحقّق من وجود المجلد ومن أن لديك إذن الكتابة فيه ومن أن الملف غير مفتوح في برنامج آخر، ثم حاول مجدداً.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Anonymise inactive participants</source>
        <translation>إخفاء هوية المشاركين غير النشطين</translation>
    </message>
    <message>
        <source>People who have had no attendance and whose records have not changed for the chosen number of years are anonymised like an erasure on request: names, phone, notes, register number and disability answer are removed, only the year of birth is shown; gender, nationality, groups and attendance are kept, so past statistics stay the same. This cannot be undone.</source>
        <translation>الأشخاص الذين لم يحضروا أي جلسة ولم تتغير سجلاتهم طوال عدد السنوات المختار تُخفى هويتهم كما في المحو بناءً على الطلب: تُزال الأسماء والهاتف والملاحظات ورقم التسجيل وجواب الإعاقة، ولا تظهر إلا سنة الميلاد؛ ويبقى الجنس والجنسية والمجموعات والحضور، لكي لا تتغير الإحصائيات السابقة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنوات</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>إخفاء الهوية…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Inactive for:</source>
        <translation>غير نشط منذ:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) had no attendance and no change for %1 years.</source>
        <translation>
            <numerusform>لا أحد بلا حضور ولا تغيير منذ %1 سنوات.</numerusform>
            <numerusform>شخص واحد بلا حضور ولا تغيير منذ %1 سنوات.</numerusform>
            <numerusform>شخصان بلا حضور ولا تغيير منذ %1 سنوات.</numerusform>
            <numerusform>%Ln أشخاص بلا حضور ولا تغيير منذ %1 سنوات.</numerusform>
            <numerusform>%Ln شخصاً بلا حضور ولا تغيير منذ %1 سنوات.</numerusform>
            <numerusform>%Ln شخص بلا حضور ولا تغيير منذ %1 سنوات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln person(s) inactive for %1 years? Their names, phone numbers, notes, register numbers and disability answers are removed for good; gender, nationality, groups and attendance are kept. This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد إخفاء هوية لا أحد من غير النشطين منذ %1 سنوات؟ تُزال أسماؤهم وأرقام هواتفهم وملاحظاتهم وأرقام تسجيلهم وأجوبة الإعاقة نهائياً؛ ويبقى الجنس والجنسية والمجموعات والحضور. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية شخص واحد من غير النشطين منذ %1 سنوات؟ تُزال أسماؤهم وأرقام هواتفهم وملاحظاتهم وأرقام تسجيلهم وأجوبة الإعاقة نهائياً؛ ويبقى الجنس والجنسية والمجموعات والحضور. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية شخصين من غير النشطين منذ %1 سنوات؟ تُزال أسماؤهم وأرقام هواتفهم وملاحظاتهم وأرقام تسجيلهم وأجوبة الإعاقة نهائياً؛ ويبقى الجنس والجنسية والمجموعات والحضور. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية %Ln أشخاص من غير النشطين منذ %1 سنوات؟ تُزال أسماؤهم وأرقام هواتفهم وملاحظاتهم وأرقام تسجيلهم وأجوبة الإعاقة نهائياً؛ ويبقى الجنس والجنسية والمجموعات والحضور. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية %Ln شخصاً من غير النشطين منذ %1 سنوات؟ تُزال أسماؤهم وأرقام هواتفهم وملاحظاتهم وأرقام تسجيلهم وأجوبة الإعاقة نهائياً؛ ويبقى الجنس والجنسية والمجموعات والحضور. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية %Ln شخص من غير النشطين منذ %1 سنوات؟ تُزال أسماؤهم وأرقام هواتفهم وملاحظاتهم وأرقام تسجيلهم وأجوبة الإعاقة نهائياً؛ ويبقى الجنس والجنسية والمجموعات والحضور. لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>مُطّلع</translation>
    </message>
    <message>
        <source>view the statistics</source>
        <translation>عرض الإحصاءات</translation>
    </message>
    <message>
        <source>view the lists</source>
        <translation>عرض القوائم</translation>
    </message>
    <message>
        <source>change any data</source>
        <translation>تغيير أي بيانات</translation>
    </message>
    <message>
        <source>see phone numbers and birth dates</source>
        <translation>رؤية أرقام الهواتف وتواريخ الميلاد</translation>
    </message>
    <message>
        <source>register or change participants</source>
        <translation>تسجيل المشاركين أو تعديلهم</translation>
    </message>
    <message>
        <source>create or change groups</source>
        <translation>إنشاء المجموعات أو تعديلها</translation>
    </message>
    <message>
        <source>create or change sessions</source>
        <translation>إنشاء الجلسات أو تعديلها</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>print sheets with personal data</source>
        <translation>طباعة قوائم تحتوي بيانات شخصية</translation>
    </message>
    <message>
        <source>import workbooks</source>
        <translation>استيراد المصنفات</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>تصدير البيانات الشخصية</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>عمل نسخة احتياطية</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>إدارة الحسابات</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <source>delete records</source>
        <translation>حذف السجلات</translation>
    </message>
    <message>
        <source>merge office data files</source>
        <translation>دمج ملفات بيانات المكاتب</translation>
    </message>
    <message>
        <source>manage keys</source>
        <translation>إدارة المفاتيح</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>erase or anonymise participants</source>
        <translation>محو المشاركين أو إخفاء هويتهم</translation>
    </message>
    <message>
        <source>decide about duplicate people</source>
        <translation>البت في الأشخاص المكررين</translation>
    </message>
    <message>
        <source>Refused: the account {name} ({role}) may not {action}.</source>
        <translation>مرفوض: الحساب {name} ({role}) غير مسموح له بـ: {action}.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>The account name is required.</source>
        <translation>اسم الحساب مطلوب.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية خاطئة.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator first (ttk setup --admin NAME, or start the app).</source>
        <translation>لا توجد حسابات لقاعدة البيانات هذه بعد. أنشئ مسؤولها أولاً (ttk setup --admin NAME، أو شغّل التطبيق).</translation>
    </message>
    <message>
        <source>The account name or the password is wrong.</source>
        <translation>اسم الحساب أو كلمة المرور خاطئ.</translation>
    </message>
    <message>
        <source>There is a database at {path} already; it was left as it was.</source>
        <translation>توجد قاعدة بيانات في {path} مسبقاً؛ تُركت كما هي.</translation>
    </message>
    <message>
        <source>The account {name} is not an active account of {file}.</source>
        <translation>الحساب {name} ليس حسابًا نشطًا في {file}.</translation>
    </message>
    <message>
        <source>An account name has at most {n} printable characters and no colon.</source>
        <translation>يتكون اسم الحساب من {n} حرفاً قابلاً للطباعة على الأكثر، ولا يحتوي نقطتين رأسيتين.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>يجب أن تتكون كلمة المرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>لا يوجد حساب باسم {name}.</translation>
    </message>
    <message>
        <source>An account named {name} exists.</source>
        <translation>يوجد حساب باسم {name} مسبقاً.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator and cannot be disabled. Add another administrator first.</source>
        <translation>{name} هو آخر مسؤول نشط ولا يمكن تعطيله. أضف مسؤولاً آخر أولاً.</translation>
    </message>
    <message>
        <source>{path} is already protected by accounts.</source>
        <translation>{path} محمية بالحسابات مسبقاً.</translation>
    </message>
    <message>
        <source>The encrypted copy of {path} did not match the original; nothing was changed.</source>
        <translation>النسخة المشفرة من {path} لم تطابق الأصل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Encrypting {path} failed ({error}). The database was left as it was.</source>
        <translation>فشل تشفير {path} ({error}). تُركت قاعدة البيانات كما هي.</translation>
    </message>
    <message>
        <source>The idle lock is 0 (never) to {max} minutes.</source>
        <translation>مدة القفل عند الخمول من 0 (أبداً) إلى {max} دقيقة.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. The database cannot be opened without it: copy it back from the backup folder (it is saved beside every backup).</source>
        <translation>ملف المفتاح {path} مفقود. لا يمكن فتح قاعدة البيانات من دونه: انسخه من مجلد النسخ الاحتياطية (يُحفظ بجانب كل نسخة).</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or not a TTK Desktop key file. Copy it back from the backup folder (it is saved beside every backup).</source>
        <translation>ملف المفتاح {path} تالف أو ليس ملف مفتاح لـ TTK Desktop. انسخه من مجلد النسخ الاحتياطية (يُحفظ بجانب كل نسخة).</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {name}. Try again in {seconds} seconds.</source>
        <translation>أُدخلت كلمات مرور خاطئة كثيرة للحساب {name}. حاول مجدداً بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <source>The account name or the password is wrong. After {n} wrong passwords {name} must wait {seconds} seconds before the next try.</source>
        <translation>اسم الحساب أو كلمة المرور خاطئ. بعد {n} كلمات مرور خاطئة يجب أن ينتظر {name} مدة {seconds} ثانية قبل المحاولة التالية.</translation>
    </message>
    <message>
        <source>The account {name} is disabled.</source>
        <translation>الحساب {name} معطّل.</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>ال&amp;حسابات…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>تغيير كلمة ال&amp;مرور…</translation>
    </message>
    <message>
        <source>Audit lo&amp;g…</source>
        <translation>&amp;سجل التدقيق…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ال&amp;قفل الآن</translation>
    </message>
    <message>
        <source>Database protected</source>
        <translation>تمت حماية قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Import of the sample workbook</source>
        <translation>استيراد المصنف النموذجي</translation>
    </message>
    <message>
        <source>Statistics of the sample</source>
        <translation>إحصاءات النموذج</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>النافذة الرئيسية</translation>
    </message>
    <message>
        <source>Attendance sheet to PDF</source>
        <translation>ورقة الحضور إلى PDF</translation>
    </message>
    <message>
        <source>Office data file export and merge</source>
        <translation>تصدير ملف بيانات المكتب ودمجه</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>قاعدة بيانات مشفرة</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>اختبار ذاتي</translation>
    </message>
    <message>
        <source>Self-test office</source>
        <translation>مكتب الاختبار</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>نجح الاختبار الذاتي.</translation>
    </message>
    <message>
        <source>Self-test FAILED.</source>
        <translation>فشل الاختبار الذاتي.</translation>
    </message>
    <message>
        <source>All %1 checks passed: this installation works.</source>
        <translation>نجحت جميع الفحوص (%1): هذا التثبيت يعمل.</translation>
    </message>
    <message>
        <source>%2 of %1 checks failed. Send this report to your IT contact.</source>
        <translation>فشل %2 من %1 فحوص. أرسل هذا التقرير إلى مسؤول تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>No PDF was written.</source>
        <translation>لم يُكتب ملف PDF.</translation>
    </message>
    <message>
        <source>The database file is not encrypted.</source>
        <translation>ملف قاعدة البيانات غير مشفر.</translation>
    </message>
    <message>
        <source>Plain SQLite could read the encrypted file.</source>
        <translation>تمكّن SQLite العادي من قراءة الملف المشفر.</translation>
    </message>
    <message>
        <source>The encrypted database lost records.</source>
        <translation>فقدت قاعدة البيانات المشفرة سجلات.</translation>
    </message>
    <message>
        <source>%1 people written and read back; the file shows none of them</source>
        <translation>كُتب %1 شخصاً وأُعيدت قراءتهم؛ لا يظهر أي منهم في الملف</translation>
    </message>
    <message>
        <source>Skipped: the database could not be created.</source>
        <translation>تم التخطي: تعذّر إنشاء قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The participants list did not fill in time.</source>
        <translation>لم تمتلئ قائمة المشاركين في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The window could not be painted.</source>
        <translation>تعذّر رسم النافذة.</translation>
    </message>
    <message>
        <source>The sample workbook %1 is missing.</source>
        <translation>المصنف النموذجي %1 مفقود.</translation>
    </message>
    <message>
        <source>Wrong figures: %1</source>
        <translation>أرقام خاطئة: %1</translation>
    </message>
    <message>
        <source>pages: %1, bytes: %2</source>
        <translation>الصفحات: %1، البايتات: %2</translation>
    </message>
    <message>
        <source>%1 records merged from a %2-byte file</source>
        <translation>دُمج %1 سجلًا من ملف حجمه %2 بايت</translation>
    </message>
    <message>
        <source>%1 sessions, %2 participations, %3 people, as expected</source>
        <translation>%1 جلسات، %2 مشاركات، %3 أشخاص، كما هو متوقع</translation>
    </message>
    <message>
        <source>The list shows %1 people instead of %2.</source>
        <translation>تعرض القائمة %1 أشخاص بدلًا من %2.</translation>
    </message>
    <message>
        <source>%1 tabs, %2 people listed, painted at %3×%4</source>
        <translation>%1 علامات تبويب، %2 أشخاص في القائمة، رُسمت بحجم %3×%4</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Group number {id} is already used by another group of this office.</source>
        <translation>رقم المجموعة {id} مستخدم لمجموعة أخرى في هذا المكتب.</translation>
    </message>
    <message>
        <source>Session number {id} is already used by another session of this office.</source>
        <translation>رقم الجلسة {id} مستخدم لجلسة أخرى في هذا المكتب.</translation>
    </message>
    <message>
        <source>This database has no office yet. Set the office up first (ttk setup).</source>
        <translation>لا يوجد مكتب في قاعدة البيانات هذه بعد. أعدّ المكتب أولاً (ttk setup).</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>اسم المكتب إلزامي.</translation>
    </message>
    <message>
        <source>{what} #{id} does not exist.</source>
        <translation>لم يُعثر على {what} رقم {id}.</translation>
    </message>
    <message>
        <source>Unknown office "{code}".</source>
        <translation>مكتب غير معروف "{code}".</translation>
    </message>
    <message>
        <source>No group has the id or UUID "{key}".</source>
        <translation>لا توجد مجموعة بالمعرّف أو UUID "{key}".</translation>
    </message>
    <message>
        <source>The office code "{code}" should be 2-32 letters, digits, - or _.</source>
        <translation>يجب أن يتكوّن رمز المكتب "{code}" من 2 إلى 32 حرفاً أو رقماً أو - أو _.</translation>
    </message>
    <message>
        <source>Register number {id} is already used by another participant of this office.</source>
        <translation>رقم التسجيل {id} مستخدم لمشارك آخر في هذا المكتب.</translation>
    </message>
    <message>
        <source>Session #{id} does not exist.</source>
        <translation>الجلسة رقم {id} غير موجودة.</translation>
    </message>
    <message>
        <source>No session has the id or UUID "{key}".</source>
        <translation>لا توجد جلسة بالمعرّف أو UUID "{key}".</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</source>
        <translation>مُحيت بيانات هذا الشخص بناءً على طلبه. يُحتفظ بالسجل للإحصاءات فقط ولم يعد من الممكن تغييره.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session of %1</source>
        <translation>جلسة جديدة لـ %1</translation>
    </message>
    <message>
        <source>Edit session of %1</source>
        <translation>تعديل جلسة %1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>الم&amp;كان:</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The new language is used after you restart TTK Desktop.</source>
        <translation>تُستخدم اللغة الجديدة بعد إعادة تشغيل TTK Desktop.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>The office's defaults for printed sheets and forms, kept in the database. Each print can still change the paper, the empty rows and the languages.</source>
        <translation>الإعدادات الافتراضية للمكتب للكشوف والاستمارات المطبوعة، محفوظة في قاعدة البيانات. يمكن تغيير الورق والصفوف الفارغة واللغات عند كل طباعة.</translation>
    </message>
    <message>
        <source>Association name</source>
        <translation>اسم الجمعية</translation>
    </message>
    <message>
        <source>Association name in Arabic</source>
        <translation>اسم الجمعية بالعربية</translation>
    </message>
    <message>
        <source>Protection unit name</source>
        <translation>اسم وحدة الحماية</translation>
    </message>
    <message>
        <source>Protection unit name in Arabic</source>
        <translation>اسم وحدة الحماية بالعربية</translation>
    </message>
    <message>
        <source>Empty rows for walk-ins</source>
        <translation>صفوف فارغة للحاضرين دون تسجيل مسبق</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Printed languages</source>
        <translation>لغات الطباعة</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to TTK Desktop</source>
        <translation>أهلاً بك في TTK Desktop</translation>
    </message>
    <message>
        <source>This computer keeps the register of one office. Enter the office's short code (for example IST or GAZ) and its name. You can change the language later in Settings.</source>
        <translation>يحفظ هذا الحاسوب سجلّ مكتب واحد. أدخل الرمز المختصر للمكتب (مثلاً IST أو GAZ) واسمه. يمكنك تغيير اللغة لاحقاً من الإعدادات.</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>e.g. IST</source>
        <translation>مثلاً IST</translation>
    </message>
    <message>
        <source>e.g. İstanbul Community Centre</source>
        <translation>مثلاً مركز إسطنبول المجتمعي</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The administrator manages the accounts and the settings. The database is encrypted: without a password nobody can read it, so keep the password safe.</source>
        <translation>يدير المسؤول الحسابات والإعدادات. قاعدة البيانات مشفّرة: لا يستطيع أحد قراءتها دون كلمة المرور، فاحفظ كلمة المرور في مكان آمن.</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>جارٍ تجهيز قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>جارٍ إنشاء قاعدة البيانات المشفّرة…</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>اسم المكتب إلزامي.</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>ملف قاعدة البيانات: %1</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>آخر تعديل: %1</translation>
    </message>
    <message>
        <source>Not a member of any group</source>
        <translation>ليس عضواً في أي مجموعة</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>المجموعات: %1</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %Ln session(s)</source>
        <translation>
            <numerusform>الحضور: لا جلسات</numerusform>
            <numerusform>الحضور: جلسة واحدة</numerusform>
            <numerusform>الحضور: جلستان</numerusform>
            <numerusform>الحضور: %Ln جلسات</numerusform>
            <numerusform>الحضور: %Ln جلسة</numerusform>
            <numerusform>الحضور: %Ln جلسة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>"other" cannot be a featured nationality: it is the bucket of all the rest.</source>
        <translation>لا يمكن أن تكون "أخرى" جنسية مستقلة في التقرير: فهي تجمع كل الجنسيات الباقية.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after its end on {end}. Choose a start date on or before the end date.</source>
        <translation>تبدأ الفترة في {start}، أي بعد نهايتها في {end}. اختر تاريخ بدء في تاريخ الانتهاء أو قبله.</translation>
    </message>
    <message>
        <source>Unknown age method "{method}". Use "first" or "each".</source>
        <translation>طريقة عمر غير معروفة "{method}". استخدم "first" أو "each".</translation>
    </message>
    <message>
        <source>Unknown group type "{type}". Use one of: {types}.</source>
        <translation>نوع مجموعة غير معروف "{type}". استخدم أحد الأنواع التالية: {types}.</translation>
    </message>
    <message>
        <source>Unknown office "{code}". Choose an office from the list.</source>
        <translation>مكتب غير معروف "{code}". اختر مكتباً من القائمة.</translation>
    </message>
    <message>
        <source>Group #{id} does not exist.</source>
        <translation>المجموعة رقم {id} غير موجودة.</translation>
    </message>
    <message>
        <source>Age method: {method}.</source>
        <translation>طريقة العمر: {method}.</translation>
    </message>
    <message>
        <source>Period: {start} to {end} (both included).</source>
        <translation>الفترة: من {start} إلى {end} (ضمناً).</translation>
    </message>
    <message>
        <source>Filters: {filters}.</source>
        <translation>عوامل التصفية: {filters}.</translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation>المكتب {code}</translation>
    </message>
    <message>
        <source>group type {type}</source>
        <translation>نوع المجموعة {type}</translation>
    </message>
    <message>
        <source>group "{name}" (#{id})</source>
        <translation>المجموعة "{name}" (رقم {id})</translation>
    </message>
    <message>
        <source>Age method: first — each person counted once, in the age group of their first attendance in the period.</source>
        <translation>طريقة العمر: الأولى — يُحتسب كل شخص مرة واحدة، في فئته العمرية عند أول حضور له في الفترة.</translation>
    </message>
    <message>
        <source>Age method: each — a person is counted in every age group they attended in; percentages are of the sum of the group counts (as published).</source>
        <translation>طريقة العمر: كل فئة — يُحتسب الشخص في كل فئة عمرية حضر فيها؛ والنسب المئوية من مجموع أعداد الفئات (كما تُنشر).</translation>
    </message>
    <message>
        <source>Filters: none (all offices and groups).</source>
        <translation>عوامل التصفية: لا شيء (كل المكاتب والمجموعات).</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>تاريخ الميلاد غير معروف</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>TTK unit statistics</source>
        <translation>إحصاءات وحدة TTK</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>مرات الحضور</translation>
    </message>
    <message>
        <source>Distinct participants</source>
        <translation>المشاركون دون تكرار</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>UNHCR age group</source>
        <translation>الفئة العمرية حسب المفوضية</translation>
    </message>
    <message>
        <source>Gender / age group</source>
        <translation>الجنس / الفئة العمرية</translation>
    </message>
    <message>
        <source>Nationality / gender</source>
        <translation>الجنسية / الجنس</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>فترة مخصّصة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <source>All group types</source>
        <translation>كل أنواع المجموعات</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>Age at first attendance</source>
        <translation>العمر عند أول حضور</translation>
    </message>
    <message>
        <source>Every age group attended</source>
        <translation>كل فئة عمرية حضر فيها</translation>
    </message>
    <message>
        <source>Age method</source>
        <translation>طريقة حساب العمر</translation>
    </message>
    <message>
        <source>UNHCR age brackets</source>
        <translation>الفئات العمرية حسب المفوضية</translation>
    </message>
    <message>
        <source>Show the age chart as %1</source>
        <translation>عرض مخطط الأعمار بالفئات %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>مصنف Excel…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>تقرير PDF…</translation>
    </message>
    <message>
        <source>Chart images (PNG)…</source>
        <translation>صور الرسوم البيانية (PNG)…</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>ملف CSV…</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation>مجلد صور الرسوم البيانية</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>تمت الكتابة: %1</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>Export everything about this person</source>
        <translation>تصدير كل ما يخص هذا الشخص</translation>
    </message>
    <message>
        <source>Everything the database holds about %1: the registration, groups, sessions attended, decisions about their records and the changes made to them. Choose the format and the language the person reads.</source>
        <translation>كل ما تحفظه قاعدة البيانات عن %1: بيانات التسجيل، والمجموعات، والجلسات التي حضرها، والقرارات المتعلقة بسجلاته، والتغييرات التي أُجريت عليها. اختر الصيغة واللغة التي يقرؤها الشخص.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel ‏(.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>مستند PDF ‏(.pdf)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>لغة المستند:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The office's own register number of the person (e.g. P0012). Unique within the office; importing the same id again updates that person.</source>
        <translation>رقم تسجيل الشخص لدى المكتب (مثلاً P0012). لا يتكرّر داخل المكتب؛ واستيراد المعرّف نفسه مرة أخرى يحدّث بيانات ذلك الشخص.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>الاسم.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>الكنية.</translation>
    </message>
    <message>
        <source>female, male, other or not stated; Turkish (Kadın/Erkek, K/E) and Arabic words are understood. Empty: not stated.</source>
        <translation>female أو male أو other أو not stated؛ وتُفهم الكلمات التركية (Kadın/Erkek، K/E) والعربية أيضاً. فارغ: غير محدد.</translation>
    </message>
    <message>
        <source>An Excel date or day.month.year (31.12.1985). If only the year is known, write the year alone (1985): it is kept as an estimated birth date.</source>
        <translation>تاريخ Excel أو يوم.شهر.سنة (31.12.1985). إذا كانت السنة وحدها معروفة فاكتبها وحدها (1985): تُحفظ تاريخَ ميلاد تقديرياً.</translation>
    </message>
    <message>
        <source>Country name in Turkish, English or Arabic (Suriye, Syria), a code (SY, SYR), stateless or unknown. Empty: unknown.</source>
        <translation>اسم البلد بالتركية أو الإنجليزية أو العربية (Suriye، Syria، سوريا)، أو رمز (SY، SYR)، أو عديم الجنسية أو غير معروف. فارغ: غير معروف.</translation>
    </message>
    <message>
        <source>Phone number: 7 to 15 digits; spaces, +, - and brackets allowed.</source>
        <translation>رقم الهاتف: من 7 إلى 15 رقماً؛ ويُسمح بالمسافات و+ و- والأقواس.</translation>
    </message>
    <message>
        <source>Office code (e.g. IST). Empty: this database's office. A code the database does not know yet creates that office.</source>
        <translation>رمز المكتب (مثلاً IST). فارغ: مكتب قاعدة البيانات هذه. الرمز غير المعروف بعد في قاعدة البيانات يُنشئ ذلك المكتب.</translation>
    </message>
    <message>
        <source>First name in Arabic script (optional).</source>
        <translation>الاسم بالأحرف العربية (اختياري).</translation>
    </message>
    <message>
        <source>Last name in Arabic script (optional).</source>
        <translation>الكنية بالأحرف العربية (اختياري).</translation>
    </message>
    <message>
        <source>The office's own number of the group or activity (e.g. G03).</source>
        <translation>رقم المجموعة أو النشاط لدى المكتب (مثلاً G03).</translation>
    </message>
    <message>
        <source>Refugee Assembly, Children's Assembly, Solidarity Group, Information Session, Awareness Activity, Needs Analysis, Focus Group Discussion or Stakeholder Meeting (Turkish names such as Mülteciler Meclisi are understood).</source>
        <translation>مجلس اللاجئين أو مجلس الأطفال أو مجموعة التضامن أو جلسة إعلامية أو نشاط توعوي أو تحليل الاحتياجات أو نقاش مجموعة مركّزة أو لقاء أصحاب المصلحة (تُفهم الأسماء التركية مثل Mülteciler Meclisi أيضاً).</translation>
    </message>
    <message>
        <source>Name of the group.</source>
        <translation>اسم المجموعة.</translation>
    </message>
    <message>
        <source>Office code; empty: this database's office.</source>
        <translation>رمز المكتب؛ فارغ: مكتب قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>The office's own number of the meeting (e.g. S0101).</source>
        <translation>رقم الاجتماع لدى المكتب (مثلاً S0101).</translation>
    </message>
    <message>
        <source>The group that met: a group_id from the Groups sheet or one imported before.</source>
        <translation>المجموعة التي اجتمعت: group_id من ورقة المجموعات أو مستورد سابقاً.</translation>
    </message>
    <message>
        <source>Date of the meeting: an Excel date or day.month.year.</source>
        <translation>تاريخ الاجتماع: تاريخ Excel أو يوم.شهر.سنة.</translation>
    </message>
    <message>
        <source>Topic of the meeting.</source>
        <translation>موضوع الاجتماع.</translation>
    </message>
    <message>
        <source>A session_id from the Sessions sheet or one imported before.</source>
        <translation>session_id من ورقة الجلسات أو مستورد سابقاً.</translation>
    </message>
    <message>
        <source>A participant_id from the Participants sheet or one imported before. One row per person present. Someone not yet in the session's group becomes a member.</source>
        <translation>participant_id من ورقة المشاركين أو مستورد سابقاً. صف واحد لكل شخص حاضر. ومن لم يكن بعد في مجموعة الجلسة يصبح عضواً فيها.</translation>
    </message>
    <message>
        <source>Fill in the sheets you need; a file may hold only some of them. Row 1 holds the column names; each further row is one record. Empty rows are skipped.</source>
        <translation>املأ الأوراق التي تحتاجها؛ ويجوز أن يحتوي الملف بعضها فقط. يحمل الصف 1 أسماء الأعمدة، وكل صف بعده سجلّ واحد. تُتجاهل الصفوف الفارغة.</translation>
    </message>
    <message>
        <source>Columns may be in any order and named in Turkish (Ad, Soyad, Cinsiyet, Doğum Tarihi, Uyruk, Telefon ...); sheets may be named Katılımcılar, Gruplar, Oturumlar, Katılım. Other sheets, like this one, are ignored.</source>
        <translation>يمكن أن تأتي الأعمدة بأي ترتيب وأن تُسمّى بالتركية (Ad، Soyad، Cinsiyet، Doğum Tarihi، Uyruk، Telefon ...)؛ ويمكن تسمية الأوراق Katılımcılar وGruplar وOturumlar وKatılım. تُتجاهل الأوراق الأخرى، مثل هذه الورقة.</translation>
    </message>
    <message>
        <source>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its sheet, row and column. Correct them and import the file again.</source>
        <translation>الكل أو لا شيء: إذا كانت في أي صف مشكلة فلا يُستورد شيء، وتُعرض كل مشكلة مع ورقتها وصفها وعمودها. صحّحها ثم استورد الملف من جديد.</translation>
    </message>
    <message>
        <source>Importing the same file twice changes nothing. A corrected file updates the records it names and deletes nothing; a deleted record named again is restored. A column left out keeps what is stored; an empty cell in a column that is there clears it.</source>
        <translation>استيراد الملف نفسه مرتين لا يغيّر شيئاً. الملف المصحَّح يحدّث السجلات المذكورة فيه ولا يحذف شيئاً؛ والسجل المحذوف إذا ذُكر مجدداً يُستعاد. العمود غير الموجود في الملف يُبقي القيمة المحفوظة؛ أما الخلية الفارغة في عمود موجود فتمسحها.</translation>
    </message>
    <message>
        <source>Also understood: disability (yes/no) on Participants; facilitator, start_date, end_date, description on Groups; place, start_time (HH:MM) and office on Sessions.</source>
        <translation>يُفهم أيضاً: disability (نعم/لا) في ورقة المشاركين؛ وfacilitator وstart_date وend_date وdescription في ورقة المجموعات؛ وplace وstart_time (HH:MM) وoffice في ورقة الجلسات.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>How to fill in this workbook</source>
        <translation>طريقة ملء هذا المصنف</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>ما يُكتب</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>الاسم الأول (بالعربية)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>الكنية (بالعربية)</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>First name is required.</source>
        <translation>الاسم إلزامي.</translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation>الكنية إلزامية.</translation>
    </message>
    <message>
        <source>An estimated birth date is stored as 1 January of its year.</source>
        <translation>يُحفظ تاريخ الميلاد التقديري على أنه 1 كانون الثاني من سنته.</translation>
    </message>
    <message>
        <source>Give the date consent was given.</source>
        <translation>أدخل تاريخ الموافقة.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>تاريخ الموافقة في المستقبل.</translation>
    </message>
    <message>
        <source>The group name is required.</source>
        <translation>اسم المجموعة إلزامي.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء قبل تاريخ البدء.</translation>
    </message>
    <message>
        <source>The session date is required.</source>
        <translation>تاريخ الجلسة إلزامي.</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>تنتهي الجلسة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Unknown gender "{value}".</source>
        <translation>جنس غير معروف "{value}".</translation>
    </message>
    <message>
        <source>Unknown nationality "{value}".</source>
        <translation>جنسية غير معروفة "{value}".</translation>
    </message>
    <message>
        <source>The phone number {phone} should have 7 to 15 digits (spaces, +, - and brackets allowed).</source>
        <translation>يجب أن يحتوي رقم الهاتف {phone} على 7 إلى 15 رقماً (يُسمح بالمسافات و+ و- والأقواس).</translation>
    </message>
    <message>
        <source>Unknown disability status "{value}".</source>
        <translation>حالة إعاقة غير معروفة "{value}".</translation>
    </message>
    <message>
        <source>Unknown group type "{value}".</source>
        <translation>نوع مجموعة غير معروف "{value}".</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>تاريخ الميلاد {date} في المستقبل.</translation>
    </message>
    <message>
        <source>The field "{field}" holds a character that cannot be seen or that changes how the text reads: {character} at position {position} of "{value}". Delete it (type the text again) and try again.</source>
        <translation>يحتوي الحقل "{field}" على حرف غير مرئي أو يغيّر طريقة قراءة النص: {character} في الموضع {position} من "{value}". احذفه (اكتب النص من جديد) ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{person} was born on {birth}, after the session of {day}, so cannot have attended it. Correct the birth date or the session date first.</source>
        <translation>وُلد {person} في {birth}، بعد جلسة {day}، فلا يمكن أن يكون قد حضرها. صحّح تاريخ الميلاد أو تاريخ الجلسة أولاً.</translation>
    </message>
    <message>
        <source>{person} was born in {year}, after the session of {day}, so cannot have attended it. Correct the birth year or the session date first.</source>
        <translation>وُلد {person} في عام {year}، بعد جلسة {day}، فلا يمكن أن يكون قد حضرها. صحّح سنة الميلاد أو تاريخ الجلسة أولاً.</translation>
    </message>
    <message>
        <source>{value} is not a time; write it as HH:MM.</source>
        <translation>{value} ليس وقتاً؛ اكتبه بالشكل HH:MM.</translation>
    </message>
    <message>
        <source>A name can be at most {n} characters long.</source>
        <translation>لا يمكن أن يزيد الاسم عن {n} حرفاً.</translation>
    </message>
    <message>
        <source>The birth date {date} is before {year}.</source>
        <translation>تاريخ الميلاد {date} قبل عام {year}.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Refugee Assembly</source>
        <translation>مجلس اللاجئين</translation>
    </message>
    <message>
        <source>Children's Assembly</source>
        <translation>مجلس الأطفال</translation>
    </message>
    <message>
        <source>Solidarity Group</source>
        <translation>مجموعة التضامن</translation>
    </message>
    <message>
        <source>Information Session</source>
        <translation>جلسة إعلامية</translation>
    </message>
    <message>
        <source>Awareness Activity</source>
        <translation>نشاط توعوي</translation>
    </message>
    <message>
        <source>Needs Analysis</source>
        <translation>تحليل الاحتياجات</translation>
    </message>
    <message>
        <source>Focus Group Discussion</source>
        <translation>نقاش مجموعة مركّزة</translation>
    </message>
    <message>
        <source>Stakeholder Meeting</source>
        <translation>لقاء أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
</TS>
