#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <variant>

namespace passerelle {

// A write as a change set carries it: which replica (an index into the change set's
// replica list), its counter there, and its hybrid logical clock.
struct ChangeDot
{
    int origin = -1;
    qint64 counter = 0;
    qint64 hlc = 0;
    friend bool operator==(const ChangeDot &, const ChangeDot &) = default;
};

// One unit of a row (SyncUnit) as its last write left it.
struct UnitChange
{
    ChangeDot dot;
    QStringList columns;
    QVariantList values; // qint64, double, QString, QByteArray or null
};

// A row's state as the sender holds it, restricted to the writes the recipient lacks:
// its existence (when that write is new to the recipient) and the units written since.
struct RowChange
{
    QString table;
    QByteArray key; // SyncKey encoding
    std::optional<ChangeDot> rowDot;
    bool alive = true;
    QList<UnitChange> units;
};

// An entity deleted (or erased) at the origin, known by the hash of table and key.
struct TombstoneChange
{
    QString table;
    QByteArray keyHash;
    ChangeDot dot;
};

// A concurrent write that lost a field at the sender (a row of sync_conflict).
struct LoserChange
{
    QString table;
    QByteArray key;
    QString columns;
    QString value; // SQL literals
    ChangeDot dot;
};

// The causal context of one replica's dots above `floor` (see SyncMetadata).
struct EpochChange
{
    int origin = -1;
    qint64 floor = 0;
    QByteArray context; // SyncMetadata::encode
};

// The replicas the change set's dots refer to, by position.
struct ReplicaTable
{
    QList<QByteArray> replicas;
};

// Sent to a worker's laptop only (partial replication): the cases it holds once this
// change set is applied. A held case not listed is evicted there (dropped locally, nothing
// deleted anywhere else); a listed case absent there arrives whole in the same change set.
struct ScopeChange
{
    QList<QByteArray> cases;    // 16-byte ids, sorted
    QList<QByteArray> entering; // those whose rows this change set carries whole
};

using ChangeRecord =
    std::variant<ReplicaTable, EpochChange, TombstoneChange, RowChange, LoserChange, ScopeChange>;

// Records of a change set, one CBOR array each: compact, self-describing, and free of any
// local numbering (tables and columns travel by name, replicas by id).
class ChangeRecordCodec
{
public:
    static QByteArray encode(const ChangeRecord &record);
    // Empty when the bytes are not a well-formed record.
    static std::optional<ChangeRecord> decode(QByteArrayView bytes);
};

} // namespace passerelle
