#include "sync/ChangeRecord.h"

#include "sync/CborCursor.h"

#include <QCborArray>
#include <QCborValue>
#include <QHash>

#include <limits>

namespace passerelle {

namespace {
enum Kind : int
{
    KindReplicas = 0,
    KindEpoch = 1,
    KindTombstone = 2,
    KindRow = 3,
    KindLoser = 4,
    KindScope = 5
};

QCborValue toCbor(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return QCborValue(v.toLongLong());
    case QMetaType::Double:
        return QCborValue(v.toDouble());
    case QMetaType::QString:
        return QCborValue(v.toString());
    case QMetaType::QByteArray:
        return QCborValue(v.toByteArray());
    default:
        return QCborValue(QCborValue::Null);
    }
}

void appendDot(QCborArray &a, const ChangeDot &d)
{
    a.append(d.origin);
    a.append(d.counter);
    a.append(d.hlc);
}

bool readDot(CborCursor &in, ChangeDot *d)
{
    const std::optional<qint64> origin = in.integer();
    const std::optional<qint64> counter = in.integer();
    const std::optional<qint64> hlc = in.integer();
    if (!origin || !counter || !hlc || *origin < 0 || *origin > std::numeric_limits<int>::max() ||
        *counter <= 0)
        return false;
    *d = ChangeDot{int(*origin), *counter, *hlc};
    return true;
}

bool readValue(CborCursor &in, QVariant *value)
{
    // peek() reads only the head of an item: a record cut inside a value has a valid head and
    // no body, so each read is checked (a cut record is refused, never half read).
    switch (in.peek()) {
    case CborCursor::Type::Integer:
        if (const std::optional<qint64> v = in.integer()) {
            *value = QVariant(*v);
            return true;
        }
        return false;
    case CborCursor::Type::Double:
        if (const std::optional<double> v = in.real()) {
            *value = QVariant(*v);
            return true;
        }
        return false;
    case CborCursor::Type::Text:
        if (const std::optional<QString> v = in.text()) {
            *value = QVariant(*v);
            return true;
        }
        return false;
    case CborCursor::Type::Bytes:
        if (const std::optional<QByteArray> v = in.bytes()) {
            *value = QVariant(*v);
            return true;
        }
        return false;
    case CborCursor::Type::Null:
    case CborCursor::Type::False:
    case CborCursor::Type::True:
        // Values are integers, reals, text, blobs or null; the encoder writes anything
        // else as null.
        if (!in.null())
            in.boolean();
        *value = QVariant();
        return true;
    default:
        return false;
    }
}

// Most units are one column: their column lists are shared, not built for every row.
QStringList singleColumn(const QString &column)
{
    thread_local QHash<QString, QStringList> lists;
    const auto it = lists.constFind(column);
    if (it != lists.cend())
        return *it;
    if (lists.size() >= 4096) // bounded, like CborCursor's names
        lists.clear();
    return *lists.insert(column, QStringList{column});
}

bool readIds(CborCursor &in, QList<QByteArray> *ids)
{
    const std::optional<qsizetype> n = in.arrayLength();
    if (!n)
        return false;
    ids->reserve(*n);
    for (qsizetype i = 0; i < *n; ++i) {
        const std::optional<QByteArray> id = in.bytes();
        if (!id || id->size() != 16)
            return false;
        ids->append(*id);
    }
    return true;
}

std::optional<ChangeRecord> decodeRow(CborCursor &in, qsizetype size)
{
    RowChange row;
    std::optional<QString> table = in.name();
    std::optional<QByteArray> key = in.bytes();
    if (size < 4 || !table || !key)
        return std::nullopt;
    row.table = *table;
    row.key = *key;
    if (in.peek() == CborCursor::Type::Array) {
        ChangeDot d;
        const std::optional<bool> alive = in.arrayLength() == 4 ? in.boolean() : std::nullopt;
        if (!alive || !readDot(in, &d))
            return std::nullopt;
        row.alive = *alive;
        row.rowDot = d;
    } else if (!in.null()) {
        return std::nullopt;
    }
    row.units.reserve(size - 4);
    for (qsizetype i = 4; i < size; ++i) {
        const std::optional<qsizetype> n = in.arrayLength();
        if (!n || *n == 0)
            return std::nullopt;
        UnitChange u;
        qsizetype at = 0;
        if (in.peek() != CborCursor::Type::Integer)
            return std::nullopt;
        // -1 stands for the row's own dot (an insertion does not repeat it per unit).
        CborCursor probe = in;
        if (probe.integer() == -1) {
            if (!row.rowDot)
                return std::nullopt;
            in = probe;
            u.dot = *row.rowDot;
            at = 1;
        } else if (*n >= 3 && readDot(in, &u.dot)) {
            at = 3;
        } else {
            return std::nullopt;
        }
        if ((*n - at) % 2 != 0 || *n == at)
            return std::nullopt;
        const bool single = *n - at == 2;
        if (!single)
            u.columns.reserve((*n - at) / 2);
        u.values.reserve((*n - at) / 2);
        for (; at < *n; at += 2) {
            std::optional<QString> column = in.name();
            QVariant value;
            if (!column || !readValue(in, &value))
                return std::nullopt;
            if (single)
                u.columns = singleColumn(*column);
            else
                u.columns.append(*column);
            u.values.append(value);
        }
        row.units.append(std::move(u));
    }
    return row;
}

std::optional<ChangeRecord> decodeRecord(CborCursor &in)
{
    const std::optional<qsizetype> size = in.arrayLength();
    if (!size || *size == 0)
        return std::nullopt;
    const std::optional<qint64> kind = in.integer();
    if (!kind)
        return std::nullopt;
    switch (*kind) {
    case KindReplicas: {
        ReplicaTable r;
        if (*size != 2 || !readIds(in, &r.replicas))
            return std::nullopt;
        return r;
    }
    case KindScope: {
        ScopeChange scope;
        if (*size != 3 || !readIds(in, &scope.cases) || !readIds(in, &scope.entering))
            return std::nullopt;
        return scope;
    }
    case KindEpoch: {
        const std::optional<qint64> origin = in.integer();
        const std::optional<qint64> floor = in.integer();
        const std::optional<QByteArray> context = in.bytes();
        if (*size != 4 || !origin || !floor || !context ||
            *origin > std::numeric_limits<int>::max() || *origin < std::numeric_limits<int>::min())
            return std::nullopt;
        return EpochChange{int(*origin), *floor, *context};
    }
    case KindTombstone: {
        TombstoneChange t;
        const std::optional<QString> table = in.name();
        const std::optional<QByteArray> hash = in.bytes();
        if (*size != 6 || !table || !hash || !readDot(in, &t.dot))
            return std::nullopt;
        t.table = *table;
        t.keyHash = *hash;
        return t;
    }
    case KindLoser: {
        LoserChange l;
        const std::optional<QString> table = in.name();
        const std::optional<QByteArray> key = in.bytes();
        const std::optional<QString> columns = in.name();
        const std::optional<QString> value = in.text();
        if (*size != 8 || !table || !key || !columns || !value || !readDot(in, &l.dot))
            return std::nullopt;
        l.table = *table;
        l.key = *key;
        l.columns = *columns;
        l.value = *value;
        return l;
    }
    case KindRow:
        return decodeRow(in, *size);
    default:
        return std::nullopt;
    }
}
} // namespace

