-- Distribution of a run's reports by e-mail. A user may have an address and a language for the
-- mail; a delivery is one message to one address for one run (job instance), recorded before it
-- is sent: a run restarted, or a server restarted, never sends the same run to the same address
-- twice. A delivery left 'sending' (the process died between the send and its record) is not
-- sent again either: it may have gone, and is reported as uncertain.
alter table app_user add column email text;
alter table app_user add column mail_language text not null default 'vi' check (mail_language in ('vi', 'en'));

create table mail_delivery (
    id             bigserial primary key,
    run_id         bigint      not null,
    email          text        not null,
    recipient_name text        not null,
    org_unit_code  text        not null,
    language       text        not null,
    subject        text        not null,
    edition_ids    bigint[]    not null,
    status         text        not null check (status in ('sending', 'sent', 'failed')),
    attempts       int         not null default 0,
    last_error     text,
    updated_at     timestamptz not null,
    unique (run_id, email)
);
