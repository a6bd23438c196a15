#include "sync/SyncActions.h"

#include "common/DialogService.h"
#include "repositories/WorkerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/InvitationError.h"
#include "sync/InvitationService.h"
#include "sync/InviteDialog.h"
#include "sync/JoinDialog.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncFolder.h"
#include "sync/SyncPage.h"
#include "util/Errors.h"
#include "util/Logging.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QWidget>

namespace passerelle {

namespace {
const QString kFolderKey = QStringLiteral("sync/folder");

QString stageText(const SyncFolderProgress &p)
{
    switch (p.stage) {
    case SyncFolderStage::Scanning:
        return QCoreApplication::translate("SyncActions", "Recherche des paquets…");
    case SyncFolderStage::Importing:
        return QCoreApplication::translate("SyncActions", "Import des paquets reçus : %1 sur %2")
            .arg(p.done)
            .arg(p.total);
    case SyncFolderStage::Exporting:
        return QCoreApplication::translate("SyncActions",
                                           "Dépôt des paquets pour les appareils : %1 sur %2")
            .arg(p.done)
            .arg(p.total);
    case SyncFolderStage::Finished:
        break;
    }
    return QCoreApplication::translate("SyncActions", "Terminé.");
}
} // namespace

SyncActions::SyncActions(Database &db, DialogService &dialogs, QSettings &settings,
                         const Clock &clock, QWidget *parent)
    : QObject(parent), m_db(db), m_dialogs(dialogs), m_settings(settings), m_clock(clock),
      m_parentWidget(parent), m_keys(std::make_unique<ReplicaKeys>(ReplicaKeys::forDatabase(db)))
{
    m_invite = new QAction(tr("&Inviter un appareil…"), this);
    m_invite->setToolTip(tr("Crée une invitation pour un portable ou un poste du bureau."));
    m_join = new QAction(tr("&Rejoindre un bureau…"), this);
    m_join->setToolTip(tr("Rejoint le bureau qui vous a remis une invitation."));
    m_accept = new QAction(tr("Acce&pter une réponse…"), this);
    m_accept->setToolTip(tr("Enregistre l'appareil qui a répondu à une invitation."));
    m_chooseFolder = new QAction(tr("C&hoisir le dossier…"), this);
    m_chooseFolder->setToolTip(
        tr("Le dossier de synchronisation : un partage réseau ou une clé USB "
           "où chaque appareil dépose ses paquets et prend ceux qui lui sont "
           "adressés."));
    m_syncFolder = new QAction(tr("S&ynchroniser le dossier"), this);
    connect(m_invite, &QAction::triggered, this, &SyncActions::invite);
    connect(m_join, &QAction::triggered, this, &SyncActions::join);
    connect(m_accept, &QAction::triggered, this, &SyncActions::acceptReply);
    connect(m_chooseFolder, &QAction::triggered, this, &SyncActions::chooseFolder);
    connect(m_syncFolder, &QAction::triggered, this, &SyncActions::syncFolder);
    refresh();
}

SyncActions::~SyncActions()
{
    // The worker holds its own connection but reports to this object: stop it first.
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

InvitationService SyncActions::service() const
{
    return InvitationService(m_db, *m_keys, m_clock);
}

void SyncActions::install(SyncPage &page)
{
    m_page = &page;
    for (QAction *a : {m_syncFolder, m_chooseFolder})
        page.addSyncAction(a, SyncPage::ActionRow::Exchange);
    for (QAction *a : {m_invite, m_join, m_accept})
        page.addSyncAction(a, SyncPage::ActionRow::Devices);
    connect(this, &SyncActions::dataImported, &page, &SyncPage::dataImported);
    refresh();
}

void SyncActions::refresh()
{
    const std::optional<InvitationMembership> membership = service().membership();
    const bool office = !membership || membership->role == ReplicaRole::Office;
    m_invite->setVisible(office);
    m_accept->setVisible(office);
    m_join->setVisible(!membership);
    m_syncFolder->setEnabled(m_thread == nullptr);
    m_chooseFolder->setEnabled(m_thread == nullptr);
    if (m_page) {
        m_page->setReplicaRole(membership ? std::optional<ReplicaRole>(membership->role)
                                          : std::nullopt);
        m_page->reload();
    }
}

QString SyncActions::folder() const
{
    return m_settings.value(kFolderKey).toString();
}

void SyncActions::invite()
{
    const InvitationService invitations = service();
    InviteDialog dialog(m_db, invitations, m_dialogs, m_parentWidget);
    dialog.exec();
    if (!dialog.savedPath().isEmpty()) {
        qCInfo(lcExchange) << "invitation issued";
        refresh();
        Q_EMIT pairingChanged();
    }
}

void SyncActions::join()
{
    const QString path = m_dialogs.openFile(m_parentWidget, tr("Ouvrir l'invitation"),
                                            tr("Invitation Passerelle (*.passerelle-invite)"));
    if (path.isEmpty())
        return;
    const InvitationService invitations = service();
    std::unique_ptr<JoinDialog> dialog;
    try {
        dialog = std::make_unique<JoinDialog>(path, m_db, invitations, m_dialogs, m_parentWidget);
    } catch (const ValidationError &e) {
        m_dialogs.warning(m_parentWidget, tr("Invitation refusée"), e.reason());
        return;
    } catch (const Error &e) {
        m_dialogs.warning(m_parentWidget, tr("Invitation refusée"), e.message());
        return;
    }
    if (dialog->exec() == QDialog::Accepted) {
        m_dialogs.information(
            m_parentWidget, tr("Réponse enregistrée"),
            tr("La réponse est enregistrée dans %1.\nRemettez ce fichier au coordinateur : "
               "l'appareil sera appairé quand le bureau l'aura acceptée.")
                .arg(QDir::toNativeSeparators(dialog->replyPath())));
        refresh();
        Q_EMIT pairingChanged();
    }
}

void SyncActions::acceptReply()
{
    const QString path = m_dialogs.openFile(m_parentWidget, tr("Ouvrir la réponse de l'appareil"),
                                            tr("Réponse Passerelle (*.passerelle-join)"));
    if (path.isEmpty())
        return;
    try {
        // The reply is sealed to this office: what it says is only known once accept() has
        // opened it. Accept inside a transaction, ask, and roll back unless confirmed.
        Transaction tx(m_db.handle());
        const AcceptedDevice device = service().accept(InvitationService::readFile(path));
        QString worker;
        if (!device.workerId.isNull())
            if (const std::optional<Worker> w = WorkerRepository(m_db).find(device.workerId))
                worker = w->displayName;
        const QString role = device.peer.role == ReplicaRole::Laptop
                                 ? tr("portable d'un intervenant pair")
                                 : tr("poste du bureau");
        QString text = tr("Appairer l'appareil « %1 » (%2) ?").arg(device.peer.displayName, role);
        if (!worker.isEmpty())
            text += QLatin1Char('\n') + tr("Intervenant : %1").arg(worker);
        if (m_dialogs.question(m_parentWidget, tr("Accepter la réponse"), text) !=
            DialogService::Answer::Yes)
            return;
        tx.commit();
    } catch (const ValidationError &e) {
        m_dialogs.warning(m_parentWidget, tr("Réponse refusée"), e.reason());
        return;
    } catch (const Error &e) {
        m_dialogs.warning(m_parentWidget, tr("Réponse refusée"), e.message());
        return;
    }
    qCInfo(lcExchange) << "device paired";
    refresh();
    Q_EMIT pairingChanged();
}

bool SyncActions::chooseFolder()
{
    const QString chosen =
        m_dialogs.existingDirectory(m_parentWidget, tr("Dossier de synchronisation"), folder());
    if (chosen.isEmpty())
        return false;
    m_settings.setValue(kFolderKey, chosen);
    return true;
}

void SyncActions::syncFolder()
{
    if (m_thread)
        return;
    if (folder().isEmpty() && !chooseFolder())
        return;
    const QString dir = folder();
    const QString dbPath = m_db.path();
    const Clock &clock = m_clock;
    m_outcome = std::make_shared<Outcome>();
    m_cancel = std::make_shared<std::atomic_bool>(false);

    m_progress =
        new QProgressDialog(tr("Recherche des paquets…"), tr("Annuler"), 0, 0, m_parentWidget);
    m_progress->setWindowTitle(tr("Synchronisation du dossier"));
    // Not modal: a modal QProgressDialog::setValue processes events itself, which would let
    // the end of the sync run inside a progress update. The action is disabled meanwhile.
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancel] {
        cancel->store(true);
        if (m_progress)
            m_progress->setLabelText(tr("Arrêt après le fichier en cours…"));
    });
    m_progress->show();

