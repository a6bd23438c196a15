#include "sync/MergeWriteBatch.h"

#include "sync/MergeRowMetadata.h"
#include "sync/SyncLayout.h"
#include "util/Errors.h"

namespace passerelle {

bool MergeWriteBatch::accepts(Kind kind, const SyncTable &t, const QStringList &columns,
                              const QByteArray &key) const
{
    if (m_pending.isEmpty())
        return true;
    return m_pending.size() < kMaxPending && m_kind == kind && m_table == &t &&
           m_pending.last().values.key < key && m_columns == columns;
}

void MergeWriteBatch::add(Kind kind, const SyncTable &t, const QStringList &columns, Row row)
{
    if (m_pending.isEmpty()) {
        m_kind = kind;
        m_table = &t;
        m_columns = columns;
        m_pending.reserve(kMaxPending);
        m_values.reserve(kMaxPending);
        m_dots.reserve(kMaxPending);
    }
    m_values.append(row.values);
    m_dots.append(row.dot);
    m_pending.append(std::move(row));
}

void MergeWriteBatch::flush(const Rejected &rejected)
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

void MergeWriteBatch::clear()
{
    m_pending.clear();
    m_values.clear();
    m_dots.clear();
}

void MergeWriteBatch::write(const Rejected &rejected, qsizetype from, qsizetype count)
{
    try {
        if (m_kind == Kind::Insert)
            m_rows.insert(*m_table, m_columns, m_values.constData() + from, count);
        else
            m_rows.update(*m_table, m_columns, m_values.constData() + from, count);
    } catch (const StorageError &e) {
        if (count == 1)
            rejected(m_kind, *m_table, m_pending[from], e.message());
        else // one of them was refused and the statement rolled back whole: find it (them)
            for (qsizetype i = from; i < from + count; ++i)
                write(rejected, i, 1);
        return;
    }
    // Written: what follows is the merge's own bookkeeping, whose failure fails the merge.
    if (m_kind == Kind::Insert) {
        m_metadata.writeNewRows(*m_table, m_values.constData() + from, m_dots.constData() + from,
                                count);
    } else {
        m_metadata.holdCells();
        for (qsizetype i = from; i < from + count; ++i)
            m_pending[i].settle();
        m_metadata.writeHeldCells();
    }
}

} // namespace passerelle
