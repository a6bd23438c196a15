#include "sync/SyncSchemaVersion.h"

#include "storage/Migrator.h"

namespace passerelle {

SyncSchemaVersion SyncSchemaVersion::current()
{
    return {kCurrentMajor, Migrator::latestVersion()};
}

} // namespace passerelle