    const std::shared_ptr<Outcome> outcome = m_outcome;
    QPointer<SyncActions> self(this);
    m_thread = QThread::create([dbPath, dir, outcome, cancel, self, &clock] {
        try {
            // A connection of its own, on this thread; the file is already checked.
            const auto db = Database::open(dbPath, Database::OpenMode::OpenExisting,
                                           Database::IntegrityCheck::Deferred);
            const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
            outcome->report = SyncFolder(*db, keys, clock)
                                  .syncNow(
                                      dir,
                                      [self](const SyncFolderProgress &p) {
                                          const QString text = stageText(p);
                                          QMetaObject::invokeMethod(
                                              self.data(),
                                              [self, text, p] {
                                                  if (!self || !self->m_progress)
                                                      return;
                                                  QProgressDialog *dialog = self->m_progress;
                                                  dialog->setLabelText(text);
                                                  dialog->setMaximum(qMax(p.total, 0));
                                                  dialog->setValue(p.done);
                                              },
                                              Qt::QueuedConnection);
                                      },
                                      cancel.get());
        } catch (const Error &e) {
            outcome->error = e.message();
        }
    });
    connect(m_thread, &QThread::finished, this, &SyncActions::folderSyncDone);
    refresh();
    qCInfo(lcExchange) << "folder sync started";
    m_thread->start();
}

