#include "util/Uuid.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QMutex>
#include <QRandomGenerator>

namespace passerelle {

namespace {
const char hexDigits[] = "0123456789abcdef";

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}
} // namespace

Uuid Uuid::fromBytes(const QByteArray &bytes)
{
    return bytes.size() == 16 ? Uuid(bytes) : Uuid();
}

Uuid Uuid::fromString(QStringView text)
{
    if (text.size() != 36)
        return {};
    QByteArray out(16, '\0');
    int byte = 0;
    for (int i = 0; i < 36;) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != u'-')
                return {};
            ++i;
            continue;
        }
        const int hi = hexValue(text[i]);
        const int lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        out[byte++] = char((hi << 4) | lo);
        i += 2;
    }
    return Uuid(out);
}

Uuid Uuid::v7From(qint64 unixMs, quint64 randHigh, quint64 randLow)
{
    QByteArray b(16, '\0');
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (40 - 8 * i)) & 0xFF);
    // 12 bits rand_a, version nibble 7
    b[6] = char(0x70 | ((randHigh >> 8) & 0x0F));
    b[7] = char(randHigh & 0xFF);
    // variant 10, then 62 bits rand_b
    b[8] = char(0x80 | ((randLow >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        b[i] = char((randLow >> (8 * (15 - i))) & 0xFF);
    return Uuid(b);
}

Uuid Uuid::createV7()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint64 counter = 0;
    const QMutexLocker lock(&mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now <= lastMs) {
        // Same millisecond (or the clock stepped back): keep ordering by counting in rand_a.
        now = lastMs;
        if (++counter > 0xFFF) {
            counter = 0;
            now = ++lastMs;
        }
    } else {
        counter = QRandomGenerator::system()->bounded(0x400); // leave room to count up
        lastMs = now;
    }
    return v7From(now, counter, QRandomGenerator::system()->generate64());
}

QString Uuid::toString() const
{
    if (isNull())
        return {};
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s.append(u'-');
        const auto v = uchar(m_bytes[i]);
        s.append(QLatin1Char(hexDigits[v >> 4]));
        s.append(QLatin1Char(hexDigits[v & 0x0F]));
    }
    return s;
}

int Uuid::version() const
{
    return isNull() ? 0 : (uchar(m_bytes[6]) >> 4);
}

size_t qHash(const Uuid &id, size_t seed)
{
    return qHash(id.bytes(), seed);
}

} // namespace passerelle
