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
    <name>Bench</name>
    <message>
        <source>Mesure, sur une base de démonstration créée pour l&apos;occasion : génération, ouverture, statistiques, export, import et taille du fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de situations (100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions par situation (20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graine (52).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de travail (par défaut : un dossier temporaire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garde les fichiers produits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases, --interventions-per-case et --seed attendent des nombres positifs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banc d&apos;essai : %1 situations, %2 interventions par situation, graine %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>génération (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lignes, %2 interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouverture (sans contrôle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouverture avec quick_check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistiques (stats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lignes comptées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enregistrements, %2 Mo, %3 enr./s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enregistrements, %2 enr./s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taille de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taille de la base importée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mémoire résidente maximale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers gardés dans %1</source>
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
    <name>CaseListQuery</name>
    <message>
        <source>La liste des situations n&apos;a pas pu être lue : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
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
    <name>CaseTimelineQuery</name>
    <message>
        <source>La chronologie n&apos;a pas pu être lue : %1</source>
        <translation type="unfinished"></translation>
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
    <name>Cli</name>
    <message>
        <source>Vérifie le fichier, les références et les règles métier ; code 1 s&apos;il y a des erreurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrôle rapide du fichier (quick_check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : passerelle-cli check [--quick] [--db BASE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrôle terminé : %1 erreur(s), %2 avertissement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 non listé(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche l&apos;aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée une base vide (ou met à niveau une base existante).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte les enregistrements par objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte toutes les données (--out FICHIER.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importe un fichier d&apos;échange, tout ou rien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifie l&apos;intégrité, les références et les règles métier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée des données de démonstration réalistes et fictives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure génération, ouverture, statistiques, export et import à grande échelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan annuel d&apos;une fiche action (--action, --format, --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs : valeurs, traçabilité, définitions, modèles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation : invite, join, accept, folder, export, import, status, conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure la capture des changements et la fusion (--rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprime une fiche action en PDF (--action, --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue une fiche action l&apos;année suivante (--action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : passerelle-cli COMMANDE [--db FICHIER] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes de sortie : 0 succès, 1 données refusées, 2 usage, 3 erreur de stockage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base par défaut : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db attend un chemin de fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande inconnue : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplit la base avec des données de démonstration réalistes et fictives (mêmes options et même graine : mêmes données).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de situations à créer (1 à %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graine du tirage (entier positif, 52 par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions par situation en moyenne (0 à %1, 20 par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de référence AAAA-MM-JJ : les cinq années d&apos;activité s&apos;arrêtent là (aujourd&apos;hui par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne rien faire (et réussir) si la base contient déjà un programme ou une situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter les données de démonstration à une base qui en contient déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne pas afficher la progression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nombre de situations à créer : --cases N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases attend un nombre entre 1 et %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed attend un entier positif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interventions-per-case attend un nombre entre 0 et %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today attend une date AAAA-MM-JJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base %1 contient déjà des données : aucune donnée de démonstration ajoutée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base %1 contient déjà des programmes ou des situations. Ajoutez --append pour y ajouter quand même des données de démonstration, ou --if-empty pour ne rien faire dans ce cas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration : %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration créées en %1 s (graine %2) dans %3 (%4 Mo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte toutes les données dans un fichier d&apos;échange JSON versionné (docs/exchange-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation type="unfinished">FICHIER</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli export --out FICHIER.json [--db BASE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enregistrements exportés vers %2 (%3 Mo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importe un fichier d&apos;échange JSON, tout ou rien : un fichier refusé laisse la base intacte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier d&apos;échange à importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : passerelle-cli import FICHIER.json [--db BASE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enregistrements importés depuis %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[avertissement] %1 — %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de période (AAAA-MM-JJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de période (AAAA-MM-JJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année civile (par défaut : l&apos;année en cours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun indicateur n&apos;a l&apos;identifiant « %1 » (voir « indicator list »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs d&apos;une fiche action et leur valeur pour la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action : identifiant ou numéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste les enregistrements qui font la valeur d&apos;un indicateur (numéros de situation, codes pseudonymes, identifiants ; jamais de nom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant de l&apos;indicateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour un ratio : numerator ou denominator (par défaut : les deux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une ventilation : le code d&apos;une catégorie (« - » pour « non renseigné »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une évolution : person ou team (par défaut : les deux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part : numerator ou denominator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source : person ou team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période : %1 (du %2 au %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enregistrement(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Enregistre la définition de calcul d&apos;un indicateur (JSON, voir docs/indicator-definitions.md), ou le rend saisi à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier JSON de la définition (« - » : entrée standard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire la définition : valeur saisie à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez soit --json, soit --manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture impossible de %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Définition enregistrée pour « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est désormais saisi à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèles de listes d&apos;indicateurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicateurs, dont %2 calculés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoute à une fiche action les indicateurs d&apos;un modèle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code du modèle (voir « indicator templates »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire bailleur porteur, pour les modèles qui en distinguent les situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle « %1 » inconnu (voir « indicator templates »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant attendu (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicateurs créés, %2 existants complétés d&apos;une définition, %3 inchangés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : passerelle-cli indicator SOUS-COMMANDE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sous-commandes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs d&apos;une fiche et leur valeur (--action, période).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrements derrière une valeur (--indicator, période).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistre une définition JSON (--indicator, --json | --manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoute les indicateurs d&apos;un modèle à une fiche (--action, --template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sous-commande inconnue : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée une base vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base %1 prête (schéma %2, réplique %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps par section :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requêtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écriture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan annuel d&apos;une fiche action : indicateurs, file active, heures, interventions, partenaires, actions collectives, évaluations, financements et textes du bilan, avec la période précédente en regard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action : identifiant ou numéro (ex. 3.3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format : %1. Par défaut, d&apos;après l&apos;extension de --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier à écrire (par défaut : la sortie standard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche le temps de calcul de chaque section (sur la sortie d&apos;erreur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez --format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format « %1 » inconnu ; formats disponibles : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le format %1 s&apos;écrit dans un fichier : indiquez --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue une fiche action l&apos;année suivante : la fiche de la période suivante, chaînée à celle-ci, avec ses sections, objectifs, étapes, partenaires, indicateurs et financements (montants à confirmer) décalés d&apos;un an. Imprime l&apos;identifiant de la nouvelle fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année que couvre la fiche à continuer, quand plusieurs fiches chaînées portent le même numéro (par défaut : l&apos;année en cours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche créée : %1 objectif(s), %2 étape(s), %3 indicateur(s), %4 ligne(s) de financement reprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprime une fiche action en PDF, présentée comme le modèle de l&apos;ARS (cases cochées ☒ / ☐, partenaires, financements, indicateurs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année que la fiche couvre, quand plusieurs fiches chaînées portent le même numéro (par défaut : l&apos;année en cours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier PDF à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action et --out sont obligatoires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte les enregistrements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclut les tables vides et les listes de référence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du fichier : %1 Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit dans un paquet .passerelle-sync tout ce que l&apos;appareil destinataire n&apos;a pas encore reçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant de l&apos;appareil destinataire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLIQUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to et --out sont obligatoires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to attend l&apos;identifiant d&apos;une réplique (voir « sync status »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet %1 écrit : %2 lignes, %3 suppressions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifie puis fusionne un paquet .passerelle-sync, en une seule transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet à importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez un seul fichier à importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet fusionné : %1 lignes ajoutées, %2 modifiées, %3 retirées ; %4 conflits consignés, %5 résolus ; %6 lignes à revoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : %1 modifications sont datées de plus d&apos;un jour dans le futur (horloge de l&apos;appareil émetteur à vérifier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État de la synchronisation avec chaque appareil appairé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réplique : %1</source>
        <translation type="unfinished">Réplique : %1</translation>
    </message>
    <message>
        <source>Organisation : %1 ; rôle : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connaissance : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits consignés : %1 ; lignes à revoir : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dernier échange : %1 ; transactions à lui envoyer : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications concurrentes perdantes : la valeur écartée et la valeur retenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montre aussi les conflits où les deux valeurs sont égales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retenue : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écartée : %1 (réplique %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : passerelle-cli sync SOUS-COMMANDE [--db FICHIER] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to REPLIQUE --out FICHIER : paquet pour un appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICHIER : vérifie et fusionne un paquet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connaissance de cette réplique et de chaque appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifications concurrentes écartées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role laptop|office [--worker ID] --name NOM --out FICHIER : invite un appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICHIER --code CODE --out REPONSE : rejoint l&apos;organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPONSE : appaire l&apos;appareil qui a répondu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOSSIER : synchronise par un dossier partagé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure le surcoût de la capture des changements et l&apos;échange d&apos;un paquet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions insérées (100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de travail (par défaut : temporaire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détaille le temps de l&apos;import par phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure plutôt la première synchronisation d&apos;un portable dont le périmètre compte N situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations du fichier du bureau pour --laptop-scope (5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import par phase (s) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--laptop-scope attend un entier positif, au plus --office-cases (au plus %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situations du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situations du portable (périmètre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>génération du fichier du bureau (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export du paquet (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taille du paquet (octets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrements du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import et fusion (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lignes fusionnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lignes fusionnées par seconde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situations sur le portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>périmètre exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows attend un entier positif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interventions insérées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insertion sans capture (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insertion avec capture (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surcoût de la capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taille du paquet (octets / intervention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise par un dossier partagé : importe les paquets adressés à cet appareil, puis dépose un paquet pour chaque appareil appairé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez un seul dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reçu : %1 paquet(s), %2 ligne(s), %3 conflit(s), %4 à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envoyé : rien de nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envoyé : %1 ligne(s), %2 suppression(s) dans %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paquet(s) déjà importé(s), rangé(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé : %1 — %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non envoyé à %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation terminée : %1 ligne(s) reçue(s), %2 envoyée(s), %3 fichier(s) refusé(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée une invitation .passerelle-invite pour un nouvel appareil et affiche le code à lui communiquer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop (portable d&apos;un intervenant) ou office (autre poste du bureau).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant de l&apos;intervenant à qui le portable est confié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant de l&apos;organisation (si la base en contient plusieurs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de validité en jours (7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role laptop|office, --name et --out sont obligatoires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--worker attend l&apos;identifiant de l&apos;intervenant à qui le portable est confié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--worker ne s&apos;emploie qu&apos;avec --role laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--organisation attend l&apos;identifiant d&apos;une organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days attend un nombre de jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation %1 écrite pour « %2 » (%3), valable jusqu&apos;au %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code à saisir sur l&apos;appareil : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejoint l&apos;organisation qui a envoyé l&apos;invitation et écrit la réponse à rapporter au bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier .passerelle-invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code lu sur l&apos;écran du bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse à écrire (.passerelle-join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le fichier d&apos;invitation, --code et --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a rejoint %1 (%2) et fait confiance à « %3 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapportez la réponse %1 au bureau (sync accept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepte la réponse d&apos;un appareil invité : il est appairé avec ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier .passerelle-join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil « %1 » appairé (%2, réplique %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lignes par seconde, import complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion seule (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lignes fusionnées par seconde (fusion seule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second paquet : les mêmes interventions modifiées au bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modification au bureau (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lignes mises à jour</source>
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
    <name>Demo</name>
    <message>
        <source>Données de démonstration incohérentes : une ligne de %1 renvoie à un enregistrement absent de %2 ; rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de référence doit être comprise entre %1 et %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de situations doit être compris entre 1 et %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre d&apos;interventions par situation doit être compris entre 0 et %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au plus %1 interventions en tout : réduisez le nombre de situations ou d&apos;interventions par situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base contient déjà des programmes ou des situations : les données de démonstration ne s&apos;y ajoutent qu&apos;en mode ajout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration : table %1 inutilisable : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration : %1 valeurs pour la table %2 qui en attend %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration refusées par la table %1 : %2</source>
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
    <name>Domain</name>
    <message>
        <source>Ponctuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répétée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercommunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Départemental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien avec le Projet régional de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien avec le Plan régional santé environnement 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déterminants de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégories de résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégories de public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux d&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif opérationnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape de mise en œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiche action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarée par la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observée par l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — très défavorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — défavorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — mitigé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — favorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — très favorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membre du foyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travailleur pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionnel du binôme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repérée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientée</source>
        <translation type="unfinished">Orientée</translation>
    </message>
    <message>
        <source>Accompagnée</source>
        <translation type="unfinished">Accompagnée</translation>
    </message>
    <message>
        <source>Clôturée</source>
        <translation type="unfinished">Clôturée</translation>
    </message>
    <message>
        <source>Réunion d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier collectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencontre partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réunion de synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journée thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financement « %1 » %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logement social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location privée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propriétaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hébergé par un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hébergement d&apos;urgence ou d&apos;insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résidence sociale, maison relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur de processus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur de résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur d&apos;impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicateur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non honorée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partenaire « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>élément de liste « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ménage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur de l&apos;indicateur %1 du %2 au %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professionnel du binôme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateur portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr_FR</source>
        <comment>locale name of the dates and months inside messages</comment>
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
    <name>Exchange</name>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de renommer %1 en %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur %1 impossible à exporter dans une colonne de ce type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL non finie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;export ne peut pas remplacer la base elle-même : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne de plus de %1 Mo : ce n&apos;est pas un fichier d&apos;échange Passerelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture impossible de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en-tête illisible, ce n&apos;est pas un fichier d&apos;échange Passerelle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contenu après la ligne de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier tronqué : la dernière ligne est incomplète (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ni enregistrement (champ « t » absent) ni ligne de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier tronqué : la ligne de fin manque après la ligne %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne 1 (en-tête)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas un fichier d&apos;échange Passerelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version du format absente ou non entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 du format inconnue ; ce programme lit la version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version de schéma absente ou invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier écrit avec le schéma %1, plus récent que ce programme (schéma %2) : mettez Passerelle à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ inconnu dans l&apos;en-tête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ présent deux fois dans l&apos;en-tête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le nom de table doit être une chaîne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table inconnue : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrement en double dans le fichier (déjà à la ligne %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cet enregistrement existe déjà dans la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne de fin invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ inconnu dans la ligne de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les comptes par table sont absents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le compte de %1 doit être un entier positif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 comptée deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 : %2 enregistrement(s) annoncé(s), %3 lu(s) — fichier incomplet ou modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre total d&apos;enregistrements différent de celui lu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (et %n autre(s) erreur(s))</source>
        <translation>
            <numerusform> (et %n autre erreur)</numerusform>
            <numerusform> (et %n autres erreurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>ligne %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (déjà dans la base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un booléen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre décimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une chaîne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON invalide (colonne %1) : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un objet { … } est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nom de champ entre guillemets est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« : » est attendu après le nom de champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;objet n&apos;est pas refermé (ligne tronquée ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« , » ou « } » est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texte inattendu après l&apos;objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caractère de contrôle non échappé dans une chaîne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séquence \u invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demi-paire UTF-16 isolée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échappement inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaîne non refermée (ligne tronquée ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre mal formé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entier hors limites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre hors limites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crochets ou accolades mal appariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur imbriquée non refermée (ligne tronquée ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un UUID (chaîne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ présent deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ inconnu dans la table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur obligatoire : null refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID invalide : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type incorrect : attendu %1, trouvé %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrement présent deux fois dans le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture impossible (%1) : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrainte non respectée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur refusée par le schéma : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur déjà utilisée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence orpheline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>En quartier prioritaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors quartier prioritaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ménages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires mobilisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisations de partenaires (situation × partenaire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires ayant orienté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures travaillées par les intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions collectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations examinées en commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports de communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires de supports réalisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires de supports diffusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants formés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équivalents temps plein (ETP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished">Statut</translation>
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
        <source>Type de partenaire ayant orienté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier prioritaire (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
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
        <source>Type d&apos;action collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <source>Typologie des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source de l&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>définition d&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé inconnue « %1 » ; clés possibles : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » doit être un texte non vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le score doit être un entier de 1 à 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de codes attendue, non vide (ou {&quot;not&quot;: [...]}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque code doit être un texte de 1 à 40 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « %1 » est répété.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code « %1 » inconnu ; codes possibles : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant attendu (UUID), reçu « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur attendue parmi : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true ou false attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet attendu : {&quot;dimension&quot;: …, &quot;source&quot;: …, &quot;min_score&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« person » ou « team » attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le score maximal ne peut pas être inférieur au score minimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet attendu : {&quot;nom du filtre&quot;: valeur, …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le filtre « %1 » ne s&apos;applique pas à « %2 » ; filtres possibles : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure « %1 » inconnue ; mesures possibles : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est obligatoire : {&quot;measure&quot;: …, &quot;filters&quot;: {…}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON illisible à la position %1 : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un objet JSON est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seule la version 1 est connue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type « %1 » inconnu ; types possibles : count, ratio, breakdown, evolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« percent » ou « decimal » attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » ne peut pas ventiler « %2 » ; ventilations possibles : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ventilation par mois demande un filtre « period » daté (identified, oriented, accompanied, closed ou referral).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La définition contient des valeurs que sa forme JSON ne garde pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « %1 » n&apos;est pas dans la liste %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun partenaire n&apos;a l&apos;identifiant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun dispositif n&apos;a l&apos;identifiant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La dimension « %1 » n&apos;est pas dans la liste des dimensions d&apos;évaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicateur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur introuvable.</source>
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
        <source>Numérateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dénominateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une catégorie de cette ventilation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet indicateur est saisi à la main : aucun enregistrement à lister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicateur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personne : %1 · équipe : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>un UUID de 16 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre fini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence orpheline : aucun enregistrement %1 ne porte la valeur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier endommagé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur d&apos;un type inattendu pour cette colonne (attendu : %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun changement de statut n&apos;est enregistré pour cette situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le statut « %1 » ne correspond pas au dernier changement de statut (« %2 »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le premier changement de statut doit aller de ∅ à « identified » (trouvé : %1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la date %1 est antérieure à %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une situation orientée doit avoir une date d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la séance de ce passage en commission est de type « %1 », pas une commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une intervention réalisée doit avoir une durée positive (durée : %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le rôle « %1 » dans le binôme ne convient pas à un intervenant de rôle « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la situation compte %1 personnes principales ; une seule est permise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>évaluation datée du %1, avant le repérage de la situation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la fiche action %1 appartient à un autre dispositif que ce financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la chaîne des fiches précédentes revient à cette fiche (cycle de %1 fiche(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la situation liée n&apos;appartient pas au dispositif de l&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le ménage compte %1 personnes de référence (« self ») ; une seule est permise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce numéro est porté par plusieurs situations du même dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervention(s) planifiée(s) avant aujourd&apos;hui (%2) : à réaliser, annuler ou reporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>Cette invitation n&apos;existe pas sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette invitation a déjà servi : pour retirer l&apos;appareil, révoquez-le dans la liste des appareils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette invitation a expiré : elle ne peut plus servir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette invitation est déjà annulée.</source>
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
    <message>
        <source>Indiquez soit une année, soit --from et --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année attendue (AAAA), reçu « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date attendue (AAAA-MM-JJ), reçu « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de période précède son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de %1 à %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fiche action n&apos;a l&apos;identifiant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fiche action ne porte le numéro « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs fiches portent le numéro « %1 » pour cette période ; indiquez son identifiant : %2.</source>
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
        <source>Contrat local de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne référente : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe stratégique du CLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexte et enjeux locaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien avec le Projet régional de santé (axe et objectif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme du PRS : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien avec le Plan régional santé environnement 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif spécifique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs opérationnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échéance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes de mise en œuvre – Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les objectifs de l&apos;action visent-ils directement la lutte contre les inégalités sociales de santé ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiques publiques concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y a-t-il une démarche participative associant les citoyens ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public visé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes concernées : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux d&apos;intervention et communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseignées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau géographique :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de début : %1 — année de fin : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période : du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fréquence :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principaux indicateurs d&apos;évaluation retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs de processus :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs de résultat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs d&apos;impact :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Méthode d&apos;évaluation envisagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fiche action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant %1 (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financements de l&apos;action par financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montants affectés à la fiche action (et à la fiche dont elle prend la suite) pour les années de la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financements du dispositif non affectés à une fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La période doit avoir un début et une fin, dans cet ordre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche action n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan annuel %1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV pour tableur (UTF-8, point-virgule, virgule décimale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action</source>
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
        <source>Période précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture du bilan impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations identifiées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnements commencés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations clôturées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions posées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions effectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures des travailleurs pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions collectives réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord de suivi des activités %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File active en fin de mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;intervention : durée des interventions effectuées, chacune comptée une fois ; heures des travailleurs pairs : par travailleur pair présent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pour les traitements automatiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression en PDF demande une application graphique (QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 999 / 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture du PDF impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures effectuées par rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions posées et effectives par canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisations des partenaires par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions collectives réalisées par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financements par financeur (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financements du dispositif par financeur (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part des situations en progrès : regard de la personne et regard de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BILAN ANNUEL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparée à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Généré le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce bilan ne contient aucun nom : les situations et les personnes y sont comptées, jamais nommées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF A4 pour le comité de suivi, avec sommaire et graphiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations et personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations identifiées (repérées) dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations suivies dans la période (file active de la période)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations accompagnées dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations dont l&apos;accompagnement a commencé dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations clôturées dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File active en fin de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes concernées par les situations suivies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ménages concernés par les situations suivies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation est suivie dans la période si elle a été identifiée avant sa fin et n&apos;était pas clôturée avant son début ; dates actuelles des situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations suivies par bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;intervention par rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures effectuées par rôle d&apos;intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée des interventions (chacune comptée une fois)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures des interventions effectuées : la durée d&apos;une intervention compte pour chaque intervenant présent (binôme = deux fois). Intervenants : ayant effectué une intervention du dispositif ou affectés à l&apos;une de ses situations dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions posées et effectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions par canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non honorées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de réalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectives %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posées : toutes les interventions datées dans la période, quel que soit leur statut. Taux de réalisation : effectives / posées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires mobilisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires mobilisés autour des situations suivies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires mobilisés (pour l&apos;ensemble du dispositif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisations (situation × partenaire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires mobilisés par situation suivie (moyenne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires ayant orienté une situation identifiée dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sollicitations des partenaires par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisations %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions collectives et participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions collectives par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisées %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants des actions réalisées. Programmées : quel que soit leur statut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluations : regard de la personne et regard de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution entre la première et la dernière évaluation de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne : situations évaluées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne : en progrès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne : part en progrès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe : situations évaluées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe : en progrès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe : part en progrès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations évaluées : au moins deux évaluations de la dimension à deux dates de la période par la même source ; en progrès : score de la dernière supérieur à celui de la première (échelle de 1 à 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune situation évaluée deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 en progrès sur %2 évaluées (%3 stables, %4 en recul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>détail dans le tableau ci-dessous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dénominateur nul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déclaré par la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observé par l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation peut relever de plusieurs catégories : le total (%1) n&apos;est pas la somme des lignes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs d&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs de processus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs de résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs d&apos;impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section « %1 » du bilan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faits marquants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limites et difficultés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section « %1 » du bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture du classeur impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classeur Excel, une feuille par section, nombres calculables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Généré par Passerelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier temporaire impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relecture du classeur impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
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
    <name>ReviewQueue</name>
    <message>
        <source>clé %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet élément n&apos;est plus dans la file de revue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet élément est déjà marqué comme traité.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetContinuation</name>
    <message>
        <source>Fiche action introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche n&apos;a ni période ni année de début : indiquez-les avant de la continuer l&apos;année suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche est déjà continuée pour la période suivante (%1) : fiche « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconduit de %1 : montant à confirmer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetFromTemplate</name>
    <message>
        <source>Ce modèle compte les situations du bailleur porteur : choisissez ce partenaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Base introuvable : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base %1 a été écrite par une version plus récente de Passerelle (schéma %2) ; ce programme lit jusqu&apos;au schéma %3. Mettez Passerelle à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilote SQLite inattendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une base Passerelle utilisable : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : le contrôle d&apos;intégrité a échoué : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La migration %1 (%2) a échoué : %3. La base n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de référence invalide : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requête invalide : %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur d&apos;écriture : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur SQLite (%1) : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Un paquet ne peut être marqué appliqué que dans la transaction qui l&apos;applique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encodage CBOR non canonique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiant du paquet (UUIDv7 attendu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réplique expéditrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réplique destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clé de signature de l&apos;expéditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement de la clé du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version du schéma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date de création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empreinte du périmètre (%1 octets au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vecteur de versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plages de modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accusés de réception (identifiants distincts, en ordre croissant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taille des blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre d&apos;enregistrements ou d&apos;octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre de blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet de synchronisation est incomplet : le fichier s&apos;arrête après %1 octets, avant sa fin. La copie a sans doute été interrompue ; copiez-le à nouveau. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un paquet de synchronisation Passerelle (.passerelle-sync). Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet de synchronisation est au format %1, que cette version de Passerelle ne sait pas lire (format %2). Mettez Passerelle à jour. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La signature du paquet de synchronisation est invalide : son en-tête a été modifié après l&apos;envoi. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet se présente comme venant de l&apos;appareil %1, mais il n&apos;est pas signé par la clé enregistrée lors de l&apos;appairage de cet appareil. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet vient d&apos;un appareil qui n&apos;est pas appairé avec celui-ci (%1). Appairez-le d&apos;abord. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet vient d&apos;un appareil révoqué (%1) : ses envois ne sont plus acceptés. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet est destiné à un autre appareil (%1), pas à celui-ci (%2). Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise à jour requise : ce paquet vient d&apos;une version plus récente de Passerelle (schéma %1, ce programme lit le schéma %2). Mettez Passerelle à jour puis importez-le à nouveau. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet vient d&apos;une version trop ancienne de Passerelle (schéma %1, ce programme lit le schéma %2) : mettez à jour l&apos;appareil qui l&apos;a envoyé. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet de synchronisation a été altéré (%1) : il ne peut pas être lu tel qu&apos;il a été envoyé. Demandez un nouvel envoi. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le contenu chiffré de ce paquet n&apos;appartient pas à son en-tête : le fichier assemble deux paquets différents. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet (%1) a déjà été appliqué le %2 : rien à faire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clé du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en-tête du flux chiffré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bloc %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fin du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octets après la fin du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compteurs de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longueur de l&apos;en-tête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en-tête : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>découpage des enregistrements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le paquet %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture du paquet de synchronisation impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué : aucun paquet ne lui est plus envoyé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de chiffrement de l&apos;appareil destinataire est invalide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le destinataire de l&apos;en-tête n&apos;est pas l&apos;appareil choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La taille des blocs doit être comprise entre %1 et %2 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;enregistrement n° %1 dépasse %2 Mio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En-tête de paquet invalide : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer le paquet %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le paquet %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La capture des changements n&apos;est pas installée sur cette connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce conflit a déjà été traité, ici ou sur un autre appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce conflit concerne une table que ce programme ne connaît pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette ligne a été retirée ici et ses autres champs ne sont plus connus : elle ne peut pas être rétablie depuis la liste des conflits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La ligne de ce conflit n&apos;existe plus ici : il n&apos;y a rien à décider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La valeur écartée de ce conflit est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;autre valeur ne peut plus être enregistrée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une invitation ou une réponse Passerelle complète (copie interrompue ?). Copiez-le à nouveau. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier a été modifié depuis qu&apos;il a été créé : il est refusé. Demandez une nouvelle invitation au bureau. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code saisi ne correspond pas à ce fichier d&apos;invitation. Vérifiez le code lu sur l&apos;écran du bureau ; si le code est juste, le fichier a été remplacé et ne doit pas être utilisé. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette invitation a expiré le %1. Demandez une nouvelle invitation au bureau. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette invitation a déjà servi le %1 : une invitation ne sert qu&apos;une fois. Créez une nouvelle invitation pour cet appareil. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base appartient déjà à une autre organisation : elle ne peut pas rejoindre celle-ci. Utilisez une base neuve. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réponse ne correspond à aucune invitation créée sur ce poste (invitation créée sur un autre poste, ou annulée). Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réponse ne peut pas être ouverte ici : elle est destinée à un autre poste du bureau (ouvrez-la sur le poste qui a créé l&apos;invitation), ou elle a été modifiée. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette invitation a été créée sur ce poste même : ouvrez-la sur l&apos;appareil à appairer. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette invitation a été annulée par le bureau le %1. Demandez une nouvelle invitation. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;enregistrement %1 de cette base est endommagé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le fichier %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les clés de cette réplique sont endommagées (%1). Restaurez une sauvegarde de la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mémoire protégée insuffisante pour les clés de chiffrement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La bibliothèque de chiffrement (libsodium) n&apos;a pas pu démarrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun appareil appairé ne porte l&apos;identifiant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier de synchronisation %1 est introuvable (lecteur débranché, partage réseau absent ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de déposer le paquet %1 dans le dossier de synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le bureau ne compte que %1 situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérification de l&apos;en-tête et de la signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déchiffrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décodage des enregistrements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparaison des écritures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecture des métadonnées locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écriture des lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écriture des métadonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrôle des parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>périmètre (réplication partielle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vecteurs de version et registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation de la transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de ligne illisible dans %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy &apos;à&apos; HH:mm</source>
        <comment>QDateTime format: 24 novembre 2026 à 14:05</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet de changements mal formé : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une fusion ne s&apos;applique que dans la transaction qui l&apos;enregistre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet suppose des changements que cette base n&apos;a pas reçus (réplique %1 : à partir du n° %2, connue ici jusqu&apos;au n° %3). Cette base a peut-être été restaurée depuis une sauvegarde ; demandez un nouvel envoi complet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrement illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table des répliques absente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>époque d&apos;une réplique inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écriture d&apos;une réplique inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppression d&apos;une table inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table inconnue de cette version de Passerelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champs incomplets dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne incomplète : ses autres champs ne sont pas parvenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : l&apos;enregistrement parent (%2) est absent ou a été supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrement placé après les lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index reconstruits après remplissage</source>
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
    <name>SyncOverview</name>
    <message>
        <source>intervention du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séance du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ligne retirée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cet appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>présente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished">Dispositif</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur d&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support de communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished">Personne</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne de la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement de statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant de la situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire mobilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation d&apos;une intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant d&apos;une intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage en commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section du bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existence de la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
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
        <source>Durée (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro</source>
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
        <source>Année de naissance</source>
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
        <source>Motif de clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire orienteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins exprimés par la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins repérés par les professionnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impayés de loyer (centimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan d&apos;apurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stade de la procédure d&apos;expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle dans le binôme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thèmes abordés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETP</source>
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
    <message>
        <source>Repérée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnée depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôturée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affecté le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désaffecté le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(référence %1)</source>
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
    <name>Templates</name>
    <message>
        <source>Nombre de rencontres réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie des partenaires rencontrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de besoins identifiés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de supports de communication créés et diffusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de supports de communication créés et diffusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées / personnes identifiées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie des problématiques rencontrées par les personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie des problématiques rencontrées par les partenaires ayant sollicité le dispositif pair-aidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénéfices perçus et limites identifiées du dispositif par les personnes accompagnées, les travailleurs pairs et les professionnels concernés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins exprimés par les personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins exprimés par les professionnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de partenaires mobilisés autour de la situation des personnes accompagnées, par situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de partenaires mobilisés autour de la situation des personnes accompagnées, pour l&apos;ensemble du dispositif pair-aidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une vingtaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de travailleurs pairs intervenant sur le dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de travailleurs pairs formés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;intervention des travailleurs pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de réunions d&apos;informations réalisées / prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une par communauté de communes et par an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de participants aux réunions d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie des participants aux réunions d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie de problématiques abordées lors de ces réunions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées déclarant avoir pu renouer un contact avec le « monde extérieur » / nombre de personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre d&apos;acteurs ayant sollicité le dispositif déclarant avoir pu amorcer un contact avec la personne accompagnée / sollicitation(s) / nombre d&apos;acteurs ayant sollicité le dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes en capacité d&apos;exprimer leurs besoins / nombre de personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes exprimant avoir trouvé des réponses et les ressources nécessaires par rapport à leurs besoins de départ / nombre de personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de professionnels déclarant comprendre ce qu&apos;est la maladie psychique / nombre de professionnels présents aux réunions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de professionnels déclarant être en capacité d&apos;accompagner les personnes en souffrance psychique / nombre de professionnels présents aux réunions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées déclarant observer un changement dans la posture des professionnels mobilisés autour de leur situation / nombre de personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière de logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière de lien social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière de recours aux soins somatiques et psychiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière d&apos;adhésion à l&apos;aide institutionnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes concernées par l&apos;expérimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de ménages accompagnés (situations LOGISENS / hors LOGISENS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 ménages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File active en fin de période (situations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du bailleur porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations %1 (file active en fin de période)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations hors %1 (file active en fin de période)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions posées / effectives, par canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de réunions de la cellule d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations examinées en cellule d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sollicitations des partenaires par type de partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de partenaires mobilisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entretiens individuels réalisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;intervention de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équivalents temps plein de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,70 ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réunions de synthèse pluridisciplinaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions de formation et d&apos;information des acteurs de première ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants aux actions de formation et d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de procédures d&apos;expulsion évitées / ménages accompagnés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes ayant accédé aux soins / personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations relayées vers le droit commun / situations clôturées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amélioration des conditions de vie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apaisement de la souffrance psychologique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsabilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif de pair-aidance (fiche action CLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action 3.3.1 « Dispositif de PAIR-AIDANCE », CLS du Pays de Langres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe mobile précarité (logements accompagnés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération « 10 000 logements accompagnés », équipe mobile précarité LOGISENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche action n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce modèle compte les situations du bailleur porteur : indiquez ce partenaire (la fiche n&apos;a pas un unique bailleur social parmi ses partenaires).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>« %1 » : un code est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : « %2 » figure deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : l&apos;objectif de « %2 » dépasse 1000 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : « %2 » dépasse 100 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : un partenaire n&apos;est pas choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : un partenaire figure deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n° %2 : le texte est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n° %2 : cette ligne figure deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Programme » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une fiche action ne peut pas être chaînée avec elle-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Année de fin » ne peut pas précéder « Année de début ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Situation » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de l&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension évaluée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Dispositif » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de repérage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de début d&apos;accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation orientée a une date d&apos;orientation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation accompagnée a une date de début d&apos;accompagnement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation clôturée a une date de clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seule une situation clôturée a une date de clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Motif de clôture » est obligatoire pour clôturer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seule une situation clôturée a un motif de clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de la saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque personne de la situation doit être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne figure deux fois dans la situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation n&apos;a qu&apos;une personne accompagnée principale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque intervenant affecté doit être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un intervenant est affecté deux fois à la situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;affectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de fin d&apos;affectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque partenaire mobilisé doit être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un partenaire est mobilisé deux fois sur la situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de mobilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une problématique sans code a été donnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une problématique figure deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Heure » s&apos;indique en heures et minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <source>Chaque groupe de participants a une typologie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une typologie de participants figure deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un nombre de participants ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seule une commission examine des situations : choisissez le type « Commission » ou retirez les situations examinées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque situation examinée doit être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation est examinée deux fois dans la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Décision » est obligatoire pour chaque situation examinée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Quantité réalisée » ne peut pas être négative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Quantité diffusée » ne peut pas être négative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Quantité diffusée » ne peut pas dépasser la quantité réalisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de réalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Montant » ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code du ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Dette locative » ne peut pas être négative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque membre du ménage doit être une personne enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne figure deux fois dans le ménage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Lien dans le ménage » est obligatoire pour chaque membre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un ménage n&apos;a qu&apos;une « personne de référence ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Fiche action » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Indicateur » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Valeur » doit être un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez une valeur (nombre ou texte) ; pour l&apos;effacer, utilisez « Effacer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une intervention réalisée doit avoir une durée supérieure à zéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque situation liée doit être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation est liée deux fois à l&apos;intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque intervenant doit être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un intervenant figure deux fois sur l&apos;intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Courriel » n&apos;est pas une adresse valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code d&apos;une personne est pseudonyme : il ne doit pas reprendre son nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Lien dans le ménage » suppose que la personne appartienne à un ménage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Organisation » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Code » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Code » doit commencer par une lettre majuscule et ne contenir que des majuscules et des chiffres (8 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Code » ne peut contenir que des lettres sans accent, des chiffres et « _ », commencer par une lettre ou un chiffre et compter 40 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé (français)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé (anglais)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » dépasse %2 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » doit être une date valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » ne peut pas précéder « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » doit être compris entre %2 et %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« ETP » doit être un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche action n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche action est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce programme n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche action chaînée n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce chaînage formerait une boucle : la fiche choisie découle déjà de celle-ci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche action introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n financement(s) affecté(s) à cette fiche relèvent de son programme actuel : changez-les d&apos;abord.</source>
        <translation>
            <numerusform>%n financement affecté à cette fiche relève de son programme actuel : changez-le d&apos;abord.</numerusform>
            <numerusform>%n financements affectés à cette fiche relèvent de son programme actuel : changez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>« %1 » : « %2 » n&apos;est pas dans la liste de référence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : un partenaire choisi n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n° %2 appartient à une autre fiche action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date de l&apos;évaluation » ne peut pas précéder le repérage de la situation %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date de l&apos;évaluation » ne peut pas être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension évaluée inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne de la situation est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un intervenant affecté est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le rôle « Travailleur pair » du binôme revient à un travailleur pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le rôle « Professionnel » du binôme revient à un professionnel ou à un coordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un partenaire mobilisé est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problématique inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation est créée au statut « Repérée » ; son parcours s&apos;enregistre ensuite par changement de statut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date de repérage » ne peut pas être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro %1 est déjà attribué dans ce dispositif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation ne change pas de dispositif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro d&apos;une situation ne se modifie pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le statut et ses dates se changent par un changement de statut, qui garde l&apos;historique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date de repérage » ne peut pas suivre le premier changement de statut (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date de repérage » ne peut pas suivre la première évaluation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ménage introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire à l&apos;origine de la saisine introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette situation est archivée : restaurez-la avant de changer son statut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La situation est déjà au statut « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage impossible de « %1 » à « %2 » ; depuis « %1 » : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date du changement » doit être une date valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date du changement » ne peut pas précéder la date de repérage (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date du changement » ne peut pas précéder le changement précédent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Date du changement » ne peut pas être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de clôture inconnu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un motif de clôture ne s&apos;indique qu&apos;en clôturant la situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une séance à venir ne peut pas être déjà tenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typologie de participants inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation examinée est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision de commission inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un type de support connu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche action appartient à un autre programme que ce financement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financement introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code %1 est déjà celui d&apos;un autre ménage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailleur introuvable parmi les partenaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape de procédure d&apos;expulsion inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un membre du ménage est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien dans le ménage inconnu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;attribuer un code libre au ménage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet indicateur n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;intervention inconnu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une intervention à venir ne peut pas être marquée réalisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une situation liée est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La situation %1 n&apos;appartient pas au dispositif de l&apos;intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un intervenant est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un type de partenaire connu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code %1 est déjà celui d&apos;une autre personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Année de naissance » ne peut pas être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce ménage a déjà sa « personne de référence ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;attribuer un code libre à la personne %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette organisation n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « %1 » est déjà celui d&apos;un autre programme de l&apos;organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « %1 » n&apos;existe pas dans la liste « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de référence inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « %1 » existe déjà dans cette liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cet intervenant est affecté comme « %1 » à %n situation(s) en cours, ce que le rôle « %2 » ne permet pas : retirez d&apos;abord ces affectations.</source>
        <translation>
            <numerusform>Cet intervenant est affecté comme « %1 » à %n situation en cours, ce que le rôle « %2 » ne permet pas : retirez d&apos;abord cette affectation.</numerusform>
            <numerusform>Cet intervenant est affecté comme « %1 » à %n situations en cours, ce que le rôle « %2 » ne permet pas : retirez d&apos;abord ces affectations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intervenant introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur obligatoire manquante (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cet enregistrement existe déjà (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence vers un enregistrement inexistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur refusée pour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette organisation n&apos;existe pas dans cette base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez d&apos;abord l&apos;organisation avant d&apos;inviter un appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base contient plusieurs organisations : choisissez celle que l&apos;appareil rejoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du poste du bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une invitation vaut de 1 à 30 jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez l&apos;intervenant à qui l&apos;ordinateur portable est confié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un poste du bureau n&apos;est pas confié à un intervenant : retirez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul un poste du bureau peut inviter un appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet intervenant n&apos;existe pas dans l&apos;organisation, ou il est archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un appareil ne peut pas être appairé avec lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil est déjà appairé avec d&apos;autres clés. Révoquez puis retirez l&apos;ancien appairage avant d&apos;appairer l&apos;appareil à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué ; il ne peut plus être appairé avec les mêmes clés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil n&apos;est pas appairé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révoquez l&apos;appareil avant de le retirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;identifiant de la réplique est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de signature de l&apos;appareil doit compter 32 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de chiffrement de l&apos;appareil doit compter 32 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <comment>field name : message</comment>
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
