-- Passerelle schema: replica keys, known peers and applied sync bundles.
--
-- All three tables are replica-local: they describe this copy of the data and what it
-- knows of the others, never the organisation's data itself. Schema::replicatedTables
-- leaves them out, so they are never exported, compared nor replicated.
--
-- replica_secret: this replica's key pairs (Ed25519 to sign the bundles it sends, X25519
-- to open the file keys sealed to it), generated with libsodium at first use, not here:
-- SQLite cannot derive a public key. Rows are keyed by name ('sign_secret', 'box_public',
-- …) so that a later key kind needs no migration. The secret keys never leave this table
-- except into locked memory (core/sync/ReplicaKeys), and are never logged. The keys are
-- bound to the replica id they were made for ('owner'): a database that takes a new
-- replica id (a copy detected as such) also takes new keys.
CREATE TABLE replica_secret (
    key   TEXT PRIMARY KEY CONSTRAINT key CHECK (length(key) BETWEEN 1 AND 40),
    value BLOB NOT NULL
) WITHOUT ROWID;

-- replica_peer: the replicas this one has been paired with, and the public keys it
-- checks their bundles against. A peer's keys are pinned at pairing: a bundle signed
-- with any other key is refused. revoked_at marks a lost or retired device whose bundles
-- are refused from then on.
CREATE TABLE replica_peer (
    replica_id      BLOB PRIMARY KEY CONSTRAINT replica_id CHECK (length(replica_id) = 16),
    role            TEXT NOT NULL CONSTRAINT role CHECK (role IN ('office', 'laptop')),
    display_name    TEXT NOT NULL CONSTRAINT display_name CHECK (length(trim(display_name)) BETWEEN 1 AND 200),
    signing_key     BLOB NOT NULL CONSTRAINT signing_key CHECK (length(signing_key) = 32),
    box_key         BLOB NOT NULL CONSTRAINT box_key CHECK (length(box_key) = 32),
    last_contact_at INTEGER,
    revoked_at      INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) WITHOUT ROWID;

-- sync_applied_bundle: every bundle merged here, written in the same transaction as the
-- merge, so that a bundle read twice (a USB key plugged in again, a copy left in a shared
-- folder) changes nothing the second time.
CREATE TABLE sync_applied_bundle (
    bundle_id  BLOB PRIMARY KEY CONSTRAINT bundle_id CHECK (length(bundle_id) = 16),
    sender_id  BLOB NOT NULL CONSTRAINT sender_id CHECK (length(sender_id) = 16),
    applied_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX sync_applied_bundle_sender ON sync_applied_bundle(sender_id, applied_at);
