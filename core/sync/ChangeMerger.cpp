#include "sync/ChangeMerger.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "sync/BundleRecords.h"
#include "sync/ChangeCapture.h"
#include "sync/LaptopScopeMerge.h"
#include "sync/SyncKey.h"
#include "sync/SyncLogging.h"
#include "sync/SyncPhaseTimer.h"
#include "sync/SyncScope.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sqlite3.h>

#include <limits>
#include <thread>
#include <tuple>
#include <vector>

namespace passerelle {

namespace {
constexpr qint64 kFutureToleranceMs = 24 * 3600 * 1000;
const QString kRowColumn = QStringLiteral("*"); // the row's existence, as a conflict column

[[noreturn]] void malformed(const QString &what)
{
    throw ValidationError(QStringLiteral("records"),
                          SyncText::tr("Paquet de changements mal formé : %1.").arg(what),
                          QStringLiteral("bundle"));
}

QString literals(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &v : values)
        out.append(SyncRowAccess::literal(v));
    return out.join(QStringLiteral(", "));
}

QString rowJson(const SyncTable &t, const QVariantList &values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < t.info.columns.size() && i < values.size(); ++i) {
        const QVariant &v = values[i];
        o.insert(t.info.columns[i].name,
                 v.typeId() == QMetaType::QByteArray
                     ? QJsonValue(QString::fromLatin1(v.toByteArray().toHex()))
                     : QJsonValue::fromVariant(v));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

// Prepared once per merger: a merge runs the same few statements for every row.
SqliteStatement &ChangeMerger::cached(const QByteArray &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_db.handle(), sql));
    (*it)->reset();
    return **it;
}

