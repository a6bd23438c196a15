#include "casefile/CaseFileWindow.h"

#include "casefile/AccompanimentTab.h"
#include "casefile/AssessmentDialog.h"
#include "casefile/AssessmentsTab.h"
#include "casefile/CaseFileDraft.h"
#include "casefile/CaseFileForms.h"
#include "casefile/CaseFileStore.h"
#include "casefile/IdentityTab.h"
#include "casefile/NeedsTab.h"
#include "casefile/NotesTab.h"
#include "casefile/PartnersTab.h"
#include "casefile/ReferralTab.h"
#include "casefile/StatusChangeDialog.h"
#include "casefile/TimelineTab.h"
#include "common/DialogService.h"
#include "queries/CaseFileQuery.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QAction>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace passerelle {

namespace {
// The case files open in this process, to raise the one already open on a case rather than
// open a second window whose edits would race the first's.
struct OpenFile
{
    const Database *db;
    QPointer<CaseFileWindow> window;
};

QList<OpenFile> &openFiles()
{
    static QList<OpenFile> files;
    return files;
}
} // namespace

CaseFileWindow *CaseFileWindow::find(const Database &db, const Uuid &caseId)
{
    for (const OpenFile &f : std::as_const(openFiles()))
        if (f.db == &db && f.window && f.window->caseId() == caseId)
            return f.window;
    return nullptr;
}

