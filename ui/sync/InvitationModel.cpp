#include "sync/InvitationModel.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace passerelle {

namespace {
QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(),
                              QLocale::ShortFormat);
}
} // namespace

InvitationModel::InvitationModel(QObject *parent) : RowTableModel(int(Column::Count), parent) {}

int InvitationModel::rowOf(const Uuid &id) const
{
    return findRow([&](const InvitationRow &r) { return r.record.id == id; });
}

QString InvitationModel::stateText(const InvitationRow &row)
{
    switch (row.state) {
    case InvitationState::Pending:
        return tr("en attente de réponse");
    case InvitationState::Accepted:
        return tr("acceptée le %1").arg(when(row.record.usedAtMs));
    case InvitationState::Expired:
        return tr("expirée");
    case InvitationState::Revoked:
        return tr("annulée le %1").arg(when(row.record.revokedAtMs));
    }
    return {};
}

QVariant InvitationModel::display(const InvitationRow &r, Column column) const
{
    switch (column) {
    case Column::Device:
        return r.record.deviceName;
    case Column::Worker:
        return r.workerName;
    case Column::Role:
        return label(r.record.role);
    case Column::Issued:
        return when(r.record.createdAtMs);
    case Column::Expires:
        return when(r.record.expiresAtMs);
    case Column::State:
        return stateText(r);
    case Column::Count:
        break;
    }
    return {};
}

QVariant InvitationModel::data(const QModelIndex &index, int role) const
{
    const InvitationRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*r, column);
    case SortRole:
        if (column == Column::Issued)
            return r->record.createdAtMs;
        if (column == Column::Expires)
            return r->record.expiresAtMs;
        return display(*r, column);
    case Qt::ForegroundRole:
        if (r->state != InvitationState::Pending)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant InvitationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Device:
        return tr("Appareil");
    case Column::Worker:
        return tr("Intervenant");
    case Column::Role:
        return tr("Rôle");
    case Column::Issued:
        return tr("Créée le");
    case Column::Expires:
        return tr("Expire le");
    case Column::State:
        return tr("État");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
