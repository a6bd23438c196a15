#include "sync/SyncFolderReport.h"

namespace passerelle {

qint64 SyncFolderReport::receivedRows() const
{
    qint64 total = 0;
    for (const SyncFolderPeerReport &p : peers)
        total += p.receivedRows;
    return total;
}

qint64 SyncFolderReport::sentRows() const
{
    qint64 total = 0;
    for (const SyncFolderPeerReport &p : peers)
        total += p.sentRows;
    return total;
}

} // namespace passerelle
