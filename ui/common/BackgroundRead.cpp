#include "common/BackgroundRead.h"

#include "storage/Database.h"
#include "util/Errors.h"

#include <QThread>

#include <memory>

namespace passerelle {

BackgroundRead::BackgroundRead(QObject *parent) : QObject(parent) {}

BackgroundRead::~BackgroundRead()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void BackgroundRead::start(const QString &path, std::function<void(Database &)> work,
                           std::function<void(const QString &error)> done)
{
    if (m_worker)
        return;
    auto error = std::make_shared<QString>();
    m_worker = QThread::create([path, work = std::move(work), error] {
        try {
            const auto own = Database::open(path, Database::OpenMode::OpenExisting,
                                            Database::IntegrityCheck::Deferred);
            work(*own);
        } catch (const Error &e) {
            *error = e.message();
        }
    });
    connect(m_worker, &QThread::finished, this, [this, error, done = std::move(done)] {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
        done(*error);
    });
    m_worker->start();
}

} // namespace passerelle
