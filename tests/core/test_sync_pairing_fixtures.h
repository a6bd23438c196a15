#pragma once

// Replicas for the pairing and sync-folder tests: an office database holding an
// organisation and a peer worker, and fresh devices, each with its keys and a settable clock.

#include "support/TestSupport.h"
#include "sync/InvitationService.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncEngine.h"
#include "util/Clock.h"

#include <memory>

namespace passerelle::test {

struct PairingReplica
{
    PairingReplica();
    Database &db() { return *temp.db; }
    const Uuid &id() const { return keys->replicaId(); }
    InvitationService invitations() { return InvitationService(db(), *keys, clock); }

    // An organisation with a coordinator and a peer worker, written as the office would.
    void addOrganisation(const QString &name = QStringLiteral("UDAF 52"));
    // Invites `device` (role laptop for the peer worker, or office), lets it join with the
    // code and accepts its reply: both sides then know each other.
    void pair(PairingReplica &device, ReplicaRole role = ReplicaRole::Laptop);
    // A programme of the organisation and one intervention done in it; returns the
    // intervention.
    Uuid addIntervention();

    TempDatabase temp;
    std::unique_ptr<ReplicaKeys> keys;
    FixedClock clock;
    Uuid organisation;
    Uuid peerWorker;
};

// What `from` has not sent `to` yet, carried as a bundle (a file in memory) and merged at
// `to`'s current instant: the callers decide whether the clocks move between two imports.
// `exported`, when given, receives what the export said.
SyncImport carry(PairingReplica &from, PairingReplica &to, SyncExport *exported = nullptr);

} // namespace passerelle::test
