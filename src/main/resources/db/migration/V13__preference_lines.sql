-- Preference lines of trade agreements (issue 13 §1): what a user brings from an agreement's
-- published schedule, one HS line each, with the source that names it and its verbatim quote.
-- The agreement is a registry id (AGR-020: the EAEU–Iran FTA); its entry into force comes from
-- the registry. An import replaces the lines of the agreements its file names, all or nothing.
CREATE TABLE preference_line (
  agreement         VARCHAR(32)  NOT NULL,
  hs_code           VARCHAR(10)  NOT NULL,  -- digits as the schedule writes them: 4, 6, 8 or 10
  hs_edition        VARCHAR(2)   NOT NULL,  -- H0 (1992) .. H6 (2022)
  base_duty         VARCHAR(64)  NOT NULL,  -- as the schedule writes it: 10 (per cent) or 0.2 EUR/kg
  preferential_duty VARCHAR(64)  NOT NULL,
  staging           VARCHAR(200) NOT NULL,
  source_url        TEXT         NOT NULL,
  quote             TEXT         NOT NULL,
  file_name         VARCHAR(255) NOT NULL,
  file_line         INTEGER      NOT NULL,
  PRIMARY KEY (agreement, hs_code, hs_edition)
);
