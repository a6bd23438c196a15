#include "sync/ChangeCapture.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/CaptureTriggers.h"
#include "sync/SyncKey.h"
#include "sync/SyncLayout.h"
#include "sync/SyncLogging.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

#include <sqlite3.h>

#include <algorithm>

namespace passerelle {

namespace {

// Per connection: the dot and clock of the open transaction, and the suspension count.
struct CaptureState
{
    sqlite3 *db = nullptr;
    const Clock *clock = nullptr;
    int suspended = 0;
    qint64 txCounter = 0; // 0: no dot given in the current transaction yet
    qint64 txHlc = 0;
};

QMutex registryMutex;
QHash<sqlite3 *, CaptureState *> &registry()
{
    static QHash<sqlite3 *, CaptureState *> r;
    return r;
}

CaptureState *stateOf(sqlite3 *db)
{
    QMutexLocker lock(&registryMutex);
    return registry().value(db);
}

CaptureState &requireState(sqlite3 *db)
{
    CaptureState *s = stateOf(db);
    if (!s)
        throw StorageError(QCoreApplication::translate(
            "Sync", "La capture des changements n'est pas installée sur cette connexion."));
    return *s;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    SqliteStatement q(db, sql);
    return q.step() ? q.int64(0) : 0;
}

void setStateValue(sqlite3 *db, const char *key, qint64 value)
{
    SqliteStatement q(db, "INSERT INTO local_sync_state(key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bindUtf8(1, key);
    q.bind(2, value);
    q.execute();
}

// The highest dot this replica ever wrote: the stored counter, or a dot still held by
// a row, a cell or a tombstone when a savepoint rolled the stored counter back.
qint64 highestOwnDot(sqlite3 *db)
{
    return scalar(db, "SELECT max(coalesce((SELECT value FROM local_sync_state WHERE key = "
                      "'counter'), 0), coalesce((SELECT max(counter) FROM local_sync_row WHERE "
                      "origin = 0), 0), coalesce((SELECT max(counter) FROM local_sync_cell WHERE "
                      "origin = 0), 0), coalesce((SELECT max(counter) FROM local_sync_tombstone "
                      "WHERE origin = 0), 0))");
}

void allocate(CaptureState &s)
{
    // Runs under the write lock (a trigger fires inside a write), so another process
    // writing the same file cannot take the same counter.
    const qint64 counter = highestOwnDot(s.db) + 1;
    const qint64 lastHlc =
        scalar(s.db, "SELECT coalesce((SELECT value FROM local_sync_state WHERE key = 'hlc'), 0)");
    const qint64 now = Hlc::fromMs((s.clock ? *s.clock : systemClock()).nowMs());
    const qint64 hlc = std::max(now, lastHlc + 1);
    setStateValue(s.db, "counter", counter);
    setStateValue(s.db, "hlc", hlc);
    s.txCounter = counter;
    s.txHlc = hlc;
}

bool ensureDot(sqlite3_context *ctx, CaptureState &s)
{
    if (s.txCounter != 0)
        return true;
    try {
        allocate(s);
        return true;
    } catch (const Error &e) {
        const QByteArray message = e.message().toUtf8();
        sqlite3_result_error(ctx, message.constData(), int(message.size()));
        return false;
    }
}

void syncDot(sqlite3_context *ctx, int, sqlite3_value **)
{
    auto *s = static_cast<CaptureState *>(sqlite3_user_data(ctx));
    if (s->suspended > 0) {
        sqlite3_result_null(ctx);
        return;
    }
    if (ensureDot(ctx, *s))
        sqlite3_result_int64(ctx, s->txCounter);
}

void syncHlc(sqlite3_context *ctx, int, sqlite3_value **)
{
    auto *s = static_cast<CaptureState *>(sqlite3_user_data(ctx));
    if (s->suspended > 0) {
        sqlite3_result_null(ctx);
        return;
    }
    if (ensureDot(ctx, *s))
        sqlite3_result_int64(ctx, s->txHlc);
}

// The triggers' condition: true while capturing, without taking a dot (a statement that
// changes nothing must not use one up).
void syncOn(sqlite3_context *ctx, int, sqlite3_value **)
{
    const auto *s = static_cast<CaptureState *>(sqlite3_user_data(ctx));
    sqlite3_result_int(ctx, s->suspended > 0 ? 0 : 1);
}

void syncKey(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    QByteArray key;
    key.reserve(argc * 21);
    for (int i = 0; i < argc; ++i) {
        sqlite3_value *v = argv[i];
        switch (sqlite3_value_type(v)) {
        case SQLITE_INTEGER:
            SyncKey::appendInteger(key, sqlite3_value_int64(v));
            break;
        case SQLITE_FLOAT:
            SyncKey::appendReal(key, sqlite3_value_double(v));
            break;
        case SQLITE_TEXT:
            SyncKey::appendText(key, reinterpret_cast<const char *>(sqlite3_value_text(v)),
                                sqlite3_value_bytes(v));
            break;
        case SQLITE_BLOB:
            SyncKey::appendBlob(key, static_cast<const char *>(sqlite3_value_blob(v)),
                                sqlite3_value_bytes(v));
            break;
        default:
            SyncKey::appendNull(key);
        }
    }
    sqlite3_result_blob(ctx, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

void syncKeyHash(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const QByteArray table(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                           sqlite3_value_bytes(argv[0]));
    const QByteArray hash =
        SyncKey::hash(table, static_cast<const char *>(sqlite3_value_blob(argv[1])),
                      sqlite3_value_bytes(argv[1]));
    sqlite3_result_blob(ctx, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
}

// sync_key_part(hex key, i): the i-th component of a key in the hex form sync_conflict keeps,
// as hex too (NULL when absent): which entity a link's conflict is about.
void syncKeyPart(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const QByteArray key = QByteArray::fromHex(
        QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                   sqlite3_value_bytes(argv[0])));
    const std::optional<QByteArray> part =
        SyncKey::component(key, int(sqlite3_value_int(argv[1])));
    if (!part) {
        sqlite3_result_null(ctx);
        return;
    }
    const QByteArray hex = part->toHex().toUpper();
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

// The transaction ended: the next write starts a new dot.
int onCommit(void *state)
{
    static_cast<CaptureState *>(state)->txCounter = 0;
    return 0;
}

void onRollback(void *state)
{
    static_cast<CaptureState *>(state)->txCounter = 0;
}

void destroyState(void *state)
{
    auto *s = static_cast<CaptureState *>(state);
    {
        QMutexLocker lock(&registryMutex);
        if (registry().value(s->db) == s)
            registry().remove(s->db);
    }
    delete s;
}

void check(sqlite3 *db, int rc)
{
    if (rc != SQLITE_OK)
        throw StorageError(QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

void ChangeCapture::registerFunctions(sqlite3 *db)
{
    auto *s = new CaptureState;
    s->db = db;
    {
        QMutexLocker lock(&registryMutex);
        registry().insert(db, s);
    }
    // sync_dot owns the state: SQLite destroys it with the connection.
    check(db, sqlite3_create_function_v2(db, "sync_dot", 0, SQLITE_UTF8, s, syncDot, nullptr,
                                         nullptr, destroyState));
    check(db, sqlite3_create_function_v2(db, "sync_on", 0, SQLITE_UTF8, s, syncOn, nullptr,
                                         nullptr, nullptr));
    check(db, sqlite3_create_function_v2(db, "sync_hlc", 0, SQLITE_UTF8, s, syncHlc, nullptr,
                                         nullptr, nullptr));
    check(db, sqlite3_create_function_v2(db, "sync_key", -1,
                                         SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                         nullptr, syncKey, nullptr, nullptr, nullptr));
    check(db, sqlite3_create_function_v2(db, "sync_key_hash", 2,
                                         SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                         nullptr, syncKeyHash, nullptr, nullptr, nullptr));
    check(db, sqlite3_create_function_v2(db, "sync_key_part", 2,
                                         SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                         nullptr, syncKeyPart, nullptr, nullptr, nullptr));
    sqlite3_commit_hook(db, onCommit, s);
    sqlite3_rollback_hook(db, onRollback, s);
}

void ChangeCapture::install(Database &db)
{
    sqlite3 *h = db.handle();
    Transaction tx(h, Transaction::Mode::Immediate);
    {
        SqliteStatement self(h, "INSERT INTO local_sync_replica(idx, replica_id) VALUES (0, ?) "
                                "ON CONFLICT(idx) DO NOTHING");
        self.bindBlob(1, db.replicaId().bytes());
        self.execute();
    }
    const SyncLayout layout = SyncLayout::load(h);
    const QByteArray sql = CaptureTriggers::createSql(layout);
    const QByteArray signature =
        QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex();
    SqliteStatement stored(h, "SELECT value FROM local_sync_state WHERE key = 'triggers'");
    if (stored.step() && stored.utf8(0) == signature) {
        tx.commit();
        return;
    }
    execSql(h, CaptureTriggers::dropSql(h));
    if (db.migratedFrom() == 0) {
        // The shipped lists are the same on every fresh replica, save the moment they were
        // loaded: without it they would differ while sharing one write.
        for (const SyncTable &t : layout.tables())
            if (t.info.isReferenceList)
                execSql(h, "UPDATE \"" + t.info.name.toUtf8() +
                               "\" SET created_at = 0, updated_at = 0");
    }
    execSql(h, sql);
    if (db.migratedFrom() == 0) {
        SqliteStatement add(h, "INSERT OR IGNORE INTO local_sync_replica(replica_id) VALUES (?)");
        add.bindBlob(1, shippedReferenceOrigin().bytes());
        add.execute();
        SqliteStatement idx(h, "SELECT idx FROM local_sync_replica WHERE replica_id = ?");
        idx.bindBlob(1, shippedReferenceOrigin().bytes());
        idx.step();
        execSql(h, CaptureTriggers::backfillShippedSql(layout, int(idx.int64(0))));
    }
    // Rows written before capture existed (an upgraded file, the reference lists loaded
    // at creation) are recorded now, all under one dot.
    execSql(h, CaptureTriggers::backfillSql(layout));
    SqliteStatement save(h, "INSERT INTO local_sync_state(key, value) VALUES ('triggers', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    save.bindUtf8(1, signature);
    save.execute();
    tx.commit();
    qCInfo(lcSync) << "capture triggers installed on" << layout.tables().size() << "tables";
}

void ChangeCapture::setClock(sqlite3 *db, const Clock *clock)
{
    requireState(db).clock = clock;
}

const Clock &ChangeCapture::clock(sqlite3 *db)
{
    const CaptureState *s = stateOf(db);
    return s && s->clock ? *s->clock : systemClock();
}

qint64 ChangeCapture::lastCounter(sqlite3 *db)
{
    return highestOwnDot(db);
}

qint64 ChangeCapture::lastHlc(sqlite3 *db)
{
    return scalar(db, "SELECT coalesce((SELECT value FROM local_sync_state WHERE key = 'hlc'), 0)");
}

void ChangeCapture::raiseHlc(sqlite3 *db, qint64 seen)
{
    if (seen > lastHlc(db))
        setStateValue(db, "hlc", seen);
}

void ChangeCapture::settleCounter(sqlite3 *db)
{
    setStateValue(db, "counter", highestOwnDot(db));
}

Uuid ChangeCapture::shippedReferenceOrigin()
{
    return Uuid::fromString(u"00000000-0000-4000-8000-000000000001");
}

bool ChangeCapture::isSuspended(sqlite3 *db)
{
    const CaptureState *s = stateOf(db);
    return s && s->suspended > 0;
}

void ChangeCapture::suspend(sqlite3 *db, int delta)
{
    requireState(db).suspended += delta;
}

CaptureSuspension::CaptureSuspension(sqlite3 *db) : m_db(db)
{
    ChangeCapture::suspend(db, 1);
}

CaptureSuspension::~CaptureSuspension()
{
    if (CaptureState *s = stateOf(m_db))
        --s->suspended;
}

} // namespace passerelle
