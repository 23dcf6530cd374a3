-- A load's staged rows survive a crash of PostgreSQL. Unlogged, they were emptied by crash
-- recovery while the job's restart position (in the job repository) and the file's counters
-- survived, so a load resumed after PostgreSQL was killed skipped the rows it had staged and
-- then recorded the file as loaded without them. Logged, the staged rows, the counters and the
-- restart position are committed together, chunk by chunk, and recovered together.
alter table staged_value set logged;
alter table staged_row set logged;
