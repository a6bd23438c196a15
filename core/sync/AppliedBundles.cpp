#include "sync/AppliedBundles.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "sync/BundleError.h"
#include "sync/BundleMessages.h"
#include "util/Errors.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace passerelle {

std::optional<QDateTime> AppliedBundles::appliedAt(Database &db, const Uuid &bundleId)
{
    SqliteStatement q(db.handle(),
                      "SELECT applied_at FROM sync_applied_bundle WHERE bundle_id = ?");
    q.bindBlob(1, bundleId.bytes());
    if (bundleId.isNull() || !q.step())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(q.int64(0), Qt::UTC);
}

void AppliedBundles::markApplied(Database &db, const Uuid &bundleId, const Uuid &sender,
                                 const Clock &clock)
{
    // Outside a transaction the mark would be committed apart from the merge it vouches
    // for: a crash between the two would lose the merge for good, or apply it twice.
    if (sqlite3_get_autocommit(db.handle()) != 0)
        throw StorageError(QCoreApplication::translate(
            "Sync", "Un paquet ne peut être marqué appliqué que dans la transaction qui "
                    "l'applique."));
    if (const auto at = appliedAt(db, bundleId))
        throw BundleRejectedError(BundleError::AlreadyApplied,
                                  BundleMessages::alreadyApplied(bundleId, *at));
    SqliteStatement insert(db.handle(), "INSERT INTO sync_applied_bundle(bundle_id, sender_id,"
                                        " applied_at) VALUES (?, ?, ?)");
    insert.bindBlob(1, bundleId.bytes());
    insert.bindBlob(2, sender.bytes());
    insert.bind(3, clock.nowMs());
    insert.execute();
}

} // namespace passerelle
