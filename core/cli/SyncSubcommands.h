#pragma once

#include "cli/CliContext.h"

namespace passerelle::cli {

// Subcommands of `passerelle-cli sync` that live outside SyncCommand.cpp (which dispatches
// them): pairing by invitation and the sync folder.
int runSyncInvite(CliContext &ctx);
int runSyncJoin(CliContext &ctx);
int runSyncAccept(CliContext &ctx);
int runSyncFolder(CliContext &ctx);

} // namespace passerelle::cli
