#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace passerelle {

class Database;

namespace cli {

// Exit codes shared by every subcommand (README documents them).
enum ExitCode : int
{
    Ok = 0,
    BadInput = 1,
    Usage = 2,
    StorageFailure = 3
};

// What a subcommand receives: its own arguments (command name first, as
// QCommandLineParser expects), the --db path and the output streams.
struct CliContext
{
    QStringList args;
    QString dbPath;
    QTextStream &out;
    QTextStream &err;

    // Parses args with the given parser (adds --help); on failure prints the error and
    // returns false. The caller returns ExitCode::Usage then.
    bool parse(QCommandLineParser &parser);
    // Opens (creating when needed) the database at dbPath; throws StorageError.
    // Commands that only read (report) skip the quick_check: on a 1.3 GB file it costs seconds
    // (minutes with a cold cache) and protects nothing a read could damage.
    std::unique_ptr<Database> openDatabase(bool mustExist = false,
                                           Database::IntegrityCheck check = Database::IntegrityCheck::OnOpen) const;
};

} // namespace cli
} // namespace passerelle
