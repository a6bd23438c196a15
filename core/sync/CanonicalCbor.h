#pragma once

#include <QByteArray>
#include <QCborValue>

#include <optional>

namespace passerelle {

// Deterministic CBOR (RFC 8949 §4.2.1) for signed structures: shortest argument encodings,
// definite lengths, map keys sorted bytewise by their encoding and unique. Only integers,
// byte strings, text strings, arrays and maps are admitted: a signed header has no use for
// floats, tags or simple values, and admitting them would admit several encodings.
//
// Qt's encoder keeps a map's insertion order, so it cannot promise this by itself; reading
// goes through Qt's parser, then `encode` again must give back the very same bytes.
class CanonicalCbor
{
public:
    // Empty when `value` holds a type outside the admitted ones or a duplicate map key.
    static std::optional<QByteArray> encode(const QCborValue &value);
    // Decodes `bytes` only when they are the canonical encoding of one admitted value,
    // with nothing after it.
    static std::optional<QCborValue> decode(const QByteArray &bytes);
};

} // namespace passerelle
