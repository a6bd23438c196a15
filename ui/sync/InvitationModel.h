#pragma once

#include "sync/InvitationLedger.h"

#include "common/RowTableModel.h"
#include <QDateTime>

namespace passerelle {

// One invitation issued here, as the office lists it.
struct InvitationRow
{
    InvitationRecord record;
    QString workerName; // the peer worker a laptop was invited for, empty for an office PC
    InvitationState state = InvitationState::Pending;
};

// The invitations this office issued, newest first: the device, for which worker, role,
// issued, expires, state (pending, accepted, expired, cancelled). Only pending rows are
// shown in the normal colour: the others can no longer be acted on.
class InvitationModel : public RowTableModel<InvitationRow>
{
    Q_OBJECT

public:
    enum class Column
    {
        Device,
        Worker,
        Role,
        Issued,
        Expires,
        State,
        Count
    };
    // Sorting value of a cell (dates as ms).
    static constexpr int SortRole = Qt::UserRole;

    explicit InvitationModel(QObject *parent = nullptr);

    int rowOf(const Uuid &id) const; // -1 when absent

    static QString stateText(const InvitationRow &row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const InvitationRow &r, Column column) const;
};

} // namespace passerelle
