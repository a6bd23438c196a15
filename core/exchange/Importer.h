#pragma once

#include "exchange/ExchangeFormat.h"
#include "storage/Schema.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace passerelle {

class Database;
class JsonLineParser;
class RecordInserter;
class IntegrityReport;

// Reads an interchange file (docs/exchange-format.md) into a database, all or nothing.
// Generic over Schema::replicatedTables: no per-table code. Every record goes in through one
// transaction with deferred foreign keys; before committing, the references
// (PRAGMA foreign_key_check) and the domain invariants (IntegrityChecker) are verified and
// the trailer's counts compared with what was read. On any failure the transaction is rolled
// back and the database is left exactly as it was.
class Importer
{
public:
    // Throws ValidationError naming the line, the record and the field of the first refused
    // line (bad header, unknown version or table, wrong JSON type, unknown or missing column,
    // invalid UUID, duplicate id, id already in the database, constraint or invariant
    // violated, dangling reference, truncated file); Error when the file cannot be read;
    // StorageError when the database cannot be written.
    static ExchangeResult run(Database &db, const QString &path,
                              const ProgressCallback &progress = {});

    ~Importer();
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

private:
    Importer(Database &db, const QString &path, const ProgressCallback &progress);
    ExchangeResult execute();
    void readHeader(const JsonLineParser &header);
    void readRecord(const JsonLineParser &record, qint64 line);
    void readTrailer(const JsonLineParser &trailer, qint64 line);
    void verifyForeignKeys();
    QList<Violation> verifyInvariants();
    [[noreturn]] void refuseDuplicate(RecordInserter &inserter, const JsonLineParser &record,
                                      qint64 line);
    [[noreturn]] void refuseViolations(const IntegrityReport &report);
    RecordInserter &inserterFor(int tableIndex);
    int tableIndex(QByteArrayView name);
    // Reads the file again to find where records are (error path only): the first line
    // before `beforeLine` of each wanted "table\x1ekey", 0 when absent.
    QHash<QByteArray, qint64> locate(const QList<QByteArray> &wanted, qint64 beforeLine);
    static QByteArray locationKey(const QString &table, const QByteArray &canonicalKey);

    Database &m_db;
    QString m_path;
    ProgressCallback m_progress;
    QList<TableInfo> m_tables;
    QList<QByteArray> m_tableNames;
    std::vector<std::unique_ptr<RecordInserter>> m_inserters;
    std::vector<qint64> m_counts;
    int m_lastTable = -1;
    qint64 m_total = 0;
};

} // namespace passerelle
