<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateTexts</name>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="29"/>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="30"/>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="31"/>
        <source>Marriage</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="32"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="33"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="34"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="46"/>
        <source>VALID: this certificate was issued by the civil registry</source>
        <translation>VALID: this certificate was issued by the civil registry</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="49"/>
        <source>NOT VALID: the content was changed or the signature is forged</source>
        <translation>NOT VALID: the content was changed or the signature is forged</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="52"/>
        <source>NOT VALID: signed by a key the country&apos;s registry does not recognise</source>
        <translation>NOT VALID: signed by a key the country&apos;s registry does not recognise</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="56"/>
        <source>NOT VALID: the issuing key had expired when this was issued</source>
        <translation>NOT VALID: the issuing key had expired when this was issued</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="59"/>
        <source>NOT VALID: the issuing key was withdrawn before this was issued</source>
        <translation>NOT VALID: the issuing key was withdrawn before this was issued</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="62"/>
        <source>NOT VALID: this certificate was cancelled by the registry</source>
        <translation>NOT VALID: this certificate was cancelled by the registry</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="67"/>
        <source>NOT VALID: this is not a readable Vitalis certificate</source>
        <translation>NOT VALID: this is not a readable Vitalis certificate</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="79"/>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="80"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="81"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="82"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="83"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="84"/>
        <source>Date of event</source>
        <translation>Date of event</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="85"/>
        <source>Place of event</source>
        <translation>Place of event</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="86"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="87"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="88"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="89"/>
        <source>Issuing office</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="90"/>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="91"/>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <location filename="../app/common/QrImageReader.cpp" line="15"/>
        <source>cannot run zbarimg to read the image (install the zbar-tools package)</source>
        <translation>cannot run zbarimg to read the image (install the zbar-tools package)</translation>
    </message>
    <message>
        <location filename="../app/common/QrImageReader.cpp" line="24"/>
        <source>no QR code could be read in %1</source>
        <translation>no QR code could be read in %1</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="17"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="19"/>
        <source>Notified (incomplete)</source>
        <translation>Notified (incomplete)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="21"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="125"/>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="23"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="127"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="25"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="129"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="27"/>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="29"/>
        <source>Requires updates</source>
        <translation>Requires updates</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="31"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="135"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="39"/>
        <source>%1 — waiting for the national ID</source>
        <translation>%1 — waiting for the national ID</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="47"/>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="49"/>
        <source>Send as &amp;notification</source>
        <translation>Send as &amp;notification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="51"/>
        <source>&amp;Declare</source>
        <translation>&amp;Declare</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="53"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="55"/>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="57"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="59"/>
        <source>&amp;Print certificate</source>
        <translation>&amp;Print certificate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="61"/>
        <source>&amp;Send back for updates…</source>
        <translation>&amp;Send back for updates…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="63"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archive…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="65"/>
        <source>Re&amp;instate</source>
        <translation>Re&amp;instate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="67"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="69"/>
        <source>Resolve &amp;conflict</source>
        <translation>Resolve &amp;conflict</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="71"/>
        <source>Re&amp;quest correction…</source>
        <translation>Re&amp;quest correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="73"/>
        <source>A&amp;pprove correction</source>
        <translation>A&amp;pprove correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="75"/>
        <source>Re&amp;fuse correction…</source>
        <translation>Re&amp;fuse correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="77"/>
        <source>&amp;Not a duplicate…</source>
        <translation>&amp;Not a duplicate…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="79"/>
        <source>D&amp;uplicate of this record…</source>
        <translation>D&amp;uplicate of this record…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="81"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="153"/>
        <source>Registration refused by the national ID system</source>
        <translation>Registration refused by the national ID system</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="119"/>
        <source>Draft started</source>
        <translation>Draft started</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="121"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="123"/>
        <source>Sent as notification</source>
        <translation>Sent as notification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="131"/>
        <source>Certificate printed</source>
        <translation>Certificate printed</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="133"/>
        <source>Sent back for updates</source>
        <translation>Sent back for updates</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="137"/>
        <source>Reinstated</source>
        <translation>Reinstated</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="139"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="141"/>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="143"/>
        <source>Correction requested</source>
        <translation>Correction requested</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="145"/>
        <source>Correction approved</source>
        <translation>Correction approved</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="147"/>
        <source>Correction refused</source>
        <translation>Correction refused</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="149"/>
        <source>Decided: not a duplicate</source>
        <translation>Decided: not a duplicate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="151"/>
        <source>Archived as a duplicate</source>
        <translation>Archived as a duplicate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="155"/>
        <source>National ID confirmed</source>
        <translation>National ID confirmed</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="163"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="165"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="167"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="169"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="171"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="173"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="175"/>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="177"/>
        <source>Conflict decided</source>
        <translation>Conflict decided</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="185"/>
        <source>Waits until its documents are on the server; the next sync uploads them.</source>
        <translation>Waits until its documents are on the server; the next sync uploads them.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="188"/>
        <source>Waits for the next sync.</source>
        <translation>Waits for the next sync.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="190"/>
        <source>On its way. If no sync is running, the next one sends it again (exactly once).</source>
        <translation>On its way. If no sync is running, the next one sends it again (exactly once).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="192"/>
        <source>Retried automatically after %1; check the network or the server, or retry now.</source>
        <translation>Retried automatically after %1; check the network or the server, or retry now.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="195"/>
        <source>Retried at the next sync; check the network or the server, or retry now.</source>
        <translation>Retried at the next sync; check the network or the server, or retry now.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="198"/>
        <source>Confirmed by the server.</source>
        <translation>Confirmed by the server.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="200"/>
        <source>Confirmed by the server, merged with other changes.</source>
        <translation>Confirmed by the server, merged with other changes.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="202"/>
        <source>Someone else changed the same field: decide which value to keep.</source>
        <translation>Someone else changed the same field: decide which value to keep.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="204"/>
        <source>The server refused it: open the record, fix it and submit again.</source>
        <translation>The server refused it: open the record, fix it and submit again.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="206"/>
        <source>Someone else changed the same field; the value to keep was decided and goes to the server as its own change.</source>
        <translation>Someone else changed the same field; the value to keep was decided and goes to the server as its own change.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="214"/>
        <source>%1 on this device — waiting for confirmation from the server.</source>
        <translation>%1 on this device — waiting for confirmation from the server.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="238"/>
        <source>another user</source>
        <translation>another user</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="137"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="142"/>
        <source>Deaths</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="142"/>
        <source>Births</source>
        <translation>Births</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="147"/>
        <source>Registrations per month</source>
        <translation>Registrations per month</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="170"/>
        <source>How quickly events are registered</source>
        <translation>How quickly events are registered</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="172"/>
        <source>Within the legal period</source>
        <translation>Within the legal period</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="173"/>
        <source>Within a year</source>
        <translation>Within a year</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="174"/>
        <source>Later than a year</source>
        <translation>Later than a year</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="175"/>
        <source>Date of event not stated</source>
        <translation>Date of event not stated</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="199"/>
        <source>Completeness: registrations per 100 expected events</source>
        <translation>Completeness: registrations per 100 expected events</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Completeness (%)</source>
        <translation>Completeness (%)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="231"/>
        <source>Sex ratio at birth: no girls registered yet, so no ratio.</source>
        <translation>Sex ratio at birth: no girls registered yet, so no ratio.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="232"/>
        <source>Sex ratio at birth: %1 boys per 100 girls (about 103 to 107 is usual)</source>
        <translation>Sex ratio at birth: %1 boys per 100 girls (about 103 to 107 is usual)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="235"/>
        <source>Sex ratio at birth: choose births or all events to see it.</source>
        <translation>Sex ratio at birth: choose births or all events to see it.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictScreen</name>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="131"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="137"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="138"/>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="139"/>
        <source>Keep &amp;mine for selected</source>
        <translation>Keep &amp;mine for selected</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="140"/>
        <source>&amp;Take theirs for selected</source>
        <translation>&amp;Take theirs for selected</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="141"/>
        <source>&amp;Save decisions</source>
        <translation>&amp;Save decisions</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="142"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="172"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="238"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="238"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="345"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="346"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <source>Changed by (server time)</source>
        <translation>Changed by (server time)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="240"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="268"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="273"/>
        <source>Select %1</source>
        <translation>Select %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="286"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="290"/>
        <source>mine: %1, %2 (this device)</source>
        <translation>mine: %1, %2 (this device)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="347"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="348"/>
        <source>Keep mine for %1</source>
        <translation>Keep mine for %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="349"/>
        <source>Take theirs for %1</source>
        <translation>Take theirs for %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="477"/>
        <source>Choose Mine, Theirs or a new value for the fields first.</source>
        <translation>Choose Mine, Theirs or a new value for the fields first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="315"/>
        <source>No open conflicts on this device.</source>
        <translation>No open conflicts on this device.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="132"/>
        <source>Someone else changed the same fields before your change reached the server. For each field choose the value to keep (Tab to the row&apos;s choice, then Space or the arrow keys, or to &quot;Type a new value…&quot; to enter another value), then save with Ctrl+S. Ctrl+M keeps yours and Ctrl+T takes theirs for the checked rows.</source>
        <translation>Someone else changed the same fields before your change reached the server. For each field choose the value to keep (Tab to the row&apos;s choice, then Space or the arrow keys, or to &quot;Type a new value…&quot; to enter another value), then save with Ctrl+S. Ctrl+M keeps yours and Ctrl+T takes theirs for the checked rows.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="316"/>
        <source>This record has no open conflict.</source>
        <translation>This record has no open conflict.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="350"/>
        <source>Keep the new value for %1</source>
        <translation>Keep the new value for %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="363"/>
        <source>Type a new value…</source>
        <translation>Type a new value…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="364"/>
        <source>Type a new value for %1</source>
        <translation>Type a new value for %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="370"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="404"/>
        <source>New value: %1</source>
        <translation>New value: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="387"/>
        <source>This field cannot be typed here; choose Mine or Theirs.</source>
        <translation>This field cannot be typed here; choose Mine or Theirs.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="422"/>
        <source>Check the rows to decide first (Space on a row&apos;s box).</source>
        <translation>Check the rows to decide first (Space on a row&apos;s box).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="455"/>
        <source>%1 (%n field(s) left)</source>
        <translation>
            <numerusform>%1 (%n field left)</numerusform>
            <numerusform>%1 (%n fields left)</numerusform>
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
            <numerusform>%n record resolved; the decision is sent at the next sync.</numerusform>
            <numerusform>%n records resolved; the decision is sent at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="472"/>
        <source>Choose a value for every field of: %1.</source>
        <translation>Choose a value for every field of: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="475"/>
        <source>Not resolved: %1</source>
        <translation>Not resolved: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictValueDialog</name>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="24"/>
        <source>New value for %1</source>
        <translation>New value for %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="30"/>
        <source>Type the value to keep instead of both. It is checked with the form&apos;s rules.</source>
        <translation>Type the value to keep instead of both. It is checked with the form&apos;s rules.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="55"/>
        <source>Use this value</source>
        <translation>Use this value</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::CorrectionsPane</name>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Corrected to</source>
        <translation>Corrected to</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="95"/>
        <source>Correction requests</source>
        <translation>Correction requests</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="97"/>
        <source>Apply the selected correction (Ctrl+Shift+P)</source>
        <translation>Apply the selected correction (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="99"/>
        <source>Refuse the selected correction, with a reason (Ctrl+Shift+F)</source>
        <translation>Refuse the selected correction, with a reason (Ctrl+Shift+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="133"/>
        <source>Correction requested (%n)</source>
        <translation>
            <numerusform>Correction requested (%n)</numerusform>
            <numerusform>Correction requested (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="139"/>
        <source>you, not sent yet</source>
        <translation>you, not sent yet</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="141"/>
        <source>Requested by %1 on %2: %3</source>
        <translation>Requested by %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="184"/>
        <source>This request has not reached the server yet: sync first.</source>
        <translation>This request has not reached the server yet: sync first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="194"/>
        <source>The record keeps its values. Tell the person who asked why the correction is refused.</source>
        <translation>The record keeps its values. Tell the person who asked why the correction is refused.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="205"/>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DocumentViewer</name>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="104"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="105"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="106"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="107"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="108"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="109"/>
        <source>Whole page in the window (Ctrl+0)</source>
        <translation>Whole page in the window (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="110"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="111"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="112"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="113"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="114"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="133"/>
        <source>This document cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>This document cannot be shown: the file is damaged or of an unknown kind.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="149"/>
        <source>Choose a document to see it here.</source>
        <translation>Choose a document to see it here.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="207"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="208"/>
        <source>Page %1 of %2 — %3</source>
        <translation>Page %1 of %2 — %3</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DocumentsPane</name>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="96"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="97"/>
        <source>Documents attached to the record. Arrow keys move through them; Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the page, Page Down and Page Up turn the pages.</source>
        <translation>Documents attached to the record. Arrow keys move through them; Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the page, Page Down and Page Up turn the pages.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="149"/>
        <source>Not on this device yet: it comes with the next sync.</source>
        <translation>Not on this device yet: it comes with the next sync.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="160"/>
        <source>Damaged on this device.</source>
        <translation>Damaged on this device.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="167"/>
        <source>No documents are attached to this record.</source>
        <translation>No documents are attached to this record.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="182"/>
        <source>This document is not on this device yet: it comes with the next sync.</source>
        <translation>This document is not on this device yet: it comes with the next sync.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="192"/>
        <source>This document is damaged on this device; ask for it to be attached again.</source>
        <translation>This document is damaged on this device; ask for it to be attached again.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DuplicateCompareScreen</name>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="102"/>
        <source>Possible duplicate: %1</source>
        <translation>Possible duplicate: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="103"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="104"/>
        <source>This record looks like another record in the register. Compare them field by field: differences are highlighted, the fields that look the same are in bold. It cannot be registered until you decide.</source>
        <translation>This record looks like another record in the register. Compare them field by field: differences are highlighted, the fields that look the same are in bold. It cannot be registered until you decide.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="107"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>This record</source>
        <translation>This record</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>Other record</source>
        <translation>Other record</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="111"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="168"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="173"/>
        <source>The other record (%1) is not on this computer: it belongs to another office. Only &quot;Not a duplicate&quot; can be decided here.</source>
        <translation>The other record (%1) is not on this computer: it belongs to another office. Only &quot;Not a duplicate&quot; can be decided here.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="216"/>
        <source>Why is this record a duplicate of %1? It will be archived.</source>
        <translation>Why is this record a duplicate of %1? It will be archived.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="217"/>
        <source>Why is this record not a duplicate? (for example: twins, checked with the mother)</source>
        <translation>Why is this record not a duplicate? (for example: twins, checked with the mother)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="238"/>
        <source>Decided: not a duplicate. It can now be registered.</source>
        <translation>Decided: not a duplicate. It can now be registered.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="241"/>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="259"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="256"/>
        <source>Archived as a duplicate.</source>
        <translation>Archived as a duplicate.</translation>
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
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="171"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="173"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="175"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="177"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="179"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxScreen</name>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="150"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="151"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="155"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="159"/>
        <source>Show outbox items in state</source>
        <translation>Show outbox items in state</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="160"/>
        <source>Outbox items</source>
        <translation>Outbox items</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="161"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="162"/>
        <source>Open &amp;record</source>
        <translation>Open &amp;record</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="163"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="250"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="260"/>
        <source>&amp;Open and fix</source>
        <translation>&amp;Open and fix</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="164"/>
        <source>Re&amp;try selected</source>
        <translation>Re&amp;try selected</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="165"/>
        <source>Retry &amp;all</source>
        <translation>Retry &amp;all</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="166"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="167"/>
        <source>Open a rejected item&apos;s record in the form to fix it (Ctrl+O)</source>
        <translation>Open a rejected item&apos;s record in the form to fix it (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="168"/>
        <source>Send the selected items at the next sync, now (Ctrl+R)</source>
        <translation>Send the selected items at the next sync, now (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="169"/>
        <source>Send every item waiting for a retry now (Ctrl+Shift+T)</source>
        <translation>Send every item waiting for a retry now (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="170"/>
        <source>Selected item details</source>
        <translation>Selected item details</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="197"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="199"/>
        <source>%n rejected (open and fix)</source>
        <translation>
            <numerusform>%n rejected (open and fix)</numerusform>
            <numerusform>%n rejected (open and fix)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="201"/>
        <source>%n in conflict (decide)</source>
        <translation>
            <numerusform>%n in conflict (decide)</numerusform>
            <numerusform>%n in conflict (decide)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="202"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="249"/>
        <source>&amp;Decide conflict</source>
        <translation>&amp;Decide conflict</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="255"/>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="262"/>
        <source>Select an item to see its last error and what to do.</source>
        <translation>Select an item to see its last error and what to do.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="263"/>
        <source>%n items selected.</source>
        <translation>
            <numerusform>%n item selected.</numerusform>
            <numerusform>%n items selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="272"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="286"/>
        <source>%n item(s) will be sent now.</source>
        <translation>
            <numerusform>%n item will be sent now.</numerusform>
            <numerusform>%n items will be sent now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="275"/>
        <source>%n item(s) already have the server&apos;s answer and are not sent again.</source>
        <translation>
            <numerusform>%n item already has the server&apos;s answer and are not sent again.</numerusform>
            <numerusform>%n items already have the server&apos;s answer and are not sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PrintCertificateDialog</name>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="44"/>
        <source>Print certificate</source>
        <translation>Print certificate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="64"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="65"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="66"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="67"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="70"/>
        <source>National ID card</source>
        <translation>National ID card</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="71"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="72"/>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="73"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="75"/>
        <source>I have checked the ID document</source>
        <translation>I have checked the ID document</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="79"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="81"/>
        <source>C&amp;ollected by:</source>
        <translation>C&amp;ollected by:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="82"/>
        <source>&amp;Name of the person collecting:</source>
        <translation>&amp;Name of the person collecting:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="83"/>
        <source>I&amp;D document:</source>
        <translation>I&amp;D document:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="84"/>
        <source>ID n&amp;umber:</source>
        <translation>ID n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="86"/>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="87"/>
        <source>&amp;Receipt number:</source>
        <translation>&amp;Receipt number:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="88"/>
        <source>Reason for the re&amp;print:</source>
        <translation>Reason for the re&amp;print:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="88"/>
        <source>Reason (copies only):</source>
        <translation>Reason (copies only):</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="93"/>
        <source>Preview of the certificate</source>
        <translation>Preview of the certificate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="99"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="100"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="142"/>
        <source>There is no certificate for this kind of record on this computer.</source>
        <translation>There is no certificate for this kind of record on this computer.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="173"/>
        <source>%1 %2 (the fee for a copy)</source>
        <translation>%1 %2 (the fee for a copy)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="174"/>
        <source>%1 %2 (from the date of the event to the registration)</source>
        <translation>%1 %2 (from the date of the event to the registration)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="185"/>
        <source>The certificate cannot be shown: %1</source>
        <translation>The certificate cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="204"/>
        <source>This computer cannot sign certificates: sync with the server first.</source>
        <translation>This computer cannot sign certificates: sync with the server first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="215"/>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="228"/>
        <source>The print is recorded but the PDF could not be written: %1</source>
        <translation>The print is recorded but the PDF could not be written: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="239"/>
        <source>Save the certificate as PDF</source>
        <translation>Save the certificate as PDF</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="242"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReasonDialog</name>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="24"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="53"/>
        <source>%1 characters — at most %2.</source>
        <translation>%1 characters — at most %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="54"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordHistoryView</name>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Fields / reason</source>
        <translation>Fields / reason</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="69"/>
        <source>Record history</source>
        <translation>Record history</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="126"/>
        <source>The record&apos;s history from the server, with this device&apos;s changes not confirmed yet.</source>
        <translation>The record&apos;s history from the server, with this device&apos;s changes not confirmed yet.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="131"/>
        <source>Asking the server for the full history… Meanwhile: what this device knows.</source>
        <translation>Asking the server for the full history… Meanwhile: what this device knows.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="134"/>
        <source>Not on the server yet: what this device knows.</source>
        <translation>Not on the server yet: what this device knows.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="136"/>
        <source>Offline: only what this device knows. The full history appears when the server can be reached.</source>
        <translation>Offline: only what this device knows. The full history appears when the server can be reached.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="139"/>
        <source>The server&apos;s history needs a fresh sign-in (the next sync renews it): only what this device knows.</source>
        <translation>The server&apos;s history needs a fresh sign-in (the next sync renews it): only what this device knows.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="142"/>
        <source>The server did not give the history: only what this device knows.</source>
        <translation>The server did not give the history: only what this device knows.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="173"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="195"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="209"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="185"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="207"/>
        <source>Registration number %1 voided</source>
        <translation>Registration number %1 voided</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="210"/>
        <source>a certificate printed with this number is no longer valid</source>
        <translation>a certificate printed with this number is no longer valid</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="215"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="255"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="211"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="217"/>
        <source>Another device</source>
        <translation>Another device</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="212"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="218"/>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="226"/>
        <source>Confirmed (merged)</source>
        <translation>Confirmed (merged)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="208"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="226"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="246"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="231"/>
        <source>On the device&apos;s clock: %1</source>
        <translation>On the device&apos;s clock: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="242"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="242"/>
        <source>Only on this device</source>
        <translation>Only on this device</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="244"/>
        <source>Waiting for confirmation</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="248"/>
        <source>Conflict — to decide</source>
        <translation>Conflict — to decide</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="250"/>
        <source>Conflict decided</source>
        <translation>Conflict decided</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="252"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="266"/>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="266"/>
        <source>Conflicting change</source>
        <translation>Conflicting change</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="267"/>
        <source>Server time %1</source>
        <translation>Server time %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordScreen</name>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="225"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="226"/>
        <source>Back to the workqueues (Esc)</source>
        <translation>Back to the workqueues (Esc)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="229"/>
        <source>Open the form to change the values (%1)</source>
        <translation>Open the form to change the values (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="242"/>
        <source>Resolve conflicts…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="243"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="244"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="245"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="248"/>
        <source>Record details</source>
        <translation>Record details</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="105"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="237"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="238"/>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Print certificate…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="241"/>
        <source>Delete this draft from this computer (it was never sent)</source>
        <translation>Delete this draft from this computer (it was never sent)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="306"/>
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="309"/>
        <source>The record %1 is not on this device (it may have left your jurisdiction).</source>
        <translation>The record %1 is not on this device (it may have left your jurisdiction).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="330"/>
        <source>no tracking ID yet</source>
        <translation>no tracking ID yet</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="332"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="335"/>
        <source>Tracking ID: %1</source>
        <translation>Tracking ID: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="338"/>
        <source>Registration number: not registered yet</source>
        <translation>Registration number: not registered yet</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="339"/>
        <source>Registration number: %1</source>
        <translation>Registration number: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="340"/>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="346"/>
        <source>Not on the server yet.</source>
        <translation>Not on the server yet.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="348"/>
        <source>Server revision %1 — last changed by %2 at %3 (server time).</source>
        <translation>Server revision %1 — last changed by %2 at %3 (server time).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="353"/>
        <source>Server revision %1, plus %n change(s) from this device not yet confirmed.</source>
        <translation>
            <numerusform>Server revision %1, plus %n change from this device not yet confirmed.</numerusform>
            <numerusform>Server revision %1, plus %n changes from this device not yet confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="361"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (waiting for confirmation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="368"/>
        <source>%n field(s) of this record were changed by someone else too. Decide which values to keep; you can still edit the record meanwhile.</source>
        <translation>
            <numerusform>%n field of this record was changed by someone else too. Decide which values to keep; you can still edit the record meanwhile.</numerusform>
            <numerusform>%n fields of this record were changed by someone else too. Decide which values to keep; you can still edit the record meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="378"/>
        <source>Registration refused by the national ID system: %1</source>
        <translation>Registration refused by the national ID system: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="382"/>
        <source>Sent back for updates: %1</source>
        <translation>Sent back for updates: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="384"/>
        <source>Archived: %1</source>
        <translation>Archived: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="397"/>
        <source>D&amp;ocuments (%1)</source>
        <translation>D&amp;ocuments (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="398"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="404"/>
        <source>the person who declared it</source>
        <translation>the person who declared it</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="431"/>
        <source>Other values</source>
        <translation>Other values</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="446"/>
        <source>No values entered yet.</source>
        <translation>No values entered yet.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="492"/>
        <source>Not registered: it may be a duplicate of %1. Someone who decides on duplicates compares them first.</source>
        <translation>Not registered: it may be a duplicate of %1. Someone who decides on duplicates compares them first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="516"/>
        <source>Not sent: check the possible duplicate first.</source>
        <translation>Not sent: check the possible duplicate first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="528"/>
        <source>this declaration</source>
        <translation>this declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="535"/>
        <source>%1 goes back to %2 for updates. Tell them what to fix; they see this text with the record.</source>
        <translation>%1 goes back to %2 for updates. Tell them what to fix; they see this text with the record.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="538"/>
        <source>%1 is archived: it leaves the workqueues. Why? The reason is kept with the record&apos;s history.</source>
        <translation>%1 is archived: it leaves the workqueues. Why? The reason is kept with the record&apos;s history.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="551"/>
        <source>Register %1? Registration is final: the record gets its registration number and can afterwards only be corrected, not sent back.</source>
        <translation>Register %1? Registration is final: the record gets its registration number and can afterwards only be corrected, not sent back.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="555"/>
        <source>Validate %1? It goes to the registrar for registration and can no longer be edited here.</source>
        <translation>Validate %1? It goes to the registrar for registration and can no longer be edited here.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="570"/>
        <source>Registered on this device. It will be numbered at the next sync (the server gives the registration number).</source>
        <translation>Registered on this device. It will be numbered at the next sync (the server gives the registration number).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="572"/>
        <source>Registered: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="575"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="578"/>
        <source>Sent back to %1</source>
        <translation>Sent back to %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="581"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="584"/>
        <source>Reinstated</source>
        <translation>Reinstated</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="587"/>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="621"/>
        <source>Not done: some values must be fixed first (%1). Use Edit to correct them.</source>
        <translation>Not done: some values must be fixed first (%1). Use Edit to correct them.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="625"/>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="628"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueModel</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="152"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (waiting for confirmation)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="175"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="177"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="179"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="181"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="183"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueScreen</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="137"/>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="138"/>
        <source>Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R registers every checked declaration.</source>
        <translation>Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R registers every checked declaration.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="140"/>
        <source>Declarations ready for review</source>
        <translation>Declarations ready for review</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="141"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="142"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="143"/>
        <source>Check &amp;all</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="172"/>
        <source>&amp;Register selected (%1)</source>
        <translation>&amp;Register selected (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="172"/>
        <source>&amp;Register selected</source>
        <translation>&amp;Register selected</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="187"/>
        <source>Register selected</source>
        <translation>Register selected</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="189"/>
        <source>Register %n checked declaration(s)? Registration is final: each gets its registration number and can afterwards only be corrected, not sent back.</source>
        <translation>
            <numerusform>Register %n checked declaration? Registration is final: each gets its registration number and can afterwards only be corrected, not sent back.</numerusform>
            <numerusform>Register %n checked declarations? Registration is final: each gets its registration number and can afterwards only be corrected, not sent back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="193"/>
        <source>Register %n</source>
        <translation>
            <numerusform>Register %n</numerusform>
            <numerusform>Register %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="216"/>
        <source>Registered: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="218"/>
        <source>%n declaration(s) registered on this device; they will be numbered at the next sync (the server gives the registration numbers).</source>
        <translation>
            <numerusform>%n declaration registered on this device; they will be numbered at the next sync (the server gives the registration numbers).</numerusform>
            <numerusform>%n declarations registered on this device; they will be numbered at the next sync (the server gives the registration numbers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="222"/>
        <source>%n not registered:</source>
        <translation>
            <numerusform>%n not registered:</numerusform>
            <numerusform>%n not registered:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::StatisticsScreen</name>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="167"/>
        <source>Loading the figures…</source>
        <translation>Loading the figures…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="199"/>
        <source>The registry server refused to give these figures: %1</source>
        <translation>The registry server refused to give these figures: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="200"/>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="220"/>
        <source>These figures cannot be computed on this laptop: %1</source>
        <translation>These figures cannot be computed on this laptop: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="231"/>
        <source>Figures from the registry server.</source>
        <translation>Figures from the registry server.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="235"/>
        <source>This laptop&apos;s records only, as of last sync: %1</source>
        <translation>This laptop&apos;s records only, as of last sync: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="238"/>
        <source>This laptop&apos;s records only: this laptop has never synced, so the figures are incomplete.</source>
        <translation>This laptop&apos;s records only: this laptop has never synced, so the figures are incomplete.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>statistics.png</source>
        <translation>statistics.png</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="308"/>
        <source>The chart could not be saved to %1.</source>
        <translation>The chart could not be saved to %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="314"/>
        <source>Save the figures for a spreadsheet</source>
        <translation>Save the figures for a spreadsheet</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="315"/>
        <source>statistics.csv</source>
        <translation>statistics.csv</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="315"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="317"/>
        <source>The figures could not be saved to %1.</source>
        <translation>The figures could not be saved to %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="337"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="338"/>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="339"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="340"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="341"/>
        <source>Births and deaths</source>
        <translation>Births and deaths</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="342"/>
        <source>Births</source>
        <translation>Births</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="343"/>
        <source>Deaths</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="344"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="345"/>
        <source>Whole area</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="346"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="347"/>
        <source>Save &amp;chart…</source>
        <translation>Save &amp;chart…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="348"/>
        <source>Save &amp;figures…</source>
        <translation>Save &amp;figures…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="349"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="354"/>
        <source>Registrations per month</source>
        <translation>Registrations per month</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="350"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="355"/>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="351"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="356"/>
        <source>Completeness by district</source>
        <translation>Completeness by district</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="352"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="353"/>
        <source>Map of the districts coloured by completeness</source>
        <translation>Map of the districts coloured by completeness</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::VerifyScreen</name>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="106"/>
        <source>Scan the QR code or type its text first.</source>
        <translation>Scan the QR code or type its text first.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="114"/>
        <source>This computer does not have the country&apos;s certificate key, so it cannot check certificates. Ask your administrator.</source>
        <translation>This computer does not have the country&apos;s certificate key, so it cannot check certificates. Ask your administrator.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="132"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="141"/>
        <source>Checked against the list of withdrawn keys and cancelled certificates from the sync of %1.</source>
        <translation>Checked against the list of withdrawn keys and cancelled certificates from the sync of %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="145"/>
        <source>Not checked against the list of withdrawn keys and cancelled certificates: sync once to get it.</source>
        <translation>Not checked against the list of withdrawn keys and cancelled certificates: sync once to get it.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="157"/>
        <source>No certificate QR code could be read in this photo. Take a sharper photo, or type or scan the text.</source>
        <translation>No certificate QR code could be read in this photo. Take a sharper photo, or type or scan the text.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="166"/>
        <source>Open a photo of the certificate</source>
        <translation>Open a photo of the certificate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="167"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="181"/>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="182"/>
        <source>Scan the QR code on the certificate (the scanner types it here and presses Enter), or open a photo of it. Compare the details shown with the paper.</source>
        <translation>Scan the QR code on the certificate (the scanner types it here and presses Enter), or open a photo of it. Compare the details shown with the paper.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="185"/>
        <source>&amp;QR code text:</source>
        <translation>&amp;QR code text:</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="186"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="187"/>
        <source>Open &amp;photo…</source>
        <translation>Open &amp;photo…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="188"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="188"/>
        <source>Signed value</source>
        <translation>Signed value</translation>
    </message>
</context>
</TS>
