#pragma once

#include "sync/ReplicaPeer.h"
#include "util/Clock.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;

// The replicas this one is paired with (replica-local table replica_peer). Their public
// keys are pinned: pairing a known replica again with other keys is refused, as a bundle
// signed by another key would be, until the old pairing is revoked and removed.
class PeerDirectory
{
public:
    explicit PeerDirectory(Database &db, const Clock &clock = systemClock());

    // Records a pairing, or updates the name and role of a peer paired with the same keys.
    // Throws ValidationError (field named) for a bad value, for this replica itself, and for
    // a known replica presented with other keys.
    void pair(const ReplicaPeer &peer);
    std::optional<ReplicaPeer> find(const Uuid &replicaId) const;
    QList<ReplicaPeer> list() const; // by display name
    // Stamps the last exchange with the peer; unknown ids are ignored.
    void recordContact(const Uuid &replicaId);
    // From now on the peer's bundles are refused. Throws ValidationError for an unknown id.
    void revoke(const Uuid &replicaId);
    // Forgets a revoked peer so that the device can be paired again with new keys.
    // Throws ValidationError for an unknown or not revoked peer.
    void remove(const Uuid &replicaId);

private:
    ReplicaPeer require(const Uuid &replicaId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace passerelle
