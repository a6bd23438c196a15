// Seeded property test of partial replication: an office, a second office PC and three
// worker laptops; cases assigned, unassigned and reassigned on either office replica,
// laptops editing the interventions of the cases they hold, bundles exchanged between
// random pairs (laptops with full replicas only), some lost, some delivered twice. After a
// few final rounds both full replicas hold the same data and each laptop holds exactly the
// office's content projected on its worker's scope. PASSERELLE_SCOPE_SEEDS=N runs N seeds,
// PASSERELLE_SCOPE_FIRST_SEED=S replays from seed S.

#include "test_sync_engine_fixtures.h"
#include "test_sync_scope_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/SyncLayout.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <memory>
#include <vector>

using namespace passerelle;
using namespace passerelle::test;

namespace {
constexpr int kFull = 2;    // nodes 0 (office) and 1 (second office PC)
constexpr int kLaptops = 3; // nodes 2, 3, 4, for workers 0, 1, 2
constexpr int kCases = 6;

int envOr(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

class ScopeSchedule
{
public:
    explicit ScopeSchedule(quint32 seed) : m_random(seed)
    {
        for (int i = 0; i < kFull + kLaptops; ++i) {
            m_nodes.push_back(std::make_unique<EngineReplica>());
            m_nodes.back()->clock.advanceMs(qint64(m_random.bounded(3600)) * 1000);
        }
        EngineReplica &office = node(0);
        const Uuid programme = office.addOrganisationAndProgramme();
        for (int w = 0; w < kLaptops; ++w)
            m_workers.append(office.addWorker());
        for (int c = 0; c < kCases; ++c)
            m_cases.append(addCase(office, programme, m_workers[int(m_random.bounded(kLaptops))],
                                   QStringLiteral("PA-%1").arg(c))
                               .caseId);
        exchange(office, node(1));
        for (int l = 0; l < kLaptops; ++l)
            exchangeScoped(office, laptop(l), m_workers[l]);
    }

    void step()
    {
        const int action = int(m_random.bounded(100));
        const int full = int(m_random.bounded(kFull));
        const int l = int(m_random.bounded(kLaptops));
        node(full).clock.advanceMs(1 + m_random.bounded(600'000));
        laptop(l).clock.advanceMs(1 + m_random.bounded(600'000));
        if (action < 15) {
            reassign(node(full), m_cases[int(m_random.bounded(kCases))]);
        } else if (action < 35) {
            editHeldCase(laptop(l));
        } else if (action < 45) {
            editHeldCase(node(full));
        } else if (action < 55) {
            exchange(node(full), node(1 - full));
        } else if (action < 78) {
            const InFlight m = scopedSnapshot(node(full), laptop(l), m_workers[l]);
            if (m_random.bounded(5) == 0)
                return; // lost on the way
            deliver(m, laptop(l));
            if (m_random.bounded(5) == 0)
                deliver(m, laptop(l)); // delivered twice
        } else {
            const InFlight m = laptopSnapshot(laptop(l), node(full));
            if (m_random.bounded(5) == 0)
                return;
            deliverFromLaptop(m, node(full));
        }
    }

    // Laptops send their own writes only to a replica holding all they had seen, which it
    // learns from that replica's next bundle: some writes need a few rounds to spread.
    void finalRounds()
    {
        for (int round = 0; round < 5; ++round) {
            exchange(node(0), node(1));
            exchange(node(1), node(0));
            for (int l = 0; l < kLaptops; ++l)
                for (int f = 0; f < kFull; ++f) {
                    exchangeFromLaptop(laptop(l), node(f));
                    exchangeScoped(node(f), laptop(l), m_workers[l]);
                }
        }
        exchange(node(0), node(1));
        exchange(node(1), node(0));
    }

    // For a failure message: the rows (abridged) of each table that differs, and the sync
    // conflict log and tombstones when they differ.
    static QString differences(EngineReplica &a, EngineReplica &b,
                               const std::optional<SyncScope> &sa)
    {
        QStringList out;
        const SyncLayout layout = SyncLayout::load(a.handle());
        for (const SyncTable &t : layout.tables()) {
            QByteArray sql = "SELECT sync_key(";
            for (qsizetype i = 0; i < t.primaryKey.size(); ++i)
                sql += (i ? ", \"" : "\"") + t.primaryKey[i].toUtf8() + '"';
            sql += "), * FROM \"" + t.info.name.toUtf8() + "\" ORDER BY 1";
            QStringList ra, rb;
            {
                SqliteStatement q(a.handle(), sql);
                while (q.step()) {
                    if (sa && !sa->includes(t, q.blob(0)))
                        continue;
                    QString row;
                    for (int c = 0; c < q.columnCount(); ++c)
                        row += QString::fromLatin1(q.blob(c).toHex().left(c == 0 ? 40 : 14)) +
                               QLatin1Char(',');
                    ra << row;
                }
            }
            {
                SqliteStatement q(b.handle(), sql);
                while (q.step()) {
                    QString row;
                    for (int c = 0; c < q.columnCount(); ++c)
                        row += QString::fromLatin1(q.blob(c).toHex().left(c == 0 ? 40 : 14)) +
                               QLatin1Char(',');
                    rb << row;
                }
            }
            if (ra != rb)
                out << t.info.name + QStringLiteral(": ") + ra.join(QLatin1Char(';')) +
                           QStringLiteral(" VS ") + rb.join(QLatin1Char(';'));
        }
        for (const char *sql : {"SELECT table_name, column_name, loser_value, hex(loser_replica), "
                                "loser_counter FROM sync_conflict ORDER BY 1,2,3,4,5",
                                "SELECT hex(key_hash) FROM sync_tombstone ORDER BY 1"}) {
            QStringList ra, rb;
            for (auto [r, list] : {std::pair{&a, &ra}, std::pair{&b, &rb}}) {
                SqliteStatement q(r->handle(), sql);
                while (q.step()) {
                    QString row;
                    for (int c = 0; c < q.columnCount(); ++c)
                        row += q.text(c).left(12) + QLatin1Char(',');
                    *list << row;
                }
            }
            if (ra != rb)
                out << QString::fromLatin1(sql).left(30) + ra.join(QLatin1Char(';')) +
                           QStringLiteral(" VS ") + rb.join(QLatin1Char(';'));
        }
        return out.join(QLatin1Char('\n'));
    }

    void check()
    {
        INFO(differences(node(0), node(1), std::nullopt).toStdString());
        CHECK(replicaState(node(0)) == replicaState(node(1)));
        for (int l = 0; l < kLaptops; ++l) {
            INFO("laptop " << l);
            INFO(
                differences(node(0), laptop(l), SyncScope::ofWorker(node(0).handle(), m_workers[l]))
                    .toStdString());
            CHECK(projectedContent(laptop(l)) ==
                  projectedContent(node(0), SyncScope::ofWorker(node(0).handle(), m_workers[l])));
            {
                SqliteStatement q(laptop(l).handle(),
                                  "SELECT table_name, reason FROM local_sync_review");
                while (q.step())
                    UNSCOPED_INFO("review " << q.text(0).toStdString() << ": "
                                            << q.text(1).toStdString());
            }
            CHECK(laptop(l).count(QStringLiteral("SELECT count(*) FROM local_sync_review")) == 0);
        }
    }

private:
    EngineReplica &node(int i) { return *m_nodes[size_t(i)]; }
    EngineReplica &laptop(int l) { return node(kFull + l); }

    // Whoever holds the case now leaves it; a random worker (or nobody) takes it.
    void reassign(EngineReplica &r, const Uuid &caseId)
    {
        for (const Uuid &w : std::as_const(m_workers))
            unassign(r, caseId, w);
        const int to = int(m_random.bounded(kLaptops + 1));
        if (to < kLaptops)
            assign(r, caseId, m_workers[to]);
    }

    void editHeldCase(EngineReplica &r)
    {
        SqliteStatement q(r.handle(), "SELECT intervention_id FROM intervention_case ORDER BY 1");
        QList<QByteArray> held;
        while (q.step())
            held.append(q.blob(0));
        if (held.isEmpty())
            return;
        r.setNote(Uuid::fromBytes(held[int(m_random.bounded(int(held.size())))]),
                  QStringLiteral("note %1").arg(m_random.bounded(1000)));
    }

    QRandomGenerator m_random;
    std::vector<std::unique_ptr<EngineReplica>> m_nodes;
    QList<Uuid> m_workers;
    QList<Uuid> m_cases;
};
} // namespace

TEST_CASE("Sync scope property: laptops equal the office projected on their scope after "
          "random assignments, edits, lost and repeated bundles")
{
    const int seeds = envOr("PASSERELLE_SCOPE_SEEDS", 100);
    const int first = envOr("PASSERELLE_SCOPE_FIRST_SEED", 1);
    for (int seed = first; seed < first + seeds; ++seed) {
        INFO("PASSERELLE_SCOPE_FIRST_SEED=" << seed << " PASSERELLE_SCOPE_SEEDS=1");
        ScopeSchedule schedule{quint32(seed)};
        for (int i = 0; i < 40; ++i)
            schedule.step();
        schedule.finalRounds();
        schedule.check();
    }
}