QByteArray ChangeRecordCodec::encode(const ChangeRecord &record)
{
    QCborArray a;
    if (const auto *r = std::get_if<ReplicaTable>(&record)) {
        a.append(KindReplicas);
        QCborArray ids;
        for (const QByteArray &id : r->replicas)
            ids.append(id);
        a.append(ids);
    } else if (const auto *e = std::get_if<EpochChange>(&record)) {
        a.append(KindEpoch);
        a.append(e->origin);
        a.append(e->floor);
        a.append(e->context);
    } else if (const auto *t = std::get_if<TombstoneChange>(&record)) {
        a.append(KindTombstone);
        a.append(t->table);
        a.append(t->keyHash);
        appendDot(a, t->dot);
    } else if (const auto *l = std::get_if<LoserChange>(&record)) {
        a.append(KindLoser);
        a.append(l->table);
        a.append(l->key);
        a.append(l->columns);
        a.append(l->value);
        appendDot(a, l->dot);
    } else if (const auto *scope = std::get_if<ScopeChange>(&record)) {
        a.append(KindScope);
        QCborArray ids;
        for (const QByteArray &id : scope->cases)
            ids.append(id);
        a.append(ids);
        QCborArray entering;
        for (const QByteArray &id : scope->entering)
            entering.append(id);
        a.append(entering);
    } else {
        const auto &row = std::get<RowChange>(record);
        a.append(KindRow);
        a.append(row.table);
        a.append(row.key);
        if (row.rowDot) {
            QCborArray rowPart;
            rowPart.append(row.alive);
            appendDot(rowPart, *row.rowDot);
            a.append(rowPart);
        } else {
            a.append(QCborValue(QCborValue::Null));
        }
        // A unit written with the row's own dot (an insertion) does not repeat the dot.
        for (const UnitChange &u : row.units) {
            QCborArray unit;
            if (row.rowDot && u.dot == *row.rowDot)
                unit.append(-1);
            else
                appendDot(unit, u.dot);
            for (qsizetype i = 0; i < u.columns.size(); ++i) {
                unit.append(u.columns[i]);
                unit.append(toCbor(u.values.value(i)));
            }
            a.append(unit);
        }
    }
    return a.toCborValue().toCbor();
}

std::optional<ChangeRecord> ChangeRecordCodec::decode(QByteArrayView bytes)
{
    CborCursor in(bytes);
    const std::optional<ChangeRecord> record = decodeRecord(in);
    // One record, and nothing after it.
    if (!record || !in.atEnd())
        return std::nullopt;
    return record;
}

} // namespace passerelle
