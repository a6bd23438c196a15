#pragma once

#include "exchange/ExchangeFormat.h"

#include <QString>

namespace passerelle {

class Database;

// Writes the whole replicated dataset as an interchange file (docs/exchange-format.md).
// The output is deterministic: the same data always gives the same bytes (no timestamp,
// no replica id), so export → import into a fresh database → export is identical.
class Exporter
{
public:
    // Writes `path` through `path` + ".tmp", renamed over `path` only once complete, so a
    // failed export never leaves a partial file under the final name. Reads inside one
    // transaction: a writer running beside it cannot make the file inconsistent.
    // Throws StorageError (database or file), ValidationError (a stored value the format
    // cannot carry, named by record and field).
    static ExchangeResult run(Database &db, const QString &path,
                              const ProgressCallback &progress = {});
};

} // namespace passerelle
