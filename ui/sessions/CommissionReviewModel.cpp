#include "sessions/CommissionReviewModel.h"

namespace passerelle {

CommissionReviewModel::CommissionReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void CommissionReviewModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CommissionReviewModel::put(const Row &row)
{
    const int existing = rowOf(row.review.caseId);
    if (existing >= 0) {
        m_rows[existing] = row;
        Q_EMIT dataChanged(index(existing, 0), index(existing, int(Column::Count) - 1));
        return existing;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    return at;
}

void CommissionReviewModel::removeAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

const CommissionReviewModel::Row *CommissionReviewModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CommissionReviewModel::rowOf(const Uuid &caseId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].review.caseId == caseId)
            return r;
    return -1;
}

QList<CommissionReview> CommissionReviewModel::reviews() const
{
    QList<CommissionReview> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.review);
    return out;
}

int CommissionReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommissionReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CommissionReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= int(Column::Count))
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const Row &r = m_rows[index.row()];
    switch (Column(index.column())) {
    case Column::Case:
        return r.number;
    case Column::Decision:
        return r.decisionLabel;
    case Column::Note:
        return r.review.note;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CommissionReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Case:
        return tr("Situation");
    case Column::Decision:
        return tr("Décision");
    case Column::Note:
        return tr("Note");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace passerelle
