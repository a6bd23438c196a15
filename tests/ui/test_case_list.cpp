#include "MainWindow.h"
#include "Translations.h"
#include "common/DialogService.h"
#include "models/CaseListModel.h"
#include "models/CaseStatusText.h"
#include "queries/CaseListLoader.h"
#include "support/TestSupport.h"
#include "test_shell_support.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("The case list model keeps the item model contract while it loads, fetches, filters and sorts")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    const Uuid emp = w.programme(QStringLiteral("EMP"), QStringLiteral("Équipe mobile précarité"));
    addCases(w, pa, QStringLiteral("accompanied"), 17, QDate(2024, 6, 30));
    addCases(w, emp, QStringLiteral("closed"), 6, QDate(2024, 6, 15));

    CaseListLoader loader(t.path);
    CaseListModel model(loader);
    // Fatal: a broken contract aborts the run instead of printing a warning nobody reads.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(5);
    model.reload();
    REQUIRE(settled(model));
    while (model.canFetchMore({})) {
        model.fetchMore({});
        REQUIRE(settled(model));
    }
    CHECK(model.rowCount() == 23);
    CaseListFilter byProgramme;
    byProgramme.programmeId = emp;
    model.setFilter(byProgramme);
    REQUIRE(settled(model));
    CHECK(model.totalCount() == 6);
    CHECK(model.liveCount() == 23);
    CaseListFilter byStatus;
    byStatus.status = QStringLiteral("accompanied");
    model.setFilter(byStatus);
    REQUIRE(settled(model));
    CHECK(model.totalCount() == 17);
    model.sort(int(CaseListModel::Column::Person), Qt::AscendingOrder);
    REQUIRE(settled(model));
    CHECK(model.order().key == CaseListOrder::Key::Person);
    CHECK_FALSE(model.order().descending);
    CHECK(model.rowCount() == 5);
    CHECK(model.columnCount() == int(CaseListModel::Column::Count));
}

TEST_CASE("The case list model holds the first page, then appends the next ones when asked")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance Pays de Langres"));
    addCases(w, pa, QStringLiteral("accompanied"), 25, QDate(2024, 5, 2));

    CaseListLoader loader(t.path);
    CaseListModel model(loader);
    model.setPageSize(10);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    QSignalSpy counted(&model, &CaseListModel::countsChanged);
    QSignalSpy loaded(&model, &CaseListModel::listingLoaded);
    model.reload();
    CHECK(model.isLoading());
    CHECK_FALSE(model.canFetchMore({})); // not before the first page is in
    REQUIRE(settled(model));
    CHECK(loaded.size() == 1);
    CHECK(model.rowCount() == 10);
    CHECK(model.totalCount() == 25);
    REQUIRE(counted.size() == 1);
    CHECK(counted.first().first().toLongLong() == 25);
    CHECK(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    CHECK_FALSE(model.canFetchMore({})); // one page on its way at a time
    REQUIRE(settled(model));
    CHECK(model.rowCount() == 20);
    model.fetchMore({});
    REQUIRE(settled(model));
    CHECK(model.rowCount() == 25);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no change
    REQUIRE(settled(model));
    CHECK(model.rowCount() == 25);
    REQUIRE(inserted.size() == 2);
    CHECK(inserted[0][1].toInt() == 10);
    CHECK(inserted[0][2].toInt() == 19);
    CHECK(inserted[1][1].toInt() == 20);
    CHECK(inserted[1][2].toInt() == 24);

    // Newest first, and what the cells say, in French.
    for (int r = 1; r < model.rowCount(); ++r)
        CHECK(model.rowAt(r - 1).identifiedOn >= model.rowAt(r).identifiedOn);
    CHECK(model.headerData(int(CaseListModel::Column::Status), Qt::Horizontal).toString() == QStringLiteral("Statut"));
    CHECK(model.headerData(int(CaseListModel::Column::Person), Qt::Horizontal, Qt::ToolTipRole)
              .toString().contains(QStringLiteral("pseudonyme")));
    CHECK(cell(model, 0, CaseListModel::Column::Status) == QStringLiteral("Accompagnée"));
    CHECK(cell(model, 0, CaseListModel::Column::IdentifiedOn) == QStringLiteral("02/05/2024"));
    CHECK(cell(model, 0, CaseListModel::Column::Programme) == QStringLiteral("Pair-aidance Pays de Langres"));
    CHECK(model.index(0, int(CaseListModel::Column::Programme)).data(Qt::ToolTipRole).toString()
          == QStringLiteral("PA — Pair-aidance Pays de Langres"));
    CHECK(cell(model, 0, CaseListModel::Column::Person).startsWith(QLatin1String("P-")));
    CHECK(cell(model, 0, CaseListModel::Column::ReferralPartner).isEmpty());
    const QVariant id = model.index(3, int(CaseListModel::Column::Commune)).data(CaseListModel::CaseIdRole);
    CHECK(id.value<Uuid>() == model.rowAt(3).id);
    CHECK_FALSE(id.value<Uuid>().isNull());
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            CHECK_FALSE(model.index(r, c).data().toString().contains(QLatin1String("Dupont")));

    // Reloading starts from the first page again; the rows stay until it arrives.
    model.reload();
    CHECK(model.rowCount() == 25);
    REQUIRE(settled(model));
    CHECK(model.rowCount() == 10);
    CHECK(model.canFetchMore({}));
}

