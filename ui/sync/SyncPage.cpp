#include "sync/SyncPage.h"

#include "common/BackgroundRead.h"
#include "common/DialogService.h"
#include "common/ViewSelection.h"
#include "storage/Database.h"
#include "sync/InvitationsPanel.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/ReviewQueuePanel.h"
#include "sync/SyncEngine.h"
#include "sync/SyncOverview.h"
#include "sync/SyncPeerModel.h"
#include "sync/SyncSummary.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace passerelle {

namespace {
QString bundleFilter()
{
    return QCoreApplication::translate("SyncPage",
                                       "Paquets de synchronisation (*.passerelle-sync)");
}

// Where a several-file import stands, shared by the worker (writer) and the page (reader).
struct ImportStep
{
    QMutex mutex;
    int done = 0;
    QString file;
};

// A file name a person recognises on a USB key: who it is for and when it was made.
QString suggestedName(const QString &peerName, const QDate &day)
{
    QString safe;
    for (const QChar c : peerName.trimmed())
        safe += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return QStringLiteral("pour-%1-%2.passerelle-sync").arg(safe, day.toString(Qt::ISODate));
}
} // namespace

SyncPage::SyncPage(Database &db, DialogService &dialogs, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock),
      m_overview(std::make_unique<SyncOverview>(db)), m_worker(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("syncPage"));
    buildUi();
    setReplicaName(QSysInfo::machineHostName());
    setReplicaRole(std::nullopt);
    reload();
}

SyncPage::~SyncPage() = default;

void SyncPage::buildUi()
{
    auto *self = new QGroupBox(tr("Cet appareil"), this);
    m_name = new QLabel(self);
    m_name->setObjectName(QStringLiteral("replicaName"));
    m_id = new QLabel(self);
    m_id->setObjectName(QStringLiteral("replicaId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_role = new QLabel(self);
    m_role->setObjectName(QStringLiteral("replicaRole"));
    auto *selfForm = new QFormLayout(self);
    selfForm->addRow(tr("Nom :"), m_name);
    selfForm->addRow(tr("Identifiant :"), m_id);
    selfForm->addRow(tr("Rôle :"), m_role);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    auto *peers = new QWidget(m_tabs);
    m_model = new SyncPeerModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SyncPeerModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_view = new QTableView(peers);
    m_view->setObjectName(QStringLiteral("peerTable"));
    m_view->setAccessibleName(tr("Appareils appairés"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(SyncPeerModel::Column::Name), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *peersLabel =
        new QLabel(tr("&Appareils avec lesquels celui-ci échange ses données :"), peers);
    peersLabel->setBuddy(m_view);

    m_export = new QPushButton(tr("&Exporter un paquet pour…"), peers);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_export->setToolTip(tr("Enregistre dans un fichier ce que l'appareil choisi n'a pas encore "
                            "reçu, pour le lui apporter (clé USB, dossier partagé)."));
    m_import = new QPushButton(tr("&Importer des paquets…"), peers);
    m_import->setObjectName(QStringLiteral("importBundle"));
    m_import->setToolTip(tr("Vérifie puis fusionne, dans l'ordre, un ou plusieurs fichiers "
                            ".passerelle-sync reçus d'appareils appairés."));
    m_revoke = new QPushButton(tr("&Révoquer l'appareil…"), peers);
    m_revoke->setObjectName(QStringLiteral("revokePeer"));
    m_revoke->setToolTip(tr("Pour un appareil perdu ou retiré : ses paquets seront refusés."));
    // Two rows, by what the buttons do: exchanging data, and the devices themselves. On one
    // row they made the page, hence the main window, wider than a 1 100-px screen.
    m_actions = new QHBoxLayout;
    m_actions->addWidget(m_import);
    m_actions->addWidget(m_export);
    m_actions->addStretch(1);
    m_syncActions = new QHBoxLayout;
    m_syncActions->addWidget(m_revoke);
    m_syncActions->addStretch(1);

    auto *peersLayout = new QVBoxLayout(peers);
    peersLayout->addWidget(peersLabel);
    peersLayout->addWidget(m_view, 1);
    peersLayout->addLayout(m_actions);
    peersLayout->addLayout(m_syncActions);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Échange en cours"));
    m_progress->setRange(0, 0); // the engine reports no steps: a busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progressText = new QLabel(this);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    m_progress->hide();
    m_progressText->hide();
    m_importTimer = new QTimer(this);
    m_importTimer->setInterval(100);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(8);
    m_result->setAccessibleName(tr("Résultat du dernier échange"));
    m_result->hide();

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("syncCounts"));
    m_showConflicts = new QPushButton(tr("Voir les &conflits"), this);
    m_showConflicts->setObjectName(QStringLiteral("showConflicts"));
    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_showConflicts);

    m_invitations = new InvitationsPanel(m_db, m_dialogs, m_clock, m_tabs);
    m_review = new ReviewQueuePanel(m_db, m_dialogs, m_clock, m_tabs);
    m_tabs->addTab(peers, QString());
    m_tabs->addTab(m_invitations, QString());
    m_tabs->addTab(m_review, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(self);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addLayout(countsRow);

    connect(m_export, &QPushButton::clicked, this, &SyncPage::exportForCurrent);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::importBundle);
    connect(m_revoke, &QPushButton::clicked, this, &SyncPage::revokeCurrent);
    connect(m_showConflicts, &QPushButton::clicked, this, &SyncPage::conflictsRequested);
    connect(m_review, &ReviewQueuePanel::caseRequested, this, &SyncPage::caseRequested);
    connect(m_review, &ReviewQueuePanel::changed, this, &SyncPage::reload);
    connect(m_invitations, &InvitationsPanel::changed, this, &SyncPage::updateTabTitles);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncPage::updateActions);
    setTabOrder(m_view, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_revoke);
}

bool SyncPage::isBusy() const
{
    return m_worker->isRunning();
}

void SyncPage::addSyncAction(QAction *action, ActionRow row)
{
    auto *button = new QPushButton(action->text(), this);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    // An action that does not apply to this replica (join, once a member) is not shown.
    button->setHidden(!action->isVisible());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setHidden(!action->isVisible());
    });
    // Before the stretch of its row; a device's own actions before "Révoquer".
    if (row == ActionRow::Exchange)
        m_actions->insertWidget(m_actions->count() - 1, button);
    else
        m_syncActions->insertWidget(m_syncActions->count() - 2, button);
}

