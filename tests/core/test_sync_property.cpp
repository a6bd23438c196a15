// Seeded property test of the sync engine: replicas edit, insert, delete, link and unlink
// while change sets travel with duplicates, drops, reordering and skewed clocks. After a
// final full round every replica holds the same content, the conflict log holds exactly
// the concurrent losers (computed here from the writes and who had seen what), and no
// deleted row is back. A failing seed is printed; PASSERELLE_SYNC_SEEDS=N runs N seeds.

#include "test_sync_engine_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/ChangeCapture.h"
#include "sync/SyncKey.h"
#include "sync/SyncLayout.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSet>

#include <memory>
#include <tuple>

using namespace passerelle;
using namespace passerelle::test;

namespace {
using Knowledge = QMap<Uuid, qint64>;

struct OracleWrite
{
    Uuid origin;
    qint64 counter = 0;
    qint64 hlc = 0;
    Knowledge context;
};

struct Message
{
    InFlight set;
    Knowledge knowledge; // the sender's, when the set was built
    int to = 0;
};

QByteArray keyOf(const Uuid &id)
{
    QByteArray key;
    SyncKey::appendBlob(key, id.bytes().constData(), id.bytes().size());
    return key;
}

QString entry(const QString &key, const QString &column, const QByteArray &replica, qint64 counter)
{
    return key + QLatin1Char('|') + column + QLatin1Char('|') +
           QString::fromLatin1(replica.toHex()) + QLatin1Char('|') + QString::number(counter);
}

class Schedule
{
public:
    explicit Schedule(quint32 seed, int replicas) : m_random(seed)
    {
        for (int i = 0; i < replicas; ++i) {
            m_nodes.push_back(std::make_unique<EngineReplica>());
            // Clocks up to three days apart, as laptops left offline drift.
            m_nodes.back()->clock.advanceMs(qint64(m_random.bounded(6 * 24 * 3600)) * 1000 -
                                            3 * 24 * 3600 * 1000LL);
        }
        m_known.resize(replicas);
        m_alive.resize(replicas);
        m_programme = m_nodes[0]->addOrganisationAndProgramme();
        m_worker = m_nodes[0]->addWorker();
        m_known[0][node(0).id()] = ChangeCapture::lastCounter(node(0).handle());
        for (int i = 1; i < replicas; ++i)
            send(0, i, true);
        const SyncLayout layout = SyncLayout::load(node(0).handle());
        const SyncTable *t = layout.find(QStringLiteral("intervention"));
        m_table = t->index;
        m_noteUnit = t->unitOf(QStringLiteral("note"));
        m_durationUnit = t->unitOf(QStringLiteral("duration_min"));
    }

