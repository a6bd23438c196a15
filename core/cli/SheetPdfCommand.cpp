#include "cli/Commands.h"

#include "indicators/ReportingPeriod.h"
#include "reports/ActionSheetLookup.h"
#include "reports/ActionSheetPdf.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QSaveFile>

namespace passerelle::cli {

int runSheetPdf(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Imprime une fiche action en PDF, présentée comme le modèle de l'ARS (cases cochées "
        "☒ / ☐, partenaires, financements, indicateurs)."));
    const QCommandLineOption action(
        QStringLiteral("action"), CliText::tr("Fiche action : identifiant ou numéro (ex. 3.3.1)."),
        CliText::tr("ID"));
    const QCommandLineOption year(
        QStringLiteral("year"),
        CliText::tr("Année que la fiche couvre, quand plusieurs fiches chaînées portent "
                    "le même numéro (par défaut : l'année en cours)."),
        CliText::tr("AAAA"));
    const QCommandLineOption outFile(QStringLiteral("out"), CliText::tr("Fichier PDF à écrire."),
                                     CliText::tr("FICHIER"));
    parser.addOptions({action, year, outFile});
    if (!ctx.parse(parser))
        return Usage;
    if (!parser.isSet(action) || !parser.isSet(outFile)) {
        ctx.err << CliText::tr("--action et --out sont obligatoires.") << Qt::endl;
        return Usage;
    }
    const ReportingPeriod period =
        ReportingPeriod::fromOptions({}, {}, parser.value(year), systemClock().today());
    const auto db = ctx.openDatabase(true);
    const Uuid sheet = ActionSheetLookup::resolve(*db, parser.value(action), period);

    // Written beside and renamed at the end: a failed run leaves no half-written file.
    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(
            CliText::tr("Impossible d'écrire %1 : %2").arg(file.fileName(), file.errorString()));
    ActionSheetPdf(*db).write(sheet, file);
    if (!file.commit())
        throw StorageError(
            CliText::tr("Impossible d'écrire %1 : %2").arg(file.fileName(), file.errorString()));
    return Ok;
}

} // namespace passerelle::cli
