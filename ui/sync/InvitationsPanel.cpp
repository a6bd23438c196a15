#include "sync/InvitationsPanel.h"

#include "common/DialogService.h"
#include "common/ViewSelection.h"
#include "repositories/WorkerRepository.h"
#include "sync/InvitationLedger.h"
#include "sync/InvitationModel.h"
#include "sync/InvitationService.h"
#include "sync/ReplicaKeys.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Logging.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace passerelle {

InvitationsPanel::InvitationsPanel(Database &db, DialogService &dialogs, const Clock &clock,
                                   QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock)
{
    setObjectName(QStringLiteral("invitationsPanel"));
    m_model = new InvitationModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(InvitationModel::SortRole);
    m_sorted->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invitationTable"));
    m_view->setAccessibleName(tr("Invitations créées sur ce poste"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(InvitationModel::Column::Issued), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *label = new QLabel(tr("&Liste des invitations créées sur ce poste :"), this);
    label->setBuddy(m_view);
    m_empty = new QLabel(tr("Aucune invitation : « Inviter un appareil… » en crée une."), this);
    m_empty->setObjectName(QStringLiteral("invitationsEmpty"));

    m_revoke = new QPushButton(tr("Ann&uler l'invitation…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeInvitation"));
    m_revoke->setToolTip(tr("Pour une invitation remise par erreur ou qui ne servira pas : la "
                            "réponse de l'appareil sera refusée."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revoke);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_revoke, &QPushButton::clicked, this, &InvitationsPanel::revokeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvitationsPanel::updateActions);
    setTabOrder(m_view, m_revoke);
    reload();
}

InvitationsPanel::~InvitationsPanel() = default;

void InvitationsPanel::reload()
{
    const InvitationRow *before = current();
    const Uuid keep = before ? before->record.id : Uuid();
    const qint64 now = m_clock.nowMs();
    WorkerRepository workers(m_db);
    QHash<Uuid, QString> names;
    QList<InvitationRow> rows;
    m_pending = 0;
    for (const InvitationRecord &r : InvitationLedger(m_db).list()) {
        InvitationRow row{r, {}, stateOf(r, now)};
        if (!r.workerId.isNull()) {
            if (!names.contains(r.workerId)) {
                const std::optional<Worker> w = workers.find(r.workerId);
                names.insert(r.workerId, w ? w->displayName : QString());
            }
            row.workerName = names.value(r.workerId);
        }
        if (row.state == InvitationState::Pending)
            ++m_pending;
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows));
    selectSourceRowOrFirst(m_view, m_sorted, keep.isNull() ? -1 : m_model->rowOf(keep));
    m_empty->setVisible(m_model->rowCount() == 0);
    updateActions();
}

const InvitationRow *InvitationsPanel::current() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->rowAt(m_sorted->mapToSource(index).row()) : nullptr;
}

void InvitationsPanel::updateActions()
{
    const InvitationRow *row = current();
    m_revoke->setEnabled(row && row->state == InvitationState::Pending);
}

void InvitationsPanel::revokeCurrent()
{
    const InvitationRow *row = current();
    if (!row || row->state != InvitationState::Pending)
        return;
    const Uuid id = row->record.id;
    const QString question =
        tr("Annuler l'invitation de « %1 » ?\n\nSi l'appareil y répond, sa réponse sera refusée ; "
           "il faudra lui remettre une nouvelle invitation.")
            .arg(row->record.deviceName);
    if (m_dialogs.question(this, tr("Annuler une invitation"), question) !=
        DialogService::Answer::Yes)
        return;
    try {
        if (!m_keys)
            m_keys = std::make_unique<ReplicaKeys>(ReplicaKeys::forDatabase(m_db));
        InvitationService(m_db, *m_keys, m_clock).revoke(id);
        qCInfo(lcExchange) << "invitation cancelled";
    } catch (const ValidationError &e) {
        m_dialogs.warning(this, tr("Annuler une invitation"), e.reason());
    } catch (const Error &e) {
        m_dialogs.warning(this, tr("Annuler une invitation"), e.message());
    }
    reload();
    Q_EMIT changed();
}

} // namespace passerelle
