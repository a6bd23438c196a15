#pragma once

#include "sync/ReplicaPeer.h"
#include "util/Uuid.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
class QTableView;

namespace passerelle {

class BackgroundRead;
class Clock;
class Database;
class DialogService;
class InvitationsPanel;
class ReviewQueuePanel;
class SyncOverview;
class SyncPeerModel;

// The "Synchronisation" page: this device (name, short id, role), the paired devices (role,
// last exchange, transactions waiting for each, revoked or not), and the exchanges by
// file: "Exporter un paquet pour…" the chosen device, "Importer des paquets…" (one or several
// files), "Révoquer l'appareil…" after a confirmation. Exports and imports run on a worker thread
// with a connection of their own, behind a progress bar; the window stays responsive and shows the
// outcome as a French summary, or a refused file's own message.
//
// Three tabs: the paired devices, the invitations this office issued (InvitationsPanel,
// hidden on a laptop) and the review queue (ReviewQueuePanel), each titled with its count.
//
// Pairing ("Inviter un appareil…") and the sync folder ("Synchroniser le dossier") are
// not built here: the main window adds their actions with addSyncAction() and calls
// reload() once they changed something.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the page.
    SyncPage(Database &db, DialogService &dialogs, const Clock &clock, QWidget *parent = nullptr);
    ~SyncPage() override;

    SyncPeerModel &model() const { return *m_model; }
    QTableView *peerView() const { return m_view; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }
    QTabWidget *tabs() const { return m_tabs; }
    InvitationsPanel *invitationsPanel() const { return m_invitations; }
    ReviewQueuePanel *reviewPanel() const { return m_review; }
    bool isBusy() const;

    // Where an added action's button goes: with the exchange of data (import, export, the
    // sync folder) or with the devices (invite, join, accept, revoke).
    enum class ActionRow
    {
        Exchange,
        Devices
    };
    // A button for `action` at the end of `row`.
    void addSyncAction(QAction *action, ActionRow row = ActionRow::Devices);
    // This device's role once pairing has set it (shown as "not set" until then).
    void setReplicaRole(std::optional<ReplicaRole> role);
    // The device's name shown on the page (the computer's host name by default).
    void setReplicaName(const QString &name);

public Q_SLOTS:
    // Reads the paired devices and the counts again, keeping the chosen device.
    void reload();
    // Asks where to save a bundle for the chosen device, then writes it in the background.
    void exportForCurrent();
    // Asks for one or several .passerelle-sync files, then imports them in the background.
    void importBundle();
    void importFile(const QString &path);
    // Imports the files one after the other in the background (a USB key's whole folder,
    // say); the summary has one line per file, refused ones included.
    void importFiles(const QStringList &paths);
    // Revokes the chosen device after a confirmation: its bundles are refused from then on.
    void revokeCurrent();

Q_SIGNALS:
    // An import or an export ended, whatever its outcome (tests wait on it).
    void exchangeFinished();
    // An import merged rows: other pages should read their data again.
    void dataImported();
    // "Voir les conflits" was pressed.
    void conflictsRequested();
    // An import of several files moved on: `done` of `total` files read (the first at the
    // start, `total` at the end, and as the worker goes in between).
    void importProgressed(int done, int total);
    // "Ouvrir la situation" in the review queue: the main window shows that case.
    void caseRequested(const passerelle::Uuid &caseId);

private:
    void buildUi();
    void updateActions();
    void setBusy(bool busy, const QString &what);
    void showResult(const QString &text, bool refused);
    void showImportProgress(int done, int total, const QString &fileName);
    void updateTabTitles();
    std::optional<Uuid> currentPeer() const;

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<SyncOverview> m_overview;
    BackgroundRead *m_worker = nullptr;
    SyncPeerModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_showConflicts = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QHBoxLayout *m_syncActions = nullptr;
    QTimer *m_importTimer = nullptr; // reads a several-file import's progress
    QTabWidget *m_tabs = nullptr;
    InvitationsPanel *m_invitations = nullptr;
    ReviewQueuePanel *m_review = nullptr;
};

} // namespace passerelle
