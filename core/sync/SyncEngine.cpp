#include "sync/SyncEngine.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/ChangeCapture.h"
#include "sync/ChangeSetBuilder.h"
#include "sync/InvitationLedger.h"
#include "sync/PeerDirectory.h"
#include "sync/PeerScopeLedger.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncLayout.h"
#include "sync/SyncMetadata.h"
#include "sync/SyncRowAccess.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace passerelle {

SyncEngine::SyncEngine(Database &db, const ReplicaKeys &keys, const Clock &clock)
    : m_db(db), m_keys(keys), m_clock(clock)
{
}

SyncExport SyncEngine::exportTo(const Uuid &peerId, QIODevice &out) const
{
    const std::optional<ReplicaPeer> peer = PeerDirectory(m_db).find(peerId);
    if (!peer)
        throw ValidationError(QStringLiteral("to"),
                              SyncText::tr("Aucun appareil appairé ne porte l'identifiant %1.")
                                  .arg(peerId.toString()));
    // One read transaction: the metadata and the values it points to are one state.
    Transaction tx(m_db.handle(), Transaction::Mode::Deferred);
    ChangeSetBuilder builder(m_db.handle());
    std::optional<SyncScope> scope;
    if (peer->role == ReplicaRole::Laptop) // partial replication: its worker's cases only
        scope =
            PeerScopeLedger(m_db.handle())
                .prepare(builder, peerId, InvitationLedger(m_db).workerOf(peerId).value_or(Uuid()));
    const std::optional<InvitationMembership> me = InvitationLedger(m_db).membership();
    const bool laptop = me && me->role == ReplicaRole::Laptop;
    builder.setOwnChangesOnly(laptop);
    const ChangeSet set = builder.build(peerId);
    BundleHeader header;
    if (scope)
        header.scopeHash = scope->hash();
    else if (laptop)
        header.scopeHash = SyncScope::heldHash(m_db.handle()); // what this laptop holds
    tx.commit();
    header.recipient = peerId;
    header.ranges = set.ranges;
    header.versionVector = set.versionVector;
    header.createdAtMs = m_clock.nowMs();
    SyncExport result;
    result.header = BundleWriter(m_keys, m_clock).write(out, *peer, header, set.records);
    result.rowChanges = set.rowChanges;
    result.tombstones = set.tombstones;
    if (scope) // written: these cases are what the laptop holds once it imports the bundle
        PeerScopeLedger(m_db.handle()).recordSent(peerId, scope->cases());
    return result;
}

SyncExport SyncEngine::exportToFile(const Uuid &peer, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(SyncText::tr("Impossible de créer le paquet %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    SyncExport result = exportTo(peer, file);
    if (!file.commit())
        throw StorageError(SyncText::tr("Impossible d'enregistrer le paquet %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return result;
}

SyncImport SyncEngine::import(QIODevice &in) const
{
    SyncImport result;
    result.read = BundleReader(m_db, m_keys).apply(
        in,
        [&](const BundleHeader &header, const BundleRecords &records) {
            result.merge = ChangeMerger(m_db, m_clock).merge(header, records);
            // A laptop holding other cases than the ones sent to it (a lost bundle, an
            // eviction it deferred): re-scope, its next bundle carries its cases whole.
            if (!header.scopeHash.isEmpty()) {
                const std::optional<ReplicaPeer> sender = PeerDirectory(m_db).find(header.sender);
                if (sender && sender->role == ReplicaRole::Laptop)
                    PeerScopeLedger(m_db.handle()).checkReported(header.sender, header.scopeHash);
            }
        },
        m_clock);
    if (result.read.isVerified() && result.read.header)
        PeerDirectory(m_db, m_clock).recordContact(result.read.header->sender);
    return result;
}

SyncImport SyncEngine::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(SyncText::tr("Impossible d'ouvrir le paquet %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return import(file);
}

VersionVector SyncEngine::versionVector() const
{
    return SyncMetadata(m_db.handle()).versionVector();
}

QList<SyncPeerStatus> SyncEngine::status() const
{
    SyncMetadata meta(m_db.handle());
    const VersionVector mine = meta.versionVector();
    QList<SyncPeerStatus> out;
    for (const ReplicaPeer &peer : PeerDirectory(m_db).list()) {
        SyncPeerStatus s;
        s.peer = peer.replicaId;
        s.peerKnows = meta.peerKnowledge(peer.replicaId);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            s.pendingDots += std::max<qint64>(0, it.value() - s.peerKnows.value(it.key()));
        out.append(s);
    }
    return out;
}

QList<SyncConflict> SyncEngine::conflicts() const
{
    QList<SyncConflict> out;
    SqliteStatement q(m_db.handle(),
                      "SELECT conflict_id, table_name, row_key, column_name, loser_value, loser_replica, "
                      "loser_counter, loser_hlc FROM sync_conflict ORDER BY loser_hlc, conflict_id");
    const SyncLayout layout = SyncLayout::load(m_db.handle());
    SyncRowAccess rows(m_db.handle());
    while (q.step()) {
        SyncConflict c{q.blob(0), q.text(1), q.text(2), q.text(3), q.text(4),
                       Uuid::fromBytes(q.blob(5)), q.int64(6), Hlc::toMs(q.int64(7)), {}};
        const SyncTable *t = layout.find(c.table);
        const std::optional<QVariantList> values =
            t ? rows.read(*t, QByteArray::fromHex(c.rowKey.toLatin1())) : std::nullopt;
        if (c.columns == QLatin1String("*")) {
            c.currentValue = values ? QStringLiteral("1") : QStringLiteral("0");
        } else if (values) {
            QStringList current;
            for (const QString &column : c.columns.split(QLatin1Char(',')))
                for (qsizetype i = 0; i < t->info.columns.size(); ++i)
                    if (t->info.columns[i].name == column)
                        current.append(SyncRowAccess::literal(values->at(i)));
            c.currentValue = current.join(QStringLiteral(", "));
        }
        out.append(c);
    }
    return out;
}

qint64 SyncEngine::reviewCount() const
{
    SqliteStatement q(m_db.handle(), "SELECT count(*) FROM local_sync_review");
    return q.step() ? q.int64(0) : 0;
}

} // namespace passerelle
