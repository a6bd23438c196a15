#pragma once

#include "domain/ActionSheet.h"
#include "indicators/Templates.h"
#include "util/Clock.h"

#include <QStringList>

namespace passerelle {

class Database;

// "Nouvelle fiche depuis un modèle": a sheet pre-filled with the sections of one of the
// seed sheets (the text of DemoActionSheetContent: seed 000's pair-aidance sheet 3.3.1 for
// "pair-aidance", seed 001's LOGISENS mobile team for "mobile-team") and its indicator list
// (Templates::apply), as an example the coordinator then edits. Shared by the desktop and
// the command line.
class SheetFromTemplate
{
public:
    struct Draft
    {
        ActionSheet sheet;
        // Partners of the seed sheet that this database does not hold (by name): left out.
        QStringList partnersNotFound;
    };
    struct Created
    {
        Uuid sheetId;
        Templates::Applied indicators;
        QStringList partnersNotFound;
    };

    explicit SheetFromTemplate(Database &db, const Clock &clock = systemClock());

    // The sheet `sheetTemplate` describes for `programmeId`, its period the calendar year
    // `year` and its years the seed's span from `year`; not saved. The seed's partners are
    // those of this database with the same name; a template that needs a landlord
    // (SheetTemplate::needsLandlord) takes `landlord` as its carrier partner in place of the
    // seed's (ValidationError on field "landlord" when it is null or unknown).
    Draft draft(const SheetTemplate &sheetTemplate, const Uuid &programmeId, int year,
                const Uuid &landlord = {});

    // Saves draft(…) and applies the template's indicators to it, in one transaction.
    Created create(const SheetTemplate &sheetTemplate, const Uuid &programmeId, int year,
                   const Uuid &landlord = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace passerelle
