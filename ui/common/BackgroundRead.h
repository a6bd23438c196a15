#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace passerelle {

class Database;

// Runs a long read (an annual review, a dashboard) on a worker thread with a connection of
// its own to the database file — Qt SQL connections belong to one thread — and hands the
// outcome back on the GUI thread. One read at a time; the destructor waits for a read still
// running, so the owner (a page) can go at any moment.
class BackgroundRead : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundRead(QObject *parent = nullptr);
    ~BackgroundRead() override;

    bool isRunning() const { return m_worker != nullptr; }
    // `work` runs on the worker thread with its own Database on `path` (opened without the
    // integrity check); `done` then runs on this object's thread with an empty string, or
    // the message of the Error `work` (or opening) threw.
    void start(const QString &path, std::function<void(Database &)> work,
               std::function<void(const QString &error)> done);

private:
    QThread *m_worker = nullptr;
};

} // namespace passerelle