TEST_CASE("The case list model shows only the listing asked for last")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    addCases(w, pa, QStringLiteral("accompanied"), 3, QDate(2024, 5, 2), QStringLiteral("Martin"));
    addCases(w, pa, QStringLiteral("closed"), 2, QDate(2024, 4, 2), QStringLiteral("Bernard"));

    CaseListLoader loader(t.path);
    CaseListModel model(loader);
    model.reload();
    REQUIRE(settled(model));
    QSignalSpy loaded(&model, &CaseListModel::listingLoaded);
    // Three listings asked at once, as keys typed faster than the list is read.
    for (const char *search : {"m", "ma", "bern"}) {
        CaseListFilter f;
        f.search = QString::fromLatin1(search);
        model.setFilter(f);
    }
    REQUIRE(settled(model));
    CHECK(model.rowCount() == 2);
    CHECK(model.totalCount() == 2);
    CHECK(loaded.size() == 1); // the two overtaken listings never reached the model
}

TEST_CASE("Passerelle speaks French unless told or set otherwise")
{
    using L = Translations::Language;
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale be(QLocale::French, QLocale::Belgium);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale c(QLocale::C);
    CHECK(Translations::choose({}, {}, fr) == L::French);
    CHECK(Translations::choose({}, {}, be) == L::French);
    CHECK(Translations::choose({}, {}, de) == L::English);
    CHECK(Translations::choose({}, {}, c) == L::French); // no language set: the source language
    CHECK(Translations::choose({}, QStringLiteral("en"), fr) == L::English);
    CHECK(Translations::choose({}, QStringLiteral("fr"), de) == L::French);
    CHECK(Translations::choose(QStringLiteral("en"), QStringLiteral("fr"), fr) == L::English);
    CHECK(Translations::choose(QStringLiteral("fr_FR"), QStringLiteral("en"), de) == L::French);
    CHECK(Translations::choose(QStringLiteral("xx"), QStringLiteral("en"), fr) == L::English);
    CHECK(Translations::choose(QStringLiteral("xx"), {}, fr) == L::French);
}

TEST_CASE("The English catalogue translates the case list, plural forms included")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    addCases(w, pa, QStringLiteral("closed"), 2, QDate(2024, 12, 31));
    {
        const Translations english(Translations::Language::English);
        CaseListLoader loader(t.path);
        CaseListModel model(loader);
        model.reload();
        REQUIRE(settled(model));
        CHECK(model.headerData(int(CaseListModel::Column::Status), Qt::Horizontal).toString() == QLatin1String("Status"));
        CHECK(model.headerData(int(CaseListModel::Column::ReferralPartner), Qt::Horizontal).toString()
              == QLatin1String("Referred by"));
        CHECK(cell(model, 0, CaseListModel::Column::Status) == QLatin1String("Closed"));
        CHECK(cell(model, 0, CaseListModel::Column::IdentifiedOn) == QLatin1String("31/12/2024"));
        CHECK(QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr, 1)
              == QLatin1String("1 case"));
        CHECK(QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr, 2)
              == QLatin1String("2 cases"));
    }
    // Leaving the scope gives French back.
    CHECK(CaseStatusText::label(QStringLiteral("closed")) == QStringLiteral("Clôturée"));
    CHECK(QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr, 2)
          == QStringLiteral("2 situations"));
}
