#include "storage/Migrator.h"
#include "storage/ReferenceData.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Uuid.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>

#include <thread>

using namespace passerelle;
using passerelle::test::TempDatabase;

namespace {
qint64 scalar(const Database &db, const char *sql)
{
    SqliteStatement q(db.handle(), sql);
    return q.step() ? q.int64(0) : -1;
}
QString text(const Database &db, const char *sql)
{
    SqliteStatement q(db.handle(), sql);
    return q.step() ? q.text(0) : QString();
}
} // namespace

TEST_CASE("UUIDv7 values are well formed, ordered and round-trip through text")
{
    QList<Uuid> ids;
    for (int i = 0; i < 5000; ++i)
        ids.append(Uuid::createV7());
    QSet<Uuid> unique(ids.cbegin(), ids.cend());
    CHECK(unique.size() == ids.size());
    for (int i = 1; i < ids.size(); ++i)
        REQUIRE(ids[i - 1] < ids[i]);
    const Uuid id = ids.first();
    CHECK(id.version() == 7);
    CHECK((uchar(id.bytes()[8]) >> 6) == 2);
    CHECK(Uuid::fromString(id.toString()) == id);
    CHECK(Uuid::fromString(u"not-a-uuid").isNull());
    CHECK(Uuid::fromString(u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g").isNull());
    CHECK(Uuid::fromBytes(QByteArray(15, 'x')).isNull());
}

TEST_CASE("A new database is configured, migrated and given a replica id")
{
    TempDatabase t;
    const Database &db = *t.db;
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(db.migratedFrom() == 0);
    CHECK(scalar(db, "PRAGMA user_version") == Database::latestSchemaVersion());
    CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
    CHECK(scalar(db, "PRAGMA synchronous") == 2); // FULL
    CHECK(text(db, "PRAGMA journal_mode") == QLatin1String("delete"));
    CHECK(db.replicaId().bytes().size() == 16);
    CHECK(db.isEmpty());

    const Uuid replica = db.replicaId();
    t.reopen();
    CHECK(t.db->replicaId() == replica);
    CHECK(t.db->migratedFrom() == Database::latestSchemaVersion());
}

TEST_CASE("Reference lists are loaded at creation and extensible")
{
    TempDatabase t;
    for (const ReferenceData::List &list : ReferenceData::shipped()) {
        const QByteArray sql = "SELECT count(*) FROM ref_" + list.name.toUtf8();
        INFO(list.name.toStdString());
        CHECK(scalar(*t.db, sql.constData()) == list.items.size());
        CHECK(list.items.size() > 0);
    }
    // Relabelling survives a later load of the shipped lists.
    execSql(t.db->handle(), "UPDATE ref_channel SET label_fr = 'Visite' WHERE code = 'home_visit'");
    ReferenceData::loadShipped(t.db->handle(), systemClock());
    CHECK(text(*t.db, "SELECT label_fr FROM ref_channel WHERE code = 'home_visit'") ==
          QLatin1String("Visite"));
}

TEST_CASE("A database written by a newer program is refused, naming both versions")
{
    TempDatabase t;
    execSql(t.db->handle(), "PRAGMA user_version = 999");
    t.db.reset();
    try {
        Database::open(t.path, Database::OpenMode::OpenExisting);
        FAIL("a newer database was opened");
    } catch (const SchemaTooNewError &e) {
        CHECK(e.fileVersion() == 999);
        CHECK(e.programVersion() == Database::latestSchemaVersion());
        CHECK(e.message().contains(QLatin1String("999")));
        CHECK(e.message().contains(QString::number(Database::latestSchemaVersion())));
    }
}

TEST_CASE("A file that is not a database is refused with its path")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    try {
        Database::open(path);
        FAIL("garbage was opened");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("garbage.sqlite")));
    }
    CHECK_THROWS_AS(Database::open(dir.filePath(QStringLiteral("missing.sqlite")),
                                   Database::OpenMode::OpenExisting),
                    StorageError);
}

TEST_CASE("A failing migration step leaves the file exactly as it was")
{
    TempDatabase t;
    const int before = t.db->schemaVersion();
    const QByteArray hashBefore = test::contentHash(*t.db);
    QList<Migrator::Step> steps = Migrator::shippedSteps();
    steps.append({before + 1, QStringLiteral("adds_a_table"), "CREATE TABLE extra(x INTEGER);"});
    steps.append({before + 2, QStringLiteral("broken"), "ALTER TABLE no_such_table ADD COLUMN y;"});
    CHECK_THROWS_AS(Migrator::migrate(t.db->handle(), steps, systemClock()), StorageError);
    CHECK(Migrator::currentVersion(t.db->handle()) == before);
    CHECK(scalar(*t.db, "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'") == 0);
    CHECK(test::contentHash(*t.db) == hashBefore);
}

