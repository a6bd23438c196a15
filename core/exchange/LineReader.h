#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace passerelle {

// Reads a device line by line in large chunks, without a copy per line: the interchange
// file can hold millions of lines and QIODevice::readLine() costs a buffer per call.
class LineReader
{
public:
    enum class Status
    {
        Line,
        End,
        TooLong,
        ReadError
    };

    explicit LineReader(QIODevice &device, qsizetype chunkSize = 4 * 1024 * 1024);

    // Next line without its '\n', valid until the following call. `terminated` is false only
    // for a last line the file does not end with a newline (a sign of truncation).
    Status next(QByteArrayView &line, bool &terminated);

    qint64 lineNumber() const { return m_lineNumber; } // 1-based, of the line last returned
    qint64 bytesConsumed() const { return m_consumed; }

    // Longest line accepted, so a file without newlines cannot exhaust memory.
    static constexpr qsizetype maxLineLength = 64 * 1024 * 1024;

private:
    bool fill();
    QIODevice &m_device;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_lineNumber = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_readError = false;
};

} // namespace passerelle
