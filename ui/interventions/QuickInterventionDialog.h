#pragma once

#include "common/FormErrors.h"
#include "util/Uuid.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QSpinBox;
class QStringListModel;

namespace passerelle {

class CaseNumberLookup;
class Clock;
class Database;
class DialogService;

// Quick entry of one intervention, for a peer worker back from a visit: every field is
// reachable by Tab in reading order, dates and times are typed, combos answer to their first
// letters, Enter saves and Esc leaves (asking first when something was typed). The programme,
// the pair and the channel of the last entry are offered again (QSettings).
class QuickInterventionDialog : public QDialog
{
    Q_OBJECT

public:
    QuickInterventionDialog(Database &db, DialogService &dialogs, QSettings &settings,
                            const Clock &clock, QWidget *parent = nullptr);
    ~QuickInterventionDialog() override;

    // Pre-fills the programme and the case (from a case file), or the day (from the agenda).
    void presetCase(const Uuid &programmeId, const QString &caseNumber);
    void presetDate(const QDate &date);

    Uuid savedId() const { return m_savedId; }
    bool isModified() const { return m_modified; }

public Q_SLOTS:
    void accept() override; // validates and saves; stays open on a refused field
    void reject() override; // asks before losing what was typed

Q_SIGNALS:
    void interventionSaved(const Uuid &id);

private:
    void buildForm();
    void fillChoices();
    void restoreLastChoices();
    void rememberChoices();
    void updateCompletions(const QString &typed);
    Uuid currentProgramme() const;

    Database &m_db;
    DialogService &m_dialogs;
    QSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<CaseNumberLookup> m_lookup;
    FormErrors m_errors;
    Uuid m_savedId;
    bool m_modified = false;

    QComboBox *m_programme = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_startTime = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_peer = nullptr;
    QComboBox *m_professional = nullptr;
    QLineEdit *m_cases = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_banner = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
};

} // namespace passerelle
