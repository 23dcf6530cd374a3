-- Each ward's figures over a window and over the same window a year earlier (current = true for
-- the window, false for the year before), one row per ward, indicator and side; the Java side
-- (RollUps) adds them up to areas, which for ten thousand wards is faster than grouping every
-- ward-area pair here.
--   flows and stocks: total = sum over the months, last_value = the value of the latest month;
--   rates: total = summed numerator, denominator = summed denominator, over the months that
--          report both;
--   first_period, last_period, months: which months carried data.
with window_values as (
    select o.org_unit_code as ward, o.indicator_code, o.period, o.value, o.period >= :currentFirst as current
    from observation o
    where (o.period between :currentFirst and :currentLast or o.period between :priorFirst and :priorLast)
      and o.org_unit_code = any(:wards)
)
select ward, indicator_code, current, sum(value) as total,
       -- the value of the latest month: the greatest (month, value) pair, cheaper than sorting each group
       (max(array[extract(epoch from period)::numeric, value]))[2] as last_value,
       null::numeric as denominator, min(period) as first_period, max(period) as last_period, count(*) as months
from window_values
group by ward, indicator_code, current
union all
select n.ward, rate.code, n.current, sum(n.value), null, sum(d.value), min(n.period), max(n.period), count(*)
from indicator rate
join window_values n on n.indicator_code = rate.numerator
join window_values d on d.ward = n.ward and d.period = n.period and d.indicator_code = rate.denominator
where rate.kind = 'rate'
group by n.ward, rate.code, n.current
