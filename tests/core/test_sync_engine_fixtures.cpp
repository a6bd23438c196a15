#include "test_sync_engine_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/ChangeCapture.h"
#include "sync/ChangeRecord.h"
#include "sync/ChangeSetBuilder.h"
#include "sync/SyncMetadata.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>
#include <stdexcept>

namespace passerelle::test {

namespace {
const QString &templateFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("template.sqlite"));
        Database::open(p);
        return p;
    }();
    return path;
}
} // namespace

EngineReplica::EngineReplica()
    : path(dir.filePath(QStringLiteral("replica.sqlite"))),
      clock(QDateTime(QDate(2025, 6, 30), QTime(9, 0), Qt::UTC))
{
    QFile::copy(templateFile(), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        // A new replica id, as a copy detected as such takes (no sync function needed:
        // these two tables are not captured).
        sqlite3 *raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        {
            // Statements finalized before the close: sqlite3_close refuses (SQLITE_BUSY) a
            // connection with live statements, and every replica's file stayed open.
            const QByteArray id = Uuid::createV7().bytes();
            SqliteStatement meta(raw, "UPDATE replica_meta SET value = ? WHERE key = 'replica_id'");
            meta.bindBlob(1, id);
            meta.execute();
            SqliteStatement self(raw, "UPDATE local_sync_replica SET replica_id = ? WHERE idx = 0");
            self.bindBlob(1, id);
            self.execute();
        }
        if (sqlite3_close(raw) != SQLITE_OK)
            throw std::runtime_error("replica template still in use");
    }
    database = Database::open(path, Database::OpenMode::OpenExisting,
                              Database::IntegrityCheck::Deferred);
    ChangeCapture::setClock(handle(), &clock);
    // Throw-away files: no need to wait for the disk at every commit.
    execSql(handle(), "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY");
}

EngineReplica::~EngineReplica()
{
    ChangeCapture::setClock(handle(), nullptr);
}

void EngineReplica::exec(const QString &sql)
{
    execSql(handle(), sql.toUtf8());
}

Uuid EngineReplica::addOrganisationAndProgramme()
{
    const Uuid org = Uuid::createV7();
    const Uuid programme = Uuid::createV7();
    Transaction tx(handle());
    SqliteStatement o(handle(), "INSERT INTO organisation(id, name, created_at, updated_at) "
                                "VALUES (?, 'UDAF 52', 1, 1)");
    o.bindBlob(1, org.bytes());
    o.execute();
    SqliteStatement p(handle(), "INSERT INTO programme(id, organisation_id, code, name, "
                                "created_at, updated_at) VALUES (?, ?, 'PA', 'Pair-aidance', 1, 1)");
    p.bindBlob(1, programme.bytes());
    p.bindBlob(2, org.bytes());
    p.execute();
    tx.commit();
    return programme;
}

Uuid EngineReplica::addIntervention(const Uuid &programme, const QString &note, int duration,
                                    std::optional<Uuid> id)
{
    const Uuid iid = id.value_or(Uuid::createV7());
    SqliteStatement q(handle(),
                      "INSERT INTO intervention(id, programme_id, date, status, channel, "
                      "intervention_type, duration_min, note, created_at, updated_at) VALUES (?, ?, "
                      "'2025-06-30', 'done', (SELECT min(code) FROM ref_channel), (SELECT min(code) "
                      "FROM ref_intervention_type), ?, ?, ?, ?)");
    q.bindBlob(1, iid.bytes());
    q.bindBlob(2, programme.bytes());
    q.bind(3, qint64(duration));
    q.bindText(4, note);
    q.bind(5, clock.nowMs());
    q.bind(6, clock.nowMs());
    q.execute();
    return iid;
}

void EngineReplica::setNote(const Uuid &intervention, const QString &note)
{
    SqliteStatement q(handle(), "UPDATE intervention SET note = ?, updated_at = ? WHERE id = ?");
    q.bindText(1, note);
    q.bind(2, clock.nowMs());
    q.bindBlob(3, intervention.bytes());
    q.execute();
}

void EngineReplica::setDuration(const Uuid &intervention, int minutes)
{
    SqliteStatement q(handle(), "UPDATE intervention SET duration_min = ?, updated_at = ? WHERE id = ?");
    q.bind(1, qint64(minutes));
    q.bind(2, clock.nowMs());
    q.bindBlob(3, intervention.bytes());
    q.execute();
}

void EngineReplica::removeIntervention(const Uuid &intervention)
{
    Transaction tx(handle());
    for (const char *sql : {"DELETE FROM intervention_worker WHERE intervention_id = ?",
                            "DELETE FROM intervention_case WHERE intervention_id = ?",
                            "DELETE FROM intervention WHERE id = ?"}) {
        SqliteStatement q(handle(), sql);
        q.bindBlob(1, intervention.bytes());
        q.execute();
    }
    tx.commit();
}

