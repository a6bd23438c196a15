#pragma once

#include "util/Uuid.h"

#include <QByteArray>

struct sqlite3;

namespace passerelle {

class Clock;
class Database;

// Change capture: triggers on every replicated table (CaptureTriggers) record, in the
// transaction of the write itself, which write each row and cell holds. A write is named
// by its dot (this replica, a counter given once per transaction) and stamped with a
// hybrid logical clock (48-bit ms << 16 | counter) that only ever grows.
//
// The triggers call C functions registered on the connection: sync_on() is false while
// capture is suspended (the merge), sync_dot() and sync_hlc() give the transaction's dot
// and clock, sync_key(…) encodes a primary key (SyncKey), sync_key_hash(table, key)
// hashes it for tombstones. A connection without them cannot write a captured table,
// which is intended: a write nobody records would never reach the other replicas.
class ChangeCapture
{
public:
    // Registers the functions and the transaction hooks on `db`; Database::open calls it
    // before migrating. Throws StorageError.
    static void registerFunctions(sqlite3 *db);
    // Creates or refreshes the triggers when the schema changed since the last time, and
    // records the rows that existed before (one dot for all). Database::open calls it
    // after migrating. Throws StorageError.
    static void install(Database &db);

    // The clock stamping this connection's writes (tests give each replica a skewed one).
    // `clock` must outlive the connection or be reset; nullptr restores the system clock.
    static void setClock(sqlite3 *db, const Clock *clock);
    static const Clock &clock(sqlite3 *db);

    // The last dot counter of this replica (its own entry of the version vector).
    static qint64 lastCounter(sqlite3 *db);
    // The last hybrid logical clock value given or seen; merges raise it to what they saw.
    static qint64 lastHlc(sqlite3 *db);
    static void raiseHlc(sqlite3 *db, qint64 seen);
    // Makes the stored counter at least every dot this replica wrote (merges call it before
    // overwriting cells, so that a counter is never given twice).
    static void settleCounter(sqlite3 *db);

    static bool isSuspended(sqlite3 *db);

    // The pseudo-replica that "wrote" the reference lists shipped with the program.
    static Uuid shippedReferenceOrigin();

private:
    friend class CaptureSuspension;
    static void suspend(sqlite3 *db, int delta);
};

// While alive, writes on the connection are not captured: the merge applies remote
// writes with their own dots, which must not come back as local ones.
class CaptureSuspension
{
public:
    explicit CaptureSuspension(sqlite3 *db);
    ~CaptureSuspension();
    CaptureSuspension(const CaptureSuspension &) = delete;
    CaptureSuspension &operator=(const CaptureSuspension &) = delete;

private:
    sqlite3 *m_db;
};

// Hybrid logical clock values: milliseconds in the high 48 bits, a counter in the low 16.
namespace Hlc {
constexpr qint64 fromMs(qint64 ms)
{
    return ms << 16;
}
constexpr qint64 toMs(qint64 hlc)
{
    return hlc >> 16;
}
} // namespace Hlc

} // namespace passerelle
