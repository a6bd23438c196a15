#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <deque>
#include <vector>

namespace passerelle {

// Strict parser for one flat JSON object (one line of the interchange file). Records are
// flat by design, so a purpose-built parser is both faster than QJsonDocument (no DOM, no
// QString per value) and more exact: integers stay 64-bit integers instead of doubles, and
// `1` is told apart from `1.0`. Nested objects and arrays are accepted as values but kept
// as raw text (only the trailer uses one); the caller decides what types it accepts.
class JsonLineParser
{
public:
    enum class Type
    {
        Null,
        Bool,
        Integer,
        Real,
        String,
        Object,
        Array
    };

    struct Member
    {
        QByteArrayView key; // decoded UTF-8
        Type type = Type::Null;
        QByteArrayView text;  // String: decoded UTF-8; Object/Array: raw JSON text
        qint64 integer = 0;   // Integer
        double real = 0;      // Real (and Integer, converted)
        bool boolean = false; // Bool
    };

    // Parses `line` (without its newline; a trailing '\r' is tolerated). The views in
    // members() point into `line` or into the parser, valid until the next parse().
    // Returns false on malformed input; error() says what, in French.
    bool parse(QByteArrayView line);

    const std::vector<Member> &members() const { return m_members; }
    const Member *find(QByteArrayView key) const;
    const QString &error() const { return m_error; }
    static QString typeName(Type type); // French, for messages ("un entier", "une chaîne"…)

private:
    bool fail(const QString &message);
    void skipSpace();
    bool parseString(QByteArrayView &out);
    bool parseValue(Member &member);
    bool parseNumber(Member &member);
    bool skipNested(Member &member);

    const char *m_p = nullptr;
    const char *m_end = nullptr;
    const char *m_begin = nullptr;
    std::vector<Member> m_members;
    std::deque<QByteArray> m_decoded; // strings that contained escapes
    QString m_error;
};

} // namespace passerelle
