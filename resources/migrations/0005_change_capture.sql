-- Passerelle schema: change capture and merge metadata of the sync engine (core/sync,
-- docs/sync-engine.md).
--
-- The capture triggers themselves are not created here: core/sync/CaptureTriggers writes
-- them from Schema::replicatedTables when the database is opened, so that a later
-- migration adding a column or a table is captured without a hand-written trigger.
--
-- local_sync_* tables are replica-local (Schema::replicatedTables leaves out local_*):
-- they say which write of which replica each cell holds, never the data itself.

-- Replicas known here, numbered compactly for the metadata below. Index 0 is this replica.
CREATE TABLE local_sync_replica (
    idx        INTEGER PRIMARY KEY,
    replica_id BLOB NOT NULL UNIQUE CONSTRAINT replica_id CHECK (length(replica_id) = 16)
);

-- Replicated tables, numbered compactly (the number is local; bundles carry names).
CREATE TABLE local_sync_table (
    idx  INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- Counters of this replica: last dot (local transaction) and last hybrid logical clock.
CREATE TABLE local_sync_state (
    key   TEXT PRIMARY KEY,
    value ANY
) WITHOUT ROWID;

-- The write each row holds: its insertion (or, for rows keyed by their content, its
-- re-insertion or removal: alive = 0). pk is the encoded primary key (core/sync/SyncKey).
CREATE TABLE local_sync_row (
    tbl     INTEGER NOT NULL,
    pk      BLOB NOT NULL,
    alive   INTEGER NOT NULL,
    origin  INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    hlc     INTEGER NOT NULL,
    PRIMARY KEY (tbl, pk)
) WITHOUT ROWID;
CREATE INDEX local_sync_row_dot ON local_sync_row(origin, counter);

-- Cells (or units of cells that must agree) written after the row: only those carry a
-- write of their own, so that an insertion costs one metadata row, not one per column.
CREATE TABLE local_sync_cell (
    tbl     INTEGER NOT NULL,
    pk      BLOB NOT NULL,
    unit    INTEGER NOT NULL,
    origin  INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    hlc     INTEGER NOT NULL,
    PRIMARY KEY (tbl, pk, unit)
) WITHOUT ROWID;
CREATE INDEX local_sync_cell_dot ON local_sync_cell(origin, counter);

-- The write that deleted an entity row; the row's key survives only as its hash.
CREATE TABLE local_sync_tombstone (
    key_hash BLOB PRIMARY KEY,
    tbl      INTEGER NOT NULL,
    origin   INTEGER NOT NULL,
    counter  INTEGER NOT NULL,
    hlc      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX local_sync_tombstone_dot ON local_sync_tombstone(origin, counter);

-- Causal context of a replica's transactions: every dot of `origin` above `floor` (up to
-- the next epoch) was written having seen `context` (encoded version vector).
CREATE TABLE local_sync_epoch (
    origin  INTEGER NOT NULL,
    floor   INTEGER NOT NULL,
    context BLOB NOT NULL,
    PRIMARY KEY (origin, floor)
) WITHOUT ROWID;

-- This replica's version vector for the other replicas (its own entry is the counter).
CREATE TABLE local_sync_vv (
    origin  INTEGER PRIMARY KEY,
    counter INTEGER NOT NULL
);

-- What each peer said it holds (its version vector in its last bundle read here).
CREATE TABLE local_sync_peer_vv (
    peer    BLOB NOT NULL,
    origin  BLOB NOT NULL,
    counter INTEGER NOT NULL,
    PRIMARY KEY (peer, origin)
) WITHOUT ROWID;

-- Rows a merge could not place (parent missing or deleted, invariant broken): kept here
-- for a coordinator instead of aborting the exchange.
CREATE TABLE local_sync_review (
    id          INTEGER PRIMARY KEY,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    row_values  TEXT,
    detected_at INTEGER NOT NULL
);

-- Concurrent writes that lost a field. Every replica derives the same rows from the same
-- writes (docs/sync-engine.md), so the rows need no dots of their own. Sync state, not
-- data: left out of Schema::replicatedTables (no capture, no interchange export). A
-- conflict closes when someone who had received the losing value writes the field again.
CREATE TABLE sync_conflict (
    conflict_id   BLOB PRIMARY KEY CONSTRAINT conflict_id CHECK (typeof(conflict_id) = 'blob' AND length(conflict_id) = 16),
    table_name    TEXT NOT NULL,
    row_key       TEXT NOT NULL,
    column_name   TEXT NOT NULL,
    loser_value   TEXT NOT NULL,
    loser_replica BLOB NOT NULL CONSTRAINT loser_replica CHECK (length(loser_replica) = 16),
    loser_counter INTEGER NOT NULL,
    loser_hlc     INTEGER NOT NULL
);
CREATE INDEX sync_conflict_cell ON sync_conflict(table_name, row_key, column_name);
-- Losers travel with the dots they belong to (a peer that only receives the winner of a
-- field must still learn that another value lost).
CREATE INDEX sync_conflict_dot ON sync_conflict(loser_replica, loser_counter);

-- Deleted entity rows, by a hash of table and key, so that they never come back from a
-- replica that had not yet seen the deletion. The same on every replica, like the
-- conflicts, and like them sync state left out of Schema::replicatedTables.
CREATE TABLE sync_tombstone (
    key_hash   BLOB PRIMARY KEY CONSTRAINT key_hash CHECK (typeof(key_hash) = 'blob' AND length(key_hash) = 16),
    table_name TEXT NOT NULL
);
