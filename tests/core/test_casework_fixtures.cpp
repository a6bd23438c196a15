#include "test_casework_fixtures.h"

#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

namespace passerelle::test {

namespace {
qint64 stamp()
{
    return QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

CaseworkFixture::CaseworkFixture() : clock(QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC))
{
    organisation = insertOrganisation(db(), QStringLiteral("UDAF 52"));
    programme = insertProgramme(db(), organisation, QStringLiteral("PA"));
    otherProgramme = insertProgramme(db(), organisation, QStringLiteral("EM"));
    peerWorker = insertWorker(db(), organisation, QStringLiteral("peer_worker"));
    professional = insertWorker(db(), organisation, QStringLiteral("professional"));
    coordinator = insertWorker(db(), organisation, QStringLiteral("coordinator"));
    gpPartner = insertPartner(db(), QStringLiteral("gp"));
    landlord = insertPartner(db(), QStringLiteral("social_landlord"));
}

Uuid insertOrganisation(Database &db, const QString &name)
{
    const Uuid id = Uuid::createV7();
    SqliteStatement q(db.handle(), "INSERT INTO organisation (id, name, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?3)");
    q.bindBlob(1, id.bytes());
    q.bindText(2, name);
    q.bind(3, stamp());
    q.execute();
    return id;
}

Uuid insertProgramme(Database &db, const Uuid &organisation, const QString &code)
{
    const Uuid id = Uuid::createV7();
    SqliteStatement q(db.handle(), "INSERT INTO programme (id, organisation_id, code, name, "
                                   "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    q.bindBlob(1, id.bytes());
    q.bindBlob(2, organisation.bytes());
    q.bindText(3, code);
    q.bindText(4, QStringLiteral("Dispositif ") + code);
    q.bind(5, stamp());
    q.execute();
    return id;
}

Uuid insertWorker(Database &db, const Uuid &organisation, const QString &role)
{
    const Uuid id = Uuid::createV7();
    SqliteStatement q(db.handle(),
                      "INSERT INTO worker (id, organisation_id, code, display_name, "
                      "role, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    q.bindBlob(1, id.bytes());
    q.bindBlob(2, organisation.bytes());
    q.bindText(3, QStringLiteral("W-") + id.toString().right(6));
    q.bindText(4, QStringLiteral("Intervenant ") + role);
    q.bindText(5, role);
    q.bind(6, stamp());
    q.execute();
    return id;
}

Uuid insertPartner(Database &db, const QString &partnerType)
{
    const Uuid id = Uuid::createV7();
    SqliteStatement q(db.handle(), "INSERT INTO partner (id, name, partner_type, created_at, "
                                   "updated_at) VALUES (?1, ?2, ?3, ?4, ?4)");
    q.bindBlob(1, id.bytes());
    q.bindText(2, QStringLiteral("Partenaire ") + partnerType);
    q.bindText(3, partnerType);
    q.bind(4, stamp());
    q.execute();
    return id;
}

qint64 scalarOf(const Database &db, const QByteArray &sql)
{
    SqliteStatement q(db.handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

QString textOf(const Database &db, const QByteArray &sql)
{
    SqliteStatement q(db.handle(), sql);
    return q.step() ? q.text(0) : QString();
}

ValidationError requireRefused(const Database &db, const std::function<void()> &write,
                               const QString &field)
{
    const QByteArray before = contentHash(db);
    try {
        write();
    } catch (const ValidationError &e) {
        QStringList fields;
        for (const FieldError &fe : e.all()) {
            fields.append(fe.field);
            CHECK_FALSE(fe.message.trimmed().isEmpty());
        }
        INFO("expected field " << field.toStdString()
                               << ", refused: " << fields.join(QLatin1Char(',')).toStdString()
                               << " — " << e.message().toStdString());
        CHECK(fields.contains(field));
        CHECK(contentHash(db) == before);
        return e;
    }
    FAIL("the write was accepted; expected a refusal on " << field.toStdString());
    return ValidationError(QString(), QString());
}

QStringList invariantViolations(const Database &db)
{
    struct Rule
    {
        const char *name;
        const char *sql; // counts the violations
    };
    static const Rule rules[] = {
        {"1 history exists", "SELECT count(*) FROM case_file c WHERE NOT EXISTS "
                             "(SELECT 1 FROM case_status_change s WHERE s.case_id = c.id)"},
        {"1 status = latest change",
         "SELECT count(*) FROM case_file c WHERE c.status IS NOT (SELECT s.to_status FROM "
         "case_status_change s WHERE s.case_id = c.id "
         "ORDER BY s.changed_on DESC, s.created_at DESC, s.id DESC LIMIT 1)"},
        {"1 first change is NULL -> identified",
         "SELECT count(*) FROM case_file c WHERE (SELECT s.from_status IS NULL AND s.to_status = "
         "'identified' FROM case_status_change s WHERE s.case_id = c.id "
         "ORDER BY s.changed_on, s.created_at, s.id LIMIT 1) IS NOT 1"},
        {"2 dates ordered",
         "SELECT count(*) FROM case_file WHERE oriented_on < identified_on OR accompanied_on < "
         "identified_on OR accompanied_on < oriented_on OR closed_on < identified_on OR "
         "closed_on < oriented_on OR closed_on < accompanied_on OR "
         "(status = 'oriented' AND oriented_on IS NULL)"},
        {"3 reviews in commissions",
         "SELECT count(*) FROM commission_review r JOIN collective_session s ON s.id = "
         "r.session_id WHERE s.kind <> 'commission'"},
        {"4 done has duration",
         "SELECT count(*) FROM intervention WHERE status = 'done' AND duration_min <= 0"},
        {"5 pair roles",
         "SELECT count(*) FROM case_worker cw JOIN worker w ON w.id = cw.worker_id WHERE "
         "(cw.pair_role = 'peer' AND w.role <> 'peer_worker') OR (cw.pair_role = "
         "'professional' AND w.role NOT IN ('professional', 'coordinator'))"},
        {"6 one main person",
         "SELECT count(*) FROM (SELECT case_id FROM case_person WHERE role = 'main' "
         "GROUP BY case_id HAVING count(*) > 1)"},
        {"7 assessment after identification",
         "SELECT count(*) FROM assessment a JOIN case_file c ON c.id = a.case_id "
         "WHERE a.assessed_on < c.identified_on"},
        {"10 intervention cases in programme",
         "SELECT count(*) FROM intervention_case ic JOIN intervention i ON i.id = "
         "ic.intervention_id JOIN case_file c ON c.id = ic.case_id "
         "WHERE c.programme_id <> i.programme_id"},
        {"11 one self per household",
         "SELECT count(*) FROM (SELECT household_id FROM person WHERE relation = 'self' AND "
         "household_id IS NOT NULL GROUP BY household_id HAVING count(*) > 1)"},
    };
    QStringList out;
    for (const Rule &r : rules) {
        const qint64 n = scalarOf(db, r.sql);
        if (n != 0)
            out.append(QString::fromLatin1(r.name) + QStringLiteral(": ") + QString::number(n));
    }
    return out;
}

} // namespace passerelle::test
