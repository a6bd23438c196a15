#include "MainWindow.h"
#include "Translations.h"
#include "cases/CaseListPage.h"
#include "models/CaseListModel.h"
#include "models/CaseStatusText.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace passerelle;
using passerelle::test::TempDatabase;

namespace {

Uuid addProgramme(const Database &db, const char *code, const char *name)
{
    execSql(db.handle(), "INSERT OR IGNORE INTO organisation(id, name, created_at, updated_at) "
                         "VALUES (x'01900000000070008000000000000fff', 'UDAF 52', 0, 0)");
    const Uuid id = Uuid::createV7();
    SqliteStatement q(db.handle(), "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                                   "updated_at) VALUES (?, x'01900000000070008000000000000fff', ?, ?, 0, 0)");
    q.bindBlob(1, id.bytes());
    q.bindText(2, QString::fromLatin1(code));
    q.bindText(3, QString::fromUtf8(name));
    q.execute();
    return id;
}

// `count` cases of one programme and status, identified on consecutive days back from
// `newest`, each with a main person whose name must never reach the screen.
void addCases(const Database &db, const Uuid &programme, const char *status, int count, QDate newest)
{
    SqliteStatement q(db.handle(), R"(
        WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ?1)
        SELECT n, randomblob(16), randomblob(16), date(?2, '-' || (n - 1) || ' days') FROM s)");
    q.bind(1, qint64(count));
    q.bindText(2, newest.toString(Qt::ISODate));
    while (q.step()) {
        const QByteArray caseId = q.blob(1);
        const QByteArray personId = q.blob(2);
        const QString on = q.text(3);
        const bool closed = qstrcmp(status, "closed") == 0;
        SqliteStatement c(db.handle(),
                          "INSERT INTO case_file(id, programme_id, number, status, identified_on, "
                          "oriented_on, accompanied_on, closed_on, close_reason, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)");
        c.bindBlob(1, caseId);
        c.bindBlob(2, programme.bytes());
        c.bindText(3, QStringLiteral("%1-%2").arg(QString::fromLatin1(status).left(3).toUpper(), on));
        c.bindText(4, QString::fromLatin1(status));
        c.bindText(5, on);
        c.bindText(6, qstrcmp(status, "identified") != 0 ? on : QString());
        c.bindText(7, qstrcmp(status, "accompanied") == 0 || closed ? on : QString());
        c.bindText(8, closed ? on : QString());
        c.bindText(9, closed ? QStringLiteral("goals_reached") : QString());
        c.execute();
        SqliteStatement p(db.handle(), "INSERT INTO person(id, code, first_name, last_name, created_at, "
                                       "updated_at) VALUES (?, ?, 'Jeanne', 'Dupont', 0, 0)");
        p.bindBlob(1, personId);
        p.bindText(2, QStringLiteral("P-%1").arg(QString::fromLatin1(personId.toHex().left(6))));
        p.execute();
        SqliteStatement link(db.handle(), "INSERT INTO case_person(case_id, person_id, role) VALUES (?, ?, 'main')");
        link.bindBlob(1, caseId);
        link.bindBlob(2, personId);
        link.execute();
    }
}

QString cell(const QAbstractItemModel &model, int row, CaseListModel::Column column)
{
    return model.index(row, int(column)).data().toString();
}

// Settings in a file of their own: tests never touch the person's configuration.
struct TempSettings
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("passerelle.ini")), QSettings::IniFormat};
};

} // namespace

TEST_CASE("The case list model keeps the item model contract while it loads, fetches and filters")
{
    TempDatabase t;
    const Uuid pa = addProgramme(*t.db, "PA", "Pair-aidance");
    const Uuid emp = addProgramme(*t.db, "EMP", "Équipe mobile précarité");
    addCases(*t.db, pa, "accompanied", 17, QDate(2024, 6, 30));
    addCases(*t.db, emp, "closed", 6, QDate(2024, 6, 15));

    CaseListQuery query(*t.db);
    CaseListModel model(query);
    // Fatal: a broken contract aborts the run instead of printing a warning nobody reads.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester would call fetchMore() from its own modelReset handler, before it has
    // recorded that the reset is over, and then take the rows fetchMore() inserts for a
    // change nested in the reset (Qt 6.4). The test calls fetchMore() itself instead, and
    // the tester checks every insertion it makes.
    tester.setUseFetchMore(false);
    model.setPageSize(5);
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 23);
    model.setFilter({emp, {}});
    CHECK(model.totalCount() == 6);
    model.setFilter({{}, QStringLiteral("accompanied")});
    CHECK(model.totalCount() == 17);
    model.reload();
    CHECK(model.rowCount() >= 5);
    CHECK(model.columnCount() == int(CaseListModel::Column::Count));
}

