#include "sync/SyncFolder.h"

#include "storage/Database.h"
#include "sync/BundleFormat.h"
#include "sync/BundleHeader.h"
#include "sync/BundleReader.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLogging.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace passerelle {

namespace {
const QString kSuffix = QStringLiteral(".passerelle-sync");
const QString kPartSuffix = QStringLiteral(".part");

// The signed header in clear, read without verifying anything: only to know whom a file
// is for and in which order to merge. The reader verifies everything before a merge.
std::optional<BundleHeader> peekHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray preamble = file.read(BundleFormat::kPreambleBytes);
    if (preamble.size() != BundleFormat::kPreambleBytes ||
        !preamble.startsWith(BundleFormat::magic()))
        return std::nullopt;
    const qint64 length = qFromLittleEndian<quint32>(preamble.constData() + 10);
    if (length < 1 || length > BundleFormat::kMaxHeaderBytes)
        return std::nullopt;
    const QByteArray header = file.read(length);
    if (header.size() != length)
        return std::nullopt;
    return BundleHeader::fromCbor(header);
}

struct Incoming
{
    QString path;
    QString name;
    std::optional<BundleHeader> header; // empty: unreadable, maybe ours
};

SyncFolderPeerReport &reportFor(SyncFolderReport &report, const Uuid &peer)
{
    for (SyncFolderPeerReport &p : report.peers)
        if (p.peer == peer)
            return p;
    report.peers.append(SyncFolderPeerReport{});
    report.peers.last().peer = peer;
    return report.peers.last();
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}
} // namespace

SyncFolder::SyncFolder(Database &db, const ReplicaKeys &keys, const Clock &clock)
    : m_db(db), m_keys(keys), m_clock(clock)
{
}

QString SyncFolder::fileNameFor(const BundleHeader &header)
{
    return header.sender.toString() + QLatin1Char('_') + header.recipient.toString() +
           QLatin1Char('_') + header.bundleId.toString() + kSuffix;
}

QString SyncFolder::processedSubfolder()
{
    return QStringLiteral("traité");
}

