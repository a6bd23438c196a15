#include "sync/SyncPhaseTimer.h"

#include <QCoreApplication>

#include <chrono>
#include <numeric>

namespace passerelle {

namespace {
using SteadyClock = std::chrono::steady_clock;

struct PhaseState
{
    bool enabled = false;
    SyncPhase current = SyncPhase::Other;
    SteadyClock::time_point since;
    SyncPhaseTimes times;
};

thread_local PhaseState t_state;

// Adds the time since the last switch to the running phase.
void flush(std::array<qint64, size_t(SyncPhase::Count)> &nanos)
{
    const SteadyClock::time_point now = SteadyClock::now();
    nanos[size_t(t_state.current)] +=
        std::chrono::duration_cast<std::chrono::nanoseconds>(now - t_state.since).count();
    t_state.since = now;
}
} // namespace

void SyncPhaseTimes::start()
{
    t_state = PhaseState();
    t_state.enabled = true;
    t_state.since = SteadyClock::now();
}

SyncPhaseTimes SyncPhaseTimes::stop()
{
    if (t_state.enabled)
        flush(t_state.times.m_nanos);
    SyncPhaseTimes out = t_state.times;
    t_state = PhaseState();
    return out;
}

qint64 SyncPhaseTimes::totalNanos() const
{
    return std::accumulate(m_nanos.cbegin(), m_nanos.cend(), qint64(0));
}

QString SyncPhaseTimes::name(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Other:
        return QCoreApplication::translate("Sync", "autre");
    case SyncPhase::Verify:
        return QCoreApplication::translate("Sync", "vérification de l'en-tête et de la signature");
    case SyncPhase::Decrypt:
        return QCoreApplication::translate("Sync", "déchiffrement");
    case SyncPhase::Decompress:
        return QCoreApplication::translate("Sync", "décompression");
    case SyncPhase::Split:
        return QCoreApplication::translate("Sync", "découpage des enregistrements");
    case SyncPhase::Decode:
        return QCoreApplication::translate("Sync", "décodage des enregistrements");
    case SyncPhase::Tombstones:
        return QCoreApplication::translate("Sync", "suppressions");
    case SyncPhase::Compare:
        return QCoreApplication::translate("Sync", "comparaison des écritures");
    case SyncPhase::Lookup:
        return QCoreApplication::translate("Sync", "lecture des métadonnées locales");
    case SyncPhase::WriteRow:
        return QCoreApplication::translate("Sync", "écriture des lignes");
    case SyncPhase::Indexes:
        return QCoreApplication::translate("Sync", "index reconstruits après remplissage");
    case SyncPhase::WriteMeta:
        return QCoreApplication::translate("Sync", "écriture des métadonnées");
    case SyncPhase::Conflicts:
        return QCoreApplication::translate("Sync", "conflits");
    case SyncPhase::ForeignKeys:
        return QCoreApplication::translate("Sync", "contrôle des parents");
    case SyncPhase::Scope:
        return QCoreApplication::translate("Sync", "périmètre (réplication partielle)");
    case SyncPhase::Bookkeeping:
        return QCoreApplication::translate("Sync", "vecteurs de version et registre");
    case SyncPhase::Commit:
        return QCoreApplication::translate("Sync", "validation de la transaction");
    case SyncPhase::Count:
        break;
    }
    return {};
}

SyncPhaseTimer::SyncPhaseTimer(SyncPhase phase)
{
    if (!t_state.enabled)
        return;
    flush(t_state.times.m_nanos);
    m_previous = t_state.current;
    t_state.current = phase;
    m_active = true;
}

SyncPhaseTimer::~SyncPhaseTimer()
{
    if (!m_active || !t_state.enabled)
        return;
    flush(t_state.times.m_nanos);
    t_state.current = m_previous;
}

} // namespace passerelle
