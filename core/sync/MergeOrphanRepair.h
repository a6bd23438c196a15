#pragma once

#include "sync/SyncLayout.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;

namespace passerelle {

class SqliteStatement;
class SyncRowAccess;

// After a merge's writes: the rows it wrote whose parent is missing (deleted concurrently,
// or never sent), and the rows left under a parent it removed, are found and handed to the
// caller to set aside — then their own children are checked in turn.
class MergeOrphanRepair
{
public:
    // The caller removes the orphan (and says why, or not): its children are checked next.
    using SetAside = std::function<void(const SyncTable &t, const QByteArray &key,
                                        const ForeignKeyInfo &fk, const QVariantList &values)>;

    MergeOrphanRepair(sqlite3 *db, const SyncLayout &layout, SyncRowAccess &rows);
    ~MergeOrphanRepair();

    void touched(const SyncTable &t, const QByteArray &key) { m_touched.append({&t, key}); }
    void removed(const SyncTable &t, const QByteArray &key) { m_removed.append({&t, key}); }

    // Checks what was touched and removed, until no orphan is left; forgets both lists.
    void run(const SetAside &setAside);

private:
    SqliteStatement &cached(const QByteArray &sql);

    sqlite3 *m_db;
    const SyncLayout &m_layout;
    SyncRowAccess &m_rows;
    QHash<QByteArray, std::shared_ptr<SqliteStatement>> m_statements;
    QList<QPair<const SyncTable *, QByteArray>> m_touched; // written: check their parents
    QList<QPair<const SyncTable *, QByteArray>> m_removed; // gone: check their children
};

} // namespace passerelle
