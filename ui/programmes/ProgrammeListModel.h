#pragma once

#include "queries/ProgrammeListQuery.h"

#include "directory/DirectoryTableModel.h"

namespace passerelle {

// The programmes as ProgrammeListQuery read them, one row each; answers the DirectoryRole
// roles. Archived programmes (shown on request) are greyed and say so.
class ProgrammeListModel : public DirectoryTableModel<ProgrammeListRow>
{
    Q_OBJECT

public:
    enum class Column { Code, Name, Territory, Start, End, OpenCases, Organisation, Count };

    explicit ProgrammeListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString searchText(const ProgrammeListRow &r) const override;
    QVariant display(const ProgrammeListRow &r, int column) const override;
    QVariant sortValue(const ProgrammeListRow &r, int column) const override;
    bool isNumeric(int column) const override;
};

} // namespace passerelle
