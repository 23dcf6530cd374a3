-- Loading in three steps: rows are validated and staged chunk by chunk (restartable), rules that
-- span rows are checked on the staged values, and everything good is merged into observation in
-- one transaction. So a file's data appears all at once, a crash leaves observation untouched,
-- and every replaced value is kept as a revision.

alter table source_file
    add column layout          text,
    add column encoding        text,
    add column rows_updated    int not null default 0,
    add column rows_unchanged  int not null default 0,
    add column rows_warned     int not null default 0,
    add column values_new      int not null default 0,
    add column values_changed  int not null default 0,
    add column values_unchanged int not null default 0;

alter table observation add column note text;

create unlogged table staged_value (
    source_file_id bigint         not null references source_file (id) on delete cascade,
    sheet          text           not null,
    row_number     int            not null,
    org_unit_code  text           not null,
    indicator_code text           not null,
    period         date           not null,
    value          numeric(16, 4) not null,
    note           text,
    primary key (source_file_id, sheet, row_number, indicator_code)
);

-- Staged rows keep their original text here, once per row, for reject and warning files.
create unlogged table staged_row (
    source_file_id bigint not null references source_file (id) on delete cascade,
    sheet          text   not null,
    row_number     int    not null,
    raw_row        text   not null,
    primary key (source_file_id, sheet, row_number)
);

alter table ingest_reject add column sheet text not null default '';
alter table ingest_reject drop constraint ingest_reject_source_file_id_row_number_column_name_reason__key;
alter table ingest_reject add constraint ingest_reject_once unique (source_file_id, sheet, row_number, column_name, reason_code);

create table ingest_warning (
    id             bigserial primary key,
    source_file_id bigint not null references source_file (id),
    sheet          text   not null,
    row_number     int    not null,
    column_name    text   not null,
    cell_value     text,
    rule_code      text   not null,
    message        text   not null,
    raw_row        text   not null,
    unique (source_file_id, sheet, row_number, column_name, rule_code)
);

-- Every value a later file replaced: enough to explain any earlier report.
create table observation_revision (
    id                 bigserial primary key,
    org_unit_code      text           not null,
    indicator_code     text           not null,
    period             date           not null,
    old_value          numeric(16, 4) not null,
    new_value          numeric(16, 4) not null,
    old_source_file_id bigint         not null references source_file (id),
    new_source_file_id bigint         not null references source_file (id),
    revised_at         timestamptz    not null default now()
);
create index observation_revision_key on observation_revision (org_unit_code, period, indicator_code);

-- When each ward's figures for a period first arrived (and every later resubmission).
create table submission (
    org_unit_code  text        not null references org_unit (code),
    period         date        not null,
    source_file_id bigint      not null references source_file (id),
    submitted_at   timestamptz not null,
    primary key (org_unit_code, period, source_file_id)
);
create index submission_period on submission (period);

-- Values loaded before this table existed count as submitted when their file was loaded.
insert into submission (org_unit_code, period, source_file_id, submitted_at)
select distinct o.org_unit_code, o.period, o.source_file_id, coalesce(f.completed_at, f.first_seen_at)
from observation o join source_file f on f.id = o.source_file_id;
