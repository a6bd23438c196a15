-- Passerelle schema, version 2: what the case list needs to search, filter and sort
-- 100 000 cases as fast as a person types.
--
-- Replica-local derived data. Tables whose name starts with `local_` are computed from the
-- replicated tables and kept current by the triggers below. They are never exported nor
-- replicated (Schema::replicatedTables leaves them out): each replica derives its own, and
-- rows received from elsewhere go through the same triggers. They copy personal data (the
-- names of people, for search) within the file that already holds it; secure_delete zeroes
-- what they free, as everywhere else.
--
-- local_case_list: one row per case with what the list shows, filters and sorts on. The
-- list draws on six tables (the main person's code, the household's commune and landlord,
-- the referring partner's name, the date of the last status change…); listing 100 000
-- cases a page at a time in the order of any of these needs each of them in an index,
-- which only a table of their own can hold. The indexes are partial on `archived = 0`, as
-- the list is, and end with case_id: the tie-break of every order and of the keyset cursor.
--
-- local_case_search: full-text index (FTS5) over the number, the people (code, first and
-- last name of every person of the case), the commune and the referring partner. It keeps
-- no copy of the text (external content: local_case_list). Case and accents are folded
-- (unicode61, remove_diacritics 2); prefix indexes of 1 and 2 characters keep the first
-- keystrokes of a search as fast as the next ones.
--
-- Text columns hold '' rather than NULL: a keyset cursor compares row values, and NULL
-- compares as unknown. Sort keys of free text (*_key) fold case and the accents of French
-- (SQLite's lower() folds ASCII only), so that Épinal sorts among the E. They are plain
-- columns set by a trigger when their source changes, not generated columns: SQLite
-- computes every generated column again on any UPDATE of the row, and this fold costs 36
-- calls of replace() — it made each recorded status change three times slower.
--
-- Triggers never assume an order of arrival: an import defers foreign keys, so a case may
-- come before its household or its people. Every trigger recomputes from the current
-- state of the sources, and inserting a parent refreshes the cases that point to it.

CREATE TABLE local_case_list (
    entry_id         INTEGER PRIMARY KEY,   -- an alias of rowid, kept by VACUUM: the FTS rowid
    case_id          BLOB NOT NULL,
    programme_id     BLOB NOT NULL,
    status           TEXT NOT NULL,
    number           TEXT NOT NULL,
    identified_on    TEXT NOT NULL,
    closed_on        TEXT,
    archived         INTEGER NOT NULL,
    programme_name   TEXT NOT NULL,
    main_person_code TEXT NOT NULL,
    people           TEXT NOT NULL,
    commune          TEXT NOT NULL,
    landlord_id      BLOB,
    referral_partner TEXT NOT NULL,
    last_change_on   TEXT NOT NULL,
    programme_key    TEXT,
    commune_key      TEXT,
    partner_key      TEXT,
    -- the order a case goes through, not the alphabetical order of the codes
    status_rank      INTEGER GENERATED ALWAYS AS (
        CASE status WHEN 'identified' THEN 1 WHEN 'oriented' THEN 2
                    WHEN 'accompanied' THEN 3 WHEN 'closed' THEN 4 ELSE 5 END) VIRTUAL
);

------------------------------------------------------------------ sort keys follow their source
CREATE TRIGGER local_case_list_keys_ai AFTER INSERT ON local_case_list BEGIN
    UPDATE local_case_list
       SET programme_key = (SELECT lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
                    'à', 'a'), 'â', 'a'), 'ä', 'a'), 'ç', 'c'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'î', 'i'),
                    'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ÿ', 'y'), 'œ', 'oe'), 'æ', 'ae'))
                 FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.programme_name,
                    'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Ç', 'c'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Î', 'i'),
                    'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ÿ', 'y'), 'Œ', 'oe'), 'Æ', 'ae') AS s)),
           commune_key = (SELECT lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
                    'à', 'a'), 'â', 'a'), 'ä', 'a'), 'ç', 'c'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'î', 'i'),
                    'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ÿ', 'y'), 'œ', 'oe'), 'æ', 'ae'))
                 FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.commune,
                    'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Ç', 'c'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Î', 'i'),
                    'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ÿ', 'y'), 'Œ', 'oe'), 'Æ', 'ae') AS s)),
           partner_key = (SELECT lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
                    'à', 'a'), 'â', 'a'), 'ä', 'a'), 'ç', 'c'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'î', 'i'),
                    'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ÿ', 'y'), 'œ', 'oe'), 'æ', 'ae'))
                 FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.referral_partner,
                    'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Ç', 'c'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Î', 'i'),
                    'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ÿ', 'y'), 'Œ', 'oe'), 'Æ', 'ae') AS s))
     WHERE entry_id = NEW.entry_id;
