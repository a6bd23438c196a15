#include "MainWindow.h"
#include "partners/PartnersPage.h"
#include "programmes/ProgrammesPage.h"
#include "repositories/PartnerRepository.h"
#include "queries/SessionListQuery.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionsPage.h"
#include "shell/DesktopShell.h"
#include "ui/test_directories_support.h"
#include "workers/WorkersPage.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("The directory pages are reached from the navigation with Ctrl+3 to Ctrl+6 and refresh on F5")
{
    DirectoryWorld w;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("passerelle.ini")), QSettings::IniFormat);
    ScriptedDialogService dialogs;
    DesktopShell shell(w.db(), settings, dialogs, w.clock);
    MainWindow &window = shell.window();
    window.resize(1280, 760);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    const struct
    {
        Qt::Key key;
        const char *page;
    } pages[] = {{Qt::Key_3, "sessions"}, {Qt::Key_4, "partners"}, {Qt::Key_5, "workers"}, {Qt::Key_6, "programmes"}};
    for (const auto &p : pages) {
        QTest::keyClick(&window, p.key, Qt::ControlModifier);
        CHECK(window.currentPageKey() == QLatin1String(p.page));
        QWidget *page = window.page(QLatin1String(p.page));
        REQUIRE(page);
        CHECK(page->isVisible());
        // The focus lands in the page's search field: typing filters at once.
        auto *list = page->findChild<DirectoryList *>();
        REQUIRE(list);
        CHECK(QApplication::focusWidget() == list->searchField());
    }
    CHECK(qobject_cast<SessionsPage *>(window.page(QStringLiteral("sessions"))));
    CHECK(qobject_cast<WorkersPage *>(window.page(QStringLiteral("workers"))));
    CHECK(qobject_cast<ProgrammesPage *>(window.page(QStringLiteral("programmes"))));

    auto *partners = qobject_cast<PartnersPage *>(window.page(QStringLiteral("partners")));
    REQUIRE(partners);
    CHECK(partners->list()->countText() == QStringLiteral("3 partenaires"));
    Partner added;
    added.name = QStringLiteral("UNAFAM 52");
    added.partnerType = QStringLiteral("unafam");
    PartnerRepository(w.db(), w.clock).create(added);
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(partners->list()->countText() == QStringLiteral("4 partenaires"));
}

// Not run by CTest: writes the screenshots of packaging/screenshots from a demo database.
//   build/app/passerelle-cli demo --db /tmp/d.sqlite --cases 200
//   PASSERELLE_SCREENSHOT_DB=/tmp/d.sqlite PASSERELLE_SCREENSHOT_DIR=packaging/screenshots
//     build/tests/ui_tests "[.screenshots]"   (both variables on the command line)
TEST_CASE("Directory page screenshots", "[.screenshots]")
{
    const QString path = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DB");
    const QString out = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
    REQUIRE_FALSE(path.isEmpty());
    REQUIRE_FALSE(out.isEmpty());
    std::unique_ptr<Database> db = Database::open(path);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("passerelle.ini")), QSettings::IniFormat);
    ScriptedDialogService dialogs;
    DesktopShell shell(*db, settings, dialogs);
    MainWindow &window = shell.window();
    window.resize(1280, 760);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    for (const char *key : {"sessions", "partners", "workers", "programmes"}) {
        REQUIRE(window.showPage(QLatin1String(key)));
        CHECK(window.grab().save(QDir(out).filePath(QLatin1String(key) + QStringLiteral(".png"))));
    }
    // The form of the latest commission that reviewed cases, as a coordinator opens it.
    SessionListQuery sessions(*db);
    for (const SessionListRow &row : sessions.rows()) {
        if (row.kind != SessionKind::Commission || row.reviewCount < 2)
            continue;
        SessionDialog dialog(*db, dialogs, systemClock(), row.id);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.grab().save(QDir(out).filePath(QStringLiteral("session-commission.png"))));
        break;
    }
}
