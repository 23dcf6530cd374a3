-- Every stored indicator of every synthetic ward for every month from :first to :last, with
-- values that keep the catalog's sense (cleared <= occurred, resolved <= received, early <= on
-- time <= received) so that rates and criteria come out plausible. h is a pseudo-random number
-- per ward and month, k one per ward, month and indicator. The rows lie as loads leave them: a
-- month at a time, and in it each ward's values together (a file's row, merged in row order), so
-- that a briefing reads a page per month of its ward, not one per value.
insert into observation (org_unit_code, indicator_code, period, value, source_file_id)
select w.code, i.code, hm.period,
       case i.code
           when 'social_order_crimes' then h % 6
           when 'social_order_crimes_cleared' then greatest(h % 6 - (h / 6) % 2, 0)
           when 'social_order_suspects' then greatest(h % 6 - (h / 6) % 2, 0) + (h / 12) % 2
           when 'serious_crimes' then least(h % 6, (h / 24) % 2)
           when 'crime_reports_received' then 1 + h % 5
           when 'crime_reports_resolved' then 1 + h % 5 - case when (h / 5) % 10 = 0 then 1 else 0 end
           when 'admin_procedures_received' then 100 + h % 50
           when 'admin_procedures_on_time' then 100 + h % 50 - (h / 50) % 2
           when 'admin_procedures_early' then (100 + h % 50) / 5
           when 'hotspots' then case when (h / 7) % 20 = 0 then 1 else 0 end
           when 'hq_floor_area' then 150 + abs(hashtext(w.code)) % 200
           when 'population' then 5000 + abs(hashtext(w.code)) % 10000
           when 'officers' then 12 + abs(hashtext(w.code)) % 12
           when 'fire_damage' then case when k % 25 = 0 then (k % 100) / 100.0 else 0 end
           else k % 4
       end,
       :file
from org_unit w
cross join generate_series(cast(:first as date), cast(:last as date), interval '1 month') as m(t)
cross join lateral (select m.t::date as period, abs(hashtext(w.code || m.t::date)) as h) as hm
cross join indicator i
cross join lateral (select abs(hashtext(w.code || i.code || m.t::date)) as k) as hk
where w.code like 'b-w%' and i.kind <> 'rate'
order by hm.period, w.code, i.code
