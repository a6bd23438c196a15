#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace passerelle {

// A forward reader of the CBOR a change set's records are written in (QCborValue::toCbor
// of arrays of integers, doubles, booleans, null, text and byte strings). Decoding a
// 100 000-row bundle through QCborValue built a tree of every record first and then
// copied it out: here each item is read once, in place, and names that recur on every
// row (tables, columns) are kept as one shared QString. Definite lengths only, no tags:
// what the encoder never writes is refused rather than guessed at.
class CborCursor
{
public:
    enum class Type
    {
        Invalid,
        Integer,
        Bytes,
        Text,
        Array,
        False,
        True,
        Null,
        Double
    };

    explicit CborCursor(QByteArrayView bytes) : m_bytes(bytes) {}

    // The type of the next item, without consuming it; Invalid at the end or on an
    // encoding outside the admitted ones.
    Type peek() const;
    bool atEnd() const { return m_pos == m_bytes.size(); }

    std::optional<qint64> integer();
    std::optional<QByteArray> bytes();
    std::optional<QString> text();
    // A text item that names something (a table, a column): the same QString every time.
    std::optional<QString> name();
    std::optional<qsizetype> arrayLength();
    std::optional<bool> boolean();
    bool null();
    std::optional<double> real();

private:
    // The head of the next item: major type and argument; the position after it.
    struct Head
    {
        int major = -1;
        int info = 0;
        quint64 argument = 0;
        qsizetype next = 0;
    };
    std::optional<Head> head() const;
    std::optional<QByteArrayView> string(int major);

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

} // namespace passerelle
