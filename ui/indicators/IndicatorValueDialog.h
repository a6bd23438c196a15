#pragma once

#include "common/FormErrors.h"
#include "domain/Indicator.h"
#include "indicators/ReportingPeriod.h"
#include "util/Clock.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace passerelle {

class Database;
class DialogService;

// The value of an indicator entered by hand for one period: a number ("17", "70,5"), a
// text as written ("12 / 17", a sentence), or both, and a comment. Saved through
// IndicatorRepository::setValue; a refused field shows its message beside it.
class IndicatorValueDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorValueDialog(Database &db, DialogService &dialogs, const Clock &clock, const Indicator &indicator,
                         const ReportingPeriod &period, QWidget *parent = nullptr);

    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *commentEdit() const { return m_comment; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    bool isModified() const;
    bool save();

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    Indicator m_indicator;
    ReportingPeriod m_period;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_banner = nullptr;
    FormErrors m_errors;
    QStringList m_loaded; // number, text, comment as read, to know whether anything changed
};

} // namespace passerelle
