#include "cli/Commands.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace passerelle::cli {

int runInit(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Crée une base vide."));
    if (!ctx.parse(parser))
        return Usage;
    const auto db = ctx.openDatabase();
    ctx.out << QCoreApplication::translate("Cli", "Base %1 prête (schéma %2, réplique %3).")
                   .arg(QDir::toNativeSeparators(db->path()))
                   .arg(db->schemaVersion())
                   .arg(db->replicaId().toString())
            << Qt::endl;
    return Ok;
}

} // namespace passerelle::cli
