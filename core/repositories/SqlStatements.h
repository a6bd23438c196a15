#pragma once

#include "util/Uuid.h"

#include <QSqlQuery>
#include <QString>

#include <unordered_map>

namespace passerelle {

class Database;

// The prepared statements of one repository: each SQL text is prepared on first use and
// kept (QtSql hygiene: prepare once, bind every time), plus the few statements every
// entity table shares (existence, archive / restore).
//
// Table names passed here are compile-time constants of the calling repository, never
// user input: they cannot be bound, so they are the one thing spliced into SQL text.
class SqlStatements
{
public:
    explicit SqlStatements(const Database &db) : m_db(db) {}
    SqlStatements(const SqlStatements &) = delete;
    SqlStatements &operator=(const SqlStatements &) = delete;

    // The statement for `sql`, prepared once, forward-only. Throws StorageError.
    QSqlQuery &get(const QString &sql);

    // True when `table` has a row with this id, archived or not.
    bool exists(QLatin1StringView table, const Uuid &id);
    // Sets (archive) or clears (restore) archived_at and bumps updated_at. Idempotent;
    // throws ValidationError(field "id", record) when there is no such row.
    void setArchived(QLatin1StringView table, const Uuid &id, bool archived, qint64 nowMs,
                     const QString &record);

private:
    const Database &m_db;
    std::unordered_map<QString, QSqlQuery> m_statements;
};

} // namespace passerelle
