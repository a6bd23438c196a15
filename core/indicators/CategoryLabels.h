#pragma once

#include "indicators/IndicatorCatalogue.h"
#include "indicators/IndicatorResult.h"
#include "indicators/ReportingPeriod.h"

#include <QHash>

namespace passerelle {

class Database;

// Turns the groups a breakdown query returned (code → value) into the rows of a typology
// table: every category of the list in the list's order, zeros included (a funder reads
// "CSAPA 0" as information), then codes no longer in the list, then "not filled in".
// Labels come from the reference tables, the domain's French labels, or — for partners —
// the partner's name unless its type usually names a person.
class CategoryLabels
{
public:
    explicit CategoryLabels(Database &db);

    QList<BreakdownRow> rows(Category category, Measure measure, const ReportingPeriod &period,
                             const QHash<QString, double> &values, double nullValue,
                             bool hasNull);
    // The label of one code of the category (the code itself when unknown).
    QString label(Category category, Measure measure, const QString &code);

private:
    struct Entry
    {
        QString code;
        QString label;
    };
    // The full ordered list when the category has one; empty for open ones (partners,
    // communes) whose rows are the codes present only.
    QList<Entry> fixedList(Category category, Measure measure, const ReportingPeriod &period);
    QString partnerLabel(const QString &hexId);

    Database &m_db;
};

} // namespace passerelle
