#include "exchange/RecordInserter.h"

#include "exchange/ExchangeFormat.h"
#include "exchange/RecordNaming.h"
#include "storage/SqliteStatement.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <sqlite3.h>

#include <algorithm>

namespace passerelle {

namespace {
using Member = JsonLineParser::Member;
using Type = JsonLineParser::Type;

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

// Canonical 8-4-4-4-12 text (either case) to 16 bytes.
bool parseUuid(QByteArrayView text, std::array<char, 16> &out)
{
    if (text.size() != 36)
        return false;
    int byte = 0;
    for (int i = 0; i < 36;) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return false;
            ++i;
            continue;
        }
        const int hi = hexValue(text[i]);
        const int lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[size_t(byte++)] = char((hi << 4) | lo);
        i += 2;
    }
    return true;
}

QString expectedType(ColumnInfo::Kind kind)
{
    switch (kind) {
    case ColumnInfo::Kind::Uuid:
        return ExchangeText::tr("un UUID (chaîne)");
    case ColumnInfo::Kind::Integer:
        return ExchangeText::tr("un entier");
    case ColumnInfo::Kind::Real:
        return ExchangeText::tr("un nombre");
    case ColumnInfo::Kind::Text:
        return ExchangeText::tr("une chaîne");
    }
    return {};
}

// A value as the line carries it, shortened: enough to recognise it in the message.
QString shown(const Member *member)
{
    if (!member || member->type == Type::Null)
        return QStringLiteral("null");
    QString text = QString::fromUtf8(member->text.data(), member->text.size());
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    return member->type == Type::String ? ExchangeText::tr("« %1 »").arg(text) : text;
}
} // namespace

RecordInserter::RecordInserter(sqlite3 *db, const TableInfo &table) : m_db(db), m_table(table)
{
    QByteArray columns;
    QByteArray values;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ColumnInfo &c = table.columns[i];
        columns += (i > 0 ? "," : "") + sqlIdentifier(c.name);
        values += (i > 0 ? ",?" : "?") + QByteArray::number(i + 1);
        m_columnNames.append(c.name.toUtf8());
        if (c.primaryKeyPosition > 0)
            m_keyColumns.push_back(int(i));
    }
    std::sort(m_keyColumns.begin(), m_keyColumns.end(), [&](int a, int b) {
        return table.columns[a].primaryKeyPosition < table.columns[b].primaryKeyPosition;
    });
    const QString human = RecordNaming::humanColumn(table);
    if (!human.isEmpty())
        m_humanColumn = int(m_columnNames.indexOf(human.toUtf8()));

    QByteArray sql =
        "INSERT INTO " + sqlIdentifier(table.name) + " (" + columns + ") VALUES (" + values + ")";
    if (table.isReferenceList) {
        QByteArray target;
        QByteArray updates;
        for (const ColumnInfo &c : table.columns) {
            if (c.primaryKeyPosition > 0) {
                target += (target.isEmpty() ? "" : ",") + sqlIdentifier(c.name);
            } else {
                updates += (updates.isEmpty() ? "" : ",") + sqlIdentifier(c.name) + "=excluded." +
                           sqlIdentifier(c.name);
            }
        }
        sql += " ON CONFLICT(" + target + ") DO UPDATE SET " + updates;
    }
    m_insert = std::make_unique<SqliteStatement>(db, sql);
    m_slots.resize(size_t(table.columns.size()));
    m_uuidBytes.resize(size_t(table.columns.size()));
}

RecordInserter::~RecordInserter() = default;

void RecordInserter::refuse(const JsonLineParser &record, qint64 line, const QString &field,
                            const QString &message) const
{
    throw ValidationError(field, message, recordLabel(record, line));
}

QString RecordInserter::keyText(const Member *member, ColumnInfo::Kind kind) const
{
    if (!member || member->type == Type::Null)
        return {};
    if (kind == ColumnInfo::Kind::Uuid) {
        std::array<char, 16> bytes;
        if (member->type != Type::String || !parseUuid(member->text, bytes))
            return {};
        return QString::fromLatin1(member->text.toByteArray().toLower());
    }
    if (member->type != Type::String && member->type != Type::Integer)
        return {};
    return QString::fromUtf8(member->text.data(), member->text.size());
}

