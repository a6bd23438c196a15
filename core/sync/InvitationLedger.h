#pragma once

#include "sync/ReplicaPeer.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

class Database;

// What an office remembers of an invitation it issued: enough to check the reply (hash of
// the file, hash of the secret: the secret itself stays only in the file) and to spend it once.
struct InvitationRecord
{
    Uuid id;
    ReplicaRole role = ReplicaRole::Laptop;
    Uuid workerId;
    QString deviceName;
    QByteArray fileHash;   // Invitation::fileHash
    QByteArray secretHash; // BLAKE2b-256 of the one-time secret
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 usedAtMs = 0; // 0 while unused
    Uuid usedBy;         // the replica whose reply spent it
    qint64 revokedAtMs = 0; // 0 unless the office cancelled it before it was used

    bool isUsed() const { return usedAtMs > 0; }
    bool isRevoked() const { return revokedAtMs > 0; }
};

// Where an invitation stands, as the office lists it.
enum class InvitationState
{
    Pending,  // issued, neither used, cancelled nor expired: a reply would be accepted
    Accepted, // a device's reply spent it
    Expired,  // its validity ran out unused
    Revoked,  // cancelled by the office before it was used
};

// The state of `invitation` at `nowMs` (a used invitation stays Accepted after its expiry).
InvitationState stateOf(const InvitationRecord &invitation, qint64 nowMs);

// The organisation this replica belongs to, set when it first invites (office) or joins.
struct InvitationMembership
{
    Uuid organisationId;
    ReplicaRole role = ReplicaRole::Office;
    Uuid workerId; // for a laptop: its peer worker
};

// Invitations issued here and this replica's membership, kept in the replica-local
// key/value table replica_meta (rows "invitation:<id>" and "sync_membership"): they
// describe this copy, are never exported nor replicated, and need no schema change.
class InvitationLedger
{
public:
    explicit InvitationLedger(Database &db);

    void record(const InvitationRecord &invitation);
    std::optional<InvitationRecord> find(const Uuid &id) const;
    QList<InvitationRecord> list() const; // newest first
    void markUsed(const Uuid &id, const Uuid &by, qint64 atMs);
    // Stamps a cancellation; the caller (InvitationService::revoke) checks it is allowed.
    void markRevoked(const Uuid &id, qint64 atMs);
    // The worker a paired laptop was invited for, if it joined through an invitation here.
    std::optional<Uuid> workerOf(const Uuid &peer) const;

    std::optional<InvitationMembership> membership() const;
    void setMembership(const InvitationMembership &membership);

private:
    Database &m_db;
};

} // namespace passerelle
