-- Two more summary grains, the first six months (H) and the first nine (N) of each year, both
-- dated the year's 1 January: the conferences' "6 tháng" and "9 tháng" windows and the years to
-- date after them. A year to the end of October was read as three quarters and a month a side;
-- it is now nine months and a month, half the rows, and a year to the end of June or September is
-- one row a side, joined rather than summed (measured with `./wardstat benchmark analysis`).
-- Each month now feeds up to four summary rows instead of two; loads pay for it in their refresh.
alter table observation_summary
    drop constraint observation_summary_grain_check,
    add constraint observation_summary_grain_check check (grain in ('Y', 'Q', 'H', 'N'));

-- The summary rows a month counts in, one place for the refresh and for `summaries check`
-- (Summaries.java). A plain SQL function, so the planner inlines it.
create function summary_parts(m date) returns table (grain char(1), start date)
language sql immutable parallel safe as $$
    select g.grain, g.start
    from (values ('Y'::char(1), date_trunc('year', m)::date),
                 ('Q', date_trunc('quarter', m)::date),
                 ('H', case when extract(month from m) <= 6 then date_trunc('year', m)::date end),
                 ('N', case when extract(month from m) <= 9 then date_trunc('year', m)::date end)) as g(grain, start)
    where g.start is not null
$$;

-- V35's refresh, its months now counted in every part they belong to
create or replace function refresh_observation_summary(wards text[], years date[]) returns void language plpgsql as $$
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
        cross join lateral summary_parts(o.period) as g
        group by g.grain, g.start, o.org_unit_code, o.indicator_code
        $q$, format(months_of, 'o')) using wards, years;

    execute format($q$
        insert into observation_summary (grain, period, org_unit_code, indicator_code, total, denominator, last_value, first_period,
                                         last_period, months)
        select g.grain, g.start, n.org_unit_code, rate.code, sum(n.value), sum(d.value), null, min(n.period), max(n.period), count(*)
        from %s
        join indicator rate on rate.kind = 'rate' and rate.numerator = n.indicator_code
        join observation d on d.org_unit_code = n.org_unit_code and d.period = n.period and d.indicator_code = rate.denominator
        cross join lateral summary_parts(n.period) as g
        group by g.grain, g.start, n.org_unit_code, rate.code
        $q$, format(months_of, 'n')) using wards, years;
end $$;

-- CREATE OR REPLACE drops the function's settings: V38's stays
alter function refresh_observation_summary(text[], date[]) set enable_nestloop = off;

-- the new grains of the months already stored, from their quarters: the same sums, counts, first and
-- last months, and last value (that of the greatest last month)
insert into observation_summary (grain, period, org_unit_code, indicator_code, total, denominator, last_value, first_period,
                                 last_period, months)
select p.grain, date_trunc('year', q.period)::date, q.org_unit_code, q.indicator_code, sum(q.total), sum(q.denominator),
       (max(array[extract(epoch from q.last_period)::numeric, q.last_value]))[2], min(q.first_period), max(q.last_period), sum(q.months)
from observation_summary q
join (values ('H'::char(1), 2), ('N', 3)) as p(grain, quarters) on extract(quarter from q.period) <= p.quarters
where q.grain = 'Q'
group by 1, 2, 3, 4
order by 1, 2, 3, 4;
