#pragma once

#include "sync/ReplicaPeer.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QString>

namespace passerelle {

class ReplicaKeys;

// An office's invitation to one new device (a peer worker's laptop or another office PC),
// travelling as a .passerelle-invite file (docs/sync-pairing.md): what the device needs to
// trust the office (its replica id and public keys) and to join its organisation, the role
// offered, and a one-time secret the device's reply must return. Signed by the office.
//
// The signature alone proves nothing about who made the file (anyone can sign with keys of
// their own): the short code (InvitationCode), read on the office's screen and typed on the
// device, is what ties the file to this office.
struct Invitation
{
    static constexpr qsizetype kSecretBytes = 32;

    Uuid id; // UUIDv7
    Uuid officeReplica;
    QString officeName;          // how the device will name the office, e.g. "Bureau – UDAF 52"
    QByteArray officeSigningKey; // Ed25519 public key
    QByteArray officeBoxKey;     // X25519 public key
    Uuid organisationId;
    QString organisationName;
    ReplicaRole role = ReplicaRole::Laptop;
    Uuid workerId;      // the peer worker the laptop is for (role Laptop only)
    QString deviceName; // how the office will name the device, e.g. "Portable de Camille"
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    QByteArray secret; // kSecretBytes random bytes, spent by the office when it accepts

    // The signed file: magic, format version, length, canonical CBOR, Ed25519 signature
    // with `signer` (which must be the office's keys).
    QByteArray toFile(const ReplicaKeys &signer) const;
    // Reads and verifies a file. Throws InvitationRefusedError: Unreadable (not an
    // invitation, cut short, malformed), Altered (the signature does not verify).
    static Invitation fromFile(const QByteArray &file);
    // BLAKE2b-256 of the whole file: what the reply commits to and the office stores.
    static QByteArray fileHash(const QByteArray &file);

    friend bool operator==(const Invitation &, const Invitation &) = default;
};

} // namespace passerelle
