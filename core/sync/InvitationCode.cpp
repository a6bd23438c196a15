#include "sync/InvitationCode.h"

#include "sync/BundleCrypto.h"
#include "sync/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace passerelle {

namespace {
// Crockford's base32: digits and upper-case letters without I, L, O and U, which are read
// as 1, 1, 0 or taken for V when spoken or written by hand.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kDigestBytes = InvitationCode::kCharacters * 5 / 8; // 80 bits

QByteArray digest(QByteArrayView file)
{
    Sodium::init();
    // Domain separation: the code can never be the hash of a bundle or of a reply.
    static const QByteArray label = QByteArrayLiteral("passerelle-invite/v1/short-code");
    unsigned char out[kDigestBytes];
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, sizeof out);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label.constData()),
                              quint64(label.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(file.data()),
                              quint64(file.size()));
    crypto_generichash_final(&state, out, sizeof out);
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out);
}

QString plainCode(QByteArrayView file)
{
    const QByteArray bytes = digest(file);
    QString code;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            code.append(QLatin1Char(kAlphabet[(buffer >> bits) & 31]));
        }
    }
    return code;
}
} // namespace

QString InvitationCode::forFile(QByteArrayView invitationFile)
{
    const QString plain = plainCode(invitationFile);
    QString grouped;
    for (int i = 0; i < plain.size(); i += kGroup) {
        if (i > 0)
            grouped.append(QLatin1Char('-'));
        grouped.append(plain.mid(i, kGroup));
    }
    return grouped;
}

QString InvitationCode::normalize(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        QChar u = c.toUpper();
        if (u == QLatin1Char('O'))
            u = QLatin1Char('0');
        else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
            u = QLatin1Char('1');
        if (u.unicode() == 0 || u.unicode() > 127 || !std::strchr(kAlphabet, char(u.unicode())))
            return {};
        out.append(u);
    }
    return out.size() == kCharacters ? out : QString();
}

bool InvitationCode::matches(QByteArrayView invitationFile, const QString &typed)
{
    const QString normal = normalize(typed);
    if (normal.isEmpty())
        return false;
    const QByteArray expected = plainCode(invitationFile).toLatin1();
    return BundleCrypto::equal(expected, normal.toLatin1());
}

} // namespace passerelle
