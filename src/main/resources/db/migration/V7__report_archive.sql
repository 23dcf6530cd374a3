-- Every report edition ever produced, so the archive can be listed by area and period and a
-- printed page traced back to the run that made it. A run is one invocation (a `report` or `demo`
-- command, later a scheduled or web-triggered job) and can produce many editions.

create table report_run (
    id          bigserial primary key,
    trigger     text        not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    status      text        not null default 'STARTED' check (status in ('STARTED', 'COMPLETED', 'FAILED'))
);

create table report_edition (
    id            bigserial primary key,
    run_id        bigint      not null references report_run (id),
    kind          text        not null check (kind in ('ward', 'area')),
    org_unit_code text        not null references org_unit (code),
    period_code   text        not null,
    language      text        not null,
    format        text        not null check (format in ('pdf', 'xlsx')),
    -- relative to the reports folder: archive/<unit>/<period>/<file>
    path          text        not null unique,
    size_bytes    bigint      not null,
    sha256        text        not null,
    created_at    timestamptz not null default now()
);
create index report_edition_unit_period on report_edition (org_unit_code, period_code, created_at desc);
