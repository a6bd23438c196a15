<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AgendaMarker</name>
    <message>
        <source>Intervention du %1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette intervention n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCount</name>
    <message>
        <source>%1 sur %2</source>
        <comment>12 situations sur 1 500</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileStore</name>
    <message>
        <source>Nouvelle situation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Identifiée</source>
        <translation>Identifiée</translation>
    </message>
    <message>
        <source>Orientée</source>
        <translation>Orientée</translation>
    </message>
    <message>
        <source>Accompagnée</source>
        <translation>Accompagnée</translation>
    </message>
    <message>
        <source>Clôturée</source>
        <translation>Clôturée</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>sans valeur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>sur %1, le %2 à %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUpgrade</name>
    <message>
        <source>Passerelle</source>
        <translation type="unfinished">Passerelle</translation>
    </message>
    <message>
        <source>Mise à niveau de la base (version %1 vers %2)…
Les données ne sont pas modifiées ; cela peut prendre quelques minutes sur une grande base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a été modifié. Enregistrer les modifications ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandonner les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Passerelle : suivi des dispositifs santé mentale et logement.</source>
        <translation>Passerelle : suivi des dispositifs santé mentale et logement.</translation>
    </message>
    <message>
        <source>Ouvre la base FICHIER (par défaut : %1).</source>
        <translation>Ouvre la base FICHIER (par défaut : %1).</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Enregistre une capture de la fenêtre dans IMAGE dès que la liste est affichée, puis quitte.</source>
        <translation>Enregistre une capture de la fenêtre dans IMAGE dès que la liste est affichée, puis quitte.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>Écrit sur la sortie d&apos;erreur le temps écoulé jusqu&apos;à l&apos;affichage de la première page, puis quitte.</source>
        <translation>Écrit sur la sortie d&apos;erreur le temps écoulé jusqu&apos;à l&apos;affichage de la première page, puis quitte.</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>La base de données ne peut pas être ouverte.

%1</source>
        <translation>La base de données ne peut pas être ouverte.

