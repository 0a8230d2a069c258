<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Address</name>
    <message>
        <source>The building number has 4 digits.</source>
        <translation>رقم المبنى مكوّن من 4 أرقام.</translation>
    </message>
    <message>
        <source>The postal code has 5 digits.</source>
        <translation>الرمز البريدي مكوّن من 5 أرقام.</translation>
    </message>
    <message>
        <source>The additional number has 4 digits.</source>
        <translation>الرقم الإضافي مكوّن من 4 أرقام.</translation>
    </message>
    <message>
        <source>The short address is 4 Latin letters and 4 digits, for example RRRD2929.</source>
        <translation>العنوان المختصر 4 أحرف لاتينية و4 أرقام، مثل RRRD2929.</translation>
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
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file {path} is on a network share. SQLite cannot keep it safe there: copy it to this computer, or use a PostgreSQL server for several desks.</source>
        <translation>ملف قاعدة البيانات {path} موجود على مجلد شبكة مشترك، ولا يمكن حفظه بأمان هناك. انسخه إلى هذا الجهاز، أو استخدم خادم PostgreSQL عند العمل من عدة مكاتب.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>The date is outside the supported range (1343–1500 AH, 1924–2077 AD).</source>
        <translation>التاريخ خارج النطاق المدعوم (1343–1500هـ، 1924–2077م).</translation>
    </message>
    <message>
        <source>{day}/{month}/{year} is not a date in the Hijri calendar.</source>
        <translation>{day}/{month}/{year} ليس تاريخًا صحيحًا في التقويم الهجري.</translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 24/11/2026 or 14/06/1448.</source>
        <translation>اكتب التاريخ على صورة يوم/شهر/سنة، مثل 24/11/2026 أو 14/06/1448.</translation>
    </message>
    <message>
        <source>{day}/{month}/{year} is not a date in the Gregorian calendar.</source>
        <translation>{day}/{month}/{year} ليس تاريخًا صحيحًا في التقويم الميلادي.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>التاريخ {date} في المستقبل.</translation>
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
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Applications to programs, verification checklists, home visits and e-form imports.</source>
        <translation>طلبات الالتحاق بالبرامج، وقوائم التحقق من البيانات، والزيارات المنزلية، واستيراد النماذج الإلكترونية.</translation>
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
        <source>Programs and activities with their eligibility rules and required documents.</source>
        <translation>البرامج والأنشطة مع شروط الاستحقاق والمستندات المطلوبة.</translation>
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
    <name>NationalId</name>
    <message>
        <source>Enter the national ID or Iqama number.</source>
        <translation>أدخل رقم الهوية الوطنية أو الإقامة.</translation>
    </message>
    <message>
        <source>The national ID must contain digits only.</source>
        <translation>رقم الهوية يتكوّن من أرقام فقط.</translation>
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
    <name>Phone</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>أدخل رقم الجوال.</translation>
    </message>
    <message>
        <source>A Saudi mobile number has 10 digits and starts with 05, for example 0551234567.</source>
        <translation>رقم الجوال السعودي مكوّن من 10 أرقام ويبدأ بـ 05، مثل 0551234567.</translation>
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
</TS>