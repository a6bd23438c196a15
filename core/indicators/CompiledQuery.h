#pragma once

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <functional>

struct sqlite3;

namespace passerelle {

class SqliteStatement;

// One SQL statement and the values of its '?' placeholders, in order. Indicator queries are
// assembled from the catalogue's fixed fragments; every value a definition or a caller
// supplies (codes, ids, dates, scores) travels as a parameter, never as SQL text.
struct CompiledQuery
{
    QByteArray sql;
    // QByteArray binds a BLOB (ids), QString TEXT, int / qint64 INTEGER, double REAL.
    QList<QVariant> params;

    // Prepares, binds and calls `row` for every result row. Throws StorageError.
    void forEachRow(sqlite3 *db, const std::function<void(const SqliteStatement &)> &row) const;
    // The single value of a one-row, one-column query (0 when NULL or no row).
    double scalar(sqlite3 *db) const;
    // The statement with its values written in as SQL literals, to paste into the sqlite3
    // shell when comparing timings. For reading only: never executed by the program.
    QByteArray toShellSql() const;
};

// Builds a CompiledQuery fragment by fragment, keeping each fragment's values with it so
// that pieces can be assembled in any order (FROM before WHERE) and the '?' still match.
class QueryText
{
public:
    QueryText() = default;
    explicit QueryText(const char *sql) { m_sql = sql; }

    QueryText &sql(const char *text);
    QueryText &sql(const QByteArray &text);
    QueryText &value(const QVariant &v); // one '?'
    QueryText &list(const QList<QVariant> &values); // "(?, ?, …)"
    QueryText &append(const QueryText &other);
    bool isEmpty() const { return m_sql.isEmpty(); }

    CompiledQuery compile() const { return {m_sql, m_params}; }
    const QByteArray &text() const { return m_sql; }

private:
    QByteArray m_sql;
    QList<QVariant> m_params;
};

} // namespace passerelle
