<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttachmentImport</name>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="23" />
        <source>%1 cannot be added: choose a photo or scan (JPEG or PNG) or a PDF file.</source>
        <translation>لا يمكن إضافة %1: اختر صورة أو مسحًا ضوئيًا (JPEG أو PNG) أو ملف PDF.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="29" />
        <source>%1 is too large: at most %2.</source>
        <translation>%1 كبير جداً: الحد الأقصى %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="34" />
        <source>%1 cannot be read: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="11" />
        <source>kg</source>
        <comment>unit: kilograms</comment>
        <translation>كغ</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="13" />
        <source>g</source>
        <comment>unit: grams</comment>
        <translation>غ</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="15" />
        <source>cm</source>
        <comment>unit: centimetres</comment>
        <translation>سم</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="17" />
        <source>years</source>
        <comment>unit</comment>
        <translation>سنوات</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="19" />
        <source>months</source>
        <comment>unit</comment>
        <translation>أشهر</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="21" />
        <source>weeks</source>
        <comment>unit</comment>
        <translation>أسابيع</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="23" />
        <source>days</source>
        <comment>unit</comment>
        <translation>أيام</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="31" />
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="37" />
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="37" />
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="55" />
        <source>Age %1 (exact date unknown)</source>
        <translation>العمر %1 (التاريخ الدقيق غير معروف)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AttachmentFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="72" />
        <source>Add a document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="74" />
        <source>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>المسح الضوئي والصور وملفات PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="144" />
        <source>Add file...</source>
        <translation>إضافة ملف...</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="145" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="147" />
        <source>%1: add a file</source>
        <translation>%1: إضافة ملف</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="148" />
        <source>%1: remove the selected file</source>
        <translation>%1: إزالة الملف المحدد</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="149" />
        <source>%1: attached files</source>
        <translation>%1: الملفات المرفقة</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::CorrectionReasonDialog</name>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="35" />
        <source>Correct the record</source>
        <translation>تصحيح السجل</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="35" />
        <source>Request a correction</source>
        <translation>طلب تصحيح</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="37" />
        <source>&amp;Why is it wrong?</source>
        <translation>لماذا هو خطأ؟ (&amp;ل)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="23" />
        <source>Spelling mistake</source>
        <translation>خطأ إملائي</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="25" />
        <source>Wrong date</source>
        <translation>تاريخ خاطئ</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="27" />
        <source>Wrong place</source>
        <translation>مكان خاطئ</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="29" />
        <source>Court order</source>
        <translation>حكم قضائي</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="30" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="43" />
        <source>&amp;Explain what was wrong and how you know:</source>
        <translation>اشرح ما كان خاطئًا وكيف عرفت ذلك: (&amp;ش)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="45" />
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="48" />
        <source>Add &amp;supporting document…</source>
        <translation>إضافة مستند داعم… (&amp;ض)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="49" />
        <source>No supporting document</source>
        <translation>لا يوجد مستند داعم</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="53" />
        <source>Correct</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="53" />
        <source>Request correction</source>
        <translation>طلب التصحيح</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="84" />
        <source>Supporting document</source>
        <translation>مستند داعم</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="85" />
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>المسح الضوئي والمستندات (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="92" />
        <source>Supporting documents: %1</source>
        <translation>المستندات الداعمة: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DateInput</name>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="73" />
        <source>"%1" could be %2 or %3. Type the month as a word, for example %2.</source>
        <translation>قد يعني «%1» %2 أو %3. اكتب الشهر بالحروف، مثلًا %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="78" />
        <source>Type the year with 4 digits, for example %1.</source>
        <translation>اكتب السنة بأربعة أرقام، مثلًا %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="80" />
        <source>There is no such day. Check the day and the month.</source>
        <translation>هذا اليوم غير موجود. تحقق من اليوم والشهر.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="84" />
        <source>This is not a date. Type the day, the month and the year, for example %1.</source>
        <translation>هذا ليس تاريخًا. اكتب اليوم والشهر والسنة، مثلًا %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="100" />
        <source>day month year, e.g. %1</source>
        <translation>اليوم الشهر السنة، مثلًا %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationActionBar</name>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="51" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="52" />
        <source>Previous page (Alt+Left, Ctrl+Page Up)</source>
        <translation>الصفحة السابقة (Alt+يسار، Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="53" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="54" />
        <source>Next page (Alt+Right, Ctrl+Page Down)</source>
        <translation>الصفحة التالية (Alt+يمين، Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="55" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="56" />
        <source>Save now (Ctrl+S). Every answer is also saved as you go.</source>
        <translation>احفظ الآن (Ctrl+S). تُحفظ كل إجابة أيضاً أثناء الكتابة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="57" />
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="59" />
        <source>Check every answer before declaring (Ctrl+Enter)</source>
        <translation>راجع كل الإجابات قبل التصريح (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="60" />
        <source>Check every answer before sending (Ctrl+Enter)</source>
        <translation>راجع كل إجابة قبل الإرسال (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="61" />
        <source>Declare</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="62" />
        <source>Declare and queue for sending (Ctrl+Enter)</source>
        <translation>صرّح وضعه في قائمة الإرسال (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="63" />
        <source>Send incomplete</source>
        <translation>إرسال غير مكتمل</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="64" />
        <source>Send as an incomplete notification; it can be completed later</source>
        <translation>أرسل كإشعار غير مكتمل؛ يمكن إكماله لاحقاً</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="65" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="66" />
        <source>Back to the work queues; the declaration stays saved</source>
        <translation>العودة إلى قوائم العمل؛ يبقى التصريح محفوظاً</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="68" />
        <source>Correct…</source>
        <translation>تصحيح…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="69" />
        <source>Request correction…</source>
        <translation>طلب تصحيح…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="70" />
        <source>Say why, then send the correction (Ctrl+Enter)</source>
        <translation>اذكر السبب ثم أرسل التصحيح (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="71" />
        <source>Check the corrected answers (Ctrl+Enter)</source>
        <translation>راجع الإجابات المصححة (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="72" />
        <source>Back without correcting anything</source>
        <translation>رجوع دون تصحيح أي شيء</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="74" />
        <source>Discard draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="75" />
        <source>Delete this draft from this computer (it was never sent)</source>
        <translation>حذف هذه المسودة من هذا الحاسوب (لم تُرسل قط)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationScreen</name>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="175" />
        <source>No form is installed for "%1".</source>
        <translation>لا يوجد نموذج مثبت لـ «%1».</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="184" />
        <source>Nothing saved yet</source>
        <translation>لم يُحفظ شيء بعد</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="196" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="227" />
        <source>Form %1 version %2 is not installed on this device.</source>
        <translation>النموذج %1 الإصدار %2 غير مثبت على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="206" />
        <source>Saved on this device</source>
        <translation>محفوظ على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="208" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="245" />
        <source>This record cannot be opened: %1</source>
        <translation>تعذر فتح هذا السجل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="241" />
        <source>Correcting registered record %1: change the wrong answers, then review (Ctrl+Enter). Nothing changes until you finish.</source>
        <translation>تصحيح السجل المسجل %1: غيّر الإجابات الخاطئة ثم راجعها (Ctrl+Enter). لا يتغير شيء حتى تنتهي.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="272" />
        <source>%1 cannot be read: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="294" />
        <source>Nothing was changed: change the wrong answers first.</source>
        <translation>لم يتغير شيء: غيّر الإجابات الخاطئة أولًا.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="483" />
        <source>Sent back for updates. No reason was given: ask the office what to change.</source>
        <translation>أُعيدت للتحديث دون ذكر سبب: اسأل المكتب عمّا يجب تغييره.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="484" />
        <source>Sent back for updates: %1</source>
        <translation>أُعيدت للتحديث: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="525" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="785" />
        <source>Saved on this device at %1</source>
        <translation>حُفظ على هذا الجهاز في %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="531" />
        <source>Kept on this device as a draft copy, not in the record: %1</source>
        <translation>محفوظ على هذا الجهاز كنسخة مسودة، وليس في السجل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="592" />
        <source>Correct the answers marked in red, or press Next again to go on.</source>
        <translation>صحّح الإجابات المعلَّمة بالأحمر، أو اضغط «التالي» مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="634" />
        <source>Fill in the form first.</source>
        <translation>املأ النموذج أولاً.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="289" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="323" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="645" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="658" />
        <source>Not sent: correct the answers marked in red.</source>
        <translation>لم يُرسل: صحّح الإجابات المعلّمة باللون الأحمر.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="326" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="660" />
        <source>Not sent: %1</source>
        <translation>لم يُرسل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="726" />
        <source>Not discarded: %1</source>
        <translation>لم يُحذف: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="778" />
        <source>Declaration</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="780" />
        <source>%1 · tracking ID %2</source>
        <translation>%1 · رقم التتبع %2</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::FieldRow</name>
    <message>
        <location filename="../app/desktop/form/FieldRow.cpp" line="50" />
        <source>%1 *</source>
        <comment>required field label</comment>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::NumberFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/NumberFieldEditor.cpp" line="66" />
        <source>%1 (in %2)</source>
        <translation>%1 (بوحدة %2)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PageList</name>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="49" />
        <source>%1 (answers to correct)</source>
        <translation>%1 (إجابات يجب تصحيحها)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="50" />
        <source>Some answers on this page must be corrected.</source>
        <translation>بعض الإجابات في هذه الصفحة يجب تصحيحها.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="53" />
        <location filename="../app/desktop/form/PageList.cpp" line="67" />
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="65" />
        <source>Pages of the form</source>
        <translation>صفحات الاستمارة</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReferencePicker</name>
    <message>
        <location filename="../app/desktop/form/ReferencePicker.cpp" line="57" />
        <source>No place with a name starting "%1"</source>
        <translation>لا يوجد مكان يبدأ اسمه بـ«%1»</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReferencePicker.cpp" line="86" />
        <source>Type part of the name, then choose from the list</source>
        <translation>اكتب جزءًا من الاسم ثم اختر من القائمة</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewPage</name>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="74" />
        <source>(not provided)</source>
        <translation>(غير مُقدَّم)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="81" />
        <source>Change</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="82" />
        <source>Change: %1</source>
        <translation>تعديل: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="100" />
        <source>Everything needed is filled in. Check the answers, then declare.</source>
        <translation>تم ملء كل ما يلزم. راجع الإجابات ثم صرّح.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/form/ReviewPage.cpp" line="101" />
        <source>%n answer(s) must be completed or corrected before declaring. Choose "Change" to go to the field.</source>
        <translation>
            <numerusform>لا توجد إجابات يجب إكمالها أو تصحيحها (%n).</numerusform>
            <numerusform>إجابة واحدة يجب إكمالها أو تصحيحها قبل التصريح. اختر «تعديل» للانتقال إلى الحقل.</numerusform>
            <numerusform>إجابتان يجب إكمالهما أو تصحيحهما قبل التصريح. اختر «تعديل» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابات يجب إكمالها أو تصحيحها قبل التصريح. اختر «تعديل» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابة يجب إكمالها أو تصحيحها قبل التصريح. اختر «تعديل» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابة يجب إكمالها أو تصحيحها قبل التصريح. اختر «تعديل» للانتقال إلى الحقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="107" />
        <source>Everything is filled in. Check the answers, then send the notification.</source>
        <translation>كل شيء مُعبّأ. راجع الإجابات ثم أرسل الإشعار.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/form/ReviewPage.cpp" line="108" />
        <source>%n answer(s) are missing or must be corrected. You can send the notification incomplete; choose "Change" to go to a field.</source>
        <translation>
            <numerusform>%n إجابة ناقصة أو يجب تصحيحها. يمكنك إرسال الإشعار ناقصًا؛ اختر «تغيير» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابة ناقصة أو يجب تصحيحها. يمكنك إرسال الإشعار ناقصًا؛ اختر «تغيير» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابة ناقصة أو يجب تصحيحها. يمكنك إرسال الإشعار ناقصًا؛ اختر «تغيير» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابة ناقصة أو يجب تصحيحها. يمكنك إرسال الإشعار ناقصًا؛ اختر «تغيير» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابة ناقصة أو يجب تصحيحها. يمكنك إرسال الإشعار ناقصًا؛ اختر «تغيير» للانتقال إلى الحقل.</numerusform>
            <numerusform>%n إجابة ناقصة أو يجب تصحيحها. يمكنك إرسال الإشعار ناقصًا؛ اختر «تغيير» للانتقال إلى الحقل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SelectFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/SelectFieldEditor.cpp" line="41" />
        <source>(choose)</source>
        <translation>(اختر)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::TextFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/TextFieldEditor.cpp" line="42" />
        <source>HH:MM (24 hours)</source>
        <translation>س:د (24 ساعة)</translation>
    </message>
</context>
</TS>