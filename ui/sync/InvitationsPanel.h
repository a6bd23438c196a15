#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace passerelle {

class Clock;
class Database;
class DialogService;
class InvitationModel;
class ReplicaKeys;
struct InvitationRow;

// The invitations this office issued (Synchronisation page): for which device and worker,
// role, issued, expires, and where each stands. "Annuler l'invitation…" cancels a pending
// one after a confirmation (a file handed to the wrong person, a laptop that will not come):
// its reply is refused from then on.
class InvitationsPanel : public QWidget
{
    Q_OBJECT

public:
    // `db`, `dialogs` and `clock` must outlive the panel.
    InvitationsPanel(Database &db, DialogService &dialogs, const Clock &clock,
                     QWidget *parent = nullptr);
    ~InvitationsPanel() override;

    InvitationModel &model() const { return *m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *revokeButton() const { return m_revoke; }
    int pendingCount() const { return m_pending; }

public Q_SLOTS:
    void reload();
    void revokeCurrent();

Q_SIGNALS:
    // An invitation was cancelled.
    void changed();

private:
    void updateActions();
    const InvitationRow *current() const;

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<ReplicaKeys> m_keys; // made at the first cancellation
    InvitationModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_revoke = nullptr;
    int m_pending = 0;
};

} // namespace passerelle
