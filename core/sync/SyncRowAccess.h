#pragma once

#include "sync/SyncLayout.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;

namespace passerelle {

class SqliteStatement;

// Reads and writes the live rows of replicated tables by encoded key, with statements
// prepared once per table: the builder reads the values it sends, the merger writes the
// values that won.
class SyncRowAccess
{
public:
    explicit SyncRowAccess(sqlite3 *db);
    ~SyncRowAccess();

    // Every column of the row, in table order; empty when the row does not exist.
    std::optional<QVariantList> read(const SyncTable &t, const QByteArray &key);
    bool exists(const SyncTable &t, const QByteArray &key);
    // Throw StorageError (a CHECK or NOT NULL refused the values).
    void insert(const SyncTable &t, const QByteArray &key, const QStringList &columns,
                const QVariantList &values);
    // Several new rows of one table, all giving the same columns, in one statement: a
    // constraint refusing one of them refuses them all (the statement is rolled back
    // whole, the transaction goes on).
    struct NewRow
    {
        QByteArray key;
        QVariantList values;
    };
    void insert(const SyncTable &t, const QStringList &columns, const NewRow *rows,
                qsizetype count);
    void update(const SyncTable &t, const QByteArray &key, const QStringList &columns,
                const QVariantList &values);
    // Several rows of one table, each setting the same columns, in one statement (keys
    // distinct); refused whole as above. A key with no row here changes nothing.
    void update(const SyncTable &t, const QStringList &columns, const NewRow *rows,
                qsizetype count);
    void remove(const SyncTable &t, const QByteArray &key);

    static void bind(SqliteStatement &q, int index, const QVariant &value);
    static QVariant column(const SqliteStatement &q, int index);
    // SQL literal of a value, as SQLite's quote() writes it: how conflicts keep values.
    static QString literal(const QVariant &value);

private:
    SqliteStatement &statement(const QByteArray &sql);
    int bindKey(SqliteStatement &q, const SyncTable &t, const QByteArray &key, int first);
    // SELECT `what` FROM the table WHERE its key is `key`: prepared once per table, bound.
    SqliteStatement &selectByKey(QHash<int, std::shared_ptr<SqliteStatement>> &cache,
                                 const char *what, const SyncTable &t, const QByteArray &key);
    // Binds each row's key then values, one tuple after the other, and runs the statement.
    void executeRows(SqliteStatement &q, const SyncTable &t, const NewRow *rows, qsizetype count);
    static QByteArray keyWhere(const SyncTable &t);

    // The INSERT or UPDATE of one table for one list of columns. A merge writes the same
    // few lists row after row: finding the statement compares lists of shared strings
    // instead of building and hashing its SQL for every row.
    struct ColumnsStatement
    {
        QStringList columns;
        qsizetype rows = 1; // VALUES tuples of an INSERT, or of an UPDATE … FROM
        std::shared_ptr<SqliteStatement> statement;
    };
    enum class Write
    {
        Insert,     // INSERT … VALUES (key, values), … for `rows` rows
        Update,     // UPDATE … SET … WHERE key: one row, values then key
        UpdateMany, // UPDATE … SET … FROM (VALUES (key, values), …) for `rows` rows
    };
    SqliteStatement &columnsStatement(QHash<int, QList<ColumnsStatement>> &cache,
                                      const SyncTable &t, const QStringList &columns, Write write,
                                      qsizetype rows = 1);

    sqlite3 *m_db;
    QHash<QByteArray, std::shared_ptr<SqliteStatement>> m_statements;
    QHash<int, QList<ColumnsStatement>> m_inserts; // by table index
    QHash<int, QList<ColumnsStatement>> m_updates;
    QHash<int, QList<ColumnsStatement>> m_updatesMany;
    QHash<int, std::shared_ptr<SqliteStatement>> m_reads; // SELECT * by key, by table index
    QHash<int, std::shared_ptr<SqliteStatement>> m_exists; // SELECT 1 by key, by table index
};

} // namespace passerelle
