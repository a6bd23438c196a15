#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace passerelle::sql {

// QtSql hygiene in one place: statements prepared once, values bound (never concatenated),
// and SQLite's refusals turned into errors that name the field.

// Prepares `sql` on the connection; throws StorageError naming the statement's table.
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);

// Executes a prepared query. A constraint failure becomes a ValidationError naming the
// column (our CHECK constraints are named after their column) and `record`; anything else
// a StorageError.
void exec(QSqlQuery &query, const QString &record = {});

// Maps a SQLite error text ("CHECK constraint failed: status", "NOT NULL constraint failed:
// case_file.number", "FOREIGN KEY constraint failed", "UNIQUE constraint failed: t.a, t.b")
// to the field it names; empty when the text is not a constraint failure.
QString constraintField(const QString &sqliteMessage);
bool isConstraintFailure(const QString &sqliteMessage);
// The translated sentence for a refused value of `field`, from the SQLite message.
QString constraintMessage(const QString &sqliteMessage, const QString &field);

// Binding helpers: empty/invalid values become SQL NULL.
QVariant uuid(const Uuid &id);
QVariant date(const QDate &d);
QVariant text(const QString &s); // empty → NULL
QVariant integer(std::optional<qint64> v);
QVariant boolean(std::optional<bool> v); // → 0/1/NULL

// Reading helpers.
Uuid uuidAt(const QSqlQuery &q, int column);
QDate dateAt(const QSqlQuery &q, int column);
std::optional<qint64> integerAt(const QSqlQuery &q, int column);
std::optional<bool> booleanAt(const QSqlQuery &q, int column);

// Runs `query` and maps its first row (readOne) or every row (readAll) with `rowAt`, then
// finishes the statement so it holds no read lock and can be bound again.
template <typename RowAt>
auto readOne(QSqlQuery &query, RowAt rowAt) -> std::optional<decltype(rowAt(query))>
{
    exec(query);
    std::optional<decltype(rowAt(query))> row;
    if (query.next())
        row = rowAt(query);
    query.finish();
    return row;
}

template <typename RowAt>
auto readAll(QSqlQuery &query, RowAt rowAt) -> QList<decltype(rowAt(query))>
{
    exec(query);
    QList<decltype(rowAt(query))> rows;
    while (query.next())
        rows.append(rowAt(query));
    query.finish();
    return rows;
}

} // namespace passerelle::sql
