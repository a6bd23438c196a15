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
    <name>Bench</name>
    <message>
        <source>Mesure, sur une base de démonstration créée pour l&apos;occasion : génération, ouverture, statistiques, export, import et taille du fichier.</source>
        <translation>Measures, on a demo database created for the purpose: generation, opening, statistics, export, import and file size.</translation>
    </message>
    <message>
        <source>Nombre de situations (100000).</source>
        <translation>Number of cases (100000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Interventions par situation (20).</source>
        <translation>Interventions per case (20).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Graine (52).</source>
        <translation>Seed (52).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Dossier de travail (par défaut : un dossier temporaire).</source>
        <translation>Working folder (default: a temporary folder).</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Garde les fichiers produits.</source>
        <translation>Keep the files produced.</translation>
    </message>
    <message>
        <source>--cases, --interventions-per-case et --seed attendent des nombres positifs.</source>
        <translation>--cases, --interventions-per-case and --seed expect positive numbers.</translation>
    </message>
    <message>
        <source>Banc d&apos;essai : %1 situations, %2 interventions par situation, graine %3</source>
        <translation>Benchmark: %1 cases, %2 interventions per case, seed %3</translation>
    </message>
    <message>
        <source>génération (demo)</source>
        <translation>generation (demo)</translation>
    </message>
    <message>
        <source>%1 lignes, %2 interventions</source>
        <translation>%1 rows, %2 interventions</translation>
    </message>
    <message>
        <source>ouverture (sans contrôle)</source>
        <translation>opening (no check)</translation>
    </message>
    <message>
        <source>ouverture avec quick_check</source>
        <translation>opening with quick_check</translation>
    </message>
    <message>
        <source>statistiques (stats)</source>
        <translation>statistics (stats)</translation>
    </message>
    <message>
        <source>%1 lignes comptées</source>
        <translation>%1 rows counted</translation>
    </message>
    <message>
        <source>export JSON</source>
        <translation>JSON export</translation>
    </message>
    <message>
        <source>%1 enregistrements, %2 Mo, %3 enr./s</source>
        <translation>%1 records, %2 MB, %3 rec./s</translation>
    </message>
    <message>
        <source>import JSON</source>
        <translation>JSON import</translation>
    </message>
    <message>
        <source>%1 enregistrements, %2 enr./s</source>
        <translation>%1 records, %2 rec./s</translation>
    </message>
    <message>
        <source>taille de la base</source>
        <translation>database size</translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>taille de la base importée</source>
        <translation>imported database size</translation>
    </message>
    <message>
        <source>mémoire résidente maximale</source>
        <translation>peak resident memory</translation>
    </message>
    <message>
        <source>Fichiers gardés dans %1</source>
        <translation>Files kept in %1</translation>
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
    <name>CaseListQuery</name>
    <message>
        <source>La liste des situations n&apos;a pas pu être lue : %1</source>
        <translation>The case list could not be read: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
        <translation>Cannot open %1: %2</translation>
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
    <name>CaseTimelineQuery</name>
    <message>
        <source>La chronologie n&apos;a pas pu être lue : %1</source>
        <translation>The timeline could not be read: %1</translation>
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
    <name>Cli</name>
    <message>
        <source>Vérifie le fichier, les références et les règles métier ; code 1 s&apos;il y a des erreurs.</source>
        <translation>Checks the file, references and business rules; exit code 1 if there are errors.</translation>
    </message>
    <message>
        <source>Contrôle rapide du fichier (quick_check).</source>
        <translation>Quick file check (quick_check).</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli check [--quick] [--db BASE]</source>
        <translation>Usage: passerelle-cli check [--quick] [--db DATABASE]</translation>
    </message>
    <message>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <source>avertissement</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Contrôle terminé : %1 erreur(s), %2 avertissement(s).</source>
        <translation>Check finished: %1 error(s), %2 warning(s).</translation>
    </message>
    <message>
        <source>(%1 non listé(s))</source>
        <translation>(%1 not listed)</translation>
    </message>
    <message>
        <source>Affiche l&apos;aide.</source>
        <translation>Shows the help.</translation>
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
        <source>Exporte toutes les données (--out FICHIER.json).</source>
        <translation>Exports all data (--out FILE.json).</translation>
    </message>
    <message>
        <source>Importe un fichier d&apos;échange, tout ou rien.</source>
        <translation>Imports an exchange file, all or nothing.</translation>
    </message>
    <message>
        <source>Vérifie l&apos;intégrité, les références et les règles métier.</source>
        <translation>Checks integrity, references and business rules.</translation>
    </message>
    <message>
        <source>Crée des données de démonstration réalistes et fictives.</source>
        <translation>Creates realistic, fictitious demo data.</translation>
    </message>
    <message>
        <source>Mesure génération, ouverture, statistiques, export et import à grande échelle.</source>
        <translation>Measures generation, opening, statistics, export and import at scale.</translation>
    </message>
    <message>
        <source>Bilan annuel d&apos;une fiche action (--action, --format, --out).</source>
        <translation>Annual review of an action sheet (--action, --format, --out).</translation>
    </message>
    <message>
        <source>Indicateurs : valeurs, traçabilité, définitions, modèles.</source>
        <translation>Indicators: values, traceability, definitions, templates.</translation>
    </message>
    <message>
        <source>Synchronisation : invite, join, accept, folder, export, import, status, conflicts.</source>
        <translation>Synchronisation: invite, join, accept, folder, export, import, status, conflicts.</translation>
    </message>
    <message>
        <source>Mesure la capture des changements et la fusion (--rows).</source>
        <translation>Measures change capture and merging (--rows).</translation>
    </message>
    <message>
        <source>Imprime une fiche action en PDF (--action, --out).</source>
        <translation>Prints an action sheet as PDF (--action, --out).</translation>
    </message>
    <message>
        <source>Continue une fiche action l&apos;année suivante (--action).</source>
        <translation>Continues an action sheet into the next year (--action).</translation>
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
        <source>Remplit la base avec des données de démonstration réalistes et fictives (mêmes options et même graine : mêmes données).</source>
        <translation>Fills the database with realistic, fictitious demo data (same options and same seed: same data).</translation>
    </message>
    <message>
        <source>Nombre de situations à créer (1 à %1).</source>
        <translation>Number of cases to create (1 to %1).</translation>
    </message>
    <message>
        <source>Graine du tirage (entier positif, 52 par défaut).</source>
        <translation>Random seed (positive integer, 52 by default).</translation>
    </message>
    <message>
        <source>Interventions par situation en moyenne (0 à %1, 20 par défaut).</source>
        <translation>Average interventions per case (0 to %1, 20 by default).</translation>
    </message>
    <message>
        <source>Date de référence AAAA-MM-JJ : les cinq années d&apos;activité s&apos;arrêtent là (aujourd&apos;hui par défaut).</source>
        <translation>Reference date YYYY-MM-DD: the five years of activity end there (today by default).</translation>
    </message>
    <message>
        <source>Ne rien faire (et réussir) si la base contient déjà un programme ou une situation.</source>
        <translation>Do nothing (and succeed) if the database already holds a programme or a case.</translation>
    </message>
    <message>
        <source>Ajouter les données de démonstration à une base qui en contient déjà.</source>
        <translation>Add the demo data to a database that already holds some.</translation>
    </message>
    <message>
        <source>Ne pas afficher la progression.</source>
        <translation>Do not show progress.</translation>
    </message>
    <message>
        <source>Indiquez le nombre de situations à créer : --cases N.</source>
        <translation>Give the number of cases to create: --cases N.</translation>
    </message>
    <message>
        <source>--cases attend un nombre entre 1 et %1.</source>
        <translation>--cases expects a number between 1 and %1.</translation>
    </message>
    <message>
        <source>--seed attend un entier positif.</source>
        <translation>--seed expects a positive integer.</translation>
    </message>
    <message>
        <source>--interventions-per-case attend un nombre entre 0 et %1.</source>
        <translation>--interventions-per-case expects a number between 0 and %1.</translation>
    </message>
    <message>
        <source>--today attend une date AAAA-MM-JJ.</source>
        <translation>--today expects a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>La base %1 contient déjà des données : aucune donnée de démonstration ajoutée.</source>
        <translation>Database %1 already holds data: no demo data added.</translation>
    </message>
    <message>
        <source>La base %1 contient déjà des programmes ou des situations. Ajoutez --append pour y ajouter quand même des données de démonstration, ou --if-empty pour ne rien faire dans ce cas.</source>
        <translation>Database %1 already holds programmes or cases. Add --append to add demo data anyway, or --if-empty to do nothing in that case.</translation>
    </message>
    <message>
        <source>Données de démonstration : %1 %</source>
        <translation>Demo data: %1 %</translation>
    </message>
    <message>
        <source>Données de démonstration créées en %1 s (graine %2) dans %3 (%4 Mo).</source>
        <translation>Demo data created in %1 s (seed %2) in %3 (%4 MB).</translation>
    </message>
    <message>
        <source>Exporte toutes les données dans un fichier d&apos;échange JSON versionné (docs/exchange-format.md).</source>
        <translation>Exports all data to a versioned JSON exchange file (docs/exchange-format.md).</translation>
    </message>
    <message>
        <source>Fichier à écrire.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli export --out FICHIER.json [--db BASE]</source>
        <translation>Usage: passerelle-cli export --out FILE.json [--db DATABASE]</translation>
    </message>
    <message>
        <source>%1 enregistrements exportés vers %2 (%3 Mo).</source>
        <translation>%1 records exported to %2 (%3 MB).</translation>
    </message>
    <message>
        <source>Importe un fichier d&apos;échange JSON, tout ou rien : un fichier refusé laisse la base intacte.</source>
        <translation>Imports a JSON exchange file, all or nothing: a refused file leaves the database untouched.</translation>
    </message>
    <message>
        <source>Fichier d&apos;échange à importer.</source>
        <translation>Exchange file to import.</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli import FICHIER.json [--db BASE]</source>
        <translation>Usage: passerelle-cli import FILE.json [--db DATABASE]</translation>
    </message>
    <message>
        <source>%1 enregistrements importés depuis %2.</source>
        <translation>%1 records imported from %2.</translation>
    </message>
    <message>
        <source>[avertissement] %1 — %2 : %3</source>
        <translation>[warning] %1 — %2: %3</translation>
    </message>
    <message>
        <source>Début de période (AAAA-MM-JJ).</source>
        <translation>Period start (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Fin de période (AAAA-MM-JJ).</source>
        <translation>Period end (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Année civile (par défaut : l&apos;année en cours).</source>
        <translation>Calendar year (default: the current year).</translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Aucun indicateur n&apos;a l&apos;identifiant « %1 » (voir « indicator list »).</source>
        <translation>No indicator has the id “%1” (see “indicator list”).</translation>
    </message>
    <message>
        <source>--%1 est obligatoire.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;une fiche action et leur valeur pour la période.</source>
        <translation>Indicators of an action sheet and their value for the period.</translation>
    </message>
    <message>
        <source>Fiche action : identifiant ou numéro.</source>
        <translation>Action sheet: id or number.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>saisi</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>Liste les enregistrements qui font la valeur d&apos;un indicateur (numéros de situation, codes pseudonymes, identifiants ; jamais de nom).</source>
        <translation>Lists the records behind an indicator&apos;s value (case numbers, pseudonymous codes, ids; never a name).</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;indicateur.</source>
        <translation>Indicator id.</translation>
    </message>
    <message>
        <source>Pour un ratio : numerator ou denominator (par défaut : les deux).</source>
        <translation>For a ratio: numerator or denominator (default: both).</translation>
    </message>
    <message>
        <source>PARTIE</source>
        <translation>PART</translation>
    </message>
    <message>
        <source>Pour une ventilation : le code d&apos;une catégorie (« - » pour « non renseigné »).</source>
        <translation>For a breakdown: the code of a category (“-” for “not given”).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Pour une évolution : person ou team (par défaut : les deux).</source>
        <translation>For a change over time: person or team (default: both).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>--part : numerator ou denominator.</source>
        <translation>--part: numerator or denominator.</translation>
    </message>
    <message>
        <source>--source : person ou team.</source>
        <translation>--source: person or team.</translation>
    </message>
    <message>
        <source>Indicateur : %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Période : %1 (du %2 au %3)</source>
        <translation>Period: %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Valeur : %1</source>
        <translation>Value: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n enregistrement(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Enregistre la définition de calcul d&apos;un indicateur (JSON, voir docs/indicator-definitions.md), ou le rend saisi à la main.</source>
        <translation>Saves the calculation definition of an indicator (JSON, see docs/indicator-definitions.md), or makes it entered by hand.</translation>
    </message>
    <message>
        <source>Fichier JSON de la définition (« - » : entrée standard).</source>
        <translation>JSON file of the definition (“-”: standard input).</translation>
    </message>
    <message>
        <source>Retire la définition : valeur saisie à la main.</source>
        <translation>Removes the definition: value entered by hand.</translation>
    </message>
    <message>
        <source>Indiquez soit --json, soit --manual.</source>
        <translation>Give either --json or --manual.</translation>
    </message>
    <message>
        <source>Lecture impossible de %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Définition enregistrée pour « %1 ».</source>
        <translation>Definition saved for “%1”.</translation>
    </message>
    <message>
        <source>« %1 » est désormais saisi à la main.</source>
        <translation>“%1” is now entered by hand.</translation>
    </message>
    <message>
        <source>Modèles de listes d&apos;indicateurs.</source>
        <translation>Indicator list templates.</translation>
    </message>
    <message>
        <source>%1 indicateurs, dont %2 calculés</source>
        <translation>%1 indicators, %2 of them computed</translation>
    </message>
    <message>
        <source>Ajoute à une fiche action les indicateurs d&apos;un modèle.</source>
        <translation>Adds the indicators of a template to an action sheet.</translation>
    </message>
    <message>
        <source>Code du modèle (voir « indicator templates »).</source>
        <translation>Template code (see “indicator templates”).</translation>
    </message>
    <message>
        <source>Partenaire bailleur porteur, pour les modèles qui en distinguent les situations.</source>
        <translation>Lead landlord partner, for templates that tell its cases apart.</translation>
    </message>
    <message>
        <source>Modèle « %1 » inconnu (voir « indicator templates »).</source>
        <translation>Unknown template “%1” (see “indicator templates”).</translation>
    </message>
    <message>
        <source>Identifiant attendu (UUID).</source>
        <translation>Id expected (UUID).</translation>
    </message>
    <message>
        <source>%1 indicateurs créés, %2 existants complétés d&apos;une définition, %3 inchangés.</source>
        <translation>%1 indicators created, %2 existing ones given a definition, %3 unchanged.</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli indicator SOUS-COMMANDE [options]</source>
        <translation>Usage: passerelle-cli indicator SUBCOMMAND [options]</translation>
    </message>
    <message>
        <source>Sous-commandes :</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;une fiche et leur valeur (--action, période).</source>
        <translation>Indicators of a sheet and their value (--action, period).</translation>
    </message>
    <message>
        <source>Enregistrements derrière une valeur (--indicator, période).</source>
        <translation>Records behind a value (--indicator, period).</translation>
    </message>
    <message>
        <source>Enregistre une définition JSON (--indicator, --json | --manual).</source>
        <translation>Saves a JSON definition (--indicator, --json | --manual).</translation>
    </message>
    <message>
        <source>Ajoute les indicateurs d&apos;un modèle à une fiche (--action, --template).</source>
        <translation>Adds the indicators of a template to a sheet (--action, --template).</translation>
    </message>
    <message>
        <source>Sous-commande inconnue : %1</source>
        <translation>Unknown subcommand: %1</translation>
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
        <source>Temps par section :</source>
        <translation>Time per section:</translation>
    </message>
    <message>
        <source>requêtes</source>
        <translation>queries</translation>
    </message>
    <message>
        <source>bilan</source>
        <translation>review</translation>
    </message>
    <message>
        <source>écriture</source>
        <translation>writing</translation>
    </message>
    <message>
        <source>Bilan annuel d&apos;une fiche action : indicateurs, file active, heures, interventions, partenaires, actions collectives, évaluations, financements et textes du bilan, avec la période précédente en regard.</source>
        <translation>Annual review of an action sheet: indicators, active caseload, hours, interventions, partners, collective sessions, assessments, funding and review texts, beside the previous period.</translation>
    </message>
    <message>
        <source>Fiche action : identifiant ou numéro (ex. 3.3.1).</source>
        <translation>Action sheet: id or number (e.g. 3.3.1).</translation>
    </message>
    <message>
        <source>Format : %1. Par défaut, d&apos;après l&apos;extension de --out.</source>
        <translation>Format: %1. By default, from the extension of --out.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Fichier à écrire (par défaut : la sortie standard).</source>
        <translation>File to write (default: standard output).</translation>
    </message>
    <message>
        <source>Affiche le temps de calcul de chaque section (sur la sortie d&apos;erreur).</source>
        <translation>Shows the computing time of each section (on standard error).</translation>
    </message>
    <message>
        <source>--action est obligatoire.</source>
        <translation>--action is required.</translation>
    </message>
    <message>
        <source>Indiquez --format (%1).</source>
        <translation>Give --format (%1).</translation>
    </message>
    <message>
        <source>Format « %1 » inconnu ; formats disponibles : %2.</source>
        <translation>Unknown format “%1”; available formats: %2.</translation>
    </message>
    <message>
        <source>Le format %1 s&apos;écrit dans un fichier : indiquez --out.</source>
        <translation>The %1 format is written to a file: give --out.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Continue une fiche action l&apos;année suivante : la fiche de la période suivante, chaînée à celle-ci, avec ses sections, objectifs, étapes, partenaires, indicateurs et financements (montants à confirmer) décalés d&apos;un an. Imprime l&apos;identifiant de la nouvelle fiche.</source>
        <translation>Continues an action sheet into the next year: the sheet of the next period, chained to this one, with its sections, objectives, steps, partners, indicators and funding (amounts to confirm) moved on by one year. Prints the id of the new sheet.</translation>
    </message>
    <message>
        <source>Année que couvre la fiche à continuer, quand plusieurs fiches chaînées portent le même numéro (par défaut : l&apos;année en cours).</source>
        <translation>Year the sheet to continue covers, when several chained sheets share the same number (default: the current year).</translation>
    </message>
    <message>
        <source>Fiche créée : %1 objectif(s), %2 étape(s), %3 indicateur(s), %4 ligne(s) de financement reprises.</source>
        <translation>Sheet created: %1 objective(s), %2 step(s), %3 indicator(s), %4 funding line(s) carried over.</translation>
    </message>
    <message>
        <source>Imprime une fiche action en PDF, présentée comme le modèle de l&apos;ARS (cases cochées ☒ / ☐, partenaires, financements, indicateurs).</source>
        <translation>Prints an action sheet as PDF, laid out like the ARS template (ticked boxes ☒ / ☐, partners, funding, indicators).</translation>
    </message>
    <message>
        <source>Année que la fiche couvre, quand plusieurs fiches chaînées portent le même numéro (par défaut : l&apos;année en cours).</source>
        <translation>Year the sheet covers, when several chained sheets share the same number (default: the current year).</translation>
    </message>
    <message>
        <source>Fichier PDF à écrire.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>--action et --out sont obligatoires.</source>
        <translation>--action and --out are required.</translation>
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
    <message>
        <source>Écrit dans un paquet .passerelle-sync tout ce que l&apos;appareil destinataire n&apos;a pas encore reçu.</source>
        <translation>Writes to a .passerelle-sync bundle everything the receiving device has not received yet.</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;appareil destinataire.</source>
        <translation>Id of the receiving device.</translation>
    </message>
    <message>
        <source>REPLIQUE</source>
        <translation>REPLICA</translation>
    </message>
    <message>
        <source>--to et --out sont obligatoires.</source>
        <translation>--to and --out are required.</translation>
    </message>
    <message>
        <source>--to attend l&apos;identifiant d&apos;une réplique (voir « sync status »).</source>
        <translation>--to expects a replica id (see “sync status”).</translation>
    </message>
    <message>
        <source>Paquet %1 écrit : %2 lignes, %3 suppressions.</source>
        <translation>Bundle %1 written: %2 rows, %3 deletions.</translation>
    </message>
    <message>
        <source>Vérifie puis fusionne un paquet .passerelle-sync, en une seule transaction.</source>
        <translation>Checks then merges a .passerelle-sync bundle, in a single transaction.</translation>
    </message>
    <message>
        <source>Paquet à importer.</source>
        <translation>Bundle to import.</translation>
    </message>
    <message>
        <source>Indiquez un seul fichier à importer.</source>
        <translation>Give a single file to import.</translation>
    </message>
    <message>
        <source>Paquet fusionné : %1 lignes ajoutées, %2 modifiées, %3 retirées ; %4 conflits consignés, %5 résolus ; %6 lignes à revoir.</source>
        <translation>Bundle merged: %1 rows added, %2 changed, %3 removed; %4 conflicts logged, %5 resolved; %6 rows to review.</translation>
    </message>
    <message>
        <source>Attention : %1 modifications sont datées de plus d&apos;un jour dans le futur (horloge de l&apos;appareil émetteur à vérifier).</source>
        <translation>Warning: %1 changes are dated more than one day in the future (check the sending device&apos;s clock).</translation>
    </message>
    <message>
        <source>État de la synchronisation avec chaque appareil appairé.</source>
        <translation>Synchronisation state with each paired device.</translation>
    </message>
    <message>
        <source>Réplique : %1</source>
        <translation>Replica: %1</translation>
    </message>
    <message>
        <source>Organisation : %1 ; rôle : %2</source>
        <translation>Organisation: %1; role: %2</translation>
    </message>
    <message>
        <source>Connaissance : %1</source>
        <translation>Knowledge: %1</translation>
    </message>
    <message>
        <source>Conflits consignés : %1 ; lignes à revoir : %2</source>
        <translation>Conflicts logged: %1; rows to review: %2</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>dernier échange : %1 ; transactions à lui envoyer : %2</source>
        <translation>last exchange: %1; transactions to send it: %2</translation>
    </message>
    <message>
        <source>Modifications concurrentes perdantes : la valeur écartée et la valeur retenue.</source>
        <translation>Losing concurrent changes: the discarded value and the kept value.</translation>
    </message>
    <message>
        <source>Montre aussi les conflits où les deux valeurs sont égales.</source>
        <translation>Also shows conflicts where both values are equal.</translation>
    </message>
    <message>
        <source>retenue : %1</source>
        <translation>kept: %1</translation>
    </message>
    <message>
        <source>écartée : %1 (réplique %2, %3)</source>
        <translation>discarded: %1 (replica %2, %3)</translation>
    </message>
    <message>
        <source>%1 conflit(s).</source>
        <translation>%1 conflict(s).</translation>
    </message>
    <message>
        <source>Usage : passerelle-cli sync SOUS-COMMANDE [--db FICHIER] [options]</source>
        <translation>Usage: passerelle-cli sync SUBCOMMAND [--db FILE] [options]</translation>
    </message>
    <message>
        <source>--to REPLIQUE --out FICHIER : paquet pour un appareil.</source>
        <translation>--to REPLICA --out FILE: bundle for a device.</translation>
    </message>
    <message>
        <source>FICHIER : vérifie et fusionne un paquet.</source>
        <translation>FILE: checks and merges a bundle.</translation>
    </message>
    <message>
        <source>connaissance de cette réplique et de chaque appareil.</source>
        <translation>knowledge of this replica and of each device.</translation>
    </message>
    <message>
        <source>modifications concurrentes écartées.</source>
        <translation>discarded concurrent changes.</translation>
    </message>
    <message>
        <source>--role laptop|office [--worker ID] --name NOM --out FICHIER : invite un appareil.</source>
        <translation>--role laptop|office [--worker ID] --name NAME --out FILE: invites a device.</translation>
    </message>
    <message>
        <source>FICHIER --code CODE --out REPONSE : rejoint l&apos;organisation.</source>
        <translation>FILE --code CODE --out ANSWER: joins the organisation.</translation>
    </message>
    <message>
        <source>REPONSE : appaire l&apos;appareil qui a répondu.</source>
        <translation>ANSWER: pairs the device that answered.</translation>
    </message>
    <message>
        <source>DOSSIER : synchronise par un dossier partagé.</source>
        <translation>FOLDER: synchronises through a shared folder.</translation>
    </message>
    <message>
        <source>Mesure le surcoût de la capture des changements et l&apos;échange d&apos;un paquet.</source>
        <translation>Measures the overhead of change capture and of exchanging a bundle.</translation>
    </message>
    <message>
        <source>Interventions insérées (100000).</source>
        <translation>Interventions inserted (100000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Dossier de travail (par défaut : temporaire).</source>
        <translation>Working folder (default: temporary).</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Détaille le temps de l&apos;import par phase.</source>
        <translation>Breaks the import time down by phase.</translation>
    </message>
    <message>
        <source>Mesure plutôt la première synchronisation d&apos;un portable dont le périmètre compte N situations.</source>
        <translation>Measures instead the first synchronisation of a laptop whose scope holds N cases.</translation>
    </message>
    <message>
        <source>Situations du fichier du bureau pour --laptop-scope (5000).</source>
        <translation>Cases in the office file for --laptop-scope (5000).</translation>
    </message>
    <message>
        <source>Import par phase (s) :</source>
        <translation>Import by phase (s):</translation>
    </message>
    <message>
        <source>--laptop-scope attend un entier positif, au plus --office-cases (au plus %1).</source>
        <translation>--laptop-scope expects a positive integer, at most --office-cases (at most %1).</translation>
    </message>
    <message>
        <source>situations du bureau</source>
        <translation>office cases</translation>
    </message>
    <message>
        <source>situations du portable (périmètre)</source>
        <translation>laptop cases (scope)</translation>
    </message>
    <message>
        <source>génération du fichier du bureau (s)</source>
        <translation>generating the office file (s)</translation>
    </message>
    <message>
        <source>export du paquet (s)</source>
        <translation>bundle export (s)</translation>
    </message>
    <message>
        <source>taille du paquet (octets)</source>
        <translation>bundle size (bytes)</translation>
    </message>
    <message>
        <source>enregistrements du paquet</source>
        <translation>bundle records</translation>
    </message>
    <message>
        <source>import et fusion (s)</source>
        <translation>import and merge (s)</translation>
    </message>
    <message>
        <source>lignes fusionnées</source>
        <translation>rows merged</translation>
    </message>
    <message>
        <source>lignes fusionnées par seconde</source>
        <translation>rows merged per second</translation>
    </message>
    <message>
        <source>situations sur le portable</source>
        <translation>cases on the laptop</translation>
    </message>
    <message>
        <source>périmètre exact</source>
        <translation>exact scope</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NON</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>--rows attend un entier positif.</source>
        <translation>--rows expects a positive integer.</translation>
    </message>
    <message>
        <source>interventions insérées</source>
        <translation>interventions inserted</translation>
    </message>
    <message>
        <source>insertion sans capture (s)</source>
        <translation>insertion without capture (s)</translation>
    </message>
    <message>
        <source>insertion avec capture (s)</source>
        <translation>insertion with capture (s)</translation>
    </message>
    <message>
        <source>surcoût de la capture</source>
        <translation>capture overhead</translation>
    </message>
    <message>
        <source>taille du paquet (octets / intervention)</source>
        <translation>bundle size (bytes / intervention)</translation>
    </message>
    <message>
        <source>Synchronise par un dossier partagé : importe les paquets adressés à cet appareil, puis dépose un paquet pour chaque appareil appairé.</source>
        <translation>Synchronises through a shared folder: imports the bundles addressed to this device, then drops a bundle for each paired device.</translation>
    </message>
    <message>
        <source>Dossier de synchronisation.</source>
        <translation>Synchronisation folder.</translation>
    </message>
    <message>
        <source>Indiquez un seul dossier.</source>
        <translation>Give a single folder.</translation>
    </message>
    <message>
        <source>reçu : %1 paquet(s), %2 ligne(s), %3 conflit(s), %4 à revoir</source>
        <translation>received: %1 bundle(s), %2 row(s), %3 conflict(s), %4 to review</translation>
    </message>
    <message>
        <source>envoyé : rien de nouveau</source>
        <translation>sent: nothing new</translation>
    </message>
    <message>
        <source>envoyé : %1 ligne(s), %2 suppression(s) dans %3</source>
        <translation>sent: %1 row(s), %2 deletion(s) in %3</translation>
    </message>
    <message>
        <source>%1 paquet(s) déjà importé(s), rangé(s).</source>
        <translation>%1 bundle(s) already imported, filed away.</translation>
    </message>
    <message>
        <source>Refusé : %1 — %2 [%3]</source>
        <translation>Refused: %1 — %2 [%3]</translation>
    </message>
    <message>
        <source>Non envoyé à %1 : %2</source>
        <translation>Not sent to %1: %2</translation>
    </message>
    <message>
        <source>Synchronisation terminée : %1 ligne(s) reçue(s), %2 envoyée(s), %3 fichier(s) refusé(s).</source>
        <translation>Synchronisation finished: %1 row(s) received, %2 sent, %3 file(s) refused.</translation>
    </message>
    <message>
        <source>Crée une invitation .passerelle-invite pour un nouvel appareil et affiche le code à lui communiquer.</source>
        <translation>Creates a .passerelle-invite invitation for a new device and shows the code to give it.</translation>
    </message>
    <message>
        <source>laptop (portable d&apos;un intervenant) ou office (autre poste du bureau).</source>
        <translation>laptop (a worker&apos;s laptop) or office (another office computer).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;intervenant à qui le portable est confié.</source>
        <translation>Id of the worker the laptop is entrusted to.</translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil.</source>
        <translation>Device name.</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;organisation (si la base en contient plusieurs).</source>
        <translation>Organisation id (if the database holds several).</translation>
    </message>
    <message>
        <source>Durée de validité en jours (7).</source>
        <translation>Validity in days (7).</translation>
    </message>
    <message>
        <source>--role laptop|office, --name et --out sont obligatoires.</source>
        <translation>--role laptop|office, --name and --out are required.</translation>
    </message>
    <message>
        <source>--worker attend l&apos;identifiant de l&apos;intervenant à qui le portable est confié.</source>
        <translation>--worker expects the id of the worker the laptop is entrusted to.</translation>
    </message>
    <message>
        <source>--worker ne s&apos;emploie qu&apos;avec --role laptop.</source>
        <translation>--worker only goes with --role laptop.</translation>
    </message>
    <message>
        <source>--organisation attend l&apos;identifiant d&apos;une organisation.</source>
        <translation>--organisation expects an organisation id.</translation>
    </message>
    <message>
        <source>--days attend un nombre de jours.</source>
        <translation>--days expects a number of days.</translation>
    </message>
    <message>
        <source>Invitation %1 écrite pour « %2 » (%3), valable jusqu&apos;au %4.</source>
        <translation>Invitation %1 written for “%2” (%3), valid until %4.</translation>
    </message>
    <message>
        <source>Code à saisir sur l&apos;appareil : %1</source>
        <translation>Code to enter on the device: %1</translation>
    </message>
    <message>
        <source>Rejoint l&apos;organisation qui a envoyé l&apos;invitation et écrit la réponse à rapporter au bureau.</source>
        <translation>Joins the organisation that sent the invitation and writes the answer to bring back to the office.</translation>
    </message>
    <message>
        <source>Fichier .passerelle-invite.</source>
        <translation>.passerelle-invite file.</translation>
    </message>
    <message>
        <source>Code lu sur l&apos;écran du bureau.</source>
        <translation>Code read on the office screen.</translation>
    </message>
    <message>
        <source>Réponse à écrire (.passerelle-join).</source>
        <translation>Answer to write (.passerelle-join).</translation>
    </message>
    <message>
        <source>Indiquez le fichier d&apos;invitation, --code et --out.</source>
        <translation>Give the invitation file, --code and --out.</translation>
    </message>
    <message>
        <source>Cet appareil a rejoint %1 (%2) et fait confiance à « %3 ».</source>
        <translation>This device joined %1 (%2) and trusts “%3”.</translation>
    </message>
    <message>
        <source>Rapportez la réponse %1 au bureau (sync accept).</source>
        <translation>Bring the answer %1 back to the office (sync accept).</translation>
    </message>
    <message>
        <source>Accepte la réponse d&apos;un appareil invité : il est appairé avec ce poste.</source>
        <translation>Accepts the answer of an invited device: it is paired with this computer.</translation>
    </message>
    <message>
        <source>Fichier .passerelle-join.</source>
        <translation>.passerelle-join file.</translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de réponse.</source>
        <translation>Give a single answer file.</translation>
    </message>
    <message>
        <source>Appareil « %1 » appairé (%2, réplique %3).</source>
        <translation>Device “%1” paired (%2, replica %3).</translation>
    </message>
    <message>
        <source>lignes par seconde, import complet</source>
        <translation>rows per second, whole import</translation>
    </message>
    <message>
        <source>fusion seule (s)</source>
        <translation>merge alone (s)</translation>
    </message>
    <message>
        <source>lignes fusionnées par seconde (fusion seule)</source>
        <translation>rows merged per second (merge alone)</translation>
    </message>
    <message>
        <source>Second paquet : les mêmes interventions modifiées au bureau</source>
        <translation>Second bundle: the same interventions edited at the office</translation>
    </message>
    <message>
        <source>modification au bureau (s)</source>
        <translation>edit at the office (s)</translation>
    </message>
    <message>
        <source>lignes mises à jour</source>
        <translation>rows updated</translation>
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
    <name>Demo</name>
    <message>
        <source>Données de démonstration incohérentes : une ligne de %1 renvoie à un enregistrement absent de %2 ; rien n&apos;a été enregistré.</source>
        <translation>Inconsistent demo data: a row of %1 refers to a record missing from %2; nothing was saved.</translation>
    </message>
    <message>
        <source>La date de référence doit être comprise entre %1 et %2.</source>
        <translation>The reference date must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Le nombre de situations doit être compris entre 1 et %1.</source>
        <translation>The number of cases must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Le nombre d&apos;interventions par situation doit être compris entre 0 et %1.</source>
        <translation>The number of interventions per case must be between 0 and %1.</translation>
    </message>
    <message>
        <source>Au plus %1 interventions en tout : réduisez le nombre de situations ou d&apos;interventions par situation.</source>
        <translation>At most %1 interventions in all: reduce the number of cases or of interventions per case.</translation>
    </message>
    <message>
        <source>La base contient déjà des programmes ou des situations : les données de démonstration ne s&apos;y ajoutent qu&apos;en mode ajout.</source>
        <translation>The database already holds programmes or cases: demo data is added to it only in append mode.</translation>
    </message>
    <message>
        <source>Données de démonstration : table %1 inutilisable : %2</source>
        <translation>Demo data: table %1 unusable: %2</translation>
    </message>
    <message>
        <source>Données de démonstration : %1 valeurs pour la table %2 qui en attend %3</source>
        <translation>Demo data: %1 values for table %2, which expects %3</translation>
    </message>
    <message>
        <source>Données de démonstration refusées par la table %1 : %2</source>
        <translation>Demo data refused by table %1: %2</translation>
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
    <name>Domain</name>
    <message>
        <source>Ponctuelle</source>
        <translation>One-off</translation>
    </message>
    <message>
        <source>Répétée</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <source>Communal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <source>Intercommunal</source>
        <translation>Inter-municipal</translation>
    </message>
    <message>
        <source>Départemental</source>
        <translation>Departmental</translation>
    </message>
    <message>
        <source>Régional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Typologie de l&apos;action</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <source>Lien avec le Projet régional de santé</source>
        <translation>Link with the Regional Health Project</translation>
    </message>
    <message>
        <source>Lien avec le Plan régional santé environnement 3</source>
        <translation>Link with the 3rd Regional Health and Environment Plan</translation>
    </message>
    <message>
        <source>Déterminants de santé</source>
        <translation>Health determinants</translation>
    </message>
    <message>
        <source>Type d&apos;action</source>
        <translation>Action type</translation>
    </message>
    <message>
        <source>Catégories de résultats</source>
        <translation>Outcome categories</translation>
    </message>
    <message>
        <source>Catégories de public</source>
        <translation>Public categories</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Lieux d&apos;intervention</source>
        <translation>Places of intervention</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Objectif opérationnel</source>
        <translation>Operational objective</translation>
    </message>
    <message>
        <source>Étape de mise en œuvre</source>
        <translation>Implementation step</translation>
    </message>
    <message>
        <source>fiche action %1</source>
        <translation>action sheet %1</translation>
    </message>
    <message>
        <source>Déclarée par la personne</source>
        <translation>Reported by the person</translation>
    </message>
    <message>
        <source>Observée par l&apos;équipe</source>
        <translation>Observed by the team</translation>
    </message>
    <message>
        <source>1 — très défavorable</source>
        <translation>1 — very unfavourable</translation>
    </message>
    <message>
        <source>2 — défavorable</source>
        <translation>2 — unfavourable</translation>
    </message>
    <message>
        <source>3 — mitigé</source>
        <translation>3 — mixed</translation>
    </message>
    <message>
        <source>4 — favorable</source>
        <translation>4 — favourable</translation>
    </message>
    <message>
        <source>5 — très favorable</source>
        <translation>5 — very favourable</translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation>Supported person</translation>
    </message>
    <message>
        <source>Membre du foyer</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Travailleur pair</source>
        <translation>Peer worker</translation>
    </message>
    <message>
        <source>Professionnel du binôme</source>
        <translation>Duo professional</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Situation %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Repérée</source>
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
    <message>
        <source>Réunion d&apos;information</source>
        <translation>Information meeting</translation>
    </message>
    <message>
        <source>Atelier collectif</source>
        <translation>Group workshop</translation>
    </message>
    <message>
        <source>Rencontre partenaires</source>
        <translation>Partner meeting</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Réunion de synthèse</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <source>Journée thématique</source>
        <translation>Theme day</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Prévue</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Tenue</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>support « %1 »</source>
        <translation>material “%1”</translation>
    </message>
    <message>
        <source>financement « %1 » %2</source>
        <translation>funding “%1” %2</translation>
    </message>
    <message>
        <source>Logement social</source>
        <translation>Social housing</translation>
    </message>
    <message>
        <source>Location privée</source>
        <translation>Private rental</translation>
    </message>
    <message>
        <source>Propriétaire</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Hébergé par un tiers</source>
        <translation>Housed by a third party</translation>
    </message>
    <message>
        <source>Hébergement d&apos;urgence ou d&apos;insertion</source>
        <translation>Emergency or integration shelter</translation>
    </message>
    <message>
        <source>Résidence sociale, maison relais</source>
        <translation>Social residence, supported housing</translation>
    </message>
    <message>
        <source>Sans logement</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Indicateur de processus</source>
        <translation>Process indicator</translation>
    </message>
    <message>
        <source>Indicateur de résultat</source>
        <translation>Outcome indicator</translation>
    </message>
    <message>
        <source>Indicateur d&apos;impact</source>
        <translation>Impact indicator</translation>
    </message>
    <message>
        <source>indicateur « %1 »</source>
        <translation>indicator “%1”</translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Non honorée</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>organisation « %1 »</source>
        <translation>organisation “%1”</translation>
    </message>
    <message>
        <source>partenaire « %1 »</source>
        <translation>partner “%1”</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>programme %1</source>
        <translation>programme %1</translation>
    </message>
    <message>
        <source>élément de liste « %1 »</source>
        <translation>list item “%1”</translation>
    </message>
    <message>
        <source>Coordinateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Professionnel</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>intervenant %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>Ménage %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>valeur de l&apos;indicateur %1 du %2 au %3</source>
        <translation>value of indicator %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Personne %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>peer</translation>
    </message>
    <message>
        <source>professionnel du binôme</source>
        <translation>duo professional</translation>
    </message>
    <message>
        <source>référent</source>
        <translation>referent</translation>
    </message>
    <message>
        <source>Poste du bureau</source>
        <translation>Office computer</translation>
    </message>
    <message>
        <source>Ordinateur portable</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>fr_FR</source>
        <comment>locale name of the dates and months inside messages</comment>
        <translation>en_GB</translation>
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
    <name>Exchange</name>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Impossible de renommer %1 en %2 : %3</source>
        <translation>Cannot rename %1 to %2: %3</translation>
    </message>
    <message>
        <source>valeur %1 impossible à exporter dans une colonne de ce type</source>
        <translation>value %1 cannot be exported to a column of this type</translation>
    </message>
    <message>
        <source>REAL non finie</source>
        <translation>non-finite REAL</translation>
    </message>
    <message>
        <source>L&apos;export ne peut pas remplacer la base elle-même : %1</source>
        <translation>The export cannot replace the database itself: %1</translation>
    </message>
    <message>
        <source>ligne %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>ligne de plus de %1 Mo : ce n&apos;est pas un fichier d&apos;échange Passerelle</source>
        <translation>line longer than %1 MB: this is not a Passerelle exchange file</translation>
    </message>
    <message>
        <source>Lecture impossible de %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>fichier vide</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>en-tête illisible, ce n&apos;est pas un fichier d&apos;échange Passerelle (%1)</source>
        <translation>unreadable header, this is not a Passerelle exchange file (%1)</translation>
    </message>
    <message>
        <source>contenu après la ligne de fin</source>
        <translation>content after the end line</translation>
    </message>
    <message>
        <source>fichier tronqué : la dernière ligne est incomplète (%1)</source>
        <translation>truncated file: the last line is incomplete (%1)</translation>
    </message>
    <message>
        <source>ni enregistrement (champ « t » absent) ni ligne de fin</source>
        <translation>neither a record (no “t” field) nor an end line</translation>
    </message>
    <message>
        <source>fichier tronqué : la ligne de fin manque après la ligne %1</source>
        <translation>truncated file: the end line is missing after line %1</translation>
    </message>
    <message>
        <source>ligne 1 (en-tête)</source>
        <translation>line 1 (header)</translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas un fichier d&apos;échange Passerelle</source>
        <translation>this file is not a Passerelle exchange file</translation>
    </message>
    <message>
        <source>version du format absente ou non entière</source>
        <translation>format version missing or not an integer</translation>
    </message>
    <message>
        <source>version %1 du format inconnue ; ce programme lit la version %2</source>
        <translation>unknown format version %1; this program reads version %2</translation>
    </message>
    <message>
        <source>version de schéma absente ou invalide</source>
        <translation>schema version missing or invalid</translation>
    </message>
    <message>
        <source>fichier écrit avec le schéma %1, plus récent que ce programme (schéma %2) : mettez Passerelle à jour</source>
        <translation>file written with schema %1, newer than this program (schema %2): update Passerelle</translation>
    </message>
    <message>
        <source>champ inconnu dans l&apos;en-tête</source>
        <translation>unknown field in the header</translation>
    </message>
    <message>
        <source>champ présent deux fois dans l&apos;en-tête</source>
        <translation>field present twice in the header</translation>
    </message>
    <message>
        <source>le nom de table doit être une chaîne</source>
        <translation>the table name must be a string</translation>
    </message>
    <message>
        <source>table inconnue : %1</source>
        <translation>unknown table: %1</translation>
    </message>
    <message>
        <source>enregistrement en double dans le fichier (déjà à la ligne %1)</source>
        <translation>duplicate record in the file (already on line %1)</translation>
    </message>
    <message>
        <source>cet enregistrement existe déjà dans la base</source>
        <translation>this record already exists in the database</translation>
    </message>
    <message>
        <source>ligne de fin invalide</source>
        <translation>invalid end line</translation>
    </message>
    <message>
        <source>champ inconnu dans la ligne de fin</source>
        <translation>unknown field in the end line</translation>
    </message>
    <message>
        <source>les comptes par table sont absents</source>
        <translation>the per-table counts are missing</translation>
    </message>
    <message>
        <source>le compte de %1 doit être un entier positif</source>
        <translation>the count of %1 must be a positive integer</translation>
    </message>
    <message>
        <source>table %1 comptée deux fois</source>
        <translation>table %1 counted twice</translation>
    </message>
    <message>
        <source>table %1 : %2 enregistrement(s) annoncé(s), %3 lu(s) — fichier incomplet ou modifié</source>
        <translation>table %1: %2 record(s) announced, %3 read — file incomplete or modified</translation>
    </message>
    <message>
        <source>nombre total d&apos;enregistrements différent de celui lu (%1)</source>
        <translation>total number of records differs from the number read (%1)</translation>
    </message>
    <message numerus="yes">
        <source> (et %n autre(s) erreur(s))</source>
        <translation>
            <numerusform> (and %n other error)</numerusform>
            <numerusform> (and %n other errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>ligne %1, %2</source>
        <translation>line %1, %2</translation>
    </message>
    <message>
        <source>%1 (déjà dans la base)</source>
        <translation>%1 (already in the database)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>un booléen</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>un entier</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>un nombre décimal</source>
        <translation>a decimal number</translation>
    </message>
    <message>
        <source>une chaîne</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>un objet</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>un tableau</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>JSON invalide (colonne %1) : %2</source>
        <translation>invalid JSON (column %1): %2</translation>
    </message>
    <message>
        <source>ligne vide</source>
        <translation>empty line</translation>
    </message>
    <message>
        <source>un objet { … } est attendu</source>
        <translation>an object { … } is expected</translation>
    </message>
    <message>
        <source>un nom de champ entre guillemets est attendu</source>
        <translation>a quoted field name is expected</translation>
    </message>
    <message>
        <source>« : » est attendu après le nom de champ</source>
        <translation>“:” is expected after the field name</translation>
    </message>
    <message>
        <source>l&apos;objet n&apos;est pas refermé (ligne tronquée ?)</source>
        <translation>the object is not closed (truncated line?)</translation>
    </message>
    <message>
        <source>« , » ou « } » est attendu</source>
        <translation>“,” or “}” is expected</translation>
    </message>
    <message>
        <source>texte inattendu après l&apos;objet</source>
        <translation>unexpected text after the object</translation>
    </message>
    <message>
        <source>caractère de contrôle non échappé dans une chaîne</source>
        <translation>unescaped control character in a string</translation>
    </message>
    <message>
        <source>UTF-8 invalide</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <source>séquence \u invalide</source>
        <translation>invalid \u sequence</translation>
    </message>
    <message>
        <source>demi-paire UTF-16 isolée</source>
        <translation>lone UTF-16 surrogate</translation>
    </message>
    <message>
        <source>échappement inconnu</source>
        <translation>unknown escape</translation>
    </message>
    <message>
        <source>chaîne non refermée (ligne tronquée ?)</source>
        <translation>unclosed string (truncated line?)</translation>
    </message>
    <message>
        <source>valeur manquante</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>valeur inconnue</source>
        <translation>unknown value</translation>
    </message>
    <message>
        <source>nombre mal formé</source>
        <translation>malformed number</translation>
    </message>
    <message>
        <source>entier hors limites</source>
        <translation>integer out of range</translation>
    </message>
    <message>
        <source>nombre hors limites</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <source>crochets ou accolades mal appariés</source>
        <translation>mismatched brackets or braces</translation>
    </message>
    <message>
        <source>valeur imbriquée non refermée (ligne tronquée ?)</source>
        <translation>unclosed nested value (truncated line?)</translation>
    </message>
    <message>
        <source>un UUID (chaîne)</source>
        <translation>a UUID (string)</translation>
    </message>
    <message>
        <source>un nombre</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>champ présent deux fois</source>
        <translation>field present twice</translation>
    </message>
    <message>
        <source>champ inconnu dans la table %1</source>
        <translation>unknown field in table %1</translation>
    </message>
    <message>
        <source>champ manquant</source>
        <translation>missing field</translation>
    </message>
    <message>
        <source>valeur obligatoire : null refusé</source>
        <translation>required value: null refused</translation>
    </message>
    <message>
        <source>UUID invalide : %1</source>
        <translation>invalid UUID: %1</translation>
    </message>
    <message>
        <source>type incorrect : attendu %1, trouvé %2</source>
        <translation>wrong type: expected %1, found %2</translation>
    </message>
    <message>
        <source>enregistrement présent deux fois dans le fichier</source>
        <translation>record present twice in the file</translation>
    </message>
    <message>
        <source>Écriture impossible (%1) : %2</source>
        <translation>Cannot write (%1): %2</translation>
    </message>
    <message>
        <source>contrainte non respectée : %1</source>
        <translation>constraint not met: %1</translation>
    </message>
    <message>
        <source>valeur refusée par le schéma : %1</source>
        <translation>value refused by the schema: %1</translation>
    </message>
    <message>
        <source>valeur obligatoire</source>
        <translation>required value</translation>
    </message>
    <message>
        <source>valeur déjà utilisée : %1</source>
        <translation>value already used: %1</translation>
    </message>
    <message>
        <source>référence orpheline</source>
        <translation>orphan reference</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>En quartier prioritaire</source>
        <translation>In a priority neighbourhood</translation>
    </message>
    <message>
        <source>Hors quartier prioritaire</source>
        <translation>Outside priority neighbourhoods</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Ménages</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Partenaires mobilisés</source>
        <translation>Partners involved</translation>
    </message>
    <message>
        <source>Mobilisations de partenaires (situation × partenaire)</source>
        <translation>Partner involvements (case × partner)</translation>
    </message>
    <message>
        <source>Partenaires ayant orienté</source>
        <translation>Referring partners</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Heures d&apos;intervention</source>
        <translation>Intervention hours</translation>
    </message>
    <message>
        <source>Heures travaillées par les intervenants</source>
        <translation>Hours worked by workers</translation>
    </message>
    <message>
        <source>Actions collectives</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Situations examinées en commission</source>
        <translation>Cases reviewed by the committee</translation>
    </message>
    <message>
        <source>Supports de communication</source>
        <translation>Communication materials</translation>
    </message>
    <message>
        <source>Exemplaires de supports réalisés</source>
        <translation>Copies of materials produced</translation>
    </message>
    <message>
        <source>Exemplaires de supports diffusés</source>
        <translation>Copies of materials distributed</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Intervenants formés</source>
        <translation>Workers trained</translation>
    </message>
    <message>
        <source>Équivalents temps plein (ETP)</source>
        <translation>Full-time equivalents (FTE)</translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Problématique</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
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
        <source>Type de partenaire ayant orienté</source>
        <translation>Type of referring partner</translation>
    </message>
    <message>
        <source>Motif de clôture</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Quartier prioritaire (QPV)</source>
        <translation>Priority neighbourhood (QPV)</translation>
    </message>
    <message>
        <source>Type de logement</source>
        <translation>Housing type</translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
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
        <source>Type d&apos;action collective</source>
        <translation>Group activity type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Typologie des participants</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Type de support</source>
        <translation>Medium type</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Source de l&apos;évaluation</source>
        <translation>Assessment source</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>définition d&apos;indicateur</source>
        <translation>indicator definition</translation>
    </message>
    <message>
        <source>Clé inconnue « %1 » ; clés possibles : %2.</source>
        <translation>Unknown key “%1”; possible keys: %2.</translation>
    </message>
    <message>
        <source>« %1 » est obligatoire.</source>
        <translation>“%1” is required.</translation>
    </message>
    <message>
        <source>« %1 » doit être un texte non vide.</source>
        <translation>“%1” must be a non-empty text.</translation>
    </message>
    <message>
        <source>Le score doit être un entier de 1 à 5.</source>
        <translation>The score must be an integer from 1 to 5.</translation>
    </message>
    <message>
        <source>Liste de codes attendue, non vide (ou {&quot;not&quot;: [...]}).</source>
        <translation>Non-empty list of codes expected (or {&quot;not&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Chaque code doit être un texte de 1 à 40 caractères.</source>
        <translation>Each code must be a text of 1 to 40 characters.</translation>
    </message>
    <message>
        <source>Le code « %1 » est répété.</source>
        <translation>The code “%1” is repeated.</translation>
    </message>
    <message>
        <source>Code « %1 » inconnu ; codes possibles : %2.</source>
        <translation>Unknown code “%1”; possible codes: %2.</translation>
    </message>
    <message>
        <source>Identifiant attendu (UUID), reçu « %1 ».</source>
        <translation>Id expected (UUID), got “%1”.</translation>
    </message>
    <message>
        <source>Valeur attendue parmi : %1.</source>
        <translation>Value expected among: %1.</translation>
    </message>
    <message>
        <source>true ou false attendu.</source>
        <translation>true or false expected.</translation>
    </message>
    <message>
        <source>Objet attendu : {&quot;dimension&quot;: …, &quot;source&quot;: …, &quot;min_score&quot;: …}.</source>
        <translation>Object expected: {&quot;dimension&quot;: …, &quot;source&quot;: …, &quot;min_score&quot;: …}.</translation>
    </message>
    <message>
        <source>« person » ou « team » attendu.</source>
        <translation>“person” or “team” expected.</translation>
    </message>
    <message>
        <source>Le score maximal ne peut pas être inférieur au score minimal.</source>
        <translation>The maximum score cannot be lower than the minimum score.</translation>
    </message>
    <message>
        <source>Objet attendu : {&quot;nom du filtre&quot;: valeur, …}.</source>
        <translation>Object expected: {&quot;filter name&quot;: value, …}.</translation>
    </message>
    <message>
        <source>Le filtre « %1 » ne s&apos;applique pas à « %2 » ; filtres possibles : %3.</source>
        <translation>The filter “%1” does not apply to “%2”; possible filters: %3.</translation>
    </message>
    <message>
        <source>Mesure « %1 » inconnue ; mesures possibles : %2.</source>
        <translation>Unknown measure “%1”; possible measures: %2.</translation>
    </message>
    <message>
        <source>« %1 » est obligatoire : {&quot;measure&quot;: …, &quot;filters&quot;: {…}}.</source>
        <translation>“%1” is required: {&quot;measure&quot;: …, &quot;filters&quot;: {…}}.</translation>
    </message>
    <message>
        <source>JSON illisible à la position %1 : %2.</source>
        <translation>Unreadable JSON at position %1: %2.</translation>
    </message>
    <message>
        <source>Un objet JSON est attendu.</source>
        <translation>A JSON object is expected.</translation>
    </message>
    <message>
        <source>Seule la version 1 est connue.</source>
        <translation>Only version 1 is known.</translation>
    </message>
    <message>
        <source>Type « %1 » inconnu ; types possibles : count, ratio, breakdown, evolution.</source>
        <translation>Unknown type “%1”; possible types: count, ratio, breakdown, evolution.</translation>
    </message>
    <message>
        <source>« percent » ou « decimal » attendu.</source>
        <translation>“percent” or “decimal” expected.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas ventiler « %2 » ; ventilations possibles : %3.</source>
        <translation>“%1” cannot break down “%2”; possible breakdowns: %3.</translation>
    </message>
    <message>
        <source>Une ventilation par mois demande un filtre « period » daté (identified, oriented, accompanied, closed ou referral).</source>
        <translation>A breakdown by month needs a dated “period” filter (identified, oriented, accompanied, closed or referral).</translation>
    </message>
    <message>
        <source>La définition contient des valeurs que sa forme JSON ne garde pas.</source>
        <translation>The definition holds values that its JSON form does not keep.</translation>
    </message>
    <message>
        <source>Le code « %1 » n&apos;est pas dans la liste %2.</source>
        <translation>The code “%1” is not in list %2.</translation>
    </message>
    <message>
        <source>Aucun partenaire n&apos;a l&apos;identifiant %1.</source>
        <translation>No partner has the id %1.</translation>
    </message>
    <message>
        <source>Aucun dispositif n&apos;a l&apos;identifiant %1.</source>
        <translation>No programme has the id %1.</translation>
    </message>
    <message>
        <source>La dimension « %1 » n&apos;est pas dans la liste des dimensions d&apos;évaluation.</source>
        <translation>The dimension “%1” is not in the list of assessment dimensions.</translation>
    </message>
    <message>
        <source>indicateur %1</source>
        <translation>indicator %1</translation>
    </message>
    <message>
        <source>Indicateur introuvable.</source>
        <translation>Indicator not found.</translation>
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
        <source>Numérateur</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Dénominateur</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une catégorie de cette ventilation.</source>
        <translation>“%1” is not a category of this breakdown.</translation>
    </message>
    <message>
        <source>Cet indicateur est saisi à la main : aucun enregistrement à lister.</source>
        <translation>This indicator is entered by hand: no records to list.</translation>
    </message>
    <message>
        <source>indicateur « %1 »</source>
        <translation>indicator “%1”</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>personne : %1 · équipe : %2</source>
        <translation>person: %1 · team: %2</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>un UUID de 16 octets</source>
        <translation>a 16-byte UUID</translation>
    </message>
    <message>
        <source>un entier</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>un nombre fini</source>
        <translation>a finite number</translation>
    </message>
    <message>
        <source>du texte</source>
        <translation>text</translation>
    </message>
    <message>
        <source>référence orpheline : aucun enregistrement %1 ne porte la valeur %2</source>
        <translation>orphan reference: no %1 record has the value %2</translation>
    </message>
    <message>
        <source>fichier endommagé : %1</source>
        <translation>damaged file: %1</translation>
    </message>
    <message>
        <source>valeur d&apos;un type inattendu pour cette colonne (attendu : %1)</source>
        <translation>value of an unexpected type for this column (expected: %1)</translation>
    </message>
    <message>
        <source>aucun changement de statut n&apos;est enregistré pour cette situation</source>
        <translation>no status change is recorded for this case</translation>
    </message>
    <message>
        <source>le statut « %1 » ne correspond pas au dernier changement de statut (« %2 »)</source>
        <translation>the status “%1” does not match the last status change (“%2”)</translation>
    </message>
    <message>
        <source>le premier changement de statut doit aller de ∅ à « identified » (trouvé : %1 → %2)</source>
        <translation>the first status change must go from ∅ to “identified” (found: %1 → %2)</translation>
    </message>
    <message>
        <source>la date %1 est antérieure à %2 (%3)</source>
        <translation>the date %1 is earlier than %2 (%3)</translation>
    </message>
    <message>
        <source>une situation orientée doit avoir une date d&apos;orientation</source>
        <translation>a referred case must have a referral date</translation>
    </message>
    <message>
        <source>la séance de ce passage en commission est de type « %1 », pas une commission</source>
        <translation>the session of this committee review is of type “%1”, not a committee</translation>
    </message>
    <message>
        <source>une intervention réalisée doit avoir une durée positive (durée : %1 min)</source>
        <translation>a completed intervention must have a positive duration (duration: %1 min)</translation>
    </message>
    <message>
        <source>le rôle « %1 » dans le binôme ne convient pas à un intervenant de rôle « %2 »</source>
        <translation>the duo role “%1” does not suit a worker whose role is “%2”</translation>
    </message>
    <message>
        <source>la situation compte %1 personnes principales ; une seule est permise</source>
        <translation>the case has %1 main persons; only one is allowed</translation>
    </message>
    <message>
        <source>évaluation datée du %1, avant le repérage de la situation (%2)</source>
        <translation>assessment dated %1, before the case was identified (%2)</translation>
    </message>
    <message>
        <source>la fiche action %1 appartient à un autre dispositif que ce financement</source>
        <translation>action sheet %1 belongs to another programme than this funding</translation>
    </message>
    <message>
        <source>la chaîne des fiches précédentes revient à cette fiche (cycle de %1 fiche(s))</source>
        <translation>the chain of previous sheets comes back to this sheet (cycle of %1 sheet(s))</translation>
    </message>
    <message>
        <source>la situation liée n&apos;appartient pas au dispositif de l&apos;intervention</source>
        <translation>the linked case does not belong to the intervention&apos;s programme</translation>
    </message>
    <message>
        <source>le ménage compte %1 personnes de référence (« self ») ; une seule est permise</source>
        <translation>the household has %1 reference persons (“self”); only one is allowed</translation>
    </message>
    <message>
        <source>ce numéro est porté par plusieurs situations du même dispositif</source>
        <translation>this number is carried by several cases of the same programme</translation>
    </message>
    <message>
        <source>%1 intervention(s) planifiée(s) avant aujourd&apos;hui (%2) : à réaliser, annuler ou reporter</source>
        <translation>%1 intervention(s) planned before today (%2): to carry out, cancel or postpone</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>Cette invitation n&apos;existe pas sur ce poste.</source>
        <translation>This invitation does not exist on this computer.</translation>
    </message>
    <message>
        <source>Cette invitation a déjà servi : pour retirer l&apos;appareil, révoquez-le dans la liste des appareils.</source>
        <translation>This invitation has already been used: to remove the device, revoke it in the list of devices.</translation>
    </message>
    <message>
        <source>Cette invitation a expiré : elle ne peut plus servir.</source>
        <translation>This invitation has expired: it can no longer be used.</translation>
    </message>
    <message>
        <source>Cette invitation est déjà annulée.</source>
        <translation>This invitation is already cancelled.</translation>
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
    <message>
        <source>Indiquez soit une année, soit --from et --to.</source>
        <translation>Give either a year, or --from and --to.</translation>
    </message>
    <message>
        <source>Année attendue (AAAA), reçu « %1 ».</source>
        <translation>Year expected (YYYY), got “%1”.</translation>
    </message>
    <message>
        <source>Date attendue (AAAA-MM-JJ), reçu « %1 ».</source>
        <translation>Date expected (YYYY-MM-DD), got “%1”.</translation>
    </message>
    <message>
        <source>La fin de période précède son début.</source>
        <translation>The period end is before its start.</translation>
    </message>
    <message>
        <source>de %1 à %2 %3</source>
        <translation>%1 to %2 %3</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Aucune fiche action n&apos;a l&apos;identifiant %1.</source>
        <translation>No action sheet has the id %1.</translation>
    </message>
    <message>
        <source>Aucune fiche action ne porte le numéro « %1 ».</source>
        <translation>No action sheet has the number “%1”.</translation>
    </message>
    <message>
        <source>Plusieurs fiches portent le numéro « %1 » pour cette période ; indiquez son identifiant : %2.</source>
        <translation>Several sheets have the number “%1” for this period; give its id: %2.</translation>
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
        <source>Contrat local de santé</source>
        <translation>Local health contract</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Dispositif : %1</source>
        <translation>Programme: %1</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Structure : %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Personne référente : %1</source>
        <translation>Referent: %1</translation>
    </message>
    <message>
        <source>Axe stratégique du CLS</source>
        <translation>CLS strategic focus</translation>
    </message>
    <message>
        <source>Contexte et enjeux locaux</source>
        <translation>Local context and issues</translation>
    </message>
    <message>
        <source>Lien avec le Projet régional de santé (axe et objectif)</source>
        <translation>Link with the Regional Health Project (focus and objective)</translation>
    </message>
    <message>
        <source>Programme du PRS : %1</source>
        <translation>PRS programme: %1</translation>
    </message>
    <message>
        <source>Lien avec le Plan régional santé environnement 3</source>
        <translation>Link with the 3rd Regional Health and Environment Plan</translation>
    </message>
    <message>
        <source>Objectif spécifique</source>
        <translation>Specific objective</translation>
    </message>
    <message>
        <source>Objectifs opérationnels</source>
        <translation>Operational objectives</translation>
    </message>
    <message>
        <source>échéance %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Étapes de mise en œuvre – Description</source>
        <translation>Implementation steps – Description</translation>
    </message>
    <message>
        <source>Les objectifs de l&apos;action visent-ils directement la lutte contre les inégalités sociales de santé ?</source>
        <translation>Do the action&apos;s objectives directly aim at reducing social inequalities in health?</translation>
    </message>
    <message>
        <source>Politiques publiques concernées</source>
        <translation>Public policies concerned</translation>
    </message>
    <message>
        <source>Y a-t-il une démarche participative associant les citoyens ?</source>
        <translation>Is there a participatory approach involving citizens?</translation>
    </message>
    <message>
        <source>Public visé</source>
        <translation>Target public</translation>
    </message>
    <message>
        <source>Nombre de personnes concernées : %1</source>
        <translation>Number of people concerned: %1</translation>
    </message>
    <message>
        <source>Lieux d&apos;intervention et communes</source>
        <translation>Places of intervention and municipalities</translation>
    </message>
    <message>
        <source>Communes : %1</source>
        <translation>Municipalities: %1</translation>
    </message>
    <message>
        <source>non renseignées</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Département : %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Niveau géographique :</source>
        <translation>Geographical level:</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Année de début : %1 — année de fin : %2</source>
        <translation>Start year: %1 — end year: %2</translation>
    </message>
    <message>
        <source>Durée : %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>Période : du %1 au %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Fréquence :</source>
        <translation>Frequency:</translation>
    </message>
    <message>
        <source>Financements</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Année %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Total %1 : %2</source>
        <translation>Total %1: %2</translation>
    </message>
    <message>
        <source>Principaux indicateurs d&apos;évaluation retenus</source>
        <translation>Main assessment indicators chosen</translation>
    </message>
    <message>
        <source>Indicateurs de processus :</source>
        <translation>Process indicators:</translation>
    </message>
    <message>
        <source>Indicateurs de résultat :</source>
        <translation>Outcome indicators:</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;impact :</source>
        <translation>Impact indicators:</translation>
    </message>
    <message>
        <source>cible : %1</source>
        <translation>target: %1</translation>
    </message>
    <message>
        <source>Méthode d&apos;évaluation envisagée</source>
        <translation>Planned assessment method</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Aucune fiche action %1.</source>
        <translation>No action sheet %1.</translation>
    </message>
    <message>
        <source>Fiche action %1 — %2</source>
        <translation>Action sheet %1 — %2</translation>
    </message>
    <message>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Montant %1 (€)</source>
        <translation>Amount %1 (€)</translation>
    </message>
    <message>
        <source>Financements de l&apos;action par financeur</source>
        <translation>Funding of the action by funder</translation>
    </message>
    <message>
        <source>Montants affectés à la fiche action (et à la fiche dont elle prend la suite) pour les années de la période.</source>
        <translation>Amounts allocated to the action sheet (and to the sheet it follows on from) for the years of the period.</translation>
    </message>
    <message>
        <source>Financements du dispositif non affectés à une fiche</source>
        <translation>Programme funding not allocated to a sheet</translation>
    </message>
    <message>
        <source>La période doit avoir un début et une fin, dans cet ordre.</source>
        <translation>The period must have a start and an end, in that order.</translation>
    </message>
    <message>
        <source>Cette fiche action n&apos;existe pas.</source>
        <translation>This action sheet does not exist.</translation>
    </message>
    <message>
        <source>Bilan annuel %1 — %2 %3</source>
        <translation>Annual review %1 — %2 %3</translation>
    </message>
    <message>
        <source>CSV pour tableur (UTF-8, point-virgule, virgule décimale)</source>
        <translation>CSV for spreadsheets (UTF-8, semicolon, decimal comma)</translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation>Action sheet</translation>
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
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Écriture du bilan impossible : %1</source>
        <translation>Cannot write the review: %1</translation>
    </message>
    <message>
        <source>Situations identifiées</source>
        <translation>Cases identified</translation>
    </message>
    <message>
        <source>Accompagnements commencés</source>
        <translation>Support started</translation>
    </message>
    <message>
        <source>Situations clôturées</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <source>Interventions posées</source>
        <translation>Interventions recorded</translation>
    </message>
    <message>
        <source>Interventions effectives</source>
        <translation>Interventions carried out</translation>
    </message>
    <message>
        <source>Heures d&apos;intervention</source>
        <translation>Intervention hours</translation>
    </message>
    <message>
        <source>Heures des travailleurs pairs</source>
        <translation>Peer worker hours</translation>
    </message>
    <message>
        <source>Actions collectives réalisées</source>
        <translation>Group activities held</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tableau de bord de suivi des activités %1</source>
        <translation>Activity monitoring dashboard %1</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>File active en fin de mois</source>
        <translation>Active caseload at month end</translation>
    </message>
    <message>
        <source>Heures d&apos;intervention : durée des interventions effectuées, chacune comptée une fois ; heures des travailleurs pairs : par travailleur pair présent.</source>
        <translation>Intervention hours: duration of the interventions carried out, each counted once; peer worker hours: per peer worker present.</translation>
    </message>
    <message>
        <source>JSON pour les traitements automatiques</source>
        <translation>JSON for automated processing</translation>
    </message>
    <message>
        <source>L&apos;impression en PDF demande une application graphique (QGuiApplication).</source>
        <translation>Printing to PDF needs a graphical application (QGuiApplication).</translation>
    </message>
    <message>
        <source>Page 999 / 999</source>
        <translation>Page 999 / 999</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Écriture du PDF impossible : %1</source>
        <translation>Cannot write the PDF: %1</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>Heures effectuées par rôle</source>
        <translation>Hours worked by role</translation>
    </message>
    <message>
        <source>Interventions posées et effectives par canal</source>
        <translation>Interventions scheduled and carried out by channel</translation>
    </message>
    <message>
        <source>Mobilisations des partenaires par type</source>
        <translation>Partner involvements by type</translation>
    </message>
    <message>
        <source>Actions collectives réalisées par type</source>
        <translation>Group activities held by type</translation>
    </message>
    <message>
        <source>Financements par financeur (€)</source>
        <translation>Funding by funder (€)</translation>
    </message>
    <message>
        <source>Financements du dispositif par financeur (€)</source>
        <translation>Programme funding by funder (€)</translation>
    </message>
    <message>
        <source>Part des situations en progrès : regard de la personne et regard de l&apos;équipe</source>
        <translation>Share of cases improving: the person&apos;s view and the team&apos;s view</translation>
    </message>
    <message>
        <source>BILAN ANNUEL %1</source>
        <translation>ANNUAL REVIEW %1</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Comparée à</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>Généré le</source>
        <translation>Generated on</translation>
    </message>
    <message>
        <source>Ce bilan ne contient aucun nom : les situations et les personnes y sont comptées, jamais nommées.</source>
        <translation>This review contains no names: cases and people are counted in it, never named.</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Non renseigné.</source>
        <translation>Not provided.</translation>
    </message>
    <message>
        <source>PDF A4 pour le comité de suivi, avec sommaire et graphiques</source>
        <translation>A4 PDF for the steering committee, with contents and charts</translation>
    </message>
    <message>
        <source>Bilan %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <source>File active</source>
        <translation>Active caseload</translation>
    </message>
    <message>
        <source>Situations et personnes</source>
        <translation>Cases and people</translation>
    </message>
    <message>
        <source>Mesure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Situations identifiées (repérées) dans la période</source>
        <translation>Cases identified in the period</translation>
    </message>
    <message>
        <source>Situations suivies dans la période (file active de la période)</source>
        <translation>Cases followed in the period (active caseload of the period)</translation>
    </message>
    <message>
        <source>Situations accompagnées dans la période</source>
        <translation>Cases supported in the period</translation>
    </message>
    <message>
        <source>Situations dont l&apos;accompagnement a commencé dans la période</source>
        <translation>Cases whose support started in the period</translation>
    </message>
    <message>
        <source>Situations clôturées dans la période</source>
        <translation>Cases closed in the period</translation>
    </message>
    <message>
        <source>File active en fin de période</source>
        <translation>Active caseload at period end</translation>
    </message>
    <message>
        <source>Personnes concernées par les situations suivies</source>
        <translation>People concerned by the cases followed</translation>
    </message>
    <message>
        <source>Ménages concernés par les situations suivies</source>
        <translation>Households concerned by the cases followed</translation>
    </message>
    <message>
        <source>Une situation est suivie dans la période si elle a été identifiée avant sa fin et n&apos;était pas clôturée avant son début ; dates actuelles des situations.</source>
        <translation>A case is followed in the period if it was identified before its end and was not closed before its start; current dates of the cases.</translation>
    </message>
    <message>
        <source>Situations suivies par bailleur</source>
        <translation>Cases followed by landlord</translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Heures d&apos;intervention par rôle</source>
        <translation>Intervention hours by role</translation>
    </message>
    <message>
        <source>Heures effectuées par rôle d&apos;intervenant</source>
        <translation>Hours worked by worker role</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Heures %1</source>
        <translation>Hours %1</translation>
    </message>
    <message>
        <source>Durée des interventions (chacune comptée une fois)</source>
        <translation>Duration of interventions (each counted once)</translation>
    </message>
    <message>
        <source>Heures des interventions effectuées : la durée d&apos;une intervention compte pour chaque intervenant présent (binôme = deux fois). Intervenants : ayant effectué une intervention du dispositif ou affectés à l&apos;une de ses situations dans la période.</source>
        <translation>Hours of interventions carried out: an intervention&apos;s duration counts for each worker present (duo = twice). Workers: those who carried out an intervention of the programme or were assigned to one of its cases in the period.</translation>
    </message>
    <message>
        <source>Interventions posées et effectives</source>
        <translation>Scheduled and completed interventions</translation>
    </message>
    <message>
        <source>Interventions par canal</source>
        <translation>Interventions by channel</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Posées</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Effectives</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Annulées</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Non honorées</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Encore prévues</source>
        <translation>Still planned</translation>
    </message>
    <message>
        <source>Taux de réalisation</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Effectives %1</source>
        <translation>Completed %1</translation>
    </message>
    <message>
        <source>Posées : toutes les interventions datées dans la période, quel que soit leur statut. Taux de réalisation : effectives / posées.</source>
        <translation>Scheduled: every intervention dated in the period, whatever its status. Completion rate: completed / scheduled.</translation>
    </message>
    <message>
        <source>Partenaires mobilisés</source>
        <translation>Partners involved</translation>
    </message>
    <message>
        <source>Partenaires mobilisés autour des situations suivies</source>
        <translation>Partners involved around the cases followed</translation>
    </message>
    <message>
        <source>Partenaires mobilisés (pour l&apos;ensemble du dispositif)</source>
        <translation>Partners involved (for the whole programme)</translation>
    </message>
    <message>
        <source>Mobilisations (situation × partenaire)</source>
        <translation>Involvements (case × partner)</translation>
    </message>
    <message>
        <source>Partenaires mobilisés par situation suivie (moyenne)</source>
        <translation>Partners involved per case followed (average)</translation>
    </message>
    <message>
        <source>Partenaires ayant orienté une situation identifiée dans la période</source>
        <translation>Partners who referred a case identified in the period</translation>
    </message>
    <message>
        <source>Sollicitations des partenaires par type</source>
        <translation>Partner requests by type</translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation>Involvements</translation>
    </message>
    <message>
        <source>Mobilisations %1</source>
        <translation>Involvements %1</translation>
    </message>
    <message>
        <source>Actions collectives et participants</source>
        <translation>Group activities and participants</translation>
    </message>
    <message>
        <source>Actions collectives par type</source>
        <translation>Group activities by type</translation>
    </message>
    <message>
        <source>Type d&apos;action</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Réalisées</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Programmées</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Réalisées %1</source>
        <translation>Held %1</translation>
    </message>
    <message>
        <source>Participants %1</source>
        <translation>Participants %1</translation>
    </message>
    <message>
        <source>Participants des actions réalisées. Programmées : quel que soit leur statut.</source>
        <translation>Participants in the activities held. Scheduled: whatever their status.</translation>
    </message>
    <message>
        <source>Typologie des participants</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <source>Évaluations : regard de la personne et regard de l&apos;équipe</source>
        <translation>Assessments: the person&apos;s view and the team&apos;s view</translation>
    </message>
    <message>
        <source>Évolution entre la première et la dernière évaluation de la période</source>
        <translation>Change between the first and the last assessment of the period</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Personne : situations évaluées</source>
        <translation>Person: cases assessed</translation>
    </message>
    <message>
        <source>Personne : en progrès</source>
        <translation>Person: improving</translation>
    </message>
    <message>
        <source>Personne : part en progrès</source>
        <translation>Person: share improving</translation>
    </message>
    <message>
        <source>Équipe : situations évaluées</source>
        <translation>Team: cases assessed</translation>
    </message>
    <message>
        <source>Équipe : en progrès</source>
        <translation>Team: improving</translation>
    </message>
    <message>
        <source>Équipe : part en progrès</source>
        <translation>Team: share improving</translation>
    </message>
    <message>
        <source>Situations évaluées : au moins deux évaluations de la dimension à deux dates de la période par la même source ; en progrès : score de la dernière supérieur à celui de la première (échelle de 1 à 5).</source>
        <translation>Cases assessed: at least two assessments of the dimension on two dates of the period by the same source; improving: last score higher than the first (scale of 1 to 5).</translation>
    </message>
    <message>
        <source>aucune situation évaluée deux fois</source>
        <translation>no case assessed twice</translation>
    </message>
    <message>
        <source>%1 en progrès sur %2 évaluées (%3 stables, %4 en recul)</source>
        <translation>%1 improving out of %2 assessed (%3 stable, %4 declining)</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>détail dans le tableau ci-dessous</source>
        <translation>details in the table below</translation>
    </message>
    <message>
        <source> (dénominateur nul)</source>
        <translation> (zero denominator)</translation>
    </message>
    <message>
        <source>déclaré par la personne</source>
        <translation>reported by the person</translation>
    </message>
    <message>
        <source>observé par l&apos;équipe</source>
        <translation>observed by the team</translation>
    </message>
    <message>
        <source>Une situation peut relever de plusieurs catégories : le total (%1) n&apos;est pas la somme des lignes.</source>
        <translation>A case can fall into several categories: the total (%1) is not the sum of the rows.</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;évaluation</source>
        <translation>Assessment indicators</translation>
    </message>
    <message>
        <source>Indicateurs de processus</source>
        <translation>Process indicators</translation>
    </message>
    <message>
        <source>Indicateurs de résultat</source>
        <translation>Outcome indicators</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;impact</source>
        <translation>Impact indicators</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>section « %1 » du bilan %2</source>
        <translation>section “%1” of review %2</translation>
    </message>
    <message>
        <source>Faits marquants</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Limites et difficultés</source>
        <translation>Limits and difficulties</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>section « %1 » du bilan</source>
        <translation>section “%1” of the review</translation>
    </message>
    <message>
        <source>Début de période</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Fin de période</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Écriture du classeur impossible : %1</source>
        <translation>Cannot write the workbook: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>classeur Excel, une feuille par section, nombres calculables</source>
        <translation>Excel workbook, one sheet per section, computable numbers</translation>
    </message>
    <message>
        <source>Généré par Passerelle</source>
        <translation>Generated by Passerelle</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Fichier temporaire impossible : %1</source>
        <translation>Cannot create a temporary file: %1</translation>
    </message>
    <message>
        <source>Relecture du classeur impossible : %1</source>
        <translation>Cannot read the workbook back: %1</translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
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
        <translation>&amp;Spreadsheet (XLSX)…</translation>
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
    <name>ReviewQueue</name>
    <message>
        <source>clé %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Cet élément n&apos;est plus dans la file de revue.</source>
        <translation>This item is no longer in the review queue.</translation>
    </message>
    <message>
        <source>Cet élément est déjà marqué comme traité.</source>
        <translation>This item is already marked as handled.</translation>
    </message>
</context>
<context>
    <name>SheetContinuation</name>
    <message>
        <source>Fiche action introuvable.</source>
        <translation>Action sheet not found.</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;a ni période ni année de début : indiquez-les avant de la continuer l&apos;année suivante.</source>
        <translation>This sheet has neither a period nor a start year: give them before continuing it into the next year.</translation>
    </message>
    <message>
        <source>Cette fiche est déjà continuée pour la période suivante (%1) : fiche « %2 ».</source>
        <translation>This sheet is already continued for the next period (%1): sheet “%2”.</translation>
    </message>
    <message>
        <source>Reconduit de %1 : montant à confirmer.</source>
        <translation>Carried over from %1: amount to confirm.</translation>
    </message>
</context>
<context>
    <name>SheetFromTemplate</name>
    <message>
        <source>Ce modèle compte les situations du bailleur porteur : choisissez ce partenaire.</source>
        <translation>This template counts the cases of the lead landlord: choose that partner.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe pas.</source>
        <translation>This partner does not exist.</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Lead</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Base introuvable : %1</source>
        <translation>Database not found: %1</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>La base %1 a été écrite par une version plus récente de Passerelle (schéma %2) ; ce programme lit jusqu&apos;au schéma %3. Mettez Passerelle à jour.</source>
        <translation>The database %1 was written by a newer version of Passerelle (schema %2); this program reads up to schema %3. Update Passerelle.</translation>
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
        <source>%1 n&apos;est pas une base Passerelle utilisable : %2</source>
        <translation>%1 is not a usable Passerelle database: %2</translation>
    </message>
    <message>
        <source>%1 : le contrôle d&apos;intégrité a échoué : %2</source>
        <translation>%1: the integrity check failed: %2</translation>
    </message>
    <message>
        <source>La migration %1 (%2) a échoué : %3. La base n&apos;a pas été modifiée.</source>
        <translation>Migration %1 (%2) failed: %3. The database was not changed.</translation>
    </message>
    <message>
        <source>Liste de référence invalide : %1</source>
        <translation>Invalid reference list: %1</translation>
    </message>
    <message>
        <source>Requête invalide : %1 (%2)</source>
        <translation>Invalid query: %1 (%2)</translation>
    </message>
    <message>
        <source>Erreur d&apos;écriture : %1</source>
        <translation>Write error: %1</translation>
    </message>
    <message>
        <source>Erreur SQLite (%1) : %2</source>
        <translation>SQLite error (%1): %2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Un paquet ne peut être marqué appliqué que dans la transaction qui l&apos;applique.</source>
        <translation>A bundle can only be marked applied within the transaction that applies it.</translation>
    </message>
    <message>
        <source>encodage CBOR non canonique</source>
        <translation>non-canonical CBOR encoding</translation>
    </message>
    <message>
        <source>identifiant du paquet (UUIDv7 attendu)</source>
        <translation>bundle id (UUIDv7 expected)</translation>
    </message>
    <message>
        <source>réplique expéditrice</source>
        <translation>sending replica</translation>
    </message>
    <message>
        <source>réplique destinataire</source>
        <translation>receiving replica</translation>
    </message>
    <message>
        <source>clé de signature de l&apos;expéditeur</source>
        <translation>sender&apos;s signing key</translation>
    </message>
    <message>
        <source>engagement de la clé du fichier</source>
        <translation>file key commitment</translation>
    </message>
    <message>
        <source>version du schéma</source>
        <translation>schema version</translation>
    </message>
    <message>
        <source>date de création</source>
        <translation>creation date</translation>
    </message>
    <message>
        <source>empreinte du périmètre (%1 octets au plus)</source>
        <translation>scope fingerprint (at most %1 bytes)</translation>
    </message>
    <message>
        <source>vecteur de versions</source>
        <translation>version vector</translation>
    </message>
    <message>
        <source>plages de modifications</source>
        <translation>change ranges</translation>
    </message>
    <message>
        <source>accusés de réception (identifiants distincts, en ordre croissant)</source>
        <translation>acknowledgements (distinct ids, in increasing order)</translation>
    </message>
    <message>
        <source>taille des blocs</source>
        <translation>block size</translation>
    </message>
    <message>
        <source>nombre d&apos;enregistrements ou d&apos;octets</source>
        <translation>number of records or bytes</translation>
    </message>
    <message>
        <source>nombre de blocs</source>
        <translation>number of blocks</translation>
    </message>
    <message>
        <source>Le paquet de synchronisation est incomplet : le fichier s&apos;arrête après %1 octets, avant sa fin. La copie a sans doute été interrompue ; copiez-le à nouveau. Rien n&apos;a été importé.</source>
        <translation>The synchronisation bundle is incomplete: the file stops after %1 bytes, before its end. The copy was probably interrupted; copy it again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un paquet de synchronisation Passerelle (.passerelle-sync). Rien n&apos;a été importé.</source>
        <translation>This file is not a Passerelle synchronisation bundle (.passerelle-sync). Nothing was imported.</translation>
    </message>
    <message>
        <source>Ce paquet de synchronisation est au format %1, que cette version de Passerelle ne sait pas lire (format %2). Mettez Passerelle à jour. Rien n&apos;a été importé.</source>
        <translation>This synchronisation bundle is in format %1, which this version of Passerelle cannot read (format %2). Update Passerelle. Nothing was imported.</translation>
    </message>
    <message>
        <source>La signature du paquet de synchronisation est invalide : son en-tête a été modifié après l&apos;envoi. Rien n&apos;a été importé.</source>
        <translation>The signature of the synchronisation bundle is invalid: its header was modified after sending. Nothing was imported.</translation>
    </message>
    <message>
        <source>Le paquet se présente comme venant de l&apos;appareil %1, mais il n&apos;est pas signé par la clé enregistrée lors de l&apos;appairage de cet appareil. Rien n&apos;a été importé.</source>
        <translation>The bundle claims to come from device %1, but it is not signed by the key recorded when that device was paired. Nothing was imported.</translation>
    </message>
    <message>
        <source>Ce paquet vient d&apos;un appareil qui n&apos;est pas appairé avec celui-ci (%1). Appairez-le d&apos;abord. Rien n&apos;a été importé.</source>
        <translation>This bundle comes from a device that is not paired with this one (%1). Pair it first. Nothing was imported.</translation>
    </message>
    <message>
        <source>Ce paquet vient d&apos;un appareil révoqué (%1) : ses envois ne sont plus acceptés. Rien n&apos;a été importé.</source>
        <translation>This bundle comes from a revoked device (%1): its bundles are no longer accepted. Nothing was imported.</translation>
    </message>
    <message>
        <source>Ce paquet est destiné à un autre appareil (%1), pas à celui-ci (%2). Rien n&apos;a été importé.</source>
        <translation>This bundle is meant for another device (%1), not this one (%2). Nothing was imported.</translation>
    </message>
    <message>
        <source>Mise à jour requise : ce paquet vient d&apos;une version plus récente de Passerelle (schéma %1, ce programme lit le schéma %2). Mettez Passerelle à jour puis importez-le à nouveau. Rien n&apos;a été importé.</source>
        <translation>Update required: this bundle comes from a newer version of Passerelle (schema %1, this program reads schema %2). Update Passerelle, then import it again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Ce paquet vient d&apos;une version trop ancienne de Passerelle (schéma %1, ce programme lit le schéma %2) : mettez à jour l&apos;appareil qui l&apos;a envoyé. Rien n&apos;a été importé.</source>
        <translation>This bundle comes from a too old version of Passerelle (schema %1, this program reads schema %2): update the device that sent it. Nothing was imported.</translation>
    </message>
    <message>
        <source>Le paquet de synchronisation a été altéré (%1) : il ne peut pas être lu tel qu&apos;il a été envoyé. Demandez un nouvel envoi. Rien n&apos;a été importé.</source>
        <translation>The synchronisation bundle was altered (%1): it cannot be read as it was sent. Ask for it to be sent again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Le contenu chiffré de ce paquet n&apos;appartient pas à son en-tête : le fichier assemble deux paquets différents. Rien n&apos;a été importé.</source>
        <translation>The encrypted content of this bundle does not belong to its header: the file combines two different bundles. Nothing was imported.</translation>
    </message>
    <message>
        <source>Ce paquet (%1) a déjà été appliqué le %2 : rien à faire.</source>
        <translation>This bundle (%1) was already applied on %2: nothing to do.</translation>
    </message>
    <message>
        <source>clé du fichier</source>
        <translation>file key</translation>
    </message>
    <message>
        <source>en-tête du flux chiffré</source>
        <translation>encrypted stream header</translation>
    </message>
    <message>
        <source>bloc %1 sur %2</source>
        <translation>block %1 of %2</translation>
    </message>
    <message>
        <source>fin du paquet</source>
        <translation>end of the bundle</translation>
    </message>
    <message>
        <source>octets après la fin du paquet</source>
        <translation>bytes after the end of the bundle</translation>
    </message>
    <message>
        <source>compteurs de fin</source>
        <translation>end counters</translation>
    </message>
    <message>
        <source>longueur de l&apos;en-tête</source>
        <translation>header length</translation>
    </message>
    <message>
        <source>en-tête : %1</source>
        <translation>header: %1</translation>
    </message>
    <message>
        <source>découpage des enregistrements</source>
        <translation>record splitting</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le paquet %1 : %2</source>
        <translation>Cannot open the bundle %1: %2</translation>
    </message>
    <message>
        <source>Écriture du paquet de synchronisation impossible : %1</source>
        <translation>Cannot write the synchronisation bundle: %1</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué : aucun paquet ne lui est plus envoyé.</source>
        <translation>This device has been revoked: no more bundles are sent to it.</translation>
    </message>
    <message>
        <source>La clé de chiffrement de l&apos;appareil destinataire est invalide.</source>
        <translation>The encryption key of the receiving device is invalid.</translation>
    </message>
    <message>
        <source>Le destinataire de l&apos;en-tête n&apos;est pas l&apos;appareil choisi.</source>
        <translation>The recipient in the header is not the chosen device.</translation>
    </message>
    <message>
        <source>La taille des blocs doit être comprise entre %1 et %2 octets.</source>
        <translation>The block size must be between %1 and %2 bytes.</translation>
    </message>
    <message>
        <source>L&apos;enregistrement n° %1 dépasse %2 Mio.</source>
        <translation>Record no. %1 exceeds %2 MiB.</translation>
    </message>
    <message>
        <source>En-tête de paquet invalide : %1.</source>
        <translation>Invalid bundle header: %1.</translation>
    </message>
    <message>
        <source>Impossible de créer le paquet %1 : %2</source>
        <translation>Cannot create the bundle %1: %2</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le paquet %1 : %2</source>
        <translation>Cannot save the bundle %1: %2</translation>
    </message>
    <message>
        <source>La capture des changements n&apos;est pas installée sur cette connexion.</source>
        <translation>Change capture is not installed on this connection.</translation>
    </message>
    <message>
        <source>Ce conflit a déjà été traité, ici ou sur un autre appareil.</source>
        <translation>This conflict has already been handled, here or on another device.</translation>
    </message>
    <message>
        <source>Ce conflit concerne une table que ce programme ne connaît pas.</source>
        <translation>This conflict concerns a table this program does not know.</translation>
    </message>
    <message>
        <source>Cette ligne a été retirée ici et ses autres champs ne sont plus connus : elle ne peut pas être rétablie depuis la liste des conflits.</source>
        <translation>This row was removed here and its other fields are no longer known: it cannot be restored from the conflict list.</translation>
    </message>
    <message>
        <source>La ligne de ce conflit n&apos;existe plus ici : il n&apos;y a rien à décider.</source>
        <translation>The row of this conflict no longer exists here: there is nothing to decide.</translation>
    </message>
    <message>
        <source>La valeur écartée de ce conflit est illisible.</source>
        <translation>The discarded value of this conflict is unreadable.</translation>
    </message>
    <message>
        <source>L&apos;autre valeur ne peut plus être enregistrée : %1</source>
        <translation>The other value can no longer be saved: %1</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une invitation ou une réponse Passerelle complète (copie interrompue ?). Copiez-le à nouveau. Rien n&apos;a été enregistré.</source>
        <translation>This file is not a complete Passerelle invitation or answer (interrupted copy?). Copy it again. Nothing was saved.</translation>
    </message>
    <message>
        <source>Ce fichier a été modifié depuis qu&apos;il a été créé : il est refusé. Demandez une nouvelle invitation au bureau. Rien n&apos;a été enregistré.</source>
        <translation>This file was modified after it was created: it is refused. Ask the office for a new invitation. Nothing was saved.</translation>
    </message>
    <message>
        <source>Le code saisi ne correspond pas à ce fichier d&apos;invitation. Vérifiez le code lu sur l&apos;écran du bureau ; si le code est juste, le fichier a été remplacé et ne doit pas être utilisé. Rien n&apos;a été enregistré.</source>
        <translation>The code entered does not match this invitation file. Check the code read on the office screen; if the code is right, the file was replaced and must not be used. Nothing was saved.</translation>
    </message>
    <message>
        <source>Cette invitation a expiré le %1. Demandez une nouvelle invitation au bureau. Rien n&apos;a été enregistré.</source>
        <translation>This invitation expired on %1. Ask the office for a new invitation. Nothing was saved.</translation>
    </message>
    <message>
        <source>Cette invitation a déjà servi le %1 : une invitation ne sert qu&apos;une fois. Créez une nouvelle invitation pour cet appareil. Rien n&apos;a été enregistré.</source>
        <translation>This invitation was already used on %1: an invitation is used only once. Create a new invitation for this device. Nothing was saved.</translation>
    </message>
    <message>
        <source>Cette base appartient déjà à une autre organisation : elle ne peut pas rejoindre celle-ci. Utilisez une base neuve. Rien n&apos;a été enregistré.</source>
        <translation>This database already belongs to another organisation: it cannot join this one. Use a new database. Nothing was saved.</translation>
    </message>
    <message>
        <source>Cette réponse ne correspond à aucune invitation créée sur ce poste (invitation créée sur un autre poste, ou annulée). Rien n&apos;a été enregistré.</source>
        <translation>This answer matches no invitation created on this computer (invitation created on another computer, or cancelled). Nothing was saved.</translation>
    </message>
    <message>
        <source>Cette réponse ne peut pas être ouverte ici : elle est destinée à un autre poste du bureau (ouvrez-la sur le poste qui a créé l&apos;invitation), ou elle a été modifiée. Rien n&apos;a été enregistré.</source>
        <translation>This answer cannot be opened here: it is meant for another office computer (open it on the computer that created the invitation), or it was modified. Nothing was saved.</translation>
    </message>
    <message>
        <source>Cette invitation a été créée sur ce poste même : ouvrez-la sur l&apos;appareil à appairer. Rien n&apos;a été enregistré.</source>
        <translation>This invitation was created on this very computer: open it on the device to pair. Nothing was saved.</translation>
    </message>
    <message>
        <source>Cette invitation a été annulée par le bureau le %1. Demandez une nouvelle invitation. Rien n&apos;a été enregistré.</source>
        <translation>This invitation was cancelled by the office on %1. Ask for a new invitation. Nothing was saved.</translation>
    </message>
    <message>
        <source>L&apos;enregistrement %1 de cette base est endommagé.</source>
        <translation>Record %1 of this database is damaged.</translation>
    </message>
    <message>
        <source>Bureau – %1</source>
        <translation>Office – %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier %1 : %2</source>
        <translation>Cannot open the file %1: %2</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le fichier %1 : %2</source>
        <translation>Cannot save the file %1: %2</translation>
    </message>
    <message>
        <source>Les clés de cette réplique sont endommagées (%1). Restaurez une sauvegarde de la base.</source>
        <translation>The keys of this replica are damaged (%1). Restore a backup of the database.</translation>
    </message>
    <message>
        <source>Mémoire protégée insuffisante pour les clés de chiffrement.</source>
        <translation>Not enough protected memory for the encryption keys.</translation>
    </message>
    <message>
        <source>La bibliothèque de chiffrement (libsodium) n&apos;a pas pu démarrer.</source>
        <translation>The encryption library (libsodium) could not start.</translation>
    </message>
    <message>
        <source>Aucun appareil appairé ne porte l&apos;identifiant %1.</source>
        <translation>No paired device has the id %1.</translation>
    </message>
    <message>
        <source>Le dossier de synchronisation %1 est introuvable (lecteur débranché, partage réseau absent ?).</source>
        <translation>The synchronisation folder %1 cannot be found (drive unplugged, network share missing?).</translation>
    </message>
    <message>
        <source>Impossible de déposer le paquet %1 dans le dossier de synchronisation.</source>
        <translation>Cannot drop the bundle %1 into the synchronisation folder.</translation>
    </message>
    <message>
        <source>Le bureau ne compte que %1 situations.</source>
        <translation>The office has only %1 cases.</translation>
    </message>
    <message>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <source>vérification de l&apos;en-tête et de la signature</source>
        <translation>checking the header and the signature</translation>
    </message>
    <message>
        <source>déchiffrement</source>
        <translation>decryption</translation>
    </message>
    <message>
        <source>décompression</source>
        <translation>decompression</translation>
    </message>
    <message>
        <source>décodage des enregistrements</source>
        <translation>decoding the records</translation>
    </message>
    <message>
        <source>suppressions</source>
        <translation>deletions</translation>
    </message>
    <message>
        <source>comparaison des écritures</source>
        <translation>comparing the writes</translation>
    </message>
    <message>
        <source>lecture des métadonnées locales</source>
        <translation>reading local metadata</translation>
    </message>
    <message>
        <source>écriture des lignes</source>
        <translation>writing rows</translation>
    </message>
    <message>
        <source>écriture des métadonnées</source>
        <translation>writing metadata</translation>
    </message>
    <message>
        <source>conflits</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>contrôle des parents</source>
        <translation>checking parents</translation>
    </message>
    <message>
        <source>périmètre (réplication partielle)</source>
        <translation>scope (partial replication)</translation>
    </message>
    <message>
        <source>vecteurs de version et registre</source>
        <translation>version vectors and register</translation>
    </message>
    <message>
        <source>validation de la transaction</source>
        <translation>committing the transaction</translation>
    </message>
    <message>
        <source>Clé de ligne illisible dans %1.</source>
        <translation>Unreadable row key in %1.</translation>
    </message>
    <message>
        <source>d MMMM yyyy &apos;à&apos; HH:mm</source>
        <comment>QDateTime format: 24 novembre 2026 à 14:05</comment>
        <translation>d MMMM yyyy &apos;at&apos; HH:mm</translation>
    </message>
    <message>
        <source>Paquet de changements mal formé : %1.</source>
        <translation>Malformed change bundle: %1.</translation>
    </message>
    <message>
        <source>Une fusion ne s&apos;applique que dans la transaction qui l&apos;enregistre.</source>
        <translation>A merge applies only within the transaction that records it.</translation>
    </message>
    <message>
        <source>Ce paquet suppose des changements que cette base n&apos;a pas reçus (réplique %1 : à partir du n° %2, connue ici jusqu&apos;au n° %3). Cette base a peut-être été restaurée depuis une sauvegarde ; demandez un nouvel envoi complet.</source>
        <translation>This bundle assumes changes this database has not received (replica %1: from no. %2, known here up to no. %3). This database may have been restored from a backup; ask for a new full send.</translation>
    </message>
    <message>
        <source>enregistrement illisible</source>
        <translation>unreadable record</translation>
    </message>
    <message>
        <source>table des répliques absente</source>
        <translation>replica table missing</translation>
    </message>
    <message>
        <source>époque d&apos;une réplique inconnue</source>
        <translation>epoch of an unknown replica</translation>
    </message>
    <message>
        <source>écriture d&apos;une réplique inconnue</source>
        <translation>write from an unknown replica</translation>
    </message>
    <message>
        <source>suppression d&apos;une table inconnue</source>
        <translation>deletion from an unknown table</translation>
    </message>
    <message>
        <source>table inconnue de cette version de Passerelle</source>
        <translation>table unknown to this version of Passerelle</translation>
    </message>
    <message>
        <source>champs incomplets dans %1</source>
        <translation>incomplete fields in %1</translation>
    </message>
    <message>
        <source>ligne incomplète : ses autres champs ne sont pas parvenus</source>
        <translation>incomplete row: its other fields did not arrive</translation>
    </message>
    <message>
        <source>%1 : l&apos;enregistrement parent (%2) est absent ou a été supprimé</source>
        <translation>%1: the parent record (%2) is missing or was deleted</translation>
    </message>
    <message>
        <source>enregistrement placé après les lignes</source>
        <translation>record placed after the rows</translation>
    </message>
    <message>
        <source>index reconstruits après remplissage</source>
        <translation>indexes rebuilt after filling</translation>
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
    <name>SyncOverview</name>
    <message>
        <source>intervention du %1</source>
        <translation>intervention of %1</translation>
    </message>
    <message>
        <source>séance du %1</source>
        <translation>session of %1</translation>
    </message>
    <message>
        <source>(ligne retirée)</source>
        <translation>(row removed)</translation>
    </message>
    <message>
        <source>cet appareil</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>présente</source>
        <translation>present</translation>
    </message>
    <message>
        <source>retirée</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Fiche action</source>
        <translation>Action sheet</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valeur d&apos;indicateur</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Support de communication</source>
        <translation>Communication material</translation>
    </message>
    <message>
        <source>Ménage</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Personne de la situation</source>
        <translation>Person in the case</translation>
    </message>
    <message>
        <source>Changement de statut</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Intervenant de la situation</source>
        <translation>Worker on the case</translation>
    </message>
    <message>
        <source>Partenaire mobilisé</source>
        <translation>Partner involved</translation>
    </message>
    <message>
        <source>Problématique</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Situation d&apos;une intervention</source>
        <translation>Case of an intervention</translation>
    </message>
    <message>
        <source>Intervenant d&apos;une intervention</source>
        <translation>Worker of an intervention</translation>
    </message>
    <message>
        <source>Séance collective</source>
        <translation>Group session</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Passage en commission</source>
        <translation>Committee review</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Section du bilan</source>
        <translation>Review section</translation>
    </message>
    <message>
        <source>Liste de référence</source>
        <translation>Reference list</translation>
    </message>
    <message>
        <source>Existence de la ligne</source>
        <translation>Row existence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Durée (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
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
        <source>Motif de clôture</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Partenaire orienteur</source>
        <translation>Referring partner</translation>
    </message>
    <message>
        <source>Date d&apos;orientation</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>Motif d&apos;orientation</source>
        <translation>Referral reason</translation>
    </message>
    <message>
        <source>Besoins exprimés par la personne</source>
        <translation>Needs expressed by the person</translation>
    </message>
    <message>
        <source>Besoins repérés par les professionnels</source>
        <translation>Needs identified by professionals</translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Type de logement</source>
        <translation>Housing type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Impayés de loyer (centimes)</source>
        <translation>Rent arrears (cents)</translation>
    </message>
    <message>
        <source>Plan d&apos;apurement</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <source>Stade de la procédure d&apos;expulsion</source>
        <translation>Eviction procedure stage</translation>
    </message>
    <message>
        <source>Composition du ménage</source>
        <translation>Household composition</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date d&apos;évaluation</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Rôle dans le binôme</source>
        <translation>Role in the duo</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Thèmes abordés</source>
        <translation>Topics covered</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Archivage</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Repérée le</source>
        <translation>Identified on</translation>
    </message>
    <message>
        <source>Orientée le</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Accompagnée depuis le</source>
        <translation>Supported since</translation>
    </message>
    <message>
        <source>Clôturée le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Affecté le</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>Désaffecté le</source>
        <translation>Unassigned on</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(référence %1)</source>
        <translation>(reference %1)</translation>
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
    <name>Templates</name>
    <message>
        <source>Nombre de rencontres réalisées</source>
        <translation>Number of meetings held</translation>
    </message>
    <message>
        <source>Typologie des partenaires rencontrés</source>
        <translation>Types of partners met</translation>
    </message>
    <message>
        <source>Type de besoins identifiés</source>
        <translation>Types of needs identified</translation>
    </message>
    <message>
        <source>Nombre de supports de communication créés et diffusés</source>
        <translation>Number of communication materials created and distributed</translation>
    </message>
    <message>
        <source>Type de supports de communication créés et diffusés</source>
        <translation>Types of communication materials created and distributed</translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées / personnes identifiées</source>
        <translation>Number of people supported / people identified</translation>
    </message>
    <message>
        <source>Typologie des problématiques rencontrées par les personnes accompagnées</source>
        <translation>Types of issues faced by the people supported</translation>
    </message>
    <message>
        <source>Typologie des problématiques rencontrées par les partenaires ayant sollicité le dispositif pair-aidance</source>
        <translation>Types of issues faced by the partners who called on the peer support programme</translation>
    </message>
    <message>
        <source>Bénéfices perçus et limites identifiées du dispositif par les personnes accompagnées, les travailleurs pairs et les professionnels concernés</source>
        <translation>Perceived benefits and identified limits of the programme according to the people supported, the peer workers and the professionals concerned</translation>
    </message>
    <message>
        <source>Besoins exprimés par les personnes accompagnées</source>
        <translation>Needs expressed by the people supported</translation>
    </message>
    <message>
        <source>Besoins exprimés par les professionnels</source>
        <translation>Needs expressed by professionals</translation>
    </message>
    <message>
        <source>Nombre de partenaires mobilisés autour de la situation des personnes accompagnées, par situation</source>
        <translation>Number of partners involved around the situation of the people supported, per case</translation>
    </message>
    <message>
        <source>Nombre de partenaires mobilisés autour de la situation des personnes accompagnées, pour l&apos;ensemble du dispositif pair-aidance</source>
        <translation>Number of partners involved around the situation of the people supported, for the whole peer support programme</translation>
    </message>
    <message>
        <source>une vingtaine</source>
        <translation>about twenty</translation>
    </message>
    <message>
        <source>Nombre de travailleurs pairs intervenant sur le dispositif</source>
        <translation>Number of peer workers working in the programme</translation>
    </message>
    <message>
        <source>Nombre de travailleurs pairs formés</source>
        <translation>Number of peer workers trained</translation>
    </message>
    <message>
        <source>Heures d&apos;intervention des travailleurs pairs</source>
        <translation>Peer worker intervention hours</translation>
    </message>
    <message>
        <source>Nombre de réunions d&apos;informations réalisées / prévues</source>
        <translation>Number of information meetings held / planned</translation>
    </message>
    <message>
        <source>une par communauté de communes et par an</source>
        <translation>one per community of municipalities per year</translation>
    </message>
    <message>
        <source>Nombre de participants aux réunions d&apos;information</source>
        <translation>Number of participants in information meetings</translation>
    </message>
    <message>
        <source>Typologie des participants aux réunions d&apos;information</source>
        <translation>Types of participants in information meetings</translation>
    </message>
    <message>
        <source>Typologie de problématiques abordées lors de ces réunions</source>
        <translation>Types of issues addressed in these meetings</translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées déclarant avoir pu renouer un contact avec le « monde extérieur » / nombre de personnes accompagnées</source>
        <translation>Number of people supported who say they could renew contact with the “outside world” / number of people supported</translation>
    </message>
    <message>
        <source>Nombre d&apos;acteurs ayant sollicité le dispositif déclarant avoir pu amorcer un contact avec la personne accompagnée / sollicitation(s) / nombre d&apos;acteurs ayant sollicité le dispositif</source>
        <translation>Number of actors who called on the programme and say they could start a contact with the person supported / request(s) / number of actors who called on the programme</translation>
    </message>
    <message>
        <source>Nombre de personnes en capacité d&apos;exprimer leurs besoins / nombre de personnes accompagnées</source>
        <translation>Number of people able to express their needs / number of people supported</translation>
    </message>
    <message>
        <source>Nombre de personnes exprimant avoir trouvé des réponses et les ressources nécessaires par rapport à leurs besoins de départ / nombre de personnes accompagnées</source>
        <translation>Number of people who say they found answers and the resources needed for their initial needs / number of people supported</translation>
    </message>
    <message>
        <source>Nombre de professionnels déclarant comprendre ce qu&apos;est la maladie psychique / nombre de professionnels présents aux réunions</source>
        <translation>Number of professionals who say they understand what mental illness is / number of professionals at the meetings</translation>
    </message>
    <message>
        <source>Nombre de professionnels déclarant être en capacité d&apos;accompagner les personnes en souffrance psychique / nombre de professionnels présents aux réunions</source>
        <translation>Number of professionals who say they are able to support people in psychological distress / number of professionals at the meetings</translation>
    </message>
    <message>
        <source>Nombre de personnes accompagnées déclarant observer un changement dans la posture des professionnels mobilisés autour de leur situation / nombre de personnes accompagnées</source>
        <translation>Number of people supported who say they see a change in the attitude of the professionals involved in their situation / number of people supported</translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière de logement</source>
        <translation>Positive change in the situations of the people supported regarding housing</translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière de lien social</source>
        <translation>Positive change in the situations of the people supported regarding social ties</translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière de recours aux soins somatiques et psychiques</source>
        <translation>Positive change in the situations of the people supported regarding use of physical and mental health care</translation>
    </message>
    <message>
        <source>Évolution positive des situations des personnes accompagnées en matière d&apos;adhésion à l&apos;aide institutionnelle</source>
        <translation>Positive change in the situations of the people supported regarding acceptance of institutional help</translation>
    </message>
    <message>
        <source>Nombre de personnes concernées par l&apos;expérimentation</source>
        <translation>Number of people concerned by the experiment</translation>
    </message>
    <message>
        <source>30 personnes</source>
        <translation>30 people</translation>
    </message>
    <message>
        <source>Nombre de ménages accompagnés (situations LOGISENS / hors LOGISENS)</source>
        <translation>Number of households supported (LOGISENS cases / non-LOGISENS)</translation>
    </message>
    <message>
        <source>30 ménages</source>
        <translation>30 households</translation>
    </message>
    <message>
        <source>File active en fin de période (situations)</source>
        <translation>Active caseload at period end (cases)</translation>
    </message>
    <message>
        <source>du bailleur porteur</source>
        <translation>of the lead landlord</translation>
    </message>
    <message>
        <source>Situations %1 (file active en fin de période)</source>
        <translation>Cases %1 (active caseload at period end)</translation>
    </message>
    <message>
        <source>Situations hors %1 (file active en fin de période)</source>
        <translation>Cases outside %1 (active caseload at period end)</translation>
    </message>
    <message>
        <source>Interventions posées / effectives, par canal</source>
        <translation>Interventions scheduled / carried out, by channel</translation>
    </message>
    <message>
        <source>Nombre de réunions de la cellule d&apos;orientation</source>
        <translation>Number of referral unit meetings</translation>
    </message>
    <message>
        <source>Situations examinées en cellule d&apos;orientation</source>
        <translation>Cases reviewed by the referral unit</translation>
    </message>
    <message>
        <source>Sollicitations des partenaires par type de partenaire</source>
        <translation>Partner requests by partner type</translation>
    </message>
    <message>
        <source>Nombre de partenaires mobilisés</source>
        <translation>Number of partners involved</translation>
    </message>
    <message>
        <source>Entretiens individuels réalisés</source>
        <translation>Individual interviews held</translation>
    </message>
    <message>
        <source>Heures d&apos;intervention de l&apos;équipe</source>
        <translation>Team intervention hours</translation>
    </message>
    <message>
        <source>Équivalents temps plein de l&apos;équipe</source>
        <translation>Team full-time equivalents</translation>
    </message>
    <message>
        <source>1,70 ETP</source>
        <translation>1.70 FTE</translation>
    </message>
    <message>
        <source>Réunions de synthèse pluridisciplinaires</source>
        <translation>Multidisciplinary case conferences</translation>
    </message>
    <message>
        <source>Actions de formation et d&apos;information des acteurs de première ligne</source>
        <translation>Training and information sessions for front-line actors</translation>
    </message>
    <message>
        <source>Participants aux actions de formation et d&apos;information</source>
        <translation>Participants in training and information sessions</translation>
    </message>
    <message>
        <source>Nombre de procédures d&apos;expulsion évitées / ménages accompagnés</source>
        <translation>Number of evictions avoided / households supported</translation>
    </message>
    <message>
        <source>Nombre de personnes ayant accédé aux soins / personnes accompagnées</source>
        <translation>Number of people who accessed care / people supported</translation>
    </message>
    <message>
        <source>Situations relayées vers le droit commun / situations clôturées</source>
        <translation>Cases handed over to mainstream services / cases closed</translation>
    </message>
    <message>
        <source>Amélioration des conditions de vie</source>
        <translation>Better living conditions</translation>
    </message>
    <message>
        <source>Apaisement de la souffrance psychologique</source>
        <translation>Easing of psychological distress</translation>
    </message>
    <message>
        <source>Socialisation</source>
        <translation>Socialisation</translation>
    </message>
    <message>
        <source>Responsabilisation</source>
        <translation>Empowerment</translation>
    </message>
    <message>
        <source>Dispositif de pair-aidance (fiche action CLS)</source>
        <translation>Peer support programme (CLS action sheet)</translation>
    </message>
    <message>
        <source>Fiche action 3.3.1 « Dispositif de PAIR-AIDANCE », CLS du Pays de Langres</source>
        <translation>Action sheet 3.3.1 “PEER SUPPORT programme”, CLS of the Pays de Langres</translation>
    </message>
    <message>
        <source>Équipe mobile précarité (logements accompagnés)</source>
        <translation>Mobile precarity team (supported housing)</translation>
    </message>
    <message>
        <source>Opération « 10 000 logements accompagnés », équipe mobile précarité LOGISENS</source>
        <translation>“10,000 supported homes” operation, LOGISENS mobile precarity team</translation>
    </message>
    <message>
        <source>Cette fiche action n&apos;existe pas.</source>
        <translation>This action sheet does not exist.</translation>
    </message>
    <message>
        <source>Ce modèle compte les situations du bailleur porteur : indiquez ce partenaire (la fiche n&apos;a pas un unique bailleur social parmi ses partenaires).</source>
        <translation>This template counts the cases of the lead landlord: give that partner (the sheet does not have a single social landlord among its partners).</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe pas.</source>
        <translation>This partner does not exist.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>« %1 » : un code est vide.</source>
        <translation>“%1”: a code is empty.</translation>
    </message>
    <message>
        <source>« %1 » : « %2 » figure deux fois.</source>
        <translation>“%1”: “%2” appears twice.</translation>
    </message>
    <message>
        <source>« %1 » : l&apos;objectif de « %2 » dépasse 1000 caractères.</source>
        <translation>“%1”: the objective of “%2” exceeds 1000 characters.</translation>
    </message>
    <message>
        <source>« %1 » : « %2 » dépasse 100 caractères.</source>
        <translation>“%1”: “%2” exceeds 100 characters.</translation>
    </message>
    <message>
        <source>« %1 » : un partenaire n&apos;est pas choisi.</source>
        <translation>“%1”: a partner is not chosen.</translation>
    </message>
    <message>
        <source>« %1 » : un partenaire figure deux fois.</source>
        <translation>“%1”: a partner appears twice.</translation>
    </message>
    <message>
        <source>« %1 » n° %2 : le texte est obligatoire.</source>
        <translation>“%1” no. %2: the text is required.</translation>
    </message>
    <message>
        <source>« %1 » n° %2 : cette ligne figure deux fois.</source>
        <translation>“%1” no. %2: this line appears twice.</translation>
    </message>
    <message>
        <source>« Programme » est obligatoire.</source>
        <translation>“Programme” is required.</translation>
    </message>
    <message>
        <source>Une fiche action ne peut pas être chaînée avec elle-même.</source>
        <translation>An action sheet cannot be chained to itself.</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Année de début</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Année de fin</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>« Année de fin » ne peut pas précéder « Année de début ».</source>
        <translation>“End year” cannot be before “Start year”.</translation>
    </message>
    <message>
        <source>Début de période</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Fin de période</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>« Situation » est obligatoire.</source>
        <translation>“Case” is required.</translation>
    </message>
    <message>
        <source>Date de l&apos;évaluation</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Dimension évaluée</source>
        <translation>Assessed dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>« Dispositif » est obligatoire.</source>
        <translation>“Programme” is required.</translation>
    </message>
    <message>
        <source>Date de repérage</source>
        <translation>Identification date</translation>
    </message>
    <message>
        <source>Date d&apos;orientation</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>Date de début d&apos;accompagnement</source>
        <translation>Support start date</translation>
    </message>
    <message>
        <source>Date de clôture</source>
        <translation>Closure date</translation>
    </message>
    <message>
        <source>Une situation orientée a une date d&apos;orientation.</source>
        <translation>A referred case has a referral date.</translation>
    </message>
    <message>
        <source>Une situation accompagnée a une date de début d&apos;accompagnement.</source>
        <translation>A supported case has a support start date.</translation>
    </message>
    <message>
        <source>Une situation clôturée a une date de clôture.</source>
        <translation>A closed case has a closure date.</translation>
    </message>
    <message>
        <source>Seule une situation clôturée a une date de clôture.</source>
        <translation>Only a closed case has a closure date.</translation>
    </message>
    <message>
        <source>« Motif de clôture » est obligatoire pour clôturer.</source>
        <translation>“Closure reason” is required to close.</translation>
    </message>
    <message>
        <source>Seule une situation clôturée a un motif de clôture.</source>
        <translation>Only a closed case has a closure reason.</translation>
    </message>
    <message>
        <source>Motif de la saisine</source>
        <translation>Referral reason</translation>
    </message>
    <message>
        <source>Chaque personne de la situation doit être enregistrée.</source>
        <translation>Each person of the case must be saved.</translation>
    </message>
    <message>
        <source>Une personne figure deux fois dans la situation.</source>
        <translation>A person appears twice in the case.</translation>
    </message>
    <message>
        <source>Une situation n&apos;a qu&apos;une personne accompagnée principale.</source>
        <translation>A case has only one main supported person.</translation>
    </message>
    <message>
        <source>Chaque intervenant affecté doit être enregistré.</source>
        <translation>Each assigned worker must be saved.</translation>
    </message>
    <message>
        <source>Un intervenant est affecté deux fois à la situation.</source>
        <translation>A worker is assigned twice to the case.</translation>
    </message>
    <message>
        <source>Date d&apos;affectation</source>
        <translation>Assignment date</translation>
    </message>
    <message>
        <source>Date de fin d&apos;affectation</source>
        <translation>Assignment end date</translation>
    </message>
    <message>
        <source>Chaque partenaire mobilisé doit être enregistré.</source>
        <translation>Each partner involved must be saved.</translation>
    </message>
    <message>
        <source>Un partenaire est mobilisé deux fois sur la situation.</source>
        <translation>A partner is involved twice in the case.</translation>
    </message>
    <message>
        <source>Date de mobilisation</source>
        <translation>Involvement date</translation>
    </message>
    <message>
        <source>Une problématique sans code a été donnée.</source>
        <translation>An issue without a code was given.</translation>
    </message>
    <message>
        <source>Une problématique figure deux fois.</source>
        <translation>An issue appears twice.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>« Heure » s&apos;indique en heures et minutes.</source>
        <translation>“Time” is given in hours and minutes.</translation>
    </message>
    <message>
        <source>Durée (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Chaque groupe de participants a une typologie.</source>
        <translation>Each group of participants has a category.</translation>
    </message>
    <message>
        <source>Une typologie de participants figure deux fois.</source>
        <translation>A participant category appears twice.</translation>
    </message>
    <message>
        <source>Un nombre de participants ne peut pas être négatif.</source>
        <translation>A number of participants cannot be negative.</translation>
    </message>
    <message>
        <source>Seule une commission examine des situations : choisissez le type « Commission » ou retirez les situations examinées.</source>
        <translation>Only a committee reviews cases: choose the type “Committee” or remove the reviewed cases.</translation>
    </message>
    <message>
        <source>Chaque situation examinée doit être enregistrée.</source>
        <translation>Each reviewed case must be saved.</translation>
    </message>
    <message>
        <source>Une situation est examinée deux fois dans la séance.</source>
        <translation>A case is reviewed twice in the session.</translation>
    </message>
    <message>
        <source>« Décision » est obligatoire pour chaque situation examinée.</source>
        <translation>“Decision” is required for each reviewed case.</translation>
    </message>
    <message>
        <source>Type de support</source>
        <translation>Medium type</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>« Quantité réalisée » ne peut pas être négative.</source>
        <translation>“Quantity produced” cannot be negative.</translation>
    </message>
    <message>
        <source>« Quantité diffusée » ne peut pas être négative.</source>
        <translation>“Quantity distributed” cannot be negative.</translation>
    </message>
    <message>
        <source>« Quantité diffusée » ne peut pas dépasser la quantité réalisée.</source>
        <translation>“Quantity distributed” cannot exceed the quantity produced.</translation>
    </message>
    <message>
        <source>Date de réalisation</source>
        <translation>Production date</translation>
    </message>
    <message>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>« Montant » ne peut pas être négatif.</source>
        <translation>“Amount” cannot be negative.</translation>
    </message>
    <message>
        <source>Code du ménage</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>« Dette locative » ne peut pas être négative.</source>
        <translation>“Rent arrears” cannot be negative.</translation>
    </message>
    <message>
        <source>Chaque membre du ménage doit être une personne enregistrée.</source>
        <translation>Each household member must be a saved person.</translation>
    </message>
    <message>
        <source>Une personne figure deux fois dans le ménage.</source>
        <translation>A person appears twice in the household.</translation>
    </message>
    <message>
        <source>« Lien dans le ménage » est obligatoire pour chaque membre.</source>
        <translation>“Household relationship” is required for each member.</translation>
    </message>
    <message>
        <source>Un ménage n&apos;a qu&apos;une « personne de référence ».</source>
        <translation>A household has only one “reference person”.</translation>
    </message>
    <message>
        <source>« Fiche action » est obligatoire.</source>
        <translation>“Action sheet” is required.</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>« Indicateur » est obligatoire.</source>
        <translation>“Indicator” is required.</translation>
    </message>
    <message>
        <source>« Valeur » doit être un nombre.</source>
        <translation>“Value” must be a number.</translation>
    </message>
    <message>
        <source>Saisissez une valeur (nombre ou texte) ; pour l&apos;effacer, utilisez « Effacer ».</source>
        <translation>Enter a value (number or text); to clear it, use “Clear”.</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Type d&apos;intervention</source>
        <translation>Intervention type</translation>
    </message>
    <message>
        <source>Une intervention réalisée doit avoir une durée supérieure à zéro.</source>
        <translation>A completed intervention must have a duration above zero.</translation>
    </message>
    <message>
        <source>Chaque situation liée doit être enregistrée.</source>
        <translation>Each linked case must be saved.</translation>
    </message>
    <message>
        <source>Une situation est liée deux fois à l&apos;intervention.</source>
        <translation>A case is linked twice to the intervention.</translation>
    </message>
    <message>
        <source>Chaque intervenant doit être enregistré.</source>
        <translation>Each worker must be saved.</translation>
    </message>
    <message>
        <source>Un intervenant figure deux fois sur l&apos;intervention.</source>
        <translation>A worker appears twice on the intervention.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Type de partenaire</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>« Courriel » n&apos;est pas une adresse valide.</source>
        <translation>“Email” is not a valid address.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Le code d&apos;une personne est pseudonyme : il ne doit pas reprendre son nom.</source>
        <translation>A person&apos;s code is a pseudonym: it must not contain their name.</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>« Lien dans le ménage » suppose que la personne appartienne à un ménage.</source>
        <translation>“Household relationship” requires the person to belong to a household.</translation>
    </message>
    <message>
        <source>« Organisation » est obligatoire.</source>
        <translation>“Organisation” is required.</translation>
    </message>
    <message>
        <source>« Code » est obligatoire.</source>
        <translation>“Code” is required.</translation>
    </message>
    <message>
        <source>« Code » doit commencer par une lettre majuscule et ne contenir que des majuscules et des chiffres (8 caractères au plus).</source>
        <translation>“Code” must start with a capital letter and contain only capitals and digits (8 characters at most).</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>« Code » ne peut contenir que des lettres sans accent, des chiffres et « _ », commencer par une lettre ou un chiffre et compter 40 caractères au plus.</source>
        <translation>“Code” may contain only unaccented letters, digits and “_”, must start with a letter or a digit and be 40 characters at most.</translation>
    </message>
    <message>
        <source>Libellé (français)</source>
        <translation>Label (French)</translation>
    </message>
    <message>
        <source>Libellé (anglais)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>« %1 » est obligatoire.</source>
        <translation>“%1” is required.</translation>
    </message>
    <message>
        <source>« %1 » dépasse %2 caractères.</source>
        <translation>“%1” exceeds %2 characters.</translation>
    </message>
    <message>
        <source>« %1 » doit être une date valide.</source>
        <translation>“%1” must be a valid date.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas précéder « %2 ».</source>
        <translation>“%1” cannot be before “%2”.</translation>
    </message>
    <message>
        <source>« %1 » doit être compris entre %2 et %3.</source>
        <translation>“%1” must be between %2 and %3.</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>« ETP » doit être un nombre.</source>
        <translation>“FTE” must be a number.</translation>
    </message>
    <message>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Cette fiche action n&apos;existe pas.</source>
        <translation>This action sheet does not exist.</translation>
    </message>
    <message>
        <source>La fiche action est obligatoire.</source>
        <translation>The action sheet is required.</translation>
    </message>
    <message>
        <source>Ce programme n&apos;existe pas.</source>
        <translation>This programme does not exist.</translation>
    </message>
    <message>
        <source>La fiche action chaînée n&apos;existe pas.</source>
        <translation>The chained action sheet does not exist.</translation>
    </message>
    <message>
        <source>Ce chaînage formerait une boucle : la fiche choisie découle déjà de celle-ci.</source>
        <translation>This chaining would form a loop: the chosen sheet already follows from this one.</translation>
    </message>
    <message>
        <source>Fiche action introuvable.</source>
        <translation>Action sheet not found.</translation>
    </message>
    <message numerus="yes">
        <source>%n financement(s) affecté(s) à cette fiche relèvent de son programme actuel : changez-les d&apos;abord.</source>
        <translation>
            <numerusform>%n funding line allocated to this sheet belongs to its current programme: change it first.</numerusform>
            <numerusform>%n funding lines allocated to this sheet belong to its current programme: change them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>« %1 » : « %2 » n&apos;est pas dans la liste de référence.</source>
        <translation>“%1”: “%2” is not in the reference list.</translation>
    </message>
    <message>
        <source>« %1 » : un partenaire choisi n&apos;existe pas.</source>
        <translation>“%1”: a chosen partner does not exist.</translation>
    </message>
    <message>
        <source>« %1 » n° %2 appartient à une autre fiche action.</source>
        <translation>“%1” no. %2 belongs to another action sheet.</translation>
    </message>
    <message>
        <source>Évaluation introuvable.</source>
        <translation>Assessment not found.</translation>
    </message>
    <message>
        <source>Situation introuvable.</source>
        <translation>Case not found.</translation>
    </message>
    <message>
        <source>« Date de l&apos;évaluation » ne peut pas précéder le repérage de la situation %1 (%2).</source>
        <translation>“Assessment date” cannot be before case %1 was identified (%2).</translation>
    </message>
    <message>
        <source>« Date de l&apos;évaluation » ne peut pas être dans le futur.</source>
        <translation>“Assessment date” cannot be in the future.</translation>
    </message>
    <message>
        <source>Dimension évaluée inconnue : « %1 ».</source>
        <translation>Unknown assessed dimension: “%1”.</translation>
    </message>
    <message>
        <source>Une personne de la situation est introuvable.</source>
        <translation>A person of the case cannot be found.</translation>
    </message>
    <message>
        <source>Un intervenant affecté est introuvable.</source>
        <translation>An assigned worker cannot be found.</translation>
    </message>
    <message>
        <source>Le rôle « Travailleur pair » du binôme revient à un travailleur pair.</source>
        <translation>The duo&apos;s “Peer worker” role goes to a peer worker.</translation>
    </message>
    <message>
        <source>Le rôle « Professionnel » du binôme revient à un professionnel ou à un coordinateur.</source>
        <translation>The duo&apos;s “Professional” role goes to a professional or a coordinator.</translation>
    </message>
    <message>
        <source>Un partenaire mobilisé est introuvable.</source>
        <translation>A partner involved cannot be found.</translation>
    </message>
    <message>
        <source>Problématique inconnue : « %1 ».</source>
        <translation>Unknown issue: “%1”.</translation>
    </message>
    <message>
        <source>Une situation est créée au statut « Repérée » ; son parcours s&apos;enregistre ensuite par changement de statut.</source>
        <translation>A case is created with the status “Identified”; its course is then recorded by status changes.</translation>
    </message>
    <message>
        <source>« Date de repérage » ne peut pas être dans le futur.</source>
        <translation>“Identification date” cannot be in the future.</translation>
    </message>
    <message>
        <source>Dispositif introuvable.</source>
        <translation>Programme not found.</translation>
    </message>
    <message>
        <source>Le numéro %1 est déjà attribué dans ce dispositif.</source>
        <translation>The number %1 is already assigned in this programme.</translation>
    </message>
    <message>
        <source>Une situation ne change pas de dispositif.</source>
        <translation>A case does not change programme.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;une situation ne se modifie pas.</source>
        <translation>A case&apos;s number cannot be changed.</translation>
    </message>
    <message>
        <source>Le statut et ses dates se changent par un changement de statut, qui garde l&apos;historique.</source>
        <translation>The status and its dates are changed by a status change, which keeps the history.</translation>
    </message>
    <message>
        <source>« Date de repérage » ne peut pas suivre le premier changement de statut (%1).</source>
        <translation>“Identification date” cannot be after the first status change (%1).</translation>
    </message>
    <message>
        <source>« Date de repérage » ne peut pas suivre la première évaluation (%1).</source>
        <translation>“Identification date” cannot be after the first assessment (%1).</translation>
    </message>
    <message>
        <source>Ménage introuvable.</source>
        <translation>Household not found.</translation>
    </message>
    <message>
        <source>Partenaire à l&apos;origine de la saisine introuvable.</source>
        <translation>Referring partner not found.</translation>
    </message>
    <message>
        <source>Cette situation est archivée : restaurez-la avant de changer son statut.</source>
        <translation>This case is archived: restore it before changing its status.</translation>
    </message>
    <message>
        <source>La situation est déjà au statut « %1 ».</source>
        <translation>The case already has the status “%1”.</translation>
    </message>
    <message>
        <source>Passage impossible de « %1 » à « %2 » ; depuis « %1 » : %3.</source>
        <translation>Cannot go from “%1” to “%2”; from “%1”: %3.</translation>
    </message>
    <message>
        <source>« Date du changement » doit être une date valide.</source>
        <translation>“Date of change” must be a valid date.</translation>
    </message>
    <message>
        <source>« Date du changement » ne peut pas précéder la date de repérage (%1).</source>
        <translation>“Date of change” cannot be before the identification date (%1).</translation>
    </message>
    <message>
        <source>« Date du changement » ne peut pas précéder le changement précédent (%1).</source>
        <translation>“Date of change” cannot be before the previous change (%1).</translation>
    </message>
    <message>
        <source>« Date du changement » ne peut pas être dans le futur.</source>
        <translation>“Date of change” cannot be in the future.</translation>
    </message>
    <message>
        <source>Motif de clôture inconnu : « %1 ».</source>
        <translation>Unknown closure reason: “%1”.</translation>
    </message>
    <message>
        <source>Un motif de clôture ne s&apos;indique qu&apos;en clôturant la situation.</source>
        <translation>A closure reason is given only when closing the case.</translation>
    </message>
    <message>
        <source>Séance introuvable.</source>
        <translation>Session not found.</translation>
    </message>
    <message>
        <source>Une séance à venir ne peut pas être déjà tenue.</source>
        <translation>A future session cannot already be held.</translation>
    </message>
    <message>
        <source>Typologie de participants inconnue : « %1 ».</source>
        <translation>Unknown participant category: “%1”.</translation>
    </message>
    <message>
        <source>Une situation examinée est introuvable.</source>
        <translation>A reviewed case cannot be found.</translation>
    </message>
    <message>
        <source>Décision de commission inconnue : « %1 ».</source>
        <translation>Unknown committee decision: “%1”.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un type de support connu.</source>
        <translation>“%1” is not a known material type.</translation>
    </message>
    <message>
        <source>Support introuvable.</source>
        <translation>Material not found.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe pas.</source>
        <translation>This partner does not exist.</translation>
    </message>
    <message>
        <source>La fiche action appartient à un autre programme que ce financement.</source>
        <translation>The action sheet belongs to another programme than this funding.</translation>
    </message>
    <message>
        <source>Financement introuvable.</source>
        <translation>Funding not found.</translation>
    </message>
    <message>
        <source>Le code %1 est déjà celui d&apos;un autre ménage.</source>
        <translation>The code %1 is already used by another household.</translation>
    </message>
    <message>
        <source>Bailleur introuvable parmi les partenaires.</source>
        <translation>Landlord not found among the partners.</translation>
    </message>
    <message>
        <source>Étape de procédure d&apos;expulsion inconnue : « %1 ».</source>
        <translation>Unknown eviction procedure stage: “%1”.</translation>
    </message>
    <message>
        <source>Un membre du ménage est introuvable.</source>
        <translation>A household member cannot be found.</translation>
    </message>
    <message>
        <source>Lien dans le ménage inconnu : « %1 ».</source>
        <translation>Unknown household relationship: “%1”.</translation>
    </message>
    <message>
        <source>Impossible d&apos;attribuer un code libre au ménage %1.</source>
        <translation>Cannot assign a free code to household %1.</translation>
    </message>
    <message>
        <source>Indicateur introuvable.</source>
        <translation>Indicator not found.</translation>
    </message>
    <message>
        <source>Cet indicateur n&apos;existe pas.</source>
        <translation>This indicator does not exist.</translation>
    </message>
    <message>
        <source>Intervention introuvable.</source>
        <translation>Intervention not found.</translation>
    </message>
    <message>
        <source>Modalité inconnue : « %1 ».</source>
        <translation>Unknown mode: “%1”.</translation>
    </message>
    <message>
        <source>Type d&apos;intervention inconnu : « %1 ».</source>
        <translation>Unknown intervention type: “%1”.</translation>
    </message>
    <message>
        <source>Une intervention à venir ne peut pas être marquée réalisée.</source>
        <translation>A future intervention cannot be marked done.</translation>
    </message>
    <message>
        <source>Une situation liée est introuvable.</source>
        <translation>A linked case cannot be found.</translation>
    </message>
    <message>
        <source>La situation %1 n&apos;appartient pas au dispositif de l&apos;intervention.</source>
        <translation>Case %1 does not belong to the intervention&apos;s programme.</translation>
    </message>
    <message>
        <source>Un intervenant est introuvable.</source>
        <translation>A worker cannot be found.</translation>
    </message>
    <message>
        <source>Organisation introuvable.</source>
        <translation>Organisation not found.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un type de partenaire connu.</source>
        <translation>“%1” is not a known partner type.</translation>
    </message>
    <message>
        <source>Partenaire introuvable.</source>
        <translation>Partner not found.</translation>
    </message>
    <message>
        <source>Personne introuvable.</source>
        <translation>Person not found.</translation>
    </message>
    <message>
        <source>Le code %1 est déjà celui d&apos;une autre personne.</source>
        <translation>The code %1 is already used by another person.</translation>
    </message>
    <message>
        <source>« Année de naissance » ne peut pas être dans le futur.</source>
        <translation>“Year of birth” cannot be in the future.</translation>
    </message>
    <message>
        <source>Ce ménage a déjà sa « personne de référence ».</source>
        <translation>This household already has its “reference person”.</translation>
    </message>
    <message>
        <source>Impossible d&apos;attribuer un code libre à la personne %1.</source>
        <translation>Cannot assign a free code to person %1.</translation>
    </message>
    <message>
        <source>Cette organisation n&apos;existe pas.</source>
        <translation>This organisation does not exist.</translation>
    </message>
    <message>
        <source>Le code « %1 » est déjà celui d&apos;un autre programme de l&apos;organisation.</source>
        <translation>The code “%1” is already used by another programme of the organisation.</translation>
    </message>
    <message>
        <source>Programme introuvable.</source>
        <translation>Programme not found.</translation>
    </message>
    <message>
        <source>Le code « %1 » n&apos;existe pas dans la liste « %2 ».</source>
        <translation>The code “%1” does not exist in list “%2”.</translation>
    </message>
    <message>
        <source>Liste de référence inconnue : « %1 ».</source>
        <translation>Unknown reference list: “%1”.</translation>
    </message>
    <message>
        <source>Le code « %1 » existe déjà dans cette liste.</source>
        <translation>The code “%1” already exists in this list.</translation>
    </message>
    <message>
        <source>Enregistrement introuvable.</source>
        <translation>Record not found.</translation>
    </message>
    <message numerus="yes">
        <source>Cet intervenant est affecté comme « %1 » à %n situation(s) en cours, ce que le rôle « %2 » ne permet pas : retirez d&apos;abord ces affectations.</source>
        <translation>
            <numerusform>This worker is assigned as “%1” to %n open case, which the role “%2” does not allow: remove that assignment first.</numerusform>
            <numerusform>This worker is assigned as “%1” to %n open cases, which the role “%2” does not allow: remove those assignments first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intervenant introuvable.</source>
        <translation>Worker not found.</translation>
    </message>
    <message>
        <source>valeur obligatoire manquante (%1)</source>
        <translation>missing required value (%1)</translation>
    </message>
    <message>
        <source>cet enregistrement existe déjà (%1)</source>
        <translation>this record already exists (%1)</translation>
    </message>
    <message>
        <source>référence vers un enregistrement inexistant</source>
        <translation>reference to a record that does not exist</translation>
    </message>
    <message>
        <source>valeur refusée pour %1</source>
        <translation>value refused for %1</translation>
    </message>
    <message>
        <source>Cette organisation n&apos;existe pas dans cette base.</source>
        <translation>This organisation does not exist in this database.</translation>
    </message>
    <message>
        <source>Créez d&apos;abord l&apos;organisation avant d&apos;inviter un appareil.</source>
        <translation>Create the organisation before inviting a device.</translation>
    </message>
    <message>
        <source>Cette base contient plusieurs organisations : choisissez celle que l&apos;appareil rejoint.</source>
        <translation>This database holds several organisations: choose the one the device joins.</translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Nom du poste du bureau</source>
        <translation>Office computer name</translation>
    </message>
    <message>
        <source>Une invitation vaut de 1 à 30 jours.</source>
        <translation>An invitation is valid for 1 to 30 days.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;intervenant à qui l&apos;ordinateur portable est confié.</source>
        <translation>Choose the worker the laptop is entrusted to.</translation>
    </message>
    <message>
        <source>Un poste du bureau n&apos;est pas confié à un intervenant : retirez-le.</source>
        <translation>An office computer is not entrusted to a worker: remove them.</translation>
    </message>
    <message>
        <source>Seul un poste du bureau peut inviter un appareil.</source>
        <translation>Only an office computer can invite a device.</translation>
    </message>
    <message>
        <source>Cet intervenant n&apos;existe pas dans l&apos;organisation, ou il est archivé.</source>
        <translation>This worker does not exist in the organisation, or is archived.</translation>
    </message>
    <message>
        <source>Un appareil ne peut pas être appairé avec lui-même.</source>
        <translation>A device cannot be paired with itself.</translation>
    </message>
    <message>
        <source>Cet appareil est déjà appairé avec d&apos;autres clés. Révoquez puis retirez l&apos;ancien appairage avant d&apos;appairer l&apos;appareil à nouveau.</source>
        <translation>This device is already paired with other keys. Revoke then remove the old pairing before pairing the device again.</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué ; il ne peut plus être appairé avec les mêmes clés.</source>
        <translation>This device has been revoked; it can no longer be paired with the same keys.</translation>
    </message>
    <message>
        <source>Cet appareil n&apos;est pas appairé.</source>
        <translation>This device is not paired.</translation>
    </message>
    <message>
        <source>Révoquez l&apos;appareil avant de le retirer.</source>
        <translation>Revoke the device before removing it.</translation>
    </message>
    <message>
        <source>L&apos;identifiant de la réplique est obligatoire.</source>
        <translation>The replica id is required.</translation>
    </message>
    <message>
        <source>La clé de signature de l&apos;appareil doit compter 32 octets.</source>
        <translation>The device&apos;s signing key must be 32 bytes long.</translation>
    </message>
    <message>
        <source>La clé de chiffrement de l&apos;appareil doit compter 32 octets.</source>
        <translation>The device&apos;s encryption key must be 32 bytes long.</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <comment>field name : message</comment>
        <translation>%1: %2</translation>
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
