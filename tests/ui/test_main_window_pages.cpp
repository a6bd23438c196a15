#include "MainWindow.h"
#include "agenda/AgendaPage.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

TEST_CASE("The main window offers the agenda and quick intervention entry from the keyboard")
{
    test::TempDatabase t;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    MainWindow window(*t.db, settings);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    REQUIRE(pages);
    CHECK(pages->count() == 2);
    CHECK(pages->currentIndex() == 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(pages->currentIndex() == 1);
    CHECK(window.agenda()->isVisible());

    auto *newIntervention = window.findChild<QAction *>(QStringLiteral("newInterventionAction"));
    REQUIRE(newIntervention);
    CHECK(newIntervention->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
}