END;
CREATE TRIGGER local_case_list_keys_au AFTER UPDATE OF programme_name, commune, referral_partner
        ON local_case_list
        WHEN OLD.programme_name IS NOT NEW.programme_name OR OLD.commune IS NOT NEW.commune
          OR OLD.referral_partner IS NOT NEW.referral_partner
BEGIN
    UPDATE local_case_list
       SET programme_key = (SELECT lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
                    'à', 'a'), 'â', 'a'), 'ä', 'a'), 'ç', 'c'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'î', 'i'),
                    'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ÿ', 'y'), 'œ', 'oe'), 'æ', 'ae'))
                 FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.programme_name,
                    'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Ç', 'c'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Î', 'i'),
                    'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ÿ', 'y'), 'Œ', 'oe'), 'Æ', 'ae') AS s)),
           commune_key = (SELECT lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
                    'à', 'a'), 'â', 'a'), 'ä', 'a'), 'ç', 'c'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'î', 'i'),
                    'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ÿ', 'y'), 'œ', 'oe'), 'æ', 'ae'))
                 FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.commune,
                    'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Ç', 'c'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Î', 'i'),
                    'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ÿ', 'y'), 'Œ', 'oe'), 'Æ', 'ae') AS s)),
           partner_key = (SELECT lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
                    'à', 'a'), 'â', 'a'), 'ä', 'a'), 'ç', 'c'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'î', 'i'),
                    'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ÿ', 'y'), 'œ', 'oe'), 'æ', 'ae'))
                 FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.referral_partner,
                    'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Ç', 'c'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'Î', 'i'),
                    'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ÿ', 'y'), 'Œ', 'oe'), 'Æ', 'ae') AS s))
     WHERE entry_id = NEW.entry_id;
END;

INSERT INTO local_case_list (case_id, programme_id, status, number, identified_on, closed_on, archived, programme_name,
        main_person_code, people, commune, landlord_id, referral_partner, last_change_on)
    SELECT c.id, c.programme_id, c.status, c.number, c.identified_on, c.closed_on,
           c.archived_at IS NOT NULL,
           coalesce((SELECT p.name FROM programme p WHERE p.id = c.programme_id), ''),
           coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = c.id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = c.id AND pe.archived_at IS NULL), ''),
           coalesce((SELECT h.commune FROM household h WHERE h.id = c.household_id), ''),
           (SELECT h.landlord_partner_id FROM household h WHERE h.id = c.household_id),
           coalesce((SELECT pa.name FROM partner pa WHERE pa.id = c.referral_partner_id), ''),
           coalesce((SELECT max(sc.changed_on) FROM case_status_change sc
                 WHERE sc.case_id = c.id AND sc.archived_at IS NULL),
                CASE c.status WHEN 'closed' THEN c.closed_on
                               WHEN 'accompanied' THEN c.accompanied_on
                               WHEN 'oriented' THEN c.oriented_on
                               ELSE c.identified_on END)
      FROM case_file c;

