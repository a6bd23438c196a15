#include "cli/Commands.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace passerelle::cli {

namespace {
struct Bench
{
    Q_DECLARE_TR_FUNCTIONS(Bench)
};

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// Peak resident memory of this process where the platform says it (Linux), else -1.
double peakRssMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

class Report
{
public:
    explicit Report(QTextStream &out) : m_out(out) {}
    void line(const QString &what, double seconds, const QString &detail = {})
    {
        m_out << what.leftJustified(34) << QString::number(seconds, 'f', 2).rightJustified(9)
              << " s   " << detail << Qt::endl;
    }
    void value(const QString &what, const QString &value)
    {
        m_out << what.leftJustified(34) << value << Qt::endl;
    }

private:
    QTextStream &m_out;
};
} // namespace

int runBench(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Bench::tr(
        "Mesure, sur une base de démonstration créée pour l'occasion : génération, ouverture, "
        "statistiques, export, import et taille du fichier."));
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         Bench::tr("Nombre de situations (100000)."),
                                         Bench::tr("N"), QStringLiteral("100000"));
    const QCommandLineOption perCaseOption(QStringLiteral("interventions-per-case"),
                                           Bench::tr("Interventions par situation (20)."),
                                           Bench::tr("K"), QStringLiteral("20"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Bench::tr("Graine (52)."),
                                        Bench::tr("S"), QStringLiteral("52"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        Bench::tr("Dossier de travail (par défaut : un dossier temporaire)."),
        Bench::tr("DOSSIER"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        Bench::tr("Garde les fichiers produits."));
    parser.addOptions({casesOption, perCaseOption, seedOption, dirOption, keepOption});
    if (!ctx.parse(parser))
        return Usage;
    bool ok1 = false, ok2 = false, ok3 = false;
    DemoOptions options;
    options.cases = parser.value(casesOption).toInt(&ok1);
    options.interventionsPerCase = parser.value(perCaseOption).toInt(&ok2);
    options.seed = parser.value(seedOption).toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.cases < 1 || options.interventionsPerCase < 0) {
        ctx.err
            << Bench::tr(
                   "--cases, --interventions-per-case et --seed attendent des nombres positifs.")
            << Qt::endl;
        return Usage;
    }

    QTemporaryDir temp;
    temp.setAutoRemove(!parser.isSet(keepOption));
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    const QString exportPath = QDir(dir).filePath(QStringLiteral("bench-export.json"));
    const QString importPath = QDir(dir).filePath(QStringLiteral("bench-import.sqlite"));
    for (const QString &f : {dbPath, exportPath, importPath})
        QFile::remove(f);

    Report report(ctx.out);
    ctx.out << Bench::tr("Banc d'essai : %1 situations, %2 interventions par situation, graine %3")
                   .arg(options.cases)
                   .arg(options.interventionsPerCase)
                   .arg(options.seed)
            << Qt::endl;
    QElapsedTimer timer;

    qint64 rows = 0;
    {
        timer.start();
        const auto db = Database::open(dbPath);
        const DemoSummary summary = DemoGenerator::generate(*db, options);
        rows = summary.totalRows();
        report.line(Bench::tr("génération (demo)"), timer.elapsed() / 1000.0,
                    Bench::tr("%1 lignes, %2 interventions")
                        .arg(rows)
                        .arg(summary.count(QStringLiteral("intervention"))));
    }
    {
        timer.start();
        const auto db = Database::open(dbPath, Database::OpenMode::OpenExisting,
                                       Database::IntegrityCheck::Deferred);
        report.line(Bench::tr("ouverture (sans contrôle)"), timer.elapsed() / 1000.0);
    }
    {
        timer.start();
        const auto db = Database::open(dbPath, Database::OpenMode::OpenExisting);
        report.line(Bench::tr("ouverture avec quick_check"), timer.elapsed() / 1000.0);

        timer.start();
        qint64 counted = 0;
        for (const TableInfo &t : Schema::replicatedTables(db->handle())) {
            SqliteStatement count(db->handle(),
                                  QByteArray("SELECT count(*) FROM \"" + t.name.toUtf8() + "\""));
            count.step();
            counted += count.int64(0);
        }
        report.line(Bench::tr("statistiques (stats)"), timer.elapsed() / 1000.0,
                    Bench::tr("%1 lignes comptées").arg(counted));

        timer.start();
        const ExchangeResult exported = Exporter::run(*db, exportPath);
        const double s = timer.elapsed() / 1000.0;
        report.line(Bench::tr("export JSON"), s,
                    Bench::tr("%1 enregistrements, %2 Mo, %3 enr./s")
                        .arg(exported.records)
                        .arg(mib(exported.bytes), 0, 'f', 0)
                        .arg(qint64(exported.records / std::max(s, 0.001))));
    }
    {
        timer.start();
        const auto target = Database::open(importPath);
        const ExchangeResult imported = Importer::run(*target, exportPath);
        const double s = timer.elapsed() / 1000.0;
        report.line(Bench::tr("import JSON"), s,
                    Bench::tr("%1 enregistrements, %2 enr./s")
                        .arg(imported.records)
                        .arg(qint64(imported.records / std::max(s, 0.001))));
    }
    report.value(Bench::tr("taille de la base"),
                 Bench::tr("%1 Mo").arg(mib(QFileInfo(dbPath).size()), 0, 'f', 0));
    report.value(Bench::tr("taille de la base importée"),
                 Bench::tr("%1 Mo").arg(mib(QFileInfo(importPath).size()), 0, 'f', 0));
    const double rss = peakRssMib();
    if (rss >= 0)
        report.value(Bench::tr("mémoire résidente maximale"),
                     Bench::tr("%1 Mo").arg(rss, 0, 'f', 0));
    if (parser.isSet(keepOption)) {
        ctx.out << Bench::tr("Fichiers gardés dans %1").arg(QDir::toNativeSeparators(dir))
                << Qt::endl;
    } else {
        for (const QString &f : {dbPath, exportPath, importPath})
            QFile::remove(f);
    }
    return Ok;
}

} // namespace passerelle::cli
