#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "support/TestSupport.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace passerelle;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("Export, import into a fresh database and export again gives the same bytes on demo data")
{
    test::TempDatabase source;
    DemoOptions options;
    options.cases = 60;
    options.interventionsPerCase = 8;
    options.seed = 11;
    options.today = QDate(2026, 3, 15);
    DemoGenerator::generate(*source.db, options);

    const QString first = source.dir.filePath(QStringLiteral("first.json"));
    const ExchangeResult exported = Exporter::run(*source.db, first);
    REQUIRE(exported.records > 1000);

    test::TempDatabase target;
    const ExchangeResult imported = Importer::run(*target.db, first);
    CHECK(imported.records == exported.records);

    const QString second = target.dir.filePath(QStringLiteral("second.json"));
    Exporter::run(*target.db, second);
    CHECK(readAll(first) == readAll(second));
    CHECK(test::contentHash(*source.db) == test::contentHash(*target.db));

    // A second import of the same file is refused whole: every id is already there.
    const QByteArray before = test::contentHash(*target.db);
    CHECK_THROWS_AS(Importer::run(*target.db, first), ValidationError);
    CHECK(test::contentHash(*target.db) == before);
}
