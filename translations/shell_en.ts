<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ShippedForms</name>
    <message>
        <location filename="../app/desktop/session/ShippedForms.cpp" line="41"/>
        <source>%1: not valid JSON
</source>
        <translation>%1: not valid JSON
</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AppController</name>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="55"/>
        <source>Vitalis</source>
        <translation>Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="56"/>
        <source>This profile has no user: sign in online first.</source>
        <translation>This profile has no user: sign in online first.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DiscardDraftDialog</name>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="13"/>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="14"/>
        <source>The draft and everything typed in it will be deleted from this computer. It was never sent, so nobody else has it. This cannot be undone.</source>
        <translation>The draft and everything typed in it will be deleted from this computer. It was never sent, so nobody else has it. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="19"/>
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="20"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Keep the draft</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="36"/>
        <source>Draft not discarded</source>
        <translation>Draft not discarded</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::HomeScreen</name>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="152"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="154"/>
        <source>Requires updates</source>
        <translation>Requires updates</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="156"/>
        <source>Sent for review</source>
        <translation>Sent for review</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="158"/>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="160"/>
        <source>Ready to print</source>
        <translation>Ready to print</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="162"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="164"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="166"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="168"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="208"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="235"/>
        <source>Press Enter on &quot;Outbox&quot; to see every item waiting to be sent.</source>
        <translation>Press Enter on &quot;Outbox&quot; to see every item waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="237"/>
        <source>Press Enter on &quot;Conflicts&quot; to compare and resolve them.</source>
        <translation>Press Enter on &quot;Conflicts&quot; to compare and resolve them.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="239"/>
        <source>Press Enter on &quot;Possible duplicates&quot; to compare each record with the record it looks like, and decide.</source>
        <translation>Press Enter on &quot;Possible duplicates&quot; to compare each record with the record it looks like, and decide.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="242"/>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="252"/>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="311"/>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="313"/>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="315"/>
        <source>New &amp;birth</source>
        <translation>New &amp;birth</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="316"/>
        <source>New &amp;death</source>
        <translation>New &amp;death</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="317"/>
        <source>New birth declaration</source>
        <translation>New birth declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="318"/>
        <source>New death declaration</source>
        <translation>New death declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="319"/>
        <source>Workqueues</source>
        <translation>Workqueues</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="320"/>
        <source>Filter by name or tracking ID</source>
        <translation>Filter by name or tracking ID</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="321"/>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="322"/>
        <source>Records in this workqueue</source>
        <translation>Records in this workqueue</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::KeyringMessage</name>
    <message>
        <location filename="../app/desktop/shell/KeyringMessage.cpp" line="10"/>
        <source>This profile cannot be opened: the keyring that keeps its key is locked or not running. Unlock it (sign in to this computer again) and try again. Nothing in the profile was changed.</source>
        <translation>This profile cannot be opened: the keyring that keeps its key is locked or not running. Unlock it (sign in to this computer again) and try again. Nothing in the profile was changed.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="332"/>
        <source>About Vitalis</source>
        <translation>About Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="333"/>
        <source>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="372"/>
        <source>Vitalis — %1</source>
        <translation>Vitalis — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="373"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="374"/>
        <source>New &amp;birth declaration</source>
        <translation>New &amp;birth declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="375"/>
        <source>New &amp;death declaration</source>
        <translation>New &amp;death declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="376"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="377"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="378"/>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="379"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="380"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="381"/>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="382"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="383"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="384"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="386"/>
        <source>&amp;Review queue</source>
        <translation>&amp;Review queue</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="388"/>
        <source>&amp;Verify certificate</source>
        <translation>&amp;Verify certificate</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="390"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="391"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="392"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="393"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="394"/>
        <source>&amp;About Vitalis</source>
        <translation>&amp;About Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="397"/>
        <source>This screen is not part of this build yet.</source>
        <translation>This screen is not part of this build yet.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OnlineLogin</name>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="84"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="87"/>
        <source>Cannot reach the server. Check the address and the connection.</source>
        <translation>Cannot reach the server. Check the address and the connection.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="91"/>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="94"/>
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="98"/>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PinForm</name>
    <message numerus="yes">
        <location filename="../app/desktop/shell/PinForm.cpp" line="128"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="173"/>
        <source>Wrong PIN. %n attempt(s) left before this profile locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before this profile locks.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before this profile locks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="136"/>
        <source>This profile has no PIN yet: sign in online.</source>
        <translation>This profile has no PIN yet: sign in online.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="147"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="169"/>
        <source>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</source>
        <translation>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="161"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="161"/>
        <source>Unlock %1</source>
        <translation>Unlock %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="162"/>
        <source>Enter your PIN to open your records on this laptop.</source>
        <translation>Enter your PIN to open your records on this laptop.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="163"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="164"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="165"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="166"/>
        <source>Sign in &amp;online</source>
        <translation>Sign in &amp;online</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="167"/>
        <source>&amp;Another user</source>
        <translation>&amp;Another user</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PlainWords</name>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="22"/>
        <source>%1 KB</source>
        <comment>file size, kilobytes</comment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="25"/>
        <source>%1 MB</source>
        <comment>file size, megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="31"/>
        <source>The server&apos;s identity could not be checked; tell your IT team.</source>
        <translation>The server&apos;s identity could not be checked; tell your IT team.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="33"/>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="35"/>
        <source>The connection was cut off.</source>
        <translation>The connection was cut off.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="37"/>
        <source>This laptop is not connected to any network.</source>
        <translation>This laptop is not connected to any network.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="39"/>
        <source>The server answered but is not ready.</source>
        <translation>The server answered but is not ready.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="40"/>
        <source>The server could not be reached.</source>
        <translation>The server could not be reached.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="45"/>
        <source>No connection to the server: your work is kept and will be sent when the connection returns.</source>
        <translation>No connection to the server: your work is kept and will be sent when the connection returns.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="54"/>
        <source>The sync could not start on this laptop; ask your IT team.</source>
        <translation>The sync could not start on this laptop; ask your IT team.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="59"/>
        <source>The server has a problem right now; your work is kept and will be sent later.</source>
        <translation>The server has a problem right now; your work is kept and will be sent later.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="61"/>
        <source>Sync stopped: sign in again online to send your work.</source>
        <translation>Sync stopped: sign in again online to send your work.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="63"/>
        <source>The server refused this laptop&apos;s request; ask your IT team.</source>
        <translation>The server refused this laptop&apos;s request; ask your IT team.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="65"/>
        <source>Another sync of your work is still running; try again in a moment.</source>
        <translation>Another sync of your work is still running; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="67"/>
        <source>Sync cancelled. Your work is kept and will be sent at the next sync.</source>
        <translation>Sync cancelled. Your work is kept and will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="69"/>
        <source>This laptop could not read or save your work; ask your IT team.</source>
        <translation>This laptop could not read or save your work; ask your IT team.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="74"/>
        <source>The sync did not finish; it will try again.</source>
        <translation>The sync did not finish; it will try again.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordListModel</name>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="122"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="124"/>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="126"/>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="128"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="130"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="132"/>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="134"/>
        <source>Requires updates</source>
        <translation>Requires updates</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="136"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="144"/>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="146"/>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="164"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="174"/>
        <source>%1, waiting for the national ID</source>
        <translation>%1, waiting for the national ID</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="188"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="190"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="192"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="196"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SearchScreen</name>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="107"/>
        <source>More than %1 records found: type more to narrow the search.</source>
        <translation>More than %1 records found: type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="108"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="139"/>
        <source>Name, tracking ID, registration number or date of birth</source>
        <translation>Name, tracking ID, registration number or date of birth</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="140"/>
        <source>Search records</source>
        <translation>Search records</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="141"/>
        <source>Names also match names that sound alike. Dates: %1 or 2024-01-31. Press Down to move to the results, Enter to open one.</source>
        <translation>Names also match names that sound alike. Dates: %1 or 2024-01-31. Press Down to move to the results, Enter to open one.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="144"/>
        <source>Search results</source>
        <translation>Search results</translation>
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
        <translation>This profile cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="318"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>Enter the server address, your username and your password.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="329"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="369"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="379"/>
        <source>This PIN cannot be used: %1</source>
        <translation>This PIN cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="402"/>
        <source>Vitalis — sign in</source>
        <translation>Vitalis — sign in</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="403"/>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="404"/>
        <source>People who use this laptop</source>
        <translation>People who use this laptop</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="405"/>
        <source>&amp;Another user…</source>
        <translation>&amp;Another user…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="406"/>
        <source>Sign in online to unlock</source>
        <translation>Sign in online to unlock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="407"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="408"/>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="409"/>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="410"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="411"/>
        <source>&amp;Authenticator code</source>
        <translation>&amp;Authenticator code</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="412"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="414"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="415"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="416"/>
        <source>Authenticator code</source>
        <translation>Authenticator code</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="417"/>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="418"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="420"/>
        <source>Choose your offline PIN</source>
        <translation>Choose your offline PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="421"/>
        <source>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</source>
        <translation>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="423"/>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="424"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="425"/>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="426"/>
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="427"/>
        <source>&amp;Save PIN</source>
        <translation>&amp;Save PIN</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SyncStatusBar</name>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="58"/>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="60"/>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="202"/>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="70"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89"/>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="93"/>
        <source>Sending documents: %1 of %2</source>
        <translation>Sending documents: %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="100"/>
        <source>Receiving documents</source>
        <translation>Receiving documents</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="101"/>
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="102"/>
        <source>Receiving changes: %n record(s)</source>
        <translation>
            <numerusform>Receiving changes: %n record</numerusform>
            <numerusform>Receiving changes: %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="117"/>
        <source>%1 sent, %2 received</source>
        <translation>%1 sent, %2 received</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="179"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="179"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="182"/>
        <source>Connected to the server</source>
        <translation>Connected to the server</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="182"/>
        <source>Working offline</source>
        <translation>Working offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="187"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="189"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="190"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::UserGuideWindow</name>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="37"/>
        <source>Vitalis user guide</source>
        <translation>Vitalis user guide</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="38"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="41"/>
        <source>The user guide is not installed on this laptop. Ask your IT team to reinstall Vitalis.

(Looked for %1)</source>
        <translation>The user guide is not installed on this laptop. Ask your IT team to reinstall Vitalis.

(Looked for %1)</translation>
    </message>
</context>
</TS>
