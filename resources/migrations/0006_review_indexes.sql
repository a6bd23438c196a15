-- Passerelle schema 6: the index the annual review reads interventions through.
--
-- The review's heaviest aggregates (interventions by channel and status, hours, hours by
-- worker role through intervention_worker, the workers of the period) read every
-- intervention of a programme over one or two years. With intervention(programme_id, date)
-- each of those rows was a lookup in the table, whose rows carry the notes: on the
-- 100 000-case file (2 000 000 interventions) the four statements spent about 40 % of their
-- CPU time there. This index holds every column they read, so they never touch the table.
-- It replaces the old one (same leading columns): one index to maintain on each write,
-- not two. An index is no replicated change: the sync capture triggers list columns only.
DROP INDEX intervention_programme_date;
CREATE INDEX intervention_programme_date
    ON intervention(programme_id, date, status, channel, duration_min, archived_at, id);
