<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>CaseListQuery</name>
    <message>
        <source>La liste des situations n&apos;a pas pu être lue : %1</source>
        <translation>The case list could not be read: %1</translation>
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
        <translation>Oriented</translation>
    </message>
    <message>
        <source>Accompagnée</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Affiche l&apos;aide.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Crée une base vide (ou met à niveau une base existante).</source>
        <translation>Creates an empty database (or upgrades an existing one).</translation>
    </message>
    <message>
        <source>Compte les enregistrements par objet.</source>
        <translation>Counts the records of each kind.</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli COMMANDE [--db FICHIER] [options]</source>
        <translation>Usage: passerelle-cli COMMAND [--db FILE] [options]</translation>
    </message>
    <message>
        <source>Commandes :</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Codes de sortie : 0 succès, 1 données refusées, 2 usage, 3 erreur de stockage.</source>
        <translation>Exit codes: 0 success, 1 data refused, 2 usage, 3 storage error.</translation>
    </message>
    <message>
        <source>Base par défaut : %1</source>
        <translation>Default database: %1</translation>
    </message>
    <message>
        <source>--db attend un chemin de fichier.</source>
        <translation>--db expects a file path.</translation>
    </message>
    <message>
        <source>Commande inconnue : %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Crée une base vide.</source>
        <translation>Creates an empty database.</translation>
    </message>
    <message>
        <source>Base %1 prête (schéma %2, réplique %3).</source>
        <translation>Database %1 ready (schema %2, replica %3).</translation>
    </message>
    <message>
        <source>Compte les enregistrements.</source>
        <translation>Counts the records.</translation>
    </message>
    <message>
        <source>Inclut les tables vides et les listes de référence.</source>
        <translation>Includes empty tables and reference lists.</translation>
    </message>
    <message>
        <source>Taille du fichier : %1 Mo</source>
        <translation>File size: %1 MB</translation>
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
</context>
<context>
    <name>Storage</name>
    <message>
        <source>La migration %1 (%2) a échoué : %3. La base n&apos;a pas été modifiée.</source>
        <translation>Migration %1 (%2) failed: %3. The database was not changed.</translation>
    </message>
    <message>
        <source>Liste de référence invalide : %1</source>
        <translation>Invalid reference list: %1</translation>
    </message>
    <message>
        <source>Erreur SQLite (%1) : %2</source>
        <translation>SQLite error (%1): %2</translation>
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
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
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
        <source>Tous les dispositifs</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>passerelle::Database</name>
    <message>
        <source>Base introuvable : %1</source>
        <translation>Database not found: %1</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Pilote SQLite inattendu</source>
        <translation>Unexpected SQLite driver</translation>
    </message>
    <message>
        <source>La base %1 a été écrite par une version plus récente de Passerelle (schéma %2) ; ce programme lit jusqu&apos;au schéma %3. Mettez Passerelle à jour.</source>
        <translation>The database %1 was written by a newer version of Passerelle (schema %2); this program reads up to schema %3. Please update Passerelle.</translation>
    </message>
    <message>
        <source>Le contrôle d&apos;intégrité a échoué : %1</source>
        <translation>The integrity check failed: %1</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une base Passerelle utilisable : %2</source>
        <translation>%1 is not a usable Passerelle database: %2</translation>
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
</context>
</TS>
