#include "sync/SyncKey.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace passerelle {

namespace {
void appendLength(QByteArray &out, qsizetype size)
{
    char bytes[4];
    qToBigEndian(quint32(size), bytes);
    out.append(bytes, 4);
}
} // namespace

void SyncKey::appendNull(QByteArray &out)
{
    out.append(char(Null));
}

void SyncKey::appendInteger(QByteArray &out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(char(Integer));
    out.append(bytes, 8);
}

void SyncKey::appendReal(QByteArray &out, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char bytes[8];
    qToBigEndian(bits, bytes);
    out.append(char(Real));
    out.append(bytes, 8);
}

void SyncKey::appendText(QByteArray &out, const char *utf8, qsizetype size)
{
    out.append(char(Text));
    appendLength(out, size);
    out.append(utf8, size);
}

void SyncKey::appendBlob(QByteArray &out, const char *bytes, qsizetype size)
{
    out.append(char(Blob));
    appendLength(out, size);
    out.append(bytes, size);
}

std::optional<QVariantList> SyncKey::decode(const QByteArray &key)
{
    QVariantList values;
    qsizetype pos = 0;
    const char *p = key.constData();
    while (pos < key.size()) {
        const char tag = p[pos++];
        const qsizetype left = key.size() - pos;
        switch (tag) {
        case Null:
            values.append(QVariant());
            break;
        case Integer:
        case Real: {
            if (left < 8)
                return std::nullopt;
            const quint64 bits = qFromBigEndian<quint64>(p + pos);
            pos += 8;
            if (tag == Integer) {
                values.append(qint64(bits));
            } else {
                double d = 0;
                std::memcpy(&d, &bits, sizeof d);
                values.append(d);
            }
            break;
        }
        case Text:
        case Blob: {
            if (left < 4)
                return std::nullopt;
            const qsizetype size = qFromBigEndian<quint32>(p + pos);
            pos += 4;
            if (size > key.size() - pos)
                return std::nullopt;
            if (tag == Text)
                values.append(QString::fromUtf8(p + pos, size));
            else
                values.append(QByteArray(p + pos, size));
            pos += size;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return values;
}

std::optional<QByteArray> SyncKey::component(const QByteArray &key, int index)
{
    qsizetype pos = 0;
    const char *p = key.constData();
    for (int i = 0; pos < key.size(); ++i) {
        const qsizetype start = pos;
        const char tag = p[pos++];
        const qsizetype left = key.size() - pos;
        switch (tag) {
        case Null:
            break;
        case Integer:
        case Real:
            if (left < 8)
                return std::nullopt;
            pos += 8;
            break;
        case Text:
        case Blob: {
            if (left < 4)
                return std::nullopt;
            const qsizetype size = qFromBigEndian<quint32>(p + pos);
            if (size > left - 4)
                return std::nullopt;
            pos += 4 + size;
            break;
        }
        default:
            return std::nullopt;
        }
        if (i == index)
            return key.mid(start, pos - start);
    }
    return std::nullopt;
}

QByteArray SyncKey::hash(const QString &table, const QByteArray &key)
{
    return hash(table.toUtf8(), key.constData(), key.size());
}

QByteArray SyncKey::hash(const QByteArray &tableUtf8, const char *key, qsizetype size)
{
    crypto_generichash_state state;
    static const char kDomain[] = "passerelle.tombstone.v1";
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash_init(&state, nullptr, 0, size_t(out.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(kDomain),
                              sizeof kDomain);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(tableUtf8.constData()),
                              size_t(tableUtf8.size()) + 1); // with its NUL: "ab"+"c" ≠ "a"+"bc"
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(key), size_t(size));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()),
                             size_t(out.size()));
    return out;
}

} // namespace passerelle