void SyncPage::setReplicaRole(std::optional<ReplicaRole> role)
{
    m_role->setText(role ? label(*role) : tr("pas encore fixé (il l'est à l'appairage)"));
    // A laptop issues no invitation: nothing to list.
    m_tabs->setTabVisible(m_tabs->indexOf(m_invitations), role != ReplicaRole::Laptop);
}

void SyncPage::setReplicaName(const QString &name)
{
    m_name->setText(name.isEmpty() ? tr("(sans nom)") : name);
}

void SyncPage::reload()
{
    const std::optional<Uuid> keep = currentPeer();
    m_id->setText(SyncOverview::shortId(m_overview->replicaId()));
    m_id->setToolTip(m_overview->replicaId().toString());
    m_model->setRows(m_overview->peers());
    selectSourceRowOrFirst(m_view, m_sorted, keep ? m_model->rowOf(*keep) : -1);
    m_invitations->reload();
    m_review->reload();
    updateTabTitles();
    const qint64 conflicts = m_overview->pendingConflicts();
    const qint64 review = m_review->pendingCount();
    QString counts = conflicts == 0 ? tr("Aucun conflit à traiter.")
                                    : tr("%n conflit(s) à traiter.", nullptr, int(conflicts));
    if (review > 0)
        counts +=
            QLatin1Char(' ') + tr("%n élément(s) mis de côté pour revue.", nullptr, int(review));
    m_counts->setText(counts);
    m_showConflicts->setEnabled(conflicts > 0);
    updateActions();
}

void SyncPage::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Appareils appairé&s (%1)").arg(m_model->rowCount()));
    const int invitations = m_invitations->pendingCount();
    m_tabs->setTabText(1, invitations == 0
                              ? tr("Invitatio&ns")
                              : tr("Invitatio&ns (%n en attente)", nullptr, invitations));
    const int review = m_review->pendingCount();
    m_tabs->setTabText(2, review == 0 ? tr("À re&voir") : tr("À re&voir (%1)").arg(review));
}

