#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace passerelle {

// Appends flat JSON objects, one per line, to a byte buffer. Hand-written rather than built
// on QJsonObject because the exporter writes millions of lines: no allocation per value, and
// the output is fully determined by the input (key order as written, shortest round-trip
// form for reals), which makes exports byte-for-byte reproducible.
class JsonLineWriter
{
public:
    explicit JsonLineWriter(qsizetype reserve = 0);

    void beginObject();
    void key(QByteArrayView name); // name must not need escaping (table and column names)
    void string(QByteArrayView utf8);
    void integer(qint64 value);
    bool real(double value); // false (nothing written) for NaN and infinities: not JSON
    void uuid(QByteArrayView bytes16);
    void null();
    void beginNestedObject(QByteArrayView name);
    void endNestedObject();
    void endObject(); // closes the object and the line

    const QByteArray &buffer() const { return m_buffer; }
    qsizetype size() const { return m_buffer.size(); }
    void clear() { m_buffer.clear(); } // keeps the capacity

private:
    void separator();
    QByteArray m_buffer;
    bool m_first = true;
};

} // namespace passerelle
