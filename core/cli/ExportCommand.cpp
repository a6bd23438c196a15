#include "cli/Commands.h"

#include "exchange/Exporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace passerelle::cli {

int runExport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Exporte toutes les données dans un fichier d'échange "
                                           "JSON versionné (docs/exchange-format.md)."));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("out")},
                                 QCoreApplication::translate("Cli", "Fichier à écrire."),
                                 QCoreApplication::translate("Cli", "FICHIER"));
    parser.addOption(out);
    if (!ctx.parse(parser))
        return Usage;
    const QString path = parser.value(out);
    if (path.isEmpty() || !parser.positionalArguments().isEmpty()) {
        ctx.err << QCoreApplication::translate(
                       "Cli", "Usage : passerelle-cli export --out FICHIER.json [--db BASE]")
                << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const ExchangeResult result = Exporter::run(*db, path);
    ctx.out << QCoreApplication::translate("Cli", "%1 enregistrements exportés vers %2 (%3 Mo).")
                   .arg(result.records)
                   .arg(QDir::toNativeSeparators(path))
                   .arg(double(result.bytes) / (1024.0 * 1024.0), 0, 'f', 1)
            << Qt::endl;
    return Ok;
}

} // namespace passerelle::cli
