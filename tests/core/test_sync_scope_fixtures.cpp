#include "test_sync_scope_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/ChangeSetBuilder.h"
#include "sync/PeerScopeLedger.h"
#include "sync/SyncLayout.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace passerelle::test {

namespace {
void run(EngineReplica &r, const char *sql, const QList<QByteArray> &blobs, qint64 now)
{
    SqliteStatement q(r.handle(), sql);
    int i = 1;
    for (const QByteArray &b : blobs)
        q.bindBlob(i++, b);
    if (sqlite3_bind_parameter_count(q.raw()) >= i)
        q.bind(i, now);
    q.execute();
}
} // namespace

ScopeCase addCase(EngineReplica &r, const Uuid &programme, const Uuid &worker,
                  const QString &number)
{
    ScopeCase c{Uuid::createV7(), Uuid::createV7(), Uuid::createV7(),
                Uuid::createV7(), Uuid::createV7(), Uuid::createV7()};
    const qint64 now = r.clock.nowMs();
    Transaction tx(r.handle());
    run(r, "INSERT INTO household(id, code, created_at, updated_at) VALUES (?, 'M-1', ?2, ?2)",
        {c.household.bytes()}, now);
    run(r,
        "INSERT INTO person(id, code, household_id, created_at, updated_at) "
        "VALUES (?, 'P-1', ?, ?3, ?3)",
        {c.person.bytes(), c.household.bytes()}, now);
    SqliteStatement file(r.handle(),
                         "INSERT INTO case_file(id, programme_id, number, household_id, "
                         "status, identified_on, created_at, updated_at) VALUES "
                         "(?, ?, ?, ?, 'identified', '2025-06-01', ?5, ?5)");
    file.bindBlob(1, c.caseId.bytes());
    file.bindBlob(2, programme.bytes());
    file.bindText(3, number);
    file.bindBlob(4, c.household.bytes());
    file.bind(5, now);
    file.execute();
    run(r, "INSERT INTO case_person(case_id, person_id) VALUES (?, ?)",
        {c.caseId.bytes(), c.person.bytes()}, now);
    run(r,
        "INSERT INTO case_status_change(id, case_id, to_status, changed_on, created_at, "
        "updated_at) VALUES (?, ?, 'identified', '2025-06-01', ?3, ?3)",
        {c.statusChange.bytes(), c.caseId.bytes()}, now);
    run(r,
        "INSERT INTO case_problem(case_id, code) VALUES (?, (SELECT min(code) FROM "
        "ref_problem_typology))",
        {c.caseId.bytes()}, now);
    r.addIntervention(programme, QStringLiteral("Visite à domicile"), 45, c.intervention);
    run(r, "INSERT INTO intervention_case(intervention_id, case_id) VALUES (?, ?)",
        {c.intervention.bytes(), c.caseId.bytes()}, now);
    r.link(c.intervention, worker);
    run(r,
        "INSERT INTO assessment(id, case_id, assessed_on, dimension, score, source, "
        "created_at, updated_at) VALUES (?, ?, '2025-06-15', (SELECT min(code) FROM "
        "ref_outcome_dimension), 3, 'person', ?3, ?3)",
        {c.assessment.bytes(), c.caseId.bytes()}, now);
    tx.commit();
    assign(r, c.caseId, worker);
    return c;
}

void assign(EngineReplica &r, const Uuid &caseId, const Uuid &worker)
{
    run(r,
        "INSERT INTO case_worker(case_id, worker_id, pair_role, assigned_on) "
        "VALUES (?, ?, 'peer', '2025-06-01') ON CONFLICT DO UPDATE SET unassigned_on = NULL",
        {caseId.bytes(), worker.bytes()}, 0);
}

void unassign(EngineReplica &r, const Uuid &caseId, const Uuid &worker)
{
    run(r,
        "UPDATE case_worker SET unassigned_on = '2025-06-30' WHERE case_id = ? AND worker_id = ?",
        {caseId.bytes(), worker.bytes()}, 0);
}

InFlight scopedSnapshot(EngineReplica &office, EngineReplica &laptop, const Uuid &worker)
{
    Transaction tx(office.handle(), Transaction::Mode::Deferred);
    ChangeSetBuilder builder(office.handle());
    PeerScopeLedger ledger(office.handle());
    const SyncScope scope = ledger.prepare(builder, laptop.id(), worker);
    const ChangeSet set = builder.build(laptop.id());
    tx.commit();
    ledger.recordSent(laptop.id(), scope.cases());
    InFlight m;
    m.header.sender = office.id();
    m.header.recipient = laptop.id();
    m.header.ranges = set.ranges;
    m.header.versionVector = set.versionVector;
    m.header.scopeHash = scope.hash();
    m.records = set.records;
    return m;
}

MergeReport exchangeScoped(EngineReplica &office, EngineReplica &laptop, const Uuid &worker)
{
    return deliver(scopedSnapshot(office, laptop, worker), laptop);
}

InFlight laptopSnapshot(EngineReplica &laptop, EngineReplica &office)
{
    Transaction tx(laptop.handle(), Transaction::Mode::Deferred);
    ChangeSetBuilder builder(laptop.handle());
    builder.setOwnChangesOnly(true);
    const ChangeSet set = builder.build(office.id());
    tx.commit();
    InFlight m;
    m.header.sender = laptop.id();
    m.header.recipient = office.id();
    m.header.ranges = set.ranges;
    m.header.versionVector = set.versionVector;
    m.header.scopeHash = SyncScope::heldHash(laptop.handle());
    m.records = set.records;
    return m;
}

MergeReport exchangeFromLaptop(EngineReplica &laptop, EngineReplica &office)
{
    return deliverFromLaptop(laptopSnapshot(laptop, office), office);
}

MergeReport deliverFromLaptop(const InFlight &message, EngineReplica &office)
{
    const MergeReport report = deliver(message, office);
    PeerScopeLedger(office.handle()).checkReported(message.header.sender, message.header.scopeHash);
    return report;
}

QByteArray projectedContent(EngineReplica &r, const std::optional<SyncScope> &scope)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const SyncLayout layout = SyncLayout::load(r.handle());
    for (const SyncTable &t : layout.tables()) {
        QByteArray sql = "SELECT sync_key(";
        for (qsizetype i = 0; i < t.primaryKey.size(); ++i)
            sql += (i ? ", \"" : "\"") + t.primaryKey[i].toUtf8() + '"';
        sql += "), * FROM \"" + t.info.name.toUtf8() + "\" ORDER BY 1";
        SqliteStatement q(r.handle(), sql);
        hash.addData(t.info.name.toUtf8());
        while (q.step()) {
            if (scope && !scope->includes(t, q.blob(0)))
                continue;
            for (int c = 0; c < q.columnCount(); ++c) {
                hash.addData(QByteArray::number(q.columnType(c)));
                hash.addData(q.blob(c));
                hash.addData(QByteArray("\x1f"));
            }
        }
    }
    return hash.result().toHex();
}

bool has(EngineReplica &r, const char *table, const Uuid &id)
{
    SqliteStatement q(r.handle(), QByteArray("SELECT 1 FROM ") + table + " WHERE id = ?");
    q.bindBlob(1, id.bytes());
    return q.step();
}

} // namespace passerelle::test
