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
-- (:years) and whole quarters (:quarters) from observation_summary, its other months (:months)
-- from observation. The parts are disjoint months, so sums and counts add up, the first month is
-- the least and the last value is the one of the greatest last month. A part belongs to the
-- current side when it starts on or after :currentFirst (the year-earlier window lies wholly before).
-- Each part list is an array the planner sees, so an empty one costs nothing.
-- :everyWard skips the ward filter when the wards asked for are most of the country: a scan of
-- the window's rows is then far cheaper than ten thousand index probes.
with pieces as (
    select s.org_unit_code as ward, s.indicator_code as indicator, s.period >= :currentFirst as current, s.total, s.denominator,
           s.last_value, s.first_period, s.last_period, s.months
    from observation_summary s
    where ((s.grain = 'Y' and s.period = any(:years)) or (s.grain = 'Q' and s.period = any(:quarters)))
      and (:everyWard or s.org_unit_code = any(:groupWards))
    union all
    select o.org_unit_code, o.indicator_code, o.period >= :currentFirst, o.value, null, o.value, o.period, o.period, 1
    from observation o
    where o.period = any(:months) and (:everyWard or o.org_unit_code = any(:groupWards))
    union all
    select n.org_unit_code, rate.code, n.period >= :currentFirst, n.value, d.value, null, n.period, n.period, 1
    from indicator rate
    join observation n on n.indicator_code = rate.numerator
    join observation d on d.org_unit_code = n.org_unit_code and d.period = n.period and d.indicator_code = rate.denominator
    where rate.kind = 'rate' and n.period = any(:months) and d.period = any(:months)
      and (:everyWard or n.org_unit_code = any(:groupWards))
),
sides as (
    select ward, indicator, current, sum(total) as total,
           -- the value of the latest month: the greatest (month, value) pair, cheaper than sorting each group
           (max(array[extract(epoch from last_period)::numeric, last_value]))[2] as last_value,
           sum(denominator) as denominator, min(first_period) as first_period, max(last_period) as last_period,
           sum(months) as months
    from pieces
    group by ward, indicator, current
),
ward_indicators as (
    select ward, indicator,
           max(total) filter (where current) as now_total, max(last_value) filter (where current) as now_stock,
           max(denominator) filter (where current) as now_denom, max(months) filter (where current) as now_months,
           max(total) filter (where not current) as then_total, max(last_value) filter (where not current) as then_stock,
           max(denominator) filter (where not current) as then_denom, max(months) filter (where not current) as then_months,
           coalesce(max(months) filter (where current) = max(months) filter (where not current)
                    and max(first_period) filter (where current) = (max(first_period) filter (where not current) + interval '1 year')::date
                    and max(last_period) filter (where current) = (max(last_period) filter (where not current) + interval '1 year')::date,
                    false) as compared
    from sides
    group by ward, indicator
),
grouped as (
    select g.id as group_id, w.*
    from ward_indicators w
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