TEST_CASE("Transactions roll back on scope exit and nest as savepoints")
{
    TempDatabase t;
    sqlite3 *h = t.db->handle();
    {
        Transaction tx(h);
        execSql(h, "UPDATE ref_channel SET label_en = 'changed'");
    }
    CHECK(scalar(*t.db, "SELECT count(*) FROM ref_channel WHERE label_en = 'changed'") == 0);
    {
        Transaction outer(h);
        execSql(h, "UPDATE ref_channel SET label_en = 'outer' WHERE code = 'phone'");
        {
            Transaction inner(h);
            CHECK(inner.isNested());
            execSql(h, "UPDATE ref_channel SET label_en = 'inner' WHERE code = 'office'");
        }
        outer.commit();
    }
    CHECK(text(*t.db, "SELECT label_en FROM ref_channel WHERE code = 'phone'") ==
          QLatin1String("outer"));
    CHECK(text(*t.db, "SELECT label_en FROM ref_channel WHERE code = 'office'") !=
          QLatin1String("inner"));
}

TEST_CASE("Schema description orders parents before children")
{
    TempDatabase t;
    const QList<TableInfo> tables = Schema::replicatedTables(t.db->handle());
    QStringList names;
    for (const TableInfo &ti : tables)
        names.append(ti.name);
    CHECK_FALSE(names.contains(QStringLiteral("replica_meta")));
    for (const TableInfo &ti : tables)
        for (const ForeignKeyInfo &fk : ti.foreignKeys) {
            INFO(ti.name.toStdString() << " -> " << fk.parentTable.toStdString());
            CHECK(names.indexOf(fk.parentTable) <= names.indexOf(ti.name));
        }
    // Every entity table has a 16-byte UUID key and the sync timestamps.
    for (const TableInfo &ti : tables) {
        if (ti.isReferenceList || ti.primaryKey() != QStringList{QStringLiteral("id")})
            continue;
        INFO(ti.name.toStdString());
        CHECK(ti.column(QStringLiteral("id"))->kind == ColumnInfo::Kind::Uuid);
        CHECK(ti.column(QStringLiteral("created_at")) != nullptr);
        CHECK(ti.column(QStringLiteral("updated_at")) != nullptr);
        CHECK(ti.column(QStringLiteral("archived_at")) != nullptr);
    }
}

TEST_CASE("A damaged file is refused on open, or reported by the deferred check")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        const auto db = Database::open(path);
        // Enough rows for several pages of a table and its index.
        execSql(db->handle(),
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                "INSERT INTO ref_theme(code, label_fr, label_en, created_at, updated_at) "
                "SELECT 'c' || i, printf('libellé %08d', i), 'label', 0, 0 FROM n");
        CHECK(Database::quickCheck(path) == QLatin1String("ok"));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = f.size() / pageSize;
    REQUIRE(pages > 10);
    // Scramble the last pages, where the rows just inserted live: their b-tree page
    // headers no longer make sense.
    for (qint64 page = pages - 4; page < pages; ++page) {
        f.seek(page * pageSize);
        f.write(QByteArray(int(pageSize), '\x5a'));
    }
    f.close();
    CHECK(Database::quickCheck(path) != QLatin1String("ok"));
    CHECK_THROWS_AS(Database::open(path, Database::OpenMode::OpenExisting), StorageError);
    // Deferred: the file opens (the caller checks it in the background).
    CHECK_NOTHROW(
        Database::open(path, Database::OpenMode::OpenExisting, Database::IntegrityCheck::Deferred));
}

TEST_CASE("A reader connection on another thread sees what this connection committed, without migrating again")
{
    TempDatabase t;
    execSql(t.db->handle(), "INSERT INTO organisation(id, name, created_at, updated_at) "
                            "VALUES (x'0190000000007000800000000000aa01', 'Asso', 0, 0)");
    // As the annual review does: the caller holds a read transaction while readers work.
    Transaction snapshot(t.db->handle(), Transaction::Mode::Deferred);
    SqliteStatement held(t.db->handle(), "SELECT count(*) FROM organisation");
    REQUIRE(held.step());
    CHECK(held.int64(0) == 1);

    qint64 seen = -1;
    Uuid replica;
    int version = 0;
    std::thread worker([&] {
        const std::unique_ptr<Database> reader = t.db->openReader();
        SqliteStatement q(reader->handle(), "SELECT count(*) FROM organisation");
        if (q.step())
            seen = q.int64(0);
        replica = reader->replicaId();
        version = reader->schemaVersion();
    });
    worker.join();
    CHECK(seen == 1);
    CHECK(replica == t.db->replicaId());
    CHECK(version == Database::latestSchemaVersion());
}
