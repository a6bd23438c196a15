#include "sync/MergeRecordStream.h"

#include "sync/SyncPhaseTimer.h"

namespace passerelle {

namespace {
constexpr qsizetype kPublishEvery = 64; // records decoded between two wake-ups
} // namespace

MergeRecordStream::MergeRecordStream(qsizetype count, RecordAt recordAt)
    : m_count(count), m_recordAt(std::move(recordAt)), m_records(size_t(count))
{
    if (count >= kThreadFrom && std::thread::hardware_concurrency() > 1)
        m_thread = std::thread([this] { work(); });
}

MergeRecordStream::~MergeRecordStream()
{
    if (!m_thread.joinable())
        return;
    if (m_released.load() < m_count) { // the merge stopped early (it threw)
        m_stop.store(true);
        m_released.store(m_count, std::memory_order_release);
        m_released.notify_one();
    }
    m_thread.join();
}

std::optional<ChangeRecord> &MergeRecordStream::at(qsizetype i)
{
    std::optional<ChangeRecord> &slot = m_records[size_t(i)];
    if (!m_thread.joinable()) {
        slot = ChangeRecordCodec::decode(m_recordAt(i));
        return slot;
    }
    qsizetype ready = m_decoded.load(std::memory_order_acquire);
    if (ready <= i) {
        // The merge caught up with the decoding: the time waited is decoding time.
        SyncPhaseTimer timer(SyncPhase::Decode);
        while ((ready = m_decoded.load(std::memory_order_acquire)) <= i)
            m_decoded.wait(ready, std::memory_order_acquire);
    }
    return slot;
}

void MergeRecordStream::release(qsizetype upTo)
{
    if (!m_thread.joinable()) {
        for (qsizetype i = m_released.load(); i < upTo; ++i)
            m_records[size_t(i)].reset();
        m_released.store(upTo);
        return;
    }
    m_released.store(upTo, std::memory_order_release);
    m_released.notify_one();
}

void MergeRecordStream::work()
{
    for (qsizetype i = 0; i < m_count && !m_stop.load(std::memory_order_relaxed); ++i) {
        try {
            m_records[size_t(i)] = ChangeRecordCodec::decode(m_recordAt(i));
        } catch (...) {
            m_records[size_t(i)].reset(); // read as unreadable by the merge
        }
        if ((i + 1) % kPublishEvery == 0 || i + 1 == m_count) {
            m_decoded.store(i + 1, std::memory_order_release);
            m_decoded.notify_one();
        }
    }
    if (m_stop.load())
        return;
    // Then frees what the merge is done with, as it goes.
    qsizetype freed = 0;
    while (freed < m_count) {
        const qsizetype upTo = m_released.load(std::memory_order_acquire);
        if (upTo == freed) {
            m_released.wait(upTo, std::memory_order_acquire);
            continue;
        }
        if (m_stop.load())
            return; // the stream's own destructor frees the rest
        for (; freed < upTo; ++freed)
            m_records[size_t(freed)].reset();
    }
}

} // namespace passerelle
