#pragma once

#include "queries/CaseListQuery.h"
#include "queries/CaseListRequest.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace passerelle {

class CaseListWorker;

// Reads the case list away from the thread that asks: the reads run on a worker thread,
// over a read-only connection of their own to the database file, and their results come
// back as signals. Typing in the search field therefore never waits for SQLite, and a
// keystroke makes the reads of the previous one stop (see CaseListWorker).
//
// The worker's connection sees what other connections have committed, as a second
// program would: a change made through the main connection shows at the next listing.
class CaseListLoader : public QObject
{
    Q_OBJECT

public:
    // `databasePath` must name a file (not ":memory:"); it is opened at once, in the worker.
    explicit CaseListLoader(const QString &databasePath, QObject *parent = nullptr);
    ~CaseListLoader() override;
    CaseListLoader(const CaseListLoader &) = delete;
    CaseListLoader &operator=(const CaseListLoader &) = delete;

    // A new listing: every request of an older one still waiting is dropped, and the one
    // running is interrupted. Returns the listing's number, to put in its requests.
    quint64 startListing();
    quint64 currentListing() const { return m_latest->load(); }
    // Queued; the answer is pageRead (then counted when asked), or failed.
    void request(const CaseListRequest &request);

Q_SIGNALS:
    // `first` when the page starts its listing (its cursor was the start).
    void pageRead(quint64 listing, const passerelle::CaseListQuery::Page &page, bool first);
    void counted(quint64 listing, qint64 matching, qint64 total);
    // The message is translated and names no person. Listing 0: the file could not be opened.
    void failed(quint64 listing, const QString &message);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread m_thread;
    CaseListWorker *m_worker = nullptr; // lives in m_thread; deleted once it has stopped
};

} // namespace passerelle
