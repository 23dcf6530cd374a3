-- The summaries (V35, V41) were computed again from the months of every ward-year a statement
-- touched. A load or a correction paid for the whole year of each ward it wrote: a corrected tenth of a
-- year's values cost as much as the year, and a month added in December read the eleven before it.
-- Measured with `./wardstat benchmark ingest --wards 2000` (720,000 values): the refresh took 10.6 of
-- the merge's 25.7 s, and the corrected resubmission of 72,000 values 17.4 s, 0.24 ms a value against
-- 0.05 ms a value for the load.
--
-- The triggers now add what the statement changed to the summaries it falls in:
--   an inserted month   adds its value to the sums, one to the months, and may become the first or
--                       last month (then its value is the last value);
--   a changed value     adds the difference to the sums; if it is the last month of a summary, its
--                       new value becomes the last value; the months and their first and last stay;
--   a rate              counts a month once both its parts are stored: an inserted part whose other
--                       part is stored (before or in the same statement) adds the pair; a changed part
--                       whose other part is stored adds its difference to the numerator or denominator.
-- Sums of exact numerics, counts, least and greatest give the same whatever the order, so the
-- summaries end as the refresh would make them; `./wardstat summaries check` compares them with the
-- months. A deletion (a month can only lose its summaries' minimum or maximum by being deleted) and an
-- update that moves a value to another ward, indicator or month are still refreshed from the months,
-- as before: neither is what a load does.
--
-- The changes are summed into quarters first and the quarters into the years, six and nine months:
-- sorting every month four times over was most of the refresh's time.
--
-- Where a rate needs the other part of a month from the month table, it is looked up by its key, one
-- month at a time (a LATERAL subquery with LIMIT, which PostgreSQL cannot turn into a join of its
-- choosing). The month table's statistics can say "empty" while a statement writes a whole country
-- (V38: autovacuum analyzed it just after a year's values were deleted); planned on them, a plain join
-- ran the month table as the outer side of a nested loop and read the statement's rows again for each
-- of its 3.6 million months (`./wardstat benchmark ingest`, national size: a COPY still running after
-- seven minutes). A rate's two parts written by the same statement are paired within the statement's
-- rows, whose sizes PostgreSQL knows.

-- The statement that adds changes to the summaries. `changes` is a query of rows (org_unit_code,
-- indicator_code, period, delta, denominator, value, months): the change of the month's value (a
-- rate's numerator), the change of a rate's denominator (null for the others), the month's value now
-- (null for a rate), and 1 for a month that counts only now or 0 for a month whose value changed.
-- It returns the statement's text for the trigger functions to run: only they can read the
-- statement's transition tables (new_rows, old_rows).
create function observation_summary_upsert(changes text) returns text language sql immutable as $$
    select format($q$
        with changes as (%s),
        quarters as (
            select org_unit_code, indicator_code, date_trunc('quarter', period)::date as quarter, sum(delta) as total,
                   sum(denominator) as denominator, (max(array[extract(epoch from period)::numeric, value]))[2] as last_value,
                   min(period) as first_period, max(period) as last_period, sum(months)::int as months
            from changes
            group by 1, 2, 3),
        parts as (
            select 'Q'::char(1) as grain, quarter as period, org_unit_code, indicator_code, total, denominator, last_value, first_period,
                   last_period, months
            from quarters
            union all
            select p.grain, date_trunc('year', q.quarter)::date, q.org_unit_code, q.indicator_code, sum(q.total), sum(q.denominator),
                   (max(array[extract(epoch from q.last_period)::numeric, q.last_value]))[2], min(q.first_period), max(q.last_period),
                   sum(q.months)::int
            from quarters q
            join (values ('Y'::char(1), 4), ('H', 2), ('N', 3)) as p(grain, quarters) on extract(quarter from q.quarter) <= p.quarters
            group by 1, 2, 3, 4)
        insert into observation_summary as s (grain, period, org_unit_code, indicator_code, total, denominator, last_value,
                                              first_period, last_period, months)
        select * from parts order by 1, 2, 3, 4
        on conflict (grain, period, org_unit_code, indicator_code) do update set
            total = s.total + excluded.total,
            denominator = s.denominator + excluded.denominator,
            -- a changed last month has the greatest period of the changes; an inserted month never shares it
            last_value = case when excluded.last_period >= s.last_period then excluded.last_value else s.last_value end,
            first_period = least(s.first_period, excluded.first_period),
            last_period = greatest(s.last_period, excluded.last_period),
            months = s.months + excluded.months
        $q$, changes)
$$;

-- Rows inserted: each is a new month. A rate's month is new when one of its parts is new and the
-- other stored: both parts in this statement, or one in it and the other stored before.
create or replace function observation_summary_after_insert() returns trigger language plpgsql as $$
begin
    execute observation_summary_upsert($f$
        select org_unit_code, indicator_code, period, value as delta, null::numeric as denominator, value, 1 as months
        from new_rows
        $f$);
    execute observation_summary_upsert($r$
        with parts as materialized (
            select n.org_unit_code, n.period, rate.code, rate.numerator, rate.denominator, n.value, n.indicator_code = rate.numerator as is_numerator
            from new_rows n
            join indicator rate on rate.kind = 'rate' and n.indicator_code in (rate.numerator, rate.denominator)),
        lone_parts as materialized (
            select p.* from parts p
            where not exists (select 1 from parts o
                              where (o.org_unit_code, o.period, o.code) = (p.org_unit_code, p.period, p.code) and o.is_numerator <> p.is_numerator))
        select n.org_unit_code, n.code as indicator_code, n.period, n.value as delta, d.value as denominator, null::numeric as value, 1 as months
        from parts n
        join parts d on (d.org_unit_code, d.period, d.code) = (n.org_unit_code, n.period, n.code) and not d.is_numerator
        where n.is_numerator
        union all
        select p.org_unit_code, p.code, p.period, case when p.is_numerator then p.value else other.value end,
               case when p.is_numerator then other.value else p.value end, null, 1
        from lone_parts p
        cross join lateral (select o.value from observation o
                            where (o.org_unit_code, o.indicator_code, o.period)
                                  = (p.org_unit_code, case when p.is_numerator then p.denominator else p.numerator end, p.period)
                            limit 1) other
        $r$);
    return null;
end $$;

-- Rows updated. When the statement kept every row's ward, indicator and month (a load's correction
-- does), the value of each key changed from old to new: add the differences. Otherwise refresh the
-- ward-years on both sides from their months, as before.
create or replace function observation_summary_after_update() returns trigger language plpgsql as $$
declare
    moved boolean;
begin
    select count(*) <> (select count(*) from new_rows) into moved
    from new_rows n
    join old_rows o on (o.org_unit_code, o.indicator_code, o.period) = (n.org_unit_code, n.indicator_code, n.period);

    if moved then
        perform refresh_observation_summary(array_agg(ward), array_agg(y))
        from (select org_unit_code as ward, date_trunc('year', period)::date as y from new_rows
              union
              select org_unit_code, date_trunc('year', period)::date from old_rows) k;
        return null;
    end if;

    execute observation_summary_upsert($f$
        select n.org_unit_code, n.indicator_code, n.period, n.value - o.value as delta, null::numeric as denominator, n.value, 0 as months
        from new_rows n
        join old_rows o on (o.org_unit_code, o.indicator_code, o.period) = (n.org_unit_code, n.indicator_code, n.period)
        where n.value <> o.value
        $f$);
    -- a changed part counts if the month has the other part (stored before, as no key moved)
    execute observation_summary_upsert($r$
        with changed_parts as materialized (
            select n.org_unit_code, n.period, rate.code, n.value - o.value as delta, n.indicator_code = rate.numerator as is_numerator,
                   case when n.indicator_code = rate.numerator then rate.denominator else rate.numerator end as other
            from new_rows n
            join old_rows o on (o.org_unit_code, o.indicator_code, o.period) = (n.org_unit_code, n.indicator_code, n.period)
            join indicator rate on rate.kind = 'rate' and n.indicator_code in (rate.numerator, rate.denominator)
            where n.value <> o.value)
        select c.org_unit_code, c.code as indicator_code, c.period, case when c.is_numerator then c.delta else 0 end as delta,
               case when c.is_numerator then 0 else c.delta end as denominator, null::numeric as value, 0 as months
        from changed_parts c
        cross join lateral (select 1 from observation o
                            where (o.org_unit_code, o.indicator_code, o.period) = (c.org_unit_code, c.other, c.period)
                            limit 1) other
        $r$);
    return null;
end $$;
