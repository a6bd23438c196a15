#pragma once

#include "reports/ReviewSectionText.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;

// The free-text sections of annual reviews (table review_section), one per action sheet,
// period and kind.
class ReviewSectionRepository
{
public:
    explicit ReviewSectionRepository(Database &db, const Clock &clock = systemClock());

    // Writes the section (insert, or replace its text keeping created_at). An empty text
    // empties the section; the row stays so that the change replicates.
    void save(const ReviewSectionText &section);
    std::optional<ReviewSectionText> find(const Uuid &actionSheetId, const ReportingPeriod &period,
                                          ReviewTextKind kind);
    // The sections written for that sheet and period, in the review's order.
    QList<ReviewSectionText> list(const Uuid &actionSheetId, const ReportingPeriod &period);

private:
    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
};

} // namespace passerelle
