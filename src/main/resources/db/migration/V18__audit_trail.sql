-- Who did what and when: loads, approvals, locks and unlocks, report requests, user changes,
-- sign-ins (successful and failed). Rows are only ever added. The unit is the one the action
-- concerns (the ward or area approved, the user's own unit for a sign-in), so an admin sees the
-- events of their subtree; it is empty when nobody can tell (a sign-in under an unknown name).

create table audit_event (
    id             bigserial primary key,
    at             timestamptz not null,
    actor          text        not null,
    channel        text        not null check (channel in ('web', 'cli', 'scheduler', 'api')),
    action         text        not null,
    org_unit_code  text,
    detail         text        not null default '',
    remote_address text
);
create index audit_event_at on audit_event (at desc);
create index audit_event_unit on audit_event (org_unit_code, at desc);
