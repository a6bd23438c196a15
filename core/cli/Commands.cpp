#include "cli/Commands.h"

#include "storage/Database.h"
#include "util/Errors.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace passerelle::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"init",
         QT_TRANSLATE_NOOP("Cli", "Crée une base vide (ou met à niveau une base existante)."),
         runInit},
        {"stats", QT_TRANSLATE_NOOP("Cli", "Compte les enregistrements par objet."), runStats},
        {"export", QT_TRANSLATE_NOOP("Cli", "Exporte toutes les données (--out FICHIER.json)."),
         runExport},
        {"import", QT_TRANSLATE_NOOP("Cli", "Importe un fichier d'échange, tout ou rien."),
         runImport},
        {"check",
         QT_TRANSLATE_NOOP("Cli", "Vérifie l'intégrité, les références et les règles métier."),
         runCheck},
        {"demo",
         QT_TRANSLATE_NOOP("Cli", "Crée des données de démonstration réalistes et fictives."),
         runDemo},
        {"bench",
         QT_TRANSLATE_NOOP(
             "Cli",
             "Mesure génération, ouverture, statistiques, export et import à grande échelle."),
         runBench},
        {"report",
         QT_TRANSLATE_NOOP("Cli", "Bilan annuel d'une fiche action (--action, --format, --out)."),
         runReport},
        {"indicator",
         QT_TRANSLATE_NOOP("Cli", "Indicateurs : valeurs, traçabilité, définitions, modèles."),
         runIndicator},
        {"sync",
         QT_TRANSLATE_NOOP(
             "Cli",
             "Synchronisation : invite, join, accept, folder, export, import, status, conflicts."),
         runSync},
        {"bench-sync",
         QT_TRANSLATE_NOOP("Cli", "Mesure la capture des changements et la fusion (--rows)."),
         runBenchSync},
        {"sheet-pdf",
         QT_TRANSLATE_NOOP("Cli", "Imprime une fiche action en PDF (--action, --out)."),
         runSheetPdf},
        {"sheet-continue",
         QT_TRANSLATE_NOOP("Cli", "Continue une fiche action l'année suivante (--action)."),
         runSheetContinue},
    };
    return list;
}

namespace {
void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("Cli",
                                       "Usage : passerelle-cli COMMANDE [--db FICHIER] [options]")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commandes :") << '\n';
    for (const Command &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' '
            << QCoreApplication::translate("Cli", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "Codes de sortie : 0 succès, 1 données refusées, "
                                              "2 usage, 3 erreur de stockage.")
        << '\n'
        << QCoreApplication::translate("Cli", "Base par défaut : %1").arg(Database::defaultPath())
        << Qt::endl;
}
} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // --db PATH may stand anywhere; take it out before the subcommand parses the rest.
    QStringList rest;
    QString dbPath = Database::defaultPath();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("Cli", "--db attend un chemin de fichier.")
                    << Qt::endl;
                return Usage;
            }
            dbPath = arguments[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else {
            rest.append(a);
        }
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("help") ||
        rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h")) {
        printUsage(rest.isEmpty() ? err : out);
        return rest.isEmpty() ? Usage : Ok;
    }
    for (const Command &c : commands()) {
        if (rest.first() != QLatin1String(c.name))
            continue;
        CliContext ctx{rest, dbPath, out, err};
        try {
            return c.run(ctx);
        } catch (const ValidationError &e) {
            err << e.message() << Qt::endl;
            return BadInput;
        } catch (const StorageError &e) {
            err << e.message() << Qt::endl;
            return StorageFailure;
        } catch (const Error &e) {
            err << e.message() << Qt::endl;
            return BadInput;
        }
    }
    err << QCoreApplication::translate("Cli", "Commande inconnue : %1").arg(rest.first()) << "\n\n";
    printUsage(err);
    return Usage;
}

} // namespace passerelle::cli
