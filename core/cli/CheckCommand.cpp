#include "cli/Commands.h"

#include "exchange/IntegrityChecker.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace passerelle::cli {

int runCheck(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Vérifie le fichier, les références et les règles métier ; code 1 s'il y a des erreurs."));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QCoreApplication::translate("Cli", "Contrôle rapide du fichier (quick_check)."));
    parser.addOption(quick);
    if (!ctx.parse(parser))
        return Usage;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli",
                                               "Usage : passerelle-cli check [--quick] [--db BASE]")
                << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const IntegrityReport report =
        IntegrityChecker(*db).run(parser.isSet(quick) ? IntegrityChecker::StorageCheck::Quick
                                                      : IntegrityChecker::StorageCheck::Full);
    for (const Violation &v : report.violations()) {
        const QString severity = v.isError() ? QCoreApplication::translate("Cli", "erreur")
                                             : QCoreApplication::translate("Cli", "avertissement");
        ctx.out << QStringLiteral("[%1] ").arg(severity) << v.recordLabel();
        if (!v.field.isEmpty())
            ctx.out << QStringLiteral(" — ") << v.field;
        ctx.out << QStringLiteral(" : ") << v.message << '\n';
    }
    ctx.out << QCoreApplication::translate("Cli",
                                           "Contrôle terminé : %1 erreur(s), %2 avertissement(s).")
                   .arg(report.errorCount())
                   .arg(report.warningCount());
    if (report.omittedCount() > 0)
        ctx.out
            << ' '
            << QCoreApplication::translate("Cli", "(%1 non listé(s))").arg(report.omittedCount());
    ctx.out << Qt::endl;
    return report.hasErrors() ? BadInput : Ok;
}

} // namespace passerelle::cli
