#include "MainWindow.h"
#include "Translations.h"
#include "cases/CaseListPage.h"
#include "cases/CaseSearchBench.h"
#include "common/DialogService.h"
#include "shell/DatabaseUpgrade.h"
#include "shell/DesktopShell.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace passerelle;

namespace {
// The translation context of this file's strings.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// --screenshot, --measure-startup and --bench-search act once the first page of cases is
// on screen, then leave with the exit code `action()` returns (or starts).
template<typename Action>
void onceFirstPageShown(MainWindow &window, Action action)
{
    QObject::connect(&window, &MainWindow::firstPageShown, &window, action, Qt::SingleShotConnection);
}

// --screenshot waits for the counts too, which follow the first page by a few milliseconds,
// and for the layout they change (laid out at the next turn of the event loop).
template<typename Action>
void onceCounted(MainWindow &window, Action action)
{
    onceFirstPageShown(window, [&window, action] {
        CaseListPage *list = window.caseList();
        const auto laidOut = [&window, action] { QTimer::singleShot(0, &window, action); };
        if (list->model().hasCurrentCounts())
            laidOut();
        else
            QObject::connect(list, &CaseListPage::countsChanged, &window, laidOut, Qt::SingleShotConnection);
    });
}

// Resident memory now and at its peak, in MiB, from /proc (Linux); empty elsewhere.
QString residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    QString now;
    QString peak;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto mib = [&line] { return QString::number(line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024); };
        if (line.startsWith("VmRSS:"))
            now = mib();
        else if (line.startsWith("VmHWM:"))
            peak = mib();
    }
    return Main::tr("mémoire résidente %1 Mio (pointe %2 Mio)").arg(now, peak);
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    // No organisation name: it would move AppDataLocation away from passerelle-cli's.
    QCoreApplication::setApplicationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("passerelle"));
    // Icons come from the desktop's theme; where it lacks one, from Adwaita if installed,
    // else from the style (MainWindow::standardIcon).
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));

    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Passerelle"),
                       QStringLiteral("Passerelle"));
    const Translations translations(Translations::choose(qEnvironmentVariable("PASSERELLE_LANG"),
                                                         settings.value(Translations::settingKey()).toString(),
                                                         QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Passerelle : suivi des dispositifs santé mentale et logement."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Main::tr("Ouvre la base FICHIER (par défaut : %1).")
                                          .arg(QDir::toNativeSeparators(Database::defaultPath())),
                                      Main::tr("FICHIER"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              Main::tr("Enregistre une capture de la fenêtre dans IMAGE "
                                                 "dès que la liste est affichée, puis quitte."),
                                              Main::tr("IMAGE"));
    const QCommandLineOption measureOption(QStringLiteral("measure-startup"),
                                           Main::tr("Écrit sur la sortie d'erreur le temps écoulé jusqu'à "
                                              "l'affichage de la première page, puis quitte."));
    const QCommandLineOption benchOption(QStringLiteral("bench-search"),
                                         Main::tr("Tape des recherches dans la liste des situations, une "
                                            "touche toutes les MS millisecondes, écrit sur la sortie "
                                            "d'erreur le temps de chaque frappe à la liste affichée "
                                            "(médiane, p95), puis quitte. Pour les données de "
                                            "démonstration (passerelle-cli demo)."),
                                         Main::tr("MS"));
    parser.addOptions({dbOption, screenshotOption, measureOption, benchOption});
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    std::unique_ptr<Database> db;
    if (const QString failed = upgradeWithProgress(path); !failed.isEmpty()) {
        QMessageBox::critical(nullptr, Main::tr("Passerelle"),
                              Main::tr("La base de données ne peut pas être ouverte.\n\n%1").arg(failed));
        return 3;
    }
    try {
        db = Database::open(path, Database::OpenMode::OpenOrCreate,
                            Database::IntegrityCheck::Deferred);
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, Main::tr("Passerelle"),
                              Main::tr("La base de données ne peut pas être ouverte.\n\n%1").arg(e.message()));
        return 3; // as passerelle-cli: storage failure
    }
    const qint64 openedMs = sinceLaunch.elapsed();

    WidgetDialogService dialogs;
    DesktopShell shell(*db, settings, dialogs);
    MainWindow &window = shell.window();
    std::unique_ptr<CaseSearchBench> bench;
    const bool measuring = parser.isSet(screenshotOption) || parser.isSet(measureOption) || parser.isSet(benchOption);
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        onceCounted(window, [&window, file] {
            if (window.grab().save(file))
                return QCoreApplication::exit(0);
            std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Impossible d'écrire %1").arg(file)));
            QCoreApplication::exit(1);
        });
    } else if (parser.isSet(measureOption)) {
        onceFirstPageShown(window, [&window, &sinceLaunch, openedMs] {
            const CaseListModel &model = window.caseList()->model();
            std::fprintf(stderr, "%s\n",
                         qPrintable(Main::tr("première page affichée %1 ms après le lancement (base ouverte "
                                             "à %2 ms) ; %3 lignes lues sur %4 situations ; %5")
                                        .arg(sinceLaunch.elapsed())
                                        .arg(openedMs)
                                        .arg(model.rowCount())
                                        .arg(model.totalCount())
                                        .arg(residentMemory())));
            QCoreApplication::exit(0);
        });
    } else if (parser.isSet(benchOption)) {
        const int interval = parser.value(benchOption).toInt();
        if (interval <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(Main::tr("--bench-search attend un nombre de millisecondes.")));
            return 2;
        }
        bench = std::make_unique<CaseSearchBench>(*window.caseList(), CaseSearchBench::demoQueries(), interval);
        QObject::connect(bench.get(), &CaseSearchBench::finished, &app, [](const CaseSearchBench::Result &result) {
            std::fprintf(stderr, "%s%s\n", qPrintable(CaseSearchBench::report(result)),
                         qPrintable(residentMemory()));
            QCoreApplication::exit(0);
        });
        onceFirstPageShown(window, [&window, &bench] {
            window.caseList()->focusSearch();
            bench->start();
        });
    }
    window.show();
    if (!measuring)
        window.startIntegrityCheck();
    return app.exec();
}
