-- Figures that hold still. A ward's month is submitted when loaded (table submission); the unit
-- above the ward (district or city; the province for a ward directly under it) approves it; the
-- province locks it, and a locked month refuses any file row that would add or change a figure.
-- Who may approve or lock: a user with the approver right, by the unit they belong to.

alter table app_user add column approver boolean not null default false;
comment on column app_user.approver is 'may approve the months of the wards directly under their unit, and lock and unlock them when their unit is a province';

-- The current approval of a ward's month. A later file that changes any of its figures withdraws it.
create table ward_month_approval (
    org_unit_code text        not null references org_unit (code),
    period        date        not null check (extract(day from period) = 1),
    approved_by   text        not null,
    approver_unit text        not null references org_unit (code),
    approved_at   timestamptz not null,
    primary key (org_unit_code, period)
);
create index ward_month_approval_period on ward_month_approval (period);

-- The current lock of a ward's month. A month may be locked without figures: a late file for it
-- is refused too until someone unlocks it.
create table ward_month_lock (
    org_unit_code text        not null references org_unit (code),
    period        date        not null check (extract(day from period) = 1),
    locked_by     text        not null,
    locker_unit   text        not null references org_unit (code),
    locked_at     timestamptz not null,
    primary key (org_unit_code, period)
);
create index ward_month_lock_period on ward_month_lock (period);

-- Every unlock, with the lock it ended and the reason given.
create table ward_month_unlock (
    id            bigserial primary key,
    org_unit_code text        not null references org_unit (code),
    period        date        not null,
    locked_by     text        not null,
    locked_at     timestamptz not null,
    unlocked_by   text        not null,
    unlocked_at   timestamptz not null,
    reason        text        not null check (length(btrim(reason)) > 0)
);
create index ward_month_unlock_key on ward_month_unlock (org_unit_code, period);
