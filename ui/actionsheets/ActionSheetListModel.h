#pragma once

#include "actionsheets/ActionSheetListQuery.h"

#include <QAbstractTableModel>

namespace passerelle {

// The action sheets as ActionSheetListQuery read them, one row each; answers the
// DirectoryRole roles so that DirectoryList searches and sorts it. Archived sheets (shown on
// request) are greyed and say so.
class ActionSheetListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Number, Title, Programme, Period, ChainedFrom, Indicators, Count };

    explicit ActionSheetListModel(QObject *parent = nullptr);

    void setRows(QList<ActionSheetListRow> rows);
    const ActionSheetListRow *find(const Uuid &id) const;

    // "2026", "01/01/2026 – 31/12/2026", "2024 – 2026": what the list and questions call the
    // sheet's period.
    static QString periodText(const ActionSheetListRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ActionSheetListRow &r, Column column) const;
    QVariant sortValue(const ActionSheetListRow &r, Column column) const;

    QList<ActionSheetListRow> m_rows;
    QStringList m_search;
};

} // namespace passerelle
