-- The registry for any pair of countries (issue 9 §3), and one stored truth per record.
-- Portable between H2 (MODE=PostgreSQL, DATABASE_TO_LOWER=TRUE) and PostgreSQL 14.
--
-- 1. Every record belongs to a pair, written A-B in ISO3 codes (KAZ-IRN). The registry held only
--    the Kazakhstan–Iran records before, so existing rows become KAZ-IRN; new rows name their pair.
--    The pair lives in its column (lists filter on it), not in the body.
-- 2. A decision's owners and a session's co-chairs are kept per side, keyed by the side's ISO3
--    code: {"owners":{"KAZ":…,"IRN":…}} replaces "ownerKaz" and "ownerIrn" in the body. Bodies are
--    written by Jackson, one record component after the other in declaration order (ownerKaz,
--    ownerIrn, deadline; coChairKaz, coChairIrn, outcomes), and a quote inside a text value is
--    escaped (\"), so these exact key texts occur only as keys. Agreement actions keep their party
--    text: KAZ and IRN are the country codes they always meant, BOTH stays both.
-- 3. A session's number is unique within its pair, no longer across the store.
-- 4. The child tables (agreement actions, indicator actuals, project stages, links, sources) were
--    written beside the body and never read: the body is the record, so they go.

ALTER TABLE agreement ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE commission_session ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE commission_decision ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE indicator ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE project ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE organisation ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE partner_request ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE registry_event ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;
ALTER TABLE heritage_item ADD COLUMN pair VARCHAR(7) DEFAULT 'KAZ-IRN' NOT NULL;

ALTER TABLE agreement ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE commission_session ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE commission_decision ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE indicator ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE project ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE organisation ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE partner_request ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE registry_event ALTER COLUMN pair DROP DEFAULT;
ALTER TABLE heritage_item ALTER COLUMN pair DROP DEFAULT;

UPDATE commission_decision SET body =
  REPLACE(REPLACE(REPLACE(body,
    '"ownerKaz":', '"owners":{"KAZ":'),
    ',"ownerIrn":', ',"IRN":'),
    ',"deadline":', '},"deadline":')
  WHERE body LIKE '%"ownerKaz":%';

UPDATE commission_session SET body =
  REPLACE(REPLACE(REPLACE(body,
    '"coChairKaz":', '"coChairs":{"KAZ":'),
    ',"coChairIrn":', ',"IRN":'),
    ',"outcomes":', '},"outcomes":')
  WHERE body LIKE '%"coChairKaz":%';

-- the unique session number becomes unique per pair: the column is copied, the old one (and its
-- unnamed unique constraint with it) dropped
ALTER TABLE commission_session ADD COLUMN number_in_pair INTEGER;
UPDATE commission_session SET number_in_pair = session_number;
ALTER TABLE commission_session DROP COLUMN session_number;
ALTER TABLE commission_session RENAME COLUMN number_in_pair TO session_number;
ALTER TABLE commission_session ALTER COLUMN session_number SET NOT NULL;
ALTER TABLE commission_session ADD CONSTRAINT commission_session_pair_number
  UNIQUE (pair, session_number);

DROP TABLE agreement_action;
DROP TABLE indicator_actual;
DROP TABLE project_stage;
DROP TABLE registry_link;
DROP TABLE registry_source;

-- 5. Beside the body, a record table keeps only what a query filters or orders by: label (the
--    text filter without a search index), kind (the kind filter), pair, a session's number, and
--    the bookkeeping. The other typed columns were written at every save and never read: the
--    body is their one truth. (Named check constraints go first: H2 keeps a column a constraint
--    names.)
ALTER TABLE commission_decision DROP CONSTRAINT commission_decision_status;
ALTER TABLE indicator DROP CONSTRAINT indicator_aggregation;
ALTER TABLE partner_request DROP CONSTRAINT partner_request_direction;

ALTER TABLE agreement DROP COLUMN signed_on;
ALTER TABLE agreement DROP COLUMN first_date;
ALTER TABLE agreement DROP COLUMN status;
ALTER TABLE agreement DROP COLUMN thin_source;
ALTER TABLE commission_session DROP COLUMN start_date;
ALTER TABLE commission_session DROP COLUMN end_date;
ALTER TABLE commission_session DROP COLUMN thin_source;
ALTER TABLE commission_decision DROP COLUMN deadline;
ALTER TABLE commission_decision DROP COLUMN deadline_end;
ALTER TABLE commission_decision DROP COLUMN status;
ALTER TABLE commission_decision DROP COLUMN thin_source;
ALTER TABLE indicator DROP COLUMN indicator;
ALTER TABLE indicator DROP COLUMN aggregation;
ALTER TABLE indicator DROP COLUMN target_value;
ALTER TABLE indicator DROP COLUMN target_year;
ALTER TABLE indicator DROP COLUMN figure_id;
ALTER TABLE indicator DROP COLUMN thin_source;
ALTER TABLE project DROP COLUMN region;
ALTER TABLE project DROP COLUMN stage;
ALTER TABLE project DROP COLUMN amount_low;
ALTER TABLE project DROP COLUMN amount_high;
ALTER TABLE project DROP COLUMN currency;
ALTER TABLE project DROP COLUMN thin_source;
ALTER TABLE organisation DROP COLUMN country;
ALTER TABLE organisation DROP COLUMN thin_source;
ALTER TABLE partner_request DROP COLUMN direction;
ALTER TABLE partner_request DROP COLUMN organisation_id;
ALTER TABLE partner_request DROP COLUMN expires_on;
ALTER TABLE partner_request DROP COLUMN thin_source;
ALTER TABLE registry_event DROP COLUMN start_date;
ALTER TABLE registry_event DROP COLUMN end_date;
ALTER TABLE registry_event DROP COLUMN thin_source;
ALTER TABLE heritage_item DROP COLUMN holder;
ALTER TABLE heritage_item DROP COLUMN item_date;
ALTER TABLE heritage_item DROP COLUMN date_start;
ALTER TABLE heritage_item DROP COLUMN thin_source;