SyncFolderReport SyncFolder::syncNow(const QString &folderPath, const ProgressCallback &progress,
                                     const std::atomic_bool *cancel) const
{
    const QDir folder(folderPath);
    if (folderPath.isEmpty() || !QFileInfo(folderPath).isDir())
        throw StorageError(SyncText::tr("Le dossier de synchronisation %1 est introuvable (lecteur "
                                        "débranché, partage réseau absent ?).")
                               .arg(QDir::toNativeSeparators(folderPath)));
    const auto tell = [&](SyncFolderStage stage, int done, int total, const QString &name) {
        if (progress)
            progress(SyncFolderProgress{stage, done, total, name});
    };
    const SyncEngine engine(m_db, m_keys, m_clock);
    const Uuid self = m_keys.replicaId();
    const QString selfPrefix = self.toString() + QLatin1Char('_');
    SyncFolderReport report;
    QList<ReplicaPeer> peers = PeerDirectory(m_db).list();
    peers.erase(std::remove_if(peers.begin(), peers.end(),
                               [](const ReplicaPeer &p) { return p.isRevoked(); }),
                peers.end());
    for (const ReplicaPeer &p : peers)
        reportFor(report, p.replicaId).peerName = p.displayName;

    // 1. Scan: the files addressed to this replica, by their signed header.
    tell(SyncFolderStage::Scanning, 0, 0, QString());
    const QStringList names =
        folder.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    QList<Incoming> incoming;
    for (const QString &name : names) {
        Incoming in{folder.filePath(name), name, peekHeader(folder.filePath(name))};
        if (in.header && in.header->sender == self)
            continue; // written here, for a peer
        if (in.header && in.header->recipient != self) {
            ++report.otherRecipients;
            continue;
        }
        incoming.append(in);
    }
    // Oldest first, so that a sender's bundles merge in the order they were written (a
    // newer one carries the older one's changes too: the older is then a no-op).
    std::stable_sort(incoming.begin(), incoming.end(), [](const Incoming &a, const Incoming &b) {
        if (!a.header || !b.header)
            return bool(a.header) && !b.header;
        if (a.header->createdAtMs != b.header->createdAtMs)
            return a.header->createdAtMs < b.header->createdAtMs;
        return a.header->bundleId < b.header->bundleId;
    });

    const int total = int(incoming.size() + peers.size());
    int done = 0;
    bool merged = false;
    const QString processedDir = folder.filePath(processedSubfolder());
    const auto putAway = [&](const Incoming &in) {
        if (m_processed == Processed::MoveToSubfolder && QDir().mkpath(processedDir)) {
            const QString target = QDir(processedDir).filePath(in.name);
            QFile::remove(target);
            if (QFile::rename(in.path, target)) {
                // A rename keeps the time the bundle was written; pruning counts from the
                // day it was put away, so that an old bundle read today is kept N days too.
                QFile moved(target);
                if (moved.open(QIODevice::ReadWrite))
                    moved.setFileTime(m_clock.now(), QFileDevice::FileModificationTime);
                return;
            }
        }
        // Not movable (read-only share…): removed; failing that it stays, and the next
        // "Sync now" finds it already applied and tries again.
        QFile::remove(in.path);
    };

    // 2. Import, each file in its own transaction; a refusal never stops the others.
    for (const Incoming &in : incoming) {
        if (cancelled(cancel)) {
            report.cancelled = true;
            break;
        }
        tell(SyncFolderStage::Importing, done, total, in.name);
        try {
            const SyncImport result = engine.importFile(in.path);
            if (result.read.isNoOp()) {
                ++report.alreadyApplied;
                putAway(in);
            } else if (!result.read.isVerified()) {
                report.refused.append({in.name, toCode(result.read.error), result.read.message});
            } else {
                const MergeReport &m = result.merge;
                SyncFolderPeerReport &p = reportFor(report, result.read.header->sender);
                ++p.receivedBundles;
                p.receivedRows += m.rowsInserted + m.rowsUpdated + m.rowsRemoved;
                p.conflicts += m.conflictsRecorded;
                p.reviewed += m.reviewed;
                merged = true;
                putAway(in);
            }
        } catch (const Error &e) {
            // A merge refused whole (a gap in the dots: typically a restored database) or a
            // file that cannot be opened: reported like any refusal, the rest goes on.
            report.refused.append({in.name, QStringLiteral("merge"), e.message()});
        }
        ++done;
    }

    // 3. Export: one bundle per paired replica that has something to learn (changes it
    // lacks, or, after a merge here, this replica's new knowledge as acknowledgement).
    for (const ReplicaPeer &peer : peers) {
        if (report.cancelled || cancelled(cancel)) {
            report.cancelled = true;
            break;
        }
        tell(SyncFolderStage::Exporting, done, total, peer.displayName);
        const QString part = folder.filePath(QLatin1Char('.') + selfPrefix +
                                             peer.replicaId.toString() + kPartSuffix);
        SyncExport written;
        try {
            written = engine.exportToFile(peer.replicaId, part);
        } catch (const StorageError &e) {
            // A full or read-only folder: what was merged above stays merged; the person is
            // told which peer got nothing.
            report.unsent.append({peer.replicaId, e.message()});
            ++done;
            continue;
        }
        if (written.header.ranges.isEmpty() && !merged) {
            QFile::remove(part);
        } else {
            const QString name = fileNameFor(written.header);
            if (!QFile::rename(part, folder.filePath(name))) {
                QFile::remove(part);
                report.unsent.append(
                    {peer.replicaId,
                     SyncText::tr("Impossible de déposer le paquet %1 dans le dossier de "
                                  "synchronisation.")
                         .arg(name)});
                ++done;
                continue;
            }
            // The new bundle carries everything an older one still waiting did.
            const QString older = selfPrefix + peer.replicaId.toString() + QLatin1Char('_');
            for (const QString &old :
                 folder.entryList({older + QLatin1Char('*') + kSuffix}, QDir::Files))
                if (old != name)
                    QFile::remove(folder.filePath(old));
            SyncFolderPeerReport &p = reportFor(report, peer.replicaId);
            p.sentFile = name;
            p.sentRows = written.rowChanges;
            p.sentDeletions = written.tombstones;
        }
        ++done;
    }
    if (!report.cancelled)
        report.pruned = pruneProcessed(folderPath);
    tell(SyncFolderStage::Finished, done, total, QString());
    qCInfo(lcSync) << "sync folder:" << incoming.size() << "files for this replica,"
                   << report.refused.size() << "refused," << report.unsent.size()
                   << "bundles not written," << report.alreadyApplied << "already applied,"
                   << report.otherRecipients << "for others," << report.pruned << "pruned";
    return report;
}

int SyncFolder::pruneProcessed(const QString &folderPath) const
{
    if (m_retentionDays <= 0)
        return 0;
    const QDir processed(QDir(folderPath).filePath(processedSubfolder()));
    if (!processed.exists())
        return 0;
    const QDateTime limit = m_clock.now().addDays(-m_retentionDays);
    int removed = 0;
    // Only bundles: anything else a person put in the folder is theirs to keep.
    const QFileInfoList files =
        processed.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files);
    for (const QFileInfo &file : files)
        if (file.lastModified().toUTC() < limit && QFile::remove(file.filePath()))
            ++removed;
    return removed;
}

} // namespace passerelle
