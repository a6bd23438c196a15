#include "MainWindow.h"
#include "common/DialogService.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace passerelle;

TEST_CASE("The main window checks the database's integrity in the background")
{
    test::TempDatabase t;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("passerelle.ini")), QSettings::IniFormat);
    ScriptedDialogService dialogs;
    MainWindow window(*t.db, settings, dialogs);
    window.show();
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    window.startIntegrityCheck();
    auto *label = window.findChild<QLabel *>(QStringLiteral("integrityLabel"));
    REQUIRE(label);
    REQUIRE(checked.wait(10000));
    CHECK(checked.first().first().toString() == QLatin1String("ok"));
    CHECK(label->text() == QStringLiteral("Intégrité vérifiée"));
}
