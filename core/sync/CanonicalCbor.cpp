#include "sync/CanonicalCbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>

#include <algorithm>
#include <utility>

namespace passerelle {

namespace {
enum MajorType : quint8
{
    Unsigned = 0,
    Negative = 1,
    Bytes = 2,
    Text = 3,
    Array = 4,
    Map = 5
};

// The head of an item: its major type and the shortest encoding of its argument.
void appendHead(QByteArray &out, MajorType type, quint64 argument)
{
    const quint8 major = quint8(type << 5);
    if (argument < 24) {
        out.append(char(major | argument));
        return;
    }
    int bytes = 8;
    quint8 info = 27;
    if (argument <= 0xff) {
        bytes = 1;
        info = 24;
    } else if (argument <= 0xffff) {
        bytes = 2;
        info = 25;
    } else if (argument <= 0xffffffffULL) {
        bytes = 4;
        info = 26;
    }
    out.append(char(major | info));
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((argument >> (8 * i)) & 0xff));
}

bool append(QByteArray &out, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer: {
        const qint64 n = value.toInteger();
        if (n >= 0)
            appendHead(out, Unsigned, quint64(n));
        else
            appendHead(out, Negative, quint64(-(n + 1)));
        return true;
    }
    case QCborValue::ByteArray: {
        const QByteArray bytes = value.toByteArray();
        appendHead(out, Bytes, quint64(bytes.size()));
        out.append(bytes);
        return true;
    }
    case QCborValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        appendHead(out, Text, quint64(utf8.size()));
        out.append(utf8);
        return true;
    }
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        appendHead(out, Array, quint64(array.size()));
        for (const QCborValue &item : array)
            if (!append(out, item))
                return false;
        return true;
    }
    case QCborValue::Map: {
        const QCborMap map = value.toMap();
        QList<std::pair<QByteArray, QByteArray>> entries;
        entries.reserve(map.size());
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            QByteArray key;
            QByteArray item;
            if (!append(key, it.key()) || !append(item, it.value()))
                return false;
            entries.append({key, item});
        }
        std::sort(entries.begin(), entries.end());
        for (qsizetype i = 1; i < entries.size(); ++i)
            if (entries[i - 1].first == entries[i].first)
                return false;
        appendHead(out, Map, quint64(entries.size()));
        for (const auto &[key, item] : std::as_const(entries)) {
            out.append(key);
            out.append(item);
        }
        return true;
    }
    default:
        return false;
    }
}
} // namespace

std::optional<QByteArray> CanonicalCbor::encode(const QCborValue &value)
{
    QByteArray out;
    if (!append(out, value))
        return std::nullopt;
    return out;
}

std::optional<QCborValue> CanonicalCbor::decode(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError)
        return std::nullopt;
    const std::optional<QByteArray> again = encode(value);
    if (!again || *again != bytes)
        return std::nullopt;
    return value;
}

} // namespace passerelle
