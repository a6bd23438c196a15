#pragma once

#include <QByteArrayView>
#include <QString>

namespace passerelle {

// The short code that authenticates an invitation file: the office shows it on screen (or
// reads it out on the phone), the person joining types it. It is 80 bits of a BLAKE2b hash
// of the whole signed file, written as 16 characters of Crockford's base32 in four groups
// ("7K3M-Q9XD-…"). A file swapped on the USB key (signed by someone else's key, naming
// another office) has another hash, so the typed code refuses it; finding a different file
// with the same 80 bits is out of reach.
class InvitationCode
{
public:
    static constexpr int kCharacters = 16;
    static constexpr int kGroup = 4;

    // The code of an invitation file, grouped with dashes.
    static QString forFile(QByteArrayView invitationFile);
    // What a person typed, in canonical form (upper case, no separators, O→0, I and L→1),
    // or an empty string when it cannot be a code (wrong length, a letter outside the set).
    static QString normalize(const QString &typed);
    // Whether `typed` is the code of `invitationFile` (compared in constant time).
    static bool matches(QByteArrayView invitationFile, const QString &typed);
};

} // namespace passerelle
