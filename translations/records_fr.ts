<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="13"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="15"/>
        <source>Notified (incomplete)</source>
        <translation>Notifié (incomplet)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="17"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="98"/>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="19"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="100"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="21"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="102"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="23"/>
        <source>Certified</source>
        <translation>Acte délivré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="25"/>
        <source>Requires updates</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="27"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="108"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="36"/>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="38"/>
        <source>Send as &amp;notification</source>
        <translation>Envoyer comme &amp;notification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="40"/>
        <source>&amp;Declare</source>
        <translation>&amp;Déclarer</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="42"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="44"/>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="46"/>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="48"/>
        <source>&amp;Print certificate</source>
        <translation>&amp;Imprimer l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="50"/>
        <source>&amp;Send back for updates…</source>
        <translation>&amp;Renvoyer pour correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="52"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="54"/>
        <source>Re&amp;instate</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="56"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Rectifier…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="58"/>
        <source>Resolve &amp;conflict</source>
        <translation>Résoudre le &amp;conflit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="92"/>
        <source>Draft started</source>
        <translation>Brouillon commencé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="94"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="96"/>
        <source>Sent as notification</source>
        <translation>Envoyé comme notification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="104"/>
        <source>Certificate printed</source>
        <translation>Acte imprimé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="106"/>
        <source>Sent back for updates</source>
        <translation>Renvoyé pour correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="110"/>
        <source>Reinstated</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="112"/>
        <source>Corrected</source>
        <translation>Rectifié</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="114"/>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="122"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="124"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="126"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="128"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="130"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="132"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="134"/>
        <source>Waiting to retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="143"/>
        <source>Waits until its documents are on the server; the next sync uploads them.</source>
        <translation>Attend que ses documents soient sur le serveur ; la prochaine synchronisation les envoie.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="146"/>
        <source>Waits for the next sync.</source>
        <translation>Attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="148"/>
        <source>On its way. If no sync is running, the next one sends it again (exactly once).</source>
        <translation>En cours d&apos;envoi. Si aucune synchronisation n&apos;est en cours, la prochaine le renverra (une seule fois).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="150"/>
        <source>Retried automatically after %1; check the network or the server, or retry now.</source>
        <translation>Réessayé automatiquement après %1 ; vérifiez le réseau ou le serveur, ou réessayez maintenant.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="153"/>
        <source>Retried at the next sync; check the network or the server, or retry now.</source>
        <translation>Réessayé à la prochaine synchronisation ; vérifiez le réseau ou le serveur, ou réessayez maintenant.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="156"/>
        <source>Confirmed by the server.</source>
        <translation>Confirmé par le serveur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="158"/>
        <source>Confirmed by the server, merged with other changes.</source>
        <translation>Confirmé par le serveur, fusionné avec d&apos;autres modifications.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="160"/>
        <source>Someone else changed the same field: decide which value to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le même champ : choisissez la valeur à garder.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="162"/>
        <source>The server refused it: open the record, fix it and submit again.</source>
        <translation>Le serveur l&apos;a refusé : ouvrez l&apos;acte, corrigez-le et soumettez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="169"/>
        <source>%1 on this device — waiting for confirmation from the server.</source>
        <translation>%1 sur cet appareil — en attente de confirmation par le serveur.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictScreen</name>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="115"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="116"/>
        <source>Someone else changed the same fields before your change reached the server. For each field choose the value to keep (Tab to the row&apos;s choice, then Space or the arrow keys), then save with Ctrl+S. Ctrl+M keeps yours and Ctrl+T takes theirs for the checked rows.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les mêmes champs avant que votre modification n&apos;atteigne le serveur. Pour chaque champ, choisissez la valeur à garder (Tab jusqu&apos;au choix de la ligne, puis Espace ou les flèches), puis validez avec Ctrl+S. Ctrl+M garde la vôtre et Ctrl+T prend la leur pour les lignes cochées.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="120"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="121"/>
        <source>Open record</source>
        <translation>Ouvrir l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="122"/>
        <source>Keep &amp;mine for selected</source>
        <translation>Garder la &amp;mienne pour la sélection</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="123"/>
        <source>&amp;Take theirs for selected</source>
        <translation>Prendre les &amp;leurs pour la sélection</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="124"/>
        <source>&amp;Save decisions</source>
        <translation>&amp;Valider les choix</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="125"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="136"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="144"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="205"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="205"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="206"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="265"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="206"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="266"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="206"/>
        <source>Changed by (server time)</source>
        <translation>Modifié par (heure du serveur)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="207"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="236"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="240"/>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="253"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="257"/>
        <source>mine: %1, %2 (this device)</source>
        <translation>la mienne : %1, %2 (cet appareil)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="267"/>
        <source>Keep mine for %1</source>
        <translation>Garder ma valeur pour %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="268"/>
        <source>Take theirs for %1</source>
        <translation>Prendre la leur pour %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="287"/>
        <source>No open conflicts on this device.</source>
        <translation>Aucun conflit ouvert sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="288"/>
        <source>This record has no open conflict.</source>
        <translation>Cet acte n&apos;a aucun conflit ouvert.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="320"/>
        <source>Check the rows to decide first (Space on a row&apos;s box).</source>
        <translation>Cochez d&apos;abord les lignes à trancher (Espace sur la case d&apos;une ligne).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="350"/>
        <source>%1 (%n field(s) left)</source>
        <translation>
            <numerusform>%1 (%n champ restant)</numerusform>
            <numerusform>%1 (%n champs restants)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="357"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="359"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="364"/>
        <source>%n record(s) resolved; the decision is sent at the next sync.</source>
        <translation>
            <numerusform>%n acte résolu ; la décision part à la prochaine synchronisation.</numerusform>
            <numerusform>%n actes résolus ; la décision part à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="367"/>
        <source>Choose a value for every field of: %1.</source>
        <translation>Choisissez une valeur pour chaque champ de : %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="369"/>
        <source>Not resolved: %1</source>
        <translation>Non résolu : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="371"/>
        <source>Choose Mine or Theirs for the fields first.</source>
        <translation>Choisissez d&apos;abord « La mienne » ou « La leur » pour les champs.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxModel</name>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="166"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="168"/>
        <source>Record</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="170"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="172"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="174"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="176"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="178"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxScreen</name>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="151"/>
        <source>Outbox</source>
        <translation>File d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="152"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="156"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="160"/>
        <source>Show outbox items in state</source>
        <translation>Afficher les éléments de la file d&apos;envoi dans l&apos;état</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="161"/>
        <source>Outbox items</source>
        <translation>Éléments de la file d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="162"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="163"/>
        <source>Open &amp;record</source>
        <translation>Ouvrir l&apos;a&amp;cte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="164"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="251"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="261"/>
        <source>&amp;Open and fix</source>
        <translation>&amp;Ouvrir et corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="165"/>
        <source>Re&amp;try selected</source>
        <translation>Réessa&amp;yer la sélection</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="166"/>
        <source>Retry &amp;all</source>
        <translation>&amp;Tout réessayer</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="167"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="168"/>
        <source>Open a rejected item&apos;s record in the form to fix it (Ctrl+O)</source>
        <translation>Ouvrir l&apos;acte d&apos;un élément refusé dans le formulaire pour le corriger (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="169"/>
        <source>Send the selected items at the next sync, now (Ctrl+R)</source>
        <translation>Envoyer les éléments sélectionnés dès maintenant (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="170"/>
        <source>Send every item waiting for a retry now (Ctrl+Shift+T)</source>
        <translation>Envoyer maintenant tous les éléments en attente de nouvel essai (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="171"/>
        <source>Selected item details</source>
        <translation>Détails de l&apos;élément sélectionné</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="198"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="200"/>
        <source>%n rejected (open and fix)</source>
        <translation>
            <numerusform>%n refusé (ouvrir et corriger)</numerusform>
            <numerusform>%n refusés (ouvrir et corriger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="202"/>
        <source>%n in conflict (decide)</source>
        <translation>
            <numerusform>%n en conflit (à trancher)</numerusform>
            <numerusform>%n en conflit (à trancher)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="203"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmé</numerusform>
            <numerusform>%n confirmés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="250"/>
        <source>&amp;Decide conflict</source>
        <translation>&amp;Trancher le conflit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="256"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="262"/>
        <source>Select an item to see its last error and what to do.</source>
        <translation>Sélectionnez un élément pour voir sa dernière erreur et quoi faire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="263"/>
        <source>%n items selected.</source>
        <translation>
            <numerusform>%n élément sélectionné.</numerusform>
            <numerusform>%n éléments sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="271"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="286"/>
        <source>%n item(s) will be sent now.</source>
        <translation>
            <numerusform>%n élément sera envoyé maintenant.</numerusform>
            <numerusform>%n éléments seront envoyés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="275"/>
        <source>%n item(s) already have the server&apos;s answer and are not sent again.</source>
        <translation>
            <numerusform>%n élément a déjà la réponse du serveur et n&apos;est pas renvoyé.</numerusform>
            <numerusform>%n éléments ont déjà la réponse du serveur et ne sont pas renvoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReasonDialog</name>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="22"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="49"/>
        <source>%1 characters — at most %2.</source>
        <translation>%1 caractères — %2 au plus.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="50"/>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordScreen</name>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="178"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="179"/>
        <source>Back to the workqueues (Esc)</source>
        <translation>Retour aux files de travail (Échap)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="181"/>
        <source>Open the form to change the values (%1)</source>
        <translation>Ouvrir le formulaire pour changer les valeurs (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="189"/>
        <source>Resolve conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="190"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="191"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="192"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="193"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="193"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="194"/>
        <source>Record details</source>
        <translation>Détails de l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>When (this device)</source>
        <translation>Quand (cet appareil)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="196"/>
        <source>Fields / reason</source>
        <translation>Champs / motif</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="197"/>
        <source>Record history</source>
        <translation>Historique de l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="244"/>
        <source>Record not found</source>
        <translation>Acte introuvable</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>The record %1 is not on this device (it may have left your jurisdiction).</source>
        <translation>L&apos;acte %1 n&apos;est pas sur cet appareil (il a peut-être quitté votre circonscription).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="263"/>
        <source>no tracking ID yet</source>
        <translation>pas encore de n° de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="265"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="269"/>
        <source>Tracking ID: %1</source>
        <translation>N° de suivi : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="272"/>
        <source>Registration number: not registered yet</source>
        <translation>Numéro d&apos;enregistrement : pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="273"/>
        <source>Registration number: %1</source>
        <translation>Numéro d&apos;enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="274"/>
        <source>Office: %1</source>
        <translation>Bureau : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="280"/>
        <source>Not on the server yet.</source>
        <translation>Pas encore sur le serveur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="282"/>
        <source>Server revision %1 — last changed by %2 at %3 (server time).</source>
        <translation>Révision serveur %1 — dernière modification par %2 le %3 (heure du serveur).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="287"/>
        <source>Server revision %1, plus %n change(s) from this device not yet confirmed.</source>
        <translation>
            <numerusform>Révision serveur %1, plus %n modification de cet appareil pas encore confirmée.</numerusform>
            <numerusform>Révision serveur %1, plus %n modifications de cet appareil pas encore confirmées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="295"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (en attente de confirmation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="302"/>
        <source>%n field(s) of this record were changed by someone else too. Decide which values to keep; you can still edit the record meanwhile.</source>
        <translation>
            <numerusform>%n champ de cet acte a aussi été modifié par quelqu&apos;un d&apos;autre. Choisissez la valeur à garder ; vous pouvez continuer à modifier l&apos;acte en attendant.</numerusform>
            <numerusform>%n champs de cet acte ont aussi été modifiés par quelqu&apos;un d&apos;autre. Choisissez les valeurs à garder ; vous pouvez continuer à modifier l&apos;acte en attendant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="310"/>
        <source>Sent back for updates: %1</source>
        <translation>Renvoyé pour correction : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="312"/>
        <source>Archived: %1</source>
        <translation>Archivé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="339"/>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="354"/>
        <source>No values entered yet.</source>
        <translation>Aucune valeur saisie pour le moment.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="373"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="373"/>
        <source>Only on this device</source>
        <translation>Uniquement sur cet appareil</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="375"/>
        <source>Waiting for confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="377"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="379"/>
        <source>Conflict — to decide</source>
        <translation>Conflit — à trancher</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="381"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="388"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="399"/>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="399"/>
        <source>Conflicting change</source>
        <translation>Modification concurrente</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="400"/>
        <source>Server time %1</source>
        <translation>Heure du serveur %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="421"/>
        <source>Tell the person who declared it what to fix. They see this text with the record.</source>
        <translation>Indiquez à la personne qui l&apos;a déclaré ce qu&apos;il faut corriger. Elle verra ce texte avec l&apos;acte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="423"/>
        <source>Why? The reason is kept with the record&apos;s history.</source>
        <translation>Pourquoi ? Le motif est conservé dans l&apos;historique de l&apos;acte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="447"/>
        <source>Not done: some values must be fixed first (%1). Use Edit to correct them.</source>
        <translation>Non effectué : certaines valeurs doivent d&apos;abord être corrigées (%1). Utilisez Modifier pour les corriger.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="451"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="454"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueModel</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="151"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (en attente de confirmation)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="174"/>
        <source>Tracking ID</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="176"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="178"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="180"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="182"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueScreen</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="120"/>
        <source>Ready for review</source>
        <translation>Prêtes à examiner</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="121"/>
        <source>Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R registers every checked declaration.</source>
        <translation>Espace coche une ligne, Ctrl+Entrée l&apos;ouvre pour un examen complet, Ctrl+R enregistre toutes les déclarations cochées.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="123"/>
        <source>Declarations ready for review</source>
        <translation>Déclarations prêtes à examiner</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="124"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="125"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="126"/>
        <source>Check &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="144"/>
        <source>&amp;Register selected (%1)</source>
        <translation>&amp;Enregistrer la sélection (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="144"/>
        <source>&amp;Register selected</source>
        <translation>&amp;Enregistrer la sélection</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="157"/>
        <source>%n declaration(s) registered on this device — waiting for confirmation from the server (the registration number comes with it).</source>
        <translation>
            <numerusform>%n déclaration enregistrée sur cet appareil — en attente de confirmation par le serveur (le numéro d&apos;enregistrement arrive avec elle).</numerusform>
            <numerusform>%n déclarations enregistrées sur cet appareil — en attente de confirmation par le serveur (le numéro d&apos;enregistrement arrive avec elle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="161"/>
        <source>%n not registered:</source>
        <translation>
            <numerusform>%n non enregistrée :</numerusform>
            <numerusform>%n non enregistrées :</numerusform>
        </translation>
    </message>
</context>
</TS>
