<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Address</name>
    <message>
        <source>Enter the building number as 4 digits, for example 2929.</source>
        <extracomment>The parts that have a fixed form: the pattern, and the message that says how to write it.</extracomment>
        <translation>أدخل رقم المبنى من 4 أرقام، مثل 2929.</translation>
    </message>
    <message>
        <source>Enter the postal code as 5 digits, for example 12345.</source>
        <translation>أدخل الرمز البريدي من 5 أرقام، مثل 12345.</translation>
    </message>
    <message>
        <source>Enter the additional number as 4 digits, for example 7788.</source>
        <translation>أدخل الرقم الإضافي من 4 أرقام، مثل 7788.</translation>
    </message>
    <message>
        <source>Enter the short address as 4 Latin letters and 4 digits, for example RRRD2929.</source>
        <translation>أدخل العنوان المختصر من 4 أحرف لاتينية يليها 4 أرقام، مثل RRRD2929.</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>Write the amount in riyals, for example 1500 or 1500.50.</source>
        <translation>اكتب المبلغ بالريال، مثل 1500 أو 1500.50.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>جارٍ تجهيز قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Cannot upgrade the database</source>
        <translation>تعذّر تحديث قاعدة البيانات</translation>
    </message>
    <message>
        <source>The backup taken before the upgrade failed, so nothing was changed. Details: {details}</source>
        <translation>فشل أخذ النسخة الاحتياطية قبل التحديث، لذلك لم يُغيَّر شيء. التفاصيل: {details}</translation>
    </message>
</context>
<context>
    <name>ApplicationFlow</name>
    <message>
        <source>An application that is «{current}» cannot become «{target}».</source>
        <extracomment>Who may move an application into each state. Moving into these states needs a written reason.</extracomment>
        <translation>لا يمكن نقل طلب حالته «{current}» إلى «{target}».</translation>
    </message>
    <message>
        <source>Write the reason for this decision.</source>
        <translation>اكتب سبب هذا القرار.</translation>
    </message>
    <message>
        <source>The verification checklist is not complete: every required item must be verified against the original.</source>
        <translation>قائمة التحقق غير مكتملة: يجب مطابقة كل بند مطلوب مع الأصل.</translation>
    </message>
    <message>
        <source>This program needs a home visit before the committee.</source>
        <translation>يتطلب هذا البرنامج زيارة منزلية قبل العرض على اللجنة.</translation>
    </message>
    <message>
        <source>Check eligibility before sending to the committee.</source>
        <translation>تحقّق من الاستحقاق قبل الإحالة إلى اللجنة.</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <source>Pending</source>
        <translation>بانتظار التقديم</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>Verified against the original</source>
        <translation>مطابق للأصل</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <source>Verification checklist</source>
        <translation>قائمة التحقق من البيانات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Note (required for a mismatch)</source>
        <translation>ملاحظة (مطلوبة عند عدم المطابقة)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>The rule asks</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Check eligibility now</source>
        <translation>التحقق من الاستحقاق الآن</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>الباحث</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Schedule visit</source>
        <translation>جدولة زيارة</translation>
    </message>
    <message>
        <source>Write visit report…</source>
        <translation>كتابة تقرير الزيارة…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
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
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>State: {state}  •  received {when}  •  instructions version {version} accepted ({method})</source>
        <translation>الحالة: {state}  •  وروده {when}  •  أقرّ بالتعليمات الإصدار {version} ({method})</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>لم يُتحقق بعد.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>Not eligible: see the rules marked ✗</source>
        <translation>غير مستحق: راجع الشروط المعلّمة بـ ✗</translation>
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
        <source>→ {state}</source>
        <translation>← {state}</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
