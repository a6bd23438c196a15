#include "queries/CaseListLoader.h"

#include "queries/CaseListWorker.h"

#include <limits>

namespace passerelle {

CaseListLoader::CaseListLoader(const QString &databasePath, QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("CaseListLoader"));
    m_worker = new CaseListWorker(m_latest);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &CaseListWorker::pageRead, this, &CaseListLoader::pageRead);
    connect(m_worker, &CaseListWorker::counted, this, &CaseListLoader::counted);
    connect(m_worker, &CaseListWorker::failed, this, &CaseListLoader::failed);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, databasePath] { worker->open(databasePath); },
                              Qt::QueuedConnection);
}

CaseListLoader::~CaseListLoader()
{
    // Everything queued or running becomes stale, so the thread stops at once.
    m_latest->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has stopped: it closes its connection here
}

quint64 CaseListLoader::startListing()
{
    return ++*m_latest;
}

void CaseListLoader::request(const CaseListRequest &request)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request] { worker->run(request); },
                              Qt::QueuedConnection);
}

} // namespace passerelle