QByteArray RecordInserter::canonicalKey(const JsonLineParser &record) const
{
    QStringList values;
    for (int c : m_keyColumns) {
        const QString v = keyText(record.find(m_columnNames[c]), m_table.columns[c].kind);
        if (v.isNull())
            return {};
        values.append(v);
    }
    return canonicalKey(values);
}

QByteArray RecordInserter::canonicalKey(const QStringList &keyValues)
{
    return keyValues.join(QChar(0x1f)).toUtf8();
}

QString RecordInserter::recordLabel(const JsonLineParser &record, qint64 line) const
{
    QStringList key;
    for (int c : m_keyColumns) {
        const Member *m = record.find(m_columnNames[c]);
        key.append(m && m->type != Type::Null ? QString::fromUtf8(m->text.data(), m->text.size())
                                              : QStringLiteral("?"));
    }
    QString number;
    if (m_humanColumn >= 0)
        if (const Member *m = record.find(m_columnNames[m_humanColumn]);
            m && m->type == Type::String)
            number = QString::fromUtf8(m->text.data(), m->text.size());
    return ExchangeText::tr("ligne %1, %2")
        .arg(line)
        .arg(RecordNaming::label(m_table.name, key, number));
}

void RecordInserter::mapMembers(const JsonLineParser &record, qint64 line)
{
    std::fill(m_slots.begin(), m_slots.end(), nullptr);
    const int columnCount = int(m_columnNames.size());
    int hint = 0; // files written by the exporter list the columns in table order
    bool tableSeen = false;
    for (const Member &m : record.members()) {
        if (m.key == QByteArrayView(ExchangeFormat::tableKey)) {
            if (tableSeen)
                refuse(record, line, QString::fromLatin1(ExchangeFormat::tableKey),
                       ExchangeText::tr("champ présent deux fois"));
            tableSeen = true;
            continue;
        }
        int index = -1;
        if (hint < columnCount && m_columnNames[hint] == m.key) {
            index = hint;
        } else {
            for (int c = 0; c < columnCount; ++c)
                if (m_columnNames[c] == m.key) {
                    index = c;
                    break;
                }
        }
        if (index < 0)
            refuse(record, line, QString::fromUtf8(m.key.data(), m.key.size()),
                   ExchangeText::tr("champ inconnu dans la table %1").arg(m_table.name));
        if (m_slots[size_t(index)])
            refuse(record, line, m_table.columns[index].name,
                   ExchangeText::tr("champ présent deux fois"));
        m_slots[size_t(index)] = &m;
        hint = index + 1;
    }
    for (int c = 0; c < columnCount; ++c)
        if (!m_slots[size_t(c)])
            refuse(record, line, m_table.columns[c].name, ExchangeText::tr("champ manquant"));
}

void RecordInserter::bindAll(const JsonLineParser &record, qint64 line)
{
    sqlite3_stmt *stmt = m_insert->raw();
    for (int c = 0; c < int(m_slots.size()); ++c) {
        const Member *m = m_slots[size_t(c)];
        const ColumnInfo &column = m_table.columns[c];
        const int p = c + 1;
        if (m->type == Type::Null) {
            if (column.notNull)
                refuse(record, line, column.name,
                       ExchangeText::tr("valeur obligatoire : null refusé"));
            sqlite3_bind_null(stmt, p);
            continue;
        }
        bool typeOk = false;
        switch (column.kind) {
        case ColumnInfo::Kind::Uuid:
            if (m->type == Type::String) {
                typeOk = true;
                if (!parseUuid(m->text, m_uuidBytes[size_t(c)]))
                    refuse(record, line, column.name,
                           ExchangeText::tr("UUID invalide : %1").arg(shown(m)));
                sqlite3_bind_blob(stmt, p, m_uuidBytes[size_t(c)].data(), 16, SQLITE_STATIC);
            }
            break;
        case ColumnInfo::Kind::Integer:
            if (m->type == Type::Integer) {
                typeOk = true;
                sqlite3_bind_int64(stmt, p, m->integer);
            }
            break;
        case ColumnInfo::Kind::Real:
            if (m->type == Type::Integer || m->type == Type::Real) {
                typeOk = true;
                sqlite3_bind_double(stmt, p, m->real);
            }
            break;
        case ColumnInfo::Kind::Text:
            if (m->type == Type::String) {
                typeOk = true;
                // The views stay valid until the next line is read, after this row's step.
                sqlite3_bind_text(stmt, p, m->text.isNull() ? "" : m->text.data(),
                                  int(m->text.size()), SQLITE_STATIC);
            }
            break;
        }
        if (!typeOk)
            refuse(record, line, column.name,
                   ExchangeText::tr("type incorrect : attendu %1, trouvé %2")
                       .arg(expectedType(column.kind), JsonLineParser::typeName(m->type)));
    }
}

