#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace passerelle {

// Thin RAII wrapper over a raw prepared statement on the connection Qt opened.
// Used on bulk paths (demo data, import, export) where QSqlQuery's per-row overhead
// would dominate; ordinary repositories use QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql); // throws StorageError
    SqliteStatement(sqlite3 *db, const QByteArray &sql) : SqliteStatement(db, sql.constData()) {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindText(int index, const QString &value);    // null QString binds NULL
    void bindUtf8(int index, const QByteArray &utf8);  // copied by SQLite
    void bindBlob(int index, const QByteArray &bytes); // empty binds NULL
    // Bound without a copy: the bytes must stay where they are until the statement has
    // run (bulk writes that keep their values alive anyway).
    void bindUtf8NoCopy(int index, const QByteArray &utf8);
    void bindBlobNoCopy(int index, const QByteArray &bytes); // empty binds a zero-length blob

    // Returns true while a row is available; throws StorageError on failure.
    bool step();
    // Runs to completion and resets, ready for the next binding.
    void execute();
    void reset();

    int columnCount() const;
    int columnType(
        int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;
    QString columnName(int column) const;

    sqlite3_stmt *raw() const { return m_stmt; }

private:
    [[noreturn]] void fail(const char *what) const;
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// A table, column or index name as SQL text: double-quoted, inner quotes doubled.
QByteArray sqlIdentifier(const QString &name);

// Runs one or more SQL statements with no parameters; throws StorageError.
void execSql(sqlite3 *db, const char *sql);
void execSql(sqlite3 *db, const QByteArray &sql);

} // namespace passerelle
