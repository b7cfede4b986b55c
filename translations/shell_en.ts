<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>vitalis::desktop::AppController</name>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="54" />
        <source>Vitalis</source>
        <translation>Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/AppController.cpp" line="55" />
        <source>This profile has no user: sign in online first.</source>
        <translation>This profile has no user: sign in online first.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::HomeScreen</name>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="133" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="134" />
        <source>Requires updates</source>
        <translation>Requires updates</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="135" />
        <source>Sent for review</source>
        <translation>Sent for review</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="136" />
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="137" />
        <source>Ready to print</source>
        <translation>Ready to print</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="138" />
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="139" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="165" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="192" />
        <source>Press Enter on "Outbox" to see every item waiting to be sent.</source>
        <translation>Press Enter on "Outbox" to see every item waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="194" />
        <source>Press Enter on "Conflicts" to compare and resolve them.</source>
        <translation>Press Enter on "Conflicts" to compare and resolve them.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="196" />
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="205" />
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="244" />
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="245" />
        <source>New &amp;birth</source>
        <translation>New &amp;birth</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="246" />
        <source>New &amp;death</source>
        <translation>New &amp;death</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="247" />
        <source>New birth declaration</source>
        <translation>New birth declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="248" />
        <source>New death declaration</source>
        <translation>New death declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="249" />
        <source>Workqueues</source>
        <translation>Workqueues</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="250" />
        <source>Filter by name or tracking ID</source>
        <translation>Filter by name or tracking ID</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="251" />
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="252" />
        <source>Records in this workqueue</source>
        <translation>Records in this workqueue</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="261" />
        <source>About Vitalis</source>
        <translation>About Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="262" />
        <source>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="278" />
        <source>Vitalis — %1</source>
        <translation>Vitalis — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="279" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="280" />
        <source>New &amp;birth declaration</source>
        <translation>New &amp;birth declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="281" />
        <source>New &amp;death declaration</source>
        <translation>New &amp;death declaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="282" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="283" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="284" />
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="285" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="286" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="287" />
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="288" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="289" />
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="290" />
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="292" />
        <source>&amp;Review queue</source>
        <translation>&amp;Review queue</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="293" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="294" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="295" />
        <source>&amp;About Vitalis</source>
        <translation>&amp;About Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="298" />
        <source>This screen is not part of this build yet.</source>
        <translation>This screen is not part of this build yet.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OnlineLogin</name>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="79" />
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="81" />
        <source>Cannot reach the server. Check the address and the connection. (%1)</source>
        <translation>Cannot reach the server. Check the address and the connection. (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="84" />
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="86" />
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="88" />
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PinForm</name>
    <message numerus="yes">
        <location filename="../app/desktop/shell/PinForm.cpp" line="119" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="161" />
        <source>Wrong PIN. %n attempt(s) left before this profile locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before this profile locks.</numerusform><numerusform>Wrong PIN. %n attempts left before this profile locks.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="125" />
        <source>This profile has no PIN yet: sign in online.</source>
        <translation>This profile has no PIN yet: sign in online.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="136" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="158" />
        <source>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</source>
        <translation>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="150" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="150" />
        <source>Unlock %1</source>
        <translation>Unlock %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="151" />
        <source>Enter your PIN to open your records on this laptop.</source>
        <translation>Enter your PIN to open your records on this laptop.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="152" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="153" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="154" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="155" />
        <source>Sign in &amp;online</source>
        <translation>Sign in &amp;online</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="156" />
        <source>&amp;Another user</source>
        <translation>&amp;Another user</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordListModel</name>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="115" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="116" />
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="117" />
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="118" />
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="119" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="120" />
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="121" />
        <source>Requires updates</source>
        <translation>Requires updates</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="122" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="130" />
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="132" />
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="150" />
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="167" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="168" />
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="169" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="170" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="171" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SearchScreen</name>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="112" />
        <source>More than %1 records found: type more to narrow the search.</source>
        <translation>More than %1 records found: type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="114" />
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform><numerusform>%n records found</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="145" />
        <source>Name, tracking ID, registration number or date of birth</source>
        <translation>Name, tracking ID, registration number or date of birth</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="146" />
        <source>Search records</source>
        <translation>Search records</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="147" />
        <source>Names also match names that sound alike. Dates: 2024-01-31 or 31/01/2024. Press Down to move to the results, Enter to open one.</source>
        <translation>Names also match names that sound alike. Dates: 2024-01-31 or 31/01/2024. Press Down to move to the results, Enter to open one.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="149" />
        <source>Search results</source>
        <translation>Search results</translation>
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
        <translation>This profile cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="301" />
        <source>Enter the server address, your username and your password.</source>
        <translation>Enter the server address, your username and your password.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="311" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="351" />
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="360" />
        <source>This PIN cannot be used: %1</source>
        <translation>This PIN cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="383" />
        <source>Vitalis — sign in</source>
        <translation>Vitalis — sign in</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="384" />
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="385" />
        <source>People who use this laptop</source>
        <translation>People who use this laptop</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="386" />
        <source>&amp;Another user…</source>
        <translation>&amp;Another user…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="387" />
        <source>Sign in online to unlock</source>
        <translation>Sign in online to unlock</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="388" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="389" />
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="390" />
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="391" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="392" />
        <source>&amp;Authenticator code</source>
        <translation>&amp;Authenticator code</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="393" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="395" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="396" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="397" />
        <source>Authenticator code</source>
        <translation>Authenticator code</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="398" />
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="399" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="401" />
        <source>Choose your offline PIN</source>
        <translation>Choose your offline PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="402" />
        <source>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</source>
        <translation>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="404" />
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="405" />
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="406" />
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="407" />
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="408" />
        <source>&amp;Save PIN</source>
        <translation>&amp;Save PIN</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SyncStatusBar</name>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="87" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="87" />
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89" />
        <source>Connected to the server</source>
        <translation>Connected to the server</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89" />
        <source>Working offline</source>
        <translation>Working offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="90" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="93" />
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="94" />
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="99" />
        <source>Sync stopped: sign in again</source>
        <translation>Sync stopped: sign in again</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="100" />
        <source>Last sync failed: %1</source>
        <translation>Last sync failed: %1</translation>
    </message>
</context>
</TS>