#include "MainWindow.h"
#include "Translations.h"
#include "cases/CaseListPage.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

using namespace passerelle;

namespace {
// The translation context of this file's strings.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// --screenshot and --measure-startup act once the first page of cases is on screen,
// then leave with `exitCode()`.
template<typename Action>
void onceFirstPageShown(MainWindow &window, Action action)
{
    QObject::connect(&window, &MainWindow::firstPageShown, &window,
                     [action] { QCoreApplication::exit(action()); }, Qt::SingleShotConnection);
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

    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Passerelle"),
                       QStringLiteral("Passerelle"));
    const Translations translations(Translations::choose(qEnvironmentVariable("PASSERELLE_LANG"),
                                                         settings.value(QStringLiteral("ui/language")).toString(),
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
    parser.addOptions({dbOption, screenshotOption, measureOption});
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    std::unique_ptr<Database> db;
    try {
        db = Database::open(path, Database::OpenMode::OpenOrCreate,
                            Database::IntegrityCheck::Deferred);
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, Main::tr("Passerelle"),
                              Main::tr("La base de données ne peut pas être ouverte.\n\n%1").arg(e.message()));
        return 3; // as passerelle-cli: storage failure
    }
    const qint64 openedMs = sinceLaunch.elapsed();

    MainWindow window(*db, settings);
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        onceFirstPageShown(window, [&window, file] {
            if (window.grab().save(file))
                return 0;
            std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Impossible d'écrire %1").arg(file)));
            return 1;
        });
    } else if (parser.isSet(measureOption)) {
        onceFirstPageShown(window, [&window, &sinceLaunch, openedMs] {
            const CaseListModel &model = window.caseList()->model();
            std::fprintf(stderr, "first page shown %lld ms after launch (database open at %lld ms); "
                                 "%d rows loaded of %lld cases\n",
                         sinceLaunch.elapsed(), openedMs, model.rowCount(), model.totalCount());
            return 0;
        });
    }
    window.show();
    if (!parser.isSet(screenshotOption) && !parser.isSet(measureOption))
        window.startIntegrityCheck();
    return app.exec();
}
