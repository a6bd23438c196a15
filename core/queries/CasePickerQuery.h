#pragma once

#include "util/Uuid.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace passerelle {

class Database;

// Type-ahead behind the case pickers (quick intervention entry, and any dialog that links
// cases): a prefix search on the case number index or on the pseudonymous code index,
// a few rows at a time, so that a 100 000-case database is never loaded whole. Shows
// numbers and pseudonymous codes only, never names. Archived cases are never offered.
//
// Throws StorageError when SQLite refuses a statement. Must not outlive the Database.
class CasePickerQuery
{
public:
    struct Row
    {
        Uuid id;
        Uuid programmeId;
        QString number;     // PA-2025-0017
        QString personCode; // the code that matched, else the main person's; may be empty
        QString status;     // case_file.status code
    };

    // What resolve() found for one typed token.
    struct Resolution
    {
        QList<Row> cases; // exactly one when the token names a case without ambiguity
        bool byPersonCode = false;
    };

    static constexpr int DefaultLimit = 12;

    explicit CasePickerQuery(const Database &db);
    ~CasePickerQuery();
    CasePickerQuery(const CasePickerQuery &) = delete;
    CasePickerQuery &operator=(const CasePickerQuery &) = delete;

    // Cases not closed whose number, or the code of one of whose people, starts with
    // `prefix` (letters compared without case): numbers first, most recent first, then
    // codes in order; each case once; at most `limit`. A null programme searches every
    // programme.
    QList<Row> search(const Uuid &programmeId, const QString &prefix, int limit = DefaultLimit);
    // The case the person typed in full: the case of that number (whatever its status),
    // else the cases not closed of the person with that pseudonymous code. Empty when
    // nothing matches.
    Resolution resolve(const Uuid &programmeId, const QString &token);
    // One case by id (archived included: an old intervention keeps its links).
    std::optional<Row> find(const Uuid &caseId);

private:
    QSqlQuery m_byNumberPrefix;
    QSqlQuery m_byCodePrefix;
    QSqlQuery m_byNumber;
    QSqlQuery m_byCode;
    QSqlQuery m_byId;
};

} // namespace passerelle