    void step()
    {
        const int r = int(m_random.bounded(int(m_nodes.size())));
        node(r).clock.advanceMs(1 + m_random.bounded(600'000));
        const int action = int(m_random.bounded(100));
        if (action < 12)
            insert(r);
        else if (action < 34)
            edit(r);
        else if (action < 37)
            remove(r);
        else if (action < 45)
            toggleLink(r);
        else if (action < 70)
            queue(r, pickOther(r));
        else
            deliverOne();
    }

    // Every pair, both ways, twice: whatever was dropped is sent again.
    void finalRound()
    {
        for (int round = 0; round < 2; ++round)
            for (int a = 0; a < int(m_nodes.size()); ++a)
                for (int b = 0; b < int(m_nodes.size()); ++b)
                    if (a != b)
                        send(a, b, true);
    }

    void checkConverged()
    {
        const QByteArray reference = replicaState(node(0));
        for (int i = 1; i < int(m_nodes.size()); ++i) {
            INFO("replica " << i << ", tables that differ: " << differingTables(0, i).toStdString());
            CHECK(replicaState(node(i)) == reference);
        }
    }

    // For the failure message: which tables differ (by a digest of their rows).
    QString differingTables(int a, int b)
    {
        QStringList out;
        for (const char *table : {"intervention", "intervention_worker", "sync_conflict",
                                  "sync_tombstone", "programme", "worker", "organisation"}) {
            const QByteArray sql = QByteArray("SELECT count(*), total(length(hex(x.rowid))) FROM ") +
                                   table + " x";
            const QString digest =
                QStringLiteral("SELECT group_concat(h) FROM (SELECT hex(%1) h FROM %2 ORDER BY 1)")
                    .arg(QLatin1String(table) == QLatin1String("intervention")
                             ? QStringLiteral("id || coalesce(note, '') || duration_min")
                             : QStringLiteral("*"),
                         QLatin1String(table));
            Q_UNUSED(sql);
            if (QLatin1String(table) != QLatin1String("intervention"))
                continue;
            SqliteStatement qa(node(a).handle(), digest.toUtf8());
            SqliteStatement qb(node(b).handle(), digest.toUtf8());
            qa.step();
            qb.step();
            if (qa.text(0) != qb.text(0))
                out.append(QLatin1String(table));
        }
        {
            const QString rows = QStringLiteral("SELECT group_concat(table_name || ':' || column_name || ':' || "
                                                "loser_value || ':' || loser_counter, ' ') FROM (SELECT * FROM "
                                                "sync_conflict ORDER BY conflict_id)");
            SqliteStatement qa(node(a).handle(), rows.toUtf8());
            SqliteStatement qb(node(b).handle(), rows.toUtf8());
            qa.step();
            qb.step();
            if (qa.text(0) != qb.text(0))
                out.append(QStringLiteral("conflicts [%1] vs [%2]").arg(qa.text(0), qb.text(0)));
        }
        for (const char *table : {"intervention_worker", "sync_conflict", "sync_tombstone"}) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
            if (node(a).count(QString::fromLatin1(sql)) != node(b).count(QString::fromLatin1(sql)))
                out.append(QLatin1String(table));
        }
        return out.join(QLatin1Char(' '));
    }

    void checkNothingDeletedIsBack()
    {
        for (auto &n : m_nodes)
            for (const Uuid &id : std::as_const(m_deleted))
                CHECK_FALSE(n->note(id).has_value());
    }

    // The conflict log of each replica is exactly the set of concurrent losers: writes of
    // a field that no other write of it had seen, except the one with the highest clock.
    void checkConflictLog()
    {
        QSet<QString> expected;
        for (auto it = m_writes.cbegin(); it != m_writes.cend(); ++it) {
            const Uuid id = std::get<0>(it.key());
            if (m_deleted.contains(id))
                continue;
            const QList<OracleWrite> &writes = it.value();
            QList<OracleWrite> maximal;
            for (const OracleWrite &w : writes) {
                const bool seen = std::any_of(writes.cbegin(), writes.cend(), [&](const OracleWrite &o) {
                    if (o.origin == w.origin)
                        return o.counter > w.counter;
                    return o.context.value(w.origin) >= w.counter;
                });
                if (!seen)
                    maximal.append(w);
            }
            REQUIRE_FALSE(maximal.isEmpty());
            const auto winner = std::max_element(maximal.cbegin(), maximal.cend(),
                                                 [](const OracleWrite &a, const OracleWrite &b) {
                                                     return std::make_tuple(a.hlc, a.origin.bytes(), a.counter) <
                                                            std::make_tuple(b.hlc, b.origin.bytes(), b.counter);
                                                 });
            const QString column = std::get<1>(it.key());
            for (const OracleWrite &w : maximal)
                if (&w != &*winner)
                    expected.insert(entry(QString::fromLatin1(keyOf(id).toHex().toUpper()),
                                          column, w.origin.bytes(), w.counter));
        }
        for (auto &n : m_nodes) {
            QSet<QString> logged;
            SqliteStatement q(n->handle(), "SELECT row_key, column_name, loser_replica, loser_counter "
                                           "FROM sync_conflict WHERE table_name = 'intervention'");
            while (q.step())
                logged.insert(entry(q.text(0), q.text(1), q.blob(2), q.int64(3)));
            INFO("logged, not expected: " << QStringList((logged - expected).values()).join(QLatin1Char(' ')).toStdString());
            INFO("expected, not logged: " << QStringList((expected - logged).values()).join(QLatin1Char(' ')).toStdString());
            CHECK(logged == expected);
        }
        m_conflicts = expected.size();
    }

    qsizetype conflicts() const { return m_conflicts; }

private:
    EngineReplica &node(int i) { return *m_nodes[size_t(i)]; }

    int pickOther(int r)
    {
        const int o = int(m_random.bounded(int(m_nodes.size()) - 1));
        return o >= r ? o + 1 : o;
    }

    // The dot and clock the last local write took, and its context.
    OracleWrite lastWrite(int r, const char *sql, const Uuid &id, int unit = -1)
    {
        SqliteStatement q(node(r).handle(), sql);
        q.bind(1, qint64(m_table));
        q.bindBlob(2, keyOf(id));
        if (unit >= 0)
            q.bind(3, qint64(unit));
        REQUIRE(q.step());
        OracleWrite w{node(r).id(), q.int64(0), q.int64(1), m_known[size_t(r)]};
        w.context.remove(node(r).id());
        m_known[size_t(r)][node(r).id()] = w.counter;
        return w;
    }

    void insert(int r)
    {
        const Uuid id = node(r).addIntervention(m_programme, QStringLiteral("Visite %1").arg(m_random.bounded(1000)),
                                                int(m_random.bounded(120)));
        const OracleWrite w = lastWrite(
            r, "SELECT counter, hlc FROM local_sync_row WHERE tbl = ? AND pk = ?", id);
        m_writes[{id, QStringLiteral("note")}].append(w);
        m_writes[{id, QStringLiteral("duration_min")}].append(w);
        m_alive[size_t(r)].insert(id);
    }

    std::optional<Uuid> pickAlive(int r)
    {
        QList<Uuid> present;
        for (const Uuid &id : std::as_const(m_everInserted))
            if (node(r).note(id))
                present.append(id);
        if (present.isEmpty())
            return std::nullopt;
        return present[int(m_random.bounded(int(present.size())))];
    }

    void edit(int r)
    {
        refreshIds();
        const std::optional<Uuid> id = pickAlive(r);
        if (!id)
            return;
        // Few distinct values, so that concurrent writes sometimes agree.
        if (m_random.bounded(2) == 0) {
            const QString note = QStringLiteral("Note %1").arg(m_random.bounded(3));
            if (node(r).note(*id) == note)
                return;
            node(r).setNote(*id, note);
            m_writes[{*id, QStringLiteral("note")}].append(lastWrite(
                r, "SELECT counter, hlc FROM local_sync_cell WHERE tbl = ? AND pk = ? AND unit = ?",
                *id, m_noteUnit));
        } else {
            const int minutes = 15 * int(1 + m_random.bounded(4));
            if (node(r).duration(*id) == minutes)
                return;
            node(r).setDuration(*id, minutes);
            m_writes[{*id, QStringLiteral("duration_min")}].append(lastWrite(
                r, "SELECT counter, hlc FROM local_sync_cell WHERE tbl = ? AND pk = ? AND unit = ?",
                *id, m_durationUnit));
        }
    }

    void remove(int r)
    {
        refreshIds();
        const std::optional<Uuid> id = pickAlive(r);
        if (!id)
            return;
        node(r).removeIntervention(*id);
        m_known[size_t(r)][node(r).id()] = ChangeCapture::lastCounter(node(r).handle());
        m_deleted.insert(*id);
    }

    void toggleLink(int r)
    {
        refreshIds();
        const std::optional<Uuid> id = pickAlive(r);
        if (!id || !node(r).count(QStringLiteral("SELECT count(*) FROM worker")))
            return;
        const bool linked = node(r).count(QStringLiteral("SELECT count(*) FROM intervention_worker "
                                                         "WHERE intervention_id = X'%1'")
                                              .arg(QString::fromLatin1(id->bytes().toHex()))) > 0;
        if (linked)
            node(r).unlink(*id, m_worker);
        else
            node(r).link(*id, m_worker);
        m_known[size_t(r)][node(r).id()] = ChangeCapture::lastCounter(node(r).handle());
    }

    void refreshIds()
    {
        for (const auto &alive : m_alive)
            for (const Uuid &id : alive)
                if (!m_everInserted.contains(id))
                    m_everInserted.append(id);
    }

    void queue(int from, int to)
    {
        m_inFlight.append({snapshot(node(from), node(to)), m_known[size_t(from)], to});
    }

    void send(int from, int to, bool now)
    {
        queue(from, to);
        if (now) {
            const Message m = m_inFlight.takeLast();
            apply(m);
        }
    }

    void apply(const Message &m)
    {
        deliver(m.set, node(m.to));
        Knowledge &k = m_known[size_t(m.to)];
        for (auto it = m.knowledge.cbegin(); it != m.knowledge.cend(); ++it)
            k[it.key()] = std::max(k.value(it.key()), it.value());
    }

    void deliverOne()
    {
        if (m_inFlight.isEmpty())
            return;
        const int pick = int(m_random.bounded(int(m_inFlight.size())));
        const int fate = int(m_random.bounded(10));
        if (fate == 0) { // lost on the way
            m_inFlight.removeAt(pick);
            return;
        }
        const Message m = fate < 3 ? m_inFlight.at(pick) : m_inFlight.takeAt(pick); // or copied twice
        apply(m);
    }

    QRandomGenerator m_random;
    std::vector<std::unique_ptr<EngineReplica>> m_nodes;
    std::vector<Knowledge> m_known;
    std::vector<QSet<Uuid>> m_alive;
    QList<Uuid> m_everInserted;
    QSet<Uuid> m_deleted;
    QMap<std::tuple<Uuid, QString>, QList<OracleWrite>> m_writes;
    QList<Message> m_inFlight;
    Uuid m_programme;
    Uuid m_worker;
    int m_table = 0;
    int m_noteUnit = 0;
    int m_durationUnit = 0;
    qsizetype m_conflicts = 0;
};
} // namespace

TEST_CASE("Sync property: random schedules converge with every concurrent loser logged")
{
    const int seeds = qEnvironmentVariableIsSet("PASSERELLE_SYNC_SEEDS")
                          ? qEnvironmentVariableIntValue("PASSERELLE_SYNC_SEEDS")
                          : 1000;
    const quint32 first = quint32(qEnvironmentVariableIntValue("PASSERELLE_SYNC_FIRST_SEED"));
    qsizetype conflicts = 0;
    for (quint32 seed = first; seed < first + quint32(seeds); ++seed) {
        INFO("failing seed: " << seed << " (replay with PASSERELLE_SYNC_FIRST_SEED=" << seed
                              << " PASSERELLE_SYNC_SEEDS=1)");
        Schedule s(seed, 3 + int(seed % 3));
        for (int i = 0; i < 60; ++i)
            s.step();
        s.finalRound();
        s.checkConverged();
        s.checkNothingDeletedIsBack();
        s.checkConflictLog();
        conflicts += s.conflicts();
    }
    // The schedules do produce concurrent edits: otherwise this test would prove little.
    CHECK(conflicts > 0);
}
