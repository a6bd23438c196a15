#include "reports/ReviewTableModel.h"

namespace passerelle {

ReviewTableModel::ReviewTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewTableModel::setTable(ReviewTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<ReviewCell> &row = m_table.rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const ReviewCell &cell = row.at(index.column());
    const bool number = cell.type == ReviewCell::Type::Integer || cell.type == ReviewCell::Type::Decimal
                     || cell.type == ReviewCell::Type::Percent;
    switch (role) {
    case Qt::DisplayRole:
        return cell.displayText();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::UserRole:
        if (cell.type == ReviewCell::Type::Integer)
            return cell.integer;
        if (number)
            return cell.number;
        return cell.text;
    default:
        return {};
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).title;
    return {};
}

} // namespace passerelle