void SyncActions::folderSyncDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome->error.isEmpty()) {
        m_lastReport = outcome->error;
        m_dialogs.warning(m_parentWidget, tr("Synchronisation impossible"), outcome->error);
    } else {
        m_lastReport = describe(outcome->report);
        qCInfo(lcExchange) << "folder sync: received" << outcome->report.receivedRows() << "sent"
                           << outcome->report.sentRows() << "refused"
                           << outcome->report.refused.size();
        m_dialogs.information(m_parentWidget, tr("Synchronisation du dossier"), m_lastReport);
    }
    refresh();
    if (outcome->error.isEmpty() && outcome->report.receivedRows() > 0)
        Q_EMIT dataImported();
    Q_EMIT folderSyncFinished();
}

QString SyncActions::describe(const SyncFolderReport &report)
{
    QStringList lines;
    if (report.cancelled)
        lines << tr("Synchronisation interrompue : ce qui a été fait est conservé.");
    for (const SyncFolderPeerReport &p : report.peers) {
        lines << p.peerName;
        lines << tr("    reçu : %n ligne(s)", nullptr, int(p.receivedRows)) +
                     (p.conflicts > 0 ? tr(", %n conflit(s)", nullptr, int(p.conflicts))
                                      : QString()) +
                     (p.reviewed > 0 ? tr(", %n à revoir", nullptr, int(p.reviewed)) : QString());
        lines << (p.sentFile.isEmpty() ? tr("    envoyé : rien de nouveau")
                                       : tr("    envoyé : %n ligne(s)", nullptr, int(p.sentRows)));
    }
    if (report.peers.isEmpty())
        lines << tr("Aucun appareil appairé.");
    if (report.alreadyApplied > 0)
        lines << tr("%n paquet(s) déjà importé(s), rangé(s).", nullptr, report.alreadyApplied);
    for (const SyncFolderRefusal &r : report.refused)
        lines << tr("Fichier refusé : %1 — %2").arg(r.fileName, r.message);
    for (const SyncFolderUnsent &u : report.unsent) {
        QString name = u.peer.toString();
        for (const SyncFolderPeerReport &p : report.peers)
            if (p.peer == u.peer)
                name = p.peerName;
        lines << tr("Paquet non déposé pour %1 : %2").arg(name, u.message);
    }
    if (report.pruned > 0)
        lines << tr("%n ancien(s) paquet(s) retiré(s) du dossier « traité ».", nullptr,
                    report.pruned);
    lines << tr("Total : %1 ligne(s) reçue(s), %2 envoyée(s).")
                 .arg(report.receivedRows())
                 .arg(report.sentRows());
    return lines.join(QLatin1Char('\n'));
}

} // namespace passerelle
