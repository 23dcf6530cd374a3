-- Summaries of the stored months, so that a window is read from a few rows per ward and indicator
-- instead of from every month: one row per ward, indicator and year (grain Y) and per ward,
-- indicator and quarter (grain Q). A window is read as its whole years, its whole quarters and its
-- single months (RollUpRepository); the parts are disjoint, so their sums, counts, first and last
-- months add up exactly to what the months give.
--   total        sum of the values; for a rate, the summed numerator over the months that report both parts
--   denominator  rates only: the summed denominator over those months
--   last_value   the value of last_period (flows and stocks; null for rates)
--   months       months carrying a value (for a rate, months carrying both parts)
-- They are kept by statement-level triggers on observation, in the writing statement's own
-- transaction: whoever writes a month (a load's merge, a correction, a test, a benchmark's COPY), the
-- summaries of the ward-years it touched are computed again from the months, set-based, once per
-- statement, never row by row. `./wardstat summaries check` proves them equal to the months.
create table observation_summary (
    grain          char(1)       not null check (grain in ('Y', 'Q')),
    period         date          not null,
    org_unit_code  text          not null,
    indicator_code text          not null,
    total          numeric       not null,
    denominator    numeric,
    last_value     numeric,
    first_period   date          not null,
    last_period    date          not null,
    months         integer       not null,
    primary key (grain, period, org_unit_code, indicator_code)
);

-- The summaries of the given ward-years (ward i, year starting years[i]), computed again from the months.
-- Two ways to find their months, chosen by how many ward-years there are (measured with
-- `./wardstat benchmark ingest`): a few thousand (a correction, a province's month) are found by
-- an index probe per ward and a hash of the ward-years; a whole country's load by joining the
-- ward-years to the months, which PostgreSQL then does by one hash over the month table.
create function refresh_observation_summary(wards text[], years date[]) returns void language plpgsql as $$
declare
    months_of text;
begin
    -- the summaries' key leads with the period, not the ward: the wards' rows, then a hash of the ward-years
    delete from observation_summary s
    where s.org_unit_code = any(wards)
      and (s.org_unit_code, date_trunc('year', s.period)::date) in (select * from unnest(wards, years));

    if coalesce(cardinality(wards), 0) > 2000 then
        months_of := 'unnest($1, $2) as k(ward, y) join observation %1$s on %1$s.org_unit_code = k.ward '
                     'and %1$s.period >= k.y and %1$s.period < (k.y + interval ''1 year'')';
    else
        months_of := 'observation %1$s join unnest($1, $2) as k(ward, y) on %1$s.org_unit_code = any($1) '
                     'and (%1$s.org_unit_code, date_trunc(''year'', %1$s.period)::date) = (k.ward, k.y)';
    end if;

    execute format($q$
        insert into observation_summary (grain, period, org_unit_code, indicator_code, total, denominator, last_value, first_period,
                                         last_period, months)
        select g.grain, g.start, o.org_unit_code, o.indicator_code, sum(o.value), null,
               (max(array[extract(epoch from o.period)::numeric, o.value]))[2], min(o.period), max(o.period), count(*)
        from %s
        cross join lateral (values ('Y', date_trunc('year', o.period)::date), ('Q', date_trunc('quarter', o.period)::date)) as g(grain, start)
        group by g.grain, g.start, o.org_unit_code, o.indicator_code
        $q$, format(months_of, 'o')) using wards, years;

    execute format($q$
        insert into observation_summary (grain, period, org_unit_code, indicator_code, total, denominator, last_value, first_period,
                                         last_period, months)
        select g.grain, g.start, n.org_unit_code, rate.code, sum(n.value), sum(d.value), null, min(n.period), max(n.period), count(*)
        from %s
        join indicator rate on rate.kind = 'rate' and rate.numerator = n.indicator_code
        join observation d on d.org_unit_code = n.org_unit_code and d.period = n.period and d.indicator_code = rate.denominator
        cross join lateral (values ('Y', date_trunc('year', n.period)::date), ('Q', date_trunc('quarter', n.period)::date)) as g(grain, start)
        group by g.grain, g.start, n.org_unit_code, rate.code
        $q$, format(months_of, 'n')) using wards, years;
end $$;

create function observation_summary_after_insert() returns trigger language plpgsql as $$
begin
    perform refresh_observation_summary(array_agg(ward), array_agg(y))
    from (select distinct org_unit_code as ward, date_trunc('year', period)::date as y from new_rows) k;
    return null;
end $$;

create function observation_summary_after_update() returns trigger language plpgsql as $$
begin
    perform refresh_observation_summary(array_agg(ward), array_agg(y))
    from (select org_unit_code as ward, date_trunc('year', period)::date as y from new_rows
          union
          select org_unit_code, date_trunc('year', period)::date from old_rows) k;
    return null;
end $$;

create function observation_summary_after_delete() returns trigger language plpgsql as $$
begin
    perform refresh_observation_summary(array_agg(ward), array_agg(y))
    from (select distinct org_unit_code as ward, date_trunc('year', period)::date as y from old_rows) k;
    return null;
end $$;

create function observation_summary_after_truncate() returns trigger language plpgsql as $$
begin
    truncate observation_summary;
    return null;
end $$;

create trigger observation_summary_insert after insert on observation
    referencing new table as new_rows for each statement execute function observation_summary_after_insert();
create trigger observation_summary_update after update on observation
    referencing old table as old_rows new table as new_rows for each statement execute function observation_summary_after_update();
create trigger observation_summary_delete after delete on observation
    referencing old table as old_rows for each statement execute function observation_summary_after_delete();
create trigger observation_summary_truncate after truncate on observation
    for each statement execute function observation_summary_after_truncate();

-- the months already stored
select refresh_observation_summary(array_agg(ward), array_agg(y))
from (select distinct org_unit_code as ward, date_trunc('year', period)::date as y from observation) k
having count(*) > 0;
