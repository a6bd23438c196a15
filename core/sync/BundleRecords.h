#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace passerelle {

// The records of a verified bundle: the decrypted body held once, with views into it, so
// that 2 000 000 small records do not cost 2 000 000 allocations.
class BundleRecords
{
public:
    BundleRecords() = default;
    // Splits a body of u32-framed records; false (and nothing kept) when the framing does
    // not cover `body` exactly or the count differs from `expectedCount`.
    bool assign(QByteArray body, qint64 expectedCount);

    qsizetype count() const { return m_offsets.size(); }
    bool isEmpty() const { return m_offsets.isEmpty(); }
    QByteArrayView at(qsizetype index) const;
    qint64 totalBytes() const { return m_body.size(); }

private:
    QByteArray m_body;
    QList<qsizetype> m_offsets; // start of each record's bytes, after its length
    QList<qsizetype> m_sizes;
};

} // namespace passerelle
