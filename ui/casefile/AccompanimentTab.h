#pragma once

#include "casefile/CaseFileTab.h"
#include "casefile/SnapshotListModel.h"
#include "domain/Case.h"
#include "domain/CaseStatus.h"
#include "domain/Worker.h"

#include <QHash>

class QLabel;
class QPushButton;
class QTableView;

namespace passerelle {

class Clock;
class Database;
class DialogService;
class FormErrors;

// Accompaniment: where the case stands (status and the day each stage was reached, the close
// reason), the pair and other workers assigned with their dates, and the status history. The
// status moves through "Changer le statut…" (the window runs StatusChangeDialog, which writes
// at once and keeps the history); assignments are saved with "Enregistrer".
class AccompanimentTab : public CaseFileTab
{
    Q_OBJECT

public:
    enum WorkerColumn
    {
        WorkerName,
        WorkerCode,
        Role,
        AssignedOn,
        UnassignedOn
    };
    enum HistoryColumn
    {
        ChangedOn,
        Change,
        Reason
    };

    AccompanimentTab(Database &db, DialogService &dialogs, FormErrors &errors, const Clock &clock,
                     QWidget *parent = nullptr);

    void load(const CaseFileSnapshot &snapshot) override;
    // The status, its dates and the history only: after a status change, the assignments
    // being edited stay as they are.
    void showStatus(const CaseFileSnapshot &snapshot);
    void apply(CaseFileDraft &draft, FieldErrors &problems) const override;

    SnapshotListModel<CaseWorker> &workerModel() { return m_workerModel; }
    SnapshotListModel<CaseStatusChange> &historyModel() { return m_historyModel; }
    QPushButton *statusButton() const { return m_changeStatus; }

public Q_SLOTS:
    void assignWorker();
    void editAssignment();
    void removeAssignment();

Q_SIGNALS:
    void statusChangeRequested();

private:
    QWidget *buildStatusGroup();
    QWidget *buildWorkersGroup(FormErrors &errors);
    QWidget *buildHistoryGroup();
    int selectedWorkerRow() const;

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    QHash<Uuid, Worker> m_workers;
    QHash<QString, QString> m_closeReasons;
    SnapshotListModel<CaseWorker> m_workerModel;
    SnapshotListModel<CaseStatusChange> m_historyModel;

    QLabel *m_status = nullptr;
    QLabel *m_dates = nullptr;
    QPushButton *m_changeStatus = nullptr;
    QTableView *m_workerTable = nullptr;
    QPushButton *m_editWorker = nullptr;
    QPushButton *m_removeWorker = nullptr;
    QTableView *m_historyTable = nullptr;
};

} // namespace passerelle