CREATE UNIQUE INDEX local_case_list_case ON local_case_list(case_id);
-- Filters, in the default order (most recently identified first).
CREATE INDEX local_case_list_identified ON local_case_list(identified_on, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_programme ON local_case_list(programme_id, identified_on, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_status ON local_case_list(status, identified_on, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_landlord ON local_case_list(landlord_id, identified_on, case_id) WHERE archived = 0;
-- Sortable columns.
CREATE INDEX local_case_list_by_number ON local_case_list(number, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_by_programme ON local_case_list(programme_key, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_by_status ON local_case_list(status_rank, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_by_person ON local_case_list(main_person_code, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_by_commune ON local_case_list(commune_key, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_by_partner ON local_case_list(partner_key, case_id) WHERE archived = 0;
CREATE INDEX local_case_list_by_last_change ON local_case_list(last_change_on, case_id) WHERE archived = 0;
-- The cases a worker is assigned to now: the worker filter.
CREATE INDEX case_worker_open ON case_worker(worker_id, case_id) WHERE unassigned_on IS NULL;

CREATE VIRTUAL TABLE local_case_search USING fts5(
    number, people, commune, referral_partner,
    content = 'local_case_list', content_rowid = 'entry_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
INSERT INTO local_case_search(local_case_search) VALUES ('rebuild');

------------------------------------------------------------------ the search index follows the list
CREATE TRIGGER local_case_list_search_ai AFTER INSERT ON local_case_list BEGIN
    INSERT INTO local_case_search(rowid, number, people, commune, referral_partner)
        VALUES (NEW.entry_id, NEW.number, NEW.people, NEW.commune, NEW.referral_partner);
END;
CREATE TRIGGER local_case_list_search_ad AFTER DELETE ON local_case_list BEGIN
    INSERT INTO local_case_search(local_case_search, rowid, number, people, commune, referral_partner)
        VALUES ('delete', OLD.entry_id, OLD.number, OLD.people, OLD.commune, OLD.referral_partner);
END;
CREATE TRIGGER local_case_list_search_au AFTER UPDATE OF number, people, commune, referral_partner
        ON local_case_list
        WHEN OLD.number IS NOT NEW.number OR OLD.people IS NOT NEW.people
          OR OLD.commune IS NOT NEW.commune OR OLD.referral_partner IS NOT NEW.referral_partner
BEGIN
    INSERT INTO local_case_search(local_case_search, rowid, number, people, commune, referral_partner)
        VALUES ('delete', OLD.entry_id, OLD.number, OLD.people, OLD.commune, OLD.referral_partner);
    INSERT INTO local_case_search(rowid, number, people, commune, referral_partner)
        VALUES (NEW.entry_id, NEW.number, NEW.people, NEW.commune, NEW.referral_partner);
END;

------------------------------------------------------------------ the list follows the cases
CREATE TRIGGER case_file_local_ai AFTER INSERT ON case_file BEGIN
    DELETE FROM local_case_list WHERE case_id = NEW.id;
    INSERT INTO local_case_list (case_id, programme_id, status, number, identified_on, closed_on, archived, programme_name,
        main_person_code, people, commune, landlord_id, referral_partner, last_change_on)
    SELECT NEW.id, NEW.programme_id, NEW.status, NEW.number, NEW.identified_on, NEW.closed_on,
           NEW.archived_at IS NOT NULL,
           coalesce((SELECT p.name FROM programme p WHERE p.id = NEW.programme_id), ''),
           coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = NEW.id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = NEW.id AND pe.archived_at IS NULL), ''),
           coalesce((SELECT h.commune FROM household h WHERE h.id = NEW.household_id), ''),
           (SELECT h.landlord_partner_id FROM household h WHERE h.id = NEW.household_id),
           coalesce((SELECT pa.name FROM partner pa WHERE pa.id = NEW.referral_partner_id), ''),
           coalesce((SELECT max(sc.changed_on) FROM case_status_change sc
                 WHERE sc.case_id = NEW.id AND sc.archived_at IS NULL),
                CASE NEW.status WHEN 'closed' THEN NEW.closed_on
                               WHEN 'accompanied' THEN NEW.accompanied_on
                               WHEN 'oriented' THEN NEW.oriented_on
                               ELSE NEW.identified_on END);
END;
-- Notes and needs change often and show nowhere in the list: they do not fire this.
CREATE TRIGGER case_file_local_au AFTER UPDATE OF id, programme_id, number, household_id, status,
        identified_on, oriented_on, accompanied_on, closed_on, referral_partner_id, archived_at
        ON case_file
BEGIN
    DELETE FROM local_case_list WHERE case_id = OLD.id AND OLD.id IS NOT NEW.id;
    UPDATE local_case_list SET (case_id, programme_id, status, number, identified_on, closed_on, archived, programme_name,
        main_person_code, people, commune, landlord_id, referral_partner, last_change_on) = (
    SELECT NEW.id, NEW.programme_id, NEW.status, NEW.number, NEW.identified_on, NEW.closed_on,
           NEW.archived_at IS NOT NULL,
           coalesce((SELECT p.name FROM programme p WHERE p.id = NEW.programme_id), ''),
           coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = NEW.id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = NEW.id AND pe.archived_at IS NULL), ''),
           coalesce((SELECT h.commune FROM household h WHERE h.id = NEW.household_id), ''),
           (SELECT h.landlord_partner_id FROM household h WHERE h.id = NEW.household_id),
           coalesce((SELECT pa.name FROM partner pa WHERE pa.id = NEW.referral_partner_id), ''),
           coalesce((SELECT max(sc.changed_on) FROM case_status_change sc
                 WHERE sc.case_id = NEW.id AND sc.archived_at IS NULL),
                CASE NEW.status WHEN 'closed' THEN NEW.closed_on
                               WHEN 'accompanied' THEN NEW.accompanied_on
                               WHEN 'oriented' THEN NEW.oriented_on
                               ELSE NEW.identified_on END))
     WHERE case_id = NEW.id;
    INSERT INTO local_case_list (case_id, programme_id, status, number, identified_on, closed_on, archived, programme_name,
        main_person_code, people, commune, landlord_id, referral_partner, last_change_on)
    SELECT NEW.id, NEW.programme_id, NEW.status, NEW.number, NEW.identified_on, NEW.closed_on,
           NEW.archived_at IS NOT NULL,
           coalesce((SELECT p.name FROM programme p WHERE p.id = NEW.programme_id), ''),
           coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = NEW.id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = NEW.id AND pe.archived_at IS NULL), ''),
           coalesce((SELECT h.commune FROM household h WHERE h.id = NEW.household_id), ''),
           (SELECT h.landlord_partner_id FROM household h WHERE h.id = NEW.household_id),
           coalesce((SELECT pa.name FROM partner pa WHERE pa.id = NEW.referral_partner_id), ''),
           coalesce((SELECT max(sc.changed_on) FROM case_status_change sc
                 WHERE sc.case_id = NEW.id AND sc.archived_at IS NULL),
                CASE NEW.status WHEN 'closed' THEN NEW.closed_on
                               WHEN 'accompanied' THEN NEW.accompanied_on
                               WHEN 'oriented' THEN NEW.oriented_on
                               ELSE NEW.identified_on END)
     WHERE NOT EXISTS (SELECT 1 FROM local_case_list WHERE case_id = NEW.id);
END;
CREATE TRIGGER case_file_local_ad AFTER DELETE ON case_file BEGIN
    DELETE FROM local_case_list WHERE case_id = OLD.id;
END;

------------------------------------------------------------------ people of a case
CREATE TRIGGER case_person_local_ai AFTER INSERT ON case_person BEGIN
    UPDATE local_case_list
       SET main_person_code = coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = NEW.case_id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           people = coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = NEW.case_id AND pe.archived_at IS NULL), '')
     WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_person_local_au AFTER UPDATE ON case_person BEGIN
    UPDATE local_case_list
       SET main_person_code = coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = local_case_list.case_id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           people = coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = local_case_list.case_id AND pe.archived_at IS NULL), '')
     WHERE case_id IN (OLD.case_id, NEW.case_id);