</context>
<context>
    <name>ApplicationState</name>
    <message>
        <source>Received</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Under verification</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Home visit requested</source>
        <translation>بانتظار الزيارة المنزلية</translation>
    </message>
    <message>
        <source>Home visit done</source>
        <translation>تمت الزيارة المنزلية</translation>
    </message>
    <message>
        <source>Ready for committee</source>
        <translation>جاهز للعرض على اللجنة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجل</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مُلتحق</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>محال إلى جهة أخرى</translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <source>Choose the channel the application came by.</source>
        <translation>اختر القناة التي ورد منها الطلب.</translation>
    </message>
    <message>
        <source>Record how the applicant accepted the program's instructions.</source>
        <translation>سجّل طريقة إقرار المتقدم بتعليمات البرنامج.</translation>
    </message>
    <message>
        <source>This program is closed to new applications.</source>
        <translation>هذا البرنامج مغلق أمام الطلبات الجديدة.</translation>
    </message>
    <message>
        <source>This person already has an open application to this program ({number}).</source>
        <translation>لدى هذا الشخص طلب مفتوح في هذا البرنامج ({number}).</translation>
    </message>
    <message>
        <source>Choose the state of this item.</source>
        <translation>اختر حالة هذا البند.</translation>
    </message>
    <message>
        <source>Write what does not match.</source>
        <translation>اكتب ما الذي لا يطابق.</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>بانتظار التحقق</translation>
    </message>
    <message>
        <source>Waiting for a home visit</source>
        <translation>بانتظار الزيارة المنزلية</translation>
    </message>
    <message>
        <source>Ready for the committee</source>
        <translation>جاهزة للعرض على اللجنة</translation>
    </message>
    <message>
        <source>Accepted and enrolled</source>
        <translation>المقبولة والملتحقة</translation>
    </message>
    <message>
        <source>Import e-form applications…</source>
        <translation>استيراد الطلبات الإلكترونية…</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>قائمة العمل</translation>
    </message>
    <message>
        <source>My home visits…</source>
        <translation>زياراتي المنزلية…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>عدد الطلبات: %n</numerusform><numerusform>عدد الطلبات: %n</numerusform><numerusform>عدد الطلبات: %n</numerusform><numerusform>عدد الطلبات: %n</numerusform><numerusform>عدد الطلبات: %n</numerusform><numerusform>عدد الطلبات: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <source>Open application</source>
        <translation>فتح الطلب</translation>
    </message>
</context>
<context>
    <name>AuditVerify</name>
    <message>
        <source>The audit trail is intact: {rows} entries checked.</source>
        <extracomment>The row's contents no longer give its stored hash. The row is intact but does not follow the row before it: rows in between were removed (or the row before it was rewritten together with its hash).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail was tampered with: entry {id} was altered after it was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail was tampered with: one or more entries just before entry {id} were removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Wrong username or password.</source>
        <extracomment>The account is now locked: the person must be signed out.</extracomment>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Wrong username or password. {remaining} attempts left before the account is locked.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. بقي {remaining} من المحاولات قبل قفل الحساب.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed attempts. Ask an administrator to unlock it.</source>
        <translation>هذا الحساب مقفل بعد محاولات دخول فاشلة متكررة. اطلب من مدير النظام فتحه.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The passphrase of this backup is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup file is damaged or was altered; it cannot be used to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup is encrypted: give its passphrase to restore it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup passphrase must have at least {count} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be made. Details: {details}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup file {path} was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a Charity Desk backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup was taken from the other kind of database (a SQLite file or a PostgreSQL server), so it cannot be restored here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BeneficiariesPage</name>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiaries registered</source>
        <translation>
            <numerusform>عدد المستفيدين المسجلين: %n</numerusform>
            <numerusform>عدد المستفيدين المسجلين: %n</numerusform>
            <numerusform>عدد المستفيدين المسجلين: %n</numerusform>
            <numerusform>عدد المستفيدين المسجلين: %n</numerusform>
            <numerusform>عدد المستفيدين المسجلين: %n</numerusform>
            <numerusform>عدد المستفيدين المسجلين: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryFilePage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Income and expenses</source>
        <translation>الدخل والمصروفات</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>تقييم الاحتياج</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>الهوية {id}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>تاريخ الميلاد {date}</translation>
    </message>
