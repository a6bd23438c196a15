#pragma once

// Cases written by plain SQL for the case list and search tests (core and ui): the read
// model must not depend on the code that writes, and these tests must say exactly what
// each case holds. Ids are deterministic and deliberately not in creation order, so that
// the tie-break on id is really exercised.

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "util/Uuid.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace passerelle::test {

inline const QStringList &caseStatuses()
{
    static const QStringList statuses = {QStringLiteral("identified"), QStringLiteral("oriented"),
                                         QStringLiteral("accompanied"), QStringLiteral("closed")};
    return statuses;
}

class CaseWriter
{
public:
    explicit CaseWriter(const Database &db) : m_db(db.handle())
    {
        execSql(m_db, "INSERT OR IGNORE INTO organisation(id, name, created_at, updated_at) "
                      "VALUES (x'01900000000070008000000000000fff', 'UDAF 52', 0, 0)");
    }

    Uuid nextId()
    {
        ++m_counter;
        return Uuid::v7From(1700000000000 + (m_counter * 7919) % 1000, 0, m_counter);
    }

    Uuid programme(const QString &code, const QString &name, bool archived = false)
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db, "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                                "updated_at, archived_at) VALUES (?, x'01900000000070008000000000000fff', "
                                "?, ?, 0, 0, ?)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, code);
        q.bindText(3, name);
        bindArchived(q, 4, archived);
        q.execute();
        return id;
    }

    Uuid partner(const QString &name, const char *type = "ccas")
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db, "INSERT INTO partner(id, name, partner_type, created_at, updated_at) "
                                "VALUES (?, ?, ?, 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, name);
        q.bindText(3, QString::fromLatin1(type));
        q.execute();
        return id;
    }

    Uuid worker(const QString &code, const QString &name)
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db, "INSERT INTO worker(id, organisation_id, code, display_name, role, "
                                "created_at, updated_at) VALUES (?, x'01900000000070008000000000000fff', "
                                "?, ?, 'peer_worker', 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, code);
        q.bindText(3, name);
        q.execute();
        return id;
    }

    Uuid household(const QString &commune, const Uuid &landlord = {})
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db, "INSERT INTO household(id, code, commune, landlord_partner_id, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, QStringLiteral("M-%1").arg(m_counter));
        q.bindText(3, commune);
        q.bindBlob(4, landlord.bytes());
        q.execute();
        return id;
    }

    Uuid person(const QString &code, const QString &firstName = {}, const QString &lastName = {},
                const Uuid &household = {})
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db, "INSERT INTO person(id, code, first_name, last_name, household_id, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, code);
        q.bindText(3, firstName);
        q.bindText(4, lastName);
        q.bindBlob(5, household.bytes());
        q.execute();
        return id;
    }

    struct Case
    {
        Uuid programme;
        QString status = QStringLiteral("identified");
        QDate identifiedOn = QDate(2024, 3, 1);
        Uuid household;
        Uuid partner;
        bool archived = false;
        QString number; // empty: T-<counter>
        QDate closedOn; // for a closed case; default: 20 days after identification
    };

    Uuid addCase(const Case &c)
    {
        const Uuid id = nextId();
        const int rank = int(caseStatuses().indexOf(c.status));
        const QDate closed = c.closedOn.isValid() ? c.closedOn : c.identifiedOn.addDays(20);
        SqliteStatement q(m_db,
                          "INSERT INTO case_file(id, programme_id, number, household_id, status, "
                          "identified_on, oriented_on, accompanied_on, closed_on, close_reason, "
                          "referral_partner_id, created_at, updated_at, archived_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)");
        q.bindBlob(1, id.bytes());
        q.bindBlob(2, c.programme.bytes());
        q.bindText(3, c.number.isEmpty() ? QStringLiteral("T-%1").arg(m_counter, 5, 10, QLatin1Char('0'))
                                         : c.number);
        q.bindBlob(4, c.household.bytes());
        q.bindText(5, c.status);
        q.bindText(6, iso(c.identifiedOn));
        q.bindText(7, rank >= 1 ? iso(std::min(c.identifiedOn.addDays(5), closed)) : QString());
        q.bindText(8, rank >= 2 ? iso(std::min(c.identifiedOn.addDays(10), closed)) : QString());
        q.bindText(9, rank >= 3 ? iso(closed) : QString());
        q.bindText(10, rank >= 3 ? QStringLiteral("goals_reached") : QString());
        q.bindBlob(11, c.partner.bytes());
        bindArchived(q, 12, c.archived);
        q.execute();
        return id;
    }

    void link(const Uuid &caseId, const Uuid &personId, const char *role = "main")
    {
        SqliteStatement q(m_db, "INSERT INTO case_person(case_id, person_id, role) VALUES (?, ?, ?)");
        q.bindBlob(1, caseId.bytes());
        q.bindBlob(2, personId.bytes());
        q.bindText(3, QString::fromLatin1(role));
        q.execute();
    }

    void statusChange(const Uuid &caseId, const char *to, QDate on, bool archived = false)
    {
        SqliteStatement q(m_db, "INSERT INTO case_status_change(id, case_id, to_status, changed_on, "
                                "created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, 0, 0, ?)");
        q.bindBlob(1, nextId().bytes());
        q.bindBlob(2, caseId.bytes());
        q.bindText(3, QString::fromLatin1(to));
        q.bindText(4, iso(on));
        bindArchived(q, 5, archived);
        q.execute();
    }

    void assign(const Uuid &caseId, const Uuid &workerId, QDate on, QDate until = {})
    {
        SqliteStatement q(m_db, "INSERT INTO case_worker(case_id, worker_id, pair_role, assigned_on, "
                                "unassigned_on) VALUES (?, ?, 'peer', ?, ?)");
        q.bindBlob(1, caseId.bytes());
        q.bindBlob(2, workerId.bytes());
        q.bindText(3, iso(on));
        q.bindText(4, until.isValid() ? iso(until) : QString());
        q.execute();
    }

    // Runs one statement with a single id parameter, e.g. an UPDATE of a source row.
    void exec(const char *sql, const Uuid &id)
    {
        SqliteStatement q(m_db, sql);
        q.bindBlob(1, id.bytes());
        q.execute();
    }

private:
    static QString iso(QDate d) { return d.toString(Qt::ISODate); }
    static void bindArchived(SqliteStatement &q, int index, bool archived)
    {
        if (archived)
            q.bind(index, qint64(1));
        else
            q.bindNull(index);
    }

    sqlite3 *m_db;
    qint64 m_counter = 0;
};

} // namespace passerelle::test
