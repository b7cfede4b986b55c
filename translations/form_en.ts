<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentImport</name>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="21" />
        <source>%1 is not a scan, photo or PDF this form accepts (%2).</source>
        <translation>%1 is not a scan, photo or PDF this form accepts (%2).</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="26" />
        <source>%1 is too large: at most %2.</source>
        <translation>%1 is too large: at most %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="32" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="35" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="35" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="53" />
        <source>Age %1 (exact date unknown)</source>
        <translation>Age %1 (exact date unknown)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AddressFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/AddressFieldEditor.cpp" line="69" />
        <source>(no locations on this device)</source>
        <translation>(no locations on this device)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AttachmentFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="60" />
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="62" />
        <source>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="132" />
        <source>Add file...</source>
        <translation>Add file...</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="133" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="135" />
        <source>%1: add a file</source>
        <translation>%1: add a file</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="136" />
        <source>%1: remove the selected file</source>
        <translation>%1: remove the selected file</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="137" />
        <source>%1: attached files</source>
        <translation>%1: attached files</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DateFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/DateFieldEditor.cpp" line="91" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationActionBar</name>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="48" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="49" />
        <source>Previous page (Alt+Left, Ctrl+Page Up)</source>
        <translation>Previous page (Alt+Left, Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="50" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="51" />
        <source>Next page (Alt+Right, Ctrl+Page Down)</source>
        <translation>Next page (Alt+Right, Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="52" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="53" />
        <source>Save now (Ctrl+S). Every answer is also saved as you go.</source>
        <translation>Save now (Ctrl+S). Every answer is also saved as you go.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="54" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="55" />
        <source>Check every answer before declaring (Ctrl+Enter)</source>
        <translation>Check every answer before declaring (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="56" />
        <source>Declare</source>
        <translation>Declare</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="57" />
        <source>Declare and queue for sending (Ctrl+Enter)</source>
        <translation>Declare and queue for sending (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="58" />
        <source>Send incomplete</source>
        <translation>Send incomplete</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="59" />
        <source>Send as an incomplete notification; it can be completed later</source>
        <translation>Send as an incomplete notification; it can be completed later</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="60" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="61" />
        <source>Back to the work queues; the declaration stays saved</source>
        <translation>Back to the work queues; the declaration stays saved</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationScreen</name>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="149" />
        <source>No form is installed for "%1".</source>
        <translation>No form is installed for "%1".</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="157" />
        <source>Nothing saved yet</source>
        <translation>Nothing saved yet</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="168" />
        <source>Form %1 version %2 is not installed on this device.</source>
        <translation>Form %1 version %2 is not installed on this device.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="177" />
        <source>Saved on this device</source>
        <translation>Saved on this device</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="179" />
        <source>This record cannot be opened: %1</source>
        <translation>This record cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="552" />
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="300" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="557" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="337" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="554" />
        <source>Saved on this device at %1</source>
        <translation>Saved on this device at %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="344" />
        <source>Kept on this device as a draft copy, not in the record: %1</source>
        <translation>Kept on this device as a draft copy, not in the record: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="444" />
        <source>Fill in the form first.</source>
        <translation>Fill in the form first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="456" />
        <source>Not sent: correct the answers marked in red.</source>
        <translation>Not sent: correct the answers marked in red.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="467" />
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="545" />
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="547" />
        <source>%1 · tracking ID %2</source>
        <translation>%1 · tracking ID %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="550" />
        <source>Pages of the form</source>
        <translation>Pages of the form</translation>
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
        <location filename="../app/desktop/form/NumberFieldEditor.cpp" line="62" />
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
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
            <numerusform>%n answer must be completed or corrected before declaring. Choose "Change" to go to the field.</numerusform><numerusform>%n answers must be completed or corrected before declaring. Choose "Change" to go to the field.</numerusform></translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SelectFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/SelectFieldEditor.cpp" line="54" />
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