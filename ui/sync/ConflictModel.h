#pragma once

#include "sync/SyncOverview.h"

#include "common/RowTableModel.h"

namespace passerelle {

// The logged conflicts as SyncOverview describes them, one row each: the record (table in
// words and case number or code), the field, the value kept now, the other value, who
// wrote the other one and when.
class ConflictModel : public RowTableModel<SyncConflictRow>
{
    Q_OBJECT

public:
    enum class Column
    {
        Record,
        Field,
        Current,
        Other,
        Who,
        When,
        Count
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit ConflictModel(QObject *parent = nullptr);

    int rowOf(const QByteArray &conflictId) const; // -1 when absent

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SyncConflictRow &r, Column column) const;
};

} // namespace passerelle
