-- A stated figure whose article address is unknown keeps source_url empty (NULL) and says "unknown"
-- in its basis, instead of a site's home page posing as the source (issue 9, §1). The registry's
-- stated-target indicators carry their figure's source, so its source rows may lack a URL too.
ALTER TABLE stated_figure ALTER COLUMN source_url DROP NOT NULL;
ALTER TABLE registry_source ALTER COLUMN url DROP NOT NULL;
