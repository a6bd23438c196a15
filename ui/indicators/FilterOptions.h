#pragma once

#include "indicators/IndicatorCatalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace passerelle {

class Database;

// The choices the indicator editor offers, in French, read through the repositories and
// the catalogue (no SQL here): the codes a filter takes for a measure (a fixed list of the
// catalogue, a reference list, programmes or partners), the periods a case is tied by, the
// categories, the outcome dimensions. Read once when the editor opens.
class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(passerelle::FilterOptions)

public:
    struct Option
    {
        QString code;
        QString label;
    };

    explicit FilterOptions(Database &db);

    QList<Option> codes(Filter filter, Measure measure) const;
    QList<Option> dimensions() const { return m_dimensions; }

    static QString filterLabel(Filter filter);
    static QString casePeriodLabel(CasePeriod period);
    static QList<CasePeriod> casePeriods();

private:
    QList<Option> fixedCodes(Filter filter, Measure measure) const;

    Database &m_db;
    QList<Option> m_programmes;
    QList<Option> m_landlords;
    QList<Option> m_dimensions;
};

} // namespace passerelle
