<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AgendaMarker</name>
    <message>
        <source>Intervention du %1 à %2</source>
        <translation>Intervention on %1 at %2</translation>
    </message>
    <message>
        <source>Intervention du %1</source>
        <translation>Intervention on %1</translation>
    </message>
    <message>
        <source>Cette intervention n&apos;existe plus.</source>
        <translation>This intervention no longer exists.</translation>
    </message>
</context>
<context>
    <name>CaseCount</name>
    <message>
        <source>%1 sur %2</source>
        <comment>12 situations sur 1 500</comment>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>CaseFileStore</name>
    <message>
        <source>Nouvelle situation</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Identifiée</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Orientée</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Accompagnée</source>
        <translation>Supported</translation>
    </message>
    <message>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>sans valeur</source>
        <translation>no value</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>sur %1, le %2 à %3</source>
        <translation>on %1, %2 at %3</translation>
    </message>
</context>
<context>
    <name>DatabaseUpgrade</name>
    <message>
        <source>Mise à niveau de la base (version %1 vers %2)…
Les données ne sont pas modifiées ; cela peut prendre quelques minutes sur une grande base.</source>
        <translation>Upgrading the database (version %1 to %2)…
Your data is not changed; this can take a few minutes on a large database.</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 a été modifié. Enregistrer les modifications ?</source>
        <translation>%1 has been changed. Save the changes?</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Abandonner les modifications</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>A&amp;nnuler</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Passerelle : suivi des dispositifs santé mentale et logement.</source>
        <translation>Passerelle: follow-up of mental health and housing programmes.</translation>
    </message>
    <message>
        <source>Ouvre la base FICHIER (par défaut : %1).</source>
        <translation>Opens the database FILE (default: %1).</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Enregistre une capture de la fenêtre dans IMAGE dès que la liste est affichée, puis quitte.</source>
        <translation>Saves a capture of the window to IMAGE as soon as the list is shown, then quits.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>Écrit sur la sortie d&apos;erreur le temps écoulé jusqu&apos;à l&apos;affichage de la première page, puis quitte.</source>
        <translation>Writes the time taken to show the first page to standard error, then quits.</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>La base de données ne peut pas être ouverte.

%1</source>
        <translation>The database cannot be opened.

%1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>mémoire résidente %1 Mio (pointe %2 Mio)</source>
        <translation>resident memory %1 MiB (peak %2 MiB)</translation>
    </message>
    <message>
        <source>Tape des recherches dans la liste des situations, une touche toutes les MS millisecondes, écrit sur la sortie d&apos;erreur le temps de chaque frappe à la liste affichée (médiane, p95), puis quitte. Pour les données de démonstration (passerelle-cli demo).</source>
        <translation>Types searches into the case list, one keystroke every MS milliseconds, writes to standard error the time from each keystroke to the list being shown (median, p95), then quits. For the demo data (passerelle-cli demo).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>première page affichée %1 ms après le lancement (base ouverte à %2 ms) ; %3 lignes lues sur %4 situations ; %5</source>
        <translation>first page shown %1 ms after launch (database opened at %2 ms); %3 rows read out of %4 cases; %5</translation>
    </message>
    <message>
        <source>--bench-search attend un nombre de millisecondes.</source>
        <translation>--bench-search expects a number of milliseconds.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>aaaa (facultatif)</source>
        <translation>yyyy (optional)</translation>
    </message>
    <message>
        <source>Année invalide : tapez quatre chiffres, p. ex. 1968.</source>
        <translation>Invalid year: type four digits, e.g. 1968.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReviewHtml</name>
    <message>
        <source>%1 — %2 · période du %3 au %4, comparée à celle du %5 au %6</source>
        <translation>%1 — %2 · period from %3 to %4, compared with %5 to %6</translation>
    </message>
    <message>
        <source>Non renseigné.</source>
        <translation>Not provided.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Recherche des paquets…</source>
        <translation>Looking for bundles…</translation>
    </message>
    <message>
        <source>Import des paquets reçus : %1 sur %2</source>
        <translation>Importing received bundles: %1 of %2</translation>
    </message>
    <message>
        <source>Dépôt des paquets pour les appareils : %1 sur %2</source>
        <translation>Writing bundles for devices: %1 of %2</translation>
    </message>
    <message>
        <source>Terminé.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Paquets de synchronisation (*.passerelle-sync)</source>
        <translation>Sync bundles (*.passerelle-sync)</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>Paquet de « %1 » importé.</source>
        <translation>Bundle from “%1” imported.</translation>
    </message>
    <message>
        <source>Rien de nouveau : cet appareil avait déjà tout reçu.</source>
        <translation>Nothing new: this device had already received everything.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) reçue(s)</source>
        <translation>
            <numerusform>%n row received</numerusform>
            <numerusform>%n rows received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ajoutée(s)</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modifiée(s)</source>
        <translation>
            <numerusform>%n modified</numerusform>
            <numerusform>%n modified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retirée(s)</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) trouvé(s) : un coordinateur choisit la valeur à garder dans la vue Conflits.</source>
        <translation>
            <numerusform>%n conflict found: a coordinator chooses the value to keep in the Conflicts view.</numerusform>
            <numerusform>%n conflicts found: a coordinator chooses the value to keep in the Conflicts view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) réglé(s) sur un autre appareil.</source>
        <translation>
            <numerusform>%n conflict resolved on another device.</numerusform>
            <numerusform>%n conflicts resolved on another device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) mis de côté pour revue (parent absent ou règle non respectée) : rien n&apos;est perdu.</source>
        <translation>
            <numerusform>%n item set aside for review (missing parent or rule not met): nothing is lost.</numerusform>
            <numerusform>%n items set aside for review (missing parent or rule not met): nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attention : %n modification(s) datée(s) de plus d&apos;un jour dans le futur (horloge de l&apos;appareil émetteur à vérifier).</source>
        <translation>
            <numerusform>Warning: %n change dated more than one day in the future (check the sending device&apos;s clock).</numerusform>
            <numerusform>Warning: %n changes dated more than one day in the future (check the sending device&apos;s clock).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paquet pour « %1 » enregistré : </source>
        <translation>Bundle for “%1” saved: </translation>
    </message>
    <message>
        <source>aucun changement à lui envoyer ; le paquet lui confirme ce qui a été reçu.</source>
        <translation>no changes to send to it; the bundle confirms what has been received.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) modifiée(s)</source>
        <translation>
            <numerusform>%n row modified</numerusform>
            <numerusform>%n rows modified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s).</source>
        <translation>
            <numerusform>%n deletion.</numerusform>
            <numerusform>%n deletions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copiez-le sur cet appareil puis importez-le dans Passerelle.</source>
        <translation>Copy it to that device, then import it into Passerelle.</translation>
    </message>
</context>
<context>
    <name>passerelle</name>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.

%2</source>
        <translation>The file %1 could not be written.

