#include "indicators/CompiledQuery.h"

#include "storage/SqliteStatement.h"
#include "util/Logging.h"

#include <QElapsedTimer>

namespace passerelle {

namespace {
void bindValue(SqliteStatement &q, int index, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        q.bindBlob(index, v.toByteArray());
        break;
    case QMetaType::QString:
        q.bindText(index, v.toString());
        break;
    case QMetaType::Double:
        q.bind(index, v.toDouble());
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        q.bind(index, v.toLongLong());
        break;
    default:
        q.bindNull(index);
        break;
    }
}

QByteArray literal(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return "x'" + v.toByteArray().toHex() + '\'';
    case QMetaType::QString:
        return '\'' + v.toString().toUtf8().replace('\'', "''") + '\'';
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QByteArray::number(v.toLongLong());
    default:
        return "NULL";
    }
}
} // namespace

void CompiledQuery::forEachRow(sqlite3 *db,
                               const std::function<void(const SqliteStatement &)> &row) const
{
    SqliteStatement q(db, sql);
    for (int i = 0; i < params.size(); ++i)
        bindValue(q, i + 1, params[i]);
    QElapsedTimer timer;
    timer.start();
    while (q.step())
        row(q);
    if (lcIndicators().isDebugEnabled())
        qCDebug(lcIndicators).noquote()
            << QStringLiteral("%1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1)
            << QString::fromUtf8(toShellSql());
}

double CompiledQuery::scalar(sqlite3 *db) const
{
    double out = 0;
    forEachRow(db, [&out](const SqliteStatement &q) {
        if (!q.isNull(0))
            out = q.real(0);
    });
    return out;
}

QByteArray CompiledQuery::toShellSql() const
{
    QByteArray out;
    qsizetype next = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        // Fragments never hold quoted text with a '?' in it, so every '?' is a placeholder.
        if (sql[i] == '?' && next < params.size())
            out += literal(params[next++]);
        else
            out += sql[i];
    }
    return out + ';';
}

QueryText &QueryText::sql(const char *text)
{
    m_sql += text;
    return *this;
}

QueryText &QueryText::sql(const QByteArray &text)
{
    m_sql += text;
    return *this;
}

QueryText &QueryText::value(const QVariant &v)
{
    m_sql += '?';
    m_params.append(v);
    return *this;
}

QueryText &QueryText::list(const QList<QVariant> &values)
{
    m_sql += '(';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_sql += ", ";
        value(values[i]);
    }
    m_sql += ')';
    return *this;
}

QueryText &QueryText::append(const QueryText &other)
{
    m_sql += other.m_sql;
    m_params += other.m_params;
    return *this;
}

} // namespace passerelle
