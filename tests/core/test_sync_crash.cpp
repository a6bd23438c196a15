#include "test_sync_pairing_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/AppliedBundles.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// Interventions in the bundle: enough for the merge to last a few hundred milliseconds, so
// that kills land at many different points of it (with the merge at ~40 000 rows/s, 4 000 rows
// took ~100 ms and most kills, delayed by start-up and scheduling on a busy machine, came after
// the commit), and few enough for 30 runs in ~20 s.
constexpr int kInterventions = 16000;

int envOr(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

void copyFresh(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-journal"));
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

std::unique_ptr<Database> openWork(const QString &path)
{
    return Database::open(path, Database::OpenMode::OpenExisting,
                          Database::IntegrityCheck::Deferred);
}

// Where a kill is timed from: the child's start (open, key load, verification), its
// "merging" line (inside the transaction, before the merge) or its "committing" line
// (merge done, COMMIT about to write the pages and delete the journal).
enum class From
{
    Start,
    Merging,
    Committing
};

// Starts the child and kills it `killAfterMs` after the moment `from`; returns whether it
// was killed before it exited by itself. Without a delay, lets it finish and gives the
// milliseconds from its "merging" line to its exit.
bool runChild(const QString &db, const QString &bundle, std::optional<int> killAfterMs, From from,
              qint64 *mergeMs = nullptr)
{
    QProcess child;
    child.start(QStringLiteral(PASSERELLE_CRASH_CHILD_PATH), {db, bundle});
    REQUIRE(child.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    if (from != From::Start) {
        const QByteArray marker = from == From::Merging ? "merging" : "committing";
        QByteArray seen;
        while (!seen.contains(marker) && child.state() == QProcess::Running) {
            child.waitForReadyRead(5);
            seen += child.readAllStandardOutput();
        }
        REQUIRE(seen.contains(marker));
        timer.restart();
    }
    if (killAfterMs) {
        if (child.waitForFinished(*killAfterMs))
            return false;
        child.kill();
        child.waitForFinished();
        return true;
    }
    REQUIRE(child.waitForFinished(60000));
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    if (mergeMs)
        *mergeMs = timer.elapsed();
    return false;
}
struct Outcomes
{
    int killedBefore = 0;
    int killedMerged = 0;
    int finished = 0;
};

void tally(Outcomes &o, bool killed, bool merged)
{
    if (!killed)
        ++o.finished;
    else if (merged)
        ++o.killedMerged;
    else
        ++o.killedBefore;
}

// After a kill: the file opens (a hot journal is rolled back), is intact, holds exactly the
// state before or after the import, with the bundle marked applied exactly when merged; the
// import then runs again to the end. Returns whether the killed import had been merged.
bool checkAndRepair(const QString &work, const QString &bundle, const Uuid &bundleId,
                    const QByteArray &before, const QByteArray &after, const QStringList &schema)
{
    const auto db = openWork(work);
    REQUIRE(integrityCheck(*db) == QStringLiteral("ok"));
    REQUIRE(schemaIndexes(*db) == schema);
    const QByteArray hash = contentHash(*db);
    const bool applied = AppliedBundles::appliedAt(*db, bundleId).has_value();
    REQUIRE((hash == before || hash == after));
    CHECK(applied == (hash == after)); // merged and marked in the same commit, or neither

    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    const SyncImport again = SyncEngine(*db, keys).importFile(bundle);
    if (hash == before)
        CHECK(again.read.isVerified());
    else
        CHECK(again.read.isNoOp());
    CHECK(contentHash(*db) == after);
    CHECK(schemaIndexes(*db) == schema);
    return hash == after;
}
} // namespace

TEST_CASE("Sync crash: a child killed at random points of an import leaves the database as "
          "before or fully merged, and the import can be run again")
{
    const int runs = envOr("PASSERELLE_CRASH_RUNS", 30);
    const quint32 seed = quint32(envOr("PASSERELLE_CRASH_SEED", 20251123));
    INFO("PASSERELLE_CRASH_SEED=" << seed << " PASSERELLE_CRASH_RUNS=" << runs);
    QRandomGenerator random(seed);

    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop);
    {
        SqliteStatement p(office.db().handle(),
                          "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                          "updated_at) VALUES (?, ?, 'PA', 'Pair-aidance', 1, 1)");
        const Uuid programme = Uuid::createV7();
        p.bindBlob(1, programme.bytes());
        p.bindBlob(2, office.organisation.bytes());
        p.execute();
        // One transaction, ids made by SQLite as 16 random bytes (UUID-shaped enough for a
        // test: the schema only asks for 16 bytes).
        SqliteStatement many(office.db().handle(),
                             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                             "WHERE i < ?) INSERT INTO intervention(id, programme_id, date, status,"
                             " channel, intervention_type, duration_min, note, created_at, "
                             "updated_at) SELECT randomblob(16), ?, '2025-09-15', 'done', "
                             "(SELECT min(code) FROM ref_channel), (SELECT min(code) FROM "
                             "ref_intervention_type), 30 + i % 60, 'Visite ' || i, 1, 1 FROM n");
        many.bind(1, qint64(kInterventions));
        many.bindBlob(2, programme.bytes());
        many.execute();
    }
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bureau.passerelle-sync"));
    const Uuid bundleId = SyncEngine(office.db(), *office.keys, office.clock)
                              .exportToFile(laptop.id(), bundle)
                              .header.bundleId;
    const QString pristine = dir.filePath(QStringLiteral("avant.sqlite"));
    const QString work = dir.filePath(QStringLiteral("travail.sqlite"));
    laptop.temp.db.reset();
    REQUIRE(QFile::copy(laptop.temp.path, pristine));

    QByteArray before;
    QByteArray after;
    QStringList schema; // every index: a first sync sets some aside while it fills a table
    qint64 mergeMs = 0;
    {
        copyFresh(pristine, work);
        before = contentHash(*openWork(work));
        schema = schemaIndexes(*openWork(work));
        // The shorter of two uninterrupted runs (the first one reads a cold file).
        runChild(work, bundle, std::nullopt, From::Merging, &mergeMs);
        copyFresh(pristine, work);
        qint64 second = 0;
        runChild(work, bundle, std::nullopt, From::Merging, &second);
        mergeMs = std::min(mergeMs, second);
        after = contentHash(*openWork(work));
        REQUIRE(schemaIndexes(*openWork(work)) == schema); // back after the merge
        REQUIRE(before != after);
    }
    WARN("merge of " << kInterventions << " interventions in the child: " << mergeMs << " ms");

    Outcomes outcomes;
    for (int run = 0; run < runs; ++run) {
        copyFresh(pristine, work);
        // Half the kills land inside the merge (its measured length from "merging"), a quarter
        // around the commit, a quarter anywhere from the start.
        const From from = run % 4 == 0   ? From::Start
                          : run % 4 == 1 ? From::Committing
                                         : From::Merging;
        const int window = from == From::Committing ? 40
                           : from == From::Merging  ? int(mergeMs)
                                                    : int(mergeMs) + 300;
        const int delay = int(random.bounded(window + 1));
        INFO("run " << run << ", kill " << delay << " ms after "
                    << (from == From::Start     ? "start"
                        : from == From::Merging ? "merging"
                                                : "committing"));
        const bool killed = runChild(work, bundle, delay, from);

        tally(outcomes, killed, checkAndRepair(work, bundle, bundleId, before, after, schema));
    }
    WARN("crash runs of the child: " << outcomes.killedBefore << " killed before the commit, "
                                     << outcomes.killedMerged << " killed after it, "
                                     << outcomes.finished << " finished first");
    // The kills must really interrupt imports, not arrive after them.
    CHECK(outcomes.killedBefore + outcomes.killedMerged >= runs / 3);

    // The real command line too, `passerelle-cli sync import` (SyncEngine::import, its
    // integrity check on open, the peer's last contact), killed anywhere from its start.
    const int cliRuns = envOr("PASSERELLE_CRASH_CLI_RUNS", 6);
    qint64 cliMs = 0;
    {
        copyFresh(pristine, work);
        QElapsedTimer timer;
        timer.start();
        QString out, err;
        REQUIRE(runCli({QStringLiteral("sync"), QStringLiteral("import"), bundle,
                        QStringLiteral("--db"), work},
                       &out, &err) == 0);
        cliMs = timer.elapsed();
        REQUIRE(contentHash(*openWork(work)) == after);
    }
    Outcomes cliOutcomes;
    for (int run = 0; run < cliRuns; ++run) {
        copyFresh(pristine, work);
        const int delay = int(random.bounded(int(cliMs) + 1));
        INFO("command-line run " << run << ", kill " << delay << " ms after start");
        QProcess cli;
        cli.start(QStringLiteral(PASSERELLE_CLI_PATH),
                  {QStringLiteral("sync"), QStringLiteral("import"), bundle, QStringLiteral("--db"),
                   work});
        REQUIRE(cli.waitForStarted());
        const bool killed = !cli.waitForFinished(delay);
        if (killed) {
            cli.kill();
            cli.waitForFinished();
        }
        tally(cliOutcomes, killed, checkAndRepair(work, bundle, bundleId, before, after, schema));
    }
    WARN("crash runs of passerelle-cli ("
         << cliMs << " ms uninterrupted): " << cliOutcomes.killedBefore
         << " killed before the commit, " << cliOutcomes.killedMerged << " killed after it, "
         << cliOutcomes.finished << " finished first");
}
