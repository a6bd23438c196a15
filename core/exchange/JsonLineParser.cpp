#include "exchange/JsonLineParser.h"
#include "util/TrContext.h"

#include <charconv>
#include <cstring>

namespace passerelle {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates),
// 0 when it is not one.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    int n = 0;
    uint cp = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        return 0;
    if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        return 0;
    return n;
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}
} // namespace

QString JsonLineParser::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return ExchangeText::tr("null");
    case Type::Bool:
        return ExchangeText::tr("un booléen");
    case Type::Integer:
        return ExchangeText::tr("un entier");
    case Type::Real:
        return ExchangeText::tr("un nombre décimal");
    case Type::String:
        return ExchangeText::tr("une chaîne");
    case Type::Object:
        return ExchangeText::tr("un objet");
    case Type::Array:
        return ExchangeText::tr("un tableau");
    }
    return {};
}

const JsonLineParser::Member *JsonLineParser::find(QByteArrayView key) const
{
    for (const Member &m : m_members)
        if (m.key == key)
            return &m;
    return nullptr;
}

bool JsonLineParser::fail(const QString &message)
{
    m_error =
        ExchangeText::tr("JSON invalide (colonne %1) : %2").arg(m_p - m_begin + 1).arg(message);
    return false;
}

void JsonLineParser::skipSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

bool JsonLineParser::parse(QByteArrayView line)
{
    m_begin = m_p = line.data();
    m_end = m_p + line.size();
    m_members.clear();
    m_decoded.clear();
    m_error.clear();

    skipSpace();
    if (m_p == m_end)
        return fail(ExchangeText::tr("ligne vide"));
    if (*m_p != '{')
        return fail(ExchangeText::tr("un objet { … } est attendu"));
    ++m_p;
    skipSpace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
    } else {
        for (;;) {
            Member member;
            if (m_p == m_end || *m_p != '"')
                return fail(ExchangeText::tr("un nom de champ entre guillemets est attendu"));
            if (!parseString(member.key))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return fail(ExchangeText::tr("« : » est attendu après le nom de champ"));
            ++m_p;
            skipSpace();
            if (!parseValue(member))
                return false;
            m_members.push_back(member);
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                break;
            }
            return fail(m_p == m_end
                            ? ExchangeText::tr("l'objet n'est pas refermé (ligne tronquée ?)")
                            : ExchangeText::tr("« , » ou « } » est attendu"));
        }
    }
    skipSpace();
    if (m_p != m_end)
        return fail(ExchangeText::tr("texte inattendu après l'objet"));
    return true;
}

bool JsonLineParser::parseString(QByteArrayView &out)
{
    ++m_p; // opening quote
    const char *start = m_p;
    QByteArray *decoded = nullptr; // set at the first escape
    const char *run = start;
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            if (decoded) {
                decoded->append(run, m_p - run);
                out = QByteArrayView(*decoded);
            } else {
                out = QByteArrayView(start, m_p - start);
            }
            ++m_p;
            return true;
        }
        if (uchar(c) < 0x20)
            return fail(ExchangeText::tr("caractère de contrôle non échappé dans une chaîne"));
        if (uchar(c) >= 0x80) {
            const int n = utf8SequenceLength(reinterpret_cast<const uchar *>(m_p),
                                             reinterpret_cast<const uchar *>(m_end));
            if (n == 0)
                return fail(ExchangeText::tr("UTF-8 invalide"));
            m_p += n;
            continue;
        }
        if (c != '\\') {
            ++m_p;
            continue;
        }
        if (!decoded) {
            m_decoded.emplace_back();
            decoded = &m_decoded.back();
        }
        decoded->append(run, m_p - run);
        if (m_end - m_p < 2)
            break;
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
            decoded->append('"');
            break;
        case '\\':
            decoded->append('\\');
            break;
        case '/':
            decoded->append('/');
            break;
        case 'b':
            decoded->append('\b');
            break;
        case 'f':
            decoded->append('\f');
            break;
        case 'n':
            decoded->append('\n');
            break;
        case 'r':
            decoded->append('\r');
            break;
        case 't':
            decoded->append('\t');
            break;
        case 'u': {
            auto hex4 = [this](uint &value) {
                if (m_end - m_p < 4)
                    return false;
                value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_p[i]);
                    if (h < 0)
                        return false;
                    value = (value << 4) | uint(h);
                }
                m_p += 4;
                return true;
            };
            uint cp = 0;
            if (!hex4(cp))
                return fail(ExchangeText::tr("séquence \\u invalide"));
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return fail(ExchangeText::tr("demi-paire UTF-16 isolée"));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail(ExchangeText::tr("demi-paire UTF-16 isolée"));
                m_p += 2;
                if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return fail(ExchangeText::tr("demi-paire UTF-16 isolée"));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(*decoded, cp);
            break;
        }
        default:
            m_p -= 1;
            return fail(ExchangeText::tr("échappement inconnu"));
        }
        run = m_p;
    }
    return fail(ExchangeText::tr("chaîne non refermée (ligne tronquée ?)"));
}