%1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>mémoire résidente %1 Mio (pointe %2 Mio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tape des recherches dans la liste des situations, une touche toutes les MS millisecondes, écrit sur la sortie d&apos;erreur le temps de chaque frappe à la liste affichée (médiane, p95), puis quitte. Pour les données de démonstration (passerelle-cli demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>première page affichée %1 ms après le lancement (base ouverte à %2 ms) ; %3 lignes lues sur %4 situations ; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bench-search attend un nombre de millisecondes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aaaa (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année invalide : tapez quatre chiffres, p. ex. 1968.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewHtml</name>
    <message>
        <source>%1 — %2 · période du %3 au %4, comparée à celle du %5 au %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Recherche des paquets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import des paquets reçus : %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôt des paquets pour les appareils : %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Paquets de synchronisation (*.passerelle-sync)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>Paquet de « %1 » importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien de nouveau : cet appareil avait déjà tout reçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) reçue(s)</source>
        <translation>
            <numerusform>%n ligne reçue</numerusform>
            <numerusform>%n lignes reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ajoutée(s)</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modifiée(s)</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retirée(s)</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) trouvé(s) : un coordinateur choisit la valeur à garder dans la vue Conflits.</source>
        <translation>
            <numerusform>%n conflit trouvé : un coordinateur choisit la valeur à garder dans la vue Conflits.</numerusform>
            <numerusform>%n conflits trouvés : un coordinateur choisit la valeur à garder dans la vue Conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) réglé(s) sur un autre appareil.</source>
        <translation>
            <numerusform>%n conflit réglé sur un autre appareil.</numerusform>
            <numerusform>%n conflits réglés sur un autre appareil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) mis de côté pour revue (parent absent ou règle non respectée) : rien n&apos;est perdu.</source>
        <translation>
            <numerusform>%n élément mis de côté pour revue (parent absent ou règle non respectée) : rien n&apos;est perdu.</numerusform>
            <numerusform>%n éléments mis de côté pour revue (parent absent ou règle non respectée) : rien n&apos;est perdu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attention : %n modification(s) datée(s) de plus d&apos;un jour dans le futur (horloge de l&apos;appareil émetteur à vérifier).</source>
        <translation>
            <numerusform>Attention : %n modification datée de plus d&apos;un jour dans le futur (horloge de l&apos;appareil émetteur à vérifier).</numerusform>
            <numerusform>Attention : %n modifications datées de plus d&apos;un jour dans le futur (horloge de l&apos;appareil émetteur à vérifier).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paquet pour « %1 » enregistré : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun changement à lui envoyer ; le paquet lui confirme ce qui a été reçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) modifiée(s)</source>
        <translation>
            <numerusform>%n ligne modifiée</numerusform>
            <numerusform>%n lignes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s).</source>
        <translation>
            <numerusform>%n suppression.</numerusform>
            <numerusform>%n suppressions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copiez-le sur cet appareil puis importez-le dans Passerelle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle</name>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tableur (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AccompanimentTab</name>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repérage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Changer le &amp;statut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orienter, accompagner, clôturer ou rouvrir la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binôme et intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants affectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ffecter un intervenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier l&apos;affectation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une affectation saisie par erreur ; une affectation terminée se garde avec sa date de fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique des statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depuis le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repérée le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orientée le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompagnée depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clôturée le %1 (motif : %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer l&apos;affectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer %1 de la situation ? Une affectation terminée se garde d&apos;ordinaire avec sa date de fin ; le retrait efface la trace de l&apos;affectation à l&apos;enregistrement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ActionSheetForm</name>
    <message>
        <source>Sections de la fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRS, PRSE 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déterminants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires et public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer sans fermer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer et fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ActionSheetListModel</name>
    <message>
        <source>%1 (archivée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche de la période précédente que celle-ci continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N°</source>
        <translation type="unfinished">N°</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished">Dispositif</translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaînée avec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ActionSheetsPage</name>
    <message>
        <source>%1 fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fiches action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des fiches action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif des fiches montrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation type="unfinished">&amp;Dispositif :</translation>
    </message>
    <message>
        <source>&amp;Nouvelle fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une fiche action vide (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis un &amp;modèle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une fiche pré-remplie : pair-aidance ou équipe mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continuer l&apos;année suivante…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer la fiche de la période suivante, chaînée à celle-ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la fiche en PDF, mise en page ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la fiche choisie (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver la fiche choisie (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les dispositifs</source>
        <translation type="unfinished">Tous les dispositifs</translation>
    </message>
    <message>
        <source>Fiches action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche créée depuis le modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires du modèle absents de l&apos;annuaire, non repris : %1. Ajoutez-les dans Partenaires puis dans la fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer l&apos;année suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiche-action-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la fiche en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche est enregistrée dans %1. L&apos;ouvrir maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer la fiche action %1 « %2 » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver la fiche action %1 « %2 » ? Elle ne sera plus proposée ; ses indicateurs et ses financements restent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche créée depuis le modèle n&apos;a pas été enregistrée depuis. L&apos;archiver pour annuler sa création ? (« Afficher les archivés » permet de la restaurer.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer la fiche %1 « %2 » de la période suivante, chaînée à celle de %3 ? Sections, objectifs, étapes, partenaires, indicateurs et financements (montants à confirmer) sont repris, décalés d&apos;un an ; les valeurs saisies ne le sont pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AgendaModel</name>
    <message>
        <source>%1 — aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · aucune intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no start time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans situation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévue pour un jour passé : marquez-la réalisée, annulée ou non honorée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AgendaPage</name>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interv&amp;enant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaine précédente (Alt+Gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à cette semaine (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaine suivante (Alt+Droite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir la &amp;plus ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions de la semaine, jour par jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer les interventions choisies comme réalisées (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer comme annulées (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non &amp;honorée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer comme non honorées : la personne n&apos;était pas là (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Défaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendre aux interventions leur état d&apos;avant le dernier marquage (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;intervention choisie (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nou&amp;velle intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir une intervention le jour choisi (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaine %1 · du %2 au %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En retard, toutes semaines confondues : %1 — la plus ancienne le %2. À marquer réalisée, annulée ou non honorée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette semaine : %1 · en retard : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette semaine : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une ou plusieurs interventions (Maj+flèches ou Ctrl+clic pour en prendre plusieurs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été modifié.

%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquées « %1 » : %2 — Ctrl+Z pour défaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquage défait, états d&apos;avant rendus : %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AnnualReviewPage</name>
    <message>
        <source>Fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année du bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afficher le bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiche action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu du bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fiche action : créez-en une pour produire un bilan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul du bilan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan calculé en %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le bilan n&apos;a pas pu être calculé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan annuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le bilan n&apos;a pas pu être calculé.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan enregistré dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliquez sur un chiffre pour voir les enregistrements qui le font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tableaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graphiques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentChart</name>
    <message>
        <source>Graphique des évaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne : %1 ; équipe : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclaré par la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observé par l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune évaluation sur cette dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentComparisonModel</name>
    <message>
        <source>accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de déclaration de la personne ce jour-là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;observation de l&apos;équipe ce jour-là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score de l&apos;équipe moins score déclaré par la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished">Personne</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentDialog</name>
    <message>
        <source>Nouvelle évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date de l&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dimension&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Déclaré par la personne&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Observé par l&apos;équipe&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — déclaré par la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — observé par l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échelle : 1 très défavorable, 2 défavorable, 3 mitigé, 4 favorable, 5 très favorable. « — » : non évalué ce jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez au moins un score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AssessmentsTab</name>
    <message>
        <source>D&amp;imensions évaluées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions évaluées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluations de la dimension : la personne et l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle é&amp;valuation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer, pour un jour, les scores déclarés par la personne et observés par l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln jour(s))</source>
        <translation>
            <numerusform>%1 (%Ln jour)</numerusform>
            <numerusform>%1 (%Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pas encore évaluée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De la première à la dernière évaluation — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AssignmentDialog</name>
    <message>
        <source>Affecter un intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rôle dans la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affecté le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vide tant que l&apos;intervenant suit la situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fin de l&apos;affectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un intervenant que ce rôle permet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un intervenant « %1 » ne peut pas tenir ce rôle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 30/06/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de l&apos;affectation ne peut pas précéder son début.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::AxisCheckGroup</name>
    <message>
        <source>Objectif de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif retenu sous cet axe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::BarChart</name>
    <message>
        <source>Aucune donnée pour cette période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans valeur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CalendarSection</name>
    <message>
        <source>Année de &amp;début :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de &amp;fin :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 ans, pluriannuelle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fré&amp;quence :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions hebdomadaires au domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rythme :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>01/01/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de &amp;période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de pér&amp;iode :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 01/01/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CaseFileWindow</name>
    <message>
        <source>Dossier illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette situation n&apos;est plus dans la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité et ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisine et orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le &amp;statut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle &amp;intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle é&amp;valuation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser la chronologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficha&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personne %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ménage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Passerelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications non enregistrées (Ctrl+S pour enregistrer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier enregistré, relecture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut modifié, relecture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut modifié : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation enregistrée, relecture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CaseListFilterBar</name>
    <message>
        <source>Numéro, code, nom, commune ou partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher une situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque mot tapé doit commencer un mot du numéro, du code ou du nom d&apos;une personne, de la commune ou du partenaire qui a orienté la situation. Majuscules et accents sont ignorés. (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished">Dispositif</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les dispositifs</source>
        <translation type="unfinished">Tous les dispositifs</translation>
    </message>
    <message>
        <source>Tous les intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les bailleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouverte entre le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations repérées avant la fin de la période et non clôturées avant son début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vide la recherche et remet chaque filtre sur « tous » (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>et le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation type="unfinished">&amp;Dispositif :</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation type="unfinished">&amp;Statut :</translation>
    </message>
    <message>
        <source>Interve&amp;nant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bailleur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation type="unfinished">%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseListModel</name>
    <message>
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Orientée par</source>
        <translation>Orientée par</translation>
    </message>
    <message>
        <source>Identifiée le</source>
        <translation>Identifiée le</translation>
    </message>
    <message>
        <source>Dernier changement</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Numéro de la situation</source>
        <translation>Numéro de la situation</translation>
    </message>
    <message>
        <source>Dispositif qui suit la situation</source>
        <translation>Dispositif qui suit la situation</translation>
    </message>
    <message>
        <source>Étape de l&apos;accompagnement</source>
        <translation>Étape de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Code pseudonyme de la personne principale</source>
        <translation>Code pseudonyme de la personne principale</translation>
    </message>
    <message>
        <source>Commune du ménage</source>
        <translation>Commune du ménage</translation>
    </message>
    <message>
        <source>Partenaire à l&apos;origine de la saisine</source>
        <translation>Partenaire à l&apos;origine de la saisine</translation>
    </message>
    <message>
        <source>Date à laquelle la situation a été repérée</source>
        <translation>Date à laquelle la situation a été repérée</translation>
    </message>
    <message>
        <source>Date du dernier changement de statut</source>
        <translation>Date du dernier changement de statut</translation>
    </message>
</context>
<context>
    <name>passerelle::CaseListPage</name>
    <message>
        <source>Lecture de la liste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des situations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CasePickerEdit</name>
    <message>
        <source>Situations proposées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune situation « %1 » dans ce dispositif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a plusieurs situations ouvertes (%2) : tapez le numéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs situations portent le numéro %1 : choisissez-la depuis son dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CaseReferenceList</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CaseSearchBench</name>
    <message>
        <source>Recherche pendant la frappe : %1 frappes (une toutes les %2 ms), %3 listes affichées, %4 dépassées par la frappe suivante (délai de recherche %5 ms)
frappe → liste affichée : médiane %6 ms, p95 %7 ms, max %8 ms
plus longue attente de la boucle d&apos;événements : %9 ms
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CaseTimelineModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision : %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (commune à %Ln autre(s) situation(s))</source>
        <translation>
            <numerusform>%1 (commune à %Ln autre situation)</numerusform>
            <numerusform>%1 (commune à %Ln autres situations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ClassificationSection</name>
    <message>
        <source>&amp;Thèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypes d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catégories de résultats (modèle A1 – D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Méthode d&apos;évaluation :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ColumnChart</name>
    <message>
        <source>Aucune activité enregistrée sur cette période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans valeur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::CommissionReviewModel</name>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ConflictModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie sur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ConflictsPage</name>
    <message>
        <source>Conflits affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afficher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeurs écartées lors d&apos;une synchronisation, parce que deux appareils ont modifié le même champ sans se voir. Choisissez pour chacune la valeur à garder : la décision sera transmise aux autres appareils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur &amp;retenue :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre &amp;valeur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Garder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La valeur retenue reste ; l&apos;autre est écartée sur tous les appareils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utiliser l&apos;autre valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;autre valeur remplace la valeur retenue, sur tous les appareils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun conflit consigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun conflit à traiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) consigné(s).</source>
        <translation>
            <numerusform>%n conflit consigné.</numerusform>
            <numerusform>%n conflits consignés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à traiter.</source>
        <translation>
            <numerusform>%n conflit à traiter.</numerusform>
            <numerusform>%n conflits à traiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utiliser l&apos;autre valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 :

remplacer « %4 »
par « %5 » ?

La décision sera transmise aux autres appareils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DashboardChart</name>
    <message>
        <source>Interventions posées et effectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;intervention et heures des travailleurs pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations identifiées, accompagnements commencés, clôtures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions collectives réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants aux actions collectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File active en fin de mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graphique :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DashboardPage</name>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished">Dispositif</translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation type="unfinished">&amp;Dispositif :</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité mois par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tableau de bord n&apos;a pas pu être calculé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tableau de bord n&apos;a pas pu être calculé.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tableau-de-bord-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choix modifié : cliquez sur « Afficher ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DateLineEdit</name>
    <message>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DesktopShell</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan annuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DeterminantsSection</name>
    <message>
        <source>&amp;Déterminants de santé visés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vise les &amp;inégalités sociales de santé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesquelles, auprès de quels publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préci&amp;sez :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale, à l&apos;échelle du département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiques &amp;publiques concernées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation &amp;citoyenne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment les personnes concernées participent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DirectoryButtons</name>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hiver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resta&amp;urer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DirectoryDialog</name>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DirectoryList</name>
    <message>
        <source>Tapez pour filtrer (nom, commune, type…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher les archi&amp;vés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::DurationDialog</name>
    <message>
        <source>Durée des interventions réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions sans durée : %1. Temps passé pour chacune :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min ou h:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marquer réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez une durée entre 1 minute et 24 heures : 45 ou 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::FilterEditor</name>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le filtre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tous sauf ceu&amp;x-ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : tous sauf ceux cochés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personne ou équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score maximal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re&amp;gard :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score d&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::FilterOptions</name>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished">Dispositif</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle de l&apos;intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de partenaire ayant orienté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;action collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision de commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension évaluée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regard (personne ou équipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place dans la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientée par un partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En quartier prioritaire (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formé pendant la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score d&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouvertes à un moment de la période (file active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompagnées à un moment de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encore ouvertes le dernier jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiées pendant la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orientées pendant la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompagnement commencé pendant la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clôturées pendant la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisine reçue pendant la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans condition de date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation type="unfinished">%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>passerelle::FundingSection</name>
    <message>
        <source>Financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financeurs et montants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Financeurs et montants affectés à cette fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter un financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le financement est archivé à l&apos;enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARS Grand Est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nanceur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pas un partenaire enregistré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenai&amp;re financeur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann&amp;ée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Montant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention 2026, notifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun financement affecté à cette fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::IdentificationSection</name>
    <message>
        <source>&amp;Dispositif :</source>
        <translation type="unfinished">&amp;Dispositif :</translation>
    </message>
    <message>
        <source>3.3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numéro :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intitulé de l&apos;action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action chaînée avec :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat local de santé du Pays de Langres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contrat local de santé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;xe stratégique du CLS :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typologie de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Structure porteuse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personne référente :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courriel ou téléphone du contact de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexte &amp;local :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (archivé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune (première période)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiche %1 « %2 » %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::IdentityTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien dans le ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (suivi hors du ménage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code pseudonyme : le seul nom de la personne dans les listes, rapports et exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de nai&amp;ssance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;xe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lien dans le ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type de logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier prioritaire de la politique de la ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quartier prioritaire (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début du b&amp;ail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impayés de loyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan d&apos;ap&amp;urement en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan d&apos;apurement en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procédure d&apos;&amp;expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autres membres du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;jouter un membre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote sur la composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note sur la composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attribué à l&apos;enregistrement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ménage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas encore de ménage : il sera créé à l&apos;enregistrement si vous décrivez le logement ou ajoutez un membre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 01/09/2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer %1 du ménage et de la situation ? La personne reste enregistrée ; le retrait prend effet à l&apos;enregistrement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce membre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorDefinitionEditor</name>
    <message>
        <source>Numérateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dénominateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventiler par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score maximal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtre « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Définition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez au moins une valeur, ou retirez le filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>définition d&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur &amp;saisie à la main pour chaque période (pas de calcul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de calcul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio (X / Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventilation (tableau par catégorie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution entre la première et la dernière évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ventiler par :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dénominateur (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affichage du ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en pourcentage (12 / 17 = 70,6 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en moyenne (51 / 17 = 3,0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afficher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution des évaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension évaluée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choisir une dimension —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimension :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations évaluées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part des situations dont le score s&apos;améliore entre la première et la dernière évaluation de la période, selon la personne et selon l&apos;équipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numérateur (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui est compté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez la dimension évaluée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Définition incomplète : voir le message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur saisie à la main : elle s&apos;entre pour chaque période dans la liste des indicateurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le calcul a échoué : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorDialog</name>
    <message>
        <source>Modifier l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature de l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 personnes, 80 %…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nature :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Libellé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La définition enregistrée n&apos;a pas pu être lue (%1) ; définissez à nouveau le calcul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;indicateur n&apos;a pas pu être enregistré.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorPreview</name>
    <message>
        <source>Répartition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations évaluées deux fois dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En progrès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En recul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selon la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selon l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur calculée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeurs par catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voir les dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les enregistrements qui font ce chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur pour %1, calculée sur les enregistrements du dispositif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::IndicatorValueDialog</name>
    <message>
        <source>Valeur de l&apos;indicateur pour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur (nombre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 ou 70,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur telle qu&apos;écrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 / 17, ou une phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nombre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Texte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commentaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre attendu, par exemple 17 ou 70,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La valeur n&apos;a pas pu être enregistrée.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la valeur de l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::InvitationModel</name>
    <message>
        <source>en attente de réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptée le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annulée le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::InvitationsPanel</name>
    <message>
        <source>Invitations créées sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liste des invitations créées sur ce poste :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune invitation : « Inviter un appareil… » en crée une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann&amp;uler l&apos;invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une invitation remise par erreur ou qui ne servira pas : la réponse de l&apos;appareil sera refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler l&apos;invitation de « %1 » ?

Si l&apos;appareil y répond, sa réponse sera refusée ; il faudra lui remettre une nouvelle invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler une invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::InviteDialog</name>
    <message>
        <source>Inviter un appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable d&apos;un intervenant pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervenant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par exemple « Portable de Camille »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom de l&apos;appareil :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validité en jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Créer l&apos;invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de l&apos;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opier le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation Passerelle (*.passerelle-invite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>L&apos;invitation est enregistrée. Remettez le fichier à la personne qui installe l&apos;appareil (clé USB, dossier partagé).

Lisez ce code à la personne qui installe l&apos;appareil : elle le saisira pour rejoindre le bureau. Il n&apos;est affiché qu&apos;une fois ; l&apos;invitation expire dans %n jour(s).</source>
        <translation>
            <numerusform>L&apos;invitation est enregistrée. Remettez le fichier à la personne qui installe l&apos;appareil (clé USB, dossier partagé).

Lisez ce code à la personne qui installe l&apos;appareil : elle le saisira pour rejoindre le bureau. Il n&apos;est affiché qu&apos;une fois ; l&apos;invitation expire dans %n jour.</numerusform>
            <numerusform>L&apos;invitation est enregistrée. Remettez le fichier à la personne qui installe l&apos;appareil (clé USB, dossier partagé).

Lisez ce code à la personne qui installe l&apos;appareil : elle le saisira pour rejoindre le bureau. Il n&apos;est affiché qu&apos;une fois ; l&apos;invitation expire dans %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::JoinDialog</name>
    <message>
        <source>Rejoindre un bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portable d&apos;un intervenant pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poste du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation de : %1
Organisation : %2
Cet appareil : %3 (« %4 »)
Valable jusqu&apos;au : %5

Ces informations viennent du fichier et ne sont pas encore vérifiées : seul le code lu par le coordinateur prouve que l&apos;invitation vient bien de votre bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de l&apos;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code lu par le coordinateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejoindre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez le code lu par le coordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la réponse pour le bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse Passerelle (*.passerelle-join)</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>À &amp;propos de Passerelle</source>
        <translation>À &amp;propos de Passerelle</translation>
    </message>
    <message>
        <source>Base : %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Réplique : %1</source>
        <translation>Réplique : %1</translation>
    </message>
    <message>
        <source>Identifiant de cette copie de la base, utilisé par la synchronisation</source>
        <translation>Identifiant de cette copie de la base, utilisé par la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln situation(s)</source>
        <translation>
            <numerusform>%Ln situation</numerusform>
            <numerusform>%Ln situations</numerusform>
        </translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>La liste n&apos;a pas pu être lue.

%1</source>
        <translation>La liste n&apos;a pas pu être lue.

%1</translation>
    </message>
    <message>
        <source>À propos de Passerelle</source>
        <translation>À propos de Passerelle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passerelle %1&lt;/h3&gt;&lt;p&gt;Suivi des dispositifs qui relient le soin et le logement : situations, interventions, actions collectives et bilans.&lt;/p&gt;&lt;p&gt;Base : %2&lt;br&gt;Schéma : version %3&lt;br&gt;Réplique : %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passerelle %1&lt;/h3&gt;&lt;p&gt;Suivi des dispositifs qui relient le soin et le logement : situations, interventions, actions collectives et bilans.&lt;/p&gt;&lt;p&gt;Base : %2&lt;br&gt;Schéma : version %3&lt;br&gt;Réplique : %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle &amp;situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une nouvelle situation repérée ou orientée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle &amp;intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une visite, un entretien ou une démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher une situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher par numéro, code, nom, commune ou partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relire les données, y compris celles écrites par un autre programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aller &amp;à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panneau de &amp;navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification de l&apos;intégrité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intégrité vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base endommagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le contrôle d&apos;intégrité de la base a trouvé des anomalies. Faites une copie du fichier et contactez le support avant de continuer à saisir.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::MeasureEditor</name>
    <message>
        <source>%1 : ce qui est compté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : ajouter un filtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compter :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajo&amp;uter ce filtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filtres :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun autre filtre possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::MemberDialog</name>
    <message>
        <source>Ajouter un membre du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membre du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Année de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sexe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (suivi hors du ménage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lien dans le ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::NeedsTab</name>
    <message>
        <source>&amp;Problématiques repérées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problématiques repérées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace coche ou décoche la problématique sélectionnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins exprimés par la pe&amp;rsonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec ses mots : ce qu&apos;elle demande, ce qui compte pour elle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins repérés par les pro&amp;fessionnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que l&apos;équipe et les partenaires observent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::NewCaseDialog</name>
    <message>
        <source>Nouvelle situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Créer la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la personne ne figure que dans son dossier ; listes, rapports et exports ne montrent que son code pseudonyme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de &amp;repérage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Année de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;exe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ménage et logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type de logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quartier prioritaire (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impayés de loyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procédure d&apos;e&amp;xpulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire &amp;orienteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de la &amp;saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi le partenaire sollicite le dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moti&amp;f de la saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 12/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation non créée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La nouvelle situation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::NotesTab</name>
    <message>
        <source>&amp;Notes de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faits, démarches, points d&apos;attention. Pas de diagnostic : la personne peut demander à lire son dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ObjectivesSection</name>
    <message>
        <source>Objectif &amp;spécifique :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs &amp;opérationnels, chacun avec son échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objectif opérationnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter un objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description de la mise en œuvre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes de &amp;mise en œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>étape de mise en œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une é&amp;tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance invalide : tapez par exemple 30/06/2026, ou rien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::OrderedEntryEditor</name>
    <message>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance écrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancer dans la liste (Ctrl+Haut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reculer dans la liste (Ctrl+Bas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jj/mm/aaaa, ou vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance écrite : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ou en toutes lettres : « Au premier semestre 2026 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::PartnerDialog</name>
    <message>
        <source>Le partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Télé&amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;urriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::PartnerListModel</name>
    <message>
        <source>%1 (archivé)</source>
        <translation type="unfinished">%1 (archivé)</translation>
    </message>
    <message>
        <source>Situations orientées par ce partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations où ce partenaire est mobilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::PartnerMobilisationDialog</name>
    <message>
        <source>Mobiliser un partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire mobilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. ex. suivi psychiatrique, médecin traitant, bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rôle dans la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobilisé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un partenaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::PartnersPage</name>
    <message>
        <source>%1 partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations orientées par le partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations où le partenaire est mobilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée sur un numéro ouvre le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau partenaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer un partenaire (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le partenaire choisi (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver le partenaire choisi (Suppr) : il n&apos;est plus proposé, les situations gardent leur lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun partenaire choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situations orientées : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;bilisé sur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · orientée le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer le partenaire « %1 » ? Il sera de nouveau proposé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver le partenaire « %1 » ? Il ne sera plus proposé ; les situations qui le citent gardent leur lien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::PartnersTab</name>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle dans la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires mobilisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;biliser un partenaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partenaire(s) mobilisé(s) sur la situation</source>
        <translation>
            <numerusform>%Ln partenaire mobilisé sur la situation</numerusform>
            <numerusform>%Ln partenaires mobilisés sur la situation</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirer le partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer %1 des partenaires mobilisés ? Le retrait prend effet à l&apos;enregistrement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatique (langue du système)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La langue choisie s&apos;applique au prochain démarrage de Passerelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La variable d&apos;environnement PASSERELLE_LANG (%1) l&apos;emporte sur ce choix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ProgrammeDialog</name>
    <message>
        <source>Le dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA : début des numéros de situation (PA-2026-0017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dé&amp;but</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide : sans date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 01/01/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ProgrammeListModel</name>
    <message>
        <source>%1 (archivé)</source>
        <translation type="unfinished">%1 (archivé)</translation>
    </message>
    <message>
        <source>Situations en cours (ni closes ni archivées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished">Dispositif</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ProgrammesPage</name>
    <message>
        <source>%1 dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau dispositif…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer un dispositif (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le dispositif choisi (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver le dispositif choisi (Suppr) : ses situations restent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer le dispositif « %1 » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver le dispositif « %1 » ? Il ne sera plus proposé ; ses situations et son historique restent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::PublicSection</name>
    <message>
        <source>Partenaires de l&apos;action et leur rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic visé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environ 30 personnes par an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes &amp;concernées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caté&amp;gories de public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieux de l&apos;action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypes de lieux d&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une commune par ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmunes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éc&amp;helon géographique :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::QuickInterventionDialog</name>
    <message>
        <source>Nouvelle intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facultative : 14:30, 14h30 ou 1430</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min ou h:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En minutes (45) ou en heures (1:30, 1h30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n° de situation ou code de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez le début d&apos;un numéro (PA-2025-…) ou d&apos;un code pseudonyme ; plusieurs situations : séparez-les par des virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui a été fait, ce qui est convenu — jamais de diagnostic (Maj+Entrée : nouvelle ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation type="unfinished">&amp;Dispositif :</translation>
    </message>
    <message>
        <source>D&amp;ate :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modalité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;tat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travailleur &amp;pair :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofessionnel :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation(s) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée, depuis n&apos;importe quel champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — inactif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette intervention n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dispositif archivé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autres intervenants, gardés sur l&apos;intervention : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure non reconnue : tapez par exemple 14:30 ou 14h30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée non reconnue : tapez des minutes (45) ou des heures (1:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez au moins un intervenant du binôme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ReferralTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note de la commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repérage et saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de &amp;repérage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partenaire orienteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de la &amp;saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi le partenaire sollicite le dispositif (ses propres démarches restées vaines, la situation du logement…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motif de la saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions de commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les décisions s&apos;enregistrent avec la séance de la commission (cellule d&apos;orientation, commission appartement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 12/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::RegionalPlansSection</name>
    <message>
        <source>Lien avec le &amp;Projet régional de santé (PRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRS Grand Est — parcours santé mentale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme du PRS &amp;servi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien avec le Plan régional santé environnement &amp;3 (PRSE 3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ReviewChartsView</name>
    <message>
        <source>Graphiques du bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affichez un bilan pour voir ses graphiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun graphique : le bilan n&apos;a pas de ventilation renseignée sur cette période.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ReviewQueueModel</name>
    <message>
        <source>traité le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation présente sur cet appareil : « Ouvrir la situation » l&apos;affiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;appareil d&apos;origine ne peut pas être déterminé (aucun paquet, ou plusieurs importés au même instant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mis de côté le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::ReviewQueuePanel</name>
    <message>
        <source>Enregistrements qu&apos;une fusion n&apos;a pas pu placer (parent supprimé ailleurs, règle non respectée). Corrigez-les au besoin, puis marquez-les comme traités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éléments mis de côté pour revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;léments mis de côté :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à revoir : toutes les fusions ont pu tout placer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher aussi les éléments &amp;traités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche la situation concernée, quand elle est sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marquer comme traité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire l&apos;élément de la liste à revoir (il reste visible parmi les éléments traités).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer comme traité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SessionDialog</name>
    <message>
        <source>La séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle séance collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance collective du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14:30, facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1h30, 90…, facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;rée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;tat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thè&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants par typologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations examinées par la commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez le numéro de la situation (complétion dès deux caractères), choisissez la décision, puis « Ajouter ».
Choisir une ligne la reprend pour changer sa décision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA-2026-0017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisi&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;jouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enle&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations examinées et décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez le numéro d&apos;une situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez la décision prise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure invalide : tapez par exemple 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée invalide : tapez par exemple 1h30 ou 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette situation n&apos;est pas encore ajoutée : « Ajouter » ou videz le champ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SessionListModel</name>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archivée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations examinées par la commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished">Dispositif</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SessionsPage</name>
    <message>
        <source>%1 séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des séances collectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir une séance collective (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la séance choisie (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver la séance choisie (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances collectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 du %2 — participants : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — situations examinées : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer la séance « %1 » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver la séance « %1 » ? Elle ne sera plus listée ; « Afficher les archivés » permet de la restaurer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SheetIndicatorList</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicateurs d&apos;évaluation (processus, résultat, impact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calculée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisie à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>définition illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les indicateurs s&apos;ajoutent une fois la fiche enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicateur(s), dont %2 calculé(s) par Passerelle à partir de ce qui est enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SheetIndicatorsModel</name>
    <message>
        <source>erreur de calcul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calcul…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation type="unfinished">%1 (archivé)</translation>
    </message>
    <message>
        <source>calculé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisi à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SheetIndicatorsWidget</name>
    <message>
        <source>Année des valeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeurs de l&apos;a&amp;nnée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher les a&amp;rchivés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs de la fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saisir la valeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ffacer la valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;taurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un indicateur (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver l&apos;indicateur choisi (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul des valeurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les valeurs n&apos;ont pas pu être calculées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicateur(s), valeurs %1</source>
        <translation>
            <numerusform>%n indicateur, valeurs %1</numerusform>
            <numerusform>%n indicateurs, valeurs %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer la valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer la valeur saisie pour « %1 » en %2 ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune valeur n&apos;était saisie pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver « %1 » ? Il ne figurera plus dans les bilans ; vous pourrez le restaurer depuis « Afficher les archivés ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desce&amp;ndre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placer l&apos;indicateur avant le précédent du même type (Alt+Haut) : c&apos;est l&apos;ordre de la fiche et du bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placer l&apos;indicateur après le suivant du même type (Alt+Bas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre des indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SheetPartnerEditor</name>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle dans l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire à ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle du partenaire à ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle : « Orientation des situations »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le &amp;partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenai&amp;re :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation type="unfinished">%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>passerelle::StatusChangeDialog</name>
    <message>
        <source>Changer le statut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut actuel : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouvrir — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. ex. décision de la cellule d&apos;orientation du 12/03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motif du changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de &amp;clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le motif de clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut non modifié</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SyncActions</name>
    <message>
        <source>&amp;Inviter un appareil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée une invitation pour un portable ou un poste du bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejoindre un bureau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejoint le bureau qui vous a remis une invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acce&amp;pter une réponse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistre l&apos;appareil qui a répondu à une invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchroniser le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir l&apos;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation Passerelle (*.passerelle-invite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réponse est enregistrée dans %1.
Remettez ce fichier au coordinateur : l&apos;appareil sera appairé quand le bureau l&apos;aura acceptée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la réponse de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse Passerelle (*.passerelle-join)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portable d&apos;un intervenant pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poste du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appairer l&apos;appareil « %1 » (%2) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepter la réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche des paquets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt après le fichier en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation interrompue : ce qui a été fait est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>    reçu : %n ligne(s)</source>
        <translation>
            <numerusform>    reçu : %n ligne</numerusform>
            <numerusform>    reçu : %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflit(s)</source>
        <translation>
            <numerusform>, %n conflit</numerusform>
            <numerusform>, %n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n à revoir</source>
        <translation>
            <numerusform>, %n à revoir</numerusform>
            <numerusform>, %n à revoir</numerusform>
        </translation>
    </message>
    <message>
        <source>    envoyé : rien de nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>    envoyé : %n ligne(s)</source>
        <translation>
            <numerusform>    envoyé : %n ligne</numerusform>
            <numerusform>    envoyé : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun appareil appairé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paquet(s) déjà importé(s), rangé(s).</source>
        <translation>
            <numerusform>%n paquet déjà importé, rangé.</numerusform>
            <numerusform>%n paquets déjà importés, rangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fichier refusé : %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet non déposé pour %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total : %1 ligne(s) reçue(s), %2 envoyée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoisir le dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier de synchronisation : un partage réseau ou une clé USB où chaque appareil dépose ses paquets et prend ceux qui lui sont adressés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ancien(s) paquet(s) retiré(s) du dossier « traité ».</source>
        <translation>
            <numerusform>%n ancien paquet retiré du dossier « traité ».</numerusform>
            <numerusform>%n anciens paquets retirés du dossier « traité ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::SyncPage</name>
    <message>
        <source>Cet appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareils appairés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appareils avec lesquels celui-ci échange ses données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter un paquet pour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistre dans un fichier ce que l&apos;appareil choisi n&apos;a pas encore reçu, pour le lui apporter (clé USB, dossier partagé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Révoquer l&apos;appareil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour un appareil perdu ou retiré : ses paquets seront refusés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échange en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat du dernier échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir les &amp;conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas encore fixé (il l&apos;est à l&apos;appairage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun conflit à traiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à traiter.</source>
        <translation>
            <numerusform>%n conflit à traiter.</numerusform>
            <numerusform>%n conflits à traiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) mis de côté pour revue.</source>
        <translation>
            <numerusform>%n élément mis de côté pour revue.</numerusform>
            <numerusform>%n éléments mis de côté pour revue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter un paquet pour « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation du paquet pour « %1 »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter un paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification et fusion de %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vérification et fusion de %n paquet(s)…</source>
        <translation>
            <numerusform>Vérification et fusion de %n paquet…</numerusform>
            <numerusform>Vérification et fusion de %n paquets…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révoquer « %1 » ?

À utiliser pour un appareil perdu, volé ou retiré : ses paquets seront refusés dès maintenant, et ce qu&apos;il n&apos;a pas encore envoyé ne pourra plus être importé. Pour l&apos;utiliser de nouveau, il faudra l&apos;appairer une nouvelle fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révoquer un appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer des paquets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifie puis fusionne, dans l&apos;ordre, un ou plusieurs fichiers .passerelle-sync reçus d&apos;appareils appairés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareils appairé&amp;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitatio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invitatio&amp;ns (%n en attente)</source>
        <translation>
            <numerusform>Invitatio&amp;ns (%n en attente)</numerusform>
            <numerusform>Invitatio&amp;ns (%n en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>À re&amp;voir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À re&amp;voir (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet %1 sur %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paquet(s) lu(s).</source>
        <translation>
            <numerusform>%n paquet lu.</numerusform>
            <numerusform>%n paquets lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer un ou plusieurs paquets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::SyncPeerModel</name>
    <message>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>révoqué le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions enregistrées ici que cet appareil n&apos;a pas encore reçues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À lui envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::TemplateChoiceDialog</name>
    <message>
        <source>La nouvelle fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle fiche action depuis un modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modèle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation type="unfinished">&amp;Dispositif :</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choisir le bailleur porteur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bailleur porteur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;après : %1. Sections et indicateurs pré-remplis, à adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un modèle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::TimelineTab</name>
    <message>
        <source>Chronologie des interventions et des commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie rapide d&apos;une intervention pour cette situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune intervention ni commission enregistrée pour cette situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln réalisée(s)</source>
        <translation>
            <numerusform>%Ln réalisée</numerusform>
            <numerusform>%Ln réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prévue(s)</source>
        <translation>
            <numerusform>%Ln prévue</numerusform>
            <numerusform>%Ln prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annulée(s) ou manquée(s)</source>
        <translation>
            <numerusform>%Ln annulée ou manquée</numerusform>
            <numerusform>%Ln annulées ou manquées</numerusform>
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
            <numerusform>%Ln intervention : %1</numerusform>
            <numerusform>%Ln interventions : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d&apos;intervention réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) en commission</source>
        <translation>
            <numerusform>%Ln passage en commission</numerusform>
            <numerusform>%Ln passages en commission</numerusform>
        </translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prochaine intervention prévue le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher les &amp;suivantes (%1 sur %2 affichées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout est affiché (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::TraceDialog</name>
    <message>
        <source>D&apos;où vient ce chiffre ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les enregistrements qui font « %1 » (du %2 au %3) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les enregistrements n&apos;ont pas pu être lus.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enregistrement(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::WorkerDialog</name>
    <message>
        <source>L&apos;intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TP1, AS2… : ce code seul figure dans les rapports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;TP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide : pas encore formé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervient aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;urriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Télép&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : tapez par exemple 12/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::WorkerListModel</name>
    <message>
        <source>%1 (archivé)</source>
        <translation type="unfinished">%1 (archivé)</translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations en cours où l&apos;intervenant est affecté aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passerelle::WorkersPage</name>
    <message>
        <source>%1 intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations où l&apos;intervenant est affecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée sur un numéro ouvre le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvel intervenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer un intervenant (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;intervenant choisi (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver l&apos;intervenant choisi (Suppr) : son historique reste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun intervenant choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures en %1 : %2
Interventions réalisées : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situations affectées : %1 · en cours : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 depuis le %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer l&apos;intervenant « %1 » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver l&apos;intervenant « %1 » ? Il ne sera plus proposé ; ses interventions et affectations restent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
