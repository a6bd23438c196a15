#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace passerelle {

class Database;

// One programme as the programmes page lists it, with its organisation and the number of
// its open cases (not closed, not archived).
struct ProgrammeListRow
{
    Uuid id;
    Uuid organisationId;
    QString organisationName;
    QString code;
    QString name;
    QString territory;
    QDate startDate;
    QDate endDate;
    int openCaseCount = 0;
    bool archived = false;
};

// The read model behind the programmes page, by code, in one statement. Throws
// StorageError when SQLite refuses a statement. Must not outlive the Database.
class ProgrammeListQuery
{
public:
    explicit ProgrammeListQuery(const Database &db);
    ~ProgrammeListQuery();
    ProgrammeListQuery(const ProgrammeListQuery &) = delete;
    ProgrammeListQuery &operator=(const ProgrammeListQuery &) = delete;

    QList<ProgrammeListRow> rows(bool includeArchived = false);

private:
    QSqlQuery m_rows;
};

} // namespace passerelle
