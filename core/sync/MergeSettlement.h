#pragma once

#include "sync/MergeDot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace passerelle {

class MergeConflictLog;
class MergeOrphanRepair;
class MergeRowMetadata;
struct SyncTable;

// What the merge decided for one row, to settle once the row's values are written
// (ChangeMerger decides; MergeWriteBatch may write the values later, many to a statement).
struct RowSettlement
{
    struct Loser
    {
        QString column;
        QString value;
        MergeDot dot;
    };
    QByteArray key;
    bool alive = true;                 // as the incoming row says
    bool aliveAfter = true;            // as the merge leaves it
    bool rowWon = false;               // the incoming row's own write won
    bool fresh = false;                // new here: its row metadata is written with its values
    std::optional<MergeRowMeta> local; // the row's metadata here before the merge
    QHash<int, MergeDot> cells;        // its fields' own writes here, by unit
    std::optional<MergeDot> rowDot;    // the incoming row's write, when new here
    QList<QPair<QString, MergeDot>> closers; // incoming writes that may close losers
    QList<Loser> losers;                     // concurrent writes that lost
    QList<QPair<int, MergeDot>> won;         // units taking the incoming write
};

// Settles a written row: losers closed and recorded in the conflict log, the row's and its
// fields' sync metadata, the row noted for the parents' check.
class MergeSettlement
{
public:
    MergeSettlement(MergeConflictLog &conflicts, MergeRowMetadata &metadata,
                    MergeOrphanRepair &orphans)
        : m_conflicts(conflicts), m_metadata(metadata), m_orphans(orphans)
    {
    }

    void settle(const SyncTable &t, const RowSettlement &s) const;

private:
    MergeConflictLog &m_conflicts;
    MergeRowMetadata &m_metadata;
    MergeOrphanRepair &m_orphans;
};

} // namespace passerelle
