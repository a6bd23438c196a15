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
</TS>
