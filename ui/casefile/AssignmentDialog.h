#pragma once

#include "common/FormErrors.h"
#include "domain/Case.h"
#include "domain/Worker.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDateEdit;

namespace passerelle {

class Clock;
class DateLineEdit;
class Database;

// Assigns a worker to the case (peer worker or professional of the pair, or referent), or
// edits an assignment: its role, start and end. The worker list offers the active workers
// the role allows (a peer worker for the peer's place, a professional or a coordinator for
// the professional's). Writes nothing: the case file saves assignments with the case.
class AssignmentDialog : public QDialog
{
    Q_OBJECT

public:
    // A new assignment when `current.workerId` is null; `taken` are the workers the case
    // already has (not offered again).
    AssignmentDialog(Database &db, const CaseWorker &current, const QSet<Uuid> &taken,
                     const Clock &clock, QWidget *parent = nullptr);

    CaseWorker assignment() const { return m_assignment; }
    // The chosen worker, for the names the case file shows.
    Worker worker() const { return m_worker; }

public Q_SLOTS:
    void accept() override;

private:
    void fillWorkers();

    QList<Worker> m_workers;
    QSet<Uuid> m_taken;
    CaseWorker m_assignment;
    Worker m_worker;
    FormErrors m_errors;
    QComboBox *m_role = nullptr;
    QComboBox *m_workerCombo = nullptr;
    QDateEdit *m_assignedOn = nullptr;
    DateLineEdit *m_unassignedOn = nullptr;
};

} // namespace passerelle
