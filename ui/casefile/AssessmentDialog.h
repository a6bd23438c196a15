#pragma once

#include "common/FormErrors.h"
#include "domain/ReferenceItem.h"
#include "util/Uuid.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace passerelle {

class Clock;
class Database;
class DialogService;

// Records one day's assessment of a case: for each outcome dimension, the score the person
// declares and the score the team observes (either may be left out). "Valider" writes every
// score given in one transaction.
class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(Database &db, DialogService &dialogs, const Uuid &caseId,
                     const QList<ReferenceItem> &dimensions, const Clock &clock,
                     QWidget *parent = nullptr);

    int recordedCount() const { return m_recorded; }

public Q_SLOTS:
    void accept() override;

private:
    struct Line
    {
        QString dimension;
        QComboBox *person = nullptr;
        QComboBox *team = nullptr;
    };

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    Uuid m_caseId;
    FormErrors m_errors;
    QList<Line> m_lines;
    QDateEdit *m_date = nullptr;
    QLabel *m_banner = nullptr;
    int m_recorded = 0;
};

} // namespace passerelle
