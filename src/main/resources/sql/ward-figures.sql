-- Each ward's figures over a window and over the same window a year earlier, one row per ward and
-- indicator with both sides side by side (now_* for the window, then_* for the year before; null
-- when the side has nothing); the Java side (RollUps) decides whether the ward can be compared and
-- adds the wards up to areas, which for ten thousand wards is faster than grouping every ward-area
-- pair here.
--   flows and stocks: total = sum over the months, last_value = the value of the latest month;
--   rates: total = summed numerator, denominator = summed denominator, over the months that
--          report both;
--   first_period, last_period, months: which months carried data.
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
      and (:everyWard or s.org_unit_code = any(:wards))
    union all
    select o.org_unit_code, o.indicator_code, o.period >= :currentFirst, o.value, null, o.value, o.period, o.period, 1
    from observation o
    where o.period = any(:months) and (:everyWard or o.org_unit_code = any(:wards))
    union all
    select n.org_unit_code, rate.code, n.period >= :currentFirst, n.value, d.value, null, n.period, n.period, 1
    from indicator rate
    join observation n on n.indicator_code = rate.numerator
    join observation d on d.org_unit_code = n.org_unit_code and d.period = n.period and d.indicator_code = rate.denominator
    where rate.kind = 'rate' and n.period = any(:months) and d.period = any(:months)
      and (:everyWard or n.org_unit_code = any(:wards))
),
sides as (
    select ward, indicator, current, sum(total) as total,
           -- the value of the latest month: the greatest (month, value) pair, cheaper than sorting each group
           (max(array[extract(epoch from last_period)::numeric, last_value]))[2] as last_value,
           sum(denominator) as denominator, min(first_period) as first_period, max(last_period) as last_period,
           sum(months) as months
    from pieces
    group by ward, indicator, current
)
select ward, indicator,
       max(total) filter (where current) as now_total, max(last_value) filter (where current) as now_last_value,
       max(denominator) filter (where current) as now_denominator, max(first_period) filter (where current) as now_first,
       max(last_period) filter (where current) as now_last, max(months) filter (where current) as now_months,
       max(total) filter (where not current) as then_total, max(last_value) filter (where not current) as then_last_value,
       max(denominator) filter (where not current) as then_denominator, max(first_period) filter (where not current) as then_first,
       max(last_period) filter (where not current) as then_last, max(months) filter (where not current) as then_months
from sides
group by ward, indicator
