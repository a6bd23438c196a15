#pragma once

#include "common/FormErrors.h"
#include "queries/CaseFileSnapshot.h"
#include "util/Clock.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace passerelle {

class AccompanimentTab;
class AssessmentsTab;
class CaseFileTab;
class Database;
class DialogService;
class IdentityTab;
class NeedsTab;
class NotesTab;
class PartnersTab;
class ReferralTab;
class TimelineTab;

// The file of one case, in a window of its own: identity and household, referral and
// orientation, accompaniment (status, pair, history), needs and problems, partners, the
// timeline of interventions and commissions, assessments (the person's view beside the
// team's), notes. The one screen that shows the people's names.
//
// Edits are kept until "Enregistrer" (Ctrl+S), which writes them in one transaction and
// shows refused fields beside their editors (switching to their tab); closing with unsaved
// edits asks first (DialogService::askUnsaved). A status change and a new assessment are
// written at once by their dialogs. Opening reads only this case's rows and one page of its
// timeline, so it costs the same on any size of database.
class CaseFileWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens the file of `caseId` in a window deleted on close, or raises the one already open
    // on that case. Returns nullptr (after a warning through `dialogs`) when there is no such
    // case or it cannot be read. `db`, `dialogs` and `clock` must outlive the window. Without
    // a parent the file and the main window are raised independently (with one, the file
    // stays above it); either way the main window calls closeAll() before it closes.
    static CaseFileWindow *open(Database &db, DialogService &dialogs, const Uuid &caseId,
                                QWidget *parent = nullptr, const Clock &clock = systemClock());
    // The open window on that case, if any.
    static CaseFileWindow *find(const Database &db, const Uuid &caseId);
    // Closes and deletes every case file, each asking about its unsaved edits; false when
    // the person chose to keep one open (the main window then stays open too).
    static bool closeAll();
    // The files open on `db`.
    static QList<CaseFileWindow *> openWindows(const Database &db);
    // Deletes the files open on `db` without asking (their database is going away).
    static void discardAll(const Database &db);

    CaseFileWindow(Database &db, DialogService &dialogs, CaseFileSnapshot snapshot,
                   const Clock &clock, QWidget *parent = nullptr);
    ~CaseFileWindow() override;

    Uuid caseId() const { return m_snapshot.caseFile.id; }
    const CaseFileSnapshot &snapshot() const { return m_snapshot; }
    bool isModified() const { return m_modified; }

    QTabWidget *tabs() const { return m_tabs; }
    IdentityTab *identityTab() const { return m_identity; }
    ReferralTab *referralTab() const { return m_referral; }
    AccompanimentTab *accompanimentTab() const { return m_accompaniment; }
    NeedsTab *needsTab() const { return m_needs; }
    PartnersTab *partnersTab() const { return m_partners; }
    TimelineTab *timelineTab() const { return m_timeline; }
    AssessmentsTab *assessmentsTab() const { return m_assessments; }
    NotesTab *notesTab() const { return m_notes; }
    FormErrors &formErrors() { return m_errors; }
    QLabel *banner() const { return m_banner; }

public Q_SLOTS:
    // Writes the edits; false (messages shown) when something is refused.
    bool save();
    // Runs the status change dialog; the change is written at once.
    void changeStatus();
    // Runs the assessment dialog; the scores are written at once.
    void recordAssessment();
    // Reads the timeline again, e.g. after an intervention was entered for this case.
    void refreshTimeline();

Q_SIGNALS:
    // The case was written (saved, status changed): lists showing it should refresh.
    void caseChanged(const Uuid &caseId);
    // The person asked to enter an intervention for this case (the main window opens its
    // quick-entry dialog preset on the programme and the number, then calls refreshTimeline).
    void newInterventionRequested(const Uuid &programmeId, const QString &caseNumber);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildHeader();
    void buildTabs();
    void buildActions();
    void loadTabs();
    void updateHeader();
    void setModified(bool modified);
    void showErrors(const FieldErrors &errors);

    Database &m_db;
    DialogService &m_dialogs;
    const Clock &m_clock;
    CaseFileSnapshot m_snapshot;
    FormErrors m_errors;
    bool m_modified = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<CaseFileTab *> m_allTabs;
    IdentityTab *m_identity = nullptr;
    ReferralTab *m_referral = nullptr;
    AccompanimentTab *m_accompaniment = nullptr;
    NeedsTab *m_needs = nullptr;
    PartnersTab *m_partners = nullptr;
    TimelineTab *m_timeline = nullptr;
    AssessmentsTab *m_assessments = nullptr;
    NotesTab *m_notes = nullptr;
};

} // namespace passerelle
