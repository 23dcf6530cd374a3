-- The figures of areas over a window and the same window a year earlier, summed from their wards.
-- One row per area, indicator and side (current = true for the window, false for a year earlier):
--   flows:  total = sum over months and wards;
--   stocks: stock = sum over wards of each ward's last value in the window, counting only wards
--           that still exist in the window's last month (a merged ward's stock lives on in its
--           successor's, and would otherwise be counted twice);
--   rates:  total = summed numerator, denominator = summed denominator, over the ward-months
--           that report both;
--   indicator_code null: how many wards reported anything on that side.
--   months: the months with data: for one ward (or a merged ward and its predecessors, whose
--           months do not overlap) their number, for several wards the span from the first to
--           the last, so half a year against a whole one shows.
-- An area is any org unit; a ward is an area of itself, which makes ward rankings the same query.
-- A ward merged away counts under the ward that replaced it as well as under its own parents, so
-- a merged ward's history is the sum of its predecessors'; "union" keeps a ward from being counted
-- twice in an area it reaches both ways.
with recursive parent_of (child, parent) as (
    select code, parent_code from org_unit where parent_code is not null
    union all
    select predecessor_code, unit_code from org_unit_predecessor
),
chain (ward, area) as (
    select code, code from org_unit where level = 'ward'
    union
    select chain.ward, parent_of.parent
    from chain join parent_of on parent_of.child = chain.area
),
scope as (
    select chain.ward, chain.area, ward.valid_to
    from chain join org_unit ward on ward.code = chain.ward
    where chain.area = any(:areas)
),
window_values as (
    select o.org_unit_code as ward, o.indicator_code, o.period, o.value, o.period >= :currentFirst as current
    from observation o
    where (o.period between :currentFirst and :currentLast or o.period between :priorFirst and :priorLast)
      and o.org_unit_code in (select ward from scope)
),
per_ward as (
    select ward, indicator_code, current,
           sum(value) as total, (array_agg(value order by period desc))[1] as last_value,
           min(period) as first_period, max(period) as last_period, count(*) as months
    from window_values
    group by ward, indicator_code, current
),
rate_parts as (
    -- a hash join of the window's numerator and denominator values, by ward and month
    select n.ward, rate.code as indicator_code, n.current,
           sum(n.value) as numerator, sum(d.value) as denominator, min(n.period) as first_period, max(n.period) as last_period,
           count(*) as months
    from indicator rate
    join window_values n on n.indicator_code = rate.numerator
    join window_values d on d.ward = n.ward and d.period = n.period and d.indicator_code = rate.denominator
    where rate.kind = 'rate'
    group by n.ward, rate.code, n.current
)
select s.area, p.indicator_code, p.current,
       sum(p.total) as total,
       sum(p.last_value) filter (where s.valid_to is null
           or s.valid_to >= case when p.current then cast(:currentLast as date) else cast(:priorLast as date) end) as stock,
       null::numeric as denominator,
       count(*) as wards,
       count(*) filter (where s.valid_to is null
           or s.valid_to >= case when p.current then cast(:currentLast as date) else cast(:priorLast as date) end) as wards_at_end,
       least(sum(p.months), extract(year from max(p.last_period)) * 12 + extract(month from max(p.last_period))
        - extract(year from min(p.first_period)) * 12 - extract(month from min(p.first_period)) + 1)::int as months
from scope s join per_ward p on p.ward = s.ward
group by s.area, p.indicator_code, p.current
union all
select s.area, r.indicator_code, r.current, sum(r.numerator), null, sum(r.denominator), count(*), count(*),
       least(sum(r.months), extract(year from max(r.last_period)) * 12 + extract(month from max(r.last_period))
        - extract(year from min(r.first_period)) * 12 - extract(month from min(r.first_period)) + 1)::int
from scope s join rate_parts r on r.ward = s.ward
group by s.area, r.indicator_code, r.current
union all
select s.area, null, p.current, null, null, null, count(distinct p.ward), null, null
from scope s join per_ward p on p.ward = s.ward
group by s.area, p.current
