#include "cli/Commands.h"

#include "actionsheets/SheetContinuation.h"
#include "indicators/ReportingPeriod.h"
#include "reports/ActionSheetLookup.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/TrContext.h"

namespace passerelle::cli {

int runSheetContinue(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Continue une fiche action l'année suivante : la fiche de la période suivante, chaînée "
        "à celle-ci, avec ses sections, objectifs, étapes, partenaires, indicateurs et "
        "financements (montants à confirmer) décalés d'un an. Imprime l'identifiant de la "
        "nouvelle fiche."));
    const QCommandLineOption action(
        QStringLiteral("action"), CliText::tr("Fiche action : identifiant ou numéro (ex. 3.3.1)."),
        CliText::tr("ID"));
    const QCommandLineOption year(
        QStringLiteral("year"),
        CliText::tr("Année que couvre la fiche à continuer, quand plusieurs fiches "
                    "chaînées portent le même numéro (par défaut : l'année en cours)."),
        CliText::tr("AAAA"));
    parser.addOptions({action, year});
    if (!ctx.parse(parser))
        return Usage;
    if (!parser.isSet(action)) {
        ctx.err << CliText::tr("--action est obligatoire.") << Qt::endl;
        return Usage;
    }
    const ReportingPeriod period =
        ReportingPeriod::fromOptions({}, {}, parser.value(year), systemClock().today());
    const auto db = ctx.openDatabase(true);
    const Uuid sheet = ActionSheetLookup::resolve(*db, parser.value(action), period);
    const SheetContinuation::Result r = SheetContinuation(*db).continueNextYear(sheet);
    ctx.out << r.sheetId.toString() << '\n';
    ctx.err << CliText::tr(
                   "Fiche créée : %1 objectif(s), %2 étape(s), %3 indicateur(s), %4 ligne(s) de "
                   "financement reprises.")
                   .arg(r.objectives)
                   .arg(r.steps)
                   .arg(r.indicators)
                   .arg(r.fundingLines)
            << Qt::endl;
    return Ok;
}

} // namespace passerelle::cli
