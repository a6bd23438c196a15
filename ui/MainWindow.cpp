#include "MainWindow.h"

#include "agenda/AgendaPage.h"
#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "interventions/QuickInterventionDialog.h"
#include "util/Clock.h"
#include "storage/Database.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>

#include <memory>
#include <QVBoxLayout>

namespace passerelle {

namespace {
const QString geometryKey = QStringLiteral("ui/mainWindow/geometry");
const QString columnWidthsKey = QStringLiteral("ui/caseList/columnWidths");
} // namespace

MainWindow::MainWindow(Database &db, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_settings(settings),
      m_ownDialogs(std::make_unique<WidgetDialogService>()), m_dialogs(m_ownDialogs.get())
{
    setWindowTitle(tr("Passerelle — %1").arg(QFileInfo(db.path()).fileName()));

    m_caseList = new CaseListPage(db, this);
    m_caseList->setObjectName(QStringLiteral("caseList"));
    // The page has no margins of its own: they come from the window, around every page.
    auto *casesPage = new QWidget(this);
    auto *layout = new QVBoxLayout(casesPage);
    layout->addWidget(m_caseList);
    m_agenda = new AgendaPage(db, *m_dialogs, settings, systemClock(), this);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    auto *agendaPage = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agendaPage);
    agendaLayout->addWidget(m_agenda);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(casesPage, tr("&Situations"));
    m_pages->addTab(agendaPage, tr("A&genda"));
    setCentralWidget(m_pages);

    buildMenus();
    buildStatusBar();
    connect(m_caseList, &CaseListPage::totalCountChanged, this, &MainWindow::showCount);
    connect(m_caseList, &CaseListPage::loadFailed, this, &MainWindow::showLoadFailure);
    connect(m_caseList, &CaseListPage::firstPageShown, this, &MainWindow::firstPageShown);

    restoreLayout();
    m_caseList->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    QAction *quit = file->addAction(tr("&Quitter"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&Affichage"));
    QAction *refreshAction = view->addAction(tr("&Actualiser"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));

    QAction *agendaAction = view->addAction(tr("A&genda"), this, &MainWindow::showAgenda);
    agendaAction->setObjectName(QStringLiteral("agendaAction"));
    agendaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu *interventions = menuBar()->addMenu(tr("&Interventions"));
    QAction *newIntervention = interventions->addAction(tr("&Nouvelle intervention…"), this,
                                                         &MainWindow::newIntervention);
    newIntervention->setObjectName(QStringLiteral("newInterventionAction"));
    newIntervention->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    QMenu *help = menuBar()->addMenu(tr("A&ide"));
    QAction *about = help->addAction(tr("À &propos de Passerelle"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    const QString path = QDir::toNativeSeparators(m_db.path());
    auto *database = new QLabel(tr("Base : %1").arg(path), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setToolTip(path);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path gives way before the count does.
    database->setMinimumWidth(1);
    database->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *replica = new QLabel(tr("Réplique : %1").arg(m_db.replicaId().toString()), this);
    replica->setObjectName(QStringLiteral("replicaLabel"));
    replica->setToolTip(tr("Identifiant de cette copie de la base, utilisé par la synchronisation"));
    replica->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    m_integrityLabel = new QLabel(this);
    m_integrityLabel->setObjectName(QStringLiteral("integrityLabel"));

    // A little air between the texts: the status bar sets none of its own.
    for (QLabel *label : {database, replica, m_integrityLabel, m_countLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(database, 1);
    statusBar()->addWidget(replica);
    statusBar()->addPermanentWidget(m_integrityLabel);
    statusBar()->addPermanentWidget(m_countLabel);
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
        QMessageBox::warning(this, tr("Passerelle"),
                             tr("Le contrôle d'intégrité de la base a trouvé des anomalies. "
                                "Faites une copie du fichier et contactez le support avant de "
                                "continuer à saisir.\n\n%1")
                                 .arg(result.left(2000)));
    Q_EMIT integrityChecked(result);
}

void MainWindow::showCount(qint64 count)
{
    m_countLabel->setText(tr("%Ln situation(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
}

void MainWindow::showLoadFailure(const QString &message)
{
    QMessageBox::warning(this, tr("Passerelle"),
                         tr("La liste n'a pas pu être lue.\n\n%1").arg(message));
}

void MainWindow::refresh()
{
    m_caseList->reload();
    m_agenda->reload();
}

void MainWindow::showAgenda()
{
    m_pages->setCurrentIndex(1);
    m_agenda->setFocus();
}

void MainWindow::newIntervention()
{
    QuickInterventionDialog dialog(m_db, *m_dialogs, m_settings, systemClock(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_agenda->reload();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
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
        resize(QSize(1180, 720).boundedTo(available));
    }
    QList<int> widths;
    for (const QVariant &w : m_settings.value(columnWidthsKey).toList())
        widths.append(w.toInt());
    m_caseList->restoreColumnWidths(widths);
}

void MainWindow::saveLayout()
{
    m_settings.setValue(geometryKey, saveGeometry());
    QVariantList widths;
    for (const int w : m_caseList->columnWidths())
        widths.append(w);
    m_settings.setValue(columnWidthsKey, widths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace passerelle
