<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ShippedForms</name>
    <message>
        <location filename="../app/desktop/session/ShippedForms.cpp" line="41"/>
        <source>%1: not valid JSON
</source>
        <translation>%1: ليس JSON صالحًا
</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AppController</name>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="55"/>
        <source>Vitalis</source>
        <translation>فيتاليس</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="56"/>
        <source>This profile has no user: sign in online first.</source>
        <translation>لا يوجد مستخدم لهذا الملف: سجّل الدخول عبر الإنترنت أولاً.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DiscardDraftDialog</name>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="13"/>
        <source>Discard this draft?</source>
        <translation>حذف هذه المسودة؟</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="14"/>
        <source>The draft and everything typed in it will be deleted from this computer. It was never sent, so nobody else has it. This cannot be undone.</source>
        <translation>ستُحذف المسودة وكل ما كُتب فيها من هذا الحاسوب. لم تُرسل قط، فلا أحد غيرك يملكها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="19"/>
        <source>&amp;Discard draft</source>
        <translation>حذف المسودة (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="20"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;الإبقاء على المسودة</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="36"/>
        <source>Draft not discarded</source>
        <translation>لم تُحذف المسودة</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::HomeScreen</name>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="152"/>
        <source>In progress</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="154"/>
        <source>Requires updates</source>
        <translation>يتطلب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="156"/>
        <source>Sent for review</source>
        <translation>مُرسلة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="158"/>
        <source>Ready for review</source>
        <translation>جاهزة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="160"/>
        <source>Ready to print</source>
        <translation>جاهزة للطباعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="162"/>
        <source>Printed</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="164"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="166"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="168"/>
        <source>Possible duplicates</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="208"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="235"/>
        <source>Press Enter on &quot;Outbox&quot; to see every item waiting to be sent.</source>
        <translation>اضغط Enter على «صندوق الصادر» لعرض كل عنصر ينتظر الإرسال.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="237"/>
        <source>Press Enter on &quot;Conflicts&quot; to compare and resolve them.</source>
        <translation>اضغط Enter على «التعارضات» لمقارنتها وحلّها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="239"/>
        <source>Press Enter on &quot;Possible duplicates&quot; to compare each record with the record it looks like, and decide.</source>
        <translation>اضغط Enter على «التكرارات المحتملة» لمقارنة كل سجل بالسجل الذي يشبهه، ثم قرر.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="242"/>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="252"/>
        <source>Nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="311"/>
        <source>Welcome, %1</source>
        <translation>مرحباً، %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="313"/>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="315"/>
        <source>New &amp;birth</source>
        <translation>&amp;ولادة جديدة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="316"/>
        <source>New &amp;death</source>
        <translation>&amp;وفاة جديدة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="317"/>
        <source>New birth declaration</source>
        <translation>تصريح ولادة جديد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="318"/>
        <source>New death declaration</source>
        <translation>تصريح وفاة جديد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="319"/>
        <source>Workqueues</source>
        <translation>قوائم العمل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="320"/>
        <source>Filter by name or tracking ID</source>
        <translation>تصفية حسب الاسم أو رقم التتبع</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="321"/>
        <source>Filter the list</source>
        <translation>تصفية القائمة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="322"/>
        <source>Records in this workqueue</source>
        <translation>السجلات في قائمة العمل هذه</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::KeyringMessage</name>
    <message>
        <location filename="../app/desktop/shell/KeyringMessage.cpp" line="10"/>
        <source>This profile cannot be opened: the keyring that keeps its key is locked or not running. Unlock it (sign in to this computer again) and try again. Nothing in the profile was changed.</source>
        <translation>لا يمكن فتح هذا الملف الشخصي: حلقة المفاتيح التي تحفظ مفتاحه مقفلة أو متوقفة. افتحها (سجّل الدخول إلى هذا الحاسوب من جديد) ثم حاول مرة أخرى. لم يتغير شيء في الملف الشخصي.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="332"/>
        <source>About Vitalis</source>
        <translation>حول فيتاليس</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="333"/>
        <source>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;فيتاليس %1&lt;/h3&gt;&lt;p&gt;تسجيل مدني يعمل دون اتصال: تصريح الولادات والوفيات ومراجعتها وتسجيلها، مع تشفير كل سجل على هذا الحاسوب ومزامنته مع السجل المركزي عند توفر الاتصال.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="372"/>
        <source>Vitalis — %1</source>
        <translation>فيتاليس — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="373"/>
        <source>&amp;File</source>
        <translation>ملف (&amp;م)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="374"/>
        <source>New &amp;birth declaration</source>
        <translation>تصريح ولادة جديد (&amp;و)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="375"/>
        <source>New &amp;death declaration</source>
        <translation>تصريح وفاة جديد (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="376"/>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن (&amp;ز)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="377"/>
        <source>&amp;Lock</source>
        <translation>قفل (&amp;ق)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="378"/>
        <source>S&amp;witch user</source>
        <translation>تبديل المستخدم (&amp;ب)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="379"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;خ)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="380"/>
        <source>&amp;Go</source>
        <translation>انتقال (&amp;ن)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="381"/>
        <source>&amp;Home</source>
        <translation>الرئيسية (&amp;ر)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="382"/>
        <source>&amp;Search</source>
        <translation>بحث (&amp;ب)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="383"/>
        <source>&amp;Outbox</source>
        <translation>صندوق الصادر (&amp;ص)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="384"/>
        <source>&amp;Conflicts</source>
        <translation>التعارضات (&amp;ع)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="386"/>
        <source>&amp;Review queue</source>
        <translation>قائمة المراجعة (&amp;ق)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="388"/>
        <source>&amp;Verify certificate</source>
        <translation>التحقق من شهادة (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="390"/>
        <source>S&amp;tatistics</source>
        <translation>الإحصاءات (&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="391"/>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;ل)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="392"/>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;س)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="393"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="394"/>
        <source>&amp;About Vitalis</source>
        <translation>حول فيتاليس (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="397"/>
        <source>This screen is not part of this build yet.</source>
        <translation>هذه الشاشة ليست جزءاً من هذا الإصدار بعد.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OnlineLogin</name>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="84"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="87"/>
        <source>Cannot reach the server. Check the address and the connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من العنوان والاتصال.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="91"/>
        <source>Wrong username or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="94"/>
        <source>The server refused the sign-in: %1</source>
        <translation>رفض الخادم تسجيل الدخول: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="98"/>
        <source>Sign-in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PinForm</name>
    <message numerus="yes">
        <location filename="../app/desktop/shell/PinForm.cpp" line="128"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="173"/>
        <source>Wrong PIN. %n attempt(s) left before this profile locks.</source>
        <translation>
            <numerusform>رمز خاطئ. لم تبقَ أي محاولة قبل قفل الملف.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولة واحدة قبل قفل الملف.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولتان قبل قفل الملف.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولات قبل قفل الملف.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل قفل الملف.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل قفل الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="136"/>
        <source>This profile has no PIN yet: sign in online.</source>
        <translation>لا يوجد رمز PIN لهذا الملف بعد: سجّل الدخول عبر الإنترنت.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="147"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="169"/>
        <source>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</source>
        <translation>محاولات خاطئة كثيرة: هذا الملف مقفل. سجّل الدخول عبر الإنترنت بكلمة المرور لفتحه.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="161"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="161"/>
        <source>Unlock %1</source>
        <translation>فتح قفل %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="162"/>
        <source>Enter your PIN to open your records on this laptop.</source>
        <translation>أدخل رمز PIN لفتح سجلاتك على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="163"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="164"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="165"/>
        <source>&amp;Unlock</source>
        <translation>فتح القفل (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="166"/>
        <source>Sign in &amp;online</source>
        <translation>تسجيل الدخول عبر الإنترنت (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="167"/>
        <source>&amp;Another user</source>
        <translation>مستخدم آخر (&amp;م)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PlainWords</name>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="22"/>
        <source>%1 KB</source>
        <comment>file size, kilobytes</comment>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="25"/>
        <source>%1 MB</source>
        <comment>file size, megabytes</comment>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="31"/>
        <source>The server&apos;s identity could not be checked; tell your IT team.</source>
        <translation>تعذّر التحقق من هوية الخادم؛ أبلغ فريق تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="33"/>
        <source>The server did not answer in time.</source>
        <translation>لم يستجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="35"/>
        <source>The connection was cut off.</source>
        <translation>انقطع الاتصال.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="37"/>
        <source>This laptop is not connected to any network.</source>
        <translation>هذا الحاسوب غير متصل بأي شبكة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="39"/>
        <source>The server answered but is not ready.</source>
        <translation>استجاب الخادم لكنه غير جاهز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="40"/>
        <source>The server could not be reached.</source>
        <translation>تعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="45"/>
        <source>No connection to the server: your work is kept and will be sent when the connection returns.</source>
        <translation>لا يوجد اتصال بالخادم: عملك محفوظ وسيُرسل عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="54"/>
        <source>The sync could not start on this laptop; ask your IT team.</source>
        <translation>تعذّر بدء المزامنة على هذا الحاسوب؛ اسأل فريق تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="59"/>
        <source>The server has a problem right now; your work is kept and will be sent later.</source>
        <translation>يواجه الخادم مشكلة حالياً؛ عملك محفوظ وسيُرسل لاحقاً.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="61"/>
        <source>Sync stopped: sign in again online to send your work.</source>
        <translation>توقفت المزامنة: سجّل الدخول مجدداً عبر الإنترنت لإرسال عملك.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="63"/>
        <source>The server refused this laptop&apos;s request; ask your IT team.</source>
        <translation>رفض الخادم طلب هذا الحاسوب؛ اسأل فريق تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="65"/>
        <source>Another sync of your work is still running; try again in a moment.</source>
        <translation>مزامنة أخرى لعملك ما زالت جارية؛ أعد المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="67"/>
        <source>Sync cancelled. Your work is kept and will be sent at the next sync.</source>
        <translation>أُلغيت المزامنة. عملك محفوظ وسيُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="69"/>
        <source>This laptop could not read or save your work; ask your IT team.</source>
        <translation>تعذّر على هذا الحاسوب قراءة عملك أو حفظه؛ اسأل فريق تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="74"/>
        <source>The sync did not finish; it will try again.</source>
        <translation>لم تكتمل المزامنة؛ ستُعاد المحاولة.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordListModel</name>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="122"/>
        <source>In progress</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="124"/>
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="126"/>
        <source>Declared</source>
        <translation>مُصرَّح</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="128"/>
        <source>Validated</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="130"/>
        <source>Registered</source>
        <translation>مُسجَّل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="132"/>
        <source>Certified</source>
        <translation>صدرت شهادته</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="134"/>
        <source>Requires updates</source>
        <translation>يتطلب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="136"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="144"/>
        <source>Birth</source>
        <translation>ولادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="146"/>
        <source>Death</source>
        <translation>وفاة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="164"/>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="174"/>
        <source>%1, waiting for the national ID</source>
        <translation>%1، في انتظار الرقم الوطني</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="188"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="190"/>
        <source>Tracking ID</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="192"/>
        <source>Event</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="194"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="196"/>
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SearchScreen</name>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="107"/>
        <source>More than %1 records found: type more to narrow the search.</source>
        <translation>تم العثور على أكثر من %1 سجل: اكتب المزيد لتضييق البحث.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="108"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلاً</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="139"/>
        <source>Name, tracking ID, registration number or date of birth</source>
        <translation>الاسم أو رقم التتبع أو رقم التسجيل أو تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="140"/>
        <source>Search records</source>
        <translation>البحث في السجلات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="141"/>
        <source>Names also match names that sound alike. Dates: %1 or 2024-01-31. Press Down to move to the results, Enter to open one.</source>
        <translation>تطابق الأسماء أيضًا الأسماء المتشابهة في النطق. التواريخ: %1 أو 2024-01-31. اضغط السهم لأسفل للانتقال إلى النتائج، وEnter لفتح إحداها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="144"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SignInWindow</name>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="221"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="293"/>
        <source>This profile cannot be opened: %1</source>
        <translation>تعذّر فتح هذا الملف: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="318"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>أدخل عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="329"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="369"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>الرمزان مختلفان. اكتب الرمز نفسه مرتين.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="379"/>
        <source>This PIN cannot be used: %1</source>
        <translation>لا يمكن استخدام هذا الرمز: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="402"/>
        <source>Vitalis — sign in</source>
        <translation>فيتاليس — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="403"/>
        <source>Who are you?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="404"/>
        <source>People who use this laptop</source>
        <translation>الأشخاص الذين يستخدمون هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="405"/>
        <source>&amp;Another user…</source>
        <translation>مستخدم آخر (&amp;م)…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="406"/>
        <source>Sign in online to unlock</source>
        <translation>سجّل الدخول عبر الإنترنت لفتح القفل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="407"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="408"/>
        <source>&amp;Server address</source>
        <translation>عنوان الخادم (&amp;ع)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="409"/>
        <source>&amp;Username</source>
        <translation>&amp;اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="410"/>
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;ك)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="411"/>
        <source>&amp;Authenticator code</source>
        <translation>&amp;رمز المصادقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="412"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="414"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="415"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="416"/>
        <source>Authenticator code</source>
        <translation>رمز المصادقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="417"/>
        <source>Sign &amp;in</source>
        <translation>تسجيل الدخول (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="418"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="420"/>
        <source>Choose your offline PIN</source>
        <translation>اختر رمز PIN للعمل دون اتصال</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="421"/>
        <source>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</source>
        <translation>ستستخدم هذا الرمز لفتح سجلاتك على هذا الحاسوب عند انقطاع الشبكة. 6 أرقام على الأقل؛ تجنّب 123456 أو 111111.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="423"/>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="424"/>
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="425"/>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="426"/>
        <source>Repeat the PIN</source>
        <translation>أعد كتابة الرمز</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="427"/>
        <source>&amp;Save PIN</source>
        <translation>حفظ الرمز (&amp;ح)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SyncStatusBar</name>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="58"/>
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="60"/>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="202"/>
        <source>Cancel sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="70"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89"/>
        <source>Sending %1 of %2</source>
        <translation>إرسال %1 من %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="93"/>
        <source>Sending documents: %1 of %2</source>
        <translation>إرسال المستندات: %1 من %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="100"/>
        <source>Receiving documents</source>
        <translation>استلام المستندات</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="101"/>
        <source>Nothing to send</source>
        <translation>لا شيء للإرسال</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="102"/>
        <source>Receiving changes: %n record(s)</source>
        <translation>
            <numerusform>استلام التغييرات: لا سجلات</numerusform>
            <numerusform>استلام التغييرات: سجل واحد</numerusform>
            <numerusform>استلام التغييرات: سجلان</numerusform>
            <numerusform>استلام التغييرات: %n سجلات</numerusform>
            <numerusform>استلام التغييرات: %n سجلاً</numerusform>
            <numerusform>استلام التغييرات: %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="117"/>
        <source>%1 sent, %2 received</source>
        <translation>أُرسل %1، استُلم %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="179"/>
        <source>● Online</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="179"/>
        <source>○ Offline</source>
        <translation>○ غير متصل</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="182"/>
        <source>Connected to the server</source>
        <translation>متصل بالخادم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="182"/>
        <source>Working offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="187"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>لا توجد تعديلات تنتظر الإرسال</numerusform>
            <numerusform>تعديل واحد ينتظر الإرسال</numerusform>
            <numerusform>تعديلان ينتظران الإرسال</numerusform>
            <numerusform>%n تعديلات تنتظر الإرسال</numerusform>
            <numerusform>%n تعديلاً ينتظر الإرسال</numerusform>
            <numerusform>%n تعديل ينتظر الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="189"/>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="190"/>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::UserGuideWindow</name>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="37"/>
        <source>Vitalis user guide</source>
        <translation>دليل استخدام فيتاليس</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="38"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="41"/>
        <source>The user guide is not installed on this laptop. Ask your IT team to reinstall Vitalis.

(Looked for %1)</source>
        <translation>دليل المستخدم غير مثبّت على هذا الحاسوب. اطلب من فريق تقنية المعلومات إعادة تثبيت فيتاليس.

(بحثنا عن %1)</translation>
    </message>
</context>
</TS>
