#pragma once

#include "sync/MergeDot.h"
#include "sync/SyncLayout.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace passerelle {

class SqliteStatement;
class SyncMetadata;
struct MergeReport;

// The merge's side of the replicated conflict log (sync_conflict): a concurrent loser is
// recorded under a name every replica derives alike, a write that had seen logged losers
// closes them, and rows keyed by a deleted entity keep none. Counts go to the report.
class MergeConflictLog
{
public:
    MergeConflictLog(sqlite3 *db, const SyncLayout &layout, SyncMetadata &meta,
                     MergeReport &report);
    ~MergeConflictLog();

    // Logs `loserValue` (SQL literals) as the losing write of `column` ("*": the row's
    // existence), unless an entity the row is keyed by was deleted.
    void record(const SyncTable &t, const QByteArray &key, const QString &column,
                const QString &loserValue, const MergeDot &loser);
    // Closes the losers of `column` that write `w` had seen.
    void closeDominated(const SyncTable &t, const QByteArray &key, const QString &column,
                        const MergeDot &w);
    // The losers of `column` logged here.
    QList<MergeDot> losers(const SyncTable &t, const QByteArray &key, const QString &column);
    // As the deletion's capture trigger does at its origin (CaptureTriggers): rows keyed
    // by the deleted entity `key` of `parent` can never exist again; their losers go.
    void dropKeyChildren(const SyncTable &parent, const QByteArray &key);
    // Every loser about the row, or about its fields only.
    void dropRow(const SyncTable &t, const QByteArray &key, bool fieldsOnly);

    static QString rowKeyText(const QByteArray &key)
    {
        return QString::fromLatin1(key.toHex().toUpper());
    }

private:
    bool keyParentDeleted(const SyncTable &t, const QByteArray &key);
    // False when the log holds no loser of table `t`: most merges meet no conflict, and
    // each row would otherwise look its fields up in the log (a tenth of an update merge).
    bool mayHold(const SyncTable &t);
    SqliteStatement &cached(const char *sql);

    sqlite3 *m_db;
    const SyncLayout &m_layout;
    SyncMetadata &m_meta;
    MergeReport &m_report;
    QHash<const char *, std::shared_ptr<SqliteStatement>> m_statements;
    QHash<const SyncTable *, bool> m_holdsLosers; // by table: read once, then kept up to date
};

} // namespace passerelle
