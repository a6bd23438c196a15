#include "demo/DemoGenerator.h"
#include "demo/DemoIdentity.h"
#include "demo/DemoRandom.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSet>

using namespace passerelle;
using passerelle::test::TempDatabase;

namespace {

const QDate referenceDay(2025, 6, 30);

DemoOptions smallDemo(int cases = 50, quint64 seed = 7)
{
    DemoOptions options;
    options.cases = cases;
    options.seed = seed;
    options.interventionsPerCase = 20;
    options.today = referenceDay;
    return options;
}

qint64 scalar(const Database &db, const char *sql)
{
    SqliteStatement q(db.handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

QStringList column(const Database &db, const char *sql)
{
    SqliteStatement q(db.handle(), sql);
    QStringList out;
    while (q.step())
        out.append(q.text(0));
    return out;
}

// contentHash of the whole database once the reference lists' timestamps are set aside:
// those record when each file was created, which two otherwise identical files never share.
QByteArray demoHash(const Database &db)
{
    for (const TableInfo &table : Schema::replicatedTables(db.handle())) {
        if (table.isReferenceList)
            execSql(db.handle(),
                    "UPDATE \"" + table.name.toUtf8() + "\" SET created_at = 0, updated_at = 0");
    }
    return test::contentHash(db);
}

// The invariants of /work/invariants.md, each as a query counting the rows that break it.
// Written here, independently of the IntegrityChecker, so that each side checks the other.
struct Invariant
{
    const char *name;
    const char *violations;
};
const Invariant invariants[] = {
    {"1 every case has a status history",
     "SELECT count(*) FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM case_status_change s WHERE "
     "s.case_id = c.id)"},
    {"1 status is the latest change's to_status",
     "SELECT count(*) FROM case_file c WHERE c.status IS NOT (SELECT s.to_status FROM "
     "case_status_change s "
     "WHERE s.case_id = c.id ORDER BY s.changed_on DESC, s.created_at DESC, s.id DESC LIMIT 1)"},
    {"1 the first change is NULL -> identified",
     "SELECT count(*) FROM case_file c WHERE (SELECT s.from_status IS NULL AND s.to_status = "
     "'identified' "
     "FROM case_status_change s WHERE s.case_id = c.id ORDER BY s.changed_on, s.created_at, s.id "
     "LIMIT 1) IS NOT 1"},
    {"2 case dates are ordered",
     "SELECT count(*) FROM case_file WHERE oriented_on < identified_on OR accompanied_on < "
     "identified_on "
     "OR accompanied_on < oriented_on OR closed_on < identified_on OR closed_on < oriented_on "
     "OR closed_on < accompanied_on OR (status = 'oriented' AND oriented_on IS NULL)"},
    {"3 reviews belong to commissions",
     "SELECT count(*) FROM commission_review r JOIN collective_session s ON s.id = r.session_id "
     "WHERE s.kind <> 'commission'"},
    {"4 done interventions have a duration",
     "SELECT count(*) FROM intervention WHERE status = 'done' AND duration_min <= 0"},
    {"5 pair roles match worker roles",
     "SELECT count(*) FROM case_worker cw JOIN worker w ON w.id = cw.worker_id "
     "WHERE (cw.pair_role = 'peer' AND w.role <> 'peer_worker') "
     "OR (cw.pair_role = 'professional' AND w.role NOT IN ('professional', 'coordinator'))"},
    {"6 at most one main person per case",
     "SELECT count(*) FROM (SELECT case_id FROM case_person WHERE role = 'main' GROUP BY case_id "
     "HAVING count(*) > 1)"},
    {"7 no assessment before identification",
     "SELECT count(*) FROM assessment a JOIN case_file c ON c.id = a.case_id WHERE a.assessed_on < "
     "c.identified_on"},
    {"8 funding and its sheet share the programme",
     "SELECT count(*) FROM funding f JOIN action_sheet s ON s.id = f.action_sheet_id WHERE "
     "f.programme_id <> s.programme_id"},
    {"9 no sheet chained to itself",
     "SELECT count(*) FROM action_sheet WHERE chained_from_id = id"},
    {"9 no chain cycle",
     "WITH RECURSIVE chain(start, cur, depth) AS ("
     " SELECT id, chained_from_id, 1 FROM action_sheet WHERE chained_from_id IS NOT NULL"
     " UNION ALL SELECT chain.start, s.chained_from_id, depth + 1 FROM chain JOIN action_sheet s "
     "ON s.id = chain.cur"
     " WHERE s.chained_from_id IS NOT NULL AND depth < 100)"
     " SELECT count(*) FROM chain WHERE cur = start"},
    {"10 intervention cases belong to its programme",
     "SELECT count(*) FROM intervention_case ic JOIN intervention i ON i.id = ic.intervention_id "
     "JOIN case_file c ON c.id = ic.case_id WHERE c.programme_id <> i.programme_id"},
    {"11 one reference person per household",
     "SELECT count(*) FROM (SELECT household_id FROM person WHERE relation = 'self' AND "
     "household_id IS NOT NULL "
     "GROUP BY household_id HAVING count(*) > 1)"},
    {"12 case numbers unique within a programme (warning level, none expected)",
     "SELECT count(*) FROM (SELECT programme_id, number FROM case_file GROUP BY 1, 2 HAVING "
     "count(*) > 1)"},
    // Coherence the generator promises beyond the invariants.
    {"every case has exactly one main person",
     "SELECT count(*) FROM case_file c WHERE (SELECT count(*) FROM case_person p WHERE p.case_id = "
     "c.id AND p.role = 'main') <> 1"},
    {"status history follows the dates",
     "SELECT count(*) FROM case_status_change s JOIN case_file c ON c.id = s.case_id WHERE "
     "(s.to_status = 'identified' AND s.changed_on <> c.identified_on) OR (s.to_status = "
     "'oriented' AND s.changed_on IS NOT c.oriented_on) "
     "OR (s.to_status = 'accompanied' AND s.changed_on IS NOT c.accompanied_on) OR (s.to_status = "
     "'closed' AND s.changed_on IS NOT c.closed_on)"},
    {"workers assigned within the case's life",
     "SELECT count(*) FROM case_worker w JOIN case_file c ON c.id = w.case_id WHERE w.assigned_on "
     "< c.identified_on "
     "OR w.unassigned_on IS NOT c.closed_on"},
    {"partners mobilised within the case's life",
     "SELECT count(*) FROM case_partner p JOIN case_file c ON c.id = p.case_id WHERE "
     "p.mobilised_on < c.identified_on "
     "OR p.mobilised_on > coalesce(c.closed_on, '2025-06-30')"},
    {"interventions of a case fall within its life",
     "SELECT count(*) FROM intervention_case ic JOIN intervention i ON i.id = ic.intervention_id "
     "JOIN case_file c ON c.id = ic.case_id WHERE i.date < c.identified_on OR i.date > "
     "c.closed_on"},
    {"nothing but planned interventions after the reference date",
     "SELECT count(*) FROM intervention WHERE date > '2025-06-30' AND status <> 'planned'"},
    {"commissions that decided had met",
     "SELECT count(*) FROM commission_review r JOIN collective_session s ON s.id = r.session_id "
     "WHERE s.status <> 'done'"},
    {"participants only for sessions held",
     "SELECT count(*) FROM session_participants p JOIN collective_session s ON s.id = p.session_id "
     "WHERE s.status <> 'done'"},
    {"updated after created",
     "SELECT (SELECT count(*) FROM intervention WHERE updated_at < created_at) + "
     "(SELECT count(*) FROM case_file WHERE updated_at < created_at) + "
     "(SELECT count(*) FROM collective_session WHERE updated_at < created_at)"},
};

} // namespace

TEST_CASE("DemoRandom draws the same numbers on every platform")
{
    // Pinned values: xoshiro256** seeded by splitmix64 (no <random> distribution, whose
    // output differs between standard libraries). A change here changes every demo database.
    DemoRandom random(52);
    CHECK(random.next() == 0x81e93ae64dfa3e63ull);
    CHECK(random.next() == 0x79f50e0b404f5d45ull);
    CHECK(random.next() == 0x0beae4adbcb274aeull);
    DemoRandom stream = DemoRandom::stream(52, 4, 7);
    CHECK(stream.below(1000) == 313);
    CHECK(stream.between(-5, 5) == 4);
    for (int i = 0; i < 1000; ++i) {
        const int v = random.between(3, 9);
        REQUIRE((v >= 3 && v <= 9));
    }
    // Pseudonymous codes: stable, distinct per prefix, never reused within a run.
    CHECK(DemoIdentity::code('P', 0, 1) == "P-WYETXPV");
    CHECK(DemoIdentity::code('M', 0, 1) == "M-JKAXFPG");
    QSet<QByteArray> codes;
    for (quint32 n = 0; n < 20000; ++n)
        codes.insert(DemoIdentity::code('P', n, 99));
    CHECK(codes.size() == 20000);
}

TEST_CASE("Demo data is deterministic for a seed and differs with the seed")
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    const DemoSummary summaryA = DemoGenerator::generate(*a.db, smallDemo(60, 11));
    const DemoSummary summaryB = DemoGenerator::generate(*b.db, smallDemo(60, 11));
    DemoGenerator::generate(*c.db, smallDemo(60, 12));
    CHECK(summaryA.rows == summaryB.rows);
    CHECK(demoHash(*a.db) == demoHash(*b.db));
    CHECK(demoHash(*a.db) != demoHash(*c.db));

    // The reference date is part of the input: another date, other data.
    TempDatabase d;
    DemoOptions later = smallDemo(60, 11);
    later.today = referenceDay.addDays(1);
    DemoGenerator::generate(*d.db, later);
    CHECK(demoHash(*a.db) != demoHash(*d.db));
}

TEST_CASE("Demo data fills every table and the summary counts what was written")
{
    TempDatabase t;
    const DemoSummary summary = DemoGenerator::generate(*t.db, smallDemo());
    CHECK(summary.elapsedMs >= 0);
    for (const TableInfo &table : Schema::replicatedTables(t.db->handle())) {
        if (table.isReferenceList)
            continue;
        INFO(table.name.toStdString());
        const QByteArray sql = "SELECT count(*) FROM \"" + table.name.toUtf8() + '"';
        const qint64 rows = scalar(*t.db, sql.constData());
        CHECK(rows > 0);
        CHECK(summary.count(table.name) == rows);
    }
    // Exactly cases × interventions per case, a few of them attached to no case.
    CHECK(summary.count(QStringLiteral("case_file")) == 50);
    CHECK(summary.count(QStringLiteral("intervention")) == 1000);
    CHECK(scalar(*t.db, "SELECT count(*) FROM intervention WHERE id NOT IN (SELECT intervention_id "
                        "FROM intervention_case)") == 10);
}

TEST_CASE("Demo data covers every status and kind")
{
    TempDatabase t;
    DemoGenerator::generate(*t.db, smallDemo(40));
    CHECK(column(*t.db, "SELECT DISTINCT status FROM case_file ORDER BY 1") ==
          QStringList({QStringLiteral("accompanied"), QStringLiteral("closed"),
                       QStringLiteral("identified"), QStringLiteral("oriented")}));
    CHECK(column(*t.db, "SELECT DISTINCT status FROM intervention ORDER BY 1") ==
          QStringList({QStringLiteral("cancelled"), QStringLiteral("done"),
                       QStringLiteral("missed"), QStringLiteral("planned")}));
    CHECK(scalar(*t.db, "SELECT count(DISTINCT kind) FROM collective_session") == 7);
    CHECK(scalar(*t.db, "SELECT count(DISTINCT code) FROM programme") == 4);
    CHECK(scalar(*t.db, "SELECT count(DISTINCT kind) FROM indicator") == 3);
    CHECK(scalar(*t.db, "SELECT count(DISTINCT role) FROM worker") == 3);
    CHECK(scalar(*t.db, "SELECT count(DISTINCT source) FROM assessment") == 2);
    // Planned interventions lie ahead, plus a few overdue ones (what check counts as a warning).
    CHECK(
        scalar(
            *t.db,
            "SELECT count(*) FROM intervention WHERE status = 'planned' AND date > '2025-06-30'") >
        0);
    CHECK(
        scalar(*t.db,
               "SELECT count(*) FROM intervention WHERE date <= '2025-06-30' AND status = 'done'") >
        10 * scalar(*t.db, "SELECT count(*) FROM intervention WHERE status = 'planned' AND date < "
                           "'2025-06-30'"));
    // Activity spans the five years that end at the reference date.
    CHECK(column(*t.db, "SELECT min(identified_on) FROM case_file").first() >=
          QLatin1String("2020-06-30"));
    CHECK(column(*t.db, "SELECT max(identified_on) FROM case_file").first() <=
          QLatin1String("2025-06-30"));
}

TEST_CASE("Demo data satisfies the schema and every domain invariant")
{
    TempDatabase t;
    DemoOptions options = smallDemo(400);
    options.interventionsPerCase = 8;
    DemoGenerator::generate(*t.db, options);
    CHECK(column(*t.db, "PRAGMA foreign_key_check").isEmpty());
    CHECK(column(*t.db, "PRAGMA integrity_check") == QStringList(QStringLiteral("ok")));
    for (const Invariant &invariant : invariants) {
        INFO(invariant.name);
        CHECK(scalar(*t.db, invariant.violations) == 0);
    }
}

TEST_CASE("Demo ids ascend in insertion order and carry the creation time")
{
    TempDatabase t;
    DemoGenerator::generate(*t.db, smallDemo());
    for (const TableInfo &table : Schema::replicatedTables(t.db->handle())) {
        if (!table.hasRowid || !table.column(QStringLiteral("id")) ||
            !table.column(QStringLiteral("created_at")))
            continue;
        INFO(table.name.toStdString());
        const QByteArray name = table.name.toUtf8();
        // Appending: every id is greater than the one inserted before it.
        const QByteArray order =
            "SELECT count(*) FROM (SELECT id, lag(id) OVER (ORDER BY rowid) AS previous FROM \"" +
            name + "\") WHERE previous >= id";
        CHECK(scalar(*t.db, order.constData()) == 0);
        // UUIDv7: the first 48 bits are created_at, so ids and timestamps tell the same story.
        const QByteArray time = "SELECT count(*) FROM \"" + name +
                                "\" WHERE substr(hex(id), 1, 12) <> printf('%012X', created_at) "
                                "OR substr(hex(id), 13, 1) <> '7'";
        CHECK(scalar(*t.db, time.constData()) == 0);
    }
}

TEST_CASE("Demo assessments compare the person's view with the team's and tend to improve")
{
    TempDatabase t;
    DemoGenerator::generate(*t.db, smallDemo(300));
    // Every assessment date scores each dimension from both sides.
    CHECK(scalar(*t.db,
                 "SELECT count(*) FROM (SELECT case_id, assessed_on, dimension FROM assessment "
                 "GROUP BY 1, 2, 3 HAVING count(DISTINCT source) <> 2)") == 0);
    // Between first and last assessment, the team sees more improvements than declines.
    const char *evolution =
        "WITH ranked AS (SELECT case_id, dimension, score, "
        " row_number() OVER (PARTITION BY case_id, dimension ORDER BY assessed_on) AS first_rank,"
        " row_number() OVER (PARTITION BY case_id, dimension ORDER BY assessed_on DESC) AS "
        "last_rank"
        " FROM assessment WHERE source = 'team'),"
        " pairs AS (SELECT f.score AS first_score, l.score AS last_score FROM ranked f JOIN ranked "
        "l"
        " ON l.case_id = f.case_id AND l.dimension = f.dimension AND f.first_rank = 1 AND "
        "l.last_rank = 1"
        " AND l.first_rank > 1)"
        " SELECT sum(last_score > first_score) - 2 * sum(last_score < first_score) FROM pairs";
    CHECK(scalar(*t.db, evolution) > 0);
}

TEST_CASE("Demo data is refused on a database that already holds data, unless appending")
{
    TempDatabase t;
    DemoGenerator::generate(*t.db, smallDemo(20));
    const QByteArray before = test::contentHash(*t.db);
    try {
        DemoGenerator::generate(*t.db, smallDemo(20));
        FAIL("a second demo without append was accepted");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QLatin1String("append"));
    }
    CHECK(test::contentHash(*t.db) == before);

