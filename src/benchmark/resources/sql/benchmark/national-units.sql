-- The synthetic national tree of the analysis benchmark: a country, :provinces provinces,
-- :districts districts spread over them and :wards wards spread over the districts.
insert into org_unit (code, parent_code, level, name_vi, name_en)
values ('b-vn', null, 'country', 'Cả nước (đo hiệu năng)', 'Benchmark country');

insert into org_unit (code, parent_code, level, name_vi, name_en)
select 'b-p' || lpad(p::text, 2, '0'), 'b-vn', 'province', 'Tỉnh đo hiệu năng ' || p, 'Benchmark province ' || p
from generate_series(1, :provinces) p;

insert into org_unit (code, parent_code, level, name_vi, name_en)
select 'b-d' || lpad(d::text, 3, '0'), 'b-p' || lpad((1 + (d - 1) % :provinces)::text, 2, '0'), 'district',
       'Quận đo hiệu năng ' || d, 'Benchmark district ' || d
from generate_series(1, :districts) d;

insert into org_unit (code, parent_code, level, name_vi, name_en)
select 'b-w' || lpad(w::text, 5, '0'), 'b-d' || lpad((1 + (w - 1) % :districts)::text, 3, '0'), 'ward',
       'Phường đo hiệu năng ' || w, 'Benchmark ward ' || w
from generate_series(1, :wards) w;