%2</translation>
    </message>
    <message>
        <source>Exporter :</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Tableur (XLSX)…</source>
        <translation>Spreadsheet (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
</context>
<context>
    <name>passerelle::AccompanimentTab</name>
    <message>
        <source>Intervenant</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Changement</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Repérage (%1)</source>
        <translation>Identification (%1)</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changer le &amp;statut…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>Orienter, accompagner, clôturer ou rouvrir la situation</source>
        <translation>Refer, support, close or reopen the case</translation>
    </message>
    <message>
        <source>Binôme et intervenants</source>
        <translation>Duo and workers</translation>
    </message>
    <message>
        <source>Intervenants affectés</source>
        <translation>Assigned workers</translation>
    </message>
    <message>
        <source>A&amp;ffecter un intervenant…</source>
        <translation>&amp;Assign a worker…</translation>
    </message>
    <message>
        <source>&amp;Modifier l&apos;affectation…</source>
        <translation>&amp;Edit assignment…</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Pour une affectation saisie par erreur ; une affectation terminée se garde avec sa date de fin.</source>
        <translation>For an assignment entered by mistake; an assignment that has ended is kept with its end date.</translation>
    </message>
    <message>
        <source>Historique des statuts</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>%1 depuis le %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Repérée le %1</source>
        <translation>Identified on %1</translation>
    </message>
    <message>
        <source>orientée le %1</source>
        <translation>referred on %1</translation>
    </message>
    <message>
        <source>accompagnée depuis le %1</source>
        <translation>supported since %1</translation>
    </message>
    <message>
        <source>clôturée le %1 (motif : %2)</source>
        <translation>closed on %1 (reason: %2)</translation>
    </message>
    <message>
        <source>Retirer l&apos;affectation</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <source>Retirer %1 de la situation ? Une affectation terminée se garde d&apos;ordinaire avec sa date de fin ; le retrait efface la trace de l&apos;affectation à l&apos;enregistrement.</source>
        <translation>Remove %1 from the case? An assignment that has ended is usually kept with its end date; removing it erases the record of the assignment when you save.</translation>
    </message>
</context>
<context>
    <name>passerelle::ActionSheetForm</name>
    <message>
        <source>Sections de la fiche action</source>
        <translation>Action sheet sections</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>PRS, PRSE 3</source>
        <translation>PRS, PRSE 3</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Déterminants</source>
        <translation>Determinants</translation>
    </message>
    <message>
        <source>Partenaires et public</source>
        <translation>Partners and public</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enregistrer sans fermer (Ctrl+S)</source>
        <translation>Save without closing (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enregistrer et fermer</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nouvelle fiche action</source>
        <translation>New action sheet</translation>
    </message>
    <message>
        <source>Fiche action %1 — %2</source>
        <translation>Action sheet %1 — %2</translation>
    </message>
    <message>
        <source>La fiche action</source>
        <translation>The action sheet</translation>
    </message>
</context>
<context>
    <name>passerelle::ActionSheetListModel</name>
    <message>
        <source>%1 (archivée)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>La fiche de la période précédente que celle-ci continue</source>
        <translation>The previous period&apos;s sheet that this one continues</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Chaînée avec</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>passerelle::ActionSheetsPage</name>
    <message>
        <source>%1 fiche action</source>
        <translation>%1 action sheet</translation>
    </message>
    <message>
        <source>%1 fiches action</source>
        <translation>%1 action sheets</translation>
    </message>
    <message>
        <source>Liste des fiches action</source>
        <translation>Action sheet list</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Dispositif des fiches montrées</source>
        <translation>Programme of the sheets shown</translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Nouvelle fiche…</source>
        <translation>&amp;New sheet…</translation>
    </message>
    <message>
        <source>Créer une fiche action vide (Inser)</source>
        <translation>Create an empty action sheet (Ins)</translation>
    </message>
    <message>
        <source>Depuis un &amp;modèle…</source>
        <translation>From a &amp;template…</translation>
    </message>
    <message>
        <source>Créer une fiche pré-remplie : pair-aidance ou équipe mobile</source>
        <translation>Create a pre-filled sheet: peer support or mobile team</translation>
    </message>
    <message>
        <source>&amp;Continuer l&apos;année suivante…</source>
        <translation>&amp;Continue next year…</translation>
    </message>
    <message>
        <source>Créer la fiche de la période suivante, chaînée à celle-ci</source>
        <translation>Create the sheet for the next period, linked to this one</translation>
    </message>
    <message>
        <source>&amp;Imprimer (PDF)…</source>
        <translation>P&amp;rint (PDF)…</translation>
    </message>
    <message>
        <source>Enregistrer la fiche en PDF, mise en page ARS</source>
        <translation>Save the sheet as PDF, in the ARS layout</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ouvrir la fiche choisie (Entrée)</source>
        <translation>Open the selected sheet (Enter)</translation>
    </message>
    <message>
        <source>Archiver la fiche choisie (Suppr)</source>
        <translation>Archive the selected sheet (Del)</translation>
    </message>
    <message>
        <source>Tous les dispositifs</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Fiches action</source>
        <translation>Action sheets</translation>
    </message>
    <message>
        <source>Fiche créée depuis le modèle</source>
        <translation>Sheet created from the template</translation>
    </message>
    <message>
        <source>Partenaires du modèle absents de l&apos;annuaire, non repris : %1. Ajoutez-les dans Partenaires puis dans la fiche.</source>
        <translation>Template partners missing from the directory, not carried over: %1. Add them in Partners, then in the sheet.</translation>
    </message>
    <message>
        <source>Continuer l&apos;année suivante</source>
        <translation>Continue next year</translation>
    </message>
    <message>
        <source>fiche-action-%1-%2.pdf</source>
        <translation>action-sheet-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Enregistrer la fiche en PDF</source>
        <translation>Save the sheet as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Imprimer la fiche</source>
        <translation>Print the sheet</translation>
    </message>
    <message>
        <source>La fiche est enregistrée dans %1. L&apos;ouvrir maintenant ?</source>
        <translation>The sheet has been saved to %1. Open it now?</translation>
    </message>
    <message>
        <source>Restaurer la fiche action %1 « %2 » ?</source>
        <translation>Restore action sheet %1 “%2”?</translation>
    </message>
    <message>
        <source>Archiver la fiche action %1 « %2 » ? Elle ne sera plus proposée ; ses indicateurs et ses financements restent.</source>
        <translation>Archive action sheet %1 “%2”? It will no longer be offered; its indicators and funding remain.</translation>
    </message>
    <message>
        <source>La fiche créée depuis le modèle n&apos;a pas été enregistrée depuis. L&apos;archiver pour annuler sa création ? (« Afficher les archivés » permet de la restaurer.)</source>
        <translation>The sheet created from the template has not been saved since. Archive it to undo its creation? (“Show archived” lets you restore it.)</translation>
    </message>
    <message>
        <source>Créer la fiche %1 « %2 » de la période suivante, chaînée à celle de %3 ? Sections, objectifs, étapes, partenaires, indicateurs et financements (montants à confirmer) sont repris, décalés d&apos;un an ; les valeurs saisies ne le sont pas.</source>
        <translation>Create sheet %1 “%2” for the next period, linked to the one for %3? Sections, objectives, steps, partners, indicators and funding (amounts to be confirmed) are carried over, shifted by one year; the values entered are not.</translation>
    </message>
</context>
<context>
    <name>passerelle::AgendaModel</name>
    <message>
        <source>%1 — aujourd&apos;hui</source>
        <translation>%1 — today</translation>
    </message>
    <message>
        <source>%1 · aucune intervention</source>
        <translation>%1 · no interventions</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no start time</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — en retard</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Sans situation (%1)</source>
        <translation>No case (%1)</translation>
    </message>
    <message>
        <source>Prévue pour un jour passé : marquez-la réalisée, annulée ou non honorée.</source>
        <translation>Planned for a past day: mark it done, cancelled or missed.</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Workers</translation>
    </message>
</context>
<context>
    <name>passerelle::AgendaPage</name>
    <message>
        <source>Intervenant</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Interv&amp;enant :</source>
        <translation>Wor&amp;ker:</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Semaine précédente (Alt+Gauche)</source>
        <translation>Previous week (Alt+Left)</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Revenir à cette semaine (Ctrl+T)</source>
        <translation>Back to this week (Ctrl+T)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Semaine suivante (Alt+Droite)</source>
        <translation>Next week (Alt+Right)</translation>
    </message>
    <message>
        <source>Voir la &amp;plus ancienne</source>
        <translation>Show &amp;oldest</translation>
    </message>
    <message>
        <source>Interventions de la semaine, jour par jour</source>
        <translation>Interventions of the week, day by day</translation>
    </message>
    <message>
        <source>&amp;Réalisée</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Marquer les interventions choisies comme réalisées (Ctrl+D)</source>
        <translation>Mark the selected interventions as done (Ctrl+D)</translation>
    </message>
    <message>
        <source>A&amp;nnulée</source>
        <translation>Ca&amp;ncelled</translation>
    </message>
    <message>
        <source>Marquer comme annulées (Ctrl+K)</source>
        <translation>Mark as cancelled (Ctrl+K)</translation>
    </message>
    <message>
        <source>Non &amp;honorée</source>
        <translation>&amp;Missed</translation>
    </message>
    <message>
        <source>Marquer comme non honorées : la personne n&apos;était pas là (Ctrl+M)</source>
        <translation>Mark as missed: the person was not there (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Défaire</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Rendre aux interventions leur état d&apos;avant le dernier marquage (Ctrl+Z)</source>
        <translation>Return the interventions to their state before the last marking (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Modifier l&apos;intervention choisie (Entrée)</source>
        <translation>Edit the selected intervention (Enter)</translation>
    </message>
    <message>
        <source>Nou&amp;velle intervention…</source>
        <translation>Ne&amp;w intervention…</translation>
    </message>
    <message>
        <source>Saisir une intervention le jour choisi (Inser)</source>
        <translation>Record an intervention on the selected day (Ins)</translation>
    </message>
    <message>
        <source>Marquer :</source>
        <translation>Mark:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Semaine %1 · du %2 au %3</source>
        <translation>Week %1 · %2 to %3</translation>
    </message>
    <message>
        <source>En retard, toutes semaines confondues : %1 — la plus ancienne le %2. À marquer réalisée, annulée ou non honorée.</source>
        <translation>Overdue, across all weeks: %1 — the oldest on %2. Mark them done, cancelled or missed.</translation>
    </message>
    <message>
        <source>Cette semaine : %1 · en retard : %2</source>
        <translation>This week: %1 · overdue: %2</translation>
    </message>
    <message>
        <source>Cette semaine : %1</source>
        <translation>This week: %1</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une ou plusieurs interventions (Maj+flèches ou Ctrl+clic pour en prendre plusieurs).</source>
        <translation>First select one or more interventions (Shift+arrows or Ctrl+click to select several).</translation>
    </message>
    <message>
        <source>Rien n&apos;a été modifié.

%1 : %2</source>
        <translation>Nothing was changed.

%1: %2</translation>
    </message>
    <message>
        <source>Marquées « %1 » : %2 — Ctrl+Z pour défaire.</source>
        <translation>Marked “%1”: %2 — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Marquage défait, états d&apos;avant rendus : %1.</source>
        <translation>Marking undone, previous states restored: %1.</translation>
    </message>
</context>
<context>
    <name>passerelle::AnnualReviewPage</name>
    <message>
        <source>Fiche action</source>
        <translation>Action sheet</translation>
    </message>
    <message>
        <source>Année du bilan</source>
        <translation>Review year</translation>
    </message>
    <message>
        <source>&amp;Afficher le bilan</source>
        <translation>&amp;Show review</translation>
    </message>
    <message>
        <source>&amp;Fiche action :</source>
        <translation>&amp;Action sheet:</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Aperçu du bilan</source>
        <translation>Review preview</translation>
    </message>
    <message>
        <source>Aucune fiche action : créez-en une pour produire un bilan.</source>
        <translation>No action sheets: create one to produce a review.</translation>
    </message>
    <message>
        <source>Calcul du bilan…</source>
        <translation>Calculating the review…</translation>
    </message>
    <message>
        <source>Bilan calculé en %1 s.</source>
        <translation>Review calculated in %1 s.</translation>
    </message>
    <message>
        <source>Le bilan n&apos;a pas pu être calculé.</source>
        <translation>The review could not be calculated.</translation>
    </message>
    <message>
        <source>Bilan annuel</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <source>Le bilan n&apos;a pas pu être calculé.

%1</source>
        <translation>The review could not be calculated.

%1</translation>
    </message>
    <message>
        <source>bilan-%1-%2</source>
        <translation>review-%1-%2</translation>
    </message>
    <message>
        <source>Bilan enregistré dans %1</source>
        <translation>Review saved to %1</translation>
    </message>
    <message>
        <source>Cliquez sur un chiffre pour voir les enregistrements qui le font.</source>
        <translation>Click a figure to see the records behind it.</translation>
    </message>
    <message>
        <source>&amp;Tableaux</source>
        <translation>&amp;Tables</translation>
    </message>
    <message>
        <source>&amp;Graphiques</source>
        <translation>&amp;Charts</translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentChart</name>
    <message>
        <source>Graphique des évaluations</source>
        <translation>Assessment chart</translation>
    </message>
    <message>
        <source>Personne : %1 ; équipe : %2</source>
        <translation>Person: %1; team: %2</translation>
    </message>
    <message>
        <source>Déclaré par la personne</source>
        <translation>Reported by the person</translation>
    </message>
    <message>
        <source>Observé par l&apos;équipe</source>
        <translation>Observed by the team</translation>
    </message>
    <message>
        <source>Aucune évaluation sur cette dimension</source>
        <translation>No assessments on this dimension</translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentComparisonModel</name>
    <message>
        <source>accord</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>Personne : %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>Équipe : %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Pas de déclaration de la personne ce jour-là</source>
        <translation>No report from the person that day</translation>
    </message>
    <message>
        <source>Pas d&apos;observation de l&apos;équipe ce jour-là</source>
        <translation>No observation from the team that day</translation>
    </message>
    <message>
        <source>Score de l&apos;équipe moins score déclaré par la personne</source>
        <translation>Team score minus the score reported by the person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentDialog</name>
    <message>
        <source>Nouvelle évaluation</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>&amp;Date de l&apos;évaluation</source>
        <translation>Assessment &amp;date</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dimension&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dimension&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Déclaré par la personne&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reported by the person&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Observé par l&apos;équipe&lt;/b&gt;</source>
        <translation>&lt;b&gt;Observed by the team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — déclaré par la personne</source>
        <translation>%1 — reported by the person</translation>
    </message>
    <message>
        <source>%1 — observé par l&apos;équipe</source>
        <translation>%1 — observed by the team</translation>
    </message>
    <message>
        <source>Échelle : 1 très défavorable, 2 défavorable, 3 mitigé, 4 favorable, 5 très favorable. « — » : non évalué ce jour.</source>
        <translation>Scale: 1 very unfavourable, 2 unfavourable, 3 mixed, 4 favourable, 5 very favourable. “—”: not assessed that day.</translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Donnez au moins un score.</source>
        <translation>Enter at least one score.</translation>
    </message>
    <message>
        <source>Évaluation non enregistrée</source>
        <translation>Assessment not saved</translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentsTab</name>
    <message>
        <source>D&amp;imensions évaluées</source>
        <translation>Assessed d&amp;imensions</translation>
    </message>
    <message>
        <source>Dimensions évaluées</source>
        <translation>Assessed dimensions</translation>
    </message>
    <message>
        <source>Évaluations de la dimension : la personne et l&apos;équipe</source>
        <translation>Assessments of the dimension: the person and the team</translation>
    </message>
    <message>
        <source>Nouvelle é&amp;valuation…</source>
        <translation>New &amp;assessment…</translation>
    </message>
    <message>
        <source>Enregistrer, pour un jour, les scores déclarés par la personne et observés par l&apos;équipe</source>
        <translation>Record, for one day, the scores reported by the person and observed by the team</translation>
    </message>
    <message>
        <source>%1 (aucune)</source>
        <translation>%1 (none)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln jour(s))</source>
        <translation>
            <numerusform>%1 (%Ln day)</numerusform>
            <numerusform>%1 (%Ln days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pas encore évaluée.</source>
        <translation>Not assessed yet.</translation>
    </message>
    <message>
        <source>De la première à la dernière évaluation — %1</source>
        <translation>From the first to the last assessment — %1</translation>
    </message>
</context>
<context>
    <name>passerelle::AssignmentDialog</name>
    <message>
        <source>Affecter un intervenant</source>
        <translation>Assign a worker</translation>
    </message>
    <message>
        <source>Affectation</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>&amp;Rôle dans la situation</source>
        <translation>&amp;Role in the case</translation>
    </message>
    <message>
        <source>&amp;Intervenant</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>&amp;Affecté le</source>
        <translation>&amp;Assigned on</translation>
    </message>
    <message>
        <source>Vide tant que l&apos;intervenant suit la situation.</source>
        <translation>Leave empty while the worker is following the case.</translation>
    </message>
    <message>
        <source>&amp;Fin de l&apos;affectation</source>
        <translation>&amp;End of assignment</translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choisissez un intervenant que ce rôle permet.</source>
        <translation>Choose a worker allowed in this role.</translation>
    </message>
    <message>
        <source>Un intervenant « %1 » ne peut pas tenir ce rôle.</source>
        <translation>A “%1” worker cannot hold this role.</translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 30/06/2025.</source>
        <translation>Invalid date: type e.g. 30/06/2025.</translation>
    </message>
    <message>
        <source>La fin de l&apos;affectation ne peut pas précéder son début.</source>
        <translation>The end of the assignment cannot be before its start.</translation>
    </message>
</context>
<context>
    <name>passerelle::AxisCheckGroup</name>
    <message>
        <source>Objectif de « %1 »</source>
        <translation>Objective of “%1”</translation>
    </message>
    <message>
        <source>Objectif retenu sous cet axe</source>
        <translation>Objective selected under this axis</translation>
    </message>
</context>
<context>
    <name>passerelle::BarChart</name>
    <message>
        <source>Aucune donnée pour cette période.</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <source>sans valeur</source>
        <translation>no value</translation>
    </message>
</context>
<context>
    <name>passerelle::CalendarSection</name>
    <message>
        <source>Année de &amp;début :</source>
        <translation>Start &amp;year:</translation>
    </message>
    <message>
        <source>Année de &amp;fin :</source>
        <translation>End yea&amp;r:</translation>
    </message>
    <message>
        <source>3 ans, pluriannuelle…</source>
        <translation>3 years, multi-year…</translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Non renseignée</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>Fré&amp;quence :</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <source>Interventions hebdomadaires au domicile</source>
        <translation>Weekly home visits</translation>
    </message>
    <message>
        <source>&amp;Rythme :</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <source>01/01/2026</source>
        <translation>01/01/2026</translation>
    </message>
    <message>
        <source>Début de &amp;période :</source>
        <translation>Period s&amp;tart:</translation>
    </message>
    <message>
        <source>31/12/2026</source>
        <translation>31/12/2026</translation>
    </message>
    <message>
        <source>Fin de pér&amp;iode :</source>
        <translation>Period e&amp;nd:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 01/01/2026.</source>
        <translation>Invalid date: type for example 01/01/2026.</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseFileWindow</name>
    <message>
        <source>Dossier illisible</source>
        <translation>Case file unreadable</translation>
    </message>
    <message>
        <source>Situation introuvable</source>
        <translation>Case not found</translation>
    </message>
    <message>
        <source>Cette situation n&apos;est plus dans la base.</source>
        <translation>This case is no longer in the database.</translation>
    </message>
    <message>
        <source>Identité et ménage</source>
        <translation>Identity and household</translation>
    </message>
    <message>
        <source>Saisine et orientation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Accompagnement</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Chronologie</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Changer le &amp;statut…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Nouvelle &amp;intervention…</source>
        <translation>New &amp;intervention…</translation>
    </message>
    <message>
        <source>Nouvelle é&amp;valuation…</source>
        <translation>New &amp;assessment…</translation>
    </message>
    <message>
        <source>&amp;Actualiser la chronologie</source>
        <translation>&amp;Refresh timeline</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Afficha&amp;ge</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>personne %1</source>
        <translation>person %1</translation>
    </message>
    <message>
        <source>ménage %1</source>
        <translation>household %1</translation>
    </message>
    <message>
        <source>%1[*] — Passerelle</source>
        <translation>%1[*] — Passerelle</translation>
    </message>
    <message>
        <source>Modifications non enregistrées (Ctrl+S pour enregistrer)</source>
        <translation>Unsaved changes (Ctrl+S to save)</translation>
    </message>
    <message>
        <source>Dossier non enregistré</source>
        <translation>Case file not saved</translation>
    </message>
    <message>
        <source>Dossier enregistré, relecture impossible</source>
        <translation>Case file saved, but it could not be reloaded</translation>
    </message>
    <message>
        <source>Dossier enregistré.</source>
        <translation>Case file saved.</translation>
    </message>
    <message>
        <source>Statut modifié, relecture impossible</source>
        <translation>Status changed, but the case could not be reloaded</translation>
    </message>
    <message>
        <source>Statut modifié : %1.</source>
        <translation>Status changed: %1.</translation>
    </message>
    <message>
        <source>Évaluation enregistrée, relecture impossible</source>
        <translation>Assessment saved, but the case could not be reloaded</translation>
    </message>
    <message>
        <source>Le dossier %1</source>
        <translation>Case file %1</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseListFilterBar</name>
    <message>
        <source>Numéro, code, nom, commune ou partenaire</source>
        <translation>Number, code, name, municipality or partner</translation>
    </message>
    <message>
        <source>Rechercher une situation</source>
        <translation>Search for a case</translation>
    </message>
    <message>
        <source>Chaque mot tapé doit commencer un mot du numéro, du code ou du nom d&apos;une personne, de la commune ou du partenaire qui a orienté la situation. Majuscules et accents sont ignorés. (Ctrl+F)</source>
        <translation>Each word you type must match the start of a word in the case number, in a person&apos;s code or name, in the municipality or in the partner who referred the case. Capitals and accents are ignored. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Tous les dispositifs</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Tous les intervenants</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>Tous les bailleurs</source>
        <translation>All landlords</translation>
    </message>
    <message>
        <source>&amp;Ouverte entre le</source>
        <translation>&amp;Open between</translation>
    </message>
    <message>
        <source>Situations repérées avant la fin de la période et non clôturées avant son début</source>
        <translation>Cases identified before the end of the period and not closed before its start</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Vide la recherche et remet chaque filtre sur « tous » (Échap)</source>
        <translation>Clears the search and resets every filter to “all” (Esc)</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <source>et le</source>
        <translation>and</translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Interve&amp;nant :</source>
        <translation>Wor&amp;ker:</translation>
    </message>
    <message>
        <source>&amp;Bailleur :</source>
        <translation>&amp;Landlord:</translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseListModel</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Orientée par</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Identifiée le</source>
        <translation>Identified on</translation>
    </message>
    <message>
        <source>Dernier changement</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Numéro de la situation</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Dispositif qui suit la situation</source>
        <translation>Programme following the case</translation>
    </message>
    <message>
        <source>Étape de l&apos;accompagnement</source>
        <translation>Stage of the support</translation>
    </message>
    <message>
        <source>Code pseudonyme de la personne principale</source>
        <translation>Pseudonymous code of the main person</translation>
    </message>
    <message>
        <source>Commune du ménage</source>
        <translation>Household&apos;s municipality</translation>
    </message>
    <message>
        <source>Partenaire à l&apos;origine de la saisine</source>
        <translation>Partner who referred the case</translation>
    </message>
    <message>
        <source>Date à laquelle la situation a été repérée</source>
        <translation>Date the case was identified</translation>
    </message>
    <message>
        <source>Date du dernier changement de statut</source>
        <translation>Date of the last status change</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseListPage</name>
    <message>
        <source>Lecture de la liste…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <source>Liste des situations</source>
        <translation>Case list</translation>
    </message>
</context>
<context>
    <name>passerelle::CasePickerEdit</name>
    <message>
        <source>Situations proposées</source>
        <translation>Suggested cases</translation>
    </message>
    <message>
        <source>Aucune situation « %1 » dans ce dispositif.</source>
        <translation>No case “%1” in this programme.</translation>
    </message>
    <message>
        <source>%1 a plusieurs situations ouvertes (%2) : tapez le numéro.</source>
        <translation>%1 has several open cases (%2): type the number.</translation>
    </message>
    <message>
        <source>Plusieurs situations portent le numéro %1 : choisissez-la depuis son dossier.</source>
        <translation>Several cases have the number %1: choose it from its case file.</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseReferenceList</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseSearchBench</name>
    <message>
        <source>Recherche pendant la frappe : %1 frappes (une toutes les %2 ms), %3 listes affichées, %4 dépassées par la frappe suivante (délai de recherche %5 ms)
frappe → liste affichée : médiane %6 ms, p95 %7 ms, max %8 ms
plus longue attente de la boucle d&apos;événements : %9 ms
</source>
        <translation>Search while typing: %1 keystrokes (one every %2 ms), %3 lists shown, %4 overtaken by the next keystroke (search delay %5 ms)
keystroke → list shown: median %6 ms, p95 %7 ms, max %8 ms
longest event loop wait: %9 ms
</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseTimelineModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 — en retard</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Décision : %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Décision : %1 — %2</source>
        <translation>Decision: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (commune à %Ln autre(s) situation(s))</source>
        <translation>
            <numerusform>%1 (shared with %Ln other case)</numerusform>
            <numerusform>%1 (shared with %Ln other cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>passerelle::ClassificationSection</name>
    <message>
        <source>&amp;Thèmes</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <source>T&amp;ypes d&apos;action</source>
        <translation>Action t&amp;ypes</translation>
    </message>
    <message>
        <source>&amp;Catégories de résultats (modèle A1 – D)</source>
        <translation>&amp;Outcome categories (model A1 – D)</translation>
    </message>
    <message>
        <source>&amp;Méthode d&apos;évaluation :</source>
        <translation>Evaluation &amp;method:</translation>
    </message>
</context>
<context>
    <name>passerelle::ColumnChart</name>
    <message>
        <source>Aucune activité enregistrée sur cette période.</source>
        <translation>No activity recorded in this period.</translation>
    </message>
    <message>
        <source>sans valeur</source>
        <translation>no value</translation>
    </message>
</context>
<context>
    <name>passerelle::CommissionReviewModel</name>
    <message>
        <source>Situation</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>passerelle::ConflictModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Identifiant : %1</source>
        <translation>Identifier: %1</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valeur retenue</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>Autre valeur</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Saisie sur</source>
        <translation>Entered on</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>passerelle::ConflictsPage</name>
    <message>
        <source>Conflits affichés</source>
        <translation>Conflicts shown</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>To resolve</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Afficher :</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Valeurs écartées lors d&apos;une synchronisation, parce que deux appareils ont modifié le même champ sans se voir. Choisissez pour chacune la valeur à garder : la décision sera transmise aux autres appareils.</source>
        <translation>Values set aside during a sync because two devices changed the same field without seeing each other&apos;s change. For each one, choose the value to keep: the decision will be passed on to the other devices.</translation>
    </message>
    <message>
        <source>Conflit choisi</source>
        <translation>Selected conflict</translation>
    </message>
    <message>
        <source>Valeur retenue</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>Autre valeur</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Valeur &amp;retenue :</source>
        <translation>&amp;Kept value:</translation>
    </message>
    <message>
        <source>Autre &amp;valeur :</source>
        <translation>&amp;Other value:</translation>
    </message>
    <message>
        <source>&amp;Garder</source>
        <translation>Kee&amp;p</translation>
    </message>
    <message>
        <source>La valeur retenue reste ; l&apos;autre est écartée sur tous les appareils.</source>
        <translation>The kept value stays; the other one is discarded on all devices.</translation>
    </message>
    <message>
        <source>&amp;Utiliser l&apos;autre valeur</source>
        <translation>&amp;Use the other value</translation>
    </message>
    <message>
        <source>L&apos;autre valeur remplace la valeur retenue, sur tous les appareils.</source>
        <translation>The other value replaces the kept value, on all devices.</translation>
    </message>
    <message>
        <source>Fiche :</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Saisie :</source>
        <translation>Entered:</translation>
    </message>
    <message>
        <source>Aucun conflit consigné.</source>
        <translation>No conflicts recorded.</translation>
    </message>
    <message>
        <source>Aucun conflit à traiter.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) consigné(s).</source>
        <translation>
            <numerusform>%n conflict recorded.</numerusform>
            <numerusform>%n conflicts recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à traiter.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Utiliser l&apos;autre valeur</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>%1 %2 — %3 :

remplacer « %4 »
par « %5 » ?

La décision sera transmise aux autres appareils.</source>
        <translation>%1 %2 — %3:

replace “%4”
with “%5”?

The decision will be passed on to the other devices.</translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>passerelle::DashboardChart</name>
    <message>
        <source>Interventions posées et effectives</source>
        <translation>Scheduled and completed interventions</translation>
    </message>
    <message>
        <source>Heures d&apos;intervention et heures des travailleurs pairs</source>
        <translation>Intervention hours and peer worker hours</translation>
    </message>
    <message>
        <source>Situations identifiées, accompagnements commencés, clôtures</source>
        <translation>Cases identified, support started, closures</translation>
    </message>
    <message>
        <source>Actions collectives réalisées</source>
        <translation>Group activities held</translation>
    </message>
    <message>
        <source>Participants aux actions collectives</source>
        <translation>Group activity participants</translation>
    </message>
    <message>
        <source>File active en fin de mois</source>
        <translation>Active caseload at month end</translation>
    </message>
    <message>
        <source>Graphique affiché</source>
        <translation>Chart shown</translation>
    </message>
    <message>
        <source>&amp;Graphique :</source>
        <translation>&amp;Chart:</translation>
    </message>
</context>
<context>
    <name>passerelle::DashboardPage</name>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Afficher</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Activité mois par mois</source>
        <translation>Month-by-month activity</translation>
    </message>
    <message>
        <source>Calcul…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Le tableau de bord n&apos;a pas pu être calculé.</source>
        <translation>The dashboard could not be calculated.</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Le tableau de bord n&apos;a pas pu être calculé.

%1</source>
        <translation>The dashboard could not be calculated.

%1</translation>
    </message>
    <message>
        <source>Tableau de bord %1 — %2</source>
        <translation>Dashboard %1 — %2</translation>
    </message>
    <message>
        <source>tableau-de-bord-%1</source>
        <translation>dashboard-%1</translation>
    </message>
    <message>
        <source>Enregistré dans %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Choix modifié : cliquez sur « Afficher ».</source>
        <translation>Selection changed: click “Show”.</translation>
    </message>
</context>
<context>
    <name>passerelle::DateLineEdit</name>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>passerelle::DesktopShell</name>
    <message>
        <source>Agenda</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Dispositifs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Bilan annuel</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Fiches action</source>
        <translation>Action sheets</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>passerelle::DeterminantsSection</name>
    <message>
        <source>&amp;Déterminants de santé visés</source>
        <translation>&amp;Health determinants targeted</translation>
    </message>
    <message>
        <source>Vise les &amp;inégalités sociales de santé :</source>
        <translation>Addresses social health &amp;inequalities:</translation>
    </message>
    <message>
        <source>Lesquelles, auprès de quels publics</source>
        <translation>Which ones, and for which groups</translation>
    </message>
    <message>
        <source>Préci&amp;sez :</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Locale, à l&apos;échelle du département</source>
        <translation>Local, at department level</translation>
    </message>
    <message>
        <source>Politiques &amp;publiques concernées :</source>
        <translation>Public &amp;policies concerned:</translation>
    </message>
    <message>
        <source>Participation &amp;citoyenne :</source>
        <translation>&amp;Citizen participation:</translation>
    </message>
    <message>
        <source>Comment les personnes concernées participent</source>
        <translation>How the people concerned take part</translation>
    </message>
    <message>
        <source>Co&amp;mment :</source>
        <translation>Ho&amp;w:</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>passerelle::DirectoryButtons</name>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Arc&amp;hiver…</source>
        <translation>Arc&amp;hive…</translation>
    </message>
    <message>
        <source>Resta&amp;urer…</source>
        <translation>Res&amp;tore…</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>passerelle::DirectoryDialog</name>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>passerelle::DirectoryList</name>
    <message>
        <source>Tapez pour filtrer (nom, commune, type…)</source>
        <translation>Type to filter (name, municipality, type…)</translation>
    </message>
    <message>
        <source>Rechercher dans la liste</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <source>Afficher les archi&amp;vés</source>
        <translation>&amp;Show archived</translation>
    </message>
</context>
<context>
    <name>passerelle::DurationDialog</name>
    <message>
        <source>Durée des interventions réalisées</source>
        <translation>Duration of completed interventions</translation>
    </message>
    <message>
        <source>Interventions sans durée : %1. Temps passé pour chacune :</source>
        <translation>Interventions without a duration: %1. Time spent on each:</translation>
    </message>
    <message>
        <source>min ou h:mm</source>
        <translation>min or h:mm</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Marquer réalisées</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tapez une durée entre 1 minute et 24 heures : 45 ou 1:30.</source>
        <translation>Enter a duration between 1 minute and 24 hours: 45 or 1:30.</translation>
    </message>
</context>
<context>
    <name>passerelle::FilterEditor</name>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer le filtre %1</source>
        <translation>Remove filter %1</translation>
    </message>
    <message>
        <source>tous sauf ceu&amp;x-ci</source>
        <translation>all e&amp;xcept these</translation>
    </message>
    <message>
        <source>%1 : tous sauf ceux cochés</source>
        <translation>%1: all except those checked</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Regard</source>
        <translation>Viewpoint</translation>
    </message>
    <message>
        <source>personne ou équipe</source>
        <translation>person or team</translation>
    </message>
    <message>
        <source>la personne</source>
        <translation>the person</translation>
    </message>
    <message>
        <source>l&apos;équipe</source>
        <translation>the team</translation>
    </message>
    <message>
        <source>Score minimal</source>
        <translation>Minimum score</translation>
    </message>
    <message>
        <source>Score maximal</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <source>re&amp;gard :</source>
        <translation>vie&amp;wpoint:</translation>
    </message>
    <message>
        <source>score d&amp;e</source>
        <translation>score fro&amp;m</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>passerelle::FilterOptions</name>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Type d&apos;intervention</source>
        <translation>Intervention type</translation>
    </message>
    <message>
        <source>Rôle de l&apos;intervenant</source>
        <translation>Worker&apos;s role</translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Type de bailleur</source>
        <translation>Landlord type</translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Type de partenaire ayant orienté</source>
        <translation>Type of referring partner</translation>
    </message>
    <message>
        <source>Problématique</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Motif de clôture</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Type d&apos;action collective</source>
        <translation>Group activity type</translation>
    </message>
    <message>
        <source>Typologie des participants</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <source>Décision de commission</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <source>Type de support</source>
        <translation>Medium type</translation>
    </message>
    <message>
        <source>Dimension évaluée</source>
        <translation>Assessed dimension</translation>
    </message>
    <message>
        <source>Regard (personne ou équipe)</source>
        <translation>Viewpoint (person or team)</translation>
    </message>
    <message>
        <source>Place dans la situation</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <source>Dates dans la période</source>
        <translation>Dates within the period</translation>
    </message>
    <message>
        <source>Orientée par un partenaire</source>
        <translation>Referred by a partner</translation>
    </message>
    <message>
        <source>En quartier prioritaire (QPV)</source>
        <translation>In a priority neighbourhood (QPV)</translation>
    </message>
    <message>
        <source>Formé pendant la période</source>
        <translation>Trained during the period</translation>
    </message>
    <message>
        <source>Score d&apos;évaluation</source>
        <translation>Assessment score</translation>
    </message>
    <message>
        <source>ouvertes à un moment de la période (file active)</source>
        <translation>open at some point in the period (active caseload)</translation>
    </message>
    <message>
        <source>accompagnées à un moment de la période</source>
        <translation>supported at some point in the period</translation>
    </message>
    <message>
        <source>encore ouvertes le dernier jour</source>
        <translation>still open on the last day</translation>
    </message>
    <message>
        <source>identifiées pendant la période</source>
        <translation>identified during the period</translation>
    </message>
    <message>
        <source>orientées pendant la période</source>
        <translation>referred during the period</translation>
    </message>
    <message>
        <source>accompagnement commencé pendant la période</source>
        <translation>support started during the period</translation>
    </message>
    <message>
        <source>clôturées pendant la période</source>
        <translation>closed during the period</translation>
    </message>
    <message>
        <source>saisine reçue pendant la période</source>
        <translation>referral received during the period</translation>
    </message>
    <message>
        <source>sans condition de date</source>
        <translation>no date condition</translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>passerelle::FundingSection</name>
    <message>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Financeurs et montants</source>
        <translation>Funders and amounts</translation>
    </message>
    <message>
        <source>&amp;Financeurs et montants affectés à cette fiche</source>
        <translation>&amp;Funders and amounts allocated to this sheet</translation>
    </message>
    <message>
        <source>&amp;Ajouter un financement</source>
        <translation>&amp;Add funding</translation>
    </message>
    <message>
        <source>Supprimer le financement</source>
        <translation>Delete the funding</translation>
    </message>
    <message>
        <source>Le financement est archivé à l&apos;enregistrement</source>
        <translation>The funding is archived when saved</translation>
    </message>
    <message>
        <source>ARS Grand Est</source>
        <translation>ARS Grand Est</translation>
    </message>
    <message>
        <source>Fi&amp;nanceur :</source>
        <translation>Fu&amp;nder:</translation>
    </message>
    <message>
        <source>(pas un partenaire enregistré)</source>
        <translation>(not a registered partner)</translation>
    </message>
    <message>
        <source>Partenai&amp;re financeur :</source>
        <translation>Funding pa&amp;rtner:</translation>
    </message>
    <message>
        <source>Ann&amp;ée :</source>
        <translation>Y&amp;ear:</translation>
    </message>
    <message>
        <source>&amp;Montant :</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>Convention 2026, notifiée</source>
        <translation>2026 agreement, notified</translation>
    </message>
    <message>
        <source>N&amp;ote :</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Aucun financement affecté à cette fiche.</source>
        <translation>No funding allocated to this sheet.</translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>passerelle::IdentificationSection</name>
    <message>
        <source>&amp;Dispositif :</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>3.3.1</source>
        <translation>3.3.1</translation>
    </message>
    <message>
        <source>&amp;Numéro :</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Intitulé de l&apos;action :</source>
        <translation>Action &amp;title:</translation>
    </message>
    <message>
        <source>Action chaînée avec :</source>
        <translation>Action linked to:</translation>
    </message>
    <message>
        <source>Contrat local de santé du Pays de Langres</source>
        <translation>Pays de Langres local health contract</translation>
    </message>
    <message>
        <source>&amp;Contrat local de santé :</source>
        <translation>&amp;Local health contract:</translation>
    </message>
    <message>
        <source>A&amp;xe stratégique du CLS :</source>
        <translation>CLS strategic a&amp;xis:</translation>
    </message>
    <message>
        <source>&amp;Typologie de l&apos;action</source>
        <translation>Action t&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Structure porteuse :</source>
        <translation>Lead or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Personne référente :</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <source>courriel ou téléphone du contact de l&apos;action</source>
        <translation>email or phone of the action&apos;s contact</translation>
    </message>
    <message>
        <source>C&amp;ontact :</source>
        <translation>Conta&amp;ct:</translation>
    </message>
    <message>
        <source>Contexte &amp;local :</source>
        <translation>Local c&amp;ontext:</translation>
    </message>
    <message>
        <source>%1 — %2 (archivé)</source>
        <translation>%1 — %2 (archived)</translation>
    </message>
    <message>
        <source>aucune (première période)</source>
        <translation>none (first period)</translation>
    </message>
    <message>
        <source>fiche %1 « %2 » %3</source>
        <translation>sheet %1 “%2” %3</translation>
    </message>
</context>
<context>
    <name>passerelle::IdentityTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Lien dans le ménage</source>
        <translation>Household relationship</translation>
    </message>
    <message>
        <source>— (suivi hors du ménage)</source>
        <translation>— (followed outside the household)</translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation>Supported person</translation>
    </message>
    <message>
        <source>Code pseudonyme : le seul nom de la personne dans les listes, rapports et exports.</source>
        <translation>Pseudonymous code: the only name shown for the person in lists, reports and exports.</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>Année de nai&amp;ssance</source>
        <translation>Year of &amp;birth</translation>
    </message>
    <message>
        <source>Se&amp;xe</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>&amp;Lien dans le ménage</source>
        <translation>&amp;Household relationship</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Type de logement</source>
        <translation>Housing t&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Bailleur</source>
        <translation>&amp;Landlord</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Quartier prioritaire de la politique de la ville</source>
        <translation>Priority neighbourhood under French urban policy (quartier prioritaire de la politique de la ville)</translation>
    </message>
    <message>
        <source>&amp;Quartier prioritaire (QPV)</source>
        <translation>&amp;Priority neighbourhood (QPV)</translation>
    </message>
    <message>
        <source>Début du b&amp;ail</source>
        <translation>Lease start &amp;date</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source>&amp;Impayés de loyer</source>
        <translation>&amp;Rent arrears</translation>
    </message>
    <message>
        <source>Plan d&apos;ap&amp;urement en cours</source>
        <translation>Repayment plan &amp;underway</translation>
    </message>
    <message>
        <source>Plan d&apos;apurement en cours</source>
        <translation>Repayment plan underway</translation>
    </message>
    <message>
        <source>Procédure d&apos;&amp;expulsion</source>
        <translation>Evic&amp;tion proceedings</translation>
    </message>
    <message>
        <source>Composition du ménage</source>
        <translation>Household composition</translation>
    </message>
    <message>
        <source>Autres membres du ménage</source>
        <translation>Other household members</translation>
    </message>
    <message>
        <source>A&amp;jouter un membre…</source>
        <translation>&amp;Add a member…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Retirer du ménage</source>
        <translation>Rem&amp;ove from household</translation>
    </message>
    <message>
        <source>N&amp;ote sur la composition</source>
        <translation>&amp;Note on composition</translation>
    </message>
    <message>
        <source>Note sur la composition</source>
        <translation>Note on composition</translation>
    </message>
    <message>
        <source>(attribué à l&apos;enregistrement)</source>
        <translation>(assigned when saved)</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ménage %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>Pas encore de ménage : il sera créé à l&apos;enregistrement si vous décrivez le logement ou ajoutez un membre.</source>
        <translation>No household yet: one will be created when you save if you describe the housing or add a member.</translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 01/09/2019.</source>
        <translation>Invalid date: type e.g. 01/09/2019.</translation>
    </message>
    <message>
        <source>Retirer du ménage</source>
        <translation>Remove from household</translation>
    </message>
    <message>
        <source>Retirer %1 du ménage et de la situation ? La personne reste enregistrée ; le retrait prend effet à l&apos;enregistrement.</source>
        <translation>Remove %1 from the household and the case? The person stays on record; the removal takes effect when you save.</translation>
    </message>
    <message>
        <source>ce membre</source>
        <translation>this member</translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorDefinitionEditor</name>
    <message>
        <source>Numérateur</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Dénominateur</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Ventiler par</source>
        <translation>Break down by</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>score minimal</source>
        <translation>minimum score</translation>
    </message>
    <message>
        <source>score maximal</source>
        <translation>maximum score</translation>
    </message>
    <message>
        <source>filtre « %1 »</source>
        <translation>filter “%1”</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Cochez au moins une valeur, ou retirez le filtre.</source>
        <translation>Check at least one value, or remove the filter.</translation>
    </message>
    <message>
        <source>définition d&apos;indicateur</source>
        <translation>indicator definition</translation>
    </message>
    <message>
        <source>Valeur &amp;saisie à la main pour chaque période (pas de calcul)</source>
        <translation>Value &amp;entered by hand for each period (no calculation)</translation>
    </message>
    <message>
        <source>Type de calcul</source>
        <translation>Calculation type</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Ratio (X / Y)</source>
        <translation>Ratio (X / Y)</translation>
    </message>
    <message>
        <source>Ventilation (tableau par catégorie)</source>
        <translation>Breakdown (table by category)</translation>
    </message>
    <message>
        <source>Évolution entre la première et la dernière évaluation</source>
        <translation>Change between the first and last assessment</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Mesure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>&amp;Ventiler par :</source>
        <translation>&amp;Break down by:</translation>
    </message>
    <message>
        <source>Dénominateur (Y)</source>
        <translation>Denominator (Y)</translation>
    </message>
    <message>
        <source>Affichage du ratio</source>
        <translation>Ratio display</translation>
    </message>
    <message>
        <source>en pourcentage (12 / 17 = 70,6 %)</source>
        <translation>as a percentage (12 / 17 = 70.6%)</translation>
    </message>
    <message>
        <source>en moyenne (51 / 17 = 3,0)</source>
        <translation>as an average (51 / 17 = 3.0)</translation>
    </message>
    <message>
        <source>&amp;Afficher :</source>
        <translation>Dis&amp;play:</translation>
    </message>
    <message>
        <source>Évolution des évaluations</source>
        <translation>Change in assessments</translation>
    </message>
    <message>
        <source>Dimension évaluée</source>
        <translation>Assessed dimension</translation>
    </message>
    <message>
        <source>— choisir une dimension —</source>
        <translation>— choose a dimension —</translation>
    </message>
    <message>
        <source>&amp;Dimension :</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>Situations évaluées</source>
        <translation>Assessed cases</translation>
    </message>
    <message>
        <source>Part des situations dont le score s&apos;améliore entre la première et la dernière évaluation de la période, selon la personne et selon l&apos;équipe.</source>
        <translation>Share of cases whose score improves between the first and last assessment of the period, according to the person and according to the team.</translation>
    </message>
    <message>
        <source>Numérateur (X)</source>
        <translation>Numerator (X)</translation>
    </message>
    <message>
        <source>Ce qui est compté</source>
        <translation>What is counted</translation>
    </message>
    <message>
        <source>Choisissez la dimension évaluée.</source>
        <translation>Choose the assessed dimension.</translation>
    </message>
    <message>
        <source>Définition incomplète : voir le message.</source>
        <translation>Incomplete definition: see the message.</translation>
    </message>
    <message>
        <source>Valeur saisie à la main : elle s&apos;entre pour chaque période dans la liste des indicateurs.</source>
        <translation>Value entered by hand: it is entered for each period in the indicator list.</translation>
    </message>
    <message>
        <source>Le calcul a échoué : %1</source>
        <translation>The calculation failed: %1</translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorDialog</name>
    <message>
        <source>Modifier l&apos;indicateur</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Nouvel indicateur</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Nature de l&apos;indicateur</source>
        <translation>Indicator kind</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées</source>
        <translation>Number of people supported</translation>
    </message>
    <message>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>30 personnes, 80 %…</source>
        <translation>30 people, 80%…</translation>
    </message>
    <message>
        <source>&amp;Nature :</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>C&amp;ible :</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <source>La définition enregistrée n&apos;a pas pu être lue (%1) ; définissez à nouveau le calcul.</source>
        <translation>The saved definition could not be read (%1); define the calculation again.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>L&apos;indicateur n&apos;a pas pu être enregistré.

%1</source>
        <translation>The indicator could not be saved.

%1</translation>
    </message>
    <message>
        <source>l&apos;indicateur</source>
        <translation>the indicator</translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorPreview</name>
    <message>
        <source>Répartition</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Situations évaluées deux fois dans la période</source>
        <translation>Cases assessed twice in the period</translation>
    </message>
    <message>
        <source>En progrès</source>
        <translation>Improving</translation>
    </message>
    <message>
        <source>Stables</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>En recul</source>
        <translation>Declining</translation>
    </message>
    <message>
        <source>Selon la personne</source>
        <translation>According to the person</translation>
    </message>
    <message>
        <source>Selon l&apos;équipe</source>
        <translation>According to the team</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Année de l&apos;aperçu</source>
        <translation>Preview year</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Valeur calculée</source>
        <translation>Calculated value</translation>
    </message>
    <message>
        <source>Valeurs par catégorie</source>
        <translation>Values by category</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Voir les dossiers</source>
        <translation>&amp;View records</translation>
    </message>
    <message>
        <source>Les enregistrements qui font ce chiffre</source>
        <translation>The records behind this figure</translation>
    </message>
    <message>
        <source>Calcul…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Valeur pour %1, calculée sur les enregistrements du dispositif.</source>
        <translation>Value for %1, calculated from the programme&apos;s records.</translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorValueDialog</name>
    <message>
        <source>Valeur de l&apos;indicateur pour %1</source>
        <translation>Indicator value for %1</translation>
    </message>
    <message>
        <source>Valeur (nombre)</source>
        <translation>Value (number)</translation>
    </message>
    <message>
        <source>17 ou 70,5</source>
        <translation>17 or 70.5</translation>
    </message>
    <message>
        <source>Valeur telle qu&apos;écrite</source>
        <translation>Value as written</translation>
    </message>
    <message>
        <source>12 / 17, ou une phrase</source>
        <translation>12 / 17, or a sentence</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Nombre :</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Texte :</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Nombre attendu, par exemple 17 ou 70,5.</source>
        <translation>Number expected, for example 17 or 70.5.</translation>
    </message>
    <message>
        <source>La valeur n&apos;a pas pu être enregistrée.

%1</source>
        <translation>The value could not be saved.

%1</translation>
    </message>
    <message>
        <source>la valeur de l&apos;indicateur</source>
        <translation>the indicator value</translation>
    </message>
</context>
<context>
    <name>passerelle::InvitationModel</name>
    <message>
        <source>en attente de réponse</source>
        <translation>awaiting reply</translation>
    </message>
    <message>
        <source>acceptée le %1</source>
        <translation>accepted on %1</translation>
    </message>
    <message>
        <source>expirée</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>annulée le %1</source>
        <translation>cancelled on %1</translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Créée le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Expire le</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>passerelle::InvitationsPanel</name>
    <message>
        <source>Invitations créées sur ce poste</source>
        <translation>Invitations created on this computer</translation>
    </message>
    <message>
        <source>&amp;Liste des invitations créées sur ce poste :</source>
        <translation>&amp;List of invitations created on this computer:</translation>
    </message>
    <message>
        <source>Aucune invitation : « Inviter un appareil… » en crée une.</source>
        <translation>No invitations: “Invite a device…” creates one.</translation>
    </message>
    <message>
        <source>Ann&amp;uler l&apos;invitation…</source>
        <translation>Cancel invi&amp;tation…</translation>
    </message>
    <message>
        <source>Pour une invitation remise par erreur ou qui ne servira pas : la réponse de l&apos;appareil sera refusée.</source>
        <translation>For an invitation handed over by mistake or that will not be used: the device&apos;s reply will be refused.</translation>
    </message>
    <message>
        <source>Annuler l&apos;invitation de « %1 » ?

Si l&apos;appareil y répond, sa réponse sera refusée ; il faudra lui remettre une nouvelle invitation.</source>
        <translation>Cancel the invitation for “%1”?

If the device replies to it, its reply will be refused; it will need to be given a new invitation.</translation>
    </message>
    <message>
        <source>Annuler une invitation</source>
        <translation>Cancel an invitation</translation>
    </message>
</context>
<context>
    <name>passerelle::InviteDialog</name>
    <message>
        <source>Inviter un appareil</source>
        <translation>Invite a device</translation>
    </message>
    <message>
        <source>Portable d&apos;un intervenant pair</source>
        <translation>Peer worker&apos;s laptop</translation>
    </message>
    <message>
        <source>Poste du bureau</source>
        <translation>Office computer</translation>
    </message>
    <message>
        <source>Rôle de l&apos;appareil</source>
        <translation>Device role</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>&amp;Intervenant :</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>par exemple « Portable de Camille »</source>
        <translation>for example “Camille&apos;s laptop”</translation>
    </message>
    <message>
        <source>&amp;Nom de l&apos;appareil :</source>
        <translation>Device &amp;name:</translation>
    </message>
    <message>
        <source> jour(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>Validité en jours</source>
        <translation>Validity in days</translation>
    </message>
    <message>
        <source>&amp;Validité :</source>
        <translation>&amp;Valid for:</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Créer l&apos;invitation…</source>
        <translation>&amp;Create invitation…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Code de l&apos;invitation</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>C&amp;opier le code</source>
        <translation>C&amp;opy code</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;appareil.</source>
        <translation>Enter the device name.</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;invitation</source>
        <translation>Save invitation</translation>
    </message>
    <message>
        <source>Invitation Passerelle (*.passerelle-invite)</source>
        <translation>Passerelle invitation (*.passerelle-invite)</translation>
    </message>
    <message numerus="yes">
        <source>L&apos;invitation est enregistrée. Remettez le fichier à la personne qui installe l&apos;appareil (clé USB, dossier partagé).

Lisez ce code à la personne qui installe l&apos;appareil : elle le saisira pour rejoindre le bureau. Il n&apos;est affiché qu&apos;une fois ; l&apos;invitation expire dans %n jour(s).</source>
        <translation>
            <numerusform>The invitation has been saved. Give the file to the person setting up the device (USB stick, shared folder).

Read this code out to the person setting up the device: they will enter it to join the office. It is shown only once; the invitation expires in %n day.</numerusform>
            <numerusform>The invitation has been saved. Give the file to the person setting up the device (USB stick, shared folder).

Read this code out to the person setting up the device: they will enter it to join the office. It is shown only once; the invitation expires in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::JoinDialog</name>
    <message>
        <source>Rejoindre un bureau</source>
        <translation>Join an office</translation>
    </message>
    <message>
        <source>portable d&apos;un intervenant pair</source>
        <translation>peer worker&apos;s laptop</translation>
    </message>
    <message>
        <source>poste du bureau</source>
        <translation>office computer</translation>
    </message>
    <message>
        <source>Invitation de : %1
Organisation : %2
Cet appareil : %3 (« %4 »)
Valable jusqu&apos;au : %5

Ces informations viennent du fichier et ne sont pas encore vérifiées : seul le code lu par le coordinateur prouve que l&apos;invitation vient bien de votre bureau.</source>
        <translation>Invitation from: %1
Organisation: %2
This device: %3 (“%4”)
Valid until: %5

This information comes from the file and has not been verified yet: only the code read out by the coordinator proves that the invitation really comes from your office.</translation>
    </message>
    <message>
        <source>Code de l&apos;invitation</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>&amp;Code lu par le coordinateur :</source>
        <translation>&amp;Code read out by the coordinator:</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Rejoindre…</source>
        <translation>&amp;Join…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saisissez le code lu par le coordinateur.</source>
        <translation>Enter the code read out by the coordinator.</translation>
    </message>
    <message>
        <source>Enregistrer la réponse pour le bureau</source>
        <translation>Save the reply for the office</translation>
    </message>
    <message>
        <source>Réponse Passerelle (*.passerelle-join)</source>
        <translation>Passerelle reply (*.passerelle-join)</translation>
    </message>
</context>
<context>
    <name>passerelle::MainWindow</name>
    <message>
        <source>Passerelle — %1</source>
        <translation>Passerelle — %1</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos de Passerelle</source>
        <translation>&amp;About Passerelle</translation>
    </message>
    <message>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Réplique : %1</source>
        <translation>Replica: %1</translation>
    </message>
    <message>
        <source>Identifiant de cette copie de la base, utilisé par la synchronisation</source>
        <translation>Identifier of this copy of the database, used by synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln situation(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>La liste n&apos;a pas pu être lue.

%1</source>
        <translation>The list could not be read.

%1</translation>
    </message>
    <message>
        <source>À propos de Passerelle</source>
        <translation>About Passerelle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passerelle %1&lt;/h3&gt;&lt;p&gt;Suivi des dispositifs qui relient le soin et le logement : situations, interventions, actions collectives et bilans.&lt;/p&gt;&lt;p&gt;Base : %2&lt;br&gt;Schéma : version %3&lt;br&gt;Réplique : %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passerelle %1&lt;/h3&gt;&lt;p&gt;Follow-up of the programmes that bridge care and housing: cases, interventions, collective sessions and reviews.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema: version %3&lt;br&gt;Replica: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Nouvelle &amp;situation…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <source>Enregistrer une nouvelle situation repérée ou orientée</source>
        <translation>Record a newly identified or referred case</translation>
    </message>
    <message>
        <source>Nouvelle &amp;intervention…</source>
        <translation>New &amp;intervention…</translation>
    </message>
    <message>
        <source>Enregistrer une visite, un entretien ou une démarche</source>
        <translation>Record a visit, a meeting or a step taken</translation>
    </message>
    <message>
        <source>&amp;Rechercher une situation</source>
        <translation>&amp;Find a case</translation>
    </message>
    <message>
        <source>Chercher par numéro, code, nom, commune ou partenaire</source>
        <translation>Search by number, code, name, municipality or partner</translation>
    </message>
    <message>
        <source>Relire les données, y compris celles écrites par un autre programme</source>
        <translation>Reload the data, including data written by another program</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Aller &amp;à</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Panneau de &amp;navigation</source>
        <translation>&amp;Navigation pane</translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Vérification de l&apos;intégrité…</source>
        <translation>Checking integrity…</translation>
    </message>
    <message>
        <source>Intégrité vérifiée</source>
        <translation>Integrity checked</translation>
    </message>
    <message>
        <source>Base endommagée</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Le contrôle d&apos;intégrité de la base a trouvé des anomalies. Faites une copie du fichier et contactez le support avant de continuer à saisir.

%1</source>
        <translation>The database integrity check found problems. Make a copy of the file and contact support before entering any more data.

%1</translation>
    </message>
</context>
<context>
    <name>passerelle::MeasureEditor</name>
    <message>
        <source>%1 : ce qui est compté</source>
        <translation>%1: what is counted</translation>
    </message>
    <message>
        <source>%1 : ajouter un filtre</source>
        <translation>%1: add a filter</translation>
    </message>
    <message>
        <source>&amp;Compter :</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <source>Ajo&amp;uter ce filtre</source>
        <translation>&amp;Add this filter</translation>
    </message>
    <message>
        <source>&amp;Filtres :</source>
        <translation>&amp;Filters:</translation>
    </message>
    <message>
        <source>aucun autre filtre possible</source>
        <translation>no other filter available</translation>
    </message>
</context>
<context>
    <name>passerelle::MemberDialog</name>
    <message>
        <source>Ajouter un membre du ménage</source>
        <translation>Add a household member</translation>
    </message>
    <message>
        <source>Membre du ménage</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;Année de naissance</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <source>&amp;Sexe</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>— (suivi hors du ménage)</source>
        <translation>— (followed outside the household)</translation>
    </message>
    <message>
        <source>&amp;Lien dans le ménage</source>
        <translation>&amp;Household relationship</translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>passerelle::NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>passerelle::NeedsTab</name>
    <message>
        <source>&amp;Problématiques repérées</source>
        <translation>&amp;Identified issues</translation>
    </message>
    <message>
        <source>Problématiques repérées</source>
        <translation>Identified issues</translation>
    </message>
    <message>
        <source>Espace coche ou décoche la problématique sélectionnée.</source>
        <translation>Space ticks or unticks the selected issue.</translation>
    </message>
    <message>
        <source>Besoins exprimés par la pe&amp;rsonne</source>
        <translation>Needs expressed by the &amp;person</translation>
    </message>
    <message>
        <source>Avec ses mots : ce qu&apos;elle demande, ce qui compte pour elle</source>
        <translation>In their own words: what they are asking for, what matters to them</translation>
    </message>
    <message>
        <source>Besoins repérés par les pro&amp;fessionnels</source>
        <translation>Needs identified by p&amp;rofessionals</translation>
    </message>
    <message>
        <source>Ce que l&apos;équipe et les partenaires observent</source>
        <translation>What the team and partners observe</translation>
    </message>
</context>
<context>
    <name>passerelle::NewCaseDialog</name>
    <message>
        <source>Nouvelle situation</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>&amp;Créer la situation</source>
        <translation>&amp;Create case</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Le nom de la personne ne figure que dans son dossier ; listes, rapports et exports ne montrent que son code pseudonyme.</source>
        <translation>The person&apos;s name appears only in their case file; lists, reports and exports show only their pseudonymous code.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Dispositif</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Date de &amp;repérage</source>
        <translation>&amp;Identification date</translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation>Supported person</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;Année de naissance</source>
        <translation>Year of &amp;birth</translation>
    </message>
    <message>
        <source>S&amp;exe</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Ménage et logement</source>
        <translation>Household and housing</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Type de logement</source>
        <translation>Housing &amp;type</translation>
    </message>
    <message>
        <source>&amp;Bailleur</source>
        <translation>&amp;Landlord</translation>
    </message>
    <message>
        <source>Co&amp;mmune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Quartier prioritaire (QPV)</source>
        <translation>Priority &amp;neighbourhood (QPV)</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source>&amp;Impayés de loyer</source>
        <translation>Rent &amp;arrears</translation>
    </message>
    <message>
        <source>Procédure d&apos;e&amp;xpulsion</source>
        <translation>&amp;Eviction proceedings</translation>
    </message>
    <message>
        <source>Saisine</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Partenaire &amp;orienteur</source>
        <translation>Referring partne&amp;r</translation>
    </message>
    <message>
        <source>Date de la &amp;saisine</source>
        <translation>Referral &amp;date</translation>
    </message>
    <message>
        <source>Pourquoi le partenaire sollicite le dispositif</source>
        <translation>Why the partner is calling on the programme</translation>
    </message>
    <message>
        <source>Moti&amp;f de la saisine</source>
        <translation>Referral reas&amp;on</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 12/03/2025.</source>
        <translation>Invalid date: type e.g. 12/03/2025.</translation>
    </message>
    <message>
        <source>Situation non créée</source>
        <translation>Case not created</translation>
    </message>
    <message>
        <source>La nouvelle situation</source>
        <translation>The new case</translation>
    </message>
</context>
<context>
    <name>passerelle::NotesTab</name>
    <message>
        <source>&amp;Notes de suivi</source>
        <translation>Follow-up &amp;notes</translation>
    </message>
    <message>
        <source>Notes de suivi</source>
        <translation>Follow-up notes</translation>
    </message>
    <message>
        <source>Faits, démarches, points d&apos;attention. Pas de diagnostic : la personne peut demander à lire son dossier.</source>
        <translation>Facts, steps taken, points to watch. No diagnosis: the person may ask to read their file.</translation>
    </message>
</context>
<context>
    <name>passerelle::ObjectivesSection</name>
    <message>
        <source>Objectif &amp;spécifique :</source>
        <translation>Specific &amp;objective:</translation>
    </message>
    <message>
        <source>Objectifs &amp;opérationnels, chacun avec son échéance</source>
        <translation>O&amp;perational objectives, each with its deadline</translation>
    </message>
    <message>
        <source>objectif opérationnel</source>
        <translation>operational objective</translation>
    </message>
    <message>
        <source>&amp;Ajouter un objectif</source>
        <translation>&amp;Add an objective</translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif</source>
        <translation>Delete the objective</translation>
    </message>
    <message>
        <source>&amp;Description de la mise en œuvre :</source>
        <translation>Implementation &amp;description:</translation>
    </message>
    <message>
        <source>Étapes de &amp;mise en œuvre</source>
        <translation>I&amp;mplementation steps</translation>
    </message>
    <message>
        <source>étape de mise en œuvre</source>
        <translation>implementation step</translation>
    </message>
    <message>
        <source>Ajouter une é&amp;tape</source>
        <translation>Add a s&amp;tep</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Delete the step</translation>
    </message>
    <message>
        <source>Échéance invalide : tapez par exemple 30/06/2026, ou rien.</source>
        <translation>Invalid deadline: type for example 30/06/2026, or nothing.</translation>
    </message>
</context>
<context>
    <name>passerelle::OrderedEntryEditor</name>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Échéance écrite</source>
        <translation>Deadline in words</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Monter : %1</source>
        <translation>Move up: %1</translation>
    </message>
    <message>
        <source>Avancer dans la liste (Ctrl+Haut)</source>
        <translation>Move up the list (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Descendre : %1</source>
        <translation>Move down: %1</translation>
    </message>
    <message>
        <source>Reculer dans la liste (Ctrl+Bas)</source>
        <translation>Move down the list (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Intitulé : %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Intitulé :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>jj/mm/aaaa, ou vide</source>
        <translation>dd/mm/yyyy, or empty</translation>
    </message>
    <message>
        <source>Échéance :</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Échéance écrite : %1</source>
        <translation>Deadline in words: %1</translation>
    </message>
    <message>
        <source>ou en toutes lettres : « Au premier semestre 2026 »</source>
        <translation>or in words: “In the first half of 2026”</translation>
    </message>
</context>
<context>
    <name>passerelle::PartnerDialog</name>
    <message>
        <source>Le partenaire</source>
        <translation>The partner</translation>
    </message>
    <message>
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Partenaire — %1</source>
        <translation>Partner — %1</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>Télé&amp;phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Co&amp;urriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>passerelle::PartnerListModel</name>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Situations orientées par ce partenaire</source>
        <translation>Cases referred by this partner</translation>
    </message>
    <message>
        <source>Situations où ce partenaire est mobilisé</source>
        <translation>Cases this partner is involved in</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation>Involvements</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>passerelle::PartnerMobilisationDialog</name>
    <message>
        <source>Mobiliser un partenaire</source>
        <translation>Involve a partner</translation>
    </message>
    <message>
        <source>Partenaire mobilisé</source>
        <translation>Partner involved</translation>
    </message>
    <message>
        <source>&amp;Partenaire</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>p. ex. suivi psychiatrique, médecin traitant, bailleur</source>
        <translation>e.g. psychiatric care, GP, landlord</translation>
    </message>
    <message>
        <source>&amp;Rôle dans la situation</source>
        <translation>&amp;Role in the case</translation>
    </message>
    <message>
        <source>&amp;Mobilisé le</source>
        <translation>&amp;Involved on</translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choisissez un partenaire.</source>
        <translation>Choose a partner.</translation>
    </message>
</context>
<context>
    <name>passerelle::PartnersPage</name>
    <message>
        <source>%1 partenaire</source>
        <translation>%1 partner</translation>
    </message>
    <message>
        <source>%1 partenaires</source>
        <translation>%1 partners</translation>
    </message>
    <message>
        <source>Liste des partenaires</source>
        <translation>Partner list</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Situations orientées par le partenaire</source>
        <translation>Cases referred by the partner</translation>
    </message>
    <message>
        <source>Situations où le partenaire est mobilisé</source>
        <translation>Cases the partner is involved in</translation>
    </message>
    <message>
        <source>Entrée sur un numéro ouvre le dossier.</source>
        <translation>Press Enter on a number to open the case file.</translation>
    </message>
    <message>
        <source>&amp;Nouveau partenaire…</source>
        <translation>&amp;New partner…</translation>
    </message>
    <message>
        <source>Créer un partenaire (Inser)</source>
        <translation>Create a partner (Ins)</translation>
    </message>
    <message>
        <source>Modifier le partenaire choisi (Entrée)</source>
        <translation>Edit the selected partner (Enter)</translation>
    </message>
    <message>
        <source>Archiver le partenaire choisi (Suppr) : il n&apos;est plus proposé, les situations gardent leur lien</source>
        <translation>Archive the selected partner (Del): it is no longer offered; cases keep their link</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Aucun partenaire choisi</source>
        <translation>No partner selected</translation>
    </message>
    <message>
        <source>&amp;Situations orientées : %1</source>
        <translation>Referred &amp;cases: %1</translation>
    </message>
    <message>
        <source>Mo&amp;bilisé sur : %1</source>
        <translation>&amp;Involved in: %1</translation>
    </message>
    <message>
        <source>%1 · orientée le %2</source>
        <translation>%1 · referred on %2</translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Restaurer le partenaire « %1 » ? Il sera de nouveau proposé.</source>
        <translation>Restore the partner “%1”? It will be offered again.</translation>
    </message>
    <message>
        <source>Archiver le partenaire « %1 » ? Il ne sera plus proposé ; les situations qui le citent gardent leur lien.</source>
        <translation>Archive the partner “%1”? It will no longer be offered; cases that mention it keep their link.</translation>
    </message>
</context>
<context>
    <name>passerelle::PartnersTab</name>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rôle dans la situation</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <source>Mobilisé le</source>
        <translation>Involved on</translation>
    </message>
    <message>
        <source>Partenaires mobilisés</source>
        <translation>Partners involved</translation>
    </message>
    <message>
        <source>Mo&amp;biliser un partenaire…</source>
        <translation>&amp;Involve a partner…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partenaire(s) mobilisé(s) sur la situation</source>
        <translation>
            <numerusform>%Ln partner involved in the case</numerusform>
            <numerusform>%Ln partners involved in the case</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirer le partenaire</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>Retirer %1 des partenaires mobilisés ? Le retrait prend effet à l&apos;enregistrement.</source>
        <translation>Remove %1 from the partners involved? The removal takes effect when you save.</translation>
    </message>
</context>
<context>
    <name>passerelle::PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Automatique (langue du système)</source>
        <translation>Automatic (system language)</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>La langue choisie s&apos;applique au prochain démarrage de Passerelle.</source>
        <translation>The chosen language applies the next time Passerelle starts.</translation>
    </message>
    <message>
        <source>La variable d&apos;environnement PASSERELLE_LANG (%1) l&apos;emporte sur ce choix.</source>
        <translation>The PASSERELLE_LANG environment variable (%1) overrides this choice.</translation>
    </message>
</context>
<context>
    <name>passerelle::ProgrammeDialog</name>
    <message>
        <source>Le dispositif</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>Nouveau dispositif</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Dispositif — %1</source>
        <translation>Programme — %1</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>PA : début des numéros de situation (PA-2026-0017)</source>
        <translation>PA: start of the case numbers (PA-2026-0017)</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Territoire</source>
        <translation>&amp;Territory</translation>
    </message>
    <message>
        <source>Dé&amp;but</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <source>vide : sans date de fin</source>
        <translation>empty: no end date</translation>
    </message>
    <message>
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 01/01/2026.</source>
        <translation>Invalid date: type e.g. 01/01/2026.</translation>
    </message>
</context>
<context>
    <name>passerelle::ProgrammeListModel</name>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Situations en cours (ni closes ni archivées)</source>
        <translation>Ongoing cases (neither closed nor archived)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Situations en cours</source>
        <translation>Ongoing cases</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>passerelle::ProgrammesPage</name>
    <message>
        <source>%1 dispositif</source>
        <translation>%1 programme</translation>
    </message>
    <message>
        <source>%1 dispositifs</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <source>Liste des dispositifs</source>
        <translation>Programme list</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>&amp;Nouveau dispositif…</source>
        <translation>&amp;New programme…</translation>
    </message>
    <message>
        <source>Créer un dispositif (Inser)</source>
        <translation>Create a programme (Ins)</translation>
    </message>
    <message>
        <source>Modifier le dispositif choisi (Entrée)</source>
        <translation>Edit the selected programme (Enter)</translation>
    </message>
    <message>
        <source>Archiver le dispositif choisi (Suppr) : ses situations restent</source>
        <translation>Archive the selected programme (Del): its cases remain</translation>
    </message>
    <message>
        <source>Dispositifs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Restaurer le dispositif « %1 » ?</source>
        <translation>Restore the programme “%1”?</translation>
    </message>
    <message>
        <source>Archiver le dispositif « %1 » ? Il ne sera plus proposé ; ses situations et son historique restent.</source>
        <translation>Archive the programme “%1”? It will no longer be offered; its cases and history remain.</translation>
    </message>
</context>
<context>
    <name>passerelle::PublicSection</name>
    <message>
        <source>Partenaires de l&apos;action et leur rôle</source>
        <translation>Action partners and their role</translation>
    </message>
    <message>
        <source>P&amp;ublic visé :</source>
        <translation>Target &amp;audience:</translation>
    </message>
    <message>
        <source>environ 30 personnes par an</source>
        <translation>about 30 people a year</translation>
    </message>
    <message>
        <source>Nombre de personnes &amp;concernées :</source>
        <translation>Number of people &amp;concerned:</translation>
    </message>
    <message>
        <source>Caté&amp;gories de public</source>
        <translation>Audience cate&amp;gories</translation>
    </message>
    <message>
        <source>&amp;Lieux de l&apos;action :</source>
        <translation>Action &amp;locations:</translation>
    </message>
    <message>
        <source>T&amp;ypes de lieux d&apos;intervention</source>
        <translation>T&amp;ypes of intervention sites</translation>
    </message>
    <message>
        <source>Une commune par ligne</source>
        <translation>One municipality per line</translation>
    </message>
    <message>
        <source>Co&amp;mmunes :</source>
        <translation>&amp;Municipalities:</translation>
    </message>
    <message>
        <source>52</source>
        <translation>52</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>&amp;Département :</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Éc&amp;helon géographique :</source>
        <translation>Geographic l&amp;evel:</translation>
    </message>
</context>
<context>
    <name>passerelle::QuickInterventionDialog</name>
    <message>
        <source>Nouvelle intervention</source>
        <translation>New intervention</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Facultative : 14:30, 14h30 ou 1430</source>
        <translation>Optional: 14:30, 14h30 or 1430</translation>
    </message>
    <message>
        <source>min ou h:mm</source>
        <translation>min or h:mm</translation>
    </message>
    <message>
        <source>En minutes (45) ou en heures (1:30, 1h30)</source>
        <translation>In minutes (45) or in hours (1:30, 1h30)</translation>
    </message>
    <message>
        <source>n° de situation ou code de la personne</source>
        <translation>case no. or person&apos;s code</translation>
    </message>
    <message>
        <source>Tapez le début d&apos;un numéro (PA-2025-…) ou d&apos;un code pseudonyme ; plusieurs situations : séparez-les par des virgules</source>
        <translation>Type the start of a number (PA-2025-…) or of a pseudonymous code; for several cases, separate them with commas</translation>
    </message>
    <message>
        <source>Ce qui a été fait, ce qui est convenu — jamais de diagnostic (Maj+Entrée : nouvelle ligne)</source>
        <translation>What was done, what was agreed — never a diagnosis (Shift+Enter: new line)</translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>D&amp;ate :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Heure :</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Modalité :</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>É&amp;tat :</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Travailleur &amp;pair :</source>
        <translation>Peer &amp;worker:</translation>
    </message>
    <message>
        <source>P&amp;rofessionnel :</source>
        <translation>Pro&amp;fessional:</translation>
    </message>
    <message>
        <source>&amp;Situation(s) :</source>
        <translation>&amp;Case(s):</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Entrée, depuis n&apos;importe quel champ</source>
        <translation>Enter, from any field</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 — inactif</source>
        <translation>%1 — inactive</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Cette intervention n&apos;existe plus.</source>
        <translation>This intervention no longer exists.</translation>
    </message>
    <message>
        <source>Modifier l&apos;intervention</source>
        <translation>Edit intervention</translation>
    </message>
    <message>
        <source>(dispositif archivé)</source>
        <translation>(archived programme)</translation>
    </message>
    <message>
        <source>Autres intervenants, gardés sur l&apos;intervention : %1</source>
        <translation>Other workers, kept on the intervention: %1</translation>
    </message>
    <message>
        <source>Heure non reconnue : tapez par exemple 14:30 ou 14h30.</source>
        <translation>Time not recognised: type e.g. 14:30 or 14h30.</translation>
    </message>
    <message>
        <source>Durée non reconnue : tapez des minutes (45) ou des heures (1:30).</source>
        <translation>Duration not recognised: type minutes (45) or hours (1:30).</translation>
    </message>
    <message>
        <source>Indiquez au moins un intervenant du binôme.</source>
        <translation>Enter at least one worker of the duo.</translation>
    </message>
    <message>
        <source>Intervention non enregistrée</source>
        <translation>Intervention not saved</translation>
    </message>
    <message>
        <source>L&apos;intervention</source>
        <translation>The intervention</translation>
    </message>
</context>
<context>
    <name>passerelle::ReferralTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Note de la commission</source>
        <translation>Committee note</translation>
    </message>
    <message>
        <source>Repérage et saisine</source>
        <translation>Identification and referral</translation>
    </message>
    <message>
        <source>Date de &amp;repérage</source>
        <translation>&amp;Identification date</translation>
    </message>
    <message>
        <source>&amp;Partenaire orienteur</source>
        <translation>Referring &amp;partner</translation>
    </message>
    <message>
        <source>Date de la &amp;saisine</source>
        <translation>Referral &amp;date</translation>
    </message>
    <message>
        <source>Pourquoi le partenaire sollicite le dispositif (ses propres démarches restées vaines, la situation du logement…)</source>
        <translation>Why the partner is calling on the programme (its own efforts that came to nothing, the housing situation…)</translation>
    </message>
    <message>
        <source>&amp;Motif de la saisine</source>
        <translation>Referral &amp;reason</translation>
    </message>
    <message>
        <source>Décisions de commission</source>
        <translation>Committee decisions</translation>
    </message>
    <message>
        <source>Les décisions s&apos;enregistrent avec la séance de la commission (cellule d&apos;orientation, commission appartement).</source>
        <translation>Decisions are recorded with the committee meeting (referral panel, housing committee).</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 12/03/2025.</source>
        <translation>Invalid date: type e.g. 12/03/2025.</translation>
    </message>
</context>
<context>
    <name>passerelle::RegionalPlansSection</name>
    <message>
        <source>Lien avec le &amp;Projet régional de santé (PRS)</source>
        <translation>Link with the &amp;Regional Health Project (PRS)</translation>
    </message>
    <message>
        <source>PRS Grand Est — parcours santé mentale</source>
        <translation>PRS Grand Est — mental health pathway</translation>
    </message>
    <message>
        <source>Programme du PRS &amp;servi :</source>
        <translation>PRS &amp;programme served:</translation>
    </message>
    <message>
        <source>Lien avec le Plan régional santé environnement &amp;3 (PRSE 3)</source>
        <translation>Link with the Regional Health-Environment Plan &amp;3 (PRSE 3)</translation>
    </message>
</context>
<context>
    <name>passerelle::ReviewChartsView</name>
    <message>
        <source>Graphiques du bilan</source>
        <translation>Review charts</translation>
    </message>
    <message>
        <source>Affichez un bilan pour voir ses graphiques.</source>
        <translation>Display a review to see its charts.</translation>
    </message>
    <message>
        <source>Aucun graphique : le bilan n&apos;a pas de ventilation renseignée sur cette période.</source>
        <translation>No charts: the review has no breakdown filled in for this period.</translation>
    </message>
</context>
<context>
    <name>passerelle::ReviewQueueModel</name>
    <message>
        <source>traité le %1</source>
        <translation>handled on %1</translation>
    </message>
    <message>
        <source>à revoir</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>Situation présente sur cet appareil : « Ouvrir la situation » l&apos;affiche.</source>
        <translation>Case present on this device: “Open case” shows it.</translation>
    </message>
    <message>
        <source>L&apos;appareil d&apos;origine ne peut pas être déterminé (aucun paquet, ou plusieurs importés au même instant).</source>
        <translation>The originating device cannot be determined (no bundle, or several imported at the same moment).</translation>
    </message>
    <message>
        <source>Mis de côté le</source>
        <translation>Set aside on</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reçu de</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>passerelle::ReviewQueuePanel</name>
    <message>
        <source>Enregistrements qu&apos;une fusion n&apos;a pas pu placer (parent supprimé ailleurs, règle non respectée). Corrigez-les au besoin, puis marquez-les comme traités.</source>
        <translation>Records that a merge could not place (parent deleted elsewhere, rule not met). Correct them if needed, then mark them as handled.</translation>
    </message>
    <message>
        <source>Éléments mis de côté pour revue</source>
        <translation>Items set aside for review</translation>
    </message>
    <message>
        <source>É&amp;léments mis de côté :</source>
        <translation>&amp;Items set aside:</translation>
    </message>
    <message>
        <source>Rien à revoir : toutes les fusions ont pu tout placer.</source>
        <translation>Nothing to review: every merge placed everything.</translation>
    </message>
    <message>
        <source>Afficher aussi les éléments &amp;traités</source>
        <translation>Also show &amp;handled items</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la situation</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Affiche la situation concernée, quand elle est sur cet appareil.</source>
        <translation>Shows the case concerned, when it is on this device.</translation>
    </message>
    <message>
        <source>&amp;Marquer comme traité</source>
        <translation>&amp;Mark as handled</translation>
    </message>
    <message>
        <source>Retire l&apos;élément de la liste à revoir (il reste visible parmi les éléments traités).</source>
        <translation>Removes the item from the review list (it stays visible among handled items).</translation>
    </message>
    <message>
        <source>Marquer comme traité</source>
        <translation>Mark as handled</translation>
    </message>
</context>
<context>
    <name>passerelle::SessionDialog</name>
    <message>
        <source>La séance</source>
        <translation>The session</translation>
    </message>
    <message>
        <source>Nouvelle séance collective</source>
        <translation>New group session</translation>
    </message>
    <message>
        <source>Séance collective du %1</source>
        <translation>Group session on %1</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Dispositif</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>14:30, facultatif</source>
        <translation>14:30, optional</translation>
    </message>
    <message>
        <source>&amp;Heure</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <source>1h30, 90…, facultatif</source>
        <translation>1h30, 90…, optional</translation>
    </message>
    <message>
        <source>Du&amp;rée</source>
        <translation>Du&amp;ration</translation>
    </message>
    <message>
        <source>É&amp;tat</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Thè&amp;mes</source>
        <translation>T&amp;hemes</translation>
    </message>
    <message>
        <source>Participants par typologie</source>
        <translation>Participants by category</translation>
    </message>
    <message>
        <source>Participants : %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Situations examinées par la commission</source>
        <translation>Cases reviewed by the committee</translation>
    </message>
    <message>
        <source>Tapez le numéro de la situation (complétion dès deux caractères), choisissez la décision, puis « Ajouter ».
Choisir une ligne la reprend pour changer sa décision.</source>
        <translation>Type the case number (suggestions from two characters), choose the decision, then “Add”.
Selecting a row loads it again so you can change its decision.</translation>
    </message>
    <message>
        <source>PA-2026-0017</source>
        <translation>PA-2026-0017</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Décisi&amp;on</source>
        <translation>Decisi&amp;on</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A&amp;jouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Enle&amp;ver</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Situations examinées et décisions</source>
        <translation>Cases reviewed and decisions</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Tapez le numéro d&apos;une situation.</source>
        <translation>Type a case number.</translation>
    </message>
    <message>
        <source>Choisissez la décision prise.</source>
        <translation>Choose the decision made.</translation>
    </message>
    <message>
        <source>Heure invalide : tapez par exemple 14:30.</source>
        <translation>Invalid time: type e.g. 14:30.</translation>
    </message>
    <message>
        <source>Durée invalide : tapez par exemple 1h30 ou 90.</source>
        <translation>Invalid duration: type e.g. 1h30 or 90.</translation>
    </message>
    <message>
        <source>Cette situation n&apos;est pas encore ajoutée : « Ajouter » ou videz le champ.</source>
        <translation>This case has not been added yet: click “Add” or clear the field.</translation>
    </message>
</context>
<context>
    <name>passerelle::SessionListModel</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 (archivée)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Situations examinées par la commission</source>
        <translation>Cases reviewed by the committee</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
</context>
<context>
    <name>passerelle::SessionsPage</name>
    <message>
        <source>%1 séance</source>
        <translation>%1 session</translation>
    </message>
    <message>
        <source>%1 séances</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>Liste des séances collectives</source>
        <translation>Group session list</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>&amp;Nouvelle séance…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Saisir une séance collective (Inser)</source>
        <translation>Record a group session (Ins)</translation>
    </message>
    <message>
        <source>Modifier la séance choisie (Entrée)</source>
        <translation>Edit the selected session (Enter)</translation>
    </message>
    <message>
        <source>Archiver la séance choisie (Suppr)</source>
        <translation>Archive the selected session (Del)</translation>
    </message>
    <message>
        <source>Séances collectives</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <source>%1 du %2 — participants : %3</source>
        <translation>%1 on %2 — participants: %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> — situations examinées : %1</source>
        <translation> — cases reviewed: %1</translation>
    </message>
    <message>
        <source>%1 du %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Restaurer la séance « %1 » ?</source>
        <translation>Restore the session “%1”?</translation>
    </message>
    <message>
        <source>Archiver la séance « %1 » ? Elle ne sera plus listée ; « Afficher les archivés » permet de la restaurer.</source>
        <translation>Archive the session “%1”? It will no longer be listed; “Show archived” lets you restore it.</translation>
    </message>
</context>
<context>
    <name>passerelle::SheetIndicatorList</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Indicateurs de la fiche</source>
        <translation>Sheet indicators</translation>
    </message>
    <message>
        <source>&amp;Indicateurs d&apos;évaluation (processus, résultat, impact)</source>
        <translation>&amp;Evaluation indicators (process, outcome, impact)</translation>
    </message>
    <message>
        <source>calculée</source>
        <translation>calculated</translation>
    </message>
    <message>
        <source>saisie à la main</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>définition illisible</source>
        <translation>unreadable definition</translation>
    </message>
    <message>
        <source>Les indicateurs s&apos;ajoutent une fois la fiche enregistrée.</source>
        <translation>Indicators can be added once the sheet is saved.</translation>
    </message>
    <message>
        <source>%1 indicateur(s), dont %2 calculé(s) par Passerelle à partir de ce qui est enregistré.</source>
        <translation>%1 indicator(s), of which %2 calculated by Passerelle from what is recorded.</translation>
    </message>
</context>
<context>
    <name>passerelle::SheetIndicatorsModel</name>
    <message>
        <source>erreur de calcul</source>
        <translation>calculation error</translation>
    </message>
    <message>
        <source>calcul…</source>
        <translation>calculating…</translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>calculé</source>
        <translation>calculated</translation>
    </message>
    <message>
        <source>saisi à la main</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Obtenu</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>passerelle::SheetIndicatorsWidget</name>
    <message>
        <source>Année des valeurs</source>
        <translation>Year of the values</translation>
    </message>
    <message>
        <source>Valeurs de l&apos;a&amp;nnée :</source>
        <translation>Values for the &amp;year:</translation>
    </message>
    <message>
        <source>Afficher les a&amp;rchivés</source>
        <translation>Show a&amp;rchived</translation>
    </message>
    <message>
        <source>Indicateurs de la fiche action</source>
        <translation>Action sheet indicators</translation>
    </message>
    <message>
        <source>&amp;Ajouter…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Saisir la valeur…</source>
        <translation>Enter the &amp;value…</translation>
    </message>
    <message>
        <source>E&amp;ffacer la valeur</source>
        <translation>C&amp;lear the value</translation>
    </message>
    <message>
        <source>Arc&amp;hiver</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>Res&amp;taurer</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Ajouter un indicateur (Inser)</source>
        <translation>Add an indicator (Ins)</translation>
    </message>
    <message>
        <source>Archiver l&apos;indicateur choisi (Suppr)</source>
        <translation>Archive the selected indicator (Del)</translation>
    </message>
    <message>
        <source>Calcul des valeurs…</source>
        <translation>Calculating values…</translation>
    </message>
    <message>
        <source>Les valeurs n&apos;ont pas pu être calculées.</source>
        <translation>The values could not be calculated.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicateur(s), valeurs %1</source>
        <translation>
            <numerusform>%n indicator, values %1</numerusform>
            <numerusform>%n indicators, values %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer la valeur</source>
        <translation>Clear the value</translation>
    </message>
    <message>
        <source>Effacer la valeur saisie pour « %1 » en %2 ?</source>
        <translation>Clear the value entered for “%1” in %2?</translation>
    </message>
    <message>
        <source>Aucune valeur n&apos;était saisie pour %1.</source>
        <translation>No value was entered for %1.</translation>
    </message>
    <message>
        <source>Archiver l&apos;indicateur</source>
        <translation>Archive the indicator</translation>
    </message>
    <message>
        <source>Archiver « %1 » ? Il ne figurera plus dans les bilans ; vous pourrez le restaurer depuis « Afficher les archivés ».</source>
        <translation>Archive “%1”? It will no longer appear in reviews; you can restore it from “Show archived”.</translation>
    </message>
    <message>
        <source>« %1 » archivé.</source>
        <translation>“%1” archived.</translation>
    </message>
    <message>
        <source>Restaurer l&apos;indicateur</source>
        <translation>Restore the indicator</translation>
    </message>
    <message>
        <source>Mon&amp;ter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Desce&amp;ndre</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Placer l&apos;indicateur avant le précédent du même type (Alt+Haut) : c&apos;est l&apos;ordre de la fiche et du bilan</source>
        <translation>Move the indicator before the previous one of the same type (Alt+Up): this is the order in the sheet and the review</translation>
    </message>
    <message>
        <source>Placer l&apos;indicateur après le suivant du même type (Alt+Bas)</source>
        <translation>Move the indicator after the next one of the same type (Alt+Down)</translation>
    </message>
    <message>
        <source>Ordre des indicateurs</source>
        <translation>Indicator order</translation>
    </message>
</context>
<context>
    <name>passerelle::SheetPartnerEditor</name>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Rôle dans l&apos;action</source>
        <translation>Role in the action</translation>
    </message>
    <message>
        <source>Partenaires de l&apos;action</source>
        <translation>Action partners</translation>
    </message>
    <message>
        <source>Partenaire à ajouter</source>
        <translation>Partner to add</translation>
    </message>
    <message>
        <source>Rôle du partenaire à ajouter</source>
        <translation>Role of the partner to add</translation>
    </message>
    <message>
        <source>Rôle : « Orientation des situations »</source>
        <translation>Role: “Referral of cases”</translation>
    </message>
    <message>
        <source>Ajouter le &amp;partenaire</source>
        <translation>Add the &amp;partner</translation>
    </message>
    <message>
        <source>Retirer le partenaire</source>
        <translation>Remove the partner</translation>
    </message>
    <message>
        <source>Partenai&amp;re :</source>
        <translation>Partne&amp;r:</translation>
    </message>
    <message>
        <source>R&amp;ôle :</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>passerelle::StatusChangeDialog</name>
    <message>
        <source>Changer le statut — %1</source>
        <translation>Change status — %1</translation>
    </message>
    <message>
        <source>Statut actuel : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Current status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rouvrir — %1</source>
        <translation>Reopen — %1</translation>
    </message>
    <message>
        <source>&amp;Nouveau statut</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>p. ex. décision de la cellule d&apos;orientation du 12/03</source>
        <translation>e.g. referral panel decision of 12/03</translation>
    </message>
    <message>
        <source>&amp;Motif du changement</source>
        <translation>&amp;Reason for change</translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Motif de &amp;clôture</source>
        <translation>&amp;Closure reason</translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choisissez le motif de clôture.</source>
        <translation>Choose the closure reason.</translation>
    </message>
    <message>
        <source>Statut non modifié</source>
        <translation>Status not changed</translation>
    </message>
</context>
<context>
    <name>passerelle::SyncActions</name>
    <message>
        <source>&amp;Inviter un appareil…</source>
        <translation>&amp;Invite a device…</translation>
    </message>
    <message>
        <source>Crée une invitation pour un portable ou un poste du bureau.</source>
        <translation>Creates an invitation for a laptop or an office computer.</translation>
    </message>
    <message>
        <source>&amp;Rejoindre un bureau…</source>
        <translation>&amp;Join an office…</translation>
    </message>
    <message>
        <source>Rejoint le bureau qui vous a remis une invitation.</source>
        <translation>Joins the office that gave you an invitation.</translation>
    </message>
    <message>
        <source>Acce&amp;pter une réponse…</source>
        <translation>Acce&amp;pt a reply…</translation>
    </message>
    <message>
        <source>Enregistre l&apos;appareil qui a répondu à une invitation.</source>
        <translation>Registers the device that replied to an invitation.</translation>
    </message>
    <message>
        <source>S&amp;ynchroniser le dossier</source>
        <translation>S&amp;ync folder</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;invitation</source>
        <translation>Open invitation</translation>
    </message>
    <message>
        <source>Invitation Passerelle (*.passerelle-invite)</source>
        <translation>Passerelle invitation (*.passerelle-invite)</translation>
    </message>
    <message>
        <source>Invitation refusée</source>
        <translation>Invitation refused</translation>
    </message>
    <message>
        <source>Réponse enregistrée</source>
        <translation>Reply saved</translation>
    </message>
    <message>
        <source>La réponse est enregistrée dans %1.
Remettez ce fichier au coordinateur : l&apos;appareil sera appairé quand le bureau l&apos;aura acceptée.</source>
        <translation>The reply has been saved in %1.
Give this file to the coordinator: the device will be paired once the office has accepted it.</translation>
    </message>
    <message>
        <source>Ouvrir la réponse de l&apos;appareil</source>
        <translation>Open the device&apos;s reply</translation>
    </message>
    <message>
        <source>Réponse Passerelle (*.passerelle-join)</source>
        <translation>Passerelle reply (*.passerelle-join)</translation>
    </message>
    <message>
        <source>portable d&apos;un intervenant pair</source>
        <translation>peer worker&apos;s laptop</translation>
    </message>
    <message>
        <source>poste du bureau</source>
        <translation>office computer</translation>
    </message>
    <message>
        <source>Appairer l&apos;appareil « %1 » (%2) ?</source>
        <translation>Pair device “%1” (%2)?</translation>
    </message>
    <message>
        <source>Intervenant : %1</source>
        <translation>Worker: %1</translation>
    </message>
    <message>
        <source>Accepter la réponse</source>
        <translation>Accept reply</translation>
    </message>
    <message>
        <source>Réponse refusée</source>
        <translation>Reply refused</translation>
    </message>
    <message>
        <source>Dossier de synchronisation</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>Recherche des paquets…</source>
        <translation>Looking for bundles…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Synchronisation du dossier</source>
        <translation>Syncing folder</translation>
    </message>
    <message>
        <source>Arrêt après le fichier en cours…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <source>Synchronisation impossible</source>
        <translation>Could not sync</translation>
    </message>
    <message>
        <source>Synchronisation interrompue : ce qui a été fait est conservé.</source>
        <translation>Sync stopped: what was done so far has been kept.</translation>
    </message>
    <message numerus="yes">
        <source>    reçu : %n ligne(s)</source>
        <translation>
            <numerusform>    received: %n row</numerusform>
            <numerusform>    received: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflit(s)</source>
        <translation>
            <numerusform>, %n conflict</numerusform>
            <numerusform>, %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n à revoir</source>
        <translation>
            <numerusform>, %n to review</numerusform>
            <numerusform>, %n to review</numerusform>
        </translation>
    </message>
    <message>
        <source>    envoyé : rien de nouveau</source>
        <translation>    sent: nothing new</translation>
    </message>
    <message numerus="yes">
        <source>    envoyé : %n ligne(s)</source>
        <translation>
            <numerusform>    sent: %n row</numerusform>
            <numerusform>    sent: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun appareil appairé.</source>
        <translation>No paired devices.</translation>
    </message>
    <message numerus="yes">
        <source>%n paquet(s) déjà importé(s), rangé(s).</source>
        <translation>
            <numerusform>%n bundle already imported, filed away.</numerusform>
            <numerusform>%n bundles already imported, filed away.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fichier refusé : %1 — %2</source>
        <translation>File refused: %1 — %2</translation>
    </message>
    <message>
        <source>Paquet non déposé pour %1 : %2</source>
        <translation>Bundle not written for %1: %2</translation>
    </message>
    <message>
        <source>Total : %1 ligne(s) reçue(s), %2 envoyée(s).</source>
        <translation>Total: %1 row(s) received, %2 sent.</translation>
    </message>
    <message>
        <source>C&amp;hoisir le dossier…</source>
        <translation>C&amp;hoose folder…</translation>
    </message>
    <message>
        <source>Le dossier de synchronisation : un partage réseau ou une clé USB où chaque appareil dépose ses paquets et prend ceux qui lui sont adressés.</source>
        <translation>The sync folder: a network share or USB stick where each device drops its bundles and picks up those addressed to it.</translation>
    </message>
    <message numerus="yes">
        <source>%n ancien(s) paquet(s) retiré(s) du dossier « traité ».</source>
        <translation>
            <numerusform>%n old bundle removed from the “traité” folder.</numerusform>
            <numerusform>%n old bundles removed from the “traité” folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::SyncPage</name>
    <message>
        <source>Cet appareil</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Identifiant :</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Appareils appairés</source>
        <translation>Paired devices</translation>
    </message>
    <message>
        <source>&amp;Appareils avec lesquels celui-ci échange ses données :</source>
        <translation>&amp;Devices this one exchanges data with:</translation>
    </message>
    <message>
        <source>&amp;Exporter un paquet pour…</source>
        <translation>&amp;Export a bundle for…</translation>
    </message>
    <message>
        <source>Enregistre dans un fichier ce que l&apos;appareil choisi n&apos;a pas encore reçu, pour le lui apporter (clé USB, dossier partagé).</source>
        <translation>Saves to a file what the selected device has not yet received, so you can take it there (USB stick, shared folder).</translation>
    </message>
    <message>
        <source>&amp;Révoquer l&apos;appareil…</source>
        <translation>&amp;Revoke device…</translation>
    </message>
    <message>
        <source>Pour un appareil perdu ou retiré : ses paquets seront refusés.</source>
        <translation>For a lost or retired device: its bundles will be refused.</translation>
    </message>
    <message>
        <source>Échange en cours</source>
        <translation>Exchange in progress</translation>
    </message>
    <message>
        <source>Résultat du dernier échange</source>
        <translation>Result of the last exchange</translation>
    </message>
    <message>
        <source>Voir les &amp;conflits</source>
        <translation>See &amp;conflicts</translation>
    </message>
    <message>
        <source>pas encore fixé (il l&apos;est à l&apos;appairage)</source>
        <translation>not set yet (it is set at pairing)</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Aucun conflit à traiter.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à traiter.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) mis de côté pour revue.</source>
        <translation>
            <numerusform>%n item set aside for review.</numerusform>
            <numerusform>%n items set aside for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter un paquet pour « %1 »</source>
        <translation>Export a bundle for “%1”</translation>
    </message>
    <message>
        <source>Préparation du paquet pour « %1 »…</source>
        <translation>Preparing the bundle for “%1”…</translation>
    </message>
    <message>
        <source>Exporter un paquet</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>Vérification et fusion de %1…</source>
        <translation>Checking and merging %1…</translation>
    </message>
    <message numerus="yes">
        <source>Vérification et fusion de %n paquet(s)…</source>
        <translation>
            <numerusform>Checking and merging %n bundle…</numerusform>
            <numerusform>Checking and merging %n bundles…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paquet refusé</source>
        <translation>Bundle refused</translation>
    </message>
    <message>
        <source>Révoquer « %1 » ?

À utiliser pour un appareil perdu, volé ou retiré : ses paquets seront refusés dès maintenant, et ce qu&apos;il n&apos;a pas encore envoyé ne pourra plus être importé. Pour l&apos;utiliser de nouveau, il faudra l&apos;appairer une nouvelle fois.</source>
        <translation>Revoke “%1”?

Use this for a lost, stolen or retired device: its bundles will be refused from now on, and whatever it has not yet sent can no longer be imported. To use it again, it will have to be paired again.</translation>
    </message>
    <message>
        <source>Révoquer un appareil</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <source>&amp;Importer des paquets…</source>
        <translation>&amp;Import bundles…</translation>
    </message>
    <message>
        <source>Vérifie puis fusionne, dans l&apos;ordre, un ou plusieurs fichiers .passerelle-sync reçus d&apos;appareils appairés.</source>
        <translation>Checks, then merges, in order, one or more .passerelle-sync files received from paired devices.</translation>
    </message>
    <message>
        <source>Appareils appairé&amp;s (%1)</source>
        <translation>Paired device&amp;s (%1)</translation>
    </message>
    <message>
        <source>Invitatio&amp;ns</source>
        <translation>Invitatio&amp;ns</translation>
    </message>
    <message numerus="yes">
        <source>Invitatio&amp;ns (%n en attente)</source>
        <translation>
            <numerusform>Invitatio&amp;ns (%n pending)</numerusform>
            <numerusform>Invitatio&amp;ns (%n pending)</numerusform>
        </translation>
    </message>
    <message>
        <source>À re&amp;voir</source>
        <translation>To re&amp;view</translation>
    </message>
    <message>
        <source>À re&amp;voir (%1)</source>
        <translation>To re&amp;view (%1)</translation>
    </message>
    <message>
        <source>Paquet %1 sur %2 : %3</source>
        <translation>Bundle %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n paquet(s) lu(s).</source>
        <translation>
            <numerusform>%n bundle read.</numerusform>
            <numerusform>%n bundles read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer un ou plusieurs paquets</source>
        <translation>Import one or more bundles</translation>
    </message>
</context>
<context>
    <name>passerelle::SyncPeerModel</name>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>révoqué le %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Identifiant : %1</source>
        <translation>Identifier: %1</translation>
    </message>
    <message>
        <source>Transactions enregistrées ici que cet appareil n&apos;a pas encore reçues.</source>
        <translation>Transactions recorded here that this device has not yet received.</translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dernier échange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>À lui envoyer</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>passerelle::TemplateChoiceDialog</name>
    <message>
        <source>La nouvelle fiche</source>
        <translation>The new sheet</translation>
    </message>
    <message>
        <source>Nouvelle fiche action depuis un modèle</source>
        <translation>New action sheet from a template</translation>
    </message>
    <message>
        <source>&amp;Modèle :</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>(choisir le bailleur porteur)</source>
        <translation>(choose the lead landlord)</translation>
    </message>
    <message>
        <source>&amp;Bailleur porteur :</source>
        <translation>&amp;Lead landlord:</translation>
    </message>
    <message>
        <source>D&apos;après : %1. Sections et indicateurs pré-remplis, à adapter.</source>
        <translation>Based on: %1. Sections and indicators pre-filled, to be adapted.</translation>
    </message>
    <message>
        <source>Choisissez un modèle.</source>
        <translation>Choose a template.</translation>
    </message>
</context>
<context>
    <name>passerelle::TimelineTab</name>
    <message>
        <source>Chronologie des interventions et des commissions</source>
        <translation>Timeline of interventions and committee reviews</translation>
    </message>
    <message>
        <source>&amp;Nouvelle intervention…</source>
        <translation>&amp;New intervention…</translation>
    </message>
    <message>
        <source>Saisie rapide d&apos;une intervention pour cette situation</source>
        <translation>Quick entry of an intervention for this case</translation>
    </message>
    <message>
        <source>Aucune intervention ni commission enregistrée pour cette situation.</source>
        <translation>No interventions or committee reviews recorded for this case.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln réalisée(s)</source>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prévue(s)</source>
        <translation>
            <numerusform>%Ln planned</numerusform>
            <numerusform>%Ln planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annulée(s) ou manquée(s)</source>
        <translation>
            <numerusform>%Ln cancelled or missed</numerusform>
            <numerusform>%Ln cancelled or missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intervention(s)</source>
        <translation>
            <numerusform>%Ln intervention</numerusform>
            <numerusform>%Ln interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intervention(s) : %1</source>
        <translation>
            <numerusform>%Ln intervention: %1</numerusform>
            <numerusform>%Ln interventions: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d&apos;intervention réalisée</source>
        <translation>%1 of interventions done</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) en commission</source>
        <translation>
            <numerusform>%Ln committee review</numerusform>
            <numerusform>%Ln committee reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>prochaine intervention prévue le %1</source>
        <translation>next intervention planned for %1</translation>
    </message>
    <message>
        <source>Afficher les &amp;suivantes (%1 sur %2 affichées)</source>
        <translation>Show &amp;more (%1 of %2 shown)</translation>
    </message>
    <message>
        <source>Tout est affiché (%1)</source>
        <translation>All shown (%1)</translation>
    </message>
</context>
<context>
    <name>passerelle::TraceDialog</name>
    <message>
        <source>D&apos;où vient ce chiffre ?</source>
        <translation>Where does this figure come from?</translation>
    </message>
    <message>
        <source>Les enregistrements qui font « %1 » (du %2 au %3) :</source>
        <translation>The records behind “%1” (%2 to %3):</translation>
    </message>
    <message>
        <source>Enregistrements</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Compte pour</source>
        <translation>Counts for</translation>
    </message>
    <message>
        <source>Les enregistrements n&apos;ont pas pu être lus.

%1</source>
        <translation>The records could not be read.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n enregistrement(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::WorkerDialog</name>
    <message>
        <source>L&apos;intervenant</source>
        <translation>The worker</translation>
    </message>
    <message>
        <source>Nouvel intervenant</source>
        <translation>New worker</translation>
    </message>
    <message>
        <source>Intervenant — %1</source>
        <translation>Worker — %1</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Nom affiché</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>TP1, AS2… : ce code seul figure dans les rapports</source>
        <translation>TP1, AS2…: only this code appears in reports</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Profession</source>
        <translation>&amp;Profession</translation>
    </message>
    <message>
        <source>E&amp;TP</source>
        <translation>&amp;FTE</translation>
    </message>
    <message>
        <source>vide : pas encore formé</source>
        <translation>empty: not yet trained</translation>
    </message>
    <message>
        <source>&amp;Formé le</source>
        <translation>&amp;Trained on</translation>
    </message>
    <message>
        <source>intervient aujourd&apos;hui</source>
        <translation>currently working</translation>
    </message>
    <message>
        <source>A&amp;ctif</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Co&amp;urriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Télép&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 12/03/2025.</source>
        <translation>Invalid date: type e.g. 12/03/2025.</translation>
    </message>
</context>
<context>
    <name>passerelle::WorkerListModel</name>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Situations en cours où l&apos;intervenant est affecté aujourd&apos;hui</source>
        <translation>Ongoing cases the worker is currently assigned to</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Formé le</source>
        <translation>Trained on</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>passerelle::WorkersPage</name>
    <message>
        <source>%1 intervenant</source>
        <translation>%1 worker</translation>
    </message>
    <message>
        <source>%1 intervenants</source>
        <translation>%1 workers</translation>
    </message>
    <message>
        <source>Liste des intervenants</source>
        <translation>Worker list</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Situations où l&apos;intervenant est affecté</source>
        <translation>Cases the worker is assigned to</translation>
    </message>
    <message>
        <source>Entrée sur un numéro ouvre le dossier.</source>
        <translation>Press Enter on a number to open the case file.</translation>
    </message>
    <message>
        <source>&amp;Nouvel intervenant…</source>
        <translation>&amp;New worker…</translation>
    </message>
    <message>
        <source>Créer un intervenant (Inser)</source>
        <translation>Create a worker (Ins)</translation>
    </message>
    <message>
        <source>Modifier l&apos;intervenant choisi (Entrée)</source>
        <translation>Edit the selected worker (Enter)</translation>
    </message>
    <message>
        <source>Archiver l&apos;intervenant choisi (Suppr) : son historique reste</source>
        <translation>Archive the selected worker (Del): their history remains</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Aucun intervenant choisi</source>
        <translation>No worker selected</translation>
    </message>
    <message>
        <source>Heures en %1 : %2
Interventions réalisées : %3</source>
        <translation>Hours in %1: %2
Interventions done: %3</translation>
    </message>
    <message>
        <source>0 h</source>
        <translation>0 h</translation>
    </message>
    <message>
        <source>&amp;Situations affectées : %1 · en cours : %2</source>
        <translation>Assigned &amp;cases: %1 · ongoing: %2</translation>
    </message>
    <message>
        <source>%1 · %2 depuis le %3</source>
        <translation>%1 · %2 since %3</translation>
    </message>
    <message>
        <source>Restaurer l&apos;intervenant « %1 » ?</source>
        <translation>Restore the worker “%1”?</translation>
    </message>
    <message>
        <source>Archiver l&apos;intervenant « %1 » ? Il ne sera plus proposé ; ses interventions et affectations restent.</source>
        <translation>Archive the worker “%1”? They will no longer be offered; their interventions and assignments remain.</translation>
    </message>
</context>
</TS>
