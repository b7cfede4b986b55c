<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentImport</name>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="23" />
        <source>%1 cannot be added: choose a photo or scan (JPEG or PNG) or a PDF file.</source>
        <translation>%1 cannot be added: choose a photo or scan (JPEG or PNG) or a PDF file.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="29" />
        <source>%1 is too large: at most %2.</source>
        <translation>%1 is too large: at most %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="34" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="11" />
        <source>kg</source>
        <comment>unit: kilograms</comment>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="13" />
        <source>g</source>
        <comment>unit: grams</comment>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="15" />
        <source>cm</source>
        <comment>unit: centimetres</comment>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="17" />
        <source>years</source>
        <comment>unit</comment>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="19" />
        <source>months</source>
        <comment>unit</comment>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="21" />
        <source>weeks</source>
        <comment>unit</comment>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="23" />
        <source>days</source>
        <comment>unit</comment>
        <translation>days</translation>
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
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="37" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="55" />
        <source>Age %1 (exact date unknown)</source>
        <translation>Age %1 (exact date unknown)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AttachmentFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="72" />
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="74" />
        <source>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="144" />
        <source>Add file...</source>
        <translation>Add file...</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="145" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="147" />
        <source>%1: add a file</source>
        <translation>%1: add a file</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="148" />
        <source>%1: remove the selected file</source>
        <translation>%1: remove the selected file</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="149" />
        <source>%1: attached files</source>
        <translation>%1: attached files</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::CorrectionReasonDialog</name>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="35" />
        <source>Correct the record</source>
        <translation>Correct the record</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="35" />
        <source>Request a correction</source>
        <translation>Request a correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="37" />
        <source>&amp;Why is it wrong?</source>
        <translation>&amp;Why is it wrong?</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="23" />
        <source>Spelling mistake</source>
        <translation>Spelling mistake</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="25" />
        <source>Wrong date</source>
        <translation>Wrong date</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="27" />
        <source>Wrong place</source>
        <translation>Wrong place</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="29" />
        <source>Court order</source>
        <translation>Court order</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="30" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="43" />
        <source>&amp;Explain what was wrong and how you know:</source>
        <translation>&amp;Explain what was wrong and how you know:</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="45" />
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="48" />
        <source>Add &amp;supporting document…</source>
        <translation>Add &amp;supporting document…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="49" />
        <source>No supporting document</source>
        <translation>No supporting document</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="53" />
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="53" />
        <source>Request correction</source>
        <translation>Request correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="84" />
        <source>Supporting document</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="85" />
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="92" />
        <source>Supporting documents: %1</source>
        <translation>Supporting documents: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DateInput</name>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="73" />
        <source>"%1" could be %2 or %3. Type the month as a word, for example %2.</source>
        <translation>"%1" could be %2 or %3. Type the month as a word, for example %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="78" />
        <source>Type the year with 4 digits, for example %1.</source>
        <translation>Type the year with 4 digits, for example %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="80" />
        <source>There is no such day. Check the day and the month.</source>
        <translation>There is no such day. Check the day and the month.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="84" />
        <source>This is not a date. Type the day, the month and the year, for example %1.</source>
        <translation>This is not a date. Type the day, the month and the year, for example %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="100" />
        <source>day month year, e.g. %1</source>
        <translation>day month year, e.g. %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationActionBar</name>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="51" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="52" />
        <source>Previous page (Alt+Left, Ctrl+Page Up)</source>
        <translation>Previous page (Alt+Left, Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="53" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="54" />
        <source>Next page (Alt+Right, Ctrl+Page Down)</source>
        <translation>Next page (Alt+Right, Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="55" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="56" />
        <source>Save now (Ctrl+S). Every answer is also saved as you go.</source>
        <translation>Save now (Ctrl+S). Every answer is also saved as you go.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="57" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="59" />
        <source>Check every answer before declaring (Ctrl+Enter)</source>
        <translation>Check every answer before declaring (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="60" />
        <source>Check every answer before sending (Ctrl+Enter)</source>
        <translation>Check every answer before sending (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="61" />
        <source>Declare</source>
        <translation>Declare</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="62" />
        <source>Declare and queue for sending (Ctrl+Enter)</source>
        <translation>Declare and queue for sending (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="63" />
        <source>Send incomplete</source>
        <translation>Send incomplete</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="64" />
        <source>Send as an incomplete notification; it can be completed later</source>
        <translation>Send as an incomplete notification; it can be completed later</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="65" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="66" />
        <source>Back to the work queues; the declaration stays saved</source>
        <translation>Back to the work queues; the declaration stays saved</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="68" />
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="69" />
        <source>Request correction…</source>
        <translation>Request correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="70" />
        <source>Say why, then send the correction (Ctrl+Enter)</source>
        <translation>Say why, then send the correction (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="71" />
        <source>Check the corrected answers (Ctrl+Enter)</source>
        <translation>Check the corrected answers (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="72" />
        <source>Back without correcting anything</source>
        <translation>Back without correcting anything</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="74" />
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="75" />
        <source>Delete this draft from this computer (it was never sent)</source>
        <translation>Delete this draft from this computer (it was never sent)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationScreen</name>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="175" />
        <source>No form is installed for "%1".</source>
        <translation>No form is installed for "%1".</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="184" />
        <source>Nothing saved yet</source>
        <translation>Nothing saved yet</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="196" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="227" />
        <source>Form %1 version %2 is not installed on this device.</source>
        <translation>Form %1 version %2 is not installed on this device.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="206" />
        <source>Saved on this device</source>
        <translation>Saved on this device</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="208" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="245" />
        <source>This record cannot be opened: %1</source>
        <translation>This record cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="241" />
        <source>Correcting registered record %1: change the wrong answers, then review (Ctrl+Enter). Nothing changes until you finish.</source>
        <translation>Correcting registered record %1: change the wrong answers, then review (Ctrl+Enter). Nothing changes until you finish.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="272" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="294" />
        <source>Nothing was changed: change the wrong answers first.</source>
        <translation>Nothing was changed: change the wrong answers first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="483" />
        <source>Sent back for updates. No reason was given: ask the office what to change.</source>
        <translation>Sent back for updates. No reason was given: ask the office what to change.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="484" />
        <source>Sent back for updates: %1</source>
        <translation>Sent back for updates: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="525" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="785" />
        <source>Saved on this device at %1</source>
        <translation>Saved on this device at %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="531" />
        <source>Kept on this device as a draft copy, not in the record: %1</source>
        <translation>Kept on this device as a draft copy, not in the record: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="592" />
        <source>Correct the answers marked in red, or press Next again to go on.</source>
        <translation>Correct the answers marked in red, or press Next again to go on.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="634" />
        <source>Fill in the form first.</source>
        <translation>Fill in the form first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="289" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="323" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="645" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="658" />
        <source>Not sent: correct the answers marked in red.</source>
        <translation>Not sent: correct the answers marked in red.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="326" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="660" />
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="726" />
        <source>Not discarded: %1</source>
        <translation>Not discarded: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="778" />
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="780" />
        <source>%1 · tracking ID %2</source>
        <translation>%1 · tracking ID %2</translation>
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
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PageList</name>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="49" />
        <source>%1 (answers to correct)</source>
        <translation>%1 (answers to correct)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="50" />
        <source>Some answers on this page must be corrected.</source>
        <translation>Some answers on this page must be corrected.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="53" />
        <location filename="../app/desktop/form/PageList.cpp" line="67" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="65" />
        <source>Pages of the form</source>
        <translation>Pages of the form</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReferencePicker</name>
    <message>
        <location filename="../app/desktop/form/ReferencePicker.cpp" line="57" />
        <source>No place with a name starting "%1"</source>
        <translation>No place with a name starting "%1"</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReferencePicker.cpp" line="86" />
        <source>Type part of the name, then choose from the list</source>
        <translation>Type part of the name, then choose from the list</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewPage</name>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="74" />
        <source>(not provided)</source>
        <translation>(not provided)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="81" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="82" />
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="100" />
        <source>Everything needed is filled in. Check the answers, then declare.</source>
        <translation>Everything needed is filled in. Check the answers, then declare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/form/ReviewPage.cpp" line="101" />
        <source>%n answer(s) must be completed or corrected before declaring. Choose "Change" to go to the field.</source>
        <translation>
            <numerusform>%n answer must be completed or corrected before declaring. Choose "Change" to go to the field.</numerusform>
            <numerusform>%n answers must be completed or corrected before declaring. Choose "Change" to go to the field.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="107" />
        <source>Everything is filled in. Check the answers, then send the notification.</source>
        <translation>Everything is filled in. Check the answers, then send the notification.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/form/ReviewPage.cpp" line="108" />
        <source>%n answer(s) are missing or must be corrected. You can send the notification incomplete; choose "Change" to go to a field.</source>
        <translation>
            <numerusform>%n answer are missing or must be corrected. You can send the notification incomplete; choose "Change" to go to a field.</numerusform>
            <numerusform>%n answers are missing or must be corrected. You can send the notification incomplete; choose "Change" to go to a field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SelectFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/SelectFieldEditor.cpp" line="41" />
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::TextFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/TextFieldEditor.cpp" line="42" />
        <source>HH:MM (24 hours)</source>
        <translation>HH:MM (24 hours)</translation>
    </message>
</context>
</TS>