#pragma once

#include "domain/Indicator.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;
class Validator;

// Indicators of action sheets and the values entered by hand for them. The computed
// definition (indicator.definition) is left to the indicator engine: created NULL here and
// never touched by update().
class IndicatorRepository
{
public:
    explicit IndicatorRepository(Database &db, const Clock &clock = systemClock());

    Uuid create(Indicator indicator);
    void update(const Indicator &indicator);
    std::optional<Indicator> find(const Uuid &id);
    // Indicators of one sheet: process, then result, then impact; by position within a kind.
    QList<Indicator> list(const Uuid &actionSheetId, bool includeArchived = false);
    void archive(const Uuid &id);
    void restore(const Uuid &id);
    // Moves a current indicator one place up (delta < 0) or down (delta > 0) among the current
    // indicators of its sheet and kind — the order of the sheet and of the annual review —,
    // numbering that kind 1..n again in one transaction. False when it is already first / last
    // (nothing written); ValidationError on "id" when it is unknown or archived.
    bool move(const Uuid &id, int delta);

    // Sets the value of one period (insert, or replace the cell keeping its created_at).
    void setValue(const IndicatorValue &value);
    // Removes the value of one period; false when there was none.
    bool clearValue(const Uuid &indicatorId, const QDate &periodStart, const QDate &periodEnd);
    std::optional<IndicatorValue> value(const Uuid &indicatorId, const QDate &periodStart,
                                        const QDate &periodEnd);
    // Every value of an indicator, by period.
    QList<IndicatorValue> values(const Uuid &indicatorId);

private:
    void checkReferences(const Indicator &indicator, Validator &v);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
};

} // namespace passerelle
