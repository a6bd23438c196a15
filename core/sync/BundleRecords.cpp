#include "sync/BundleRecords.h"

#include "sync/BundleFormat.h"

#include <QtEndian>

namespace passerelle {

bool BundleRecords::assign(QByteArray body, qint64 expectedCount)
{
    m_body.clear();
    m_offsets.clear();
    m_sizes.clear();
    QList<qsizetype> offsets;
    QList<qsizetype> sizes;
    // The count is checked against the body before reserving, so a bad count cannot make
    // this allocate more than the body itself justifies.
    if (expectedCount < 0 || expectedCount > body.size() / BundleFormat::kRecordFrameBytes + 1)
        return false;
    offsets.reserve(expectedCount);
    sizes.reserve(expectedCount);
    qsizetype pos = 0;
    while (pos < body.size()) {
        if (body.size() - pos < BundleFormat::kRecordFrameBytes)
            return false;
        const qsizetype size = qFromLittleEndian<quint32>(body.constData() + pos);
        pos += BundleFormat::kRecordFrameBytes;
        if (size > body.size() - pos)
            return false;
        offsets.append(pos);
        sizes.append(size);
        pos += size;
    }
    if (offsets.size() != expectedCount)
        return false;
    m_body = std::move(body);
    m_offsets = std::move(offsets);
    m_sizes = std::move(sizes);
    return true;
}

QByteArrayView BundleRecords::at(qsizetype index) const
{
    return QByteArrayView(m_body.constData() + m_offsets.at(index), m_sizes.at(index));
}

} // namespace passerelle
