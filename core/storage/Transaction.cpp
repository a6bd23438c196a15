#include "storage/Transaction.h"

#include "storage/SqliteStatement.h"
#include "util/Logging.h"

#include <sqlite3.h>

#include <atomic>

namespace passerelle {

namespace {
std::atomic<int> savepointCounter{0};
}

Transaction::Transaction(sqlite3 *db, Mode mode) : m_db(db)
{
    if (sqlite3_get_autocommit(db)) {
        execSql(db, mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    } else {
        m_savepoint = "sp_" + QByteArray::number(++savepointCounter);
        execSql(db, "SAVEPOINT " + m_savepoint);
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_savepoint.isEmpty()) {
            // SQLite may already have rolled back on some errors (e.g. SQLITE_FULL).
            if (!sqlite3_get_autocommit(m_db))
                execSql(m_db, "ROLLBACK");
        } else {
            execSql(m_db, "ROLLBACK TO " + m_savepoint);
            execSql(m_db, "RELEASE " + m_savepoint);
        }
    } catch (const std::exception &e) {
        qCWarning(lcStorage) << "rollback failed:" << e.what();
    }
}

void Transaction::commit()
{
    execSql(m_db, m_savepoint.isEmpty() ? QByteArray("COMMIT") : "RELEASE " + m_savepoint);
    m_done = true;
}

} // namespace passerelle
