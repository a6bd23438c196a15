-- Passerelle schema: free-text sections of the annual review, and the indexes the
-- indicator engine's aggregates need.
--
-- review_section: "faits marquants", "limites", "perspectives" written by the coordinator
-- for one action sheet and one period. Like indicator_value it is a cell keyed by what it
-- fills (sheet, period, section), WITHOUT ROWID: two replicas that write the same section
-- converge on one row (the later updated_at wins) instead of creating twins. Emptying a
-- section stores '' rather than deleting the row, so that the emptying travels too.
CREATE TABLE review_section (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    period_start    TEXT NOT NULL CONSTRAINT period_start CHECK (period_start = date(period_start)),
    period_end      TEXT NOT NULL CONSTRAINT period_end CHECK (period_end = date(period_end) AND period_end >= period_start),
    section         TEXT NOT NULL CONSTRAINT section CHECK (section IN ('highlights', 'limits', 'outlook')),
    text            TEXT NOT NULL CONSTRAINT text CHECK (length(text) <= 20000),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (action_sheet_id, period_start, period_end, section)
) WITHOUT ROWID;
