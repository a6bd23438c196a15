#pragma once

#include "queries/CaseListQuery.h"
#include "queries/CaseListRequest.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;

namespace passerelle {

// The thread side of CaseListLoader: owns a read-only connection of its own and a
// CaseListQuery on it, and runs the requests it is sent, in order. Lives in the loader's
// worker thread; nothing else touches it.
//
// A request of a listing older than `latest` is skipped, and one already running is
// interrupted (SQLite's progress handler, checked every few thousand instructions), so a
// person typing never waits for the results of what they typed before.
class CaseListWorker : public QObject
{
    Q_OBJECT

public:
    explicit CaseListWorker(std::shared_ptr<const std::atomic<quint64>> latest);
    ~CaseListWorker() override;

    // Opens `path` read-only; emits failed(0, …) when it cannot.
    void open(const QString &path);
    void run(const CaseListRequest &request);

Q_SIGNALS:
    void pageRead(quint64 listing, const passerelle::CaseListQuery::Page &page, bool first);
    void counted(quint64 listing, qint64 matching, qint64 total);
    void failed(quint64 listing, const QString &message);

private:
    bool isStale(quint64 listing) const { return listing < m_latest->load(); }
    static int progress(void *self);

    std::shared_ptr<const std::atomic<quint64>> m_latest;
    quint64 m_running = 0;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<CaseListQuery> m_query;
};

} // namespace passerelle
