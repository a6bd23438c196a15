#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

struct sqlite3;

namespace passerelle {

struct SyncTable;

// A merge that fills a table from empty (a laptop's or a new office PC's first sync) sets
// the table's secondary indexes aside and builds them again once its rows are written:
// SQLite sorts the rows once instead of finding each one's place in every index (for
// 100 000 interventions, 0.41 s of writes and 0.14 s of index builds against 0.71 s
// with the indexes kept; bench-sync --timing). Only plain indexes are set aside: a UNIQUE
// one checks each row as it is written, and a refused row must be set aside alone.
// The indexes are dropped and created again inside the merge's transaction: a merge that
// fails rolls back with them, and nothing outside the transaction ever sees them missing.
class MergeIndexDeferral
{
public:
    explicit MergeIndexDeferral(sqlite3 *db) : m_db(db) {}

    // Before `count` new rows of `t` are written. Once a table that was empty when the
    // merge first wrote to it has been given kDeferFrom rows, its indexes are dropped.
    void writing(const SyncTable &t, qsizetype count);
    // Builds every index set aside (after the merge's rows, before anything reads by them);
    // returns how many.
    qsizetype restore();
    // Forgets everything (a new merge; a failed one's transaction took the indexes back).
    void clear();

    static constexpr qsizetype kDeferFrom = 4096;

private:
    struct TableState
    {
        bool wasEmpty = false;
        bool deferred = false;
        qsizetype written = 0;
    };
    void defer(const SyncTable &t);

    sqlite3 *m_db;
    QHash<const SyncTable *, TableState> m_tables;
    QList<QByteArray> m_setAside; // CREATE INDEX statements, as the schema holds them
};

} // namespace passerelle
