<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CertificateTexts</name>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="29"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="30"/>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="31"/>
        <source>Marriage</source>
        <translation>Mariage</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="32"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="33"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="34"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="46"/>
        <source>VALID: this certificate was issued by the civil registry</source>
        <translation>VALIDE : cet acte a été délivré par l&apos;état civil</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="49"/>
        <source>NOT VALID: the content was changed or the signature is forged</source>
        <translation>NON VALIDE : le contenu a été modifié ou la signature est falsifiée</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="52"/>
        <source>NOT VALID: signed by a key the country&apos;s registry does not recognise</source>
        <translation>NON VALIDE : signé par une clé que l&apos;état civil du pays ne reconnaît pas</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="56"/>
        <source>NOT VALID: the issuing key had expired when this was issued</source>
        <translation>NON VALIDE : la clé d&apos;émission avait expiré lors de la délivrance</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="59"/>
        <source>NOT VALID: the issuing key was withdrawn before this was issued</source>
        <translation>NON VALIDE : la clé d&apos;émission avait été retirée avant la délivrance</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="62"/>
        <source>NOT VALID: this certificate was cancelled by the registry</source>
        <translation>NON VALIDE : cet acte a été annulé par l&apos;état civil</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="67"/>
        <source>NOT VALID: this is not a readable Vitalis certificate</source>
        <translation>NON VALIDE : ce n&apos;est pas un acte Vitalis lisible</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="79"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="80"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="81"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="82"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="83"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="84"/>
        <source>Date of event</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="85"/>
        <source>Place of event</source>
        <translation>Lieu de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="86"/>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="87"/>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="88"/>
        <source>Registered on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="89"/>
        <source>Issuing office</source>
        <translation>Bureau émetteur</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="90"/>
        <source>Copy number</source>
        <translation>Numéro de copie</translation>
    </message>
    <message>
        <location filename="../app/common/CertificateTexts.cpp" line="91"/>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <location filename="../app/common/QrImageReader.cpp" line="15"/>
        <source>cannot run zbarimg to read the image (install the zbar-tools package)</source>
        <translation>impossible de lancer zbarimg pour lire l&apos;image (installez le paquet zbar-tools)</translation>
    </message>
    <message>
        <location filename="../app/common/QrImageReader.cpp" line="24"/>
        <source>no QR code could be read in %1</source>
        <translation>aucun code QR n&apos;a pu être lu dans %1</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="17"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="19"/>
        <source>Notified (incomplete)</source>
        <translation>Notifié (incomplet)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="21"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="125"/>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="23"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="127"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="25"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="129"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="27"/>
        <source>Certified</source>
        <translation>Acte délivré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="29"/>
        <source>Requires updates</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="31"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="135"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="39"/>
        <source>%1 — waiting for the national ID</source>
        <translation>%1 — en attente du numéro national d&apos;identité</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="47"/>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="49"/>
        <source>Send as &amp;notification</source>
        <translation>Envoyer comme &amp;notification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="51"/>
        <source>&amp;Declare</source>
        <translation>&amp;Déclarer</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="53"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="55"/>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="57"/>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="59"/>
        <source>&amp;Print certificate</source>
        <translation>&amp;Imprimer l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="61"/>
        <source>&amp;Send back for updates…</source>
        <translation>&amp;Renvoyer pour correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="63"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="65"/>
        <source>Re&amp;instate</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="67"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Rectifier…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="69"/>
        <source>Resolve &amp;conflict</source>
        <translation>Résoudre le &amp;conflit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="71"/>
        <source>Re&amp;quest correction…</source>
        <translation>Demander une &amp;correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="73"/>
        <source>A&amp;pprove correction</source>
        <translation>A&amp;pprouver la correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="75"/>
        <source>Re&amp;fuse correction…</source>
        <translation>Re&amp;fuser la correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="77"/>
        <source>&amp;Not a duplicate…</source>
        <translation>&amp;Pas un doublon…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="79"/>
        <source>D&amp;uplicate of this record…</source>
        <translation>&amp;Doublon de cet acte…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="81"/>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="153"/>
        <source>Registration refused by the national ID system</source>
        <translation>Enregistrement refusé par le système d&apos;identité nationale</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="119"/>
        <source>Draft started</source>
        <translation>Brouillon commencé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="121"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="123"/>
        <source>Sent as notification</source>
        <translation>Envoyé comme notification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="131"/>
        <source>Certificate printed</source>
        <translation>Acte imprimé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="133"/>
        <source>Sent back for updates</source>
        <translation>Renvoyé pour correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="137"/>
        <source>Reinstated</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="139"/>
        <source>Corrected</source>
        <translation>Rectifié</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="141"/>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="143"/>
        <source>Correction requested</source>
        <translation>Correction demandée</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="145"/>
        <source>Correction approved</source>
        <translation>Correction approuvée</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="147"/>
        <source>Correction refused</source>
        <translation>Correction refusée</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="149"/>
        <source>Decided: not a duplicate</source>
        <translation>Décidé : pas un doublon</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="151"/>
        <source>Archived as a duplicate</source>
        <translation>Archivé comme doublon</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="155"/>
        <source>National ID confirmed</source>
        <translation>Numéro national d&apos;identité confirmé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="163"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="165"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="167"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="169"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="171"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="173"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="175"/>
        <source>Waiting to retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="177"/>
        <source>Conflict decided</source>
        <translation>Conflit tranché</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="185"/>
        <source>Waits until its documents are on the server; the next sync uploads them.</source>
        <translation>Attend que ses documents soient sur le serveur ; la prochaine synchronisation les envoie.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="188"/>
        <source>Waits for the next sync.</source>
        <translation>Attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="190"/>
        <source>On its way. If no sync is running, the next one sends it again (exactly once).</source>
        <translation>En cours d&apos;envoi. Si aucune synchronisation n&apos;est en cours, la prochaine le renverra (une seule fois).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="192"/>
        <source>Retried automatically after %1; check the network or the server, or retry now.</source>
        <translation>Réessayé automatiquement après %1 ; vérifiez le réseau ou le serveur, ou réessayez maintenant.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="195"/>
        <source>Retried at the next sync; check the network or the server, or retry now.</source>
        <translation>Réessayé à la prochaine synchronisation ; vérifiez le réseau ou le serveur, ou réessayez maintenant.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="198"/>
        <source>Confirmed by the server.</source>
        <translation>Confirmé par le serveur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="200"/>
        <source>Confirmed by the server, merged with other changes.</source>
        <translation>Confirmé par le serveur, fusionné avec d&apos;autres modifications.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="202"/>
        <source>Someone else changed the same field: decide which value to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le même champ : choisissez la valeur à garder.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="204"/>
        <source>The server refused it: open the record, fix it and submit again.</source>
        <translation>Le serveur l&apos;a refusé : ouvrez l&apos;acte, corrigez-le et soumettez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="206"/>
        <source>Someone else changed the same field; the value to keep was decided and goes to the server as its own change.</source>
        <translation>Quelqu’un d’autre a modifié le même champ ; la valeur à garder a été choisie et part vers le serveur comme une modification à part.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="214"/>
        <source>%1 on this device — waiting for confirmation from the server.</source>
        <translation>%1 sur cet appareil — en attente de confirmation par le serveur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordTexts.cpp" line="238"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="137"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="142"/>
        <source>Deaths</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="142"/>
        <source>Births</source>
        <translation>Naissances</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="147"/>
        <source>Registrations per month</source>
        <translation>Enregistrements par mois</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="165"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Registrations</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="170"/>
        <source>How quickly events are registered</source>
        <translation>Délai d&apos;enregistrement des faits</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="172"/>
        <source>Within the legal period</source>
        <translation>Dans le délai légal</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="173"/>
        <source>Within a year</source>
        <translation>En moins d&apos;un an</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="174"/>
        <source>Later than a year</source>
        <translation>Après plus d&apos;un an</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="175"/>
        <source>Date of event not stated</source>
        <translation>Date du fait non indiquée</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="194"/>
        <source>Registered</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="199"/>
        <source>Completeness: registrations per 100 expected events</source>
        <translation>Exhaustivité : enregistrements pour 100 faits attendus</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="220"/>
        <source>Completeness (%)</source>
        <translation>Exhaustivité (%)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="231"/>
        <source>Sex ratio at birth: no girls registered yet, so no ratio.</source>
        <translation>Rapport de masculinité à la naissance : aucune fille enregistrée, donc pas de rapport.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="232"/>
        <source>Sex ratio at birth: %1 boys per 100 girls (about 103 to 107 is usual)</source>
        <translation>Rapport de masculinité à la naissance : %1 garçons pour 100 filles (habituellement 103 à 107)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsCharts.cpp" line="235"/>
        <source>Sex ratio at birth: choose births or all events to see it.</source>
        <translation>Rapport de masculinité à la naissance : choisissez les naissances ou tous les faits pour le voir.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictScreen</name>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="131"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="137"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="138"/>
        <source>Open record</source>
        <translation>Ouvrir l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="139"/>
        <source>Keep &amp;mine for selected</source>
        <translation>Garder la &amp;mienne pour la sélection</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="140"/>
        <source>&amp;Take theirs for selected</source>
        <translation>Prendre les &amp;leurs pour la sélection</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="141"/>
        <source>&amp;Save decisions</source>
        <translation>&amp;Valider les choix</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="142"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="172"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="238"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="238"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="345"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="346"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="239"/>
        <source>Changed by (server time)</source>
        <translation>Modifié par (heure du serveur)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="240"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="268"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="273"/>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="286"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="290"/>
        <source>mine: %1, %2 (this device)</source>
        <translation>la mienne : %1, %2 (cet appareil)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="347"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="348"/>
        <source>Keep mine for %1</source>
        <translation>Garder ma valeur pour %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="349"/>
        <source>Take theirs for %1</source>
        <translation>Prendre la leur pour %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="477"/>
        <source>Choose Mine, Theirs or a new value for the fields first.</source>
        <translation>Choisissez d&apos;abord la mienne, la leur ou une nouvelle valeur pour les champs.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="315"/>
        <source>No open conflicts on this device.</source>
        <translation>Aucun conflit ouvert sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="132"/>
        <source>Someone else changed the same fields before your change reached the server. For each field choose the value to keep (Tab to the row&apos;s choice, then Space or the arrow keys, or to &quot;Type a new value…&quot; to enter another value), then save with Ctrl+S. Ctrl+M keeps yours and Ctrl+T takes theirs for the checked rows.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les mêmes champs avant que votre modification n&apos;atteigne le serveur. Pour chaque champ, choisissez la valeur à garder (Tab jusqu&apos;au choix de la ligne, puis Espace ou les flèches, ou jusqu&apos;à « Saisir une nouvelle valeur… » pour entrer une autre valeur), puis enregistrez avec Ctrl+S. Ctrl+M garde la vôtre et Ctrl+T prend la leur pour les lignes cochées.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="316"/>
        <source>This record has no open conflict.</source>
        <translation>Cet acte n&apos;a aucun conflit ouvert.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="350"/>
        <source>Keep the new value for %1</source>
        <translation>Garder la nouvelle valeur pour %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="363"/>
        <source>Type a new value…</source>
        <translation>Saisir une nouvelle valeur…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="364"/>
        <source>Type a new value for %1</source>
        <translation>Saisir une nouvelle valeur pour %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="370"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="404"/>
        <source>New value: %1</source>
        <translation>Nouvelle valeur : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="387"/>
        <source>This field cannot be typed here; choose Mine or Theirs.</source>
        <translation>Ce champ ne peut pas être saisi ici ; choisissez la mienne ou la leur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="422"/>
        <source>Check the rows to decide first (Space on a row&apos;s box).</source>
        <translation>Cochez d&apos;abord les lignes à trancher (Espace sur la case d&apos;une ligne).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="455"/>
        <source>%1 (%n field(s) left)</source>
        <translation>
            <numerusform>%1 (%n champ restant)</numerusform>
            <numerusform>%1 (%n champs restants)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="462"/>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="464"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="469"/>
        <source>%n record(s) resolved; the decision is sent at the next sync.</source>
        <translation>
            <numerusform>%n acte résolu ; la décision part à la prochaine synchronisation.</numerusform>
            <numerusform>%n actes résolus ; la décision part à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="472"/>
        <source>Choose a value for every field of: %1.</source>
        <translation>Choisissez une valeur pour chaque champ de : %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictScreen.cpp" line="475"/>
        <source>Not resolved: %1</source>
        <translation>Non résolu : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ConflictValueDialog</name>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="24"/>
        <source>New value for %1</source>
        <translation>Nouvelle valeur pour %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="30"/>
        <source>Type the value to keep instead of both. It is checked with the form&apos;s rules.</source>
        <translation>Saisissez la valeur à garder à la place des deux. Elle est vérifiée avec les règles du formulaire.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ConflictValueDialog.cpp" line="55"/>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::CorrectionsPane</name>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="94"/>
        <source>Corrected to</source>
        <translation>Corrigé en</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="95"/>
        <source>Correction requests</source>
        <translation>Demandes de correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="97"/>
        <source>Apply the selected correction (Ctrl+Shift+P)</source>
        <translation>Appliquer la correction choisie (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="99"/>
        <source>Refuse the selected correction, with a reason (Ctrl+Shift+F)</source>
        <translation>Refuser la correction choisie, avec un motif (Ctrl+Maj+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="133"/>
        <source>Correction requested (%n)</source>
        <translation>
            <numerusform>Correction demandée (%n)</numerusform>
            <numerusform>Corrections demandées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="139"/>
        <source>you, not sent yet</source>
        <translation>vous, pas encore envoyée</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="141"/>
        <source>Requested by %1 on %2: %3</source>
        <translation>Demandée par %1 le %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="184"/>
        <source>This request has not reached the server yet: sync first.</source>
        <translation>Cette demande n&apos;est pas encore arrivée au serveur : synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="194"/>
        <source>The record keeps its values. Tell the person who asked why the correction is refused.</source>
        <translation>L&apos;acte garde ses valeurs. Dites à la personne qui a demandé pourquoi la correction est refusée.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/CorrectionsPane.cpp" line="205"/>
        <source>Not done: %1</source>
        <translation>Non fait : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DocumentViewer</name>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="104"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="105"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="106"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="107"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="108"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="109"/>
        <source>Whole page in the window (Ctrl+0)</source>
        <translation>Page entière dans la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="110"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="111"/>
        <source>Page Up</source>
        <translation>Page préc.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="112"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="113"/>
        <source>Page Down</source>
        <translation>Page suiv.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="114"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="133"/>
        <source>This document cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>Ce document ne peut pas être affiché : le fichier est endommagé ou d&apos;un type inconnu.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="149"/>
        <source>Choose a document to see it here.</source>
        <translation>Choisissez un document pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="207"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentViewer.cpp" line="208"/>
        <source>Page %1 of %2 — %3</source>
        <translation>Page %1 sur %2 — %3</translation>
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
        <translation>Documents joints à l&apos;acte. Les flèches passent de l&apos;un à l&apos;autre ; Ctrl++ et Ctrl+- zooment, Ctrl+0 ajuste la page, Page suiv. et Page préc. tournent les pages.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="149"/>
        <source>Not on this device yet: it comes with the next sync.</source>
        <translation>Pas encore sur cet appareil : il arrive avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="160"/>
        <source>Damaged on this device.</source>
        <translation>Endommagé sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="167"/>
        <source>No documents are attached to this record.</source>
        <translation>Aucun document n&apos;est joint à cet acte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="182"/>
        <source>This document is not on this device yet: it comes with the next sync.</source>
        <translation>Ce document n&apos;est pas encore sur cet appareil : il arrive avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DocumentsPane.cpp" line="192"/>
        <source>This document is damaged on this device; ask for it to be attached again.</source>
        <translation>Ce document est endommagé sur cet appareil ; demandez qu&apos;il soit joint à nouveau.</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DuplicateCompareScreen</name>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="102"/>
        <source>Possible duplicate: %1</source>
        <translation>Doublon possible : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="103"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="104"/>
        <source>This record looks like another record in the register. Compare them field by field: differences are highlighted, the fields that look the same are in bold. It cannot be registered until you decide.</source>
        <translation>Cet acte ressemble à un autre acte du registre. Comparez-les champ par champ : les différences sont surlignées, les champs semblables sont en gras. Il ne peut pas être enregistré tant que vous n&apos;avez pas décidé.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="107"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>This record</source>
        <translation>Cet acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="108"/>
        <source>Other record</source>
        <translation>Autre acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="111"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="168"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="173"/>
        <source>The other record (%1) is not on this computer: it belongs to another office. Only &quot;Not a duplicate&quot; can be decided here.</source>
        <translation>L&apos;autre acte (%1) n&apos;est pas sur cet ordinateur : il appartient à un autre bureau. Seul « Pas un doublon » peut être décidé ici.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="216"/>
        <source>Why is this record a duplicate of %1? It will be archived.</source>
        <translation>Pourquoi cet acte est-il un doublon de %1 ? Il sera archivé.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="217"/>
        <source>Why is this record not a duplicate? (for example: twins, checked with the mother)</source>
        <translation>Pourquoi cet acte n&apos;est-il pas un doublon ? (par exemple : jumeaux, vérifié avec la mère)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="238"/>
        <source>Decided: not a duplicate. It can now be registered.</source>
        <translation>Décidé : pas un doublon. Il peut maintenant être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="241"/>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="259"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/DuplicateCompareScreen.cpp" line="256"/>
        <source>Archived as a duplicate.</source>
        <translation>Archivé comme doublon.</translation>
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
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="171"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="173"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="175"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="177"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxModel.cpp" line="179"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::OutboxScreen</name>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="150"/>
        <source>Outbox</source>
        <translation>File d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="151"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="155"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="159"/>
        <source>Show outbox items in state</source>
        <translation>Afficher les éléments de la file d&apos;envoi dans l&apos;état</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="160"/>
        <source>Outbox items</source>
        <translation>Éléments de la file d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="161"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="162"/>
        <source>Open &amp;record</source>
        <translation>Ouvrir l&apos;a&amp;cte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="163"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="250"/>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="260"/>
        <source>&amp;Open and fix</source>
        <translation>&amp;Ouvrir et corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="164"/>
        <source>Re&amp;try selected</source>
        <translation>Réessa&amp;yer la sélection</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="165"/>
        <source>Retry &amp;all</source>
        <translation>&amp;Tout réessayer</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="166"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="167"/>
        <source>Open a rejected item&apos;s record in the form to fix it (Ctrl+O)</source>
        <translation>Ouvrir l&apos;acte d&apos;un élément refusé dans le formulaire pour le corriger (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="168"/>
        <source>Send the selected items at the next sync, now (Ctrl+R)</source>
        <translation>Envoyer les éléments sélectionnés dès maintenant (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="169"/>
        <source>Send every item waiting for a retry now (Ctrl+Shift+T)</source>
        <translation>Envoyer maintenant tous les éléments en attente de nouvel essai (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="170"/>
        <source>Selected item details</source>
        <translation>Détails de l&apos;élément sélectionné</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="197"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="199"/>
        <source>%n rejected (open and fix)</source>
        <translation>
            <numerusform>%n refusé (ouvrir et corriger)</numerusform>
            <numerusform>%n refusés (ouvrir et corriger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="201"/>
        <source>%n in conflict (decide)</source>
        <translation>
            <numerusform>%n en conflit (à trancher)</numerusform>
            <numerusform>%n en conflit (à trancher)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="202"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmé</numerusform>
            <numerusform>%n confirmés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="249"/>
        <source>&amp;Decide conflict</source>
        <translation>&amp;Trancher le conflit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="255"/>
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
        <location filename="../app/desktop/records/OutboxScreen.cpp" line="272"/>
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
    <name>vitalis::desktop::PrintCertificateDialog</name>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="44"/>
        <source>Print certificate</source>
        <translation>Imprimer l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="64"/>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="65"/>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="66"/>
        <source>Informant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="67"/>
        <source>Someone else</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="70"/>
        <source>National ID card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="71"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="72"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="73"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="75"/>
        <source>I have checked the ID document</source>
        <translation>J&apos;ai vérifié la pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="79"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Acte :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="81"/>
        <source>C&amp;ollected by:</source>
        <translation>Re&amp;tiré par :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="82"/>
        <source>&amp;Name of the person collecting:</source>
        <translation>&amp;Nom de la personne qui le retire :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="83"/>
        <source>I&amp;D document:</source>
        <translation>Pièce d&apos;i&amp;dentité :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="84"/>
        <source>ID n&amp;umber:</source>
        <translation>N&amp;uméro de la pièce :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="86"/>
        <source>Fee:</source>
        <translation>Droits :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="87"/>
        <source>&amp;Receipt number:</source>
        <translation>Numéro de &amp;reçu :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="88"/>
        <source>Reason for the re&amp;print:</source>
        <translation>Motif de la ré&amp;impression :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="88"/>
        <source>Reason (copies only):</source>
        <translation>Motif (copies seulement) :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="93"/>
        <source>Preview of the certificate</source>
        <translation>Aperçu de l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="99"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="100"/>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="142"/>
        <source>There is no certificate for this kind of record on this computer.</source>
        <translation>Aucun modèle d&apos;acte pour ce type d&apos;acte sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="173"/>
        <source>%1 %2 (the fee for a copy)</source>
        <translation>%1 %2 (droits pour une copie)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="174"/>
        <source>%1 %2 (from the date of the event to the registration)</source>
        <translation>%1 %2 (de la date de l&apos;événement à l&apos;enregistrement)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="185"/>
        <source>The certificate cannot be shown: %1</source>
        <translation>L&apos;acte ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="204"/>
        <source>This computer cannot sign certificates: sync with the server first.</source>
        <translation>Cet ordinateur ne peut pas signer d&apos;actes : synchronisez d&apos;abord avec le serveur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="215"/>
        <source>Not printed: %1</source>
        <translation>Non imprimé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="228"/>
        <source>The print is recorded but the PDF could not be written: %1</source>
        <translation>L&apos;impression est enregistrée mais le PDF n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="239"/>
        <source>Save the certificate as PDF</source>
        <translation>Enregistrer l&apos;acte en PDF</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/PrintCertificateDialog.cpp" line="242"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReasonDialog</name>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="24"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="53"/>
        <source>%1 characters — at most %2.</source>
        <translation>%1 caractères — %2 au plus.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReasonDialog.cpp" line="54"/>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordHistoryView</name>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="68"/>
        <source>Fields / reason</source>
        <translation>Champs / motif</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="69"/>
        <source>Record history</source>
        <translation>Historique de l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="126"/>
        <source>The record&apos;s history from the server, with this device&apos;s changes not confirmed yet.</source>
        <translation>L&apos;historique de l&apos;acte selon le serveur, avec les modifications de cet appareil pas encore confirmées.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="131"/>
        <source>Asking the server for the full history… Meanwhile: what this device knows.</source>
        <translation>Demande de l&apos;historique complet au serveur… En attendant : ce que cet appareil sait.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="134"/>
        <source>Not on the server yet: what this device knows.</source>
        <translation>Pas encore sur le serveur : ce que cet appareil sait.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="136"/>
        <source>Offline: only what this device knows. The full history appears when the server can be reached.</source>
        <translation>Hors ligne : seulement ce que cet appareil sait. L&apos;historique complet apparaît quand le serveur est joignable.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="139"/>
        <source>The server&apos;s history needs a fresh sign-in (the next sync renews it): only what this device knows.</source>
        <translation>L&apos;historique du serveur demande une nouvelle connexion (la prochaine synchronisation la renouvelle) : seulement ce que cet appareil sait.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="142"/>
        <source>The server did not give the history: only what this device knows.</source>
        <translation>Le serveur n&apos;a pas donné l&apos;historique : seulement ce que cet appareil sait.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="173"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="195"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="209"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="185"/>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="207"/>
        <source>Registration number %1 voided</source>
        <translation>Numéro d&apos;enregistrement %1 annulé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="210"/>
        <source>a certificate printed with this number is no longer valid</source>
        <translation>un acte imprimé avec ce numéro n&apos;est plus valable</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="215"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="255"/>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="211"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="217"/>
        <source>Another device</source>
        <translation>Un autre appareil</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="212"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="218"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="226"/>
        <source>Confirmed (merged)</source>
        <translation>Confirmé (fusionné)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="208"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="226"/>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="246"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="231"/>
        <source>On the device&apos;s clock: %1</source>
        <translation>À l&apos;horloge de l&apos;appareil : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="242"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="242"/>
        <source>Only on this device</source>
        <translation>Seulement sur cet appareil</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="244"/>
        <source>Waiting for confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="248"/>
        <source>Conflict — to decide</source>
        <translation>Conflit — à trancher</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="250"/>
        <source>Conflict decided</source>
        <translation>Conflit tranché</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="252"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="266"/>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="266"/>
        <source>Conflicting change</source>
        <translation>Modification en conflit</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordHistoryView.cpp" line="267"/>
        <source>Server time %1</source>
        <translation>Heure du serveur %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::RecordScreen</name>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="225"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="226"/>
        <source>Back to the workqueues (Esc)</source>
        <translation>Retour aux files de travail (Échap)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="229"/>
        <source>Open the form to change the values (%1)</source>
        <translation>Ouvrir le formulaire pour changer les valeurs (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="242"/>
        <source>Resolve conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="243"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="244"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="245"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="247"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="248"/>
        <source>Record details</source>
        <translation>Détails de l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="105"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="237"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="238"/>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Imprimer l&apos;acte…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="241"/>
        <source>Delete this draft from this computer (it was never sent)</source>
        <translation>Supprimer ce brouillon de cet ordinateur (il n&apos;a jamais été envoyé)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="306"/>
        <source>Record not found</source>
        <translation>Acte introuvable</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="309"/>
        <source>The record %1 is not on this device (it may have left your jurisdiction).</source>
        <translation>L&apos;acte %1 n&apos;est pas sur cet appareil (il a peut-être quitté votre circonscription).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="330"/>
        <source>no tracking ID yet</source>
        <translation>pas encore de n° de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="332"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="335"/>
        <source>Tracking ID: %1</source>
        <translation>N° de suivi : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="338"/>
        <source>Registration number: not registered yet</source>
        <translation>Numéro d&apos;enregistrement : pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="339"/>
        <source>Registration number: %1</source>
        <translation>Numéro d&apos;enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="340"/>
        <source>Office: %1</source>
        <translation>Bureau : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="346"/>
        <source>Not on the server yet.</source>
        <translation>Pas encore sur le serveur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="348"/>
        <source>Server revision %1 — last changed by %2 at %3 (server time).</source>
        <translation>Révision serveur %1 — dernière modification par %2 le %3 (heure du serveur).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="353"/>
        <source>Server revision %1, plus %n change(s) from this device not yet confirmed.</source>
        <translation>
            <numerusform>Révision serveur %1, plus %n modification de cet appareil pas encore confirmée.</numerusform>
            <numerusform>Révision serveur %1, plus %n modifications de cet appareil pas encore confirmées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="361"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (en attente de confirmation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/RecordScreen.cpp" line="368"/>
        <source>%n field(s) of this record were changed by someone else too. Decide which values to keep; you can still edit the record meanwhile.</source>
        <translation>
            <numerusform>%n champ de cet acte a aussi été modifié par quelqu&apos;un d&apos;autre. Choisissez la valeur à garder ; vous pouvez continuer à modifier l&apos;acte en attendant.</numerusform>
            <numerusform>%n champs de cet acte ont aussi été modifiés par quelqu&apos;un d&apos;autre. Choisissez les valeurs à garder ; vous pouvez continuer à modifier l&apos;acte en attendant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="378"/>
        <source>Registration refused by the national ID system: %1</source>
        <translation>Enregistrement refusé par le système d&apos;identité nationale : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="382"/>
        <source>Sent back for updates: %1</source>
        <translation>Renvoyé pour correction : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="384"/>
        <source>Archived: %1</source>
        <translation>Archivé : %1</translation>
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
        <translation>la personne qui l&apos;a déclaré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="431"/>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="446"/>
        <source>No values entered yet.</source>
        <translation>Aucune valeur saisie pour le moment.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="492"/>
        <source>Not registered: it may be a duplicate of %1. Someone who decides on duplicates compares them first.</source>
        <translation>Non enregistré : il s&apos;agit peut-être d&apos;un doublon de %1. Une personne chargée des doublons doit d&apos;abord les comparer.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="516"/>
        <source>Not sent: check the possible duplicate first.</source>
        <translation>Non envoyé : vérifiez d&apos;abord le doublon possible.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="528"/>
        <source>this declaration</source>
        <translation>cette déclaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="535"/>
        <source>%1 goes back to %2 for updates. Tell them what to fix; they see this text with the record.</source>
        <translation>%1 retourne à %2 pour mise à jour. Indiquez ce qu&apos;il faut corriger ; ce texte s&apos;affiche avec l&apos;acte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="538"/>
        <source>%1 is archived: it leaves the workqueues. Why? The reason is kept with the record&apos;s history.</source>
        <translation>%1 est archivé : il quitte les files de travail. Pourquoi ? Le motif est conservé dans l&apos;historique de l&apos;acte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="551"/>
        <source>Register %1? Registration is final: the record gets its registration number and can afterwards only be corrected, not sent back.</source>
        <translation>Enregistrer %1 ? L&apos;enregistrement est définitif : l&apos;acte reçoit son numéro d&apos;enregistrement et ne pourra ensuite qu&apos;être rectifié, pas renvoyé.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="555"/>
        <source>Validate %1? It goes to the registrar for registration and can no longer be edited here.</source>
        <translation>Valider %1 ? Il part chez l&apos;officier d&apos;état civil pour enregistrement et ne peut plus être modifié ici.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="570"/>
        <source>Registered on this device. It will be numbered at the next sync (the server gives the registration number).</source>
        <translation>Enregistré sur cet appareil. Il sera numéroté à la prochaine synchronisation (le serveur attribue le numéro d&apos;enregistrement).</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="572"/>
        <source>Registered: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="575"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="578"/>
        <source>Sent back to %1</source>
        <translation>Renvoyé à %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="581"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="584"/>
        <source>Reinstated</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="587"/>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="621"/>
        <source>Not done: some values must be fixed first (%1). Use Edit to correct them.</source>
        <translation>Non effectué : certaines valeurs doivent d&apos;abord être corrigées (%1). Utilisez Modifier pour les corriger.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="625"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/RecordScreen.cpp" line="628"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueModel</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="152"/>
        <source>%1 (waiting for confirmation)</source>
        <translation>%1 (en attente de confirmation)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="175"/>
        <source>Tracking ID</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="177"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="179"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="181"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueModel.cpp" line="183"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewQueueScreen</name>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="137"/>
        <source>Ready for review</source>
        <translation>Prêtes à examiner</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="138"/>
        <source>Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R registers every checked declaration.</source>
        <translation>Espace coche une ligne, Ctrl+Entrée l&apos;ouvre pour un examen complet, Ctrl+R enregistre toutes les déclarations cochées.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="140"/>
        <source>Declarations ready for review</source>
        <translation>Déclarations prêtes à examiner</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="141"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="142"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="143"/>
        <source>Check &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="172"/>
        <source>&amp;Register selected (%1)</source>
        <translation>&amp;Enregistrer la sélection (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="172"/>
        <source>&amp;Register selected</source>
        <translation>&amp;Enregistrer la sélection</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="187"/>
        <source>Register selected</source>
        <translation>Enregistrer la sélection</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="189"/>
        <source>Register %n checked declaration(s)? Registration is final: each gets its registration number and can afterwards only be corrected, not sent back.</source>
        <translation>
            <numerusform>Enregistrer %n déclaration(s) cochée(s) ? L&apos;enregistrement est définitif : chacune reçoit son numéro d&apos;enregistrement et ne pourra ensuite qu&apos;être rectifiée, pas renvoyée.</numerusform>
            <numerusform>Enregistrer %n déclaration(s) cochée(s) ? L&apos;enregistrement est définitif : chacune reçoit son numéro d&apos;enregistrement et ne pourra ensuite qu&apos;être rectifiée, pas renvoyée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="193"/>
        <source>Register %n</source>
        <translation>
            <numerusform>Enregistrer %n</numerusform>
            <numerusform>Enregistrer %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="216"/>
        <source>Registered: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="218"/>
        <source>%n declaration(s) registered on this device; they will be numbered at the next sync (the server gives the registration numbers).</source>
        <translation>
            <numerusform>%n déclaration(s) enregistrée(s) sur cet appareil ; elles seront numérotées à la prochaine synchronisation (le serveur attribue les numéros d&apos;enregistrement).</numerusform>
            <numerusform>%n déclaration(s) enregistrée(s) sur cet appareil ; elles seront numérotées à la prochaine synchronisation (le serveur attribue les numéros d&apos;enregistrement).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/records/ReviewQueueScreen.cpp" line="222"/>
        <source>%n not registered:</source>
        <translation>
            <numerusform>%n non enregistrée :</numerusform>
            <numerusform>%n non enregistrées :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::StatisticsScreen</name>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="167"/>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="199"/>
        <source>The registry server refused to give these figures: %1</source>
        <translation>Le serveur du registre a refusé ces chiffres : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="200"/>
        <source>no reason given</source>
        <translation>sans motif</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="220"/>
        <source>These figures cannot be computed on this laptop: %1</source>
        <translation>Ces chiffres ne peuvent pas être calculés sur cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="231"/>
        <source>Figures from the registry server.</source>
        <translation>Chiffres du serveur du registre.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="235"/>
        <source>This laptop&apos;s records only, as of last sync: %1</source>
        <translation>Dossiers de cet ordinateur seulement, à la dernière synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="238"/>
        <source>This laptop&apos;s records only: this laptop has never synced, so the figures are incomplete.</source>
        <translation>Dossiers de cet ordinateur seulement : il n&apos;a jamais été synchronisé, les chiffres sont donc incomplets.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>Save the chart as a picture</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>statistics.png</source>
        <translation>statistiques.png</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="306"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="308"/>
        <source>The chart could not be saved to %1.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="314"/>
        <source>Save the figures for a spreadsheet</source>
        <translation>Enregistrer les chiffres pour un tableur</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="315"/>
        <source>statistics.csv</source>
        <translation>statistiques.csv</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="315"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="317"/>
        <source>The figures could not be saved to %1.</source>
        <translation>Les chiffres n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="337"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="338"/>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="339"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="340"/>
        <source>&amp;District:</source>
        <translation>&amp;District :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="341"/>
        <source>Births and deaths</source>
        <translation>Naissances et décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="342"/>
        <source>Births</source>
        <translation>Naissances</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="343"/>
        <source>Deaths</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="344"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="345"/>
        <source>Whole area</source>
        <translation>Toute la zone</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="346"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="347"/>
        <source>Save &amp;chart…</source>
        <translation>Enregistrer le &amp;graphique…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="348"/>
        <source>Save &amp;figures…</source>
        <translation>Enregistrer les &amp;chiffres…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="349"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="354"/>
        <source>Registrations per month</source>
        <translation>Enregistrements par mois</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="350"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="355"/>
        <source>Timeliness</source>
        <translation>Délais</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="351"/>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="356"/>
        <source>Completeness by district</source>
        <translation>Exhaustivité par district</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="352"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/StatisticsScreen.cpp" line="353"/>
        <source>Map of the districts coloured by completeness</source>
        <translation>Carte des districts colorés selon l&apos;exhaustivité</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::VerifyScreen</name>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="106"/>
        <source>Scan the QR code or type its text first.</source>
        <translation>Scannez d&apos;abord le code QR ou saisissez son texte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="114"/>
        <source>This computer does not have the country&apos;s certificate key, so it cannot check certificates. Ask your administrator.</source>
        <translation>Cet ordinateur n&apos;a pas la clé des actes du pays : il ne peut pas vérifier les actes. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="132"/>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="141"/>
        <source>Checked against the list of withdrawn keys and cancelled certificates from the sync of %1.</source>
        <translation>Vérifié avec la liste des clés retirées et des actes annulés de la synchronisation du %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="145"/>
        <source>Not checked against the list of withdrawn keys and cancelled certificates: sync once to get it.</source>
        <translation>Non vérifié avec la liste des clés retirées et des actes annulés : synchronisez une fois pour la recevoir.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="157"/>
        <source>No certificate QR code could be read in this photo. Take a sharper photo, or type or scan the text.</source>
        <translation>Aucun code QR d&apos;acte n&apos;a pu être lu sur cette photo. Prenez une photo plus nette, ou saisissez ou scannez le texte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="166"/>
        <source>Open a photo of the certificate</source>
        <translation>Ouvrir une photo de l&apos;acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="167"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="181"/>
        <source>Verify a certificate</source>
        <translation>Vérifier un acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="182"/>
        <source>Scan the QR code on the certificate (the scanner types it here and presses Enter), or open a photo of it. Compare the details shown with the paper.</source>
        <translation>Scannez le code QR de l&apos;acte (le lecteur le saisit ici et appuie sur Entrée), ou ouvrez-en une photo. Comparez les informations affichées avec le papier.</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="185"/>
        <source>&amp;QR code text:</source>
        <translation>Texte du code &amp;QR :</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="186"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="187"/>
        <source>Open &amp;photo…</source>
        <translation>Ouvrir une &amp;photo…</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="188"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/desktop/records/VerifyScreen.cpp" line="188"/>
        <source>Signed value</source>
        <translation>Valeur signée</translation>
    </message>
</context>
</TS>
