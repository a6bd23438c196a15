#include "MainWindow.h"
#include "actionsheets/ActionSheetForm.h"
#include "actionsheets/ActionSheetsPage.h"
#include "agenda/AgendaPage.h"
#include "casefile/CaseFileWindow.h"
#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "indicators/SheetIndicatorsWidget.h"
#include "shell/DatabaseUpgrade.h"
#include "shell/DesktopShell.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "sync/SyncActions.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace passerelle;

namespace {

struct ShellWorld
{
    test::TempDatabase t;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat};
    ScriptedDialogService dialogs;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(10, 0))};

    ShellWorld()
    {
        DemoOptions options;
        options.cases = 20;
        options.interventionsPerCase = 4;
        options.seed = 3;
        options.today = QDate(2025, 6, 30);
        DemoGenerator::generate(*t.db, options);
    }

    Uuid firstCase() const
    {
        SqliteStatement q(t.db->handle(), "SELECT id FROM case_file ORDER BY number LIMIT 1");
        REQUIRE(q.step());
        return Uuid::fromBytes(q.blob(0));
    }
};

} // namespace

TEST_CASE("The desktop shell puts the agenda in the navigation and answers the window's requests")
{
    ShellWorld w;
    DesktopShell shell(*w.t.db, w.settings, w.dialogs, w.clock);
    MainWindow &window = shell.window();
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    REQUIRE(shell.agenda());
    CHECK(window.page(QStringLiteral("agenda")) == shell.agenda());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentPageKey() == QLatin1String("agenda"));
    CHECK(shell.agenda()->isVisible());

    // Connected by the shell, the request actions are enabled (at the next turn of the loop).
    auto *newCase = window.findChild<QAction *>(QStringLiteral("newCaseAction"));
    auto *newIntervention = window.findChild<QAction *>(QStringLiteral("newInterventionAction"));
    REQUIRE(newCase);
    REQUIRE(newIntervention);
    REQUIRE(QTest::qWaitFor([&] { return newCase->isEnabled(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return newIntervention->isEnabled(); }, 5000));
    CHECK(newCase->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(newIntervention->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
}

TEST_CASE("Opening a case from the shell raises its one file, and quitting asks about its edits")
{
    ShellWorld w;
    auto shell = std::make_unique<DesktopShell>(*w.t.db, w.settings, w.dialogs, w.clock);
    MainWindow &window = shell->window();
    window.show();
    const Uuid id = w.firstCase();

    Q_EMIT window.openCaseRequested(id);
    CaseFileWindow *file = CaseFileWindow::find(*w.t.db, id);
    REQUIRE(file);
    CHECK(CaseFileWindow::openWindows(*w.t.db).size() == 1);
    // Asking again raises the same window rather than a second one.
    shell->openCase(id);
    CHECK(CaseFileWindow::openWindows(*w.t.db).size() == 1);

    // An edit in the file, then Quit: the person keeps editing, so nothing closes.
    auto *notes = file->findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    REQUIRE(notes);
    notes->setPlainText(notes->toPlainText() + QStringLiteral(" Relance prévue."));
    REQUIRE(file->isModified());
    w.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel};
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    CHECK(CaseFileWindow::find(*w.t.db, id) == file);

    // Quit again and drop the edit: the file goes first, then the window.
    w.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    CHECK(window.close());
    CHECK(CaseFileWindow::openWindows(*w.t.db).isEmpty());
    CHECK(w.dialogs.asked.size() == 2);

    // A file still open when the shell goes is deleted before the database.
    shell->openCase(id);
    REQUIRE(CaseFileWindow::find(*w.t.db, id));
    shell.reset();
    CHECK(CaseFileWindow::openWindows(*w.t.db).isEmpty());
}

TEST_CASE("An old database is upgraded behind a progress dialog before the window opens")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(test::fixturePath(QStringLiteral("schema-v1.sqlite")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(Database::schemaVersionOf(copy) == 1);

    CHECK(upgradeWithProgress(copy).isEmpty());
    CHECK(Database::schemaVersionOf(copy) == Database::latestSchemaVersion());
    // Current: nothing to do. Missing: nothing to do (open creates it).
    CHECK(upgradeWithProgress(copy).isEmpty());
    CHECK(Database::schemaVersionOf(dir.filePath(QStringLiteral("none.sqlite"))) == 0);
    CHECK(upgradeWithProgress(dir.filePath(QStringLiteral("none.sqlite"))).isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));

    // A file from a newer Passerelle is left to Database::open, which refuses it by name.
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(copy, newer));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(newer.toUtf8().constData(), &raw) == SQLITE_OK);
        execSql(raw, "PRAGMA user_version = 999");
        sqlite3_close(raw);
    }
    CHECK(upgradeWithProgress(newer).isEmpty());
    CHECK_THROWS_AS(Database::open(newer, Database::OpenMode::OpenExisting), SchemaTooNewError);
}

TEST_CASE("The desktop shell adds action sheets, synchronisation and conflicts, and the indicator "
          "editor to each sheet's form")
{
    ShellWorld w;
    DesktopShell shell(*w.t.db, w.settings, w.dialogs, w.clock);
    MainWindow &window = shell.window();
    REQUIRE(window.page(QStringLiteral("sync")));
    REQUIRE(window.page(QStringLiteral("conflicts")));
    // Pairing and the sync folder are offered on the sync page.
    CHECK(window.page(QStringLiteral("sync"))->findChild<SyncActions *>() != nullptr);
    auto *sheets = qobject_cast<ActionSheetsPage *>(window.page(QStringLiteral("actionsheets")));
    REQUIRE(sheets);
    CHECK(window.showPage(QStringLiteral("actionsheets")));

    SqliteStatement q(w.t.db->handle(), "SELECT id FROM action_sheet ORDER BY number LIMIT 1");
    REQUIRE(q.step());
    ActionSheetForm *form = sheets->openForm(Uuid::fromBytes(q.blob(0)));
    REQUIRE(form);
    // The editable indicator list, not the read-only one, is the form's indicator tab.
    CHECK(form->findChild<SheetIndicatorsWidget *>() != nullptr);
    form->reject();
}
