-- Figures typed into the web form by the users of a ward, and how every file reached wardstat.
--
-- A ward user (role CLERK) enters their own ward's month on the web. What they type is kept as a
-- draft until they submit it; submitting loads it through the same job as a file (staging, rules,
-- merge, revisions, submissions), as a file of wardstat's own making, recorded with the channel
-- 'web-form' and the user who submitted it.

alter table source_file
    add column channel      text not null default 'file' check (channel in ('file', 'upload', 'web-form')),
    add column submitted_by text;

comment on column source_file.channel is 'file: the command line or a job''s inbox; upload: a file sent on the web; web-form: figures typed into the web form';
comment on column source_file.submitted_by is 'the user name of whoever sent the file or entered the figures on the web';

alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('LEADER', 'CLERK', 'ANALYST', 'ADMIN'));

-- One draft per ward and month, shared by the users who may enter that ward's figures. Values are
-- kept as typed (text), so a draft may hold "1,5" in a count until someone corrects it.
create table entry_draft (
    org_unit_code  text        not null references org_unit (code),
    period         date        not null check (extract(day from period) = 1),
    updated_by     text        not null,
    updated_at     timestamptz not null,
    submitted_at   timestamptz,
    submitted_by   text,
    -- the file the submission was loaded as (no foreign key: a draft is a convenience, the load is the record)
    source_file_id bigint,
    primary key (org_unit_code, period)
);

create table entry_draft_value (
    org_unit_code  text not null,
    period         date not null,
    indicator_code text not null references indicator (code),
    typed          text not null,
    primary key (org_unit_code, period, indicator_code),
    foreign key (org_unit_code, period) references entry_draft (org_unit_code, period) on delete cascade
);

-- A row of a table with indicators as rows holds one indicator for several wards (or months), so
-- a staged value is keyed by its ward and month too, not only by its row and indicator.
alter table staged_value drop constraint staged_value_pkey;
alter table staged_value add primary key (source_file_id, sheet, row_number, org_unit_code, period, indicator_code);
