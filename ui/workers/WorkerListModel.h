#pragma once

#include "queries/WorkerListQuery.h"

#include <QAbstractTableModel>

namespace passerelle {

// The workers as WorkerListQuery read them, one row each; answers the DirectoryRole roles.
// Inactive and archived workers are greyed and say so.
class WorkerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Code, Role, Profession, Fte, Trained, Active, OpenCases,
                        Organisation, Count };

    explicit WorkerListModel(QObject *parent = nullptr);

    void setRows(QList<WorkerListRow> rows);
    const WorkerListRow *rowAt(int row) const;
    const WorkerListRow *find(const Uuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const WorkerListRow &r, Column column) const;
    QVariant sortValue(const WorkerListRow &r, Column column) const;

    QList<WorkerListRow> m_rows;
    QStringList m_search;
};

} // namespace passerelle
