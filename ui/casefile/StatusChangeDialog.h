#pragma once

#include "common/FormErrors.h"
#include "domain/Case.h"
#include "domain/ReferenceItem.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace passerelle {

class Clock;
class Database;
class DialogService;

// Moves a case along its workflow: orient, accompany, close (with a close reason) or reopen,
// on a day, with a reason kept in the history. "Valider" writes at once through
// CaseStatusService (one transaction: status, date, history row); a refused value stays on
// screen with its message beside the field.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(Database &db, DialogService &dialogs, const Case &current,
                       const QList<ReferenceItem> &closeReasons, const Clock &clock,
                       QWidget *parent = nullptr);

    // The status chosen (the one written once accepted).
    CaseStatus chosenStatus() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void statusChanged(const Uuid &caseId, CaseStatus status);

private:
    void updateCloseReason();

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    Case m_case;
    FormErrors m_errors;
    QComboBox *m_status = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_closeReason = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace passerelle
