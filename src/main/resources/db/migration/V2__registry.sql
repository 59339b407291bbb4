-- Cooperation registry (DESIGN §2 Registry): agreements, commission sessions and decisions,
-- targets and indicators, projects, organisations, partner requests, events and exchanges.
-- Portable between H2 (MODE=PostgreSQL, DATABASE_TO_LOWER=TRUE) and PostgreSQL 14.
--
-- Every record table has the same bookkeeping columns: version (optimistic locking: an update is
-- UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?), who created and last changed
-- it, and soft deletion (deleted_at, deleted_by). The record itself, as edited, is kept whole in
-- body (JSON text, the same text the audit log keeps before and after a change); the columns that
-- lists and queries need are typed columns, and the repeating parts that other queries join
-- (agreement actions, links, indicator actuals, project stages, sources) are child rows, written in
-- the same transaction as the record. Partial dates are text (2012, 2012-06, 2012-06-27) with the
-- first day they cover as a DATE where ordering needs it.

CREATE TABLE agreement (
  id          VARCHAR(32)  NOT NULL PRIMARY KEY,
  version     INTEGER      NOT NULL,
  label       TEXT         NOT NULL,
  kind        VARCHAR(100),
  signed_on   VARCHAR(10),
  first_date  DATE,
  status      VARCHAR(32)  NOT NULL,
  thin_source INTEGER      NOT NULL,
  body        TEXT         NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  updated_at  TIMESTAMP    NOT NULL,
  updated_by  VARCHAR(100) NOT NULL,
  deleted_at  TIMESTAMP,
  deleted_by  VARCHAR(100)
);

CREATE TABLE agreement_action (
  agreement_id VARCHAR(32) NOT NULL REFERENCES agreement (id),
  seq          INTEGER     NOT NULL,
  party        VARCHAR(4)  NOT NULL,
  action_type  VARCHAR(32) NOT NULL,
  action_date  VARCHAR(10),
  date_start   DATE,
  note         TEXT,
  PRIMARY KEY (agreement_id, seq)
);

CREATE TABLE commission_session (
  id             VARCHAR(32)  NOT NULL PRIMARY KEY,
  version        INTEGER      NOT NULL,
  label          TEXT         NOT NULL,
  kind           VARCHAR(100),
  session_number INTEGER      NOT NULL UNIQUE,
  start_date     VARCHAR(10),
  end_date       VARCHAR(10),
  thin_source    INTEGER      NOT NULL,
  body           TEXT         NOT NULL,
  created_at     TIMESTAMP    NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  updated_at     TIMESTAMP    NOT NULL,
  updated_by     VARCHAR(100) NOT NULL,
  deleted_at     TIMESTAMP,
  deleted_by     VARCHAR(100)
);