END;
CREATE TRIGGER case_person_local_ad AFTER DELETE ON case_person BEGIN
    UPDATE local_case_list
       SET main_person_code = coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = OLD.case_id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           people = coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = OLD.case_id AND pe.archived_at IS NULL), '')
     WHERE case_id = OLD.case_id;
END;
CREATE TRIGGER person_local_ai AFTER INSERT ON person BEGIN
    UPDATE local_case_list
       SET main_person_code = coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = local_case_list.case_id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           people = coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = local_case_list.case_id AND pe.archived_at IS NULL), '')
     WHERE case_id IN (SELECT case_id FROM case_person WHERE person_id = NEW.id);
END;
CREATE TRIGGER person_local_au AFTER UPDATE OF id, code, first_name, last_name, archived_at ON person BEGIN
    UPDATE local_case_list
       SET main_person_code = coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = local_case_list.case_id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           people = coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = local_case_list.case_id AND pe.archived_at IS NULL), '')
     WHERE case_id IN (SELECT case_id FROM case_person WHERE person_id IN (OLD.id, NEW.id));
END;
-- Erasing a person erases their name from the search index too.
CREATE TRIGGER person_local_ad AFTER DELETE ON person BEGIN
    UPDATE local_case_list
       SET main_person_code = coalesce((SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                WHERE cp.case_id = local_case_list.case_id AND cp.role = 'main' AND pe.archived_at IS NULL
                ORDER BY pe.code LIMIT 1), ''),
           people = coalesce((SELECT group_concat(pe.code || ' ' || coalesce(pe.first_name, '') || ' '
                                   || coalesce(pe.last_name, ''), ' ')
                  FROM case_person cp JOIN person pe ON pe.id = cp.person_id
                 WHERE cp.case_id = local_case_list.case_id AND pe.archived_at IS NULL), '')
     WHERE case_id IN (SELECT case_id FROM case_person WHERE person_id = OLD.id);