    // Appending the same command again adds a second, distinct set (no colliding ids or codes).
    DemoOptions again = smallDemo(20);
    again.append = true;
    const DemoSummary added = DemoGenerator::generate(*t.db, again);
    CHECK(added.count(QStringLiteral("case_file")) == 20);
    CHECK(scalar(*t.db, "SELECT count(*) FROM case_file") == 40);
    CHECK(scalar(*t.db, "SELECT count(DISTINCT code) FROM person") ==
          scalar(*t.db, "SELECT count(*) FROM person"));
    CHECK(column(*t.db, "PRAGMA foreign_key_check").isEmpty());
}

TEST_CASE("Demo generation restores the connection settings and commits nothing that breaks a "
          "foreign key")
{
    TempDatabase t;
    const qint64 cacheSize = scalar(*t.db, "PRAGMA cache_size");
    DemoGenerator::generate(*t.db, smallDemo(10));
    CHECK(scalar(*t.db, "PRAGMA foreign_keys") == 1);
    CHECK(scalar(*t.db, "PRAGMA cache_size") == cacheSize);
    CHECK(scalar(*t.db, "PRAGMA synchronous") == 2);

    // Foreign keys are checked once before the commit: a dangling row (planted here behind
    // the connection's back) makes the whole load roll back, and says where.
    execSql(t.db->handle(), "PRAGMA foreign_keys = OFF");
    execSql(t.db->handle(),
            "INSERT INTO case_problem (case_id, code) VALUES (zeroblob(16), 'isolation')");
    execSql(t.db->handle(), "PRAGMA foreign_keys = ON");
    const QByteArray before = test::contentHash(*t.db);
    DemoOptions again = smallDemo(10);
    again.append = true;
    try {
        DemoGenerator::generate(*t.db, again);
        FAIL("a load with a dangling foreign key was committed");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("case_problem")));
    }
    CHECK(test::contentHash(*t.db) == before);
    CHECK(scalar(*t.db, "PRAGMA foreign_keys") == 1);
}

