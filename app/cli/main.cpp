#include "cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// The subcommands that paint a PDF need fonts, hence a QGuiApplication; the others stay
// on QCoreApplication so that they run anywhere, with no display and no platform plugin.
bool printsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--db=", 5) == 0)
            continue;
        // The first other argument is the subcommand.
        return std::strcmp(argv[i], "report") == 0 || std::strcmp(argv[i], "sheet-pdf") == 0;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!printsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A terminal without a display (SSH, cron, CI) prints offscreen rather than failing to
    // reach an X or Wayland server.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return passerelle::cli::runCli(args, out, err);
}
