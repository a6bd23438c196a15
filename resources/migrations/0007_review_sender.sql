-- Passerelle schema 7: the review queue keeps the bundle that brought each set-aside row.
--
-- Until now ReviewQueue guessed the sending device from sync_applied_bundle: the sender of
-- the bundle applied at the row's millisecond. Two bundles applied in the same millisecond
-- (a sync folder holding the laptop's and the other office's) left the device unnamed, and
-- a coordinator must know which laptop or office PC sent the record. The merge now writes
-- the header's sender and bundle id with the row.
--
-- NULL for rows set aside before this upgrade (ReviewQueue still infers their device) and
-- for a merge run without a bundle header (tests and benchmarks merging records directly).
-- bundle_id names the sync_applied_bundle row of the merge, without a foreign key: a
-- merge writes its review rows and its applied mark in one transaction in either order, and
-- a bookkeeping row of this replica is never a reason to refuse setting a record aside.
ALTER TABLE local_sync_review ADD COLUMN sender_id BLOB
    CONSTRAINT sender_id CHECK (sender_id IS NULL OR length(sender_id) = 16);
ALTER TABLE local_sync_review ADD COLUMN bundle_id BLOB
    CONSTRAINT bundle_id CHECK (bundle_id IS NULL OR length(bundle_id) = 16);
