#pragma once

#include "domain/Worker.h"
#include "directory/DirectoryDialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace passerelle {

class Clock;
class Database;
class DateLineEdit;

// Creates a worker or changes one: organisation, code shown in reports, name shown on
// screen, role (coordinator, professional, peer worker), profession, FTE, training date
// (empty = not trained yet), active, e-mail and phone. Saved through WorkerRepository,
// which refuses a change of role the worker's current assignments forbid.
class WorkerDialog : public DirectoryDialog
{
    Q_OBJECT

public:
    // A new worker when `workerId` is null. `db`, `dialogs` and `clock` must outlive it.
    WorkerDialog(Database &db, DialogService &dialogs, const Clock &clock,
                 const Uuid &workerId = {}, QWidget *parent = nullptr);

    Uuid savedId() const { return m_worker.id; }

protected:
    void save() override;

private:
    Database &m_db;
    const Clock &m_clock;
    Worker m_worker;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_profession = nullptr;
    QDoubleSpinBox *m_fte = nullptr;
    DateLineEdit *m_trainedOn = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
};

} // namespace passerelle
