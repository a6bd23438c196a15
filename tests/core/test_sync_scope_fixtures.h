#pragma once

// Partial replication in the engine tests: a worker's case written whole as the office
// would (household, person, links, an intervention, an assessment, a status change), the
// office → laptop exchange through the laptop's scope, and the office's content projected
// on a scope, which a laptop must equal.

#include "test_sync_engine_fixtures.h"

#include "sync/SyncScope.h"

#include <QByteArray>

#include <optional>

namespace passerelle::test {

// The rows of one case, as created.
struct ScopeCase
{
    Uuid caseId;
    Uuid household;
    Uuid person;
    Uuid intervention;
    Uuid assessment;
    Uuid statusChange;
};

// One transaction: the case, its household and person, its peer worker `worker`, an
// intervention linked to it and to the worker, an assessment and its status change.
ScopeCase addCase(EngineReplica &r, const Uuid &programme, const Uuid &worker,
                  const QString &number);
void assign(EngineReplica &r, const Uuid &caseId, const Uuid &worker);
void unassign(EngineReplica &r, const Uuid &caseId, const Uuid &worker);

// The change set the office sends the laptop of `worker` (ChangeSetBuilder with the
// laptop's scope, cases not sent before shipped whole), merged into the laptop; the office
// then remembers the cases sent, as SyncEngine::exportTo does.
InFlight scopedSnapshot(EngineReplica &office, EngineReplica &laptop, const Uuid &worker);
MergeReport exchangeScoped(EngineReplica &office, EngineReplica &laptop, const Uuid &worker);
// What a laptop sends a full replica: its own writes only (ChangeSetBuilder::setOwnChangesOnly).
InFlight laptopSnapshot(EngineReplica &laptop, EngineReplica &office);
MergeReport exchangeFromLaptop(EngineReplica &laptop, EngineReplica &office);
// Merges a laptop's change set into a full replica, which then checks the laptop's scope
// hash against what it sent it (PeerScopeLedger::checkReported), as SyncEngine::import does.
MergeReport deliverFromLaptop(const InFlight &message, EngineReplica &office);

// A digest of every replicated row, table by table, keeping only the rows `scope`
// includes (all rows without a scope). A laptop's projectedContent(laptop) must equal
// projectedContent(office, SyncScope::ofWorker(office, worker)).
QByteArray projectedContent(EngineReplica &r, const std::optional<SyncScope> &scope = std::nullopt);

bool has(EngineReplica &r, const char *table, const Uuid &id);

} // namespace passerelle::test
