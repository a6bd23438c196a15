#pragma once

#include "domain/Worker.h"

#include <QList>
#include <QSqlQuery>

namespace passerelle {

class Database;

// One worker as the workers page lists them, with the number of open cases they follow.
struct WorkerListRow
{
    Uuid id;
    Uuid organisationId;
    QString organisationName;
    QString code;
    QString displayName;
    WorkerRole role = WorkerRole::Professional;
    QString profession;
    double fte = 0.0;
    QDate trainedOn; // invalid = not trained
    bool active = true;
    int openCaseCount = 0; // current assignments on cases not closed
    bool archived = false;
};

// The read model behind the workers page: every worker by display name, in one statement.
// An assignment is current on `today` when it has no end or ends on or after that day.
// Throws StorageError when SQLite refuses a statement. Must not outlive the Database.
class WorkerListQuery
{
public:
    explicit WorkerListQuery(const Database &db);
    ~WorkerListQuery();
    WorkerListQuery(const WorkerListQuery &) = delete;
    WorkerListQuery &operator=(const WorkerListQuery &) = delete;

    QList<WorkerListRow> rows(const QDate &today, bool includeArchived = false);

private:
    QSqlQuery m_rows;
};

} // namespace passerelle
