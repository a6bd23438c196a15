#pragma once

#include "domain/ReferenceItem.h"
#include "queries/AgendaRow.h"

#include <QList>
#include <QSqlQuery>

namespace passerelle {

class Database;

// The read model behind the agenda: a worker's interventions over a few days, and the
// planned ones left behind. Archived interventions are left out. Statements are prepared
// once; each call is one read, whatever the number of lines.
//
// Throws StorageError when SQLite refuses a statement. Must not outlive the Database.
class AgendaQuery
{
public:
    // The planned interventions of a worker dated before a day: how many, and the oldest.
    struct Overdue
    {
        int count = 0;
        QDate oldest; // invalid when count is 0
    };

    explicit AgendaQuery(const Database &db);
    ~AgendaQuery();
    AgendaQuery(const AgendaQuery &) = delete;
    AgendaQuery &operator=(const AgendaQuery &) = delete;

    // The worker's interventions from `from` to `to` included, in time order (day, then
    // start time, untimed ones last in their day). Labels in `language`.
    QList<AgendaRow> rows(const Uuid &workerId, const QDate &from, const QDate &to,
                          LabelLanguage language = currentLabelLanguage());
    // The worker's interventions still planned for a day before `today`, whatever the week.
    Overdue overdue(const Uuid &workerId, const QDate &today);

private:
    QSqlQuery m_rows;
    QSqlQuery m_overdue;
};

} // namespace passerelle
