#include "agenda/AgendaModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace passerelle {

AgendaModel::AgendaModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgendaModel::setRows(QList<Row> rows, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

const AgendaModel::Row *AgendaModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool AgendaModel::isOverdue(int row) const
{
    const Row *r = rowAt(row);
    return r && r->intervention.status == InterventionStatus::Planned &&
           r->intervention.date < m_today;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Intervention &i = r->intervention;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Day:
            return QLocale().toString(i.date, QStringLiteral("ddd dd/MM"));
        case Time:
            return i.startTime.isValid() ? i.startTime.toString(QStringLiteral("HH:mm"))
                                         : QString();
        case Duration:
            return i.durationMin > 0 ? tr("%1 min").arg(i.durationMin) : QString();
        case Status:
            return isOverdue(index.row()) ? tr("%1 — en retard").arg(label(i.status))
                                          : label(i.status);
        case Channel:
            return r->channelLabel;
        case Type:
            return r->typeLabel;
        case Cases:
            return r->caseNumbers;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (isOverdue(index.row()))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        if (i.status == InterventionStatus::Cancelled || i.status == InterventionStatus::Missed)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (isOverdue(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return i.id.bytes();
    case OverdueRole:
        return isOverdue(index.row());
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Jour");
    case Time:
        return tr("Heure");
    case Duration:
        return tr("Durée");
    case Status:
        return tr("État");
    case Channel:
        return tr("Canal");
    case Type:
        return tr("Type");
    case Cases:
        return tr("Situations");
    default:
        return {};
    }
}

} // namespace passerelle
