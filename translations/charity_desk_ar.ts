<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AccountRecoveryDialog</name>
    <message>
        <source>Sign in with the recovery code</source>
        <translation>الدخول برمز الاسترداد</translation>
    </message>
    <message>
        <source>For an administrator who has lost their password: the association's recovery code lets you choose a new one.</source>
        <translation>لمدير النظام الذي فقد كلمة المرور: يتيح لك رمز الاسترداد الخاص بالجمعية اختيار كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>اسم مستخدم مدير النظام</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
</context>
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
    <name>AgendaTab</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>رقم الموعد</translation>
    </message>
    <message>
        <source>Appointments: {count}</source>
        <translation>المواعيد: {count}</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>طباعة إشعار الموعد</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
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
        <extracomment>Set (by benchmarks/startup.py) to print STARTUP_PROBE_LINE once the sign-in window is drawn, then DATABASE_OPEN_LINE and quit once the database behind it is open (without the daily backup). Printed instead of DATABASE_OPEN_LINE when the database is encrypted: it opens with the sign-in.
----------
The window's language: the settings', unless this start asked for another (``--lang``). The database's address while its key waits for the first sign-in (an encrypted file). The first sign-in's name and password: a plain database is encrypted with them.</extracomment>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>جارٍ تجهيز قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>جارٍ تشفير قاعدة البيانات…</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>قاعدة البيانات غير مشفّرة</translation>
    </message>
    <message>
        <source>The database is now encrypted</source>
        <translation>قاعدة البيانات مشفّرة الآن</translation>
    </message>
    <message>
        <source>The database is now encrypted: without signing in, its file cannot be read. The copy taken before encrypting it is NOT encrypted: keep it somewhere safe, or delete it once every member of staff has signed in once. It is here:
{path}</source>
        <translation>أصبحت قاعدة البيانات مشفّرة: لا يمكن قراءة ملفها دون تسجيل الدخول. أما النسخة المأخوذة قبل التشفير فهي غير مشفّرة: احفظها في مكان آمن، أو احذفها بعد أن يسجّل كل الموظفين دخولهم مرة واحدة. مكانها:
{path}</translation>
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
    <name>ApplicationLabels</name>
    <message>
        <source>in writing</source>
        <translation>كتابةً</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>شفهيًا</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>إلكترونيًا</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منفذة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <source>Pending</source>
        <extracomment>True while an action runs off the GUI thread: the page around the panel takes no input then. Runs the last move again with a supervisor's approval, if the double-benefit guard held it back.</extracomment>
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
        <source>Choose an application from the list above.</source>
        <extracomment>The buttons of the moves allowed now; replaced as a whole when the state changes.</extracomment>
        <translation>اختر طلبًا من القائمة أعلاه.</translation>
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
        <source>Refer elsewhere…</source>
        <translation>إحالة إلى جهة أخرى…</translation>
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
        <source>Applications: {count}</source>
        <translation>عدد الطلبات: {count}</translation>
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
    <name>AppointmentSlips</name>
    <message>
        <source>Preparing the slip…</source>
        <translation>جارٍ إعداد إشعار الموعد…</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>إشعار موعد</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>The day has passed; choose today or a later day.</source>
        <translation>مضى هذا اليوم؛ اختر اليوم أو يومًا بعده.</translation>
    </message>
    <message>
        <source>The association does not work on that day; choose a working day.</source>
        <translation>لا تعمل الجمعية في ذلك اليوم؛ اختر يوم عمل.</translation>
    </message>
    <message>
        <source>Choose one of the offered lengths.</source>
        <translation>اختر إحدى المدد المعروضة.</translation>
    </message>
    <message>
        <source>The appointment must start and end within working hours.</source>
        <translation>يجب أن يبدأ الموعد وينتهي في أوقات الدوام.</translation>
    </message>
    <message>
        <source>Choose the kind of appointment.</source>
        <extracomment>Who may be booked: a desk is a front-desk employee's, a home visit a social researcher's.</extracomment>
        <translation>اختر نوع الموعد.</translation>
    </message>
    <message>
        <source>Choose an active member of staff for the appointment.</source>
        <translation>اختر موظفًا على رأس العمل للموعد.</translation>
    </message>
    <message>
        <source>A home visit is made by a social researcher; choose one.</source>
        <translation>الزيارة المنزلية يقوم بها باحث اجتماعي؛ اختر أحد الباحثين.</translation>
    </message>
    <message>
        <source>{person} already has an appointment from {start} to {end} that day; choose another time.</source>
        <translation>لدى {person} موعد من {start} إلى {end} في ذلك اليوم؛ اختر وقتًا آخر.</translation>
    </message>
    <message>
        <source>{staff} is already booked from {start} to {end} with {other}; choose another time or another member of staff.</source>
        <translation>لدى {staff} موعد محجوز من {start} إلى {end} مع {other}؛ اختر وقتًا آخر أو موظفًا آخر.</translation>
    </message>
    <message>
        <source>{staff} is already booked from {start} to {end}; choose another time or another member of staff.</source>
        <translation>لدى {staff} موعد محجوز من {start} إلى {end}؛ اختر وقتًا آخر أو موظفًا آخر.</translation>
    </message>
    <message>
        <source>This appointment is closed already; book a new one instead.</source>
        <translation>أُغلق هذا الموعد من قبل؛ احجز موعدًا جديدًا بدلًا منه.</translation>
    </message>
    <message>
        <source>A no-show can be recorded on the day of the appointment or after.</source>
        <translation>يُسجَّل عدم الحضور في يوم الموعد أو بعده.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدول المواعيد</translation>
    </message>
    <message>
        <source>The desk's day</source>
        <translation>مواعيد اليوم في المكتب</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse's own words (Python 3.11+), so that usage lines and errors are in the user's language.</extracomment>
        <translation>الاستعمال: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>المعطيات</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض هذه المساعدة واخرج</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>المعطى %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>هذه المعطيات مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>معطيات غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صحيح: %(value)r (اختر من: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة غير صحيحة من النوع %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزم معطى واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يلزم معطى واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يلزم معطى واحد على الأقل</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>يلزم %s معطى</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>يلزم %s معطيات</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار مبهم: %(option)s قد يعني %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>لا يجوز مع المعطى %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>أُهمل المعطى الصريح %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>يلزم أحد المعطيات %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>خيار غير متوقع: %s</translation>
    </message>
</context>
<context>
    <name>Association</name>
    <message>
        <source>The logo must be at most 2 MB.</source>
        <extracomment>Clause 6-1, as text: «approved by the board in meeting (7) on 1447/03/12».</extracomment>
        <translation>يجب ألا يتجاوز حجم الشعار 2 ميجابايت.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>يجب أن يكون الشعار صورة بصيغة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>The logo file is damaged and cannot be read.</source>
        <translation>ملف الشعار تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>Enter the association's name.</source>
        <translation>أدخل اسم الجمعية.</translation>
    </message>
    <message>
        <source>Write the website as an address, for example www.example.org.sa.</source>
        <translation>اكتب الموقع الإلكتروني بصيغة عنوان، مثل www.example.org.sa.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>الحد الأقصى {limit} حرفًا.</translation>
    </message>
</context>
<context>
    <name>AttendanceBox</name>
    <message>
        <source>Attendance</source>
        <extracomment>(member id, present)</extracomment>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>No members to mark present: choose a meeting.</source>
        <translation>لا أعضاء لتسجيل حضورهم: اختر اجتماعًا.</translation>
    </message>
    <message>
        <source>Present {present} of {members}, quorum {quorum}</source>
        <translation>الحاضرون {present} من {members}، والنصاب {quorum}</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>النصاب مكتمل</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>النصاب غير مكتمل</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Every action is written to the audit trail, each entry sealed together with the one before it. The check reads the whole trail and names the first entry that was altered or removed.</source>
        <translation>يُقيَّد كل إجراء في سجل التدقيق، ويُختم كل قيد مرتبطًا بالقيد الذي يسبقه. يقرأ الفحص السجل كاملًا ويحدد أول قيد عُدِّل أو حُذف.</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>فحص سجل التدقيق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The check stopped because of an unexpected error: {details}</source>
        <translation>توقف الفحص بسبب خطأ غير متوقع: {details}</translation>
    </message>
</context>
<context>
    <name>AuditSearchPanel</name>
    <message>
        <source>Search the audit trail</source>
        <translation>البحث في سجل التدقيق</translation>
    </message>
    <message>
        <source>Name or national ID of a beneficiary</source>
        <translation>اسم المستفيد أو رقم هويته</translation>
    </message>
    <message>
        <source>Any beneficiary</source>
        <translation>أي مستفيد</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
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
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>أي مستخدم</translation>
    </message>
    <message>
        <source>Nobody matches; any beneficiary</source>
        <translation>لا يوجد مطابق؛ أي مستفيد</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>تاريخ نهاية الفترة يسبق تاريخ بدايتها: راجع التاريخين.</translation>
    </message>
</context>
<context>
    <name>AuditSecret</name>
    <message>
        <source>This desk does not have the secret that seals the audit trail, so it cannot record anything. Copy the file {name} from the first desk (or from where the database came from) to {path}, or restore an encrypted backup.</source>
        <translation>لا يملك هذا المكتب السرّ الذي يُختم به سجل التدقيق، فلا يمكنه تسجيل أي شيء. انسخ الملف {name} من المكتب الأول (أو من حيث أتت قاعدة البيانات) إلى {path}، أو استعِد نسخة احتياطية مشفّرة.</translation>
    </message>
    <message>
        <source>The audit secret file {path} is damaged. Put back a good copy of it (from another desk or an encrypted backup).</source>
        <extracomment>path -&gt; (the file's stat signature, its keys): every audit entry reads the keys.</extracomment>
        <translation>ملف سرّ سجل التدقيق {path} تالف. أعِد وضع نسخة سليمة منه (من مكتب آخر أو من نسخة احتياطية مشفّرة).</translation>
    </message>
</context>
<context>
    <name>AuditSentences</name>
    <message>
        <source>Beneficiary file</source>
        <translation>ملف المستفيد</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>حساب المستخدم</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الخطاب</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>قالب الخطاب</translation>
    </message>
    <message>
        <source>Personal data request</source>
        <translation>طلب البيانات الشخصية</translation>
    </message>
    <message>
        <source>Data breach</source>
        <translation>حادثة تسرب البيانات</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>الاستبانة</translation>
    </message>
    <message>
        <source>Task given to a colleague</source>
        <translation>مهمة أُسندت إلى زميل</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Partner association</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>الاستفسار</translation>
    </message>
    <message>
        <source>Library answer</source>
        <translation>جواب المكتبة</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>مراجعة مدد الاحتفاظ</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>قاعدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>التعليق النظامي</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>الإفصاح</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Reach figures</source>
        <translation>أرقام الوصول</translation>
    </message>
    <message>
        <source>List export</source>
        <translation>تصدير قائمة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Association details</source>
        <translation>بيانات الجمعية</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>{record} no. {id}</source>
        <translation>{record} رقم {id}</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>What each key of an entry's details is called.</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>المعدَّل</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>رقم العينة</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>found</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>possible duplicates</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <source>the other file</source>
        <translation>الملف الآخر</translation>
    </message>
    <message>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>pairs to review</source>
        <translation>أزواج للمراجعة</translation>
    </message>
    <message>
        <source>new pairs</source>
        <translation>أزواج جديدة</translation>
    </message>
    <message>
        <source>pairs back after a change</source>
        <translation>أزواج عادت بعد تغيّر</translation>
    </message>
    <message>
        <source>pairs no longer suspected</source>
        <translation>أزواج لم تعد موضع اشتباه</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>الاستبانات</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>الصفوف المقروءة</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>الباحث</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>أُبلغ عنها</translation>
    </message>
    <message>
        <source>rows refused</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>records affected</source>
        <translation>السجلات المتأثرة</translation>
    </message>
    <message>
        <source>program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>أشخاص جدد</translation>
    </message>
    <message>
        <source>method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>مع إخفاء البيانات</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>identity checked</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>family members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>التسليمات</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>التواصلات</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>before restoring</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>need level</source>
        <translation>مستوى الاحتياج</translation>
    </message>
    <message>
        <source>audit anchor</source>
        <translation>مرساة التدقيق</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>دون اسم</translation>
    </message>
    <message>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>earlier entries</source>
        <translation>القيود السابقة</translation>
    </message>
    <message>
        <source>earlier entries intact</source>
        <translation>القيود السابقة سليمة</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>other member</source>
        <translation>الفرد الآخر</translation>
    </message>
    <message>
        <source>other application</source>
        <translation>الطلب الآخر</translation>
    </message>
    <message>
        <source>period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>merged file</source>
        <translation>الملف المدموج</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <source>Shown with: {sections}</source>
        <translation>شمل العرض: {sections}</translation>
    </message>
    <message>
        <source>Without: {sections}</source>
        <translation>دون: {sections}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>عدّل: {fields}</translation>
    </message>
    <message>
        <source>fields of the file</source>
        <translation>حقولًا في الملف</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Stored codes that appear as values, and what they are called.</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منفذة</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>بانتظار التقديم</translation>
    </message>
    <message>
        <source>provided</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>verified against the original</source>
        <translation>مطابق للأصل</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>إجراء آخر</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
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
    <name>AuditVerify</name>
    <message>
        <source>The check of the audit trail was cancelled.</source>
        <extracomment>The audit entry an approved destruction writes; its details name the seal the kept trail starts from.</extracomment>
        <translation>أُلغي فحص سجل التدقيق.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {id} carries a plain hash instead of its keyed seal, so it was rewritten by someone without the secret.</source>
        <translation>جرى العبث بسجل التدقيق: القيد {id} يحمل تجزئة عادية بدل ختمه بالمفتاح، أي أن أحدًا لا يملك السرّ أعاد كتابته.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: it ends at entry {id}, but this desk recorded entry {expected}; the entries after {id} were removed.</source>
        <translation>جرى العبث بسجل التدقيق: ينتهي السجل عند القيد {id}، لكن هذا المكتب سجّل حتى القيد {expected}؛ فقد حُذفت القيود التي بعد {id}.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: every entry was removed, but this desk recorded up to entry {expected}.</source>
        <translation>جرى العبث بسجل التدقيق: حُذفت كل القيود، مع أن هذا المكتب سجّل حتى القيد {expected}.</translation>
    </message>
    <message>
        <source>The audit trail's high-water mark kept on this desk was altered or damaged, so the end of the trail cannot be trusted.</source>
        <translation>علامة آخر قيد المحفوظة على هذا المكتب عُدّلت أو تلفت، فلا يمكن الوثوق بنهاية سجل التدقيق.</translation>
    </message>
    <message>
        <source>Entry {id} cannot be checked: this desk does not have the secret that seals the audit trail. Copy the secret file from the first desk.</source>
        <translation>لا يمكن التحقق من القيد {id}: لا يملك هذا المكتب السرّ الذي يُختم به سجل التدقيق. انسخ ملف السرّ من المكتب الأول.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {rows} entries checked.</source>
        <extracomment>For a cut trail: the newest entry this desk recorded.</extracomment>
        <translation>سجل التدقيق سليم، وعدد القيود المفحوصة: {rows}.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: entry {id} was altered after it was written.</source>
        <translation>تعرّض سجل التدقيق للتلاعب: عُدّل القيد رقم {id} بعد تسجيله.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: one or more entries just before entry {id} were removed.</source>
        <translation>تعرّض سجل التدقيق للتلاعب: حُذف قيد أو أكثر قبل القيد رقم {id} مباشرة.</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Wrong username or password.</source>
        <extracomment>The throttle's name for recovery-code attempts (no username can hold "#"). The account is now locked: the person must be signed out.</extracomment>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Too many failed attempts with this username. Wait {minutes} min, then try again; an administrator can also unlock the account.</source>
        <translation>محاولات فاشلة كثيرة بهذا الاسم. انتظر {minutes} د ثم حاول مرة أخرى، ويمكن لمدير النظام فك القفل قبل ذلك.</translation>
    </message>
    <message>
        <source>The recovery code is wrong, or the username is not an administrator's account.</source>
        <translation>رمز الاسترداد غير صحيح، أو أن اسم المستخدم ليس لحساب مدير نظام.</translation>
    </message>
    <message>
        <source>The database's key file is damaged or was altered, so the database was not opened. Put back the key file kept beside your newest backup, then sign in with the recovery code.</source>
        <translation>ملف مفاتيح قاعدة البيانات تالف أو عُدّل، فلم تُفتح قاعدة البيانات. أعد ملف المفاتيح المحفوظ بجانب أحدث نسخة احتياطية، ثم سجّل الدخول برمز الاسترداد.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The passphrase of this backup is wrong.</source>
        <translation>عبارة المرور لهذه النسخة الاحتياطية غير صحيحة.</translation>
    </message>
    <message>
        <source>This backup file is damaged or was altered; it cannot be used to restore.</source>
        <translation>ملف النسخة الاحتياطية هذا تالف أو معدَّل، ولا يمكن استخدامه للاستعادة.</translation>
    </message>
    <message>
        <source>This backup is encrypted: give its passphrase to restore it.</source>
        <translation>هذه النسخة الاحتياطية مشفّرة: أدخل عبارة المرور الخاصة بها لاستعادتها.</translation>
    </message>
    <message>
        <source>The backup passphrase must have at least {count} characters.</source>
        <translation>يجب ألا تقل عبارة مرور النسخة الاحتياطية عن {count} أحرف.</translation>
    </message>
    <message>
        <source>The backup could not be made. Details: {details}</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية. التفاصيل: {details}</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database it copies.</source>
        <translation>لا يمكن حفظ النسخة الاحتياطية فوق قاعدة البيانات التي تنسخها؛ اختر موقعًا آخر.</translation>
    </message>
    <message>
        <source>The backup file {path} was not found.</source>
        <translation>لم يُعثر على ملف النسخة الاحتياطية {path}.</translation>
    </message>
    <message>
        <source>This file is not a Charity Desk backup.</source>
        <extracomment>The tables whose row counts a backup records and a restore checks again after its upgrade.</extracomment>
        <translation>هذا الملف ليس نسخة احتياطية من مكتب الجمعية.</translation>
    </message>
    <message>
        <source>This file is a bare database copy without the seal Charity Desk puts on its backups (an older backup or a copy made by hand), so it cannot be trusted and nothing was restored.</source>
        <translation>هذا الملف نسخة مجرّدة من قاعدة البيانات بلا الختم الذي يضعه البرنامج على نسخه الاحتياطية (نسخة قديمة أو منسوخة يدويًا)، فلا يمكن الوثوق بها ولم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>This backup was taken from the other kind of database (a SQLite file or a PostgreSQL server), so it cannot be restored here.</source>
        <extracomment>None for an encrypted backup made before backups were sealed: trusted on its passphrase, its plain-hash trail is checked, then sealed under ``key`` (this desk's) once restored.</extracomment>
        <translation>أُخذت هذه النسخة الاحتياطية من نوع آخر من قواعد البيانات (ملف SQLite أو خادم PostgreSQL)، لذا لا يمكن استعادتها هنا.</translation>
    </message>
    <message>
        <source>This backup file is damaged or was altered after it was made, so nothing was restored.</source>
        <translation>ملف النسخة الاحتياطية هذا تالف أو عُدّل بعد إنشائه، فلم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>This backup was sealed by another Charity Desk installation, so it cannot be checked here and nothing was restored. Restore an encrypted backup instead (it carries its own seal), or copy that installation's audit secret file to this desk first.</source>
        <translation>خُتمت هذه النسخة الاحتياطية في تثبيت آخر لمكتب الجمعية، فلا يمكن التحقق منها هنا ولم يُستعَد شيء. استعِد نسخة احتياطية مشفّرة بدلًا منها (فهي تحمل ختمها معها)، أو انسخ ملف سرّ التدقيق لذلك التثبيت إلى هذا المكتب أولًا.</translation>
    </message>
</context>
<context>
    <name>BeneficiariesPage</name>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Registered beneficiaries: {count}</source>
        <translation>عدد المستفيدين المسجلين: {count}</translation>
    </message>
</context>
<context>
    <name>BeneficiaryFilePage</name>
    <message>
        <source>Back</source>
        <extracomment>The file's tabs in order: key (the page's attribute), module under ui.screens and class. Tabs that ask the services for more than the file holds: they read it only when shown. An appointment chosen in the file's list: its slot on the Appointments page.</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Export whole file…</source>
        <translation>تصدير الملف كاملًا…</translation>
    </message>
    <message>
        <source>A PDF and a JSON copy of everything held about the person</source>
        <translation>ملف PDF ونسخة JSON لكل ما هو محفوظ عن الشخص</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>حجز موعد…</translation>
    </message>
    <message>
        <source>The social researcher responsible for this file</source>
        <translation>الباحث الاجتماعي المسؤول عن هذا الملف</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>الباحث المسؤول</translation>
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
        <source>Household</source>
        <translation>ملفات الأسرة</translation>
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
        <source>Services and appointments</source>
        <translation>الخدمات والمواعيد</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
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
        <extracomment>The tabs shown for the open file that have not read it yet.</extracomment>
        <translation>الهوية {id}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>تاريخ الميلاد {date}</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لم يُسند بعد</translation>
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
    <name>BookAppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>National ID of the person</source>
        <translation>رقم هوية المستفيد</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع الموعد</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Print the slip once booked</source>
        <translation>طباعة إشعار الموعد بعد الحجز</translation>
    </message>
    <message>
        <source>No file you may open has this national ID; type the ID of a registered person.</source>
        <extracomment>The slip, previewed over this form once booked; the form closes with the preview.</extracomment>
        <translation>لا يوجد ملف متاح لك بهذا الرقم؛ اكتب رقم هوية مستفيد مسجّل.</translation>
    </message>
    <message>
        <source>Enter the day of the appointment.</source>
        <translation>أدخل يوم الموعد.</translation>
    </message>
</context>
<context>
    <name>BreachReportDialog</name>
    <message>
        <source>Notified to the authority</source>
        <translation>تم إبلاغ الجهة المختصة</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>وقت الإبلاغ</translation>
    </message>
    <message>
        <source>Reference given (optional)</source>
        <translation>الرقم المرجعي (اختياري)</translation>
    </message>
</context>
<context>
    <name>Breaches</name>
    <message>
        <source>Enter the date and time.</source>
        <extracomment>A clock a few minutes fast on the desk that typed a time is not a time in the future.</extracomment>
        <translation>أدخل التاريخ والوقت.</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>هذا الوقت في المستقبل.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>صف ما حدث.</translation>
    </message>
    <message>
        <source>Enter the number of records affected (0 if none).</source>
        <translation>أدخل عدد السجلات المتأثرة (0 إن لم يوجد).</translation>
    </message>
    <message>
        <source>Tick at least one kind of data affected.</source>
        <translation>اختر نوعًا واحدًا على الأقل من البيانات المتأثرة.</translation>
    </message>
    <message>
        <source>This breach is already closed.</source>
        <translation>هذا التسرب مغلق من قبل.</translation>
    </message>
    <message>
        <source>Write the action taken.</source>
        <translation>اكتب الإجراء المتخذ.</translation>
    </message>
    <message>
        <source>The report cannot be before the discovery.</source>
        <translation>لا يمكن أن يكون الإبلاغ قبل اكتشاف التسرب.</translation>
    </message>
    <message>
        <source>Write how the breach was closed (and, if the authority was not notified, why).</source>
        <translation>اكتب كيف أُغلق التسرب (وسبب عدم إبلاغ الجهة المختصة إن لم تُبلَّغ).</translation>
    </message>
</context>
<context>
    <name>BreachesTab</name>
    <message>
        <source>Record a breach…</source>
        <translation>تسجيل تسرب…</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>وقت الاكتشاف</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Data affected</source>
        <translation>البيانات المتأثرة</translation>
    </message>
    <message>
        <source>Notify the authority</source>
        <translation>إبلاغ الجهة المختصة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Action taken, for example: passwords changed, device recovered</source>
        <translation>الإجراء المتخذ، مثل: تغيير كلمات المرور، استرداد الجهاز</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Notified to the authority…</source>
        <translation>تم الإبلاغ…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>إغلاق…</translation>
    </message>
    <message>
        <source>Notified late, {when}</source>
        <translation>أُبلغ متأخرًا، {when}</translation>
    </message>
    <message>
        <source>Notified in time, {when}</source>
        <translation>أُبلغ في الموعد، {when}</translation>
    </message>
    <message>
        <source>Overdue by {hours}</source>
        <translation>متأخر {hours}</translation>
    </message>
    <message>
        <source>Left: {hours}</source>
        <translation>بقي: {hours}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Notify the authority by {when}.</source>
        <translation>يجب إبلاغ الجهة المختصة قبل {when}.</translation>
    </message>
    <message>
        <source>Actions taken:</source>
        <translation>الإجراءات المتخذة:</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>الرقم المرجعي: {reference}</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>الإغلاق:</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>This file is not assigned to you, so you cannot open it. Ask a supervisor to assign it to you (in the file's header, or by scheduling your home visit), or to let your role view every file.</source>
        <extracomment>``session.info`` key holding the actor a session works for. Execution option for the rule's own look-ups (is this file someone else's?).</extracomment>
        <translation>هذا الملف غير مسند إليك، فلا يمكنك فتحه. اطلب من المشرف إسناده إليك (من أعلى الملف، أو بجدولة زيارتك المنزلية)، أو منح دورك صلاحية عرض جميع الملفات.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>An administrator set a temporary password for your account: choose your own password now. Closing this window signs you out.</source>
        <translation>عيّن المدير كلمة مرور مؤقتة لحسابك: اختر كلمة مرورك الخاصة الآن. إغلاق هذه النافذة يسجّل خروجك.</translation>
    </message>
    <message>
        <source>Type the password you signed in with, then the new one twice. From now on the new password signs you in and opens the database; the old one no longer does.</source>
        <translation>اكتب كلمة المرور التي دخلت بها، ثم الجديدة مرتين. من الآن تُدخلك كلمة المرور الجديدة وتفتح قاعدة البيانات، ولا تعود القديمة تفعل ذلك.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one from now on.</source>
        <translation>تغيّرت كلمة مرورك. ادخل بالجديدة من الآن.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>taking the backup</source>
        <translation>جارٍ أخذ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>checking and restoring the backup</source>
        <translation>جارٍ فحص النسخة الاحتياطية واسترجاعها</translation>
    </message>
    <message>
        <source>The backup was restored. The data it replaced is kept in {path}.</source>
        <translation>استُعيدت النسخة الاحتياطية، واحتُفظ بالبيانات التي استُبدلت في {path}.</translation>
    </message>
    <message>
        <source>The PostgreSQL database cannot be opened, so a backup cannot be restored from here. Ask the server's administrator to check the server.</source>
        <translation>تعذّر فتح قاعدة بيانات PostgreSQL، فلا يمكن استرجاع نسخة احتياطية من هنا. اطلب من مسؤول الخادم فحصه.</translation>
    </message>
    <message>
        <source>Signing in with the accounts held in the backup instead.</source>
        <translation>سيكون تسجيل الدخول بالحسابات المحفوظة في النسخة الاحتياطية بدلًا منها.</translation>
    </message>
    <message>
        <source>checking the audit trail</source>
        <translation>جارٍ فحص سجل التدقيق</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>المسار_أو_الرابط</translation>
    </message>
    <message>
        <source>the database: a SQLite file or a PostgreSQL URL (default: the one in this computer's settings)</source>
        <translation>قاعدة البيانات: ملف SQLite أو رابط خادم PostgreSQL (وإلا فالمحددة في إعدادات هذا الجهاز)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>sign in as this user; the command has that user's permissions and is audited under their name</source>
        <translation>سجّل الدخول باسم هذا المستخدم؛ فيعمل الأمر بصلاحياته ويُقيَّد في سجل التدقيق باسمه</translation>
    </message>
    <message>
        <source>read passwords from standard input, one a line: the signing-in user's first, then a new account's (instead of asking for them)</source>
        <translation>اقرأ كلمات المرور من الإدخال القياسي، كل واحدة في سطر: كلمة مرور المستخدم الذي يسجّل الدخول أولًا، ثم كلمة مرور الحساب الجديد (بدل السؤال عنها)</translation>
    </message>
    <message>
        <source>open an encrypted database with the recovery code, read from the first line of standard input (before any password), when the key file holds no key for your password; an administrator then signs in as usual</source>
        <translation>فتح قاعدة بيانات مشفّرة برمز الاسترداد، يُقرأ من السطر الأول في الإدخال القياسي (قبل أي كلمة مرور)، إذا لم يكن في ملف المفاتيح مفتاح لكلمة مرورك؛ ثم يسجّل مدير النظام الدخول كالمعتاد</translation>
    </message>
    <message>
        <source>the language of messages: ar (Arabic) or en (English)</source>
        <translation>لغة الرسائل: ar (العربية) أو en (الإنجليزية)</translation>
    </message>
    <message>
        <source>print the result as JSON, for scripts</source>
        <translation>اطبع النتيجة بصيغة JSON للبرامج النصية</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>bring the database to this version's schema (a copy is kept first)</source>
        <translation>حدّث بنية قاعدة البيانات إلى هذا الإصدار (بعد حفظ نسخة منها)</translation>
    </message>
    <message>
        <source>create an administrator account (with no sign-in only while the database has no administrator)</source>
        <translation>أنشئ حساب مدير نظام (بلا تسجيل دخول ما دامت قاعدة البيانات بلا مدير)</translation>
    </message>
    <message>
        <source>the new account's username</source>
        <translation>اسم المستخدم للحساب الجديد</translation>
    </message>
    <message>
        <source>the new administrator's full name</source>
        <translation>الاسم الكامل لمدير النظام الجديد</translation>
    </message>
    <message>
        <source>fill the database with synthetic training data (a database that already has accounts needs an administrator's sign-in)</source>
        <translation>املأ قاعدة البيانات ببيانات تدريبية مصطنعة (قاعدة البيانات التي فيها حسابات تتطلب تسجيل دخول مدير)</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>how many synthetic beneficiaries to add</source>
        <translation>عدد المستفيدين المصطنعين المراد إضافتهم</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>the same number gives the same people (default 1)</source>
        <translation>الرقم نفسه يعطي الأشخاص أنفسهم (الافتراضي 1)</translation>
    </message>
    <message>
        <source>the front desk's search by name, national ID or mobile (exits with 1 when nobody matches)</source>
        <translation>بحث الاستقبال بالاسم أو رقم الهوية أو الجوال (يخرج بالرمز 1 إذا لم يطابق أحد)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>words of the name, or the start of a national ID or mobile number</source>
        <translation>كلمات من الاسم، أو أول أرقام الهوية أو الجوال</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>check that no audit entry was changed, removed or added out of turn</source>
        <translation>تحقق من أن أي قيد في سجل التدقيق لم يُغيَّر ولم يُحذف ولم يُضف في غير موضعه</translation>
    </message>
    <message>
        <source>suspected duplicate files</source>
        <translation>الملفات المشتبه في تكرارها</translation>
    </message>
    <message>
        <source>check the whole register for people registered more than once and queue the pairs for review (a dismissed pair stays dismissed unless one of its files changed)</source>
        <translation>افحص السجل كله بحثاً عن أشخاص سُجّلوا أكثر من مرة، وأضف الأزواج إلى قائمة المراجعة (الزوج المستبعد يبقى مستبعداً ما لم يتغير أحد ملفيه)</translation>
    </message>
    <message>
        <source>households across registered files</source>
        <translation>الأسر عبر الملفات المسجلة</translation>
    </message>
    <message>
        <source>link every family member who is a registered beneficiary to that file (by national ID, or files that name each other) and rebuild the households</source>
        <translation>ربط كل فرد أسرة مسجل مستفيدًا بملفه (برقم الهوية، أو بملفين يذكر كل منهما الآخر) وإعادة بناء الأسر</translation>
    </message>
    <message>
        <source>staff passwords</source>
        <translation>كلمات مرور الموظفين</translation>
    </message>
    <message>
        <source>change your own password (with --password-stdin: your current password on the first line, the new one on the next)</source>
        <translation>غيّر كلمة مرورك (مع ‎--password-stdin‎: كلمة مرورك الحالية في السطر الأول، والجديدة في السطر التالي)</translation>
    </message>
    <message>
        <source>give a colleague who forgot their password a temporary one, which they replace at their next sign-in (with --password-stdin: your own password first, then the temporary one)</source>
        <translation>أعطِ زميلًا نسي كلمة مروره كلمة مرور مؤقتة يستبدلها عند دخوله التالي (مع ‎--password-stdin‎: كلمة مرورك أنت أولًا، ثم المؤقتة)</translation>
    </message>
    <message>
        <source>the colleague's username</source>
        <translation>اسم المستخدم للزميل</translation>
    </message>
    <message>
        <source>take a checked backup of the database (into the backups folder beside it unless --to is given)</source>
        <translation>خذ نسخة احتياطية مفحوصة من قاعدة البيانات (في مجلد backups بجوارها ما لم يُعطَ --to)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>write the backup to this file</source>
        <translation>اكتب النسخة الاحتياطية في هذا الملف</translation>
    </message>
    <message>
        <source>encrypt the backup with a passphrase read from standard input (on the line after the password)</source>
        <translation>شفّر النسخة الاحتياطية بعبارة مرور تُقرأ من الإدخال القياسي (في السطر الذي يلي كلمة المرور)</translation>
    </message>
    <message>
        <source>replace the database with a backup (the data replaced is kept in the backups folder)</source>
        <translation>استبدل قاعدة البيانات بنسخة احتياطية (وتُحفظ البيانات المستبدلة في مجلد النسخ الاحتياطية)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>ملف النسخة الاحتياطية المراد استرجاعها</translation>
    </message>
    <message>
        <source>read the backup's passphrase from standard input (on the line after the password)</source>
        <translation>اقرأ عبارة مرور النسخة الاحتياطية من الإدخال القياسي (في السطر الذي يلي كلمة المرور)</translation>
    </message>
    <message>
        <source>import data from files</source>
        <translation>استورد بيانات من ملفات</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>applications exported from the online form (.xlsx or .csv); all rows are saved or none</source>
        <translation>طلبات مصدّرة من النموذج الإلكتروني (‎.xlsx أو ‎.csv)؛ تُحفظ الصفوف كلها أو لا يُحفظ شيء</translation>
    </message>
    <message>
        <source>the exported file</source>
        <translation>الملف المصدَّر</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>the code of the program applied for</source>
        <translation>رمز البرنامج المتقدَّم إليه</translation>
    </message>
    <message>
        <source>check the file and list the refused rows, saving nothing</source>
        <translation>افحص الملف واذكر الصفوف المرفوضة دون حفظ شيء</translation>
    </message>
    <message>
        <source>write the workbook the online form's export should match</source>
        <translation>اكتب المصنف الذي يجب أن يطابقه تصدير النموذج الإلكتروني</translation>
    </message>
    <message>
        <source>where to write the workbook (.xlsx)</source>
        <translation>أين يُكتب المصنف (‎.xlsx)</translation>
    </message>
    <message>
        <source>export a list to an Excel workbook</source>
        <translation>صدّر قائمة إلى مصنف Excel</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>which list: beneficiaries, applications, services or surveys</source>
        <translation>أي قائمة: beneficiaries (المستفيدون) أو applications (الطلبات) أو services (الخدمات) أو surveys (الاستبانات)</translation>
    </message>
    <message>
        <source>include national IDs, phones and amounts (needs the permission; the sign-in password confirms it)</source>
        <translation>ضمّن أرقام الهوية والجوالات والمبالغ (يتطلب الصلاحية، وتؤكده كلمة مرور تسجيل الدخول)</translation>
    </message>
    <message>
        <source>Charity Desk: case management for associations. With no command, the window opens.</source>
        <translation>مكتب الجمعية: إدارة حالات المستفيدين للجمعيات. بلا أمر تُفتح نافذة البرنامج.</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>اعرض هذه المساعدة واخرج</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>اعرض رقم الإصدار واخرج</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database there. Check the path given with --db, or create the folder first.</source>
        <translation>المجلد {folder} غير موجود، فلا قاعدة بيانات فيه. تحقق من المسار المعطى بعد ‎--db، أو أنشئ المجلد أولًا.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path given with --db; only demo, create-admin and migrate make a new database.</source>
        <translation>لا توجد قاعدة بيانات في {path}. تحقق من المسار المعطى بعد ‎--db؛ فلا ينشئ قاعدة بيانات جديدة إلا الأوامر demo وcreate-admin وmigrate.</translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation>ترقية قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened ({details}). If it is damaged, restore a backup: charity-desk restore FILE --user NAME.</source>
        <translation>تعذّر فتح قاعدة البيانات {where} ({details}). إن كانت تالفة فاسترجع نسخة احتياطية: charity-desk restore الملف ‎--user الاسم.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password: give it on standard input with --password-stdin.</source>
        <extracomment>``--recovery-code-stdin``: the recovery code is the first line of standard input. The database's key was unwrapped with the recovery code: only an administrator may sign in. The password the user signed in with: sensitive work in the same command confirms with it (the window asks again because its session may be hours old; a command's is seconds old). The sign-in password once read (an encrypted database asks for it before it opens).</extracomment>
        <translation>لا توجد طرفية لطلب كلمة المرور: أعطها في الإدخال القياسي مع ‎--password-stdin.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>أعد كتابة كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was saved.</source>
        <translation>كلمتا المرور مختلفتان. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This command works on the association's data, so it needs a sign-in: add --user and your username (the password is asked for, or read with --password-stdin).</source>
        <translation>هذا الأمر يعمل على بيانات الجمعية فيلزمه تسجيل الدخول: أضف ‎--user واسم المستخدم (وتُطلب كلمة المرور، أو تُقرأ مع ‎--password-stdin).</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>كلمة مرور {user}: </translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own first, in the window or with charity-desk password change --user {user}.</source>
        <translation>أعاد المدير تعيين كلمة مرورك: اختر كلمة مرورك الخاصة أولًا، في نافذة البرنامج أو بالأمر charity-desk password change --user {user}.</translation>
    </message>
    <message>
        <source>The recovery code opens the database only for an administrator. Sign in with an administrator's account, or without --recovery-code-stdin with your own password.</source>
        <translation>رمز الاسترداد يفتح قاعدة البيانات لمدير النظام فقط. سجّل الدخول بحساب مدير نظام، أو سجّل الدخول بكلمة مرورك دون ‎--recovery-code-stdin.</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>{rows} rows written to {file}</source>
        <translation>الصفوف المكتوبة: {rows}، في الملف {file}</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>This was a dry run: nothing was saved.</source>
        <translation>كان هذا فحصًا تجريبيًّا: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>{count} applications imported, numbered {first} to {last}.</source>
        <translation>الطلبات المستوردة: {count}، وأرقامها من {first} إلى {last}.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>الصفوف المقروءة: {count}</translation>
    </message>
    <message>
        <source>Ready to import: {count} (new files: {new}, added to existing files: {attached})</source>
        <translation>الجاهزة للاستيراد: {count} (ملفات جديدة: {new}، ومضافة إلى ملفات قائمة: {attached})</translation>
    </message>
    <message>
        <source>Rows that may be people already registered (imported; check them): {count}</source>
        <translation>صفوف قد يكون أصحابها مسجلين من قبل (استُوردت؛ تحقق منها): {count}</translation>
    </message>
    <message>
        <source>  row {row}: file {file}, score {score}, {reasons}</source>
        <translation>  الصف {row}: الملف {file}، الدرجة {score}، {reasons}</translation>
    </message>
    <message>
        <source>  row {row}: like row {other}, score {score}, {reasons}</source>
        <translation>  الصف {row}: يشبه الصف {other}، الدرجة {score}، {reasons}</translation>
    </message>
    <message>
        <source>Refused rows: {count}, listed in {file}</source>
        <translation>الصفوف المرفوضة: {count}، مذكورة في {file}</translation>
    </message>
    <message>
        <source>Refused rows: 0</source>
        <translation>الصفوف المرفوضة: 0</translation>
    </message>
    <message>
        <source>There is no program with the code {code}. Check the code in the programs screen.</source>
        <extracomment>command (and sub-command) -&gt; "module:function" in this package</extracomment>
        <translation>لا يوجد برنامج رمزه {code}. تحقق من الرمز في شاشة البرامج.</translation>
    </message>
    <message>
        <source>There is no user account number {key}.</source>
        <translation>لا يوجد حساب مستخدم رقمه {key}.</translation>
    </message>
    <message>
        <source>Your account does not have the permission «{permission}» this command needs. An administrator can grant it to your role in Settings.</source>
        <translation>ليست لحسابك صلاحية «{permission}» التي يحتاجها هذا الأمر. يستطيع مدير النظام منحها لدورك من الإعدادات.</translation>
    </message>
    <message>
        <source>{shown} of {total} matches shown: add another word to narrow the search.</source>
        <translation>عُرض {shown} من {total} نتيجة مطابقة: أضف كلمة أخرى لتضييق البحث.</translation>
    </message>
    <message>
        <source>Nobody matches «{query}».</source>
        <translation>لا أحد يطابق «{query}».</translation>
    </message>
    <message>
        <source>The database is up to date: {where}</source>
        <translation>قاعدة البيانات محدَّثة: {where}</translation>
    </message>
    <message>
        <source>The administrator account {username} was created.</source>
        <translation>أُنشئ حساب مدير النظام {username}.</translation>
    </message>
    <message>
        <source>Give --beneficiaries a number of 1 or more.</source>
        <translation>أعطِ ‎--beneficiaries عددًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>adding the training data</source>
        <translation>جارٍ إضافة البيانات التدريبية</translation>
    </message>
    <message>
        <source>adding a year of activity</source>
        <translation>جارٍ إضافة نشاط سنة كاملة</translation>
    </message>
    <message>
        <source>Training data added: {beneficiaries} beneficiaries, {members} family members, {contacts} contact-log entries, {applications} applications and {deliveries} service deliveries.</source>
        <translation>أُضيفت البيانات التدريبية: المستفيدون {beneficiaries}، وأفراد الأسر {members}، وقيود سجل التواصل {contacts}، والطلبات {applications}، وتسليمات الخدمات {deliveries}.</translation>
    </message>
    <message>
        <source>checking the files</source>
        <translation>فحص الملفات</translation>
    </message>
    <message>
        <source>Files checked: {count}</source>
        <translation>الملفات المفحوصة: {count}</translation>
    </message>
    <message>
        <source>Suspected pairs awaiting review: {count} (found now: {new}, back after a change to a file: {reopened})</source>
        <translation>الأزواج المشتبه فيها بانتظار المراجعة: {count} (جديدة: {new}، عادت بعد تغيّر أحد الملفين: {reopened})</translation>
    </message>
    <message>
        <source>Pairs no longer suspected, removed from the queue: {count}</source>
        <translation>أزواج لم تعد موضع اشتباه فأُزيلت من القائمة: {count}</translation>
    </message>
    <message>
        <source>Family members linked to registered files: {count}</source>
        <translation>أفراد الأسر المرتبطون بملفات مسجلة: {count}</translation>
    </message>
    <message>
        <source>Households of more than one file: {count}</source>
        <translation>الأسر التي تضم أكثر من ملف: {count}</translation>
    </message>
    <message>
        <source>Your password was changed: it now signs you in and opens the database, the old one no longer does.</source>
        <translation>تغيّرت كلمة مرورك: صارت هي التي تُدخلك وتفتح قاعدة البيانات، ولم تعد القديمة تفعل ذلك.</translation>
    </message>
    <message>
        <source>There is no open account with that username. Check the name in Settings, Staff accounts.</source>
        <translation>لا يوجد حساب مفتوح بهذا الاسم. تحقق من الاسم في الإعدادات، حسابات الموظفين.</translation>
    </message>
    <message>
        <source>The password of {username} was reset. Tell them the temporary password in person; they choose their own at their next sign-in.</source>
        <translation>أُعيد تعيين كلمة مرور {username}. أبلغه بكلمة المرور المؤقتة شخصيًا، وسيختار كلمة مروره الخاصة عند دخوله التالي.</translation>
    </message>
</context>
<context>
    <name>CloseBreachDialog</name>
    <message>
        <source>Close the breach</source>
        <translation>إغلاق التسرب</translation>
    </message>
    <message>
        <source>How it was closed</source>
        <translation>كيف أُغلق</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close with a reply</source>
        <extracomment>The radio button ids of «person satisfied?»: yes, no, not known (the person could not be asked).</extracomment>
        <translation>الإغلاق مع الرد</translation>
    </message>
    <message>
        <source>Reply given to the person</source>
        <translation>الرد المقدَّم لصاحب الشكوى أو المقترح</translation>
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
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Was the person satisfied with the reply?</source>
        <translation>هل رضي صاحب الشكوى أو المقترح عن الرد؟</translation>
    </message>
</context>
<context>
    <name>CloseDataRequestDialog</name>
    <message>
        <source>Close with the answer</source>
        <translation>الإغلاق بالرد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>What was done, or why it was refused</source>
        <translation>ما الذي نُفذ، أو سبب الرفض</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>الصف الأول</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— غير موجود في الملف —</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>العمود {number}</translation>
    </message>
</context>
<context>
    <name>CommitteeLabels</name>
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
        <source>Acceptance</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>اعتذار</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئيس</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>أمين سر</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>اجتماع جديد…</translation>
    </message>
    <message>
        <source>Verify a letter…</source>
        <translation>التحقق من خطاب…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>While the list is read again, the meeting is shown once at the end, not as the list chooses it.</extracomment>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation>سجل الصادر</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message>
        <source>Choose the decision: accept, reject or defer.</source>
        <translation>اختر القرار: قبول أو رفض أو تأجيل.</translation>
    </message>
    <message>
        <source>Write the amount or the service granted.</source>
        <translation>اكتب المبلغ أو الخدمة التي تقرر منحها.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>The duration is 1 to 120 months.</source>
        <translation>يجب أن تكون المدة من 1 إلى 120 شهرًا.</translation>
    </message>
    <message>
        <source>Choose the reason for the rejection.</source>
        <translation>اختر سبب الرفض.</translation>
    </message>
    <message>
        <source>Write the reason for the rejection.</source>
        <translation>اكتب سبب الرفض.</translation>
    </message>
    <message>
        <source>Write what is missing before a decision.</source>
        <translation>اكتب النواقص المطلوبة قبل اتخاذ القرار.</translation>
    </message>
    <message>
        <source>Record the votes for, against and abstaining.</source>
        <translation>سجّل أعداد الموافقين والمعارضين والممتنعين عن التصويت.</translation>
    </message>
    <message>
        <source>The votes add up to more than the {present} members present.</source>
        <translation>مجموع الأصوات يزيد على عدد الأعضاء الحاضرين ({present}).</translation>
    </message>
    <message>
        <source>Enter the committee's name.</source>
        <translation>أدخل اسم اللجنة.</translation>
    </message>
    <message>
        <source>Add the members, each with a name.</source>
        <translation>أضف الأعضاء، مع كتابة اسم كل عضو.</translation>
    </message>
    <message>
        <source>The quorum is 1 to the number of members.</source>
        <translation>يجب أن يكون النصاب من 1 إلى عدد الأعضاء.</translation>
    </message>
    <message>
        <source>Choose exactly one chair.</source>
        <translation>اختر رئيسًا واحدًا فقط للجنة.</translation>
    </message>
    <message>
        <source>Another committee already has this name: choose a different one.</source>
        <translation>توجد لجنة أخرى بهذا الاسم؛ اختر اسمًا مختلفًا.</translation>
    </message>
    <message>
        <source>This meeting is closed: its decisions are final. A change needs a new decision in a new meeting.</source>
        <translation>هذا الاجتماع مغلق وقراراته نهائية. يتطلب أي تغيير قرارًا جديدًا في اجتماع جديد.</translation>
    </message>
    <message>
        <source>Only an application that is ready for the committee can be decided.</source>
        <translation>لا يُتخذ قرار إلا في طلب جاهز للعرض على اللجنة.</translation>
    </message>
    <message>
        <source>The quorum is not met: {present} present, {quorum} needed.</source>
        <translation>لم يكتمل النصاب: عدد الحاضرين {present}، والمطلوب {quorum}.</translation>
    </message>
    <message>
        <source>Record at least one decision before closing the meeting.</source>
        <translation>سجّل قرارًا واحدًا على الأقل قبل إغلاق الاجتماع.</translation>
    </message>
</context>
<context>
    <name>CommitteesBox</name>
    <message>
        <source>Committees</source>
        <translation>اللجان</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئيس</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>أمين سر</translation>
    </message>
    <message>
        <source>Existing committees</source>
        <translation>اللجان القائمة</translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation>اسم اللجنة</translation>
    </message>
    <message>
        <source>Quorum (members present)</source>
        <translation>النصاب (عدد الأعضاء الحاضرين)</translation>
    </message>
    <message>
        <source>Decisions are taken by vote</source>
        <translation>تُتخذ القرارات بالتصويت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف المحدد</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Saving under an existing committee's name replaces its members.</source>
        <translation>الحفظ باسم لجنة قائمة يستبدل أعضاءها بالأعضاء المدخلين.</translation>
    </message>
    <message>
        <source>Save committee</source>
        <translation>حفظ اللجنة</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Choose complaint or suggestion.</source>
        <translation>اختر النوع: شكوى أو اقتراح.</translation>
    </message>
    <message>
        <source>Choose the channel it came by.</source>
        <translation>اختر القناة التي وردت منها.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>اختر البند.</translation>
    </message>
    <message>
        <source>Write what the person said.</source>
        <translation>اكتب ما ذكره الشخص.</translation>
    </message>
    <message>
        <source>Write the action taken.</source>
        <translation>اكتب الإجراء المتخذ.</translation>
    </message>
    <message>
        <source>Write the reply given to the person.</source>
        <translation>اكتب الرد الذي قُدّم للشخص.</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>قناة الورود</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Action taken, for example: called the person and explained</source>
        <translation>الإجراء المتخذ، مثل: الاتصال بالشخص وتوضيح الأمر له</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Close with a reply…</source>
        <translation>إغلاق مع الرد…</translation>
    </message>
    <message>
        <source>Open — overdue</source>
        <translation>مفتوحة — تجاوزت موعد الرد</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>أُغلقت في {date}</translation>
    </message>
    <message>
        <source>Actions taken:</source>
        <translation>الإجراءات المتخذة:</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Reply ({satisfied}):</source>
        <translation>الرد ({satisfied}):</translation>
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
    <message>
        <source>{count} in all; the latest are shown.</source>
        <translation>{count} إجمالًا، وتظهر أحدثها.</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <source>No data for this period.</source>
        <translation>لا بيانات في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>أقل من 18 سنة</translation>
    </message>
    <message>
        <source>18-29 years</source>
        <translation>من 18 إلى 29 سنة</translation>
    </message>
    <message>
        <source>30-44 years</source>
        <translation>من 30 إلى 44 سنة</translation>
    </message>
    <message>
        <source>45-59 years</source>
        <translation>من 45 إلى 59 سنة</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 سنة فأكثر</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Reports and indicators</source>
        <extracomment>The charts of the first tab, two a row, paired by the number of bars they usually have. The section tabs after the key figures.</extracomment>
        <translation>التقارير والمؤشرات</translation>
    </message>
    <message>
        <source>Calculating the figures…</source>
        <translation>جارٍ احتساب الأرقام…</translation>
    </message>
    <message>
        <source>Applications by state</source>
        <translation>الطلبات حسب الحالة</translation>
    </message>
    <message>
        <source>People served by program</source>
        <translation>المستفيدون حسب البرنامج</translation>
    </message>
    <message>
        <source>People served by region</source>
        <translation>المستفيدون حسب المنطقة</translation>
    </message>
    <message>
        <source>People served by gender</source>
        <translation>المستفيدون حسب الجنس</translation>
    </message>
    <message>
        <source>People served by age band</source>
        <translation>المستفيدون حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Inquiries by channel</source>
        <translation>الاستفسارات حسب القناة</translation>
    </message>
    <message>
        <source>Indirect reach by channel</source>
        <translation>الوصول غير المباشر حسب القناة</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>المؤشرات الرئيسية</translation>
    </message>
    <message>
        <source>Households and duplicate files</source>
        <translation>الأسر والملفات المكررة</translation>
    </message>
    <message>
        <source>Tasks and appointments</source>
        <translation>المهام والمواعيد</translation>
    </message>
    <message>
        <source>Applications received</source>
        <extracomment>The filter each section tab last read its figures for.</extracomment>
        <translation>الطلبات الواردة</translation>
    </message>
    <message>
        <source>Median days to a decision</source>
        <translation>الوسيط لأيام البت</translation>
    </message>
    <message>
        <source>Decided within the target time</source>
        <translation>البت ضمن المدة المستهدفة</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>نسبة القبول</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>المستفيدون المخدومون</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>الخدمات المقدمة</translation>
    </message>
    <message>
        <source>Satisfied beneficiaries</source>
        <translation>نسبة رضا المستفيدين</translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation>نسبة الاستجابة للاستبانات</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>الشكاوى المفتوحة</translation>
    </message>
    <message>
        <source>Complaints closed on time</source>
        <translation>الشكاوى المغلقة في وقتها</translation>
    </message>
    <message>
        <source>Referrals to partners</source>
        <translation>الإحالات إلى الجمعيات الشريكة</translation>
    </message>
    <message>
        <source>Home visits done</source>
        <translation>الزيارات المنزلية المنجزة</translation>
    </message>
    <message>
        <source>Board report (PDF)</source>
        <translation>تقرير مجلس الإدارة (PDF)</translation>
    </message>
    <message>
        <source>Board report (Excel)</source>
        <translation>تقرير مجلس الإدارة (Excel)</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>تقرير البرامج</translation>
    </message>
    <message>
        <source>Staff development report</source>
        <translation>تقرير تطوير الأداء</translation>
    </message>
    <message>
        <source>Export a list…</source>
        <translation>تصدير قائمة…</translation>
    </message>
    <message>
        <source>Preview and print (PDF)…</source>
        <translation>معاينة وطباعة (PDF)…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>حفظ بصيغة Excel…</translation>
    </message>
    <message>
        <source>The figures could not be calculated: {details}</source>
        <translation>تعذّر احتساب الأرقام: {details}</translation>
    </message>
    <message>
        <source>{count} decided</source>
        <translation>المبتوت فيها: {count}</translation>
    </message>
    <message>
        <source>Target: {days}</source>
        <translation>المدة المستهدفة: {days}</translation>
    </message>
    <message>
        <source>Responses: {count}</source>
        <translation>عدد الردود: {count}</translation>
    </message>
    <message>
        <source>{answered} of {asked}</source>
        <translation>{answered} من {asked}</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>المتأخرة: {count}</translation>
    </message>
    <message>
        <source>Referrals received: {count}</source>
        <translation>الإحالات الواردة: {count}</translation>
    </message>
    <message>
        <source>days from receipt</source>
        <translation>يومًا من تاريخ الورود</translation>
    </message>
    <message>
        <source>of the decisions taken</source>
        <translation>من القرارات المتخذة</translation>
    </message>
    <message>
        <source>{count} people with their families</source>
        <translation>الأفراد مع أسرهم: {count}</translation>
    </message>
    <message>
        <source>{amount} riyals in cash</source>
        <translation>المساعدات النقدية: {amount} ريال</translation>
    </message>
    <message>
        <source>{on_time} of {closed} closed</source>
        <translation>مغلقة في وقتها: {on_time} من {closed}</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>خلال الفترة</translation>
    </message>
</context>
<context>
    <name>DataRequests</name>
    <message>
        <source>Choose what the person asks for.</source>
        <extracomment>How the identity was checked (for example the national ID card seen); empty when not checked yet.</extracomment>
        <translation>اختر ما يطلبه الشخص.</translation>
    </message>
    <message>
        <source>Choose the person's file, or write the name of a person without a file.</source>
        <translation>اختر ملف الشخص، أو اكتب اسم الشخص إن لم يكن له ملف.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>أدخل تاريخ استلام الطلب.</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الاستلام في المستقبل.</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>هذا الطلب مغلق من قبل.</translation>
    </message>
    <message>
        <source>Write how the person's identity was checked.</source>
        <translation>اكتب كيف تم التحقق من هوية الشخص.</translation>
    </message>
    <message>
        <source>An extension is from 1 to {days} days.</source>
        <translation>التمديد من يوم واحد إلى {days} يومًا.</translation>
    </message>
    <message>
        <source>Write why more time is needed.</source>
        <translation>اكتب سبب الحاجة إلى وقت إضافي.</translation>
    </message>
    <message>
        <source>This request was already extended once (by {days} days); the law allows only one extension, so it must be answered by its due date.</source>
        <translation>سبق تمديد هذا الطلب مرة واحدة ({days} يومًا)، والنظام لا يسمح إلا بتمديد واحد، فيجب الرد عليه قبل موعده.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>اختر النتيجة.</translation>
    </message>
    <message>
        <source>Write what was done, or why it was refused.</source>
        <translation>اكتب ما نُفذ، أو سبب الرفض.</translation>
    </message>
    <message>
        <source>Check the person's identity before giving them their data or changing it.</source>
        <translation>تحقق من هوية الشخص قبل تسليمه بياناته أو تعديلها.</translation>
    </message>
</context>
<context>
    <name>DataRequestsTab</name>
    <message>
        <source>New request…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>How the identity was checked, for example: original ID card</source>
        <translation>كيف تم التحقق من الهوية، مثل: بطاقة الهوية الأصلية</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>تم التحقق من الهوية</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>تمديد…</translation>
    </message>
    <message>
        <source>Close with the answer…</source>
        <translation>الإغلاق بالرد…</translation>
    </message>
    <message>
        <source>{outcome} on {date}</source>
        <translation>{outcome} في {date}</translation>
    </message>
    <message>
        <source>Overdue by {days}</source>
        <translation>متأخر {days}</translation>
    </message>
    <message>
        <source>Left: {days}</source>
        <translation>بقي: {days}</translation>
    </message>
    <message>
        <source>Extended by {days}:</source>
        <translation>مُدّد {days}:</translation>
    </message>
    <message>
        <source>(file destroyed)</source>
        <translation>(أُتلف الملف)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُتحقق بعد</translation>
    </message>
    <message>
        <source>A request may be extended only once.</source>
        <translation>لا يُمدد الطلب إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>Received by: {name}</source>
        <translation>استلمه: {name}</translation>
    </message>
    <message>
        <source>Identity checked by {name} on {when}: {how}</source>
        <translation>تحقق من الهوية {name} في {when}: {how}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file {path} is on a network share. SQLite cannot keep it safe there: copy it to this computer, or use a PostgreSQL server for several desks.</source>
        <translation>ملف قاعدة البيانات {path} موجود على مجلد شبكة مشترك، ولا يمكن حفظه بأمان هناك. انسخه إلى هذا الجهاز، أو استخدم خادم PostgreSQL عند العمل من عدة مكاتب.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted and cannot be opened without signing in. If its key file {keys} was lost, copy the one kept beside your newest backup to that place, then sign in with the recovery code.</source>
        <translation>قاعدة البيانات {path} مشفّرة ولا تُفتح إلا بتسجيل الدخول. إن فُقد ملف مفاتيحها {keys} فانسخ الملف المحفوظ بجانب أحدث نسخة احتياطية إلى ذلك المكان، ثم سجّل الدخول برمز الاسترداد.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, but the PostgreSQL driver is not installed. Install it with: pip install "psycopg[binary]&gt;=3.2" (or, in the Charity Desk folder: pip install ".[postgres]"), then start again.</source>
        <translation>قاعدة البيانات هذه على خادم PostgreSQL، لكن برنامج الاتصال بـ PostgreSQL غير مثبّت. ثبّته بالأمر: pip install "psycopg[binary]&gt;=3.2" (أو من مجلد مكتب الجمعية: pip install ".[postgres]")، ثم شغّل البرنامج من جديد.</translation>
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
    <name>DecisionForm</name>
    <message>
        <source>Write the amount in riyals, for example 1500.</source>
        <translation>اكتب المبلغ بالريال، مثل 1500.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Amount (riyals)</source>
        <translation>المبلغ (ريال)</translation>
    </message>
    <message>
        <source>for example 1500</source>
        <translation>مثل 1500</translation>
    </message>
    <message>
        <source>Service granted</source>
        <translation>الخدمة الممنوحة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>توضيح السبب</translation>
    </message>
    <message>
        <source>Missing before a decision</source>
        <translation>النواقص المطلوبة قبل القرار</translation>
    </message>
    <message>
        <source>for example: a certified rent contract</source>
        <translation>مثل: عقد إيجار موثّق</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>المسوّغات</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Required for “Other reason”</source>
        <translation>مطلوب عند اختيار «سبب آخر»</translation>
    </message>
    <message>
        <source>Optional details</source>
        <translation>تفاصيل إضافية (اختياري)</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Name the session, for example «Ramadan 1448» or «Cohort 3».</source>
        <translation>أدخل اسم الدفعة، مثل «رمضان 1448» أو «الدفعة 3».</translation>
    </message>
    <message>
        <source>Choose an open session of the application's program.</source>
        <translation>اختر دفعة مفتوحة من دفعات البرنامج الذي قُدّم إليه الطلب.</translation>
    </message>
    <message>
        <source>The program is full: {capacity} places.</source>
        <translation>اكتملت الطاقة الاستيعابية للبرنامج ({capacity} مقعدًا).</translation>
    </message>
    <message>
        <source>Choose what was given, with a positive amount or quantity.</source>
        <translation>اختر ما قُدّم، مع إدخال مبلغ أو كمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ تقديم الخدمة في المستقبل.</translation>
    </message>
    <message>
        <source>Aid is given only to enrolled beneficiaries.</source>
        <translation>لا تُقدَّم المساعدة إلا للمستفيدين الملتحقين بالبرنامج.</translation>
    </message>
    <message>
        <source>This would exceed the amount the committee decided ({decided} riyals; {given} already given).</source>
        <translation>يتجاوز هذا المبلغ ما قررته اللجنة ({decided} ريال، صُرف منها {given} ريال).</translation>
    </message>
    <message>
        <source>The decided duration ended on {ends}: a new decision is needed.</source>
        <translation>انتهت المدة المقررة في {ends}: يلزم صدور قرار جديد.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>هذه الدفعة منتهية من قبل.</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The document could not be produced: {details}</source>
        <extracomment>The preview dialog that was just opened.</extracomment>
        <translation>تعذّر إنشاء المستند: {details}</translation>
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
    <name>DoubleBenefit</name>
    <message>
        <source>A member of the same household (a file outside your caseload) already receives «{program}» in this period ({period}). A supervisor must approve a second benefit and write the reason.</source>
        <extracomment>Empty when the file is outside the caseload of the person applying (services.caseload).</extracomment>
        <translation>فرد من الأسرة نفسها (ملفه خارج الملفات المسندة إليك) يستفيد من «{program}» في هذه الفترة ({period}). لا بد من موافقة مشرف على الاستفادة الثانية مع كتابة السبب.</translation>
    </message>
    <message>
        <source>{name} of the same household already receives «{program}» in this period ({period}, application {number}). A supervisor must approve a second benefit and write the reason.</source>
        <translation>{name} من الأسرة نفسها يستفيد من «{program}» في هذه الفترة ({period}، الطلب {number}). لا بد من موافقة مشرف على الاستفادة الثانية مع كتابة السبب.</translation>
    </message>
</context>
<context>
    <name>DoubleBenefitDialog</name>
    <message>
        <source>A second benefit for the same household</source>
        <translation>استفادة ثانية للأسرة نفسها</translation>
    </message>
    <message>
        <source>Another member of this household already receives this program in the same period:</source>
        <translation>فرد آخر من هذه الأسرة يستفيد من هذا البرنامج في الفترة نفسها:</translation>
    </message>
    <message>
        <source>To go on, a supervisor signs in here and writes why this household may receive the program twice. The approval is kept in the audit trail.</source>
        <translation>للمتابعة يدخل مشرف هنا ويكتب سبب السماح لهذه الأسرة بالاستفادة من البرنامج مرتين. تُحفظ الموافقة في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Approve and save</source>
        <translation>موافقة وحفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>a file outside your caseload</source>
        <translation>ملف خارج الملفات المسندة إليك</translation>
    </message>
    <message>
        <source>• {name} — {program} — from {start}, with no end date — application {number}</source>
        <translation>• {name} — {program} — من {start} دون تاريخ نهاية — الطلب {number}</translation>
    </message>
    <message>
        <source>This account may not approve a second benefit. A program manager or an administrator must sign in here.</source>
        <translation>لا يملك هذا الحساب الموافقة على استفادة ثانية. يجب أن يدخل هنا مدير برامج أو مدير نظام.</translation>
    </message>
    <message>
        <source>• {name} — {program} — from {start} to {end} — application {number}</source>
        <translation>• {name} — {program} — من {start} إلى {end} — الطلب {number}</translation>
    </message>
    <message>
        <source>Write why this household may receive the program twice.</source>
        <translation>اكتب سبب السماح لهذه الأسرة بالاستفادة من البرنامج مرتين.</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidates</name>
    <message>
        <source>This person may already be registered:</source>
        <extracomment>The link of a registered file was followed. The answer to the latest look-up is shown (tests and screens wait on it).</extracomment>
        <translation>قد يكون هذا الشخص مسجلاً من قبل:</translation>
    </message>
</context>
<context>
    <name>DuplicateFiguresChart</name>
    <message>
        <source>Suspected pairs found</source>
        <translation>أزواج مكررة محتملة اكتُشفت</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translation>ملفات دُمجت</translation>
    </message>
    <message>
        <source>Found not the same person</source>
        <translation>تبيّن أنهما ليسا نفس الشخص</translation>
    </message>
    <message>
        <source>Merges undone</source>
        <translation>دمج تم التراجع عنه</translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation>الملفات المكررة</translation>
    </message>
</context>
<context>
    <name>DuplicateScore</name>
    <message>
        <source>same national ID</source>
        <extracomment>A pair scoring this much or more is a candidate for the review queue. How close two spellings of one name part must be (difflib's ratio over the folded letters). National IDs of the family members listed in the person's file. Reason codes (``REASONS``), the strongest evidence first. Reason code → (points, Arabic-catalogue text). Negative points argue for two different people.</extracomment>
        <translation>نفس رقم الهوية</translation>
    </message>
    <message>
        <source>national ID one digit apart</source>
        <translation>رقم الهوية يختلف في رقم واحد</translation>
    </message>
    <message>
        <source>national ID with two digits swapped</source>
        <translation>رقم الهوية بخانتين متبادلتين</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>نفس الجوال</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>الاسم مطابق</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>الاسم متقارب</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>تاريخ الميلاد مطابق</translation>
    </message>
    <message>
        <source>the same family member listed in both files</source>
        <translation>فرد الأسرة نفسه مسجل في الملفين</translation>
    </message>
    <message>
        <source>different birth date</source>
        <translation>تاريخ الميلاد مختلف</translation>
    </message>
    <message>
        <source>different gender</source>
        <translation>الجنس مختلف</translation>
    </message>
    <message>
        <source>one is listed as a family member of the other</source>
        <translation>أحدهما مسجل فرداً في أسرة الآخر</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>These two files have already been merged; there is nothing to dismiss.</source>
        <translation>دُمج هذان الملفان من قبل؛ فلا شيء يُستبعد.</translation>
    </message>
</context>
<context>
    <name>DuplicatesReviewPage</name>
    <message>
        <source>Something went wrong; nothing was changed. Try again.</source>
        <translation>حدث خطأ ولم يتغير شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>الملف الأول</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>الملف الثاني</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Suspected duplicate files</source>
        <translation>الملفات المكررة المحتملة</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>ليسا نفس الشخص</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Merged files</source>
        <translation>الملفات المدموجة</translation>
    </message>
    <message>
        <source>Pairs to review: {count}</source>
        <translation>أزواج تنتظر المراجعة: {count}</translation>
    </message>
    <message>
        <source>No pair is waiting for review.</source>
        <translation>لا يوجد زوج ينتظر المراجعة.</translation>
    </message>
    <message>
        <source>Score {score}: {reasons}</source>
        <translation>الدرجة {score}: {reasons}</translation>
    </message>
    <message>
        <source>Marked as two different people; the pair will not come back unless one of the files changes.</source>
        <translation>سُجّل أنهما شخصان مختلفان؛ لن يعود هذا الزوج إلا إذا تغيّر أحد الملفين.</translation>
    </message>
    <message>
        <source>File no. {merged} was merged into file no. {survivor} ({name}).</source>
        <translation>دُمج الملف رقم {merged} في الملف رقم {survivor} ({name}).</translation>
    </message>
</context>
<context>
    <name>EformColumns</name>
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
        <source>National ID or Iqama</source>
        <translation>رقم الهوية الوطنية أو الإقامة</translation>
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
        <source>Birth date calendar (Hijri or Gregorian)</source>
        <translation>تقويم تاريخ الميلاد (هجري أو ميلادي)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Other mobile</source>
        <translation>جوال آخر</translation>
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
        <source>Marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Channel (the website when empty)</source>
        <translation>قناة التقديم (الموقع الإلكتروني إذا تُركت فارغة)</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>وقت التقديم</translation>
    </message>
    <message>
        <source>Consent to the program's instructions</source>
        <translation>الموافقة على تعليمات البرنامج</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>اسم الولي</translation>
    </message>
    <message>
        <source>Guardian's national ID</source>
        <translation>رقم هوية الولي</translation>
    </message>
</context>
<context>
    <name>EformImport</name>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>أُلغي الاستيراد، ولم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>No row of the file can be imported.</source>
        <translation>لا يوجد في الملف صف صالح للاستيراد.</translation>
    </message>
    <message>
        <source>Choose the file's column for: {field}.</source>
        <extracomment>The existing file the application is attached to; None for a new file. Rows that may be people already registered, or the same person as another row: reported apart from the refusals (they are imported; staff check them before the checklist).</extracomment>
        <translation>اختر عمود الملف الذي يحتوي على: {field}.</translation>
    </message>
    <message>
        <source>The same column is chosen for two fields.</source>
        <translation>اختير العمود نفسه لحقلين.</translation>
    </message>
    <message>
        <source>This program is closed to new applications.</source>
        <translation>هذا البرنامج مغلق أمام الطلبات الجديدة.</translation>
    </message>
    <message>
        <source>The same national ID is already in row {row} of this file.</source>
        <translation>رقم الهوية نفسه موجود في الصف {row} من هذا الملف.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <source>This person already has an open application to this program ({number}).</source>
        <translation>لدى هذا الشخص طلب قائم في هذا البرنامج ({number}).</translation>
    </message>
    <message>
        <source>Another member of this person's household already receives this program in this period: apply at the desk, where a supervisor may approve it with the reason.</source>
        <translation>فرد آخر من أسرة هذا الشخص يستفيد من هذا البرنامج في هذه الفترة: يُقدَّم الطلب في مكتب الاستقبال حيث يجوز لمشرف الموافقة عليه مع ذكر السبب.</translation>
    </message>
    <message>
        <source>The files changed since the preview (another desk registered or applied for someone in this batch). Nothing was saved: preview the file again.</source>
        <translation>تغيّرت الملفات بعد المعاينة (سجّل مكتب آخر أحد أصحاب هذه الدفعة أو قدّم له طلبًا). لم يُحفظ أي شيء: أعد معاينة الملف.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>The cell holds a formula that was never calculated; type the value itself.</source>
        <translation>تحتوي الخلية على معادلة لم تُحسب قيمتها؛ اكتب القيمة نفسها.</translation>
    </message>
    <message>
        <source>The cell is too long (more than {limit} characters).</source>
        <translation>الخلية أطول من المسموح (الحد الأقصى لعدد الحروف: {limit}).</translation>
    </message>
    <message>
        <source>The text starts like a spreadsheet formula (= + - @); it is not imported.</source>
        <translation>يبدأ النص كما تبدأ معادلات الجداول (= + - @)؛ فلم يُستورد.</translation>
    </message>
    <message>
        <source>A name may contain letters only, without digits or symbols.</source>
        <translation>يتكون الاسم من حروف فقط، دون أرقام أو رموز.</translation>
    </message>
    <message>
        <source>Write the calendar as هجري (Hijri) or ميلادي (Gregorian).</source>
        <translation>اكتب التقويم: هجري أو ميلادي.</translation>
    </message>
    <message>
        <source>Write the submission time as 2026-11-20 14:30 or 20/11/2026 14:30.</source>
        <translation>اكتب وقت التقديم بالصيغة 2026-11-20 14:30 أو 20/11/2026 14:30.</translation>
    </message>
    <message>
        <source>The submission time is not a real date or time.</source>
        <translation>وقت التقديم ليس تاريخًا أو وقتًا صحيحًا.</translation>
    </message>
    <message>
        <source>The submission time is in the future.</source>
        <translation>وقت التقديم في المستقبل.</translation>
    </message>
    <message>
        <source>No consent: the applicant did not accept the program's instructions (clause 5-7).</source>
        <translation>لا توجد موافقة: لم يوافق المتقدم على تعليمات البرنامج (البند 5-7).</translation>
    </message>
    <message>
        <source>Write the gender as ذكر (male) or أنثى (female).</source>
        <translation>اكتب الجنس: ذكر أو أنثى.</translation>
    </message>
    <message>
        <source>The marital status is not one of the known choices.</source>
        <translation>الحالة الاجتماعية ليست من الخيارات المعتمدة.</translation>
    </message>
    <message>
        <source>The channel is not one of the association's channels.</source>
        <translation>القناة ليست من قنوات الجمعية المعتمدة.</translation>
    </message>
    <message>
        <source>The region is not one of the 13 regions of the Kingdom.</source>
        <translation>المنطقة ليست من مناطق المملكة الثلاث عشرة.</translation>
    </message>
    <message>
        <source>May be the person of the existing file {file}: check before the checklist.</source>
        <extracomment>Files or rows named for one row, the likeliest first.</extracomment>
        <translation>قد يكون صاحب الملف المسجل رقم {file}: تحقق من ذلك قبل قائمة التحقق.</translation>
    </message>
    <message>
        <source>May be the same person as row {row} of this file, under another national ID.</source>
        <translation>قد يكون الشخص نفسه في الصف {row} من هذا الملف برقم هوية آخر.</translation>
    </message>
</context>
<context>
    <name>EformReader</name>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx).</source>
        <translation>تعذّرت قراءة الملف بوصفه مصنف Excel بصيغة ‎.xlsx.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <extracomment>A formula cell whose workbook was saved without its calculated value. The row number a person sees when opening the file in Excel (the header is usually 1).</extracomment>
        <translation>لا يحتوي المصنف على أي ورقة عمل.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB; split it into several files.</source>
        <translation>حجم الملف يزيد على 50 ميجابايت؛ قسّمه إلى عدة ملفات.</translation>
    </message>
    <message>
        <source>Row {row} of the file cannot be read: a cell is far too long or a quote is not closed.</source>
        <translation>تعذّرت قراءة الصف {row} من الملف: إحدى الخلايا طويلة جدًا أو علامة اقتباس غير مغلقة.</translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation>لم يُعثر على الملف {name}.</translation>
    </message>
    <message>
        <source>This file is {kind}, not an Excel workbook (.xlsx) or a CSV file. Export the form's answers as .xlsx or .csv and choose that file.</source>
        <translation>هذا الملف {kind} وليس جدول Excel أو CSV. صدّر إجابات النموذج بصيغة ‎.xlsx‎ أو ‎.csv‎ ثم اختر ذلك الملف.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it into several files.</source>
        <translation>عدد صفوف الملف يزيد على {limit}؛ قسّمه إلى عدة ملفات.</translation>
    </message>
    <message>
        <source>The sheet is empty: it needs a header row and at least one row of applications.</source>
        <translation>الورقة فارغة: يلزم صف للعناوين وصف واحد على الأقل من الطلبات.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} columns; keep only the form's columns.</source>
        <translation>عدد أعمدة الورقة يزيد على {limit}؛ أبقِ أعمدة النموذج فقط.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Monthly income per person</source>
        <extracomment>Income per person and family size are the household's: every linked file counted, each person once (domain.household_links), instead of the applicant's own file. Income and family size were counted over the whole household. English source text, translated in context "Eligibility" when shown.</extracomment>
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
    <message>
        <source>Monthly income per person in the household (linked files)</source>
        <extracomment>The same rules when the program counts the whole household.</extracomment>
        <translation>دخل الفرد الشهري في الأسرة (الملفات المرتبطة)</translation>
    </message>
    <message>
        <source>Minimum household size (linked files)</source>
        <translation>أقل عدد لأفراد الأسرة (الملفات المرتبطة)</translation>
    </message>
    <message>
        <source>Maximum household size (linked files)</source>
        <translation>أكبر عدد لأفراد الأسرة (الملفات المرتبطة)</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The database could not be encrypted, so it was left as it was (not encrypted). Details: {details}</source>
        <translation>تعذّر تشفير قاعدة البيانات، فبقيت كما كانت (غير مشفّرة). التفاصيل: {details}</translation>
    </message>
</context>
<context>
    <name>EnrolButton</name>
    <message>
        <source>Enrol in session…</source>
        <translation>إلحاق بدفعة…</translation>
    </message>
    <message>
        <source>Program managers enrol accepted applicants.</source>
        <translation>يتولى مديرو البرامج إلحاق المتقدمين المقبولين.</translation>
    </message>
</context>
<context>
    <name>EnrolSessionDialog</name>
    <message>
        <source>This program has no open session yet: a program manager opens one.</source>
        <translation>لا توجد دفعة مفتوحة في هذا البرنامج بعد: يفتحها مدير البرنامج.</translation>
    </message>
    <message>
        <source>Enrol in a session</source>
        <translation>الإلحاق بدفعة</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>الدفعة المفتوحة</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>دفعة جديدة…</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>إلحاق</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <source>Beneficiaries</source>
        <extracomment>The lists of services.exports.LISTS, in the order offered.</extracomment>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>الخدمات المقدمة</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>استبانات الرضا</translation>
    </message>
    <message>
        <source>Export a list to Excel</source>
        <translation>تصدير قائمة إلى Excel</translation>
    </message>
    <message>
        <source>The whole list is written to an Excel workbook. National IDs, phone numbers and amounts are masked unless you include them below.</source>
        <translation>تُصدَّر القائمة كاملة إلى مصنف Excel، وتُخفى أرقام الهوية وأرقام الهواتف والمبالغ ما لم تختر تضمينها أدناه.</translation>
    </message>
    <message>
        <source>Include national IDs, phones and amounts</source>
        <translation>تضمين أرقام الهوية والهواتف والمبالغ</translation>
    </message>
    <message>
        <source>Your role may export masked lists only.</source>
        <translation>لا يتيح لك دورك إلا تصدير القوائم ذات البيانات المخفية.</translation>
    </message>
    <message>
        <source>Your password, asked again for unmasked data</source>
        <translation>أعد إدخال كلمة المرور لإظهار البيانات المخفية</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>حفظ القائمة باسم</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder that exists to save the file in.</source>
        <translation>اختر مجلدًا موجودًا لحفظ الملف فيه.</translation>
    </message>
    <message>
        <source>Type your password again to include national IDs, phones and amounts.</source>
        <translation>أعد كتابة كلمة المرور لتضمين أرقام الهوية والهواتف والمبالغ.</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>جارٍ تصدير القائمة…</translation>
    </message>
    <message>
        <source>{count} saved to {path}</source>
        <translation>حُفظ {count} في {path}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير، ولم يُنشأ أي ملف.</translation>
    </message>
    <message>
        <source>The list could not be exported: {details}</source>
        <translation>تعذّر تصدير القائمة: {details}</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <source>Export the whole file</source>
        <translation>تصدير الملف كاملًا</translation>
    </message>
    <message>
        <source>Everything held about {name} is written as a PDF to hand over and a machine-readable JSON copy, for a data-subject request.</source>
        <translation>تُكتب جميع البيانات المحفوظة عن {name} في ملف PDF يُسلَّم لصاحبها ونسخة JSON قابلة للقراءة آليًا، استجابةً لطلب صاحب البيانات.</translation>
    </message>
    <message>
        <source>Health data is left out: your role may not see it.</source>
        <translation>لن تُضمَّن البيانات الصحية لأن دورك لا يسمح بالاطلاع عليها.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Your password, asked again before an export</source>
        <translation>كلمة المرور، تُطلب مجددًا قبل التصدير</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>الحفظ في المجلد</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Save the file in</source>
        <translation>حفظ الملف في</translation>
    </message>
    <message>
        <source>Choose a folder that exists to save the files in.</source>
        <translation>اختر مجلدًا موجودًا لحفظ الملفات فيه.</translation>
    </message>
    <message>
        <source>Type your password again to export the file.</source>
        <translation>اكتب كلمة المرور مجددًا لتصدير الملف.</translation>
    </message>
    <message>
        <source>Exporting the file…</source>
        <translation>جارٍ تصدير الملف…</translation>
    </message>
    <message>
        <source>Saved {pdf} and {json}</source>
        <translation>حُفظ {pdf} و{json}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The file could not be exported: {details}</source>
        <translation>تعذّر تصدير الملف: {details}</translation>
    </message>
</context>
<context>
    <name>ExtendDataRequestDialog</name>
    <message>
        <source>Extend the answer time</source>
        <translation>تمديد مدة الرد</translation>
    </message>
    <message>
        <source>More days</source>
        <translation>أيام إضافية</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>سبب الحاجة إلى وقت إضافي</translation>
    </message>
    <message>
        <source>A request may be extended only once.</source>
        <translation>لا يُمدد الطلب إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>New due date: {date}</source>
        <translation>موعد الرد الجديد: {date}</translation>
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
        <extracomment>The id of a member's own registered file, to open.</extracomment>
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
    <message>
        <source>Open their file</source>
        <translation>فتح ملف الفرد</translation>
    </message>
    <message>
        <source>Registered with a file of their own: «Open their file» opens it</source>
        <translation>مسجّل بملف مستقل: «فتح ملف الفرد» يفتحه</translation>
    </message>
</context>
<context>
    <name>FeedbackLabels</name>
    <message>
        <source>Cash</source>
        <translation>نقدي</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>في الاستقبال</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>هاتفيًا</translation>
    </message>
    <message>
        <source>Typed from a paper form</source>
        <translation>مُدخلة من نموذج ورقي</translation>
    </message>
    <message>
        <source>Not satisfied at all</source>
        <extracomment>The five points of every satisfaction question, from 1 to 5.</extracomment>
        <translation>غير راضٍ إطلاقًا</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>راضٍ جدًا</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>إكس (تويتر)</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>سناب شات</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>المطبوعات</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Copies distributed</source>
        <translation>النسخ الموزعة</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الأشخاص الذين وصلت إليهم الجمعية</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
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
        <source>National ID</source>
        <translation>رقم الهوية</translation>
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
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation>جوال آخر</translation>
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
    <message>
        <source>Family member's name</source>
        <translation>اسم فرد الأسرة</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Family member's ID</source>
        <translation>هوية فرد الأسرة</translation>
    </message>
    <message>
        <source>Family member's birth date</source>
        <translation>تاريخ ميلاد فرد الأسرة</translation>
    </message>
    <message>
        <source>Family member's income</source>
        <translation>دخل فرد الأسرة</translation>
    </message>
    <message>
        <source>Family member's disability</source>
        <translation>إعاقة فرد الأسرة</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>الحالة الدراسية</translation>
    </message>
    <message>
        <source>Housing tenure</source>
        <translation>ملكية السكن</translation>
    </message>
    <message>
        <source>Kind of housing</source>
        <translation>نوع السكن</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>عدد الغرف</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>الإيجار الشهري</translation>
    </message>
    <message>
        <source>Housing condition</source>
        <translation>حالة السكن</translation>
    </message>
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
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>No data in this period.</source>
        <translation>لا بيانات في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>FileComparisonTable</name>
    <message>
        <source>Field</source>
        <extracomment>The tint of a field the two files hold differently.
----------
The fields shown, row by row (None for a row of records), and which of them differ.</extracomment>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>الملف الأول</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>الملف الثاني</translation>
    </message>
    <message>
        <source>File no. {id}</source>
        <translation>الملف رقم {id}</translation>
    </message>
    <message>
        <source>The two files differ here</source>
        <translation>يختلف الملفان هنا</translation>
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
    <name>FileKinds</name>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <extracomment>The first bytes of Charity Desk's own backups (services.backup_crypto, services.backup_manifest). How a message names each kind: «This file is {kind}…» (context "FileKinds").</extracomment>
        <translation>جدول Excel ‏(.xlsx)</translation>
    </message>
    <message>
        <source>a text file (CSV)</source>
        <translation>ملف نصي (CSV)</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>an encrypted Charity Desk backup</source>
        <translation>نسخة احتياطية مشفرة من البرنامج</translation>
    </message>
    <message>
        <source>a Charity Desk backup</source>
        <translation>نسخة احتياطية من البرنامج</translation>
    </message>
    <message>
        <source>a PostgreSQL backup</source>
        <translation>نسخة احتياطية من PostgreSQL</translation>
    </message>
    <message>
        <source>an old-format Excel workbook (.xls)</source>
        <translation>جدول Excel بالصيغة القديمة (.xls)</translation>
    </message>
    <message>
        <source>a LibreOffice spreadsheet (.ods)</source>
        <translation>جدول LibreOffice ‏(.ods)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ملف مضغوط (zip)</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>of a kind Charity Desk does not read</source>
        <translation>من نوع لا يقرؤه البرنامج</translation>
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
        <extracomment>Shown once the association is set up: its recovery code, which must be written down.</extracomment>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
</context>
<context>
    <name>FormKeys</name>
    <message>
        <source>Close without saving</source>
        <translation>الإغلاق دون حفظ</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved and will be lost. Close it?</source>
        <translation>ما كتبته في هذا النموذج لم يُحفظ وسيضيع. هل تغلقه؟</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>This text starts like a spreadsheet formula (= + - @, a tab or a line break). Write it without that first sign.</source>
        <extracomment>Signs a spreadsheet reads as the start of a formula or of a new cell, where text is not trimmed.</extracomment>
        <translation>يبدأ هذا النص كما تبدأ معادلات الجداول (= + - @ أو مسافة جدولة أو فاصل سطر). اكتبه دون تلك العلامة الأولى.</translation>
    </message>
    <message>
        <source>A name may contain letters only, without digits or symbols.</source>
        <translation>يتكون الاسم من حروف فقط، دون أرقام أو رموز.</translation>
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
        <source>Verify a letter…</source>
        <translation>التحقق من خطاب…</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>{shown} of {total} — add another part of the name or the ID number</source>
        <translation>{shown} من {total} — أضف جزءًا آخر من الاسم أو رقم الهوية</translation>
    </message>
    <message>
        <source>Found: {people}</source>
        <translation>النتائج: {people}</translation>
    </message>
    <message>
        <source>No one matches. Check the spelling, or register a new walk-in.</source>
        <translation>لا توجد نتائج مطابقة. تحقّق من الكتابة، أو سجّل مراجعًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>GiveTaskDialog</name>
    <message>
        <source>Enter the date the task is due.</source>
        <translation>أدخل تاريخ استحقاق المهمة.</translation>
    </message>
    <message>
        <source>No colleague has an account yet: an administrator adds staff accounts in Settings.</source>
        <translation>لا يوجد زميل له حساب بعد: يضيف المدير حسابات الموظفين من الإعدادات.</translation>
    </message>
    <message>
        <source>Give a colleague a task</source>
        <translation>إسناد مهمة إلى زميل</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>المطلوب إنجازه</translation>
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
    <name>HouseholdFiguresChart</name>
    <message>
        <source>Households served</source>
        <translation>الأسر المخدومة</translation>
    </message>
    <message>
        <source>Households with more than one file served</source>
        <translation>أسر خُدم فيها أكثر من ملف</translation>
    </message>
    <message>
        <source>Second benefits approved by a supervisor</source>
        <translation>استفادة ثانية بموافقة مشرف</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Name</source>
        <extracomment>The id of the household file to open.</extracomment>
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
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>تقدّم إلى</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ما استلمه</translation>
    </message>
    <message>
        <source>Files of the household</source>
        <translation>ملفات الأسرة</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Household of {people}: monthly income {income} riyals, {per_person} riyals per person (each person counted once across the linked files).</source>
        <translation>أسرة من {people}: دخلها الشهري {income} ريال، و{per_person} ريال للفرد (يُحسب كل فرد مرة واحدة في الملفات المرتبطة).</translation>
    </message>
    <message>
        <source>Registered files of the household: {count}</source>
        <translation>عدد ملفات الأسرة المسجلة: {count}</translation>
    </message>
    <message>
        <source>No other registered file is linked to this family. A family member is linked when their national ID is a registered file's, or when both files name each other.</source>
        <translation>لا يرتبط بهذه الأسرة ملف مسجل آخر. يُربط فرد الأسرة بملفه إذا كان رقم هويته رقم ملف مسجل، أو إذا ذكر كل من الملفين صاحب الآخر.</translation>
    </message>
    <message>
        <source>{count} of the household are outside your caseload and not shown.</source>
        <translation>{count} من الأسرة خارج الملفات المسندة إليك فلا يظهر هنا.</translation>
    </message>
    <message>
        <source>Open the file of {name}</source>
        <translation>فتح ملف {name}</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>هذا الملف</translation>
    </message>
    <message>
        <source>lists this person as: {relation}</source>
        <translation>يذكر هذا الشخص بصفته: {relation}</translation>
    </message>
    <message>
        <source>same household (through another file)</source>
        <translation>من الأسرة نفسها (عبر ملف آخر)</translation>
    </message>
    <message>
        <source>{program}: {times}</source>
        <translation>{program}: {times}</translation>
    </message>
    <message>
        <source>, {cash} riyals</source>
        <translation>، {cash} ريال</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
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
    <name>ImportApplicationsDialog</name>
    <message>
        <source>Import applications</source>
        <extracomment>The batch was imported (an ImportResult): lists of applications may refresh.</extracomment>
        <translation>استيراد الطلبات</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Import applications from the online form</source>
        <translation>استيراد الطلبات من النموذج الإلكتروني</translation>
    </message>
    <message>
        <source>Choose the file exported from the association's online form (.xlsx or .csv) and the program the applications are for. Nothing is saved before you read the preview and confirm.</source>
        <translation>اختر الملف المصدَّر من النموذج الإلكتروني للجمعية (‎.xlsx أو ‎.csv) والبرنامج الذي قُدّمت إليه الطلبات. لن يُحفظ شيء قبل أن تطّلع على المعاينة وتؤكد.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>حفظ القالب…</translation>
    </message>
    <message>
        <source>The template lists the columns the import expects, with an example row: build the online form from it.</source>
        <translation>يبيّن القالب الأعمدة التي يتوقعها الاستيراد مع صف مثال؛ ابنِ النموذج الإلكتروني على أساسه.</translation>
    </message>
    <message>
        <source>Which column holds each field?</source>
        <translation>أي عمود يحتوي على كل حقل؟</translation>
    </message>
    <message>
        <source>The columns were matched by their headers; correct any that is wrong. Fields marked * are required.</source>
        <translation>طُوبقت الأعمدة حسب عناوينها؛ صحّح ما كان منها خطأ. الحقول المعلَّمة بـ * إلزامية.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Only the rows ready to import are saved, all together. Refused rows are listed below with the reason; save the list, correct the file and import those rows again.</source>
        <translation>تُحفظ الصفوف الجاهزة للاستيراد وحدها، دفعة واحدة. الصفوف المرفوضة مدرجة أدناه مع السبب؛ احفظ القائمة وصحّح الملف ثم استورد تلك الصفوف مرة أخرى.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>الصفوف المقروءة</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>الجاهزة للاستيراد</translation>
    </message>
    <message>
        <source>New files</source>
        <translation>ملفات جديدة</translation>
    </message>
    <message>
        <source>Attached to existing files</source>
        <translation>مضافة إلى ملفات مسجلة</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>May already be registered</source>
        <translation>قد يكونون مسجلين من قبل</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>الملف {number}</translation>
    </message>
    <message>
        <source>Row {number} of this file</source>
        <translation>الصف {number} من هذا الملف</translation>
    </message>
    <message>
        <source>Refused rows ({count})</source>
        <translation>الصفوف المرفوضة ({count})</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>قد يكونون مسجلين من قبل ({count})</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>قد يكون</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>جارٍ قراءة كل صف والتحقق منه…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Importing {count} applications…</source>
        <translation>جارٍ استيراد الطلبات (العدد: {count})…</translation>
    </message>
    <message>
        <source>Imported {count} applications, numbers {first} to {last}: {new} new files, {attached} attached to existing files.</source>
        <translation>اكتمل الاستيراد. عدد الطلبات: {count}، بالأرقام من {first} إلى {last}. ملفات جديدة: {new}، ومضافة إلى ملفات مسجلة: {attached}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The work stopped because of an unexpected error: {details}</source>
        <translation>توقف العمل بسبب خطأ غير متوقع: {details}</translation>
    </message>
    <message>
        <source>Choose the online form's export</source>
        <translation>اختر ملف تصدير النموذج الإلكتروني</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>حفظ القالب</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
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
    <name>LetterFields</name>
    <message>
        <source>program</source>
        <extracomment>The name each field goes by while a person edits a template (one word: spaces joined by «_»).</extracomment>
        <translation>اسم_البرنامج</translation>
    </message>
    <message>
        <source>application_number</source>
        <translation>رقم_الطلب</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>اسم_اللجنة</translation>
    </message>
    <message>
        <source>meeting_number</source>
        <translation>رقم_الاجتماع</translation>
    </message>
    <message>
        <source>meeting_date</source>
        <translation>تاريخ_الاجتماع</translation>
    </message>
    <message>
        <source>award</source>
        <translation>ما_تقرر</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>النواقص</translation>
    </message>
    <message>
        <source>beneficiary_name</source>
        <translation>اسم_المستفيد</translation>
    </message>
    <message>
        <source>national_id</source>
        <translation>رقم_الهوية</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>الجمعية_المحال_إليها</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesBox</name>
    <message>
        <source>Letter templates</source>
        <translation>نماذج الخطابات</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>خطاب القبول</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>خطاب الاعتذار</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>خطاب التأجيل</translation>
    </message>
    <message>
        <source>Referral to another association</source>
        <translation>خطاب الإحالة إلى جمعية أخرى</translation>
    </message>
    <message>
        <source>program name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>application number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>committee name</source>
        <translation>اسم اللجنة</translation>
    </message>
    <message>
        <source>meeting number</source>
        <translation>رقم الاجتماع</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>what was granted</source>
        <translation>ما تقرر منحه</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>what is missing</source>
        <translation>النواقص المطلوبة</translation>
    </message>
    <message>
        <source>beneficiary's name</source>
        <translation>اسم المستفيد</translation>
    </message>
    <message>
        <source>national ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>the other association</source>
        <translation>الجمعية المحال إليها</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الخطاب</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Body (one paragraph a line)</source>
        <translation>نص الخطاب (كل سطر فقرة)</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>إدراج حقل</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>حفظ النموذج</translation>
    </message>
    <message>
        <source>Fields this letter may use: {fields}</source>
        <extracomment>The text field a chosen field is inserted into: the one last edited.</extracomment>
        <translation>الحقول التي يستعملها هذا الخطاب: {fields}</translation>
    </message>
    <message>
        <source>This letter cannot fill {unknown}. Use «Insert field» to choose one of its fields.</source>
        <translation>لا يستطيع هذا الخطاب تعبئة {unknown}. استعمل «إدراج حقل» لاختيار أحد حقوله.</translation>
    </message>
    <message>
        <source>Saved. Letters issued from now on use this wording.</source>
        <translation>تم الحفظ. ستصدر الخطابات من الآن بهذه الصياغة.</translation>
    </message>
</context>
<context>
    <name>LetterheadBox</name>
    <message>
        <source>This file cannot be read.</source>
        <translation>تعذرت قراءة هذا الملف.</translation>
    </message>
    <message>
        <source>Letterhead and signatory</source>
        <translation>ترويسة الخطابات والمفوَّض بالتوقيع</translation>
    </message>
    <message>
        <source>Association name</source>
        <translation>اسم الجمعية</translation>
    </message>
    <message>
        <source>Licence number (National Center for the Non-Profit Sector)</source>
        <translation>رقم الترخيص (المركز الوطني لتنمية القطاع غير الربحي)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Beneficiary policy approved</source>
        <translation>اعتماد سياسة المستفيدين</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>اسم المفوَّض بالتوقيع</translation>
    </message>
    <message>
        <source>Signatory's title</source>
        <translation>صفة المفوَّض بالتوقيع</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>by the board in its meeting no. (7) on 12/03/1447 AH</source>
        <translation>من مجلس الإدارة في اجتماعه رقم (7) بتاريخ 12/03/1447هـ</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>حفظ الترويسة</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saved. New letters use it.</source>
        <translation>تم الحفظ. ستظهر في الخطابات الجديدة.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>The template may use only these fields: {allowed}. Unknown: {unknown}.</source>
        <translation>لا يُستخدم في النموذج إلا هذه الحقول: {allowed}. الحقول غير المعروفة: {unknown}.</translation>
    </message>
    <message>
        <source>Close the meeting first: letters are issued for final decisions only.</source>
        <translation>أغلق الاجتماع أولًا؛ فالخطابات لا تصدر إلا للقرارات النهائية.</translation>
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
    <message>
        <source>Forgot your password?</source>
        <translation>نسيت كلمة المرور؟</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB</source>
        <translation>صورة بصيغة PNG أو JPEG، بحد أقصى 2 ميجابايت</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charity Desk — {name}</source>
        <translation>مكتب الجمعية — {name}</translation>
    </message>
    <message>
        <source>My work today</source>
        <translation>عملي اليوم</translation>
    </message>
    <message>
        <source>Team tasks</source>
        <translation>مهام الفريق</translation>
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
        <source>Appointments</source>
        <translation>المواعيد</translation>
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
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>الاستبانات</translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation>الملفات المكررة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>The navigation entry a file was opened from (``_show_file_page``).</extracomment>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>قاعدة البيانات: {where}</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Close meeting…</source>
        <extracomment>The meeting was closed or its letters issued: lists showing it may refresh.</extracomment>
        <translation>إغلاق الاجتماع…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation>إصدار الخطابات</translation>
    </message>
    <message>
        <source>Print all letters</source>
        <translation>طباعة جميع الخطابات</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
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
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Print case summary</source>
        <extracomment>How many applications are on the agenda and how many are decided (COUNT queries).</extracomment>
        <translation>طباعة ملخص الحالة</translation>
    </message>
    <message>
        <source>Print all case summaries</source>
        <translation>طباعة ملخصات جميع الحالات</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>لم يُختر أي اجتماع</translation>
    </message>
    <message>
        <source>Choose a meeting from the list, or open a new one.</source>
        <translation>اختر اجتماعًا من القائمة، أو افتح اجتماعًا جديدًا.</translation>
    </message>
    <message>
        <source>Meeting {number} — {committee}</source>
        <translation>الاجتماع رقم {number} — {committee}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>{count} on the agenda</source>
        <translation>على جدول الأعمال: {count}</translation>
    </message>
    <message>
        <source>Issued and entered in the outgoing register: {count}.</source>
        <translation>صدرت وقُيّدت في سجل الصادر: {count}.</translation>
    </message>
    <message>
        <source>{outcome}: {amount} riyals</source>
        <translation>{outcome}: {amount} ريال</translation>
    </message>
    <message>
        <source>Decision on {number} — {name}</source>
        <translation>القرار في الطلب رقم {number} — {name}</translation>
    </message>
    <message>
        <source>Decision recorded for application {number}.</source>
        <translation>سُجّل القرار في الطلب رقم {number}.</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>إغلاق الاجتماع</translation>
    </message>
    <message>
        <source>Close meeting {number}? Its {count} decisions become final and each application moves to accepted, rejected or deferred. Applications without a decision wait for the next meeting.</source>
        <translation>هل تريد إغلاق الاجتماع رقم {number}؟ ستصبح قراراته نهائية (عددها: {count})، وينتقل كل طلب إلى حالة مقبول أو مرفوض أو مؤجل. أما الطلبات التي لم يُتخذ فيها قرار فتُعرض في الاجتماع التالي.</translation>
    </message>
    <message>
        <source>The meeting is closed and its decisions are final. Print the minutes, then issue the decision letters.</source>
        <translation>أُغلق الاجتماع وأصبحت قراراته نهائية. اطبع المحضر، ثم أصدر خطابات القرارات.</translation>
    </message>
    <message>
        <source>Case summary — {number}</source>
        <translation>ملخص الحالة — {number}</translation>
    </message>
    <message>
        <source>Case summaries — meeting {number}</source>
        <translation>ملخصات الحالات — الاجتماع رقم {number}</translation>
    </message>
    <message>
        <source>Preparing the case summaries…</source>
        <translation>جارٍ إعداد ملخصات الحالات…</translation>
    </message>
    <message>
        <source>Preparing the minutes…</source>
        <translation>جارٍ إعداد المحضر…</translation>
    </message>
    <message>
        <source>Minutes of meeting {number}</source>
        <translation>محضر الاجتماع رقم {number}</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>جارٍ إعداد الخطابات…</translation>
    </message>
    <message>
        <source>Decision letters — meeting {number}</source>
        <translation>خطابات القرارات — الاجتماع رقم {number}</translation>
    </message>
</context>
<context>
    <name>MergeFiles</name>
    <message>
        <source>Shorten the reason to {count} characters at most.</source>
        <extracomment>The person's fields a reviewer may take from the merged file, in the order the comparison shows them. Columns a snapshot leaves out: the optimistic lock and the last-change time move forward. The longest reason kept with a merge (``FileMerge.reason``). How many rows moved to the survivor, by table. The fields the survivor took from the merged file. What could not be put back as it was (fields changed since, rows deleted since).</extracomment>
        <translation>اختصر السبب إلى {count} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>These fields cannot be chosen in a merge: {fields}.</source>
        <translation>لا يمكن اختيار هذه الحقول عند الدمج: {fields}.</translation>
    </message>
    <message>
        <source>A file cannot be merged into itself. Choose two different files.</source>
        <translation>لا يمكن دمج الملف في نفسه. اختر ملفين مختلفين.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>سبق التراجع عن هذا الدمج.</translation>
    </message>
    <message>
        <source>The surviving file has since been merged into another file. Undo that later merge first, then this one.</source>
        <translation>دُمج الملف الباقي بعد ذلك في ملف آخر. تراجع عن ذلك الدمج اللاحق أولًا، ثم عن هذا.</translation>
    </message>
    <message>
        <source>{count} records of the merged file were deleted after the merge and could not be moved back.</source>
        <translation>حُذف {count} من سجلات الملف المدموج بعد الدمج فلم يمكن إعادتها إليه.</translation>
    </message>
    <message>
        <source>The file of {name} has already been merged into another file. Open that file instead.</source>
        <translation>ملف {name} مدموج من قبل في ملف آخر. افتح ذلك الملف بدلًا منه.</translation>
    </message>
    <message>
        <source>The file of {name} was anonymized after its retention period and cannot be merged.</source>
        <translation>أُخفيت هوية ملف {name} بعد انتهاء مدة الاحتفاظ به، فلا يمكن دمجه.</translation>
    </message>
    <message>
        <source>Both files have an open application to the same program ({first} and {second}). A person may have one open application to a program: withdraw or close one of them, then merge.</source>
        <translation>في الملفين طلبان مفتوحان للبرنامج نفسه ({first} و{second}). للشخص طلب مفتوح واحد في البرنامج: اسحب أحدهما أو أغلقه، ثم ادمج.</translation>
    </message>
    <message>
        <source>Changed after the merge, so kept as they are now: {fields}.</source>
        <translation>عُدّلت بعد الدمج فبقيت كما هي الآن: {fields}.</translation>
    </message>
</context>
<context>
    <name>MergeFilesDialog</name>
    <message>
        <source>Merge two files of one person</source>
        <translation>دمج ملفين لشخص واحد</translation>
    </message>
    <message>
        <source>Everything recorded in the other file moves to the file that stays. The file that stays keeps its national ID; a search for the other file's ID finds it.</source>
        <translation>ينتقل كل ما سُجّل في الملف الآخر إلى الملف الباقي. يحتفظ الملف الباقي برقم هويته، والبحث برقم هوية الملف الآخر يصل إليه.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>File no. {id}</source>
        <translation>الملف رقم {id}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>The two files hold the same values in every field that can be chosen.</source>
        <translation>القيم متطابقة في الملفين في كل الحقول التي يمكن الاختيار منها.</translation>
    </message>
    <message>
        <source>Why they are one person (optional)</source>
        <translation>لماذا هما شخص واحد (اختياري)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The file that stays</source>
        <translation>الملف الذي يبقى</translation>
    </message>
    <message>
        <source>The value to keep where the files differ</source>
        <translation>القيمة التي تبقى حيث يختلف الملفان</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>File no. {id}: {name} ({national_id}), {records} records</source>
        <translation>الملف رقم {id}: {name} ({national_id})، سجلاته: {records}</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <source>Applications</source>
        <extracomment>Attached records as the comparison names them (services.merge_compare.COUNTED, then the rest).</extracomment>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Services received</source>
        <translation>الخدمات المقدمة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>الشكاوى والمقترحات</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>الاستفسارات</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>الخطابات</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>سجلات أخرى</translation>
    </message>
</context>
<context>
    <name>MergedFilesTab</name>
    <message>
        <source>Merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed. Try again.</source>
        <translation>حدث خطأ ولم يتغير شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>تاريخ الدمج</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>الملف الباقي</translation>
    </message>
    <message>
        <source>Its ID</source>
        <translation>رقم هويته</translation>
    </message>
    <message>
        <source>File merged into it</source>
        <translation>الملف المدموج فيه</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>التراجع عن هذا الدمج</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Undo the merge of file no. {merged} ({name}) into file no. {survivor}? The merged file shows again and its records go back to it.</source>
        <translation>هل تتراجع عن دمج الملف رقم {merged} ({name}) في الملف رقم {survivor}؟ يظهر الملف المدموج من جديد وتعود إليه سجلاته.</translation>
    </message>
    <message>
        <source>Keep the merge</source>
        <translation>إبقاء الدمج</translation>
    </message>
    <message>
        <source>The merge was undone: both files are as they were.</source>
        <translation>تم التراجع عن الدمج: عاد الملفان كما كانا.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>تم التراجع عن الدمج.</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <source>name</source>
        <extracomment>The name each field goes by while a person edits a message (one word: spaces joined by «_»).</extracomment>
        <translation>اسم المستفيد</translation>
    </message>
    <message>
        <source>association</source>
        <translation>اسم الجمعية</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>appointment_kind</source>
        <translation>نوع الموعد</translation>
    </message>
    <message>
        <source>appointment_number</source>
        <translation>رقم الموعد</translation>
    </message>
    <message>
        <source>application_number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>program</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>النواقص</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesBox</name>
    <message>
        <source>Text messages</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>the person's name</source>
        <translation>اسم المستفيد</translation>
    </message>
    <message>
        <source>the association's name</source>
        <translation>اسم الجمعية</translation>
    </message>
    <message>
        <source>the appointment's day (Hijri and Gregorian)</source>
        <translation>يوم الموعد (هجري وميلادي)</translation>
    </message>
    <message>
        <source>the appointment's time</source>
        <translation>وقت الموعد</translation>
    </message>
    <message>
        <source>desk or home visit</source>
        <translation>في المكتب أو زيارة منزلية</translation>
    </message>
    <message>
        <source>the appointment's number</source>
        <translation>رقم الموعد</translation>
    </message>
    <message>
        <source>application number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>program name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>the committee's decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <source>what is missing</source>
        <translation>ما ينقص الطلب</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>إدراج حقل</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>حفظ الرسالة</translation>
    </message>
    <message>
        <source>Fields this message may use: {fields}</source>
        <translation>الحقول التي تستخدمها هذه الرسالة: {fields}</translation>
    </message>
    <message>
        <source>This message cannot fill {unknown}. Use «Insert field» to choose one of its fields.</source>
        <translation>لا تستطيع هذه الرسالة تعبئة {unknown}. استخدم «إدراج حقل» لاختيار أحد حقولها.</translation>
    </message>
    <message>
        <source>Saved. Messages prepared from now on use this wording.</source>
        <translation>حُفظ. الرسائل المعدّة من الآن تستخدم هذه الصياغة.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot continue</source>
        <translation>تعذّر الإكمال</translation>
    </message>
    <message>
        <source>Choose the kind of message.</source>
        <extracomment>The contact log's channel for a text message (data/channels.json: «اتصال هاتفي أو خطاب»). (name, number as stored) of each person whose number is not a Saudi mobile.</extracomment>
        <translation>اختر نوع الرسالة.</translation>
    </message>
    <message>
        <source>The message may use only these fields: {allowed}. Unknown: {unknown}.</source>
        <translation>لا يستخدم نص الرسالة إلا هذه الحقول: {allowed}. غير المعروفة: {unknown}.</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>not a Saudi mobile: {number}</source>
        <translation>ليس جوالًا سعوديًا: {number}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Appointment reminders</source>
        <translation>تذكير بالمواعيد</translation>
    </message>
    <message>
        <source>Committee decisions</source>
        <translation>قرارات اللجنة</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>المستندات الناقصة</translation>
    </message>
    <message>
        <source>Survey invitations</source>
        <translation>دعوات استبانة الرضا</translation>
    </message>
    <message>
        <source>Messages due: {count}</source>
        <translation>الرسائل المستحقة: {count}</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel ‏(‎.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>ملف CSV ‏(‎.csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Write the file for the SMS provider</source>
        <translation>كتابة ملف مزوّد الرسائل النصية</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>تعليمها مرسلة</translation>
    </message>
    <message>
        <source>The file holds the name, the mobile in +966 form and the text of each message. Upload it on the SMS provider's page, then mark the messages as sent: each is logged in the person's contact log.</source>
        <translation>يحوي الملف اسم كل مستفيد وجواله بصيغة ‎+966 ونص رسالته. ارفعه في صفحة مزوّد الرسائل النصية، ثم علّم الرسائل مرسلة: تُسجَّل كل رسالة في سجل تواصل صاحبها.</translation>
    </message>
    <message>
        <source>Messages for</source>
        <translation>رسائل</translation>
    </message>
    <message>
        <source>Save the messages as</source>
        <translation>حفظ الرسائل باسم</translation>
    </message>
    <message>
        <source>Writing the messages…</source>
        <translation>جارٍ كتابة الرسائل…</translation>
    </message>
    <message>
        <source>The file could not be written: {details}</source>
        <translation>تعذّرت كتابة الملف: {details}</translation>
    </message>
    <message>
        <source>{count} messages written to {path}.</source>
        <translation>كُتبت {count} رسالة في {path}.</translation>
    </message>
    <message>
        <source>Not written, their number is not a Saudi mobile: {people}.</source>
        <translation>لم تُكتب رسائل هؤلاء لأن أرقامهم ليست جوالات سعودية: {people}.</translation>
    </message>
    <message>
        <source>Marking the messages as sent…</source>
        <translation>جارٍ تعليم الرسائل مرسلة…</translation>
    </message>
    <message>
        <source>{count} messages marked as sent and logged.</source>
        <translation>عُلّمت {count} رسالة مرسلة وسُجّلت في سجل التواصل.</translation>
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
    <name>MyWorkPage</name>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>متأخرة ({count})</translation>
    </message>
    <message>
        <source>Today ({count})</source>
        <translation>اليوم ({count})</translation>
    </message>
    <message>
        <source>This week ({count})</source>
        <translation>هذا الأسبوع ({count})</translation>
    </message>
    <message>
        <source>My work today</source>
        <extracomment>Enter or a double click on a task: where it is done (ui.task_places). New counts were read (the navigation's badge and the reminder follow them). The reads of ``reload`` while they run; which reload is the latest, and what of it has arrived.</extracomment>
        <translation>عملي اليوم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Go where this task is done (Enter)</source>
        <translation>الانتقال إلى حيث تُنجز هذه المهمة (Enter)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تعليمها منجزة</translation>
    </message>
    <message>
        <source>A task given by a colleague: mark it done</source>
        <translation>مهمة أسندها زميل: علّمها منجزة</translation>
    </message>
    <message>
        <source>Give a colleague a task…</source>
        <translation>إسناد مهمة إلى زميل…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>By kind (click one to show it alone)</source>
        <translation>حسب النوع (انقر نوعًا لعرضه وحده)</translation>
    </message>
    <message>
        <source>The tasks could not be read: {details}</source>
        <translation>تعذرت قراءة المهام: {details}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Showing: {kind}</source>
        <translation>المعروض: {kind}</translation>
    </message>
    <message>
        <source>Nothing here: no task in this group.</source>
        <translation>لا توجد مهام في هذه المجموعة.</translation>
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
    <name>NewBreachDialog</name>
    <message>
        <source>Record a breach</source>
        <translation>تسجيل تسرب بيانات</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Discovered at</source>
        <translation>وقت الاكتشاف</translation>
    </message>
    <message>
        <source>The authority must be notified within {hours} hours of the discovery.</source>
        <translation>يجب إبلاغ الجهة المختصة خلال {hours} ساعة من الاكتشاف.</translation>
    </message>
    <message>
        <source>Records affected (about)</source>
        <translation>عدد السجلات المتأثرة (تقريبًا)</translation>
    </message>
    <message>
        <source>Data affected</source>
        <translation>البيانات المتأثرة</translation>
    </message>
    <message>
        <source>Actions taken so far</source>
        <translation>الإجراءات المتخذة حتى الآن</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint or suggestion</source>
        <translation>شكوى أو مقترح جديد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>قناة الورود</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>التصنيف</translation>
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
        <source>What the person said</source>
        <translation>ما أفاد به الشخص</translation>
    </message>
    <message>
        <source>To be answered within {days} of receipt.</source>
        <translation>يُجاب عنها خلال {days} من ورودها.</translation>
    </message>
</context>
<context>
    <name>NewDataRequestDialog</name>
    <message>
        <source>New data request</source>
        <translation>طلب جديد بشأن البيانات الشخصية</translation>
    </message>
    <message>
        <source>The person asks for</source>
        <translation>يطلب الشخص</translation>
    </message>
    <message>
        <source>Name, national ID or mobile</source>
        <translation>الاسم أو رقم الهوية أو الجوال</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>No file: use the name below</source>
        <translation>ليس له ملف: استخدم الاسم أدناه</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>شخص مسجل</translation>
    </message>
    <message>
        <source>Name (a person without a file)</source>
        <translation>الاسم (لمن ليس له ملف)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Identity checked (how)</source>
        <translation>التحقق من الهوية (كيف)</translation>
    </message>
    <message>
        <source>How, for example: original national ID card seen (leave empty if not checked yet)</source>
        <translation>كيف، مثل: اطلعت على بطاقة الهوية الأصلية (اتركه فارغًا إن لم يتم التحقق بعد)</translation>
    </message>
    <message>
        <source>What exactly is asked</source>
        <translation>ما المطلوب تحديدًا</translation>
    </message>
    <message>
        <source>To be answered within {days} days: by {date}.</source>
        <translation>يُرد عليه خلال {days} يومًا: قبل {date}.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>أدخل تاريخ الاجتماع.</translation>
    </message>
    <message>
        <source>No committee is set up yet. An administrator adds the committee and its members first.</source>
        <translation>لم تُنشأ أي لجنة بعد. يضيف مدير النظام اللجنة وأعضاءها أولًا.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>يبدأ الساعة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>for example: the association's meeting room</source>
        <translation>مثل: قاعة اجتماعات الجمعية</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>افتتاح الاجتماع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>رمز استرداد جديد</translation>
    </message>
    <message>
        <source>A new recovery code is shown once; the previous one stops working. Confirm with your password.</source>
        <translation>يُعرض رمز الاسترداد الجديد مرة واحدة، ويتوقف الرمز السابق عن العمل. أكّد بكلمة مرورك.</translation>
    </message>
    <message>
        <source>This database has no recovery code yet: without one, the association could be locked out of its data if every administrator's password is lost. Confirm with your password.</source>
        <translation>لا يوجد رمز استرداد لقاعدة البيانات هذه بعد؛ ومن دونه قد تُحرم الجمعية من الوصول إلى بياناتها إذا فُقدت كلمات مرور جميع مديري النظام. أكّد بكلمة مرورك.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>كلمة مرورك</translation>
    </message>
    <message>
        <source>Show the new code</source>
        <translation>اعرض الرمز الجديد</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>دفعة جديدة</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>اسم الدفعة</translation>
    </message>
    <message>
        <source>for example «Ramadan 1448» or «Cohort 3»</source>
        <translation>مثل «رمضان 1448» أو «الدفعة 3»</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>تاريخ البدء</translation>
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
    <name>OutcomeChoice</name>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>تأجيل</translation>
    </message>
</context>
<context>
    <name>OutgoingRegister</name>
    <message>
        <source>Letters issued by the association, newest first. Choose one or more rows (Ctrl or Shift for several) to print them again.</source>
        <translation>الخطابات الصادرة عن الجمعية، الأحدث أولًا. اختر صفًا أو أكثر (استخدم Ctrl أو Shift لاختيار عدة صفوف) لإعادة طباعتها.</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>رقم الخطاب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Preview and print the chosen letters…</source>
        <translation>معاينة الخطابات المختارة وطباعتها…</translation>
    </message>
    <message>
        <source>In the register: {count}</source>
        <translation>في السجل: {count}</translation>
    </message>
    <message>
        <source>Chosen: {count}</source>
        <translation>المختار: {count}</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>جارٍ تجهيز الخطابات…</translation>
    </message>
    <message>
        <source>Letters from the outgoing register</source>
        <translation>خطابات من سجل الصادر</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner association</source>
        <translation>جمعية شريكة جديدة</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <source>Services it provides</source>
        <translation>الخدمات التي تقدمها</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>مسؤول التواصل</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>The two new passwords differ: type the same password in both fields.</source>
        <translation>كلمتا المرور الجديدتان مختلفتان: اكتب كلمة المرور نفسها في الحقلين.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Sent to the printer: {count}.</source>
        <translation>أُرسل إلى الطابعة: {count}.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: {details}</source>
        <translation>تعذّر حفظ الملف: {details}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ الملف في {path}</translation>
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
    <name>PendingSurveysTab</name>
    <message>
        <source>Ask each person whether they would like to give their opinion. Answering is voluntary; if they prefer not to, mark the survey as declined.</source>
        <translation>اسأل كل شخص إن كان يرغب في إبداء رأيه. المشاركة اختيارية؛ وإن فضّل عدم المشاركة فسجّل اعتذاره عن الاستبانة.</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>بانتظار الإجابة: {count}</translation>
    </message>
    <message>
        <source>Take survey…</source>
        <translation>إجراء الاستبانة…</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>اعتذر عن المشاركة</translation>
    </message>
    <message>
        <source>The person preferred not to answer</source>
        <translation>فضّل الشخص عدم الإجابة</translation>
    </message>
</context>
<context>
    <name>PeriodFilter</name>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>This Hijri year</source>
        <translation>السنة الهجرية الحالية</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>كل البرامج</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
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
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the period.</source>
        <translation>أدخل اليوم الأول واليوم الأخير من الفترة.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>تاريخ نهاية الفترة يسبق تاريخ بدايتها: راجع التاريخين.</translation>
    </message>
</context>
<context>
    <name>PersonAppointments</name>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Appointments</source>
        <extracomment>Enter or a double click on an appointment: its slot on the Appointments page (to record an arrival, print the slip or cancel).</extracomment>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>رقم الموعد</translation>
    </message>
    <message>
        <source>Enter or a double click opens the appointment's day on the Appointments page</source>
        <translation>فتح يوم الموعد في صفحة المواعيد (Enter أو النقر المزدوج)</translation>
    </message>
    <message>
        <source>No appointment booked for this person.</source>
        <translation>لا توجد مواعيد محجوزة لهذا الشخص.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Already registered, in the file of {name}.</source>
        <translation>مسجّل من قبل، في ملف {name}.</translation>
    </message>
    <message>
        <source>Name (four parts)</source>
        <extracomment>The file already registered under the ID typed was asked for (its link was followed).</extracomment>
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
    <message>
        <source>Open the file</source>
        <translation>افتح الملف</translation>
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
    <message>
        <source>Saved: {count} changed.</source>
        <translation>حُفظ التصحيح: {count}.</translation>
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
    <name>PlatformCheck</name>
    <message>
        <source>Charity Desk cannot open its window: this computer lacks system libraries that its window toolkit (Qt) needs: {libraries}.
Install them with this command, then start Charity Desk again:

    {command}
</source>
        <translation>تعذّر على مكتب الجمعية فتح نافذته: تنقص هذا الحاسب مكتبات نظام تحتاجها مكتبة النوافذ (Qt)، وهي: {libraries}.
ثبّتها بهذا الأمر، ثم شغّل مكتب الجمعية من جديد:

    {command}
</translation>
    </message>
    <message>
        <source>Charity Desk cannot open its window: this computer lacks system libraries that its window toolkit (Qt) needs: {libraries}.
Install the packages that provide them with your system's package manager, then start Charity Desk again.
</source>
        <translation>تعذّر على مكتب الجمعية فتح نافذته: تنقص هذا الحاسب مكتبات نظام تحتاجها مكتبة النوافذ (Qt)، وهي: {libraries}.
ثبّت الحزم التي توفّرها بمدير الحزم في نظامك، ثم شغّل مكتب الجمعية من جديد.
</translation>
    </message>
</context>
<context>
    <name>PrivacyLabels</name>
    <message>
        <source>Access to the data</source>
        <translation>الاطلاع على البيانات</translation>
    </message>
    <message>
        <source>A copy of the data</source>
        <translation>نسخة من البيانات</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>نُفذ</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>نُفذ جزئيًا</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رُفض</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Show or print the privacy notice for the person, then tick that they acknowledged it.</source>
        <translation>اعرض إشعار الخصوصية على الشخص أو اطبعه له، ثم أشّر على أنه اطلع عليه.</translation>
    </message>
    <message>
        <source>Choose how the person acknowledged the notice.</source>
        <translation>اختر طريقة إقرار الشخص بالإشعار.</translation>
    </message>
    <message>
        <source>The privacy notice changed to version {version} after this form was opened: show the new version and tick again.</source>
        <translation>تغيّر إشعار الخصوصية إلى الإصدار {version} بعد فتح هذا النموذج: اعرض الإصدار الجديد وأشّر مرة أخرى.</translation>
    </message>
    <message>
        <source>Write the text of the notice.</source>
        <translation>اكتب نص الإشعار.</translation>
    </message>
    <message>
        <source>This is the text of the current version: change it before recording.</source>
        <translation>هذا نص الإصدار الحالي نفسه: عدّله قبل التسجيل.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeTab</name>
    <message>
        <source>Staff show or print this text for every new person and record that it was acknowledged. Changing it makes a new version; people keep the version they saw.</source>
        <translation>يعرض الموظفون هذا النص أو يطبعونه لكل شخص جديد ويسجلون إقراره به. تعديل النص ينشئ إصدارًا جديدًا، ويبقى لكل شخص الإصدار الذي اطلع عليه.</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>نص الإشعار</translation>
    </message>
    <message>
        <source>Record as a new version</source>
        <translation>تسجيل كإصدار جديد</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>In force: version {version} (the text the application came with).</source>
        <translation>المعمول به: الإصدار {version} (النص المرفق مع البرنامج).</translation>
    </message>
    <message>
        <source>In force: version {version}, recorded {when} by {name}.</source>
        <translation>المعمول به: الإصدار {version}، سُجل في {when} بواسطة {name}.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Version {version} recorded.</source>
        <translation>سُجل الإصدار {version}.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeTextDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy and personal data</source>
        <translation>الخصوصية والبيانات الشخصية</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>طلبات البيانات</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>تسرب البيانات</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالبيانات</translation>
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
        <source>Income and family size of the whole household (linked files)</source>
        <translation>دخل الأسرة كلها وعدد أفرادها (الملفات المرتبطة)</translation>
    </message>
    <message>
        <source>The income per person and the family size are counted over every registered file of the household, each person once.</source>
        <translation>يُحسب دخل الفرد وعدد أفراد الأسرة من كل ملفات الأسرة المسجلة، وكل فرد مرة واحدة.</translation>
    </message>
    <message>
        <source>Save program</source>
        <translation>حفظ البرنامج</translation>
    </message>
</context>
<context>
    <name>ProgramSessions</name>
    <message>
        <source>Sessions</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Open a session…</source>
        <translation>فتح دفعة…</translation>
    </message>
    <message>
        <source>End selected session…</source>
        <translation>إنهاء الدفعة المحددة…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الدفعة</translation>
    </message>
    <message>
        <source>End this session today? Everyone served in it will be owed a satisfaction survey.</source>
        <translation>هل تريد إنهاء هذه الدفعة بتاريخ اليوم؟ سيُدعى كل من قُدّمت له الخدمة فيها إلى استبانة الرضا.</translation>
    </message>
    <message>
        <source>Session ended. Satisfaction surveys now waiting: {count}.</source>
        <translation>انتهت الدفعة. عدد استبانات الرضا المنتظرة الآن: {count}.</translation>
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
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>Unknown channel {channel}.</source>
        <translation>القناة {channel} غير معروفة.</translation>
    </message>
    <message>
        <source>Unknown measure {metric}.</source>
        <translation>المقياس {metric} غير معروف.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تاريخ نهاية الفترة يسبق تاريخ بدايتها.</translation>
    </message>
    <message>
        <source>The figure cannot be negative.</source>
        <translation>لا يمكن أن تكون القيمة سالبة.</translation>
    </message>
    <message>
        <source>This file is {kind}, not an Excel workbook (.xlsx) or a CSV file. Save the figures as .xlsx or .csv and choose that file.</source>
        <translation>هذا الملف {kind} وليس جدول Excel أو CSV. احفظ الأرقام بصيغة ‎.xlsx‎ أو ‎.csv‎ ثم اختر ذلك الملف.</translation>
    </message>
    <message>
        <source>Row {row} is not channel, measure, start, end, figure.</source>
        <translation>الصف {row} لا يتبع الترتيب المطلوب: القناة، المقياس، البداية، النهاية، القيمة.</translation>
    </message>
</context>
<context>
    <name>ReachTab</name>
    <message>
        <source>Enter the first and the last day of the period.</source>
        <translation>أدخل اليوم الأول واليوم الأخير من الفترة.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>إضافة الرقم</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>إدخال رقم</translation>
    </message>
    <message>
        <source>A csv or xlsx file with a header row, then one figure per row: channel, measure, first day, last day, figure. Nothing is stored unless every row is correct.</source>
        <translation>ملف بصيغة csv أو xlsx يبدأ بصف للعناوين، ثم رقم واحد في كل صف: القناة، المقياس، اليوم الأول، اليوم الأخير، الرقم. لن يُحفظ أي شيء ما لم تكن جميع الصفوف صحيحة.</translation>
    </message>
    <message>
        <source>Import csv/xlsx…</source>
        <translation>استيراد ملف csv/xlsx…</translation>
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
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>الاستيراد من ملف</translation>
    </message>
    <message>
        <source>Show totals</source>
        <translation>عرض المجاميع</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
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
        <source>Totals for a period</source>
        <translation>المجاميع خلال فترة</translation>
    </message>
    <message>
        <source>Choose the reach figures file</source>
        <translation>اختر ملف أرقام الوصول</translation>
    </message>
    <message>
        <source>Figures (*.csv *.xlsx)</source>
        <translation>ملفات الأرقام (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing reach figures…</source>
        <translation>جارٍ استيراد أرقام الوصول…</translation>
    </message>
    <message>
        <source>Imported: {count}.</source>
        <translation>استُورد: {count}.</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>الصف كاملًا</translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows and import the file again.</source>
        <translation>لم يُستورد أي شيء: صحّح هذه الصفوف ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordDeliveryDialog</name>
    <message>
        <source>Enter the delivery date.</source>
        <translation>أدخل تاريخ التسليم.</translation>
    </message>
    <message>
        <source>The person is not enrolled in any session: enrol them from an accepted application.</source>
        <translation>هذا الشخص غير ملتحق بأي دفعة: ألحِقه بدفعة من خلال طلب مقبول.</translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation>تسجيل التسليم</translation>
    </message>
    <message>
        <source>Program and session</source>
        <translation>البرنامج والدفعة</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>ما قُدِّم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Amount (riyals)</source>
        <translation>المبلغ (ريال)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <source>for example: food basket</source>
        <translation>مثل: سلة غذائية</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Write this code down and keep it somewhere safe, away from the computer. If every administrator's password is lost, it lets an administrator sign in again and choose a new password. It is shown only now; using it replaces it with a new one.</source>
        <translation>اكتب هذا الرمز واحفظه في مكان آمن بعيدًا عن الحاسب. إذا فُقدت كلمات مرور جميع مديري النظام فإنه يتيح لمدير النظام الدخول من جديد واختيار كلمة مرور جديدة. لا يُعرض إلا الآن، واستعماله يستبدل به رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>I have written the code down</source>
        <translation>كتبت الرمز وحفظته</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeShown</name>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Choose the association to refer to.</source>
        <translation>اختر الجمعية المحال إليها.</translation>
    </message>
    <message>
        <source>Refer to another association</source>
        <translation>الإحالة إلى جمعية أخرى</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>جمعية شريكة جديدة…</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>الإحالة إلى</translation>
    </message>
    <message>
        <source>Why it is referred</source>
        <translation>سبب الإحالة</translation>
    </message>
    <message>
        <source>Data shared with them</source>
        <translation>البيانات المُفصح عنها لها</translation>
    </message>
    <message>
        <source>The beneficiary was told about the referral and the data shared</source>
        <translation>أُبلغ المستفيد بالإحالة وبالبيانات المُفصح عنها</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Application {number} will end as «Referred elsewhere».</source>
        <translation>سيُغلق الطلب رقم {number} بحالة «محال إلى جهة أخرى».</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Preview and print the letter…</source>
        <translation>معاينة الخطاب وطباعته…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>No association in the directory yet: add one with «New partner…».</source>
        <translation>لا توجد جمعيات في الدليل بعد؛ أضف جمعية من «جمعية شريكة جديدة…».</translation>
    </message>
    <message>
        <source>The referral to {partner} was saved. Its letter, number {reference}, is in the outgoing register and the data shared is in the disclosure log.</source>
        <translation>حُفظت الإحالة إلى {partner}، وقُيد خطابها رقم {reference} في سجل الصادر، وسُجلت البيانات المُفصح عنها في سجل الإفصاح.</translation>
    </message>
    <message>
        <source>Referral letter {reference}</source>
        <translation>خطاب الإحالة رقم {reference}</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <source>Outcome of the referral to {partner}</source>
        <translation>نتيجة الإحالة إلى {partner}</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>ما آلت إليه الإحالة</translation>
    </message>
    <message>
        <source>Their answer or what they did</source>
        <translation>ردّ الجمعية أو ما قدمته</translation>
    </message>
    <message>
        <source>Next follow-up (while open)</source>
        <translation>المتابعة التالية (ما دامت الإحالة قائمة)</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Enter the association's name.</source>
        <translation>أدخل اسم الجمعية.</translation>
    </message>
    <message>
        <source>An association with this name is already in the directory.</source>
        <translation>توجد جمعية بهذا الاسم في الدليل.</translation>
    </message>
    <message>
        <source>The e-mail address is not complete, for example info@example.org.</source>
        <translation>البريد الإلكتروني غير مكتمل، مثل info@example.org.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>الحد الأقصى {limit} حرفًا.</translation>
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
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>What became of a referral; the last two end its follow-up.</extracomment>
        <translation>مرسلة</translation>
    </message>
    <message>
        <source>Accepted by them</source>
        <translation>قبلتها الجمعية</translation>
    </message>
    <message>
        <source>Declined by them</source>
        <translation>اعتذرت عنها الجمعية</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>قُدمت الخدمة</translation>
    </message>
    <message>
        <source>Tell the beneficiary about the referral first: the policy requires it (clause 5-10).</source>
        <extracomment>The legal basis written in the disclosure log; official records are kept in Arabic. Printed in the letter in place of a data item the beneficiary's file was not shared for.</extracomment>
        <translation>أبلغ المستفيد بالإحالة أولًا؛ فالسياسة تقتضي ذلك (البند 5-10).</translation>
    </message>
    <message>
        <source>Write why the request is referred.</source>
        <translation>اكتب سبب إحالة الطلب.</translation>
    </message>
    <message>
        <source>Choose the data shared with the other association.</source>
        <translation>اختر البيانات التي سيُفصح عنها للجمعية الأخرى.</translation>
    </message>
    <message>
        <source>The name is always shared: the referral letter carries it.</source>
        <translation>الاسم يُفصح عنه دائمًا لأنه يرد في خطاب الإحالة.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be in the past.</source>
        <translation>لا يجوز أن يكون تاريخ المتابعة في الماضي.</translation>
    </message>
    <message>
        <source>Application {number} is «{state}» and can no longer be referred.</source>
        <translation>الطلب رقم {number} بحالة «{state}» ولم تعد إحالته ممكنة.</translation>
    </message>
    <message>
        <source>The referral letter's wording cannot be filled in; correct the template in Settings. Nothing was saved.</source>
        <translation>تعذر إكمال صياغة خطاب الإحالة؛ صحّح النموذج من الإعدادات. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Choose what became of the referral.</source>
        <translation>اختر ما آلت إليه الإحالة.</translation>
    </message>
    <message>
        <source>Write what the other association answered or did.</source>
        <translation>اكتب ردّ الجمعية الأخرى أو ما قدمته.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Referrals to other associations</source>
        <translation>الإحالات إلى جمعيات أخرى</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الخطاب</translation>
    </message>
    <message>
        <source>Refer elsewhere…</source>
        <translation>إحالة إلى جهة أخرى…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>تسجيل النتيجة…</translation>
    </message>
    <message>
        <source>Disclosure log: personal data shared outside the association</source>
        <translation>سجل الإفصاح: البيانات الشخصية المُفصح عنها خارج الجمعية</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>الجهة المُفصح لها</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>المسوّغ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>All</source>
        <extracomment>The status filter's choices, in order; a register without a filter shows every entry. (PySide's ``tr`` looks the text up in each class of the object in turn, so the base's own words are found.)</extracomment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Shown: {count}</source>
        <translation>المعروض: {count}</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>This national ID is already registered to {name}: open the existing file.</source>
        <translation>رقم الهوية هذا مسجل باسم {name}: افتح الملف الموجود.</translation>
    </message>
    <message>
        <source>A person who may be the same is already registered (the name, the birth date, the mobile or the ID are alike). Check that this is not the same person.</source>
        <translation>مسجل من قبل شخص قد يكون هو نفسه (الاسم أو تاريخ الميلاد أو الجوال أو رقم الهوية متشابهة). تحقق من أنه ليس الشخص نفسه.</translation>
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
    <name>ReportJobs</name>
    <message>
        <source>Board report</source>
        <translation>تقرير مجلس الإدارة</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>تقرير البرامج</translation>
    </message>
    <message>
        <source>Staff development report</source>
        <translation>تقرير تطوير الأداء</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <extracomment>The path of a workbook just saved.</extracomment>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Save the report as Excel</source>
        <translation>حفظ التقرير بصيغة Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>The report was saved to {path}</source>
        <translation>حُفظ التقرير في {path}</translation>
    </message>
    <message>
        <source>The report could not be saved: {details}</source>
        <translation>تعذّر حفظ التقرير: {details}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>كلمة المرور المؤقتة مرة أخرى</translation>
    </message>
    <message>
        <source>Your own password</source>
        <translation>كلمة مرورك أنت</translation>
    </message>
    <message>
        <source>A temporary password for {name}. Tell it to them in person; at their next sign-in they choose their own. Their old password no longer signs in or opens the database. Confirm with your own password.</source>
        <translation>كلمة مرور مؤقتة لـ{name}. أبلغه بها شخصيًا، وعند دخوله التالي يختار كلمة مروره الخاصة. لن تُدخله كلمة مروره القديمة ولن تفتح قاعدة البيانات بعد الآن. أكّد بكلمة مرورك أنت.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The database in this backup has records that point to records it does not hold (table {table}), so nothing was restored.</source>
        <translation>في قاعدة البيانات بهذه النسخة سجلات تشير إلى سجلات غير موجودة فيها (الجدول {table})، فلم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>This file is not a Charity Desk backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من مكتب الجمعية.</translation>
    </message>
    <message>
        <source>This file is not a complete Charity Desk database ({name} is missing), so nothing was restored.</source>
        <translation>هذا الملف ليس قاعدة بيانات كاملة لمكتب الجمعية ({name} غير موجود)، فلم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>This file holds {name}, which Charity Desk does not make, so it was not restored.</source>
        <translation>يحوي هذا الملف {name}، وهو ليس مما ينشئه البرنامج، فلم يُستعَد.</translation>
    </message>
    <message>
        <source>This backup comes from a newer version of Charity Desk: update the program first.</source>
        <translation>هذه النسخة الاحتياطية مأخوذة من إصدار أحدث من مكتب الجمعية: حدّث البرنامج أولًا.</translation>
    </message>
    <message>
        <source>The database in this backup could not be brought up to this version, so nothing was restored.</source>
        <translation>تعذّر ترقية قاعدة البيانات في هذه النسخة إلى هذا الإصدار، فلم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>The database in this backup is damaged, so nothing was restored.</source>
        <translation>قاعدة البيانات في هذه النسخة الاحتياطية تالفة، لذلك لم يُستعد أي شيء.</translation>
    </message>
    <message>
        <source>The database is open in another Charity Desk window or program. Close it there and try again.</source>
        <translation>قاعدة البيانات مفتوحة في نافذة أخرى من مكتب الجمعية أو في برنامج آخر. أغلقها هناك ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{tool} was not found: install the PostgreSQL client tools.</source>
        <translation>لم يُعثر على {tool}: ثبّت أدوات عميل PostgreSQL.</translation>
    </message>
    <message>
        <source>The server refused the restore, so nothing was changed. Details: {details}</source>
        <translation>رفض الخادم الاستعادة، لذلك لم يُغيَّر شيء. التفاصيل: {details}</translation>
    </message>
    <message>
        <source>The database in this backup does not hold the number of people and audit entries its seal records, so nothing was restored.</source>
        <translation>قاعدة البيانات في هذه النسخة لا تحوي عدد المستفيدين وقيود التدقيق المسجّل في ختمها، فلم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>The audit trail in this backup does not verify, so nothing was restored. {problem}</source>
        <translation>سجل التدقيق في هذه النسخة لا يجتاز التحقق، فلم يُستعَد شيء. {problem}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>A retention period is {low} to {high} years.</source>
        <translation>مدة الاحتفاظ من {low} إلى {high} سنة.</translation>
    </message>
    <message>
        <source>This check was already approved or replaced. Run the check again.</source>
        <translation>اعتُمد هذا الفحص أو حلّ محله فحص أحدث. شغّل الفحص مجددًا.</translation>
    </message>
    <message>
        <source>Write the reason for the legal hold.</source>
        <translation>اكتب سبب التجميد النظامي.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Deleted</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>أُخفيت هويتها</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>مدد الاحتفاظ</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>فئة البيانات</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>تُحسب من</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>عند انتهائها</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>حفظ المدد</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>التجميد النظامي</translation>
    </message>
    <message>
        <source>Nothing about a person on hold is flagged or destroyed until the hold is lifted.</source>
        <translation>لا يُرصد أي شيء عن شخص مُجمَّد ملفه ولا يُتلف حتى يُرفع التجميد.</translation>
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
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>سبب التجميد</translation>
    </message>
    <message>
        <source>Place on hold</source>
        <translation>تجميد الملف</translation>
    </message>
    <message>
        <source>Lift selected hold…</source>
        <translation>رفع التجميد عن المحدد…</translation>
    </message>
    <message>
        <source>Records past retention</source>
        <translation>السجلات المنتهية مدة احتفاظها</translation>
    </message>
    <message>
        <source>Find records past retention</source>
        <translation>البحث عن السجلات المنتهية مدة احتفاظها</translation>
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
        <source>Leave selected out</source>
        <translation>استبعاد المحدد</translation>
    </message>
    <message>
        <source>Your password, asked again to destroy</source>
        <translation>كلمة المرور، تُطلب مجددًا قبل الإتلاف</translation>
    </message>
    <message>
        <source>Approve and destroy…</source>
        <translation>اعتماد الإتلاف…</translation>
    </message>
    <message>
        <source>Destruction records</source>
        <translation>محاضر الإتلاف</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>عدد السجلات</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>No check is waiting for approval. Run the check to find records whose retention period has passed.</source>
        <translation>لا يوجد فحص بانتظار الاعتماد. شغّل الفحص للعثور على السجلات التي انتهت مدة الاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Past retention on {date}: {count}. Review them, leave out any that must be kept, then approve.</source>
        <translation>انتهت مدة الاحتفاظ في {date}: {count}. راجعها واستبعد ما يلزم الاحتفاظ به، ثم اعتمد الإتلاف.</translation>
    </message>
    <message>
        <source>{years}, before {date}</source>
        <translation>{years}، قبل {date}</translation>
    </message>
    <message>
        <source>{count} will be deleted or anonymized for good. This cannot be undone. Continue?</source>
        <translation>سيُحذف {count} أو تُخفى هويتها نهائيًا، ولا يمكن التراجع عن ذلك. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Destroy records</source>
        <translation>إتلاف السجلات</translation>
    </message>
    <message>
        <source>Type your password again to approve the destruction.</source>
        <translation>اكتب كلمة المرور مجددًا لاعتماد الإتلاف.</translation>
    </message>
    <message>
        <source>Lift the legal hold</source>
        <translation>رفع التجميد النظامي</translation>
    </message>
    <message>
        <source>Why is the hold lifted?</source>
        <translation>لماذا يُرفع التجميد؟</translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>The re-verification period is 30 to 1095 days.</source>
        <translation>يجب أن تكون مدة إعادة التحقق من 30 إلى 1095 يومًا.</translation>
    </message>
    <message>
        <source>Write why the files are suspended.</source>
        <translation>اكتب سبب إيقاف الملفات.</translation>
    </message>
</context>
<context>
    <name>ReverificationTab</name>
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
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Confirm file is up to date</source>
        <translation>تأكيد أن الملف محدَّث</translation>
    </message>
    <message>
        <source>The data was checked with the person today</source>
        <translation>رُوجعت البيانات مع صاحب الملف اليوم</translation>
    </message>
    <message>
        <source>Suspend selected…</source>
        <translation>إيقاف المحدد…</translation>
    </message>
    <message>
        <source>Files not confirmed with the person in the last {days}: {count}. Contact each person, check the data with them, then confirm the file.</source>
        <translation>الملفات التي لم تُؤكَّد بياناتها مع أصحابها خلال آخر {days}: {count}. تواصل مع كل شخص، وراجع بياناته معه، ثم أكّد الملف.</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>حفظ المدة</translation>
    </message>
    <message>
        <source>Re-verify every file every</source>
        <translation>إعادة التحقق من كل ملف كل</translation>
    </message>
    <message>
        <source>Suspend files</source>
        <translation>إيقاف الملفات</translation>
    </message>
    <message>
        <source>Why are these files suspended?</source>
        <translation>ما سبب إيقاف هذه الملفات؟</translation>
    </message>
</context>
<context>
    <name>RolePermissions</name>
    <message>
        <source>The administrator role must keep the permission to manage staff accounts and permissions; otherwise nobody could change them again.</source>
        <extracomment>The cell that can never be cleared: without it nobody could edit the matrix or accounts again.</extracomment>
        <translation>يجب أن يحتفظ دور مدير النظام بصلاحية إدارة حسابات الموظفين وصلاحياتهم، وإلا لن يستطيع أحد تغييرها بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>RolePermissionsBox</name>
    <message>
        <source>Roles and permissions</source>
        <translation>الأدوار والصلاحيات</translation>
    </message>
    <message>
        <source>Tick what each role may do. Changes take effect the next time each person signs in. Administrators always keep the right to manage accounts and permissions.</source>
        <translation>حدّد ما يحق لكل دور فعله. تسري التغييرات عند تسجيل كل شخص دخوله في المرة القادمة. يحتفظ مدير النظام دائمًا بحق إدارة الحسابات والصلاحيات.</translation>
    </message>
    <message>
        <source>Without it nobody could manage accounts and permissions again.</source>
        <extracomment>One check box per (role, permission).</extracomment>
        <translation>من دونها لن يستطيع أحد إدارة الحسابات والصلاحيات بعد ذلك.</translation>
    </message>
    <message>
        <source>Your password, asked again to change permissions</source>
        <translation>أعد إدخال كلمة المرور لتغيير الصلاحيات</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>حفظ الصلاحيات</translation>
    </message>
    <message>
        <source>Saved: {granted} granted, {revoked} withdrawn. They apply from the next sign-in.</source>
        <translation>تم الحفظ: مُنحت {granted} وسُحبت {revoked}. تسري من تسجيل الدخول القادم.</translation>
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
    <message>
        <source>View beneficiary files</source>
        <extracomment>Every file, not only those assigned to oneself (the caseload rule of social researchers). The PDPL registers (data-subject requests, breaches) and the privacy notice. See each colleague's tasks and load, and give a task to someone else (My work today). Let an application go on although another member of the household receives the same program. The queue of suspected duplicate files: compare, dismiss, merge. Undo a merge of two files (administrators: it moves records back between files). What the permission matrix in Settings calls each permission (context "Roles").</extracomment>
        <translation>عرض ملفات المستفيدين</translation>
    </message>
    <message>
        <source>View every file, not only one's own caseload</source>
        <translation>عرض جميع الملفات لا المسندة إليه فقط</translation>
    </message>
    <message>
        <source>Register and edit beneficiaries</source>
        <translation>تسجيل المستفيدين وتعديل بياناتهم</translation>
    </message>
    <message>
        <source>See and edit health information</source>
        <translation>الاطلاع على المعلومات الصحية وتعديلها</translation>
    </message>
    <message>
        <source>See and edit income and expenses</source>
        <translation>الاطلاع على الدخل والمصروفات وتعديلها</translation>
    </message>
    <message>
        <source>Handle applications and schedule visits</source>
        <translation>معالجة الطلبات وجدولة الزيارات</translation>
    </message>
    <message>
        <source>Write up home visits</source>
        <translation>كتابة تقارير الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Decide in the committee</source>
        <translation>اتخاذ القرار في اللجنة</translation>
    </message>
    <message>
        <source>Manage programs and committees</source>
        <translation>إدارة البرامج واللجان</translation>
    </message>
    <message>
        <source>View reports and figures</source>
        <translation>عرض التقارير والمؤشرات</translation>
    </message>
    <message>
        <source>Export lists</source>
        <translation>تصدير القوائم</translation>
    </message>
    <message>
        <source>Manage staff accounts and permissions</source>
        <translation>إدارة حسابات الموظفين وصلاحياتهم</translation>
    </message>
    <message>
        <source>Manage settings and the audit trail</source>
        <translation>إدارة الإعدادات وسجل التدقيق</translation>
    </message>
    <message>
        <source>Accept a national ID that fails the check</source>
        <translation>قبول رقم هوية لم يجتز التحقق</translation>
    </message>
    <message>
        <source>Keep the privacy registers and the privacy notice</source>
        <translation>إدارة سجلات الخصوصية وإشعار الخصوصية</translation>
    </message>
    <message>
        <source>See the team's tasks and reassign them</source>
        <translation>الاطلاع على مهام الفريق وإعادة إسنادها</translation>
    </message>
    <message>
        <source>Review and merge duplicate files</source>
        <translation>مراجعة الملفات المكررة ودمجها</translation>
    </message>
    <message>
        <source>Undo a merge of duplicate files</source>
        <translation>التراجع عن دمج الملفات المكررة</translation>
    </message>
    <message>
        <source>Approve a second benefit of the same program for one household</source>
        <translation>الموافقة على استفادة ثانية من البرنامج نفسه لأسرة واحدة</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>حجز موعد…</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>طباعة إشعار الموعد</translation>
    </message>
    <message>
        <source>Desk or researcher</source>
        <translation>المكتب أو الباحث</translation>
    </message>
    <message>
        <source>Cancel this appointment and free its slot? It cannot be taken back; a new one can be booked.</source>
        <translation>إلغاء هذا الموعد وإتاحة وقته لغيره؟ لا يمكن التراجع عن الإلغاء، ويمكن حجز موعد جديد.</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>{average} of 5</source>
        <translation>{average} من 5</translation>
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
    <message>
        <source>{by} saved this record at {at}, after you opened it, changing: {fields}. Your changes were not saved; reopen the record to see theirs, then make yours again.</source>
        <translation>حفظ {by} هذا السجل الساعة {at} بعد أن فتحتَه، وغيّر: {fields}. لم تُحفظ تعديلاتك؛ أعد فتح السجل لترى ما غيّره، ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own password first («Change password»). Nothing else can be done until then.</source>
        <translation>أعاد المدير تعيين كلمة مرورك: اختر كلمة مرورك الخاصة أولًا («تغيير كلمة المرور»). لا يمكن القيام بأي عمل آخر قبل ذلك.</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>تسجيل خدمة مقدمة…</translation>
    </message>
    <message>
        <source>This person: {deliveries} deliveries, {cash} riyals in cash, {items} items.</source>
        <translation>هذا الشخص: الخدمات المقدمة {deliveries}، والمساعدات النقدية {cash} ريال، والأصناف العينية {items}.</translation>
    </message>
    <message>
        <source>The household (relatives registered as beneficiaries included): {deliveries} deliveries, {cash} riyals in cash, {items} items.</source>
        <translation>الأسرة (بمن فيها الأقارب المسجلون مستفيدين): الخدمات المقدمة {deliveries}، والمساعدات النقدية {cash} ريال، والأصناف العينية {items}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle time before the screen locks must be 1 to 240 minutes.</source>
        <translation>يجب أن تكون مدة الخمول قبل قفل الشاشة من 1 إلى 240 دقيقة.</translation>
    </message>
    <message>
        <source>Choose Western or Arabic-Indic digits.</source>
        <translation>اختر الأرقام الغربية أو الهندية.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>The tabs after the general one: key, the permission that shows it, module and class of its box.</extracomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية (٠١٢٣)</translation>
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
        <source>Digits in screens and documents</source>
        <translation>الأرقام في الشاشات والمستندات</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>الأدوار والصلاحيات</translation>
    </message>
    <message>
        <source>Letterhead and signatory</source>
        <translation>ترويسة الخطابات والمفوَّض بالتوقيع</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>نماذج الخطابات</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>اللجان</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <extracomment>The tabs' boxes built so far, by key; each loads its own data when its tab comes to the front. The keys of the tabs, in their order.</extracomment>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
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
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Recovery code…</source>
        <translation>رمز الاسترداد…</translation>
    </message>
    <message>
        <source>Close selected account…</source>
        <translation>إغلاق الحساب المحدد…</translation>
    </message>
    <message>
        <source>This database has no recovery code yet: make one now, or the association could be locked out of its data if every administrator's password is lost.</source>
        <translation>لا يوجد رمز استرداد لقاعدة البيانات هذه بعد: أنشئه الآن، وإلا فقد تُحرم الجمعية من الوصول إلى بياناتها إذا فُقدت كلمات مرور جميع مديري النظام.</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>إغلاق الحساب</translation>
    </message>
    <message>
        <source>Close this account? Its holder can no longer sign in, and their password no longer opens the database. What they recorded stays, under their name.</source>
        <translation>هل تريد إغلاق هذا الحساب؟ لن يستطيع صاحبه تسجيل الدخول، ولن تفتح كلمة مروره قاعدة البيانات بعد الآن. ما سجّله يبقى محفوظًا باسمه.</translation>
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
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Write the reason for accepting this ID.</source>
        <translation>اكتب سبب قبول هذه الهوية.</translation>
    </message>
</context>
<context>
    <name>SupervisorFields</name>
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
</context>
<context>
    <name>SurveyFormDialog</name>
    <message>
        <source>{name} — {program}</source>
        <translation>{name} — {program}</translation>
    </message>
    <message>
        <source>Answers taken</source>
        <translation>طريقة أخذ الإجابات</translation>
    </message>
    <message>
        <source>Answer anonymously</source>
        <translation>الإجابة دون ذكر الاسم</translation>
    </message>
    <message>
        <source>Anonymous answers are kept without the person's name or file: nobody can tell afterwards who gave them.</source>
        <translation>تُحفظ الإجابات دون ربطها باسم الشخص أو ملفه، فلا يمكن لأحد لاحقًا معرفة من قدّمها.</translation>
    </message>
</context>
<context>
    <name>SurveyResultsTab</name>
    <message>
        <source>Answered on</source>
        <translation>تاريخ الإجابة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>These indicators show where the service can improve. They describe the service, not any person, and are not used to hold anyone to account.</source>
        <translation>تبيّن هذه المؤشرات الجوانب التي يمكن فيها تحسين الخدمة. وهي تصف الخدمة لا الأشخاص، ولا تُستخدم لمساءلة أحد.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Served by (optional)</source>
        <translation>مقدّم الخدمة (اختياري)</translation>
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
        <source>Average answer to each question (1 to 5)</source>
        <translation>متوسط الإجابة عن كل سؤال (من 1 إلى 5)</translation>
    </message>
    <message>
        <source>Comments and suggestions</source>
        <translation>الملاحظات والمقترحات</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>جميع الموظفين</translation>
    </message>
    <message>
        <source>Response rate: {rate}% ({answered} of {asked})</source>
        <translation>نسبة الاستجابة: {rate}% ({answered} من {asked})</translation>
    </message>
    <message>
        <source>Satisfied: {share}% of those who answered</source>
        <translation>نسبة الراضين: {share}% من المجيبين</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>Choose an answer from 1 to 5 for «{question}».</source>
        <translation>اختر إجابة من 1 إلى 5 لسؤال «{question}».</translation>
    </message>
    <message>
        <source>Choose how the answers were taken.</source>
        <translation>اختر طريقة جمع الإجابات.</translation>
    </message>
    <message>
        <source>This survey has already been answered.</source>
        <translation>أُجيب عن هذه الاستبانة من قبل.</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys and feedback</source>
        <translation>الاستبانات وآراء المستفيدين</translation>
    </message>
    <message>
        <source>Pending surveys</source>
        <translation>الاستبانات المنتظرة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>الشكاوى والاقتراحات</translation>
    </message>
    <message>
        <source>Indirect reach</source>
        <translation>الوصول غير المباشر</translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation>إعادة التحقق</translation>
    </message>
</context>
<context>
    <name>TaskFiguresTable</name>
    <message>
        <source>Tasks done in the period</source>
        <extracomment>Rows shown before the table scrolls. The report shown (None until the first one arrives).</extracomment>
        <translation>المهام المنجزة في الفترة</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>الزميل</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>نوع المهمة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في موعدها</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>متوسط الأيام</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>المحجوزة</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>الحاضرة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>الغائبة</translation>
    </message>
    <message>
        <source>No task was done in this period.</source>
        <translation>لم تُنجز أي مهمة في هذه الفترة.</translation>
    </message>
    <message>
        <source>The figures could not be calculated: {details}</source>
        <translation>تعذر حساب الأرقام: {details}</translation>
    </message>
    <message>
        <source>(nobody assigned)</source>
        <translation>(غير مسندة لأحد)</translation>
    </message>
</context>
<context>
    <name>TaskReminder</name>
    <message>
        <source>Show my tasks</source>
        <extracomment>How often the reminder is checked while the window is open. «Show my tasks»: the page of one's tasks, on the overdue group when any is overdue.</extracomment>
        <translation>عرض مهامي</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide this reminder until the next check (Escape)</source>
        <translation>إخفاء هذا التذكير حتى الفحص التالي (Escape)</translation>
    </message>
    <message>
        <source>Due today: {count}.</source>
        <translation>مستحق اليوم: {count}.</translation>
    </message>
    <message>
        <source>Overdue: {count}.</source>
        <translation>متأخر: {count}.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Checklists to verify</source>
        <extracomment>Days from receipt within which an application's documents are verified.</extracomment>
        <translation>مستندات بانتظار التحقق</translation>
    </message>
    <message>
        <source>Complaints to answer</source>
        <translation>شكاوى بانتظار الرد</translation>
    </message>
    <message>
        <source>Tasks from colleagues</source>
        <extracomment>Made once: an alias's columns are worked out on first use and kept with it.</extracomment>
        <translation>مهام من الزملاء</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>اجتماعات اللجنة</translation>
    </message>
    <message>
        <source>Data requests to answer</source>
        <extracomment>The breach's deadline as days, for its due date (the screens give the hours left).</extracomment>
        <translation>طلبات بيانات بانتظار الرد</translation>
    </message>
    <message>
        <source>Breaches to notify</source>
        <translation>تسربات بانتظار الإبلاغ</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>إحالات للمتابعة</translation>
    </message>
    <message>
        <source>Files to re-verify</source>
        <translation>ملفات لإعادة التحقق</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <extracomment>The kind's name, QT_TRANSLATE_NOOP in context "Tasks".</extracomment>
        <translation>اكتب المطلوب إنجازه.</translation>
    </message>
    <message>
        <source>The due date cannot be before today.</source>
        <translation>لا يمكن أن يكون تاريخ الاستحقاق قبل اليوم.</translation>
    </message>
    <message>
        <source>Choose an active colleague.</source>
        <translation>اختر زميلًا حسابه مفعّل.</translation>
    </message>
    <message>
        <source>This kind of task stays with its record's own person.</source>
        <translation>هذا النوع من المهام يبقى مع صاحب سجله، ولا يُعاد إسناده.</translation>
    </message>
    <message>
        <source>Surveys to take</source>
        <extracomment>Days after a session ends within which its survey is taken.</extracomment>
        <translation>استبانات مستحقة</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>A home visit goes to a social researcher: choose one.</source>
        <translation>الزيارة المنزلية يقوم بها باحث اجتماعي: اختر باحثًا.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
</context>
<context>
    <name>TeamTasksPage</name>
    <message>
        <source>Team tasks</source>
        <extracomment>Enter or a double click on a colleague's task: where it is done (ui.task_places). The two reads of ``reload`` while they run; which reload is the latest, and what of it has arrived. How many reads of a colleague's tasks have not reported yet (the relay keeps each task alive).</extracomment>
        <translation>مهام الفريق</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>الزميل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Reassign to this colleague</source>
        <translation>إعادة الإسناد إلى هذا الزميل</translation>
    </message>
    <message>
        <source>Tasks given by hand, home visits and complaints can be reassigned; the others follow their record.</source>
        <translation>يمكن إعادة إسناد المهام المسندة يدويًا والزيارات المنزلية والشكاوى؛ أما غيرها فيتبع سجله.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <source>The tasks could not be read: {details}</source>
        <translation>تعذرت قراءة المهام: {details}</translation>
    </message>
    <message>
        <source>Tasks of {name}</source>
        <translation>مهام {name}</translation>
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
        <extracomment>Locked now after failed sign-ins (the lock ends by itself).</extracomment>
        <translation>يجب أن يتكون اسم المستخدم من 3 إلى 64 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة.</translation>
    </message>
    <message>
        <source>Enter the employee's full name.</source>
        <translation>أدخل الاسم الكامل للموظف.</translation>
    </message>
    <message>
        <source>You cannot close your own account: ask another administrator.</source>
        <translation>لا يمكنك إغلاق حسابك بنفسك: اطلب ذلك من مدير نظام آخر.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one: choose a different one.</source>
        <translation>كلمة المرور الجديدة هي الحالية نفسها: اختر كلمة مرور مختلفة.</translation>
    </message>
    <message>
        <source>To change your own password, use «Change password» beside «Sign out».</source>
        <translation>لتغيير كلمة مرورك أنت استخدم «تغيير كلمة المرور» بجانب «تسجيل الخروج».</translation>
    </message>
    <message>
        <source>This account is closed: its password cannot be reset.</source>
        <translation>هذا الحساب مغلق: لا يمكن إعادة تعيين كلمة مروره.</translation>
    </message>
    <message>
        <source>Your password is wrong: type the password you signed in with.</source>
        <translation>كلمة مرورك غير صحيحة: اكتب كلمة المرور التي دخلت بها.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <extracomment>A hash at today's parameters of a password nobody has: checking a sign-in for a username with no account (or a refused one) against it costs exactly what a wrong password costs, so the time a sign-in takes never tells whether the account exists.</extracomment>
        <translation>يجب ألا تقل كلمة المرور عن {count} أحرف.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>اسم المستخدم {username} مستخدم من قبل.</translation>
    </message>
</context>
<context>
    <name>VerifyLetterDialog</name>
    <message>
        <source>Verify a letter</source>
        <translation>التحقق من خطاب</translation>
    </message>
    <message>
        <source>Type the verification code printed at the foot of the letter, next to its QR code. Arabic digits, small letters and spaces are accepted.</source>
        <translation>اكتب رمز التحقق المطبوع أسفل الخطاب بجوار رمز الاستجابة السريعة (QR). يمكن كتابته بالأرقام العربية أو الإنجليزية، وبالحروف الصغيرة، ومع المسافات.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>رقم الخطاب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>✓ Genuine letter</source>
        <translation>✓ خطاب صحيح</translation>
    </message>
    <message>
        <source>✗ Altered letter</source>
        <translation>✗ خطاب معدَّل</translation>
    </message>
    <message>
        <source>✗ No letter has this code</source>
        <translation>✗ لا يوجد خطاب بهذا الرمز</translation>
    </message>
    <message>
        <source>The association issued this letter, and the register still holds exactly what was issued. Compare the paper with the details below.</source>
        <translation>أصدرت الجمعية هذا الخطاب، وما زال السجل يحتفظ بنصه كما صدر تمامًا. قارن النسخة الورقية بالبيانات أدناه.</translation>
    </message>
    <message>
        <source>A letter with this code is in the register, but its stored text was changed after it was issued. Do not rely on it; tell the association's management.</source>
        <translation>يوجد في السجل خطاب بهذا الرمز، لكن نصه المحفوظ عُدِّل بعد إصداره. لا تعتمد عليه، وأبلغ إدارة الجمعية.</translation>
    </message>
    <message>
        <source>The association issued no letter with this code. Check the code was typed correctly; if it was, the letter is not genuine.</source>
        <translation>لم تُصدر الجمعية أي خطاب بهذا الرمز. تأكد من كتابة الرمز بشكل صحيح؛ فإن كان صحيحًا فالخطاب ليس صادرًا عن الجمعية.</translation>
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
    <message>
        <source>Chosen: {count}</source>
        <translation>المختارة: {count}</translation>
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
    <message>
        <source>Choose an active social researcher for the file.</source>
        <translation>اختر باحثًا اجتماعيًا نشطًا لهذا الملف.</translation>
    </message>
</context>
<context>
    <name>VotesInput</name>
    <message>
        <source>For</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>معارض</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>ممتنع</translation>
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
        <source>Supervisor approval…</source>
        <translation>موافقة المشرف…</translation>
    </message>
    <message>
        <source>Save and book an appointment…</source>
        <extracomment>Set by «Save and book an appointment…»: the booking form follows the saved file.</extracomment>
        <translation>حفظ وحجز موعد…</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <extracomment>The booking form opened after saving, if one was asked for.</extracomment>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Show or print the notice…</source>
        <translation>عرض الإشعار أو طباعته…</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>الإصدار الحالي</translation>
    </message>
    <message>
        <source>Written (signed or printed copy)</source>
        <translation>كتابي (نسخة موقعة أو مطبوعة)</translation>
    </message>
    <message>
        <source>Verbal, at the desk</source>
        <translation>شفهي، في الاستقبال</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>إلكتروني</translation>
    </message>
    <message>
        <source>How it was acknowledged</source>
        <translation>طريقة الإقرار</translation>
    </message>
    <message>
        <source>The privacy notice was shown or printed for the person, and they acknowledged it</source>
        <translation>عُرض إشعار الخصوصية على الشخص أو طُبع له، وأقرّ بالاطلاع عليه</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
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