<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="113"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="114"/>
        <source>Someone else changed the same fields before your change reached the server. For each field choose the value to keep (Tab to a row, Space to choose), then save. Ctrl+M keeps yours and Ctrl+T takes theirs for the checked rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="118"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="119"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="120"/>
        <source>Keep &amp;mine for selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="121"/>
        <source>&amp;Take theirs for selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="122"/>
        <source>&amp;Save decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="123"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="134"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="142"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="203"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="203"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="204"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="257"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="204"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="258"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="204"/>
        <source>Changed by (server time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="205"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="231"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="235"/>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="246"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="249"/>
        <source>mine: %1, %2 (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="259"/>
        <source>Keep mine for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="260"/>
        <source>Take theirs for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="279"/>
        <source>No open conflicts on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="280"/>
        <source>This record has no open conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="312"/>
        <source>Check the rows to decide first (Space on a row&apos;s box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="342"/>
        <source>%1 (%n field(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="349"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="351"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="356"/>
        <source>%n record(s) resolved; the decision is sent at the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="359"/>
        <source>Choose a value for every field of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="361"/>
        <source>Not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="363"/>
        <source>Choose Mine or Theirs for the fields first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="166"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="168"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="170"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="172"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="174"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="176"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="178"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="150"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="151"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="155"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="159"/>
        <source>Show outbox items in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="160"/>
        <source>Outbox items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="161"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="162"/>
        <source>Open &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="163"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="250"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="260"/>
        <source>&amp;Open and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="164"/>
        <source>Re&amp;try selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="165"/>
        <source>Retry &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="166"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="167"/>
        <source>Open a rejected item&apos;s record in the form to fix it (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="168"/>
        <source>Send the selected items at the next sync, now (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="169"/>
        <source>Send every item waiting for a retry now (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="170"/>
        <source>Selected item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="197"/>
        <source>%n waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="199"/>
        <source>%n rejected (open and fix)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="201"/>
        <source>%n in conflict (decide)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="202"/>
        <source>%n confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="249"/>
        <source>&amp;Decide conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="255"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="261"/>
        <source>Select an item to see its last error and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="262"/>
        <source>%n items selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="270"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="285"/>
        <source>%n item(s) will be sent now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="274"/>
        <source>%n item(s) already have the server&apos;s answer and are not sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="20"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="47"/>
        <source>%1 characters — at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="48"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="177"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="178"/>
        <source>Back to the workqueues (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="180"/>
        <source>Open the form to change the values (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="188"/>
        <source>Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="189"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="190"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="191"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="192"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="192"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="193"/>
        <source>Record details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="195"/>
        <source>When (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="195"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="195"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="195"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="195"/>
        <source>Fields / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>Record history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="243"/>
        <source>Record not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="246"/>
        <source>The record %1 is not on this device (it may have left your jurisdiction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="262"/>
        <source>no tracking ID yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="264"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="268"/>
        <source>Tracking ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="271"/>
        <source>Registration number: not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="272"/>
        <source>Registration number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="273"/>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="279"/>
        <source>Not on the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="281"/>
        <source>Server revision %1 — last changed by %2 at %3 (server time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="286"/>
        <source>Server revision %1, plus %n change(s) from this device not yet confirmed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="294"/>
        <source>%1 (waiting for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="301"/>
        <source>%n field(s) of this record were changed by someone else too. Decide which values to keep; you can still edit the record meanwhile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="309"/>
        <source>Sent back for updates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="311"/>
        <source>Archived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="338"/>
        <source>Other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="353"/>
        <source>No values entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="372"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="372"/>
        <source>Only on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="374"/>
        <source>Waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="376"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="378"/>
        <source>Conflict — to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="380"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="387"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="398"/>
        <source>Conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="398"/>
        <source>Conflicting change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="399"/>
        <source>Server time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="420"/>
        <source>Tell the person who declared it what to fix. They see this text with the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="422"/>
        <source>Why? The reason is kept with the record&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="446"/>
        <source>Not done: some values must be fixed first (%1). Use Edit to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="450"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="453"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="13"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="15"/>
        <source>Notified (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="17"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="98"/>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="19"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="100"/>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="21"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="102"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="23"/>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="25"/>
        <source>Requires updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="27"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="108"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="36"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="38"/>
        <source>Send as &amp;notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="40"/>
        <source>&amp;Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="42"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="44"/>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="46"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="48"/>
        <source>&amp;Print certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="50"/>
        <source>&amp;Send back for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="52"/>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="54"/>
        <source>Re&amp;instate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="56"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="58"/>
        <source>Resolve &amp;conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="92"/>
        <source>Draft started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="94"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="96"/>
        <source>Sent as notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="104"/>
        <source>Certificate printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="106"/>
        <source>Sent back for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="110"/>
        <source>Reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="112"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="114"/>
        <source>Conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="122"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="124"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="126"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="128"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="130"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="132"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="134"/>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="143"/>
        <source>Waits until its documents are on the server; the next sync uploads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="146"/>
        <source>Waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="148"/>
        <source>On its way. If no sync is running, the next one sends it again (exactly once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="150"/>
        <source>Retried automatically after %1; check the network or the server, or retry now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="153"/>
        <source>Retried at the next sync; check the network or the server, or retry now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="156"/>
        <source>Confirmed by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="158"/>
        <source>Confirmed by the server, merged with other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="160"/>
        <source>Someone else changed the same field: decide which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="162"/>
        <source>The server refused it: open the record, fix it and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="169"/>
        <source>%1 on this device — waiting for confirmation from the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="151"/>
        <source>%1 (waiting for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="174"/>
        <source>Tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="176"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="178"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="180"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="182"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="119"/>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="120"/>
        <source>Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R registers every checked declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="122"/>
        <source>Declarations ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="123"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="124"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="125"/>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="143"/>
        <source>&amp;Register selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="143"/>
        <source>&amp;Register selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="156"/>
        <source>%n declaration(s) registered on this device — waiting for confirmation from the server (the registration number comes with it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="160"/>
        <source>%n not registered:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
