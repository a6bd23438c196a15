#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace passerelle {

// A table over a list of value snapshots (household members, assignments, partners
// mobilised, status history, commission decisions): each column says how it shows a row.
// The case file's small lists differ only in their columns, so they share this model; the
// owner keeps an enum of its columns in the order it gives them. Rows change only through
// setRows / append / replace / remove, which notify the views.
template <typename Row> class SnapshotListModel : public QAbstractTableModel
{
public:
    struct Column
    {
        using Show = std::function<QVariant(const Row &)>;
        // (A constructor rather than default member initialisers: g++ 12 crashes on those in
        // a class template's nested struct.)
        Column(QString header, Show display, Show toolTip = Show(),
               Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
            : header(std::move(header)), display(std::move(display)), toolTip(std::move(toolTip)),
              alignment(alignment)
        {
        }
        QString header;
        Show display;
        Show toolTip; // empty: the displayed text
        Qt::Alignment alignment;
    };

    explicit SnapshotListModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    void append(Row row)
    {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(std::move(row));
        endInsertRows();
    }
    void replace(int row, Row value)
    {
        m_rows[row] = std::move(value);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    void remove(int row)
    {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Column &column = m_columns.at(index.column());
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case Qt::ToolTipRole:
            return column.toolTip ? column.toolTip(row) : column.display(row);
        case Qt::TextAlignmentRole:
            return int(column.alignment);
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace passerelle
