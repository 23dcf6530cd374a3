-- The summaries' refresh (V35) joins the ward-years a statement touched to their months. Its plan
-- rests on the month table's statistics, and those can say "empty" while a single statement writes
-- a whole country: after a year's values were deleted and autovacuum analyzed the empty table, a
-- COPY of 3.6 million values ran its refresh as a nested loop over every month and every ward-year
-- (measured with `./wardstat benchmark ingest`: more than seven minutes, still running, where
-- 300,000 values took 12 s). Inside the function only, nested loops are off: the join is then
-- hashed whatever the statistics say, and a correction's few wards still find their months through
-- the primary key's index (a bitmap scan on the wards), so small refreshes stay cheap.
alter function refresh_observation_summary(text[], date[]) set enable_nestloop = off;
