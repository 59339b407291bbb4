-- An upper bound ("capacity to send up to 15 million tons") keeps value_low empty and value_high
-- its end, as a lower bound ("exceeded 340 m") keeps value_high empty (issue 9, §1); a figure
-- still states at least one end.
ALTER TABLE stated_figure ALTER COLUMN value_low DROP NOT NULL;
ALTER TABLE stated_figure ADD CONSTRAINT stated_figure_value
  CHECK (value_low IS NOT NULL OR value_high IS NOT NULL);
