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
create function refresh_observation_summary(wards text[], years date[]) returns void language sql as $$
    delete from observation_summary s
    using unnest(wards, years) as k(ward, y)
    where s.org_unit_code = k.ward and s.period >= k.y and s.period < (k.y + interval '1 year');

    insert into observation_summary (grain, period, org_unit_code, indicator_code, total, denominator, last_value, first_period,
                                     last_period, months)
    select g.grain, g.start, o.org_unit_code, o.indicator_code, sum(o.value), null,
           (max(array[extract(epoch from o.period)::numeric, o.value]))[2], min(o.period), max(o.period), count(*)
    from unnest(wards, years) as k(ward, y)
    join observation o on o.org_unit_code = k.ward and o.period >= k.y and o.period < (k.y + interval '1 year')
    cross join lateral (values ('Y', date_trunc('year', o.period)::date), ('Q', date_trunc('quarter', o.period)::date)) as g(grain, start)
    group by g.grain, g.start, o.org_unit_code, o.indicator_code;

    insert into observation_summary (grain, period, org_unit_code, indicator_code, total, denominator, last_value, first_period,
                                     last_period, months)
    select g.grain, g.start, n.org_unit_code, rate.code, sum(n.value), sum(d.value), null, min(n.period), max(n.period), count(*)
    from unnest(wards, years) as k(ward, y)
    join observation n on n.org_unit_code = k.ward and n.period >= k.y and n.period < (k.y + interval '1 year')
    join indicator rate on rate.kind = 'rate' and rate.numerator = n.indicator_code
    join observation d on d.org_unit_code = n.org_unit_code and d.period = n.period and d.indicator_code = rate.denominator
    cross join lateral (values ('Y', date_trunc('year', n.period)::date), ('Q', date_trunc('quarter', n.period)::date)) as g(grain, start)
    group by g.grain, g.start, n.org_unit_code, rate.code;
$$;

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
