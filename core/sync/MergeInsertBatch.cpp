#include "sync/MergeInsertBatch.h"

#include "sync/MergeRowMetadata.h"
#include "sync/SyncLayout.h"
#include "util/Errors.h"

namespace passerelle {

bool MergeInsertBatch::accepts(const SyncTable &t, const QStringList &columns,
                               const QByteArray &key) const
{
    if (m_pending.isEmpty())
        return true;
    return m_pending.size() < kMaxPending && m_table == &t && m_pending.last().key < key &&
           m_columns == columns;
}

void MergeInsertBatch::add(const SyncTable &t, const QByteArray &key, const QStringList &columns,
                           const QVariantList &values, const MergeDot &dot)
{
    if (m_pending.isEmpty()) {
        m_table = &t;
        m_columns = columns;
        m_pending.reserve(kRowsPerStatement);
        m_dots.reserve(kRowsPerStatement);
    }
    m_pending.append({key, values});
    m_dots.append(dot);
}

void MergeInsertBatch::flush(const Rejected &rejected)
{
    if (m_pending.isEmpty())
        return;
    // Full statements, then the rest by halves: each table needs at most seven shapes
    // of statement, each prepared once.
    qsizetype at = 0;
    qsizetype size = kRowsPerStatement;
    while (at < m_pending.size()) {
        while (size > m_pending.size() - at)
            size /= 2;
        write(rejected, at, size);
        at += size;
    }
    clear();
}

void MergeInsertBatch::clear()
{
    m_pending.clear();
    m_dots.clear();
}

void MergeInsertBatch::write(const Rejected &rejected, qsizetype from, qsizetype count)
{
    try {
        m_rows.insert(*m_table, m_columns, m_pending.constData() + from, count);
        m_metadata.writeNewRows(*m_table, m_pending.constData() + from, m_dots.constData() + from,
                                count);
        return;
    } catch (const StorageError &e) {
        if (count == 1) {
            rejected(*m_table, m_pending[from].key, e.message());
            return;
        }
    }
    // One of them was refused and the statement rolled back whole: find it (them) alone.
    for (qsizetype i = from; i < from + count; ++i)
        write(rejected, i, 1);
}

} // namespace passerelle
