<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CertificateTexts</name>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="29"/>
        <source>Birth</source>
        <translation>ولادة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="30"/>
        <source>Death</source>
        <translation>وفاة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="31"/>
        <source>Marriage</source>
        <translation>زواج</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="32"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="33"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="34"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="46"/>
        <source>VALID: this certificate was issued by the civil registry</source>
        <translation>صالحة: أصدر هذه الشهادة السجل المدني</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="49"/>
        <source>NOT VALID: the content was changed or the signature is forged</source>
        <translation>غير صالحة: تغيّر المحتوى أو التوقيع مزوّر</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="52"/>
        <source>NOT VALID: signed by a key the country&apos;s registry does not recognise</source>
        <translation>غير صالحة: موقعة بمفتاح لا يعترف به السجل المدني في البلد</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="56"/>
        <source>NOT VALID: the issuing key had expired when this was issued</source>
        <translation>غير صالحة: كان مفتاح الإصدار منتهي الصلاحية عند إصدارها</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="59"/>
        <source>NOT VALID: the issuing key was withdrawn before this was issued</source>
        <translation>غير صالحة: سُحب مفتاح الإصدار قبل إصدارها</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="62"/>
        <source>NOT VALID: this certificate was cancelled by the registry</source>
        <translation>غير صالحة: ألغى السجل المدني هذه الشهادة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="67"/>
        <source>NOT VALID: this is not a readable Vitalis certificate</source>
        <translation>غير صالحة: هذه ليست شهادة Vitalis مقروءة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="79"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="80"/>
        <source>Event</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="81"/>
        <source>Given names</source>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="82"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="83"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="84"/>
        <source>Date of event</source>
        <translation>تاريخ الواقعة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="85"/>
        <source>Place of event</source>
        <translation>مكان الواقعة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="86"/>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="87"/>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="88"/>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="89"/>
        <source>Issuing office</source>
        <translation>المكتب المُصدِر</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="90"/>
        <source>Copy number</source>
        <translation>رقم النسخة</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="91"/>
        <source>Printed on</source>
        <translation>تاريخ الطباعة</translation>
    </message>
    <message>
        <location filename="../app/common/QrImageReader.cpp" line="15"/>
        <source>cannot run zbarimg to read the image (install the zbar-tools package)</source>
        <translation>تعذّر تشغيل zbarimg لقراءة الصورة (ثبّت الحزمة zbar-tools)</translation>
    </message>
    <message>
        <location filename="../app/common/QrImageReader.cpp" line="24"/>
        <source>no QR code could be read in %1</source>
        <translation>تعذّرت قراءة أي رمز QR في %1</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="17"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="19"/>
        <source>Notified (incomplete)</source>
        <translation>مُبلَّغ عنه (غير مكتمل)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="21"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="125"/>
        <source>Declared</source>
        <translation>مُصرَّح به</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="23"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="127"/>
        <source>Validated</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="25"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="129"/>
        <source>Registered</source>
        <translation>مُسجَّل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="27"/>
        <source>Certified</source>
        <translation>صدرت الشهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="29"/>
        <source>Requires updates</source>
        <translation>يحتاج إلى تحديث</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="31"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="135"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="39"/>
        <source>%1 — waiting for the national ID</source>
        <translation>%1 — في انتظار الرقم الوطني</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="47"/>
        <source>Save &amp;draft</source>
        <translation>حفظ المسودة (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="49"/>
        <source>Send as &amp;notification</source>
        <translation>&amp;إرسال كإبلاغ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="51"/>
        <source>&amp;Declare</source>
        <translation>تصريح (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="53"/>
        <source>&amp;Edit</source>
        <translation>تعديل (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="55"/>
        <source>&amp;Validate</source>
        <translation>تحقق (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="57"/>
        <source>&amp;Register</source>
        <translation>تسجيل (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="59"/>
        <source>&amp;Print certificate</source>
        <translation>طباعة الشهادة (&amp;ط)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="61"/>
        <source>&amp;Send back for updates…</source>
        <translation>&amp;إعادة للتحديث…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="63"/>
        <source>&amp;Archive…</source>
        <translation>&amp;أرشفة…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="65"/>
        <source>Re&amp;instate</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="67"/>
        <source>&amp;Correct…</source>
        <translation>تصحيح (&amp;ت)…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="69"/>
        <source>Resolve &amp;conflict</source>
        <translation>حسم التعارض (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="71"/>
        <source>Re&amp;quest correction…</source>
        <translation>طلب تصحيح… (&amp;ط)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="73"/>
        <source>A&amp;pprove correction</source>
        <translation>الموافقة على التصحيح (&amp;م)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="75"/>
        <source>Re&amp;fuse correction…</source>
        <translation>رفض التصحيح… (&amp;ر)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="77"/>
        <source>&amp;Not a duplicate…</source>
        <translation>ليس تكرارًا… (&amp;ل)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="79"/>
        <source>D&amp;uplicate of this record…</source>
        <translation>تكرار لهذا السجل… (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="81"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="153"/>
        <source>Registration refused by the national ID system</source>
        <translation>رفض نظام الهوية الوطنية التسجيل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="119"/>
        <source>Draft started</source>
        <translation>بدأت المسودة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="121"/>
        <source>Edited</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="123"/>
        <source>Sent as notification</source>
        <translation>أُرسل كإبلاغ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="131"/>
        <source>Certificate printed</source>
        <translation>طُبعت الشهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="133"/>
        <source>Sent back for updates</source>
        <translation>أُعيد للتحديث</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="137"/>
        <source>Reinstated</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="139"/>
        <source>Corrected</source>
        <translation>صُحِّح</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="141"/>
        <source>Conflict resolved</source>
        <translation>حُسم التعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="143"/>
        <source>Correction requested</source>
        <translation>طُلب تصحيح</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="145"/>
        <source>Correction approved</source>
        <translation>وُوفق على التصحيح</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="147"/>
        <source>Correction refused</source>
        <translation>رُفض التصحيح</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="149"/>
        <source>Decided: not a duplicate</source>
        <translation>تقرر: ليس تكرارًا</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="151"/>
        <source>Archived as a duplicate</source>
        <translation>أُرشف بوصفه تكرارًا</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="155"/>
        <source>National ID confirmed</source>
        <translation>تم تأكيد الرقم الوطني</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="163"/>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="165"/>
        <source>Sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="167"/>
        <source>Applied</source>
        <translation>مُطبَّق</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="169"/>
        <source>Merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="171"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="173"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="175"/>
        <source>Waiting to retry</source>
        <translation>بانتظار إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="177"/>
        <source>Conflict decided</source>
        <translation>تم البت في التعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="185"/>
        <source>Waits until its documents are on the server; the next sync uploads them.</source>
        <translation>ينتظر حتى تصل مستنداته إلى الخادم؛ ترفعها المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="188"/>
        <source>Waits for the next sync.</source>
        <translation>ينتظر المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="190"/>
        <source>On its way. If no sync is running, the next one sends it again (exactly once).</source>
        <translation>قيد الإرسال. إن لم تكن هناك مزامنة جارية، ترسله المزامنة التالية مجددًا (مرة واحدة فقط).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="192"/>
        <source>Retried automatically after %1; check the network or the server, or retry now.</source>
        <translation>تُعاد المحاولة تلقائيًا بعد %1؛ تحقق من الشبكة أو الخادم، أو أعد المحاولة الآن.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="195"/>
        <source>Retried at the next sync; check the network or the server, or retry now.</source>
        <translation>تُعاد المحاولة في المزامنة التالية؛ تحقق من الشبكة أو الخادم، أو أعد المحاولة الآن.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="198"/>
        <source>Confirmed by the server.</source>
        <translation>أكّده الخادم.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="200"/>
        <source>Confirmed by the server, merged with other changes.</source>
        <translation>أكّده الخادم، ودُمج مع تغييرات أخرى.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="202"/>
        <source>Someone else changed the same field: decide which value to keep.</source>
        <translation>غيّر شخص آخر الحقل نفسه: قرّر أي قيمة تحتفظ بها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="204"/>
        <source>The server refused it: open the record, fix it and submit again.</source>
        <translation>رفضه الخادم: افتح السجل وصحّحه ثم أرسله مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="206"/>
        <source>Someone else changed the same field; the value to keep was decided and goes to the server as its own change.</source>
        <translation>غيّر شخص آخر الحقل نفسه؛ تم اختيار القيمة التي ستُحفظ وتُرسل إلى الخادم كتعديل مستقل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="214"/>
        <source>%1 on this device — waiting for confirmation from the server.</source>
        <translation>%1 على هذا الجهاز — بانتظار تأكيد الخادم.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="238"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="137"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="142"/>
        <source>Deaths</source>
        <translation>الوفيات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="142"/>
        <source>Births</source>
        <translation>المواليد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="147"/>
        <source>Registrations per month</source>
        <translation>التسجيلات حسب الشهر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Event</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="170"/>
        <source>How quickly events are registered</source>
        <translation>سرعة تسجيل الوقائع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="172"/>
        <source>Within the legal period</source>
        <translation>ضمن المهلة القانونية</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="173"/>
        <source>Within a year</source>
        <translation>خلال سنة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="174"/>
        <source>Later than a year</source>
        <translation>بعد أكثر من سنة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="175"/>
        <source>Date of event not stated</source>
        <translation>تاريخ الواقعة غير مذكور</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <source>Registered</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="199"/>
        <source>Completeness: registrations per 100 expected events</source>
        <translation>الاكتمال: التسجيلات لكل 100 واقعة متوقعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Completeness (%)</source>
        <translation>الاكتمال (%)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="231"/>
        <source>Sex ratio at birth: no girls registered yet, so no ratio.</source>
        <translation>نسبة الجنس عند الولادة: لم تُسجَّل أي أنثى بعد، فلا نسبة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="232"/>
        <source>Sex ratio at birth: %1 boys per 100 girls (about 103 to 107 is usual)</source>
        <translation>نسبة الجنس عند الولادة: %1 ذكرًا لكل 100 أنثى (المعتاد نحو 103 إلى 107)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="235"/>
        <source>Sex ratio at birth: choose births or all events to see it.</source>
        <translation>نسبة الجنس عند الولادة: اختر المواليد أو كل الوقائع لرؤيتها.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictScreen</name>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="131"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="137"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="138"/>
        <source>Open record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="139"/>
        <source>Keep &amp;mine for selected</source>
        <translation>&amp;الاحتفاظ بقيمتي للمحدد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="140"/>
        <source>&amp;Take theirs for selected</source>
        <translation>&amp;أخذ قيمتهم للمحدد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="141"/>
        <source>&amp;Save decisions</source>
        <translation>حفظ القرارات (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="142"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="172"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="238"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="238"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="345"/>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="346"/>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <source>Changed by (server time)</source>
        <translation>غيّره (بتوقيت الخادم)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="240"/>
        <source>Keep</source>
        <translation>الاحتفاظ بـ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="268"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="273"/>
        <source>Select %1</source>
        <translation>تحديد %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="286"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="290"/>
        <source>mine: %1, %2 (this device)</source>
        <translation>قيمتي: %1، %2 (هذا الجهاز)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="347"/>
        <source>New value</source>
        <translation>قيمة جديدة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="348"/>
        <source>Keep mine for %1</source>
        <translation>الاحتفاظ بقيمتي لـ %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="349"/>
        <source>Take theirs for %1</source>
        <translation>أخذ قيمتهم لـ %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="477"/>
        <source>Choose Mine, Theirs or a new value for the fields first.</source>
        <translation>اختر أولاً قيمتي أو قيمتهم أو قيمة جديدة للحقول.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="315"/>
        <source>No open conflicts on this device.</source>
        <translation>لا توجد تعارضات مفتوحة على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="132"/>
        <source>Someone else changed the same fields before your change reached the server. For each field choose the value to keep (Tab to the row&apos;s choice, then Space or the arrow keys, or to &quot;Type a new value…&quot; to enter another value), then save with Ctrl+S. Ctrl+M keeps yours and Ctrl+T takes theirs for the checked rows.</source>
        <translation>عدّل شخص آخر الحقول نفسها قبل أن يصل تعديلك إلى الخادم. لكل حقل اختر القيمة التي تريد الاحتفاظ بها (Tab للوصول إلى اختيار السطر، ثم المسافة أو الأسهم، أو إلى «اكتب قيمة جديدة…» لإدخال قيمة أخرى)، ثم احفظ بـ Ctrl+S. ‏Ctrl+M يحتفظ بقيمتك وCtrl+T يأخذ قيمتهم للأسطر المحددة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="316"/>
        <source>This record has no open conflict.</source>
        <translation>لا يوجد تعارض مفتوح في هذا السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="350"/>
        <source>Keep the new value for %1</source>
        <translation>الاحتفاظ بالقيمة الجديدة لـ %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="363"/>
        <source>Type a new value…</source>
        <translation>اكتب قيمة جديدة…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="364"/>
        <source>Type a new value for %1</source>
        <translation>اكتب قيمة جديدة لـ %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="370"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="404"/>
        <source>New value: %1</source>
        <translation>القيمة الجديدة: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="387"/>
        <source>This field cannot be typed here; choose Mine or Theirs.</source>
        <translation>لا يمكن كتابة هذا الحقل هنا؛ اختر قيمتي أو قيمتهم.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="422"/>
        <source>Check the rows to decide first (Space on a row&apos;s box).</source>
        <translation>حدد أولًا الصفوف المراد حسمها (مفتاح المسافة على مربع الصف).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="455"/>
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
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="462"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="464"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="469"/>
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
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="472"/>
        <source>Choose a value for every field of: %1.</source>
        <translation>اختر قيمة لكل حقل من: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="475"/>
        <source>Not resolved: %1</source>
        <translation>لم يُحسم: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictValueDialog</name>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="24"/>
        <source>New value for %1</source>
        <translation>قيمة جديدة لـ %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="30"/>
        <source>Type the value to keep instead of both. It is checked with the form&apos;s rules.</source>
        <translation>اكتب القيمة التي تريد الاحتفاظ بها بدلاً من القيمتين. يتم التحقق منها بقواعد الاستمارة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="55"/>
        <source>Use this value</source>
        <translation>استخدام هذه القيمة</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::CorrectionsPane</name>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Corrected to</source>
        <translation>يُصحَّح إلى</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="95"/>
        <source>Correction requests</source>
        <translation>طلبات التصحيح</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="97"/>
        <source>Apply the selected correction (Ctrl+Shift+P)</source>
        <translation>تطبيق التصحيح المحدد (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="99"/>
        <source>Refuse the selected correction, with a reason (Ctrl+Shift+F)</source>
        <translation>رفض التصحيح المحدد مع ذكر السبب (Ctrl+Shift+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="133"/>
        <source>Correction requested (%n)</source>
        <translation>
            <numerusform>لا توجد طلبات تصحيح</numerusform>
            <numerusform>طلب تصحيح واحد</numerusform>
            <numerusform>طلبا تصحيح</numerusform>
            <numerusform>طلبات تصحيح (%n)</numerusform>
            <numerusform>طلبات تصحيح (%n)</numerusform>
            <numerusform>طلبات تصحيح (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="139"/>
        <source>you, not sent yet</source>
        <translation>أنت، لم يُرسل بعد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="141"/>
        <source>Requested by %1 on %2: %3</source>
        <translation>طلبه %1 في %2: %3</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="184"/>
        <source>This request has not reached the server yet: sync first.</source>
        <translation>لم يصل هذا الطلب إلى الخادم بعد: قم بالمزامنة أولًا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="194"/>
        <source>The record keeps its values. Tell the person who asked why the correction is refused.</source>
        <translation>يحتفظ السجل بقيمه. أخبر من طلب التصحيح بسبب رفضه.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="205"/>
        <source>Not done: %1</source>
        <translation>لم يتم: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DocumentViewer</name>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="104"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="105"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="106"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="107"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="108"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="109"/>
        <source>Whole page in the window (Ctrl+0)</source>
        <translation>الصفحة كاملة في النافذة (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="110"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="111"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="112"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="113"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="114"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="133"/>
        <source>This document cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>لا يمكن عرض هذا المستند: الملف تالف أو من نوع غير معروف.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="149"/>
        <source>Choose a document to see it here.</source>
        <translation>اختر مستنداً لعرضه هنا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="207"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="208"/>
        <source>Page %1 of %2 — %3</source>
        <translation>الصفحة %1 من %2 — %3</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DocumentsPane</name>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="96"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="97"/>
        <source>Documents attached to the record. Arrow keys move through them; Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the page, Page Down and Page Up turn the pages.</source>
        <translation>المستندات المرفقة بالسجل. تنتقل الأسهم بينها؛ ‏Ctrl++ و‏Ctrl+- للتكبير والتصغير، ‏Ctrl+0 لملاءمة الصفحة، وPage Down وPage Up لتقليب الصفحات.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="149"/>
        <source>Not on this device yet: it comes with the next sync.</source>
        <translation>غير موجود على هذا الجهاز بعد: سيصل مع المزامنة القادمة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="160"/>
        <source>Damaged on this device.</source>
        <translation>تالف على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="167"/>
        <source>No documents are attached to this record.</source>
        <translation>لا توجد مستندات مرفقة بهذا السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="182"/>
        <source>This document is not on this device yet: it comes with the next sync.</source>
        <translation>هذا المستند غير موجود على هذا الجهاز بعد: سيصل مع المزامنة القادمة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="192"/>
        <source>This document is damaged on this device; ask for it to be attached again.</source>
        <translation>هذا المستند تالف على هذا الجهاز؛ اطلب إرفاقه من جديد.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DuplicateCompareScreen</name>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="102"/>
        <source>Possible duplicate: %1</source>
        <translation>تكرار محتمل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="103"/>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="104"/>
        <source>This record looks like another record in the register. Compare them field by field: differences are highlighted, the fields that look the same are in bold. It cannot be registered until you decide.</source>
        <translation>يشبه هذا السجل سجلًا آخر في السجل المدني. قارن بينهما حقلًا بحقل: الفروق مظللة والحقول المتشابهة بخط عريض. لا يمكن تسجيله حتى تقرر.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="107"/>
        <source>&amp;Compare with:</source>
        <translation>قارن مع: (&amp;ق)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>This record</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>Other record</source>
        <translation>السجل الآخر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="111"/>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;ر)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="168"/>
        <source>Score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="173"/>
        <source>The other record (%1) is not on this computer: it belongs to another office. Only &quot;Not a duplicate&quot; can be decided here.</source>
        <translation>السجل الآخر (%1) ليس على هذا الحاسوب: إنه تابع لمكتب آخر. لا يمكن هنا إلا تقرير «ليس تكرارًا».</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="216"/>
        <source>Why is this record a duplicate of %1? It will be archived.</source>
        <translation>لماذا يُعد هذا السجل تكرارًا لـ %1؟ سيُؤرشف.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="217"/>
        <source>Why is this record not a duplicate? (for example: twins, checked with the mother)</source>
        <translation>لماذا ليس هذا السجل تكرارًا؟ (مثلًا: توأمان، تم التحقق مع الأم)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="238"/>
        <source>Decided: not a duplicate. It can now be registered.</source>
        <translation>تقرر: ليس تكرارًا. يمكن تسجيله الآن.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="241"/>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="259"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="256"/>
        <source>Archived as a duplicate.</source>
        <translation>أُرشف بوصفه تكرارًا.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxModel</name>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="167"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="169"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="171"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="173"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="175"/>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="177"/>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="179"/>
        <source>Updated</source>
        <translation>حُدِّث</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxScreen</name>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="150"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="151"/>
        <source>&amp;Show:</source>
        <translation>عرض (&amp;ع):</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="155"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="159"/>
        <source>Show outbox items in state</source>
        <translation>عرض عناصر صندوق الصادر في الحالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="160"/>
        <source>Outbox items</source>
        <translation>عناصر صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="161"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="162"/>
        <source>Open &amp;record</source>
        <translation>فتح السجل (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="163"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="250"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="260"/>
        <source>&amp;Open and fix</source>
        <translation>فتح وتصحيح (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="164"/>
        <source>Re&amp;try selected</source>
        <translation>&amp;إعادة محاولة المحدد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="165"/>
        <source>Retry &amp;all</source>
        <translation>إعادة محاولة &amp;الكل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="166"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="167"/>
        <source>Open a rejected item&apos;s record in the form to fix it (Ctrl+O)</source>
        <translation>افتح سجل العنصر المرفوض في الاستمارة لتصحيحه (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="168"/>
        <source>Send the selected items at the next sync, now (Ctrl+R)</source>
        <translation>أرسل العناصر المحددة الآن (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="169"/>
        <source>Send every item waiting for a retry now (Ctrl+Shift+T)</source>
        <translation>أرسل الآن كل عنصر ينتظر إعادة المحاولة (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="170"/>
        <source>Selected item details</source>
        <translation>تفاصيل العنصر المحدد</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="197"/>
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
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="199"/>
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
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="201"/>
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
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="202"/>
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
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="249"/>
        <source>&amp;Decide conflict</source>
        <translation>حسم التعارض (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="255"/>
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
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="272"/>
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
    <name>vitalis::desktop::PrintCertificateDialog</name>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="44"/>
        <source>Print certificate</source>
        <translation>طباعة الشهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="64"/>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="65"/>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="66"/>
        <source>Informant</source>
        <translation>المُبلِّغ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="67"/>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="70"/>
        <source>National ID card</source>
        <translation>بطاقة الهوية الوطنية</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="71"/>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="72"/>
        <source>Driving licence</source>
        <translation>رخصة القيادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="73"/>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="75"/>
        <source>I have checked the ID document</source>
        <translation>لقد تحققت من وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="79"/>
        <source>&amp;Certificate:</source>
        <translation>الشهادة: (&amp;ش)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="80"/>
        <source>&amp;Language:</source>
        <translation>اللغة: (&amp;ل)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="81"/>
        <source>C&amp;ollected by:</source>
        <translation>استلمها: (&amp;س)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="82"/>
        <source>&amp;Name of the person collecting:</source>
        <translation>اسم المستلم: (&amp;ا)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="83"/>
        <source>I&amp;D document:</source>
        <translation>وثيقة الهوية: (&amp;و)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="84"/>
        <source>ID n&amp;umber:</source>
        <translation>رقم الوثيقة: (&amp;ر)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="86"/>
        <source>Fee:</source>
        <translation>الرسوم:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="87"/>
        <source>&amp;Receipt number:</source>
        <translation>رقم الإيصال: (&amp;ي)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="88"/>
        <source>Reason for the re&amp;print:</source>
        <translation>سبب إعادة الطباعة: (&amp;ب)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="88"/>
        <source>Reason (copies only):</source>
        <translation>السبب (للنسخ فقط):</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="93"/>
        <source>Preview of the certificate</source>
        <translation>معاينة الشهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="99"/>
        <source>&amp;Print…</source>
        <translation>طباعة… (&amp;ط)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="100"/>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة PDF… (&amp;ح)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="142"/>
        <source>There is no certificate for this kind of record on this computer.</source>
        <translation>لا توجد شهادة لهذا النوع من السجلات على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="173"/>
        <source>%1 %2 (the fee for a copy)</source>
        <translation>%1 %2 (رسوم النسخة)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="174"/>
        <source>%1 %2 (from the date of the event to the registration)</source>
        <translation>%1 %2 (من تاريخ الواقعة إلى التسجيل)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="185"/>
        <source>The certificate cannot be shown: %1</source>
        <translation>تعذر عرض الشهادة: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="204"/>
        <source>This computer cannot sign certificates: sync with the server first.</source>
        <translation>لا يستطيع هذا الحاسوب توقيع الشهادات: قم بالمزامنة مع الخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="215"/>
        <source>Not printed: %1</source>
        <translation>لم تُطبع: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="228"/>
        <source>The print is recorded but the PDF could not be written: %1</source>
        <translation>سُجلت الطباعة لكن تعذرت كتابة ملف PDF: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="239"/>
        <source>Save the certificate as PDF</source>
        <translation>حفظ الشهادة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="242"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReasonDialog</name>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="24"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="53"/>
        <source>%1 characters — at most %2.</source>
        <translation>%1 حرفًا — الحد الأقصى %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="54"/>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordHistoryView</name>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Fields / reason</source>
        <translation>الحقول / السبب</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="69"/>
        <source>Record history</source>
        <translation>سجل تغييرات السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="126"/>
        <source>The record&apos;s history from the server, with this device&apos;s changes not confirmed yet.</source>
        <translation>سجل التغييرات من الخادم، مع تغييرات هذا الجهاز التي لم تؤكَّد بعد.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="131"/>
        <source>Asking the server for the full history… Meanwhile: what this device knows.</source>
        <translation>جارٍ طلب سجل التغييرات الكامل من الخادم… وفي الأثناء: ما يعرفه هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="134"/>
        <source>Not on the server yet: what this device knows.</source>
        <translation>ليس على الخادم بعد: ما يعرفه هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="136"/>
        <source>Offline: only what this device knows. The full history appears when the server can be reached.</source>
        <translation>غير متصل: فقط ما يعرفه هذا الجهاز. يظهر سجل التغييرات الكامل عندما يمكن الوصول إلى الخادم.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="139"/>
        <source>The server&apos;s history needs a fresh sign-in (the next sync renews it): only what this device knows.</source>
        <translation>سجل الخادم يحتاج إلى تسجيل دخول جديد (تجدده المزامنة القادمة): فقط ما يعرفه هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="142"/>
        <source>The server did not give the history: only what this device knows.</source>
        <translation>لم يقدّم الخادم سجل التغييرات: فقط ما يعرفه هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="173"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="195"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="209"/>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="185"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="207"/>
        <source>Registration number %1 voided</source>
        <translation>أُلغي رقم التسجيل %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="210"/>
        <source>a certificate printed with this number is no longer valid</source>
        <translation>أي شهادة طُبعت بهذا الرقم لم تعد صالحة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="215"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="255"/>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="211"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="217"/>
        <source>Another device</source>
        <translation>جهاز آخر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="212"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="218"/>
        <source>Device %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="226"/>
        <source>Confirmed (merged)</source>
        <translation>مؤكَّد (مدمج)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="208"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="226"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="246"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="231"/>
        <source>On the device&apos;s clock: %1</source>
        <translation>حسب ساعة الجهاز: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="242"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="242"/>
        <source>Only on this device</source>
        <translation>على هذا الجهاز فقط</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="244"/>
        <source>Waiting for confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="248"/>
        <source>Conflict — to decide</source>
        <translation>تعارض — يجب الحسم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="250"/>
        <source>Conflict decided</source>
        <translation>تم البت في التعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="252"/>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="266"/>
        <source>Conflict resolved</source>
        <translation>تم حل التعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="266"/>
        <source>Conflicting change</source>
        <translation>تغيير متعارض</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="267"/>
        <source>Server time %1</source>
        <translation>وقت الخادم %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordScreen</name>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="225"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="226"/>
        <source>Back to the workqueues (Esc)</source>
        <translation>العودة إلى قوائم العمل (Esc)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="229"/>
        <source>Open the form to change the values (%1)</source>
        <translation>افتح الاستمارة لتغيير القيم (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="242"/>
        <source>Resolve conflicts…</source>
        <translation>حسم التعارضات…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="243"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="244"/>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="245"/>
        <source>&amp;History</source>
        <translation>&amp;السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="248"/>
        <source>Record details</source>
        <translation>تفاصيل السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="105"/>
        <source>What was done</source>
        <translation>ما تم إنجازه</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="237"/>
        <source>Discard draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="238"/>
        <source>&amp;Print certificate…</source>
        <translation>طباعة الشهادة… (&amp;ط)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="241"/>
        <source>Delete this draft from this computer (it was never sent)</source>
        <translation>حذف هذه المسودة من هذا الحاسوب (لم تُرسل قط)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="306"/>
        <source>Record not found</source>
        <translation>السجل غير موجود</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="309"/>
        <source>The record %1 is not on this device (it may have left your jurisdiction).</source>
        <translation>السجل %1 ليس على هذا الجهاز (ربما خرج من نطاق اختصاصك).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="330"/>
        <source>no tracking ID yet</source>
        <translation>لا رقم تتبع بعد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="332"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="335"/>
        <source>Tracking ID: %1</source>
        <translation>رقم التتبع: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="338"/>
        <source>Registration number: not registered yet</source>
        <translation>رقم التسجيل: لم يُسجَّل بعد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="339"/>
        <source>Registration number: %1</source>
        <translation>رقم التسجيل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="340"/>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="346"/>
        <source>Not on the server yet.</source>
        <translation>ليس على الخادم بعد.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="348"/>
        <source>Server revision %1 — last changed by %2 at %3 (server time).</source>
        <translation>مراجعة الخادم %1 — آخر تغيير بواسطة %2 في %3 (بتوقيت الخادم).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="353"/>
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
        <location filename="../app/desktop/records/RecordScreen.cpp" line="361"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (بانتظار التأكيد)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="368"/>
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
        <location filename="../app/desktop/records/RecordScreen.cpp" line="378"/>
        <source>Registration refused by the national ID system: %1</source>
        <translation>رفض نظام الهوية الوطنية التسجيل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="382"/>
        <source>Sent back for updates: %1</source>
        <translation>أُعيد للتحديث: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="384"/>
        <source>Archived: %1</source>
        <translation>مؤرشف: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="397"/>
        <source>D&amp;ocuments (%1)</source>
        <translation>المستندات (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="398"/>
        <source>D&amp;ocuments</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="404"/>
        <source>the person who declared it</source>
        <translation>الشخص الذي صرّح به</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="431"/>
        <source>Other values</source>
        <translation>قيم أخرى</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="446"/>
        <source>No values entered yet.</source>
        <translation>لم تُدخل أي قيم بعد.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="492"/>
        <source>Not registered: it may be a duplicate of %1. Someone who decides on duplicates compares them first.</source>
        <translation>لم يُسجَّل: قد يكون تكرارًا لـ %1. يقارن بينهما أولًا من يقرر في حالات التكرار.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="516"/>
        <source>Not sent: check the possible duplicate first.</source>
        <translation>لم يُرسَل: تحقّق أولًا من التكرار المحتمل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="528"/>
        <source>this declaration</source>
        <translation>هذا التصريح</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="535"/>
        <source>%1 goes back to %2 for updates. Tell them what to fix; they see this text with the record.</source>
        <translation>يعود %1 إلى %2 للتحديث. اذكر ما يجب تصحيحه؛ يظهر هذا النص مع السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="538"/>
        <source>%1 is archived: it leaves the workqueues. Why? The reason is kept with the record&apos;s history.</source>
        <translation>يُؤرشف %1: يخرج من قوائم العمل. لماذا؟ يُحفظ السبب في سجل تغييرات السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="551"/>
        <source>Register %1? Registration is final: the record gets its registration number and can afterwards only be corrected, not sent back.</source>
        <translation>تسجيل %1؟ التسجيل نهائي: يحصل السجل على رقم تسجيله ولا يمكن بعد ذلك إلا تصحيحه، لا إعادته.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="555"/>
        <source>Validate %1? It goes to the registrar for registration and can no longer be edited here.</source>
        <translation>التحقق من %1؟ يذهب إلى أمين السجل للتسجيل ولا يمكن تعديله هنا بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="570"/>
        <source>Registered on this device. It will be numbered at the next sync (the server gives the registration number).</source>
        <translation>سُجّل على هذا الجهاز. سيحصل على رقمه في المزامنة القادمة (الخادم يمنح رقم التسجيل).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="572"/>
        <source>Registered: %1</source>
        <translation>مسجَّل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="575"/>
        <source>Validated</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="578"/>
        <source>Sent back to %1</source>
        <translation>أُعيد إلى %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="581"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="584"/>
        <source>Reinstated</source>
        <translation>أُعيد تفعيله</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="587"/>
        <source>Declared</source>
        <translation>مصرَّح به</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="621"/>
        <source>Not done: some values must be fixed first (%1). Use Edit to correct them.</source>
        <translation>لم يتم: يجب تصحيح بعض القيم أولًا (%1). استخدم «تعديل» لتصحيحها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="625"/>
        <source>Not done: %1</source>
        <translation>لم يتم: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="628"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueModel</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="152"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (بانتظار التأكيد)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="175"/>
        <source>Tracking ID</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="177"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="179"/>
        <source>Event</source>
        <translation>الواقعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="181"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="183"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueScreen</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="137"/>
        <source>Ready for review</source>
        <translation>جاهزة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="138"/>
        <source>Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R registers every checked declaration.</source>
        <translation>المسافة تحدد صفًا، وCtrl+Return يفتحه لمراجعة كاملة، وCtrl+R يسجل كل التصريحات المحددة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="140"/>
        <source>Declarations ready for review</source>
        <translation>تصريحات جاهزة للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="141"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="142"/>
        <source>&amp;Open</source>
        <translation>فتح (&amp;ف)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="143"/>
        <source>Check &amp;all</source>
        <translation>تحديد الكل (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="172"/>
        <source>&amp;Register selected (%1)</source>
        <translation>تسجيل المحدد (%1) (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="172"/>
        <source>&amp;Register selected</source>
        <translation>تسجيل المحدد (&amp;ت)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="187"/>
        <source>Register selected</source>
        <translation>تسجيل المحدد</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="189"/>
        <source>Register %n checked declaration(s)? Registration is final: each gets its registration number and can afterwards only be corrected, not sent back.</source>
        <translation>
            <numerusform>تسجيل %n من التصريحات المحددة؟ التسجيل نهائي: يحصل كل منها على رقم تسجيله ولا يمكن بعد ذلك إلا تصحيحه، لا إعادته.</numerusform>
            <numerusform>تسجيل %n من التصريحات المحددة؟ التسجيل نهائي: يحصل كل منها على رقم تسجيله ولا يمكن بعد ذلك إلا تصحيحه، لا إعادته.</numerusform>
            <numerusform>تسجيل %n من التصريحات المحددة؟ التسجيل نهائي: يحصل كل منها على رقم تسجيله ولا يمكن بعد ذلك إلا تصحيحه، لا إعادته.</numerusform>
            <numerusform>تسجيل %n من التصريحات المحددة؟ التسجيل نهائي: يحصل كل منها على رقم تسجيله ولا يمكن بعد ذلك إلا تصحيحه، لا إعادته.</numerusform>
            <numerusform>تسجيل %n من التصريحات المحددة؟ التسجيل نهائي: يحصل كل منها على رقم تسجيله ولا يمكن بعد ذلك إلا تصحيحه، لا إعادته.</numerusform>
            <numerusform>تسجيل %n من التصريحات المحددة؟ التسجيل نهائي: يحصل كل منها على رقم تسجيله ولا يمكن بعد ذلك إلا تصحيحه، لا إعادته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="193"/>
        <source>Register %n</source>
        <translation>
            <numerusform>تسجيل %n</numerusform>
            <numerusform>تسجيل %n</numerusform>
            <numerusform>تسجيل %n</numerusform>
            <numerusform>تسجيل %n</numerusform>
            <numerusform>تسجيل %n</numerusform>
            <numerusform>تسجيل %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="216"/>
        <source>Registered: %1</source>
        <translation>مسجَّل: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="218"/>
        <source>%n declaration(s) registered on this device; they will be numbered at the next sync (the server gives the registration numbers).</source>
        <translation>
            <numerusform>سُجّل %n من التصريحات على هذا الجهاز؛ ستحصل على أرقامها في المزامنة القادمة (الخادم يمنح أرقام التسجيل).</numerusform>
            <numerusform>سُجّل %n من التصريحات على هذا الجهاز؛ ستحصل على أرقامها في المزامنة القادمة (الخادم يمنح أرقام التسجيل).</numerusform>
            <numerusform>سُجّل %n من التصريحات على هذا الجهاز؛ ستحصل على أرقامها في المزامنة القادمة (الخادم يمنح أرقام التسجيل).</numerusform>
            <numerusform>سُجّل %n من التصريحات على هذا الجهاز؛ ستحصل على أرقامها في المزامنة القادمة (الخادم يمنح أرقام التسجيل).</numerusform>
            <numerusform>سُجّل %n من التصريحات على هذا الجهاز؛ ستحصل على أرقامها في المزامنة القادمة (الخادم يمنح أرقام التسجيل).</numerusform>
            <numerusform>سُجّل %n من التصريحات على هذا الجهاز؛ ستحصل على أرقامها في المزامنة القادمة (الخادم يمنح أرقام التسجيل).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="222"/>
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
<context>
    <name>vitalis::desktop::StatisticsScreen</name>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="167"/>
        <source>Loading the figures…</source>
        <translation>جارٍ تحميل الأرقام…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="199"/>
        <source>The registry server refused to give these figures: %1</source>
        <translation>رفض خادم السجل إعطاء هذه الأرقام: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="200"/>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="220"/>
        <source>These figures cannot be computed on this laptop: %1</source>
        <translation>لا يمكن حساب هذه الأرقام على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="231"/>
        <source>Figures from the registry server.</source>
        <translation>أرقام من خادم السجل.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="235"/>
        <source>This laptop&apos;s records only, as of last sync: %1</source>
        <translation>سجلات هذا الحاسوب فقط، حتى آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="238"/>
        <source>This laptop&apos;s records only: this laptop has never synced, so the figures are incomplete.</source>
        <translation>سجلات هذا الحاسوب فقط: لم تتم مزامنته قط، لذا الأرقام ناقصة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>Save the chart as a picture</source>
        <translation>حفظ الرسم البياني كصورة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>statistics.png</source>
        <translation>statistics.png</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="308"/>
        <source>The chart could not be saved to %1.</source>
        <translation>تعذّر حفظ الرسم البياني في %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="314"/>
        <source>Save the figures for a spreadsheet</source>
        <translation>حفظ الأرقام لجدول بيانات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="315"/>
        <source>statistics.csv</source>
        <translation>statistics.csv</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="315"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>جدول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="317"/>
        <source>The figures could not be saved to %1.</source>
        <translation>تعذّر حفظ الأرقام في %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="337"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="338"/>
        <source>&amp;Event:</source>
        <translation>الواقعة (&amp;E):</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="339"/>
        <source>&amp;Year:</source>
        <translation>السنة (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="340"/>
        <source>&amp;District:</source>
        <translation>المنطقة (&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="341"/>
        <source>Births and deaths</source>
        <translation>المواليد والوفيات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="342"/>
        <source>Births</source>
        <translation>المواليد</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="343"/>
        <source>Deaths</source>
        <translation>الوفيات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="344"/>
        <source>All years</source>
        <translation>كل السنوات</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="345"/>
        <source>Whole area</source>
        <translation>كامل المنطقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="346"/>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="347"/>
        <source>Save &amp;chart…</source>
        <translation>حفظ الرسم (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="348"/>
        <source>Save &amp;figures…</source>
        <translation>حفظ الأرقام (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="349"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="354"/>
        <source>Registrations per month</source>
        <translation>التسجيلات حسب الشهر</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="350"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="355"/>
        <source>Timeliness</source>
        <translation>سرعة التسجيل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="351"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="356"/>
        <source>Completeness by district</source>
        <translation>الاكتمال حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="352"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="353"/>
        <source>Map of the districts coloured by completeness</source>
        <translation>خريطة المناطق ملوّنة حسب الاكتمال</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::VerifyScreen</name>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="106"/>
        <source>Scan the QR code or type its text first.</source>
        <translation>امسح رمز QR أو اكتب نصه أولًا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="114"/>
        <source>This computer does not have the country&apos;s certificate key, so it cannot check certificates. Ask your administrator.</source>
        <translation>لا يملك هذا الحاسوب مفتاح شهادات البلد، فلا يمكنه التحقق منها. اطلب ذلك من المسؤول.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="132"/>
        <source>Why: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="141"/>
        <source>Checked against the list of withdrawn keys and cancelled certificates from the sync of %1.</source>
        <translation>تم التحقق بقائمة المفاتيح المسحوبة والشهادات الملغاة من مزامنة %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="145"/>
        <source>Not checked against the list of withdrawn keys and cancelled certificates: sync once to get it.</source>
        <translation>لم يتم التحقق بقائمة المفاتيح المسحوبة والشهادات الملغاة: قم بالمزامنة مرة للحصول عليها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="157"/>
        <source>No certificate QR code could be read in this photo. Take a sharper photo, or type or scan the text.</source>
        <translation>تعذرت قراءة رمز QR لشهادة في هذه الصورة. التقط صورة أوضح، أو اكتب النص أو امسحه.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="166"/>
        <source>Open a photo of the certificate</source>
        <translation>فتح صورة للشهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="167"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="181"/>
        <source>Verify a certificate</source>
        <translation>التحقق من شهادة</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="182"/>
        <source>Scan the QR code on the certificate (the scanner types it here and presses Enter), or open a photo of it. Compare the details shown with the paper.</source>
        <translation>امسح رمز QR على الشهادة (يكتبه الماسح هنا ويضغط Enter)، أو افتح صورة لها. قارن التفاصيل المعروضة بالورقة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="185"/>
        <source>&amp;QR code text:</source>
        <translation>نص رمز QR: (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="186"/>
        <source>&amp;Check</source>
        <translation>تحقق (&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="187"/>
        <source>Open &amp;photo…</source>
        <translation>فتح صورة… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="188"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="188"/>
        <source>Signed value</source>
        <translation>القيمة الموقّعة</translation>
    </message>
</context>
</TS>
