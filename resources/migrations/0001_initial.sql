-- Passerelle schema, version 1.
--
-- Conventions (see README "Data model"):
--  * Entity tables: `id` is a UUIDv7 stored as a 16-byte BLOB; `created_at` / `updated_at`
--    are Unix milliseconds UTC; `archived_at` closes a record instead of deleting it.
--  * Association tables (a set of links between two entities, or an entity and a code) are
--    keyed by the pair itself, WITHOUT ROWID: two replicas that add the same link converge
--    on one row instead of creating duplicates.
--  * Reference lists: one table `ref_<list>` each, keyed by a stable text code shipped
--    identically to every replica, so domain columns carry real foreign keys.
--  * Business dates are ISO text 'YYYY-MM-DD' (checked with date()), times 'HH:MM',
--    money in euro cents.
--  * Named CHECK constraints carry the column name, so a refused write names its field.

-- Replica-local facts (never exported, never replicated).
CREATE TABLE replica_meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

------------------------------------------------------------------ reference lists
CREATE TABLE ref_partner_type        (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_problem_typology    (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_intervention_type   (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_channel             (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_prs_axis            (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_prse3_axis          (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_outcome_dimension   (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_commission_decision (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_result_category     (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_action_typology     (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_determinant         (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_action_type         (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_public_category     (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_theme               (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_place_type          (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_close_reason        (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_eviction_stage      (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_household_relation  (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_participant_typology(code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;
CREATE TABLE ref_material_type       (code TEXT PRIMARY KEY CONSTRAINT code CHECK (length(code) BETWEEN 1 AND 40), label_fr TEXT NOT NULL CONSTRAINT label_fr CHECK (length(trim(label_fr)) > 0), label_en TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, archived_at INTEGER) WITHOUT ROWID;

------------------------------------------------------------------ organisation, programmes
CREATE TABLE organisation (
    id          BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    name        TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    short_name  TEXT,
    commune     TEXT,
    department  TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    archived_at INTEGER
);

CREATE TABLE programme (
    id              BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    organisation_id BLOB NOT NULL REFERENCES organisation(id),
    -- short code used in human case numbers, e.g. PA in PA-2025-0017
    code            TEXT NOT NULL CONSTRAINT code CHECK (code GLOB '[A-Z][A-Z0-9]*' AND length(code) <= 8),
    name            TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    description     TEXT,
    territory       TEXT,
    start_date      TEXT CONSTRAINT start_date CHECK (start_date IS NULL OR start_date = date(start_date)),
    end_date        TEXT CONSTRAINT end_date CHECK (end_date IS NULL OR (end_date = date(end_date) AND (start_date IS NULL OR end_date >= start_date))),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived_at     INTEGER
);
CREATE INDEX programme_organisation ON programme(organisation_id);

------------------------------------------------------------------ partners, workers
CREATE TABLE partner (
    id           BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    name         TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    partner_type TEXT NOT NULL REFERENCES ref_partner_type(code),
    commune      TEXT,
    contact_name TEXT,
    phone        TEXT,
    email        TEXT CONSTRAINT email CHECK (email IS NULL OR email LIKE '%_@_%'),
    notes        TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    archived_at  INTEGER
);
CREATE INDEX partner_type ON partner(partner_type);

CREATE TABLE worker (
    id              BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    organisation_id BLOB NOT NULL REFERENCES organisation(id),
    code            TEXT NOT NULL CONSTRAINT code CHECK (length(trim(code)) > 0),
    display_name    TEXT NOT NULL CONSTRAINT display_name CHECK (length(trim(display_name)) > 0),
    role            TEXT NOT NULL CONSTRAINT role CHECK (role IN ('coordinator', 'professional', 'peer_worker')),
    profession      TEXT,
    fte             REAL NOT NULL DEFAULT 0 CONSTRAINT fte CHECK (fte >= 0 AND fte <= 1.5),
    trained_on      TEXT CONSTRAINT trained_on CHECK (trained_on IS NULL OR trained_on = date(trained_on)),
    active          INTEGER NOT NULL DEFAULT 1 CONSTRAINT active CHECK (active IN (0, 1)),
    email           TEXT,
    phone           TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived_at     INTEGER
);
CREATE INDEX worker_organisation ON worker(organisation_id);

------------------------------------------------------------------ action sheets
CREATE TABLE action_sheet (
    id                    BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    programme_id          BLOB NOT NULL REFERENCES programme(id),
    chained_from_id       BLOB REFERENCES action_sheet(id),
    number                TEXT NOT NULL CONSTRAINT number CHECK (length(trim(number)) > 0),
    title                 TEXT NOT NULL CONSTRAINT title CHECK (length(trim(title)) > 0),
    cls_name              TEXT,
    strategic_axis        TEXT,
    carrier_structure     TEXT,
    carrier_referent      TEXT,
    local_context         TEXT,
    specific_objective    TEXT,
    implementation_steps  TEXT,  -- long description; the dated list is action_sheet_step
    targets_inequalities  INTEGER CONSTRAINT targets_inequalities CHECK (targets_inequalities IN (0, 1)),
    inequalities_detail   TEXT,
    public_policies       TEXT,
    citizen_participation INTEGER CONSTRAINT citizen_participation CHECK (citizen_participation IN (0, 1)),
    citizen_participation_how TEXT,
    public_description    TEXT,
    people_concerned      TEXT,  -- free text in OSCARS ("environ 30 personnes")
    places_description    TEXT,
    start_year            INTEGER CONSTRAINT start_year CHECK (start_year IS NULL OR start_year BETWEEN 1990 AND 2100),
    end_year              INTEGER CONSTRAINT end_year CHECK (end_year IS NULL OR (end_year BETWEEN 1990 AND 2100 AND (start_year IS NULL OR end_year >= start_year))),
    duration_text         TEXT,
    frequency             TEXT CONSTRAINT frequency CHECK (frequency IS NULL OR frequency IN ('one_off', 'repeated')),
    frequency_detail      TEXT,
    geographic_level      TEXT CONSTRAINT geographic_level CHECK (geographic_level IS NULL OR geographic_level IN ('communal', 'intercommunal', 'departmental', 'regional', 'national')),
    department            TEXT,
    prs_programme         TEXT,
    evaluation_method     TEXT,
    contact               TEXT,
    period_start          TEXT CONSTRAINT period_start CHECK (period_start IS NULL OR period_start = date(period_start)),
    period_end            TEXT CONSTRAINT period_end CHECK (period_end IS NULL OR (period_end = date(period_end) AND (period_start IS NULL OR period_end >= period_start))),
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    archived_at           INTEGER
);
CREATE INDEX action_sheet_programme ON action_sheet(programme_id);

-- Checkbox groups of the ARS template: sets of codes per sheet.
CREATE TABLE action_sheet_typology (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_action_typology(code),
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_prs_axis (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_prs_axis(code),
    objective       TEXT,   -- "Objectif 04.0 - Faciliter l'accès aux soins intégrés…"
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_prse3_axis (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_prse3_axis(code),
    objective       TEXT,
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_determinant (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_determinant(code),
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_action_type (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_action_type(code),
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_result_category (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_result_category(code),
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_public_category (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_public_category(code),
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_theme (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_theme(code),
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_place_type (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    code            TEXT NOT NULL REFERENCES ref_place_type(code),
    PRIMARY KEY (action_sheet_id, code)
) WITHOUT ROWID;
CREATE TABLE action_sheet_commune (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    commune         TEXT NOT NULL CONSTRAINT commune CHECK (length(trim(commune)) > 0),
    PRIMARY KEY (action_sheet_id, commune)
) WITHOUT ROWID;
CREATE TABLE action_sheet_partner (
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    partner_id      BLOB NOT NULL REFERENCES partner(id),
    role            TEXT,
    PRIMARY KEY (action_sheet_id, partner_id)
) WITHOUT ROWID;

-- Ordered, dated lists of the sheet.
CREATE TABLE action_sheet_objective (
    id              BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    position        INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL CONSTRAINT text CHECK (length(trim(text)) > 0),
    due_date        TEXT CONSTRAINT due_date CHECK (due_date IS NULL OR due_date = date(due_date)),
    due_text        TEXT,   -- "Au premier semestre 2021", "Chaque année"
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived_at     INTEGER
);
CREATE INDEX action_sheet_objective_sheet ON action_sheet_objective(action_sheet_id);

CREATE TABLE action_sheet_step (
    id              BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    position        INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL CONSTRAINT text CHECK (length(trim(text)) > 0),
    due_date        TEXT CONSTRAINT due_date CHECK (due_date IS NULL OR due_date = date(due_date)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived_at     INTEGER
);
CREATE INDEX action_sheet_step_sheet ON action_sheet_step(action_sheet_id);

------------------------------------------------------------------ indicators, funding
CREATE TABLE indicator (
    id              BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    action_sheet_id BLOB NOT NULL REFERENCES action_sheet(id),
    kind            TEXT NOT NULL CONSTRAINT kind CHECK (kind IN ('process', 'result', 'impact')),
    position        INTEGER NOT NULL DEFAULT 0,
    label           TEXT NOT NULL CONSTRAINT label CHECK (length(trim(label)) > 0),
    -- how the value is computed (JSON); NULL = entered by hand. Filled by the indicator engine.
    definition      TEXT CONSTRAINT definition CHECK (definition IS NULL OR json_valid(definition)),
    target          TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived_at     INTEGER
);
CREATE INDEX indicator_sheet ON indicator(action_sheet_id);

-- A value entered by hand for one period: keyed by the cell it fills.
CREATE TABLE indicator_value (
    indicator_id BLOB NOT NULL REFERENCES indicator(id),
    period_start TEXT NOT NULL CONSTRAINT period_start CHECK (period_start = date(period_start)),
    period_end   TEXT NOT NULL CONSTRAINT period_end CHECK (period_end = date(period_end) AND period_end >= period_start),
    value        REAL,
    text_value   TEXT,
    comment      TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, period_start, period_end)
) WITHOUT ROWID;

CREATE TABLE funding (
    id              BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    programme_id    BLOB NOT NULL REFERENCES programme(id),
    action_sheet_id BLOB REFERENCES action_sheet(id),
    funder          TEXT NOT NULL CONSTRAINT funder CHECK (length(trim(funder)) > 0),
    funder_partner_id BLOB REFERENCES partner(id),
    year            INTEGER NOT NULL CONSTRAINT year CHECK (year BETWEEN 1990 AND 2100),
    amount_cents    INTEGER NOT NULL CONSTRAINT amount_cents CHECK (amount_cents >= 0),
    note            TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived_at     INTEGER
);
CREATE INDEX funding_programme ON funding(programme_id, year);
CREATE INDEX funding_sheet ON funding(action_sheet_id);

CREATE TABLE communication_material (
    id                   BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    programme_id         BLOB NOT NULL REFERENCES programme(id),
    material_type        TEXT NOT NULL REFERENCES ref_material_type(code),
    title                TEXT NOT NULL CONSTRAINT title CHECK (length(trim(title)) > 0),
    quantity_made        INTEGER NOT NULL DEFAULT 0 CONSTRAINT quantity_made CHECK (quantity_made >= 0),
    quantity_distributed INTEGER NOT NULL DEFAULT 0 CONSTRAINT quantity_distributed CHECK (quantity_distributed >= 0 AND quantity_distributed <= quantity_made),
    made_on              TEXT NOT NULL CONSTRAINT made_on CHECK (made_on = date(made_on)),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    archived_at          INTEGER
);
CREATE INDEX communication_material_programme ON communication_material(programme_id, made_on);

------------------------------------------------------------------ households and people
CREATE TABLE household (
    id                  BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    code                TEXT NOT NULL CONSTRAINT code CHECK (length(trim(code)) > 0),
    landlord_partner_id BLOB REFERENCES partner(id),
    housing_kind        TEXT CONSTRAINT housing_kind CHECK (housing_kind IS NULL OR housing_kind IN ('social_rental', 'private_rental', 'owner', 'hosted', 'shelter', 'residence', 'none', 'other')),
    commune             TEXT,
    qpv                 INTEGER CONSTRAINT qpv CHECK (qpv IN (0, 1)),
    tenancy_start       TEXT CONSTRAINT tenancy_start CHECK (tenancy_start IS NULL OR tenancy_start = date(tenancy_start)),
    rent_arrears_cents  INTEGER NOT NULL DEFAULT 0 CONSTRAINT rent_arrears_cents CHECK (rent_arrears_cents >= 0),
    repayment_plan      INTEGER NOT NULL DEFAULT 0 CONSTRAINT repayment_plan CHECK (repayment_plan IN (0, 1)),
    eviction_stage      TEXT REFERENCES ref_eviction_stage(code),
    composition_note    TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    archived_at         INTEGER
);
CREATE INDEX household_landlord ON household(landlord_partner_id);

CREATE TABLE person (
    id           BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    -- pseudonymous code: the only identity a report ever shows
    code         TEXT NOT NULL CONSTRAINT code CHECK (length(trim(code)) > 0),
    first_name   TEXT,
    last_name    TEXT,
    birth_year   INTEGER CONSTRAINT birth_year CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    sex          TEXT CONSTRAINT sex CHECK (sex IS NULL OR sex IN ('f', 'm', 'x')),
    household_id BLOB REFERENCES household(id),
    relation     TEXT REFERENCES ref_household_relation(code),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    archived_at  INTEGER
);
CREATE INDEX person_household ON person(household_id);
CREATE INDEX person_code ON person(code);

------------------------------------------------------------------ cases
CREATE TABLE case_file (
    id                  BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    programme_id        BLOB NOT NULL REFERENCES programme(id),
    -- human number, e.g. PA-2025-0017: shown and searched, never a key
    number              TEXT NOT NULL CONSTRAINT number CHECK (length(trim(number)) > 0),
    household_id        BLOB REFERENCES household(id),
    status              TEXT NOT NULL CONSTRAINT status CHECK (status IN ('identified', 'oriented', 'accompanied', 'closed')),
    identified_on       TEXT NOT NULL CONSTRAINT identified_on CHECK (identified_on = date(identified_on)),
    oriented_on         TEXT CONSTRAINT oriented_on CHECK (oriented_on IS NULL OR (oriented_on = date(oriented_on) AND oriented_on >= identified_on)),
    accompanied_on      TEXT CONSTRAINT accompanied_on CHECK (accompanied_on IS NULL OR (accompanied_on = date(accompanied_on) AND accompanied_on >= identified_on)),
    closed_on           TEXT CONSTRAINT closed_on CHECK (closed_on IS NULL OR (closed_on = date(closed_on) AND closed_on >= identified_on)),
    close_reason        TEXT REFERENCES ref_close_reason(code),
    referral_partner_id BLOB REFERENCES partner(id),
    referral_date       TEXT CONSTRAINT referral_date CHECK (referral_date IS NULL OR referral_date = date(referral_date)),
    referral_reason     TEXT,
    needs_person        TEXT,
    needs_professional  TEXT,
    notes               TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    archived_at         INTEGER,
    CONSTRAINT closed_on CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
    CONSTRAINT close_reason CHECK ((status = 'closed') = (close_reason IS NOT NULL)),
    CONSTRAINT accompanied_on CHECK (status NOT IN ('accompanied') OR accompanied_on IS NOT NULL)
);
CREATE INDEX case_file_programme_status ON case_file(programme_id, status);
CREATE INDEX case_file_number ON case_file(number);
CREATE INDEX case_file_household ON case_file(household_id);
CREATE INDEX case_file_referral_partner ON case_file(referral_partner_id);
CREATE INDEX case_file_identified ON case_file(identified_on);

CREATE TABLE case_person (
    case_id   BLOB NOT NULL REFERENCES case_file(id),
    person_id BLOB NOT NULL REFERENCES person(id),
    role      TEXT NOT NULL DEFAULT 'main' CONSTRAINT role CHECK (role IN ('main', 'member')),
    PRIMARY KEY (case_id, person_id)
) WITHOUT ROWID;
CREATE INDEX case_person_person ON case_person(person_id);

CREATE TABLE case_status_change (
    id          BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    case_id     BLOB NOT NULL REFERENCES case_file(id),
    from_status TEXT CONSTRAINT from_status CHECK (from_status IS NULL OR from_status IN ('identified', 'oriented', 'accompanied', 'closed')),
    to_status   TEXT NOT NULL CONSTRAINT to_status CHECK (to_status IN ('identified', 'oriented', 'accompanied', 'closed')),
    changed_on  TEXT NOT NULL CONSTRAINT changed_on CHECK (changed_on = date(changed_on)),
    reason      TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    archived_at INTEGER
);
CREATE INDEX case_status_change_case ON case_status_change(case_id, changed_on);

-- The accompanying pair (peer worker + professional) and other assigned workers.
CREATE TABLE case_worker (
    case_id       BLOB NOT NULL REFERENCES case_file(id),
    worker_id     BLOB NOT NULL REFERENCES worker(id),
    pair_role     TEXT NOT NULL CONSTRAINT pair_role CHECK (pair_role IN ('peer', 'professional', 'referent')),
    assigned_on   TEXT NOT NULL CONSTRAINT assigned_on CHECK (assigned_on = date(assigned_on)),
    unassigned_on TEXT CONSTRAINT unassigned_on CHECK (unassigned_on IS NULL OR (unassigned_on = date(unassigned_on) AND unassigned_on >= assigned_on)),
    PRIMARY KEY (case_id, worker_id)
) WITHOUT ROWID;
CREATE INDEX case_worker_worker ON case_worker(worker_id);

CREATE TABLE case_partner (
    case_id      BLOB NOT NULL REFERENCES case_file(id),
    partner_id   BLOB NOT NULL REFERENCES partner(id),
    role         TEXT,
    mobilised_on TEXT NOT NULL CONSTRAINT mobilised_on CHECK (mobilised_on = date(mobilised_on)),
    PRIMARY KEY (case_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX case_partner_partner ON case_partner(partner_id);

CREATE TABLE case_problem (
    case_id BLOB NOT NULL REFERENCES case_file(id),
    code    TEXT NOT NULL REFERENCES ref_problem_typology(code),
    PRIMARY KEY (case_id, code)
) WITHOUT ROWID;

------------------------------------------------------------------ interventions
CREATE TABLE intervention (
    id                BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    programme_id      BLOB NOT NULL REFERENCES programme(id),
    date              TEXT NOT NULL CONSTRAINT date CHECK (date = date(date)),
    start_time        TEXT CONSTRAINT start_time CHECK (start_time IS NULL OR (length(start_time) = 5 AND time(start_time || ':00') = start_time || ':00')),
    status            TEXT NOT NULL CONSTRAINT status CHECK (status IN ('planned', 'done', 'cancelled', 'missed')),
    channel           TEXT NOT NULL REFERENCES ref_channel(code),
    intervention_type TEXT NOT NULL REFERENCES ref_intervention_type(code),
    duration_min      INTEGER NOT NULL DEFAULT 0 CONSTRAINT duration_min CHECK (duration_min BETWEEN 0 AND 1440),
    note              TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    archived_at       INTEGER
);
CREATE INDEX intervention_programme_date ON intervention(programme_id, date);
CREATE INDEX intervention_date ON intervention(date);

CREATE TABLE intervention_case (
    intervention_id BLOB NOT NULL REFERENCES intervention(id),
    case_id         BLOB NOT NULL REFERENCES case_file(id),
    PRIMARY KEY (intervention_id, case_id)
) WITHOUT ROWID;
CREATE INDEX intervention_case_case ON intervention_case(case_id);

CREATE TABLE intervention_worker (
    intervention_id BLOB NOT NULL REFERENCES intervention(id),
    worker_id       BLOB NOT NULL REFERENCES worker(id),
    PRIMARY KEY (intervention_id, worker_id)
) WITHOUT ROWID;
CREATE INDEX intervention_worker_worker ON intervention_worker(worker_id);

------------------------------------------------------------------ collective sessions
CREATE TABLE collective_session (
    id           BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    programme_id BLOB NOT NULL REFERENCES programme(id),
    kind         TEXT NOT NULL CONSTRAINT kind CHECK (kind IN ('information_meeting', 'workshop', 'partner_meeting', 'training', 'synthesis_meeting', 'thematic_day', 'commission')),
    title        TEXT,
    date         TEXT NOT NULL CONSTRAINT date CHECK (date = date(date)),
    start_time   TEXT CONSTRAINT start_time CHECK (start_time IS NULL OR (length(start_time) = 5 AND time(start_time || ':00') = start_time || ':00')),
    duration_min INTEGER CONSTRAINT duration_min CHECK (duration_min IS NULL OR duration_min BETWEEN 0 AND 1440),
    status       TEXT NOT NULL DEFAULT 'done' CONSTRAINT status CHECK (status IN ('planned', 'done', 'cancelled')),
    commune      TEXT,
    place        TEXT,
    topics       TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    archived_at  INTEGER
);
CREATE INDEX collective_session_programme_date ON collective_session(programme_id, date);

CREATE TABLE session_participants (
    session_id BLOB NOT NULL REFERENCES collective_session(id),
    typology   TEXT NOT NULL REFERENCES ref_participant_typology(code),
    count      INTEGER NOT NULL CONSTRAINT count CHECK (count >= 0),
    PRIMARY KEY (session_id, typology)
) WITHOUT ROWID;

-- For a commission: each case reviewed and the decision taken.
CREATE TABLE commission_review (
    session_id BLOB NOT NULL REFERENCES collective_session(id),
    case_id    BLOB NOT NULL REFERENCES case_file(id),
    decision   TEXT NOT NULL REFERENCES ref_commission_decision(code),
    note       TEXT,
    PRIMARY KEY (session_id, case_id)
) WITHOUT ROWID;
CREATE INDEX commission_review_case ON commission_review(case_id);

------------------------------------------------------------------ assessments
-- Score scale (documented in README): 1 very unfavourable, 2 unfavourable, 3 mixed,
-- 4 favourable, 5 very favourable. Declared by the person or observed by the team.
CREATE TABLE assessment (
    id          BLOB PRIMARY KEY CONSTRAINT id CHECK (typeof(id) = 'blob' AND length(id) = 16),
    case_id     BLOB NOT NULL REFERENCES case_file(id),
    assessed_on TEXT NOT NULL CONSTRAINT assessed_on CHECK (assessed_on = date(assessed_on)),
    dimension   TEXT NOT NULL REFERENCES ref_outcome_dimension(code),
    score       INTEGER NOT NULL CONSTRAINT score CHECK (score BETWEEN 1 AND 5),
    source      TEXT NOT NULL CONSTRAINT source CHECK (source IN ('person', 'team')),
    note        TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    archived_at INTEGER
);
CREATE INDEX assessment_case ON assessment(case_id, dimension, assessed_on);
