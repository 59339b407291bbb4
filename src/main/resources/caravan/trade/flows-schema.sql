-- Bulk trade flows (DuckDB). One row per (source, year, month, reporter, partner, flow, product).
-- Flows are as declared by the reporter: 'export' = reporter -> partner, 'import' = reporter <- partner.
-- Codes are ENUM types built from the shipped vocabularies (FlowTypes), created before this file runs.
-- BACI rows are reconciled flows: reporter = exporter, partner = importer, flow = 'export', source = 'BACI'.
CREATE TABLE IF NOT EXISTS trade_flow (
  source        flow_source    NOT NULL,  -- BACI | COMTRADE | CARAVAN
  year          SMALLINT       NOT NULL,
  month         TINYINT,                  -- NULL: the whole year
  reporter      flow_country   NOT NULL,  -- ISO3, listed in M49 order
  partner       flow_country   NOT NULL,  -- ISO3
  flow          flow_direction NOT NULL,  -- export | import
  product       hs_code        NOT NULL,  -- HS code as reported, 6 digits where the source has them
  hs_revision   hs_edition     NOT NULL,  -- H0 (1992) H1 (1996) H2 (2002) H3 (2007) H4 (2012) H5 (2017) H6 (2022)
  value_usd     DOUBLE         NOT NULL,  -- US dollars (not thousands)
  quantity      DOUBLE,
  quantity_unit VARCHAR,                  -- free text in Comtrade files
  batch_no      INTEGER        NOT NULL   -- the import batch that wrote the row (import_batch.batch_no):
                                          -- a small number, not the 64-character digest, on 10^7 rows
);
CREATE TABLE IF NOT EXISTS import_batch (
  batch_id    VARCHAR   NOT NULL PRIMARY KEY,  -- sha-256 of the file content
  batch_no    INTEGER   NOT NULL,              -- the number its rows carry (one per digest)
  file_name   VARCHAR   NOT NULL,
  format      VARCHAR   NOT NULL,
  rows_kept   BIGINT    NOT NULL,
  imported_at TIMESTAMP NOT NULL
);
-- CEPII BACI rows, one table of their own with the file's own codes as numbers: a BACI year is ten
-- million rows, and an import that writes seven numeric columns, without translating a code or
-- repeating a constant on each row, keeps up with DuckDB reading the file (see BaciFastPath).
-- Rows keep the file's order (exporter, importer, product), so a pair's rows sit in one row group.
CREATE TABLE IF NOT EXISTS baci_flow (
  year      SMALLINT NOT NULL,
  exporter  SMALLINT NOT NULL,  -- BACI country code (i), named by BaciCodes: 842 is USA
  importer  SMALLINT NOT NULL,  -- BACI country code (j)
  product   INTEGER  NOT NULL,  -- 6-digit HS code as a number (k): 10121 is 010121
  value_usd DOUBLE   NOT NULL,  -- US dollars (the file's thousands x 1000)
  quantity  DOUBLE,             -- tonnes, NULL where BACI says NA
  batch_no  INTEGER  NOT NULL   -- import_batch.batch_no, whose batch names the rows' HS edition
);
-- the HS edition of a BACI batch (one per file), other sources keep theirs on each row
ALTER TABLE import_batch ADD COLUMN IF NOT EXISTS hs_revision VARCHAR;
-- BACI country codes and the ISO3 code each names (BaciCodes), written at every start
CREATE TABLE IF NOT EXISTS baci_country (
  code SMALLINT NOT NULL PRIMARY KEY,
  iso3 VARCHAR  NOT NULL
);
-- Every flow in one shape, codes as text: for a user's own SQL, exports and tests. Caravan's
-- readers query the two tables, whose filters on numbers and ENUMs skip row groups.
CREATE OR REPLACE VIEW flows AS
SELECT source::VARCHAR AS source, year, month, reporter::VARCHAR AS reporter,
       partner::VARCHAR AS partner, flow::VARCHAR AS flow, product::VARCHAR AS product,
       hs_revision::VARCHAR AS hs_revision, value_usd, quantity, quantity_unit, batch_no
FROM trade_flow
UNION ALL
SELECT 'BACI', b.year, NULL::TINYINT, e.iso3, i.iso3, 'export', lpad(b.product::VARCHAR, 6, '0'),
       coalesce(ib.hs_revision, 'H0'), b.value_usd, b.quantity,
       CASE WHEN b.quantity IS NULL THEN NULL ELSE 't' END, b.batch_no
FROM baci_flow b
JOIN baci_country e ON e.code = b.exporter
JOIN baci_country i ON i.code = b.importer
LEFT JOIN import_batch ib ON ib.batch_no = b.batch_no
