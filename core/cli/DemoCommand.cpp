#include "cli/Commands.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "util/TrContext.h"

#include <QDir>
#include <QFileInfo>

namespace passerelle::cli {

namespace {
bool parseNumber(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}
} // namespace

int runDemo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Remplit la base avec des données de démonstration réalistes et fictives "
                    "(mêmes options et même graine : mêmes données)."));
    const QCommandLineOption casesOption(
        QStringLiteral("cases"),
        CliText::tr("Nombre de situations à créer (1 à %1).").arg(DemoGenerator::maxCases),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), CliText::tr("Graine du tirage (entier positif, 52 par défaut)."),
        QStringLiteral("S"));
    const QCommandLineOption perCaseOption(
        QStringLiteral("interventions-per-case"),
        CliText::tr("Interventions par situation en moyenne (0 à %1, 20 par défaut).")
            .arg(DemoGenerator::maxInterventionsPerCase),
        QStringLiteral("K"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        CliText::tr("Date de référence AAAA-MM-JJ : les cinq années d'activité s'arrêtent là "
                    "(aujourd'hui par défaut)."),
        QStringLiteral("DATE"));
    const QCommandLineOption ifEmptyOption(
        QStringLiteral("if-empty"),
        CliText::tr(
            "Ne rien faire (et réussir) si la base contient déjà un programme ou une situation."));
    const QCommandLineOption appendOption(
        QStringLiteral("append"),
        CliText::tr("Ajouter les données de démonstration à une base qui en contient déjà."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         CliText::tr("Ne pas afficher la progression."));
    parser.addOptions({casesOption, seedOption, perCaseOption, todayOption, ifEmptyOption,
                       appendOption, quietOption});
    if (!ctx.parse(parser))
        return Usage;

    DemoOptions options;
    qint64 number = 0;
    if (!parser.isSet(casesOption)) {
        ctx.err << CliText::tr("Indiquez le nombre de situations à créer : --cases N.") << Qt::endl;
        return Usage;
    }
    if (!parseNumber(parser.value(casesOption), 1, DemoGenerator::maxCases, &number)) {
        ctx.err
            << CliText::tr("--cases attend un nombre entre 1 et %1.").arg(DemoGenerator::maxCases)
            << Qt::endl;
        return Usage;
    }
    options.cases = int(number);
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            ctx.err << CliText::tr("--seed attend un entier positif.") << Qt::endl;
            return Usage;
        }
    }
    if (parser.isSet(perCaseOption)) {
        if (!parseNumber(parser.value(perCaseOption), 0, DemoGenerator::maxInterventionsPerCase,
                         &number)) {
            ctx.err << CliText::tr("--interventions-per-case attend un nombre entre 0 et %1.")
                           .arg(DemoGenerator::maxInterventionsPerCase)
                    << Qt::endl;
            return Usage;
        }
        options.interventionsPerCase = int(number);
    }
    if (parser.isSet(todayOption)) {
        options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!options.today.isValid()) {
            ctx.err << CliText::tr("--today attend une date AAAA-MM-JJ.") << Qt::endl;
            return Usage;
        }
    }
    options.append = parser.isSet(appendOption);

    const auto db = ctx.openDatabase();
    if (!db->isEmpty()) {
        if (parser.isSet(ifEmptyOption)) {
            ctx.out << CliText::tr(
                           "La base %1 contient déjà des données : aucune donnée de démonstration "
                           "ajoutée.")
                           .arg(QDir::toNativeSeparators(db->path()))
                    << Qt::endl;
            return Ok;
        }
        if (!options.append) {
            ctx.err << CliText::tr(
                           "La base %1 contient déjà des programmes ou des situations. Ajoutez "
                           "--append pour y "
                           "ajouter quand même des données de démonstration, ou --if-empty pour ne "
                           "rien faire "
                           "dans ce cas.")
                           .arg(QDir::toNativeSeparators(db->path()))
                    << Qt::endl;
            return BadInput;
        }
    }

    if (!parser.isSet(quietOption)) {
        int lastPercent = -1;
        options.progress = [&ctx, lastPercent](int done, int total) mutable {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            ctx.err << '\r' << CliText::tr("Données de démonstration : %1 %").arg(percent)
                    << Qt::flush;
        };
    }
    const DemoSummary summary = DemoGenerator::generate(*db, options);
    if (options.progress)
        ctx.err << Qt::endl;

    for (auto it = summary.rows.cbegin(); it != summary.rows.cend(); ++it)
        ctx.out << it.key().leftJustified(30) << ' '
                << QString::number(it.value()).rightJustified(10) << '\n';
    ctx.out << QStringLiteral("total").leftJustified(30) << ' '
            << QString::number(summary.totalRows()).rightJustified(10) << '\n'
            << CliText::tr("Données de démonstration créées en %1 s (graine %2) dans %3 (%4 Mo).")
                   .arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1)
                   .arg(options.seed)
                   .arg(QDir::toNativeSeparators(db->path()))
                   .arg(double(QFileInfo(db->path()).size()) / (1024.0 * 1024.0), 0, 'f', 1)
            << Qt::endl;
    return Ok;
}

} // namespace passerelle::cli
