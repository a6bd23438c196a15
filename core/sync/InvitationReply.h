#pragma once

#include "util/Uuid.h"

#include <QByteArray>
#include <QByteArrayView>

namespace passerelle {

class ReplicaKeys;

// A device's answer to an invitation, travelling back to the office as a .passerelle-join
// file: the device's replica id and public keys, the invitation's one-time secret and the
// hash of the very invitation file it accepted, signed with the device's key (proving it
// holds that key) and sealed to the office's box key (only that office can read it, so the
// secret does not leak on the way back).
struct InvitationReply
{
    Uuid invitationId;
    Uuid officeReplica;
    Uuid replica; // the joining device
    QByteArray signingKey;
    QByteArray boxKey;
    QByteArray secret;         // the invitation's one-time secret
    QByteArray invitationHash; // Invitation::fileHash of the file the device verified
    qint64 createdAtMs = 0;

    // The sealed file, signed with `joiner` (the device's keys) for `officeBoxKey`.
    QByteArray toFile(const ReplicaKeys &joiner, QByteArrayView officeBoxKey) const;
    // Opens and verifies a reply with the office's keys. Throws InvitationRefusedError:
    // Unreadable (not a reply, cut short), NotForThisReplica (sealed to another key),
    // Altered (the seal opens but the content or its signature does not hold).
    static InvitationReply fromFile(const QByteArray &file, const ReplicaKeys &office);

    friend bool operator==(const InvitationReply &, const InvitationReply &) = default;
};

} // namespace passerelle
