#include "sync/ReplicaPeer.h"

#include "domain/Validation.h"
#include "sync/ReplicaKeys.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

QString toCode(ReplicaRole role)
{
    switch (role) {
    case ReplicaRole::Office:
        return QStringLiteral("office");
    case ReplicaRole::Laptop:
        return QStringLiteral("laptop");
    }
    return {};
}

std::optional<ReplicaRole> replicaRoleFromCode(QStringView code)
{
    if (code == u"office")
        return ReplicaRole::Office;
    if (code == u"laptop")
        return ReplicaRole::Laptop;
    return std::nullopt;
}

QString label(ReplicaRole role)
{
    switch (role) {
    case ReplicaRole::Office:
        return QCoreApplication::translate("Domain", "Poste du bureau");
    case ReplicaRole::Laptop:
        return QCoreApplication::translate("Domain", "Ordinateur portable");
    }
    return {};
}

void validate(const ReplicaPeer &peer)
{
    Validator v(QStringLiteral("replica_peer %1").arg(peer.replicaId.toString()));
    if (peer.replicaId.isNull())
        v.fail(QStringLiteral("replica_id"),
               ValidationText::tr("L'identifiant de la réplique est obligatoire."));
    v.requireText(QStringLiteral("display_name"), peer.displayName,
                  ValidationText::tr("Nom de l'appareil"));
    v.maxLength(QStringLiteral("display_name"), peer.displayName.trimmed(), 200,
                ValidationText::tr("Nom de l'appareil"));
    if (peer.signingKey.size() != ReplicaKeys::kPublicKeyBytes)
        v.fail(QStringLiteral("signing_key"),
               ValidationText::tr("La clé de signature de l'appareil doit compter 32 octets."));
    if (peer.boxKey.size() != ReplicaKeys::kPublicKeyBytes)
        v.fail(QStringLiteral("box_key"),
               ValidationText::tr("La clé de chiffrement de l'appareil doit compter 32 octets."));
    v.throwIfFailed();
}

} // namespace passerelle
