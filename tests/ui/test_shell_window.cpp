#include "MainWindow.h"
#include "cases/CaseListFilterBar.h"
#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "navigation/NavigationPane.h"
#include "support/TestSupport.h"
#include "test_shell_support.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QAction *action(const QWidget &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

// A page of another module, as the lead will add it.
QWidget *otherPage(const QString &name)
{
    auto *page = new QLineEdit;
    page->setObjectName(name);
    return page;
}
} // namespace

TEST_CASE("The main window shows its database, its pages and its everyday actions")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    addCases(w, pa, QStringLiteral("accompanied"), 4, QDate(2025, 3, 1));
    TempSettings s;
    ScriptedDialogService dialogs;

    MainWindow window(*t.db, s.settings, dialogs);
    QSignalSpy shown(&window, &MainWindow::firstPageShown);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(shown.wait(10000));
    REQUIRE(settled(window.caseList()->model()));

    CHECK(window.windowTitle() == QStringLiteral("Passerelle — test.sqlite"));
    CHECK(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("test.sqlite")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("replicaLabel"))->text().contains(t.db->replicaId().toString()));
    CHECK(window.findChild<QLabel *>(QStringLiteral("caseListCount"))->text() == QStringLiteral("4 situations"));
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Affichage"), QStringLiteral("A&ide")});
    CHECK(dialogs.asked.isEmpty());

    SECTION("the navigation lists the pages and Ctrl+digit shows them")
    {
        auto *navigation = window.findChild<NavigationPane *>();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        REQUIRE(navigation);
        REQUIRE(pages);
        CHECK(navigation->count() == 1);
        CHECK(window.currentPageKey() == QLatin1String("cases"));
        CHECK(navigation->item(0)->text() == QStringLiteral("Situations"));

        QSignalSpy changed(&window, &MainWindow::currentPageChanged);
        window.addPage(QStringLiteral("agenda"), QStringLiteral("Agenda"), {}, otherPage(QStringLiteral("agendaPage")));
        window.addPage(QStringLiteral("partners"), QStringLiteral("Partenaires"), {}, otherPage(QStringLiteral("partnersPage")));
        CHECK(navigation->count() == 3);
        CHECK(window.currentPageKey() == QLatin1String("cases")); // adding does not switch
        CHECK(changed.isEmpty());
        CHECK_FALSE(navigation->item(1)->icon().isNull()); // a known key brings its icon

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        CHECK(window.currentPageKey() == QLatin1String("partners"));
        CHECK(pages->currentWidget()->objectName() == QLatin1String("partnersPage"));
        CHECK(QApplication::focusWidget() == window.page(QStringLiteral("partners")));
        REQUIRE(changed.size() == 1);
        CHECK(changed.first().first().toString() == QLatin1String("partners"));

        // Arrows in the navigation move between pages too.
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Up);
        CHECK(window.currentPageKey() == QLatin1String("agenda"));
        CHECK(window.showPage(QStringLiteral("cases")));
        CHECK_FALSE(window.showPage(QStringLiteral("nowhere")));
        CHECK(window.currentPageKey() == QLatin1String("cases"));
    }
    SECTION("Ctrl+F goes to the search field, from any page")
    {
        window.addPage(QStringLiteral("agenda"), QStringLiteral("Agenda"), {}, otherPage(QStringLiteral("agendaPage")));
        window.showPage(QStringLiteral("agenda"));
        CHECK(action(window, "searchAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        CHECK(window.currentPageKey() == QLatin1String("cases"));
        CHECK(QApplication::focusWidget() == window.caseList()->filterBar()->searchField());
    }
    SECTION("new case and new intervention wait for a module to answer them")
    {
        QAction *newCase = action(window, "newCaseAction");
        QAction *newIntervention = action(window, "newInterventionAction");
        CHECK(newCase->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
        CHECK(newIntervention->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
        CHECK_FALSE(newCase->isEnabled());
        CHECK_FALSE(newIntervention->isEnabled());

        int casesAsked = 0;
        int interventionsAsked = 0;
        const auto connection = QObject::connect(&window, &MainWindow::newCaseRequested,
                                                 [&casesAsked] { ++casesAsked; });
        REQUIRE(QTest::qWaitFor([&] { return newCase->isEnabled(); }));
        CHECK_FALSE(newIntervention->isEnabled());
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        CHECK(casesAsked == 1);

        QObject::connect(&window, &MainWindow::newInterventionRequested,
                         [&interventionsAsked] { ++interventionsAsked; });
        REQUIRE(QTest::qWaitFor([&] { return newIntervention->isEnabled(); }));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        CHECK(interventionsAsked == 1);

        QObject::disconnect(connection);
        REQUIRE(QTest::qWaitFor([&] { return !newCase->isEnabled(); }));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        CHECK(casesAsked == 1);
        CHECK(newIntervention->isEnabled());
    }
    SECTION("the toolbar carries the everyday actions")
    {
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        REQUIRE(toolBar);
        QStringList names;
        for (QAction *a : toolBar->actions())
            if (!a->isSeparator())
                names.append(a->objectName());
        CHECK(names == QStringList{QStringLiteral("newCaseAction"), QStringLiteral("newInterventionAction"),
                                   QStringLiteral("searchAction"), QStringLiteral("refreshAction")});
    }
}

TEST_CASE("F5 reads again what another program wrote, and Enter opens a case")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    const QList<Uuid> cases = addCases(w, pa, QStringLiteral("identified"), 3, QDate(2025, 3, 1));
    TempSettings s;
    ScriptedDialogService dialogs;
    MainWindow window(*t.db, s.settings, dialogs);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CaseListModel &model = window.caseList()->model();
    REQUIRE(settled(model));
    CHECK(model.rowCount() == 3);

    SECTION("refresh")
    {
        QAction *refresh = action(window, "refreshAction");
        CHECK(refresh->shortcut() == QKeySequence(Qt::Key_F5));
        addCases(w, pa, QStringLiteral("oriented"), 2, QDate(2025, 4, 1));
        w.programme(QStringLiteral("CA"), QStringLiteral("Commission appartement"));
        QSignalSpy refreshed(&window, &MainWindow::refreshRequested);
        QTest::keyClick(&window, Qt::Key_F5);
        REQUIRE(settled(model));
        CHECK(refreshed.size() == 1);
        CHECK(model.rowCount() == 5);
        CHECK(cell(model, 0, CaseListModel::Column::Status) == QStringLiteral("Orientée"));
        CHECK(window.findChild<QLabel *>(QStringLiteral("caseListCount"))->text()
              == QStringLiteral("5 situations"));
        CHECK(window.findChild<QComboBox *>(QStringLiteral("programmeFilter"))->count() == 3);
    }
    SECTION("open")
    {
        QSignalSpy opened(&window, &MainWindow::openCaseRequested);
        QTableView *table = window.caseList()->table();
        table->setFocus();
        table->setCurrentIndex(model.index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(opened.size() == 1);
        CHECK(opened.first().first().value<Uuid>() == cases[1]);
    }
}

TEST_CASE("The main window remembers its size, its panes, its page and the list's columns and order")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    addCases(w, pa, QStringLiteral("identified"), 3, QDate(2025, 3, 1));
    TempSettings s;
    ScriptedDialogService dialogs;
    {
        MainWindow window(*t.db, s.settings, dialogs);
        window.addPage(QStringLiteral("agenda"), QStringLiteral("Agenda"), {}, otherPage(QStringLiteral("agendaPage")));
        window.show();
        REQUIRE(settled(window.caseList()->model()));
        window.resize(900, 560);
        QTableView *table = window.caseList()->table();
        table->setColumnWidth(int(CaseListModel::Column::Commune), 211);
        table->horizontalHeader()->setSortIndicator(int(CaseListModel::Column::Commune), Qt::AscendingOrder);
        window.showPage(QStringLiteral("agenda"));
        window.close();
    }
    MainWindow again(*t.db, s.settings, dialogs);
    INFO("smallest size " << again.minimumSizeHint().width() << "×" << again.minimumSizeHint().height());
    CHECK(again.size() == QSize(900, 560));
    CHECK(again.caseList()->table()->columnWidth(int(CaseListModel::Column::Commune)) == 211);
    CHECK(again.caseList()->model().order() == CaseListOrder{CaseListOrder::Key::Commune, false});
    CHECK(again.currentPageKey() == QLatin1String("cases")); // the agenda is not there yet…
    again.addPage(QStringLiteral("agenda"), QStringLiteral("Agenda"), {}, otherPage(QStringLiteral("agendaPage")));
    CHECK(again.currentPageKey() == QLatin1String("agenda")); // …and shown as soon as it is
}
