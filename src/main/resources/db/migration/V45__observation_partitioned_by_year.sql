-- The month table partitioned by year: one partition a year, with its own key and indexes.
--
-- Why: the key (ward, indicator, month) and the sources index lead with the ward, so a month's
-- values land one to a leaf page across the whole key. In the tenth year that is 1.9 GB, and the
-- first change to each page after a checkpoint writes the whole page to the WAL. Measured in psql on
-- the benchmark's ten-year country (33.6 million values), one national month (280,000 values, the
-- triggers off) took 15.8-19.9 s into the ten-year table. Into a table holding only January to
-- November of its year, with the same indexes and a 229 MB key, it took 3.9-4.0 s. With 2 GB of
-- shared buffers holding both indexes it still took 11.4-13.0 s. A year's partition keeps a month's
-- writes within that year's key.
-- The summaries' key leads with the period and needs no partitions.
--
-- Reads name their months, so PostgreSQL reads only their years' partitions (partition pruning).
-- The key, the indexes, the checks and the summaries' statement triggers are declared once, on the
-- partitioned table: the partitions get the key and indexes as their own, and a statement's transition
-- tables hold its rows from every partition it wrote. A value moved to another year by an update is
-- a row moved between partitions; it appears in both transition tables, and the update trigger
-- refreshes both years from their months (V43).
--
-- Partitions exist for every year from 2015 (or the first stored year) to 2035 (or the last). Any
-- other month goes to observation_other_years, which works but has to be emptied of a year before a
-- partition for that year can be made: `select observation_add_year(2036)` makes one. Making a
-- partition locks the whole month table, so it is done here, ahead of the years, not by a load.

alter table observation rename to observation_unpartitioned;
alter table observation_unpartitioned rename constraint observation_pkey to observation_unpartitioned_pkey;
alter index observation_period rename to observation_unpartitioned_period;
alter index observation_sources rename to observation_unpartitioned_sources;
drop trigger observation_summary_insert on observation_unpartitioned;
drop trigger observation_summary_update on observation_unpartitioned;
drop trigger observation_summary_delete on observation_unpartitioned;
drop trigger observation_summary_truncate on observation_unpartitioned;

create table observation (
    org_unit_code  text           not null,
    indicator_code text           not null,
    period         date           not null constraint observation_period_check check (extract(day from period) = 1),
    value          numeric(16, 4) not null constraint observation_value_check check (value >= 0),
    source_file_id bigint         not null,
    loaded_at      timestamptz    not null default now(),
    note           text,
    source_sheet   text,
    source_row     int,
    constraint observation_pkey primary key (org_unit_code, indicator_code, period) include (value)
) partition by range (period);
create index observation_period on observation (period, indicator_code);
create index observation_sources on observation (org_unit_code, period, source_file_id, loaded_at);

-- A partition for the months of a year, if there is none yet.
create function observation_add_year(y int) returns void language plpgsql as $$
begin
    execute format('create table if not exists %I partition of observation for values from (%L) to (%L)',
                   'observation_y' || y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
end $$;

select observation_add_year(y)
from generate_series(least(2015, (select extract(year from min(period))::int from observation_unpartitioned)),
                     greatest(2035, (select extract(year from max(period))::int from observation_unpartitioned))) as y;
create table observation_other_years partition of observation default;

-- the stored months, in the order loads lay them (a month at a time, each ward's values together); the
-- summaries already hold them, so the triggers are made afterwards
insert into observation (org_unit_code, indicator_code, period, value, source_file_id, loaded_at, note, source_sheet, source_row)
select org_unit_code, indicator_code, period, value, source_file_id, loaded_at, note, source_sheet, source_row
from observation_unpartitioned
order by period, org_unit_code, indicator_code;
drop table observation_unpartitioned;

create trigger observation_summary_insert after insert on observation
    referencing new table as new_rows for each statement execute function observation_summary_after_insert();
create trigger observation_summary_update after update on observation
    referencing old table as old_rows new table as new_rows for each statement execute function observation_summary_after_update();
create trigger observation_summary_delete after delete on observation
    referencing old table as old_rows for each statement execute function observation_summary_after_delete();
create trigger observation_summary_truncate after truncate on observation
    for each statement execute function observation_summary_after_truncate();

-- statistics for the partitioned table and its partitions now: autovacuum analyzes partitions only after a while, and
-- never the partitioned table itself; planned without them, the national month roll-up took 44 s instead of 1.6 s
-- (`./wardstat benchmark analysis --reuse` just after the migration). A load's last step analyzes it again.
analyze observation;
