#include "sync/MergeSettlement.h"

#include "sync/MergeConflictLog.h"
#include "sync/MergeOrphanRepair.h"
#include "sync/MergeRowMetadata.h"
#include "sync/SyncLayout.h"

#include <algorithm>

namespace passerelle {

void MergeSettlement::settle(const SyncTable &t, const RowSettlement &s) const
{
    for (const auto &[column, d] : s.closers)
        m_conflicts.closeDominated(t, s.key, column, d);
    for (const RowSettlement::Loser &l : s.losers)
        m_conflicts.record(t, s.key, l.column, l.value, l.dot);

    if (s.rowWon && !s.fresh) { // a fresh row's metadata is written with its values
        // Units that keep their local write must not take the row's new one by default.
        if (s.local)
            for (const SyncUnit &u : t.units)
                if (!s.cells.contains(u.index) &&
                    std::none_of(s.won.cbegin(), s.won.cend(),
                                 [&](const auto &w) { return w.first == u.index; }))
                    m_metadata.writeCell(t, s.key, u.index, s.local->dot);
        m_metadata.writeRow(t, s.key, s.alive, *s.rowDot);
    }
    for (const auto &[idx, d] : s.won) {
        const bool isRowWrite =
            s.rowDot && s.rowWon && d.origin == s.rowDot->origin && d.counter == s.rowDot->counter;
        if (isRowWrite) {
            // The unit now follows the row's write: a cell write of its own, if any, goes
            // (a row new here has none: the common case of a first exchange costs nothing).
            if (s.cells.contains(idx))
                m_metadata.dropCell(t, s.key, idx);
        } else {
            m_metadata.writeCell(t, s.key, idx, d);
        }
    }
    if (!s.aliveAfter) {
        // As the removal's capture trigger does at its origin.
        m_metadata.dropCells(t, s.key);
        m_conflicts.dropRow(t, s.key, true);
    } else {
        m_orphans.touched(t, s.key);
    }
}

} // namespace passerelle
