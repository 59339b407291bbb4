-- Heritage items in the registry (DESIGN §2 Registry, "heritage item"; §2 Heritage): manuscripts,
-- documents, maps, artefacts and shared works, with their holding archive and the agreements and
-- events they belong to. Portable between H2 (MODE=PostgreSQL, DATABASE_TO_LOWER=TRUE) and
-- PostgreSQL 14.
--
-- The same bookkeeping as every record table of V2 (version, created/updated by and at, soft
-- deletion, the record whole in body as JSON text); kind is the kind as the source words it
-- (manuscript copies, historical maps…), holder the holding archive, library or place. The date or
-- period is free text in body; item_date is the partial date (2012, 2012-06, 2012-06-27) only where
-- that text is one, with date_start the first day it covers. Links to agreements and events go to
-- registry_link, sources to registry_source, changes to audit_log (all V2).

CREATE TABLE heritage_item (
  id          VARCHAR(32)  NOT NULL PRIMARY KEY,
  version     INTEGER      NOT NULL,
  label       TEXT         NOT NULL,
  kind        VARCHAR(100),
  holder      TEXT,
  item_date   VARCHAR(10),
  date_start  DATE,
  thin_source INTEGER      NOT NULL,
  body        TEXT         NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  updated_at  TIMESTAMP    NOT NULL,
  updated_by  VARCHAR(100) NOT NULL,
  deleted_at  TIMESTAMP,
  deleted_by  VARCHAR(100)
);

CREATE INDEX heritage_item_kind ON heritage_item (kind);
