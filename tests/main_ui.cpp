#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // CTest runs the tests with QT_QPA_PLATFORM=offscreen; the build also runs this binary
    // to list its tests (catch_discover_tests), without that variable and maybe without a
    // display: offscreen is the default here too.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PasserelleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PasserelleTests"));
    // Tests read the screen in French, the language Passerelle speaks by default, whatever
    // the locale of the machine running them.
    const passerelle::Translations french(passerelle::Translations::Language::French);
    return Catch::Session().run(argc, argv);
}