std::optional<Uuid> SyncPage::currentPeer() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const SyncPeerRow *row = m_model->rowAt(m_sorted->mapToSource(current).row());
    return row ? std::optional<Uuid>(row->replicaId) : std::nullopt;
}

void SyncPage::updateActions()
{
    const std::optional<Uuid> peer = currentPeer();
    const int row = peer ? m_model->rowOf(*peer) : -1;
    const SyncPeerRow *r = m_model->rowAt(row);
    const bool busy = isBusy();
    m_import->setEnabled(!busy);
    m_export->setEnabled(!busy && r && !r->isRevoked());
    m_revoke->setEnabled(!busy && r && !r->isRevoked());
}

void SyncPage::showImportProgress(int done, int total, const QString &fileName)
{
    if (m_progress->maximum() == total && m_progress->value() == done)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setTextVisible(true);
    m_progressText->setText(done < total
                                ? tr("Paquet %1 sur %2 : %3").arg(done + 1).arg(total).arg(fileName)
                                : tr("%n paquet(s) lu(s).", nullptr, total));
    Q_EMIT importProgressed(done, total);
}

void SyncPage::setBusy(bool busy, const QString &what)
{
    // Back to a busy indicator: only an import of several files counts its steps.
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_progressText->setText(what);
    if (busy)
        m_result->hide();
    updateActions();
}

void SyncPage::showResult(const QString &text, bool refused)
{
    m_result->setText(text);
    m_result->setProperty("refused", refused);
    m_result->setStyleSheet(refused ? QStringLiteral("QLabel { color: palette(bright-text); "
                                                     "background: #a33; }")
                                    : QString());
    m_result->show();
}

void SyncPage::exportForCurrent()
{
    const std::optional<Uuid> peer = currentPeer();
    const SyncPeerRow *row = peer ? m_model->rowAt(m_model->rowOf(*peer)) : nullptr;
    if (!row || row->isRevoked() || isBusy())
        return;
    const QString name = row->displayName;
    const QString path = m_dialogs.saveFile(this, tr("Exporter un paquet pour « %1 »").arg(name),
                                            suggestedName(name, m_clock.today()), bundleFilter());
    if (path.isEmpty())
        return;
    auto result = std::make_shared<std::optional<SyncExport>>();
    const Uuid to = *peer;
    const Clock &clock = m_clock;
    setBusy(true, tr("Préparation du paquet pour « %1 »…").arg(name));
    m_worker->start(
        m_db.path(),
        [result, to, path, &clock](Database &own) {
            const ReplicaKeys keys = ReplicaKeys::forDatabase(own);
            *result = SyncEngine(own, keys, clock).exportToFile(to, path);
        },
        [this, result, name, path](const QString &error) {
            setBusy(false, {});
            if (*result) {
                showResult(SyncSummary::ofExport(**result, name) + QLatin1Char('\n') +
                               QDir::toNativeSeparators(path),
                           false);
            } else {
                showResult(error, true);
                m_dialogs.warning(this, tr("Exporter un paquet"), error);
            }
            reload();
            Q_EMIT exchangeFinished();
        });
    updateActions(); // busy only now: the buttons wait for the end
}

void SyncPage::importBundle()
{
    if (isBusy())
        return;
    const QStringList paths =
        m_dialogs.openFiles(this, tr("Importer un ou plusieurs paquets"), bundleFilter());
    if (!paths.isEmpty())
        importFiles(paths);
}

void SyncPage::importFile(const QString &path)
{
    importFiles({path});
}

