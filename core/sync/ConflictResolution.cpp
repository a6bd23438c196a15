#include "sync/ConflictResolution.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/SyncLayout.h"
#include "sync/SyncLogging.h"
#include "sync/SyncRowAccess.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
const QString kRowColumn = QStringLiteral("*"); // a row's existence, as the merger logs it

QString recordOf(const QByteArray &conflictId)
{
    return QStringLiteral("sync_conflict %1").arg(QString::fromLatin1(conflictId.toHex()));
}

struct LoggedConflict
{
    QString table;
    QByteArray key;
    QString columns;
    QString loserValue;
};

std::optional<LoggedConflict> findConflict(sqlite3 *db, const QByteArray &id)
{
    SqliteStatement q(db, "SELECT table_name, row_key, column_name, loser_value FROM sync_conflict "
                          "WHERE conflict_id = ?");
    q.bindBlob(1, id);
    if (!q.step())
        return std::nullopt;
    return LoggedConflict{q.text(0), QByteArray::fromHex(q.text(1).toLatin1()), q.text(2),
                          q.text(3)};
}

void closeHere(sqlite3 *db, const LoggedConflict &c)
{
    // Every loser of the unit goes: the new write has seen all of those logged here, as
    // the update trigger's own DELETE assumes.
    SqliteStatement del(db, "DELETE FROM sync_conflict WHERE table_name = ? AND row_key = ? AND "
                            "column_name = ?");
    del.bindText(1, c.table);
    del.bindText(2, QString::fromLatin1(c.key.toHex().toUpper()));
    del.bindText(3, c.columns);
    del.execute();
}

// A new write of the unit with its value unchanged, as the update trigger records one.
void restampUnit(sqlite3 *db, const SyncTable &t, const QByteArray &key, int unit)
{
    SqliteStatement q(db,
                      "INSERT INTO local_sync_cell(tbl, pk, unit, origin, counter, hlc) "
                      "VALUES (?, ?, ?, 0, sync_dot(), sync_hlc()) ON CONFLICT(tbl, pk, unit) "
                      "DO UPDATE SET origin = 0, counter = excluded.counter, hlc = excluded.hlc");
    q.bind(1, qint64(t.index));
    q.bindBlob(2, key);
    q.bind(3, qint64(unit));
    q.execute();
}

// A new write of the row's existence (kept alive or kept removed). The units that followed
// the row's old write keep that write as their own first, as the merger does when a row
// write wins: re-affirming the existence must not re-date every field.
void restampRow(sqlite3 *db, const SyncTable &t, const QByteArray &key)
{
    for (const SyncUnit &u : t.units) {
        SqliteStatement keep(db, "INSERT OR IGNORE INTO local_sync_cell(tbl, pk, unit, origin, "
                                 "counter, hlc) SELECT tbl, pk, ?, origin, counter, hlc FROM "
                                 "local_sync_row WHERE tbl = ? AND pk = ? AND alive = 1");
        keep.bind(1, qint64(u.index));
        keep.bind(2, qint64(t.index));
        keep.bindBlob(3, key);
        keep.execute();
    }
    SqliteStatement q(db, "UPDATE local_sync_row SET origin = 0, counter = sync_dot(), "
                          "hlc = sync_hlc() WHERE tbl = ? AND pk = ?");
    q.bind(1, qint64(t.index));
    q.bindBlob(2, key);
    q.execute();
}

bool hasColumn(const SyncTable &t, const QString &name)
{
    for (const ColumnInfo &c : t.info.columns)
        if (c.name == name)
            return true;
    return false;
}

QVariantList pick(const SyncTable &t, const QVariantList &row, const QStringList &columns)
{
    QVariantList out;
    for (const QString &c : columns)
        for (qsizetype i = 0; i < t.info.columns.size(); ++i)
            if (t.info.columns[i].name == c)
                out.append(row.value(i));
    return out;
}

bool sameValues(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (SyncRowAccess::literal(a[i]) != SyncRowAccess::literal(b[i]))
            return false;
    return true;
}
} // namespace

ConflictResolution::ConflictResolution(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
}

