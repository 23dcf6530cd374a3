-- Areas' figures over a window and over the same window a year earlier, summed from their wards
-- in the database, so that a national roll-up sends a few thousand rows to Java, not one per ward
-- and indicator. The wards come in groups (:groupWards[i] belongs to group :groupIds[i]): a group
-- is the wards that count in the same areas (for a national roll-up, the wards of one district),
-- and RollUps adds each group's sums to each of its areas. Two kinds of rows come back:
--   kind 'G', one per group and indicator: the compared wards' sums on each side (c_now_*,
--       c_then_*; `compared` of them) and every reporting ward's (a_now_*, a_then_*), where
--       total    flows: the summed values; rates: the summed numerator over the months that report both parts
--       stock    stocks: each ward's value of its latest month, summed
--       denom    rates: the summed denominator over those months
--       wards    wards that reported the indicator on the side
--       months   the most months any of those wards reported;
--   kind 'W', one per ward: the most months any indicator reported on each side (a_now_months,
--       a_then_months) and whether any indicator was compared (`compared` > 0), for coverage and
--       the wards left out.
-- A ward is compared on an indicator when it reported it over the same months on both sides, a
-- year apart (Side.sameMonths).
--
-- Each side is read in parts (made by RollUpRepository from both windows): its whole years
-- (:years), first nine or six months of a year (:nines, :halves) and whole quarters (:quarters)
-- from observation_summary, its other months (:months) from observation. The parts are disjoint months, so sums and counts add up, the first month is
-- the least and the last value is the one of the greatest last month. A part belongs to the
-- current side when it starts on or after :currentFirst (the year-earlier window lies wholly before).
-- Each part list is an array the planner sees, so an empty one costs nothing. A rate's single
-- months pair its numerator and denominator from the month rows already read (no second read of
-- observation); :stocks names the stock indicators, the only ones whose last value is looked for.
-- Both sides of a ward and indicator are summed in one pass over its parts: at national size the
-- aggregate states, not the reading, are what costs (measured with `./wardstat benchmark analysis`).
-- The ward filters (`<alias>.org_unit_code = any(:groupWards)`) are replaced by RollUpRepository when
-- the wards asked for are most of the country: a scan of the window's rows is then far cheaper
-- than ten thousand index probes. The replacement keeps a slice of the wards, told by a hash of
-- their code (`(hashtext(code) & 65535) % :slices = :slice`); the slices are summed at once on
-- connections of their own. Kept as written, the query has one plan good for any few wards.
with month_rows as (
    select o.org_unit_code as ward, o.indicator_code as indicator, o.period, o.value
    from observation o
    where o.period = any(:months) and o.org_unit_code = any(:groupWards)
),
pieces as not materialized (
    select s.org_unit_code as ward, s.indicator_code as indicator, s.period >= :currentFirst as current, s.total, s.denominator,
           s.last_value, s.first_period, s.last_period, s.months
    from observation_summary s
    where ((s.grain = 'Y' and s.period = any(:years)) or (s.grain = 'N' and s.period = any(:nines))
           or (s.grain = 'H' and s.period = any(:halves)) or (s.grain = 'Q' and s.period = any(:quarters)))
      and s.org_unit_code = any(:groupWards)
    union all
    select ward, indicator, period >= :currentFirst, value, null, value, period, period, 1
    from month_rows
    union all
    -- a rate's month: its numerator and denominator of the same ward and month, paired from the rows just read
    select n.ward, rate.code, n.period >= :currentFirst, n.value, d.value, null, n.period, n.period, 1
    from month_rows n
    join indicator rate on rate.kind = 'rate' and rate.numerator = n.indicator
    join month_rows d on d.ward = n.ward and d.period = n.period and d.indicator = rate.denominator
),
-- both sides of each ward and indicator: when each side is one part (a month, a quarter, a year),
-- its row is the side and the two are joined; otherwise one pass sums each side's parts
ward_indicators as (
    select coalesce(n.ward, t.ward) as ward, coalesce(n.indicator, t.indicator) as indicator,
           n.total as now_total, n.denominator as now_denom, n.months as now_months, n.first_period as now_first,
           n.last_period as now_last,
           t.total as then_total, t.denominator as then_denom, t.months as then_months, t.first_period as then_first,
           t.last_period as then_last, n.last_value as now_stock, t.last_value as then_stock
    from (select * from pieces where current) n
    full join (select * from pieces where not current) t on t.ward = n.ward and t.indicator = n.indicator
    where :onePartASide
    union all
    select ward, indicator,
           sum(total) filter (where current) as now_total, sum(denominator) filter (where current) as now_denom,
           sum(months) filter (where current) as now_months, min(first_period) filter (where current) as now_first,
           max(last_period) filter (where current) as now_last,
           sum(total) filter (where not current) as then_total, sum(denominator) filter (where not current) as then_denom,
           sum(months) filter (where not current) as then_months, min(first_period) filter (where not current) as then_first,
           max(last_period) filter (where not current) as then_last,
           -- a stock's value of its latest month: the greatest (month, value) pair, cheaper than sorting each group
           (max(array[extract(epoch from last_period)::numeric, last_value]) filter (where current and indicator = any(:stocks)))[2] as now_stock,
           (max(array[extract(epoch from last_period)::numeric, last_value]) filter (where not current and indicator = any(:stocks)))[2] as then_stock
    from pieces
    where not :onePartASide
    group by ward, indicator
),
flagged as (
    select w.*, coalesce(now_months = then_months and now_first = (then_first + interval '1 year')::date
                         and now_last = (then_last + interval '1 year')::date, false) as compared
    from ward_indicators w
),
grouped as (
    select g.id as group_id, w.*
    from flagged w
    join unnest(cast(:groupWards as text[]), cast(:groupIds as int[])) as g(ward, id) on g.ward = w.ward
)
select 'G' as kind, group_id, indicator, null as ward, count(*) filter (where compared) as compared,
       sum(now_total) filter (where compared) as c_now_total, sum(now_stock) filter (where compared) as c_now_stock,
       sum(now_denom) filter (where compared) as c_now_denom, count(now_months) filter (where compared) as c_now_wards,
       max(now_months) filter (where compared) as c_now_months,
       sum(then_total) filter (where compared) as c_then_total, sum(then_stock) filter (where compared) as c_then_stock,
       sum(then_denom) filter (where compared) as c_then_denom, count(then_months) filter (where compared) as c_then_wards,
       max(then_months) filter (where compared) as c_then_months,
       sum(now_total) as a_now_total, sum(now_stock) as a_now_stock, sum(now_denom) as a_now_denom,
       count(now_months) as a_now_wards, max(now_months) as a_now_months,
       sum(then_total) as a_then_total, sum(then_stock) as a_then_stock, sum(then_denom) as a_then_denom,
       count(then_months) as a_then_wards, max(then_months) as a_then_months
from grouped
group by group_id, indicator
union all
select 'W', null, null, ward, count(*) filter (where compared),
       null, null, null, null, null, null, null, null, null, null,
       null, null, null, null, max(now_months), null, null, null, null, max(then_months)
from grouped
group by ward