bool JsonLineParser::parseValue(Member &member)
{
    if (m_p == m_end)
        return fail(ExchangeText::tr("valeur manquante"));
    auto literal = [this](const char *word) {
        const auto n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    };
    switch (*m_p) {
    case '"':
        member.type = Type::String;
        return parseString(member.text);
    case '{':
    case '[':
        return skipNested(member);
    case 't':
        member.type = Type::Bool;
        member.boolean = true;
        return literal("true") || fail(ExchangeText::tr("valeur inconnue"));
    case 'f':
        member.type = Type::Bool;
        return literal("false") || fail(ExchangeText::tr("valeur inconnue"));
    case 'n':
        member.type = Type::Null;
        return literal("null") || fail(ExchangeText::tr("valeur inconnue"));
    default:
        return parseNumber(member);
    }
}

bool JsonLineParser::parseNumber(Member &member)
{
    const char *start = m_p;
    if (*m_p == '-')
        ++m_p;
    if (m_p == m_end || !isDigit(*m_p))
        return fail(ExchangeText::tr("valeur inconnue"));
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    bool integral = true;
    if (m_p < m_end && *m_p == '.') {
        integral = false;
        ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(ExchangeText::tr("nombre mal formé"));
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integral = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(ExchangeText::tr("nombre mal formé"));
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    member.text = QByteArrayView(start, m_p - start);
    if (integral) {
        member.type = Type::Integer;
        const auto r = std::from_chars(start, m_p, member.integer);
        if (r.ec != std::errc())
            return fail(ExchangeText::tr("entier hors limites"));
        member.real = double(member.integer);
        return true;
    }
    member.type = Type::Real;
    const auto r = std::from_chars(start, m_p, member.real);
    if (r.ec != std::errc())
        return fail(ExchangeText::tr("nombre hors limites"));
    return true;
}

bool JsonLineParser::skipNested(Member &member)
{
    member.type = *m_p == '{' ? Type::Object : Type::Array;
    const char *start = m_p;
    QByteArray open; // brackets not closed yet, innermost last
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            QByteArrayView ignored;
            if (!parseString(ignored))
                return false;
            continue;
        }
        if (c == '{' || c == '[') {
            open.append(c);
        } else if (c == '}' || c == ']') {
            if (open.back() != (c == '}' ? '{' : '['))
                return fail(ExchangeText::tr("crochets ou accolades mal appariés"));
            open.chop(1);
            if (open.isEmpty()) {
                ++m_p;
                member.text = QByteArrayView(start, m_p - start);
                return true;
            }
        }
        ++m_p;
    }
    return fail(ExchangeText::tr("valeur imbriquée non refermée (ligne tronquée ?)"));
}

} // namespace passerelle
