#pragma once

#include "queries/WorkerListQuery.h"

#include "directory/DirectoryTableModel.h"

namespace passerelle {

// The workers as WorkerListQuery read them, one row each; answers the DirectoryRole roles.
// Inactive and archived workers are greyed and say so.
class WorkerListModel : public DirectoryTableModel<WorkerListRow>
{
    Q_OBJECT

public:
    enum class Column { Name, Code, Role, Profession, Fte, Trained, Active, OpenCases,
                        Organisation, Count };

    explicit WorkerListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString searchText(const WorkerListRow &r) const override;
    QVariant display(const WorkerListRow &r, int column) const override;
    QVariant sortValue(const WorkerListRow &r, int column) const override;
    bool isNumeric(int column) const override;
    bool isGreyed(const WorkerListRow &r) const override;
};

} // namespace passerelle