Uuid EngineReplica::addWorker()
{
    const Uuid id = Uuid::createV7();
    SqliteStatement q(handle(), "INSERT INTO worker(id, organisation_id, code, display_name, role, "
                                "created_at, updated_at) VALUES (?, (SELECT min(id) FROM "
                                "organisation), 'TP', 'Travailleur pair', 'peer_worker', 1, 1)");
    q.bindBlob(1, id.bytes());
    q.execute();
    return id;
}

void EngineReplica::link(const Uuid &intervention, const Uuid &worker)
{
    SqliteStatement q(handle(), "INSERT OR IGNORE INTO intervention_worker(intervention_id, "
                                "worker_id) VALUES (?, ?)");
    q.bindBlob(1, intervention.bytes());
    q.bindBlob(2, worker.bytes());
    q.execute();
}

void EngineReplica::unlink(const Uuid &intervention, const Uuid &worker)
{
    SqliteStatement q(handle(), "DELETE FROM intervention_worker WHERE intervention_id = ? AND "
                                "worker_id = ?");
    q.bindBlob(1, intervention.bytes());
    q.bindBlob(2, worker.bytes());
    q.execute();
}

std::optional<QString> EngineReplica::note(const Uuid &intervention)
{
    SqliteStatement q(handle(), "SELECT note FROM intervention WHERE id = ?");
    q.bindBlob(1, intervention.bytes());
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

std::optional<qint64> EngineReplica::duration(const Uuid &intervention)
{
    SqliteStatement q(handle(), "SELECT duration_min FROM intervention WHERE id = ?");
    q.bindBlob(1, intervention.bytes());
    if (!q.step())
        return std::nullopt;
    return q.int64(0);
}

qint64 EngineReplica::count(const QString &sql)
{
    SqliteStatement q(handle(), sql.toUtf8());
    return q.step() ? q.int64(0) : -1;
}

InFlight snapshot(EngineReplica &from, EngineReplica &to)
{
    Transaction tx(from.handle(), Transaction::Mode::Deferred);
    const ChangeSet set = ChangeSetBuilder(from.handle()).build(to.id());
    tx.commit();
    InFlight m;
    m.header.sender = from.id();
    m.header.recipient = to.id();
    m.header.ranges = set.ranges;
    m.header.versionVector = set.versionVector;
    m.records = set.records;
    return m;
}

MergeReport deliver(const InFlight &message, EngineReplica &to)
{
    Transaction tx(to.handle());
    const MergeReport report = ChangeMerger(to.db(), to.clock).merge(message.header, message.records);
    tx.commit();
    return report;
}

MergeReport exchange(EngineReplica &from, EngineReplica &to)
{
    return deliver(snapshot(from, to), to);
}

QByteArray replicaState(EngineReplica &replica)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(contentHash(replica.db()));
    for (const char *sql : {"SELECT * FROM sync_conflict ORDER BY conflict_id",
                            "SELECT * FROM sync_tombstone ORDER BY key_hash"}) {
        SqliteStatement q(replica.handle(), sql);
        hash.addData(QByteArray(sql));
        while (q.step())
            for (int c = 0; c < q.columnCount(); ++c) {
                hash.addData(QByteArray::number(q.columnType(c)));
                hash.addData(q.blob(c));
                hash.addData(QByteArray("\x1f"));
            }
    }
    return hash.result().toHex();
}

QList<qsizetype> rowRecords(const QList<QByteArray> &records, const QString &table)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const auto record = ChangeRecordCodec::decode(records[i]);
        if (!record)
            throw std::runtime_error("unreadable record in a change set");
        if (const auto *row = std::get_if<RowChange>(&*record))
            if (row->table == table)
                out.append(i);
    }
    return out;
}

QByteArray setInRecord(QByteArray &record, const QString &column, const QVariant &value)
{
    auto decoded = ChangeRecordCodec::decode(record);
    auto *row = decoded ? std::get_if<RowChange>(&*decoded) : nullptr;
    if (!row)
        throw std::runtime_error("not a row record");
    bool changed = false;
    for (UnitChange &unit : row->units)
        for (qsizetype c = 0; c < unit.columns.size(); ++c)
            if (unit.columns[c] == column) {
                unit.values[c] = value;
                changed = true;
            }
    if (!changed)
        throw std::runtime_error("the record carries no such column");
    record = ChangeRecordCodec::encode(*row);
    return row->key;
}

} // namespace passerelle::test
