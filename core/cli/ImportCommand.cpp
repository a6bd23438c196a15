#include "cli/Commands.h"

#include "exchange/Importer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace passerelle::cli {

int runImport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Importe un fichier d'échange JSON, tout ou rien : un "
                                           "fichier refusé laisse la base intacte."));
    parser.addPositionalArgument(
        QStringLiteral("FICHIER"),
        QCoreApplication::translate("Cli", "Fichier d'échange à importer."));
    if (!ctx.parse(parser))
        return Usage;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        ctx.err << QCoreApplication::translate(
                       "Cli", "Usage : passerelle-cli import FICHIER.json [--db BASE]")
                << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase();
    const ExchangeResult result = Importer::run(*db, files.first());
    ctx.out << QCoreApplication::translate("Cli", "%1 enregistrements importés depuis %2.")
                   .arg(result.records)
                   .arg(QDir::toNativeSeparators(files.first()))
            << '\n';
    for (const Violation &w : result.warnings)
        ctx.out << QCoreApplication::translate("Cli", "[avertissement] %1 — %2 : %3")
                       .arg(w.recordLabel(), w.field, w.message)
                << '\n';
    ctx.out << Qt::flush;
    return Ok;
}

} // namespace passerelle::cli
