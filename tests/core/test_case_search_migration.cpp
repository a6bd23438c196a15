#include "queries/CaseListQuery.h"
#include "storage/Migrator.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "test_case_search_fixtures.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// A raw connection, as a program that knows only schema 1 would hold one.
struct RawFile
{
    explicit RawFile(const QString &path)
    {
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        execSql(db, "PRAGMA foreign_keys = ON");
    }
    ~RawFile() { sqlite3_close(db); }
    qint64 scalar(const char *sql) const
    {
        SqliteStatement q(db, sql);
        return q.step() ? q.int64(0) : -1;
    }
    sqlite3 *db = nullptr;
};

QList<Migrator::Step> stepsUpTo(int version)
{
    QList<Migrator::Step> steps;
    for (const Migrator::Step &s : Migrator::shippedSteps())
        if (s.version <= version)
            steps.append(s);
    return steps;
}

const Migrator::Step &step(int version)
{
    for (const Migrator::Step &s : Migrator::shippedSteps())
        if (s.version == version)
            return s;
    FAIL("no migration " << version);
    Q_UNREACHABLE();
}

// Writes, with schema 1 only, a case with everything search reads.
void writeVersion1Case(sqlite3 *db)
{
    execSql(db, R"(
        INSERT INTO organisation(id, name, created_at, updated_at)
            VALUES (x'01900000000070008000000000000fff', 'UDAF 52', 0, 0);
        INSERT INTO programme(id, organisation_id, code, name, created_at, updated_at)
            VALUES (x'01900000000070008000000000000001', x'01900000000070008000000000000fff', 'PA', 'Pair-aidance', 0, 0);
        INSERT INTO partner(id, name, partner_type, created_at, updated_at)
            VALUES (x'01900000000070008000000000000002', 'CCAS de Langres', 'ccas', 0, 0);
        INSERT INTO household(id, code, commune, created_at, updated_at)
            VALUES (x'01900000000070008000000000000003', 'M-1', 'Épinal', 0, 0);
        INSERT INTO person(id, code, first_name, last_name, household_id, created_at, updated_at)
            VALUES (x'01900000000070008000000000000004', 'P-OLD1', 'Hélène', 'Bélugère', x'01900000000070008000000000000003', 0, 0);
        INSERT INTO case_file(id, programme_id, number, household_id, status, identified_on, oriented_on,
                              referral_partner_id, created_at, updated_at)
            VALUES (x'01900000000070008000000000000005', x'01900000000070008000000000000001', 'PA-2019-0001',
                    x'01900000000070008000000000000003', 'oriented', '2019-05-02', '2019-06-01',
                    x'01900000000070008000000000000002', 0, 0);
        INSERT INTO case_person(case_id, person_id, role)
            VALUES (x'01900000000070008000000000000005', x'01900000000070008000000000000004', 'main');
    )");
}

} // namespace

TEST_CASE("A version 1 database is upgraded by migration 0002 and its cases are found at once")
{
    REQUIRE(Migrator::latestVersion() >= 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        RawFile file(path);
        CHECK(Migrator::migrate(file.db, stepsUpTo(1), systemClock()) == 0);
        CHECK(Migrator::currentVersion(file.db) == 1);
        CHECK(file.scalar("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'local_%'") == 0);
        writeVersion1Case(file.db);
    }

    const auto db = Database::open(path, Database::OpenMode::OpenExisting);
    CHECK(db->migratedFrom() == 1);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());

    CaseListQuery query(*db);
    for (const char *typed : {"belugere", "P-OLD", "PA-2019", "epinal", "ccas langres", "helene epinal"}) {
        INFO(typed);
        CaseListFilter f;
        f.search = QString::fromUtf8(typed);
        const QList<CaseListRow> rows = query.page(f).rows;
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].number == QLatin1String("PA-2019-0001"));
        CHECK(rows[0].mainPersonCode == QLatin1String("P-OLD1"));
        CHECK(rows[0].householdCommune == QStringLiteral("Épinal"));
        CHECK(rows[0].referralPartnerName == QLatin1String("CCAS de Langres"));
        CHECK(rows[0].lastStatusChangeOn == QDate(2019, 6, 1));
        CHECK(query.count(f) == 1);
    }
    // What is written after the upgrade is found too: the triggers are in place.
    CaseWriter w(*db);
    CaseWriter::Case c;
    c.programme = Uuid::fromString(u"01900000-0000-7000-8000-000000000001");
    c.number = QStringLiteral("PA-2025-0001");
    w.link(w.addCase(c), w.person(QStringLiteral("P-NEW1"), QStringLiteral("Noé"), QStringLiteral("Neuf")));
    CaseListFilter f;
    f.search = QStringLiteral("neuf");
    CHECK(query.count(f) == 1);
    execSql(db->handle(), "INSERT INTO local_case_search(local_case_search, rank) VALUES ('integrity-check', 1)");
}

TEST_CASE("Migration 0002 is all or nothing: a failure leaves the version 1 file as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    RawFile file(path);
    Migrator::migrate(file.db, stepsUpTo(1), systemClock());
    writeVersion1Case(file.db);
    const qint64 objectsBefore = file.scalar("SELECT count(*) FROM sqlite_schema");

    // Step 2 as shipped, failing on its very last statement: everything before it (tables,
    // triggers, the filled index) must go.
    Migrator::Step broken = step(2);
    broken.sql += "\nINSERT INTO no_such_table VALUES (1);\n";
    QList<Migrator::Step> steps = stepsUpTo(1);
    steps.append(broken);
    CHECK_THROWS_AS(Migrator::migrate(file.db, steps, systemClock()), StorageError);

    CHECK(Migrator::currentVersion(file.db) == 1);
    CHECK(file.scalar("SELECT count(*) FROM sqlite_schema") == objectsBefore);
    CHECK(file.scalar("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'local_%' OR type = 'trigger'") == 0);
    CHECK(file.scalar("SELECT count(*) FROM case_file") == 1);
    // And the shipped step then applies cleanly.
    CHECK(Migrator::migrate(file.db, stepsUpTo(2), systemClock()) == 1);
    CHECK(file.scalar("SELECT count(*) FROM local_case_list") == 1);
}

TEST_CASE("The released version 1 fixture is searchable once upgraded")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("schema-v1.sqlite"));
    REQUIRE(QFile::copy(fixturePath(QStringLiteral("schema-v1.sqlite")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const auto db = Database::open(copy, Database::OpenMode::OpenExisting);
    RawFile raw(copy);
    const qint64 cases = raw.scalar("SELECT count(*) FROM case_file WHERE archived_at IS NULL");
    REQUIRE(cases > 0);
    CaseListQuery query(*db);
    CHECK(query.count({}) == cases);
    CHECK(query.liveCount() == cases);
    // Every case is found by its own number and by its main person's code.
    SqliteStatement each(db->handle(), "SELECT c.number, (SELECT pe.code FROM case_person cp JOIN person pe "
                                       "ON pe.id = cp.person_id WHERE cp.case_id = c.id AND cp.role = 'main') "
                                       "FROM case_file c WHERE c.archived_at IS NULL");
    while (each.step()) {
        for (const QString &typed : {each.text(0), each.text(1)}) {
            if (typed.isEmpty())
                continue;
            INFO(typed.toStdString());
            CaseListFilter f;
            f.search = typed;
            bool hit = false;
            for (const CaseListRow &row : query.page(f, {}, {}, 500).rows)
                hit = hit || row.number == each.text(0);
            CHECK(hit);
        }
    }
}
