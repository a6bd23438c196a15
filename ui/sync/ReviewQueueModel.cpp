#include "sync/ReviewQueueModel.h"

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

ReviewQueueModel::ReviewQueueModel(QObject *parent) : RowTableModel(int(Column::Count), parent) {}

int ReviewQueueModel::rowOf(qint64 id) const
{
    return findRow([&](const ReviewItem &r) { return r.id == id; });
}

QVariant ReviewQueueModel::display(const ReviewItem &r, Column column) const
{
    switch (column) {
    case Column::DetectedAt:
        return when(r.detectedAt);
    case Column::Record:
        return r.record;
    case Column::Kind:
        return r.tableLabel;
    case Column::Problem:
        return r.reason;
    case Column::From:
        return r.fromReplicaName;
    case Column::State:
        return r.isTreated() ? tr("traité le %1").arg(when(r.treatedAt)) : tr("à revoir");
    case Column::Count:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const ReviewItem *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*r, column);
    case SortRole:
        if (column == Column::DetectedAt)
            return r->detectedAt.toMSecsSinceEpoch();
        return display(*r, column);
    case Qt::ToolTipRole:
        if (column == Column::Problem)
            return r->reason;
        if (column == Column::Record && r->caseHere)
            return tr("Situation présente sur cet appareil : « Ouvrir la situation » l'affiche.");
        if (column == Column::From && r->fromReplica.isNull())
            return tr("L'appareil d'origine ne peut pas être déterminé (aucun paquet, ou "
                      "plusieurs importés au même instant).");
        return {};
    case Qt::ForegroundRole:
        if (r->isTreated())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::DetectedAt:
        return tr("Mis de côté le");
    case Column::Record:
        return tr("Dossier");
    case Column::Kind:
        return tr("Élément");
    case Column::Problem:
        return tr("Problème");
    case Column::From:
        return tr("Reçu de");
    case Column::State:
        return tr("État");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
