#pragma once

#include "util/Uuid.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

class Database;

// Type-ahead over case numbers for pickers (quick intervention entry, commission reviews):
// a prefix search on the number index, a few rows at a time, so a 100 000-case database
// never loads whole. Closed and archived cases are not offered.
class CaseNumberLookup
{
public:
    explicit CaseNumberLookup(const Database &db);

    // Numbers of the programme's open cases starting with `prefix` (case-insensitive),
    // most recent first, at most `limit`.
    QStringList complete(const Uuid &programmeId, const QString &prefix, int limit = 20);
    // The case of the programme with exactly this number, whatever its status.
    std::optional<Uuid> resolve(const Uuid &programmeId, const QString &number);
    // The human number of a case (for lists that hold case ids), empty when unknown.
    QString numberOf(const Uuid &caseId);

private:
    QSqlQuery m_complete;
    QSqlQuery m_resolve;
    QSqlQuery m_numberOf;
};

} // namespace passerelle
