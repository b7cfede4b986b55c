<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentImport</name>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="23" />
        <source>%1 cannot be added: choose a photo or scan (JPEG or PNG) or a PDF file.</source>
        <translation>Impossible d'ajouter %1 : choisissez une photo ou un scan (JPEG ou PNG) ou un fichier PDF.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="29" />
        <source>%1 is too large: at most %2.</source>
        <translation>%1 est trop volumineux : %2 au maximum.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="34" />
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
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
        <translation>ans</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="19" />
        <source>months</source>
        <comment>unit</comment>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="21" />
        <source>weeks</source>
        <comment>unit</comment>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/UnitText.cpp" line="23" />
        <source>days</source>
        <comment>unit</comment>
        <translation>jours</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="37" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="55" />
        <source>Age %1 (exact date unknown)</source>
        <translation>%1 ans (date exacte inconnue)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AttachmentFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="72" />
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="74" />
        <source>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans, photos et PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="144" />
        <source>Add file...</source>
        <translation>Ajouter un fichier...</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="145" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="147" />
        <source>%1: add a file</source>
        <translation>%1 : ajouter un fichier</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="148" />
        <source>%1: remove the selected file</source>
        <translation>%1 : retirer le fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="149" />
        <source>%1: attached files</source>
        <translation>%1 : fichiers joints</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::CorrectionReasonDialog</name>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="35" />
        <source>Correct the record</source>
        <translation>Corriger l'acte</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="35" />
        <source>Request a correction</source>
        <translation>Demander une correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="37" />
        <source>&amp;Why is it wrong?</source>
        <translation>&amp;Pourquoi est-ce faux ?</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="23" />
        <source>Spelling mistake</source>
        <translation>Faute d'orthographe</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="25" />
        <source>Wrong date</source>
        <translation>Date erronée</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="27" />
        <source>Wrong place</source>
        <translation>Lieu erroné</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="29" />
        <source>Court order</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="30" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="43" />
        <source>&amp;Explain what was wrong and how you know:</source>
        <translation>&amp;Expliquez ce qui était faux et comment vous le savez :</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="45" />
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="48" />
        <source>Add &amp;supporting document…</source>
        <translation>Ajouter un &amp;justificatif…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="49" />
        <source>No supporting document</source>
        <translation>Aucun justificatif</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="53" />
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="53" />
        <source>Request correction</source>
        <translation>Demander la correction</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="84" />
        <source>Supporting document</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="85" />
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans et documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/CorrectionReasonDialog.cpp" line="92" />
        <source>Supporting documents: %1</source>
        <translation>Justificatifs : %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DateInput</name>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="73" />
        <source>"%1" could be %2 or %3. Type the month as a word, for example %2.</source>
        <translation>« %1 » peut être le %2 ou le %3. Écrivez le mois en lettres, par exemple %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="78" />
        <source>Type the year with 4 digits, for example %1.</source>
        <translation>Écrivez l'année avec 4 chiffres, par exemple %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="80" />
        <source>There is no such day. Check the day and the month.</source>
        <translation>Ce jour n'existe pas. Vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="84" />
        <source>This is not a date. Type the day, the month and the year, for example %1.</source>
        <translation>Ce n'est pas une date. Écrivez le jour, le mois et l'année, par exemple %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DateInput.cpp" line="100" />
        <source>day month year, e.g. %1</source>
        <translation>jour mois année, p. ex. %1</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationActionBar</name>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="51" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="52" />
        <source>Previous page (Alt+Left, Ctrl+Page Up)</source>
        <translation>Page précédente (Alt+Gauche, Ctrl+Page préc.)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="53" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="54" />
        <source>Next page (Alt+Right, Ctrl+Page Down)</source>
        <translation>Page suivante (Alt+Droite, Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="55" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="56" />
        <source>Save now (Ctrl+S). Every answer is also saved as you go.</source>
        <translation>Enregistrer maintenant (Ctrl+S). Chaque réponse est aussi enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="57" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="59" />
        <source>Check every answer before declaring (Ctrl+Enter)</source>
        <translation>Vérifier toutes les réponses avant de déclarer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="60" />
        <source>Check every answer before sending (Ctrl+Enter)</source>
        <translation>Vérifier chaque réponse avant l'envoi (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="61" />
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="62" />
        <source>Declare and queue for sending (Ctrl+Enter)</source>
        <translation>Déclarer et mettre en file d'envoi (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="63" />
        <source>Send incomplete</source>
        <translation>Envoyer incomplet</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="64" />
        <source>Send as an incomplete notification; it can be completed later</source>
        <translation>Envoyer comme notification incomplète ; elle pourra être complétée plus tard</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="65" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="66" />
        <source>Back to the work queues; the declaration stays saved</source>
        <translation>Retour aux files de travail ; la déclaration reste enregistrée</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="68" />
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="69" />
        <source>Request correction…</source>
        <translation>Demander une correction…</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="70" />
        <source>Say why, then send the correction (Ctrl+Enter)</source>
        <translation>Indiquez pourquoi, puis envoyez la correction (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="71" />
        <source>Check the corrected answers (Ctrl+Enter)</source>
        <translation>Vérifier les réponses corrigées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="72" />
        <source>Back without correcting anything</source>
        <translation>Retour sans rien corriger</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="74" />
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="75" />
        <source>Delete this draft from this computer (it was never sent)</source>
        <translation>Supprimer ce brouillon de cet ordinateur (il n'a jamais été envoyé)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationScreen</name>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="175" />
        <source>No form is installed for "%1".</source>
        <translation>Aucun formulaire n'est installé pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="184" />
        <source>Nothing saved yet</source>
        <translation>Rien n'est encore enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="196" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="227" />
        <source>Form %1 version %2 is not installed on this device.</source>
        <translation>Le formulaire %1 version %2 n'est pas installé sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="206" />
        <source>Saved on this device</source>
        <translation>Enregistré sur cet appareil</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="208" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="245" />
        <source>This record cannot be opened: %1</source>
        <translation>Impossible d'ouvrir cet enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="241" />
        <source>Correcting registered record %1: change the wrong answers, then review (Ctrl+Enter). Nothing changes until you finish.</source>
        <translation>Correction de l'acte enregistré %1 : modifiez les réponses fausses, puis vérifiez (Ctrl+Entrée). Rien ne change avant la fin.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="272" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="294" />
        <source>Nothing was changed: change the wrong answers first.</source>
        <translation>Rien n'a changé : modifiez d'abord les réponses fausses.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="483" />
        <source>Sent back for updates. No reason was given: ask the office what to change.</source>
        <translation>Renvoyée pour mise à jour sans motif : demandez au bureau ce qu'il faut changer.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="484" />
        <source>Sent back for updates: %1</source>
        <translation>Renvoyée pour mise à jour : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="525" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="785" />
        <source>Saved on this device at %1</source>
        <translation>Enregistré sur cet appareil à %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="531" />
        <source>Kept on this device as a draft copy, not in the record: %1</source>
        <translation>Conservé sur cet appareil comme copie de brouillon, pas dans l'enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="592" />
        <source>Correct the answers marked in red, or press Next again to go on.</source>
        <translation>Corrigez les réponses en rouge, ou appuyez encore sur Suivant pour continuer.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="634" />
        <source>Fill in the form first.</source>
        <translation>Remplissez d'abord le formulaire.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="289" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="323" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="645" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="658" />
        <source>Not sent: correct the answers marked in red.</source>
        <translation>Non envoyé : corrigez les réponses marquées en rouge.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="326" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="660" />
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="726" />
        <source>Not discarded: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="778" />
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="780" />
        <source>%1 · tracking ID %2</source>
        <translation>%1 · numéro de suivi %2</translation>
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
        <translation>%1 (en %2)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::PageList</name>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="49" />
        <source>%1 (answers to correct)</source>
        <translation>%1 (réponses à corriger)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="50" />
        <source>Some answers on this page must be corrected.</source>
        <translation>Des réponses de cette page doivent être corrigées.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="53" />
        <location filename="../app/desktop/form/PageList.cpp" line="67" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/PageList.cpp" line="65" />
        <source>Pages of the form</source>
        <translation>Pages du formulaire</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReferencePicker</name>
    <message>
        <location filename="../app/desktop/form/ReferencePicker.cpp" line="57" />
        <source>No place with a name starting "%1"</source>
        <translation>Aucun lieu dont le nom commence par « %1 »</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReferencePicker.cpp" line="86" />
        <source>Type part of the name, then choose from the list</source>
        <translation>Tapez une partie du nom, puis choisissez dans la liste</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::ReviewPage</name>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="74" />
        <source>(not provided)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="81" />
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="82" />
        <source>Change: %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="100" />
        <source>Everything needed is filled in. Check the answers, then declare.</source>
        <translation>Tout ce qui est nécessaire est rempli. Vérifiez les réponses, puis déclarez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/form/ReviewPage.cpp" line="101" />
        <source>%n answer(s) must be completed or corrected before declaring. Choose "Change" to go to the field.</source>
        <translation>
            <numerusform>%n réponse doit être complétée ou corrigée avant de déclarer. Choisissez « Modifier » pour aller au champ.</numerusform>
            <numerusform>%n réponses doivent être complétées ou corrigées avant de déclarer. Choisissez « Modifier » pour aller au champ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ReviewPage.cpp" line="107" />
        <source>Everything is filled in. Check the answers, then send the notification.</source>
        <translation>Tout est rempli. Vérifiez les réponses, puis envoyez la notification.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/form/ReviewPage.cpp" line="108" />
        <source>%n answer(s) are missing or must be corrected. You can send the notification incomplete; choose "Change" to go to a field.</source>
        <translation>
            <numerusform>%n réponse(s) manquent ou doivent être corrigées. Vous pouvez envoyer la notification incomplète ; choisissez « Modifier » pour aller au champ.</numerusform>
            <numerusform>%n réponse(s) manquent ou doivent être corrigées. Vous pouvez envoyer la notification incomplète ; choisissez « Modifier » pour aller au champ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SelectFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/SelectFieldEditor.cpp" line="41" />
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::TextFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/TextFieldEditor.cpp" line="42" />
        <source>HH:MM (24 hours)</source>
        <translation>HH:MM (24 heures)</translation>
    </message>
</context>
</TS>