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
