#pragma once

#include "domain/ActionSheet.h"
#include "util/Clock.h"

namespace passerelle {

class Database;

// "Continuer l'année suivante": the next period's sheet of an action, chained to the
// previous one ("action chaînée avec … 2025"). Everything the coordinator wrote is carried
// over one year later; what was measured or entered for the year is not.
class SheetContinuation
{
public:
    struct Result
    {
        Uuid sheetId;
        int objectives = 0;
        int steps = 0;
        int indicators = 0;
        int fundingLines = 0;
    };

    explicit SheetContinuation(Database &db, const Clock &clock = systemClock());

    // The sheet one year later, not saved: no id, chained from `sheet`, period and years
    // shifted by one year, objectives and steps as new rows (no ids) due one year later —
    // years written in a due text ("Au premier semestre 2025") move too —, partners and every
    // checkbox group as they were.
    static ActionSheet nextPeriod(const ActionSheet &sheet);

    // The current (not archived) sheet that already continues `sheetId` into the next
    // period, null when there is none.
    Uuid existingContinuation(const Uuid &sheetId);

    // Writes nextPeriod(sheet) and copies the sheet's current indicators (kind, position,
    // label, target and computed definition; no value entered by hand) and its current
    // funding lines one year later (note "Reconduit de <year> : montant à confirmer.") in one
    // transaction.
    // Refused with a ValidationError on field "chained_from_id" when the sheet already has a
    // continuation for that period, on "period_start" when the sheet has neither a period
    // nor a start year to shift, on "id" when it does not exist.
    Result continueNextYear(const Uuid &sheetId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace passerelle