END;

------------------------------------------------------------------ households, partners, programmes
CREATE TRIGGER household_local_ai AFTER INSERT ON household BEGIN
    UPDATE local_case_list SET commune = coalesce(NEW.commune, ''), landlord_id = NEW.landlord_partner_id
     WHERE case_id IN (SELECT id FROM case_file WHERE household_id = NEW.id);
END;
CREATE TRIGGER household_local_au AFTER UPDATE OF commune, landlord_partner_id ON household BEGIN
    UPDATE local_case_list SET commune = coalesce(NEW.commune, ''), landlord_id = NEW.landlord_partner_id
     WHERE case_id IN (SELECT id FROM case_file WHERE household_id = NEW.id);
END;
CREATE TRIGGER partner_local_ai AFTER INSERT ON partner BEGIN
    UPDATE local_case_list SET referral_partner = NEW.name
     WHERE case_id IN (SELECT id FROM case_file WHERE referral_partner_id = NEW.id);
END;
CREATE TRIGGER partner_local_au AFTER UPDATE OF name ON partner BEGIN
    UPDATE local_case_list SET referral_partner = NEW.name
     WHERE case_id IN (SELECT id FROM case_file WHERE referral_partner_id = NEW.id);
END;
CREATE TRIGGER programme_local_ai AFTER INSERT ON programme BEGIN
    UPDATE local_case_list SET programme_name = NEW.name WHERE programme_id = NEW.id;
END;
CREATE TRIGGER programme_local_au AFTER UPDATE OF name ON programme BEGIN
    UPDATE local_case_list SET programme_name = NEW.name WHERE programme_id = NEW.id;
END;

------------------------------------------------------------------ status history
CREATE TRIGGER case_status_change_local_ai AFTER INSERT ON case_status_change BEGIN
    UPDATE local_case_list SET last_change_on = (
        SELECT coalesce((SELECT max(sc.changed_on) FROM case_status_change sc
                 WHERE sc.case_id = c.id AND sc.archived_at IS NULL),
                CASE c.status WHEN 'closed' THEN c.closed_on
                               WHEN 'accompanied' THEN c.accompanied_on
                               WHEN 'oriented' THEN c.oriented_on
                               ELSE c.identified_on END) FROM case_file c WHERE c.id = NEW.case_id)
     WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_status_change_local_au AFTER UPDATE OF case_id, changed_on, archived_at
        ON case_status_change
BEGIN
    UPDATE local_case_list SET last_change_on = (
        SELECT coalesce((SELECT max(sc.changed_on) FROM case_status_change sc
                 WHERE sc.case_id = c.id AND sc.archived_at IS NULL),
                CASE c.status WHEN 'closed' THEN c.closed_on
                               WHEN 'accompanied' THEN c.accompanied_on
                               WHEN 'oriented' THEN c.oriented_on
                               ELSE c.identified_on END) FROM case_file c WHERE c.id = local_case_list.case_id)
     WHERE case_id IN (OLD.case_id, NEW.case_id);
END;
CREATE TRIGGER case_status_change_local_ad AFTER DELETE ON case_status_change BEGIN
    UPDATE local_case_list SET last_change_on = (
        SELECT coalesce((SELECT max(sc.changed_on) FROM case_status_change sc
                 WHERE sc.case_id = c.id AND sc.archived_at IS NULL),
                CASE c.status WHEN 'closed' THEN c.closed_on
                               WHEN 'accompanied' THEN c.accompanied_on
                               WHEN 'oriented' THEN c.oriented_on
                               ELSE c.identified_on END) FROM case_file c WHERE c.id = OLD.case_id)
     WHERE case_id = OLD.case_id;
END;
