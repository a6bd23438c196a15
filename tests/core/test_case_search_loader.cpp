#include "queries/CaseListLoader.h"
#include "support/TestSupport.h"
#include "test_case_search_fixtures.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("The loader reads pages and counts on its own thread and answers with signals")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    for (int i = 0; i < 12; ++i) {
        CaseWriter::Case c;
        c.programme = pa;
        c.identifiedOn = QDate(2024, 1, 1).addDays(i);
        w.link(w.addCase(c), w.person(QStringLiteral("P-%1").arg(i), QStringLiteral("Anne"),
                                      i < 3 ? QStringLiteral("Rare") : QStringLiteral("Martin")));
    }

    CaseListLoader loader(t.path);
    QSignalSpy pages(&loader, &CaseListLoader::pageRead);
    QSignalSpy counts(&loader, &CaseListLoader::counted);
    QSignalSpy failures(&loader, &CaseListLoader::failed);

    const quint64 listing = loader.startListing();
    CaseListRequest first;
    first.listing = listing;
    first.filter.search = QStringLiteral("martin");
    first.limit = 5;
    first.withCounts = true;
    loader.request(first);
    REQUIRE(counts.wait(10000));
    REQUIRE(pages.size() == 1);
    CHECK(pages[0][0].toULongLong() == listing);
    const auto page = pages[0][1].value<CaseListQuery::Page>();
    CHECK(pages[0][2].toBool()); // the first page of its listing
    CHECK(page.rows.size() == 5);
    CHECK(page.hasMore);
    CHECK(counts[0][1].toLongLong() == 9);
    CHECK(counts[0][2].toLongLong() == 12);

    CaseListRequest next = first;
    next.after = page.next;
    next.withCounts = false;
    loader.request(next);
    REQUIRE(pages.wait(10000));
    CHECK_FALSE(pages[1][2].toBool());
    CHECK(pages[1][1].value<CaseListQuery::Page>().rows.size() == 4);
    CHECK(counts.size() == 1);

    // A request of a listing overtaken before it runs is dropped: only the newest answers.
    const quint64 old = loader.startListing();
    const quint64 newest = loader.startListing();
    CaseListRequest stale = first;
    stale.listing = old;
    loader.request(stale);
    CaseListRequest fresh = first;
    fresh.listing = newest;
    fresh.filter.search = QStringLiteral("rare");
    loader.request(fresh);
    REQUIRE(counts.wait(10000));
    CHECK(pages.size() == 3);
    CHECK(pages[2][0].toULongLong() == newest);
    CHECK(counts[1][1].toLongLong() == 3);
    CHECK(failures.isEmpty());
}

TEST_CASE("The loader reports a file it cannot open, naming it")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    CaseListLoader loader(missing);
    QSignalSpy failures(&loader, &CaseListLoader::failed);
    REQUIRE(failures.wait(10000));
    CHECK(failures[0][0].toULongLong() == 0);
    CHECK(failures[0][1].toString().contains(QStringLiteral("missing.sqlite")));
    // Requests after that answer nothing, and break nothing.
    CaseListRequest r;
    r.listing = loader.startListing();
    loader.request(r);
    QSignalSpy pages(&loader, &CaseListLoader::pageRead);
    CHECK_FALSE(pages.wait(200));
}
