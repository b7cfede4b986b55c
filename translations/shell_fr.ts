<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ShippedForms</name>
    <message>
        <location filename="../app/desktop/session/ShippedForms.cpp" line="41"/>
        <source>%1: not valid JSON
</source>
        <translation>%1 : JSON non valide
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
        <translation>Ce profil n&apos;a pas d&apos;utilisateur : connectez-vous d&apos;abord en ligne.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DiscardDraftDialog</name>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="13"/>
        <source>Discard this draft?</source>
        <translation>Supprimer ce brouillon ?</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="14"/>
        <source>The draft and everything typed in it will be deleted from this computer. It was never sent, so nobody else has it. This cannot be undone.</source>
        <translation>Le brouillon et tout ce qui y a été saisi seront supprimés de cet ordinateur. Il n&apos;a jamais été envoyé : personne d&apos;autre ne l&apos;a. Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="19"/>
        <source>&amp;Discard draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="20"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Garder le brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/DiscardDraftDialog.cpp" line="36"/>
        <source>Draft not discarded</source>
        <translation>Brouillon non supprimé</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::HomeScreen</name>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="152"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="154"/>
        <source>Requires updates</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="156"/>
        <source>Sent for review</source>
        <translation>Envoyés pour vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="158"/>
        <source>Ready for review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="160"/>
        <source>Ready to print</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="162"/>
        <source>Printed</source>
        <translation>Imprimés</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="164"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="166"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="168"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="208"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="235"/>
        <source>Press Enter on &quot;Outbox&quot; to see every item waiting to be sent.</source>
        <translation>Appuyez sur Entrée sur « Boîte d&apos;envoi » pour voir chaque élément en attente d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="237"/>
        <source>Press Enter on &quot;Conflicts&quot; to compare and resolve them.</source>
        <translation>Appuyez sur Entrée sur « Conflits » pour les comparer et les résoudre.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="239"/>
        <source>Press Enter on &quot;Possible duplicates&quot; to compare each record with the record it looks like, and decide.</source>
        <translation>Appuyez sur Entrée sur « Doublons possibles » pour comparer chaque acte avec celui auquel il ressemble, et décider.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="242"/>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="252"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="311"/>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="313"/>
        <source>Office: %1</source>
        <translation>Bureau : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="315"/>
        <source>New &amp;birth</source>
        <translation>Nouvelle &amp;naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="316"/>
        <source>New &amp;death</source>
        <translation>Nouveau &amp;décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="317"/>
        <source>New birth declaration</source>
        <translation>Nouvelle déclaration de naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="318"/>
        <source>New death declaration</source>
        <translation>Nouvelle déclaration de décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="319"/>
        <source>Workqueues</source>
        <translation>Files de travail</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="320"/>
        <source>Filter by name or tracking ID</source>
        <translation>Filtrer par nom ou numéro de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="321"/>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/HomeScreen.cpp" line="322"/>
        <source>Records in this workqueue</source>
        <translation>Dossiers de cette file</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::KeyringMessage</name>
    <message>
        <location filename="../app/desktop/shell/KeyringMessage.cpp" line="10"/>
        <source>This profile cannot be opened: the keyring that keeps its key is locked or not running. Unlock it (sign in to this computer again) and try again. Nothing in the profile was changed.</source>
        <translation>Ce profil ne peut pas être ouvert : le trousseau qui garde sa clé est verrouillé ou arrêté. Déverrouillez-le (reconnectez-vous à cet ordinateur) puis réessayez. Rien n&apos;a été modifié dans le profil.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="332"/>
        <source>About Vitalis</source>
        <translation>À propos de Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="333"/>
        <source>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;Civil registration that works offline: births and deaths declared, reviewed and registered, with every record encrypted on this laptop and synchronised with the central registry when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vitalis %1&lt;/h3&gt;&lt;p&gt;L&apos;état civil qui fonctionne hors ligne : naissances et décès déclarés, vérifiés et enregistrés, chaque dossier chiffré sur cet ordinateur et synchronisé avec le registre central dès qu&apos;une connexion est disponible.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="372"/>
        <source>Vitalis — %1</source>
        <translation>Vitalis — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="373"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="374"/>
        <source>New &amp;birth declaration</source>
        <translation>Nouvelle déclaration de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="375"/>
        <source>New &amp;death declaration</source>
        <translation>Nouvelle déclaration de &amp;décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="376"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="377"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="378"/>
        <source>S&amp;witch user</source>
        <translation>&amp;Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="379"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="380"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="381"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="382"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="383"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="384"/>
        <source>&amp;Conflicts</source>
        <translation>C&amp;onflits</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="386"/>
        <source>&amp;Review queue</source>
        <translation>File de &amp;vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="388"/>
        <source>&amp;Verify certificate</source>
        <translation>&amp;Vérifier un acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="390"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="391"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="392"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="393"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="394"/>
        <source>&amp;About Vitalis</source>
        <translation>À &amp;propos de Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/MainWindow.cpp" line="397"/>
        <source>This screen is not part of this build yet.</source>
        <translation>Cet écran ne fait pas encore partie de cette version.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OnlineLogin</name>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="84"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="87"/>
        <source>Cannot reach the server. Check the address and the connection.</source>
        <translation>Serveur injoignable. Vérifiez l&apos;adresse et la connexion.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="91"/>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="94"/>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/OnlineLogin.cpp" line="98"/>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PinForm</name>
    <message numerus="yes">
        <location filename="../app/desktop/shell/PinForm.cpp" line="128"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="173"/>
        <source>Wrong PIN. %n attempt(s) left before this profile locks.</source>
        <translation>
            <numerusform>Code PIN erroné. %n essai restant avant le verrouillage du profil.</numerusform>
            <numerusform>Code PIN erroné. %n essais restants avant le verrouillage du profil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="136"/>
        <source>This profile has no PIN yet: sign in online.</source>
        <translation>Ce profil n&apos;a pas encore de code PIN : connectez-vous en ligne.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="147"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="169"/>
        <source>Too many wrong PINs: this profile is locked. Sign in online with your password to unlock it.</source>
        <translation>Trop de codes PIN erronés : ce profil est verrouillé. Connectez-vous en ligne avec votre mot de passe pour le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="161"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="161"/>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="162"/>
        <source>Enter your PIN to open your records on this laptop.</source>
        <translation>Saisissez votre code PIN pour ouvrir vos dossiers sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="163"/>
        <location filename="../app/desktop/shell/PinForm.cpp" line="164"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="165"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="166"/>
        <source>Sign in &amp;online</source>
        <translation>Se connecter en &amp;ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/PinForm.cpp" line="167"/>
        <source>&amp;Another user</source>
        <translation>&amp;Autre utilisateur</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PlainWords</name>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="22"/>
        <source>%1 KB</source>
        <comment>file size, kilobytes</comment>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="25"/>
        <source>%1 MB</source>
        <comment>file size, megabytes</comment>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="31"/>
        <source>The server&apos;s identity could not be checked; tell your IT team.</source>
        <translation>L&apos;identité du serveur n&apos;a pas pu être vérifiée ; prévenez votre service informatique.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="33"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="35"/>
        <source>The connection was cut off.</source>
        <translation>La connexion a été coupée.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="37"/>
        <source>This laptop is not connected to any network.</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="39"/>
        <source>The server answered but is not ready.</source>
        <translation>Le serveur a répondu mais n&apos;est pas prêt.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="40"/>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="45"/>
        <source>No connection to the server: your work is kept and will be sent when the connection returns.</source>
        <translation>Pas de connexion au serveur : votre travail est conservé et sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="54"/>
        <source>The sync could not start on this laptop; ask your IT team.</source>
        <translation>La synchronisation n&apos;a pas pu démarrer sur cet ordinateur ; demandez à votre service informatique.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="59"/>
        <source>The server has a problem right now; your work is kept and will be sent later.</source>
        <translation>Le serveur a un problème en ce moment ; votre travail est conservé et sera envoyé plus tard.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="61"/>
        <source>Sync stopped: sign in again online to send your work.</source>
        <translation>Synchronisation arrêtée : reconnectez-vous en ligne pour envoyer votre travail.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="63"/>
        <source>The server refused this laptop&apos;s request; ask your IT team.</source>
        <translation>Le serveur a refusé la demande de cet ordinateur ; demandez à votre service informatique.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="65"/>
        <source>Another sync of your work is still running; try again in a moment.</source>
        <translation>Une autre synchronisation de votre travail est en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="67"/>
        <source>Sync cancelled. Your work is kept and will be sent at the next sync.</source>
        <translation>Synchronisation annulée. Votre travail est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="69"/>
        <source>This laptop could not read or save your work; ask your IT team.</source>
        <translation>Cet ordinateur n&apos;a pas pu lire ou enregistrer votre travail ; demandez à votre service informatique.</translation>
    </message>
    <message>
        <location filename="../app/desktop/session/PlainWords.cpp" line="74"/>
        <source>The sync did not finish; it will try again.</source>
        <translation>La synchronisation n&apos;a pas abouti ; elle sera relancée.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordListModel</name>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="122"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="124"/>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="126"/>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="128"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="130"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="132"/>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="134"/>
        <source>Requires updates</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="136"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="144"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="146"/>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="164"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="174"/>
        <source>%1, waiting for the national ID</source>
        <translation>%1, en attente du numéro national d&apos;identité</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="188"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="190"/>
        <source>Tracking ID</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="192"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="194"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/RecordListModel.cpp" line="196"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SearchScreen</name>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="107"/>
        <source>More than %1 records found: type more to narrow the search.</source>
        <translation>Plus de %1 dossiers trouvés : précisez la recherche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="108"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n dossier trouvé</numerusform>
            <numerusform>%n dossiers trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="139"/>
        <source>Name, tracking ID, registration number or date of birth</source>
        <translation>Nom, numéro de suivi, numéro d&apos;enregistrement ou date de naissance</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="140"/>
        <source>Search records</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="141"/>
        <source>Names also match names that sound alike. Dates: %1 or 2024-01-31. Press Down to move to the results, Enter to open one.</source>
        <translation>Les noms trouvent aussi les noms qui se prononcent pareil. Dates : %1 ou 2024-01-31. Flèche bas pour aller aux résultats, Entrée pour en ouvrir un.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SearchScreen.cpp" line="144"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
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
        <translation>Ce profil ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="318"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>Saisissez l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="329"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="369"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent. Saisissez deux fois le même code.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="379"/>
        <source>This PIN cannot be used: %1</source>
        <translation>Ce code PIN ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="402"/>
        <source>Vitalis — sign in</source>
        <translation>Vitalis — connexion</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="403"/>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="404"/>
        <source>People who use this laptop</source>
        <translation>Personnes qui utilisent cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="405"/>
        <source>&amp;Another user…</source>
        <translation>&amp;Autre utilisateur…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="406"/>
        <source>Sign in online to unlock</source>
        <translation>Connexion en ligne pour déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="407"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="408"/>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="409"/>
        <source>&amp;Username</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="410"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="411"/>
        <source>&amp;Authenticator code</source>
        <translation>Code d&apos;&amp;authentification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="412"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="414"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="415"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="416"/>
        <source>Authenticator code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="417"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="418"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="420"/>
        <source>Choose your offline PIN</source>
        <translation>Choisissez votre code PIN hors ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="421"/>
        <source>You will use this PIN to open your records on this laptop when there is no network. At least 6 digits; avoid 123456 or 111111.</source>
        <translation>Ce code PIN ouvrira vos dossiers sur cet ordinateur quand il n&apos;y a pas de réseau. Au moins 6 chiffres ; évitez 123456 ou 111111.</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="423"/>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="424"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="425"/>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="426"/>
        <source>Repeat the PIN</source>
        <translation>Répétez le code PIN</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SignInWindow.cpp" line="427"/>
        <source>&amp;Save PIN</source>
        <translation>&amp;Enregistrer le code PIN</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SyncStatusBar</name>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="58"/>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="60"/>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="202"/>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="70"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="89"/>
        <source>Sending %1 of %2</source>
        <translation>Envoi de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="93"/>
        <source>Sending documents: %1 of %2</source>
        <translation>Envoi des documents : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="100"/>
        <source>Receiving documents</source>
        <translation>Réception des documents</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="101"/>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="102"/>
        <source>Receiving changes: %n record(s)</source>
        <translation>
            <numerusform>Réception des modifications : %n dossier</numerusform>
            <numerusform>Réception des modifications : %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="117"/>
        <source>%1 sent, %2 received</source>
        <translation>%1 envoyés, %2 reçus</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="179"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="179"/>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="182"/>
        <source>Connected to the server</source>
        <translation>Connecté au serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="182"/>
        <source>Working offline</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="187"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="189"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/SyncStatusBar.cpp" line="190"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::UserGuideWindow</name>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="37"/>
        <source>Vitalis user guide</source>
        <translation>Guide d&apos;utilisation de Vitalis</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="38"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../app/desktop/shell/UserGuideWindow.cpp" line="41"/>
        <source>The user guide is not installed on this laptop. Ask your IT team to reinstall Vitalis.

(Looked for %1)</source>
        <translation>Le guide d&apos;utilisation n&apos;est pas installé sur cet ordinateur. Demandez à votre service informatique de réinstaller Vitalis.

(Cherché : %1)</translation>
    </message>
</context>
</TS>
