#include "sync/LaptopScopeMerge.h"

#include "sync/ChangeMerger.h"
#include "sync/ScopeEviction.h"
#include "sync/SyncScope.h"

namespace passerelle {

LaptopScopeMerge::LaptopScopeMerge(sqlite3 *db, const SyncLayout &layout, SyncRowAccess &rows)
    : m_db(db), m_layout(layout), m_rows(rows)
{
}

void LaptopScopeMerge::widen(const SyncTable &t, const RowChange &row,
                             const std::optional<MergeRowMeta> &held,
                             const QHash<int, MergeDot> &heldCells, const QList<Uuid> &replicas,
                             const VersionVector &before, const Uuid &self,
                             std::optional<MergeDot> *rowDot,
                             QList<QPair<const UnitChange *, MergeDot>> *units)
{
    // The merger checked every dot of the row against the replica table already.
    auto incoming = [&](const ChangeDot &d) {
        return MergeDot{replicas.at(d.origin), d.counter, d.hlc};
    };
    auto isNew = [&](const MergeDot &d) {
        return d.origin != self && d.counter > before.value(d.origin);
    };
    auto differs = [](const MergeDot &d, const std::optional<MergeDot> &mine) {
        return !mine || mine->origin != d.origin || mine->counter != d.counter;
    };
    if (row.rowDot && !*rowDot) {
        const MergeDot d = incoming(*row.rowDot);
        if (differs(d, held ? std::optional<MergeDot>(held->dot) : std::nullopt) &&
            (held || row.alive))
            *rowDot = d;
    }
    units->clear();
    for (const UnitChange &u : row.units) {
        const MergeDot d = incoming(u.dot);
        const int idx = t.unitOf(u.columns.value(0));
        std::optional<MergeDot> mine;
        if (heldCells.contains(idx))
            mine = heldCells.value(idx);
        else if (held)
            mine = held->dot;
        if (isNew(d) || differs(d, mine))
            units->append({&u, d});
    }
}

void LaptopScopeMerge::settle(const ScopeChange &scope, const BundleHeader &header,
                              const VersionVector &before, const Uuid &self, MergeReport &report)
{
    const ScopeEviction::Result evicted =
        ScopeEviction(m_db, m_layout, m_rows).evict(scope.cases, header.versionVector.value(self));
    report.casesEvicted = evicted.evicted;
    report.evictionsDeferred = evicted.deferred;
    // A case kept out of scope misses the writes the sender holds back from now on.
    // A case carried whole is complete only if the sender knew every write this
    // laptop knows of: writes held back by another sender while the case was not
    // here are covered by this laptop's version vector, not by its rows. A stale case
    // stays out of the scope hash, so that a sender ships it whole again.
    bool complete = true;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (it.key() != self && header.versionVector.value(it.key()) < it.value())
            complete = false;
    const QList<QByteArray> held = SyncScope::held(m_db).cases();
    QList<QByteArray> stale;
    for (const QByteArray &id : SyncScope::stale(m_db) + evicted.deferredCases + scope.entering) {
        const bool whole = complete && scope.entering.contains(id);
        if (!whole && held.contains(id) && !stale.contains(id))
            stale.append(id);
    }
    SyncScope::setStale(m_db, stale);
}

bool LaptopScopeMerge::setsAsideSilently(const QString &table, const QString &parentTable)
{
    return SyncScope::isCaseBound(table) && SyncScope::isCaseBound(parentTable);
}

bool LaptopScopeMerge::drifted(sqlite3 *db, const BundleHeader &header)
{
    return !header.scopeHash.isEmpty() && SyncScope::heldHash(db) != header.scopeHash;
}

} // namespace passerelle
