#include "cli/CliContext.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace passerelle::cli {

bool CliContext::parse(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Affiche l'aide."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText() << Qt::flush;
        return false;
    }
    return true;
}

std::unique_ptr<Database> CliContext::openDatabase(bool mustExist, Database::IntegrityCheck check) const
{
    return Database::open(dbPath, mustExist ? Database::OpenMode::OpenExisting : Database::OpenMode::OpenOrCreate,
                          check);
}

} // namespace passerelle::cli
