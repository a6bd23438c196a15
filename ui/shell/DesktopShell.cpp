#include "shell/DesktopShell.h"

#include "MainWindow.h"
#include "actionsheets/ActionSheetForm.h"
#include "actionsheets/ActionSheetsPage.h"
#include "agenda/AgendaPage.h"
#include "casefile/CaseFileWindow.h"
#include "casefile/NewCaseDialog.h"
#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "indicators/SheetIndicatorsWidget.h"
#include "interventions/QuickInterventionDialog.h"
#include "partners/PartnersPage.h"
#include "programmes/ProgrammesPage.h"
#include "reports/AnnualReviewPage.h"
#include "reports/DashboardPage.h"
#include "sessions/SessionsPage.h"
#include "storage/Database.h"
#include "sync/ConflictsPage.h"
#include "sync/SyncActions.h"
#include "sync/SyncPage.h"
#include "workers/WorkersPage.h"

namespace passerelle {

DesktopShell::DesktopShell(Database &db, QSettings &settings, DialogService &dialogs, const Clock &clock)
    : m_db(db), m_settings(settings), m_dialogs(dialogs), m_clock(clock),
      m_window(std::make_unique<MainWindow>(db, settings, dialogs))
{
    addPages();
    addActionSheetPage();
    addReviewPage();
    addSyncPages();
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

    auto *sessions = new SessionsPage(m_db, m_dialogs, m_clock);
    sessions->setObjectName(QStringLiteral("sessions"));
    m_window->addPage(QStringLiteral("sessions"), tr("Séances"), QIcon(), sessions);
    connect(m_window.get(), &MainWindow::refreshRequested, sessions, &SessionsPage::reload);

    auto *partners = new PartnersPage(m_db, m_dialogs, m_clock);
    partners->setObjectName(QStringLiteral("partners"));
    m_window->addPage(QStringLiteral("partners"), tr("Partenaires"), QIcon(), partners);
    connect(m_window.get(), &MainWindow::refreshRequested, partners, &PartnersPage::reload);
    connect(partners, &PartnersPage::openCaseRequested, this, &DesktopShell::openCase);
    // The case list filters and shows referring partners by name.
    connect(partners, &PartnersPage::partnersChanged, this, &DesktopShell::refreshLists);

    auto *workers = new WorkersPage(m_db, m_dialogs, m_clock);
    workers->setObjectName(QStringLiteral("workers"));
    m_window->addPage(QStringLiteral("workers"), tr("Intervenants"), QIcon(), workers);
    connect(m_window.get(), &MainWindow::refreshRequested, workers, &WorkersPage::reload);
    connect(workers, &WorkersPage::openCaseRequested, this, &DesktopShell::openCase);
    // The agenda offers the active workers.
    connect(workers, &WorkersPage::workersChanged, m_agenda, &AgendaPage::reload);

    auto *programmes = new ProgrammesPage(m_db, m_dialogs, m_clock);
    programmes->setObjectName(QStringLiteral("programmes"));
    m_window->addPage(QStringLiteral("programmes"), tr("Dispositifs"), QIcon(), programmes);
    connect(m_window.get(), &MainWindow::refreshRequested, programmes, &ProgrammesPage::reload);
    connect(programmes, &ProgrammesPage::programmesChanged, this, &DesktopShell::refreshLists);
}

void DesktopShell::addReviewPage()
{
    auto *reviews = new AnnualReviewPage(m_db, m_dialogs, m_clock);
    m_window->addPage(QStringLiteral("reviews"), tr("Bilan annuel"), QIcon(), reviews);
    connect(m_window.get(), &MainWindow::refreshRequested, reviews, &AnnualReviewPage::reload);
    // A new or continued sheet is offered for its review at once.
    if (auto *sheets =
            qobject_cast<ActionSheetsPage *>(m_window->page(QStringLiteral("actionsheets"))))
        connect(sheets, &ActionSheetsPage::sheetsChanged, reviews, &AnnualReviewPage::reload);
    auto *dashboard = new DashboardPage(m_db, m_dialogs, m_clock);
    m_window->addPage(QStringLiteral("dashboard"), tr("Tableau de bord"), QIcon(), dashboard);
    connect(m_window.get(), &MainWindow::refreshRequested, dashboard, &DashboardPage::reload);
}

void DesktopShell::addActionSheetPage()
{
    auto *sheets = new ActionSheetsPage(m_db, m_dialogs, m_clock);
    sheets->setObjectName(QStringLiteral("actionsheets"));
    m_window->addPage(QStringLiteral("actionsheets"), tr("Fiches action"), QIcon(), sheets);
    connect(m_window.get(), &MainWindow::refreshRequested, sheets, &ActionSheetsPage::refresh);
    connect(sheets, &ActionSheetsPage::formOpened, this, [this](ActionSheetForm *form) {
        // The indicators of a sheet are edited against its id: a new sheet gets the editor
        // once its first save gave it one.
        const auto attach = [this, form](const Uuid &sheetId) {
            if (sheetId.isNull() || form->property("indicatorEditor").toBool())
                return;
            form->setIndicatorPage(new SheetIndicatorsWidget(m_db, m_dialogs, m_clock, sheetId));
            form->setProperty("indicatorEditor", true);
        };
        attach(form->sheetId());
        connect(form, &ActionSheetForm::saved, form, attach);
    });
}

void DesktopShell::addSyncPages()
{
    auto *sync = new SyncPage(m_db, m_dialogs, m_clock);
    sync->setObjectName(QStringLiteral("sync"));
    // Invite / join / accept and the sync folder; its imports arrive as the page's
    // dataImported.
    auto *actions = new SyncActions(m_db, m_dialogs, m_settings, m_clock, sync);
    actions->install(*sync);
    m_window->addPage(QStringLiteral("sync"), tr("Synchronisation"), QIcon(), sync);
    auto *conflicts = new ConflictsPage(m_db, m_dialogs, m_clock);
    conflicts->setObjectName(QStringLiteral("conflicts"));
    m_window->addPage(QStringLiteral("conflicts"), tr("Conflits"), QIcon(), conflicts);
    connect(m_window.get(), &MainWindow::refreshRequested, sync, &SyncPage::reload);
    connect(m_window.get(), &MainWindow::refreshRequested, conflicts, &ConflictsPage::reload);
    // What a bundle brought shows everywhere; a decision on a conflict changes a record and
    // the count of what is pending for the other replicas.
    connect(sync, &SyncPage::dataImported, conflicts, &ConflictsPage::reload);
    connect(sync, &SyncPage::dataImported, m_window.get(), &MainWindow::refresh);
    connect(sync, &SyncPage::conflictsRequested, this,
            [this] { m_window->showPage(QStringLiteral("conflicts")); });
    connect(conflicts, &ConflictsPage::conflictsChanged, sync, &SyncPage::reload);
    connect(sync, &SyncPage::caseRequested, this, &DesktopShell::openCase);
    connect(conflicts, &ConflictsPage::dataChanged, m_window.get(), &MainWindow::refresh);
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
