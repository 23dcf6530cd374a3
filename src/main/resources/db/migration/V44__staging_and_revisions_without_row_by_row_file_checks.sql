-- Staged values and revisions checked their file row by row, as observation did before V36: one
-- foreign-key trigger per staged value, two per revision. Measured in psql on the database of
-- `./wardstat benchmark ingest --wards 2000 --keep`: 720,000 staged values took 4.8-5.8 s with the
-- check and 2.5 s without it (a tenth of the load); 72,000 revisions 1.2-1.3 s with their two checks
-- and 0.5-0.6 s without (a twentieth of the corrected resubmission). Every staged value is written by
-- the load of its own file (ingest/StagingWriter), after that file's row is committed, and every
-- revision by the merge of a file from a value another load wrote; no code deletes a file's row (the
-- benchmark's clean-up deletes a file's staging and revisions first). The staging's other key
-- stays: it is what a restarted load is checked against.
alter table staged_value drop constraint if exists staged_value_source_file_id_fkey;
alter table observation_revision drop constraint if exists observation_revision_old_source_file_id_fkey;
alter table observation_revision drop constraint if exists observation_revision_new_source_file_id_fkey;
