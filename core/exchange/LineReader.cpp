#include "exchange/LineReader.h"

#include <QIODevice>

#include <cstring>

namespace passerelle {

LineReader::LineReader(QIODevice &device, qsizetype chunkSize)
    : m_device(device), m_chunkSize(chunkSize)
{
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    // Keep the unread tail, then append the next chunk after it.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_chunkSize);
    const qint64 n = m_device.read(m_buffer.data() + old, m_chunkSize);
    if (n < 0) {
        m_readError = true;
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + qsizetype(n));
    if (n == 0)
        m_eof = true;
    return n > 0;
}

LineReader::Status LineReader::next(QByteArrayView &line, bool &terminated)
{
    qsizetype searchFrom = m_pos;
    for (;;) {
        const char *base = m_buffer.constData();
        const auto *nl = static_cast<const char *>(
            std::memchr(base + searchFrom, '\n', size_t(m_buffer.size() - searchFrom)));
        if (nl) {
            const qsizetype end = nl - base;
            line = QByteArrayView(base + m_pos, end - m_pos);
            m_consumed += end - m_pos + 1;
            m_pos = end + 1;
            ++m_lineNumber;
            terminated = true;
            return Status::Line;
        }
        const qsizetype pending = m_buffer.size() - m_pos;
        if (pending > maxLineLength)
            return Status::TooLong;
        if (!fill()) {
            if (m_readError)
                return Status::ReadError;
            if (m_pos == m_buffer.size())
                return Status::End;
            line = QByteArrayView(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
            m_consumed += line.size();
            m_pos = m_buffer.size();
            ++m_lineNumber;
            terminated = false;
            return Status::Line;
        }
        searchFrom = pending; // fill() moved the unread bytes to the front
    }
}

} // namespace passerelle
