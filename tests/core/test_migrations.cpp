#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace passerelle;

namespace {
// Row counts read with plain SQLite, before Passerelle touches the file.
QHash<QString, qint64> countRows(const QString &path)
{
    QHash<QString, qint64> counts;
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    {
        SqliteStatement tables(raw, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'");
        QStringList names;
        while (tables.step())
            names.append(tables.text(0));
        for (const QString &name : names) {
            SqliteStatement count(raw,
                                  QByteArray("SELECT count(*) FROM \"" + name.toUtf8() + "\""));
            count.step();
            counts.insert(name, count.int64(0));
        }
    }
    sqlite3_close(raw);
    return counts;
}
} // namespace

TEST_CASE("Every released schema fixture upgrades to the current schema with its data intact")
{
    const QDir fixtures(test::fixturePath(QString()));
    const QStringList files =
        fixtures.entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    static const QRegularExpression versionOf(QStringLiteral("schema-v(\\d+)\\.sqlite"));
    QSet<int> versions;
    for (const QString &file : files) {
        INFO(file.toStdString());
        const int version = versionOf.match(file).captured(1).toInt();
        versions.insert(version);
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        REQUIRE(QFile::copy(fixtures.filePath(file), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QHash<QString, qint64> before = countRows(copy);

        const auto db = Database::open(copy, Database::OpenMode::OpenExisting);
        CHECK(db->migratedFrom() == version);
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        CHECK_FALSE(db->replicaId().isNull());
        SqliteStatement fk(db->handle(), "PRAGMA foreign_key_check");
        CHECK_FALSE(fk.step());
        SqliteStatement integrity(db->handle(), "PRAGMA integrity_check");
        REQUIRE(integrity.step());
        CHECK(integrity.text(0) == QLatin1String("ok"));
        // No data row of an old table is lost by an upgrade (reference lists may only grow).
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            SqliteStatement count(db->handle(),
                                  QByteArray("SELECT count(*) FROM \"" + it.key().toUtf8() + "\""));
            REQUIRE(count.step());
            INFO(it.key().toStdString());
            CHECK(count.int64(0) >= it.value());
            if (!it.key().startsWith(QLatin1String("ref_")))
                CHECK(count.int64(0) == it.value());
        }
    }
    // A fixture must exist for every schema version released so far.
    for (int v = 1; v <= Database::latestSchemaVersion(); ++v) {
        INFO("missing fixture for schema " << v);
        CHECK(versions.contains(v));
    }
}
