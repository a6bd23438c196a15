// How long opening a case file takes: hidden from the normal run (tag [.]), printed by
//   PASSERELLE_BENCH_DB=/path/to/bench.sqlite build/tests/ui_tests "[timing]"
// on a database made by `passerelle-cli demo --cases 100000` (2 000 000 interventions).
// Without PASSERELLE_BENCH_DB it measures a 2 000-case demo database made for the run.
// "open" is CaseFileWindow::open() returning with the window shown (snapshot read, eight tabs
// built and filled, first timeline page read); "painted" adds the first paint. The cases are
// chosen on a connection of their own; each cold pass then drops the file from the page cache
// (on Linux) and opens a fresh connection, so it reads the disk as after a reboot; the warm
// passes open the same cases again. There is no threshold: machines differ too much; the
// figures go in the report.

#include "test_casefile_fixture.h"

#include "casefile/CaseFileWindow.h"
#include "casefile/TimelineTab.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "queries/CaseFileQuery.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace passerelle;
using namespace passerelle::test;

namespace {

struct Figures
{
    QList<double> load;
    QList<double> open;
    QList<double> painted;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

// Cases spread over the file (every n-th by id), plus the one with the longest timeline.
QList<Uuid> sampleCases(Database &db, int count)
{
    QList<Uuid> ids;
    SqliteStatement total(db.handle(), "SELECT count(*) FROM case_file");
    total.step();
    const qint64 step = std::max<qint64>(1, total.int64(0) / count);
    SqliteStatement q(db.handle(), "SELECT id FROM case_file WHERE rowid % ?1 = 0 LIMIT ?2");
    q.bind(1, step);
    q.bind(2, qint64(count - 1));
    while (q.step())
        ids.append(Uuid::fromBytes(q.blob(0)));
    SqliteStatement longest(db.handle(), "SELECT case_id FROM intervention_case GROUP BY case_id "
                                         "ORDER BY count(*) DESC LIMIT 1");
    if (longest.step())
        ids.append(Uuid::fromBytes(longest.blob(0)));
    return ids;
}

enum class Measure
{
    Snapshot, // CaseFileQuery::load only
    Window    // CaseFileWindow::open, then the first paint
};

// Each case of `ids` once.
Figures measure(Database &db, const QList<Uuid> &ids, const Clock &clock, Measure what)
{
    ScriptedDialogService dialogs;
    Figures f;
    for (const Uuid &id : ids) {
        QElapsedTimer timer;
        timer.start();
        if (what == Measure::Snapshot) {
            const std::optional<CaseFileSnapshot> snapshot = CaseFileQuery(db).load(id);
            f.load.append(timer.nsecsElapsed() / 1e6);
            REQUIRE(snapshot);
            continue;
        }
        QPointer<CaseFileWindow> window = CaseFileWindow::open(db, dialogs, id, nullptr, clock);
        f.open.append(timer.nsecsElapsed() / 1e6);
        REQUIRE(window);
        REQUIRE(QTest::qWaitForWindowExposed(window));
        window->grab(); // forces the first paint of the whole window
        f.painted.append(timer.nsecsElapsed() / 1e6);
        CHECK(window->timelineTab()->model().rowCount() <= CaseTimelineQuery::DefaultPageSize);
        window->close();
        CHECK(QTest::qWaitFor([&window] { return window.isNull(); }));
    }
    CHECK(dialogs.asked.isEmpty());
    return f;
}

// Drops the file's pages from the operating system's cache (clean pages only: the file is
// not being written), so that the next reads go to the disk.
void evictFromPageCache(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

void report(const char *what, const QList<double> &v)
{
    std::printf("  %-44s median %7.1f ms   max %7.1f ms\n", what, median(v), maximum(v));
}

} // namespace

TEST_CASE("Opening a case file: time on a large database", "[.][timing]")
{
    const FixedClock clock(QDateTime(caseFileToday(), QTime(10, 0), Qt::UTC));
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("PASSERELLE_BENCH_DB");
    const bool given = !path.isEmpty();
    if (!given) {
        path = dir.filePath(QStringLiteral("timing.sqlite"));
        std::unique_ptr<Database> fresh = Database::open(path);
        DemoOptions options;
        options.cases = 2000;
        options.today = caseFileToday();
        DemoGenerator::generate(*fresh, options);
    }
    QList<Uuid> ids;
    qint64 cases = 0;
    qint64 interventions = 0;
    {
        std::unique_ptr<Database> sampling = Database::open(path, Database::OpenMode::OpenExisting,
                                                            Database::IntegrityCheck::Deferred);
        SqliteStatement counts(sampling->handle(), "SELECT (SELECT count(*) FROM case_file), "
                                                   "(SELECT count(*) FROM intervention)");
        counts.step();
        cases = counts.int64(0);
        interventions = counts.int64(1);
        ids = sampleCases(*sampling, 25);
    }
    std::printf("Case file opening on %s: %lld cases, %lld interventions, %lld files opened\n",
                qPrintable(given ? path : QStringLiteral("a 2 000-case demo")),
                static_cast<long long>(cases), static_cast<long long>(interventions),
                static_cast<long long>(ids.size()));
    // A connection of its own for each cold pass: SQLite keeps the pages it read in the
    // connection's cache.
    const auto coldConnection = [&path] {
        evictFromPageCache(path);
        return Database::open(path, Database::OpenMode::OpenExisting,
                              Database::IntegrityCheck::Deferred);
    };
    std::printf(" cold (file out of the page cache, fresh connection):\n");
    report("CaseFileWindow::open (read, build, show)",
           measure(*coldConnection(), ids, clock, Measure::Window).open);
    std::unique_ptr<Database> db = coldConnection();
    report("snapshot read alone (CaseFileQuery::load)",
           measure(*db, ids, clock, Measure::Snapshot).load);
    std::printf(" warm (the same cases again):\n");
    report("snapshot read alone (CaseFileQuery::load)",
           measure(*db, ids, clock, Measure::Snapshot).load);
    const Figures warm = measure(*db, ids, clock, Measure::Window);
    report("CaseFileWindow::open (read, build, show)", warm.open);
    report("... and first paint", warm.painted);
}
