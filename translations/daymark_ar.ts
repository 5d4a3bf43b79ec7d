<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Cli</name>
    <message>
        <source>Say what kind of export FILE is with --format (%1).</source>
        <translation>حدِّد نوع ملف التصدير FILE باستخدام --format (%1).</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not a format Daymark knows. Use one of: %2.</source>
        <translation>--format: الصيغة &apos;%1&apos; لا يعرفها Daymark. استخدم إحدى هذه الصيغ: %2.</translation>
    </message>
    <message>
        <source>Warning signs in what you recorded, up to %1:</source>
        <translation>علامات تحذيرية فيما سجّلته، حتى %1:</translation>
    </message>
    <message>
        <source>None of the signs Daymark looks for is in this diary.</source>
        <translation>لا توجد في هذا الدفتر أيٌّ من العلامات التي يبحث عنها Daymark.</translation>
    </message>
    <message>
        <source>Incidents: %1 and %2 more.</source>
        <translation>الوقائع: %1 و%2 غيرها.</translation>
    </message>
    <message>
        <source>Incidents: %1.</source>
        <translation>الوقائع: %1.</translation>
    </message>
    <message>
        <source>--columns names %1 columns, but the file has %2.</source>
        <translation>يذكر --columns أعمدة عددها %1، لكن في الملف %2.</translation>
    </message>
    <message>
        <source>--columns: &apos;%1&apos; is not a field; use %2 (or leave a place empty).</source>
        <translation>--columns: &apos;%1&apos; ليس حقلًا؛ استخدم %2 (أو اترك موضعًا فارغًا).</translation>
    </message>
    <message>
        <source>--column: &apos;%1&apos; should be FIELD=COLUMN, with FIELD one of %2 (such as --column number=&quot;Phone number&quot;).</source>
        <translation>--column: يجب أن تكون &apos;%1&apos; بالشكل FIELD=COLUMN، حيث FIELD أحد هذه: %2 (مثل --column number=&quot;Phone number&quot;).</translation>
    </message>
    <message>
        <source>Columns guessed from the header of %1: %2 (give --column FIELD=COLUMN to choose others).</source>
        <translation>الأعمدة المُخمَّنة من ترويسة %1: %2 (أعطِ --column FIELD=COLUMN لاختيار غيرها).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 %2 Give it with --column %3=COLUMN.</source>
        <translation>%1 %2 حدِّده بالخيار --column %3=COLUMN.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <comment>date, time, time zone</comment>
        <translation>%1 الساعة %2 (%3)</translation>
    </message>
    <message>
        <source>written down before the time given for it</source>
        <translation>دُوِّنت قبل الوقت المذكور لوقوعها</translation>
    </message>
    <message>
        <source>within a minute of it happening</source>
        <translation>خلال دقيقة من وقوعها</translation>
    </message>
    <message>
        <source>a minute after it happened</source>
        <translation>بعد وقوعها بدقيقة</translation>
    </message>
    <message>
        <source>%1 minutes after it happened</source>
        <translation>بعد وقوعها بـ %1 دقيقة</translation>
    </message>
    <message>
        <source>an hour after it happened</source>
        <translation>بعد وقوعها بساعة</translation>
    </message>
    <message>
        <source>%1 hours after it happened</source>
        <translation>بعد وقوعها بـ %1 ساعة</translation>
    </message>
    <message>
        <source>%1 days after it happened</source>
        <translation>بعد وقوعها بـ %1 يوم</translation>
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
        <source>(a person no longer in the diary)</source>
        <translation>(شخص لم يعد في الدفتر)</translation>
    </message>
    <message>
        <source>an order no longer in the diary</source>
        <translation>أمر لم يعد في الدفتر</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1، الشرط %2</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1، الشرط %2: %3</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>The password file %1 could not be read: %2.</source>
        <translation>تعذّرت قراءة ملف كلمة المرور %1: %2.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>اكتبها مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passwords are different. Nothing was changed.</source>
        <translation>كلمتا المرور مختلفتان. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>No password given: use --password-file FILE or set %1, or run in a terminal to be asked.</source>
        <translation>لم تُعطَ كلمة مرور: استخدم --password-file FILE أو اضبط %1، أو شغّل الأمر في طرفية ليُطلب منك إدخالها.</translation>
    </message>
    <message>
        <source>The password is empty. Nothing was changed.</source>
        <translation>كلمة المرور فارغة. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>daymark::cli</name>
    <message>
        <source>Show help for this command.</source>
        <translation>اعرض المساعدة الخاصة بهذا الأمر.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &apos;%1&apos;.</source>
        <translation>عدد الوسائط غير صحيح للأمر &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>اقرأ كلمة المرور من السطر الأول في FILE.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة المرور لـ %1: </translation>
    </message>
    <message>
        <source>Print JSON (the stable schema in docs/cli-json.md).</source>
        <translation>اطبع بصيغة JSON (المخطط الثابت في docs/cli-json.md).</translation>
    </message>
    <message>
        <source>Record a new incident. Prints its id, or with --json the incident as a JSON object.
Exit codes: 0 recorded, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>تسجيل واقعة جديدة. يطبع رقمها التعريفي (id)، أو مع --json يطبع الواقعة ككائن JSON.
رموز الخروج: 0 سُجِّلت، 2 مُدخلات غير صالحة (لم يُكتب شيء)، 3 كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The diary file.</source>
        <translation>ملف الدفتر.</translation>
    </message>
    <message>
        <source>Amend an incident: only the fields given change, and the earlier version is kept in its history.
Clear a text field with an empty value (--details &quot;&quot;), a list with one empty value (--tag &quot;&quot;), the end with --clear-end, the coordinates with --clear-coordinates. --person, --witness, --tag and --breach replace the whole list.
Exit codes: 0 amended, 2 bad input or nothing changed (nothing written), 3 wrong password.</source>
        <translation>تعديل واقعة: تتغيّر الحقول المُعطاة فقط، وتُحفظ النسخة السابقة في سجلّها.
لإفراغ حقل نصي أعطِه قيمة فارغة (--details &quot;&quot;)، ولإفراغ قائمة أعطِها قيمة فارغة واحدة (--tag &quot;&quot;)، ولحذف وقت الانتهاء استخدم --clear-end، وللإحداثيات --clear-coordinates. الخيارات --person و--witness و--tag و--breach تستبدل القائمة كلها.
رموز الخروج: 0 عُدِّلت، 2 مُدخلات غير صالحة أو لم يتغيّر شيء (لم يُكتب شيء)، 3 كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The incident: its number from &apos;list&apos; (12 or #12), id, or id prefix.</source>
        <translation>الواقعة: رقمها من &apos;list&apos; (مثل 12 أو #12)، أو رقمها التعريفي (id) أو بدايته.</translation>
    </message>
    <message>
        <source>Why it is amended (required); kept with the new version.</source>
        <translation>سبب التعديل (مطلوب)؛ يُحفظ مع النسخة الجديدة.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the entry is being amended; the earlier version is kept beside it.</source>
        <translation>الخيار --reason ناقص. اذكر سبب تعديل الإدخال؛ النسخة السابقة تُحفظ بجانبه.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --summary TEXT or --at TIME.</source>
        <translation>لا يوجد ما يُعدَّل: أعطِ حقلًا واحدًا على الأقل لتغييره، مثل --summary TEXT أو --at TIME.</translation>
    </message>
    <message>
        <source>Incident #%1 amended; this is version %2. The earlier version is kept in its history.</source>
        <translation>عُدِّلت الواقعة #%1؛ هذه هي النسخة %2. النسخة السابقة محفوظة في سجلّها.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>--how: &apos;%1&apos; is not a way of obtaining evidence that Daymark knows. Use one of: %2.</source>
        <translation>--how: &apos;%1&apos; ليست طريقة للحصول على الأدلة يعرفها Daymark. استخدم إحدى هذه: %2.</translation>
    </message>
    <message>
        <source>Keep evidence files (screenshots, photos, recordings, exports, ...) inside the diary, byte for byte, as exhibits of an incident. Prints each file&apos;s exhibit number and SHA-256. A file whose content is already an exhibit is not stored twice: that exhibit is linked to the incident as well.
Each file is saved on its own: if one cannot be attached, the message says which and why, the others are kept, and the exit code is not 0. Ctrl-C cancels the file being read; nothing of it is kept, and the files after it are not tried.
Exit codes: 0 all attached, 1 cancelled, 2 bad input (such as a folder or an unknown --how), 3 wrong password, 5 a file that is missing, unreadable or changed while it was read, or a full disk.</source>
        <translation>احفظ ملفات الأدلة (لقطات شاشة، صور، تسجيلات، ملفات مُصدَّرة، ...) داخل الدفتر كما هي بايتًا ببايت، كأدلة لواقعة. يطبع رقم الدليل وقيمة SHA-256 لكل ملف. الملف الذي يكون محتواه دليلًا محفوظًا من قبل لا يُخزَّن مرتين: بل يُربط ذلك الدليل بالواقعة أيضًا.
يُحفظ كل ملف على حدة: إن تعذّر إرفاق أحدها، تذكر الرسالة أيّها ولماذا، وتُحفظ الملفات الأخرى، ويكون رمز الخروج غير 0. يُلغي Ctrl-C قراءة الملف الجاري؛ فلا يُحفظ منه شيء، ولا تُجرَّب الملفات التي بعده.
رموز الخروج: 0 أُرفقت كلها، 1 أُلغي، 2 مُدخلات غير صالحة (مثل مجلد أو قيمة --how غير معروفة)، 3 كلمة مرور خاطئة، 5 ملف مفقود أو غير قابل للقراءة أو تغيّر أثناء قراءته، أو قرص ممتلئ.</translation>
    </message>
    <message>
        <source>One or more files to attach.</source>
        <translation>ملف واحد أو أكثر لإرفاقه.</translation>
    </message>
    <message>
        <source>How the files were obtained: %1 (default: other).</source>
        <translation>كيف حصلت على الملفات: %1 (الافتراضي: other).</translation>
    </message>
    <message>
        <source>What the files show, in a few words.</source>
        <translation>ما تُظهره الملفات، في كلمات قليلة.</translation>
    </message>
    <message>
        <source>Incident #%1 is deleted. Restore it with &apos;daymark-cli restore DIARY %1&apos; before attaching files to it.</source>
        <translation>الواقعة #%1 محذوفة. استعِدها بالأمر &apos;daymark-cli restore DIARY %1&apos; قبل إرفاق ملفات بها.</translation>
    </message>
    <message>
        <source>Attaching %1: %2% (%3 of %4)</source>
        <translation>إرفاق %1: %2% (%3 من %4)</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Already exhibit %1, now also linked to incident #%2.</source>
        <translation>هو الدليل %1 من قبل، وقد رُبط الآن بالواقعة #%2 أيضًا.</translation>
    </message>
    <message>
        <source>Already exhibit %1 of incident #%2; nothing changed.</source>
        <translation>هو الدليل %1 للواقعة #%2 من قبل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); it was recorded all the same.</source>
        <translation>الملف فارغ (0 بايت)؛ وقد سُجِّل مع ذلك.</translation>
    </message>
    <message>
        <source>%1 was not attached. %2</source>
        <translation>لم يُرفق %1. %2</translation>
    </message>
    <message>
        <source>File %1 of %2 (%3) was not attached. %4</source>
        <translation>لم يُرفق الملف %1 من %2 (%3). %4</translation>
    </message>
    <message>
        <source>Attached %1 of %2 files. Not attached: %3.</source>
        <translation>أُرفق %1 من %2 ملفات. لم يُرفق: %3.</translation>
    </message>
    <message>
        <source>Make an encrypted backup of a diary now: a complete copy that opens with the same password, checked like &apos;check&apos; does, in a folder beside the diary (DIARY.backups) unless --to names another. The newest backups are kept (7 unless --keep says otherwise), older ones removed. Never writes to the diary.
Exit codes: 0 made, 2 bad input, 3 wrong password, 4 the diary is damaged (no backup kept), 5 file or disk problem.</source>
        <translation>إنشاء نسخة احتياطية مشفّرة من الدفتر الآن: نسخة كاملة تُفتح بكلمة المرور نفسها، وتُفحص كما يفحص الأمر &apos;check&apos;، وتُحفظ في مجلد بجانب الدفتر (DIARY.backups) ما لم يُحدِّد --to مجلدًا آخر. تُبقى أحدث النسخ (7 ما لم يُحدِّد --keep غير ذلك)، وتُحذف الأقدم. لا يكتب في الدفتر أبدًا.
رموز الخروج: 0 أُنشئت، 2 مُدخلات غير صالحة، 3 كلمة مرور خاطئة، 4 الدفتر تالف (لم تُحفظ نسخة)، 5 مشكلة في ملف أو في القرص.</translation>
    </message>
    <message>
        <source>Keep the backup in FOLDER (made if missing).</source>
        <translation>احفظ النسخة الاحتياطية في FOLDER (يُنشأ إن لم يكن موجودًا).</translation>
    </message>
    <message>
        <source>How many backups to keep, newest first (1-%1; 7 if not given).</source>
        <translation>عدد النسخ الاحتياطية التي تُبقى، الأحدث أولًا (من 1 إلى %1؛ 7 إن لم يُحدَّد).</translation>
    </message>
    <message>
        <source>Backup made and checked (%1). It opens with the diary&apos;s password.</source>
        <translation>أُنشئت النسخة الاحتياطية وفُحصت (%1). تُفتح بكلمة مرور الدفتر.</translation>
    </message>
    <message>
        <source>Older backups removed to keep the newest %1: %2.</source>
        <translation>حُذفت نسخ احتياطية أقدم لإبقاء أحدث %1: %2.</translation>
    </message>
    <message>
        <source>Check a diary&apos;s integrity. Exit code 0 when sound, 4 when damaged. Never writes.</source>
        <translation>فحص سلامة الدفتر. رمز الخروج 0 إن كان سليمًا، و4 إن كان تالفًا. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>The diary file to check.</source>
        <translation>ملف الدفتر المراد فحصه.</translation>
    </message>
    <message>
        <source>%1: sound. Pages checked: %2; journal records: %3; schema version: %4.</source>
        <translation>%1: سليم. الصفحات المفحوصة: %2؛ قيود سجلّ العمليات: %3؛ إصدار المخطط: %4.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <source>%1: damaged. Problems found: %2</source>
        <translation>%1: تالف. المشكلات التي وُجدت: %2</translation>
    </message>
    <message>
        <source>Do not write to this diary; restore it from a backup copy.</source>
        <translation>لا تكتب في هذا الدفتر؛ استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>To put back its newest good backup (this file is kept aside), run: daymark-cli restore %1</source>
        <translation>لإرجاع أحدث نسخة احتياطية سليمة (ويُحتفظ بهذا الملف جانبًا)، شغّل: daymark-cli restore %1</translation>
    </message>
    <message>
        <source>Save a complete copy of a diary that opens with a different password, to give to someone you trust or keep in a safe place: if you ever forget the diary&apos;s password, the copy still opens. The diary is not changed; the copy is checked with its new password before it is kept. Never overwrites a file.
Exit codes: 0 saved, 2 bad input, 3 wrong password, 4 diary damaged, 5 file or disk problem.</source>
        <translation>حفظ نسخة كاملة من الدفتر تُفتح بكلمة مرور مختلفة، لتعطيها لشخص تثق به أو تحفظها في مكان آمن: إن نسيت يومًا كلمة مرور الدفتر، تبقى النسخة قابلة للفتح. لا يتغيّر الدفتر؛ وتُفحص النسخة بكلمة مرورها الجديدة قبل حفظها. لا يكتب فوق أي ملف أبدًا.
رموز الخروج: 0 حُفظت، 2 مُدخلات غير صالحة، 3 كلمة مرور خاطئة، 4 الدفتر تالف، 5 مشكلة في ملف أو في القرص.</translation>
    </message>
    <message>
        <source>Where to save the copy (a new file).</source>
        <translation>مكان حفظ النسخة (ملف جديد).</translation>
    </message>
    <message>
        <source>Read the copy&apos;s password from the first line of FILE.</source>
        <translation>اقرأ كلمة مرور النسخة من السطر الأول في FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the copy; Daymark never overwrites a file.</source>
        <translation>%1 موجود من قبل. اختر اسم ملف جديدًا للنسخة؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>Password for the copy %1: </source>
        <translation>كلمة المرور للنسخة %1: </translation>
    </message>
    <message>
        <source>The copy&apos;s password is the diary&apos;s own. Choose a different one: the copy is there in case the diary&apos;s password is forgotten.</source>
        <translation>كلمة مرور النسخة هي نفسها كلمة مرور الدفتر. اختر كلمة مختلفة: فالنسخة موجودة لحالة نسيان كلمة مرور الدفتر.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2. It opens only with the new password; the diary&apos;s own password does not open it. Checked: %3 journal records; fingerprint %4.</source>
        <translation>حُفظت نسخة من %1 باسم %2. لا تُفتح إلا بكلمة المرور الجديدة؛ كلمة مرور الدفتر نفسه لا تفتحها. فُحصت: %3 من قيود سجلّ العمليات؛ البصمة %4.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from this computer. It does not change when the diary does: make a new copy from time to time.</source>
        <translation>احفظها في مكان آمن، بعيدًا عن هذا الحاسوب. هي لا تتغيّر حين يتغيّر الدفتر: أنشئ نسخة جديدة من حين لآخر.</translation>
    </message>
    <message>
        <source>Create a new encrypted diary. It never overwrites a file.</source>
        <translation>إنشاء دفتر يوميات مشفّر جديد. لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>The new diary file (.daymark).</source>
        <translation>ملف الدفتر الجديد (.daymark).</translation>
    </message>
    <message>
        <source>The initials in exhibit numbers, such as JS for JS/1, JS/2 (default: EX). &apos;daymark-cli initials&apos; changes them later.</source>
        <translation>الأحرف الأولى في أرقام الأدلة، مثل JS في JS/1 وJS/2 (الافتراضي: EX). يغيّرها الأمر &apos;daymark-cli initials&apos; لاحقًا.</translation>
    </message>
    <message>
        <source>Created %1 (key derivation: Argon2id, memory %2, passes: %3). Keep the password safe: it cannot be recovered.</source>
        <translation>أُنشئ %1 (اشتقاق المفتاح: Argon2id، الذاكرة %2، عدد المرات: %3). احفظ كلمة المرور جيدًا: لا يمكن استرجاعها.</translation>
    </message>
    <message>
        <source>Exhibits will be numbered %1/1, %1/2 and so on.</source>
        <translation>ستُرقَّم الأدلة %1/1 و%1/2 وهكذا.</translation>
    </message>
    <message>
        <source>Delete an incident, with a reason. Nothing is erased: it stays in the history and &apos;restore&apos; brings it back.
Exit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>حذف واقعة، مع ذكر السبب. لا يُمحى شيء: تبقى في السجلّ ويعيدها الأمر &apos;restore&apos;.
رموز الخروج: 0 حُذفت، 2 مُدخلات غير صالحة (لم يُكتب شيء)، 3 كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>Why it is deleted (required).</source>
        <translation>سبب الحذف (مطلوب).</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the entry is being deleted; it can be restored later.</source>
        <translation>الخيار --reason ناقص. اذكر سبب حذف الإدخال؛ يمكن استعادته لاحقًا.</translation>
    </message>
    <message>
        <source>Incident #%1 deleted. It stays in the history; &apos;restore&apos; brings it back.</source>
        <translation>حُذفت الواقعة #%1. تبقى في السجلّ؛ ويعيدها الأمر &apos;restore&apos;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4.</source>
        <translation>--%1: &apos;%2&apos; ليس عددًا صحيحًا من %3 إلى %4.</translation>
    </message>
    <message>
        <source>Create a new diary filled with realistic, entirely fictional data: people, protection orders with conditions, and months of escalating incidents of every type, some amended or deleted. For trying Daymark and for benchmarks. The same seed and number of incidents give the same content. It never overwrites a file.</source>
        <translation>إنشاء دفتر جديد مملوء ببيانات واقعية الشكل لكنها خيالية تمامًا: أشخاص، وأوامر حماية بشروطها، وأشهر من وقائع متصاعدة من كل الأنواع، بعضها مُعدَّل أو محذوف. لتجربة Daymark ولقياس الأداء. البذرة نفسها وعدد الوقائع نفسه يعطيان المحتوى نفسه. لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>How many incidents (default: 300).</source>
        <translation>عدد الوقائع (الافتراضي: 300).</translation>
    </message>
    <message>
        <source>Which fictional story (default: 1).</source>
        <translation>أي قصة خيالية (الافتراضي: 1).</translation>
    </message>
    <message>
        <source>Created the demo diary %1. Everything in it is fictional.</source>
        <translation>أُنشئ الدفتر التجريبي %1. كل ما فيه خيالي.</translation>
    </message>
    <message>
        <source>People: %1. Protection orders: %2. Incidents: %3. Amendments: %4. Deletions: %5.</source>
        <translation>الأشخاص: %1. أوامر الحماية: %2. الوقائع: %3. التعديلات: %4. المحذوفات: %5.</translation>
    </message>
    <message>
        <source>Detach an exhibit from an incident, with a reason. The exhibit keeps its number and contents and may belong to other incidents; &apos;exhibit-delete&apos; removes it once it belongs to none.
Exit codes: 0 detached, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>فصل دليل عن واقعة، مع ذكر السبب. يحتفظ الدليل برقمه ومحتواه وقد ينتمي إلى وقائع أخرى؛ ويحذفه الأمر &apos;exhibit-delete&apos; حين لا ينتمي إلى أي واقعة.
رموز الخروج: 0 فُصل، 2 مُدخلات غير صالحة (لم يُكتب شيء)، 3 كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The exhibit: its number (JS/3 or 3), id, or id prefix.</source>
        <translation>الدليل: رقمه (JS/3 أو 3)، أو رقمه التعريفي (id) أو بدايته.</translation>
    </message>
    <message>
        <source>Why it is detached (required).</source>
        <translation>سبب الفصل (مطلوب).</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the exhibit no longer belongs to this incident.</source>
        <translation>الخيار --reason ناقص. اذكر لماذا لم يعد الدليل ينتمي إلى هذه الواقعة.</translation>
    </message>
    <message>
        <source>Exhibit %1 detached from incident %2.</source>
        <translation>فُصل الدليل %1 عن الواقعة %2.</translation>
    </message>
    <message>
        <source>It belongs to no incident now. It stays in the diary until it is deleted with &apos;daymark-cli exhibit-delete DIARY %1 --reason TEXT&apos;.</source>
        <translation>لم يعد ينتمي إلى أي واقعة. يبقى في الدفتر حتى يُحذف بالأمر &apos;daymark-cli exhibit-delete DIARY %1 --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>It still belongs to %1.</source>
        <translation>ما زال ينتمي إلى %1.</translation>
    </message>
    <message>
        <source>Show one exhibit: its number, original name, size, media type, SHA-256, how it was obtained, what was read from the file (capture time, camera, position, duration), the incidents it belongs to and its history. Deleted exhibits too. Never writes.</source>
        <translation>عرض دليل واحد: رقمه، واسمه الأصلي، وحجمه، ونوع الوسائط، وقيمة SHA-256، وكيف حُصل عليه، وما قُرئ من الملف (وقت الالتقاط، الكاميرا، الموقع، المدة)، والوقائع التي ينتمي إليها، وسجلّه. يشمل الأدلة المحذوفة أيضًا. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Delete an exhibit, with a reason, once it belongs to no incident (&apos;detach&apos; first). Its contents are removed from the diary and cannot be brought back; its number is never used again, and the history keeps when it was added, its SHA-256 and why it was deleted.
Exit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>حذف دليل، مع ذكر السبب، بعد ألّا ينتمي إلى أي واقعة (افصله أولًا بـ &apos;detach&apos;). يُزال محتواه من الدفتر ولا يمكن إرجاعه؛ ولا يُستخدم رقمه مرة أخرى أبدًا، ويحفظ السجلّ متى أُضيف، وقيمة SHA-256 الخاصة به، وسبب حذفه.
رموز الخروج: 0 حُذف، 2 مُدخلات غير صالحة (لم يُكتب شيء)، 3 كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the exhibit is being deleted; its contents cannot be brought back.</source>
        <translation>الخيار --reason ناقص. اذكر سبب حذف الدليل؛ لا يمكن إرجاع محتواه.</translation>
    </message>
    <message>
        <source>Exhibit %1 still belongs to %2. Detach it from each first with &apos;daymark-cli detach DIARY %1 INCIDENT --reason TEXT&apos;.</source>
        <translation>الدليل %1 ما زال ينتمي إلى %2. افصله عن كلٍّ منها أولًا بالأمر &apos;daymark-cli detach DIARY %1 INCIDENT --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>Exhibit %1 deleted. Its contents are gone from the diary; its number will not be used again and its history is kept.</source>
        <translation>حُذف الدليل %1. زال محتواه من الدفتر؛ لن يُستخدم رقمه مرة أخرى، وسجلّه محفوظ.</translation>
    </message>
    <message>
        <source>List the diary&apos;s exhibits in the order they were added: number, size, media type, original file name and the incidents each belongs to. Never writes.</source>
        <translation>سرد أدلة الدفتر بترتيب إضافتها: الرقم، والحجم، ونوع الوسائط، واسم الملف الأصلي، والوقائع التي ينتمي إليها كل دليل. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Only the exhibits of this incident (a number, id or id prefix).</source>
        <translation>أدلة هذه الواقعة فقط (رقم، أو رقم تعريفي id أو بدايته).</translation>
    </message>
    <message>
        <source>Deleted exhibits as well (numbers only).</source>
        <translation>الأدلة المحذوفة أيضًا (الأرقام فقط).</translation>
    </message>
    <message>
        <source>Only deleted exhibits.</source>
        <translation>الأدلة المحذوفة فقط.</translation>
    </message>
    <message>
        <source>Give --deleted or --include-deleted, not both.</source>
        <translation>أعطِ --deleted أو --include-deleted، لا كليهما.</translation>
    </message>
    <message>
        <source>No deleted exhibits.</source>
        <translation>لا توجد أدلة محذوفة.</translation>
    </message>
    <message>
        <source>This incident has no exhibits. Attach files with &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</source>
        <translation>لا توجد أدلة لهذه الواقعة. أرفق ملفات بالأمر &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</translation>
    </message>
    <message>
        <source>No exhibits yet. Attach files with &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</source>
        <translation>لا توجد أدلة بعد. أرفق ملفات بالأمر &apos;daymark-cli attach DIARY INCIDENT FILE...&apos;.</translation>
    </message>
    <message>
        <source>Exhibits: %1 (%2).</source>
        <translation>الأدلة: %1 (%2).</translation>
    </message>
    <message>
        <source>Filters combine: an incident must match all of them; with --incident, exactly the incidents given. Private notes are left out unless --include-notes is given; --redact and --redact-text hide details as [redacted] in the text (exhibit files stay original). The file is written under a temporary name and appears only when complete: it never overwrites a file and leaves nothing behind when it fails or is cancelled (Ctrl-C). The export is recorded in the diary&apos;s journal.
Exit codes: 0 written, 1 cancelled, 2 bad options or no such incident, person or order, 3 wrong password, 4 the diary is damaged (an exhibit does not match its SHA-256), 5 OUT exists or cannot be written.</source>
        <translation>عوامل التصفية تجتمع: يجب أن تطابقها الواقعة كلها؛ ومع --incident، الوقائع المُعطاة بالضبط. تُستبعد الملاحظات الخاصة ما لم يُعطَ --include-notes؛ ويُخفي --redact و--redact-text التفاصيل في النص بوضع [محجوب] مكانها (ملفات الأدلة تبقى أصلية). يُكتب الملف باسم مؤقت ولا يظهر إلا حين يكتمل: لا يكتب فوق أي ملف أبدًا ولا يترك شيئًا خلفه إن فشل أو أُلغي (Ctrl-C). يُسجَّل التصدير في سجلّ عمليات الدفتر.
رموز الخروج: 0 كُتب، 1 أُلغي، 2 خيارات غير صالحة أو واقعة أو شخص أو أمر غير موجود، 3 كلمة مرور خاطئة، 4 الدفتر تالف (دليل لا يطابق قيمة SHA-256 الخاصة به)، 5 OUT موجود أو لا يمكن الكتابة فيه.</translation>
    </message>
    <message>
        <source>Write the PDF timeline of the chosen incidents.</source>
        <translation>اكتب الخط الزمني بصيغة PDF للوقائع المختارة.</translation>
    </message>
    <message>
        <source>Write an evidence bundle for police: one zip with the PDF timeline, the original exhibit files named by exhibit number, incidents.csv and incidents.json, SHA256SUMS, manifest.json signed with the diary&apos;s key (manifest.sig, signing-key.pem) and a README saying how to check it. Check a bundle with &apos;daymark-cli verify&apos;; docs/bundle.md describes the files.</source>
        <translation>اكتب حزمة أدلة للشرطة: ملف zip واحد فيه الخط الزمني بصيغة PDF، وملفات الأدلة الأصلية مسمّاة بأرقامها، وincidents.csv وincidents.json، وSHA256SUMS، وmanifest.json موقّعًا بمفتاح الدفتر (manifest.sig وsigning-key.pem)، وملف README يشرح كيفية التحقق منها. تحقّق من الحزمة بالأمر &apos;daymark-cli verify&apos;؛ ويصف docs/bundle.md الملفات.</translation>
    </message>
    <message>
        <source>The new PDF file.</source>
        <translation>ملف PDF الجديد.</translation>
    </message>
    <message>
        <source>The new zip file.</source>
        <translation>ملف zip الجديد.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>‏%1 موجود من قبل. اختر اسم ملف جديدًا؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>Exporting %1: %2% (%3 of %4)</source>
        <translation>تصدير %1: %2% (%3 من %4)</translation>
    </message>
    <message>
        <source>Cancelled. %1 was not written.</source>
        <translation>أُلغي. لم يُكتب %1.</translation>
    </message>
    <message>
        <source>PDF timeline written to %1 (%2). Incidents: %3.</source>
        <translation>كُتب الخط الزمني بصيغة PDF في %1 (%2). الوقائع: %3.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Evidence bundle written to %1 (%2). Incidents: %3. Exhibits: %4.</source>
        <translation>كُتبت حزمة الأدلة في %1 (%2). الوقائع: %3. الأدلة: %4.</translation>
    </message>
    <message>
        <source>manifest.json SHA-256: %1</source>
        <translation>SHA-256 لملف manifest.json: %1</translation>
    </message>
    <message>
        <source>Check it with: daymark-cli verify %1</source>
        <translation>تحقّق منها بالأمر: daymark-cli verify %1</translation>
    </message>
    <message>
        <source>Diary fingerprint named in the export: %1</source>
        <translation>بصمة الدفتر المذكورة في التصدير: %1</translation>
    </message>
    <message>
        <source>Write an exhibit&apos;s original file, byte for byte, to a new file, checking its SHA-256 on the way. It never overwrites a file, and leaves no partial file when it fails or is cancelled (Ctrl-C). The diary is not changed.
Exit codes: 0 written and verified, 1 cancelled, 2 no such exhibit or a deleted one, 3 wrong password, 4 the stored bytes do not match their SHA-256, 5 OUTFILE exists or cannot be written.</source>
        <translation>كتابة الملف الأصلي لدليل، بايتًا ببايت، في ملف جديد، مع التحقق من قيمة SHA-256 أثناء ذلك. لا يكتب فوق أي ملف أبدًا، ولا يترك ملفًا ناقصًا إن فشل أو أُلغي (Ctrl-C). لا يتغيّر الدفتر.
رموز الخروج: 0 كُتب وتُحقِّق منه، 1 أُلغي، 2 لا يوجد دليل كهذا أو هو محذوف، 3 كلمة مرور خاطئة، 4 البايتات المحفوظة لا تطابق قيمة SHA-256 الخاصة بها، 5 OUTFILE موجود أو لا يمكن الكتابة فيه.</translation>
    </message>
    <message>
        <source>The new file to write.</source>
        <translation>الملف الجديد المراد كتابته.</translation>
    </message>
    <message>
        <source>Exhibit %1 was deleted (reason: %2). Its contents are no longer in the diary.</source>
        <translation>حُذف الدليل %1 (السبب: %2). محتواه لم يعد في الدفتر.</translation>
    </message>
    <message>
        <source>Extracting %1: %2% (%3 of %4)</source>
        <translation>استخراج %1: %2% (%3 من %4)</translation>
    </message>
    <message>
        <source>Exhibit %1 (%2, %3) written to %4.</source>
        <translation>كُتب الدليل %1 (%2، %3) في %4.</translation>
    </message>
    <message>
        <source>SHA-256 verified: %1</source>
        <translation>تُحقِّق من SHA-256: %1</translation>
    </message>
    <message>
        <source>Print the diary&apos;s fingerprint: a short code that changes with every change to the diary. Send it to someone you trust from time to time; it shows the diary existed in that state then. Never writes.</source>
        <translation>طباعة بصمة الدفتر: رمز قصير يتغيّر مع كل تغيير في الدفتر. أرسله إلى شخص تثق به من حين لآخر؛ فهو يُثبت أن الدفتر كان موجودًا بتلك الحالة في ذلك الوقت. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Show every version of an incident: when it was recorded, each amendment with its reason and what changed, deletions and restorations. Never writes.</source>
        <translation>عرض كل نسخ الواقعة: متى سُجِّلت، وكل تعديل مع سببه وما تغيّر، وعمليات الحذف والاستعادة. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation>ملف التصدير.</translation>
    </message>
    <message>
        <source>What FILE is: %1.</source>
        <translation>نوع الملف FILE: %1.</translation>
    </message>
    <message>
        <source>Keep only the messages and calls of this participant: a name as the export shows it, a phone number in any spelling (07700 900123 matches +44 7700 900123), or a person in the diary (matched by their names and numbers).</source>
        <translation>احتفظ فقط برسائل ومكالمات هذا المشارك: اسم كما يظهر في ملف التصدير، أو رقم هاتف بأي كتابة (07700 900123 يطابق +44 7700 900123)، أو شخص في الدفتر (يُطابَق بأسمائه وأرقامه).</translation>
    </message>
    <message>
        <source>&apos;day&apos;: one incident per day instead of one per message.</source>
        <translation>&apos;day&apos;: واقعة واحدة لكل يوم بدلًا من واقعة لكل رسالة.</translation>
    </message>
    <message>
        <source>WhatsApp: how the phone writes dates, when the file cannot tell: dmy (day first), mdy (month first) or ymd.</source>
        <translation>WhatsApp: كيف يكتب الهاتف التواريخ، حين لا يمكن معرفة ذلك من الملف: dmy (اليوم أولًا)، أو mdy (الشهر أولًا)، أو ymd.</translation>
    </message>
    <message>
        <source>Where the phone&apos;s clock was, for WhatsApp&apos;s and Signal&apos;s times and for days (an IANA name such as Europe/London; default: this computer&apos;s).</source>
        <translation>المنطقة الزمنية لساعة الهاتف، لأوقات WhatsApp وSignal وللأيام (اسم IANA مثل Europe/London؛ الافتراضي: منطقة هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Do not attach the photos and files the export holds.</source>
        <translation>لا تُرفق الصور والملفات الموجودة في ملف التصدير.</translation>
    </message>
    <message>
        <source>Read the export and say what would be added; change nothing.</source>
        <translation>اقرأ ملف التصدير وبيّن ما سيُضاف؛ دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>--group: only &apos;day&apos; is available.</source>
        <translation>--group: القيمة المتاحة الوحيدة هي &apos;day&apos;.</translation>
    </message>
    <message>
        <source>--date-order: use dmy (day first), mdy (month first) or ymd.</source>
        <translation>--date-order: استخدم dmy (اليوم أولًا)، أو mdy (الشهر أولًا)، أو ymd.</translation>
    </message>
    <message>
        <source>--time-zone: &apos;%1&apos; is not a time zone this computer knows (try Europe/London).</source>
        <translation>--time-zone: &apos;%1&apos; ليست منطقة زمنية يعرفها هذا الحاسوب (جرّب Europe/London).</translation>
    </message>
    <message>
        <source>The export %1 was not imported. %2</source>
        <translation>لم يُستورد ملف التصدير %1. %2</translation>
    </message>
    <message>
        <source>Importing %1: %2% (%3 of %4)</source>
        <translation>استيراد %1: %2% (%3 من %4)</translation>
    </message>
    <message>
        <source>The export %1 was not imported. %2 Use --date-order dmy or --date-order mdy.</source>
        <translation>لم يُستورد ملف التصدير %1. %2 استخدم --date-order dmy أو --date-order mdy.</translation>
    </message>
    <message>
        <source>The dates in %1 read both as day/month and as month/day (such as &quot;%2&quot;). Say which the phone uses with --date-order dmy or --date-order mdy.</source>
        <translation>التواريخ في %1 تُقرأ على أنها يوم/شهر وعلى أنها شهر/يوم معًا (مثل &quot;%2&quot;). حدِّد ما يستخدمه الهاتف بالخيار --date-order dmy أو --date-order mdy.</translation>
    </message>
    <message>
        <source>Show the initials used in exhibit numbers (JS in JS/1), or change them. A change applies to new exhibits only: existing exhibits keep their numbers for life, and running numbers carry on.</source>
        <translation>عرض الأحرف الأولى المستخدمة في أرقام الأدلة (JS في JS/1)، أو تغييرها. التغيير يسري على الأدلة الجديدة فقط: تحتفظ الأدلة الموجودة بأرقامها دائمًا، ويستمر الترقيم المتسلسل.</translation>
    </message>
    <message>
        <source>New initials: 1 to 4 letters.</source>
        <translation>الأحرف الأولى الجديدة: من 1 إلى 4 أحرف.</translation>
    </message>
    <message>
        <source>Exhibit numbers already use the initials %1; nothing changed.</source>
        <translation>أرقام الأدلة تستخدم الأحرف الأولى %1 من قبل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>New exhibits will be numbered %1/N. Existing exhibits keep their numbers.</source>
        <translation>ستُرقَّم الأدلة الجديدة %1/N. تحتفظ الأدلة الموجودة بأرقامها.</translation>
    </message>
    <message>
        <source>Incidents per week (week, first day, count, %1-week average, most frequent types):</source>
        <translation>الوقائع في كل أسبوع (الأسبوع، أول يوم، العدد، متوسط %1 أسابيع، أكثر الأنواع تكرارًا):</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>لا توجد وقائع في هذه الفترة.</translation>
    </message>
    <message>
        <source>Incidents by hour of day (columns 00 to 23) and day of week:</source>
        <translation>الوقائع حسب ساعة اليوم (الأعمدة من 00 إلى 23) ويوم الأسبوع:</translation>
    </message>
    <message>
        <source>Show warning signs in what the diary records (incidents recorded more often, a first contact in person, threats, contact at home or work, possible breaches of an order, other people drawn in), each with the incidents behind it, and the number of incidents per week and by time of day. With --json, the JSON described in docs/insights.md. Never writes.</source>
        <translation>عرض العلامات التحذيرية فيما يسجّله الدفتر (وقائع تُسجَّل بوتيرة أكبر، أول تواصل وجهًا لوجه، تهديدات، تواصل في البيت أو العمل، خروقات محتملة لأمر حماية، إقحام أشخاص آخرين)، كلٌّ منها مع الوقائع التي تستند إليها، وعدد الوقائع في كل أسبوع وحسب وقت اليوم. مع --json، يطبع JSON الموصوف في docs/insights.md. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Count weeks from this day (default: the first incident).</source>
        <translation>عُدَّ الأسابيع من هذا اليوم (الافتراضي: يوم أول واقعة).</translation>
    </message>
    <message>
        <source>Count weeks up to this day, and look for warning signs up to its end (default: today).</source>
        <translation>عُدَّ الأسابيع حتى هذا اليوم، وابحث عن العلامات التحذيرية حتى نهايته (الافتراضي: اليوم).</translation>
    </message>
    <message>
        <source>--to is before --from. Give the first day with --from and the last with --to.</source>
        <translation>قيمة --to تسبق قيمة --from. أعطِ اليوم الأول مع --from والأخير مع --to.</translation>
    </message>
    <message>
        <source>Link an exhibit that is already in the diary to another incident as well (the same photo can show two incidents). The exhibit keeps its number.
Exit codes: 0 linked, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>ربط دليل موجود في الدفتر بواقعة أخرى أيضًا (الصورة نفسها قد تُظهر واقعتين). يحتفظ الدليل برقمه.
رموز الخروج: 0 رُبط، 2 مُدخلات غير صالحة (لم يُكتب شيء)، 3 كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>Exhibit %1 now belongs to %2.</source>
        <translation>الدليل %1 ينتمي الآن إلى %2.</translation>
    </message>
    <message>
        <source>List incidents, newest first (by when they happened). Filters combine: an incident must match all of them. With --json, a JSON array. Never writes.</source>
        <translation>سرد الوقائع، الأحدث أولًا (حسب وقت وقوعها). عوامل التصفية تجتمع: يجب أن تطابقها الواقعة كلها. مع --json، مصفوفة JSON. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Deleted orders as well.</source>
        <translation>الأوامر المحذوفة أيضًا.</translation>
    </message>
    <message>
        <source>add an order with its conditions; prints the id</source>
        <translation>إضافة أمر مع شروطه؛ يطبع رقمه التعريفي (id)</translation>
    </message>
    <message>
        <source>list the orders</source>
        <translation>سرد الأوامر</translation>
    </message>
    <message>
        <source>show an order, its conditions and the possible breaches of each</source>
        <translation>عرض أمر وشروطه والخروقات المحتملة لكل شرط</translation>
    </message>
    <message>
        <source>change an order (e.g. varied by the court): ID, options and --reason</source>
        <translation>تغيير أمر (مثلًا إذا عدّلته المحكمة): ID والخيارات و--reason</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>الأمر الفرعي.</translation>
    </message>
    <message>
        <source>The order: its id or the first 6+ characters.</source>
        <translation>الأمر: رقمه التعريفي (id) أو أول 6 أحرف منه أو أكثر.</translation>
    </message>
    <message>
        <source>Protection orders, their conditions and recorded breaches.</source>
        <translation>أوامر الحماية وشروطها والخروقات المسجّلة.</translation>
    </message>
    <message>
        <source>Add a protection order. Prints the new id, or with --json the order as JSON.</source>
        <translation>إضافة أمر حماية. يطبع الرقم التعريفي الجديد، أو مع --json يطبع الأمر بصيغة JSON.</translation>
    </message>
    <message>
        <source>List the protection orders, oldest recorded first. Never writes.</source>
        <translation>سرد أوامر الحماية، الأقدم تسجيلًا أولًا. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>No protection orders yet.</source>
        <translation>لا توجد أوامر حماية بعد.</translation>
    </message>
    <message>
        <source>Show an order with its conditions and, under each, the incidents recorded as possible breaches of it. Never writes.</source>
        <translation>عرض أمر مع شروطه، وتحت كل شرط الوقائع المسجّلة كخروقات محتملة له. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Amend an order; the earlier version is kept. An empty value clears a field.</source>
        <translation>تعديل أمر؛ تُحفظ النسخة السابقة. القيمة الفارغة تُفرغ الحقل.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why the order is being amended, e.g. varied by the court.</source>
        <translation>الخيار --reason ناقص. اذكر سبب تعديل الأمر، مثلًا أن المحكمة عدّلته.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --expires DATE.</source>
        <translation>لا يوجد ما يُعدَّل: أعطِ حقلًا واحدًا على الأقل لتغييره، مثل --expires DATE.</translation>
    </message>
    <message>
        <source>Change a diary&apos;s password. If interrupted, the old password still works.</source>
        <translation>تغيير كلمة مرور الدفتر. إن انقطعت العملية، تبقى كلمة المرور القديمة صالحة.</translation>
    </message>
    <message>
        <source>The diary.</source>
        <translation>الدفتر.</translation>
    </message>
    <message>
        <source>Read the new password from the first line of FILE.</source>
        <translation>اقرأ كلمة المرور الجديدة من السطر الأول في FILE.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>كلمة المرور الجديدة لـ %1: </translation>
    </message>
    <message>
        <source>The password of %1 is changed. The old one no longer opens it.</source>
        <translation>تغيّرت كلمة مرور %1. الكلمة القديمة لم تعد تفتحه.</translation>
    </message>
    <message>
        <source>Why the details change (required).</source>
        <translation>سبب تغيير البيانات (مطلوب).</translation>
    </message>
    <message>
        <source>Deleted people as well.</source>
        <translation>الأشخاص المحذوفون أيضًا.</translation>
    </message>
    <message>
        <source>add a person (--name required); prints the id</source>
        <translation>إضافة شخص (--name مطلوب)؛ يطبع رقمه التعريفي (id)</translation>
    </message>
    <message>
        <source>list people, stalkers first</source>
        <translation>سرد الأشخاص، المُلاحِقون أولًا</translation>
    </message>
    <message>
        <source>show one person: ID is a name, id or id prefix</source>
        <translation>عرض شخص واحد: ID اسم أو رقم تعريفي أو بدايته</translation>
    </message>
    <message>
        <source>change a person&apos;s details: ID, field options and --reason</source>
        <translation>تغيير بيانات شخص: ID وخيارات الحقول و--reason</translation>
    </message>
    <message>
        <source>The person: a name, id or id prefix.</source>
        <translation>الشخص: اسم أو رقم تعريفي (id) أو بدايته.</translation>
    </message>
    <message>
        <source>The people in the diary: the stalker(s) first, witnesses, police officers and support workers.</source>
        <translation>الأشخاص في الدفتر: المُلاحِق (أو المُلاحِقون) أولًا، ثم الشهود، وأفراد الشرطة، والعاملون في الدعم.</translation>
    </message>
    <message>
        <source>Add a person. Prints the new id, or with --json the person as a JSON object.</source>
        <translation>إضافة شخص. يطبع الرقم التعريفي الجديد، أو مع --json يطبع الشخص ككائن JSON.</translation>
    </message>
    <message>
        <source>--name is missing. Give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>الخيار --name ناقص. أعطِ اسمًا، أو وصفًا مثل &quot;رجل مجهول في السيارة الزرقاء&quot;.</translation>
    </message>
    <message>
        <source>List the people in the diary, stalkers first, then by name. Never writes.</source>
        <translation>سرد الأشخاص في الدفتر، المُلاحِقون أولًا، ثم حسب الاسم. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>No people yet. Add one with &apos;daymark-cli people DIARY add --name NAME&apos;.</source>
        <translation>لا يوجد أشخاص بعد. أضف شخصًا بالأمر &apos;daymark-cli people DIARY add --name NAME&apos;.</translation>
    </message>
    <message>
        <source>Show one person in full. Never writes.</source>
        <translation>عرض شخص واحد بكامل بياناته. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Incidents involving or witnessed by them: %1 (see &apos;list --person&apos;).</source>
        <translation>الوقائع التي تخصّه أو شهدها: %1 (انظر &apos;list --person&apos;).</translation>
    </message>
    <message>
        <source>Amend a person&apos;s details; the earlier version is kept. A list option (--alias, --phone, ...) replaces the whole list; one empty value clears it. An empty text value clears that field.</source>
        <translation>تعديل بيانات شخص؛ تُحفظ النسخة السابقة. خيار القائمة (--alias و--phone و...) يستبدل القائمة كلها؛ وقيمة فارغة واحدة تُفرغها. وقيمة النص الفارغة تُفرغ ذلك الحقل.</translation>
    </message>
    <message>
        <source>--reason is missing. Say why this person&apos;s details are being amended.</source>
        <translation>الخيار --reason ناقص. اذكر سبب تعديل بيانات هذا الشخص.</translation>
    </message>
    <message>
        <source>Nothing to amend: give at least one field to change, e.g. --phone NUMBER.</source>
        <translation>لا يوجد ما يُعدَّل: أعطِ حقلًا واحدًا على الأقل لتغييره، مثل --phone NUMBER.</translation>
    </message>
    <message>
        <source>Restore a deleted incident.
(restore DIARY alone, or with a backup FILE, puts back a backup: &apos;daymark-cli restore DIARY --help&apos;.)
Exit codes: 0 restored, 2 bad input (nothing written), 3 wrong password.</source>
        <translation>استعادة واقعة محذوفة.
(الأمر restore DIARY وحده، أو مع ملف نسخة احتياطية FILE، يُرجع نسخة احتياطية: &apos;daymark-cli restore DIARY --help&apos;.)
رموز الخروج: 0 استُعيدت، 2 مُدخلات غير صالحة (لم يُكتب شيء)، 3 كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The incident: its number from &apos;list --deleted&apos; (12 or #12), id, or id prefix.</source>
        <translation>الواقعة: رقمها من &apos;list --deleted&apos; (مثل 12 أو #12)، أو رقمها التعريفي (id) أو بدايته.</translation>
    </message>
    <message>
        <source>Why it is restored (optional).</source>
        <translation>سبب الاستعادة (اختياري).</translation>
    </message>
    <message>
        <source>Incident #%1 restored.</source>
        <translation>استُعيدت الواقعة #%1.</translation>
    </message>
    <message>
        <source>Put back a backup of a diary: BACKUP, or else the newest backup in DIARY.backups (or --from FOLDER) that opens with the password and passes the full check. The backup is copied and checked before anything is replaced; the diary it replaces is kept beside it as DIARY.damaged-&lt;time&gt;, never deleted. The restored diary opens with the password the backup was made under.
(restore DIARY ID, with an incident&apos;s number or id, undoes the deletion of an incident instead.)
Exit codes: 0 restored, 2 bad input, 3 wrong password, 4 no good backup (nothing changed), 5 file or disk problem.</source>
        <translation>إرجاع نسخة احتياطية من الدفتر: BACKUP، وإلا فأحدث نسخة احتياطية في DIARY.backups (أو --from FOLDER) تُفتح بكلمة المرور وتجتاز الفحص الكامل. تُنسخ النسخة الاحتياطية وتُفحص قبل استبدال أي شيء؛ ويُحفظ الدفتر الذي تحلّ محلّه بجانبها باسم DIARY.damaged-&lt;time&gt;، ولا يُحذف أبدًا. الدفتر المُستعاد يُفتح بكلمة المرور التي أُنشئت بها النسخة الاحتياطية.
(أما الأمر restore DIARY ID، برقم واقعة أو رقمها التعريفي، فيتراجع عن حذف واقعة.)
رموز الخروج: 0 استُعيد، 2 مُدخلات غير صالحة، 3 كلمة مرور خاطئة، 4 لا توجد نسخة احتياطية سليمة (لم يتغيّر شيء)، 5 مشكلة في ملف أو في القرص.</translation>
    </message>
    <message>
        <source>The diary file to put back (it may be missing).</source>
        <translation>ملف الدفتر المراد إرجاعه (قد يكون مفقودًا).</translation>
    </message>
    <message>
        <source>The backup file to restore (a .daymark file or a path).</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته (ملف .daymark أو مسار).</translation>
    </message>
    <message>
        <source>Look for backups in FOLDER instead of DIARY.backups.</source>
        <translation>ابحث عن النسخ الاحتياطية في FOLDER بدلًا من DIARY.backups.</translation>
    </message>
    <message>
        <source>%1 is a folder. Name the diary file to put back.</source>
        <translation>%1 مجلد. حدِّد اسم ملف الدفتر المراد إرجاعه.</translation>
    </message>
    <message>
        <source>Name a backup file or a folder to look in (--from), not both.</source>
        <translation>حدِّد ملف نسخة احتياطية أو مجلدًا للبحث فيه (--from)، لا كليهما.</translation>
    </message>
    <message>
        <source>There are no backups of this diary in %1. Name a backup file, or the folder that holds them with --from.</source>
        <translation>لا توجد نسخ احتياطية لهذا الدفتر في %1. حدِّد ملف نسخة احتياطية، أو المجلد الذي يحويها بالخيار --from.</translation>
    </message>
    <message>
        <source>No backup in %1 opens with this password and passes the check:</source>
        <translation>لا توجد في %1 نسخة احتياطية تُفتح بكلمة المرور هذه وتجتاز الفحص:</translation>
    </message>
    <message>
        <source>Nothing was changed. If you changed the password, try the old one.</source>
        <translation>لم يتغيّر شيء. إن كنت قد غيّرت كلمة المرور، فجرّب القديمة.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>تم تخطّي %1: %2.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2 (checked: %3 journal records; fingerprint %4).</source>
        <translation>استُعيد %1 من النسخة الاحتياطية %2 (فُحص: %3 من قيود سجلّ العمليات؛ البصمة %4).</translation>
    </message>
    <message>
        <source>There was no diary file to replace.</source>
        <translation>لم يكن هناك ملف دفتر لاستبداله.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1; delete it only once you are sure you do not need it.</source>
        <translation>الملف الذي استُبدل محفوظ باسم %1؛ لا تحذفه إلا حين تتأكد أنك لا تحتاج إليه.</translation>
    </message>
    <message>
        <source>Anything written after the backup was made is not in the restored diary.</source>
        <translation>أي شيء كُتب بعد إنشاء النسخة الاحتياطية ليس في الدفتر المُستعاد.</translation>
    </message>
    <message>
        <source>--note belongs to one answer: give exactly one --answer with it.</source>
        <translation>الخيار --note يخصّ إجابة واحدة: أعطِ معه خيار --answer واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>--answer: &apos;%1&apos; is not QUESTION=yes, QUESTION=no or QUESTION=dont-know.</source>
        <translation>--answer: &apos;%1&apos; ليست بالشكل QUESTION=yes أو QUESTION=no أو QUESTION=dont-know.</translation>
    </message>
    <message>
        <source>There is no screening question &apos;%1&apos;. &apos;daymark-cli screening DIARY&apos; lists the codes.</source>
        <translation>لا يوجد سؤال تقييم باسم &apos;%1&apos;. الأمر &apos;daymark-cli screening DIARY&apos; يسرد الرموز.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>لم تُجَب بعد.</translation>
    </message>
    <message>
        <source>The stalking risk screening questions (on the themes police and support services in the UK ask about) with your latest answers, when you gave them, and the incidents in the diary that bear on each. --answer saves answers; earlier answers are kept. Talking the questions through with the police or the National Stalking Helpline (0808 802 0300) helps; in danger, call 999.</source>
        <translation>أسئلة تقييم خطر الملاحقة (حول المواضيع التي تسأل عنها الشرطة وخدمات الدعم في المملكة المتحدة) مع آخر إجاباتك، ومتى أعطيتها، والوقائع في الدفتر المتعلقة بكل سؤال. الخيار --answer يحفظ الإجابات؛ وتُحفظ الإجابات السابقة. يفيد أن تناقش الأسئلة مع الشرطة أو مع National Stalking Helpline (خط المساعدة الوطني لضحايا الملاحقة، 0808 802 0300)؛ وفي حالة الخطر، اتصل بـ 999.</translation>
    </message>
    <message>
        <source>Answer a question: CODE=yes, CODE=no or CODE=dont-know. Repeatable.</source>
        <translation>أجب عن سؤال: CODE=yes أو CODE=no أو CODE=dont-know. يمكن تكراره.</translation>
    </message>
    <message>
        <source>A note kept with the answer.</source>
        <translation>ملاحظة تُحفظ مع الإجابة.</translation>
    </message>
    <message>
        <source>Why an answer changed (optional).</source>
        <translation>سبب تغيّر الإجابة (اختياري).</translation>
    </message>
    <message>
        <source>Every answer given to one question.</source>
        <translation>كل إجابة أُعطيت عن سؤال واحد.</translation>
    </message>
    <message>
        <source>Saved 1 answer.</source>
        <translation>حُفظت إجابة واحدة.</translation>
    </message>
    <message>
        <source>Saved %1 answers (unchanged answers are not saved again).</source>
        <translation>حُفظت الإجابات: %1 (الإجابات التي لم تتغيّر لا تُحفظ مرة أخرى).</translation>
    </message>
    <message>
        <source>%1, answered %2</source>
        <translation>%1، أُجيب في %2</translation>
    </message>
    <message>
        <source>In the diary: %1 incidents, the latest #%2.</source>
        <translation>في الدفتر: الوقائع %1، آخرها #%2.</translation>
    </message>
    <message>
        <source>Search what happened, notes, places, people&apos;s names and tags. Every word must match, as a word or the start of one (&quot;thr&quot; finds &quot;threatened&quot;). Newest first; the filters of &apos;list&apos; apply. Never writes.</source>
        <translation>البحث في ما حدث، والملاحظات، والأماكن، وأسماء الأشخاص، والوسوم. يجب أن تطابق كل كلمة، ككلمة كاملة أو كبداية كلمة (&quot;thr&quot; تجد &quot;threatened&quot;). الأحدث أولًا؛ وتنطبق عوامل التصفية الخاصة بالأمر &apos;list&apos;. لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>الكلمات المراد إيجادها.</translation>
    </message>
    <message>
        <source>The search has no words to look for. Give at least one word or the start of one.</source>
        <translation>لا توجد كلمات للبحث عنها. أعطِ كلمة واحدة على الأقل أو بداية كلمة.</translation>
    </message>
    <message>
        <source>Show one incident in full (deleted ones too). Never writes.</source>
        <translation>عرض واقعة واحدة كاملة (والمحذوفة أيضًا). لا يكتب أبدًا.</translation>
    </message>
    <message>
        <source>Check an evidence bundle made by export-bundle: every file against SHA256SUMS and manifest.json (size and SHA-256), that no file was added or removed, and the Ed25519 signature of manifest.json with signing-key.pem. Names each file that fails. Needs no diary and no password; never writes.
The signature shows which diary made the bundle only when its fingerprint or key matches one its owner gave you separately.
Exit codes: 0 every check holds, 1 cancelled, 4 a check failed, 5 the file is missing or not a zip.</source>
        <translation>التحقق من حزمة أدلة أنشأها الأمر export-bundle: كل ملف مقابل SHA256SUMS وmanifest.json (الحجم وقيمة SHA-256)، وأنه لم يُضف ملف ولم يُحذف، وتوقيع Ed25519 لملف manifest.json باستخدام signing-key.pem. يذكر اسم كل ملف يفشل. لا يحتاج إلى دفتر ولا إلى كلمة مرور؛ لا يكتب أبدًا.
التوقيع يُثبت أي دفتر أنشأ الحزمة فقط إذا طابقت بصمته أو مفتاحه ما أعطاك إياه صاحبه بشكل منفصل.
رموز الخروج: 0 نجحت كل الفحوص، 1 أُلغي، 4 فشل أحد الفحوص، 5 الملف مفقود أو ليس ملف zip.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip file.</source>
        <translation>ملف zip الخاص بالحزمة.</translation>
    </message>
    <message>
        <source>Checking %1: %2% (%3 of %4)</source>
        <translation>فحص %1: %2% (%3 من %4)</translation>
    </message>
    <message>
        <source>%1: verified. Files: %2. Every file matches SHA256SUMS and manifest.json, none was added or removed, and the signature of manifest.json is valid.</source>
        <translation>%1: تم التحقق. الملفات: %2. كل ملف يطابق SHA256SUMS وmanifest.json، ولم يُضف أي ملف ولم يُحذف، وتوقيع manifest.json صالح.</translation>
    </message>
    <message>
        <source>Diary fingerprint at export: %1</source>
        <translation>بصمة الدفتر عند التصدير: %1</translation>
    </message>
    <message>
        <source>Signing key (Ed25519): %1</source>
        <translation>مفتاح التوقيع (Ed25519): %1</translation>
    </message>
    <message>
        <source>Exported: %1 UTC</source>
        <translation>صُدِّر في: %1 UTC</translation>
    </message>
    <message>
        <source>Compare the fingerprint with one the diary&apos;s owner gave you separately to know which diary made it.</source>
        <translation>قارن البصمة بالبصمة التي أعطاك إياها صاحب الدفتر بشكل منفصل لتعرف أي دفتر أنشأها.</translation>
    </message>
    <message>
        <source>%1: NOT verified. Problems found: %2</source>
        <translation>%1: لم يتم التحقق. المشكلات التي وُجدت: %2</translation>
    </message>
    <message>
        <source>The signature of manifest.json could not be checked.</source>
        <translation>تعذّر التحقق من توقيع manifest.json.</translation>
    </message>
    <message>
        <source>Do not rely on this bundle; ask for it to be exported and sent again.</source>
        <translation>لا تعتمد على هذه الحزمة؛ اطلب تصديرها وإرسالها مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 س %2 د %3 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>نوع الوسائط</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>محذوفة: %1</translation>
    </message>
    <message>
        <source>Exhibit %1 (deleted)</source>
        <translation>الدليل %1 (محذوف)</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>الدليل %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>الرقم التعريفي: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>الاسم الأصلي: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>الحجم: %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 بايت)</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>نوع الوسائط: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>أُضيف: %1</translation>
    </message>
    <message>
        <source>File last modified: %1</source>
        <translation>آخر تعديل للملف: %1</translation>
    </message>
    <message>
        <source>File created: %1</source>
        <translation>إنشاء الملف: %1</translation>
    </message>
    <message>
        <source>How obtained: %1</source>
        <translation>طريقة الحصول عليه: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>الوصف: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>التُقط: %1</translation>
    </message>
    <message>
        <source>%1 by the camera&apos;s clock (its time zone is not recorded)</source>
        <translation>%1 حسب ساعة الكاميرا (منطقتها الزمنية غير مسجّلة)</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>الكاميرا: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>%1 (altitude %2 m)</source>
        <translation>%1 (الارتفاع %2 م)</translation>
    </message>
    <message>
        <source>Image size: %1</source>
        <translation>أبعاد الصورة: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 بكسل</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>المدة: %1</translation>
    </message>
    <message>
        <source>#%1 %2  %3</source>
        <translation>#%1 %2  %3</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>الوقائع: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>حُذف: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Its number and history are kept; its contents are no longer in the diary.</source>
        <translation>السبب: %1. رقمه وسجلّه محفوظان؛ ومحتواه لم يعد في الدفتر.</translation>
    </message>
    <message>
        <source>%1: added to %2 (journal record %3).</source>
        <translation>%1: أُضيف إلى %2 (القيد %3 في سجلّ العمليات).</translation>
    </message>
    <message>
        <source>%1: linked to %2 (journal record %3).</source>
        <translation>%1: رُبط بـ %2 (القيد %3 في سجلّ العمليات).</translation>
    </message>
    <message>
        <source>%1: detached from %2 (journal record %3). Reason: %4</source>
        <translation>%1: فُصل عن %2 (القيد %3 في سجلّ العمليات). السبب: %4</translation>
    </message>
    <message>
        <source>%1: deleted (journal record %2). Reason: %3</source>
        <translation>%1: حُذف (القيد %2 في سجلّ العمليات). السبب: %3</translation>
    </message>
    <message>
        <source>%1: %2 (journal record %3).</source>
        <translation>%1: %2 (القيد %3 في سجلّ العمليات).</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>السجلّ: %1</translation>
    </message>
    <message>
        <source>Only incidents starting at or after this date (2026-03-01) or time (2026-03-01T21:15).</source>
        <translation>الوقائع التي تبدأ في هذا التاريخ أو بعده فقط (2026-03-01) أو في هذا الوقت أو بعده (2026-03-01T21:15).</translation>
    </message>
    <message>
        <source>Only incidents starting before this time, or on or before this date (the whole day is included).</source>
        <translation>الوقائع التي تبدأ قبل هذا الوقت فقط، أو في هذا التاريخ أو قبله (يُشمل اليوم كله).</translation>
    </message>
    <message>
        <source>The time zone of --from and --to (default: the system&apos;s).</source>
        <translation>المنطقة الزمنية لقيمتي --from و--to (الافتراضي: منطقة النظام).</translation>
    </message>
    <message>
        <source>Only this type (repeatable, or comma-separated: call,text).</source>
        <translation>هذا النوع فقط (يمكن تكراره، أو بفواصل: call,text).</translation>
    </message>
    <message>
        <source>Only incidents involving or witnessed by this person (name or id; repeatable).</source>
        <translation>الوقائع التي تخصّ هذا الشخص أو شهدها فقط (اسم أو رقم تعريفي؛ يمكن تكراره).</translation>
    </message>
    <message>
        <source>Only incidents marked as possible breaches of this order (repeatable).</source>
        <translation>الوقائع المُعلَّمة كخروقات محتملة لهذا الأمر فقط (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Exactly these incidents, by number or id (repeatable); the filters above are then ignored.</source>
        <translation>هذه الوقائع بالضبط، برقمها أو رقمها التعريفي (يمكن تكراره)؛ وتُتجاهل حينها عوامل التصفية أعلاه.</translation>
    </message>
    <message>
        <source>Include private notes (left out unless this is given).</source>
        <translation>تضمين الملاحظات الخاصة (تُستبعد ما لم يُعطَ هذا الخيار).</translation>
    </message>
    <message>
        <source>Show this kind of detail as [redacted] (repeatable): %1.</source>
        <translation>اعرض هذا النوع من التفاصيل على شكل [محجوب] (يمكن تكراره): %1.</translation>
    </message>
    <message>
        <source>Hide these exact words wherever they appear in the text, ignoring case (repeatable), e.g. your own address.</source>
        <translation>أخفِ هذه الكلمات بعينها أينما ظهرت في النص، دون تمييز حالة الأحرف (يمكن تكراره)، مثل عنوانك.</translation>
    </message>
    <message>
        <source>Leave the original exhibit files out of the bundle.</source>
        <translation>لا تضع ملفات الأدلة الأصلية في الحزمة.</translation>
    </message>
    <message>
        <source>Leave out earlier versions of amended incidents.</source>
        <translation>لا تضع النسخ السابقة للوقائع المُعدَّلة.</translation>
    </message>
    <message>
        <source>End the PDF with an annex of your latest risk screening answers (left out unless this is given).</source>
        <translation>أنهِ ملف PDF بملحق فيه آخر إجاباتك عن أسئلة تقييم الخطر (يُستبعد ما لم يُعطَ هذا الخيار).</translation>
    </message>
    <message>
        <source>Whose diary, for the cover page (optional).</source>
        <translation>صاحب الدفتر، لصفحة الغلاف (اختياري).</translation>
    </message>
    <message>
        <source>Text at the top of every page, e.g. RESTRICTED.</source>
        <translation>نص في أعلى كل صفحة، مثل RESTRICTED.</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>مقاس الورق: a4 (الافتراضي) أو letter.</translation>
    </message>
    <message>
        <source>--to is not after --from, so nothing could match. Give a --to later than --from.</source>
        <translation>قيمة --to ليست بعد --from، فلا يمكن أن يطابق شيء. أعطِ --to أحدث من --from.</translation>
    </message>
    <message>
        <source>--type: &apos;%1&apos; is not an incident type. Use one of: %2.</source>
        <translation>--type: &apos;%1&apos; ليس نوع واقعة. استخدم أحد هذه الأنواع: %2.</translation>
    </message>
    <message>
        <source>--redact: &apos;%1&apos; is not a detail that can be redacted. Use one of: %2.</source>
        <translation>--redact: &apos;%1&apos; ليس تفصيلًا يمكن حجبه. استخدم أحد هذه: %2.</translation>
    </message>
    <message>
        <source>--redact-text: give the words to hide; empty text hides nothing.</source>
        <translation>--redact-text: أعطِ الكلمات المراد إخفاؤها؛ النص الفارغ لا يُخفي شيئًا.</translation>
    </message>
    <message>
        <source>--paper: &apos;%1&apos; is not a paper size. Use a4 or letter.</source>
        <translation>--paper: &apos;%1&apos; ليس مقاس ورق. استخدم a4 أو letter.</translation>
    </message>
    <message>
        <source>--incident: incident #%1 is deleted. Restore it first, or leave it out.</source>
        <translation>--incident: الواقعة #%1 محذوفة. استعِدها أولًا، أو استبعدها.</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other. Give one of them.</source>
        <translation>الخياران --%1 و--%2 متعارضان. أعطِ أحدهما فقط.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of 0 or more.</source>
        <translation>--%1: &apos;%2&apos; ليس عددًا صحيحًا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>Only incidents involving or witnessed by this person (name or id).</source>
        <translation>الوقائع التي تخصّ هذا الشخص أو شهدها فقط (اسم أو رقم تعريفي).</translation>
    </message>
    <message>
        <source>Only incidents marked as possible breaches of this order.</source>
        <translation>الوقائع المُعلَّمة كخروقات محتملة لهذا الأمر فقط.</translation>
    </message>
    <message>
        <source>Only possible breaches of an order.</source>
        <translation>الخروقات المحتملة لأمر ما فقط.</translation>
    </message>
    <message>
        <source>Only incidents not marked as a breach.</source>
        <translation>الوقائع غير المُعلَّمة كخرق فقط.</translation>
    </message>
    <message>
        <source>Only incidents reported to the police.</source>
        <translation>الوقائع المُبلَّغ عنها للشرطة فقط.</translation>
    </message>
    <message>
        <source>Only incidents not reported to the police.</source>
        <translation>الوقائع غير المُبلَّغ عنها للشرطة فقط.</translation>
    </message>
    <message>
        <source>Only deleted incidents.</source>
        <translation>الوقائع المحذوفة فقط.</translation>
    </message>
    <message>
        <source>Deleted incidents as well.</source>
        <translation>الوقائع المحذوفة أيضًا.</translation>
    </message>
    <message>
        <source>At most N incidents (default: all).</source>
        <translation>N واقعة على الأكثر (الافتراضي: الكل).</translation>
    </message>
    <message>
        <source>Skip the first N (with --limit, for pages).</source>
        <translation>تخطَّ أول N (مع --limit، للتصفّح على صفحات).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Messages and calls: %1</source>
        <translation>الرسائل والمكالمات: %1</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(من %1 إلى %2)</translation>
    </message>
    <message>
        <source>Lines written by the app itself, not messages: %1</source>
        <translation>أسطر كتبها التطبيق نفسه، وليست رسائل: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>المشاركون: %1</translation>
    </message>
    <message>
        <source>Left out, from other participants (--from): %1</source>
        <translation>مُستبعدة، من مشاركين آخرين (--from): %1</translation>
    </message>
    <message>
        <source>Already in the diary from an earlier import: %1</source>
        <translation>موجودة في الدفتر من استيراد سابق: %1</translation>
    </message>
    <message>
        <source>New messages and calls that would be added: %1. Nothing was written (dry run).</source>
        <translation>الرسائل والمكالمات الجديدة التي ستُضاف: %1. لم يُكتب شيء (تشغيل تجريبي).</translation>
    </message>
    <message>
        <source>Nothing new to add; the diary is unchanged.</source>
        <translation>لا جديد لإضافته؛ الدفتر لم يتغيّر.</translation>
    </message>
    <message>
        <source>Incidents added: %1 (#%2 to #%3). The export file is exhibit %4.</source>
        <translation>الوقائع المُضافة: %1 (من #%2 إلى #%3). ملف التصدير هو الدليل %4.</translation>
    </message>
    <message>
        <source>Photos and files attached: %1; named in messages but not in the export: %2.</source>
        <translation>الصور والملفات المُرفقة: %1؛ المذكورة في الرسائل لكنها غير موجودة في ملف التصدير: %2.</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>لا توجد وقائع مطابقة.</translation>
    </message>
    <message>
        <source>Incidents: %1 shown of %2.</source>
        <translation>الوقائع: عُرض %1 من %2.</translation>
    </message>
    <message>
        <source>Incidents: %1.</source>
        <translation>الوقائع: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 contradict each other. Give one of them.</source>
        <translation>%1 و%2 متعارضان. أعطِ أحدهما فقط.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number. Give degrees as a decimal number, e.g. 51.5074 or -0.1278.</source>
        <translation>%1: &apos;%2&apos; ليس رقمًا. أعطِ الدرجات كعدد عشري، مثل 51.5074 أو -0.1278.</translation>
    </message>
    <message>
        <source>--type is missing. Say what kind of incident it was, one of: %1.</source>
        <translation>الخيار --type ناقص. حدِّد نوع الواقعة، وهو أحد هذه: %1.</translation>
    </message>
    <message>
        <source>--at is missing. Say when it happened, e.g. --at 2026-03-01T21:15 or --at now.</source>
        <translation>الخيار --at ناقص. حدِّد متى وقعت، مثل --at 2026-03-01T21:15 أو --at now.</translation>
    </message>
    <message>
        <source>--summary is missing. Say in a few words what happened.</source>
        <translation>الخيار --summary ناقص. اذكر ما حدث في كلمات قليلة.</translation>
    </message>
    <message>
        <source>--summary cannot be empty. Say in a few words what happened.</source>
        <translation>لا يمكن أن يكون --summary فارغًا. اذكر ما حدث في كلمات قليلة.</translation>
    </message>
    <message>
        <source>--breach: &apos;%1&apos; is not ORDER:CONDITION. Give the order&apos;s id (or its first 6 characters) and the condition&apos;s number, e.g. 3f2a9c:2.</source>
        <translation>--breach: &apos;%1&apos; ليست بالشكل ORDER:CONDITION. أعطِ الرقم التعريفي للأمر (أو أول 6 أحرف منه) ورقم الشرط، مثل 3f2a9c:2.</translation>
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
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>condition %1 of %2</source>
        <translation>الشرط %1 من %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>%1, approximate</source>
        <translation>%1، تقريبًا</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>سُجِّلت %1</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>مُعدَّلة</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Incident #%1 (version %2, amended)</source>
        <translation>الواقعة #%1 (النسخة %2، مُعدَّلة)</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>الواقعة #%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>متى: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>سُجِّلت: %1</translation>
    </message>
    <message>
        <source>%1 (before the time given for the incident)</source>
        <translation>%1 (قبل الوقت المذكور للواقعة)</translation>
    </message>
    <message>
        <source>%1 (%2 after it happened)</source>
        <translation>%1 (بعد وقوعها بـ %2)</translation>
    </message>
    <message>
        <source>Last amended: %1</source>
        <translation>آخر تعديل: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>الملخص: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>ما حدث: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>الوسيلة: %1</translation>
    </message>
    <message>
        <source>Account used: %1</source>
        <translation>الحساب المستخدم: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translation>الإحداثيات: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>الأثر: %1</translation>
    </message>
    <message>
        <source>People involved: %1</source>
        <translation>الأشخاص المعنيون: %1</translation>
    </message>
    <message>
        <source>Witnesses: %1</source>
        <translation>الشهود: %1</translation>
    </message>
    <message>
        <source>Other witnesses: %1</source>
        <translation>شهود آخرون: %1</translation>
    </message>
    <message>
        <source>Children present: %1</source>
        <translation>وجود أطفال: %1</translation>
    </message>
    <message>
        <source>Reported to police: %1</source>
        <translation>أُبلغت الشرطة: %1</translation>
    </message>
    <message>
        <source>Police reference: %1</source>
        <translation>المرجع لدى الشرطة: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>الضابط: %1</translation>
    </message>
    <message>
        <source>Possible breaches: %1</source>
        <translation>خروقات محتملة: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>Private notes: %1</source>
        <translation>ملاحظات خاصة: %1</translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <translation>الأدلة: %1</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. السبب: %2</translation>
    </message>
    <message>
        <source>Version %1: recorded %2 (journal record %3).</source>
        <translation>النسخة %1: سُجِّلت %2 (القيد %3 في سجلّ العمليات).</translation>
    </message>
    <message>
        <source>Version %1: amended %2 (journal record %3). Reason: %4</source>
        <translation>النسخة %1: عُدِّلت %2 (القيد %3 في سجلّ العمليات). السبب: %4</translation>
    </message>
    <message>
        <source>Deleted %1 (journal record %2). Reason: %3</source>
        <translation>حُذفت %1 (القيد %2 في سجلّ العمليات). السبب: %3</translation>
    </message>
    <message>
        <source>Restored %1 (journal record %2).</source>
        <translation>استُعيدت %1 (القيد %2 في سجلّ العمليات).</translation>
    </message>
    <message>
        <source>Restored %1 (journal record %2). Reason: %3</source>
        <translation>استُعيدت %1 (القيد %2 في سجلّ العمليات). السبب: %3</translation>
    </message>
    <message>
        <source>%1 at %2 (journal record %3).</source>
        <translation>%1 في %2 (القيد %3 في سجلّ العمليات).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; became &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; أصبح &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not 1 to 4 letters. Give the initials of the person producing the exhibits, such as JS for exhibit numbers like JS/1.</source>
        <translation>%1: &apos;%2&apos; ليست من 1 إلى 4 أحرف. أعطِ الأحرف الأولى لاسم الشخص الذي يقدّم الأدلة، مثل JS لأرقام أدلة مثل JS/1.</translation>
    </message>
    <message>
        <source>Usage: daymark-cli COMMAND [OPTIONS] ARGUMENTS

Commands:
  create DIARY [--initials JS] create a new encrypted diary
  check DIARY                  check the file, the journal chain and the data (exit 0 when sound)
  passwd DIARY                 change a diary&apos;s password
  add DIARY --type CODE --at TIME --summary TEXT [...]   record an incident; prints its id
  amend DIARY ID [field options] --reason TEXT           save a new version of an incident
  delete DIARY ID --reason TEXT                          delete an incident (it can be restored)
  restore DIARY ID [--reason TEXT]                       undo a deletion
  show DIARY ID                show one incident in full
  history DIARY ID             every version of an incident, with reasons
  list DIARY [filters]         incidents, newest first
  search DIARY QUERY [filters] full-text search, newest first
  people DIARY add|list|show|amend   the stalker(s), witnesses, officers, support workers
  orders DIARY add|list|show|amend   protection orders, conditions and recorded breaches
  fingerprint DIARY            the diary&apos;s fingerprint, to write down or send to someone
  backup DIARY [--to FOLDER]   an encrypted backup now (same password), checked; keeps the newest 7
  restore DIARY [BACKUP]       put back the newest good backup (or BACKUP); the replaced file is kept aside
  copy DIARY NEWFILE           a copy under a different password, for someone you trust or a safe place
  demo DIARY [--incidents N] [--seed S]   a new diary full of fictional data, for trying things

Evidence files (exhibits, numbered like JS/1):
  attach DIARY ID FILE... [--how KIND] [--description TEXT]   keep files as exhibits of an incident
  exhibits DIARY [--incident ID] [--include-deleted]          the exhibits: number, size, type, name, incidents
  exhibit DIARY EXHIBIT                                       one exhibit in full: SHA-256, camera data, incidents
  extract DIARY EXHIBIT OUTFILE                               write its original bytes to a new file, verified
  link DIARY EXHIBIT ID                                       an exhibit also belongs to another incident
  detach DIARY EXHIBIT ID --reason TEXT                       it no longer belongs to that incident
  exhibit-delete DIARY EXHIBIT --reason TEXT                  delete an exhibit that belongs to no incident
  initials DIARY [NEW]                                        show or change the initials of new exhibit numbers

Seeing the pattern:
  insights DIARY [--from DATE] [--to DATE]   warning signs with their incidents, incidents per week and by hour
  screening DIARY [--answer CODE=yes|no|dont-know] [--note TEXT] [--history CODE]   the risk screening questions

Evidence for police:
  export-pdf DIARY OUT.pdf [filters]      the PDF timeline of the chosen incidents
  export-bundle DIARY OUT.zip [filters]   a signed zip: PDF, original exhibits, CSV, JSON, SHA256SUMS, README
  verify BUNDLE.zip                       check a bundle&apos;s hashes, signature and file list (exit 0 when all hold)

Messages and calls from phone exports (the export file is kept as an exhibit):
  import DIARY --format FORMAT FILE [--from WHO] [--group day] [--dry-run]   a WhatsApp chat (whatsapp), SMS
      Backup &amp; Restore messages (sms-backup) or calls (calls): one incident per message or call

ID is an incident&apos;s number from &apos;list&apos; (12 or #12), its id, or the first 6+ characters of the id.
EXHIBIT is an exhibit&apos;s number (JS/3 or 3), its id, or an id prefix.
--json on commands that print records gives the stable JSON described in docs/cli-json.md.

Passwords come from --password-file FILE (first line), else DAYMARK_PASSWORD, else a prompt.
passwd takes the new one from --new-password-file FILE, else DAYMARK_NEW_PASSWORD, else a prompt.
&apos;daymark-cli COMMAND --help&apos; describes a command.

Exit codes: 0 success, 1 failure, 2 wrong usage or bad input (including a record that does not exist;
nothing is written), 3 wrong password or not a diary, 4 diary damaged or bundle not verified, 5 file or
disk problem, 6 crypto self-test failed.
</source>
        <translation>الاستخدام: daymark-cli COMMAND [OPTIONS] ARGUMENTS

الأوامر:
  create DIARY [--initials JS] إنشاء دفتر يوميات مشفّر جديد
  check DIARY                  فحص الملف وسلسلة سجلّ العمليات والبيانات (رمز الخروج 0 إن كان سليمًا)
  passwd DIARY                 تغيير كلمة مرور الدفتر
  add DIARY --type CODE --at TIME --summary TEXT [...]   تسجيل واقعة؛ يطبع رقمها التعريفي
  amend DIARY ID [field options] --reason TEXT           حفظ نسخة جديدة من واقعة
  delete DIARY ID --reason TEXT                          حذف واقعة (يمكن استعادتها)
  restore DIARY ID [--reason TEXT]                       التراجع عن حذف
  show DIARY ID                عرض واقعة واحدة كاملة
  history DIARY ID             كل نسخ الواقعة، مع الأسباب
  list DIARY [filters]         الوقائع، الأحدث أولًا
  search DIARY QUERY [filters] بحث في النص الكامل، الأحدث أولًا
  people DIARY add|list|show|amend   المُلاحِق (أو المُلاحِقون)، والشهود، والضباط، والعاملون في الدعم
  orders DIARY add|list|show|amend   أوامر الحماية وشروطها والخروقات المسجّلة
  fingerprint DIARY            بصمة الدفتر، لتدوينها أو إرسالها إلى شخص ما
  backup DIARY [--to FOLDER]   نسخة احتياطية مشفّرة الآن (بكلمة المرور نفسها)، مفحوصة؛ تُبقى أحدث 7
  restore DIARY [BACKUP]       إرجاع أحدث نسخة احتياطية سليمة (أو BACKUP)؛ ويُحفظ الملف المُستبدَل جانبًا
  copy DIARY NEWFILE           نسخة بكلمة مرور مختلفة، لشخص تثق به أو لمكان آمن
  demo DIARY [--incidents N] [--seed S]   دفتر جديد مليء ببيانات خيالية، للتجربة

ملفات الأدلة (مُرقَّمة مثل JS/1):
  attach DIARY ID FILE... [--how KIND] [--description TEXT]   حفظ ملفات كأدلة لواقعة
  exhibits DIARY [--incident ID] [--include-deleted]          الأدلة: الرقم، الحجم، النوع، الاسم، الوقائع
  exhibit DIARY EXHIBIT                                       دليل واحد كامل: SHA-256، بيانات الكاميرا، الوقائع
  extract DIARY EXHIBIT OUTFILE                               كتابة بايتاته الأصلية في ملف جديد، مع التحقق
  link DIARY EXHIBIT ID                                       الدليل ينتمي إلى واقعة أخرى أيضًا
  detach DIARY EXHIBIT ID --reason TEXT                       لم يعد ينتمي إلى تلك الواقعة
  exhibit-delete DIARY EXHIBIT --reason TEXT                  حذف دليل لا ينتمي إلى أي واقعة
  initials DIARY [NEW]                                        عرض الأحرف الأولى لأرقام الأدلة الجديدة أو تغييرها

رؤية النمط:
  insights DIARY [--from DATE] [--to DATE]   العلامات التحذيرية مع وقائعها، والوقائع في كل أسبوع وحسب الساعة
  screening DIARY [--answer CODE=yes|no|dont-know] [--note TEXT] [--history CODE]   أسئلة تقييم الخطر

أدلة للشرطة:
  export-pdf DIARY OUT.pdf [filters]      الخط الزمني بصيغة PDF للوقائع المختارة
  export-bundle DIARY OUT.zip [filters]   ملف zip موقّع: PDF، الأدلة الأصلية، CSV، JSON، SHA256SUMS، README
  verify BUNDLE.zip                       فحص قيم التجزئة والتوقيع وقائمة الملفات في حزمة (رمز الخروج 0 إن صحّ كل شيء)

الرسائل والمكالمات من ملفات تصدير الهاتف (يُحفظ ملف التصدير كدليل):
  import DIARY --format FORMAT FILE [--from WHO] [--group day] [--dry-run]   محادثة WhatsApp (whatsapp)، أو رسائل
      SMS Backup &amp; Restore (sms-backup) أو مكالماته (calls): واقعة واحدة لكل رسالة أو مكالمة

ID هو رقم الواقعة من &apos;list&apos; (مثل 12 أو #12)، أو رقمها التعريفي، أو أول 6 أحرف منه أو أكثر.
EXHIBIT هو رقم الدليل (JS/3 أو 3)، أو رقمه التعريفي، أو بدايته.
الخيار --json في الأوامر التي تطبع سجلات يعطي JSON الثابت الموصوف في docs/cli-json.md.

تُؤخذ كلمات المرور من --password-file FILE (السطر الأول)، وإلا من DAYMARK_PASSWORD، وإلا تُطلب منك.
يأخذ الأمر passwd الكلمة الجديدة من --new-password-file FILE، وإلا من DAYMARK_NEW_PASSWORD، وإلا تُطلب منك.
&apos;daymark-cli COMMAND --help&apos; يشرح أمرًا.

رموز الخروج: 0 نجاح، 1 فشل، 2 استخدام خاطئ أو مُدخلات غير صالحة (بما فيها سجلّ غير موجود؛
لا يُكتب شيء)، 3 كلمة مرور خاطئة أو الملف ليس دفترًا، 4 الدفتر تالف أو لم يتم التحقق من الحزمة، 5 مشكلة في ملف أو
في القرص، 6 فشل الاختبار الذاتي للتشفير.
</translation>
    </message>
    <message>
        <source>daymark-cli: no command given.</source>
        <translation>daymark-cli: لم يُعطَ أمر.</translation>
    </message>
    <message>
        <source>daymark-cli: unknown command &apos;%1&apos;.</source>
        <translation>daymark-cli: أمر غير معروف &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;daymark-cli %1 --help&apos; for usage.</source>
        <translation>شغّل &apos;daymark-cli %1 --help&apos; لمعرفة طريقة الاستخدام.</translation>
    </message>
    <message>
        <source>spo (default), interim-spo, restraining, non-molestation or other.</source>
        <translation>spo (الافتراضي)، أو interim-spo، أو restraining، أو non-molestation، أو other.</translation>
    </message>
    <message>
        <source>The court that made it.</source>
        <translation>المحكمة التي أصدرته.</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>رقم القضية.</translation>
    </message>
    <message>
        <source>The person it is against: a name, id or id prefix.</source>
        <translation>الشخص الصادر ضده: اسم أو رقم تعريفي أو بدايته.</translation>
    </message>
    <message>
        <source>The date it was made (2026-03-31).</source>
        <translation>تاريخ إصداره (2026-03-31).</translation>
    </message>
    <message>
        <source>The date it was served.</source>
        <translation>تاريخ تبليغه.</translation>
    </message>
    <message>
        <source>The date it expires.</source>
        <translation>تاريخ انتهائه.</translation>
    </message>
    <message>
        <source>Notes about the order.</source>
        <translation>ملاحظات عن الأمر.</translation>
    </message>
    <message>
        <source>A new condition, numbered after the others (repeatable).</source>
        <translation>شرط جديد، يُرقَّم بعد الشروط الأخرى (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Remove the condition with this number; refused while it has recorded breaches (repeatable).</source>
        <translation>احذف الشرط بهذا الرقم؛ يُرفض ذلك ما دامت له خروقات مسجّلة (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Why it is amended, e.g. varied by the court (required).</source>
        <translation>سبب التعديل، مثلًا أن المحكمة عدّلته (مطلوب).</translation>
    </message>
    <message>
        <source>A condition, in the order&apos;s words; numbered 1, 2, ... as given (repeatable).</source>
        <translation>شرط، بنص الأمر؛ تُرقَّم 1، 2، ... بترتيب إعطائها (يمكن تكراره).</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of order. Use one of: %2.</source>
        <translation>--kind: &apos;%1&apos; ليس نوع أمر. استخدم أحد هذه الأنواع: %2.</translation>
    </message>
    <message>
        <source>--remove-condition: the order has no condition number &apos;%1&apos;. See &apos;orders DIARY show ID&apos; for the numbers.</source>
        <translation>--remove-condition: لا يوجد في الأمر شرط برقم &apos;%1&apos;. انظر &apos;orders DIARY show ID&apos; لمعرفة الأرقام.</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1، المرجع %2</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(ينتهي %1)</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>المحكمة: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>المُدَّعى عليه: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>صدر: %1</translation>
    </message>
    <message>
        <source>Served: %1</source>
        <translation>بُلِّغ: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>ينتهي: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>No conditions recorded.</source>
        <translation>لا توجد شروط مسجّلة.</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>الشروط:</translation>
    </message>
    <message>
        <source>No possible breaches recorded.</source>
        <translation>لا توجد خروقات محتملة مسجّلة.</translation>
    </message>
    <message>
        <source>Possible breaches recorded: %1.</source>
        <translation>الخروقات المحتملة المسجّلة: %1.</translation>
    </message>
    <message>
        <source>%1, registration %2</source>
        <translation>%1، رقم اللوحة %2</translation>
    </message>
    <message>
        <source>stalker (default), witness, police, support or other.</source>
        <translation>stalker (مُلاحِق، الافتراضي)، أو witness (شاهد)، أو police (شرطة)، أو support (دعم)، أو other (آخر).</translation>
    </message>
    <message>
        <source>Their name, or a description such as &quot;man in the blue car&quot;.</source>
        <translation>اسمه، أو وصف مثل &quot;الرجل في السيارة الزرقاء&quot;.</translation>
    </message>
    <message>
        <source>Another name they use (repeatable).</source>
        <translation>اسم آخر يستخدمه (يمكن تكراره).</translation>
    </message>
    <message>
        <source>How you know them: ex-partner, neighbour, unknown...</source>
        <translation>كيف تعرفه: شريك سابق، جار، مجهول...</translation>
    </message>
    <message>
        <source>What they look like.</source>
        <translation>كيف يبدو.</translation>
    </message>
    <message>
        <source>A vehicle as make|model|colour|REGISTRATION; leave parts empty when unknown (repeatable).</source>
        <translation>مركبة بالشكل make|model|colour|REGISTRATION (الصانع|الطراز|اللون|رقم اللوحة)؛ اترك الأجزاء غير المعروفة فارغة (يمكن تكراره).</translation>
    </message>
    <message>
        <source>A phone number (repeatable).</source>
        <translation>رقم هاتف (يمكن تكراره).</translation>
    </message>
    <message>
        <source>An e-mail address (repeatable).</source>
        <translation>عنوان بريد إلكتروني (يمكن تكراره).</translation>
    </message>
    <message>
        <source>A social-media handle as platform:@name (repeatable).</source>
        <translation>حساب على وسائل التواصل بالشكل platform:@name (يمكن تكراره).</translation>
    </message>
    <message>
        <source>A postal address (repeatable).</source>
        <translation>عنوان بريدي (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Police force, charity or employer.</source>
        <translation>جهاز الشرطة أو الجمعية الخيرية أو جهة العمل.</translation>
    </message>
    <message>
        <source>Notes about them.</source>
        <translation>ملاحظات عنه.</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not a role. Use one of: %2.</source>
        <translation>--role: &apos;%1&apos; ليس دورًا. استخدم أحد هذه الأدوار: %2.</translation>
    </message>
    <message>
        <source>--name cannot be empty. Give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>لا يمكن أن يكون --name فارغًا. أعطِ اسمًا، أو وصفًا مثل &quot;رجل مجهول في السيارة الزرقاء&quot;.</translation>
    </message>
    <message>
        <source>--vehicle: &apos;%1&apos; has more than four parts. Give make|model|colour|REGISTRATION, e.g. &quot;Ford|Focus|blue|AB12 CDE&quot;.</source>
        <translation>--vehicle: &apos;%1&apos; فيه أكثر من أربعة أجزاء. أعطِ make|model|colour|REGISTRATION، مثل &quot;Ford|Focus|blue|AB12 CDE&quot;.</translation>
    </message>
    <message>
        <source>--handle: &apos;%1&apos; has no handle. Give platform:@name, e.g. Instagram:@name.</source>
        <translation>--handle: &apos;%1&apos; لا يحوي اسم حساب. أعطِ platform:@name، مثل Instagram:@name.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>معروف أيضًا باسم: %1</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>العلاقة: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>المركبة: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>Handle: %1</source>
        <translation>الحساب: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>الجهة: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>النسخة: %1</translation>
    </message>
    <message>
        <source>%1 &apos;daymark-cli exhibits DIARY&apos; lists the exhibits.</source>
        <translation>%1 الأمر &apos;daymark-cli exhibits DIARY&apos; يسرد الأدلة.</translation>
    </message>
    <message>
        <source>%1: no person in this diary is called &apos;%2&apos; or has an id starting with it. Add the person first with &apos;daymark-cli people DIARY add&apos;, or check &apos;people DIARY list&apos;.</source>
        <translation>%1: لا يوجد في هذا الدفتر شخص اسمه &apos;%2&apos; أو له رقم تعريفي يبدأ به. أضف الشخص أولًا بالأمر &apos;daymark-cli people DIARY add&apos;، أو راجع &apos;people DIARY list&apos;.</translation>
    </message>
    <message>
        <source>%1: no protection order in this diary has an id starting &apos;%2&apos;. See &apos;daymark-cli orders DIARY list&apos;.</source>
        <translation>%1: لا يوجد في هذا الدفتر أمر حماية يبدأ رقمه التعريفي بـ &apos;%2&apos;. انظر &apos;daymark-cli orders DIARY list&apos;.</translation>
    </message>
    <message>
        <source>%1 To put back its newest good backup (the damaged file is kept aside), run: daymark-cli restore %2</source>
        <translation>%1 لإرجاع أحدث نسخة احتياطية سليمة له (ويُحفظ الملف التالف جانبًا)، شغّل: daymark-cli restore %2</translation>
    </message>
    <message>
        <source>&apos;daymark-cli %1 DIARY SUBCOMMAND --help&apos; describes a subcommand.</source>
        <translation>&apos;daymark-cli %1 DIARY SUBCOMMAND --help&apos; يشرح أمرًا فرعيًا.</translation>
    </message>
    <message>
        <source>Say what to do after the diary: %1.</source>
        <translation>حدِّد ما يجب فعله بعد الدفتر: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something &apos;%2&apos; can do. Use one of: %3.</source>
        <translation>&apos;%1&apos; ليس شيئًا يستطيع &apos;%2&apos; فعله. استخدم أحد هذه: %3.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date and time. Give it as 2026-03-01T21:15 (in the time zone), as 2026-03-01T21:15:00+01:00, or as now.</source>
        <translation>%1: &apos;%2&apos; ليس تاريخًا ووقتًا. أعطه بالشكل 2026-03-01T21:15 (بالمنطقة الزمنية)، أو 2026-03-01T21:15:00+01:00، أو now.</translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist in the time zone %4 (the clocks went forward). Give a time outside the gap.</source>
        <translation>%1: الوقت %2 %3 غير موجود في المنطقة الزمنية %4 (قُدِّمت الساعة). أعطِ وقتًا خارج هذه الفجوة.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known time zone. Give an IANA name such as Europe/London or America/New_York.</source>
        <translation>%1: &apos;%2&apos; ليست منطقة زمنية معروفة. أعطِ اسم IANA مثل Europe/London أو America/New_York.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date or a date and time. Give it as 2026-03-01 or as 2026-03-01T21:15.</source>
        <translation>%1: &apos;%2&apos; ليس تاريخًا ولا تاريخًا ووقتًا. أعطه بالشكل 2026-03-01 أو 2026-03-01T21:15.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date. Give it as 2026-03-31 (year, month, day).</source>
        <translation>%1: &apos;%2&apos; ليس تاريخًا. أعطه بالشكل 2026-03-31 (السنة، الشهر، اليوم).</translation>
    </message>
    <message>
        <source>The number of backups to keep (--keep) must be a whole number from 1 to %1.</source>
        <translation>يجب أن يكون عدد النسخ الاحتياطية التي تُبقى (--keep) عددًا صحيحًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>Bring messages and calls from a phone or app export into the diary: each message or call becomes an incident (or one per day with --group day) with its exact text and time, and the export file itself is kept as an exhibit that every one of them links to, tagged with the line or element it came from. Media in a WhatsApp zip or an MMS are attached to their messages. Importing the same or an overlapping export again adds only what is new. Everything is saved in one go: on any problem, or Ctrl-C, nothing is kept.
Formats: whatsapp (the .txt or .zip of WhatsApp&apos;s Export chat), sms-backup and calls (the XML files of SMS Backup &amp; Restore), telegram (result.json of Telegram Desktop&apos;s JSON export of a chat or of all data), instagram (a conversation&apos;s message_1.json from Instagram&apos;s Download your information, JSON), signal (a Signal chat exported as text, &quot;[2019-12-24, 12:23] Name: text&quot;).
Exit codes: 0 imported (or nothing new), 1 cancelled, 2 bad input (an export Daymark cannot read, with the line or element named; dates that could be day/month or month/day without --date-order), 3 wrong password, 5 missing or unreadable file.</source>
        <translation>نقل الرسائل والمكالمات من ملف مُصدَّر من هاتف أو تطبيق إلى الدفتر: كل رسالة أو مكالمة تصبح واقعة (أو واقعة لكل يوم مع --group day) بنصها ووقتها الدقيقين، ويُحفظ ملف التصدير نفسه دليلًا ترتبط به كلها، مع ذكر السطر أو العنصر الذي جاءت منه. الوسائط الموجودة في ملف zip من WhatsApp أو في رسالة MMS تُرفق برسائلها. استيراد الملف نفسه أو ملف متداخل معه مرة أخرى لا يضيف إلا الجديد. يُحفظ كل شيء دفعة واحدة: عند أي مشكلة، أو Ctrl-C، لا يُحفظ شيء.
الصيغ: whatsapp (ملف .txt أو .zip من خيار Export chat في WhatsApp)، وsms-backup وcalls (ملفات XML من تطبيق SMS Backup &amp; Restore)، وtelegram (ملف result.json من تصدير JSON في Telegram Desktop لمحادثة أو لكل البيانات)، وinstagram (ملف message_1.json لمحادثة من خيار Download your information في Instagram، بصيغة JSON)، وsignal (محادثة Signal مُصدَّرة كنص، &quot;[2019-12-24, 12:23] Name: text&quot;).
رموز الخروج: 0 استُورد (أو لا جديد)، 1 أُلغي، 2 مُدخلات غير صالحة (ملف تصدير لا يستطيع Daymark قراءته، مع ذكر السطر أو العنصر؛ أو تواريخ قد تكون يوم/شهر أو شهر/يوم دون --date-order)، 3 كلمة مرور خاطئة، 5 ملف مفقود أو غير قابل للقراءة.</translation>
    </message>
    <message>
        <source>E-mail and call logs: eml (one .eml file, or a folder of them), mbox (a mailbox file, or a folder of them such as Thunderbird&apos;s profile folder): each e-mail becomes an incident with its text, its headers as received and its attachments as exhibits. csv (a call log from any tool): say which column holds what with --column or --columns, or take the guess printed from the header.</source>
        <translation>البريد الإلكتروني وسجلّات المكالمات: eml (ملف .eml واحد، أو مجلد منها)، وmbox (ملف صندوق بريد، أو مجلد منها مثل مجلد ملف التعريف في Thunderbird): كل رسالة بريد تصبح واقعة بنصها، وترويساتها كما وصلت، ومرفقاتها كأدلة. وcsv (سجلّ مكالمات من أي أداة): حدِّد أي عمود يحوي ماذا بالخيار --column أو --columns، أو اعتمد التخمين المطبوع من الترويسة.</translation>
    </message>
    <message>
        <source>csv: the column for a field, by its header name: date, time (when apart from the date), number, name, direction, duration (repeat for each field).</source>
        <translation>csv: عمود الحقل، باسمه في الترويسة: date، وtime (إن كان منفصلًا عن التاريخ)، وnumber، وname، وdirection، وduration (كرّره لكل حقل).</translation>
    </message>
    <message>
        <source>csv: the fields of the columns in order, such as date,number,,direction,duration (an empty place leaves a column out).</source>
        <translation>csv: حقول الأعمدة بالترتيب، مثل date,number,,direction,duration (الموضع الفارغ يستبعد عمودًا).</translation>
    </message>
    <message>
        <source>csv: how dates are written: auto (default), dmy, mdy, ymd, unix, unix-ms, or a pattern such as &quot;dd.MM.yyyy HH:mm&quot;.</source>
        <translation>csv: طريقة كتابة التواريخ: auto (الافتراضي)، أو dmy، أو mdy، أو ymd، أو unix، أو unix-ms، أو نمط مثل &quot;dd.MM.yyyy HH:mm&quot;.</translation>
    </message>
    <message>
        <source>What kind of incident: call, text, voicemail, email, social-media, online, sighting, following, visit, loitering, item-left, damage, third-party, threat, violence, breach, other.</source>
        <translation>نوع الواقعة: call، text، voicemail، email، social-media، online، sighting، following، visit، loitering، item-left، damage، third-party، threat، violence، breach، other.</translation>
    </message>
    <message>
        <source>When it happened: 2026-03-01T21:15 (in --zone), 2026-03-01T21:15:00+01:00, or now.</source>
        <translation>متى وقعت: 2026-03-01T21:15 (بالمنطقة --zone)، أو 2026-03-01T21:15:00+01:00، أو now.</translation>
    </message>
    <message>
        <source>When it ended: a date and time, or a time of day (21:45) on the start&apos;s date.</source>
        <translation>متى انتهت: تاريخ ووقت، أو وقت من اليوم (21:45) في تاريخ البداية.</translation>
    </message>
    <message>
        <source>The time is a best guess.</source>
        <translation>الوقت أفضل تخمين.</translation>
    </message>
    <message>
        <source>The time is not a guess (undoes --approximate).</source>
        <translation>الوقت ليس تخمينًا (يلغي --approximate).</translation>
    </message>
    <message>
        <source>The time zone of --at and --end, e.g. Europe/London (default: the system&apos;s; when amending: the incident&apos;s). Given alone to amend, keeps the clock times in the new zone.</source>
        <translation>المنطقة الزمنية لقيمتي --at و--end، مثل Europe/London (الافتراضي: منطقة النظام؛ وعند التعديل: منطقة الواقعة). إن أُعطي وحده للتعديل، يُبقي أوقات الساعة نفسها في المنطقة الجديدة.</translation>
    </message>
    <message>
        <source>One line saying what happened.</source>
        <translation>سطر واحد يقول ما حدث.</translation>
    </message>
    <message>
        <source>What happened in full, the exact words where known.</source>
        <translation>ما حدث بالكامل، بالكلمات نفسها إن كانت معروفة.</translation>
    </message>
    <message>
        <source>Platform or channel: phone, WhatsApp, Instagram...</source>
        <translation>المنصة أو الوسيلة: الهاتف، WhatsApp، Instagram...</translation>
    </message>
    <message>
        <source>The number, address or handle used.</source>
        <translation>الرقم أو العنوان أو اسم الحساب المستخدم.</translation>
    </message>
    <message>
        <source>Where it happened.</source>
        <translation>أين وقعت.</translation>
    </message>
    <message>
        <source>Latitude of the place (with --lon).</source>
        <translation>خط عرض المكان (مع --lon).</translation>
    </message>
    <message>
        <source>Longitude of the place (with --lat).</source>
        <translation>خط طول المكان (مع --lat).</translation>
    </message>
    <message>
        <source>Remove the latitude and longitude.</source>
        <translation>احذف خط العرض وخط الطول.</translation>
    </message>
    <message>
        <source>The effect on you: fear, distress, changes to daily life.</source>
        <translation>الأثر عليك: الخوف، والضيق، والتغييرات في الحياة اليومية.</translation>
    </message>
    <message>
        <source>Someone involved: a name, id or id prefix (repeatable).</source>
        <translation>شخص معني: اسم أو رقم تعريفي أو بدايته (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Someone who saw it: a name, id or id prefix (repeatable).</source>
        <translation>شخص رأى ما حدث: اسم أو رقم تعريفي أو بدايته (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Witnesses who are not in the diary&apos;s people.</source>
        <translation>شهود ليسوا بين الأشخاص في الدفتر.</translation>
    </message>
    <message>
        <source>Children were present.</source>
        <translation>كان أطفال حاضرين.</translation>
    </message>
    <message>
        <source>No children were present.</source>
        <translation>لم يكن أطفال حاضرين.</translation>
    </message>
    <message>
        <source>It was reported to the police.</source>
        <translation>أُبلغت الشرطة بها.</translation>
    </message>
    <message>
        <source>It was not reported to the police.</source>
        <translation>لم تُبلَّغ الشرطة بها.</translation>
    </message>
    <message>
        <source>The police reference number (implies --reported).</source>
        <translation>رقم مرجع الشرطة (يعني ضمنًا --reported).</translation>
    </message>
    <message>
        <source>The officer dealing with it.</source>
        <translation>الضابط المسؤول عنها.</translation>
    </message>
    <message>
        <source>Private notes, never exported unless asked.</source>
        <translation>ملاحظات خاصة، لا تُصدَّر أبدًا إلا إذا طُلب ذلك.</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>وسم (يمكن تكراره).</translation>
    </message>
    <message>
        <source>A possible breach of a protection order&apos;s condition, e.g. 3f2a9c:2 (repeatable).</source>
        <translation>خرق محتمل لشرط من شروط أمر حماية، مثل 3f2a9c:2 (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Remove the end time.</source>
        <translation>احذف وقت الانتهاء.</translation>
    </message>
    <message>
        <source>Incidents added: %1 (#%2 to #%3). The files are exhibits %4 to %5.</source>
        <translation>الوقائع المُضافة: %1 (من #%2 إلى #%3). الملفات هي الأدلة من %4 إلى %5.</translation>
    </message>
</context>
<context>
    <name>daymark::crypto</name>
    <message>
        <source>The key-derivation settings are out of range.</source>
        <translation>إعدادات اشتقاق المفتاح خارج النطاق المسموح.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the diary. Close other programs and try again.</source>
        <translation>لا توجد ذاكرة حرة كافية لفتح الدفتر. أغلق البرامج الأخرى وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The encryption library on this computer gave a wrong answer in its self-test (%1), so Daymark will not run. Reinstall Daymark and its libraries, or ask for help.</source>
        <translation>أعطت مكتبة التشفير على هذا الحاسوب إجابة خاطئة في اختبارها الذاتي (%1)، لذلك لن يعمل Daymark. أعد تثبيت Daymark ومكتباته، أو اطلب المساعدة.</translation>
    </message>
</context>
<context>
    <name>daymark::diary</name>
    <message>
        <source>The backup folder&apos;s name is taken by a file. Choose another folder for backups.</source>
        <translation>اسم مجلد النسخ الاحتياطية مستخدم لملف. اختر مجلدًا آخر للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup folder could not be made. Choose a folder you can write to for backups.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية. اختر مجلدًا تستطيع الكتابة فيه.</translation>
    </message>
    <message>
        <source>The demo data can only go into a new, empty diary. Create a new diary for it.</source>
        <translation>لا يمكن وضع البيانات التجريبية إلا في دفتر جديد فارغ. أنشئ دفترًا جديدًا لها.</translation>
    </message>
    <message>
        <source>The demo diary was created after the time its data starts. Create it with the clock set to the demo&apos;s start time.</source>
        <translation>أُنشئ الدفتر التجريبي بعد الوقت الذي تبدأ فيه بياناته. أنشئه والساعة مضبوطة على وقت بداية البيانات التجريبية.</translation>
    </message>
    <message>
        <source>The time zone Europe/London is not available. Install the time zone data (tzdata).</source>
        <translation>المنطقة الزمنية Europe/London غير متاحة. ثبّت بيانات المناطق الزمنية (tzdata).</translation>
    </message>
    <message>
        <source>The diary&apos;s signing key is missing.</source>
        <translation>مفتاح التوقيع الخاص بالدفتر مفقود.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>أُلغي النسخ الاحتياطي؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The disk holding the backups is full, so no backup was made. Free some space or choose another folder for backups.</source>
        <translation>القرص الذي يحوي النسخ الاحتياطية ممتلئ، لذلك لم تُنشأ نسخة احتياطية. أفرغ بعض المساحة أو اختر مجلدًا آخر للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup could not be written. Check the backup folder and its disk.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية. تحقّق من مجلد النسخ الاحتياطية ومن قرصه.</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>الدليل %1</translation>
    </message>
    <message>
        <source>%1 has no record in the journal: it was added outside Daymark.</source>
        <translation>لا يوجد لـ %1 قيد في سجلّ العمليات: أُضيف من خارج Daymark.</translation>
    </message>
    <message>
        <source>its contents</source>
        <translation>محتواه</translation>
    </message>
    <message>
        <source>its number, hash, time or deletion</source>
        <translation>رقمه أو قيمة التجزئة أو الوقت أو الحذف</translation>
    </message>
    <message>
        <source>the incidents it belongs to</source>
        <translation>الوقائع التي ينتمي إليها</translation>
    </message>
    <message>
        <source>%1: the stored bytes no longer match the SHA-256 taken when it was added.</source>
        <translation>%1: البايتات المحفوظة لم تعد تطابق قيمة SHA-256 المأخوذة عند إضافته.</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is not valid: %2.</source>
        <translation>الحقل &apos;%1&apos; غير صالح: %2.</translation>
    </message>
    <message>
        <source>A stored record could not be read.</source>
        <translation>تعذّرت قراءة سجلّ محفوظ.</translation>
    </message>
    <message>
        <source>Person stalking or harassing</source>
        <translation>شخص يلاحق أو يتحرّش</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>ضابط شرطة</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>عامل دعم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Name: give a name, or a description such as &quot;unknown man in the blue car&quot;.</source>
        <translation>الاسم: أعطِ اسمًا، أو وصفًا مثل &quot;رجل مجهول في السيارة الزرقاء&quot;.</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>أمر حماية من الملاحقة</translation>
    </message>
    <message>
        <source>Interim Stalking Protection Order</source>
        <translation>أمر حماية مؤقت من الملاحقة</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>أمر تقييد</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>أمر عدم التعرّض</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>أمر آخر</translation>
    </message>
</context>
<context>
    <name>daymark::diary::DiaryBackup</name>
    <message>
        <source>The diary file could not be read for a backup.</source>
        <translation>تعذّرت قراءة ملف الدفتر لإنشاء نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The diary file is damaged: its length does not match its pages, so no backup was made and older backups were left as they are. Restore the newest good backup.</source>
        <translation>ملف الدفتر تالف: طوله لا يطابق صفحاته، لذلك لم تُنشأ نسخة احتياطية وتُركت النسخ الأقدم كما هي. استعِد أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>Reading the diary file failed, so no backup was made. Check the disk.</source>
        <translation>فشلت قراءة ملف الدفتر، لذلك لم تُنشأ نسخة احتياطية. تحقّق من القرص.</translation>
    </message>
    <message>
        <source>The backup did not pass the diary check, so it was not kept and older backups were left as they are. The diary itself may be damaged: check it, and restore the newest good backup if it is.</source>
        <translation>لم تجتز النسخة الاحتياطية فحص الدفتر، لذلك لم تُحفظ وتُركت النسخ الأقدم كما هي. قد يكون الدفتر نفسه تالفًا: افحصه، واستعِد أحدث نسخة احتياطية سليمة إن كان كذلك.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::DiaryChecker</name>
    <message>
        <source>%1 does not match journal record %2 (%3): it was changed outside Daymark.</source>
        <translation>%1 لا يطابق القيد %2 في سجلّ العمليات (%3): غُيِّر من خارج Daymark.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الواقعة %1</translation>
    </message>
    <message>
        <source>%1 has no record in the journal: it was added outside Daymark.</source>
        <translation>لا يوجد لـ %1 قيد في سجلّ العمليات: أُضيف من خارج Daymark.</translation>
    </message>
    <message>
        <source>its contents</source>
        <translation>محتواه</translation>
    </message>
    <message>
        <source>its type, time or flags</source>
        <translation>نوعها أو وقتها أو علاماتها</translation>
    </message>
    <message>
        <source>when it was recorded or amended</source>
        <translation>وقت تسجيلها أو تعديلها</translation>
    </message>
    <message>
        <source>whether it is deleted</source>
        <translation>هل هي محذوفة</translation>
    </message>
    <message>
        <source>the people linked to it</source>
        <translation>الأشخاص المرتبطون بها</translation>
    </message>
    <message>
        <source>the orders it may breach</source>
        <translation>الأوامر التي قد تخرقها</translation>
    </message>
    <message>
        <source>The %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>its version or deletion</source>
        <translation>نسخته أو حذفه</translation>
    </message>
    <message>
        <source>its name, role or kind</source>
        <translation>اسمه أو دوره أو نوعه</translation>
    </message>
    <message>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>order</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>screening answer</source>
        <translation>إجابة التقييم</translation>
    </message>
    <message>
        <source>The %1 written in journal record %2 is missing from the diary: it was removed outside Daymark.</source>
        <translation>العنصر (%1) المذكور في القيد %2 من سجلّ العمليات مفقود من الدفتر: أُزيل من خارج Daymark.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::EmergencyCopy</name>
    <message>
        <source>The new password is empty. Choose a password for the copy.</source>
        <translation>كلمة المرور الجديدة فارغة. اختر كلمة مرور للنسخة.</translation>
    </message>
    <message>
        <source>These password-protection settings are weaker than Daymark allows, so no copy was made.</source>
        <translation>إعدادات الحماية بكلمة المرور هذه أضعف مما يسمح به Daymark، لذلك لم تُنشأ نسخة.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>يوجد ملف بهذا الاسم من قبل. اختر اسمًا آخر؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>The copy is not of this diary.</source>
        <translation>النسخة ليست من هذا الدفتر.</translation>
    </message>
    <message>
        <source>The copy did not pass the diary check, so it was not kept. The diary itself is unchanged; check it, then try again.</source>
        <translation>لم تجتز النسخة فحص الدفتر، لذلك لم تُحفظ. الدفتر نفسه لم يتغيّر؛ افحصه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>A file with that name appeared meanwhile. Choose another name; Daymark never overwrites a file.</source>
        <translation>ظهر ملف بهذا الاسم في هذه الأثناء. اختر اسمًا آخر؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::ExhibitRepository</name>
    <message>
        <source>Initials: give 1 to 4 letters, such as JS, for exhibit numbers like JS/1.</source>
        <translation>الأحرف الأولى: أعطِ من 1 إلى 4 أحرف، مثل JS، لأرقام أدلة مثل JS/1.</translation>
    </message>
    <message>
        <source>There is no incident with id %1 in this diary.</source>
        <translation>لا توجد في هذا الدفتر واقعة رقمها التعريفي %1.</translation>
    </message>
    <message>
        <source>This incident is deleted. Restore it before attaching files to it.</source>
        <translation>هذه الواقعة محذوفة. استعِدها قبل إرفاق ملفات بها.</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more). Nothing was added.</source>
        <translation>الملف %1 غير موجود (لم يعد موجودًا). لم يُضف شيء.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a file to attach.</source>
        <translation>%1 ليس ملفًا. اختر ملفًا لإرفاقه.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2. Nothing was added.</source>
        <translation>تعذّرت قراءة الملف %1: %2. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The file changed while it was being read. Nothing was added; wait until nothing is writing to it and try again.</source>
        <translation>تغيّر الملف أثناء قراءته. لم يُضف شيء؛ انتظر حتى لا يكتب فيه أي برنامج ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>How obtained: &apos;%1&apos; is not one of %2.</source>
        <translation>طريقة الحصول عليه: &apos;%1&apos; ليست من %2.</translation>
    </message>
    <message>
        <source>Exhibit %1 is deleted; its contents are no longer in the diary.</source>
        <translation>الدليل %1 محذوف؛ محتواه لم يعد في الدفتر.</translation>
    </message>
    <message>
        <source>Exhibit %1 already belongs to this incident.</source>
        <translation>الدليل %1 ينتمي إلى هذه الواقعة من قبل.</translation>
    </message>
    <message>
        <source>Reason: say why the exhibit is being detached from this incident.</source>
        <translation>السبب: اذكر لماذا يُفصل الدليل عن هذه الواقعة.</translation>
    </message>
    <message>
        <source>Exhibit %1 does not belong to this incident.</source>
        <translation>الدليل %1 لا ينتمي إلى هذه الواقعة.</translation>
    </message>
    <message>
        <source>Reason: say why the exhibit is being deleted. Its number and history are kept; its contents are removed.</source>
        <translation>السبب: اذكر لماذا يُحذف الدليل. يُحفظ رقمه وسجلّه؛ ويُزال محتواه.</translation>
    </message>
    <message>
        <source>Exhibit %1 is already deleted.</source>
        <translation>الدليل %1 محذوف من قبل.</translation>
    </message>
    <message>
        <source>Exhibit %1 still belongs to at least one incident. Detach it from each first.</source>
        <translation>الدليل %1 ما زال ينتمي إلى واقعة واحدة على الأقل. افصله عن كلٍّ منها أولًا.</translation>
    </message>
    <message>
        <source>There is no exhibit with id %1 in this diary.</source>
        <translation>لا يوجد في هذا الدفتر دليل رقمه التعريفي %1.</translation>
    </message>
    <message>
        <source>There is no exhibit %1 in this diary.</source>
        <translation>لا يوجد في هذا الدفتر الدليل %1.</translation>
    </message>
    <message>
        <source>No exhibit in this diary has an id starting &apos;%1&apos;.</source>
        <translation>لا يوجد في هذا الدفتر دليل يبدأ رقمه التعريفي بـ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one exhibit has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>أكثر من دليل يبدأ رقمه التعريفي بـ &apos;%1&apos;. أعطِ جزءًا أطول من الرقم التعريفي.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an exhibit number (such as JS/3) or id.</source>
        <translation>&apos;%1&apos; ليس رقم دليل (مثل JS/3) ولا رقمًا تعريفيًا.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s contents are no longer in the diary (it was deleted).</source>
        <translation>محتوى الدليل لم يعد في الدفتر (فقد حُذف).</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>‏%1 موجود من قبل. اختر اسم ملف جديدًا؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>تعذّرت كتابة %1: %2.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::IncidentRepository</name>
    <message>
        <source>Summary: say in a few words what happened.</source>
        <translation>الملخص: اذكر ما حدث في كلمات قليلة.</translation>
    </message>
    <message>
        <source>Start: the time it happened is missing or not a valid date and time.</source>
        <translation>البداية: وقت الحدوث مفقود أو ليس تاريخًا ووقتًا صالحين.</translation>
    </message>
    <message>
        <source>End: not a valid date and time. Leave it out if you do not know it.</source>
        <translation>النهاية: ليست تاريخًا ووقتًا صالحين. اتركها فارغة إن كنت لا تعرفها.</translation>
    </message>
    <message>
        <source>End: the end is before the start. Give an end after the start, or none.</source>
        <translation>النهاية: النهاية قبل البداية. أعطِ نهاية بعد البداية، أو لا شيء.</translation>
    </message>
    <message>
        <source>Coordinates: give both latitude and longitude, or neither.</source>
        <translation>الإحداثيات: أعطِ خط العرض وخط الطول معًا، أو لا شيء منهما.</translation>
    </message>
    <message>
        <source>Coordinates: latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation>الإحداثيات: يجب أن يكون خط العرض بين -90 و90 وخط الطول بين -180 و180.</translation>
    </message>
    <message>
        <source>People: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>الأشخاص: لا يوجد في هذا الدفتر شخص رقمه التعريفي %1. أضف الشخص أولًا.</translation>
    </message>
    <message>
        <source>People: the person with id %1 is deleted. Restore them first.</source>
        <translation>الأشخاص: الشخص ذو الرقم التعريفي %1 محذوف. استعِده أولًا.</translation>
    </message>
    <message>
        <source>Witnesses: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>الشهود: لا يوجد في هذا الدفتر شخص رقمه التعريفي %1. أضف الشخص أولًا.</translation>
    </message>
    <message>
        <source>Witnesses: the person with id %1 is deleted. Restore them first.</source>
        <translation>الشهود: الشخص ذو الرقم التعريفي %1 محذوف. استعِده أولًا.</translation>
    </message>
    <message>
        <source>Breaches: there is no protection order with id %1 in this diary.</source>
        <translation>الخروقات: لا يوجد في هذا الدفتر أمر حماية رقمه التعريفي %1.</translation>
    </message>
    <message>
        <source>Breaches: the order has no condition number %1.</source>
        <translation>الخروقات: لا يوجد في الأمر شرط رقمه %1.</translation>
    </message>
    <message>
        <source>An incident with this id already exists.</source>
        <translation>توجد واقعة بهذا الرقم التعريفي من قبل.</translation>
    </message>
    <message>
        <source>Reason: say why the entry is being amended; the earlier version is kept beside it.</source>
        <translation>السبب: اذكر سبب تعديل الإدخال؛ النسخة السابقة تُحفظ بجانبه.</translation>
    </message>
    <message>
        <source>This incident is deleted. Restore it before amending it.</source>
        <translation>هذه الواقعة محذوفة. استعِدها قبل تعديلها.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>لم يتغيّر شيء، فلا يوجد ما يُعدَّل.</translation>
    </message>
    <message>
        <source>Reason: say why the entry is being deleted. It can be restored later.</source>
        <translation>السبب: اذكر سبب حذف الإدخال. يمكن استعادته لاحقًا.</translation>
    </message>
    <message>
        <source>This incident is already deleted.</source>
        <translation>هذه الواقعة محذوفة من قبل.</translation>
    </message>
    <message>
        <source>This incident is not deleted, so there is nothing to restore.</source>
        <translation>هذه الواقعة غير محذوفة، فلا يوجد ما يُستعاد.</translation>
    </message>
    <message>
        <source>There is no incident with id %1 in this diary.</source>
        <translation>لا توجد في هذا الدفتر واقعة رقمها التعريفي %1.</translation>
    </message>
    <message>
        <source>There is no incident number %1 in this diary.</source>
        <translation>لا توجد في هذا الدفتر واقعة رقمها %1.</translation>
    </message>
    <message>
        <source>No incident in this diary has an id starting &apos;%1&apos;.</source>
        <translation>لا توجد في هذا الدفتر واقعة يبدأ رقمها التعريفي بـ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one incident has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>أكثر من واقعة يبدأ رقمها التعريفي بـ &apos;%1&apos;. أعطِ جزءًا أطول من الرقم التعريفي.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident number or id. Use the number shown by &apos;list&apos; (e.g. 12) or the id.</source>
        <translation>&apos;%1&apos; ليس رقم واقعة ولا رقمًا تعريفيًا. استخدم الرقم الذي يعرضه &apos;list&apos; (مثل 12) أو الرقم التعريفي.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::IncidentType</name>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Text or chat message</source>
        <translation>رسالة نصية أو رسالة محادثة</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>بريد صوتي</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل</translation>
    </message>
    <message>
        <source>Social media message, post or comment</source>
        <translation>رسالة أو منشور أو تعليق على وسائل التواصل</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Other online contact</source>
        <translation>تواصل آخر عبر الإنترنت</translation>
    </message>
    <message>
        <source>Sighting</source>
        <translation>مشاهدة</translation>
    </message>
    <message>
        <source>Seen nearby</source>
        <translation>شوهد بالقرب</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>تعقّب</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Turned up at home, work or school</source>
        <translation>حضر إلى البيت أو العمل أو المدرسة</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>تسكّع بالقرب</translation>
    </message>
    <message>
        <source>Item left</source>
        <translation>غرض متروك</translation>
    </message>
    <message>
        <source>Gift or item left</source>
        <translation>هدية أو غرض تُرك</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation>إتلاف ممتلكات</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>طرف ثالث</translation>
    </message>
    <message>
        <source>Contact through other people</source>
        <translation>تواصل عبر أشخاص آخرين</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهديد</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>عنف</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>عنف جسدي أو جنسي</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>خرق</translation>
    </message>
    <message>
        <source>Breach of an order</source>
        <translation>خرق لأمر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>daymark::diary::OrderRepository</name>
    <message>
        <source>Conditions: condition %1 has no text. Copy its wording from the order.</source>
        <translation>الشروط: الشرط %1 بلا نص. انسخ صيغته من الأمر.</translation>
    </message>
    <message>
        <source>Conditions: the number %1 is used twice.</source>
        <translation>الشروط: الرقم %1 مستخدم مرتين.</translation>
    </message>
    <message>
        <source>Expires: the expiry date is before the date the order was made.</source>
        <translation>ينتهي: تاريخ الانتهاء قبل تاريخ إصدار الأمر.</translation>
    </message>
    <message>
        <source>Served: the date served is before the date the order was made.</source>
        <translation>بُلِّغ: تاريخ التبليغ قبل تاريخ إصدار الأمر.</translation>
    </message>
    <message>
        <source>Respondent: there is no person with id %1 in this diary. Add the person first.</source>
        <translation>المُدَّعى عليه: لا يوجد في هذا الدفتر شخص رقمه التعريفي %1. أضف الشخص أولًا.</translation>
    </message>
    <message>
        <source>An order with this id already exists.</source>
        <translation>يوجد أمر بهذا الرقم التعريفي من قبل.</translation>
    </message>
    <message>
        <source>Reason: say why the order is being amended (for example, varied by the court).</source>
        <translation>السبب: اذكر سبب تعديل الأمر (مثلًا أن المحكمة عدّلته).</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>لم يتغيّر شيء، فلا يوجد ما يُعدَّل.</translation>
    </message>
    <message>
        <source>Conditions: condition %1 has recorded breaches (incident %2), so it cannot be removed.</source>
        <translation>الشروط: للشرط %1 خروقات مسجّلة (الواقعة %2)، لذلك لا يمكن حذفه.</translation>
    </message>
    <message>
        <source>Reason: say why the order is being deleted. It can be restored later.</source>
        <translation>السبب: اذكر سبب حذف الأمر. يمكن استعادته لاحقًا.</translation>
    </message>
    <message>
        <source>This order is already deleted.</source>
        <translation>هذا الأمر محذوف من قبل.</translation>
    </message>
    <message>
        <source>This order is not deleted, so there is nothing to restore.</source>
        <translation>هذا الأمر غير محذوف، فلا يوجد ما يُستعاد.</translation>
    </message>
    <message>
        <source>There is no protection order with id %1 in this diary.</source>
        <translation>لا يوجد في هذا الدفتر أمر حماية رقمه التعريفي %1.</translation>
    </message>
    <message>
        <source>No protection order in this diary has an id starting &apos;%1&apos;.</source>
        <translation>لا يوجد في هذا الدفتر أمر حماية يبدأ رقمه التعريفي بـ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one protection order has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>أكثر من أمر حماية يبدأ رقمه التعريفي بـ &apos;%1&apos;. أعطِ جزءًا أطول من الرقم التعريفي.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protection order id.</source>
        <translation>&apos;%1&apos; ليس رقمًا تعريفيًا لأمر حماية.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::PersonRepository</name>
    <message>
        <source>A person with this id already exists.</source>
        <translation>يوجد شخص بهذا الرقم التعريفي من قبل.</translation>
    </message>
    <message>
        <source>Reason: say why this person&apos;s details are being amended.</source>
        <translation>السبب: اذكر سبب تعديل بيانات هذا الشخص.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to amend.</source>
        <translation>لم يتغيّر شيء، فلا يوجد ما يُعدَّل.</translation>
    </message>
    <message>
        <source>Reason: say why this person is being deleted. They can be restored later.</source>
        <translation>السبب: اذكر سبب حذف هذا الشخص. يمكن استعادته لاحقًا.</translation>
    </message>
    <message>
        <source>This person is already deleted.</source>
        <translation>هذا الشخص محذوف من قبل.</translation>
    </message>
    <message>
        <source>This person is not deleted, so there is nothing to restore.</source>
        <translation>هذا الشخص غير محذوف، فلا يوجد ما يُستعاد.</translation>
    </message>
    <message>
        <source>There is no person with id %1 in this diary.</source>
        <translation>لا يوجد في هذا الدفتر شخص رقمه التعريفي %1.</translation>
    </message>
    <message>
        <source>More than one person is called &apos;%1&apos;. Use the id instead.</source>
        <translation>أكثر من شخص اسمه &apos;%1&apos;. استخدم الرقم التعريفي بدلًا من الاسم.</translation>
    </message>
    <message>
        <source>No person in this diary has an id starting &apos;%1&apos;.</source>
        <translation>لا يوجد في هذا الدفتر شخص يبدأ رقمه التعريفي بـ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>More than one person has an id starting &apos;%1&apos;. Give more of the id.</source>
        <translation>أكثر من شخص يبدأ رقمه التعريفي بـ &apos;%1&apos;. أعطِ جزءًا أطول من الرقم التعريفي.</translation>
    </message>
    <message>
        <source>No person in this diary is called &apos;%1&apos; or has that id.</source>
        <translation>لا يوجد في هذا الدفتر شخص اسمه &apos;%1&apos; أو له هذا الرقم التعريفي.</translation>
    </message>
</context>
<context>
    <name>daymark::diary::backupRestore</name>
    <message>
        <source>The backup could not be read. Check that you may open it.</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية. تأكّد أن لديك إذنًا بفتحها.</translation>
    </message>
    <message>
        <source>The diary&apos;s folder could not be written to. Check that you may write there.</source>
        <translation>تعذّرت الكتابة في مجلد الدفتر. تأكّد أن لديك إذنًا بالكتابة فيه.</translation>
    </message>
    <message>
        <source>The backup could not be read. Check the disk.</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية. تحقّق من القرص.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the diary (is the disk full?). The diary was not changed.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية بجانب الدفتر (هل القرص ممتلئ؟). الدفتر لم يتغيّر.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the diary. The diary was not changed.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية بجانب الدفتر. الدفتر لم يتغيّر.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>تالفة (%1)</translation>
    </message>
    <message>
        <source>it does not open with this password (it may have been made before a password change)</source>
        <translation>لا تُفتح بكلمة المرور هذه (ربما أُنشئت قبل تغيير كلمة المرور)</translation>
    </message>
    <message>
        <source>The backup and the diary are the same file. Name a backup file to restore.</source>
        <translation>النسخة الاحتياطية والدفتر هما الملف نفسه. حدِّد ملف نسخة احتياطية لاستعادته.</translation>
    </message>
    <message>
        <source>There is no backup file at that location. Check the name and folder.</source>
        <translation>لا يوجد ملف نسخة احتياطية في هذا المكان. تحقّق من الاسم والمجلد.</translation>
    </message>
    <message>
        <source>That backup is damaged too, so the diary was not replaced. Try an older backup.</source>
        <translation>هذه النسخة الاحتياطية تالفة أيضًا، لذلك لم يُستبدل الدفتر. جرّب نسخة احتياطية أقدم.</translation>
    </message>
</context>
<context>
    <name>daymark::evidence</name>
    <message>
        <source>Cancelled. Nothing was added to the diary.</source>
        <translation>أُلغي. لم يُضف شيء إلى الدفتر.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>أُلغي. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Screenshot I took</source>
        <translation>لقطة شاشة التقطتها</translation>
    </message>
    <message>
        <source>Photo I took</source>
        <translation>صورة التقطتها</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>Video I took</source>
        <translation>فيديو صوّرته</translation>
    </message>
    <message>
        <source>Export from an app</source>
        <translation>ملف مُصدَّر من تطبيق</translation>
    </message>
    <message>
        <source>Received from someone</source>
        <translation>وصلني من شخص ما</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>مُنزَّل من الإنترنت</translation>
    </message>
    <message>
        <source>Scan of a paper document</source>
        <translation>مسح ضوئي لمستند ورقي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>daymark::evidence::BlobStore</name>
    <message>
        <source>A file was about to be stored outside a transaction.</source>
        <translation>كان ملف على وشك أن يُخزَّن خارج معاملة.</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1. Nothing was added.</source>
        <translation>تعذّرت قراءة الملف حتى نهايته: %1. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The file changed while it was being read (its size is not what it was). Nothing was added; wait until nothing is writing to it and try again.</source>
        <translation>تغيّر الملف أثناء قراءته (حجمه تغيّر). لم يُضف شيء؛ انتظر حتى لا يكتب فيه أي برنامج ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s contents are no longer in the diary.</source>
        <translation>محتوى الدليل لم يعد في الدفتر.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1.</source>
        <translation>فشلت كتابة الملف: %1.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s stored bytes do not match the SHA-256 taken when it was added. Run &apos;check&apos; on the diary and restore it from a backup.</source>
        <translation>البايتات المحفوظة للدليل لا تطابق قيمة SHA-256 المأخوذة عند إضافته. شغّل &apos;check&apos; على الدفتر واستعِده من نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>daymark::evidence::Journal</name>
    <message>
        <source>A change was about to be saved without its journal record.</source>
        <translation>كان تغيير على وشك أن يُحفظ دون قيده في سجلّ العمليات.</translation>
    </message>
    <message>
        <source>Journal record %1 is missing: the records jump from %2 to %3.</source>
        <translation>القيد %1 مفقود من سجلّ العمليات: القيود تقفز من %2 إلى %3.</translation>
    </message>
    <message>
        <source>Journal record %1 does not link to the record before it.</source>
        <translation>القيد %1 في سجلّ العمليات لا يرتبط بالقيد الذي قبله.</translation>
    </message>
    <message>
        <source>Journal record %1 has a time out of order.</source>
        <translation>القيد %1 في سجلّ العمليات وقته خارج الترتيب.</translation>
    </message>
    <message>
        <source>Journal record %1 was changed after it was written: its hash does not match.</source>
        <translation>غُيِّر القيد %1 في سجلّ العمليات بعد كتابته: قيمة التجزئة الخاصة به لا تطابق.</translation>
    </message>
</context>
<context>
    <name>daymark::gui</name>
    <message>
        <source>Daymark: a private, encrypted diary of incidents and evidence.</source>
        <translation>Daymark: دفتر يوميات خاص ومشفّر للوقائع والأدلة.</translation>
    </message>
    <message>
        <source>A diary file (.daymark) to unlock.</source>
        <translation>ملف دفتر يوميات (.daymark) لفتح قفله.</translation>
    </message>
    <message>
        <source>Daymark cannot start</source>
        <translation>تعذّر تشغيل Daymark</translation>
    </message>
</context>
<context>
    <name>daymark::importers</name>
    <message>
        <source>%1 is empty: it holds no calls.</source>
        <translation>%1 فارغ: لا يحوي أي مكالمات.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>لا يوجد ملف %1. تحقّق من الاسم وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1 (the file&apos;s columns are: %2).</source>
        <translation>اختر العمود الذي يحوي %1 (أعمدة الملف هي: %2).</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for the %2); its columns are: %3.</source>
        <translation>لا يوجد في الملف عمود &quot;%1&quot; (لـ %2)؛ أعمدته هي: %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for two fields; choose one column per field.</source>
        <translation>العمود &quot;%1&quot; مختار لحقلين؛ اختر عمودًا واحدًا لكل حقل.</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a pattern such as dd.MM.yyyy HH:mm.</source>
        <translation>صيغة التاريخ &quot;%1&quot; لا يعرفها Daymark: استخدم auto أو dmy أو mdy أو ymd أو unix أو unix-ms، أو نمطًا مثل dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail: it has no header lines (such as &quot;From:&quot; and &quot;Date:&quot;) before its text.</source>
        <translation>%1 ليس رسالة بريد إلكتروني: لا يحوي أسطر ترويسة (مثل &quot;From:&quot; و&quot;Date:&quot;) قبل نصه.</translation>
    </message>
    <message>
        <source>The message has no Date header; the time is the mailbox&apos;s own record of when it arrived.</source>
        <translation>الرسالة بلا ترويسة Date؛ الوقت هو ما سجّله صندوق البريد نفسه لوقت وصولها.</translation>
    </message>
    <message>
        <source>The Date header &quot;%1&quot; is not a date Daymark can read; the time is the mailbox&apos;s own record of when it arrived.</source>
        <translation>ترويسة Date &quot;%1&quot; ليست تاريخًا يستطيع Daymark قراءته؛ الوقت هو ما سجّله صندوق البريد نفسه لوقت وصولها.</translation>
    </message>
    <message>
        <source>%1 has no Date header, so Daymark cannot tell when it was sent. Import it from the mailbox (mbox) it came from, which records when it arrived.</source>
        <translation>%1 بلا ترويسة Date، لذلك لا يستطيع Daymark معرفة متى أُرسل. استورده من صندوق البريد (mbox) الذي جاء منه، فهو يسجّل وقت وصوله.</translation>
    </message>
    <message>
        <source>%1: the Date header &quot;%2&quot; is not a date Daymark can read (it should look like &quot;Tue, 3 Jan 2023 14:05:00 +0000&quot;).</source>
        <translation>%1: ترويسة Date &quot;%2&quot; ليست تاريخًا يستطيع Daymark قراءته (يجب أن تكون مثل &quot;Tue, 3 Jan 2023 14:05:00 +0000&quot;).</translation>
    </message>
    <message>
        <source>The subject is in the character set &quot;%1&quot;, which Daymark could not read as such; some letters may be wrong.</source>
        <translation>الموضوع مكتوب بمجموعة المحارف &quot;%1&quot;، التي لم يستطع Daymark قراءتها؛ قد تكون بعض الأحرف خاطئة.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>an unknown or hidden number</source>
        <translation>رقم مجهول أو مخفي</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>مكالمة فائتة من %1</translation>
    </message>
    <message>
        <source>Rejected call from %1</source>
        <translation>مكالمة مرفوضة من %1</translation>
    </message>
    <message>
        <source>Voicemail from %1</source>
        <translation>بريد صوتي من %1</translation>
    </message>
    <message>
        <source>Call from %1 (%2)</source>
        <translation>مكالمة من %1 (%2)</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>مكالمة من %1</translation>
    </message>
    <message>
        <source>Call to %1 (%2)</source>
        <translation>مكالمة إلى %1 (%2)</translation>
    </message>
    <message>
        <source>Call to %1</source>
        <translation>مكالمة إلى %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>بريد إلكتروني إلى %1: %2</translation>
    </message>
    <message>
        <source>Email from %1: %2</source>
        <translation>بريد إلكتروني من %1: %2</translation>
    </message>
    <message>
        <source>(an empty message)</source>
        <translation>(رسالة فارغة)</translation>
    </message>
    <message>
        <source>(a photo or file)</source>
        <translation>(صورة أو ملف)</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>إلى %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>المرفقات: %1</translation>
    </message>
    <message>
        <source>Headers as received:</source>
        <translation>الترويسات كما وصلت:</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>الأسطر %1-%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>محادثة مُصدَّرة من WhatsApp</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore messages</source>
        <translation>رسائل SMS Backup &amp; Restore</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore call log</source>
        <translation>سجلّ مكالمات SMS Backup &amp; Restore</translation>
    </message>
    <message>
        <source>e-mail (.eml)</source>
        <translation>بريد إلكتروني (.eml)</translation>
    </message>
    <message>
        <source>mailbox (.mbox)</source>
        <translation>صندوق بريد (.mbox)</translation>
    </message>
    <message>
        <source>call log (.csv)</source>
        <translation>سجلّ مكالمات (.csv)</translation>
    </message>
    <message>
        <source>Telegram export (result.json)</source>
        <translation>ملف مُصدَّر من Telegram (result.json)</translation>
    </message>
    <message>
        <source>Instagram messages (JSON)</source>
        <translation>رسائل Instagram (JSON)</translation>
    </message>
    <message>
        <source>Signal chat (text)</source>
        <translation>محادثة Signal (نص)</translation>
    </message>
    <message>
        <source>its &quot;timestamp_ms&quot; is not a number of milliseconds since 1970.</source>
        <translation>قيمة &quot;timestamp_ms&quot; فيها ليست عددًا من أجزاء الثانية منذ 1970.</translation>
    </message>
    <message>
        <source>it has no time (&quot;timestamp_ms&quot;).</source>
        <translation>لا وقت فيها (&quot;timestamp_ms&quot;).</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>البايت 0x%1</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>نقطتان (:)</translation>
    </message>
    <message>
        <source>The export could not be read after line %1. Check that the file is complete and readable.</source>
        <translation>تعذّرت قراءة ملف التصدير بعد السطر %1. تحقّق أن الملف كامل وقابل للقراءة.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB; this is not a text export Daymark can read.</source>
        <translation>السطر %1 أطول من %2 MiB؛ هذا ليس ملف تصدير نصيًا يستطيع Daymark قراءته.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Use the file exactly as the app exported it, without converting it to another encoding.</source>
        <translation>السطر %1 ليس نصًا بترميز UTF-8. استخدم الملف كما صدّره التطبيق تمامًا، دون تحويله إلى ترميز آخر.</translation>
    </message>
    <message>
        <source>The message says it is in parts, but the line that separates them never appears; it is shown as written.</source>
        <translation>تقول الرسالة إنها مكوّنة من أجزاء، لكن السطر الفاصل بينها لا يظهر أبدًا؛ تُعرض كما كُتبت.</translation>
    </message>
    <message>
        <source>The message ends before its last part is closed: the file may have been cut short.</source>
        <translation>تنتهي الرسالة قبل إغلاق جزئها الأخير: ربما قُطع الملف.</translation>
    </message>
    <message>
        <source>Part of the text is in the character set &quot;%1&quot;, which Daymark could not read as such; it is shown as UTF-8 or Windows-1252 and some letters may be wrong.</source>
        <translation>جزء من النص مكتوب بمجموعة المحارف &quot;%1&quot;، التي لم يستطع Daymark قراءتها؛ يُعرض بترميز UTF-8 أو Windows-1252 وقد تكون بعض الأحرف خاطئة.</translation>
    </message>
    <message>
        <source>---------- Attached message ----------</source>
        <translation>---------- رسالة مُرفقة ----------</translation>
    </message>
    <message>
        <source>The message nests its parts deeper or has more of them than Daymark reads; the rest is in the exhibit.</source>
        <translation>تتداخل أجزاء الرسالة أعمق، أو أجزاؤها أكثر، مما يقرؤه Daymark؛ والباقي في الدليل.</translation>
    </message>
    <message>
        <source>The message says it is in parts but does not say how they are separated; it is shown as written.</source>
        <translation>تقول الرسالة إنها مكوّنة من أجزاء لكنها لا تذكر كيف تُفصل؛ تُعرض كما كُتبت.</translation>
    </message>
    <message>
        <source>A part&apos;s base64 encoding is damaged or cut short; what could be decoded is kept.</source>
        <translation>ترميز base64 لأحد الأجزاء تالف أو مقطوع؛ حُفظ ما أمكن فكّه.</translation>
    </message>
    <message>
        <source>its &quot;date_unixtime&quot; is not a number of seconds since 1970.</source>
        <translation>قيمة &quot;date_unixtime&quot; فيها ليست عددًا من الثواني منذ 1970.</translation>
    </message>
    <message>
        <source>it has no date (&quot;date_unixtime&quot; or &quot;date&quot;).</source>
        <translation>لا تاريخ فيها (&quot;date_unixtime&quot; أو &quot;date&quot;).</translation>
    </message>
    <message>
        <source>its date &quot;%1&quot; is not written the way Telegram writes dates (2018-12-05T11:39:10).</source>
        <translation>تاريخها &quot;%1&quot; ليس مكتوبًا بالطريقة التي يكتب بها Telegram التواريخ (2018-12-05T11:39:10).</translation>
    </message>
    <message>
        <source>its &quot;text&quot; is neither a text nor a list of text pieces.</source>
        <translation>قيمة &quot;text&quot; فيها ليست نصًا ولا قائمة من أجزاء النص.</translation>
    </message>
    <message>
        <source>The dates in this chat have two four-digit numbers (first seen on &quot;%1&quot;); it is not a WhatsApp export Daymark can read.</source>
        <translation>في تواريخ هذه المحادثة عددان من أربعة أرقام (أول ظهور في &quot;%1&quot;)؛ هذا ليس ملف تصدير WhatsApp يستطيع Daymark قراءته.</translation>
    </message>
    <message>
        <source>The dates in this chat do not follow one order: some read as day/month and others as month/day, so Daymark cannot tell when the messages were sent.</source>
        <translation>التواريخ في هذه المحادثة لا تتبع ترتيبًا واحدًا: بعضها يُقرأ يوم/شهر وبعضها شهر/يوم، لذلك لا يستطيع Daymark معرفة متى أُرسلت الرسائل.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has an hour above 12 with a.m./p.m.; it is not a time WhatsApp writes.</source>
        <translation>السطر %1: &quot;%2&quot; فيه ساعة أكبر من 12 مع a.m./p.m.؛ وهذا ليس وقتًا يكتبه WhatsApp.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid date when read as %3. If the date order is wrong, choose the other one.</source>
        <translation>السطر %1: &quot;%2&quot; ليس تاريخًا صالحًا عند قراءته بالترتيب %3. إن كان ترتيب التاريخ خاطئًا، فاختر الترتيب الآخر.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reactions: %1</source>
        <translation>التفاعلات: %1</translation>
    </message>
    <message>
        <source>Forwarded from %1.</source>
        <translation>مُعاد توجيهها من %1.</translation>
    </message>
    <message>
        <source>Edited at %1.</source>
        <translation>عُدِّلت في %1.</translation>
    </message>
    <message>
        <source>A sticker: %1</source>
        <translation>ملصق: %1</translation>
    </message>
    <message>
        <source>A location: %1, %2.</source>
        <translation>موقع: %1، %2.</translation>
    </message>
    <message>
        <source>A contact: %1 %2, %3.</source>
        <translation>جهة اتصال: %1 %2، %3.</translation>
    </message>
    <message>
        <source>A poll: %1</source>
        <translation>استطلاع: %1</translation>
    </message>
    <message>
        <source>The export left out a file of this message (%1).</source>
        <translation>استبعد ملف التصدير ملفًا من هذه الرسالة (%1).</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CallLogCsvParser</name>
    <message>
        <source>%1 is empty: it holds no calls.</source>
        <translation>%1 فارغ: لا يحوي أي مكالمات.</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4 Nothing was imported.</source>
        <translation>%1، السطر %2، العمود &quot;%3&quot;: %4 لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>the row has %1 columns, fewer than the header&apos;s %2.</source>
        <translation>في الصف %1 من الأعمدة، أقل من أعمدة الترويسة وعددها %2.</translation>
    </message>
    <message>
        <source>%1 could not be read a second time.</source>
        <translation>تعذّرت قراءة %1 مرة ثانية.</translation>
    </message>
    <message>
        <source>The dates in %1 read both as day/month and as month/day (such as &quot;%2&quot;). Say which the file uses: date format dmy (day first) or mdy (month first).</source>
        <translation>التواريخ في %1 تُقرأ على أنها يوم/شهر وعلى أنها شهر/يوم معًا (مثل &quot;%2&quot;). حدِّد ما يستخدمه الملف: صيغة التاريخ dmy (اليوم أولًا) أو mdy (الشهر أولًا).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time Daymark can read%2.</source>
        <translation>&quot;%1&quot; ليس تاريخًا ووقتًا يستطيع Daymark قراءته%2.</translation>
    </message>
    <message>
        <source> in the format %1</source>
        <translation> بالصيغة %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call direction Daymark knows (incoming, outgoing, missed, rejected, blocked, voicemail, or Android&apos;s numbers 1 to 7).</source>
        <translation>&quot;%1&quot; ليس اتجاه مكالمة يعرفه Daymark (incoming، outgoing، missed، rejected، blocked، voicemail، أو أرقام Android من 1 إلى 7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (seconds, mm:ss or h:mm:ss).</source>
        <translation>&quot;%1&quot; ليست مدة (ثوانٍ، أو mm:ss، أو h:mm:ss).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CallLogCsvReader</name>
    <message>
        <source>%1: line %2 is not UTF-8 text. Save the file as CSV in UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>%1: السطر %2 ليس نصًا بترميز UTF-8. احفظ الملف بصيغة CSV بترميز UTF-8 (في برنامج الجداول: &quot;CSV UTF-8&quot;) واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that the file is complete and readable.</source>
        <translation>تعذّرت قراءة %1. تحقّق أن الملف كامل وقابل للقراءة.</translation>
    </message>
    <message>
        <source>%1: the quoted field that starts on line %2 is never closed; the file may have been cut short.</source>
        <translation>%1: الحقل المحاط بعلامات اقتباس الذي يبدأ في السطر %2 لا يُغلق أبدًا؛ ربما قُطع الملف.</translation>
    </message>
    <message>
        <source>%1: the record that starts on line %2 is longer than a call log&apos;s; check that this is a CSV file.</source>
        <translation>%1: السجلّ الذي يبدأ في السطر %2 أطول من سجلّ في سجلّ مكالمات؛ تحقّق أن هذا ملف CSV.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ChatZip</name>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>لا يوجد ملف %1. تحقّق من الاسم وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 could not be read as a zip file (%2). Use the zip exactly as WhatsApp made it.</source>
        <translation>تعذّرت قراءة %1 كملف zip (%2). استخدم ملف zip كما أنشأه WhatsApp تمامًا.</translation>
    </message>
    <message>
        <source>%1 holds %2 files, more than a chat export has; it was not read.</source>
        <translation>يحوي %1 ملفات عددها %2، أكثر مما يحويه تصدير محادثة؛ لم تتم قراءته.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 cannot be read; the zip is damaged.</source>
        <translation>تتعذّر قراءة العنصر %1 من %2؛ ملف zip تالف.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is named &quot;%3&quot;, a path outside the zip&apos;s own folder. A chat export never has such names; nothing was imported.</source>
        <translation>العنصر %1 من %2 اسمه &quot;%3&quot;، وهو مسار خارج مجلد ملف zip نفسه. تصدير المحادثة لا يحوي أسماء كهذه أبدًا؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 (&quot;%3&quot;) would unpack to %4 bytes from %5: far more than a chat export holds (a &quot;zip bomb&quot;). Nothing was imported.</source>
        <translation>العنصر %1 من %2 (&quot;%3&quot;) سيُفكّ إلى %4 بايت من %5: أكثر بكثير مما يحويه تصدير محادثة (&quot;قنبلة zip&quot;). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 has no chat text inside (_chat.txt or one .txt file); it is not a WhatsApp export.</source>
        <translation>لا يحوي %1 نص محادثة (_chat.txt أو ملف .txt واحد)؛ هذا ليس ملف تصدير من WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files and no _chat.txt, so Daymark cannot tell which is the chat.</source>
        <translation>يحوي %1 عدة ملفات .txt ولا يحوي _chat.txt، لذلك لا يستطيع Daymark معرفة أيّها المحادثة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 cannot be read: %3</source>
        <translation>تتعذّر قراءة &quot;%1&quot; في %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (%3); nothing was imported.</source>
        <translation>&quot;%1&quot; في %2 تالف (%3)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 unpacks to more than it declares; nothing was imported.</source>
        <translation>&quot;%1&quot; في %2 يُفكّ إلى أكثر مما يُعلن؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CsvColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
</context>
<context>
    <name>daymark::importers::CsvDateReader</name>
    <message>
        <source>The date format &quot;%1&quot; is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a pattern such as dd.MM.yyyy HH:mm.</source>
        <translation>صيغة التاريخ &quot;%1&quot; لا يعرفها Daymark: استخدم auto أو dmy أو mdy أو ymd أو unix أو unix-ms، أو نمطًا مثل dd.MM.yyyy HH:mm.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::EmailParser</name>
    <message>
        <source>%1 is larger than %2 MiB; Daymark does not import e-mails that large.</source>
        <translation>%1 أكبر من %2 MiB؛ Daymark لا يستورد رسائل بريد بهذا الحجم.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no e-mail.</source>
        <translation>%1 فارغ: لا يحوي أي رسالة بريد.</translation>
    </message>
    <message>
        <source>%1, message %2 (lines %3-%4)</source>
        <translation>%1، الرسالة %2 (الأسطر %3-%4)</translation>
    </message>
    <message>
        <source>The folder %1 holds no .eml files. Save the e-mails as .eml files (in most mail programs: drag them to a folder, or &quot;Save as&quot;) and import that folder.</source>
        <translation>لا يحوي المجلد %1 أي ملفات .eml. احفظ الرسائل كملفات .eml (في معظم برامج البريد: اسحبها إلى مجلد، أو &quot;Save as&quot;) واستورد ذلك المجلد.</translation>
    </message>
    <message>
        <source>The folder %1 holds no mbox mailbox (a file starting with &quot;From &quot;). Choose the folder of the mail program&apos;s profile that holds the mail files, or one mailbox file.</source>
        <translation>لا يحوي المجلد %1 أي صندوق بريد mbox (ملف يبدأ بـ &quot;From &quot;). اختر مجلد ملف التعريف في برنامج البريد الذي يحوي ملفات البريد، أو ملف صندوق بريد واحدًا.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ImportCommitter</name>
    <message>
        <source>Sent with the message of %1 (%2)</source>
        <translation>أُرسل مع رسالة %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 as exported by the phone (%2)</source>
        <translation>%1 كما صدّره الهاتف (%2)</translation>
    </message>
    <message>
        <source>The export file&apos;s exhibit number changed while it was stored; nothing was imported. Try again.</source>
        <translation>تغيّر رقم الدليل لملف التصدير أثناء حفظه؛ لم يُستورد شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The dates in this chat read both as day/month and as month/day (such as &quot;%1&quot;). Say which the phone uses: day first (dmy) or month first (mdy).</source>
        <translation>التواريخ في هذه المحادثة تُقرأ على أنها يوم/شهر وعلى أنها شهر/يوم معًا (مثل &quot;%1&quot;). حدِّد ما يستخدمه الهاتف: اليوم أولًا (dmy) أو الشهر أولًا (mdy).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::ImportSource</name>
    <message>
        <source>Importing %1 files is not available yet. Daymark can import: WhatsApp chat exports (whatsapp), SMS Backup &amp; Restore messages (sms-backup) and call logs (calls), Telegram exports (telegram), Instagram messages (instagram) and Signal chats (signal).</source>
        <translation>استيراد ملفات %1 غير متاح بعد. يستطيع Daymark استيراد: محادثات WhatsApp المُصدَّرة (whatsapp)، ورسائل SMS Backup &amp; Restore (sms-backup) وسجلّات مكالماته (calls)، وملفات Telegram المُصدَّرة (telegram)، ورسائل Instagram (instagram)، ومحادثات Signal (signal).</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>لا يوجد ملف %1. تحقّق من الاسم وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>daymark::importers::JsonPullReader</name>
    <message>
        <source>Line %1, column %2: %3 Nothing was imported.</source>
        <translation>السطر %1، العمود %2: %3 لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>كائن ({…})</translation>
    </message>
    <message>
        <source>a list ([…])</source>
        <translation>قائمة ([…])</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The export could not be read after line %1. Check that the file is complete and readable.</source>
        <translation>تعذّرت قراءة ملف التصدير بعد السطر %1. تحقّق أن الملف كامل وقابل للقراءة.</translation>
    </message>
    <message>
        <source>the file does not start like a JSON export.</source>
        <translation>الملف لا يبدأ كما يبدأ ملف تصدير JSON.</translation>
    </message>
    <message>
        <source>the file ends early, where %1 was expected; it may have been cut short. Export it again.</source>
        <translation>ينتهي الملف مبكرًا، حيث كان يُتوقع %1؛ ربما قُطع. صدِّره مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was expected here, not %2.</source>
        <translation>كان يُتوقع هنا %1، لا %2.</translation>
    </message>
    <message>
        <source>the file ends early, where a value was expected; it may have been cut short. Export it again.</source>
        <translation>ينتهي الملف مبكرًا، حيث كانت تُتوقع قيمة؛ ربما قُطع. صدِّره مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot start a value here; this is not well-formed JSON.</source>
        <translation>لا يمكن أن تبدأ قيمة بـ %1 هنا؛ هذا ليس JSON سليم البنية.</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep, which no export does.</source>
        <translation>القيم متداخلة بعمق أكبر من %1، وهذا ما لا يفعله أي ملف تصدير.</translation>
    </message>
    <message>
        <source>an object ({…}) was expected here, not %1.</source>
        <translation>كان يُتوقع هنا كائن ({…})، لا %1.</translation>
    </message>
    <message>
        <source>a list ([…]) was expected here, not %1.</source>
        <translation>كانت تُتوقع هنا قائمة ([…])، لا %1.</translation>
    </message>
    <message>
        <source>the file ends early, inside a list or object; it may have been cut short. Export it again.</source>
        <translation>ينتهي الملف مبكرًا، داخل قائمة أو كائن؛ ربما قُطع. صدِّره مرة أخرى.</translation>
    </message>
    <message>
        <source>a comma or &quot;%1&quot; was expected here, not %2.</source>
        <translation>كانت تُتوقع هنا فاصلة أو &quot;%1&quot;، لا %2.</translation>
    </message>
    <message>
        <source>a member name in quotes was expected here, not %1.</source>
        <translation>كان يُتوقع هنا اسم عضو بين علامتي اقتباس، لا %1.</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits.</source>
        <translation>تسلسل الهروب \u يحتاج إلى أربعة أرقام ست عشرية.</translation>
    </message>
    <message>
        <source>the file ends inside a text; it may have been cut short. Export it again.</source>
        <translation>ينتهي الملف داخل نص؛ ربما قُطع. صدِّره مرة أخرى.</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows.</source>
        <translation>\%1 ليس تسلسل هروب يعرفه JSON.</translation>
    </message>
    <message>
        <source>a text is longer than %1 MiB, more than any message holds.</source>
        <translation>يوجد نص أطول من %1 MiB، أكثر مما تحويه أي رسالة.</translation>
    </message>
    <message>
        <source>a text holds a control character (such as a raw line break) that JSON does not allow inside quotes.</source>
        <translation>يوجد نص فيه محرف تحكّم (مثل فاصل أسطر خام) لا يسمح به JSON بين علامتي الاقتباس.</translation>
    </message>
    <message>
        <source>a text is not UTF-8. Use the file exactly as it was exported, without converting it to another encoding.</source>
        <translation>يوجد نص ليس بترميز UTF-8. استخدم الملف كما صُدِّر تمامًا، دون تحويله إلى ترميز آخر.</translation>
    </message>
    <message>
        <source>a number is longer than any export writes.</source>
        <translation>يوجد رقم أطول مما يكتبه أي ملف تصدير.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; ليس رقمًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value JSON knows (true, false or null).</source>
        <translation>&quot;%1&quot; ليست قيمة يعرفها JSON (true أو false أو null).</translation>
    </message>
    <message>
        <source>one message takes more than %1 MiB of the file, more than any message holds.</source>
        <translation>رسالة واحدة تشغل أكثر من %1 MiB من الملف، أكثر مما تحويه أي رسالة.</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON; the file is not one export.</source>
        <translation>يوجد المزيد بعد نهاية JSON؛ الملف ليس ملف تصدير واحدًا.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::MboxReader</name>
    <message>
        <source>%1: line %2 is longer than %3 MiB; this is not a mailbox Daymark can read.</source>
        <translation>%1: السطر %2 أطول من %3 MiB؛ هذا ليس صندوق بريد يستطيع Daymark قراءته.</translation>
    </message>
    <message>
        <source>%1 could not be read after line %2. Check that the file is complete and readable.</source>
        <translation>تعذّرت قراءة %1 بعد السطر %2. تحقّق أن الملف كامل وقابل للقراءة.</translation>
    </message>
    <message>
        <source>%1 is not an mbox mailbox: line %2 should start with &quot;From &quot; (the line that begins each message), but it reads &quot;%3&quot;.</source>
        <translation>%1 ليس صندوق بريد mbox: يجب أن يبدأ السطر %2 بـ &quot;From &quot; (السطر الذي تبدأ به كل رسالة)، لكنه &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: the message that starts on line %2 is larger than %3 MiB; Daymark does not import messages that large.</source>
        <translation>%1: الرسالة التي تبدأ في السطر %2 أكبر من %3 MiB؛ Daymark لا يستورد رسائل بهذا الحجم.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::Reader</name>
    <message>
        <source>Line %1, column %2 (element %3): %4 Nothing was imported.</source>
        <translation>السطر %1، العمود %2 (العنصر %3): %4 لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a time SMS Backup &amp; Restore writes (milliseconds since 1970).</source>
        <translation>التاريخ &quot;%1&quot; ليس وقتًا يكتبه SMS Backup &amp; Restore (أجزاء الثانية منذ 1970).</translation>
    </message>
    <message>
        <source>an MMS part (%1) is larger than Daymark reads from a backup.</source>
        <translation>جزء من رسالة MMS (%1) أكبر مما يقرؤه Daymark من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>the picture or file &quot;%1&quot; in an MMS is not valid base64.</source>
        <translation>الصورة أو الملف &quot;%1&quot; في رسالة MMS ليس base64 صالحًا.</translation>
    </message>
    <message>
        <source>The file is empty or holds no XML; it is not an SMS Backup &amp; Restore backup.</source>
        <translation>الملف فارغ أو لا يحوي XML؛ ليس نسخة احتياطية من SMS Backup &amp; Restore.</translation>
    </message>
    <message>
        <source>This XML file starts with &lt;%1&gt;, not &lt;smses&gt; or &lt;calls&gt;: it is not an SMS Backup &amp; Restore backup.</source>
        <translation>يبدأ ملف XML هذا بـ &lt;%1&gt;، لا بـ &lt;smses&gt; أو &lt;calls&gt;: ليس نسخة احتياطية من SMS Backup &amp; Restore.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::SignalParser</name>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again.</source>
        <translation>الملف فارغ: لا يحوي أي رسائل. صدِّر المحادثة مرة أخرى.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid date and time. Nothing was imported.</source>
        <translation>السطر %1: &quot;%2&quot; ليس تاريخًا ووقتًا صالحين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Line %1: the message that starts on line %2 is longer than any chat message; this is not a Signal export Daymark can read.</source>
        <translation>السطر %1: الرسالة التي تبدأ في السطر %2 أطول من أي رسالة محادثة؛ هذا ليس ملف تصدير Signal يستطيع Daymark قراءته.</translation>
    </message>
    <message>
        <source>This is not a Signal chat export: no line starts with a date and time in brackets the way Signal exports write them (such as &quot;[2019-12-24, 12:23] Jane Doe: Hello&quot;).</source>
        <translation>هذا ليس ملف محادثة مُصدَّرة من Signal: لا يبدأ أي سطر بتاريخ ووقت بين قوسين كما يكتبها Signal (مثل &quot;[2019-12-24, 12:23] Jane Doe: Hello&quot;).</translation>
    </message>
</context>
<context>
    <name>daymark::importers::Walker</name>
    <message>
        <source>&quot;messages&quot; should be a list of messages ([…]), not %1.</source>
        <translation>يجب أن تكون &quot;messages&quot; قائمة رسائل ([…])، لا %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>each message should be an object ({…}), not %1.</source>
        <translation>يجب أن تكون كل رسالة كائنًا ({…})، لا %1.</translation>
    </message>
    <message>
        <source>Lines %1-%2 (message %3): %4 Nothing was imported.</source>
        <translation>الأسطر %1-%2 (الرسالة %3): %4 لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Download your information from Instagram again.</source>
        <translation>الملف فارغ: لا يحوي أي رسائل. نزِّل معلوماتك من Instagram مرة أخرى (Download your information).</translation>
    </message>
    <message>
        <source>this file is a list, as Instagram&apos;s older messages.json was; Daymark reads the current export, where each conversation is a message_1.json file in messages/inbox.</source>
        <translation>هذا الملف قائمة، كما كان ملف messages.json القديم في Instagram؛ Daymark يقرأ التصدير الحالي، حيث كل محادثة ملف message_1.json في messages/inbox.</translation>
    </message>
    <message>
        <source>an Instagram messages file (message_1.json) starts with an object ({…}), not %1.</source>
        <translation>ملف رسائل Instagram (message_1.json) يبدأ بكائن ({…})، لا بـ %1.</translation>
    </message>
    <message>
        <source>This is not an Instagram messages export: it has no &quot;messages&quot; list. Choose the message_1.json file of a conversation (messages/inbox/NAME/message_1.json) from Instagram&apos;s Download your information, in the JSON format.</source>
        <translation>هذا ليس ملف رسائل مُصدَّرًا من Instagram: لا يحوي قائمة &quot;messages&quot;. اختر ملف message_1.json لمحادثة (messages/inbox/NAME/message_1.json) من خيار Download your information في Instagram، بصيغة JSON.</translation>
    </message>
    <message>
        <source>Lines %1-%2 (a message of the chat &quot;%3&quot;): %4 Nothing was imported.</source>
        <translation>الأسطر %1-%2 (رسالة من المحادثة &quot;%3&quot;): %4 لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>each chat in &quot;list&quot; should be an object ({…}), not %1.</source>
        <translation>يجب أن تكون كل محادثة في &quot;list&quot; كائنًا ({…})، لا %1.</translation>
    </message>
    <message>
        <source>&quot;chats&quot; should be an object with a &quot;list&quot; of chats, not %1.</source>
        <translation>يجب أن تكون &quot;chats&quot; كائنًا فيه &quot;list&quot; من المحادثات، لا %1.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again from Telegram Desktop.</source>
        <translation>الملف فارغ: لا يحوي أي رسائل. صدِّر المحادثة مرة أخرى من Telegram Desktop.</translation>
    </message>
    <message>
        <source>a Telegram export (result.json) starts with an object ({…}), not %1.</source>
        <translation>ملف تصدير Telegram (result.json) يبدأ بكائن ({…})، لا بـ %1.</translation>
    </message>
    <message>
        <source>This is not a Telegram export: it has neither a &quot;messages&quot; list (one chat) nor a &quot;chats&quot; list (a whole account). In Telegram Desktop choose Export chat history (or Export Telegram data) with the format &quot;Machine-readable JSON&quot;, and import its result.json.</source>
        <translation>هذا ليس ملف تصدير من Telegram: لا يحوي قائمة &quot;messages&quot; (محادثة واحدة) ولا قائمة &quot;chats&quot; (حساب كامل). في Telegram Desktop اختر Export chat history (أو Export Telegram data) بالصيغة &quot;Machine-readable JSON&quot;، واستورد ملف result.json الناتج.</translation>
    </message>
</context>
<context>
    <name>daymark::importers::WhatsAppParser</name>
    <message>
        <source>Date order: &apos;%1&apos; is not one of dmy, mdy, ymd.</source>
        <translation>ترتيب التاريخ: &apos;%1&apos; ليس من dmy وmdy وymd.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no messages. Export the chat again from WhatsApp.</source>
        <translation>الملف فارغ: لا يحوي أي رسائل. صدِّر المحادثة مرة أخرى من WhatsApp.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp writes them (such as &quot;23/06/2018, 13:55 - Name: text&quot; or &quot;[23/06/2018, 13:55:10] Name: text&quot;).</source>
        <translation>هذا ليس ملف محادثة مُصدَّرة من WhatsApp: لا يبدأ أي سطر بتاريخ ووقت كما يكتبهما WhatsApp (مثل &quot;23/06/2018, 13:55 - Name: text&quot; أو &quot;[23/06/2018, 13:55:10] Name: text&quot;).</translation>
    </message>
    <message>
        <source>Date order &apos;%1&apos; does not fit this chat: its years are written elsewhere (&quot;%2&quot;).</source>
        <translation>ترتيب التاريخ &apos;%1&apos; لا يناسب هذه المحادثة: السنوات فيها مكتوبة في موضع آخر (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The chat file could not be read a second time.</source>
        <translation>تعذّرت قراءة ملف المحادثة مرة ثانية.</translation>
    </message>
    <message>
        <source>Line %1: the message that starts on line %2 is longer than WhatsApp allows; this is not a chat export Daymark can read.</source>
        <translation>السطر %1: الرسالة التي تبدأ في السطر %2 أطول مما يسمح به WhatsApp؛ هذا ليس ملف تصدير محادثة يستطيع Daymark قراءته.</translation>
    </message>
</context>
<context>
    <name>daymark::insights</name>
    <message>
        <source>Incidents recorded more often</source>
        <translation>وقائع تُسجَّل بوتيرة أكبر</translation>
    </message>
    <message>
        <source>In the %1 weeks to %2 you recorded %3 incidents; in the %1 weeks before, %4.</source>
        <translation>في الأسابيع الـ %1 حتى %2 سجّلت من الوقائع: %3؛ وفي الأسابيع الـ %1 التي سبقتها: %4.</translation>
    </message>
    <message>
        <source>Contact in person after contact from a distance</source>
        <translation>تواصل وجهًا لوجه بعد تواصل عن بُعد</translation>
    </message>
    <message>
        <source>On %1 you recorded the first contact in person (%2, %3).</source>
        <translation>في %1 سجّلت أول تواصل وجهًا لوجه (%2، %3).</translation>
    </message>
    <message>
        <source>Before that, the contact you recorded was by phone, message or online: one incident, on %1.</source>
        <translation>قبل ذلك، كان التواصل الذي سجّلته عبر الهاتف أو الرسائل أو الإنترنت: واقعة واحدة، في %1.</translation>
    </message>
    <message>
        <source>Before that, the contact you recorded was by phone, message or online: %1 incidents, the first on %2.</source>
        <translation>قبل ذلك، كان التواصل الذي سجّلته عبر الهاتف أو الرسائل أو الإنترنت: الوقائع %1، أولها في %2.</translation>
    </message>
    <message>
        <source>Threats or violence recorded</source>
        <translation>تهديدات أو عنف مسجّل</translation>
    </message>
    <message>
        <source>On %1 you recorded the first threat or violence (%2, %3). Threats recorded: %4. Violence recorded: %5.</source>
        <translation>في %1 سجّلت أول تهديد أو عنف (%2، %3). التهديدات المسجّلة: %4. حالات العنف المسجّلة: %5.</translation>
    </message>
    <message>
        <source>Contact at your home or work</source>
        <translation>تواصل في بيتك أو عملك</translation>
    </message>
    <message>
        <source>You recorded one incident at your home or work, on %1.</source>
        <translation>سجّلت واقعة واحدة في بيتك أو عملك، في %1.</translation>
    </message>
    <message>
        <source>You recorded %1 incidents at your home or work, the first on %2 and the latest on %3.</source>
        <translation>سجّلت وقائع في بيتك أو عملك عددها %1، أولها في %2 وآخرها في %3.</translation>
    </message>
    <message>
        <source>Possible breaches of an order</source>
        <translation>خروقات محتملة لأمر حماية</translation>
    </message>
    <message>
        <source>You recorded one possible breach of a protection order, on %1.</source>
        <translation>سجّلت خرقًا محتملًا واحدًا لأمر حماية، في %1.</translation>
    </message>
    <message>
        <source>You recorded %1 possible breaches of a protection order, the first on %2 and the latest on %3.</source>
        <translation>سجّلت خروقات محتملة لأمر حماية عددها %1، أولها في %2 وآخرها في %3.</translation>
    </message>
    <message>
        <source>Other people drawn in</source>
        <translation>إقحام أشخاص آخرين</translation>
    </message>
    <message>
        <source>You recorded one incident of contact through other people, on %1.</source>
        <translation>سجّلت واقعة واحدة من التواصل عبر أشخاص آخرين، في %1.</translation>
    </message>
    <message>
        <source>You recorded %1 incidents of contact through other people, the first on %2 and the latest on %3.</source>
        <translation>سجّلت وقائع تواصل عبر أشخاص آخرين عددها %1، أولها في %2 وآخرها في %3.</translation>
    </message>
    <message>
        <source>These are patterns in what you recorded, not a judgement of risk. If they worry you, talk to the police (101) or the National Stalking Helpline (0808 802 0300). If you are in danger now, call 999.</source>
        <translation>هذه أنماط فيما سجّلته، وليست حكمًا على درجة الخطر. إن كانت تقلقك، فتحدّث إلى الشرطة (101) أو إلى National Stalking Helpline (خط المساعدة الوطني لضحايا الملاحقة، 0808 802 0300). إن كنت في خطر الآن، فاتصل بـ 999.</translation>
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
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Are you very frightened of this person and of what they might do?</source>
        <translation>هل أنت خائف جدًا من هذا الشخص ومما قد يفعله؟</translation>
    </message>
    <message>
        <source>Before this began, had this person stalked, harassed or abused you, or anyone else?</source>
        <translation>قبل أن يبدأ هذا، هل سبق لهذا الشخص أن لاحقك أو تحرّش بك أو أساء إليك، أو فعل ذلك بأي شخص آخر؟</translation>
    </message>
    <message>
        <source>Has this person damaged or destroyed anything belonging to you or to people close to you?</source>
        <translation>هل أتلف هذا الشخص أو دمّر أي شيء يخصّك أو يخصّ أشخاصًا مقرّبين منك؟</translation>
    </message>
    <message>
        <source>Has this person turned up uninvited where you are (at home, at work or elsewhere) more than three times in one week?</source>
        <translation>هل حضر هذا الشخص دون دعوة إلى حيث تكون (في البيت أو العمل أو غيرهما) أكثر من ثلاث مرات في أسبوع واحد؟</translation>
    </message>
    <message>
        <source>Has this person followed you, or waited or hung around near your home, your work or places you go?</source>
        <translation>هل تعقّبك هذا الشخص، أو انتظر أو تسكّع قرب بيتك أو عملك أو الأماكن التي تذهب إليها؟</translation>
    </message>
    <message>
        <source>Has this person threatened to hurt you physically or sexually, or to kill you?</source>
        <translation>هل هدّدك هذا الشخص بإيذائك جسديًا أو جنسيًا، أو بقتلك؟</translation>
    </message>
    <message>
        <source>Has this person hurt you physically or sexually?</source>
        <translation>هل آذاك هذا الشخص جسديًا أو جنسيًا؟</translation>
    </message>
    <message>
        <source>Since this began, has this person also gone after people around you: family, children, friends, colleagues or a new partner?</source>
        <translation>منذ أن بدأ هذا، هل استهدف هذا الشخص أيضًا من حولك: العائلة، أو الأطفال، أو الأصدقاء، أو الزملاء، أو شريكًا جديدًا؟</translation>
    </message>
    <message>
        <source>As far as you know, has this person been violent towards anyone else?</source>
        <translation>بحسب ما تعرف، هل كان هذا الشخص عنيفًا مع أي شخص آخر؟</translation>
    </message>
    <message>
        <source>Has this person got other people to help them: passing on messages, watching you or finding out where you are?</source>
        <translation>هل جعل هذا الشخص أشخاصًا آخرين يساعدونه: بنقل الرسائل، أو مراقبتك، أو معرفة مكانك؟</translation>
    </message>
    <message>
        <source>In the past year, has this person had problems with alcohol, drugs or their mental health?</source>
        <translation>في السنة الماضية، هل عانى هذا الشخص من مشكلات مع الكحول أو المخدرات أو صحته النفسية؟</translation>
    </message>
    <message>
        <source>Is this person known to have been violent in the past, or to have a record for violence?</source>
        <translation>هل يُعرف عن هذا الشخص أنه كان عنيفًا في الماضي، أو أن له سجلًّا في العنف؟</translation>
    </message>
    <message>
        <source>Has this person ignored a court order, bail conditions or a warning from the police?</source>
        <translation>هل تجاهل هذا الشخص أمر محكمة، أو شروط كفالة، أو تحذيرًا من الشرطة؟</translation>
    </message>
    <message>
        <source>Has what this person does become more frequent or more serious lately?</source>
        <translation>هل أصبح ما يفعله هذا الشخص أكثر تكرارًا أو أكثر خطورة مؤخرًا؟</translation>
    </message>
    <message>
        <source>Were you and this person ever in a relationship?</source>
        <translation>هل كانت بينك وبين هذا الشخص علاقة في أي وقت؟</translation>
    </message>
    <message>
        <source>Does this person have access to weapons, or have they talked about using one?</source>
        <translation>هل يستطيع هذا الشخص الوصول إلى أسلحة، أو هل تحدّث عن استخدام سلاح؟</translation>
    </message>
    <message>
        <source>Have you changed your daily life because of this person: your routes, your work, where you stay?</source>
        <translation>هل غيّرت حياتك اليومية بسبب هذا الشخص: طرقك، أو عملك، أو مكان إقامتك؟</translation>
    </message>
</context>
<context>
    <name>daymark::insights::ContactKinds</name>
    <message>
        <source>in person|face to face</source>
        <comment>channel names meaning in person, separated by |</comment>
        <translation>in person|face to face|وجهًا لوجه|وجها لوجه|شخصيًا|شخصيا</translation>
    </message>
    <message>
        <source>home|work</source>
        <comment>tags meaning the person&apos;s home or work, separated by |</comment>
        <translation>home|work|البيت|المنزل|العمل</translation>
    </message>
    <message>
        <source>my home|my house|my flat|my front door|my door|my garden|my driveway|at home|my work|my workplace|my office|at work</source>
        <comment>phrases in a place meaning the person&apos;s own home or work, separated by |</comment>
        <translation>my home|my house|my flat|my front door|my door|my garden|my driveway|at home|my work|my workplace|my office|at work|بيتي|منزلي|شقتي|باب بيتي|باب منزلي|بابي|حديقتي|مدخل بيتي|في البيت|في المنزل|عملي|مكان عملي|مكتبي|في العمل</translation>
    </message>
</context>
<context>
    <name>daymark::insights::Screening</name>
    <message>
        <source>There is no screening question &apos;%1&apos;. Use one of the codes &apos;screening --questions&apos; lists.</source>
        <translation>لا يوجد سؤال تقييم باسم &apos;%1&apos;. استخدم أحد الرموز التي يسردها &apos;screening --questions&apos;.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>لم تُجَب</translation>
    </message>
</context>
<context>
    <name>daymark::report</name>
    <message>
        <source>exhibits/          The original evidence files, byte for byte as they were when added to the
                   diary, each named by its exhibit number (exhibit JS/1 is JS-1_...). The
                   PDF and incidents.csv refer to them by these numbers.
</source>
        <translation>exhibits/          ملفات الأدلة الأصلية، بايتًا ببايت كما كانت عند إضافتها إلى
                   الدفتر، وكل منها مُسمّى برقم الدليل (الدليل JS/1 هو JS-1_...). يشير
                   ملف PDF وincidents.csv إليها بهذه الأرقام.
</translation>
    </message>
    <message>
        <source>(The original evidence files were left out of this bundle on purpose; the PDF lists them with their SHA-256.)
</source>
        <translation>(استُبعدت ملفات الأدلة الأصلية من هذه الحزمة عن قصد؛ ويسردها ملف PDF مع قيم SHA-256 الخاصة بها.)
</translation>
    </message>
    <message>
        <source>EVIDENCE BUNDLE - INCIDENT DIARY
================================

This bundle was exported from a Daymark incident diary on %1 (UTC).
Incidents: %2. Exhibits: %3.
Diary fingerprint at export: %4

WHAT IS INSIDE

timeline.pdf       The incidents in time order, with exhibit numbers. Start here.
%5incidents.csv      The same incidents as a spreadsheet (opens in Excel).
incidents.json     The same incidents, people, orders and exhibits for software.
manifest.json      A list of every file with its size and SHA-256 hash.
manifest.sig       A digital signature of manifest.json made with the diary&apos;s key.
signing-key.pem    The diary&apos;s public key, to check that signature.
SHA256SUMS         The SHA-256 hash of every other file in the bundle.
README.txt         This file.

HOW TO CHECK IT

Unzip the bundle into an empty folder, open a terminal in that folder and run:

  sha256sum -c SHA256SUMS

Every line must end in &quot;OK&quot;. Then check the signature:

  openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig

It must print &quot;Signature Verified Successfully&quot;. (OpenSSL 3.0 or later. On Windows, &apos;certutil -hashfile FILE SHA256&apos; shows one file&apos;s hash to compare with SHA256SUMS.)
With Daymark installed, &apos;daymark-cli verify BUNDLE.zip&apos; does both checks at once and also reports any file added or removed.

WHAT THE CHECKS PROVE, AND WHAT THEY DO NOT

- If both checks pass, no file in this bundle has been changed since it was exported, and the list of files was signed by the holder of the diary&apos;s key.
- The exhibit files are the same bytes as when they were added to the diary; their SHA-256 was taken at that time and is shown in the PDF and incidents.json.
- The signature shows which diary made the bundle only if you compare the fingerprint above, or the key in signing-key.pem, with one the diary&apos;s owner gave you separately (for example read aloud, or sent earlier). Anyone can make a new key and sign a changed bundle with it.
- The checks do not prove that what the diary says is true, or that an incident happened at the time given. Each entry shows when it happened and, separately, when it was written down; later changes are shown as amendments with the earlier text.
- Details may have been redacted on purpose before export; they appear as &quot;%6&quot;. Private notes are left out unless the owner chose to include them.
</source>
        <translation>حزمة أدلة - دفتر يوميات الوقائع
================================

صُدِّرت هذه الحزمة من دفتر يوميات وقائع في Daymark بتاريخ %1 (UTC).
الوقائع: %2. الأدلة: %3.
بصمة الدفتر عند التصدير: %4

ما في داخلها

timeline.pdf       الوقائع بترتيبها الزمني، مع أرقام الأدلة. ابدأ من هنا.
%5incidents.csv      الوقائع نفسها كجدول بيانات (يُفتح في Excel).
incidents.json     الوقائع والأشخاص والأوامر والأدلة نفسها، للبرامج.
manifest.json      قائمة بكل ملف مع حجمه وقيمة تجزئة SHA-256 الخاصة به.
manifest.sig       توقيع رقمي لملف manifest.json مصنوع بمفتاح الدفتر.
signing-key.pem    المفتاح العام للدفتر، للتحقق من ذلك التوقيع.
SHA256SUMS         قيمة تجزئة SHA-256 لكل ملف آخر في الحزمة.
README.txt         هذا الملف.

كيف تتحقق منها

فُكَّ ضغط الحزمة في مجلد فارغ، وافتح طرفية في ذلك المجلد وشغّل:

  sha256sum -c SHA256SUMS

يجب أن ينتهي كل سطر بـ &quot;OK&quot;. ثم تحقّق من التوقيع:

  openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig

يجب أن يطبع &quot;Signature Verified Successfully&quot;. (OpenSSL 3.0 أو أحدث. في Windows، يعرض &apos;certutil -hashfile FILE SHA256&apos; قيمة تجزئة ملف واحد لمقارنتها بـ SHA256SUMS.)
إن كان Daymark مثبّتًا، فالأمر &apos;daymark-cli verify BUNDLE.zip&apos; يجري الفحصين معًا ويبلّغ أيضًا عن أي ملف أُضيف أو حُذف.

ما تُثبته الفحوص وما لا تُثبته

- إن نجح الفحصان، فلم يتغيّر أي ملف في هذه الحزمة منذ تصديرها، وقائمة الملفات وقّعها حامل مفتاح الدفتر.
- ملفات الأدلة هي البايتات نفسها التي كانت عند إضافتها إلى الدفتر؛ أُخذت قيمة SHA-256 الخاصة بها في ذلك الوقت وهي معروضة في ملف PDF وفي incidents.json.
- التوقيع يُثبت أي دفتر أنشأ الحزمة فقط إذا قارنت البصمة أعلاه، أو المفتاح في signing-key.pem، بما أعطاك إياه صاحب الدفتر بشكل منفصل (مثلًا قرأه لك بصوت عالٍ، أو أرسله سابقًا). يستطيع أي شخص إنشاء مفتاح جديد وتوقيع حزمة مُغيَّرة به.
- لا تُثبت الفحوص أن ما يقوله الدفتر صحيح، ولا أن الواقعة حدثت في الوقت المذكور. كل إدخال يُظهر متى حدث، ويُظهر بشكل منفصل متى دُوِّن؛ والتغييرات اللاحقة تظهر كتعديلات مع النص السابق.
- ربما حُجبت بعض التفاصيل عن قصد قبل التصدير؛ وتظهر على شكل &quot;%6&quot;. الملاحظات الخاصة مُستبعدة ما لم يختر صاحب الدفتر تضمينها.
</translation>
    </message>
    <message>
        <source>%1: this folder name could put files outside the folder the bundle is unzipped into. The bundle was tampered with.</source>
        <translation>%1: اسم هذا المجلد قد يضع ملفات خارج المجلد الذي تُفكّ فيه الحزمة. تم العبث بالحزمة.</translation>
    </message>
    <message>
        <source>%1: this name could put a file outside the folder the bundle is unzipped into. The bundle was tampered with.</source>
        <translation>%1: هذا الاسم قد يضع ملفًا خارج المجلد الذي تُفكّ فيه الحزمة. تم العبث بالحزمة.</translation>
    </message>
    <message>
        <source>%1 is in the bundle more than once. The bundle was tampered with.</source>
        <translation>%1 موجود في الحزمة أكثر من مرة. تم العبث بالحزمة.</translation>
    </message>
    <message>
        <source>%1 and %2 differ only in capital letters, so one would replace the other when unzipped on Windows or macOS. The bundle was tampered with.</source>
        <translation>%1 و%2 لا يختلفان إلا في الأحرف الكبيرة، فيحلّ أحدهما محلّ الآخر عند فكّ الضغط في Windows أو macOS. تم العبث بالحزمة.</translation>
    </message>
    <message>
        <source>%1 could not be read from the zip (%2): it was changed or damaged after export.</source>
        <translation>تعذّرت قراءة %1 من ملف zip (%2): غُيِّر أو تلف بعد التصدير.</translation>
    </message>
    <message>
        <source>%1 is missing from the bundle, so it cannot be checked. Ask for the bundle to be sent again.</source>
        <translation>%1 مفقود من الحزمة، لذلك لا يمكن التحقق منه. اطلب إرسال الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>SHA256SUMS has a line that is not a hash and a file name: it was changed after export.</source>
        <translation>في SHA256SUMS سطر ليس قيمة تجزئة واسم ملف: غُيِّر بعد التصدير.</translation>
    </message>
    <message>
        <source>%1 is listed twice in SHA256SUMS: the list was changed after export.</source>
        <translation>%1 مذكور مرتين في SHA256SUMS: غُيِّرت القائمة بعد التصدير.</translation>
    </message>
    <message>
        <source>%1 is listed in SHA256SUMS but is missing from the bundle: it was removed after export.</source>
        <translation>%1 مذكور في SHA256SUMS لكنه مفقود من الحزمة: حُذف بعد التصدير.</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS: the file was changed after export.</source>
        <translation>%1 لا يطابق قيمة SHA-256 الخاصة به في SHA256SUMS: غُيِّر الملف بعد التصدير.</translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS: it was added to the bundle after export.</source>
        <translation>%1 غير مذكور في SHA256SUMS: أُضيف إلى الحزمة بعد التصدير.</translation>
    </message>
    <message>
        <source>manifest.json is not a Daymark bundle manifest: it was changed, or this is not an evidence bundle.</source>
        <translation>manifest.json ليس بيان حزمة من Daymark: غُيِّر، أو هذه ليست حزمة أدلة.</translation>
    </message>
    <message>
        <source>%1 is listed twice in manifest.json.</source>
        <translation>%1 مذكور مرتين في manifest.json.</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but is missing from the bundle: it was removed after export.</source>
        <translation>%1 مذكور في manifest.json لكنه مفقود من الحزمة: حُذف بعد التصدير.</translation>
    </message>
    <message>
        <source>%1 does not match its size and SHA-256 in manifest.json: the file was changed after export.</source>
        <translation>%1 لا يطابق حجمه وقيمة SHA-256 الخاصة به في manifest.json: غُيِّر الملف بعد التصدير.</translation>
    </message>
    <message>
        <source>%1 is not listed in manifest.json: it was added to the bundle after export.</source>
        <translation>%1 غير مذكور في manifest.json: أُضيف إلى الحزمة بعد التصدير.</translation>
    </message>
    <message>
        <source>SHA256SUMS does not agree with the signed manifest.json: it was changed after export.</source>
        <translation>SHA256SUMS لا يتفق مع manifest.json الموقّع: غُيِّر بعد التصدير.</translation>
    </message>
    <message>
        <source>signing-key.pem is not an Ed25519 public key: it was changed after export.</source>
        <translation>signing-key.pem ليس مفتاحًا عامًا من نوع Ed25519: غُيِّر بعد التصدير.</translation>
    </message>
    <message>
        <source>signing-key.pem is not the key manifest.json names: one of them was changed after export.</source>
        <translation>signing-key.pem ليس المفتاح الذي يذكره manifest.json: غُيِّر أحدهما بعد التصدير.</translation>
    </message>
    <message>
        <source>manifest.sig is not a valid signature of manifest.json by signing-key.pem: manifest.json or manifest.sig was changed after export.</source>
        <translation>manifest.sig ليس توقيعًا صالحًا لملف manifest.json بالمفتاح signing-key.pem: غُيِّر manifest.json أو manifest.sig بعد التصدير.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>أُلغي. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Exhibit %1 does not match the SHA-256 taken when it was added. Run &apos;check&apos; on the diary and restore it from a backup. No bundle was written.</source>
        <translation>الدليل %1 لا يطابق قيمة SHA-256 المأخوذة عند إضافته. شغّل &apos;check&apos; على الدفتر واستعِده من نسخة احتياطية. لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>تعذّرت كتابة %1: %2.</translation>
    </message>
    <message>
        <source>Where incidents happened</source>
        <translation>أماكن وقوع الوقائع</translation>
    </message>
    <message>
        <source>Map positions</source>
        <translation>المواقع على الخريطة</translation>
    </message>
    <message>
        <source>Numbers, addresses and accounts used in incidents</source>
        <translation>الأرقام والعناوين والحسابات المستخدمة في الوقائع</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>كيف أثّر ذلك عليك</translation>
    </message>
    <message>
        <source>Notes about witnesses</source>
        <translation>ملاحظات عن الشهود</translation>
    </message>
    <message>
        <source>Police officers&apos; names</source>
        <translation>أسماء ضباط الشرطة</translation>
    </message>
    <message>
        <source>Police references</source>
        <translation>مراجع الشرطة</translation>
    </message>
    <message>
        <source>People&apos;s addresses</source>
        <translation>عناوين الأشخاص</translation>
    </message>
    <message>
        <source>People&apos;s phone numbers</source>
        <translation>أرقام هواتف الأشخاص</translation>
    </message>
    <message>
        <source>People&apos;s e-mail addresses</source>
        <translation>عناوين البريد الإلكتروني للأشخاص</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[محجوب]</translation>
    </message>
    <message>
        <source>What the fingerprint, hashes and signature prove</source>
        <translation>ما تُثبته البصمة وقيم التجزئة والتوقيع</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translation>•  %1</translation>
    </message>
    <message>
        <source>This document was made by Daymark from the diary with the fingerprint %1 on %2. The diary keeps a journal: every entry, amendment, deletion and exhibit is a record that carries the SHA-256 hash of the record before it, so no record can be changed, removed or inserted later without breaking the chain.</source>
        <translation>أنشأ Daymark هذا المستند من الدفتر ذي البصمة %1 بتاريخ %2. يحتفظ الدفتر بسجلّ عمليات: كل إدخال وتعديل وحذف ودليل هو قيد يحمل قيمة تجزئة SHA-256 للقيد الذي قبله، فلا يمكن تغيير أي قيد أو حذفه أو إدراجه لاحقًا دون كسر السلسلة.</translation>
    </message>
    <message>
        <source>What they prove</source>
        <translation>ما تُثبته</translation>
    </message>
    <message>
        <source>The evidence bundle is unchanged since it was exported. Its manifest lists every file with its SHA-256 and is signed with the diary&apos;s own Ed25519 key; changing, adding or removing any file, this document included, makes the check fail (sha256sum -c SHA256SUMS, and openssl pkeyutl -verify as the bundle&apos;s README explains).</source>
        <translation>حزمة الأدلة لم تتغيّر منذ تصديرها. بيانها يسرد كل ملف مع قيمة SHA-256 الخاصة به وهو موقّع بمفتاح Ed25519 الخاص بالدفتر نفسه؛ وتغيير أي ملف أو إضافته أو حذفه، بما فيه هذا المستند، يجعل الفحص يفشل (sha256sum -c SHA256SUMS، وopenssl pkeyutl -verify كما يشرح ملف README في الحزمة).</translation>
    </message>
    <message>
        <source>Each exhibit is the file that was added to the diary: its SHA-256 was taken when it was added and is the same in the exhibit list, the manifest and the bundle.</source>
        <translation>كل دليل هو الملف الذي أُضيف إلى الدفتر: أُخذت قيمة SHA-256 الخاصة به عند إضافته وهي نفسها في قائمة الأدلة وفي البيان وفي الحزمة.</translation>
    </message>
    <message>
        <source>Entries were recorded at the times this diary shows, in the order shown: each recorded time is part of the journal chain, and every amendment keeps the earlier version, its reason and its time.</source>
        <translation>سُجِّلت الإدخالات في الأوقات التي يُظهرها هذا الدفتر، وبالترتيب المعروض: كل وقت مسجّل جزء من سلسلة سجلّ العمليات، وكل تعديل يحتفظ بالنسخة السابقة وسببه ووقته.</translation>
    </message>
    <message>
        <source>The diary&apos;s journal as a whole had the fingerprint above when this document was made. If the fingerprint was sent to someone earlier, that copy shows the diary already existed in that state at that time.</source>
        <translation>كانت لسجلّ عمليات الدفتر كاملًا البصمة المذكورة أعلاه حين أُنشئ هذا المستند. إن كانت البصمة قد أُرسلت إلى شخص ما سابقًا، فتلك النسخة تُظهر أن الدفتر كان موجودًا بتلك الحالة في ذلك الوقت.</translation>
    </message>
    <message>
        <source>What they do not prove</source>
        <translation>ما لا تُثبته</translation>
    </message>
    <message>
        <source>That the events happened as described. The diary is the account of the person who kept it; the hashes show only that the account was not changed without a trace after it was written.</source>
        <translation>أن الأحداث وقعت كما وُصفت. الدفتر هو رواية الشخص الذي احتفظ به؛ وقيم التجزئة تُظهر فقط أن الرواية لم تُغيَّر دون أثر بعد كتابتها.</translation>
    </message>
    <message>
        <source>That the computer the diary was kept on was not tampered with before an entry was recorded, or that its clock was right. Recorded times come from that computer&apos;s clock.</source>
        <translation>أن الحاسوب الذي حُفظ عليه الدفتر لم يُعبث به قبل تسجيل إدخال ما، أو أن ساعته كانت مضبوطة. الأوقات المسجّلة مأخوذة من ساعة ذلك الحاسوب.</translation>
    </message>
    <message>
        <source>Who made an exhibit, or that it shows what it seems to show: only that the file is the one added.</source>
        <translation>من صنع الدليل، أو أنه يُظهر ما يبدو أنه يُظهره: فقط أن الملف هو الملف الذي أُضيف.</translation>
    </message>
    <message>
        <source>That nothing was left out. The export includes only what the person chose; the cover states the period covered, and entries deleted in the diary are not shown.</source>
        <translation>أن شيئًا لم يُستبعد. التصدير يتضمن فقط ما اختاره الشخص؛ والغلاف يذكر الفترة المشمولة، والإدخالات المحذوفة في الدفتر لا تظهر.</translation>
    </message>
    <message>
        <source>The signature shows which diary signed the bundle, not who the person is: the signing key was made with the diary and is not certified by anyone.</source>
        <translation>التوقيع يُظهر أي دفتر وقّع الحزمة، لا هوية الشخص: مفتاح التوقيع أُنشئ مع الدفتر ولم تصادق عليه أي جهة.</translation>
    </message>
    <message>
        <source>Times written &quot;approx.&quot; are the person&apos;s best estimate of when something happened. The gap between when an incident happened and when it was recorded is shown beside every entry.</source>
        <translation>الأوقات المكتوب بجانبها &quot;تقريبًا&quot; هي أفضل تقدير للشخص لوقت حدوث الشيء. الفرق بين وقت حدوث الواقعة ووقت تسجيلها معروض بجانب كل إدخال.</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Each exhibit is an original file kept byte for byte in the diary since it was added. The SHA-256 was taken when it was added; the same file in the evidence bundle has the same SHA-256, which anyone can check with sha256sum.</source>
        <translation>كل دليل ملف أصلي محفوظ بايتًا ببايت في الدفتر منذ إضافته. أُخذت قيمة SHA-256 عند إضافته؛ والملف نفسه في حزمة الأدلة له قيمة SHA-256 نفسها، ويستطيع أي شخص التحقق منها بالأمر sha256sum.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Description and original file name</source>
        <translation>الوصف واسم الملف الأصلي</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>No exhibits are included in this export.</source>
        <translation>لا توجد أدلة في هذا التصدير.</translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation>%1
الملف: %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Time of day and day of the week</source>
        <translation>وقت اليوم ويوم الأسبوع</translation>
    </message>
    <message>
        <source>How many incidents happened in each hour of each day of the week, at the local time each was recorded with. Darker squares: more incidents. The busiest hour has %1.</source>
        <translation>عدد الوقائع في كل ساعة من كل يوم من أيام الأسبوع، بالتوقيت المحلي الذي سُجِّلت به كل واقعة. المربعات الأغمق: وقائع أكثر. في أكثر الساعات ازدحامًا: %1.</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1، الشرط %2: %3</translation>
    </message>
    <message>
        <source>Reported to the police.</source>
        <translation>أُبلغت الشرطة.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>الضابط: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>المعنيون</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>سُجِّلت</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>استُعيدت</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>مُعدَّلة</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>عُدِّلت</translation>
    </message>
    <message>
        <source>This is version %1, last changed %2. Reason given: %3</source>
        <translation>هذه هي النسخة %1، آخر تغيير %2. السبب المذكور: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Version %1, %2 %3</source>
        <translation>النسخة %1، %2 %3</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. السبب: %2</translation>
    </message>
    <message>
        <source>Differences from the version after it:</source>
        <translation>الفروق عن النسخة التي بعدها:</translation>
    </message>
    <message>
        <source>#%1   %2   %3</source>
        <translation>#%1   %2   %3</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Children were present.</source>
        <translation>كان أطفال حاضرين.</translation>
    </message>
    <message>
        <source>Possible breach</source>
        <translation>خرق محتمل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>سُجِّلت</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation>السجلّ الزمني</translation>
    </message>
    <message>
        <source>Each entry shows when it happened, then when it was written down in the diary, and every earlier version where it was amended. Numbers such as #12 are the diary&apos;s own entry numbers; exhibit numbers such as %1/1 refer to the exhibit list.</source>
        <translation>كل إدخال يُظهر متى حدث، ثم متى دُوِّن في الدفتر، وكل نسخة سابقة له إن كان قد عُدِّل. الأرقام مثل #12 هي أرقام الإدخالات في الدفتر نفسه؛ وأرقام الأدلة مثل %1/1 تشير إلى قائمة الأدلة.</translation>
    </message>
    <message>
        <source>No incidents are included in this export.</source>
        <translation>لا توجد وقائع في هذا التصدير.</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>الوقائع حسب النوع</translation>
    </message>
    <message>
        <source>Incidents in total</source>
        <translation>مجموع الوقائع</translation>
    </message>
    <message>
        <source>Incidents recorded as possible breaches of a protection order</source>
        <translation>الوقائع المسجّلة كخروقات محتملة لأمر حماية</translation>
    </message>
    <message>
        <source>Diary fingerprint</source>
        <translation>بصمة الدفتر</translation>
    </message>
    <message>
        <source>The fingerprint identifies the diary&apos;s journal as it stood when this document was made. It matches the fingerprint in the evidence bundle&apos;s manifest; a copy sent to someone earlier shows the diary existed in that state at that time. The QR code holds the same text.</source>
        <translation>البصمة تحدّد سجلّ عمليات الدفتر كما كان حين أُنشئ هذا المستند. وهي تطابق البصمة في بيان حزمة الأدلة؛ والنسخة المُرسلة إلى شخص ما سابقًا تُظهر أن الدفتر كان موجودًا بتلك الحالة في ذلك الوقت. رمز QR يحمل النص نفسه.</translation>
    </message>
    <message>
        <source>Incident diary: timeline of events</source>
        <translation>دفتر يوميات الوقائع: الخط الزمني للأحداث</translation>
    </message>
    <message>
        <source>A record of stalking and harassment kept in an encrypted Daymark diary, exported for the police with its evidence.</source>
        <translation>سجلّ للملاحقة والتحرّش محفوظ في دفتر يوميات Daymark مشفّر، مُصدَّر للشرطة مع أدلته.</translation>
    </message>
    <message>
        <source>Whose diary</source>
        <translation>صاحب الدفتر</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>الفترة المشمولة</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>No incidents are included.</source>
        <translation>لا توجد وقائع مشمولة.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>صُدِّر</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>All times are local time in %1 (%2) unless an entry says otherwise.</source>
        <translation>كل الأوقات بالتوقيت المحلي في %1 (%2) ما لم يذكر الإدخال غير ذلك.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>%1 (approx.)</source>
        <translation>%1 (تقريبًا)</translation>
    </message>
    <message>
        <source>within a minute of when it happened</source>
        <translation>خلال دقيقة من وقت حدوثها</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 after it happened</source>
        <translation>بعد حدوثها بـ %1</translation>
    </message>
    <message>
        <source>%1 before the time given</source>
        <translation>قبل الوقت المذكور بـ %1</translation>
    </message>
    <message>
        <source>%1
(%2 bytes)</source>
        <translation>%1
(%2 بايت)</translation>
    </message>
    <message>
        <source>Diary fingerprint: %1</source>
        <translation>بصمة الدفتر: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: Daymark was started without its graphics support.</source>
        <translation>تعذّر إنشاء ملف PDF: شُغِّل Daymark دون دعم الرسوميات.</translation>
    </message>
    <message>
        <source>Making the PDF was cancelled; nothing was kept.</source>
        <translation>أُلغي إنشاء ملف PDF؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check that there is space and that the place you chose can be written to.</source>
        <translation>تعذّرت كتابة ملف PDF. تأكّد من وجود مساحة كافية ومن إمكانية الكتابة في المكان الذي اخترته.</translation>
    </message>
    <message>
        <source>%1, registration %2</source>
        <translation>%1، رقم اللوحة %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>معروف أيضًا باسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>المركبات</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهواتف</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>صدر</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>بُلِّغ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>الشرط %1</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message>
        <source>Possible breaches</source>
        <translation>الخروقات المحتملة</translation>
    </message>
    <message>
        <source>None recorded among the incidents in this document.</source>
        <translation>لا شيء مسجّل بين الوقائع في هذا المستند.</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>أوامر الحماية</translation>
    </message>
    <message>
        <source>Each condition is followed by the incidents recorded in the diary as possible breaches of it. Whether an incident is a breach is for the police and the court to decide.</source>
        <translation>يلي كل شرط الوقائعُ المسجّلة في الدفتر كخروقات محتملة له. تقرير ما إذا كانت الواقعة خرقًا يعود إلى الشرطة والمحكمة.</translation>
    </message>
    <message>
        <source>The QR code of the fingerprint could not be made.</source>
        <translation>تعذّر إنشاء رمز QR للبصمة.</translation>
    </message>
    <message>
        <source>Annex: risk screening answers</source>
        <translation>ملحق: إجابات تقييم الخطر</translation>
    </message>
    <message>
        <source>The latest answers the person gave in Daymark to the stalking risk screening questions (the themes of the S-DASH screening used by UK police and support services, in Daymark&apos;s own words). They are the person&apos;s own answers: Daymark does not score them or judge the risk. Earlier answers are kept in the diary with their dates.</source>
        <translation>آخر الإجابات التي أعطاها الشخص في Daymark عن أسئلة تقييم خطر الملاحقة (مواضيع تقييم S-DASH الذي تستخدمه الشرطة وخدمات الدعم في المملكة المتحدة، بصياغة Daymark). هي إجابات الشخص نفسه: Daymark لا يعطيها درجات ولا يحكم على الخطر. الإجابات السابقة محفوظة في الدفتر مع تواريخها.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (answered %2; changed %3 times since first answered)</source>
        <translation>%1 (أُجيب في %2؛ وتغيّرت الإجابة %3 مرة منذ أول إجابة)</translation>
    </message>
    <message>
        <source>%1 (answered %2)</source>
        <translation>%1 (أُجيب في %2)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>In this export</source>
        <translation>في هذا التصدير</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>لا معاينة</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>أنواع أخرى</translation>
    </message>
    <message>
        <source>Incidents over time</source>
        <translation>الوقائع عبر الزمن</translation>
    </message>
    <message>
        <source>Incidents per week (weeks start on Monday), by type.</source>
        <translation>الوقائع في كل أسبوع (يبدأ الأسبوع يوم الاثنين)، حسب النوع.</translation>
    </message>
    <message>
        <source>Incidents per %1 days, by type.</source>
        <translation>الوقائع في كل %1 يوم، حسب النوع.</translation>
    </message>
    <message>
        <source>%1 Most in one bar: %2.</source>
        <translation>%1 أعلى عمود: %2.</translation>
    </message>
    <message>
        <source>The line is the average of the last %1 weeks, so a rise stands out from the ups and downs.</source>
        <translation>الخط هو متوسط آخر %1 أسابيع، فيبرز الارتفاع وسط التقلبات.</translation>
    </message>
    <message>
        <source>The line is the average of the last %1 bars, so a rise stands out from the ups and downs.</source>
        <translation>الخط هو متوسط آخر %1 أعمدة، فيبرز الارتفاع وسط التقلبات.</translation>
    </message>
    <message>
        <source>Average of the last %1 weeks</source>
        <translation>متوسط آخر %1 أسابيع</translation>
    </message>
    <message>
        <source>Average of the last %1 bars</source>
        <translation>متوسط آخر %1 أعمدة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1، الشرط %2</translation>
    </message>
</context>
<context>
    <name>daymark::report::AtomicOutput</name>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>‏%1 موجود من قبل. اختر اسم ملف جديدًا؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists.</source>
        <translation>المجلد %1 غير موجود. اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>تعذّرت كتابة %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be created (it may have appeared meanwhile). Choose a new file name.</source>
        <translation>تعذّر إنشاء %1 (ربما ظهر في هذه الأثناء). اختر اسم ملف جديدًا.</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipReader</name>
    <message>
        <source>There is no file %1. Check the name and try again.</source>
        <translation>لا يوجد ملف %1. تحقّق من الاسم وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 could not be read as a zip file (%2). It is damaged or not an evidence bundle.</source>
        <translation>تعذّرت قراءة %1 كملف zip (%2). إنه تالف أو ليس حزمة أدلة.</translation>
    </message>
    <message>
        <source>Cancelled. The bundle was not fully checked.</source>
        <translation>أُلغي. لم يكتمل فحص الحزمة.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>إنه كبير جدًا</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipWriter</name>
    <message>
        <source>A bundle entry was started out of order.</source>
        <translation>بُدئ عنصر في الحزمة خارج الترتيب.</translation>
    </message>
    <message>
        <source>Compressing a file for the bundle failed.</source>
        <translation>فشل ضغط ملف للحزمة.</translation>
    </message>
    <message>
        <source>Bytes were written to a bundle with no entry started.</source>
        <translation>كُتبت بايتات في حزمة دون بدء عنصر.</translation>
    </message>
    <message>
        <source>A bundle entry was finished without being started.</source>
        <translation>أُنهي عنصر في الحزمة دون أن يُبدأ.</translation>
    </message>
    <message>
        <source>A file for the bundle was larger than announced.</source>
        <translation>كان ملف للحزمة أكبر من الحجم المُعلن.</translation>
    </message>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation>فشلت كتابة الحزمة: %1.</translation>
    </message>
    <message>
        <source>The bundle was closed out of order.</source>
        <translation>أُغلقت الحزمة خارج الترتيب.</translation>
    </message>
</context>
<context>
    <name>daymark::report::zip::ZipWriter::Impl</name>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation>فشلت كتابة الحزمة: %1.</translation>
    </message>
    <message>
        <source>Compressing a file for the bundle failed.</source>
        <translation>فشل ضغط ملف للحزمة.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AddDetailsDialog</name>
    <message>
        <source>Add details</source>
        <translation>إضافة تفاصيل</translation>
    </message>
    <message>
        <source>&amp;More details…</source>
        <translation>مزيد من &amp;التفاصيل…</translation>
    </message>
    <message>
        <source>Open the full incident: who was there, the police, exhibits and more. What you typed here goes with it.</source>
        <translation>افتح الواقعة كاملة: من كان حاضرًا، والشرطة، والأدلة وغير ذلك. ما كتبته هنا ينتقل معها.</translation>
    </message>
    <message>
        <source>&amp;What happened? The exact words, if you know them.</source>
        <translation>ما&amp;ذا حدث؟ الكلمات نفسها، إن كنت تعرفها.</translation>
    </message>
    <message>
        <source>Wh&amp;ere?</source>
        <translation>&amp;أين؟</translation>
    </message>
    <message>
        <source>Details added after a quick log</source>
        <translation>تفاصيل أُضيفت بعد تسجيل سريع</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AmendReasonDialog</name>
    <message>
        <source>Why is it changed?</source>
        <translation>لماذا تغيّرها؟</translation>
    </message>
    <message>
        <source>e.g. I remembered the exact words</source>
        <translation>مثلًا: تذكّرت الكلمات نفسها</translation>
    </message>
    <message>
        <source>I remembered more of what happened</source>
        <translation>تذكّرت المزيد مما حدث</translation>
    </message>
    <message>
        <source>I remembered the exact words</source>
        <translation>تذكّرت الكلمات نفسها</translation>
    </message>
    <message>
        <source>Corrected the time</source>
        <translation>صحّحت الوقت</translation>
    </message>
    <message>
        <source>Corrected a mistake</source>
        <translation>صحّحت خطأً</translation>
    </message>
    <message>
        <source>Added the police reference</source>
        <translation>أضفت مرجع الشرطة</translation>
    </message>
    <message>
        <source>Added who was there</source>
        <translation>أضفت من كان حاضرًا</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>حفظ التغيير</translation>
    </message>
    <message>
        <source>Back to the incident</source>
        <translation>العودة إلى الواقعة</translation>
    </message>
    <message>
        <source>The entry as it was stays in the diary&apos;s history, with the time you wrote it. Say in a few words why you are changing it; the reason is kept beside the change.</source>
        <translation>يبقى الإدخال كما كان في سجلّ الدفتر، مع الوقت الذي كتبته فيه. اذكر في كلمات قليلة لماذا تغيّره؛ ويُحفظ السبب بجانب التغيير.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>سبب &amp;التغيير:</translation>
    </message>
    <message>
        <source>Say in a few words why you are changing it, for example “Corrected the time”.</source>
        <translation>اذكر في كلمات قليلة لماذا تغيّره، مثلًا «صحّحت الوقت».</translation>
    </message>
</context>
<context>
    <name>daymark::ui::AutoBackup</name>
    <message>
        <source>The automatic backup failed unexpectedly.</source>
        <translation>فشل النسخ الاحتياطي التلقائي بشكل غير متوقع.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>Older backups were kept as they were. Write as little as possible to this diary and get help: the newest good backup can be put back with &apos;daymark-cli restore&apos; (the damaged file is kept aside).</source>
        <translation>بقيت النسخ الاحتياطية الأقدم كما هي. اكتب في هذا الدفتر أقل ما يمكن واطلب المساعدة: يمكن إرجاع أحدث نسخة احتياطية سليمة بالأمر &apos;daymark-cli restore&apos; (ويُحفظ الملف التالف جانبًا).</translation>
    </message>
    <message>
        <source>Check the backup folder and the number of backups in Settings.</source>
        <translation>تحقّق من مجلد النسخ الاحتياطية ومن عدد النسخ في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::BackupSettingsSection</name>
    <message>
        <source>Make an encrypted &amp;backup when a diary is unlocked</source>
        <translation>أنشئ نسخة احتياطية مشفّر&amp;ة عند فتح الدفتر</translation>
    </message>
    <message>
        <source>At &amp;every unlock (otherwise at most once a day)</source>
        <translation>عند كل فتح (&amp;وإلا فمرة واحدة في اليوم على الأكثر)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيا&amp;ر…</translation>
    </message>
    <message>
        <source>Beside the diary</source>
        <translation>بجانب الدفتر</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>عدد النسخ المحفوظة</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>مجلد &amp;النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>احتفظ بأحد&amp;ث:</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the diary that opens with its password. Kept on another disk or a USB stick, it survives this computer failing.</source>
        <translation>النسخة الاحتياطية نسخة كاملة من الدفتر تُفتح بكلمة مروره. إن حُفظت على قرص آخر أو ذاكرة USB، تبقى سليمة إن تعطّل هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation>احفظ النسخ الاحتياطية في</translation>
    </message>
    <message>
        <source>Give the backup folder in full, starting from the top of the disk, or choose it with Choose….</source>
        <translation>اكتب مسار مجلد النسخ الاحتياطية كاملًا، بدءًا من أعلى القرص، أو اختره بزر «اختيار…».</translation>
    </message>
    <message>
        <source>The backup folder&apos;s name is taken by a file. Choose a folder.</source>
        <translation>اسم مجلد النسخ الاحتياطية مستخدم لملف. اختر مجلدًا.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ColumnMappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>أي عمود يحوي ماذا</translation>
    </message>
    <message>
        <source>Call logs saved as a spreadsheet (.csv) differ from phone to phone. Say which column holds each thing; Daymark remembers your choice for files with the same columns.</source>
        <translation>سجلّات المكالمات المحفوظة كجدول بيانات (.csv) تختلف من هاتف لآخر. حدِّد العمود الذي يحوي كل معلومة؛ ويتذكّر Daymark اختيارك للملفات ذات الأعمدة نفسها.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(غير موجود في هذا الملف)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>%1 (needed):</source>
        <translation>%1 (مطلوب):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Let Daymark work it out</source>
        <translation>دع Daymark يكتشفها</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>اليوم أولًا (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>الشهر أولًا (12/31/2024)</translation>
    </message>
    <message>
        <source>Year first (2024-12-31)</source>
        <translation>السنة أولًا (2024-12-31)</translation>
    </message>
    <message>
        <source>Seconds since 1970 (a long number)</source>
        <translation>الثواني منذ 1970 (رقم طويل)</translation>
    </message>
    <message>
        <source>Milliseconds since 1970 (a longer number)</source>
        <translation>أجزاء الثانية منذ 1970 (رقم أطول)</translation>
    </message>
    <message>
        <source>How dates are written:</source>
        <translation>طريقة كتابة التواريخ:</translation>
    </message>
    <message>
        <source>This file cannot be read as a call log</source>
        <translation>لا يمكن قراءة هذا الملف كسجلّ مكالمات</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ConversationView</name>
    <message>
        <source>Messages and calls in the export</source>
        <translation>الرسائل والمكالمات في ملف التصدير</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Click a message to read all of it here.</source>
        <translation>انقر على رسالة لقراءتها كاملة هنا.</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <comment>time — who, then the message</comment>
        <translation>%1 — %2
%3</translation>
    </message>
</context>
<context>
    <name>daymark::ui::CreatePage</name>
    <message>
        <source>Diary</source>
        <comment>default file name of a new diary</comment>
        <translation>الدفتر</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name and number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيا&amp;ر…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Create the diary</source>
        <translation>&amp;إنشاء الدفتر</translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation>إنشاء دفتر جديد</translation>
    </message>
    <message>
        <source>Choose a password that the person you fear could not guess: not a birthday, a name or a place they know about you.</source>
        <translation>اختر كلمة مرور لا يستطيع الشخص الذي تخافه تخمينها: ليست تاريخ ميلاد، ولا اسمًا أو مكانًا يعرفه عنك.</translation>
    </message>
    <message>
        <source>Where to save the diary</source>
        <translation>مكان حفظ الدفتر</translation>
    </message>
    <message>
        <source>The full path of the new diary file, ending in .daymark</source>
        <translation>المسار الكامل لملف الدفتر الجديد، منتهيًا بـ .daymark</translation>
    </message>
    <message>
        <source>Choose where to save the diary in a file dialog</source>
        <translation>اختر مكان حفظ الدفتر من نافذة الملفات</translation>
    </message>
    <message>
        <source>&amp;Save the diary as</source>
        <translation>حفظ &amp;الدفتر باسم</translation>
    </message>
    <message>
        <source>If you forget this password, nobody can open the diary: not you, not the makers of Daymark, not the police, not a computer expert. There is no back door. Write the password down and keep it somewhere safe that the person you fear cannot reach.</source>
        <translation>إن نسيت كلمة المرور هذه، فلا أحد يستطيع فتح الدفتر: لا أنت، ولا صانعو Daymark، ولا الشرطة، ولا خبير حواسيب. لا يوجد باب خلفي. اكتب كلمة المرور واحفظها في مكان آمن لا يصل إليه الشخص الذي تخافه.</translation>
    </message>
    <message>
        <source>A forgotten password cannot be recovered</source>
        <translation>كلمة المرور المنسية لا يمكن استرجاعها</translation>
    </message>
    <message>
        <source>Choose where to save the diary.</source>
        <translation>اختر مكان حفظ الدفتر.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>المجلد «%1» غير موجود. اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>There is already a file called “%1” in that folder. Choose another name; Daymark never replaces a file.</source>
        <translation>يوجد في ذلك المجلد ملف اسمه «%1» من قبل. اختر اسمًا آخر؛ Daymark لا يستبدل أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>Creating the diary… this takes a moment.</source>
        <translation>جارٍ إنشاء الدفتر… يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>The diary was not created.</source>
        <translation>لم يُنشأ الدفتر.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryFileDialog</name>
    <message>
        <source>Daymark diaries (*.daymark)</source>
        <translation>دفاتر Daymark (*.daymark)</translation>
    </message>
    <message>
        <source>Save the new diary as</source>
        <translation>حفظ الدفتر الجديد باسم</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>فتح دفتر</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryJob</name>
    <message>
        <source>Something unexpected went wrong, so the diary is not open. Please try again; if it happens again, ask for help.</source>
        <translation>حدث خطأ غير متوقع، لذلك لم يُفتح الدفتر. يُرجى المحاولة مرة أخرى؛ وإن تكرّر ذلك، فاطلب المساعدة.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::DiaryPage</name>
    <message>
        <source>Sections of the diary</source>
        <translation>أقسام الدفتر</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Safety and support</source>
        <translation>الأمان والدعم</translation>
    </message>
    <message>
        <source>Cannot show the incident</source>
        <translation>تتعذّر عرض الواقعة</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>daymark::ui::EmergencyCopyDialog</name>
    <message>
        <source>&amp;Save the copy</source>
        <translation>حفظ &amp;النسخة</translation>
    </message>
    <message>
        <source>Saving the copy with its new password…</source>
        <translation>جارٍ حفظ النسخة بكلمة مرورها الجديدة…</translation>
    </message>
    <message>
        <source>Save a copy with a different password</source>
        <translation>حفظ نسخة بكلمة مرور مختلفة</translation>
    </message>
    <message>
        <source>This saves a complete copy of your diary that opens with a different password. Give it to someone you trust, or keep it somewhere safe away from this computer: if you ever forget your password, the copy still opens. Your diary and its password stay as they are.</source>
        <translation>يحفظ هذا نسخة كاملة من دفترك تُفتح بكلمة مرور مختلفة. أعطها لشخص تثق به، أو احفظها في مكان آمن بعيدًا عن هذا الحاسوب: إن نسيت كلمة مرورك يومًا، تبقى النسخة قابلة للفتح. دفترك وكلمة مروره يبقيان كما هما.</translation>
    </message>
    <message>
        <source>The copy does not change when the diary does, so make a new one from time to time.</source>
        <translation>النسخة لا تتغيّر حين يتغيّر الدفتر، لذا أنشئ نسخة جديدة من حين لآخر.</translation>
    </message>
    <message>
        <source>%1 copy.daymark</source>
        <translation>%1 نسخة.daymark</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيا&amp;ر…</translation>
    </message>
    <message>
        <source>Save the copy &amp;as</source>
        <translation>حفظ &amp;النسخة باسم</translation>
    </message>
    <message>
        <source>The copy&apos;s password (not the diary&apos;s own):</source>
        <translation>كلمة مرور النسخة (ليست كلمة مرور الدفتر نفسه):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>حُفظت النسخة</translation>
    </message>
    <message>
        <source>The copy is saved as %1 and passed the full check with its new password. Keep it, and its password, somewhere safe.</source>
        <translation>حُفظت النسخة باسم %1 واجتازت الفحص الكامل بكلمة مرورها الجديدة. احفظها، واحفظ كلمة مرورها، في مكان آمن.</translation>
    </message>
    <message>
        <source>No copy was saved.</source>
        <translation>لم تُحفظ أي نسخة.</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>حفظ النسخة باسم</translation>
    </message>
    <message>
        <source>Choose where to save the copy: a file name in a folder.</source>
        <translation>اختر مكان حفظ النسخة: اسم ملف في مجلد.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>يوجد ملف بهذا الاسم من قبل. اختر اسمًا آخر؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose an existing folder.</source>
        <translation>ذلك المجلد غير موجود. اختر مجلدًا موجودًا.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitAttacher</name>
    <message>
        <source>Adding to the diary</source>
        <translation>الإضافة إلى الدفتر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Adding %1 to the diary…</source>
        <translation>جارٍ إضافة %1 إلى الدفتر…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>exhibit label, file name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name, what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: something unexpected went wrong. Try attaching it again.</source>
        <translation>‏%1: حدث خطأ غير متوقع. حاول إرفاقه مرة أخرى.</translation>
    </message>
    <message>
        <source>Stopping… Nothing half-added is kept.</source>
        <translation>جارٍ الإيقاف… لا يُحفظ شيء أُضيف جزئيًا.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitDetails</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Original name:</source>
        <translation>الاسم الأصلي:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>How obtained:</source>
        <translation>طريقة الحصول عليه:</translation>
    </message>
    <message>
        <source>Added to the diary:</source>
        <translation>أُضيف إلى الدفتر:</translation>
    </message>
    <message>
        <source>File last changed:</source>
        <translation>آخر تغيير للملف:</translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation>الوقائع:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint taken when the file was added. Anyone can check a copy of the original against it.</source>
        <translation>بصمة SHA-256 المأخوذة عند إضافة الملف. يستطيع أي شخص مقارنة نسخة من الأصل بها.</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>نسخ بصمة SHA-256</translation>
    </message>
    <message>
        <source>&amp;SHA-256 fingerprint:</source>
        <translation>&amp;بصمة SHA-256:</translation>
    </message>
    <message>
        <source>What the file itself says</source>
        <translation>ما يقوله الملف نفسه</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>التُقط:</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>الكاميرا:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>أبعاد الصورة:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <source>No exhibit chosen</source>
        <translation>لم يُختر أي دليل</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>الدليل %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 بايت)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <translation>بصمة SHA-256 ‏%1</translation>
    </message>
    <message>
        <source>%1 (by the camera&apos;s clock)</source>
        <translation>%1 (حسب ساعة الكاميرا)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (%2 m above sea level)</source>
        <translation>%1 (%2 م فوق سطح البحر)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 بكسل</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitViewer</name>
    <message>
        <source>Exhibit %1 — %2</source>
        <comment>exhibit number — file name</comment>
        <translation>الدليل %1 — %2</translation>
    </message>
    <message>
        <source>Daymark cannot show this picture itself (%1).</source>
        <translation>لا يستطيع Daymark عرض هذه الصورة بنفسه (%1).</translation>
    </message>
    <message>
        <source>Exhibit %1, a picture</source>
        <translation>الدليل %1، صورة</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>ملا&amp;ءمة النافذة</translation>
    </message>
    <message>
        <source>Make the picture smaller (-)</source>
        <translation>تصغير الصورة (-)</translation>
    </message>
    <message>
        <source>Make the picture larger (+)</source>
        <translation>تكبير الصورة (+)</translation>
    </message>
    <message>
        <source>One pixel of the picture to one pixel of the screen (0)</source>
        <translation>بكسل واحد من الصورة لكل بكسل من الشاشة (0)</translation>
    </message>
    <message>
        <source>The whole picture in the window (F)</source>
        <translation>الصورة كاملة في النافذة (F)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This file is long: only its first %1 are shown here. Save a copy to see all of it.</source>
        <translation>هذا الملف طويل: لا يُعرض هنا إلا أول %1 منه. احفظ نسخة لترى كل محتواه.</translation>
    </message>
    <message>
        <source>Exhibit %1, text</source>
        <translation>الدليل %1، نص</translation>
    </message>
    <message>
        <source>Daymark cannot show this kind of file (%1) itself.</source>
        <translation>لا يستطيع Daymark عرض هذا النوع من الملفات (%1) بنفسه.</translation>
    </message>
    <message>
        <source>You can open it in another program on this computer. To do that, Daymark has to put a decrypted copy of it in a private temporary folder, outside the encrypted diary. Anyone using this computer as you could open that copy while it is there, and the other program may keep its own copy or list it in its recent files.

Daymark overwrites and removes the copy when you lock the diary or close Daymark. If someone else may use or check this computer, use “Save a copy…” only onto a device you keep safe, or do not open it here.</source>
        <translation>يمكنك فتحه في برنامج آخر على هذا الحاسوب. لفعل ذلك، يجب أن يضع Daymark نسخة منه غير مشفّرة في مجلد مؤقت خاص، خارج الدفتر المشفّر. أي شخص يستخدم هذا الحاسوب بحسابك يستطيع فتح تلك النسخة ما دامت موجودة، وقد يحتفظ البرنامج الآخر بنسخته الخاصة أو يذكرها في قائمة ملفاته الأخيرة.

يكتب Daymark فوق النسخة ويحذفها حين تقفل الدفتر أو تغلق Daymark. إن كان شخص آخر قد يستخدم هذا الحاسوب أو يفحصه، فاستخدم «حفظ نسخة…» فقط على جهاز تحفظه في أمان، أو لا تفتحه هنا.</translation>
    </message>
    <message>
        <source>&amp;Make a temporary copy and open it</source>
        <translation>إنشا&amp;ء نسخة مؤقتة وفتحها</translation>
    </message>
    <message>
        <source>This file is too large to open this way. Use “Save a copy…” and open the copy.</source>
        <translation>هذا الملف أكبر من أن يُفتح بهذه الطريقة. استخدم «حفظ نسخة…» وافتح النسخة.</translation>
    </message>
    <message>
        <source>No program on this computer offered to open this kind of file. The temporary copy will be wiped when the diary is locked.</source>
        <translation>لم يعرض أي برنامج على هذا الحاسوب فتح هذا النوع من الملفات. ستُمحى النسخة المؤقتة حين يُقفل الدفتر.</translation>
    </message>
    <message>
        <source>Opened in another program. The temporary copy will be wiped when you lock the diary or close Daymark.</source>
        <translation>فُتح في برنامج آخر. ستُمحى النسخة المؤقتة حين تقفل الدفتر أو تغلق Daymark.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsModel</name>
    <message>
        <source>a deleted incident</source>
        <translation>واقعة محذوفة</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between incident numbers</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>طريقة الحصول عليه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الوقائع</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsPanel</name>
    <message>
        <source>&amp;View</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>حذ&amp;ف…</translation>
    </message>
    <message>
        <source>Exhibits, by exhibit number</source>
        <translation>الأدلة، حسب رقم الدليل</translation>
    </message>
    <message>
        <source>No exhibits yet. The screenshots, photos, recordings and message exports you add to incidents appear here, each with its exhibit number and the fingerprint taken when it was added.</source>
        <translation>لا توجد أدلة بعد. لقطات الشاشة والصور والتسجيلات وملفات الرسائل المُصدَّرة التي تضيفها إلى الوقائع تظهر هنا، كلٌّ منها برقم دليله والبصمة المأخوذة عند إضافته.</translation>
    </message>
    <message>
        <source>Look at the exhibit inside Daymark (Enter)</source>
        <translation>اعرض الدليل داخل Daymark (Enter)</translation>
    </message>
    <message>
        <source>Save a copy of the original file, for example for the police (Ctrl+S)</source>
        <translation>احفظ نسخة من الملف الأصلي، مثلًا للشرطة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete this exhibit, giving a reason (Delete). Its number stays in the records.</source>
        <translation>احذف هذا الدليل، مع ذكر السبب (Delete). يبقى رقمه في السجلّات.</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>نسخ قيمة SHA-256</translation>
    </message>
    <message>
        <source>Save a copy of exhibit %1</source>
        <translation>حفظ نسخة من الدليل %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Daymark never overwrites a file.</source>
        <translation>‏%1 موجود من قبل. اختر اسم ملف جديدًا؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>Saving a copy of exhibit %1…</source>
        <translation>جارٍ حفظ نسخة من الدليل %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقا&amp;ف</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so no copy was saved. Please try again.</source>
        <translation>حدث خطأ غير متوقع، لذلك لم تُحفظ أي نسخة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Saved a copy of exhibit %1 as %2. Its SHA-256 matched the one taken when it was added.</source>
        <translation>حُفظت نسخة من الدليل %1 باسم %2. قيمة SHA-256 الخاصة بها طابقت القيمة المأخوذة عند إضافته.</translation>
    </message>
    <message>
        <source>Stopped. No copy of exhibit %1 was saved.</source>
        <translation>أُوقف. لم تُحفظ أي نسخة من الدليل %1.</translation>
    </message>
    <message>
        <source>Delete exhibit %1?</source>
        <translation>حذف الدليل %1؟</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting exhibit %1? Its contents are removed from the diary; its number and history are kept.</source>
        <translation>لما&amp;ذا تحذف الدليل %1؟ يُزال محتواه من الدفتر؛ ويبقى رقمه وسجلّه.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذ&amp;ف</translation>
    </message>
    <message>
        <source>Exhibit %1 is deleted.</source>
        <translation>حُذف الدليل %1.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExhibitsSection</name>
    <message>
        <source>Exhibits</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>إ&amp;رفاق ملفات…</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>لصق لقطة شاشة</translation>
    </message>
    <message>
        <source>Exhibits of this incident</source>
        <translation>أدلة هذه الواقعة</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>طريقة الحصول عليه</translation>
    </message>
    <message>
        <source>Choose files to keep with this incident. You can also drop files on this window.</source>
        <translation>اختر ملفات لحفظها مع هذه الواقعة. يمكنك أيضًا إفلات الملفات على هذه النافذة.</translation>
    </message>
    <message>
        <source>Attach the picture on the clipboard (Ctrl+V)</source>
        <translation>أرفق الصورة الموجودة في الحافظة (Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard</source>
        <translation>الصق لقطة شاشة من الحافظة</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings and message exports, kept unchanged in the diary. A file is added as soon as you attach it, with its fingerprint; Save and Cancel do not undo that.</source>
        <translation>لقطات الشاشة والصور والتسجيلات وملفات الرسائل المُصدَّرة، محفوظة في الدفتر دون تغيير. يُضاف الملف فور إرفاقه، مع بصمته؛ و«حفظ» و«إلغاء» لا يتراجعان عن ذلك.</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings and message exports, kept unchanged in the diary. Files you add now are attached when you save this incident.</source>
        <translation>لقطات الشاشة والصور والتسجيلات وملفات الرسائل المُصدَّرة، محفوظة في الدفتر دون تغيير. الملفات التي تضيفها الآن تُرفق حين تحفظ هذه الواقعة.</translation>
    </message>
    <message>
        <source>When saved</source>
        <translation>عند الحفظ</translation>
    </message>
    <message>
        <source>Attached when you save this incident</source>
        <translation>يُرفق حين تحفظ هذه الواقعة</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExportChoices</name>
    <message>
        <source>Types of incident to include</source>
        <translation>أنواع الوقائع المراد تضمينها</translation>
    </message>
    <message>
        <source>People whose incidents to include</source>
        <translation>الأشخاص الذين تُضمَّن وقائعهم</translation>
    </message>
    <message>
        <source>Orders whose possible breaches to include</source>
        <translation>الأوامر التي تُضمَّن خروقاتها المحتملة</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>تضمين ملاحظاتي &amp;الخاصة</translation>
    </message>
    <message>
        <source>Include earlier &amp;versions of amended incidents, with the reasons</source>
        <translation>تضمين &amp;النسخ السابقة للوقائع المُعدَّلة، مع الأسباب</translation>
    </message>
    <message>
        <source>Include the original e&amp;xhibit files (bundle)</source>
        <translation>تضمين ملفا&amp;ت الأدلة الأصلية (الحزمة)</translation>
    </message>
    <message>
        <source>Details to hide</source>
        <translation>التفاصيل المراد إخفاؤها</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>كل ما سُجِّل</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>بين تاريخين…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>من هذا اليوم</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>حتى هذا اليوم، شاملًا له</translation>
    </message>
    <message>
        <source>Include my latest risk &amp;screening answers (an annex at the end of the PDF)</source>
        <translation>تضمين &amp;آخر إجاباتي عن أسئلة تقييم الخطر (ملحق في نهاية ملف PDF)</translation>
    </message>
    <message>
        <source>Words to hide, one per line</source>
        <translation>كلمات للإخفاء، كلمة في كل سطر</translation>
    </message>
    <message>
        <source>One per line, e.g. your own address or a child&apos;s name</source>
        <translation>واحدة في كل سطر، مثل عنوانك أو اسم طفل</translation>
    </message>
    <message>
        <source>Whose diary (optional)</source>
        <translation>صاحب الدفتر (اختياري)</translation>
    </message>
    <message>
        <source>Heading on every page (optional)</source>
        <translation>عنوان في أعلى كل صفحة (اختياري)</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>مثل RESTRICTED</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>مقاس الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Which incidents</source>
        <translation>أي الوقائع</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفتر&amp;ة:</translation>
    </message>
    <message>
        <source>&amp;Types (none ticked: all)</source>
        <translation>الأنوا&amp;ع (دون تحديد: الكل)</translation>
    </message>
    <message>
        <source>P&amp;eople (none ticked: anyone)</source>
        <translation>الأشخا&amp;ص (دون تحديد: أي شخص)</translation>
    </message>
    <message>
        <source>&amp;Orders breached (none ticked: any)</source>
        <translation>الأ&amp;وامر المخروقة (دون تحديد: أي أمر)</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>ما يُعرض</translation>
    </message>
    <message>
        <source>Private notes stay out unless you tick this.</source>
        <translation>تبقى الملاحظات الخاصة خارج التصدير ما لم تحدّد هذا الخيار.</translation>
    </message>
    <message>
        <source>What to hide</source>
        <translation>ما يُخفى</translation>
    </message>
    <message>
        <source>&amp;Details shown as &quot;[redacted]&quot;:</source>
        <translation>&amp;تفاصيل تظهر على شكل &quot;[محجوب]&quot;:</translation>
    </message>
    <message>
        <source>&amp;Words hidden wherever they appear:</source>
        <translation>كلما&amp;ت تُخفى أينما ظهرت:</translation>
    </message>
    <message>
        <source>Hidden in the PDF, the CSV and the JSON. Exhibit files stay exactly as they were added, so check them yourself.</source>
        <translation>تُخفى في ملف PDF وCSV وJSON. ملفات الأدلة تبقى تمامًا كما أُضيفت، فتحقّق منها بنفسك.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Whose diary (opt&amp;ional):</source>
        <translation>صاحب الدفتر (اختيا&amp;ري):</translation>
    </message>
    <message>
        <source>&amp;Heading on every page:</source>
        <translation>عنوا&amp;ن أعلى كل صفحة:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>الو&amp;رق:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person name, role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ExportPanel</name>
    <message>
        <source>Make a &amp;PDF timeline…</source>
        <translation>إنشا&amp;ء خط زمني PDF…</translation>
    </message>
    <message>
        <source>Make an evidence &amp;bundle…</source>
        <translation>إنشا&amp;ء حزمة أدلة…</translation>
    </message>
    <message>
        <source>Chec&amp;k a bundle…</source>
        <translation>&amp;فحص حزمة…</translation>
    </message>
    <message>
        <source>Making the export…</source>
        <translation>جارٍ إنشاء التصدير…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>جارٍ فحص الحزمة…</translation>
    </message>
    <message>
        <source>A PDF of the chosen incidents, to print or send</source>
        <translation>ملف PDF للوقائع المختارة، للطباعة أو الإرسال</translation>
    </message>
    <message>
        <source>One .zip for the police: the PDF, the original exhibits, CSV and JSON, and a signature anyone can check</source>
        <translation>ملف ‎.zip واحد للشرطة: ملف PDF، والأدلة الأصلية، وCSV وJSON، وتوقيع يستطيع أي شخص التحقق منه</translation>
    </message>
    <message>
        <source>Check that a bundle is exactly as it was made: every file, and the signature</source>
        <translation>تحقّق أن الحزمة كما أُنشئت تمامًا: كل ملف، والتوقيع</translation>
    </message>
    <message>
        <source>Problems found in the bundle</source>
        <translation>مشكلات وُجدت في الحزمة</translation>
    </message>
    <message>
        <source>Export for the police</source>
        <translation>تصدير للشرطة</translation>
    </message>
    <message>
        <source>Choose what to include, then make a PDF timeline, or an evidence bundle: one .zip file with the PDF, the original exhibits and a signature, which anyone can check has not been changed. Only what you choose goes in. Making an export is written in the diary&apos;s history.</source>
        <translation>اختر ما تريد تضمينه، ثم أنشئ خطًا زمنيًا بصيغة PDF، أو حزمة أدلة: ملف ‎.zip واحد فيه ملف PDF والأدلة الأصلية وتوقيع، يستطيع أي شخص التحقق من أنه لم يتغيّر. لا يدخل فيه إلا ما تختاره. ويُسجَّل إنشاء التصدير في سجلّ الدفتر.</translation>
    </message>
    <message>
        <source>Were you sent a bundle, or do you want to check one before handing it over? Checking needs no diary.</source>
        <translation>هل أُرسلت إليك حزمة، أو تريد فحص حزمة قبل تسليمها؟ الفحص لا يحتاج إلى دفتر.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <source>Could not check the bundle</source>
        <translation>تعذّر فحص الحزمة</translation>
    </message>
    <message>
        <source>Save the PDF timeline as</source>
        <translation>حفظ الخط الزمني PDF باسم</translation>
    </message>
    <message>
        <source>Timeline %1.pdf</source>
        <translation>الخط الزمني %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the evidence bundle as</source>
        <translation>حفظ حزمة الأدلة باسم</translation>
    </message>
    <message>
        <source>Evidence bundle %1.zip</source>
        <translation>حزمة أدلة %1.zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ملفات Zip (*.zip)</translation>
    </message>
    <message>
        <source>%1 already exists. Daymark never replaces a file: choose another name.</source>
        <translation>‏%1 موجود من قبل. Daymark لا يستبدل أي ملف أبدًا: اختر اسمًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2): %n incident(s).</source>
        <translation>
            <numerusform>حُفظ %1 (%2): %n واقعة.</numerusform>
            <numerusform>حُفظ %1 (%2): واقعة واحدة.</numerusform>
            <numerusform>حُفظ %1 (%2): واقعتان.</numerusform>
            <numerusform>حُفظ %1 (%2): %n وقائع.</numerusform>
            <numerusform>حُفظ %1 (%2): %n واقعة.</numerusform>
            <numerusform>حُفظ %1 (%2): %n واقعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2): %n incident(s), </source>
        <translation>
            <numerusform>حُفظ %1 (%2): %n واقعة، </numerusform>
            <numerusform>حُفظ %1 (%2): واقعة واحدة، </numerusform>
            <numerusform>حُفظ %1 (%2): واقعتان، </numerusform>
            <numerusform>حُفظ %1 (%2): %n وقائع، </numerusform>
            <numerusform>حُفظ %1 (%2): %n واقعة، </numerusform>
            <numerusform>حُفظ %1 (%2): %n واقعة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit file(s).</source>
        <translation>
            <numerusform>و%n ملف أدلة.</numerusform>
            <numerusform>وملف أدلة واحد.</numerusform>
            <numerusform>وملفا أدلة.</numerusform>
            <numerusform>و%n ملفات أدلة.</numerusform>
            <numerusform>و%n ملف أدلة.</numerusform>
            <numerusform>و%n ملف أدلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary fingerprint: %1</source>
        <translation>بصمة الدفتر: %1</translation>
    </message>
    <message>
        <source>SHA-256 of its manifest: %1</source>
        <translation>قيمة SHA-256 لبيانها: %1</translation>
    </message>
    <message>
        <source>PDF made</source>
        <translation>أُنشئ ملف PDF</translation>
    </message>
    <message>
        <source>Evidence bundle made</source>
        <translation>أُنشئت حزمة الأدلة</translation>
    </message>
    <message>
        <source>Check an evidence bundle</source>
        <translation>فحص حزمة أدلة</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>حزم الأدلة (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is exactly as it was made: all %n file(s) match their SHA-256, none was added or removed, and the signature is valid.</source>
        <translation>
            <numerusform>%1 كما أُنشئت تمامًا: كل الملفات (%n) تطابق قيم SHA-256 الخاصة بها، ولم يُضف أي ملف ولم يُحذف، والتوقيع صالح.</numerusform>
            <numerusform>%1 كما أُنشئت تمامًا: الملف الوحيد فيها يطابق قيمة SHA-256 الخاصة به، ولم يُضف أي ملف ولم يُحذف، والتوقيع صالح.</numerusform>
            <numerusform>%1 كما أُنشئت تمامًا: الملفان كلاهما يطابقان قيم SHA-256 الخاصة بهما، ولم يُضف أي ملف ولم يُحذف، والتوقيع صالح.</numerusform>
            <numerusform>%1 كما أُنشئت تمامًا: الملفات الـ %n كلها تطابق قيم SHA-256 الخاصة بها، ولم يُضف أي ملف ولم يُحذف، والتوقيع صالح.</numerusform>
            <numerusform>%1 كما أُنشئت تمامًا: الملفات الـ %n كلها تطابق قيم SHA-256 الخاصة بها، ولم يُضف أي ملف ولم يُحذف، والتوقيع صالح.</numerusform>
            <numerusform>%1 كما أُنشئت تمامًا: الملفات الـ %n كلها تطابق قيم SHA-256 الخاصة بها، ولم يُضف أي ملف ولم يُحذف، والتوقيع صالح.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was exported on %1 from the diary with fingerprint %2. To be sure it came from that diary, compare the fingerprint with one the diary&apos;s owner gave you before.</source>
        <translation>صُدِّرت في %1 من الدفتر ذي البصمة %2. لتتأكد أنها جاءت من ذلك الدفتر، قارن البصمة بالبصمة التي أعطاك إياها صاحب الدفتر من قبل.</translation>
    </message>
    <message>
        <source>The bundle checks out</source>
        <translation>الحزمة سليمة</translation>
    </message>
    <message>
        <source>%1 is not as it was made, or was not signed by the diary it names. Do not rely on it; ask for a new copy. What is wrong:</source>
        <translation>‏%1 ليست كما أُنشئت، أو لم يوقّعها الدفتر الذي تذكره. لا تعتمد عليها؛ واطلب نسخة جديدة. ما الخطأ:</translation>
    </message>
    <message>
        <source>The bundle does not check out</source>
        <translation>الحزمة غير سليمة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file, problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The signature of manifest.json does not match signing-key.pem.</source>
        <translation>توقيع manifest.json لا يطابق signing-key.pem.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::FirstRunPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلا&amp;ق</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>What Daymark can and cannot protect you from</source>
        <translation>ما يستطيع Daymark حمايتك منه وما لا يستطيع</translation>
    </message>
    <message>
        <source>Daymark keeps a private diary of what is happening to you, with the evidence beside it, in one encrypted file on this computer. It does not use the internet and sends nothing anywhere.</source>
        <translation>يحتفظ Daymark بدفتر يوميات خاص لما يحدث لك، والأدلة بجانبه، في ملف مشفّر واحد على هذا الحاسوب. لا يستخدم الإنترنت ولا يرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>What Daymark protects against</source>
        <translation>ما يحميك Daymark منه</translation>
    </message>
    <message>
        <source>Someone who gets hold of this computer or the diary file cannot read the diary without your password. Daymark leaves no readable copies of what you write on the computer, locks the diary when you step away or the screen locks, and Quick exit (Ctrl+Shift+Q, or Esc twice) hides it at once.</source>
        <translation>من يحصل على هذا الحاسوب أو على ملف الدفتر لا يستطيع قراءة الدفتر دون كلمة مرورك. لا يترك Daymark على الحاسوب أي نسخ مقروءة مما تكتبه، ويقفل الدفتر حين تبتعد أو تُقفل الشاشة، و«الخروج السريع» (Ctrl+Shift+Q، أو Esc مرتين) يُخفيه فورًا.</translation>
    </message>
    <message>
        <source>What it cannot protect against</source>
        <translation>ما لا يستطيع حمايتك منه</translation>
    </message>
    <message>
        <source>Daymark cannot help if this computer is being monitored or has spyware on it: that can see what you type, including your password. It cannot keep the diary from someone who knows or guesses your password, or who forces you to unlock it. While the diary is open, anyone at the screen can read it.</source>
        <translation>لا يستطيع Daymark المساعدة إن كان هذا الحاسوب مراقَبًا أو فيه برنامج تجسّس: فهذا يرى ما تكتبه، بما في ذلك كلمة مرورك. ولا يستطيع حماية الدفتر ممن يعرف كلمة مرورك أو يخمّنها، أو ممن يُجبرك على فتحه. وما دام الدفتر مفتوحًا، يستطيع أي شخص أمام الشاشة قراءته.</translation>
    </message>
    <message>
        <source>If someone else set up or has used this computer, think about keeping the diary on a device only you use. A helpline can talk you through checking your devices.</source>
        <translation>إن كان شخص آخر قد أعدّ هذا الحاسوب أو استخدمه، ففكّر في حفظ الدفتر على جهاز لا يستخدمه غيرك. يستطيع خط مساعدة أن يرشدك خطوة بخطوة لفحص أجهزتك.</translation>
    </message>
    <message>
        <source>Help, whenever you need it</source>
        <translation>المساعدة، متى احتجت إليها</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation>إن كنت في خطر الآن، فاتصل بـ 999.</translation>
    </message>
    <message>
        <source>These numbers are for the %1. They are always on the Safety and support page of an open diary, with this page.</source>
        <translation>هذه الأرقام خاصة بـ %1. وهي موجودة دائمًا في صفحة «الأمان والدعم» في أي دفتر مفتوح، مع هذه الصفحة.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>لا تعر&amp;ض هذا مرة أخرى</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HistoryModel</name>
    <message>
        <source>Written down</source>
        <translation>دُوِّنت</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>عُدِّلت</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيدت</translation>
    </message>
    <message>
        <source>First written down</source>
        <translation>أول تدوين</translation>
    </message>
    <message>
        <source>%1 (changed in this version)</source>
        <translation>‏%1 (تغيّر في هذه النسخة)</translation>
    </message>
    <message>
        <source>Version %1, deleted</source>
        <translation>النسخة %1، محذوفة</translation>
    </message>
    <message>
        <source>Version %1, restored</source>
        <translation>النسخة %1، مُستعادة</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما الذي جرى</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>سُجِّلت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HistoryView</name>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(شخص لم يعد في الدفتر)</translation>
    </message>
    <message>
        <source>An order no longer in the diary, condition %1</source>
        <translation>أمر لم يعد في الدفتر، الشرط %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1, condition %2: %3</source>
        <translation>%1، الشرط %2: %3</translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation>%1، الشرط %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Every version of this entry, the first on the left. Nothing is overwritten: each change is kept beside the one before, with the time it was recorded and the reason given. Changed values are highlighted.</source>
        <translation>كل نسخ هذا الإدخال، أولها على اليمين. لا يُكتب فوق أي شيء: كل تغيير يُحفظ بجانب الذي قبله، مع وقت تسجيله والسبب المذكور. القيم المتغيّرة مُبرزة.</translation>
    </message>
    <message>
        <source>History of incident no. %1</source>
        <translation>سجلّ الواقعة رقم %1</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>سجلّ «%1»</translation>
    </message>
    <message>
        <source>Versions of the incident, one column each</source>
        <translation>نسخ الواقعة، عمود لكل نسخة</translation>
    </message>
</context>
<context>
    <name>daymark::ui::HourDayHeatMap</name>
    <message>
        <source>Incidents by time of day and day of the week</source>
        <translation>الوقائع حسب وقت اليوم ويوم الأسبوع</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>لا توجد وقائع في هذه الفترة.</translation>
    </message>
    <message>
        <source>The busiest hour: %1.</source>
        <translation>أكثر الساعات ازدحامًا: %1.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: 1 incident</source>
        <translation>‏%1، من %2 إلى %3: واقعة واحدة</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 incidents</source>
        <translation>‏%1، من %2 إلى %3: الوقائع %4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>1 incident in the busiest hour</source>
        <translation>واقعة واحدة في أكثر الساعات ازدحامًا</translation>
    </message>
    <message>
        <source>%1 incidents in the busiest hour</source>
        <translation>الوقائع في أكثر الساعات ازدحامًا: %1</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImageView</name>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportChoosePage</name>
    <message>
        <source>&amp;All of their messages and calls</source>
        <translation>كل &amp;رسائله ومكالماته</translation>
    </message>
    <message>
        <source>Let me &amp;tick the ones to add, one by one</source>
        <translation>&amp;دعني أحدّد ما يُضاف، واحدة واحدة</translation>
    </message>
    <message>
        <source>Tick all of &amp;theirs</source>
        <translation>تحديد كل &amp;رسائله</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>إلغا&amp;ء تحديد الكل</translation>
    </message>
    <message>
        <source>Who is harassing you, and what to add</source>
        <translation>من يتحرّش بك، وماذا يُضاف</translation>
    </message>
    <message>
        <source>Choose the person whose messages and calls are the evidence. They can be someone in this export, or someone already in your diary (matched by their names and numbers).</source>
        <translation>اختر الشخص الذي تشكّل رسائله ومكالماته الدليل. يمكن أن يكون شخصًا في ملف التصدير هذا، أو شخصًا موجودًا في دفترك (يُطابَق بأسمائه وأرقامه).</translation>
    </message>
    <message>
        <source>&amp;Who is it?</source>
        <translation>&amp;من هو؟</translation>
    </message>
    <message>
        <source>Choose who…</source>
        <translation>اختر الشخص…</translation>
    </message>
    <message numerus="yes">
        <source>%1, from your diary: %n message(s) or call(s)</source>
        <translation>
            <numerusform>%1، من دفترك: %n رسالة أو مكالمة</numerusform>
            <numerusform>%1، من دفترك: رسالة أو مكالمة واحدة</numerusform>
            <numerusform>%1، من دفترك: رسالتان أو مكالمتان</numerusform>
            <numerusform>%1، من دفترك: %n رسائل أو مكالمات</numerusform>
            <numerusform>%1، من دفترك: %n رسالة أو مكالمة</numerusform>
            <numerusform>%1، من دفترك: %n رسالة أو مكالمة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) or call(s)</source>
        <translation>
            <numerusform>%1: %n رسالة أو مكالمة</numerusform>
            <numerusform>%1: رسالة أو مكالمة واحدة</numerusform>
            <numerusform>%1: رسالتان أو مكالمتان</numerusform>
            <numerusform>%1: %n رسائل أو مكالمات</numerusform>
            <numerusform>%1: %n رسالة أو مكالمة</numerusform>
            <numerusform>%1: %n رسالة أو مكالمة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only your messages or calls to them</source>
        <translation>‏%1: رسائلك أو مكالماتك إليه فقط</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the export: %n message(s) or call(s)</source>
        <translation>
            <numerusform>كل من في ملف التصدير: %n رسالة أو مكالمة</numerusform>
            <numerusform>كل من في ملف التصدير: رسالة أو مكالمة واحدة</numerusform>
            <numerusform>كل من في ملف التصدير: رسالتان أو مكالمتان</numerusform>
            <numerusform>كل من في ملف التصدير: %n رسائل أو مكالمات</numerusform>
            <numerusform>كل من في ملف التصدير: %n رسالة أو مكالمة</numerusform>
            <numerusform>كل من في ملف التصدير: %n رسالة أو مكالمة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All messages and calls in the export</source>
        <translation>كل الرسائل &amp;والمكالمات في ملف التصدير</translation>
    </message>
    <message>
        <source>Choose who it is above.</source>
        <translation>اختر الشخص في الأعلى.</translation>
    </message>
    <message>
        <source>Nothing is ticked yet.</source>
        <translation>لم يُحدَّد شيء بعد.</translation>
    </message>
    <message>
        <source>This person sent nothing in this export. Choose someone else, or tick messages one by one.</source>
        <translation>لم يرسل هذا الشخص شيئًا في ملف التصدير هذا. اختر شخصًا آخر، أو حدّد الرسائل واحدة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s) chosen.</source>
        <translation>
            <numerusform>لم تُختر أي رسالة أو مكالمة (%n).</numerusform>
            <numerusform>اختيرت رسالة أو مكالمة واحدة.</numerusform>
            <numerusform>اختيرت رسالتان أو مكالمتان.</numerusform>
            <numerusform>اختيرت %n رسائل ومكالمات.</numerusform>
            <numerusform>اختيرت %n رسالة ومكالمة.</numerusform>
            <numerusform>اختيرت %n رسالة ومكالمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportDonePage</name>
    <message>
        <source>&amp;Show them in the timeline</source>
        <translation>&amp;اعرضها في الخط الزمني</translation>
    </message>
    <message>
        <source>Added to your diary</source>
        <translation>أُضيفت إلى دفترك</translation>
    </message>
    <message>
        <source>Nothing new was added: these messages were already in your diary.</source>
        <translation>لم يُضف أي جديد: هذه الرسائل موجودة في دفترك من قبل.</translation>
    </message>
    <message>
        <source>1 incident was added (number %1).</source>
        <translation>أُضيفت واقعة واحدة (رقمها %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents were added (numbers %1 to %2).</source>
        <translation>
            <numerusform>أُضيفت %n واقعة (الأرقام من %1 إلى %2).</numerusform>
            <numerusform>أُضيفت واقعة واحدة (الأرقام من %1 إلى %2).</numerusform>
            <numerusform>أُضيفت واقعتان (الرقمان %1 و%2).</numerusform>
            <numerusform>أُضيفت %n وقائع (الأرقام من %1 إلى %2).</numerusform>
            <numerusform>أُضيفت %n واقعة (الأرقام من %1 إلى %2).</numerusform>
            <numerusform>أُضيفت %n واقعة (الأرقام من %1 إلى %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export file %1 is kept unchanged as exhibit %2, linked to each of them. Its SHA-256 fingerprint was taken as it was stored.</source>
        <translation>يُحفظ ملف التصدير %1 دون تغيير كالدليل %2، مرتبطًا بكل منها. أُخذت بصمة SHA-256 الخاصة به عند حفظه.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) from the export were attached to their messages.</source>
        <translation>
            <numerusform>أُرفقت %n صورة أو ملف من ملف التصدير برسائلها.</numerusform>
            <numerusform>أُرفقت صورة أو ملف واحد من ملف التصدير برسالته.</numerusform>
            <numerusform>أُرفقت صورتان أو ملفان من ملف التصدير برسائلهما.</numerusform>
            <numerusform>أُرفقت %n صور أو ملفات من ملف التصدير برسائلها.</numerusform>
            <numerusform>أُرفقت %n صورة أو ملفًا من ملف التصدير برسائلها.</numerusform>
            <numerusform>أُرفقت %n صورة أو ملف من ملف التصدير برسائلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) named in the messages were not in the export, so they could not be attached. Export the chat again &quot;with media&quot; to include them.</source>
        <translation>
            <numerusform>%n صورة أو ملف مذكورة في الرسائل لم تكن في ملف التصدير، فتعذّر إرفاقها. صدِّر المحادثة مرة أخرى &quot;with media&quot; (مع الوسائط) لتضمينها.</numerusform>
            <numerusform>صورة أو ملف واحد مذكور في الرسائل لم يكن في ملف التصدير، فتعذّر إرفاقه. صدِّر المحادثة مرة أخرى &quot;with media&quot; (مع الوسائط) لتضمينه.</numerusform>
            <numerusform>صورتان أو ملفان مذكوران في الرسائل لم يكونا في ملف التصدير، فتعذّر إرفاقهما. صدِّر المحادثة مرة أخرى &quot;with media&quot; (مع الوسائط) لتضمينهما.</numerusform>
            <numerusform>%n صور أو ملفات مذكورة في الرسائل لم تكن في ملف التصدير، فتعذّر إرفاقها. صدِّر المحادثة مرة أخرى &quot;with media&quot; (مع الوسائط) لتضمينها.</numerusform>
            <numerusform>%n صورة أو ملفًا مذكورة في الرسائل لم تكن في ملف التصدير، فتعذّر إرفاقها. صدِّر المحادثة مرة أخرى &quot;with media&quot; (مع الوسائط) لتضمينها.</numerusform>
            <numerusform>%n صورة أو ملف مذكورة في الرسائل لم تكن في ملف التصدير، فتعذّر إرفاقها. صدِّر المحادثة مرة أخرى &quot;with media&quot; (مع الوسائط) لتضمينها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) or call(s) were already in your diary from an earlier import and were not added again.</source>
        <translation>
            <numerusform>%n رسالة أو مكالمة كانت في دفترك من استيراد سابق ولم تُضف مرة أخرى.</numerusform>
            <numerusform>رسالة أو مكالمة واحدة كانت في دفترك من استيراد سابق ولم تُضف مرة أخرى.</numerusform>
            <numerusform>رسالتان أو مكالمتان كانتا في دفترك من استيراد سابق ولم تُضافا مرة أخرى.</numerusform>
            <numerusform>%n رسائل أو مكالمات كانت في دفترك من استيراد سابق ولم تُضف مرة أخرى.</numerusform>
            <numerusform>%n رسالة أو مكالمة كانت في دفترك من استيراد سابق ولم تُضف مرة أخرى.</numerusform>
            <numerusform>%n رسالة أو مكالمة كانت في دفترك من استيراد سابق ولم تُضف مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files of %1 are kept unchanged as exhibits %2 to %3, each linked to the incidents made from it. Their SHA-256 fingerprints were taken as they were stored.</source>
        <translation>تُحفظ ملفات %1 دون تغيير كالأدلة من %2 إلى %3، وكل منها مرتبط بالوقائع التي أُنشئت منه. أُخذت بصمات SHA-256 الخاصة بها عند حفظها.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportFilePage</name>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>اختيا&amp;ر الملف…</translation>
    </message>
    <message>
        <source>Bring in messages and calls</source>
        <translation>جلب الرسائل والمكالمات</translation>
    </message>
    <message>
        <source>Each message or call you choose becomes an incident in your diary, with its exact words and time. The file itself is kept as an exhibit, just as the phone made it.</source>
        <translation>كل رسالة أو مكالمة تختارها تصبح واقعة في دفترك، بكلماتها ووقتها الدقيقين. ويُحفظ الملف نفسه كدليل، تمامًا كما أنشأه الهاتف.</translation>
    </message>
    <message>
        <source>First make an export on the phone: in WhatsApp open the chat, then More, then Export chat (with media if you want the photos). For text messages and calls on Android, the SMS Backup &amp; Restore app saves them as .xml files; Telegram, Instagram and Signal have their own exports too. Copy the file to this computer, then choose it here.</source>
        <translation>أولًا أنشئ ملف تصدير على الهاتف: في WhatsApp افتح المحادثة، ثم More (المزيد)، ثم Export chat (تصدير الدردشة) (مع الوسائط إن أردت الصور). للرسائل النصية والمكالمات على Android، يحفظها تطبيق SMS Backup &amp; Restore كملفات .xml؛ ولـ Telegram وInstagram وSignal طرق تصدير خاصة بها أيضًا. انسخ الملف إلى هذا الحاسوب، ثم اختره هنا.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>لم يُختر أي ملف بعد</translation>
    </message>
    <message>
        <source>The export file</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <source>%1 (not available yet)</source>
        <translation>‏%1 (غير متاح بعد)</translation>
    </message>
    <message>
        <source>&amp;Export file</source>
        <translation>ملف &amp;التصدير</translation>
    </message>
    <message>
        <source>What &amp;kind of export is it?</source>
        <translation>ما نو&amp;ع ملف التصدير؟</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>اختر ملف التصدير</translation>
    </message>
    <message>
        <source>Exports (*.txt *.zip *.xml *.eml *.mbox *.csv *.json)</source>
        <translation>ملفات التصدير (*.txt *.zip *.xml *.eml *.mbox *.csv *.json)</translation>
    </message>
    <message>
        <source>This looks like a %1. If it is something else, choose what it is above.</source>
        <translation>يبدو هذا الملف من نوع: %1. إن كان شيئًا آخر، فاختر نوعه في الأعلى.</translation>
    </message>
    <message>
        <source>Daymark cannot tell what kind of export this is. Please choose it above.</source>
        <translation>لا يستطيع Daymark معرفة نوع ملف التصدير هذا. يُرجى اختياره في الأعلى.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>لا يمكن استيراد هذا الملف</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportOptionsPage</name>
    <message>
        <source>One incident for &amp;each message or call</source>
        <translation>واقعة واحدة لكل &amp;رسالة أو مكالمة</translation>
    </message>
    <message>
        <source>One incident for each &amp;day, with that day&apos;s messages and calls in it</source>
        <translation>&amp;واقعة واحدة لكل يوم، تضم رسائل ذلك اليوم ومكالماته</translation>
    </message>
    <message>
        <source>Checking what is already in your diary…</source>
        <translation>جارٍ التحقق مما هو موجود في دفترك…</translation>
    </message>
    <message>
        <source>Adding to your diary…</source>
        <translation>جارٍ الإضافة إلى دفترك…</translation>
    </message>
    <message>
        <source>How to add them</source>
        <translation>طريقة إضافتها</translation>
    </message>
    <message>
        <source>Everything is added in one go. If anything goes wrong, or you cancel, nothing is added.</source>
        <translation>يُضاف كل شيء دفعة واحدة. إن حدث أي خطأ، أو ألغيت، فلا يُضاف شيء.</translation>
    </message>
    <message>
        <source>&amp;Add to the diary</source>
        <translation>&amp;إضافة إلى الدفتر</translation>
    </message>
    <message>
        <source>&amp;Time zone the phone was in</source>
        <translation>المنطقة الزمنية التي كا&amp;ن فيها الهاتف</translation>
    </message>
    <message>
        <source>WhatsApp writes times as the phone&apos;s clock showed them, without saying where. Choose where the phone was, so the times in your diary are right. It also decides where each day begins and ends.</source>
        <translation>يكتب WhatsApp الأوقات كما أظهرتها ساعة الهاتف، دون ذكر المكان. اختر مكان الهاتف، لتكون الأوقات في دفترك صحيحة. ويحدّد ذلك أيضًا أين يبدأ كل يوم وأين ينتهي.</translation>
    </message>
    <message>
        <source>You stopped the check. Go back and forward again to check once more.</source>
        <translation>أوقفت التحقق. ارجع ثم تقدّم مرة أخرى للتحقق من جديد.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>لا يمكن استيراد هذا الملف</translation>
    </message>
    <message>
        <source>You stopped the import. Nothing was added to your diary.</source>
        <translation>أوقفت الاستيراد. لم يُضف شيء إلى دفترك.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>%1 Nothing was added to your diary.</source>
        <translation>‏%1 لم يُضف شيء إلى دفترك.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message numerus="yes">
        <source>Attach the photos and files the export holds (%n named)</source>
        <translation>
            <numerusform>إرفاق الصور والملفات الموجودة في ملف التصدير (المذكور منها: %n)</numerusform>
            <numerusform>إرفاق الصور والملفات الموجودة في ملف التصدير (المذكور منها: واحد)</numerusform>
            <numerusform>إرفاق الصور والملفات الموجودة في ملف التصدير (المذكور منها: اثنان)</numerusform>
            <numerusform>إرفاق الصور والملفات الموجودة في ملف التصدير (المذكور منها: %n)</numerusform>
            <numerusform>إرفاق الصور والملفات الموجودة في ملف التصدير (المذكور منها: %n)</numerusform>
            <numerusform>إرفاق الصور والملفات الموجودة في ملف التصدير (المذكور منها: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach the photos and files the export holds (it names none)</source>
        <translation>إرفاق الصور والملفات الموجودة في ملف التصدير (لا يذكر أيًّا منها)</translation>
    </message>
    <message>
        <source>Nothing new to add: every one of these is already in your diary from an earlier import.</source>
        <translation>لا جديد لإضافته: كل واحدة منها موجودة في دفترك من استيراد سابق.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be added.</source>
        <translation>
            <numerusform>ستُضاف %n واقعة.</numerusform>
            <numerusform>ستُضاف واقعة واحدة.</numerusform>
            <numerusform>ستُضاف واقعتان.</numerusform>
            <numerusform>ستُضاف %n وقائع.</numerusform>
            <numerusform>ستُضاف %n واقعة.</numerusform>
            <numerusform>ستُضاف %n واقعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be added, one for each day, </source>
        <translation>
            <numerusform>ستُضاف %n واقعة، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف واقعة واحدة، لكل يوم واحدة، </numerusform>
            <numerusform>ستُضاف واقعتان، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف %n وقائع، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف %n واقعة، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف %n واقعة، واحدة لكل يوم، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holding %n message(s) and call(s).</source>
        <translation>
            <numerusform>تضم %n رسالة ومكالمة.</numerusform>
            <numerusform>تضم رسالة أو مكالمة واحدة.</numerusform>
            <numerusform>تضم رسالتين أو مكالمتين.</numerusform>
            <numerusform>تضم %n رسائل ومكالمات.</numerusform>
            <numerusform>تضم %n رسالة ومكالمة.</numerusform>
            <numerusform>تضم %n رسالة ومكالمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n incident(s) will be added, one for each day, </source>
        <translation>
            <numerusform>ستُضاف %n واقعة على الأكثر، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف واقعة واحدة على الأكثر، لكل يوم واحدة، </numerusform>
            <numerusform>ستُضاف واقعتان على الأكثر، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف %n وقائع على الأكثر، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف %n واقعة على الأكثر، واحدة لكل يوم، </numerusform>
            <numerusform>ستُضاف %n واقعة على الأكثر، واحدة لكل يوم، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holding %n new message(s) and call(s).</source>
        <translation>
            <numerusform>تضم %n رسالة ومكالمة جديدة.</numerusform>
            <numerusform>تضم رسالة أو مكالمة جديدة واحدة.</numerusform>
            <numerusform>تضم رسالتين أو مكالمتين جديدتين.</numerusform>
            <numerusform>تضم %n رسائل ومكالمات جديدة.</numerusform>
            <numerusform>تضم %n رسالة ومكالمة جديدة.</numerusform>
            <numerusform>تضم %n رسالة ومكالمة جديدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were imported before and will not be added again.</source>
        <translation>
            <numerusform>%n منها استُوردت من قبل ولن تُضاف مرة أخرى.</numerusform>
            <numerusform>واحدة منها استُوردت من قبل ولن تُضاف مرة أخرى.</numerusform>
            <numerusform>اثنتان منها استُوردتا من قبل ولن تُضافا مرة أخرى.</numerusform>
            <numerusform>%n منها استُوردت من قبل ولن تُضاف مرة أخرى.</numerusform>
            <numerusform>%n منها استُوردت من قبل ولن تُضاف مرة أخرى.</numerusform>
            <numerusform>%n منها استُوردت من قبل ولن تُضاف مرة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>call duration in seconds</comment>
        <translation>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>call duration</comment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>مكالمة واردة</translation>
    </message>
    <message>
        <source>Incoming call, %1</source>
        <translation>مكالمة واردة، %1</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>مكالمة صادرة</translation>
    </message>
    <message>
        <source>Outgoing call, %1</source>
        <translation>مكالمة صادرة، %1</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>مكالمة فائتة</translation>
    </message>
    <message>
        <source>Rejected or blocked call</source>
        <translation>مكالمة مرفوضة أو محظورة</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>بريد صوتي</translation>
    </message>
    <message>
        <source>Voicemail, %1</source>
        <translation>بريد صوتي، %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>[a photo or file, left out of the export]</source>
        <translation>[صورة أو ملف، مُستبعد من ملف التصدير]</translation>
    </message>
    <message>
        <source>[attached: %1]</source>
        <translation>[مُرفق: %1]</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <comment>a message changed after it was sent</comment>
        <translation>‏%1 (مُعدَّلة)</translation>
    </message>
    <message>
        <source>(the app itself)</source>
        <translation>(التطبيق نفسه)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>You, to %1</source>
        <translation>أنت، إلى %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(مجهول)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a sender: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>مُختارة</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>غير مُختارة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Message or call</source>
        <translation>الرسالة أو المكالمة</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportPreviewPage</name>
    <message>
        <source>How does the phone write dates?</source>
        <translation>كيف يكتب الهاتف التواريخ؟</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>إعا&amp;دة قراءة الملف</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>جارٍ قراءة ملف التصدير…</translation>
    </message>
    <message>
        <source>Check what the file holds</source>
        <translation>تحقّق مما يحويه الملف</translation>
    </message>
    <message>
        <source>This is the conversation as the export holds it. Nothing has been added to your diary yet.</source>
        <translation>هذه هي المحادثة كما يحويها ملف التصدير. لم يُضف شيء إلى دفترك بعد.</translation>
    </message>
    <message>
        <source>People in the export, with how many messages and calls each</source>
        <translation>الأشخاص في ملف التصدير، مع عدد رسائل ومكالمات كل منهم</translation>
    </message>
    <message>
        <source>&amp;People in it</source>
        <translation>الأشخا&amp;ص فيه</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>You stopped the reading. Nothing was added to your diary.</source>
        <translation>أوقفت القراءة. لم يُضف شيء إلى دفترك.</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translation>تتعذّر قراءة هذا الملف</translation>
    </message>
    <message>
        <source>The reading was stopped.</source>
        <translation>أُوقفت القراءة.</translation>
    </message>
    <message>
        <source>Please answer the question above first.</source>
        <translation>يُرجى الإجابة عن السؤال في الأعلى أولًا.</translation>
    </message>
    <message>
        <source>Daymark found no messages or calls in this file. Check that it is the export you meant, and that the kind of export on the first page is right.</source>
        <translation>لم يجد Daymark أي رسائل أو مكالمات في هذا الملف. تحقّق أنه ملف التصدير المقصود، وأن نوع ملف التصدير في الصفحة الأولى صحيح.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s)</source>
        <translation>
            <numerusform>%n رسالة ومكالمة</numerusform>
            <numerusform>رسالة أو مكالمة واحدة</numerusform>
            <numerusform>رسالتان أو مكالمتان</numerusform>
            <numerusform>%n رسائل ومكالمات</numerusform>
            <numerusform>%n رسالة ومكالمة</numerusform>
            <numerusform>%n رسالة ومكالمة</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1
to %2</source>
        <translation>من %1
إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) named</source>
        <translation>
            <numerusform>%n صورة أو ملف مذكور</numerusform>
            <numerusform>صورة أو ملف واحد مذكور</numerusform>
            <numerusform>صورتان أو ملفان مذكوران</numerusform>
            <numerusform>%n صور أو ملفات مذكورة</numerusform>
            <numerusform>%n صورة أو ملفًا مذكورًا</numerusform>
            <numerusform>%n صورة أو ملف مذكور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written by the app itself (shown in grey, never added)</source>
        <translation>
            <numerusform>%n سطر كتبه التطبيق نفسه (بالرمادي، لا يُضاف أبدًا)</numerusform>
            <numerusform>سطر واحد كتبه التطبيق نفسه (بالرمادي، لا يُضاف أبدًا)</numerusform>
            <numerusform>سطران كتبهما التطبيق نفسه (بالرمادي، لا يُضافان أبدًا)</numerusform>
            <numerusform>%n أسطر كتبها التطبيق نفسه (بالرمادي، لا تُضاف أبدًا)</numerusform>
            <numerusform>%n سطرًا كتبها التطبيق نفسه (بالرمادي، لا تُضاف أبدًا)</numerusform>
            <numerusform>%n سطر كتبها التطبيق نفسه (بالرمادي، لا تُضاف أبدًا)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) or call(s)</source>
        <translation>
            <numerusform>%1: %n رسالة أو مكالمة</numerusform>
            <numerusform>%1: رسالة أو مكالمة واحدة</numerusform>
            <numerusform>%1: رسالتان أو مكالمتان</numerusform>
            <numerusform>%1: %n رسائل أو مكالمات</numerusform>
            <numerusform>%1: %n رسالة أو مكالمة</numerusform>
            <numerusform>%1: %n رسالة أو مكالمة</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates in this chat can be read two ways. This line is from the file:

%1

Which date is it?</source>
        <translation>يمكن قراءة التواريخ في هذه المحادثة بطريقتين. هذا السطر من الملف:

%1

أي تاريخ هو؟</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>اليوم أولًا: %1</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <translation>اليوم أولًا (يوم/شهر/سنة)</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>الشهر أولًا: %1</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>الشهر أولًا (شهر/يوم/سنة)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ImportWizard</name>
    <message>
        <source>Import messages and calls</source>
        <translation>استيراد الرسائل والمكالمات</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentBrowserPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>Words to find: what was said, places, names, tags…</source>
        <translation>كلمات للبحث: ما قيل، الأماكن، الأسماء، الوسوم…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>البحث في الدفتر</translation>
    </message>
    <message>
        <source>&amp;Find (Ctrl+F):</source>
        <translation>&amp;ابحث (Ctrl+F):</translation>
    </message>
    <message>
        <source>Incidents found, newest first</source>
        <translation>الوقائع التي وُجدت، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Incidents, newest first</source>
        <translation>الوقائع، الأحدث أولًا</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;واقعة جديدة…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>حذ&amp;ف…</translation>
    </message>
    <message>
        <source>Delete the selected incident, with a reason. It can be restored.</source>
        <translation>احذف الواقعة المحدّدة، مع ذكر السبب. يمكن استعادتها.</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>استعا&amp;دة…</translation>
    </message>
    <message>
        <source>Type a word to search every incident: what was said, places, people, tags and notes.</source>
        <translation>اكتب كلمة للبحث في كل الوقائع: ما قيل، والأماكن، والأشخاص، والوسوم، والملاحظات.</translation>
    </message>
    <message>
        <source>Nothing found for these words. Try fewer or shorter words, or clear the filters.</source>
        <translation>لم يُعثر على شيء لهذه الكلمات. جرّب كلمات أقل أو أقصر، أو امسح عوامل التصفية.</translation>
    </message>
    <message>
        <source>No incidents match these filters.</source>
        <translation>لا توجد وقائع تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No incidents are written down yet.</source>
        <translation>لم تُدوَّن أي وقائع بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n found, newest first.</source>
        <translation>
            <numerusform>وُجد %n، الأحدث أولًا.</numerusform>
            <numerusform>وُجدت واقعة واحدة.</numerusform>
            <numerusform>وُجدت واقعتان، الأحدث أولًا.</numerusform>
            <numerusform>وُجدت %n وقائع، الأحدث أولًا.</numerusform>
            <numerusform>وُجدت %n واقعة، الأحدث أولًا.</numerusform>
            <numerusform>وُجدت %n واقعة، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%n واقعة، الأحدث أولًا.</numerusform>
            <numerusform>واقعة واحدة.</numerusform>
            <numerusform>واقعتان، الأحدث أولًا.</numerusform>
            <numerusform>%n وقائع، الأحدث أولًا.</numerusform>
            <numerusform>%n واقعة، الأحدث أولًا.</numerusform>
            <numerusform>%n واقعة، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are shown; more load as you scroll.</source>
        <translation>تُعرض أحدث %1؛ ويُحمَّل المزيد حين تمرّر.</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>حذف الواقعة</translation>
    </message>
    <message>
        <source>Why is this incident being deleted? The reason is kept in the diary&apos;s history, and the incident can be restored later.</source>
        <translation>لماذا تُحذف هذه الواقعة؟ يُحفظ السبب في سجلّ الدفتر، ويمكن استعادة الواقعة لاحقًا.</translation>
    </message>
    <message>
        <source>Nothing was deleted: a reason is needed. Write a few words, such as &quot;logged twice&quot;, and try again.</source>
        <translation>لم يُحذف شيء: السبب مطلوب. اكتب بضع كلمات، مثل &quot;سُجِّلت مرتين&quot;، وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Restore incident</source>
        <translation>استعادة الواقعة</translation>
    </message>
    <message>
        <source>Why is this incident being restored? (optional)</source>
        <translation>لماذا تُستعاد هذه الواقعة؟ (اختياري)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentDetailDialog</name>
    <message>
        <source>Incident no. %1</source>
        <translation>الواقعة رقم %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Happened:</source>
        <translation>وقعت:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>حتى:</translation>
    </message>
    <message>
        <source>Time is:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>Approximate, a best guess</source>
        <translation>تقريبي، أفضل تخمين</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>سُجِّلت:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when recorded, how long after</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Amended:</source>
        <translation>عُدِّلت:</translation>
    </message>
    <message>
        <source>Yes: this is version %1, last changed %2</source>
        <translation>نعم: هذه هي النسخة %1، آخر تغيير %2</translation>
    </message>
    <message>
        <source>No, as first written</source>
        <translation>لا، كما كُتبت أول مرة</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>محذوفة:</translation>
    </message>
    <message>
        <source>Yes. Reason: %1</source>
        <translation>نعم. السبب: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>ما حدث:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>الوسيلة:</translation>
    </message>
    <message>
        <source>Number or account:</source>
        <translation>الرقم أو الحساب:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>الإحداثيات:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>People involved:</source>
        <translation>الأشخاص المعنيون:</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>الشهود:</translation>
    </message>
    <message>
        <source>Other witnesses:</source>
        <translation>شهود آخرون:</translation>
    </message>
    <message>
        <source>Children present:</source>
        <translation>وجود أطفال:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Effect on you:</source>
        <translation>الأثر عليك:</translation>
    </message>
    <message>
        <source>Police and orders</source>
        <translation>الشرطة والأوامر</translation>
    </message>
    <message>
        <source>Reported to police:</source>
        <translation>أُبلغت الشرطة:</translation>
    </message>
    <message>
        <source>Police reference:</source>
        <translation>مرجع الشرطة:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>الضابط:</translation>
    </message>
    <message>
        <source>Possible breach of:</source>
        <translation>خرق محتمل لـ:</translation>
    </message>
    <message>
        <source>Exhibits and notes</source>
        <translation>الأدلة والملاحظات</translation>
    </message>
    <message>
        <source>Exhibits:</source>
        <translation>الأدلة:</translation>
    </message>
    <message>
        <source>Private notes:</source>
        <translation>ملاحظات خاصة:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Change this incident; the version shown here stays in its history</source>
        <translation>غيّر هذه الواقعة؛ النسخة المعروضة هنا تبقى في سجلّها</translation>
    </message>
    <message>
        <source>A deleted incident cannot be changed; restore it first</source>
        <translation>لا يمكن تغيير واقعة محذوفة؛ استعِدها أولًا</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;السجلّ…</translation>
    </message>
    <message>
        <source>Every version of this incident, side by side</source>
        <translation>كل نسخ هذه الواقعة، جنبًا إلى جنب</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentEditor</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;السجلّ…</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>How it affected you: fear, distress, what you changed in your daily life because of it. Police and courts need to know this.</source>
        <translation>كيف أثّر ذلك عليك: الخوف، والضيق، وما غيّرته في حياتك اليومية بسببه. تحتاج الشرطة والمحاكم إلى معرفة ذلك.</translation>
    </message>
    <message>
        <source>Effect o&amp;n you:</source>
        <translation>&amp;الأثر عليك:</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Only for you: private notes are left out of exports and of the bundle for the police, unless you choose to include them when you export.</source>
        <translation>لك وحدك: الملاحظات الخاصة تُستبعد من ملفات التصدير ومن الحزمة المُعدّة للشرطة، ما لم تختر تضمينها عند التصدير.</translation>
    </message>
    <message>
        <source>Pri&amp;vate notes:</source>
        <translation>ملاحظا&amp;ت خاصة:</translation>
    </message>
    <message>
        <source>Sections of the incident</source>
        <translation>أقسام الواقعة</translation>
    </message>
    <message>
        <source>Save this incident (Ctrl+S)</source>
        <translation>احفظ هذه الواقعة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Every version of this incident, side by side</source>
        <translation>كل نسخ هذه الواقعة، جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to attach. Copy a screenshot first, then paste.</source>
        <translation>لا تحوي الحافظة صورة أو ملفًا لإرفاقه. انسخ لقطة شاشة أولًا، ثم الصقها.</translation>
    </message>
    <message>
        <source>This cannot be saved yet: see the note under “%1”. Nothing you typed is lost.</source>
        <translation>لا يمكن حفظ هذا بعد: انظر الملاحظة تحت «%1». لم يضع شيء مما كتبته.</translation>
    </message>
    <message>
        <source>Saved automatically when the diary was locked</source>
        <translation>حُفظت تلقائيًا حين أُقفل الدفتر</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>حفظ التغييرات؟</translation>
    </message>
    <message>
        <source>This incident is not saved yet. Save it before closing?</source>
        <translation>هذه الواقعة لم تُحفظ بعد. هل تحفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>You changed this incident. Save the changes before closing?</source>
        <translation>غيّرت هذه الواقعة. هل تحفظ التغييرات قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>If you discard them, what you typed here is lost.</source>
        <translation>إن تجاهلتها، يضيع ما كتبته هنا.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>واقعة جديدة</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>الواقعة رقم %1</translation>
    </message>
    <message>
        <source>The picture on the clipboard could not be read. Copy it again, then paste.</source>
        <translation>تعذّرت قراءة الصورة الموجودة في الحافظة. انسخها مرة أخرى، ثم الصقها.</translation>
    </message>
    <message>
        <source>Files are still being added. Wait until they are done, then add more.</source>
        <translation>ما زالت الملفات تُضاف. انتظر حتى تنتهي، ثم أضف المزيد.</translation>
    </message>
    <message>
        <source>%1 will be attached when you save this incident.</source>
        <translation>سيُرفق %1 حين تحفظ هذه الواقعة.</translation>
    </message>
    <message>
        <source>%1 files will be attached when you save this incident.</source>
        <translation>ستُرفق الملفات (%1) حين تحفظ هذه الواقعة.</translation>
    </message>
    <message>
        <source>The incident is saved.</source>
        <translation>حُفظت الواقعة.</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>أُرفق: %1.</translation>
    </message>
    <message>
        <source>Already in the diary, now also linked to this incident: %1.</source>
        <translation>موجود في الدفتر من قبل، ومرتبط الآن بهذه الواقعة أيضًا: %1.</translation>
    </message>
    <message>
        <source>Cancelled, so not attached: %1. Nothing half-added was kept.</source>
        <translation>أُلغي، فلم يُرفق: %1. لم يُحفظ شيء أُضيف جزئيًا.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::IncidentFilterBar</name>
    <message>
        <source>Possible &amp;breaches only</source>
        <translation>الخر&amp;وقات المحتملة فقط</translation>
    </message>
    <message>
        <source>&amp;Reported to police only</source>
        <translation>&amp;المُبلَّغ عنها للشرطة فقط</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>بين تاريخين…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>من هذا اليوم</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>حتى هذا اليوم، شاملًا له</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>نوع الواقعة</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>الشخص المعني</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Show every incident again</source>
        <translation>اعرض كل الوقائع مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النو&amp;ع:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;الشخص:</translation>
    </message>
    <message>
        <source>Show &amp;deleted too</source>
        <translation>اعر&amp;ض المحذوفة أيضًا</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person name, role</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::InsightsPanel</name>
    <message>
        <source>&amp;Whole diary</source>
        <translation>&amp;الدفتر كله</translation>
    </message>
    <message>
        <source>Count every incident in the diary; clear it to choose the days</source>
        <translation>احسب كل واقعة في الدفتر؛ ألغِ التحديد لاختيار الأيام</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>من هذا اليوم</translation>
    </message>
    <message>
        <source>To this day, included</source>
        <translation>حتى هذا اليوم، شاملًا له</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Time of day and day of the week (each incident at the local time it was recorded with; hover over a square for its count)</source>
        <translation>وقت اليوم ويوم الأسبوع (كل واقعة بالتوقيت المحلي الذي سُجِّلت به؛ مرّر المؤشر فوق مربع لترى عدده)</translation>
    </message>
    <message>
        <source>&amp;Pattern over time</source>
        <translation>&amp;النمط عبر الزمن</translation>
    </message>
    <message>
        <source>Warning &amp;signs</source>
        <translation>العلاما&amp;ت التحذيرية</translation>
    </message>
    <message>
        <source>&amp;Risk questions</source>
        <translation>&amp;أسئلة الخطر</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>Cannot read the diary</source>
        <translation>تتعذّر قراءة الدفتر</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>1 incident in the weeks from %1 to %2; %3 (see Warning signs).</source>
        <translation>واقعة واحدة في الأسابيع من %1 إلى %2؛ %3 (انظر العلامات التحذيرية).</translation>
    </message>
    <message>
        <source>%1 incidents in the weeks from %2 to %3; %4 (see Warning signs).</source>
        <translation>الوقائع: %1 في الأسابيع من %2 إلى %3؛ %4 (انظر العلامات التحذيرية).</translation>
    </message>
    <message>
        <source>Warning &amp;signs (%1)</source>
        <translation>العلاما&amp;ت التحذيرية (%1)</translation>
    </message>
    <message>
        <source>No incidents recorded in this period.</source>
        <translation>لا توجد وقائع مسجّلة في هذه الفترة.</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>لا علامات تحذيرية</translation>
    </message>
    <message>
        <source>1 warning sign</source>
        <translation>علامة تحذيرية واحدة</translation>
    </message>
    <message>
        <source>%1 warning signs</source>
        <translation>العلامات التحذيرية: %1</translation>
    </message>
</context>
<context>
    <name>daymark::ui::MainWindow</name>
    <message>
        <source>Diary</source>
        <translation>الدفتر</translation>
    </message>
    <message>
        <source>&amp;Quick log</source>
        <translation>&amp;تسجيل سريع</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;واقعة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدا&amp;دات…</translation>
    </message>
    <message>
        <source>Write down that something happened just now (Ctrl+N); add details later</source>
        <translation>دوّن أن شيئًا حدث للتو (Ctrl+N)؛ وأضف التفاصيل لاحقًا</translation>
    </message>
    <message>
        <source>Write down an incident in full: when, what, where, who (Ctrl+Shift+N)</source>
        <translation>دوّن واقعة كاملة: متى، وماذا، وأين، ومن (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيرا&amp;د…</translation>
    </message>
    <message>
        <source>Lock the diary (Ctrl+L): it then needs the password again</source>
        <translation>اقفل الدفتر (Ctrl+L): سيحتاج بعدها إلى كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Exhibit initials, auto-lock, a plain title, language, recent diaries (Ctrl+,)</source>
        <translation>الأحرف الأولى للأدلة، القفل التلقائي، عنوان نافذة عادي، اللغة، الدفاتر الأخيرة (Ctrl+,)</translation>
    </message>
    <message>
        <source>An incident you were writing could not be saved as the diary locked, because part of it was not filled in correctly. Please write it again.</source>
        <translation>تعذّر حفظ واقعة كنت تكتبها عند قفل الدفتر، لأن جزءًا منها لم يُملأ بشكل صحيح. يُرجى كتابتها مرة أخرى.</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a plain window title that does not reveal the app</comment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>%1 — Daymark</source>
        <comment>window title: diary name — app name</comment>
        <translation>%1 — Daymark</translation>
    </message>
    <message>
        <source>Daymark</source>
        <translation>Daymark</translation>
    </message>
    <message>
        <source>Bring in messages and calls from a phone or app export: WhatsApp, text messages, call logs, e-mail (Ctrl+I)</source>
        <translation>اجلب الرسائل والمكالمات من ملف مُصدَّر من هاتف أو تطبيق: WhatsApp، الرسائل النصية، سجلّات المكالمات، البريد الإلكتروني (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::NewPasswordFields</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>كرّر كلمة المرور</translation>
    </message>
    <message>
        <source>Use this password anyway, although it is easy to guess</source>
        <translation>استخدم كلمة المرور هذه رغم أنها سهلة التخمين</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المر&amp;ور</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>كرّ&amp;ر كلمة المرور</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>قوة كلمة المرور</translation>
    </message>
    <message>
        <source>Type a password to protect the diary.</source>
        <translation>اكتب كلمة مرور لحماية الدفتر.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها في الحقلين.</translation>
    </message>
    <message>
        <source>This password is very easy to guess. Choose a stronger one, or tick “Use this password anyway” below if you need to keep it.</source>
        <translation>كلمة المرور هذه سهلة التخمين جدًا. اختر كلمة أقوى، أو حدّد «استخدم كلمة المرور هذه» أدناه إن كنت بحاجة إلى الإبقاء عليها.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>كلمتا المرور غير متطابقتين بعد.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::OrderEditor</name>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>تاريخ التبليغ</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Add a con&amp;dition</source>
        <translation>إضافة شر&amp;ط</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>حذف الشرط</translation>
    </message>
    <message>
        <source>For example: Teesside Magistrates&apos; Court</source>
        <translation>مثلًا: Teesside Magistrates&apos; Court</translation>
    </message>
    <message>
        <source>The case number on the order</source>
        <translation>رقم القضية المكتوب على الأمر</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Condition, in the order&apos;s own words</source>
        <translation>الشرط، بنص الأمر نفسه</translation>
    </message>
    <message>
        <source>&amp;Kind of order:</source>
        <translation>نو&amp;ع الأمر:</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>نوع الأمر</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;المحكمة:</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>مرجع &amp;القضية:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>مرجع القضية</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;ضد:</translation>
    </message>
    <message>
        <source>The person the order is against</source>
        <translation>الشخص الصادر ضده الأمر</translation>
    </message>
    <message>
        <source>&amp;Made:</source>
        <translation>صد&amp;ر:</translation>
    </message>
    <message>
        <source>The date the order was made is known</source>
        <translation>تاريخ إصدار الأمر معروف</translation>
    </message>
    <message>
        <source>Ser&amp;ved:</source>
        <translation>&amp;بُلِّغ:</translation>
    </message>
    <message>
        <source>The date the order was served is known</source>
        <translation>تاريخ تبليغ الأمر معروف</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;ينتهي:</translation>
    </message>
    <message>
        <source>The order has an expiry date</source>
        <translation>للأمر تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>الشروط:</translation>
    </message>
    <message>
        <source>Conditions of the order</source>
        <translation>شروط الأمر</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظا&amp;ت:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>غير مُسمّى</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>person&apos;s name</comment>
        <translation>‏%1 (محذوف)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name — role</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
</context>
<context>
    <name>daymark::ui::OrdersPanel</name>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;أمر جديد</translation>
    </message>
    <message>
        <source>Show &amp;deleted orders</source>
        <translation>اعر&amp;ض الأوامر المحذوفة</translation>
    </message>
    <message>
        <source>Possible breaches recorded</source>
        <translation>الخروقات المحتملة المسجّلة</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>حذ&amp;ف…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>استعا&amp;دة…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>أوامر الحماية</translation>
    </message>
    <message>
        <source>Incidents recorded as possible breaches, by condition</source>
        <translation>الوقائع المسجّلة كخروقات محتملة، حسب الشرط</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Enter or a double-click shows the incident</source>
        <translation>Enter أو النقر المزدوج يعرض الواقعة</translation>
    </message>
    <message>
        <source>Save this order (Ctrl+S)</source>
        <translation>احفظ هذا الأمر (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>order</comment>
        <translation>‏%1 (محذوف)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>ينتهي %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>صدر %1</translation>
    </message>
    <message>
        <source>Dates not given</source>
        <translation>التواريخ غير مذكورة</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>order, then its dates</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>order, dates</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>صدر %1.</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>ينتهي %1.</translation>
    </message>
    <message>
        <source>Deleted. Restore the order to change it.</source>
        <translation>محذوف. استعِد الأمر لتغييره.</translation>
    </message>
    <message>
        <source>Changed since first written down: this is version %1.</source>
        <translation>تغيّر منذ أول تدوين: هذه هي النسخة %1.</translation>
    </message>
    <message>
        <source>No incident is marked as a possible breach of this order. When you write an incident down, you can mark it as a possible breach of a condition.</source>
        <translation>لا توجد واقعة مُعلَّمة كخرق محتمل لهذا الأمر. حين تدوّن واقعة، يمكنك تعليمها كخرق محتمل لأحد الشروط.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>الشرط %1: %2</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>الشرط %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The order&apos;s details in the form are not saved yet. Do you want to leave them?</source>
        <translation>تفاصيل الأمر في النموذج لم تُحفظ بعد. هل تريد تركها؟</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>متابعة &amp;التحرير</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>المغا&amp;درة دون حفظ</translation>
    </message>
    <message>
        <source>New protection order</source>
        <translation>أمر حماية جديد</translation>
    </message>
    <message>
        <source>Copy the details from the order itself. Its conditions are numbered as they are on the order, so each incident can say which one it may breach.</source>
        <translation>انسخ التفاصيل من الأمر نفسه. تُرقَّم شروطه كما هي في الأمر، لتذكر كل واقعة أيّ شرط قد تخرقه.</translation>
    </message>
    <message>
        <source>The order is saved in the diary.</source>
        <translation>حُفظ الأمر في الدفتر.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>لم يتغيّر شيء، فلا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>Why change this order?</source>
        <translation>لماذا تغيّر هذا الأمر؟</translation>
    </message>
    <message>
        <source>&amp;Why are you changing the order? For example: varied by the court on 3 May. The earlier version stays in the diary&apos;s history.</source>
        <translation>لما&amp;ذا تغيّر الأمر؟ مثلًا: عدّلته المحكمة في 3 مايو. تبقى النسخة السابقة في سجلّ الدفتر.</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>حفظ &amp;التغيير</translation>
    </message>
    <message>
        <source>Saved as version %1. The earlier version is kept.</source>
        <translation>حُفظ كنسخة %1. النسخة السابقة محفوظة.</translation>
    </message>
    <message>
        <source>Delete this order?</source>
        <translation>حذف هذا الأمر؟</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting this order? It stays in the diary&apos;s history and can be restored.</source>
        <translation>لما&amp;ذا تحذف هذا الأمر؟ يبقى في سجلّ الدفتر ويمكن استعادته.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذ&amp;ف</translation>
    </message>
    <message>
        <source>The order is deleted. To bring it back, tick Show deleted orders and choose Restore.</source>
        <translation>حُذف الأمر. لإرجاعه، حدّد «اعرض الأوامر المحذوفة» واختر «استعادة».</translation>
    </message>
    <message>
        <source>Restore this order?</source>
        <translation>استعادة هذا الأمر؟</translation>
    </message>
    <message>
        <source>&amp;Why are you restoring this order? (You may leave this empty.)</source>
        <translation>لما&amp;ذا تستعيد هذا الأمر؟ (يمكنك ترك هذا فارغًا.)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعا&amp;دة</translation>
    </message>
    <message>
        <source>The order is restored.</source>
        <translation>استُعيد الأمر.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>حفظ التغييرا&amp;ت…</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PasswordStrength</name>
    <message>
        <source>No password yet</source>
        <translation>لا كلمة مرور بعد</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <source>A few unrelated words make a password that is strong and easy to remember.</source>
        <translation>بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية وسهلة التذكّر.</translation>
    </message>
    <message>
        <source>This password would be among the first ones tried. Use three or four unrelated words, or a longer sentence that only you would think of.</source>
        <translation>كلمة المرور هذه ستكون من أوائل ما يُجرَّب. استخدم ثلاث أو أربع كلمات لا علاقة بينها، أو جملة أطول لا تخطر إلا ببالك.</translation>
    </message>
    <message>
        <source>Someone could guess this with some effort. Add another unrelated word, or make it longer.</source>
        <translation>يستطيع شخص ما تخمين هذه ببعض الجهد. أضف كلمة أخرى لا علاقة لها، أو اجعلها أطول.</translation>
    </message>
    <message>
        <source>This is reasonable. One more unrelated word would make it much harder to guess.</source>
        <translation>هذه معقولة. كلمة أخرى لا علاقة لها ستجعل تخمينها أصعب بكثير.</translation>
    </message>
    <message>
        <source>This is a good password. Make sure you will remember it.</source>
        <translation>هذه كلمة مرور جيدة. تأكّد أنك ستتذكّرها.</translation>
    </message>
    <message>
        <source>This is an excellent password. Make sure you will remember it.</source>
        <translation>هذه كلمة مرور ممتازة. تأكّد أنك ستتذكّرها.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>قوة كلمة المرور</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>القوة: %1</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PeoplePanel</name>
    <message>
        <source>&amp;New person</source>
        <translation>شخص &amp;جديد</translation>
    </message>
    <message>
        <source>Show &amp;deleted people</source>
        <translation>اعر&amp;ض الأشخاص المحذوفين</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>حذ&amp;ف…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>استعا&amp;دة…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>People in the diary</source>
        <translation>الأشخاص في الدفتر</translation>
    </message>
    <message>
        <source>Add someone to the diary: the person harassing you, a witness, an officer (Alt+N)</source>
        <translation>أضف شخصًا إلى الدفتر: الشخص الذي يتحرّش بك، أو شاهدًا، أو ضابطًا (Alt+N)</translation>
    </message>
    <message>
        <source>Delete this person, giving a reason (Delete in the list). They can be restored.</source>
        <translation>احذف هذا الشخص، مع ذكر السبب (Delete في القائمة). يمكن استعادته.</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>احفظ هذا الشخص (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>person&apos;s name</comment>
        <translation>‏%1 (محذوف)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>name, then role</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>name, role</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>Deleted. Restore this person to change their details.</source>
        <translation>محذوف. استعِد هذا الشخص لتغيير بياناته.</translation>
    </message>
    <message>
        <source>First written down %1. Changed since: this is version %2.</source>
        <translation>أول تدوين %1. تغيّر منذ ذلك: هذه هي النسخة %2.</translation>
    </message>
    <message>
        <source>First written down %1.</source>
        <translation>أول تدوين %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The details in the form are not saved yet. Do you want to leave them?</source>
        <translation>التفاصيل في النموذج لم تُحفظ بعد. هل تريد تركها؟</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>متابعة &amp;التحرير</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>المغا&amp;درة دون حفظ</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Nobody is written down yet. Start with the person harassing you, if you know who it is; a description will do if you do not know their name.</source>
        <translation>لم يُدوَّن أي شخص بعد. ابدأ بالشخص الذي يتحرّش بك، إن كنت تعرف من هو؛ ويكفي وصف إن كنت لا تعرف اسمه.</translation>
    </message>
    <message>
        <source>Fill in what you know; everything but the name can wait.</source>
        <translation>املأ ما تعرفه؛ كل شيء عدا الاسم يمكنه الانتظار.</translation>
    </message>
    <message>
        <source>%1 is saved in the diary.</source>
        <translation>حُفظ %1 في الدفتر.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>لم يتغيّر شيء، فلا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>Why change these details?</source>
        <translation>لماذا تغيّر هذه البيانات؟</translation>
    </message>
    <message>
        <source>&amp;Why are you changing these details? The earlier version stays in the diary&apos;s history.</source>
        <translation>لما&amp;ذا تغيّر هذه البيانات؟ تبقى النسخة السابقة في سجلّ الدفتر.</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>حفظ &amp;التغيير</translation>
    </message>
    <message>
        <source>Saved as version %1. The earlier version is kept.</source>
        <translation>حُفظ كنسخة %1. النسخة السابقة محفوظة.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <source>&amp;Why are you deleting this person? They stay in the diary&apos;s history and can be restored.</source>
        <translation>لما&amp;ذا تحذف هذا الشخص؟ يبقى في سجلّ الدفتر ويمكن استعادته.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذ&amp;ف</translation>
    </message>
    <message>
        <source>%1 is deleted. To bring them back, tick Show deleted people and choose Restore.</source>
        <translation>حُذف %1. لإرجاعه، حدّد «اعرض الأشخاص المحذوفين» واختر «استعادة».</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>استعادة %1؟</translation>
    </message>
    <message>
        <source>&amp;Why are you restoring this person? (You may leave this empty.)</source>
        <translation>لما&amp;ذا تستعيد هذا الشخص؟ (يمكنك ترك هذا فارغًا.)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعا&amp;دة</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>استُعيد %1.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>حفظ التغييرا&amp;ت…</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PersonEditor</name>
    <message>
        <source>Make</source>
        <translation>الصانع</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>رقم اللوحة</translation>
    </message>
    <message>
        <source>Add a &amp;vehicle</source>
        <translation>&amp;إضافة مركبة</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>حذف المركبة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Account or handle</source>
        <translation>الحساب أو اسم المستخدم</translation>
    </message>
    <message>
        <source>Add an accou&amp;nt</source>
        <translation>إضافة حسا&amp;ب</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <source>For example: ex-partner, neighbour, colleague, not known</source>
        <translation>مثلًا: شريك سابق، جار، زميل، غير معروف</translation>
    </message>
    <message>
        <source>For officers and support workers: the force or charity</source>
        <translation>للضباط والعاملين في الدعم: جهاز الشرطة أو الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>المركبات</translation>
    </message>
    <message>
        <source>Online accounts</source>
        <translation>الحسابات على الإنترنت</translation>
    </message>
    <message>
        <source>A name, or a description such as “unknown man in the blue car”</source>
        <translation>اسم، أو وصف مثل «رجل مجهول في السيارة الزرقاء»</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الد&amp;ور:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <translation>معر&amp;وف أيضًا باسم:</translation>
    </message>
    <message>
        <source>Also known as, one name per line</source>
        <translation>معروف أيضًا باسم، اسم في كل سطر</translation>
    </message>
    <message>
        <source>Relations&amp;hip to you:</source>
        <translation>&amp;العلاقة بك:</translation>
    </message>
    <message>
        <source>Relationship to you</source>
        <translation>العلاقة بك</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;المظهر:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Vehicles:</source>
        <translation>المركبات:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>أ&amp;رقام الهواتف:</translation>
    </message>
    <message>
        <source>Phone numbers, one per line</source>
        <translation>أرقام الهواتف، رقم في كل سطر</translation>
    </message>
    <message>
        <source>Ema&amp;il addresses:</source>
        <translation>عنا&amp;وين البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation>عناوين البريد الإلكتروني، عنوان في كل سطر</translation>
    </message>
    <message>
        <source>Online accounts:</source>
        <translation>الحسابات على الإنترنت:</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>ال&amp;عناوين:</translation>
    </message>
    <message>
        <source>Addresses, one per line</source>
        <translation>العناوين، عنوان في كل سطر</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;الجهة:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظا&amp;ت:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>daymark::ui::PoliceSection</name>
    <message>
        <source>%1, %2</source>
        <comment>order kind, reference</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1, made %2</source>
        <comment>order, date</comment>
        <translation>%1، صدر %2</translation>
    </message>
    <message>
        <source>%1 (deleted from the diary)</source>
        <translation>‏%1 (محذوف من الدفتر)</translation>
    </message>
    <message>
        <source>Police and orders</source>
        <translation>الشرطة والأوامر</translation>
    </message>
    <message>
        <source>&amp;Reported to the police</source>
        <translation>&amp;أُبلغت الشرطة</translation>
    </message>
    <message>
        <source>e.g. crime or incident number</source>
        <translation>مثل رقم الجريمة أو رقم الواقعة</translation>
    </message>
    <message>
        <source>Name and collar number, if you have them</source>
        <translation>الاسم ورقم الضابط (collar number)، إن كانا لديك</translation>
    </message>
    <message>
        <source>No protection orders are in your diary yet.</source>
        <translation>لا توجد أوامر حماية في دفترك بعد.</translation>
    </message>
    <message>
        <source>Police reference num&amp;ber:</source>
        <translation>&amp;رقم مرجع الشرطة:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>الضابط:</translation>
    </message>
    <message>
        <source>Possible breach o&amp;f:</source>
        <translation>خر&amp;ق محتمل لـ:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>condition number, text</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Something went wrong inside Daymark (%1). Nothing was changed; please try again.</source>
        <translation>حدث خطأ داخل Daymark (%1). لم يتغيّر شيء؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::QuickExit</name>
    <message>
        <source>&amp;Quick exit</source>
        <translation>خر&amp;وج سريع</translation>
    </message>
    <message>
        <source>Hide Daymark and lock the diary at once (Ctrl+Shift+Q, or Esc twice)</source>
        <translation>أخفِ Daymark واقفل الدفتر فورًا (Ctrl+Shift+Q، أو Esc مرتين)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::QuickLogDialog</name>
    <message>
        <source>A &amp;call</source>
        <translation>م&amp;كالمة</translation>
    </message>
    <message>
        <source>A &amp;message or text</source>
        <translation>&amp;رسالة</translation>
    </message>
    <message>
        <source>&amp;Social media</source>
        <translation>&amp;وسائل التواصل</translation>
    </message>
    <message>
        <source>S&amp;een nearby</source>
        <translation>شوهد بالقر&amp;ب</translation>
    </message>
    <message>
        <source>&amp;Turned up</source>
        <translation>حضر فجأ&amp;ة</translation>
    </message>
    <message>
        <source>Something &amp;else</source>
        <translation>شيء &amp;آخر</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>تسجيل سريع</translation>
    </message>
    <message>
        <source>What just happened? It is saved with the time now; you can add details later.</source>
        <translation>ماذا حدث للتو؟ يُحفظ مع الوقت الحالي؛ ويمكنك إضافة التفاصيل لاحقًا.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
</context>
<context>
    <name>daymark::ui::RestoreOffer</name>
    <message>
        <source>Put back a backup?</source>
        <translation>إرجاع نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>This diary file is damaged. A good backup of it from %1 opens with your password.</source>
        <translation>ملف الدفتر هذا تالف. توجد له نسخة احتياطية سليمة من %1 تُفتح بكلمة مرورك.</translation>
    </message>
    <message>
        <source>Putting it back replaces the damaged file, which is kept beside it (renamed, never deleted). Anything written after %1 is not in the backup.</source>
        <translation>إرجاعها يستبدل الملف التالف، الذي يُحفظ بجانبها (باسم جديد، ولا يُحذف أبدًا). أي شيء كُتب بعد %1 ليس في النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>&amp;Put back the backup</source>
        <translation>إ&amp;رجاع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>ليس الآ&amp;ن</translation>
    </message>
    <message>
        <source>There is no backup to put back.</source>
        <translation>لا توجد نسخة احتياطية لإرجاعها.</translation>
    </message>
    <message>
        <source>Backup put back</source>
        <translation>أُرجعت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The diary was put back from its backup and passed the full check.</source>
        <translation>أُرجع الدفتر من نسخته الاحتياطية واجتاز الفحص الكامل.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1. Delete it only once you are sure you do not need it.</source>
        <translation>الملف التالف محفوظ باسم %1. لا تحذفه إلا حين تتأكد أنك لا تحتاج إليه.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SafetyContacts</name>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>Police, in an emergency</source>
        <translation>الشرطة، للطوارئ</translation>
    </message>
    <message>
        <source>If you are in danger now, or a crime is happening. If you cannot speak, call from a mobile, listen to the questions, and press 55 when asked: the police will know it is a real emergency.</source>
        <translation>إن كنت في خطر الآن، أو كانت جريمة تحدث. إن لم تستطع الكلام، فاتصل من هاتف محمول، واستمع إلى الأسئلة، واضغط 55 حين يُطلب منك: ستعرف الشرطة أنها حالة طوارئ حقيقية.</translation>
    </message>
    <message>
        <source>Police, not an emergency</source>
        <translation>الشرطة، لغير الطوارئ</translation>
    </message>
    <message>
        <source>To report an incident that has already happened, or to add to a report you made.</source>
        <translation>للإبلاغ عن واقعة حدثت من قبل، أو للإضافة إلى بلاغ قدّمته.</translation>
    </message>
    <message>
        <source>National Stalking Helpline</source>
        <translation>National&#xa0;Stalking&#xa0;Helpline</translation>
    </message>
    <message>
        <source>Free, confidential advice from people who know stalking, and help to find a local stalking advocate.</source>
        <translation>نصيحة مجانية وسرية من أشخاص يعرفون الملاحقة، ومساعدة في إيجاد مناصر محلي لضحايا الملاحقة.</translation>
    </message>
    <message>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <source>Free and open day and night, for anyone living with domestic abuse, and for friends and family.</source>
        <translation>مجاني ومتاح ليلًا ونهارًا، لكل من يعيش مع العنف الأسري، ولأصدقائه وعائلته.</translation>
    </message>
    <message>
        <source>Men&apos;s Advice Line</source>
        <translation>Men&apos;s Advice Line</translation>
    </message>
    <message>
        <source>Free, confidential support for men living with domestic abuse.</source>
        <translation>دعم مجاني وسري للرجال الذين يعيشون مع العنف الأسري.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SafetyPanel</name>
    <message>
        <source>Safety and support</source>
        <translation>الأمان والدعم</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation>إن كنت في خطر الآن، فاتصل بـ 999.</translation>
    </message>
    <message>
        <source>These numbers are for the %1.</source>
        <translation>هذه الأرقام خاصة بـ %1.</translation>
    </message>
    <message>
        <source>What Daymark protects</source>
        <translation>ما يحميه Daymark</translation>
    </message>
    <message>
        <source>Your diary is one encrypted file. Without your password nobody can read it, even with the file in hand. Every entry keeps the time you wrote it and every later change, so the record can be trusted by police and courts.</source>
        <translation>دفترك ملف مشفّر واحد. دون كلمة مرورك لا يستطيع أحد قراءته، حتى لو كان الملف بين يديه. كل إدخال يحتفظ بوقت كتابتك له وبكل تغيير لاحق، لذا يمكن للشرطة والمحاكم الوثوق بالسجلّ.</translation>
    </message>
    <message>
        <source>What Daymark cannot protect against</source>
        <translation>ما لا يستطيع Daymark حمايتك منه</translation>
    </message>
    <message>
        <source>While the diary is unlocked, anyone at this computer can read it. Lock it (Ctrl+L) whenever you step away. Daymark cannot protect you if this computer or your phone is being watched: spyware or a monitoring app can see what you type, including your password. If someone else has used or set up this computer, consider keeping your diary on a device only you use, and ask the helpline about checking your devices.</source>
        <translation>ما دام الدفتر مفتوحًا، يستطيع أي شخص أمام هذا الحاسوب قراءته. اقفله (Ctrl+L) كلما ابتعدت. لا يستطيع Daymark حمايتك إن كان هذا الحاسوب أو هاتفك مراقَبًا: برنامج التجسّس أو تطبيق المراقبة يرى ما تكتبه، بما في ذلك كلمة مرورك. إن كان شخص آخر قد استخدم هذا الحاسوب أو أعدّه، ففكّر في حفظ دفترك على جهاز لا يستخدمه غيرك، واسأل خط المساعدة عن فحص أجهزتك.</translation>
    </message>
    <message>
        <source>Nor can it keep the diary from someone who knows or guesses your password, or who forces you to unlock it.</source>
        <translation>ولا يستطيع حماية الدفتر ممن يعرف كلمة مرورك أو يخمّنها، أو ممن يُجبرك على فتحه.</translation>
    </message>
    <message>
        <source>What Daymark can and cannot &amp;protect you from…</source>
        <translation>ما يستطيع Daymark حمايتك منه &amp;وما لا يستطيع…</translation>
    </message>
    <message>
        <source>Keeping the diary safe</source>
        <translation>الحفاظ على أمان الدفتر</translation>
    </message>
    <message>
        <source>Choose a password nobody could guess and that you do not use anywhere else. There is no way to recover a forgotten password, so keep a backup copy and write the password down somewhere only you can reach. Write entries soon after things happen, in your own words, and keep the originals of messages, photos and recordings.</source>
        <translation>اختر كلمة مرور لا يستطيع أحد تخمينها ولا تستخدمها في أي مكان آخر. لا توجد طريقة لاسترجاع كلمة مرور منسية، لذا احتفظ بنسخة احتياطية واكتب كلمة المرور في مكان لا يصل إليه غيرك. دوّن الإدخالات بعد وقوع الأحداث بوقت قصير، بكلماتك أنت، واحتفظ بأصول الرسائل والصور والتسجيلات.</translation>
    </message>
    <message>
        <source>Save a copy with a &amp;different password…</source>
        <translation>حفظ نسخة بكلمة مر&amp;ور مختلفة…</translation>
    </message>
    <message>
        <source>A complete copy for someone you trust or a safe place, in case you forget your password</source>
        <translation>نسخة كاملة لشخص تثق به أو لمكان آمن، في حال نسيت كلمة مرورك</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ScreeningForm</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>حفظ الإجابا&amp;ت</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>These are the questions police and support services ask about stalking (the S-DASH screening), in Daymark&apos;s words. Your answers are for you and for the people helping you: Daymark does not score them or judge your risk. Beside each question is what your diary already holds for it. Every save is kept with its date, so earlier answers are never lost.</source>
        <translation>هذه هي الأسئلة التي تطرحها الشرطة وخدمات الدعم عن الملاحقة (تقييم S-DASH)، بصياغة Daymark. إجاباتك لك وللأشخاص الذين يساعدونك: Daymark لا يعطيها درجات ولا يحكم على درجة الخطر عليك. بجانب كل سؤال ما يحويه دفترك بشأنه. كل حفظ يُحتفظ به مع تاريخه، فلا تضيع الإجابات السابقة أبدًا.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>ملاحظة على السؤال %1</translation>
    </message>
    <message>
        <source>Why answers changed (optional)</source>
        <translation>سبب تغيّر الإجابات (اختياري)</translation>
    </message>
    <message>
        <source>Why answers changed</source>
        <translation>سبب تغيّر الإجابات</translation>
    </message>
    <message>
        <source>Answers saved earlier</source>
        <translation>الإجابات المحفوظة سابقًا</translation>
    </message>
    <message>
        <source>Show every answer as it stood after the chosen save</source>
        <translation>اعرض كل إجابة كما كانت بعد الحفظ المختار</translation>
    </message>
    <message>
        <source>&amp;Earlier answers:</source>
        <translation>الإجابا&amp;ت السابقة:</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>لم تُجَب بعد.</translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation>أُجيب في %1.</translation>
    </message>
    <message>
        <source>Answered %1; changed once since it was first answered.</source>
        <translation>أُجيب في %1؛ وتغيّرت الإجابة مرة واحدة منذ أول إجابة.</translation>
    </message>
    <message>
        <source>Answered %1; changed %2 times since it was first answered.</source>
        <translation>أُجيب في %1؛ وتغيّرت الإجابة %2 مرة منذ أول إجابة.</translation>
    </message>
    <message>
        <source>%1 (1 answer)</source>
        <translation>‏%1 (إجابة واحدة)</translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation>‏%1 (الإجابات: %2)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>لم يُحفظ شيء بعد</translation>
    </message>
    <message>
        <source>Only you can answer this one: your diary holds nothing that bears on it.</source>
        <translation>لا يستطيع الإجابة عن هذا السؤال غيرك: دفترك لا يحوي شيئًا يتعلق به.</translation>
    </message>
    <message>
        <source>Nothing in your diary bears on this so far.</source>
        <translation>لا شيء في دفترك يتعلق بهذا حتى الآن.</translation>
    </message>
    <message>
        <source>In your diary: %1 incidents bear on this; the latest: %2</source>
        <translation>في دفترك: الوقائع المتعلقة بهذا %1؛ آخرها: %2</translation>
    </message>
    <message>
        <source>In your diary: %1</source>
        <translation>في دفترك: %1</translation>
    </message>
    <message>
        <source>Question %1 has a note but no answer. Choose Yes, No or Don&apos;t know for it, or clear the note; nothing was saved.</source>
        <translation>للسؤال %1 ملاحظة دون إجابة. اختر له «نعم» أو «لا» أو «لا أعرف»، أو امسح الملاحظة؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Choose an answer to at least one question, then save.</source>
        <translation>اختر إجابة لسؤال واحد على الأقل، ثم احفظ.</translation>
    </message>
    <message>
        <source>Nothing changed since your last save, so nothing new was saved.</source>
        <translation>لم يتغيّر شيء منذ آخر حفظ، فلم يُحفظ أي جديد.</translation>
    </message>
    <message>
        <source>Saved 1 answer with today&apos;s date. Earlier answers are kept; choose one under &quot;Earlier answers&quot; to see it.</source>
        <translation>حُفظت إجابة واحدة بتاريخ اليوم. الإجابات السابقة محفوظة؛ اختر إحداها تحت &quot;الإجابات السابقة&quot; لرؤيتها.</translation>
    </message>
    <message>
        <source>Saved %1 answers with today&apos;s date. Earlier answers are kept; choose one under &quot;Earlier answers&quot; to see it.</source>
        <translation>حُفظت الإجابات (%1) بتاريخ اليوم. الإجابات السابقة محفوظة؛ اختر إحداها تحت &quot;الإجابات السابقة&quot; لرؤيتها.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::ScreeningHistoryDialog</name>
    <message>
        <source>Earlier screening answers</source>
        <translation>إجابات التقييم السابقة</translation>
    </message>
    <message>
        <source>Your answers as they stood after the save of %1. Later answers do not replace them: every save is kept.</source>
        <translation>إجاباتك كما كانت بعد حفظ %1. الإجابات اللاحقة لا تحلّ محلّها: كل حفظ محفوظ.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاريخ الإجابة</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>لم تُجَب</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SettingsDialog</name>
    <message>
        <source>Show a plain &amp;title (&quot;Notes&quot;) and a plain icon instead of Daymark&apos;s, without the diary&apos;s name</source>
        <translation>اعر&amp;ض عنوانًا عاديًا (&quot;Notes&quot;) وأيقونة عادية بدلًا من عنوان Daymark وأيقونته، دون اسم الدفتر</translation>
    </message>
    <message>
        <source>After a &amp;quick exit, also open a weather forecast in the web browser</source>
        <translation>بعد الخر&amp;وج السريع، افتح أيضًا توقعات الطقس في متصفح الإنترنت</translation>
    </message>
    <message>
        <source>&amp;Remember the diaries I open, on the start screen</source>
        <translation>تذكّر &amp;الدفاتر التي أفتحها، في شاشة البداية</translation>
    </message>
    <message>
        <source>&amp;Forget the list now</source>
        <translation>انسَ القائمة الآ&amp;ن</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Exhibit initials</source>
        <translation>الأحرف الأولى للأدلة</translation>
    </message>
    <message>
        <source>Exhibit &amp;initials:</source>
        <translation>الأحر&amp;ف الأولى للأدلة:</translation>
    </message>
    <message>
        <source>Your initials number new exhibits: JS/1, JS/2 and so on. Exhibits already numbered keep their numbers.</source>
        <translation>تُرقَّم الأدلة الجديدة بأحرفك الأولى: JS/1 وJS/2 وهكذا. الأدلة المُرقَّمة من قبل تحتفظ بأرقامها.</translation>
    </message>
    <message>
        <source>Lock after minutes unused</source>
        <translation>القفل بعد دقائق من عدم الاستخدام</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;اقفل بعد:</translation>
    </message>
    <message>
        <source>The diary locks itself when the keyboard and mouse have not been used for this long, so it is not left open on the screen.</source>
        <translation>يُقفل الدفتر نفسه حين لا تُستخدم لوحة المفاتيح والفأرة طوال هذه المدة، حتى لا يبقى مفتوحًا على الشاشة.</translation>
    </message>
    <message>
        <source>Also lock when the &amp;screen locks or the computer goes to sleep</source>
        <translation>اقفل أيضًا حين تُقفل الشاشة أ&amp;و ينام الحاسوب</translation>
    </message>
    <message>
        <source>Also lock when the window is &amp;minimised</source>
        <translation>اقفل أيضًا حين تُصغَّر النافذ&amp;ة</translation>
    </message>
    <message>
        <source>Quick exit (Ctrl+Shift+Q, or Esc twice) hides Daymark and locks the diary at once, then closes it.</source>
        <translation>الخروج السريع (Ctrl+Shift+Q، أو Esc مرتين) يُخفي Daymark ويُقفل الدفتر فورًا، ثم يغلقه.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>A new language shows the next time Daymark starts.</source>
        <translation>تظهر اللغة الجديدة في المرة القادمة التي يبدأ فيها Daymark.</translation>
    </message>
    <message>
        <source>Anyone who uses this computer can see that list. Turn it off if someone might look for your diary.</source>
        <translation>يستطيع أي شخص يستخدم هذا الحاسوب رؤية تلك القائمة. أوقفها إن كان شخص ما قد يبحث عن دفترك.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::SignalsView</name>
    <message>
        <source>&amp;Open incident</source>
        <translation>فتح &amp;الواقعة</translation>
    </message>
    <message>
        <source>Warning signs in what you recorded</source>
        <translation>علامات تحذيرية فيما سجّلته</translation>
    </message>
    <message>
        <source>The incidents behind the chosen sign</source>
        <translation>الوقائع التي تستند إليها العلامة المختارة</translation>
    </message>
    <message>
        <source>Daymark never judges how dangerous your situation is: it only shows what you recorded. The National Stalking Helpline (0808 802 0300) and the police can help you weigh it.</source>
        <translation>Daymark لا يحكم أبدًا على مدى خطورة وضعك: إنه يعرض فقط ما سجّلته. يستطيع National Stalking Helpline (خط المساعدة الوطني لضحايا الملاحقة، 0808 802 0300) والشرطة مساعدتك في تقديره.</translation>
    </message>
    <message>
        <source>No warning signs in what you recorded for this period.</source>
        <translation>لا توجد علامات تحذيرية فيما سجّلته لهذه الفترة.</translation>
    </message>
    <message>
        <source>Choose a sign to see the incidents behind it.</source>
        <translation>اختر علامة لترى الوقائع التي تستند إليها.</translation>
    </message>
    <message>
        <source>The incident behind &quot;%1&quot; (double-click it to open it)</source>
        <translation>الواقعة التي تستند إليها &quot;%1&quot; (انقر عليها نقرًا مزدوجًا لفتحها)</translation>
    </message>
    <message>
        <source>The %1 incidents behind &quot;%2&quot; (double-click one to open it)</source>
        <translation>الوقائع التي تستند إليها &quot;%2&quot;، وعددها %1 (انقر نقرًا مزدوجًا على إحداها لفتحها)</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
</context>
<context>
    <name>daymark::ui::StartPage</name>
    <message>
        <source>&amp;Recently opened:</source>
        <translation>ما فُتح مؤخرً&amp;ا:</translation>
    </message>
    <message>
        <source>Daymark logo</source>
        <translation>شعار Daymark</translation>
    </message>
    <message>
        <source>Daymark</source>
        <translation>Daymark</translation>
    </message>
    <message>
        <source>A private diary of what is happening to you: incidents, the people involved, and the evidence.</source>
        <translation>دفتر يوميات خاص لما يحدث لك: الوقائع، والأشخاص المعنيون، والأدلة.</translation>
    </message>
    <message>
        <source>Your diary is one encrypted file on this computer, locked with a password that only you know. Daymark sends nothing anywhere.</source>
        <translation>دفترك ملف مشفّر واحد على هذا الحاسوب، مقفل بكلمة مرور لا يعرفها غيرك. Daymark لا يرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>&amp;Create a new diary…</source>
        <translation>إنشا&amp;ء دفتر جديد…</translation>
    </message>
    <message>
        <source>Choose where to keep a new diary and the password that protects it.</source>
        <translation>اختر مكان حفظ دفتر جديد وكلمة المرور التي تحميه.</translation>
    </message>
    <message>
        <source>&amp;Open a diary…</source>
        <translation>فتح &amp;دفتر…</translation>
    </message>
    <message>
        <source>Choose a diary file (.daymark) and unlock it with its password.</source>
        <translation>اختر ملف دفتر (.daymark) وافتحه بكلمة مروره.</translation>
    </message>
    <message>
        <source>Recently opened diaries</source>
        <translation>الدفاتر التي فُتحت مؤخرًا</translation>
    </message>
    <message>
        <source>%1  (in %2)</source>
        <comment>diary name, folder</comment>
        <translation>‏%1  (في ‎%2‎)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TemporaryCopies</name>
    <message>
        <source>Daymark could not make a private folder for the copy: %1. Nothing was written.</source>
        <translation>تعذّر على Daymark إنشاء مجلد خاص للنسخة: %1. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>تعذّرت كتابة النسخة: %1.</translation>
    </message>
    <message>
        <source>Daymark could not write the copy: %1.</source>
        <translation>تعذّر على Daymark كتابة النسخة: %1.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TimelineDelegate</name>
    <message>
        <source>approx.</source>
        <comment>a time that is a best guess</comment>
        <translation>تقريبًا</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>عُدِّلت</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>مُبلَّغ عنها</translation>
    </message>
    <message>
        <source>Possible breach</source>
        <translation>خرق محتمل</translation>
    </message>
    <message>
        <source>%1 · no. %2</source>
        <comment>type, incident number</comment>
        <translation>‏%1 · رقم %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::TimelinePanel</name>
    <message>
        <source>&amp;Add details…</source>
        <translation>&amp;إضافة تفاصيل…</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>إضافة تفاصيل</translation>
    </message>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>الخط الزمني للوقائع، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Nothing is written down yet. When something happens, press Quick log (Ctrl+N): it saves the time at once, and you can add the details later.</source>
        <translation>لم يُدوَّن شيء بعد. حين يحدث شيء، اضغط «تسجيل سريع» (Ctrl+N): يحفظ الوقت فورًا، ويمكنك إضافة التفاصيل لاحقًا.</translation>
    </message>
    <message>
        <source>Add what happened and where to the incident just logged (Ctrl+E)</source>
        <translation>أضف ما حدث وأين إلى الواقعة المسجّلة للتو (Ctrl+E)</translation>
    </message>
    <message>
        <source>Saved: “%1” at %2. You can add the details now (Ctrl+E) or later.</source>
        <translation>حُفظ: «%1» الساعة %2. يمكنك إضافة التفاصيل الآن (Ctrl+E) أو لاحقًا.</translation>
    </message>
    <message>
        <source>The details are saved. The quick log stays in the incident&apos;s history.</source>
        <translation>حُفظت التفاصيل. يبقى التسجيل السريع في سجلّ الواقعة.</translation>
    </message>
    <message>
        <source>Details added after a quick log</source>
        <translation>تفاصيل أُضيفت بعد تسجيل سريع</translation>
    </message>
    <message>
        <source>Saved: “%1”.</source>
        <translation>حُفظ: «%1».</translation>
    </message>
</context>
<context>
    <name>daymark::ui::UnlockPage</name>
    <message>
        <source>&amp;Choose another diary</source>
        <translation>اختيا&amp;ر دفتر آخر</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Unlock your diary</source>
        <translation>افتح دفترك</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The password of this diary</source>
        <translation>كلمة مرور هذا الدفتر</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المر&amp;ور</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>في ‎%1‎</translation>
    </message>
    <message>
        <source>Type the diary&apos;s password, then press Unlock.</source>
        <translation>اكتب كلمة مرور الدفتر، ثم اضغط «فتح».</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>جارٍ الفتح… يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>The diary could not be opened.</source>
        <translation>تعذّر فتح الدفتر.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WeeklyChartView</name>
    <message>
        <source>Incidents per week, by type</source>
        <translation>الوقائع في كل أسبوع، حسب النوع</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>لا توجد وقائع في هذه الفترة.</translation>
    </message>
    <message>
        <source>Incidents per week (Monday to Sunday), by type. The line is the average of the last %1 weeks, so a rise stands out from the ups and downs.</source>
        <translation>الوقائع في كل أسبوع (من الاثنين إلى الأحد)، حسب النوع. الخط هو متوسط آخر %1 أسابيع، فيبرز الارتفاع وسط التقلبات.</translation>
    </message>
    <message>
        <source>Incidents per %1 weeks, by type (the period is long, so each bar covers %1 weeks). The line is the average of the last %2 bars.</source>
        <translation>الوقائع في كل %1 أسابيع، حسب النوع (الفترة طويلة، فكل عمود يغطي %1 أسابيع). الخط هو متوسط آخر %2 أعمدة.</translation>
    </message>
    <message>
        <source>Average of the last %1 weeks</source>
        <translation>متوسط آخر %1 أسابيع</translation>
    </message>
    <message>
        <source>Average of the last %1 bars</source>
        <translation>متوسط آخر %1 أعمدة</translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation>الوقائع في كل أسبوع</translation>
    </message>
    <message>
        <source>Incidents per %1 weeks</source>
        <translation>الوقائع في كل %1 أسابيع</translation>
    </message>
    <message>
        <source>Week from Monday %1: 1 incident</source>
        <translation>الأسبوع الذي يبدأ يوم الاثنين %1: واقعة واحدة</translation>
    </message>
    <message>
        <source>Week from Monday %1: %2 incidents</source>
        <translation>الأسبوع الذي يبدأ يوم الاثنين %1: الوقائع %2</translation>
    </message>
    <message>
        <source>%1 incidents in the %2 weeks from %3</source>
        <translation>الوقائع: %1 في %2 أسابيع ابتداءً من %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>المتوسط: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhatSection</name>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>In a few words, e.g. “He rang from a withheld number”</source>
        <translation>في كلمات قليلة، مثل «اتصل من رقم مخفي»</translation>
    </message>
    <message>
        <source>What was said or done, in the exact words if you know them.</source>
        <translation>ما قيل أو ما فُعل، بالكلمات نفسها إن كنت تعرفها.</translation>
    </message>
    <message>
        <source>e.g. phone, WhatsApp, Instagram, in person</source>
        <translation>مثل: الهاتف، WhatsApp، Instagram، وجهًا لوجه</translation>
    </message>
    <message>
        <source>The number, address or account name used</source>
        <translation>الرقم أو العنوان أو اسم الحساب المستخدم</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>كلمات للعثور عليها بها، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النو&amp;ع:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;الملخص:</translation>
    </message>
    <message>
        <source>Wha&amp;t happened:</source>
        <translation>ما حد&amp;ث:</translation>
    </message>
    <message>
        <source>Channel or platfor&amp;m:</source>
        <translation>الوسيلة أ&amp;و المنصة:</translation>
    </message>
    <message>
        <source>Number or acc&amp;ount:</source>
        <translation>الرقم أ&amp;و الحساب:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>الوسو&amp;م:</translation>
    </message>
    <message>
        <source>The summary is empty. Say in a few words what happened, so it can be found in the timeline.</source>
        <translation>الملخص فارغ. اذكر ما حدث في كلمات قليلة، ليمكن العثور عليه في الخط الزمني.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhenSection</name>
    <message>
        <source>%1 (%2)</source>
        <comment>time zone id, abbreviation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>It went on &amp;until:</source>
        <translation>استمر&amp;ت حتى:</translation>
    </message>
    <message>
        <source>The time is appro&amp;ximate, a best guess</source>
        <translation>&amp;الوقت تقريبي، أفضل تخمين</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>It &amp;happened:</source>
        <translation>&amp;وقعت:</translation>
    </message>
    <message>
        <source>Times are in the time zone %1.</source>
        <translation>الأوقات بالمنطقة الزمنية %1.</translation>
    </message>
    <message>
        <source>The end is before the start. Give an end after the start, or untick “It went on until”.</source>
        <translation>النهاية قبل البداية. أعطِ نهاية بعد البداية، أو ألغِ تحديد «استمرت حتى».</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhereSection</name>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>e.g. outside my work, Elm Grove</source>
        <translation>مثل: أمام مكان عملي، Elm Grove</translation>
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation>اختياري، مثل %1</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>المكا&amp;ن:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>خط العر&amp;ض:</translation>
    </message>
    <message>
        <source>Longitu&amp;de:</source>
        <translation>خط الطو&amp;ل:</translation>
    </message>
    <message>
        <source>The latitude is not a number between -90 and 90. Correct it, or leave both coordinates empty.</source>
        <translation>خط العرض ليس رقمًا بين -90 و90. صحّحه، أو اترك الإحداثيتين فارغتين.</translation>
    </message>
    <message>
        <source>The longitude is not a number between -180 and 180. Correct it, or leave both coordinates empty.</source>
        <translation>خط الطول ليس رقمًا بين -180 و180. صحّحه، أو اترك الإحداثيتين فارغتين.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or leave both empty.</source>
        <translation>أعطِ خط العرض وخط الطول معًا، أو اتركهما فارغين.</translation>
    </message>
</context>
<context>
    <name>daymark::ui::WhoSection</name>
    <message>
        <source>%1 (%2, deleted from the diary)</source>
        <comment>name, role</comment>
        <translation>‏%1 (%2، محذوف من الدفتر)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name, role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Tick the people involved and anyone who saw it. Someone not yet in your diary can be added by name here; their details can be filled in later under People.</source>
        <translation>حدّد الأشخاص المعنيين وكل من رأى ما حدث. يمكن إضافة شخص غير موجود في دفترك بعد باسمه هنا؛ وتُملأ بياناته لاحقًا في «الأشخاص».</translation>
    </message>
    <message>
        <source>Add to the diary</source>
        <translation>إضافة إلى الدفتر</translation>
    </message>
    <message>
        <source>&amp;Children were present</source>
        <translation>كان &amp;أطفال حاضرين</translation>
    </message>
    <message>
        <source>A name, e.g. “Dan&apos;s brother”</source>
        <translation>اسم، مثل «أخو دان»</translation>
    </message>
    <message>
        <source>Add this person to the diary</source>
        <translation>أضف هذا الشخص إلى الدفتر</translation>
    </message>
    <message>
        <source>Witnesses not in your list: who they are and what they saw</source>
        <translation>شهود غير موجودين في قائمتك: من هم وماذا رأوا</translation>
    </message>
    <message>
        <source>People &amp;involved:</source>
        <translation>الأشخا&amp;ص المعنيون:</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>الشهو&amp;د:</translation>
    </message>
    <message>
        <source>&amp;Quick add:</source>
        <translation>&amp;إضافة سريعة:</translation>
    </message>
    <message>
        <source>Name of a person to add to the diary</source>
        <translation>اسم شخص لإضافته إلى الدفتر</translation>
    </message>
    <message>
        <source>Oth&amp;er witnesses:</source>
        <translation>شهو&amp;د آخرون:</translation>
    </message>
    <message>
        <source>Type the person&apos;s name first, then add them.</source>
        <translation>اكتب اسم الشخص أولًا، ثم أضفه.</translation>
    </message>
    <message>
        <source>%1 is added to your diary&apos;s people and ticked as involved.</source>
        <translation>أُضيف %1 إلى الأشخاص في دفترك وحُدِّد كشخص معني.</translation>
    </message>
    <message>
        <source>(a person no longer in the diary)</source>
        <translation>(شخص لم يعد في الدفتر)</translation>
    </message>
</context>
<context>
    <name>daymark::ui::incidentFields</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>date, time, time zone</comment>
        <translation>%1، %2 (%3)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>وقعت</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Time is approximate</source>
        <translation>الوقت تقريبي</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Channel or platform</source>
        <translation>الوسيلة أو المنصة</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>الرقم أو الحساب</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Other witnesses</source>
        <translation>شهود آخرون</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>وجود أطفال</translation>
    </message>
    <message>
        <source>Effect on you</source>
        <translation>الأثر عليك</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>أُبلغت الشرطة</translation>
    </message>
    <message>
        <source>Police reference number</source>
        <translation>رقم مرجع الشرطة</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Possible breach of</source>
        <translation>خرق محتمل لـ</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>الشرط %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>daymark::ui::quickLog</name>
    <message>
        <source>Something happened</source>
        <translation>حدث شيء ما</translation>
    </message>
</context>
<context>
    <name>daymark::ui::timelineText</name>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>أمس، %1</translation>
    </message>
    <message>
        <source>%1 (approximate time): %2: %3</source>
        <comment>time, type, summary</comment>
        <translation>%1 (وقت تقريبي): %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>time, type, summary</comment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>One exhibit.</source>
        <translation>دليل واحد.</translation>
    </message>
    <message>
        <source>%1 exhibits.</source>
        <translation>الأدلة: %1.</translation>
    </message>
    <message>
        <source>Possible breach of an order.</source>
        <translation>خرق محتمل لأمر.</translation>
    </message>
    <message>
        <source>Reported to the police.</source>
        <translation>أُبلغت الشرطة.</translation>
    </message>
    <message>
        <source>Amended since it was first written.</source>
        <translation>عُدِّلت منذ كتابتها أول مرة.</translation>
    </message>
</context>
<context>
    <name>daymark::vault</name>
    <message>
        <source>The SQLCipher library on this computer does not accept the settings Daymark diaries use, so the diary was not opened. Install a supported SQLCipher (3.4 or 4.x).</source>
        <translation>مكتبة SQLCipher على هذا الحاسوب لا تقبل الإعدادات التي تستخدمها دفاتر Daymark، لذلك لم يُفتح الدفتر. ثبّت إصدارًا مدعومًا من SQLCipher (3.4 أو 4.x).</translation>
    </message>
    <message>
        <source>These key-derivation settings cannot be stored in a diary.</source>
        <translation>لا يمكن حفظ إعدادات اشتقاق المفتاح هذه في دفتر.</translation>
    </message>
    <message>
        <source>The diary file could not be read: %1.</source>
        <translation>تعذّرت قراءة ملف الدفتر: %1.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of Daymark. Install the newest Daymark to open it; the file has not been changed.</source>
        <translation>حُفظ هذا الدفتر بإصدار أحدث من Daymark. ثبّت أحدث إصدار من Daymark لفتحه؛ لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>Part of this change failed, so none of it was saved. Everything saved before is safe.</source>
        <translation>فشل جزء من هذا التغيير، لذلك لم يُحفظ أي شيء منه. كل ما حُفظ من قبل آمن.</translation>
    </message>
    <message>
        <source>These password-protection settings are weaker than Daymark allows (at least 64 MiB of memory), so no diary was created.</source>
        <translation>إعدادات الحماية بكلمة المرور هذه أضعف مما يسمح به Daymark (64 MiB من الذاكرة على الأقل)، لذلك لم يُنشأ أي دفتر.</translation>
    </message>
    <message>
        <source>This diary&apos;s password protection is weaker than Daymark allows (less than 64 MiB of memory), so it was not opened. It was not made by a normal Daymark; ask for help.</source>
        <translation>الحماية بكلمة المرور في هذا الدفتر أضعف مما يسمح به Daymark (أقل من 64 MiB من الذاكرة)، لذلك لم يُفتح. لم يُنشئه Daymark عادي؛ اطلب المساعدة.</translation>
    </message>
    <message>
        <source>There is no diary file at that location. Check the name and folder.</source>
        <translation>لا يوجد ملف دفتر في هذا المكان. تحقّق من الاسم والمجلد.</translation>
    </message>
    <message>
        <source>That is a folder, not a diary file. Choose the diary file itself.</source>
        <translation>هذا مجلد، وليس ملف دفتر. اختر ملف الدفتر نفسه.</translation>
    </message>
    <message>
        <source>The diary file could not be read. Check that you may open it.</source>
        <translation>تعذّرت قراءة ملف الدفتر. تأكّد أن لديك إذنًا بفتحه.</translation>
    </message>
    <message>
        <source>This file is not a Daymark diary (or its beginning is damaged). Choose a .daymark file, or restore the diary from a backup copy.</source>
        <translation>هذا الملف ليس دفتر Daymark (أو بدايته تالفة). اختر ملف .daymark، أو استعِد الدفتر من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The diary could not be set up for safe writing.</source>
        <translation>تعذّر إعداد الدفتر للكتابة الآمنة.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::DurableFile</name>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>يوجد ملف بهذا الاسم من قبل. اختر اسمًا آخر؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>Daymark may not write to that folder. Choose a folder you can write to.</source>
        <translation>لا يُسمح لـ Daymark بالكتابة في ذلك المجلد. اختر مجلدًا تستطيع الكتابة فيه.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>المجلد غير موجود. اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>Writing to the disk failed. Check the disk and try again.</source>
        <translation>فشلت الكتابة على القرص. تحقّق من القرص وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::SqlConnection</name>
    <message>
        <source>The password is wrong, or the file is not a Daymark diary (or it is damaged).</source>
        <translation>كلمة المرور خاطئة، أو الملف ليس دفتر Daymark (أو هو تالف).</translation>
    </message>
    <message>
        <source>The diary file is damaged. Nothing has been changed; restore it from a backup copy, or ask for help before writing to it.</source>
        <translation>ملف الدفتر تالف. لم يتغيّر شيء؛ استعِده من نسخة احتياطية، أو اطلب المساعدة قبل الكتابة فيه.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Everything saved before is safe; free some space and try again.</source>
        <translation>القرص ممتلئ، لذلك لم يُحفظ التغيير. كل ما حُفظ من قبل آمن؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The diary cannot be written here because the file or its folder is read-only. Move it to a folder you can write to, or open it read-only.</source>
        <translation>لا يمكن الكتابة في الدفتر هنا لأن الملف أو مجلده للقراءة فقط. انقله إلى مجلد تستطيع الكتابة فيه، أو افتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>The diary file could not be opened. Check that it exists and that you may read and write its folder.</source>
        <translation>تعذّر فتح ملف الدفتر. تأكّد أنه موجود وأن لديك إذنًا بالقراءة والكتابة في مجلده.</translation>
    </message>
    <message>
        <source>The diary is in use by another Daymark window or program. Close it there and try again.</source>
        <translation>الدفتر مستخدم في نافذة أخرى من Daymark أو في برنامج آخر. أغلقه هناك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Reading or writing the diary file failed. Everything saved before is safe; check the disk and try again.</source>
        <translation>فشلت القراءة من ملف الدفتر أو الكتابة فيه. كل ما حُفظ من قبل آمن؛ تحقّق من القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Daymark hit an unexpected database error. Everything saved before is safe; please try again.</source>
        <translation>واجه Daymark خطأً غير متوقع في قاعدة البيانات. كل ما حُفظ من قبل آمن؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>daymark::vault::Vault</name>
    <message>
        <source>The password is empty. Choose a password to protect the diary.</source>
        <translation>كلمة المرور فارغة. اختر كلمة مرور لحماية الدفتر.</translation>
    </message>
    <message>
        <source>A new diary cannot be created read-only.</source>
        <translation>لا يمكن إنشاء دفتر جديد للقراءة فقط.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; Daymark never overwrites a file.</source>
        <translation>يوجد ملف بهذا الاسم من قبل. اختر اسمًا آخر؛ Daymark لا يكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>The diary or its folder is read-only, so changes could not be saved. Copy it to a folder you can write to, or open it read-only.</source>
        <translation>الدفتر أو مجلده للقراءة فقط، لذلك تعذّر حفظ التغييرات. انسخه إلى مجلد تستطيع الكتابة فيه، أو افتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>The diary file is damaged: it is not the length a diary file has (it may have been cut short while copying). Restore it from a backup copy.</source>
        <translation>ملف الدفتر تالف: طوله لا يطابق طول ملف دفتر (ربما قُطع أثناء النسخ). استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The password is wrong, or the file is not a Daymark diary (or it is damaged).</source>
        <translation>كلمة المرور خاطئة، أو الملف ليس دفتر Daymark (أو هو تالف).</translation>
    </message>
    <message>
        <source>This file is encrypted but is not a Daymark diary. Choose a .daymark file.</source>
        <translation>هذا الملف مشفّر لكنه ليس دفتر Daymark. اختر ملف .daymark.</translation>
    </message>
    <message>
        <source>The diary is locked. Unlock it with its password first.</source>
        <translation>الدفتر مقفل. افتحه بكلمة مروره أولًا.</translation>
    </message>
    <message>
        <source>That file is not a copy of this diary under its current password.</source>
        <translation>ذلك الملف ليس نسخة من هذا الدفتر بكلمة مروره الحالية.</translation>
    </message>
    <message>
        <source>The beginning of the file is damaged.</source>
        <translation>بداية الملف تالفة.</translation>
    </message>
    <message>
        <source>The diary holds a change that was interrupted (the program stopped or the disk was full while saving), and undoing it needs write access. Copy the diary and the file beside it ending in &apos;-journal&apos; to a folder you can write to, and open the copy.</source>
        <translation>في الدفتر تغيير انقطع (توقف البرنامج أو امتلأ القرص أثناء الحفظ)، والتراجع عنه يحتاج إلى إذن بالكتابة. انسخ الدفتر والملف الذي بجانبه المنتهي بـ &apos;-journal&apos; إلى مجلد تستطيع الكتابة فيه، وافتح النسخة.</translation>
    </message>
    <message>
        <source>The diary is open read-only, so it cannot be changed.</source>
        <translation>الدفتر مفتوح للقراءة فقط، لذلك لا يمكن تغييره.</translation>
    </message>
    <message>
        <source>The new password is empty. Choose a password.</source>
        <translation>كلمة المرور الجديدة فارغة. اختر كلمة مرور.</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the diary did not check out, so the password was not changed. The diary is unchanged.</source>
        <translation>لم تجتز النسخة المُعاد تشفيرها من الدفتر الفحص، لذلك لم تتغيّر كلمة المرور. الدفتر لم يتغيّر.</translation>
    </message>
    <message>
        <source>The file ends part-way through a page: it was cut short or something was added.</source>
        <translation>ينتهي الملف في منتصف صفحة: إما أنه قُطع أو أُضيف إليه شيء.</translation>
    </message>
    <message>
        <source>Page %1 of %2 fails its authentication check: those bytes were changed or damaged.</source>
        <translation>الصفحة %1 من %2 تفشل في فحص المصادقة: تلك البايتات تغيّرت أو تلفت.</translation>
    </message>
    <message>
        <source>The diary says it has %1 pages but the file holds %2.</source>
        <translation>يقول الدفتر إن فيه %1 صفحة لكن الملف يحوي %2.</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>بنية قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>A record in %1 refers to something that does not exist.</source>
        <translation>سجلّ في %1 يشير إلى شيء غير موجود.</translation>
    </message>
    <message>
        <source>The file does not carry Daymark&apos;s identifier.</source>
        <translation>الملف لا يحمل مُعرِّف Daymark.</translation>
    </message>
    <message>
        <source>The diary&apos;s identity record is missing.</source>
        <translation>سجلّ هوية الدفتر مفقود.</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>Calls with %1: %2</source>
        <translation>مكالمات مع %1: %2</translation>
    </message>
    <message>
        <source>Messages and calls with %1: %2</source>
        <translation>رسائل ومكالمات مع %1: %2</translation>
    </message>
</context>
</TS>
