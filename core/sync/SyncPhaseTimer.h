#pragma once

#include <QString>

#include <array>

namespace passerelle {

// Where an import spends its time. Each moment is counted in one phase only: a phase
// opened inside another pauses it (see SyncPhaseTimer).
enum class SyncPhase
{
    Other,       // not attributed (the reader's setup, the bench's own calls)
    Verify,      // header decoded, signature checked, sender and registry looked up
    Decrypt,     // secretstream pulls, trailer
    Decompress,  // chunks inflated and joined
    Split,       // the body cut into records
    Decode,      // CBOR records into ChangeRecord values
    Tombstones,  // deletions applied
    Compare,     // the merge's own logic per row: which writes are new, which win
    Lookup,      // local metadata and live values read for each row
    WriteRow,    // the winning values written into the entity tables
    Indexes,     // secondary indexes of a table filled from empty, built again
    WriteMeta,   // local_sync_row / local_sync_cell written
    Conflicts,   // losers logged, dominated ones closed
    ForeignKeys, // parents of written rows checked, orphans set aside
    Scope,       // partial replication: eviction, stale cases, scope hash
    Bookkeeping, // version vector, epochs, peer knowledge, applied-bundle registry
    Commit,      // the transaction's COMMIT (foreign keys checked, pages written)
    Count
};

// Phase times of one measured stretch of work on this thread (nanoseconds).
class SyncPhaseTimes
{
public:
    // Starts measuring on this thread, from zero. Cheap to leave off: every SyncPhaseTimer
    // then costs one test of a thread-local flag.
    static void start();
    // Stops measuring and returns what was counted since start().
    static SyncPhaseTimes stop();

    qint64 nanos(SyncPhase phase) const { return m_nanos[size_t(phase)]; }
    qint64 totalNanos() const;
    static QString name(SyncPhase phase); // French, for the bench's table

private:
    friend class SyncPhaseTimer;
    std::array<qint64, size_t(SyncPhase::Count)> m_nanos{};
};

// Counts the time until its destruction in `phase`, pausing the phase it interrupts.
class SyncPhaseTimer
{
public:
    explicit SyncPhaseTimer(SyncPhase phase);
    ~SyncPhaseTimer();
    SyncPhaseTimer(const SyncPhaseTimer &) = delete;
    SyncPhaseTimer &operator=(const SyncPhaseTimer &) = delete;

private:
    SyncPhase m_previous = SyncPhase::Other;
    bool m_active = false;
};

} // namespace passerelle
