#pragma once

#include "indicators/IndicatorDefinition.h"
#include "indicators/IndicatorSql.h"
#include "indicators/ReportingPeriod.h"
#include "util/Uuid.h"

#include <optional>
#include <vector>

struct sqlite3;

namespace passerelle {

// Measures many (measure, period[, category]) at once in as few statements as possible.
// Measures that read the same FROM over the same scope (programmes, archived rows) share
// one statement: it reads the rows of every period once — within the hull of their date
// ranges when they have one — and gives each measure its aggregate over its own rows
// (`total(CASE WHEN <its whole WHERE> THEN … END)`). Each value is therefore exactly the
// one its own statement gives; the annual review, which asks the period and the previous
// one for every figure, reads the largest tables half as often. A measure alone in its
// group runs as the plain statement of IndicatorQueryCompiler.
class MeasureBatch
{
public:
    // One group of a breakdown, in the order of the statement's rows; no code is the
    // "not filled in" group.
    struct Group
    {
        std::optional<QString> code;
        double value = 0;
    };
    using Groups = QList<Group>;

    explicit MeasureBatch(const QList<Uuid> &programmes);

    // The index of the measure's value (an identical request returns the same index).
    int add(const MeasureSpec &spec, const ReportingPeriod &period);
    int addGrouped(const MeasureSpec &spec, Category by, const ReportingPeriod &period);

    // Runs the statements; returns how many. Throws StorageError.
    int run(sqlite3 *db);

    // Raw values, as SQLite returns them (not rounded).
    double value(int index) const;
    const Groups &groups(int index) const;

private:
    struct Member
    {
        MeasureSpec spec;
        ReportingPeriod period;
        std::optional<Category> by;
        double value = 0;
        Groups groups;
    };

    int addMember(const MeasureSpec &spec, std::optional<Category> by,
                  const ReportingPeriod &period);
    void runAlone(sqlite3 *db, Member &member) const;
    void runShared(sqlite3 *db, const std::vector<int> &members);
    void runSameWhere(sqlite3 *db, const std::vector<int> &members, const IndicatorSql::Parts &head,
                      const std::optional<IndicatorSql::CategoryKey> &category);

    QList<Uuid> m_programmes;
    QList<QVariant> m_programmeIds;
    std::vector<Member> m_members;
};

} // namespace passerelle
