#pragma once

#include "sync/ChangeRecord.h"

#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

namespace passerelle {

// A change set's records for the merge, in order. A large one is decoded on a second
// thread while the merge applies the records already decoded, and that thread then frees
// the records the merge is done with: decoding and freeing were a fifth of a first sync's
// merge, spent while the writing thread waited (bench-sync --timing). A small one is
// decoded as it is read: a thread would cost more than it saves.
class MergeRecordStream
{
public:
    using RecordAt = std::function<QByteArrayView(qsizetype)>;

    MergeRecordStream(qsizetype count, RecordAt recordAt);
    ~MergeRecordStream(); // stops the thread: records not freed yet go with the stream
    MergeRecordStream(const MergeRecordStream &) = delete;
    MergeRecordStream &operator=(const MergeRecordStream &) = delete;

    qsizetype count() const { return m_count; }
    // The record at `i`, taken in increasing order (waits for it to be decoded); empty
    // when its bytes are not a record.
    std::optional<ChangeRecord> &at(qsizetype i);
    // The merge no longer needs the records before `upTo`.
    void release(qsizetype upTo);

    static constexpr qsizetype kThreadFrom = 4096;

private:
    void work();

    const qsizetype m_count;
    const RecordAt m_recordAt;
    std::vector<std::optional<ChangeRecord>> m_records;
    std::atomic<qsizetype> m_decoded{0};  // records before this one are ready
    std::atomic<qsizetype> m_released{0}; // records before this one may be freed
    std::atomic<bool> m_stop{false};
    std::thread m_thread; // empty when decoding on the caller's thread
};

} // namespace passerelle
