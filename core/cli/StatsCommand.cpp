#include "cli/Commands.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace passerelle::cli {

int runStats(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Compte les enregistrements."));
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("Cli", "Inclut les tables vides et les listes de référence."));
    parser.addOption(all);
    if (!ctx.parse(parser))
        return Usage;
    const auto db = ctx.openDatabase(true);
    qint64 total = 0;
    for (const TableInfo &t : Schema::replicatedTables(db->handle())) {
        SqliteStatement count(db->handle(),
                              QByteArray("SELECT count(*) FROM \"" + t.name.toUtf8() + "\""));
        count.step();
        const qint64 n = count.int64(0);
        total += n;
        if (!parser.isSet(all) && (n == 0 || t.isReferenceList))
            continue;
        ctx.out << t.name.leftJustified(30) << ' ' << QString::number(n).rightJustified(10) << '\n';
    }
    ctx.out << QStringLiteral("total").leftJustified(30) << ' '
            << QString::number(total).rightJustified(10) << '\n'
            << QCoreApplication::translate("Cli", "Taille du fichier : %1 Mo")
                   .arg(double(QFileInfo(db->path()).size()) / (1024.0 * 1024.0), 0, 'f', 1)
            << Qt::endl;
    return Ok;
}

} // namespace passerelle::cli
