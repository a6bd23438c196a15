#pragma once

#include "domain/CollectiveSession.h"
#include "domain/ReferenceItem.h"

#include <QList>
#include <QSqlQuery>

namespace passerelle {

class Database;

// One collective session as the sessions page lists it: what, when, where, how many came
// (and of which typology), and for a commission how many cases it reviewed.
struct SessionListRow
{
    struct Typology
    {
        QString code;
        QString label;
        int count = 0;
    };

    Uuid id;
    Uuid programmeId;
    QString programmeCode;
    SessionKind kind = SessionKind::Workshop;
    QString title;
    QDate date;
    QTime startTime; // invalid when not given
    std::optional<int> durationMin;
    SessionStatus status = SessionStatus::Done;
    QString commune;
    QString place;
    QString topics;
    QList<Typology> participants; // in the reference list's order
    int participantCount = 0;
    int reviewCount = 0;
    bool archived = false;
};

// The read model behind the sessions page: every session of every programme (or of one),
// newest first, in one statement whatever their number (participants and review counts are
// folded into each row). Throws StorageError when SQLite refuses a statement. Must not
// outlive the Database.
class SessionListQuery
{
public:
    explicit SessionListQuery(const Database &db);
    ~SessionListQuery();
    SessionListQuery(const SessionListQuery &) = delete;
    SessionListQuery &operator=(const SessionListQuery &) = delete;

    // Newest first (date, then start time); a null programme lists every programme.
    QList<SessionListRow> rows(const Uuid &programmeId = {}, bool includeArchived = false,
                               LabelLanguage language = currentLabelLanguage());

private:
    QSqlQuery m_rows;
};

} // namespace passerelle
