#include "sync/SyncRowAccess.h"

#include "storage/SqliteStatement.h"
#include "sync/SyncKey.h"
#include "util/Errors.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <vector>

namespace passerelle {

SyncRowAccess::SyncRowAccess(sqlite3 *db) : m_db(db) {}

SyncRowAccess::~SyncRowAccess() = default;

SqliteStatement &SyncRowAccess::statement(const QByteArray &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_db, sql));
    (*it)->reset();
    return **it;
}

QByteArray SyncRowAccess::keyWhere(const SyncTable &t)
{
    QByteArray where;
    for (const QString &c : t.primaryKey) {
        if (!where.isEmpty())
            where += " AND ";
        where += sqlIdentifier(c) + " = ?";
    }
    return where;
}

int SyncRowAccess::bindKey(SqliteStatement &q, const SyncTable &t, const QByteArray &key,
                           int first)
{
    const std::optional<QVariantList> values = SyncKey::decode(key);
    if (!values || values->size() != t.primaryKey.size())
        throw StorageError(QCoreApplication::translate("Sync", "Clé de ligne illisible dans %1.")
                               .arg(t.info.name));
    for (const QVariant &v : *values)
        bind(q, first++, v);
    return first;
}

SqliteStatement &SyncRowAccess::selectByKey(QHash<int, std::shared_ptr<SqliteStatement>> &cache,
                                            const char *what, const SyncTable &t,
                                            const QByteArray &key)
{
    std::shared_ptr<SqliteStatement> &select = cache[t.index];
    if (!select)
        select = std::make_shared<SqliteStatement>(m_db, "SELECT " + QByteArray(what) + " FROM " +
                                                             sqlIdentifier(t.info.name) +
                                                             " WHERE " + keyWhere(t));
    select->reset();
    bindKey(*select, t, key, 1);
    return *select;
}

std::optional<QVariantList> SyncRowAccess::read(const SyncTable &t, const QByteArray &key)
{
    SqliteStatement &q = selectByKey(m_reads, "*", t, key);
    if (!q.step())
        return std::nullopt;
    QVariantList values;
    values.reserve(q.columnCount());
    for (int i = 0; i < q.columnCount(); ++i)
        values.append(column(q, i));
    q.reset();
    return values;
}

bool SyncRowAccess::exists(const SyncTable &t, const QByteArray &key)
{
    SqliteStatement &q = selectByKey(m_exists, "1", t, key);
    const bool found = q.step();
    q.reset();
    return found;
}

SqliteStatement &SyncRowAccess::columnsStatement(QHash<int, QList<ColumnsStatement>> &cache,
                                                 const SyncTable &t, const QStringList &columns,
                                                 Write write, qsizetype rows)
{
    QList<ColumnsStatement> &known = cache[t.index];
    for (const ColumnsStatement &c : std::as_const(known))
        if (c.rows == rows && c.columns == columns) {
            c.statement->reset();
            return *c.statement;
        }
    QByteArray sql;
    QByteArray names;
    QByteArray marks;
    for (const QString &c : t.primaryKey + columns) {
        names += (names.isEmpty() ? "" : ", ") + sqlIdentifier(c);
        marks += marks.isEmpty() ? "?" : ", ?";
    }
    QByteArray tuples = "(" + marks + ")";
    for (qsizetype i = 1; i < rows; ++i)
        tuples += ", (" + marks + ")";
    const QByteArray table = sqlIdentifier(t.info.name);
    if (write == Write::Insert) {
        sql = "INSERT INTO " + table + " (" + names + ") VALUES " + tuples;
    } else if (write == Write::UpdateMany) {
        // VALUES names its columns column1, column2, …: the key's first, then the values.
        QByteArray set;
        QByteArray match;
        qsizetype at = 0;
        for (const QString &c : t.primaryKey)
            match += (match.isEmpty() ? "" : " AND ") + table + '.' + sqlIdentifier(c) +
                     " = v.column" + QByteArray::number(++at);
        for (const QString &c : columns)
            set += (set.isEmpty() ? "" : ", ") + sqlIdentifier(c) + " = v.column" +
                   QByteArray::number(++at);
        sql =
            "UPDATE " + table + " SET " + set + " FROM (VALUES " + tuples + ") AS v WHERE " + match;
    } else {
        QByteArray set;
        for (const QString &c : columns)
            set += (set.isEmpty() ? "" : ", ") + sqlIdentifier(c) + " = ?";
        sql = "UPDATE " + sqlIdentifier(t.info.name) + " SET " + set + " WHERE " + keyWhere(t);
    }
    known.append({columns, rows, std::make_shared<SqliteStatement>(m_db, sql)});
    return *known.last().statement;
}