TEST_CASE("The case list model holds the first page, then fetches the next ones when asked")
{
    TempDatabase t;
    const Uuid pa = addProgramme(*t.db, "PA", "Pair-aidance Pays de Langres");
    addCases(*t.db, pa, "accompanied", 25, QDate(2024, 5, 2));

    CaseListQuery query(*t.db);
    CaseListModel model(query);
    model.setPageSize(10);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    QSignalSpy counted(&model, &CaseListModel::totalCountChanged);
    model.reload();
    CHECK(model.rowCount() == 10);
    CHECK(model.totalCount() == 25);
    REQUIRE(counted.size() == 1);
    CHECK(counted.first().first().toLongLong() == 25);
    CHECK(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    CHECK(model.rowCount() == 20);
    model.fetchMore({});
    CHECK(model.rowCount() == 25);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no change
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

    // Reloading starts from the first page again.
    model.reload();
    CHECK(model.rowCount() == 10);
    CHECK(model.canFetchMore({}));
}

TEST_CASE("The main window shows the database, the count and a list the filters narrow")
{
    TempDatabase t;
    const Uuid pa = addProgramme(*t.db, "PA", "Pair-aidance");
    const Uuid emp = addProgramme(*t.db, "EMP", "Équipe mobile précarité");
    addCases(*t.db, pa, "identified", 3, QDate(2025, 3, 1));
    addCases(*t.db, pa, "closed", 1, QDate(2024, 3, 1));
    addCases(*t.db, emp, "closed", 1, QDate(2024, 2, 1));
    TempSettings s;

    MainWindow window(*t.db, s.settings);
    QSignalSpy shown(&window, &MainWindow::firstPageShown);
    window.show();
    REQUIRE(shown.wait(10000));

    const auto *count = window.findChild<QLabel *>(QStringLiteral("caseCountLabel"));
    const auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    const auto *replica = window.findChild<QLabel *>(QStringLiteral("replicaLabel"));
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *programme = window.findChild<QComboBox *>(QStringLiteral("programmeFilter"));
    const auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(count);
    REQUIRE(database);
    REQUIRE(replica);
    REQUIRE(status);
    REQUIRE(programme);
    REQUIRE(table);

    CHECK(window.windowTitle() == QStringLiteral("Passerelle — test.sqlite"));
    CHECK(database->text().contains(QStringLiteral("test.sqlite")));
    CHECK(replica->text().contains(t.db->replicaId().toString()));
    CHECK(count->text() == QStringLiteral("5 situations"));
    CHECK(table->model()->rowCount() == 5);

    SECTION("by status")
    {
        status->setCurrentIndex(status->findData(QStringLiteral("closed")));
        CHECK(table->model()->rowCount() == 2);
        CHECK(count->text() == QStringLiteral("2 situations"));
        for (int r = 0; r < table->model()->rowCount(); ++r)
            CHECK(cell(*table->model(), r, CaseListModel::Column::Status) == QStringLiteral("Clôturée"));

        programme->setCurrentIndex(programme->findText(QStringLiteral("EMP — Équipe mobile précarité")));
        CHECK(table->model()->rowCount() == 1);
        CHECK(count->text() == QStringLiteral("1 situation"));

        status->setCurrentIndex(status->findData(QStringLiteral("oriented")));
        CHECK(table->model()->rowCount() == 0);
        CHECK(count->text() == QStringLiteral("0 situation"));

        status->setCurrentIndex(0);
        programme->setCurrentIndex(0);
        CHECK(table->model()->rowCount() == 5);
    }
    SECTION("refreshed with F5 after another program wrote")
    {
        QAction *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        REQUIRE(refresh);
        CHECK(refresh->shortcut() == QKeySequence(Qt::Key_F5));
        programme->setCurrentIndex(programme->findText(QStringLiteral("PA — Pair-aidance")));
        CHECK(count->text() == QStringLiteral("4 situations"));
        addCases(*t.db, pa, "oriented", 2, QDate(2025, 4, 1));
        addProgramme(*t.db, "CA", "Commission appartement");
        refresh->trigger();
        CHECK(count->text() == QStringLiteral("6 situations"));
        CHECK(programme->currentText() == QStringLiteral("PA — Pair-aidance")); // kept
        CHECK(programme->count() == 4);
        CHECK(cell(*table->model(), 0, CaseListModel::Column::Status) == QStringLiteral("Orientée"));
    }
    SECTION("its size and columns are remembered")
    {
        window.resize(900, 560);
        window.caseList()->table()->setColumnWidth(int(CaseListModel::Column::Commune), 211);
        window.close();
        MainWindow again(*t.db, s.settings);
        CHECK(again.size() == QSize(900, 560));
        CHECK(again.caseList()->table()->columnWidth(int(CaseListModel::Column::Commune)) == 211);
    }
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
    CHECK(Translations::choose({}, {}, c) == L::English);
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
    const Uuid pa = addProgramme(*t.db, "PA", "Pair-aidance");
    addCases(*t.db, pa, "closed", 2, QDate(2024, 12, 31));
    {
        const Translations english(Translations::Language::English);
        CaseListQuery query(*t.db);
        CaseListModel model(query);
        model.reload();
        CHECK(model.headerData(int(CaseListModel::Column::Status), Qt::Horizontal).toString() == QLatin1String("Status"));
        CHECK(model.headerData(int(CaseListModel::Column::ReferralPartner), Qt::Horizontal).toString()
              == QLatin1String("Referred by"));
        CHECK(cell(model, 0, CaseListModel::Column::Status) == QLatin1String("Closed"));
        CHECK(cell(model, 0, CaseListModel::Column::IdentifiedOn) == QLatin1String("31/12/2024"));
        CHECK(QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr, 1)
              == QLatin1String("1 case"));
        CHECK(QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr, 2)
              == QLatin1String("2 cases"));
        TempSettings s;
        MainWindow window(*t.db, s.settings);
        CHECK(window.findChild<QLabel *>(QStringLiteral("caseCountLabel"))->text() == QLatin1String("2 cases"));
    }
    // Leaving the scope gives French back.
    CHECK(CaseStatusText::label(QStringLiteral("closed")) == QStringLiteral("Clôturée"));
    CHECK(QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr, 2)
          == QStringLiteral("2 situations"));
}
