#include "queries/CaseListWorker.h"

#include "storage/SqliteStatement.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace passerelle {

CaseListWorker::CaseListWorker(std::shared_ptr<const std::atomic<quint64>> latest)
    : m_latest(std::move(latest))
{
}

CaseListWorker::~CaseListWorker()
{
    m_query.reset(); // its statements before the connection they belong to
    sqlite3_close(m_db);
}

void CaseListWorker::open(const QString &path)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    try {
        if (rc != SQLITE_OK)
            throw StorageError(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"));
        // Wait for a writer's commit rather than fail; sort in memory; a cache of its own,
        // smaller than the main connection's: it reads the list's indexes, not the cases.
        sqlite3_busy_timeout(m_db, 5000);
        execSql(m_db, "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384");
        sqlite3_progress_handler(m_db, 4000, &CaseListWorker::progress, this);
        m_query = std::make_unique<CaseListQuery>(m_db);
    } catch (const StorageError &e) {
        m_query.reset();
        Q_EMIT failed(0, QCoreApplication::translate("CaseListQuery", "Impossible d'ouvrir %1 : %2")
                             .arg(QDir::toNativeSeparators(path), e.message()));
    }
}

int CaseListWorker::progress(void *self)
{
    // Non-zero interrupts the running statement: it belongs to a listing nobody awaits.
    const auto *worker = static_cast<const CaseListWorker *>(self);
    return worker->isStale(worker->m_running) ? 1 : 0;
}

void CaseListWorker::run(const CaseListRequest &request)
{
    if (!m_query || isStale(request.listing))
        return;
    m_running = request.listing;
    try {
        const CaseListQuery::Page page =
            m_query->page(request.filter, request.order, request.after, request.limit);
        if (isStale(request.listing))
            return;
        Q_EMIT pageRead(request.listing, page, request.after.isStart());
        if (request.withCounts) {
            const qint64 matching = m_query->count(request.filter);
            const qint64 total = m_query->liveCount();
            if (!isStale(request.listing))
                Q_EMIT counted(request.listing, matching, total);
        }
    } catch (const StorageError &e) {
        // An interrupted statement of a stale listing is no failure: nobody waits for it.
        if (!isStale(request.listing))
            Q_EMIT failed(request.listing, e.message());
    }
}

} // namespace passerelle
