#pragma once

#include "cli/CliContext.h"

namespace passerelle::cli {

// One function per subcommand, each in its own file under core/cli/.
int runInit(CliContext &ctx);
int runStats(CliContext &ctx);
int runExport(CliContext &ctx);
int runImport(CliContext &ctx);
int runCheck(CliContext &ctx);
int runDemo(CliContext &ctx);
int runBench(CliContext &ctx);
int runReport(CliContext &ctx);
int runIndicator(CliContext &ctx);
int runSync(CliContext &ctx);
int runBenchSync(CliContext &ctx);
int runSheetPdf(CliContext &ctx);
int runSheetContinue(CliContext &ctx);

struct Command
{
    const char *name;
    const char *summary; // French, translated through QCoreApplication::translate("Cli", …)
    int (*run)(CliContext &);
};

// Every subcommand, in the order `help` lists them.
const QList<Command> &commands();

// Entry point of passerelle-cli: argv without the program name.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace passerelle::cli
