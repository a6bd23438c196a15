#pragma once

#include "queries/ProgrammeListQuery.h"

#include <QAbstractTableModel>

namespace passerelle {

// The programmes as ProgrammeListQuery read them, one row each; answers the DirectoryRole
// roles. Archived programmes (shown on request) are greyed and say so.
class ProgrammeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Code, Name, Territory, Start, End, OpenCases, Organisation, Count };

    explicit ProgrammeListModel(QObject *parent = nullptr);

    void setRows(QList<ProgrammeListRow> rows);
    const ProgrammeListRow *rowAt(int row) const;
    const ProgrammeListRow *find(const Uuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ProgrammeListRow &r, Column column) const;
    QVariant sortValue(const ProgrammeListRow &r, Column column) const;

    QList<ProgrammeListRow> m_rows;
    QStringList m_search;
};

} // namespace passerelle
