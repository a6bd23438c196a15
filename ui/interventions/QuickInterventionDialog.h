#pragma once

#include "common/FormErrors.h"
#include "domain/Intervention.h"
#include "util/Uuid.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSettings;

namespace passerelle {

class CasePickerEdit;
class CasePickerQuery;
class Clock;
class Database;
class DayEdit;
class DialogService;

// Quick entry of one intervention, for a peer worker back from a visit, with the keyboard
// only: the focus starts on the date (today, from the Clock), Tab goes through start time,
// duration (minutes or h:mm), channel, type, status, the pair (peer worker + professional)
// and the cases (type-ahead on case number or pseudonymous code) to the note; Enter saves
// from any field (Shift+Enter for a new line in the note), Esc leaves and asks first when
// something was typed. Refused fields are marked with their message beside them.
//
// The programme, the pair, the channel and the type of the last entry are offered again
// (QSettings). The dialog also opens pre-filled for a case (case file), for a day and
// time (agenda), or on a stored intervention to change it (agenda).
class QuickInterventionDialog : public QDialog
{
    Q_OBJECT

public:
    // `db`, `dialogs`, `settings` and `clock` must outlive the dialog. Reads the programmes,
    // the active workers and the two reference lists once.
    QuickInterventionDialog(Database &db, DialogService &dialogs, QSettings &settings,
                            const Clock &clock, QWidget *parent = nullptr);
    ~QuickInterventionDialog() override;

    // From a case file: that case, and its programme.
    void presetCase(const Uuid &caseId);
    // From an agenda slot: the day, and the start time when given.
    void presetSlot(const QDate &date, const QTime &startTime = {});
    // From a worker's agenda: puts the worker in the pair (as peer or professional, by role).
    void presetWorker(const Uuid &workerId);
    // Opens a stored intervention for changes. False, after a warning, when it is not found.
    bool loadIntervention(const Uuid &id);

    bool isEditing() const { return m_stored.has_value(); }
    // The intervention saved by the last successful accept(); null before.
    Uuid savedId() const { return m_savedId; }
    // Something differs from what the dialog opened with (defaults, presets or the stored
    // intervention).
    bool isModified() const;

public Q_SLOTS:
    void accept() override; // validates and saves; stays open on a refused field
    void reject() override; // asks before losing what was typed

Q_SIGNALS:
    // Created or changed, and committed.
    void interventionSaved(const passerelle::Uuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void fillChoices();
    void restoreLastChoices();
    void rememberChoices();
    void markUnmodified();
    void followDate(const QDate &date);
    void followCase(const Uuid &programmeId);
    bool selectWorker(const Uuid &workerId);
    // Reads the form into `i`; what the form itself cannot read goes to `errors`.
    void readForm(Intervention &i, FieldErrors &errors);
    QString formState() const;
    Uuid currentProgramme() const;

    Database &m_db;
    DialogService &m_dialogs;
    QSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<CasePickerQuery> m_cases;
    FormErrors m_errors;
    std::optional<Intervention> m_stored; // set while editing
    QList<Uuid> m_otherWorkers;          // workers of a stored intervention beyond the pair
    Uuid m_savedId;
    QString m_baseline;
    bool m_statusChosen = false; // the person picked a status: the date no longer sets it

    QComboBox *m_programme = nullptr;
    DayEdit *m_date = nullptr;
    QLineEdit *m_startTime = nullptr;
    QLineEdit *m_duration = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_peer = nullptr;
    QComboBox *m_professional = nullptr;
    CasePickerEdit *m_casePicker = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_otherWorkersLabel = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace passerelle
