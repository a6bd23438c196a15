#include "sync/InvitationLedger.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "sync/CanonicalCbor.h"
#include "util/Errors.h"

#include <QCborMap>
#include <QCoreApplication>

#include <algorithm>

namespace passerelle {

namespace {
constexpr auto kMembershipKey = "sync_membership";

QByteArray keyOf(const Uuid &id)
{
    return "invitation:" + id.toString().toLatin1();
}

void put(Database &db, const QByteArray &key, const QCborMap &value)
{
    SqliteStatement q(db.handle(), "INSERT OR REPLACE INTO replica_meta(key, value) VALUES (?, ?)");
    q.bindUtf8(1, key);
    q.bindBlob(2, CanonicalCbor::encode(value).value());
    q.execute();
}

[[noreturn]] void damaged(const QByteArray &key)
{
    throw StorageError(QCoreApplication::translate("Sync", "L'enregistrement %1 de cette base est "
                                                           "endommagé.")
                           .arg(QString::fromLatin1(key)));
}

QCborMap decode(const QByteArray &key, const QByteArray &bytes)
{
    const std::optional<QCborValue> v = CanonicalCbor::decode(bytes);
    if (!v || !v->isMap())
        damaged(key);
    return v->toMap();
}

Uuid uuidOf(const QCborMap &map, QLatin1StringView key)
{
    return Uuid::fromBytes(map.value(key).toByteArray());
}

InvitationRecord recordFrom(const QByteArray &key, const QByteArray &bytes)
{
    const QCborMap m = decode(key, bytes);
    InvitationRecord r;
    r.id = uuidOf(m, QLatin1String("id"));
    const auto role = replicaRoleFromCode(m.value(QLatin1String("role")).toString());
    if (r.id.isNull() || !role)
        damaged(key);
    r.role = *role;
    r.workerId = uuidOf(m, QLatin1String("worker"));
    r.deviceName = m.value(QLatin1String("device")).toString();
    r.fileHash = m.value(QLatin1String("fileHash")).toByteArray();
    r.secretHash = m.value(QLatin1String("secretHash")).toByteArray();
    r.createdAtMs = m.value(QLatin1String("created")).toInteger();
    r.expiresAtMs = m.value(QLatin1String("expires")).toInteger();
    r.usedAtMs = m.value(QLatin1String("used")).toInteger();
    r.usedBy = uuidOf(m, QLatin1String("usedBy"));
    r.revokedAtMs = m.value(QLatin1String("revoked")).toInteger();
    return r;
}
} // namespace

InvitationLedger::InvitationLedger(Database &db) : m_db(db) {}

void InvitationLedger::record(const InvitationRecord &r)
{
    QCborMap m;
    m.insert(QLatin1String("id"), r.id.bytes());
    m.insert(QLatin1String("role"), toCode(r.role));
    if (!r.workerId.isNull())
        m.insert(QLatin1String("worker"), r.workerId.bytes());
    m.insert(QLatin1String("device"), r.deviceName);
    m.insert(QLatin1String("fileHash"), r.fileHash);
    m.insert(QLatin1String("secretHash"), r.secretHash);
    m.insert(QLatin1String("created"), r.createdAtMs);
    m.insert(QLatin1String("expires"), r.expiresAtMs);
    if (r.isUsed()) {
        m.insert(QLatin1String("used"), r.usedAtMs);
        m.insert(QLatin1String("usedBy"), r.usedBy.bytes());
    }
    if (r.isRevoked())
        m.insert(QLatin1String("revoked"), r.revokedAtMs);
    put(m_db, keyOf(r.id), m);
}

std::optional<InvitationRecord> InvitationLedger::find(const Uuid &id) const
{
    SqliteStatement q(m_db.handle(), "SELECT value FROM replica_meta WHERE key = ?");
    q.bindUtf8(1, keyOf(id));
    if (id.isNull() || !q.step())
        return std::nullopt;
    return recordFrom(keyOf(id), q.blob(0));
}

QList<InvitationRecord> InvitationLedger::list() const
{
    SqliteStatement q(m_db.handle(),
                      "SELECT key, value FROM replica_meta WHERE key LIKE 'invitation:%'");
    QList<InvitationRecord> out;
    while (q.step())
        out.append(recordFrom(q.utf8(0), q.blob(1)));
    std::sort(out.begin(), out.end(), [](const InvitationRecord &a, const InvitationRecord &b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs > b.createdAtMs : b.id < a.id;
    });
    return out;
}

void InvitationLedger::markUsed(const Uuid &id, const Uuid &by, qint64 atMs)
{
    std::optional<InvitationRecord> r = find(id);
    if (!r)
        damaged(keyOf(id));
    r->usedAtMs = atMs;
    r->usedBy = by;
    record(*r);
}

void InvitationLedger::markRevoked(const Uuid &id, qint64 atMs)
{
    std::optional<InvitationRecord> r = find(id);
    if (!r)
        damaged(keyOf(id));
    r->revokedAtMs = atMs;
    record(*r);
}

InvitationState stateOf(const InvitationRecord &invitation, qint64 nowMs)
{
    if (invitation.isUsed())
        return InvitationState::Accepted;
    if (invitation.isRevoked())
        return InvitationState::Revoked;
    return nowMs > invitation.expiresAtMs ? InvitationState::Expired : InvitationState::Pending;
}

std::optional<Uuid> InvitationLedger::workerOf(const Uuid &peer) const
{
    for (const InvitationRecord &r : list())
        if (r.isUsed() && r.usedBy == peer && !r.workerId.isNull())
            return r.workerId;
    return std::nullopt;
}

std::optional<InvitationMembership> InvitationLedger::membership() const
{
    SqliteStatement q(m_db.handle(), "SELECT value FROM replica_meta WHERE key = ?");
    q.bindUtf8(1, kMembershipKey);
    if (!q.step())
        return std::nullopt;
    const QCborMap m = decode(kMembershipKey, q.blob(0));
    InvitationMembership out;
    out.organisationId = uuidOf(m, QLatin1String("org"));
    const auto role = replicaRoleFromCode(m.value(QLatin1String("role")).toString());
    if (out.organisationId.isNull() || !role)
        damaged(kMembershipKey);
    out.role = *role;
    out.workerId = uuidOf(m, QLatin1String("worker"));
    return out;
}

void InvitationLedger::setMembership(const InvitationMembership &membership)
{
    QCborMap m;
    m.insert(QLatin1String("org"), membership.organisationId.bytes());
    m.insert(QLatin1String("role"), toCode(membership.role));
    if (!membership.workerId.isNull())
        m.insert(QLatin1String("worker"), membership.workerId.bytes());
    put(m_db, kMembershipKey, m);
}

} // namespace passerelle