void ConflictResolution::resolve(const QByteArray &conflictId, ConflictDecision decision)
{
    sqlite3 *db = m_db.handle();
    Transaction tx(db);
    const std::optional<LoggedConflict> c = findConflict(db, conflictId);
    if (!c)
        throw ValidationError(
            QStringLiteral("conflict"),
            SyncText::tr("Ce conflit a déjà été traité, ici ou sur un autre appareil."),
            recordOf(conflictId));
    const SyncLayout layout = SyncLayout::load(db);
    const SyncTable *t = layout.find(c->table);
    if (!t)
        throw ValidationError(
            QStringLiteral("table_name"),
            SyncText::tr("Ce conflit concerne une table que ce programme ne connaît pas."),
            recordOf(conflictId));
    SyncRowAccess rows(db);
    const std::optional<QVariantList> live = rows.read(*t, c->key);

    if (c->columns == kRowColumn) {
        const bool otherAlive = c->loserValue == QLatin1String("1");
        if (decision == ConflictDecision::UseOther && otherAlive != live.has_value()) {
            if (live) {
                rows.remove(*t, c->key); // captured: the trigger closes the row's conflicts
            } else if (t->units.isEmpty()) {
                // A link whose key is its whole content: the key alone brings it back.
                rows.insert(*t, c->key, {}, {});
            } else {
                throw ValidationError(
                    QStringLiteral("conflict"),
                    SyncText::tr(
                        "Cette ligne a été retirée ici et ses autres champs ne sont plus connus : "
                        "elle ne peut pas être rétablie depuis la liste des conflits."),
                    recordOf(conflictId));
            }
        } else {
            restampRow(db, *t, c->key);
            closeHere(db, *c);
        }
        tx.commit();
        qCInfo(lcSync) << "conflict decided on table" << c->table << "row existence, decision"
                       << int(decision);
        return;
    }

    const QStringList columns = c->columns.split(QLatin1Char(','));
    const int unit = t->unitOf(columns.value(0));
    if (unit < 0 || !live)
        throw ValidationError(
            QStringLiteral("conflict"),
            SyncText::tr("La ligne de ce conflit n'existe plus ici : il n'y a rien à "
                         "décider."),
            recordOf(conflictId));
    const std::optional<QVariantList> other = parseLiterals(c->loserValue);
    if (!other || other->size() != columns.size())
        throw ValidationError(QStringLiteral("loser_value"),
                              SyncText::tr("La valeur écartée de ce conflit est illisible."),
                              recordOf(conflictId));

    if (decision == ConflictDecision::UseOther && !sameValues(*other, pick(*t, *live, columns))) {
        QStringList setColumns = columns;
        QVariantList setValues = *other;
        // A decision is an edit like any other: the record says when it last changed.
        if (hasColumn(*t, QStringLiteral("updated_at")) &&
            !columns.contains(QLatin1String("updated_at"))) {
            setColumns.append(QStringLiteral("updated_at"));
            setValues.append(m_clock.nowMs());
        }
        try {
            rows.update(*t, c->key, setColumns, setValues); // captured; closes the conflict
        } catch (const StorageError &e) {
            throw ValidationError(
                columns.value(0),
                SyncText::tr("L'autre valeur ne peut plus être enregistrée : %1").arg(e.message()),
                recordOf(conflictId));
        }
    } else {
        restampUnit(db, *t, c->key, unit);
        closeHere(db, *c);
    }
    tx.commit();
    qCInfo(lcSync) << "conflict decided on table" << c->table << "unit" << unit << "decision"
                   << int(decision);
}

std::optional<QVariantList> ConflictResolution::parseLiterals(QStringView text)
{
    QVariantList out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpaces = [&] {
        while (i < n && text[i] == QLatin1Char(' '))
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= n)
            return std::nullopt;
        const QChar ch = text[i];
        if (ch == QLatin1Char('\'')) {
            QString value;
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt;
                if (text[i] == QLatin1Char('\'')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('\'')) {
                        value.append(QLatin1Char('\''));
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value.append(text[i++]);
            }
            out.append(value);
        } else if ((ch == QLatin1Char('X') || ch == QLatin1Char('x')) && i + 1 < n &&
                   text[i + 1] == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 2);
            if (end < 0)
                return std::nullopt;
            const QByteArray hex = text.mid(i + 2, end - i - 2).toLatin1();
            if (hex.size() % 2 != 0)
                return std::nullopt;
            out.append(QByteArray::fromHex(hex));
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < n && text[end] != QLatin1Char(','))
                ++end;
            const QStringView token = text.mid(i, end - i).trimmed();
            i = end;
            if (token.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
                out.append(QVariant());
            } else {
                bool ok = false;
                const qint64 integer = token.toLongLong(&ok);
                if (ok) {
                    out.append(integer);
                } else {
                    const double real = token.toDouble(&ok);
                    if (!ok)
                        return std::nullopt;
                    out.append(real);
                }
            }
        }
        skipSpaces();
        if (i >= n)
            return out;
        if (text[i] != QLatin1Char(','))
            return std::nullopt;
        ++i;
    }
}

} // namespace passerelle
