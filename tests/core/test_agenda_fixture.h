#pragma once

// A small, fixed world for the agenda and quick-entry tests (core read models and GUI
// alike, hence header-only: the two test binaries share no support source but this one).
// The rows other repositories own (organisation, programmes, workers, people, cases) are
// written as raw rows, so the tests depend only on the schema; interventions go through
// InterventionRepository like the screens' own.

#include "repositories/InterventionRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QTimeZone>

namespace passerelle::test {

struct AgendaWorld
{
    // Thursday 19 March 2026 at noon UTC: "today" everywhere (week of Monday 16 March).
    static QDate today() { return QDate(2026, 3, 19); }

    AgendaWorld()
    {
        sqlite3 *h = temp.db->handle();
        organisation = row(h, "INSERT INTO organisation(id, name, created_at, updated_at) "
                              "VALUES (?1, 'UDAF 52', 0, 0)");
        pa = programme("PA", "Pair-aidance Pays de Langres");
        em = programme("EM", "Équipe mobile précarité");
        peer = worker("TP1", "Camille Roux", "peer_worker", true);
        peer2 = worker("TP2", "Jordan Petit", "peer_worker", true);
        professional = worker("AS1", "Claire Morel", "professional", true);
        coordinator = worker("CO1", "Nadia Benali", "coordinator", true);
        inactivePeer = worker("TP9", "Lou Garnier", "peer_worker", false);
        case1 = caseOf(pa, "PA-2026-0001", "accompanied", {"P-7K2M9QX"});
        case2 = caseOf(pa, "PA-2026-0002", "oriented", {"P-3F8H1ZC", "P-3F8H2AB"});
        closedCase = caseOf(pa, "PA-2025-0040", "closed", {"P-3F9J0KL"});
        emCase = caseOf(em, "EM-2026-0001", "identified", {"P-5T6Y7UA"});
        archivedCase = caseOf(pa, "PA-2026-0003", "identified", {"P-7K2XQ4R"});
        execSql(h, QByteArray("UPDATE case_file SET archived_at = 1 WHERE number = 'PA-2026-0003'"));
    }

    Database &db() { return *temp.db; }

    // An intervention of `workers` on `date`, saved through the repository.
    Uuid intervention(const QDate &date, const QTime &start, InterventionStatus status,
                      int durationMin, const QList<Uuid> &workers, const QList<Uuid> &cases = {},
                      const QString &channel = QStringLiteral("home_visit"))
    {
        Intervention i;
        i.programmeId = pa;
        i.date = date;
        i.startTime = start;
        i.status = status;
        i.channel = channel;
        i.interventionType = QStringLiteral("home_visit");
        i.durationMin = durationMin;
        i.workerIds = workers;
        i.caseIds = cases;
        return InterventionRepository(db(), clock).create(i);
    }

    qint64 count(const char *sql)
    {
        SqliteStatement q(temp.db->handle(), sql);
        return q.step() ? q.int64(0) : -1;
    }

    TempDatabase temp;
    FixedClock clock{QDateTime(today(), QTime(12, 0), QTimeZone::utc())};
    Uuid organisation;
    Uuid pa; // PA — Pair-aidance Pays de Langres
    Uuid em; // EM — Équipe mobile précarité
    Uuid peer;         // TP1 Camille Roux, peer worker
    Uuid peer2;        // TP2 Jordan Petit, peer worker
    Uuid professional; // AS1 Claire Morel
    Uuid coordinator;  // CO1 Nadia Benali
    Uuid inactivePeer; // TP9 Lou Garnier, no longer active
    Uuid case1;        // PA-2026-0001, accompanied, P-7K2M9QX
    Uuid case2;        // PA-2026-0002, oriented, P-3F8H1ZC (main) + P-3F8H2AB (member)
    Uuid closedCase;   // PA-2025-0040, closed, P-3F9J0KL
    Uuid emCase;       // EM-2026-0001, identified, P-5T6Y7UA
    Uuid archivedCase; // PA-2026-0003, archived, P-7K2XQ4R

private:
    static Uuid row(sqlite3 *h, const char *sql)
    {
        const Uuid id = Uuid::createV7();
        SqliteStatement q(h, sql);
        q.bindBlob(1, id.bytes());
        q.execute();
        return id;
    }

    Uuid programme(const char *code, const char *name)
    {
        const Uuid id = Uuid::createV7();
        SqliteStatement q(temp.db->handle(),
                          "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                          "updated_at) VALUES (?, ?, ?, ?, 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindBlob(2, organisation.bytes());
        q.bindText(3, QString::fromUtf8(code));
        q.bindText(4, QString::fromUtf8(name));
        q.execute();
        return id;
    }

    Uuid worker(const char *code, const char *name, const char *role, bool active)
    {
        const Uuid id = Uuid::createV7();
        SqliteStatement q(temp.db->handle(),
                          "INSERT INTO worker(id, organisation_id, code, display_name, role, "
                          "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindBlob(2, organisation.bytes());
        q.bindText(3, QString::fromUtf8(code));
        q.bindText(4, QString::fromUtf8(name));
        q.bindText(5, QString::fromUtf8(role));
        q.bind(6, qint64(active ? 1 : 0));
        q.execute();
        return id;
    }

    // A case identified on 2 January of its number's year; the first person is the main one.
    Uuid caseOf(const Uuid &programmeId, const char *number, const char *status,
                std::initializer_list<const char *> personCodes)
    {
        const Uuid id = Uuid::createV7();
        const QString on = QStringLiteral("%1-01-02").arg(QString::fromUtf8(number).mid(3, 4));
        const QString s = QString::fromUtf8(status);
        SqliteStatement c(temp.db->handle(),
                          "INSERT INTO case_file(id, programme_id, number, status, identified_on, "
                          "oriented_on, accompanied_on, closed_on, close_reason, created_at, "
                          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)");
        c.bindBlob(1, id.bytes());
        c.bindBlob(2, programmeId.bytes());
        c.bindText(3, QString::fromUtf8(number));
        c.bindText(4, s);
        c.bindText(5, on);
        c.bindText(6, s != u"identified" ? on : QString());
        c.bindText(7, s == u"accompanied" || s == u"closed" ? on : QString());
        c.bindText(8, s == u"closed" ? on : QString());
        c.bindText(9, s == u"closed" ? QStringLiteral("goals_reached") : QString());
        c.execute();
        bool main = true;
        for (const char *code : personCodes) {
            const Uuid person = Uuid::createV7();
            // Names must never reach a list: the tests look for this one.
            SqliteStatement p(temp.db->handle(),
                              "INSERT INTO person(id, code, first_name, last_name, created_at, "
                              "updated_at) VALUES (?, ?, 'Jeanne', 'Dupont', 0, 0)");
            p.bindBlob(1, person.bytes());
            p.bindText(2, QString::fromUtf8(code));
            p.execute();
            SqliteStatement link(temp.db->handle(),
                                 "INSERT INTO case_person(case_id, person_id, role) VALUES (?, ?, ?)");
            link.bindBlob(1, id.bytes());
            link.bindBlob(2, person.bytes());
            link.bindText(3, main ? QStringLiteral("main") : QStringLiteral("member"));
            link.execute();
            main = false;
        }
        return id;
    }
};

} // namespace passerelle::test
