<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>CaseListQuery</name>
    <message>
        <source>La liste des situations n&apos;a pas pu être lue : %1</source>
        <translation>La liste des situations n&apos;a pas pu être lue : %1</translation>
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
    <name>Cli</name>
    <message>
        <source>Affiche l&apos;aide.</source>
        <translation>Affiche l&apos;aide.</translation>
    </message>
    <message>
        <source>Crée une base vide (ou met à niveau une base existante).</source>
        <translation>Crée une base vide (ou met à niveau une base existante).</translation>
    </message>
    <message>
        <source>Compte les enregistrements par objet.</source>
        <translation>Compte les enregistrements par objet.</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli COMMANDE [--db FICHIER] [options]</source>
        <translation>Usage : passerelle-cli COMMANDE [--db FICHIER] [options]</translation>
    </message>
    <message>
        <source>Commandes :</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Codes de sortie : 0 succès, 1 données refusées, 2 usage, 3 erreur de stockage.</source>
        <translation>Codes de sortie : 0 succès, 1 données refusées, 2 usage, 3 erreur de stockage.</translation>
    </message>
    <message>
        <source>Base par défaut : %1</source>
        <translation>Base par défaut : %1</translation>
    </message>
    <message>
        <source>--db attend un chemin de fichier.</source>
        <translation>--db attend un chemin de fichier.</translation>
    </message>
    <message>
        <source>Commande inconnue : %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Crée une base vide.</source>
        <translation>Crée une base vide.</translation>
    </message>
    <message>
        <source>Base %1 prête (schéma %2, réplique %3).</source>
        <translation>Base %1 prête (schéma %2, réplique %3).</translation>
    </message>
    <message>
        <source>Compte les enregistrements.</source>
        <translation>Compte les enregistrements.</translation>
    </message>
    <message>
        <source>Inclut les tables vides et les listes de référence.</source>
        <translation>Inclut les tables vides et les listes de référence.</translation>
    </message>
    <message>
        <source>Taille du fichier : %1 Mo</source>
        <translation>Taille du fichier : %1 Mo</translation>
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
</context>
<context>
    <name>Storage</name>
    <message>
        <source>La migration %1 (%2) a échoué : %3. La base n&apos;a pas été modifiée.</source>
        <translation>La migration %1 (%2) a échoué : %3. La base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Liste de référence invalide : %1</source>
        <translation>Liste de référence invalide : %1</translation>
    </message>
    <message>
        <source>Erreur SQLite (%1) : %2</source>
        <translation>Erreur SQLite (%1) : %2</translation>
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
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation>&amp;Dispositif :</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Tous les dispositifs</source>
        <translation>Tous les dispositifs</translation>
    </message>
    <message>
        <source>%1 (archivé)</source>
        <translation>%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>passerelle::Database</name>
    <message>
        <source>Base introuvable : %1</source>
        <translation>Base introuvable : %1</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Pilote SQLite inattendu</source>
        <translation>Pilote SQLite inattendu</translation>
    </message>
    <message>
        <source>La base %1 a été écrite par une version plus récente de Passerelle (schéma %2) ; ce programme lit jusqu&apos;au schéma %3. Mettez Passerelle à jour.</source>
        <translation>La base %1 a été écrite par une version plus récente de Passerelle (schéma %2) ; ce programme lit jusqu&apos;au schéma %3. Mettez Passerelle à jour.</translation>
    </message>
    <message>
        <source>Le contrôle d&apos;intégrité a échoué : %1</source>
        <translation>Le contrôle d&apos;intégrité a échoué : %1</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une base Passerelle utilisable : %2</source>
        <translation>%1 n&apos;est pas une base Passerelle utilisable : %2</translation>
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
</context>
</TS>
