#pragma once

#include "util/Uuid.h"

#include <QList>
#include <QString>

namespace passerelle {

// A file of the sync folder that was addressed to this replica and refused. It stays in
// the folder (a later "Sync now" retries it, e.g. once the sender is paired).
struct SyncFolderRefusal
{
    QString fileName;
    QString code;    // BundleError code ("truncated", "unknown-sender"…) or "merge"
    QString message; // French, for the person
};

// A bundle that could not be left for a peer (folder full, read-only, gone meanwhile).
struct SyncFolderUnsent
{
    Uuid peer;
    QString message; // French
};

// What one "Sync now" exchanged with one paired replica.
struct SyncFolderPeerReport
{
    Uuid peer;
    QString peerName;
    QString sentFile;    // file name left in the folder for it, empty when nothing was sent
    qint64 sentRows = 0; // row changes in that bundle
    qint64 sentDeletions = 0;
    int receivedBundles = 0; // its bundles merged here
    qint64 receivedRows = 0; // rows inserted, updated or removed here by them
    qint64 conflicts = 0;    // concurrent losers logged while merging them
    qint64 reviewed = 0;     // rows sent to the review queue
};

// Stages reported to the progress callback.
enum class SyncFolderStage
{
    Scanning,
    Importing,
    Exporting,
    Finished
};

struct SyncFolderProgress
{
    SyncFolderStage stage = SyncFolderStage::Scanning;
    int done = 0;  // steps finished (files read, bundles written)
    int total = 0; // steps known so far
    QString fileName;
};

// The outcome of SyncFolder::syncNow.
struct SyncFolderReport
{
    QList<SyncFolderPeerReport> peers; // paired replicas, by name
    QList<SyncFolderRefusal> refused;
    QList<SyncFolderUnsent> unsent;
    int alreadyApplied = 0;  // files of ours read before: moved away, nothing changed
    int otherRecipients = 0; // files for other replicas, left alone
    bool cancelled = false;  // stopped between two files; what was done is kept
    int pruned = 0;          // bundles older than the retention removed from "traité"

    qint64 receivedRows() const;
    qint64 sentRows() const;
};

} // namespace passerelle
