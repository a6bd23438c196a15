#include "sync/ChangeRecord.h"

#include <QCborArray>
#include <QCborValue>

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

QVariant fromCbor(const QCborValue &v)
{
    if (v.isInteger())
        return QVariant(qint64(v.toInteger()));
    if (v.isDouble())
        return QVariant(v.toDouble());
    if (v.isString())
        return QVariant(v.toString());
    if (v.isByteArray())
        return QVariant(v.toByteArray());
    return QVariant();
}

void appendDot(QCborArray &a, const ChangeDot &d)
{
    a.append(d.origin);
    a.append(d.counter);
    a.append(d.hlc);
}

bool readDot(const QCborArray &a, qsizetype at, ChangeDot *d)
{
    if (a.size() < at + 3 || !a.at(at).isInteger() || !a.at(at + 1).isInteger() ||
        !a.at(at + 2).isInteger())
        return false;
    d->origin = int(a.at(at).toInteger());
    d->counter = a.at(at + 1).toInteger();
    d->hlc = a.at(at + 2).toInteger();
    return d->origin >= 0 && d->counter > 0;
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
    const QCborValue value = QCborValue::fromCbor(bytes.toByteArray());
    if (!value.isArray())
        return std::nullopt;
    const QCborArray a = value.toArray();
    if (a.isEmpty() || !a.at(0).isInteger())
        return std::nullopt;
    switch (a.at(0).toInteger()) {
    case KindReplicas: {
        ReplicaTable r;
        for (const QCborValue &id : a.at(1).toArray()) {
            if (!id.isByteArray() || id.toByteArray().size() != 16)
                return std::nullopt;
            r.replicas.append(id.toByteArray());
        }
        return r;
    }
    case KindScope: {
        ScopeChange scope;
        if (a.size() != 3 || !a.at(1).isArray() || !a.at(2).isArray())
            return std::nullopt;
        for (int part = 1; part <= 2; ++part)
            for (const QCborValue &id : a.at(part).toArray()) {
                if (!id.isByteArray() || id.toByteArray().size() != 16)
                    return std::nullopt;
                (part == 1 ? scope.cases : scope.entering).append(id.toByteArray());
            }
        return scope;
    }
    case KindEpoch: {
        if (a.size() != 4 || !a.at(1).isInteger() || !a.at(2).isInteger() || !a.at(3).isByteArray())
            return std::nullopt;
        return EpochChange{int(a.at(1).toInteger()), a.at(2).toInteger(), a.at(3).toByteArray()};
    }
    case KindTombstone: {
        TombstoneChange t;
        if (a.size() != 6 || !a.at(1).isString() || !a.at(2).isByteArray() ||
            !readDot(a, 3, &t.dot))
            return std::nullopt;
        t.table = a.at(1).toString();
        t.keyHash = a.at(2).toByteArray();
        return t;
    }
    case KindLoser: {
        LoserChange l;
        if (a.size() != 8 || !a.at(1).isString() || !a.at(2).isByteArray() || !a.at(3).isString() ||
            !a.at(4).isString() || !readDot(a, 5, &l.dot))
            return std::nullopt;
        l.table = a.at(1).toString();
        l.key = a.at(2).toByteArray();
        l.columns = a.at(3).toString();
        l.value = a.at(4).toString();
        return l;
    }
    case KindRow: {
        RowChange row;
        if (a.size() < 4 || !a.at(1).isString() || !a.at(2).isByteArray())
            return std::nullopt;
        row.table = a.at(1).toString();
        row.key = a.at(2).toByteArray();
        if (a.at(3).isArray()) {
            const QCborArray rowPart = a.at(3).toArray();
            ChangeDot d;
            if (rowPart.size() != 4 || !rowPart.at(0).isBool() || !readDot(rowPart, 1, &d))
                return std::nullopt;
            row.alive = rowPart.at(0).toBool();
            row.rowDot = d;
        } else if (!a.at(3).isNull()) {
            return std::nullopt;
        }
        for (qsizetype i = 4; i < a.size(); ++i) {
            const QCborArray unit = a.at(i).toArray();
            UnitChange u;
            qsizetype at = 0;
            if (!unit.isEmpty() && unit.at(0).toInteger(0) == -1) {
                if (!row.rowDot)
                    return std::nullopt;
                u.dot = *row.rowDot;
                at = 1;
            } else if (readDot(unit, 0, &u.dot)) {
                at = 3;
            } else {
                return std::nullopt;
            }
            if ((unit.size() - at) % 2 != 0 || unit.size() == at)
                return std::nullopt;
            for (; at < unit.size(); at += 2) {
                if (!unit.at(at).isString())
                    return std::nullopt;
                u.columns.append(unit.at(at).toString());
                u.values.append(fromCbor(unit.at(at + 1)));
            }
            row.units.append(u);
        }
        return row;
    }
    default:
        return std::nullopt;
    }
}

} // namespace passerelle