CREATE TABLE commission_decision (
  id             VARCHAR(32)  NOT NULL PRIMARY KEY,
  version        INTEGER      NOT NULL,
  label          TEXT         NOT NULL,
  kind           VARCHAR(100),
  session_number INTEGER      NOT NULL,
  deadline       VARCHAR(10),
  deadline_end   DATE,
  status         VARCHAR(16)  NOT NULL,
  thin_source    INTEGER      NOT NULL,
  body           TEXT         NOT NULL,
  created_at     TIMESTAMP    NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  updated_at     TIMESTAMP    NOT NULL,
  updated_by     VARCHAR(100) NOT NULL,
  deleted_at     TIMESTAMP,
  deleted_by     VARCHAR(100),
  CONSTRAINT commission_decision_status CHECK (
    status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED', 'CARRIED_OVER'))
);

CREATE INDEX commission_decision_session ON commission_decision (session_number);

-- Targets and indicators; figure_id points at a stated figure (V1) holding the target statement.
CREATE TABLE indicator (
  id           VARCHAR(32)  NOT NULL PRIMARY KEY,
  version      INTEGER      NOT NULL,
  label        TEXT         NOT NULL,
  kind         VARCHAR(100),
  indicator    VARCHAR(100) NOT NULL,
  aggregation  VARCHAR(32)  NOT NULL,
  target_value NUMERIC(24,6),
  target_year  INTEGER,
  figure_id    VARCHAR(32),
  thin_source  INTEGER      NOT NULL,
  body         TEXT         NOT NULL,
  created_at   TIMESTAMP    NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  updated_at   TIMESTAMP    NOT NULL,
  updated_by   VARCHAR(100) NOT NULL,
  deleted_at   TIMESTAMP,
  deleted_by   VARCHAR(100),
  CONSTRAINT indicator_aggregation CHECK (aggregation IN ('FLOW_PER_PERIOD', 'STOCK'))
);

CREATE TABLE indicator_actual (
  indicator_id VARCHAR(32)   NOT NULL REFERENCES indicator (id),
  seq          INTEGER       NOT NULL,
  period_label VARCHAR(10)   NOT NULL,
  period_start DATE          NOT NULL,
  actual_value NUMERIC(24,6) NOT NULL,
  source_url   TEXT,
  PRIMARY KEY (indicator_id, seq)
);

CREATE TABLE project (
  id           VARCHAR(32)  NOT NULL PRIMARY KEY,
  version      INTEGER      NOT NULL,
  label        TEXT         NOT NULL,
  kind         VARCHAR(100),
  region       TEXT,
  stage        VARCHAR(16),
  amount_low   NUMERIC(24,2),
  amount_high  NUMERIC(24,2),
  currency     VARCHAR(3),
  thin_source  INTEGER      NOT NULL,
  body         TEXT         NOT NULL,
  created_at   TIMESTAMP    NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  updated_at   TIMESTAMP    NOT NULL,
  updated_by   VARCHAR(100) NOT NULL,
  deleted_at   TIMESTAMP,
  deleted_by   VARCHAR(100)
);

CREATE TABLE project_stage (
  project_id VARCHAR(32) NOT NULL REFERENCES project (id),
  seq        INTEGER     NOT NULL,
  stage      VARCHAR(16) NOT NULL,
  stage_date VARCHAR(10),
  note       TEXT,
  PRIMARY KEY (project_id, seq),
  CONSTRAINT project_stage_stage CHECK (stage IN
    ('IDEA', 'AGREED', 'FINANCING', 'CONSTRUCTION', 'OPERATING', 'SUSPENDED', 'CANCELLED'))
);

CREATE TABLE organisation (
  id          VARCHAR(32)  NOT NULL PRIMARY KEY,
  version     INTEGER      NOT NULL,
  label       TEXT         NOT NULL,
  kind        VARCHAR(100),
  country     VARCHAR(3),
  thin_source INTEGER      NOT NULL,
  body        TEXT         NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  updated_at  TIMESTAMP    NOT NULL,
  updated_by  VARCHAR(100) NOT NULL,
  deleted_at  TIMESTAMP,
  deleted_by  VARCHAR(100)
);

CREATE TABLE partner_request (
  id              VARCHAR(32)  NOT NULL PRIMARY KEY,
  version         INTEGER      NOT NULL,
  label           TEXT         NOT NULL,
  kind            VARCHAR(100),
  direction       VARCHAR(8)   NOT NULL,
  organisation_id VARCHAR(32),
  expires_on      VARCHAR(10),
  thin_source     INTEGER      NOT NULL,
  body            TEXT         NOT NULL,
  created_at      TIMESTAMP    NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  updated_at      TIMESTAMP    NOT NULL,
  updated_by      VARCHAR(100) NOT NULL,
  deleted_at      TIMESTAMP,
  deleted_by      VARCHAR(100),
  CONSTRAINT partner_request_direction CHECK (direction IN ('OFFER', 'DEMAND'))
);

-- Events and exchange programmes (official visits, forums, Days of Culture, student exchanges…).
CREATE TABLE registry_event (
  id          VARCHAR(32)  NOT NULL PRIMARY KEY,
  version     INTEGER      NOT NULL,
  label       TEXT         NOT NULL,
  kind        VARCHAR(100),
  start_date  VARCHAR(10),
  end_date    VARCHAR(10),
  thin_source INTEGER      NOT NULL,
  body        TEXT         NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  updated_at  TIMESTAMP    NOT NULL,
  updated_by  VARCHAR(100) NOT NULL,
  deleted_at  TIMESTAMP,
  deleted_by  VARCHAR(100)
);

-- Typed links between records: a decision to an agreement, project or indicator; an event to an
-- agreement; a partner request to its organisation.
CREATE TABLE registry_link (
  from_entity VARCHAR(32) NOT NULL,
  from_id     VARCHAR(32) NOT NULL,
  seq         INTEGER     NOT NULL,
  to_entity   VARCHAR(32) NOT NULL,
  to_id       VARCHAR(32) NOT NULL,
  PRIMARY KEY (from_entity, from_id, seq)
);

CREATE INDEX registry_link_target ON registry_link (to_entity, to_id);

-- The sources of every record: {url, date, quote}.
CREATE TABLE registry_source (
  entity      VARCHAR(32) NOT NULL,
  entity_id   VARCHAR(32) NOT NULL,
  seq         INTEGER     NOT NULL,
  url         TEXT        NOT NULL,
  source_date VARCHAR(10),
  quote       TEXT,
  PRIMARY KEY (entity, entity_id, seq)
);

-- Append-only: rows are inserted with the change they record and never updated or deleted.
CREATE TABLE audit_log (
  id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  changed_at  TIMESTAMP    NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  entity      VARCHAR(32)  NOT NULL,
  entity_id   VARCHAR(32)  NOT NULL,
  change_type VARCHAR(8)   NOT NULL,
  version     INTEGER      NOT NULL,
  before_json TEXT,
  after_json  TEXT,
  CONSTRAINT audit_log_change CHECK (change_type IN ('create', 'update', 'delete'))
);

CREATE INDEX audit_log_record ON audit_log (entity, entity_id);
