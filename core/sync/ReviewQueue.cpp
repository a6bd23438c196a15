#include "sync/ReviewQueue.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/CanonicalCbor.h"
#include "sync/PeerDirectory.h"
#include "sync/SyncKey.h"
#include "sync/SyncOverview.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle {

namespace {
constexpr auto kTreatedPrefix = "sync_review_treated:";

QByteArray treatedKey(qint64 id)
{
    return kTreatedPrefix + QByteArray::number(id);
}

// The marks, by item id: {detected: ms of the item marked, at: ms of the mark}.
struct TreatedMark
{
    qint64 detectedMs = 0;
    qint64 atMs = 0;
};

QHash<qint64, TreatedMark> treatedMarks(Database &db)
{
    SqliteStatement q(db.handle(), "SELECT key, value FROM replica_meta WHERE key LIKE "
                                   "'sync_review_treated:%'");
    QHash<qint64, TreatedMark> out;
    const qsizetype prefix = qstrlen(kTreatedPrefix);
    while (q.step()) {
        bool ok = false;
        const qint64 id = q.utf8(0).mid(prefix).toLongLong(&ok);
        const std::optional<QCborValue> v = CanonicalCbor::decode(q.blob(1));
        if (!ok || !v || !v->isMap())
            continue; // a damaged mark leaves its item pending: shown again, never lost
        const QCborMap m = v->toMap();
        out.insert(id, {m.value(QLatin1String("detected")).toInteger(),
                        m.value(QLatin1String("at")).toInteger()});
    }
    return out;
}

// The case a set-aside row belongs to: the row itself for a case, else its case_id.
Uuid caseOf(const QString &table, const QByteArray &key, const QJsonObject &values)
{
    if (table == QLatin1String("case_file")) {
        const std::optional<QVariantList> parts = SyncKey::decode(key);
        if (parts && !parts->isEmpty())
            return Uuid::fromBytes(parts->first().toByteArray());
    }
    const QString hex = values.value(QLatin1String("case_id")).toString();
    return hex.isEmpty() ? Uuid() : Uuid::fromBytes(QByteArray::fromHex(hex.toLatin1()));
}
} // namespace

ReviewQueue::ReviewQueue(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QList<ReviewItem> ReviewQueue::items(bool includeTreated) const
{
    const QHash<qint64, TreatedMark> marks = treatedMarks(m_db);
    QHash<Uuid, QString> names;
    for (const ReplicaPeer &p : PeerDirectory(m_db).list())
        names.insert(p.replicaId, p.displayName);

    SqliteStatement number(m_db.handle(), "SELECT number FROM case_file WHERE id = ?");
    SqliteStatement code(m_db.handle(), "SELECT code FROM person WHERE id = ?");
    SqliteStatement sender(
        m_db.handle(), "SELECT DISTINCT sender_id FROM sync_applied_bundle WHERE applied_at = "
                       "(SELECT max(applied_at) FROM sync_applied_bundle WHERE applied_at <= ?)");
    SqliteStatement q(m_db.handle(), "SELECT id, table_name, row_key, reason, row_values, "
                                     "detected_at, sender_id FROM local_sync_review "
                                     "ORDER BY detected_at DESC, id DESC");
    QList<ReviewItem> out;
    while (q.step()) {
        ReviewItem item;
        item.id = q.int64(0);
        item.detectedAt = QDateTime::fromMSecsSinceEpoch(q.int64(5), Qt::UTC);
        const auto mark = marks.constFind(item.id);
        if (mark != marks.cend() && mark->detectedMs == q.int64(5))
            item.treatedAt = QDateTime::fromMSecsSinceEpoch(mark->atMs, Qt::UTC);
        if (item.isTreated() && !includeTreated)
            continue;
        item.table = q.text(1);
        item.tableLabel = SyncOverview::tableLabel(item.table);
        item.reason = q.text(3);
        const QByteArray key = QByteArray::fromHex(q.text(2).toLatin1());
        // Only the two identifying fields are read; the rest (names, notes) stays unread.
        const QJsonObject values = QJsonDocument::fromJson(q.utf8(4)).object();

        item.caseId = caseOf(item.table, key, values);
        if (!item.caseId.isNull()) {
            number.reset();
            number.bindBlob(1, item.caseId.bytes());
            item.caseHere = number.step();
            if (item.caseHere)
                item.record = number.text(0);
        }
        if (item.record.isEmpty() && item.table == QLatin1String("case_file"))
            item.record = values.value(QLatin1String("number")).toString();
        if (item.record.isEmpty() && item.table == QLatin1String("person"))
            item.record = values.value(QLatin1String("code")).toString();
        if (item.record.isEmpty() &&
            !values.value(QLatin1String("person_id")).toString().isEmpty()) {
            code.reset();
            code.bindBlob(1, QByteArray::fromHex(
                                 values.value(QLatin1String("person_id")).toString().toLatin1()));
            if (code.step())
                item.record = code.text(0);
        }
        if (item.record.isEmpty())
            item.record = ReviewQueueText::tr("clé %1").arg(q.text(2).left(12));

        // The merge stores its bundle's sender (schema 7); rows set aside before the upgrade
        // have none and fall back to the bundle applied at their detection.
        QList<Uuid> senders;
        if (!q.isNull(6)) {
            senders.append(Uuid::fromBytes(q.blob(6)));
        } else {
            sender.reset();
            sender.bind(1, q.int64(5));
            while (sender.step())
                senders.append(Uuid::fromBytes(sender.blob(0)));
        }
        if (senders.size() == 1) {
            item.fromReplica = senders.first();
            item.fromReplicaName =
                names.value(item.fromReplica, SyncOverview::shortId(item.fromReplica));
        } else {
            item.fromReplicaName = ReviewQueueText::tr("inconnu");
        }
        out.append(std::move(item));
    }
    return out;
}

qint64 ReviewQueue::pendingCount() const
{
    return items(false).size();
}

void ReviewQueue::markTreated(qint64 id)
{
    Transaction tx(m_db.handle());
    SqliteStatement q(m_db.handle(), "SELECT detected_at FROM local_sync_review WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        throw ValidationError(QStringLiteral("id"),
                              ReviewQueueText::tr("Cet élément n'est plus dans la file de revue."));
    const qint64 detected = q.int64(0);
    const QHash<qint64, TreatedMark> marks = treatedMarks(m_db);
    const auto mark = marks.constFind(id);
    if (mark != marks.cend() && mark->detectedMs == detected)
        throw ValidationError(QStringLiteral("id"),
                              ReviewQueueText::tr("Cet élément est déjà marqué comme traité."));
    QCborMap m;
    m.insert(QLatin1String("detected"), detected);
    m.insert(QLatin1String("at"), m_clock.nowMs());
    SqliteStatement put(m_db.handle(),
                        "INSERT OR REPLACE INTO replica_meta(key, value) VALUES (?, ?)");
    put.bindUtf8(1, treatedKey(id));
    put.bindBlob(2, CanonicalCbor::encode(m).value());
    put.execute();
    tx.commit();
}

} // namespace passerelle
