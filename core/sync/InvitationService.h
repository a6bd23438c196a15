#pragma once

#include "sync/Invitation.h"
#include "sync/InvitationLedger.h"
#include "sync/ReplicaPeer.h"
#include "util/Clock.h"

#include <QList>
#include <QString>

namespace passerelle {

class Database;
class ReplicaKeys;

// What the coordinator fills in to invite a device.
struct InvitationRequest
{
    ReplicaRole role = ReplicaRole::Laptop;
    Uuid workerId;       // required for a laptop (its peer worker), refused for an office PC
    QString deviceName;  // how this office will name the device
    Uuid organisationId; // empty: the database's only organisation
    QString officeName;  // how the device will name this office; empty: "Bureau – <organisation>"
    int validDays = 7;   // 1 … 30
};

// An invitation made: the file to hand over and the code to read out.
struct IssuedInvitation
{
    Invitation invitation;
    QByteArray file;
    QString code; // "XXXX-XXXX-XXXX-XXXX"
};

// What joining gave the device: the invitation it accepted and the reply to carry back.
struct JoinedInvitation
{
    Invitation invitation;
    QByteArray reply;
};

// What accepting a reply gave the office: the device now paired.
struct AcceptedDevice
{
    ReplicaPeer peer;
    Uuid workerId; // the laptop's peer worker, empty for an office PC
};

// Pairing by invitation (docs/sync-pairing.md). On the office: invite() makes a signed
// invitation file and its short code, accept() reads the device's reply, spends the
// invitation's one-time secret and records the device in PeerDirectory. On the device:
// join() checks the file against the typed code, its expiry and the organisation, records
// the office as a peer and makes the reply, sealed to the office.
//
// Every refusal is an InvitationRefusedError (a ValidationError naming the field) with a
// French message, and leaves the database unchanged. Every write is one transaction.
class InvitationService
{
public:
    InvitationService(Database &db, const ReplicaKeys &keys, const Clock &clock = systemClock());

    // Throws ValidationError (a value of the request; no organisation or several without a
    // choice; a laptop database, which cannot invite), InvitationRefusedError
    // (OtherOrganisation: this office belongs to another organisation).
    IssuedInvitation invite(const InvitationRequest &request) const;
    // Same, and writes the file atomically (StorageError when it cannot be written).
    IssuedInvitation inviteToFile(const InvitationRequest &request, const QString &path) const;

    // Throws InvitationRefusedError: Unreadable, Altered, WrongCode, SameReplica, Expired,
    // OtherOrganisation; ValidationError when this office is already paired with other keys.
    JoinedInvitation join(const QByteArray &invitationFile, const QString &typedCode) const;
    JoinedInvitation joinFile(const QString &invitationPath, const QString &typedCode,
                              const QString &replyPath) const;

    // Throws InvitationRefusedError: Unreadable, NotForThisReplica, UnknownInvitation,
    // Altered (reply for another invitation file, wrong secret, bad signature), AlreadyUsed,
    // Expired, SameReplica; ValidationError when the device is already paired with other keys.
    AcceptedDevice accept(const QByteArray &replyFile) const;
    AcceptedDevice acceptFile(const QString &replyPath) const;

    // Invitations issued here, newest first (the UI lists them: pending, used, expired).
    QList<InvitationRecord> invitations() const;
    // Cancels a pending invitation: a reply to it is refused from then on (Revoked). One
    // transaction. Throws ValidationError("invitation") for an unknown invitation, one
    // already used, expired or cancelled.
    void revoke(const Uuid &invitationId) const;
    // The organisation this replica joined or invites to, if any.
    std::optional<InvitationMembership> membership() const;

    static QByteArray readFile(const QString &path);
    static void writeFile(const QString &path, const QByteArray &bytes);

private:
    Uuid organisationFor(const InvitationRequest &request, QString *name) const;
    void checkOrganisation(const Uuid &organisationId) const;

    Database &m_db;
    const ReplicaKeys &m_keys;
    const Clock &m_clock;
};

} // namespace passerelle