void SyncPage::importFiles(const QStringList &paths)
{
    if (isBusy() || paths.isEmpty())
        return;
    // One outcome per file, in order: a file refused does not stop the next one (each
    // bundle is verified and merged on its own, in its own transaction).
    struct Outcome
    {
        QString file;
        std::optional<SyncImport> result;
        QString error;
    };
    auto outcomes = std::make_shared<QList<Outcome>>();
    const Clock &clock = m_clock;
    setBusy(true, paths.size() == 1
                      ? tr("Vérification et fusion de %1…").arg(QFileInfo(paths.first()).fileName())
                      : tr("Vérification et fusion de %n paquet(s)…", nullptr, int(paths.size())));
    // The worker writes where it is, the page reads it on a timer: no event is ever posted
    // to a page that may be going away while the worker finishes.
    auto step = std::make_shared<ImportStep>();
    if (paths.size() > 1) {
        m_importTimer->disconnect();
        connect(m_importTimer, &QTimer::timeout, this, [this, step, total = int(paths.size())] {
            const QMutexLocker lock(&step->mutex);
            showImportProgress(step->done, total, step->file);
        });
        showImportProgress(0, int(paths.size()), QFileInfo(paths.first()).fileName());
        m_importTimer->start();
    }
    m_worker->start(
        m_db.path(),
        [outcomes, paths, &clock, step](Database &own) {
            const ReplicaKeys keys = ReplicaKeys::forDatabase(own);
            const SyncEngine engine(own, keys, clock);
            for (const QString &path : paths) {
                Outcome o{QFileInfo(path).fileName(), std::nullopt, {}};
                {
                    const QMutexLocker lock(&step->mutex);
                    step->done = int(outcomes->size());
                    step->file = o.file;
                }
                try {
                    o.result = engine.importFile(path);
                } catch (const Error &e) {
                    o.error = e.message();
                }
                outcomes->append(std::move(o));
            }
        },
        [this, outcomes, several = paths.size() > 1](const QString &error) {
            m_importTimer->stop();
            if (several)
                showImportProgress(int(outcomes->size()), int(outcomes->size()), {});
            setBusy(false, {});
            reload(); // the last exchanges and the counts changed, whatever the outcome
            QStringList shown;
            QStringList refusals;
            bool merged = false;
            if (!error.isEmpty())
                refusals << error;
            for (const Outcome &o : std::as_const(*outcomes)) {
                QString text;
                if (!o.result) {
                    text = o.error;
                    refusals << text;
                } else if (o.result->read.isNoOp()) {
                    text = o.result->read.message;
                } else if (!o.result->read.isVerified()) {
                    text = o.result->read.message;
                    refusals << (several ? tr("%1 : %2").arg(o.file, text) : text);
                } else {
                    const Uuid sender = o.result->read.header->sender;
                    const int row = m_model->rowOf(sender);
                    const QString name =
                        row >= 0 ? m_model->rowAt(row)->displayName : SyncOverview::shortId(sender);
                    text = SyncSummary::ofImport(*o.result, name);
                    merged = true;
                }
                shown << (several ? tr("%1 : %2").arg(o.file, text) : text);
            }
            if (!error.isEmpty())
                shown << error;
            showResult(shown.join(QLatin1Char('\n')), !refusals.isEmpty());
            if (!refusals.isEmpty())
                m_dialogs.warning(this, tr("Paquet refusé"), refusals.join(QLatin1Char('\n')));
            if (merged)
                Q_EMIT dataImported();
            Q_EMIT exchangeFinished();
        });
    updateActions(); // busy only now: the buttons wait for the end
}

void SyncPage::revokeCurrent()
{
    const std::optional<Uuid> peer = currentPeer();
    const SyncPeerRow *row = peer ? m_model->rowAt(m_model->rowOf(*peer)) : nullptr;
    if (!row || row->isRevoked() || isBusy())
        return;
    const QString question =
        tr("Révoquer « %1 » ?\n\nÀ utiliser pour un appareil perdu, volé ou retiré : ses paquets "
           "seront refusés dès maintenant, et ce qu'il n'a pas encore envoyé ne pourra plus être "
           "importé. Pour l'utiliser de nouveau, il faudra l'appairer une nouvelle fois.")
            .arg(row->displayName);
    if (m_dialogs.question(this, tr("Révoquer un appareil"), question) !=
        DialogService::Answer::Yes)
        return;
    try {
        PeerDirectory(m_db, m_clock).revoke(*peer);
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Révoquer un appareil"), e.message());
    }
    reload();
}

} // namespace passerelle