CaseFileWindow *CaseFileWindow::open(Database &db, DialogService &dialogs, const Uuid &caseId,
                                     QWidget *parent, const Clock &clock)
{
    if (CaseFileWindow *open = find(db, caseId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    QElapsedTimer timer;
    timer.start();
    std::optional<CaseFileSnapshot> snapshot;
    try {
        snapshot = CaseFileQuery(db).load(caseId);
    } catch (const Error &e) {
        dialogs.warning(parent, tr("Dossier illisible"), e.message());
        return nullptr;
    }
    if (!snapshot) {
        dialogs.warning(parent, tr("Situation introuvable"),
                        tr("Cette situation n'est plus dans la base."));
        return nullptr;
    }
    auto *window = new CaseFileWindow(db, dialogs, std::move(*snapshot), clock, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    qCInfo(lcDomain) << "case file opened" << caseId.toString() << "in" << timer.elapsed() << "ms";
    return window;
}

QList<CaseFileWindow *> CaseFileWindow::openWindows(const Database &db)
{
    QList<CaseFileWindow *> windows;
    for (const OpenFile &f : std::as_const(openFiles()))
        if (f.db == &db && f.window)
            windows.append(f.window);
    return windows;
}

void CaseFileWindow::discardAll(const Database &db)
{
    for (CaseFileWindow *window : openWindows(db))
        delete window;
    openFiles().removeIf([](const OpenFile &f) { return f.window.isNull(); });
}

bool CaseFileWindow::closeAll()
{
    const QList<OpenFile> files = openFiles();
    for (const OpenFile &f : files) {
        if (f.window && !f.window->close())
            return false;
        // Deleted now rather than later: the main window closes next, and the database with
        // it, which must outlive the files' prepared statements.
        delete f.window.data();
    }
    return true;
}

CaseFileWindow::CaseFileWindow(Database &db, DialogService &dialogs, CaseFileSnapshot snapshot,
                               const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_snapshot(std::move(snapshot))
{
    setObjectName(QStringLiteral("caseFileWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    setCentralWidget(central);
    buildHeader();
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_banner);
    buildTabs();
    layout->addWidget(m_tabs, 1);
    buildActions();
    loadTabs();
    setModified(false);

    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1280, 800);
    resize(QSize(1120, 760).boundedTo(screen.size() * 0.95));
    openFiles().removeIf([](const OpenFile &f) { return f.window.isNull(); });
    openFiles().append({&m_db, this});
}

CaseFileWindow::~CaseFileWindow() = default;

void CaseFileWindow::buildHeader()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("caseSubtitle"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_banner->setWordWrap(true);
    m_banner->hide();
}

void CaseFileWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseFileTabs"));
    m_identity = new IdentityTab(m_dialogs, m_errors, m_tabs);
    m_referral = new ReferralTab(m_errors, m_tabs);
    m_accompaniment = new AccompanimentTab(m_db, m_dialogs, m_errors, m_clock, m_tabs);
    m_needs = new NeedsTab(m_errors, m_tabs);
    m_partners = new PartnersTab(m_dialogs, m_errors, m_clock.today(), m_tabs);
    m_timeline = new TimelineTab(m_db, m_clock.today(), m_tabs);
    m_assessments = new AssessmentsTab(m_tabs);
    m_notes = new NotesTab(m_errors, m_tabs);
    const QList<QPair<CaseFileTab *, QString>> tabs{
        {m_identity, tr("Identité et ménage")},  {m_referral, tr("Saisine et orientation")},
        {m_accompaniment, tr("Accompagnement")}, {m_needs, tr("Besoins")},
        {m_partners, tr("Partenaires")},         {m_timeline, tr("Chronologie")},
        {m_assessments, tr("Évaluations")},      {m_notes, tr("Notes")}};
    for (const auto &[tab, title] : tabs) {
        const int index = m_tabs->addTab(tab, title);
        m_tabs->setTabToolTip(index, tr("Ctrl+%1").arg(index + 1));
        m_allTabs.append(tab);
        connect(tab, &CaseFileTab::edited, this, [this] { setModified(true); });
    }
    connect(m_accompaniment, &AccompanimentTab::statusChangeRequested, this,
            &CaseFileWindow::changeStatus);
    connect(m_assessments, &AssessmentsTab::assessmentRequested, this,
            &CaseFileWindow::recordAssessment);
    connect(m_timeline, &TimelineTab::newInterventionRequested, this, [this] {
        Q_EMIT newInterventionRequested(m_snapshot.caseFile.programmeId,
                                        m_snapshot.caseFile.number);
    });
}

void CaseFileWindow::buildActions()
{
    auto *save = new QAction(tr("&Enregistrer"), this);
    save->setObjectName(QStringLiteral("saveAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &CaseFileWindow::save);
    auto *status = new QAction(tr("Changer le &statut…"), this);
    status->setObjectName(QStringLiteral("statusAction"));
    status->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(status, &QAction::triggered, this, &CaseFileWindow::changeStatus);
    auto *intervention = new QAction(tr("Nouvelle &intervention…"), this);
    intervention->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(intervention, &QAction::triggered, m_timeline, &TimelineTab::newInterventionRequested);
    auto *assessment = new QAction(tr("Nouvelle é&valuation…"), this);
    connect(assessment, &QAction::triggered, this, &CaseFileWindow::recordAssessment);
    auto *refresh = new QAction(tr("&Actualiser la chronologie"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &CaseFileWindow::refreshTimeline);
    auto *close = new QAction(tr("&Fermer"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&Dossier"));
    file->addAction(save);
    file->addSeparator();
    file->addAction(status);
    file->addAction(intervention);
    file->addAction(assessment);
    file->addAction(refresh);
    file->addSeparator();
    file->addAction(close);

    QMenu *view = menuBar()->addMenu(tr("Afficha&ge"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *show = new QAction(m_tabs->tabText(i), this);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            // Focus on the tab's first field, where Tab would land.
            QWidget *page = m_tabs->currentWidget();
            for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
                if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() &&
                    w->isVisibleTo(page)) {
                    w->setFocus(Qt::ShortcutFocusReason);
                    break;
                }
            }
        });
        view->addAction(show);
    }

    QToolBar *bar = addToolBar(tr("Dossier"));
    bar->setObjectName(QStringLiteral("caseFileToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(save);
    bar->addAction(status);
    bar->addAction(intervention);
    bar->addAction(assessment);
}

void CaseFileWindow::loadTabs()
{
    for (CaseFileTab *tab : std::as_const(m_allTabs))
        tab->load(m_snapshot);
    updateHeader();
}

void CaseFileWindow::updateHeader()
{
    const Case &c = m_snapshot.caseFile;
    const Person *main = m_snapshot.mainPerson();
    const QString who = main ? CaseFileForms::personName(*main) : QString();
    m_title->setText(who.isEmpty() ? c.number : tr("%1 — %2").arg(c.number, who));
    QStringList parts{m_snapshot.programme.name, label(c.status)};
    if (main)
        parts.append(tr("personne %1").arg(main->code));
    if (m_snapshot.household)
        parts.append(tr("ménage %1").arg(m_snapshot.household->code));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    setWindowTitle(tr("%1[*] — Passerelle").arg(m_title->text()));
}

void CaseFileWindow::setModified(bool modified)
{
    m_modified = modified;
    setWindowModified(modified);
    if (modified)
        statusBar()->showMessage(tr("Modifications non enregistrées (Ctrl+S pour enregistrer)"));
    else
        statusBar()->clearMessage();
}

void CaseFileWindow::showErrors(const FieldErrors &errors)
{
    const QString unbound = m_errors.show(errors);
    if (!unbound.isEmpty()) {
        m_banner->setText(unbound);
        m_banner->show();
    }
    // Bring forward the first tab holding a refused editor, and that editor.
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QList<QWidget *> children = m_tabs->widget(i)->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (w->property("invalid").toBool()) {
                m_tabs->setCurrentIndex(i);
                w->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
}

bool CaseFileWindow::save()
{
    m_errors.clear();
    m_banner->hide();
    CaseFileDraft draft;
    draft.caseFile = m_snapshot.caseFile;
    draft.household = m_snapshot.household;
    FieldErrors problems;
    for (const CaseFileTab *tab : std::as_const(m_allTabs))
        tab->apply(draft, problems);
    if (!problems.isEmpty()) {
        showErrors(problems);
        return false;
    }
    try {
        CaseFileStore(m_db, m_clock).save(draft, m_snapshot);
    } catch (const ValidationError &e) {
        showErrors(e.all());
        return false;
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Dossier non enregistré"), e.message());
        return false;
    }
    // Read back what was written: new people and a new household have their ids and codes.
    try {
        if (std::optional<CaseFileSnapshot> s = CaseFileQuery(m_db).load(caseId()))
            m_snapshot = std::move(*s);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Dossier enregistré, relecture impossible"), e.message());
    }
    loadTabs();
    setModified(false);
    statusBar()->showMessage(tr("Dossier enregistré."), 5000);
    Q_EMIT caseChanged(caseId());
    return true;
}

void CaseFileWindow::changeStatus()
{
    StatusChangeDialog dialog(m_db, m_dialogs, m_snapshot.caseFile,
                              m_snapshot.choices(QStringLiteral("close_reason")), m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        CaseFileQuery(m_db).refreshStatus(m_snapshot);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Statut modifié, relecture impossible"), e.message());
    }
    m_accompaniment->showStatus(m_snapshot);
    updateHeader();
    statusBar()->showMessage(tr("Statut modifié : %1.").arg(label(m_snapshot.caseFile.status)),
                             5000);
    Q_EMIT caseChanged(caseId());
}

void CaseFileWindow::recordAssessment()
{
    AssessmentDialog dialog(m_db, m_dialogs, caseId(),
                            m_snapshot.choices(QStringLiteral("outcome_dimension")), m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        CaseFileQuery(m_db).refreshAssessments(m_snapshot);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Évaluation enregistrée, relecture impossible"), e.message());
    }
    m_assessments->load(m_snapshot);
    m_tabs->setCurrentWidget(m_assessments);
}

void CaseFileWindow::refreshTimeline()
{
    m_timeline->refresh();
}

void CaseFileWindow::closeEvent(QCloseEvent *event)
{
    if (m_modified) {
        switch (m_dialogs.askUnsaved(this, tr("Le dossier %1").arg(m_snapshot.caseFile.number))) {
        case DialogService::Unsaved::Save:
            if (!save()) {
                event->ignore();
                return;
            }
            break;
        case DialogService::Unsaved::Cancel:
            event->ignore();
            return;
        case DialogService::Unsaved::Discard:
            break;
        }
    }
    event->accept();
}

} // namespace passerelle