TEST_CASE("Demo options are validated and name their field")
{
    TempDatabase t;
    const QByteArray before = test::contentHash(*t.db);
    auto refusedField = [&](const DemoOptions &options) {
        try {
            DemoGenerator::generate(*t.db, options);
        } catch (const ValidationError &e) {
            return e.field();
        }
        return QStringLiteral("(accepted)");
    };
    DemoOptions options = smallDemo();
    options.cases = 0;
    CHECK(refusedField(options) == QLatin1String("cases"));
    options = smallDemo();
    options.interventionsPerCase = -1;
    CHECK(refusedField(options) == QLatin1String("interventions-per-case"));
    options = smallDemo();
    options.cases = DemoGenerator::maxCases;
    options.interventionsPerCase = DemoGenerator::maxInterventionsPerCase;
    CHECK(refusedField(options) == QLatin1String("interventions-per-case"));
    options = smallDemo();
    options.today = QDate(1980, 1, 1);
    CHECK(refusedField(options) == QLatin1String("today"));
    CHECK(test::contentHash(*t.db) == before);
}

TEST_CASE("Demo progress is reported up to the total")
{
    TempDatabase t;
    DemoOptions options = smallDemo(30);
    int last = -1;
    int total = 0;
    bool ascending = true;
    options.progress = [&](int done, int all) {
        ascending = ascending && done >= last;
        last = done;
        total = all;
    };
    DemoGenerator::generate(*t.db, options);
    CHECK(ascending);
    CHECK(total == 30 + 30 * 20);
    CHECK(last == total);
}

