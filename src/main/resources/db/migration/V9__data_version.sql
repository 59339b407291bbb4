-- The data version (issue 10 §1, §5): one row whose number every write to what a page or the API
-- shows (stated figures, registry records) raises in its own transaction. The row lock makes the
-- raises follow the commits, so a reader that reads n after a commit sees that commit's data, and
-- whatever it derived can be kept under n until n moves, in this process or in any other over the
-- same database. (An identity column's max would not do: ids are handed out before their
-- transactions commit, and commit out of order.)
CREATE TABLE data_version (
  id INTEGER PRIMARY KEY,
  n BIGINT NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 1);

-- Each registry row says in which data version it was last written, so that an instance whose
-- in-memory search index was built at version v re-reads only the rows written since (a full
-- rebuild takes about a second; a catch-up a few primary-key reads). Rows older than this
-- migration say 0: every index is built whole at start.
ALTER TABLE agreement ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE commission_session ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE commission_decision ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE indicator ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE project ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE organisation ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE partner_request ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE registry_event ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE heritage_item ADD COLUMN changed_in BIGINT DEFAULT 0 NOT NULL;
