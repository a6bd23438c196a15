#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace passerelle {

// A read-only table over a list of value snapshots that a query or a core read model
// produced (paired devices, conflicts, invitations, the review queue): the rows, their count
// and the number of columns. A page's model says what each column shows and finds its rows by
// their key with findRow(); rows change only through setRows, which resets the views.
template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    RowTableModel(int columns, QObject *parent) : QAbstractTableModel(parent), m_columns(columns) {}

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    // Null outside the table.
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    // The first row for which `matches(row)` holds; -1 when there is none.
    template <typename Predicate> int findRow(Predicate matches) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (matches(m_rows[i]))
                return int(i);
        return -1;
    }

private:
    int m_columns;
    QList<Row> m_rows;
};

} // namespace passerelle
