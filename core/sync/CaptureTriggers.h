#pragma once

#include <QByteArray>

struct sqlite3;

namespace passerelle {

class SyncLayout;

// The SQL of the capture triggers, written from the schema (SyncLayout) rather than by
// hand, so that every replicated table and every column is captured the same way.
// Per table: after insert, the row's write; after update, one cell write per unit whose
// value changed; after delete, a tombstone (entities) or the row's removal (links).
class CaptureTriggers
{
public:
    static QByteArray createSql(const SyncLayout &layout);
    // Drops every capture trigger present in the file.
    static QByteArray dropSql(sqlite3 *db);
    // Records, under the current transaction's dot, every row that has no write yet.
    static QByteArray backfillSql(const SyncLayout &layout);
    // Records the reference lists as the program shipped them, under one dot shared by
    // every replica (`origin`, counter 1, clock 0): fresh replicas then agree on them
    // without exchanging or contesting them.
    static QByteArray backfillShippedSql(const SyncLayout &layout, int origin);
};

} // namespace passerelle
