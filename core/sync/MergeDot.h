#pragma once

#include "util/Uuid.h"

#include <QtGlobal>

namespace passerelle {

class SyncMetadata;

// A write as the merge compares them: its replica, its counter there, its clock.
struct MergeDot
{
    Uuid origin;
    qint64 counter = 0;
    qint64 hlc = 0;
};

// What this replica holds of a row: whether it exists, and the write that said so.
struct MergeRowMeta
{
    bool alive = true;
    MergeDot dot;
};

// Whether write `w` had seen write `v` when it was made: the same replica's earlier
// write, or one its causal context (SyncMetadata::contextOf) covers.
bool hadSeen(SyncMetadata &meta, const MergeDot &w, const MergeDot &v);

} // namespace passerelle
