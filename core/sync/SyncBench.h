#pragma once

#include "sync/SyncPhaseTimer.h"

#include <QString>

namespace passerelle {

// Figures of the sync engine's benchmark (passerelle-cli bench-sync).
// One bundle sent from the office and merged by the other replica.
struct SyncBenchRound
{
    double exportSeconds = 0; // change set built and bundle written
    qint64 bundleBytes = 0;
    double importSeconds = 0; // bundle verified, decrypted and merged in one transaction
    qint64 mergedRows = 0;    // rows inserted or updated
    double mergeSeconds = 0;  // the merge alone, inside the import (MergeReport::mergeNanos)
    SyncPhaseTimes importPhases; // where the import's time went
};

struct SyncBenchFigures : SyncBenchRound // the first bundle: every row new to the recipient
{
    qint64 rows = 0;
    double insertPlainSeconds = 0;    // triggers absent
    double insertCapturedSeconds = 0; // triggers recording every row
    // Then every row edited at the office (two fields) and sent again: rows the recipient
    // holds, each compared with its metadata and updated.
    double editSeconds = 0;
    SyncBenchRound edited;

    double captureOverhead() const
    {
        return insertPlainSeconds > 0 ? insertCapturedSeconds / insertPlainSeconds - 1.0 : 0;
    }
};

// Inserts `rows` interventions in a database without capture and in one with it, then
// ships them to a fresh paired replica in one bundle; then edits them all and ships the
// edits. Works in `directory`.
class SyncBench
{
public:
    static SyncBenchFigures run(const QString &directory, qint64 rows);
};

} // namespace passerelle
