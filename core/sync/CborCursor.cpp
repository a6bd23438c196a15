#include "sync/CborCursor.h"

#include <QHash>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace passerelle {

namespace {
constexpr int kUnsigned = 0;
constexpr int kNegative = 1;
constexpr int kByteString = 2;
constexpr int kTextString = 3;
constexpr int kArray = 4;
constexpr int kSimple = 7;

// Names recurring in records, per thread: a few hundred columns at most. Bounded so that
// a stream of odd names cannot grow it without end.
constexpr qsizetype kMaxNames = 4096;
thread_local QHash<QByteArray, QString> t_names;
} // namespace

std::optional<CborCursor::Head> CborCursor::head() const
{
    if (m_pos >= m_bytes.size())
        return std::nullopt;
    const auto initial = quint8(m_bytes[m_pos]);
    Head h;
    h.major = initial >> 5;
    h.info = initial & 0x1f;
    qsizetype size = 0;
    if (h.info < 24)
        h.argument = quint64(h.info);
    else if (h.info <= 27)
        size = qsizetype(1) << (h.info - 24);
    else
        return std::nullopt; // reserved, or an indefinite length
    if (m_bytes.size() - m_pos - 1 < size)
        return std::nullopt;
    const char *p = m_bytes.data() + m_pos + 1;
    if (h.major == kSimple && h.info >= 25)
        h.argument = 0; // a float: its bits are read by real()
    else if (size == 1)
        h.argument = quint8(*p);
    else if (size == 2)
        h.argument = qFromBigEndian<quint16>(p);
    else if (size == 4)
        h.argument = qFromBigEndian<quint32>(p);
    else if (size == 8)
        h.argument = qFromBigEndian<quint64>(p);
    h.next = m_pos + 1 + size;
    return h;
}

CborCursor::Type CborCursor::peek() const
{
    const std::optional<Head> h = head();
    if (!h)
        return Type::Invalid;
    switch (h->major) {
    case kUnsigned:
    case kNegative:
        return Type::Integer;
    case kByteString:
        return Type::Bytes;
    case kTextString:
        return Type::Text;
    case kArray:
        return Type::Array;
    case kSimple:
        switch (h->info) {
        case 20:
            return Type::False;
        case 21:
            return Type::True;
        case 22:
            return Type::Null;
        case 25:
        case 26:
        case 27:
            return Type::Double;
        default:
            return Type::Invalid;
        }
    default:
        return Type::Invalid;
    }
}

std::optional<qint64> CborCursor::integer()
{
    const std::optional<Head> h = head();
    if (!h || (h->major != kUnsigned && h->major != kNegative) ||
        h->argument > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    m_pos = h->next;
    return h->major == kUnsigned ? qint64(h->argument) : -1 - qint64(h->argument);
}

std::optional<QByteArrayView> CborCursor::string(int major)
{
    const std::optional<Head> h = head();
    if (!h || h->major != major || h->argument > quint64(m_bytes.size() - h->next))
        return std::nullopt;
    const QByteArrayView out = m_bytes.sliced(h->next, qsizetype(h->argument));
    m_pos = h->next + qsizetype(h->argument);
    return out;
}

std::optional<QByteArray> CborCursor::bytes()
{
    const std::optional<QByteArrayView> s = string(kByteString);
    if (!s)
        return std::nullopt;
    return s->toByteArray();
}

std::optional<QString> CborCursor::text()
{
    const std::optional<QByteArrayView> s = string(kTextString);
    if (!s)
        return std::nullopt;
    return QString::fromUtf8(*s);
}

std::optional<QString> CborCursor::name()
{
    const std::optional<QByteArrayView> s = string(kTextString);
    if (!s)
        return std::nullopt;
    // Looked up through a view of the record's bytes: nothing is allocated for a name seen.
    const QByteArray probe = QByteArray::fromRawData(s->data(), s->size());
    const auto it = t_names.constFind(probe);
    if (it != t_names.cend())
        return *it;
    if (t_names.size() >= kMaxNames)
        t_names.clear();
    const QString value = QString::fromUtf8(*s);
    t_names.insert(s->toByteArray(), value);
    return value;
}

std::optional<qsizetype> CborCursor::arrayLength()
{
    const std::optional<Head> h = head();
    // Every element takes one byte at least: a longer count is a lie.
    if (!h || h->major != kArray || h->argument > quint64(m_bytes.size() - h->next))
        return std::nullopt;
    m_pos = h->next;
    return qsizetype(h->argument);
}

std::optional<bool> CborCursor::boolean()
{
    const Type t = peek();
    if (t != Type::False && t != Type::True)
        return std::nullopt;
    ++m_pos;
    return t == Type::True;
}

bool CborCursor::null()
{
    if (peek() != Type::Null)
        return false;
    ++m_pos;
    return true;
}

std::optional<double> CborCursor::real()
{
    const std::optional<Head> h = head();
    if (!h || h->major != kSimple || h->info < 25 || h->info > 27)
        return std::nullopt;
    const char *p = m_bytes.data() + m_pos + 1;
    double value = 0;
    if (h->info == 25) {
        // RFC 8949, appendix D.
        const quint16 half = qFromBigEndian<quint16>(p);
        const int exponent = (half >> 10) & 0x1f;
        const int mantissa = half & 0x3ff;
        if (exponent == 0)
            value = std::ldexp(mantissa, -24);
        else if (exponent != 31)
            value = std::ldexp(mantissa + 1024, exponent - 25);
        else
            value = mantissa == 0 ? std::numeric_limits<double>::infinity()
                                  : std::numeric_limits<double>::quiet_NaN();
        if (half & 0x8000)
            value = -value;
    } else if (h->info == 26) {
        const quint32 bits = qFromBigEndian<quint32>(p);
        float f = 0;
        std::memcpy(&f, &bits, sizeof f);
        value = double(f);
    } else {
        const quint64 bits = qFromBigEndian<quint64>(p);
        std::memcpy(&value, &bits, sizeof value);
    }
    m_pos = h->next;
    return value;
}

} // namespace passerelle
