-- Which shipped data set the store already holds (issue 10 §2): a start compares the digest of the
-- files it ships with the digest recorded here, in the same transaction as their last load, and
-- reads and parses them only when they differ. One row per data set, made here with an empty
-- digest that no file matches, so that recording is always an UPDATE (its row lock orders two
-- instances loading at once; an INSERT would race).
CREATE TABLE shipped_mark (
  name VARCHAR(64) PRIMARY KEY,
  digest VARCHAR(64) NOT NULL
);
INSERT INTO shipped_mark (name, digest) VALUES ('registry', '');
