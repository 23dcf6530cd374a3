-- Runs of jobs: a job definition from jobs/ fired by the scheduler (or caught up, or run by hand),
-- or a one-off report asked for on the command line or the web. A run is planned as items (a file
-- to load, a report to render) so that a failed run restarts where it stopped: done items stay done.

create table job_run (
    id             bigserial primary key,
    job_name       text        not null,
    period_code    text        not null,
    -- job name and period for a job definition's runs: at most one run of a key is running or
    -- completed (the unique index below), so two servers on one database never run it twice.
    -- Null for one-off reports, which may be asked for as often as anyone likes.
    run_key        text,
    trigger        text        not null check (trigger in ('SCHEDULE', 'CATCH_UP', 'MANUAL', 'WEB', 'CLI')),
    status         text        not null default 'RUNNING' check (status in ('RUNNING', 'COMPLETED', 'FAILED', 'SUPERSEDED')),
    requested_by   text        not null,
    scope          text[]      not null,
    scheduled_for  timestamptz,
    -- what to render, kept so a restart renders the same (a job's other settings are re-read from its file)
    formats        text        not null,
    language       text        not null,
    report_run_id  bigint      references report_run (id),
    items_total    int         not null default 0,
    items_done     int         not null default 0,
    rows_rejected  bigint      not null default 0,
    current_item   text,
    message        text,
    host           text        not null,
    started_at     timestamptz not null default now(),
    heartbeat_at   timestamptz not null default now(),
    finished_at    timestamptz
);
create unique index job_run_once on job_run (run_key) where status in ('RUNNING', 'COMPLETED');
create index job_run_recent on job_run (started_at desc);
create index job_run_job on job_run (job_name, scheduled_for desc);

create table job_run_item (
    run_id      bigint  not null references job_run (id) on delete cascade,
    seq         int     not null,
    kind        text    not null check (kind in ('LOAD', 'REPORT')),
    -- a file name in the job's inbox, or an org unit code
    subject     text    not null,
    status      text    not null default 'PENDING' check (status in ('PENDING', 'DONE', 'FAILED')),
    message     text,
    finished_at timestamptz,
    primary key (run_id, seq)
);
