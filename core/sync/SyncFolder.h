#pragma once

#include "sync/SyncFolderReport.h"
#include "util/Clock.h"

#include <QString>

#include <atomic>
#include <functional>

namespace passerelle {

class Database;
class ReplicaKeys;
struct BundleHeader;

// The sync-folder transport (docs/sync-pairing.md): a folder that several replicas see (a
// network share, a USB drive passed around) where each drops one bundle per paired replica
// and picks up those addressed to it. One call is the "Sync now" button: read first (so
// the bundles written next acknowledge what was just merged), then write.
//
// - Files are recognised by the recipient in their signed header, never by their name.
// - They are merged oldest first; one already applied is skipped silently; one refused is
//   reported (name and reason), left in place, and the others are still processed.
// - Files merged or already applied here are moved to the "traité" subfolder, and removed
//   from it once they have been there longer than the retention (30 days by default).
// - Bundles are written under a hidden temporary name then renamed, so a reader never sees
//   half a file; a newer bundle for a peer replaces the older one still waiting (it carries
//   everything the older one did).
//
// No GUI code: the desktop calls syncNow() on a worker thread with its own Database, shows
// the progress callback and sets the cancellation flag, which is honoured between files
// (a merge, being one transaction, is never interrupted halfway).
class SyncFolder
{
public:
    using ProgressCallback = std::function<void(const SyncFolderProgress &)>;

    enum class Processed
    {
        MoveToSubfolder, // into <folder>/traité/ (default: the files stay at hand)
        Remove
    };

    SyncFolder(Database &db, const ReplicaKeys &keys, const Clock &clock = systemClock());

    void setProcessed(Processed processed) { m_processed = processed; }
    // Days a bundle stays in "traité" before syncNow removes it; 0 keeps them forever.
    void setRetentionDays(int days) { m_retentionDays = days; }
    int retentionDays() const { return m_retentionDays; }
    static constexpr int kDefaultRetentionDays = 30;

    // Throws StorageError when the folder does not exist; a bundle that cannot be written
    // is reported in `unsent`, a file refused in `refused`. `progress` is called on the
    // calling thread (the UI forwards it to the GUI thread with a queued signal); `cancel`
    // may be set from any thread.
    SyncFolderReport syncNow(const QString &folder, const ProgressCallback &progress = {},
                             const std::atomic_bool *cancel = nullptr) const;

    // "<sender>_<recipient>_<bundle>.passerelle-sync", ids in canonical form.
    static QString fileNameFor(const BundleHeader &header);
    static QString processedSubfolder(); // "traité"

    // Removes the bundles put away in <folder>/traité more than retentionDays() ago (by the
    // clock: their modification time is set when they are put away). Other files stay.
    // Returns how many were removed; syncNow calls it after a sync that was not cancelled.
    int pruneProcessed(const QString &folder) const;

private:
    Database &m_db;
    const ReplicaKeys &m_keys;
    const Clock &m_clock;
    Processed m_processed = Processed::MoveToSubfolder;
    int m_retentionDays = kDefaultRetentionDays;
};

} // namespace passerelle
