#pragma once

#include "exchange/JsonLineParser.h"
#include "storage/Schema.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

struct sqlite3;

namespace passerelle {

class SqliteStatement;

// Inserts the record lines of one table, generically from its TableInfo: no per-table code.
// Checks each line against the table (every column present once, no unknown column, JSON
// type matching the column kind, UUID text valid) before binding it, and turns SQLite
// constraint failures ("CHECK constraint failed: status", "NOT NULL constraint failed:
// t.col") into ValidationErrors that name the line, the record and the field.
// Reference lists (ref_*) are upserted: every database ships them, and the file's labels win.
class RecordInserter
{
public:
    enum class Outcome
    {
        Inserted,
        DuplicateKey
    };

    RecordInserter(sqlite3 *db, const TableInfo &table);
    ~RecordInserter();
    RecordInserter(const RecordInserter &) = delete;
    RecordInserter &operator=(const RecordInserter &) = delete;

    const TableInfo &table() const { return m_table; }

    // Throws ValidationError (refused line) or StorageError. DuplicateKey: a row with this
    // primary key exists already — in the database or earlier in the file; the importer
    // tells which. A ref_* code seen twice in the file is refused here directly.
    Outcome insert(const JsonLineParser &record, qint64 line);

    // The record's primary key in canonical text form (UUIDs lowercase), values joined by
    // '\x1f': equal keys give equal strings. Empty when a key value is missing or malformed.
    QByteArray canonicalKey(const JsonLineParser &record) const;
    static QByteArray canonicalKey(const QStringList &keyValues);

    // "ligne 42, case_file 0190…-… (PA-2025-0017)" from what the line carries.
    QString recordLabel(const JsonLineParser &record, qint64 line) const;

private:
    void mapMembers(const JsonLineParser &record, qint64 line);
    void bindAll(const JsonLineParser &record, qint64 line);
    [[noreturn]] void refuse(const JsonLineParser &record, qint64 line, const QString &field,
                             const QString &message) const;
    [[noreturn]] void refuseConstraint(const JsonLineParser &record, qint64 line, int code,
                                       const QString &sqliteMessage) const;
    bool isKeyConflict(const QString &sqliteMessage) const;
    QString keyText(const JsonLineParser::Member *member, ColumnInfo::Kind kind) const;

    sqlite3 *m_db;
    const TableInfo &m_table;
    std::unique_ptr<SqliteStatement> m_insert;
    QList<QByteArray> m_columnNames;
    std::vector<int> m_keyColumns;
    int m_humanColumn = -1;
    std::vector<const JsonLineParser::Member *> m_slots; // by column, for the current line
    std::vector<std::array<char, 16>> m_uuidBytes;       // by column, bound without a copy
    QSet<QByteArray> m_seenReferenceKeys;                // ref_* only: upserts hide duplicates
};

} // namespace passerelle
