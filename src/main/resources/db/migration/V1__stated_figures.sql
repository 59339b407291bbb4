-- Stated figures: a number someone official said about a pair of countries, with its period,
-- source and verbatim quote (see data/figures/PROVENANCE.md). Portable between H2 (MODE=PostgreSQL,
-- DATABASE_TO_LOWER=TRUE) and PostgreSQL 14.
CREATE TABLE stated_figure (
  id           VARCHAR(32)    NOT NULL PRIMARY KEY,
  pair_a       VARCHAR(3)     NOT NULL,
  pair_b       VARCHAR(3)     NOT NULL,
  indicator    VARCHAR(100)   NOT NULL,
  direction    VARCHAR(16)    NOT NULL,
  period_label VARCHAR(64),
  period_start DATE,
  period_end   DATE,
  value_low    NUMERIC(20,4)  NOT NULL,
  value_high   NUMERIC(20,4),
  unit         VARCHAR(32)    NOT NULL,
  basis        TEXT,
  reported_by  TEXT           NOT NULL,
  source_url   TEXT           NOT NULL,
  source_date  DATE,
  quote        TEXT           NOT NULL,
  CONSTRAINT stated_figure_pair CHECK (pair_a <> pair_b),
  CONSTRAINT stated_figure_range CHECK (value_high IS NULL OR value_low <= value_high),
  CONSTRAINT stated_figure_period CHECK (
    (period_label IS NULL AND period_start IS NULL AND period_end IS NULL)
    OR (period_label IS NOT NULL AND period_start IS NOT NULL AND period_end IS NOT NULL
        AND period_start <= period_end))
);

CREATE INDEX stated_figure_pair_indicator ON stated_figure (pair_a, pair_b, indicator);