</context>
<context>
    <name>BeneficiaryTable</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>--beneficiaries must be 1 or more.</source>
        <translation>يجب أن تكون قيمة ‎--beneficiaries‎ واحدًا أو أكثر.</translation>
    </message>
    <message>
        <source>The backup was restored. The data it replaced is kept in {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>ما سأل عنه</translation>
    </message>
    <message>
        <source>What was answered</source>
        <translation>ما أُجيب به</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>تسجيل التواصل</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in all; the latest are shown.</source>
        <translation>
            <numerusform>إجمالي مرات التواصل: %n، وتظهر أحدثها.</numerusform>
            <numerusform>إجمالي مرات التواصل: %n، وتظهر أحدثها.</numerusform>
            <numerusform>إجمالي مرات التواصل: %n، وتظهر أحدثها.</numerusform>
            <numerusform>إجمالي مرات التواصل: %n، وتظهر أحدثها.</numerusform>
            <numerusform>إجمالي مرات التواصل: %n، وتظهر أحدثها.</numerusform>
            <numerusform>إجمالي مرات التواصل: %n، وتظهر أحدثها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file {path} is on a network share. SQLite cannot keep it safe there: copy it to this computer, or use a PostgreSQL server for several desks.</source>
        <translation>ملف قاعدة البيانات {path} موجود على مجلد شبكة مشترك، ولا يمكن حفظه بأمان هناك. انسخه إلى هذا الجهاز، أو استخدم خادم PostgreSQL عند العمل من عدة مكاتب.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>هجري</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>= {date} AD</source>
        <translation>يوافق {date}م</translation>
    </message>
    <message>
        <source>= {date}</source>
        <translation>يوافق {date}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Enter a date from {first} to {last} (1343 to 1500 AH).</source>
        <translation>أدخل تاريخًا من {first}م إلى {last}م (من 1343هـ إلى 1500هـ).</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12; you typed {month}.</source>
        <translation>يجب أن يكون الشهر من 1 إلى 12، وقد أدخلت {month}.</translation>
    </message>
    <message>
        <source>The year {year} looks Gregorian: choose the Gregorian calendar, or enter the Hijri year.</source>
        <translation>يبدو أن السنة {year} ميلادية: اختر التقويم الميلادي، أو أدخل السنة الهجرية.</translation>
    </message>
    <message>
        <source>Month {month} of {year} AH has {days} days; enter a day from 1 to {days}.</source>
        <translation>عدد أيام الشهر {month} من سنة {year}هـ هو {days} يومًا؛ أدخل يومًا من 1 إلى {days}.</translation>
    </message>
    <message>
        <source>The year {year} looks Hijri: choose the Hijri calendar, or enter the Gregorian year.</source>
        <translation>يبدو أن السنة {year} هجرية: اختر التقويم الهجري، أو أدخل السنة الميلادية.</translation>
    </message>
    <message>
        <source>Month {month} of {year} has {days} days; enter a day from 1 to {days}.</source>
        <translation>عدد أيام الشهر {month} من سنة {year}م هو {days} يومًا؛ أدخل يومًا من 1 إلى {days}.</translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 24/11/2026 or 14/06/1448.</source>
        <translation>اكتب التاريخ على صورة يوم/شهر/سنة، مثل 24/11/2026 أو 14/06/1448.</translation>
    </message>
    <message>
        <source>The date {date} is in the future; enter today's date or an earlier one.</source>
        <translation>التاريخ {date} في المستقبل؛ أدخل تاريخ اليوم أو تاريخًا سابقًا له.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>البصمة (SHA-256)</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>إرفاق مستند ممسوح…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Choose the scanned document</source>
        <translation>اختر المستند الممسوح</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>المستندات (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
</context>
<context>
    <name>EformColumns</name>
    <message>
        <source>First name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation type="unfinished">اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather's name</source>
        <translation type="unfinished">اسم الجد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>National ID or Iqama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Birth date calendar (Hijri or Gregorian)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished">الجوال</translation>
    </message>
    <message>
        <source>Other mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished">الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">الجنسية</translation>
    </message>
    <message>
        <source>Channel (the website when empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to the program's instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guardian's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guardian's national ID</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Monthly income per person</source>
        <extracomment>English source text, translated in context "Eligibility" when shown.</extracomment>
        <translation>الدخل الشهري للفرد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>الحد الأعلى للعمر</translation>
    </message>
    <message>
        <source>Minimum family size</source>
        <translation>الحد الأدنى لعدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Maximum family size</source>
        <translation>الحد الأعلى لعدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Disability in the family</source>
        <translation>وجود إعاقة في الأسرة</translation>
    </message>
    <message>
        <source>Needs-assessment band</source>
        <translation>فئة تقييم الاحتياج</translation>
    </message>
    <message>
        <source>Not already receiving this program</source>
        <translation>غير مستفيد حاليًا من هذا البرنامج</translation>
    </message>
</context>
<context>
    <name>FamilyMemberDialog</name>
    <message>
        <source>Family member</source>
        <translation>فرد من الأسرة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>National ID (if any)</source>
        <translation>رقم الهوية (إن وجد)</translation>
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
        <source>Monthly income (riyals)</source>
        <translation>الدخل الشهري (ريال)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>سبب التصحيح</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>إضافة فرد…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>تصحيح…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>FileEdits</name>
    <message>
        <source>Write why the saved information is being corrected.</source>
        <translation>اكتب سبب تصحيح المعلومات المحفوظة.</translation>
    </message>
    <message>
        <source>Enter the family member's name.</source>
        <translation>أدخل اسم فرد الأسرة.</translation>
    </message>
    <message>
        <source>Choose the relation to the beneficiary.</source>
        <translation>اختر صلة القرابة بالمستفيد.</translation>
    </message>
    <message>
        <source>The income cannot be negative.</source>
        <translation>لا يمكن أن يكون الدخل سالبًا.</translation>
    </message>
    <message>
        <source>Choose the kind of income or expense.</source>
        <translation>اختر نوع الدخل أو المصروف.</translation>
    </message>
    <message>
        <source>The monthly amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ الشهري أكبر من صفر.</translation>
    </message>
    <message>
        <source>Rooms and rent cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الغرف أو الإيجار سالبًا.</translation>
    </message>
    <message>
        <source>Choose the kind of document.</source>
        <translation>اختر نوع المستند.</translation>
    </message>
    <message>
        <source>A document must be between 1 byte and {mb} MB.</source>
        <translation>يجب أن يكون حجم المستند بين بايت واحد و{mb} ميغابايت.</translation>
    </message>
</context>
<context>
    <name>FileTab</name>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why is this removed?</source>
        <translation>ما سبب الحذف؟</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Charity Desk</source>
        <translation>مرحبًا بكم في مكتب الجمعية</translation>
    </message>
    <message>
        <source>Enter your association's name and create the first administrator account.</source>
        <translation>أدخل اسم الجمعية وأنشئ حساب مدير النظام الأول.</translation>
    </message>
    <message>
        <source>Association name</source>
        <translation>اسم الجمعية</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>اسم مستخدم المدير</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>الاسم الكامل للمدير</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>Search by name, national ID or mobile number</source>
        <extracomment>A person was chosen (Enter or double-click): carries the beneficiary's id.</extracomment>
        <translation>ابحث بالاسم أو رقم الهوية أو رقم الجوال</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation>مراجع جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches. Check the spelling, or register a new walk-in.</source>
        <translation>لا توجد نتائج مطابقة. تحقّق من الكتابة، أو سجّل مراجعًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>Chronic conditions</source>
        <translation>الأمراض المزمنة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>سبب التصحيح</translation>
    </message>
    <message>
        <source>Save health data</source>
        <translation>حفظ البيانات الصحية</translation>
    </message>
    <message>
        <source>Health data is confidential: only staff with the health permission see this tab.</source>
        <translation>البيانات الصحية سرية: لا يطّلع على هذا التبويب إلا من لديه صلاحية البيانات الصحية.</translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <source>Tenure</source>
        <translation>نوع الحيازة</translation>
    </message>
    <message>
        <source>Kind of home</source>
        <translation>نوع المسكن</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>عدد الغرف</translation>
    </message>
    <message>
        <source>Monthly rent (riyals)</source>
        <translation>الإيجار الشهري (ريال)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>حالة المسكن</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>سبب التصحيح</translation>
    </message>
    <message>
        <source>Save housing</source>
        <translation>حفظ بيانات السكن</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <source>Choose the channel of the inquiry.</source>
        <translation>اختر قناة الاستفسار.</translation>
    </message>
    <message>
        <source>Write the question that was asked.</source>
        <translation>اكتب السؤال الذي طُرح.</translation>
    </message>
    <message>
        <source>Write the answer given.</source>
        <translation>اكتب الإجابة التي قُدّمت.</translation>
    </message>
    <message>
        <source>Give the answer a short title.</source>
        <translation>اكتب عنوانًا قصيرًا للإجابة.</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <source>Inquiries</source>
        <translation>الاستفسارات</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <source>Mobile (optional)</source>
        <translation>الجوال (اختياري)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer library</source>
        <translation>مكتبة الإجابات</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Add this answer to the library as:</source>
        <translation>أضف هذه الإجابة إلى المكتبة بعنوان:</translation>
    </message>
    <message>
        <source>Save inquiry</source>
        <translation>حفظ الاستفسار</translation>
    </message>
    <message>
        <source>Answer the selected inquiry</source>
        <translation>الإجابة على الاستفسار المحدد</translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation>غير المجاب عنها فقط</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وقت الورود</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Minutes to answer</source>
        <translation>دقائق الاستجابة</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>أجاب عنه</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The screen is locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <source>Signed in as {name}. Enter your password to continue.</source>
        <translation>الدخول باسم {name}. أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Charity Desk — sign in</source>
        <translation>مكتب الجمعية — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charity Desk — {name}</source>
        <translation>مكتب الجمعية — {name}</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>الاستفسارات</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Committee meetings, decisions, minutes and decision letters.</source>
        <translation>اجتماعات اللجنة وقراراتها ومحاضرها وخطابات القرار.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>الاستبانات</translation>
    </message>
    <message>
        <source>Satisfaction surveys, complaints and suggestions.</source>
        <translation>استبانات رضا المستفيدين والشكاوى والمقترحات.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Dashboard, board reports and Excel exports.</source>
        <translation>لوحة المؤشرات وتقارير مجلس الإدارة والتصدير إلى Excel.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>قاعدة البيانات: {where}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot continue</source>
        <translation>تعذّر الإكمال</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>المبلغ الشهري</translation>
    </message>
    <message>
        <source>riyals per month</source>
        <translation>ريال شهريًا</translation>
    </message>
    <message>
        <source>Add income</source>
        <translation>إضافة دخل</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>إضافة مصروف</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>دخل</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Monthly income {income} — expenses {expenses} — household of {size} — income per person {per_person} riyals</source>
        <translation>الدخل الشهري {income} — المصروفات {expenses} — عدد أفراد الأسرة {size} — دخل الفرد {per_person} ريال</translation>
    </message>
</context>
<context>
    <name>MyVisitsDialog</name>
    <message>
        <source>My home visits</source>
        <translation>زياراتي المنزلية</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Write visit report…</source>
        <translation>كتابة تقرير الزيارة…</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>Enter the national ID or Iqama number.</source>
        <translation>أدخل رقم الهوية الوطنية أو الإقامة.</translation>
    </message>
    <message>
        <source>The national ID must contain digits only; remove any letters or symbols.</source>
        <translation>يجب أن يتكوّن رقم الهوية من أرقام فقط؛ احذف أي حروف أو رموز.</translation>
    </message>
    <message>
        <source>The national ID must have 10 digits; you typed {count}.</source>
        <translation>رقم الهوية مكوّن من 10 أرقام، وقد أدخلت {count}.</translation>
    </message>
    <message>
        <source>The national ID starts with 1 (citizen) or 2 (resident, Iqama); this one starts with {digit}.</source>
        <translation>يبدأ رقم الهوية بالرقم 1 (مواطن) أو 2 (مقيم)، وهذا الرقم يبدأ بـ {digit}.</translation>
    </message>
    <message>
        <source>The check digit of this national ID does not match: check every digit against the card. A supervisor may accept it with a reason.</source>
        <translation>رقم التحقق في هذه الهوية غير مطابق: راجع كل رقم مع البطاقة. يمكن للمشرف قبوله مع ذكر السبب.</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>Answer the question «{question}».</source>
        <extracomment>Highest threshold first.</extracomment>
        <translation>أجب عن سؤال «{question}».</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Record assessment</source>
        <translation>تسجيل التقييم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Latest: {score} of {max} — {band}</source>
        <translation>آخر تقييم: {score} من {max} — {band}</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>لا يوجد تقييم بعد.</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>قناة الورود</translation>
    </message>
    <message>
        <source>Program instructions</source>
        <translation>تعليمات البرنامج</translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation>كتابيًا (نموذج موقّع)</translation>
    </message>
    <message>
        <source>Verbal, at the desk</source>
        <translation>شفهيًا في الاستقبال</translation>
    </message>
    <message>
        <source>Electronic (online form)</source>
        <translation>إلكترونيًا (النموذج الإلكتروني)</translation>
    </message>
    <message>
        <source>How it was accepted</source>
        <translation>طريقة الإقرار</translation>
    </message>
    <message>
        <source>The applicant was told the instructions and accepts them</source>
        <translation>أُبلغ المتقدم بالتعليمات وأقرّ بها</translation>
    </message>
    <message>
        <source>Guardian (if the applicant lacks capacity)</source>
        <translation>الولي (إذا كان المتقدم ناقص الأهلية)</translation>
    </message>
    <message>
        <source>Guardian's national ID</source>
        <translation>رقم هوية الولي</translation>
    </message>
    <message>
        <source>Version {version}:</source>
        <translation>الإصدار {version}:</translation>
    </message>
    <message>
        <source>There is no open program to apply to.</source>
        <translation>لا يوجد برنامج مفتوح للتقديم.</translation>
    </message>
    <message>
        <source>The applicant must be told the program's instructions and accept them.</source>
        <translation>يجب إبلاغ المتقدم بتعليمات البرنامج وإقراره بها.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New staff account</source>
        <translation>حساب موظف جديد</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>PendingModulePage</name>
    <message>
        <source>This module is not available in this version yet.</source>
        <translation>هذه الوحدة غير متاحة في هذا الإصدار بعد.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name (four parts)</source>
        <translation>الاسم الرباعي</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather's name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>الهوية والتواصل</translation>
    </message>
    <message>
        <source>National ID / Iqama</source>
        <translation>رقم الهوية / الإقامة</translation>
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
        <source>Marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation>جوال آخر</translation>
    </message>
    <message>
        <source>National address</source>
        <translation>العنوان الوطني</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Building number</source>
        <translation>رقم المبنى</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Additional number</source>
        <translation>الرقم الإضافي</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>رقم الوحدة</translation>
    </message>
    <message>
        <source>Short address</source>
        <translation>العنوان المختصر</translation>
    </message>
</context>
<context>
    <name>PersonInput</name>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>Only a supervisor may accept this ID, and must write the reason.</source>
        <translation>لا يقبل هذه الهوية إلا المشرف، مع كتابة السبب.</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <source>Reason for the correction (required when changing saved data)</source>
        <translation>سبب التصحيح (مطلوب عند تغيير بيانات محفوظة)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التعديلات</translation>
    </message>
    <message>
        <source>National ID accepted by a supervisor: {reason}</source>
        <translation>قبل المشرف رقم الهوية: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n field(s) changed.</source>
        <translation>
            <numerusform>حُفظ: عدد الحقول المعدلة %n.</numerusform>
            <numerusform>حُفظ: عدد الحقول المعدلة %n.</numerusform>
            <numerusform>حُفظ: عدد الحقول المعدلة %n.</numerusform>
            <numerusform>حُفظ: عدد الحقول المعدلة %n.</numerusform>
            <numerusform>حُفظ: عدد الحقول المعدلة %n.</numerusform>
            <numerusform>حُفظ: عدد الحقول المعدلة %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>أدخل رقم الجوال.</translation>
    </message>
    <message>
        <source>The mobile number may contain only digits, spaces, dashes and a leading +.</source>
        <translation>يجب ألا يحتوي رقم الجوال إلا على أرقام ومسافات وشرطات، مع علامة + في أوله عند الحاجة.</translation>
    </message>
    <message>
        <source>This is a landline number; enter a mobile number that starts with 05.</source>
        <translation>هذا رقم هاتف ثابت؛ أدخل رقم جوال يبدأ بـ 05.</translation>
    </message>
    <message>
        <source>Only Saudi mobile numbers (+966) can be stored; enter a number that starts with 05.</source>
        <translation>لا يُقبل إلا رقم جوال سعودي (+966)؛ أدخل رقمًا يبدأ بـ 05.</translation>
    </message>
    <message>
        <source>A Saudi mobile number has 10 digits and starts with 05, for example 0551234567.</source>
        <translation>رقم الجوال السعودي مكوّن من 10 أرقام ويبدأ بـ 05، مثل 0551234567.</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <source>Cash aid</source>
        <translation>مساعدة نقدية</translation>
    </message>
    <message>
        <source>In-kind aid</source>
        <translation>مساعدة عينية</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>دورة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Capacity (0 = no limit)</source>
        <translation>الطاقة الاستيعابية (0 = بلا حد)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>A home visit is required before the committee</source>
        <translation>تلزم زيارة منزلية قبل العرض على اللجنة</translation>
    </message>
    <message>
        <source>Open to new applications</source>
        <translation>مفتوح للطلبات الجديدة</translation>
    </message>
    <message>
        <source>Instructions for applicants</source>
        <translation>تعليمات المتقدمين</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>المستندات المطلوبة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>حذف مستند</translation>
    </message>
    <message>
        <source>Eligibility rules (empty = no rule)</source>
        <translation>شروط الاستحقاق (الفارغ = بلا شرط)</translation>
    </message>
    <message>
        <source>Highest monthly income per person (riyals)</source>
        <translation>أعلى دخل شهري للفرد (ريال)</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>الحد الأعلى للعمر</translation>
    </message>
    <message>
        <source>Minimum family size</source>
        <translation>الحد الأدنى لعدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Maximum family size</source>
        <translation>الحد الأعلى لعدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Nationalities (comma separated)</source>
        <translation>الجنسيات (مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Needs bands</source>
        <translation>فئات الاحتياج</translation>
    </message>
    <message>
        <source>Only families with a disability</source>
        <translation>للأسر التي لديها إعاقة فقط</translation>
    </message>
    <message>
        <source>Not already receiving this program</source>
        <translation>غير مستفيد حاليًا من هذا البرنامج</translation>
    </message>
    <message>
        <source>Save program</source>
        <translation>حفظ البرنامج</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>The code is 2 to 30 Latin letters, digits, - or _.</source>
        <translation>الرمز من 2 إلى 30 حرفًا لاتينيًا أو رقمًا أو - أو _.</translation>
    </message>
    <message>
        <source>Enter the program's name.</source>
        <translation>أدخل اسم البرنامج.</translation>
    </message>
    <message>
        <source>Choose the kind of program.</source>
        <translation>اختر نوع البرنامج.</translation>
    </message>
    <message>
        <source>Write the program's instructions for applicants.</source>
        <translation>اكتب تعليمات البرنامج للمتقدمين.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>لا يمكن أن تكون الطاقة الاستيعابية سالبة.</translation>
    </message>
    <message>
        <source>The program cannot end before it starts.</source>
        <translation>لا يمكن أن ينتهي البرنامج قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Each required document needs a unique code and a name.</source>
        <translation>يحتاج كل مستند مطلوب إلى رمز فريد واسم.</translation>
    </message>
    <message>
        <source>A minimum in the rules is above its maximum.</source>
        <translation>أحد الحدود الدنيا في الشروط أعلى من حده الأعلى.</translation>
    </message>
    <message>
        <source>Another program already has this code.</source>
        <translation>يوجد برنامج آخر بهذا الرمز.</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>برنامج جديد</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>This national ID is already registered to {name}: open the existing file.</source>
        <translation>رقم الهوية هذا مسجل باسم {name}: افتح الملف الموجود.</translation>
    </message>
    <message>
        <source>A very similar person is already registered (same phone, or same name and birth date). Check that this is not the same person.</source>
        <translation>يوجد شخص مسجل مشابه جدًا (نفس الجوال، أو نفس الاسم وتاريخ الميلاد). تأكد أنه ليس الشخص نفسه.</translation>
    </message>
    <message>
        <source>Choose the channel the person came by.</source>
        <translation>اختر القناة التي جاء عن طريقها.</translation>
    </message>
    <message>
        <source>The time spent must be 0 to 600 minutes.</source>
        <translation>يجب أن يكون الوقت المستغرق من 0 إلى 600 دقيقة.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This file is not a Charity Desk backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup comes from a newer version of Charity Desk: update the program first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database in this backup is damaged, so nothing was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is open in another Charity Desk window or program. Close it there and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{tool} was not found: install the PostgreSQL client tools.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the restore, so nothing was changed. Details: {details}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>موظف الاستقبال</translation>
    </message>
    <message>
        <source>Social researcher</source>
        <translation>باحث اجتماعي</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>عضو لجنة</translation>
    </message>
    <message>
        <source>Program manager</source>
        <translation>مدير برنامج</translation>
    </message>
    <message>
        <source>Executive (read and reports)</source>
        <translation>الإدارة التنفيذية (اطلاع وتقارير)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>You do not have the permission for this ({permission}).</source>
        <translation>ليست لديك صلاحية لهذا الإجراء ({permission}).</translation>
    </message>
    <message>
        <source>Not found: {what} {key}.</source>
        <translation>غير موجود: {what} {key}.</translation>
    </message>
    <message>
        <source>Another user saved this record after you opened it. Your changes were not saved; reopen the record to see theirs.</source>
        <translation>حفظ مستخدم آخر هذا السجل بعد أن فتحته. لم تُحفظ تعديلاتك؛ أعد فتح السجل لرؤية تعديلاته.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle time before the screen locks must be 1 to 240 minutes.</source>
        <translation>يجب أن تكون مدة الخمول قبل قفل الشاشة من 1 إلى 240 دقيقة.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Language of this computer</source>
        <translation>لغة هذا الجهاز</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>قفل الشاشة بعد</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <source>Unlock selected</source>
        <translation>فتح قفل الحساب المحدد</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Enter the association's name.</source>
        <translation>أدخل اسم الجمعية.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>قاعدة البيانات هذه مهيأة مسبقًا.</translation>
    </message>
</context>
<context>
    <name>SupervisorApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>موافقة المشرف</translation>
    </message>
    <message>
        <source>The check digit of this national ID does not match. A supervisor who has compared it with the original card may accept it, with the reason.</source>
        <translation>رقم التحقق في هذه الهوية غير مطابق. يمكن للمشرف الذي طابقها مع البطاقة الأصلية قبولها مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Supervisor username</source>
        <translation>اسم مستخدم المشرف</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Write the reason for accepting this ID.</source>
        <translation>اكتب سبب قبول هذه الهوية.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تواصل</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>تقييم الاحتياج</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The username must be 3 to 64 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>يجب أن يتكون اسم المستخدم من 3 إلى 64 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة.</translation>
    </message>
    <message>
        <source>Enter the employee's full name.</source>
        <translation>أدخل الاسم الكامل للموظف.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن {count} أحرف.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>اسم المستخدم {username} مستخدم من قبل.</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>أدخل تاريخ الزيارة.</translation>
    </message>
    <message>
        <source>Home visit report</source>
        <translation>تقرير الزيارة المنزلية</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Condition of the home</source>
        <translation>حالة المسكن</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>اختر الصور</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) chosen</source>
        <translation>
            <numerusform>عدد الصور المختارة: %n</numerusform><numerusform>عدد الصور المختارة: %n</numerusform><numerusform>عدد الصور المختارة: %n</numerusform><numerusform>عدد الصور المختارة: %n</numerusform><numerusform>عدد الصور المختارة: %n</numerusform><numerusform>عدد الصور المختارة: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Choose a social researcher for the visit.</source>
        <translation>اختر باحثًا اجتماعيًا للزيارة.</translation>
    </message>
    <message>
        <source>The visit date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الزيارة في المستقبل.</translation>
    </message>
    <message>
        <source>Write what was found during the visit.</source>
        <translation>اكتب ما لوحظ خلال الزيارة.</translation>
    </message>
    <message>
        <source>Choose the condition of the home.</source>
        <translation>اختر حالة المسكن.</translation>
    </message>
    <message>
        <source>A photo is too large.</source>
        <translation>إحدى الصور كبيرة جدًا.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>New walk-in</source>
        <extracomment>The saved (or already registered) file to open next.</extracomment>
        <translation>مراجع جديد</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>قناة الحضور</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>ما سأل عنه</translation>
    </message>
    <message>
        <source>What was answered</source>
        <translation>ما أُجيب به</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>الوقت المستغرق</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Supervisor approval…</source>
        <translation>موافقة المشرف…</translation>
    </message>
    <message>
        <source>What you typed last time was kept and is shown again.</source>
        <translation>احتُفظ بما كتبته في المرة السابقة وهو معروض مرة أخرى.</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>مسجل من قبل</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>فتح الملف الموجود</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>العودة إلى النموذج</translation>
    </message>
    <message>
        <source>A similar person exists</source>
        <translation>يوجد شخص مشابه</translation>
    </message>
    <message>
        <source>It is a different person: save</source>
        <translation>شخص مختلف: احفظ</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>إغلاق النموذج</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft for next time?</source>
        <translation>هل تحتفظ بما كتبته مسودةً للمرة القادمة؟</translation>
    </message>
</context>
</TS>