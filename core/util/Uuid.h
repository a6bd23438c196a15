#pragma once

#include <QByteArray>
#include <QString>

namespace passerelle {

// Primary keys are UUIDv7 stored as 16-byte BLOBs: half the size of the text form, which
// matters at 2 000 000 interventions and their link rows, and still time-ordered so that
// inserts append to the B-tree. Text form appears only at the edges (JSON, logs, UI).
class Uuid
{
public:
    Uuid() = default;
    static Uuid fromBytes(const QByteArray &bytes); // null Uuid unless exactly 16 bytes
    static Uuid fromString(QStringView text);       // canonical 8-4-4-4-12 form, else null

    // New UUIDv7 for the current wall clock. Monotonic within the process even when the
    // clock does not advance or goes back (the 12-bit rand_a field is used as a counter).
    static Uuid createV7();
    // Deterministic UUIDv7-shaped value for a given millisecond and 74 bits of caller
    // randomness: used by the demo generator so that a seed reproduces the same ids.
    static Uuid v7From(qint64 unixMs, quint64 randHigh, quint64 randLow);

    bool isNull() const { return m_bytes.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }
    QString toString() const;
    int version() const;

    friend bool operator==(const Uuid &a, const Uuid &b) { return a.m_bytes == b.m_bytes; }
    friend bool operator!=(const Uuid &a, const Uuid &b) { return !(a == b); }
    friend bool operator<(const Uuid &a, const Uuid &b) { return a.m_bytes < b.m_bytes; }

private:
    explicit Uuid(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    QByteArray m_bytes;
};

size_t qHash(const Uuid &id, size_t seed = 0);

} // namespace passerelle
