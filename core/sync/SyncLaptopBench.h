#pragma once

#include "sync/SyncPhaseTimer.h"

#include <QString>

namespace passerelle {

// Figures of a worker laptop's first sync (passerelle-cli bench-sync --laptop-scope N).
struct SyncLaptopFigures
{
    qint64 officeCases = 0;
    qint64 scopeCases = 0;      // assigned to the laptop's worker
    double generateSeconds = 0; // the office's demo file written (not part of the sync)
    double exportSeconds = 0;   // the office's scoped change set built and bundle written
    qint64 bundleBytes = 0;
    qint64 bundleRecords = 0;
    double importSeconds = 0; // verified, decrypted and merged on the laptop
    qint64 mergedRows = 0;
    qint64 laptopCases = 0;  // case_file rows on the laptop afterwards
    bool scopeExact = false; // the laptop holds exactly the assigned cases
    SyncPhaseTimes importPhases;
};

// An office file of `officeCases` cases from the demo generator (its interventions,
// people, households, sessions…), a new peer worker assigned `scopeCases` of them spread
// over the file, a laptop paired for that worker as an invitation would pair it, then the
// office's first bundle to the laptop exported and imported. Works in `directory`.
class SyncLaptopBench
{
public:
    static SyncLaptopFigures run(const QString &directory, int scopeCases, int officeCases);
};

} // namespace passerelle
