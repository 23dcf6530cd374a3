-- Model-ward criteria: the catalogs (one per decision, with the years each applies to), their
-- groups and criteria as loaded from catalog/criteria/, and people's assessments of the criteria
-- that are not computed from the statistics. Attainment is computed from these rows and the
-- observations on demand, so every figure it prints traces to stored data.

create table criteria_catalog (
    code        text primary key,
    position    int  not null,
    name_vi     text not null,
    name_en     text not null,
    first_year  int  not null,
    last_year   int,
    source_file text not null,
    check (last_year is null or last_year >= first_year)
);

create table criteria_group (
    catalog_code   text    not null references criteria_catalog (code),
    number         int     not null check (number > 0),
    name_vi        text    not null,
    name_en        text    not null,
    sample_wording boolean not null,
    primary key (catalog_code, number)
);

create table criterion (
    catalog_code   text    not null references criteria_catalog (code),
    code           text    not null,
    number         int     not null check (number > 0),
    group_number   int     not null,
    name_vi        text    not null,
    name_en        text    not null,
    sample_wording boolean not null,
    kind           text    not null check (kind in ('computed', 'assessed')),
    -- a computed criterion's rule, e.g. "clearance_rate >= 90"; read again when loaded
    rule           text,
    zero_base      text    check (zero_base in ('met', 'unmet')),
    no_prior       text    check (no_prior in ('met', 'unmet')),
    line           int     not null,
    primary key (catalog_code, code),
    unique (catalog_code, number) deferrable initially deferred,
    foreign key (catalog_code, group_number) references criteria_group (catalog_code, number),
    check ((kind = 'computed') = (rule is not null))
);

create table criterion_assessment (
    ward_code      text        not null references org_unit (code),
    catalog_code   text        not null,
    criterion_code text        not null,
    year           int         not null,
    status         text        not null check (status in ('met', 'unmet')),
    assessed_on    date        not null,
    evidence       text        not null,
    -- the file and line it was loaded from, e.g. "assessments.csv:12"
    source         text        not null,
    loaded_at      timestamptz not null default now(),
    primary key (ward_code, catalog_code, criterion_code, year),
    foreign key (catalog_code, criterion_code) references criterion (catalog_code, code)
);
create index criterion_assessment_year on criterion_assessment (year, catalog_code);