RecordInserter::Outcome RecordInserter::insert(const JsonLineParser &record, qint64 line)
{
    mapMembers(record, line);
    bindAll(record, line);
    if (m_table.isReferenceList) {
        const QByteArray key = canonicalKey(record);
        if (m_seenReferenceKeys.contains(key))
            refuse(record, line, m_table.columns[m_keyColumns.front()].name,
                   ExchangeText::tr("enregistrement présent deux fois dans le fichier"));
        m_seenReferenceKeys.insert(key);
    }
    sqlite3_stmt *stmt = m_insert->raw();
    if (sqlite3_step(stmt) == SQLITE_DONE) {
        sqlite3_reset(stmt);
        return Outcome::Inserted;
    }
    const int code = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(stmt);
    if (code == SQLITE_CONSTRAINT_PRIMARYKEY ||
        (code == SQLITE_CONSTRAINT_UNIQUE && isKeyConflict(message)))
        return Outcome::DuplicateKey;
    if ((code & 0xFF) == SQLITE_CONSTRAINT)
        refuseConstraint(record, line, code, message);
    throw StorageError(
        ExchangeText::tr("Écriture impossible (%1) : %2").arg(recordLabel(record, line), message));
}

bool RecordInserter::isKeyConflict(const QString &sqliteMessage) const
{
    // "UNIQUE constraint failed: case_person.case_id, case_person.person_id"
    QStringList columns;
    const QStringList failed = sqliteMessage.section(QLatin1Char(':'), 1).split(QLatin1Char(','));
    for (const QString &c : failed)
        columns.append(c.trimmed().section(QLatin1Char('.'), 1));
    return columns == m_table.primaryKey();
}

void RecordInserter::refuseConstraint(const JsonLineParser &record, qint64 line, int code,
                                      const QString &sqliteMessage) const
{
    // SQLite names what failed after the colon: a constraint name for CHECK (ours are named
    // after their column), "table.column" for NOT NULL and UNIQUE.
    const QString detail = sqliteMessage.section(QLatin1Char(':'), 1).trimmed();
    QString column = detail.section(QLatin1Char(','), 0, 0).trimmed();
    if (column.contains(QLatin1Char('.')))
        column = column.section(QLatin1Char('.'), 1);
    const qsizetype index = m_columnNames.indexOf(column.toUtf8());
    const Member *member = index >= 0 ? m_slots[size_t(index)] : nullptr;
    if (index < 0)
        column.clear();
    switch (code) {
    case SQLITE_CONSTRAINT_CHECK:
        if (column.isEmpty())
            refuse(record, line, column,
                   ExchangeText::tr("contrainte non respectée : %1").arg(detail));
        refuse(record, line, column,
               ExchangeText::tr("valeur refusée par le schéma : %1").arg(shown(member)));
    case SQLITE_CONSTRAINT_NOTNULL:
        refuse(record, line, column, ExchangeText::tr("valeur obligatoire"));
    case SQLITE_CONSTRAINT_UNIQUE:
        refuse(record, line, column,
               ExchangeText::tr("valeur déjà utilisée : %1").arg(shown(member)));
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        refuse(record, line, column, ExchangeText::tr("référence orpheline"));
    default:
        refuse(record, line, column,
               ExchangeText::tr("contrainte non respectée : %1").arg(sqliteMessage));
    }
}

} // namespace passerelle
