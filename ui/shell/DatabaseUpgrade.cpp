#include "shell/DatabaseUpgrade.h"

#include "storage/Database.h"
#include "util/Errors.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace passerelle {

QString upgradeWithProgress(const QString &path, QWidget *parent)
{
    const int version = Database::schemaVersionOf(path);
    if (version <= 0 || version >= Database::latestSchemaVersion())
        return {}; // new, current, or newer (Database::open refuses that one with its message)

    QProgressDialog progress(
        QApplication::translate("DatabaseUpgrade",
                                "Mise à niveau de la base (version %1 vers %2)…\n"
                                "Les données ne sont pas modifiées ; cela peut "
                                "prendre quelques minutes sur une grande base.")
            .arg(version)
            .arg(Database::latestSchemaVersion()),
        QString(), 0, 0, parent);
    progress.setWindowTitle(QApplication::translate("DatabaseUpgrade", "Passerelle"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr); // a migration is one transaction: it finishes or rolls back

    auto error = std::make_shared<QString>();
    QThread *worker = QThread::create([path, error] {
        try {
            Database::open(path, Database::OpenMode::OpenExisting, Database::IntegrityCheck::Deferred);
        } catch (const Error &e) {
            *error = e.message();
        }
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    progress.show();
    loop.exec();
    worker->wait();
    delete worker;
    return *error;
}

} // namespace passerelle
