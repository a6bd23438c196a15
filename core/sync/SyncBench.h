#pragma once

#include "sync/SyncPhaseTimer.h"

#include <QString>

namespace passerelle {

// Figures of the sync engine's benchmark (passerelle-cli bench-sync).
struct SyncBenchFigures
{
    qint64 rows = 0;
    double insertPlainSeconds = 0;    // triggers absent
    double insertCapturedSeconds = 0; // triggers recording every row
    double exportSeconds = 0;         // change set built and bundle written
    qint64 bundleBytes = 0;
    double importSeconds = 0; // bundle verified, decrypted and merged in one transaction
    qint64 mergedRows = 0;
    double mergeSeconds = 0;     // the merge alone, inside the import (MergeReport::mergeNanos)
    SyncPhaseTimes importPhases; // where the import's time went

    double captureOverhead() const
    {
        return insertPlainSeconds > 0 ? insertCapturedSeconds / insertPlainSeconds - 1.0 : 0;
    }
};

// Inserts `rows` interventions in a database without capture and in one with it, then
// ships them to a fresh paired replica in one bundle. Works in `directory`.
class SyncBench
{
public:
    static SyncBenchFigures run(const QString &directory, qint64 rows);
};

} // namespace passerelle
