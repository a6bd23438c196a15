#include "MainWindow.h"

#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "navigation/NavigationPane.h"
#include "preferences/PreferencesDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMetaMethod>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace passerelle {

namespace {
const QString geometryKey = QStringLiteral("ui/mainWindow/geometry");
const QString stateKey = QStringLiteral("ui/mainWindow/state");
const QString splitterKey = QStringLiteral("ui/mainWindow/splitter");
const QString pageKey = QStringLiteral("ui/mainWindow/page");
const QString caseListHeaderKey = QStringLiteral("ui/caseList/header");
const QString casesKey = QStringLiteral("cases");

// A themed icon where the desktop has a theme (Linux), else one of the style's own.
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(const Database &db, QSettings &settings, DialogService &dialogs, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_settings(settings), m_dialogs(dialogs)
{
    setWindowTitle(tr("Passerelle — %1").arg(QFileInfo(db.path()).fileName()));

    m_navigation = new NavigationPane(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // The pages have no margins of their own: they come from the window, around every page.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_splitter);
    setCentralWidget(central);

    buildActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();

    connect(m_navigation, &NavigationPane::pageChosen, this, [this](const QString &key) {
        if (QWidget *shown = m_pageByKey.value(key)) {
            m_pages->setCurrentWidget(shown);
            Q_EMIT currentPageChanged(key);
        }
    });

    m_lastPageKey = m_settings.value(pageKey).toString();
    m_caseList = new CaseListPage(db, this);
    m_caseList->setObjectName(QStringLiteral("caseList"));
    addPage(casesKey, tr("Situations"), QIcon(), m_caseList);
    connect(m_caseList, &CaseListPage::loadFailed, this, &MainWindow::showLoadFailure);
    connect(m_caseList, &CaseListPage::firstPageShown, this, &MainWindow::firstPageShown);
    connect(m_caseList, &CaseListPage::openCaseRequested, this, &MainWindow::openCaseRequested);

    restoreLayout();
    m_caseList->reload();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::standardIcon(const QString &key)
{
    if (key == casesKey)
        return themed("folder-documents", QStyle::SP_DirIcon);
    if (key == u"agenda")
        return themed("x-office-calendar", QStyle::SP_FileDialogDetailedView);
    if (key == u"sessions")
        return themed("system-users", QStyle::SP_FileDialogListView);
    if (key == u"partners")
        return themed("x-office-address-book", QStyle::SP_DriveNetIcon);
    if (key == u"workers")
        return themed("avatar-default", QStyle::SP_FileDialogContentsView);
    if (key == u"programmes")
        return themed("x-office-document", QStyle::SP_FileDialogInfoView);
    if (key == u"dashboard")
        return themed("utilities-system-monitor", QStyle::SP_ComputerIcon);
    if (key == u"reviews")
        return themed("x-office-spreadsheet", QStyle::SP_FileDialogDetailedView);
    if (key == u"actionsheets")
        return themed("text-x-generic", QStyle::SP_FileIcon);
    if (key == u"sync")
        return themed("view-refresh", QStyle::SP_BrowserReload);
    if (key == u"conflicts")
        return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
    return {};
}

void MainWindow::addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page)
{
    Q_ASSERT(page && !m_pageByKey.contains(key));
    m_pages->addWidget(page);
    m_pageByKey.insert(key, page);
    const int row = m_navigation->addEntry(key, title, icon.isNull() ? standardIcon(key) : icon);
    addGoToAction(key, title, row);
    // First start: the pane grows with the titles of the pages added after the case list,
    // so that none is cut ("Tableau de bord").
    if (!m_splitterRestored && m_navigation->sizeHint().width() > m_splitter->sizes().value(0)) {
        const int navigation = m_navigation->sizeHint().width();
        m_splitter->setSizes({navigation, std::max(1, width() - navigation)});
    }
    if (m_navigation->currentRow() < 0 || key == m_lastPageKey)
        m_navigation->setCurrentRow(row);
}

QWidget *MainWindow::page(const QString &key) const
{
    return m_pageByKey.value(key);
}

QString MainWindow::currentPageKey() const
{
    return m_navigation->currentKey();
}

bool MainWindow::showPage(const QString &key)
{
    const int row = m_navigation->rowOf(key);
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

void MainWindow::buildActions()
{
    m_newCase = new QAction(themed("document-new", QStyle::SP_FileIcon), tr("Nouvelle &situation…"), this);
    m_newCase->setObjectName(QStringLiteral("newCaseAction"));
    m_newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newCase->setStatusTip(tr("Enregistrer une nouvelle situation repérée ou orientée"));
    connect(m_newCase, &QAction::triggered, this, &MainWindow::newCaseRequested);

    m_newIntervention = new QAction(themed("appointment-new", QStyle::SP_FileDialogNewFolder),
                                    tr("Nouvelle &intervention…"), this);
    m_newIntervention->setObjectName(QStringLiteral("newInterventionAction"));
    m_newIntervention->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_newIntervention->setStatusTip(tr("Enregistrer une visite, un entretien ou une démarche"));
    connect(m_newIntervention, &QAction::triggered, this, &MainWindow::newInterventionRequested);
    // Another module answers these: until it is wired, they would do nothing.
    enableRequestActions();

    m_search = new QAction(themed("edit-find", QStyle::SP_FileDialogContentsView),
                           tr("&Rechercher une situation"), this);
    m_search->setObjectName(QStringLiteral("searchAction"));
    m_search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_search->setStatusTip(tr("Chercher par numéro, code, nom, commune ou partenaire"));
    connect(m_search, &QAction::triggered, this, &MainWindow::focusSearch);

    m_refresh = new QAction(themed("view-refresh", QStyle::SP_BrowserReload), tr("&Actualiser"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setStatusTip(tr("Relire les données, y compris celles écrites par un autre programme"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_preferences = new QAction(themed("preferences-system", QStyle::SP_FileDialogDetailedView),
                                tr("&Préférences…"), this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quit = new QAction(themed("application-exit", QStyle::SP_DialogCloseButton), tr("&Quitter"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_about = new QAction(themed("help-about", QStyle::SP_MessageBoxInformation),
                          tr("À &propos de Passerelle"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    file->addAction(m_newCase);
    file->addAction(m_newIntervention);
    file->addSeparator();
    file->addAction(m_preferences);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = menuBar()->addMenu(tr("&Affichage"));
    view->addAction(m_search);
    view->addAction(m_refresh);
    view->addSeparator();
    m_goMenu = view->addMenu(tr("Aller &à"));
    view->addSeparator();
    QAction *navigation = view->addAction(tr("Panneau de &navigation"));
    navigation->setObjectName(QStringLiteral("toggleNavigationAction"));
    navigation->setCheckable(true);
    navigation->setChecked(true);
    navigation->setShortcut(QKeySequence(Qt::Key_F9));
    connect(navigation, &QAction::toggled, m_navigation, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("A&ide"));
    help->addAction(m_about);
}

QAction *MainWindow::addGoToAction(const QString &key, const QString &title, int row)
{
    QAction *go = m_goMenu->addAction(m_navigation->item(row)->icon(), title);
    go->setObjectName(QStringLiteral("goTo_%1").arg(key));
    if (row < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    connect(go, &QAction::triggered, this, [this, key] {
        if (showPage(key))
            m_pageByKey.value(key)->setFocus(Qt::ShortcutFocusReason);
    });
    return go;
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Barre d'outils"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newCase);
    m_toolBar->addAction(m_newIntervention);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_search);
    m_toolBar->addAction(m_refresh);
}

void MainWindow::buildStatusBar()
{
    const QString path = QDir::toNativeSeparators(m_db.path());
    auto *database = new QLabel(tr("Base : %1").arg(path), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setToolTip(path);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path gives way before the replica id does.
    database->setMinimumWidth(1);
    database->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *replica = new QLabel(tr("Réplique : %1").arg(m_db.replicaId().toString()), this);
    replica->setObjectName(QStringLiteral("replicaLabel"));
    replica->setToolTip(tr("Identifiant de cette copie de la base, utilisé par la synchronisation"));
    replica->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_integrityLabel = new QLabel(this);
    m_integrityLabel->setObjectName(QStringLiteral("integrityLabel"));

    // A little air between the texts: the status bar sets none of its own.
    for (QLabel *label : {database, replica, m_integrityLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(database, 1);
    statusBar()->addWidget(replica);
    statusBar()->addPermanentWidget(m_integrityLabel);
}

void MainWindow::enableRequestActions()
{
    m_newCase->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&MainWindow::newCaseRequested)));
    m_newIntervention->setEnabled(
        isSignalConnected(QMetaMethod::fromSignal(&MainWindow::newInterventionRequested)));
}

bool MainWindow::isRequestSignal(const QMetaMethod &signal)
{
    // An invalid method: every connection of the window is being removed.
    return !signal.isValid() || signal == QMetaMethod::fromSignal(&MainWindow::newCaseRequested)
        || signal == QMetaMethod::fromSignal(&MainWindow::newInterventionRequested);
}

void MainWindow::connectNotify(const QMetaMethod &signal)
{
    // Qt may call this with its connection lock held, where isSignalConnected() would
    // deadlock: the actions are updated at the next turn of the event loop.
    if (isRequestSignal(signal))
        QMetaObject::invokeMethod(this, &MainWindow::enableRequestActions, Qt::QueuedConnection);
    QMainWindow::connectNotify(signal);
}

void MainWindow::disconnectNotify(const QMetaMethod &signal)
{
    if (isRequestSignal(signal))
        QMetaObject::invokeMethod(this, &MainWindow::enableRequestActions, Qt::QueuedConnection);
    QMainWindow::disconnectNotify(signal);
}

void MainWindow::startIntegrityCheck()
{
    m_integrityLabel->setText(tr("Vérification de l'intégrité…"));
    const QString path = m_db.path();
    auto result = std::make_shared<QString>();
    QThread *worker = QThread::create([path, result] { *result = Database::quickCheck(path); });
    connect(worker, &QThread::finished, this, [this, result] { showIntegrity(*result); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void MainWindow::showIntegrity(const QString &result)
{
    const bool ok = result == QLatin1String("ok");
    m_integrityLabel->setText(ok ? tr("Intégrité vérifiée") : tr("Base endommagée"));
    m_integrityLabel->setToolTip(ok ? QString() : result);
    if (!ok)
        m_dialogs.warning(this, tr("Passerelle"),
                          tr("Le contrôle d'intégrité de la base a trouvé des anomalies. "
                             "Faites une copie du fichier et contactez le support avant de "
                             "continuer à saisir.\n\n%1")
                              .arg(result.left(2000)));
    Q_EMIT integrityChecked(result);
}

void MainWindow::showLoadFailure(const QString &message)
{
    m_dialogs.warning(this, tr("Passerelle"), tr("La liste n'a pas pu être lue.\n\n%1").arg(message));
}

void MainWindow::refresh()
{
    m_caseList->reload();
    Q_EMIT refreshRequested();
}

void MainWindow::focusSearch()
{
    showPage(casesKey);
    m_caseList->focusSearch();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, and the event loop goes on (tests answer it)
}

void MainWindow::showAbout()
{
    m_dialogs.information(
        this, tr("À propos de Passerelle"),
        tr("<h3>Passerelle %1</h3>"
           "<p>Suivi des dispositifs qui relient le soin et le logement : situations, "
           "interventions, actions collectives et bilans.</p>"
           "<p>Base : %2<br>Schéma : version %3<br>Réplique : %4</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_db.path()).toHtmlEscaped())
            .arg(m_db.schemaVersion())
            .arg(m_db.replicaId().toString()));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(geometryKey).toByteArray())) {
        // First start: roomy for the eight columns, but never larger than the screen.
        const QSize available = screen()->availableGeometry().size() * 9 / 10;
        resize(QSize(1280, 760).boundedTo(available));
    }
    restoreState(m_settings.value(stateKey).toByteArray());
    m_splitterRestored = m_splitter->restoreState(m_settings.value(splitterKey).toByteArray());
    if (!m_splitterRestored) {
        // Sizes that add up to the window's width: a larger total is scaled down
        // proportionally, which left the pane too narrow for its titles ("Sit…").
        const int navigation = m_navigation->sizeHint().width();
        m_splitter->setSizes({navigation, std::max(1, width() - navigation)});
    }
    m_caseList->restoreHeaderState(m_settings.value(caseListHeaderKey).toByteArray());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.setValue(splitterKey, m_splitter->saveState());
    m_settings.setValue(pageKey, currentPageKey());
    m_settings.setValue(caseListHeaderKey, m_caseList->headerState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // First start: the pane's width is set again once the window has its real size. Set while
    // the pages were added, the window was still small; the pages' minimum took the pane's
    // room and the growth to the final size all went to the pages ("Sit…", "Bil…").
    if (!m_shownOnce && !m_splitterRestored) {
        const int navigation = m_navigation->sizeHint().width();
        m_splitter->setSizes({navigation, std::max(1, m_splitter->width() - navigation)});
    }
    m_shownOnce = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace passerelle
