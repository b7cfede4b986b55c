<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="13"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="15"/>
        <source>Notified (incomplete)</source>
        <translation>مُبلَّغ عنه (غير مكتمل)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="17"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="98"/>
        <source>Declared</source>
        <translation>مُصرَّح به</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="19"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="100"/>
        <source>Validated</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="21"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="102"/>
        <source>Registered</source>
        <translation>مُسجَّل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="23"/>
        <source>Certified</source>
        <translation>صدرت الشهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="25"/>
        <source>Requires updates</source>
        <translation>يحتاج إلى تحديث</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="27"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="108"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="36"/>
        <source>Save &amp;draft</source>
        <translation>حفظ المسودة (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="38"/>
        <source>Send as &amp;notification</source>
        <translation>&amp;إرسال كإبلاغ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="40"/>
        <source>&amp;Declare</source>
        <translation>تصريح (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="42"/>
        <source>&amp;Edit</source>
        <translation>تعديل (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="44"/>
        <source>&amp;Validate</source>
        <translation>تحقق (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="46"/>
        <source>&amp;Register</source>
        <translation>تسجيل (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="48"/>
        <source>&amp;Print certificate</source>
        <translation>طباعة الشهادة (&amp;ط)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="50"/>
        <source>&amp;Send back for updates…</source>
        <translation>&amp;إعادة للتحديث…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="52"/>
        <source>&amp;Archive…</source>
        <translation>&amp;أرشفة…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="54"/>
        <source>Re&amp;instate</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="56"/>
        <source>&amp;Correct…</source>
        <translation>تصحيح (&amp;ت)…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="58"/>
        <source>Resolve &amp;conflict</source>
        <translation>حسم التعارض (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="92"/>
        <source>Draft started</source>
        <translation>بدأت المسودة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="94"/>
        <source>Edited</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="96"/>
        <source>Sent as notification</source>
        <translation>أُرسل كإبلاغ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="104"/>
        <source>Certificate printed</source>
        <translation>طُبعت الشهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="106"/>
        <source>Sent back for updates</source>
        <translation>أُعيد للتحديث</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="110"/>
        <source>Reinstated</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="112"/>
        <source>Corrected</source>
        <translation>صُحِّح</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="114"/>
        <source>Conflict resolved</source>
        <translation>حُسم التعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="122"/>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="124"/>
        <source>Sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="126"/>
        <source>Applied</source>
        <translation>مُطبَّق</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="128"/>
        <source>Merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="130"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="132"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="134"/>
        <source>Waiting to retry</source>
        <translation>بانتظار إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="143"/>
        <source>Waits until its documents are on the server; the next sync uploads them.</source>
        <translation>ينتظر حتى تصل مستنداته إلى الخادم؛ ترفعها المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="146"/>
        <source>Waits for the next sync.</source>
        <translation>ينتظر المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="148"/>
        <source>On its way. If no sync is running, the next one sends it again (exactly once).</source>
        <translation>قيد الإرسال. إن لم تكن هناك مزامنة جارية، ترسله المزامنة التالية مجددًا (مرة واحدة فقط).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="150"/>
        <source>Retried automatically after %1; check the network or the server, or retry now.</source>
        <translation>تُعاد المحاولة تلقائيًا بعد %1؛ تحقق من الشبكة أو الخادم، أو أعد المحاولة الآن.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="153"/>
        <source>Retried at the next sync; check the network or the server, or retry now.</source>
        <translation>تُعاد المحاولة في المزامنة التالية؛ تحقق من الشبكة أو الخادم، أو أعد المحاولة الآن.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="156"/>
        <source>Confirmed by the server.</source>
        <translation>أكّده الخادم.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="158"/>
        <source>Confirmed by the server, merged with other changes.</source>
        <translation>أكّده الخادم، ودُمج مع تغييرات أخرى.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="160"/>
        <source>Someone else changed the same field: decide which value to keep.</source>
        <translation>غيّر شخص آخر الحقل نفسه: قرّر أي قيمة تحتفظ بها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="162"/>
        <source>The server refused it: open the record, fix it and submit again.</source>
        <translation>رفضه الخادم: افتح السجل وصحّحه ثم أرسله مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="169"/>
        <source>%1 on this device — waiting for confirmation from the server.</source>
        <translation>%1 على هذا الجهاز — بانتظار تأكيد الخادم.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictScreen</name>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="115"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="116"/>
        <source>Someone else changed the same fields before your change reached the server. For each field choose the value to keep (Tab to the row&apos;s choice, then Space or the arrow keys), then save with Ctrl+S. Ctrl+M keeps yours and Ctrl+T takes theirs for the checked rows.</source>
        <translation>غيّر شخص آخر الحقول نفسها قبل أن يصل تغييرك إلى الخادم. اختر لكل حقل القيمة التي تحتفظ بها (Tab للانتقال إلى خيار الصف، ثم المسافة أو مفاتيح الأسهم)، ثم احفظ بـ Ctrl+S. Ctrl+M يحتفظ بقيمتك وCtrl+T يأخذ قيمتهم للصفوف المحددة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="120"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="121"/>
        <source>Open record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="122"/>
        <source>Keep &amp;mine for selected</source>
        <translation>&amp;الاحتفاظ بقيمتي للمحدد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="123"/>
        <source>&amp;Take theirs for selected</source>
        <translation>&amp;أخذ قيمتهم للمحدد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="124"/>
        <source>&amp;Save decisions</source>
        <translation>حفظ القرارات (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="125"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="136"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="144"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="205"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="205"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="206"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="265"/>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="206"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="266"/>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="206"/>
        <source>Changed by (server time)</source>
        <translation>غيّره (بتوقيت الخادم)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="207"/>
        <source>Keep</source>
        <translation>الاحتفاظ بـ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="236"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="240"/>
        <source>Select %1</source>
        <translation>تحديد %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="253"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="257"/>
        <source>mine: %1, %2 (this device)</source>
        <translation>قيمتي: %1، %2 (هذا الجهاز)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="267"/>
        <source>Keep mine for %1</source>
        <translation>الاحتفاظ بقيمتي لـ %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="268"/>
        <source>Take theirs for %1</source>
        <translation>أخذ قيمتهم لـ %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="287"/>
        <source>No open conflicts on this device.</source>
        <translation>لا توجد تعارضات مفتوحة على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="288"/>
        <source>This record has no open conflict.</source>
        <translation>لا يوجد تعارض مفتوح في هذا السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="320"/>
        <source>Check the rows to decide first (Space on a row&apos;s box).</source>
        <translation>حدد أولًا الصفوف المراد حسمها (مفتاح المسافة على مربع الصف).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="350"/>
        <source>%1 (%n field(s) left)</source>
        <translation>
            <numerusform>%1 (لم يبقَ أي حقل)</numerusform>
            <numerusform>%1 (بقي حقل واحد)</numerusform>
            <numerusform>%1 (بقي حقلان)</numerusform>
            <numerusform>%1 (بقيت %n حقول)</numerusform>
            <numerusform>%1 (بقي %n حقلًا)</numerusform>
            <numerusform>%1 (بقي %n حقل)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="357"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="359"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="364"/>
        <source>%n record(s) resolved; the decision is sent at the next sync.</source>
        <translation>
            <numerusform>لم يُحسم أي سجل.</numerusform>
            <numerusform>حُسم سجل واحد؛ يُرسل القرار في المزامنة التالية.</numerusform>
            <numerusform>حُسم سجلان؛ يُرسل القرار في المزامنة التالية.</numerusform>
            <numerusform>حُسمت %n سجلات؛ يُرسل القرار في المزامنة التالية.</numerusform>
            <numerusform>حُسم %n سجلًا؛ يُرسل القرار في المزامنة التالية.</numerusform>
            <numerusform>حُسم %n سجل؛ يُرسل القرار في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="367"/>
        <source>Choose a value for every field of: %1.</source>
        <translation>اختر قيمة لكل حقل من: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="369"/>
        <source>Not resolved: %1</source>
        <translation>لم يُحسم: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="371"/>
        <source>Choose Mine or Theirs for the fields first.</source>
        <translation>اختر أولًا «قيمتي» أو «قيمتهم» للحقول.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxModel</name>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="166"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="168"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="170"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="172"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="174"/>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="176"/>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="178"/>
        <source>Updated</source>
        <translation>حُدِّث</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxScreen</name>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="151"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="152"/>
        <source>&amp;Show:</source>
        <translation>عرض (&amp;ع):</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="156"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="160"/>
        <source>Show outbox items in state</source>
        <translation>عرض عناصر صندوق الصادر في الحالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="161"/>
        <source>Outbox items</source>
        <translation>عناصر صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="162"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="163"/>
        <source>Open &amp;record</source>
        <translation>فتح السجل (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="164"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="251"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="261"/>
        <source>&amp;Open and fix</source>
        <translation>فتح وتصحيح (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="165"/>
        <source>Re&amp;try selected</source>
        <translation>&amp;إعادة محاولة المحدد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="166"/>
        <source>Retry &amp;all</source>
        <translation>إعادة محاولة &amp;الكل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="167"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="168"/>
        <source>Open a rejected item&apos;s record in the form to fix it (Ctrl+O)</source>
        <translation>افتح سجل العنصر المرفوض في الاستمارة لتصحيحه (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="169"/>
        <source>Send the selected items at the next sync, now (Ctrl+R)</source>
        <translation>أرسل العناصر المحددة الآن (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="170"/>
        <source>Send every item waiting for a retry now (Ctrl+Shift+T)</source>
        <translation>أرسل الآن كل عنصر ينتظر إعادة المحاولة (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="171"/>
        <source>Selected item details</source>
        <translation>تفاصيل العنصر المحدد</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="198"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>لا شيء بانتظار الإرسال</numerusform>
            <numerusform>عنصر واحد بانتظار الإرسال</numerusform>
            <numerusform>عنصران بانتظار الإرسال</numerusform>
            <numerusform>%n عناصر بانتظار الإرسال</numerusform>
            <numerusform>%n عنصرًا بانتظار الإرسال</numerusform>
            <numerusform>%n عنصر بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="200"/>
        <source>%n rejected (open and fix)</source>
        <translation>
            <numerusform>لا مرفوض</numerusform>
            <numerusform>عنصر واحد مرفوض (افتح وصحّح)</numerusform>
            <numerusform>عنصران مرفوضان (افتح وصحّح)</numerusform>
            <numerusform>%n عناصر مرفوضة (افتح وصحّح)</numerusform>
            <numerusform>%n عنصرًا مرفوضًا (افتح وصحّح)</numerusform>
            <numerusform>%n عنصر مرفوض (افتح وصحّح)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="202"/>
        <source>%n in conflict (decide)</source>
        <translation>
            <numerusform>لا تعارض</numerusform>
            <numerusform>عنصر واحد في تعارض (قرّر)</numerusform>
            <numerusform>عنصران في تعارض (قرّر)</numerusform>
            <numerusform>%n عناصر في تعارض (قرّر)</numerusform>
            <numerusform>%n عنصرًا في تعارض (قرّر)</numerusform>
            <numerusform>%n عنصر في تعارض (قرّر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="203"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>لا شيء مؤكد</numerusform>
            <numerusform>عنصر واحد مؤكد</numerusform>
            <numerusform>عنصران مؤكدان</numerusform>
            <numerusform>%n عناصر مؤكدة</numerusform>
            <numerusform>%n عنصرًا مؤكدًا</numerusform>
            <numerusform>%n عنصر مؤكد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="250"/>
        <source>&amp;Decide conflict</source>
        <translation>حسم التعارض (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="256"/>
        <source>Last error: %1</source>
        <translation>آخر خطأ: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="262"/>
        <source>Select an item to see its last error and what to do.</source>
        <translation>حدد عنصرًا لترى آخر خطأ له وما يجب فعله.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="263"/>
        <source>%n items selected.</source>
        <translation>
            <numerusform>لم يُحدد أي عنصر.</numerusform>
            <numerusform>حُدد عنصر واحد.</numerusform>
            <numerusform>حُدد عنصران.</numerusform>
            <numerusform>حُددت %n عناصر.</numerusform>
            <numerusform>حُدد %n عنصرًا.</numerusform>
            <numerusform>حُدد %n عنصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="271"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="286"/>
        <source>%n item(s) will be sent now.</source>
        <translation>
            <numerusform>لن يُرسل أي عنصر الآن.</numerusform>
            <numerusform>سيُرسل عنصر واحد الآن.</numerusform>
            <numerusform>سيُرسل عنصران الآن.</numerusform>
            <numerusform>ستُرسل %n عناصر الآن.</numerusform>
            <numerusform>سيُرسل %n عنصرًا الآن.</numerusform>
            <numerusform>سيُرسل %n عنصر الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="275"/>
        <source>%n item(s) already have the server&apos;s answer and are not sent again.</source>
        <translation>
            <numerusform>لا عنصر لديه رد الخادم.</numerusform>
            <numerusform>عنصر واحد لديه رد الخادم بالفعل ولن يُرسل مجددًا.</numerusform>
            <numerusform>عنصران لديهما رد الخادم بالفعل ولن يُرسلا مجددًا.</numerusform>
            <numerusform>%n عناصر لديها رد الخادم بالفعل ولن تُرسل مجددًا.</numerusform>
            <numerusform>%n عنصرًا لديها رد الخادم بالفعل ولن تُرسل مجددًا.</numerusform>
            <numerusform>%n عنصر لديها رد الخادم بالفعل ولن تُرسل مجددًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReasonDialog</name>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="22"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="49"/>
        <source>%1 characters — at most %2.</source>
        <translation>%1 حرفًا — الحد الأقصى %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="50"/>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordScreen</name>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="178"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="179"/>
        <source>Back to the workqueues (Esc)</source>
        <translation>العودة إلى قوائم العمل (Esc)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="181"/>
        <source>Open the form to change the values (%1)</source>
        <translation>افتح الاستمارة لتغيير القيم (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="189"/>
        <source>Resolve conflicts…</source>
        <translation>حسم التعارضات…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="190"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="191"/>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="192"/>
        <source>&amp;History</source>
        <translation>&amp;السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="193"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="193"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="194"/>
        <source>Record details</source>
        <translation>تفاصيل السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>When (this device)</source>
        <translation>متى (هذا الجهاز)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>Fields / reason</source>
        <translation>الحقول / السبب</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="197"/>
        <source>Record history</source>
        <translation>تاريخ السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="244"/>
        <source>Record not found</source>
        <translation>السجل غير موجود</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>The record %1 is not on this device (it may have left your jurisdiction).</source>
        <translation>السجل %1 ليس على هذا الجهاز (ربما خرج من نطاق اختصاصك).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="263"/>
        <source>no tracking ID yet</source>
        <translation>لا رقم تتبع بعد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="265"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="269"/>
        <source>Tracking ID: %1</source>
        <translation>رقم التتبع: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="272"/>
        <source>Registration number: not registered yet</source>
        <translation>رقم التسجيل: لم يُسجَّل بعد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="273"/>
        <source>Registration number: %1</source>
        <translation>رقم التسجيل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="274"/>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="280"/>
        <source>Not on the server yet.</source>
        <translation>ليس على الخادم بعد.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="282"/>
        <source>Server revision %1 — last changed by %2 at %3 (server time).</source>
        <translation>مراجعة الخادم %1 — آخر تغيير بواسطة %2 في %3 (بتوقيت الخادم).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="287"/>
        <source>Server revision %1, plus %n change(s) from this device not yet confirmed.</source>
        <translation>
            <numerusform>مراجعة الخادم %1.</numerusform>
            <numerusform>مراجعة الخادم %1، وتغيير واحد من هذا الجهاز لم يُؤكَّد بعد.</numerusform>
            <numerusform>مراجعة الخادم %1، وتغييران من هذا الجهاز لم يُؤكَّدا بعد.</numerusform>
            <numerusform>مراجعة الخادم %1، و%n تغييرات من هذا الجهاز لم تُؤكَّد بعد.</numerusform>
            <numerusform>مراجعة الخادم %1، و%n تغييرًا من هذا الجهاز لم يُؤكَّد بعد.</numerusform>
            <numerusform>مراجعة الخادم %1، و%n تغيير من هذا الجهاز لم يُؤكَّد بعد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="295"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (بانتظار التأكيد)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="302"/>
        <source>%n field(s) of this record were changed by someone else too. Decide which values to keep; you can still edit the record meanwhile.</source>
        <translation>
            <numerusform>لم يغيّر أحد آخر أي حقل من هذا السجل.</numerusform>
            <numerusform>غيّر شخص آخر حقلًا واحدًا من هذا السجل أيضًا. اختر القيمة التي تحتفظ بها؛ يمكنك تعديل السجل في الأثناء.</numerusform>
            <numerusform>غيّر شخص آخر حقلين من هذا السجل أيضًا. اختر القيم التي تحتفظ بها؛ يمكنك تعديل السجل في الأثناء.</numerusform>
            <numerusform>غيّر شخص آخر %n حقول من هذا السجل أيضًا. اختر القيم التي تحتفظ بها؛ يمكنك تعديل السجل في الأثناء.</numerusform>
            <numerusform>غيّر شخص آخر %n حقلًا من هذا السجل أيضًا. اختر القيم التي تحتفظ بها؛ يمكنك تعديل السجل في الأثناء.</numerusform>
            <numerusform>غيّر شخص آخر %n حقل من هذا السجل أيضًا. اختر القيم التي تحتفظ بها؛ يمكنك تعديل السجل في الأثناء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="310"/>
        <source>Sent back for updates: %1</source>
        <translation>أُعيد للتحديث: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="312"/>
        <source>Archived: %1</source>
        <translation>مؤرشف: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="339"/>
        <source>Other values</source>
        <translation>قيم أخرى</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="354"/>
        <source>No values entered yet.</source>
        <translation>لم تُدخل أي قيم بعد.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="373"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="373"/>
        <source>Only on this device</source>
        <translation>على هذا الجهاز فقط</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="375"/>
        <source>Waiting for confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="377"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="379"/>
        <source>Conflict — to decide</source>
        <translation>تعارض — بانتظار القرار</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="381"/>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="388"/>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="399"/>
        <source>Conflict resolved</source>
        <translation>حُسم التعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="399"/>
        <source>Conflicting change</source>
        <translation>تغيير متعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="400"/>
        <source>Server time %1</source>
        <translation>توقيت الخادم %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="421"/>
        <source>Tell the person who declared it what to fix. They see this text with the record.</source>
        <translation>أخبر من صرّح به بما يجب تصحيحه. سيرى هذا النص مع السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="423"/>
        <source>Why? The reason is kept with the record&apos;s history.</source>
        <translation>لماذا؟ يُحفظ السبب في تاريخ السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="447"/>
        <source>Not done: some values must be fixed first (%1). Use Edit to correct them.</source>
        <translation>لم يتم: يجب تصحيح بعض القيم أولًا (%1). استخدم «تعديل» لتصحيحها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="451"/>
        <source>Not done: %1</source>
        <translation>لم يتم: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="454"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueModel</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="151"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (بانتظار التأكيد)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="174"/>
        <source>Tracking ID</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="176"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="178"/>
        <source>Event</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="180"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="182"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueScreen</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="120"/>
        <source>Ready for review</source>
        <translation>جاهزة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="121"/>
        <source>Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R registers every checked declaration.</source>
        <translation>المسافة تحدد صفًا، وCtrl+Return يفتحه لمراجعة كاملة، وCtrl+R يسجل كل التصريحات المحددة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="123"/>
        <source>Declarations ready for review</source>
        <translation>تصريحات جاهزة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="124"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="125"/>
        <source>&amp;Open</source>
        <translation>فتح (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="126"/>
        <source>Check &amp;all</source>
        <translation>تحديد الكل (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="144"/>
        <source>&amp;Register selected (%1)</source>
        <translation>تسجيل المحدد (%1) (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="144"/>
        <source>&amp;Register selected</source>
        <translation>تسجيل المحدد (&amp;ت)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="157"/>
        <source>%n declaration(s) registered on this device — waiting for confirmation from the server (the registration number comes with it).</source>
        <translation>
            <numerusform>لم يُسجَّل أي تصريح.</numerusform>
            <numerusform>سُجِّل تصريح واحد على هذا الجهاز — بانتظار تأكيد الخادم (يصل رقم التسجيل معه).</numerusform>
            <numerusform>سُجِّل تصريحان على هذا الجهاز — بانتظار تأكيد الخادم (يصل رقم التسجيل معه).</numerusform>
            <numerusform>سُجِّلت %n تصريحات على هذا الجهاز — بانتظار تأكيد الخادم (يصل رقم التسجيل معه).</numerusform>
            <numerusform>سُجِّل %n تصريحًا على هذا الجهاز — بانتظار تأكيد الخادم (يصل رقم التسجيل معه).</numerusform>
            <numerusform>سُجِّل %n تصريح على هذا الجهاز — بانتظار تأكيد الخادم (يصل رقم التسجيل معه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="161"/>
        <source>%n not registered:</source>
        <translation>
            <numerusform>لا شيء غير مسجل:</numerusform>
            <numerusform>تصريح واحد لم يُسجل:</numerusform>
            <numerusform>تصريحان لم يُسجلا:</numerusform>
            <numerusform>%n تصريحات لم تُسجل:</numerusform>
            <numerusform>%n تصريحًا لم يُسجل:</numerusform>
            <numerusform>%n تصريح لم يُسجل:</numerusform>
        </translation>
    </message>
</context>
</TS>
