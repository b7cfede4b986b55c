<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentImport</name>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="21" />
        <source>%1 is not a scan, photo or PDF this form accepts (%2).</source>
        <translation>%1 n'est pas un scan, une photo ou un PDF accepté par ce formulaire (%2).</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="26" />
        <source>%1 is too large: at most %2.</source>
        <translation>%1 est trop volumineux : %2 au maximum.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentImport.cpp" line="32" />
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="35" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="35" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/ValueFormatter.cpp" line="53" />
        <source>Age %1 (exact date unknown)</source>
        <translation>%1 ans (date exacte inconnue)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AddressFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/AddressFieldEditor.cpp" line="69" />
        <source>(no locations on this device)</source>
        <translation>(aucun lieu sur cet appareil)</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::AttachmentFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="60" />
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="62" />
        <source>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans, photos et PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="132" />
        <source>Add file...</source>
        <translation>Ajouter un fichier...</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="133" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="135" />
        <source>%1: add a file</source>
        <translation>%1 : ajouter un fichier</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="136" />
        <source>%1: remove the selected file</source>
        <translation>%1 : retirer le fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/AttachmentFieldEditor.cpp" line="137" />
        <source>%1: attached files</source>
        <translation>%1 : fichiers joints</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DateFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/DateFieldEditor.cpp" line="91" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationActionBar</name>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="48" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="49" />
        <source>Previous page (Alt+Left, Ctrl+Page Up)</source>
        <translation>Page précédente (Alt+Gauche, Ctrl+Page préc.)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="50" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="51" />
        <source>Next page (Alt+Right, Ctrl+Page Down)</source>
        <translation>Page suivante (Alt+Droite, Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="52" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="53" />
        <source>Save now (Ctrl+S). Every answer is also saved as you go.</source>
        <translation>Enregistrer maintenant (Ctrl+S). Chaque réponse est aussi enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="54" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="55" />
        <source>Check every answer before declaring (Ctrl+Enter)</source>
        <translation>Vérifier toutes les réponses avant de déclarer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="56" />
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="57" />
        <source>Declare and queue for sending (Ctrl+Enter)</source>
        <translation>Déclarer et mettre en file d'envoi (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="58" />
        <source>Send incomplete</source>
        <translation>Envoyer incomplet</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="59" />
        <source>Send as an incomplete notification; it can be completed later</source>
        <translation>Envoyer comme notification incomplète ; elle pourra être complétée plus tard</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="60" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationActionBar.cpp" line="61" />
        <source>Back to the work queues; the declaration stays saved</source>
        <translation>Retour aux files de travail ; la déclaration reste enregistrée</translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::DeclarationScreen</name>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="149" />
        <source>No form is installed for "%1".</source>
        <translation>Aucun formulaire n'est installé pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="157" />
        <source>Nothing saved yet</source>
        <translation>Rien n'est encore enregistré</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="168" />
        <source>Form %1 version %2 is not installed on this device.</source>
        <translation>Le formulaire %1 version %2 n'est pas installé sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="177" />
        <source>Saved on this device</source>
        <translation>Enregistré sur cet appareil</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="179" />
        <source>This record cannot be opened: %1</source>
        <translation>Impossible d'ouvrir cet enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="552" />
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="300" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="557" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="337" />
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="554" />
        <source>Saved on this device at %1</source>
        <translation>Enregistré sur cet appareil à %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="344" />
        <source>Kept on this device as a draft copy, not in the record: %1</source>
        <translation>Conservé sur cet appareil comme copie de brouillon, pas dans l'enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="444" />
        <source>Fill in the form first.</source>
        <translation>Remplissez d'abord le formulaire.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="456" />
        <source>Not sent: correct the answers marked in red.</source>
        <translation>Non envoyé : corrigez les réponses marquées en rouge.</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="467" />
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="545" />
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="547" />
        <source>%1 · tracking ID %2</source>
        <translation>%1 · numéro de suivi %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/form/DeclarationScreen.cpp" line="550" />
        <source>Pages of the form</source>
        <translation>Pages du formulaire</translation>
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
        <translation>%1 (en %2)</translation>
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
            <numerusform>%n réponse doit être complétée ou corrigée avant de déclarer. Choisissez « Modifier » pour aller au champ.</numerusform><numerusform>%n réponses doivent être complétées ou corrigées avant de déclarer. Choisissez « Modifier » pour aller au champ.</numerusform></translation>
    </message>
</context>
<context>
    <name>vitalis::desktop::SelectFieldEditor</name>
    <message>
        <location filename="../app/desktop/form/SelectFieldEditor.cpp" line="54" />
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