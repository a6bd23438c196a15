#pragma once

#include "util/Clock.h"
#include "util/Uuid.h"

#include <QDateTime>

#include <optional>

namespace passerelle {

class Database;

// The bundles merged into this replica (replica-local table sync_applied_bundle). A bundle
// is marked in the very transaction that merges it: after a crash it is either merged and
// marked, or neither, and reading it again is a no-op exactly when it was merged.
class AppliedBundles
{
public:
    // When the bundle was applied here, if it was.
    static std::optional<QDateTime> appliedAt(Database &db, const Uuid &bundleId);
    // Records the bundle as applied. Must run inside the caller's open transaction (throws
    // StorageError otherwise); throws BundleRejectedError(AlreadyApplied) when it was
    // applied meanwhile, so that the caller's transaction rolls back its second merge.
    static void markApplied(Database &db, const Uuid &bundleId, const Uuid &sender,
                            const Clock &clock = systemClock());
};

} // namespace passerelle
