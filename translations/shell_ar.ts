<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>vitalis::desktop::AppController</name>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="54" />
        <source>Vitalis</source>
        <translation>فيتاليس</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="55" />
        <source>This profile has no user: sign in online first.</source>
        <translation>لا يوجد مستخدم لهذا الملف: سجّل الدخول عبر الإنترنت أولاً.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::HomeScreen</name>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="133" />
        <source>In progress</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="134" />
        <source>Requires updates</source>
        <translation>يتطلب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="135" />
        <source>Sent for review</source>
        <translation>مُرسلة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="136" />
        <source>Ready for review</source>
        <translation>جاهزة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="137" />
        <source>Ready to print</source>
        <translation>جاهزة للطباعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="138" />
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="139" />
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="165" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="192" />
        <source>Press Enter on "Outbox" to see every item waiting to be sent.</source>
        <translation>اضغط Enter على «صندوق الصادر» لعرض كل عنصر ينتظر الإرسال.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="194" />
        <source>Press Enter on "Conflicts" to compare and resolve them.</source>
        <translation>اضغط Enter على «التعارضات» لمقارنتها وحلّها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="196" />
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="205" />
        <source>Nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="244" />
        <source>Welcome, %1</source>
        <translation>مرحباً، %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="245" />
        <source>New &amp;birth</source>
        <translation>&amp;ولادة جديدة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="246" />
        <source>New &amp;death</source>
        <translation>&amp;وفاة جديدة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="247" />
        <source>New birth declaration</source>
        <translation>تصريح ولادة جديد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="248" />
        <source>New death declaration</source>
        <translation>تصريح وفاة جديد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="249" />
        <source>Workqueues</source>
        <translation>قوائم العمل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="250" />
        <source>Filter by name or tracking ID</source>
        <translation>تصفية حسب الاسم أو رقم التتبع</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="251" />
        <source>Filter the list</source>
        <translation>تصفية القائمة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="252" />
        <source>Records in this workqueue</source>
        <translation>السجلات في قائمة العمل هذه</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="261" />
        <source>About Vitalis</source>
        <translation>حول فيتاليس</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="262" />
        <source>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;فيتاليس %1&lt;/h3&gt;&lt;p&gt;تسجيل مدني يعمل دون اتصال: تصريح الولادات والوفيات ومراجعتها وتسجيلها، مع تشفير كل سجل على هذا الحاسوب ومزامنته مع السجل المركزي عند توفر الاتصال.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="278" />
        <source>Vitalis — %1</source>
        <translation>فيتاليس — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="279" />
        <source>&amp;File</source>
        <translation>ملف (&amp;م)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="280" />
        <source>New &amp;birth declaration</source>
        <translation>تصريح ولادة جديد (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="281" />
        <source>New &amp;death declaration</source>
        <translation>تصريح وفاة جديد (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="282" />
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن (&amp;م)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="283" />
        <source>&amp;Lock</source>
        <translation>قفل (&amp;ق)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="284" />
        <source>S&amp;witch user</source>
        <translation>تبديل المستخدم (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="285" />
        <source>&amp;Quit</source>
        <translation>خروج (&amp;خ)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="286" />
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="287" />
        <source>&amp;Home</source>
        <translation>&amp;الرئيسية</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="288" />
        <source>&amp;Search</source>
        <translation>بحث (&amp;ب)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="289" />
        <source>&amp;Outbox</source>
        <translation>صندوق الصادر (&amp;ص)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="290" />
        <source>&amp;Conflicts</source>
        <translation>&amp;التعارضات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="292" />
        <source>&amp;Review queue</source>
        <translation>قائمة المراجعة (&amp;ق)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="293" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="294" />
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;م)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="295" />
        <source>&amp;About Vitalis</source>
        <translation>حول فيتاليس (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="298" />
        <source>This screen is not part of this build yet.</source>
        <translation>هذه الشاشة ليست جزءاً من هذا الإصدار بعد.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OnlineLogin</name>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="79" />
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="81" />
        <source>Cannot reach the server. Check the address and the connection. (%1)</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من العنوان والاتصال. (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="84" />
        <source>Wrong username or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="86" />
        <source>The server refused the sign-in: %1</source>
        <translation>رفض الخادم تسجيل الدخول: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="88" />
        <source>Sign-in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PinForm</name>
    <message numerus="yes">
        <location filename="../app/desktop/shell/PinForm.cpp" line="119" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="161" />
        <source>Wrong PIN. %n attempt(s) left before this profile locks.</source>
        <translation>
            <numerusform>رمز خاطئ. لم تبقَ أي محاولة قبل قفل الملف.</numerusform><numerusform>رمز خاطئ. بقيت محاولة واحدة قبل قفل الملف.</numerusform><numerusform>رمز خاطئ. بقيت محاولتان قبل قفل الملف.</numerusform><numerusform>رمز خاطئ. بقيت %n محاولات قبل قفل الملف.</numerusform><numerusform>رمز خاطئ. بقيت %n محاولة قبل قفل الملف.</numerusform><numerusform>رمز خاطئ. بقيت %n محاولة قبل قفل الملف.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="125" />
        <source>This profile has no PIN yet: sign in online.</source>
        <translation>لا يوجد رمز PIN لهذا الملف بعد: سجّل الدخول عبر الإنترنت.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="136" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="158" />
        <source>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</source>
        <translation>محاولات خاطئة كثيرة: هذا الملف مقفل. سجّل الدخول عبر الإنترنت بكلمة المرور لفتحه.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="150" />
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="150" />
        <source>Unlock %1</source>
        <translation>فتح قفل %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="151" />
        <source>Enter your PIN to open your records on this laptop.</source>
        <translation>أدخل رمز PIN لفتح سجلاتك على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="152" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="153" />
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="154" />
        <source>&amp;Unlock</source>
        <translation>فتح القفل (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="155" />
        <source>Sign in &amp;online</source>
        <translation>تسجيل الدخول عبر الإنترنت (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="156" />
        <source>&amp;Another user</source>
        <translation>مستخدم آخر (&amp;م)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordListModel</name>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="115" />
        <source>In progress</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="116" />
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="117" />
        <source>Declared</source>
        <translation>مُصرَّح</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="118" />
        <source>Validated</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="119" />
        <source>Registered</source>
        <translation>مُسجَّل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="120" />
        <source>Certified</source>
        <translation>صدرت شهادته</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="121" />
        <source>Requires updates</source>
        <translation>يتطلب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="122" />
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="130" />
        <source>Birth</source>
        <translation>ولادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="132" />
        <source>Death</source>
        <translation>وفاة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="150" />
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="167" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="168" />
        <source>Tracking ID</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="169" />
        <source>Event</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="170" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="171" />
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SearchScreen</name>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="112" />
        <source>More than %1 records found: type more to narrow the search.</source>
        <translation>تم العثور على أكثر من %1 سجل: اكتب المزيد لتضييق البحث.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="114" />
        <source>%n record(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي سجل</numerusform><numerusform>سجل واحد</numerusform><numerusform>سجلان</numerusform><numerusform>%n سجلات</numerusform><numerusform>%n سجلاً</numerusform><numerusform>%n سجل</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="145" />
        <source>Name, tracking ID, registration number or date of birth</source>
        <translation>الاسم أو رقم التتبع أو رقم التسجيل أو تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="146" />
        <source>Search records</source>
        <translation>البحث في السجلات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="147" />
        <source>Names also match names that sound alike. Dates: 2024-01-31 or 31/01/2024. Press Down to move to the results, Enter to open one.</source>
        <translation>يطابق البحث أيضاً الأسماء المتشابهة في النطق. التواريخ: 2024-01-31 أو 31/01/2024. اضغط السهم للأسفل للانتقال إلى النتائج و Enter لفتح أحدها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="149" />
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SignInWindow</name>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="218" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="277" />
        <source>This profile cannot be opened: %1</source>
        <translation>تعذّر فتح هذا الملف: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="301" />
        <source>Enter the server address, your username and your password.</source>
        <translation>أدخل عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="311" />
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="351" />
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>الرمزان مختلفان. اكتب الرمز نفسه مرتين.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="360" />
        <source>This PIN cannot be used: %1</source>
        <translation>لا يمكن استخدام هذا الرمز: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="383" />
        <source>Vitalis — sign in</source>
        <translation>فيتاليس — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="384" />
        <source>Who are you?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="385" />
        <source>People who use this laptop</source>
        <translation>الأشخاص الذين يستخدمون هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="386" />
        <source>&amp;Another user…</source>
        <translation>مستخدم آخر (&amp;م)…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="387" />
        <source>Sign in online to unlock</source>
        <translation>سجّل الدخول عبر الإنترنت لفتح القفل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="388" />
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="389" />
        <source>&amp;Server address</source>
        <translation>عنوان الخادم (&amp;ع)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="390" />
        <source>&amp;Username</source>
        <translation>&amp;اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="391" />
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;ك)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="392" />
        <source>&amp;Authenticator code</source>
        <translation>&amp;رمز المصادقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="393" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="395" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="396" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="397" />
        <source>Authenticator code</source>
        <translation>رمز المصادقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="398" />
        <source>Sign &amp;in</source>
        <translation>تسجيل الدخول (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="399" />
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="401" />
        <source>Choose your offline PIN</source>
        <translation>اختر رمز PIN للعمل دون اتصال</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="402" />
        <source>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</source>
        <translation>ستستخدم هذا الرمز لفتح سجلاتك على هذا الحاسوب عند انقطاع الشبكة. 6 أرقام على الأقل؛ تجنّب 123456 أو 111111.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="404" />
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="405" />
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="406" />
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="407" />
        <source>Repeat the PIN</source>
        <translation>أعد كتابة الرمز</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="408" />
        <source>&amp;Save PIN</source>
        <translation>حفظ الرمز (&amp;ح)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SyncStatusBar</name>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="87" />
        <source>● Online</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="87" />
        <source>○ Offline</source>
        <translation>○ غير متصل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89" />
        <source>Connected to the server</source>
        <translation>متصل بالخادم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89" />
        <source>Working offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="90" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>لا توجد تعديلات تنتظر الإرسال</numerusform><numerusform>تعديل واحد ينتظر الإرسال</numerusform><numerusform>تعديلان ينتظران الإرسال</numerusform><numerusform>%n تعديلات تنتظر الإرسال</numerusform><numerusform>%n تعديلاً ينتظر الإرسال</numerusform><numerusform>%n تعديل ينتظر الإرسال</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="93" />
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="94" />
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="99" />
        <source>Sync stopped: sign in again</source>
        <translation>توقفت المزامنة: سجّل الدخول مجدداً</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="100" />
        <source>Last sync failed: %1</source>
        <translation>فشلت آخر مزامنة: %1</translation>
    </message>
</context>
</TS>