#include "shell/DesktopShell.h"

#include "MainWindow.h"
#include "agenda/AgendaPage.h"
#include "casefile/CaseFileWindow.h"
#include "casefile/NewCaseDialog.h"
#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "interventions/QuickInterventionDialog.h"
#include "reports/AnnualReviewPage.h"
#include "storage/Database.h"

namespace passerelle {

DesktopShell::DesktopShell(Database &db, QSettings &settings, DialogService &dialogs, const Clock &clock)
    : m_db(db), m_settings(settings), m_dialogs(dialogs), m_clock(clock),
      m_window(std::make_unique<MainWindow>(db, settings, dialogs))
{
    addPages();
    addReviewPage();
    connect(m_window.get(), &MainWindow::newCaseRequested, this, &DesktopShell::newCase);
    connect(m_window.get(), &MainWindow::openCaseRequested, this, &DesktopShell::openCase);
    connect(m_window.get(), &MainWindow::newInterventionRequested, this, [this] { newIntervention(); });
    connect(m_window.get(), &MainWindow::refreshRequested, m_agenda, &AgendaPage::reload);
    // The main window closes only once every case file has been closed (or saved).
    m_window->setCloseGuard([] { return CaseFileWindow::closeAll(); });
}

DesktopShell::~DesktopShell()
{
    // Case files hold references to the database: they go before it does.
    CaseFileWindow::discardAll(m_db);
}

void DesktopShell::addPages()
{
    m_agenda = new AgendaPage(m_db, m_dialogs, m_settings, m_clock);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_window->addPage(QStringLiteral("agenda"), tr("Agenda"), QIcon(), m_agenda);
    connect(m_agenda, &AgendaPage::interventionsChanged, this, [this] {
        // A case file on screen shows the interventions too.
        for (CaseFileWindow *file : CaseFileWindow::openWindows(m_db))
            file->refreshTimeline();
    });
}

void DesktopShell::addReviewPage()
{
    auto *reviews = new AnnualReviewPage(m_db, m_dialogs, m_clock);
    m_window->addPage(QStringLiteral("reviews"), tr("Bilan annuel"), QIcon(), reviews);
    connect(m_window.get(), &MainWindow::refreshRequested, reviews, &AnnualReviewPage::reload);
}

void DesktopShell::newCase()
{
    const Uuid created = NewCaseDialog::run(m_db, m_dialogs, m_clock, m_window.get());
    if (created.isNull())
        return;
    refreshLists();
    openCase(created);
}

void DesktopShell::openCase(const Uuid &caseId)
{
    CaseFileWindow *file = CaseFileWindow::find(m_db, caseId);
    if (file) {
        file->raise();
        file->activateWindow();
        return;
    }
    file = CaseFileWindow::open(m_db, m_dialogs, caseId, nullptr, m_clock);
    if (!file)
        return;
    connect(file, &CaseFileWindow::caseChanged, this, &DesktopShell::refreshLists);
    connect(file, &CaseFileWindow::newInterventionRequested, this,
            [this, caseId] { newIntervention(caseId); });
}

void DesktopShell::newIntervention(const Uuid &caseId)
{
    QuickInterventionDialog dialog(m_db, m_dialogs, m_settings, m_clock, m_window.get());
    if (!caseId.isNull())
        dialog.presetCase(caseId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_agenda->reload();
    if (CaseFileWindow *file = caseId.isNull() ? nullptr : CaseFileWindow::find(m_db, caseId))
        file->refreshTimeline();
}

void DesktopShell::refreshLists()
{
    m_window->caseList()->reload();
    m_agenda->reload();
}

} // namespace passerelle
