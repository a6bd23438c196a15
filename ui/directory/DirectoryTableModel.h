#pragma once

#include "directory/DirectoryFilterModel.h"
#include "util/Uuid.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace passerelle {

// The table under a directory page: rows read by a list query (value snapshots), one per
// record, answering the DirectoryRole roles DirectoryList filters and sorts by. `Row` has an
// `id` (Uuid) and `archived` (bool). A page's model says what each column shows; this class
// keeps the rows, their folded search text and the roles every directory shares, so that
// archived records are greyed and numbers right-aligned the same way on every page.
template <typename Row> class DirectoryTableModel : public QAbstractTableModel
{
public:
    DirectoryTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent), m_columns(columns)
    {
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_search.clear();
        m_search.reserve(m_rows.size());
        for (const Row &r : std::as_const(m_rows))
            m_search.append(DirectoryFilterModel::fold(searchText(r)));
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    const Row *find(const Uuid &id) const
    {
        for (const Row &r : m_rows)
            if (r.id == id)
                return &r;
        return nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &r = m_rows[index.row()];
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return display(r, column);
        case Qt::ToolTipRole:
            return toolTip(r, column);
        case DirectoryRole::Sort:
            return sortValue(r, column);
        case DirectoryRole::Id:
            return QVariant::fromValue(r.id);
        case DirectoryRole::Archived:
            return r.archived;
        case DirectoryRole::Search:
            return m_search.value(index.row());
        case Qt::TextAlignmentRole:
            return isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                     : QVariant();
        case Qt::ForegroundRole:
            if (isGreyed(r))
                return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
            return {};
        default:
            return {};
        }
    }

protected:
    // What the search field matches for a row (folded here: case and accents ignored).
    virtual QString searchText(const Row &r) const = 0;
    virtual QVariant display(const Row &r, int column) const = 0;
    // Dates and numbers sort by value, not by their French text.
    virtual QVariant sortValue(const Row &r, int column) const { return display(r, column); }
    virtual QVariant toolTip(const Row &, int) const { return {}; }
    virtual bool isNumeric(int) const { return false; }
    virtual bool isGreyed(const Row &r) const { return r.archived; }

private:
    int m_columns;
    QList<Row> m_rows;
    QStringList m_search;
};

} // namespace passerelle