TEST_CASE("passerelle-cli demo: --if-empty, refusal without --append, --append")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
    const QStringList base = {
        QStringLiteral("demo"),      QStringLiteral("--db"), path,
        QStringLiteral("--cases"),   QStringLiteral("15"),   QStringLiteral("--today"),
        QStringLiteral("2025-06-30")};
    QString out;
    QString err;
    REQUIRE(test::runCli(base, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("case_file")));
    CHECK(err.contains(QStringLiteral("100 %")));

    auto count = [&] {
        const auto db = Database::open(path, Database::OpenMode::OpenExisting);
        return scalar(*db, "SELECT count(*) FROM case_file");
    };
    CHECK(count() == 15);

    // Non-empty: --if-empty succeeds without touching anything…
    CHECK(test::runCli(base + QStringList{QStringLiteral("--if-empty")}, &out, &err) == 0);
    CHECK(count() == 15);
    // …plain demo is refused with a message naming the way out…
    CHECK(test::runCli(base, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("--append")));
    CHECK(count() == 15);
    // …and --append adds.
    CHECK(test::runCli(base + QStringList{QStringLiteral("--append"), QStringLiteral("--quiet")},
                       &out, &err) == 0);
    CHECK(err.isEmpty());
    CHECK(count() == 30);

    // The same command on two fresh files gives the same content.
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    for (const QString &file : {first, second}) {
        CHECK(
            test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                          QStringLiteral("--cases"), QStringLiteral("10"), QStringLiteral("--seed"),
                          QStringLiteral("3"), QStringLiteral("--interventions-per-case"),
                          QStringLiteral("5"), QStringLiteral("--today"),
                          QStringLiteral("2024-02-29"), QStringLiteral("--quiet")}) == 0);
    }
    const auto a = Database::open(first, Database::OpenMode::OpenExisting);
    const auto b = Database::open(second, Database::OpenMode::OpenExisting);
    CHECK(demoHash(*a) == demoHash(*b));
    CHECK(scalar(*a, "SELECT count(*) FROM intervention") == 50);
}

TEST_CASE("passerelle-cli demo rejects bad options with the usage code")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    QString err;
    CHECK(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), path}, nullptr, &err) == 2);
    CHECK(err.contains(QStringLiteral("--cases")));
    CHECK(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), path,
                        QStringLiteral("--cases"), QStringLiteral("abc")},
                       nullptr, &err) == 2);
    CHECK(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), path,
                        QStringLiteral("--cases"), QStringLiteral("5"), QStringLiteral("--today"),
                        QStringLiteral("30/06/2025")},
                       nullptr, &err) == 2);
    CHECK(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), path,
                        QStringLiteral("--cases"), QStringLiteral("5"), QStringLiteral("--today"),
                        QStringLiteral("1970-01-01")},
                       nullptr, &err) == 1);
}
