-- Each ward's figures over a window and over the same window a year earlier, one row per ward and
-- indicator with both sides side by side (now_* for the window, then_* for the year before; null
-- when the side has nothing); the Java side (RollUps) decides whether the ward can be compared and
-- adds the wards up to areas, which for ten thousand wards is faster than grouping every ward-area
-- pair here.
--   flows and stocks: total = sum over the months, last_value = the value of the latest month;
--   rates: total = summed numerator, denominator = summed denominator, over the months that
--          report both;
--   first_period, last_period, months: which months carried data.
-- :everyWard skips the ward filter when the wards asked for are most of the country: a scan of
-- the window's months is then far cheaper than ten thousand index probes.
with sides as (
    select o.org_unit_code as ward, o.indicator_code as indicator, o.period >= :currentFirst as current, sum(o.value) as total,
           -- the value of the latest month: the greatest (month, value) pair, cheaper than sorting each group
           (max(array[extract(epoch from o.period)::numeric, o.value]))[2] as last_value,
           null::numeric as denominator, min(o.period) as first_period, max(o.period) as last_period, count(*) as months
    from observation o
    where (o.period between :currentFirst and :currentLast or o.period between :priorFirst and :priorLast)
      and (:everyWard or o.org_unit_code = any(:wards))
    group by 1, 2, 3
    union all
    select n.org_unit_code, rate.code, n.period >= :currentFirst, sum(n.value), null, sum(d.value), min(n.period), max(n.period), count(*)
    from indicator rate
    join observation n on n.indicator_code = rate.numerator
    join observation d on d.org_unit_code = n.org_unit_code and d.period = n.period and d.indicator_code = rate.denominator
    where rate.kind = 'rate'
      and (n.period between :currentFirst and :currentLast or n.period between :priorFirst and :priorLast)
      and (d.period between :currentFirst and :currentLast or d.period between :priorFirst and :priorLast)
      and (:everyWard or n.org_unit_code = any(:wards))
    group by 1, 2, 3
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
