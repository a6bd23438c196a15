#include "sync/SyncPeerModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace passerelle {

namespace {
QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

SyncPeerModel::SyncPeerModel(QObject *parent) : RowTableModel(int(Column::Count), parent) {}

int SyncPeerModel::rowOf(const Uuid &replicaId) const
{
    return findRow([&](const SyncPeerRow &r) { return r.replicaId == replicaId; });
}

QVariant SyncPeerModel::display(const SyncPeerRow &r, Column column) const
{
    switch (column) {
    case Column::Name:
        return r.displayName;
    case Column::Role:
        return label(r.role);
    case Column::LastExchange:
        return r.lastContactAt.isValid() ? when(r.lastContactAt) : tr("jamais");
    case Column::Pending:
        return r.isRevoked() ? QString() : QLocale().toString(r.pendingChanges);
    case Column::State:
        return r.isRevoked() ? tr("révoqué le %1").arg(when(r.revokedAt)) : tr("actif");
    case Column::Count:
        break;
    }
    return {};
}

QVariant SyncPeerModel::data(const QModelIndex &index, int role) const
{
    const SyncPeerRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*r, column);
    case SortRole:
        switch (column) {
        case Column::LastExchange:
            return r->lastContactAt.isValid() ? r->lastContactAt.toMSecsSinceEpoch() : qint64(-1);
        case Column::Pending:
            return r->pendingChanges;
        default:
            return display(*r, column);
        }
    case Qt::ToolTipRole:
        if (column == Column::Name)
            return tr("Identifiant : %1").arg(r->replicaId.toString());
        if (column == Column::Pending)
            return tr("Transactions enregistrées ici que cet appareil n'a pas encore reçues.");
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Pending)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (r->isRevoked())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant SyncPeerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Appareil");
    case Column::Role:
        return tr("Rôle");
    case Column::LastExchange:
        return tr("Dernier échange");
    case Column::Pending:
        return tr("À lui envoyer");
    case Column::State:
        return tr("État");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
