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
