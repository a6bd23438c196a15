#include "sync/BundleError.h"

namespace passerelle {

QString toCode(BundleError error)
{
    switch (error) {
    case BundleError::None:
        return QStringLiteral("ok");
    case BundleError::Truncated:
        return QStringLiteral("truncated");
    case BundleError::BadMagic:
        return QStringLiteral("bad-magic");
    case BundleError::UnsupportedVersion:
        return QStringLiteral("unsupported-version");
    case BundleError::BadSignature:
        return QStringLiteral("bad-signature");
    case BundleError::UnknownSender:
        return QStringLiteral("unknown-sender");
    case BundleError::WrongRecipient:
        return QStringLiteral("wrong-recipient");
    case BundleError::NewerSchema:
        return QStringLiteral("newer-schema");
    case BundleError::OlderSchema:
        return QStringLiteral("older-schema");
    case BundleError::Tampered:
        return QStringLiteral("tampered");
    case BundleError::Spliced:
        return QStringLiteral("spliced");
    case BundleError::AlreadyApplied:
        return QStringLiteral("already-applied");
    }
    return {};
}

} // namespace passerelle
