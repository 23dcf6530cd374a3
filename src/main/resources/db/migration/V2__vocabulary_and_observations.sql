-- The vocabulary (org units, indicators) and the monthly values wards report.

create table org_unit (
    code        text primary key,
    parent_code text references org_unit (code) deferrable initially deferred,
    level       text not null,
    name_vi     text not null,
    name_en     text not null,
    check (code <> parent_code)
);
create index org_unit_parent on org_unit (parent_code);

create table indicator (
    code        text primary key,
    position    int  not null,
    name_vi     text not null,
    name_en     text not null,
    unit_vi     text not null,
    unit_en     text not null,
    kind        text not null check (kind in ('flow', 'stock', 'rate')),
    better      text not null check (better in ('lower', 'higher', 'neutral')),
    decimals    int  not null check (decimals between 0 and 4),
    numerator   text references indicator (code) deferrable initially deferred,
    denominator text references indicator (code) deferrable initially deferred,
    -- a rate is derived from two stored flows and is never stored itself
    check ((kind = 'rate') = (numerator is not null and denominator is not null))
);

-- One row per file content ever offered for loading; the checksum makes a second load of the
-- same bytes recognisable. Counters are advanced in the same transaction as each chunk of rows,
-- so after a crash and restart they still count every row exactly once.
create table source_file (
    id             bigserial primary key,
    sha256         text        not null unique,
    file_name      text        not null,
    path           text        not null,
    size_bytes     bigint      not null,
    first_seen_at  timestamptz not null default now(),
    completed_at   timestamptz,
    rows_read      int         not null default 0,
    rows_loaded    int         not null default 0,
    rows_rejected  int         not null default 0,
    values_written int         not null default 0
);

create table observation (
    org_unit_code  text          not null references org_unit (code),
    indicator_code text          not null references indicator (code),
    period         date          not null check (extract(day from period) = 1),
    value          numeric(16, 4) not null check (value >= 0),
    source_file_id bigint        not null references source_file (id),
    loaded_at      timestamptz   not null default now(),
    primary key (org_unit_code, indicator_code, period)
);
create index observation_period on observation (period, indicator_code);

-- A rejected row can have several faults: one row here per fault, keyed so that a restarted
-- load does not record the same fault twice.
create table ingest_reject (
    id             bigserial primary key,
    source_file_id bigint not null references source_file (id),
    row_number     int    not null,
    column_name    text   not null,
    cell_value     text,
    reason_code    text   not null,
    reason         text   not null,
    raw_row        text   not null,
    unique (source_file_id, row_number, column_name, reason_code)
);
