#pragma once

#include "util/Clock.h"
#include "util/Uuid.h"

#include <QObject>

#include <memory>

class QSettings;

namespace passerelle {

class AgendaPage;
class Database;
class DialogService;
class MainWindow;

// The desktop's composition root. MainWindow knows only the case list and its own
// actions; the shell adds the pages of the other modules (agenda, sessions, partners,
// workers, programmes) and answers the window's requests with their dialogs: Ctrl+N opens
// the new-case dialog then the new case's file, Enter on a case opens its file, Ctrl+I the
// quick intervention entry. Quitting asks each open case file about its unsaved edits first.
// One shell for the app; tests build their own over a temporary database.
class DesktopShell : public QObject
{
    Q_OBJECT

public:
    // `db`, `settings`, `dialogs` and `clock` must outlive the shell.
    DesktopShell(Database &db, QSettings &settings, DialogService &dialogs,
                 const Clock &clock = systemClock());
    ~DesktopShell() override;

    MainWindow &window() const { return *m_window; }
    AgendaPage *agenda() const { return m_agenda; }

public Q_SLOTS:
    // Runs the new-case dialog; on success opens the case's file and refreshes the lists.
    void newCase();
    // Opens (or raises) the file of a case.
    void openCase(const passerelle::Uuid &caseId);
    // Runs the quick intervention entry, preset on `caseId` when given (from a case file).
    void newIntervention(const passerelle::Uuid &caseId = {});

private:
    void addPages();
    // The annual review (bilan annuel) page, after the directory pages.
    void addReviewPage();
    // Fiches action, with the indicator editor as each form's "Indicateurs" tab.
    void addActionSheetPage();
    // Synchronisation (exchanges with the other replicas) and Conflits (coordinators).
    void addSyncPages();
    // Every list that shows cases or interventions reads again (after a write elsewhere).
    void refreshLists();

    Database &m_db;
    QSettings &m_settings;
    DialogService &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<MainWindow> m_window;
    AgendaPage *m_agenda = nullptr;
};

} // namespace passerelle
