-- The month table's primary key carries each value, so that a ward's months are read from the key
-- alone (an index-only scan) instead of one heap page per month: the months of a ward are written
-- a month at a time, all wards together, so each lies on its own page. A ward briefing reads two
-- years of its ward's months (about 770 rows); at national size that read took 4.8 ms of a
-- briefing's 20 (measured with `./wardstat benchmark analysis` and the server's statement log) and
-- takes under 1 ms from the key. The key grows by the value (1.6 to 1.9 GB at 33.6 million values).
-- Index-only reads need the pages marked all-visible, which the load's last step sees to (VACUUM).
alter table observation
    drop constraint observation_pkey,
    add constraint observation_pkey primary key (org_unit_code, indicator_code, period) include (value);
