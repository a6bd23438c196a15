#pragma once

// Replicas for the sync engine tests: a database with its own skewable clock, a few
// helpers writing realistic rows, and an exchange that goes through the change-set
// builder and the merger (the bundle container is covered by test_sync_bundle*).

#include "support/TestSupport.h"
#include "sync/ChangeMerger.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <QString>

#include <optional>

namespace passerelle::test {

struct EngineReplica
{
    EngineReplica();
    ~EngineReplica();

    Database &db() { return *database; }
    sqlite3 *handle() { return database->handle(); }
    const Uuid &id() const { return database->replicaId(); }

    // Raw writes, as repositories do them (the triggers capture them).
    void exec(const QString &sql);
    Uuid addOrganisationAndProgramme(); // returns the programme
    Uuid addIntervention(const Uuid &programme, const QString &note, int duration = 30,
                         std::optional<Uuid> id = std::nullopt);
    void setNote(const Uuid &intervention, const QString &note);
    void setDuration(const Uuid &intervention, int minutes);
    void removeIntervention(const Uuid &intervention);
    Uuid addWorker(); // a worker of the replica's first organisation
    void link(const Uuid &intervention, const Uuid &worker);
    void unlink(const Uuid &intervention, const Uuid &worker);

    std::optional<QString> note(const Uuid &intervention);
    std::optional<qint64> duration(const Uuid &intervention);
    qint64 count(const QString &sql);

    // A copy of one fresh database made once per run, given its own replica id: creating
    // and migrating a file for each of thousands of replicas would dominate the test time.
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> database;
    FixedClock clock;
};

// Builds what `to` lacks according to `from` and merges it into `to`, as a bundle would.
// Returns the merge report.
MergeReport exchange(EngineReplica &from, EngineReplica &to);
// The change set `from` would send `to` now, as records; and merging one later.
struct InFlight
{
    BundleHeader header;
    QList<QByteArray> records;
};
InFlight snapshot(EngineReplica &from, EngineReplica &to);
MergeReport deliver(const InFlight &message, EngineReplica &to);

// What replicas must agree on after a full round: the data (contentHash) and the sync
// state every replica derives alike, the conflict log and the tombstones, which are not
// data and so not in contentHash.
QByteArray replicaState(EngineReplica &replica);

// Positions, in a change set, of the row records of `table`.
QList<qsizetype> rowRecords(const QList<QByteArray> &records, const QString &table);
// Rewrites the row record `record` with `column` set to `value` (a column one of its units
// carries; throws otherwise), as a sender with other values would have; returns the row key.
QByteArray setInRecord(QByteArray &record, const QString &column, const QVariant &value);

} // namespace passerelle::test
