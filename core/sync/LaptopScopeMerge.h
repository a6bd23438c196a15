#pragma once

#include "sync/BundleHeader.h"
#include "sync/ChangeRecord.h"
#include "sync/MergeDot.h"
#include "sync/SyncLayout.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

struct sqlite3;

namespace passerelle {

class SyncRowAccess;
struct MergeReport;

// The merge rules of partial replication, on a worker's laptop (a change set carrying a
// ScopeChange): which writes of a case entering the scope are new here, which cases leave,
// which are stale, and whether the sender's view of the laptop drifted from what it holds.
class LaptopScopeMerge
{
public:
    LaptopScopeMerge(sqlite3 *db, const SyncLayout &layout, SyncRowAccess &rows);

    // A laptop's version vector covers writes it never received: rows outside its scope
    // were held back from it. A case entering the scope arrives whole, and any write that
    // differs from the one held here is merged as new (one the laptop had received and
    // overwritten since is dominated by its own, and loses without a conflict). `rowDot`
    // and `units` come in with the writes new by the version vector (`before`), and leave
    // with those to merge. `held`/`heldCells`: this laptop's metadata of the row.
    static void widen(const SyncTable &t, const RowChange &row,
                      const std::optional<MergeRowMeta> &held,
                      const QHash<int, MergeDot> &heldCells, const QList<Uuid> &replicas,
                      const VersionVector &before, const Uuid &self,
                      std::optional<MergeDot> *rowDot,
                      QList<QPair<const UnitChange *, MergeDot>> *units);

    // After the rows: the cases that left the scope are evicted (ScopeEviction), and the
    // cases held here that the sender could not ship whole are marked stale.
    void settle(const ScopeChange &scope, const BundleHeader &header, const VersionVector &before,
                const Uuid &self, MergeReport &report);

    // On a laptop, a row of a case-bound table whose case-bound parent it does not hold is
    // not a broken invariant: the sender believed the case was here whole (a bundle lost,
    // an older scope); the laptop's scope hash makes it send the case whole again. The row
    // is set aside without a review entry.
    static bool setsAsideSilently(const QString &table, const QString &parentTable);

    // The sender's view of this laptop's cases (the header's scope hash) against what it
    // holds now; false when the header carries none.
    static bool drifted(sqlite3 *db, const BundleHeader &header);

private:
    sqlite3 *m_db;
    const SyncLayout &m_layout;
    SyncRowAccess &m_rows;
};

} // namespace passerelle
