#include "cli/Commands.h"

#include "indicators/ReportingPeriod.h"
#include "reports/ActionSheetLookup.h"
#include "reports/AnnualReviewBuilder.h"
#include "reports/ReviewWriters.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace passerelle::cli {

namespace {
void printTimings(QTextStream &err, const QList<AnnualReviewBuilder::SectionTiming> &timings,
                  double buildMs, double writeMs)
{
    err << CliText::tr("Temps par section :") << '\n';
    int queries = 0;
    for (const auto &t : timings) {
        err << "  " << t.section.leftJustified(16)
            << QString::number(t.milliseconds, 'f', 1).rightJustified(9) << " ms  "
            << QString::number(t.queries).rightJustified(4) << ' ' << CliText::tr("requêtes")
            << '\n';
        queries += t.queries;
    }
    err << "  " << CliText::tr("bilan").leftJustified(16)
        << QString::number(buildMs, 'f', 1).rightJustified(9) << " ms  "
        << QString::number(queries).rightJustified(4) << ' ' << CliText::tr("requêtes") << '\n'
        << "  " << CliText::tr("écriture").leftJustified(16)
        << QString::number(writeMs, 'f', 1).rightJustified(9) << " ms" << Qt::endl;
}
} // namespace

int runReport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Bilan annuel d'une fiche action : indicateurs, file active, heures, interventions, "
        "partenaires, actions collectives, évaluations, financements et textes du bilan, avec "
        "la période précédente en regard."));
    const QStringList formats = ReviewWriters::formats();
    QStringList formatHelp;
    for (const QString &f : formats)
        formatHelp.append(QStringLiteral("%1 (%2)").arg(f, ReviewWriters::forFormat(f)->description()));
    const QCommandLineOption action(
        QStringLiteral("action"), CliText::tr("Fiche action : identifiant ou numéro (ex. 3.3.1)."),
        CliText::tr("ID"));
    const QCommandLineOption from(
        QStringLiteral("from"), CliText::tr("Début de période (AAAA-MM-JJ)."), CliText::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("Fin de période (AAAA-MM-JJ)."),
                                CliText::tr("DATE"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  CliText::tr("Année civile (par défaut : l'année en cours)."),
                                  CliText::tr("AAAA"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CliText::tr("Format : %1. Par défaut, d'après l'extension de --out.")
            .arg(formatHelp.join(QStringLiteral(", "))),
        CliText::tr("FORMAT"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), CliText::tr("Fichier à écrire (par défaut : la sortie standard)."),
        CliText::tr("FICHIER"));
    const QCommandLineOption timing(
        QStringLiteral("timing"),
        CliText::tr("Affiche le temps de calcul de chaque section (sur la "
                    "sortie d'erreur)."));
    parser.addOptions({action, from, to, year, format, outFile, timing});
    if (!ctx.parse(parser))
        return Usage;
    if (!parser.isSet(action)) {
        ctx.err << CliText::tr("--action est obligatoire.") << Qt::endl;
        return Usage;
    }
    QString formatName = parser.value(format).toLower();
    if (formatName.isEmpty() && parser.isSet(outFile))
        formatName = QFileInfo(parser.value(outFile)).suffix().toLower();
    if (formatName.isEmpty()) {
        ctx.err << CliText::tr("Indiquez --format (%1).").arg(formats.join(QStringLiteral(", ")))
                << Qt::endl;
        return Usage;
    }
    const std::unique_ptr<ReviewWriter> writer = ReviewWriters::forFormat(formatName);
    if (!writer) {
        ctx.err << CliText::tr("Format « %1 » inconnu ; formats disponibles : %2.")
                       .arg(formatName, formats.join(QStringLiteral(", ")))
                << Qt::endl;
        return Usage;
    }

    const bool toStdout = !parser.isSet(outFile) || parser.value(outFile) == QLatin1String("-");
    if (toStdout && writer->isBinary()) {
        ctx.err
            << CliText::tr("Le format %1 s'écrit dans un fichier : indiquez --out.").arg(formatName)
            << Qt::endl;
        return Usage;
    }

    const ReportingPeriod period = ReportingPeriod::fromOptions(
        parser.value(from), parser.value(to), parser.value(year), systemClock().today());
    const auto db = ctx.openDatabase(true, Database::IntegrityCheck::Deferred);
    const Uuid sheet = ActionSheetLookup::resolve(*db, parser.value(action), period);

    QElapsedTimer timer;
    timer.start();
    AnnualReviewBuilder builder(*db);
    const AnnualReview review = builder.build(sheet, period);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    if (!toStdout) {
        // Written beside and renamed at the end: a failed run leaves no half-written review.
        QSaveFile file(parser.value(outFile));
        if (!file.open(QIODevice::WriteOnly))
            throw StorageError(CliText::tr("Impossible d'écrire %1 : %2")
                                   .arg(file.fileName(), file.errorString()));
        writer->write(review, file);
        if (!file.commit())
            throw StorageError(CliText::tr("Impossible d'écrire %1 : %2")
                                   .arg(file.fileName(), file.errorString()));
    } else {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writer->write(review, buffer);
        ctx.out << QString::fromUtf8(buffer.data()) << Qt::flush;
    }
    if (parser.isSet(timing))
        printTimings(ctx.err, builder.timings(), buildMs, double(timer.nsecsElapsed()) / 1e6);
    return Ok;
}

} // namespace passerelle::cli
