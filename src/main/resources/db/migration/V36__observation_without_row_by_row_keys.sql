-- The month table at national size (33.6 million values) paid three foreign-key triggers on every
-- row it received: measured with `./wardstat benchmark ingest`, they made even PostgreSQL's COPY
-- several times slower than into the bare table. Every row reaches observation through the load's
-- merge, which now checks the staged file's keys set-based before it writes (ingest/Merge: every
-- ward, indicator and source file known), and the catalog never deletes a unit or an indicator; so
-- the row-by-row checks go. The value checks (first of the month, not negative) stay: they cost
-- nothing per row.
alter table observation drop constraint if exists observation_org_unit_code_fkey;
alter table observation drop constraint if exists observation_indicator_code_fkey;
alter table observation drop constraint if exists observation_source_file_id_fkey;
