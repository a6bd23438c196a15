#include "sync/MergeDot.h"

#include "sync/SyncMetadata.h"

namespace passerelle {

bool hadSeen(SyncMetadata &meta, const MergeDot &w, const MergeDot &v)
{
    if (w.origin == v.origin)
        return v.counter <= w.counter;
    return meta.contextOf(w.origin, w.counter).value(v.origin) >= v.counter;
}

} // namespace passerelle
