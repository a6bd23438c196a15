#include "exchange/JsonLineWriter.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace passerelle {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";

bool needsEscape(uchar c)
{
    return c < 0x20 || c == '"' || c == '\\';
}
} // namespace

JsonLineWriter::JsonLineWriter(qsizetype reserve)
{
    m_buffer.reserve(reserve);
}

void JsonLineWriter::separator()
{
    if (!m_first)
        m_buffer.append(',');
    m_first = false;
}

void JsonLineWriter::beginObject()
{
    m_buffer.append('{');
    m_first = true;
}

void JsonLineWriter::key(QByteArrayView name)
{
    separator();
    m_buffer.append('"').append(name).append("\":", 2);
}

void JsonLineWriter::string(QByteArrayView utf8)
{
    m_buffer.append('"');
    const char *data = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype run = 0; // start of the pending run of bytes copied as they are
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = uchar(data[i]);
        if (!needsEscape(c))
            continue;
        m_buffer.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            m_buffer.append("\\\"", 2);
            break;
        case '\\':
            m_buffer.append("\\\\", 2);
            break;
        case '\n':
            m_buffer.append("\\n", 2);
            break;
        case '\r':
            m_buffer.append("\\r", 2);
            break;
        case '\t':
            m_buffer.append("\\t", 2);
            break;
        case '\b':
            m_buffer.append("\\b", 2);
            break;
        case '\f':
            m_buffer.append("\\f", 2);
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0x0F]};
            m_buffer.append(escaped, 6);
        }
        }
    }
    m_buffer.append(data + run, n - run);
    m_buffer.append('"');
}

void JsonLineWriter::integer(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, result.ptr - digits);
}

bool JsonLineWriter::real(double value)
{
    if (!std::isfinite(value))
        return false;
    // Shortest text that reads back as the same double: deterministic and lossless.
    m_buffer.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    return true;
}

void JsonLineWriter::uuid(QByteArrayView bytes16)
{
    char text[38];
    int o = 0;
    text[o++] = '"';
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[o++] = '-';
        const auto v = uchar(bytes16[i]);
        text[o++] = hexDigits[v >> 4];
        text[o++] = hexDigits[v & 0x0F];
    }
    text[o++] = '"';
    m_buffer.append(text, o);
}

void JsonLineWriter::null()
{
    m_buffer.append("null", 4);
}

void JsonLineWriter::beginNestedObject(QByteArrayView name)
{
    key(name);
    beginObject();
}

void JsonLineWriter::endNestedObject()
{
    m_buffer.append('}');
    m_first = false;
}

void JsonLineWriter::endObject()
{
    m_buffer.append("}\n", 2);
    m_first = true;
}

} // namespace passerelle