void SyncRowAccess::insert(const SyncTable &t, const QByteArray &key, const QStringList &columns,
                           const QVariantList &values)
{
    SqliteStatement &q = columnsStatement(m_inserts, t, columns, Write::Insert);
    int at = bindKey(q, t, key, 1);
    for (const QVariant &v : values)
        bind(q, at++, v);
    q.execute();
}

void SyncRowAccess::insert(const SyncTable &t, const QStringList &columns, const NewRow *rows,
                           qsizetype count)
{
    executeRows(columnsStatement(m_inserts, t, columns, Write::Insert, count), t, rows, count);
}

void SyncRowAccess::update(const SyncTable &t, const QStringList &columns, const NewRow *rows,
                           qsizetype count)
{
    executeRows(columnsStatement(m_updatesMany, t, columns, Write::UpdateMany, count), t, rows,
                count);
}

void SyncRowAccess::executeRows(SqliteStatement &q, const SyncTable &t, const NewRow *rows,
                                qsizetype count)
{
    // Texts converted once and bound where they are, blobs bound in place: SQLite's own
    // copy of every value was a tenth of a first sync's row writes.
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(count * (rows[0].values.size())));
    int at = 1;
    for (qsizetype r = 0; r < count; ++r) {
        at = bindKey(q, t, rows[r].key, at);
        for (const QVariant &v : rows[r].values) {
            if (v.typeId() == QMetaType::QString) {
                utf8.push_back(static_cast<const QString *>(v.constData())->toUtf8());
                q.bindUtf8NoCopy(at++, utf8.back());
            } else if (v.typeId() == QMetaType::QByteArray) {
                q.bindBlobNoCopy(at++, *static_cast<const QByteArray *>(v.constData()));
            } else {
                bind(q, at++, v);
            }
        }
    }
    try {
        q.execute(); // which unbinds the values
    } catch (const StorageError &) {
        q.reset(); // nothing may keep pointing at the texts above
        throw;
    }
}

void SyncRowAccess::update(const SyncTable &t, const QByteArray &key, const QStringList &columns,
                           const QVariantList &values)
{
    SqliteStatement &q = columnsStatement(m_updates, t, columns, Write::Update);
    int at = 1;
    for (const QVariant &v : values)
        bind(q, at++, v);
    bindKey(q, t, key, at);
    q.execute();
}

void SyncRowAccess::remove(const SyncTable &t, const QByteArray &key)
{
    SqliteStatement &q =
        statement("DELETE FROM " + sqlIdentifier(t.info.name) + " WHERE " + keyWhere(t));
    bindKey(q, t, key, 1);
    q.execute();
}

void SyncRowAccess::bind(SqliteStatement &q, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        q.bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        q.bind(index, value.toDouble());
        break;
    case QMetaType::QString:
        q.bindText(index, value.toString());
        break;
    case QMetaType::QByteArray:
        if (value.toByteArray().isEmpty())
            sqlite3_bind_zeroblob(q.raw(), index, 0);
        else
            q.bindBlob(index, value.toByteArray());
        break;
    default:
        q.bindNull(index);
    }
}

QVariant SyncRowAccess::column(const SqliteStatement &q, int index)
{
    switch (q.columnType(index)) {
    case SQLITE_INTEGER:
        return QVariant(q.int64(index));
    case SQLITE_FLOAT:
        return QVariant(q.real(index));
    case SQLITE_TEXT:
        return QVariant(q.text(index));
    case SQLITE_BLOB:
        return QVariant(q.blob(index));
    default:
        return QVariant();
    }
}

QString SyncRowAccess::literal(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QString:
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    case QMetaType::QByteArray:
        return QStringLiteral("X'") + QString::fromLatin1(value.toByteArray().toHex().toUpper()) +
               QLatin1Char('\'');
    default:
        return QStringLiteral("NULL");
    }
}

} // namespace passerelle
