#pragma once

#include "util/Uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace passerelle {

// What a replica is for: the office PC(s) hold everything; a laptop holds the reference
// data and the cases assigned to its peer worker.
enum class ReplicaRole
{
    Office,
    Laptop
};

QString toCode(ReplicaRole role);
std::optional<ReplicaRole> replicaRoleFromCode(QStringView code);
QString label(ReplicaRole role);

// A replica this one was paired with, and the public keys its bundles are checked against.
struct ReplicaPeer
{
    Uuid replicaId;
    ReplicaRole role = ReplicaRole::Laptop;
    QString displayName;   // e.g. "Portable de Camille": shown on screen, never logged
    QByteArray signingKey; // Ed25519 public key, 32 bytes
    QByteArray boxKey;     // X25519 public key, 32 bytes
    QDateTime lastContactAt;
    QDateTime revokedAt; // a lost or retired device: its bundles are refused
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isRevoked() const { return revokedAt.isValid(); }
};

// Checks the values themselves; throws ValidationError naming every refused field.
void validate(const ReplicaPeer &peer);

} // namespace passerelle
