-- Wards are renamed and merged (the 2025 reorganisation). A unit exists from valid_from to
-- valid_to (either open); a unit formed by a merger lists the units it replaced, so a
-- comparison across the merger sets the new ward against the sum of its predecessors.

alter table org_unit
    add column valid_from date,
    add column valid_to   date,
    add constraint org_unit_validity check (valid_to is null or valid_from is null or valid_to >= valid_from);

create table org_unit_predecessor (
    unit_code        text not null references org_unit (code) on delete cascade,
    predecessor_code text not null references org_unit (code),
    primary key (unit_code, predecessor_code),
    check (unit_code <> predecessor_code)
);
