#pragma once

#include "sync/SyncFolderReport.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <memory>

class QAction;

class QSettings;
class QThread;
class QWidget;

namespace passerelle {

class Clock;
class Database;
class DialogService;
class InvitationService;
class ReplicaKeys;
class SyncPage;

// The pairing and sync-folder actions of the Sync window:
// - "Inviter un appareil…" and "Accepter une réponse…" on an office (or a copy that has not
//   joined anyone yet), "Rejoindre un bureau…" on a device that is not a member yet;
// - "Choisir le dossier…" (the sync folder, remembered in QSettings "sync/folder") and
//   "Synchroniser le dossier", which runs SyncFolder::syncNow on a worker thread with a
//   connection of its own, behind a progress dialog that can be cancelled between files,
//   then shows a French report.
// install() puts the actions on a SyncPage, sets its role from the membership and reloads it
// after every action that changed something.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    // `db`, `dialogs`, `settings` and `clock` must outlive this object.
    SyncActions(Database &db, DialogService &dialogs, QSettings &settings, const Clock &clock,
                QWidget *parent = nullptr);
    ~SyncActions() override;

    QAction *inviteAction() const { return m_invite; }
    QAction *joinAction() const { return m_join; }
    QAction *acceptAction() const { return m_accept; }
    QAction *chooseFolderAction() const { return m_chooseFolder; }
    QAction *syncFolderAction() const { return m_syncFolder; }

    void install(SyncPage &page);
    QString folder() const;
    bool isSyncing() const { return m_thread != nullptr; }
    QProgressDialog *progressDialog() const { return m_progress; }
    // The French text of the last folder sync's report (also shown in a message).
    QString lastReportText() const { return m_lastReport; }

    // The French report of one "Synchroniser le dossier".
    static QString describe(const SyncFolderReport &report);

public Q_SLOTS:
    void invite();
    void join();
    void acceptReply();
    // Returns false when the person cancelled.
    bool chooseFolder();
    void syncFolder();

Q_SIGNALS:
    // Pairing recorded something (an invitation, a membership, a device).
    void pairingChanged();
    // A folder sync ended, whatever its outcome (tests wait on it).
    void folderSyncFinished();
    // A folder sync merged rows: other pages should read their data again.
    void dataImported();

private:
    InvitationService service() const;
    void refresh();
    void folderSyncDone();

    Database &m_db;
    DialogService &m_dialogs;
    QSettings &m_settings;
    const Clock &m_clock;
    QWidget *m_parentWidget = nullptr;
    std::unique_ptr<ReplicaKeys> m_keys;
    QPointer<SyncPage> m_page;
    QAction *m_invite = nullptr;
    QAction *m_join = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_chooseFolder = nullptr;
    QAction *m_syncFolder = nullptr;

    // The folder sync running, if any.
    struct Outcome
    {
        SyncFolderReport report;
        QString error;
    };
    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QString m_lastReport;
};

} // namespace passerelle
