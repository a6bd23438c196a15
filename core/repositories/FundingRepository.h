#pragma once

#include "domain/Funding.h"
#include "repositories/SqlStatements.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;
class Validator;

struct FundingFilter
{
    Uuid programmeId;   // null = every programme
    Uuid actionSheetId; // null = with or without a sheet
    std::optional<int> year;
    bool includeArchived = false;
};

class FundingRepository
{
public:
    explicit FundingRepository(Database &db, const Clock &clock = systemClock());

    // Validates (programme, action sheet and funder partner exist; invariant 8: an action
    // sheet given belongs to the same programme, refused on field "action_sheet_id") and
    // inserts.
    Uuid create(Funding funding);
    void update(const Funding &funding);
    std::optional<Funding> find(const Uuid &id);
    // By year, then funder.
    QList<Funding> list(const FundingFilter &filter = {});
    // Sum of the amounts the filter selects, in cents.
    qint64 totalCents(const FundingFilter &filter = {});
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void checkReferences(const Funding &funding, Validator &v);
    void bindFilter(QSqlQuery &q, const FundingFilter &filter);

    Database &m_db;
    const Clock &m_clock;
    SqlStatements m_sql;
};

} // namespace passerelle
