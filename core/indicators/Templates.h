#pragma once

#include "domain/Indicator.h"
#include "indicators/IndicatorDefinition.h"
#include "util/Clock.h"

#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

class Database;

// One indicator of a template: computed when the data Passerelle records allows it,
// entered by hand otherwise (needs written as free text, questionnaires at meetings).
struct IndicatorTemplate
{
    IndicatorKind kind = IndicatorKind::Process;
    QString label;
    QString target;
    std::optional<IndicatorDefinition> definition; // nullopt = entered by hand
};

// The indicator list of a kind of action sheet, for "new sheet from a template".
struct SheetTemplate
{
    QString code;   // "pair-aidance", "mobile-team"
    QString title;  // French
    QString source; // where the list comes from
    // True when some definitions count "the carrier landlord's" situations (seed 001:
    // "17 situations LOGISENS, 5 hors LOGISENS"): applying needs that partner.
    bool needsLandlord = false;
};

// The two indicator lists of the seeds: the CLS action sheet 3.3.1 "Dispositif de
// PAIR-AIDANCE" (seed 000: process, result and impact indicators) and the LOGISENS mobile
// precarity team (seed 001: caseload, landlord split, team, outcomes).
class Templates
{
public:
    static const QList<SheetTemplate> &all();
    static std::optional<SheetTemplate> find(QStringView code);

    // The template's indicators. `landlord` (a partner id) and its name fill the
    // definitions and labels of templates that need one; without it those indicators are
    // left to be entered by hand.
    static QList<IndicatorTemplate> indicators(const SheetTemplate &sheetTemplate,
                                               const Uuid &landlord = {},
                                               const QString &landlordName = {});

    struct Applied
    {
        int created = 0;   // new indicators
        int defined = 0;   // existing indicators (same kind and label) given a definition
        int unchanged = 0; // existing ones left as they were
    };
    // Adds the template's indicators to an action sheet in one transaction. An indicator
    // of the sheet with the same kind and label is kept, and receives the template's
    // definition only when it has none. A template that needs a landlord takes `landlord`,
    // else the sheet's only partner of type social_landlord; with none or several, the
    // landlord is asked for (ValidationError on field "landlord").
    static Applied apply(Database &db, const Uuid &actionSheetId,
                         const SheetTemplate &sheetTemplate, const Uuid &landlord = {},
                         const Clock &clock = systemClock());
};

} // namespace passerelle
