-- Rollout of the model ward police programme: which wards were selected and recognised (and by
-- which decision), and the share of wards an area plans to have recognised by a given year.
-- Both tables are the content of a file a user edits; loading the file replaces the table in one
-- transaction, so running the same load again changes nothing.

create table ward_designation (
    ward_code       text primary key references org_unit (code),
    year_selected   int  not null check (year_selected between 2021 and 2100),
    year_recognised int  check (year_recognised >= year_selected),
    decision_number text,
    decision_date   date,
    note            text not null default '',
    -- recognition is by a decision of the Minister: a recognised ward has one, another has none
    check ((year_recognised is null) = (decision_number is null)),
    check ((year_recognised is null) = (decision_date is null))
);

create table rollout_target (
    area_code     text         not null references org_unit (code),
    year          int          not null check (year between 2021 and 2100),
    lower_percent numeric(5, 2) not null,
    upper_percent numeric(5, 2) not null,
    note          text         not null default '',
    primary key (area_code, year),
    check (0 <= lower_percent and lower_percent <= upper_percent and upper_percent <= 100)
);
