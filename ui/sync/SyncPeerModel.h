#pragma once

#include "sync/SyncOverview.h"

#include <QAbstractTableModel>

namespace passerelle {

// The paired devices as SyncOverview lists them, one row each: name, role, last exchange,
// transactions waiting for them, revoked or not. Revoked devices are greyed.
class SyncPeerModel : public QAbstractTableModel
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

    void setRows(QList<SyncPeerRow> rows);
    const SyncPeerRow *rowAt(int row) const;
    int rowOf(const Uuid &replicaId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SyncPeerRow &r, Column column) const;

    QList<SyncPeerRow> m_rows;
};

} // namespace passerelle