ChangeMerger::ChangeMerger(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_meta(db.handle()), m_layout(SyncLayout::load(db.handle())),
      m_rows(db.handle()), m_conflicts(db.handle(), m_layout, m_meta, m_report),
      m_rowMetadata(db.handle(), m_meta), m_orphans(db.handle(), m_layout, m_rows),
      m_writes(m_rows, m_rowMetadata), m_indexes(db.handle()),
      m_settlement(m_conflicts, m_rowMetadata, m_orphans)
{
}

MergeReport ChangeMerger::merge(const BundleHeader &header, const BundleRecords &records)
{
    return merge(header, records.count(), [&](qsizetype i) { return records.at(i); });
}

MergeReport ChangeMerger::merge(const BundleHeader &header, const QList<QByteArray> &records)
{
    return merge(header, records.size(),
                 [&](qsizetype i) { return QByteArrayView(records.at(i)); });
}

MergeReport ChangeMerger::merge(const BundleHeader &header, qsizetype count,
                                const MergeRecordStream::RecordAt &recordAt)
{
    QElapsedTimer timer;
    timer.start();
    begin(header);
    // Remote writes are applied with their own dots: none may come back as local ones.
    CaptureSuspension suspended(m_db.handle());
    // Outlives finish(): the last records are freed while the merge ends.
    MergeRecordStream stream(count, recordAt);
    constexpr qsizetype kReleaseEvery = 256;
    for (qsizetype i = 0; i < count; ++i) {
        apply(stream.at(i));
        if ((i + 1) % kReleaseEvery == 0)
            stream.release(i + 1);
    }
    stream.release(count);
    finish(header);
    m_report.mergeNanos = timer.nsecsElapsed();
    return m_report;
}

void ChangeMerger::begin(const BundleHeader &header)
{
    sqlite3 *h = m_db.handle();
    if (sqlite3_get_autocommit(h) != 0)
        throw StorageError(
            SyncText::tr("Une fusion ne s'applique que dans la transaction qui l'enregistre."));
    ChangeCapture::settleCounter(h);
    // Parents and children arrive in one bundle, parents first; a self-referencing table
    // (chained action sheets) may not be in order: keys are checked at commit.
    execSql(h, "PRAGMA defer_foreign_keys = ON");
    m_report = {};
    m_writes.clear();
    m_indexes.clear();
    m_sawReplicas = false;
    m_rowsStarted = false;
    m_rowCount = 0;
    m_tombstones.clear();
    m_losersPending.clear();
    m_scope.reset();
    m_sender = header.sender;
    m_bundleId = header.bundleId;
    m_futureLimit = Hlc::fromMs(m_clock.nowMs() + kFutureToleranceMs);
    m_before = m_meta.versionVector();
    for (auto it = header.ranges.cbegin(); it != header.ranges.cend(); ++it) {
        if (it.key() == m_meta.self())
            continue;
        const qint64 known = m_before.value(it.key());
        if (it.value().first > known + 1)
            throw ValidationError(
                QStringLiteral("ranges"),
                SyncText::tr(
                    "Ce paquet suppose des changements que cette base n'a pas reçus (réplique %1 : "
                    "à partir du n° %2, connue ici jusqu'au n° %3). Cette base a peut-être été "
                    "restaurée depuis une sauvegarde ; demandez un nouvel envoi complet.")
                    .arg(it.key().toString())
                    .arg(it.value().first)
                    .arg(known),
                QStringLiteral("bundle"));
    }
}

// Records are applied as they come: a change set lists its replica table, scope, epochs
// and deletions before its rows, and its losers after them (ChangeSetBuilder); rows are
// merged as soon as they are decoded, so anything a row depends on arriving after the
// first row makes the change set malformed.
void ChangeMerger::apply(std::optional<ChangeRecord> &record)
{
    if (!record)
        malformed(SyncText::tr("enregistrement illisible"));
    if (auto *row = std::get_if<RowChange>(&*record)) {
        if (!m_sawReplicas)
            malformed(SyncText::tr("table des répliques absente"));
        if (!m_rowsStarted)
            startRows();
        SyncPhaseTimer timer(SyncPhase::Compare);
        applyRow(*row);
        ++m_rowCount;
        return;
    }
    if (auto *l = std::get_if<LoserChange>(&*record)) {
        if (!m_sawReplicas)
            malformed(SyncText::tr("table des répliques absente"));
        m_losersPending.append(std::move(*l));
        return;
    }
    if (m_rowsStarted)
        malformed(SyncText::tr("enregistrement placé après les lignes"));
    if (const auto *r = std::get_if<ReplicaTable>(&*record)) {
        m_replicas.clear();
        m_knownBefore.clear();
        for (const QByteArray &id : r->replicas) {
            m_replicas.append(Uuid::fromBytes(id));
            // Own writes are never new here: as if all of them were known.
            m_knownBefore.append(m_replicas.last() == m_meta.self()
                                     ? std::numeric_limits<qint64>::max()
                                     : m_before.value(m_replicas.last()));
        }
        m_sawReplicas = true;
        return;
    }
    if (!m_sawReplicas)
        malformed(SyncText::tr("table des répliques absente"));
    if (const auto *e = std::get_if<EpochChange>(&*record)) {
        if (e->origin < 0 || e->origin >= m_replicas.size())
            malformed(SyncText::tr("époque d'une réplique inconnue"));
        // This replica's own epochs are written here only; a relayed copy is never newer.
        if (m_replicas[e->origin] != m_meta.self())
            m_meta.storeEpoch({m_replicas[e->origin], e->floor, SyncMetadata::decode(e->context)});
    } else if (auto *t = std::get_if<TombstoneChange>(&*record)) {
        m_tombstones.append(std::move(*t));
    } else if (auto *scope = std::get_if<ScopeChange>(&*record)) {
        m_scope = std::move(*scope);
    }
}

// Before the first row: deletions first, so that no row they remove is merged back.
void ChangeMerger::startRows()
{
    m_rowsStarted = true;
    SyncPhaseTimer timer(SyncPhase::Tombstones);
    applyTombstones();
    // Tombstones arrive only through this step (and local deletions, before it): with
    // none held, no incoming row can be one, and a first sync skips a hash and a
    // lookup per row.
    SqliteStatement &any = cached("SELECT EXISTS (SELECT 1 FROM sync_tombstone)");
    m_anyTombstone = any.step() && any.int64(0) != 0;
    any.reset(); // a statement left reading would lock the schema (MergeIndexDeferral)
}

void ChangeMerger::finish(const BundleHeader &header)
{
    if (!m_rowsStarted)
        startRows();
    {
        SyncPhaseTimer timer(SyncPhase::Compare);
        flushWrites();
        m_report.indexesRebuilt =
            m_indexes.restore(); // before the scope and the parents' checks read by them
        for (const LoserChange &loser : std::as_const(m_losersPending))
            applyLoser(loser);
    }
    std::optional<SyncPhaseTimer> scoping(std::in_place, SyncPhase::Scope);
    if (m_scope)
        LaptopScopeMerge(m_db.handle(), m_layout, m_rows)
            .settle(*m_scope, header, m_before, m_meta.self(), m_report);
    scoping.reset();
    {
        SyncPhaseTimer timer(SyncPhase::ForeignKeys);
        repairForeignKeys();
    }
    SyncPhaseTimer bookkeeping(SyncPhase::Bookkeeping);
    // The sender's view of this laptop's cases against what it holds now.
    m_report.scopeDrift = LaptopScopeMerge::drifted(m_db.handle(), header);

    for (auto it = header.ranges.cbegin(); it != header.ranges.cend(); ++it)
        m_meta.raise(it.key(), it.value().last);
    m_meta.learnPeerKnowledge(header.sender, header.versionVector);
    VersionVector after = m_meta.versionVector();
    const qint64 own = after.take(m_meta.self());
    VersionVector before = m_before;
    before.remove(m_meta.self());
    // The next local writes will have seen what this merge brought.
    if (after != before)
        m_meta.storeEpoch({m_meta.self(), own, after});
    ChangeCapture::raiseHlc(m_db.handle(), m_maxHlc);
    qCInfo(lcSync) << "merged" << m_rowCount << "rows," << m_tombstones.size() << "tombstones;"
                   << m_report.conflictsRecorded << "conflicts," << m_report.reviewed
                   << "to review";
    m_losersPending.clear();
    m_tombstones.clear();
    m_scope.reset();
}

ChangeMerger::Incoming ChangeMerger::incoming(const ChangeDot &dot) const
{
    if (dot.origin < 0 || dot.origin >= m_replicas.size())
        malformed(SyncText::tr("écriture d'une réplique inconnue"));
    return {m_replicas[dot.origin], dot.counter, dot.hlc};
}

bool ChangeMerger::isNew(const Incoming &dot) const
{
    return dot.origin != m_meta.self() && dot.counter > m_before.value(dot.origin);
}

bool ChangeMerger::dominates(const Incoming &w, const LocalDot &v)
{
    return hadSeen(m_meta, w, v);
}

bool ChangeMerger::later(const Incoming &w, const LocalDot &v)
{
    return std::make_tuple(w.hlc, w.origin.bytes(), w.counter) >
           std::make_tuple(v.hlc, v.origin.bytes(), v.counter);
}

void ChangeMerger::purgeRow(const SyncTable &t, const QByteArray &key)
{
    m_rowMetadata.drop(t, key);
    m_conflicts.dropRow(t, key, false);
}

void ChangeMerger::review(const QString &table, const QByteArray &key, const QString &reason,
                          const QString &values)
{
    SqliteStatement &q = cached("INSERT INTO local_sync_review(table_name, row_key, reason, "
                                "row_values, detected_at, sender_id, bundle_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bindText(1, table);
    q.bindText(2, QString::fromLatin1(key.toHex().toUpper()));
    q.bindText(3, reason);
    q.bindText(4, values);
    q.bind(5, m_clock.nowMs());
    if (!m_sender.isNull())
        q.bindBlob(6, m_sender.bytes());
    if (!m_bundleId.isNull())
        q.bindBlob(7, m_bundleId.bytes());
    q.execute();
    ++m_report.reviewed;
}

void ChangeMerger::applyTombstones()
{
    QHash<const SyncTable *, QSet<QByteArray>> byTable;
    SqliteStatement &shared = cached("INSERT OR IGNORE INTO sync_tombstone(key_hash, "
                                          "table_name) VALUES (?, ?)");
    SqliteStatement &local = cached("INSERT OR IGNORE INTO local_sync_tombstone(key_hash, "
                                         "tbl, origin, counter, hlc) VALUES (?, ?, ?, ?, ?)");
    for (const TombstoneChange &tomb : std::as_const(m_tombstones)) {
        const SyncTable *t = m_layout.find(tomb.table);
        const Incoming d = incoming(tomb.dot);
        m_maxHlc = std::max(m_maxHlc, d.hlc);
        if (!t || !t->isEntity || tomb.keyHash.size() != 16)
            malformed(SyncText::tr("suppression d'une table inconnue"));
        shared.bindBlob(1, tomb.keyHash);
        shared.bindText(2, t->info.name);
        shared.execute();
        local.bindBlob(1, tomb.keyHash);
        local.bind(2, qint64(t->index));
        local.bind(3, qint64(m_meta.indexOf(d.origin)));
        local.bind(4, d.counter);
        local.bind(5, d.hlc);
        local.execute();
        byTable[t].insert(tomb.keyHash);
        ++m_report.tombstones;
    }
    // Only the hash travels: the rows are found by hashing the keys this replica holds.
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const SyncTable &t = *it.key();
        const QByteArray name = t.info.name.toUtf8();
        QList<QByteArray> doomed;
        for (const QByteArray &key : m_rowMetadata.keys(t))
            if (it.value().contains(SyncKey::hash(name, key.constData(), key.size())))
                doomed.append(key);
        for (const QByteArray &key : doomed) {
            if (m_rows.read(t, key)) {
                m_rows.remove(t, key);
                m_orphans.removed(t, key);
                ++m_report.rowsRemoved;
            }
            purgeRow(t, key);
            m_conflicts.dropKeyChildren(t, key);
        }
    }
}

void ChangeMerger::applyRow(const RowChange &row)
{
    const SyncTable *t = m_layout.find(row.table);
    if (!t) {
        review(row.table, row.key, SyncText::tr("table inconnue de cette version de Passerelle"),
               {});
        return;
    }
    if (m_writes.mayHold(*t, row.key)) // met twice: the first one is read back as written
        flushWrites();
    if (t->isEntity && m_anyTombstone) {
        SyncPhaseTimer timer(SyncPhase::Lookup);
        SqliteStatement &tomb = cached("SELECT 1 FROM sync_tombstone WHERE key_hash = ?");
        tomb.bindBlob(1, SyncKey::hash(t->info.name, row.key));
        if (tomb.step()) {
            ++m_report.alreadyKnown;
            return;
        }
    }
    auto note = [&](const Incoming &d) {
        m_maxHlc = std::max(m_maxHlc, d.hlc);
        if (d.hlc > m_futureLimit)
            ++m_report.futureStamped;
    };

    // Which writes are new, by the replica table's positions: no replica id is copied or
    // looked up for the writes already known (most of them, past a first sync).
    auto isNewDot = [&](const ChangeDot &d) {
        if (d.origin < 0 || d.origin >= m_knownBefore.size())
            malformed(SyncText::tr("écriture d'une réplique inconnue"));
        return d.counter > m_knownBefore[d.origin];
    };
    std::optional<Incoming> rowDot;
    if (row.rowDot && isNewDot(*row.rowDot)) {
        rowDot = incoming(*row.rowDot);
        note(*rowDot);
    }
    QList<QPair<const UnitChange *, Incoming>> units;
    units.reserve(row.units.size());
    for (const UnitChange &u : row.units) {
        if (isNewDot(u.dot)) {
            units.append({&u, incoming(u.dot)});
            note(units.last().second);
        }
    }
    // On a laptop, writes it never received are covered by its version vector: the
    // laptop's rules decide which of them are merged as new.
    bool looked = false;
    std::optional<RowMeta> held;
    QHash<int, LocalDot> heldCells;
    if (m_scope) {
        // Read once: nothing is written before the merge below needs them again.
        looked = true;
        held = m_rowMetadata.row(*t, row.key);
        if (held)
            heldCells = m_rowMetadata.cells(*t, row.key);
        const bool hadRowDot = rowDot.has_value();
        LaptopScopeMerge::widen(*t, row, held, heldCells, m_replicas, m_before, m_meta.self(),
                                &rowDot, &units);
        if (rowDot && !hadRowDot)
            note(*rowDot);
        for (const auto &[u, d] : std::as_const(units))
            note(d);
    }
    if (!rowDot && units.isEmpty()) {
        ++m_report.alreadyKnown;
        return;
    }

    const std::optional<RowMeta> local = looked ? held : m_rowMetadata.row(*t, row.key);
    if (!local && !rowDot) { // edits of a row this replica set aside (review queue)
        ++m_report.alreadyKnown;
        return;
    }
    const QHash<int, LocalDot> cells = looked  ? heldCells
                                       : local ? m_rowMetadata.cells(*t, row.key)
                                               : QHash<int, LocalDot>();
    // Whether the row is here; its values are read only when a concurrent write needs
    // them (most merges meet none: reading every column of every row was a tenth of an
    // update merge).
    bool live = false;
    if (local && local->alive) {
        // Pending rows of this table have other keys (mayHold above); new ones may be
        // read back only once written.
        if (m_writes.holds(*t) && m_writes.kind() == MergeWriteBatch::Kind::Insert)
            flushWrites();
        SyncPhaseTimer timer(SyncPhase::Lookup);
        live = m_rows.exists(*t, row.key);
    }
    std::optional<QVariantList> liveValues;
    auto valuesHere = [&]() -> const QVariantList & {
        if (!liveValues) {
            SyncPhaseTimer timer(SyncPhase::Lookup);
            liveValues = m_rows.read(*t, row.key).value_or(QVariantList());
        }
        return *liveValues;
    };

    QList<RowSettlement::Loser> losers;
    QList<QPair<QString, Incoming>> closers;

    bool aliveAfter = live;
    bool rowWon = false;
    if (rowDot) {
        if (!local) {
            rowWon = true;
        } else {
            closers.append({kRowColumn, *rowDot});
            rowWon = dominates(*rowDot, local->dot) || later(*rowDot, local->dot);
            if (!dominates(*rowDot, local->dot)) {
                const bool loserAlive = rowWon ? local->alive : row.alive;
                losers.append({kRowColumn, loserAlive ? QStringLiteral("1") : QStringLiteral("0"),
                               rowWon ? local->dot : toLocal(*rowDot)});
            }
        }
        if (rowWon)
            aliveAfter = row.alive;
    }

    QStringList setColumns;
    QVariantList setValues;
    QList<QPair<int, Incoming>> won;
    setColumns.reserve(t->info.columns.size());
    setValues.reserve(t->info.columns.size());
    won.reserve(units.size());
    for (const auto &[u, d] : std::as_const(units)) {
        const int idx = t->unitOf(u->columns.value(0));
        if (idx < 0)
            continue; // a column this version does not have (newer minor schema)
        const SyncUnit &unit = t->units[idx];
        QVariantList values;
        if (u->columns == unit.columns) { // as the sender writes them: shared, not copied
            values = u->values;
        } else {
            for (const QString &c : unit.columns) {
                const qsizetype at = u->columns.indexOf(c);
                if (at < 0)
                    break;
                values.append(u->values.value(at));
            }
        }
        if (values.size() != unit.columns.size())
            malformed(SyncText::tr("champs incomplets dans %1").arg(t->info.name));

        std::optional<LocalDot> localDot;
        if (cells.contains(idx))
            localDot = cells.value(idx);
        else if (local)
            localDot = local->dot;
        bool win = true;
        if (localDot) {
            const QString unitName = unit.columns.join(QLatin1Char(','));
            closers.append({unitName, d});
            if (!dominates(d, *localDot)) {
                win = later(d, *localDot);
                if (live) {
                    QVariantList mine;
                    for (const QString &c : unit.columns)
                        for (qsizetype i = 0; i < t->info.columns.size(); ++i)
                            if (t->info.columns[i].name == c)
                                mine.append(valuesHere().value(i));
                    const bool bookkeeping =
                        std::all_of(unit.columns.cbegin(), unit.columns.cend(),
                                    [](const QString &c) { return SyncLayout::isBookkeeping(c); });
                    // Every concurrent loser is logged, equal values included: whether
                    // two values are equal depends on which pair met first, the set of
                    // losers does not. Readers hide losers equal to the current value.
                    if (!bookkeeping)
                        losers.append({unitName, literals(win ? mine : values),
                                       win ? *localDot : toLocal(d)});
                }
            }
        }
        if (win) {
            won.append({idx, d});
            setColumns += unit.columns;
            setValues += values;
            ++m_report.unitsTaken;
        } else {
            ++m_report.unitsKept;
        }
    }

    const bool fresh = aliveAfter && !live && !local && won.size() == t->units.size();
    RowSettlement settlement{
        row.key, row.alive,          aliveAfter,        rowWon,        fresh, local, cells,
        rowDot,  std::move(closers), std::move(losers), std::move(won)};
    if (fresh) {
        // Written with the rows around it (MergeWriteBatch); a row refused then is set
        // aside as below, its bookkeeping taken back (flushWrites).
        if (!m_writes.accepts(MergeWriteBatch::Kind::Insert, *t, setColumns, row.key))
            flushWrites();
        m_writes.add(MergeWriteBatch::Kind::Insert, *t, setColumns,
                     {{row.key, setValues}, *rowDot, {}});
        ++m_report.rowsInserted;
        m_settlement.settle(
            *t, settlement); // cells of their own, if any (the row's metadata goes with it)
        return;
    }
    if (aliveAfter && live && !setColumns.isEmpty()) {
        // Likewise for rows held here: the conflicts and metadata follow the write.
        if (!m_writes.accepts(MergeWriteBatch::Kind::Update, *t, setColumns, row.key))
            flushWrites();
        m_writes.add(MergeWriteBatch::Kind::Update, *t, setColumns,
                     {{row.key, setValues}, {}, [this, t, s = std::move(settlement)] {
                          m_settlement.settle(*t, s);
                      }});
        ++m_report.rowsUpdated;
        return;
    }
    if (aliveAfter || live)
        flushWrites();
    try {
        SyncPhaseTimer timer(SyncPhase::WriteRow);
        if (aliveAfter && !live) {
            if (settlement.won.size() != t->units.size()) {
                review(t->info.name, row.key,
                       SyncText::tr("ligne incomplète : ses autres champs ne sont pas parvenus"),
                       {});
                return;
            }
            m_rows.insert(*t, row.key, setColumns, setValues);
            ++m_report.rowsInserted;
        } else if (!aliveAfter && live) {
            m_rows.remove(*t, row.key);
            m_orphans.removed(*t, row.key);
            ++m_report.rowsRemoved;
        }
    } catch (const StorageError &e) {
        // A merged combination a CHECK refuses: set aside whole, for a person to decide.
        review(t->info.name, row.key, e.message(),
               rowJson(*t, live ? valuesHere() : QVariantList()));
        return;
    }
    m_settlement.settle(*t, settlement);
}

bool ChangeMerger::localDominates(const LocalDot &x, const Incoming &l)
{
    return hadSeen(m_meta, x, l);
}

// A write that lost at the sender. It is logged here too unless a write this replica holds
// for the field had seen it; and it closes the losers here that it had seen itself.
void ChangeMerger::applyLoser(const LoserChange &loser)
{
    const SyncTable *t = m_layout.find(loser.table);
    const Incoming l = incoming(loser.dot);
    if (!t || !isNew(l))
        return;
    const std::optional<RowMeta> local = m_rowMetadata.row(*t, loser.key);
    // Fields of a row gone here have no conflicts (its removal closed them); its
    // existence does.
    if (!local || (!local->alive && loser.columns != kRowColumn))
        return;

    std::optional<LocalDot> current = local->dot;
    if (loser.columns != kRowColumn) {
        const int unit = t->unitOf(loser.columns.section(QLatin1Char(','), 0, 0));
        if (unit < 0)
            return;
        const QHash<int, LocalDot> cells = m_rowMetadata.cells(*t, loser.key);
        if (cells.contains(unit))
            current = cells.value(unit);
    }
    if (localDominates(*current, l))
        return;
    for (const MergeDot &other : m_conflicts.losers(*t, loser.key, loser.columns))
        if (localDominates(other, l))
            return;
    m_conflicts.closeDominated(*t, loser.key, loser.columns, l);
    m_conflicts.record(*t, loser.key, loser.columns, loser.value, l);
}

void ChangeMerger::flushWrites()
{
    if (const SyncTable *t = m_writes.table();
        t && m_writes.kind() == MergeWriteBatch::Kind::Insert)
        m_indexes.writing(*t, m_writes.pending());
    SyncPhaseTimer timer(SyncPhase::WriteRow);
    m_writes.flush([this](MergeWriteBatch::Kind kind, const SyncTable &t,
                          const MergeWriteBatch::Row &row, const QString &why) {
        // A combination a CHECK refuses: set aside whole, as a row written alone would be
        // (an update's statement was rolled back: the row reads as it was).
        const QVariantList before = kind == MergeWriteBatch::Kind::Update
                                        ? m_rows.read(t, row.values.key).value_or(QVariantList())
                                        : QVariantList();
        review(t.info.name, row.values.key, why, rowJson(t, before));
        if (kind == MergeWriteBatch::Kind::Insert) {
            purgeRow(t, row.values.key); // its metadata was not written: as if never received
            --m_report.rowsInserted;
        } else {
            --m_report.rowsUpdated; // held as it was, its metadata and conflicts unchanged
        }
    });
}

void ChangeMerger::repairForeignKeys()
{
    m_orphans.run([this](const SyncTable &t, const QByteArray &key, const ForeignKeyInfo &fk,
                         const QVariantList &values) {
        // On a laptop, some orphans are a scope gap, not a broken invariant.
        if (!(m_scope && LaptopScopeMerge::setsAsideSilently(t.info.name, fk.parentTable)))
            review(t.info.name, key,
                   SyncText::tr("%1 : l'enregistrement parent (%2) est absent ou a été supprimé")
                       .arg(fk.column, fk.parentTable),
                   rowJson(t, values));
        m_rows.remove(t, key);
        purgeRow(t, key);
        ++m_report.rowsRemoved;
    });
}

} // namespace passerelle
