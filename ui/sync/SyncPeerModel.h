#pragma once

#include "sync/SyncOverview.h"

#include "common/RowTableModel.h"

namespace passerelle {

// The paired devices as SyncOverview lists them, one row each: name, role, last exchange,
// transactions waiting for them, revoked or not. Revoked devices are greyed.
class SyncPeerModel : public RowTableModel<SyncPeerRow>
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Role,
        LastExchange,
        Pending,
        State,
        Count
    };
    // Sorting value of a cell (dates as ms, counts as numbers).
    static constexpr int SortRole = Qt::UserRole;

    explicit SyncPeerModel(QObject *parent = nullptr);

    int rowOf(const Uuid &replicaId) const; // -1 when absent

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SyncPeerRow &r, Column column) const;
};

} // namespace passerelle
