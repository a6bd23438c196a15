#pragma once

#include "exchange/IntegrityReport.h"
#include "util/Clock.h"

struct sqlite3;

namespace passerelle {

class Database;

// Verifies a database: the file (PRAGMA integrity_check), the value types, the references
// (PRAGMA foreign_key_check, each violation named by table, record and column) and the
// domain invariants (InvariantRules). Read-only; runs on the caller's connection, so the
// importer can check its own uncommitted transaction before committing it.
class IntegrityChecker
{
public:
    enum class StorageCheck
    {
        Full,
        Quick
    };

    explicit IntegrityChecker(const Database &db, const Clock &clock = systemClock());
    explicit IntegrityChecker(sqlite3 *db, const Clock &clock = systemClock());

    // Everything, in the order above. Throws StorageError when a query cannot run.
    IntegrityReport run(StorageCheck mode = StorageCheck::Full, int maxPerRule = 200) const;

    void checkStorage(IntegrityReport &report, StorageCheck mode = StorageCheck::Full) const;
    // Stored values of the kind their column declares (16-byte UUID blobs, integers, finite
    // reals, text): SQLite's flexible typing lets raw SQL store anything, and the exporter
    // refuses what the interchange format cannot carry faithfully.
    void checkColumnTypes(IntegrityReport &report) const;
    void checkForeignKeys(IntegrityReport &report) const;
    void checkInvariants(IntegrityReport &report) const;

private:
    sqlite3 *m_db;
    const Clock &m_clock;
};

} // namespace passerelle
