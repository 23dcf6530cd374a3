-- Every run is a Spring Batch job: loads, a job definition's runs, one-off reports and the demo.
-- The job repository (batch_*) is the one ledger of what ran, so the home-made runner's tables go.

-- An edition points at the job execution that rendered it. Editions made before this version
-- keep the number of the run that made them (their printed footer says "#<number>"), so a page
-- in a leader's folder can still be traced; they stay listed and openable.
alter table report_edition drop constraint report_edition_run_id_fkey;
alter table report_edition rename column run_id to legacy_run_id;
alter table report_edition alter column legacy_run_id drop not null;
alter table report_edition add column job_execution_id bigint references batch_job_execution (job_execution_id);
create index report_edition_execution on report_edition (job_execution_id);

drop table job_run_item;
drop table job_run;
drop table report_run;

-- A run asked for again (jobs run --again, a one-off report, the demo) is a new job instance:
-- the identifying parameter "run" takes its number from here.
create sequence run_number;

-- What Spring Batch lacks: knowing that the process running a job (or a worker running one of
-- its partitions) has died. Each process beats for the executions it works on; an execution still
-- "started" whose beat has stopped is marked failed, ready to restart.
create table run_heartbeat (
    execution_kind text        not null check (execution_kind in ('job', 'step')),
    execution_id   bigint      not null,
    host           text        not null,
    beat_at        timestamptz not null default now(),
    primary key (execution_kind, execution_id)
);
