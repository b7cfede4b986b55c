<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
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
        <translation>Ce profil n'a pas d'utilisateur : connectez-vous d'abord en ligne.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::HomeScreen</name>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="133" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="134" />
        <source>Requires updates</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="135" />
        <source>Sent for review</source>
        <translation>Envoyés pour vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="136" />
        <source>Ready for review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="137" />
        <source>Ready to print</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="138" />
        <source>Outbox</source>
        <translation>Boîte d'envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="139" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="165" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="192" />
        <source>Press Enter on "Outbox" to see every item waiting to be sent.</source>
        <translation>Appuyez sur Entrée sur « Boîte d'envoi » pour voir chaque élément en attente d'envoi.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="194" />
        <source>Press Enter on "Conflicts" to compare and resolve them.</source>
        <translation>Appuyez sur Entrée sur « Conflits » pour les comparer et les résoudre.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="196" />
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="205" />
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="244" />
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="245" />
        <source>New &amp;birth</source>
        <translation>Nouvelle &amp;naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="246" />
        <source>New &amp;death</source>
        <translation>Nouveau &amp;décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="247" />
        <source>New birth declaration</source>
        <translation>Nouvelle déclaration de naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="248" />
        <source>New death declaration</source>
        <translation>Nouvelle déclaration de décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="249" />
        <source>Workqueues</source>
        <translation>Files de travail</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="250" />
        <source>Filter by name or tracking ID</source>
        <translation>Filtrer par nom ou numéro de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="251" />
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="252" />
        <source>Records in this workqueue</source>
        <translation>Dossiers de cette file</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="261" />
        <source>About Vitalis</source>
        <translation>À propos de Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="262" />
        <source>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;L'état civil qui fonctionne hors ligne : naissances et décès déclarés, vérifiés et enregistrés, chaque dossier chiffré sur cet ordinateur et synchronisé avec le registre central dès qu'une connexion est disponible.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="278" />
        <source>Vitalis — %1</source>
        <translation>Vitalis — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="279" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="280" />
        <source>New &amp;birth declaration</source>
        <translation>Nouvelle déclaration de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="281" />
        <source>New &amp;death declaration</source>
        <translation>Nouvelle déclaration de &amp;décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="282" />
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="283" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="284" />
        <source>S&amp;witch user</source>
        <translation>&amp;Changer d'utilisateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="285" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="286" />
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="287" />
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="288" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="289" />
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d'envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="290" />
        <source>&amp;Conflicts</source>
        <translation>C&amp;onflits</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="292" />
        <source>&amp;Review queue</source>
        <translation>File de &amp;vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="293" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="294" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="295" />
        <source>&amp;About Vitalis</source>
        <translation>À &amp;propos de Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="298" />
        <source>This screen is not part of this build yet.</source>
        <translation>Cet écran ne fait pas encore partie de cette version.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OnlineLogin</name>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="79" />
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d'authentification.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="81" />
        <source>Cannot reach the server. Check the address and the connection. (%1)</source>
        <translation>Serveur injoignable. Vérifiez l'adresse et la connexion. (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="84" />
        <source>Wrong username or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="86" />
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="88" />
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PinForm</name>
    <message numerus="yes">
        <location filename="../app/desktop/shell/PinForm.cpp" line="119" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="161" />
        <source>Wrong PIN. %n attempt(s) left before this profile locks.</source>
        <translation>
            <numerusform>Code PIN erroné. %n essai restant avant le verrouillage du profil.</numerusform><numerusform>Code PIN erroné. %n essais restants avant le verrouillage du profil.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="125" />
        <source>This profile has no PIN yet: sign in online.</source>
        <translation>Ce profil n'a pas encore de code PIN : connectez-vous en ligne.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="136" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="158" />
        <source>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</source>
        <translation>Trop de codes PIN erronés : ce profil est verrouillé. Connectez-vous en ligne avec votre mot de passe pour le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="150" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="150" />
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="151" />
        <source>Enter your PIN to open your records on this laptop.</source>
        <translation>Saisissez votre code PIN pour ouvrir vos dossiers sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="152" />
        <location filename="../app/desktop/shell/PinForm.cpp" line="153" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="154" />
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="155" />
        <source>Sign in &amp;online</source>
        <translation>Se connecter en &amp;ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="156" />
        <source>&amp;Another user</source>
        <translation>&amp;Autre utilisateur</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordListModel</name>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="115" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="116" />
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="117" />
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="118" />
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="119" />
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="120" />
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="121" />
        <source>Requires updates</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="122" />
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="130" />
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="132" />
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="150" />
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="167" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="168" />
        <source>Tracking ID</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="169" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="170" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="171" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SearchScreen</name>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="112" />
        <source>More than %1 records found: type more to narrow the search.</source>
        <translation>Plus de %1 dossiers trouvés : précisez la recherche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="114" />
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n dossier trouvé</numerusform><numerusform>%n dossiers trouvés</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="145" />
        <source>Name, tracking ID, registration number or date of birth</source>
        <translation>Nom, numéro de suivi, numéro d'enregistrement ou date de naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="146" />
        <source>Search records</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="147" />
        <source>Names also match names that sound alike. Dates: 2024-01-31 or 31/01/2024. Press Down to move to the results, Enter to open one.</source>
        <translation>Les noms trouvent aussi les noms qui se prononcent de la même façon. Dates : 2024-01-31 ou 31/01/2024. Flèche bas pour aller aux résultats, Entrée pour en ouvrir un.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="149" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
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
        <translation>Ce profil ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="301" />
        <source>Enter the server address, your username and your password.</source>
        <translation>Saisissez l'adresse du serveur, votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="311" />
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="351" />
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent. Saisissez deux fois le même code.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="360" />
        <source>This PIN cannot be used: %1</source>
        <translation>Ce code PIN ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="383" />
        <source>Vitalis — sign in</source>
        <translation>Vitalis — connexion</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="384" />
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="385" />
        <source>People who use this laptop</source>
        <translation>Personnes qui utilisent cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="386" />
        <source>&amp;Another user…</source>
        <translation>&amp;Autre utilisateur…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="387" />
        <source>Sign in online to unlock</source>
        <translation>Connexion en ligne pour déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="388" />
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="389" />
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="390" />
        <source>&amp;Username</source>
        <translation>Nom d'&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="391" />
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="392" />
        <source>&amp;Authenticator code</source>
        <translation>Code d'&amp;authentification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="393" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="395" />
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="396" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="397" />
        <source>Authenticator code</source>
        <translation>Code d'authentification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="398" />
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="399" />
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="401" />
        <source>Choose your offline PIN</source>
        <translation>Choisissez votre code PIN hors ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="402" />
        <source>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</source>
        <translation>Ce code PIN ouvrira vos dossiers sur cet ordinateur quand il n'y a pas de réseau. Au moins 6 chiffres ; évitez 123456 ou 111111.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="404" />
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="405" />
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="406" />
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="407" />
        <source>Repeat the PIN</source>
        <translation>Répétez le code PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="408" />
        <source>&amp;Save PIN</source>
        <translation>&amp;Enregistrer le code PIN</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SyncStatusBar</name>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="87" />
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="87" />
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89" />
        <source>Connected to the server</source>
        <translation>Connecté au serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89" />
        <source>Working offline</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="90" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d'envoi</numerusform><numerusform>%n modifications en attente d'envoi</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="93" />
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="94" />
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="99" />
        <source>Sync stopped: sign in again</source>
        <translation>Synchronisation arrêtée : reconnectez-vous</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="100" />
        <source>Last sync failed: %1</source>
        <translation>Échec de la dernière synchronisation : %1</translation>
    </message>
</context>
</TS>