-- Lineage of every printed figure: where in its file each stored value was read. The sheet ('' for
-- a CSV file) and the row as a spreadsheet shows it (1-based). Values loaded before this version
-- have neither (null): their file and load are still known.
alter table observation
    add column source_sheet text,
    add column source_row   int;

-- A revision names the rows of both files: the value replaced and the value that replaced it.
alter table observation_revision
    add column old_source_sheet text,
    add column old_source_row   int,
    add column new_source_sheet text,
    add column new_source_row   int;
