-- A number that changes whenever the vocabulary (org units, their predecessors, indicators) does,
-- so that the application can keep the loaded catalog and read it again only when it changed:
-- at national size a ward briefing otherwise read 10,764 org units three times (measured with
-- `./wardstat benchmark analysis`). Statement-level triggers move it, whoever writes (the catalog
-- files, a test, another process); it is taken from a sequence, which never hands out a number
-- twice, so a change rolled back can never be mistaken for a later one.
create sequence vocabulary_version_seq;

create table vocabulary_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
insert into vocabulary_version (version) values (nextval('vocabulary_version_seq'));

create function bump_vocabulary_version() returns trigger language plpgsql as $$
begin
    update vocabulary_version set version = nextval('vocabulary_version_seq');
    return null;
end
$$;

create trigger org_unit_changed after insert or update or delete or truncate on org_unit
    for each statement execute function bump_vocabulary_version();
create trigger org_unit_predecessor_changed after insert or update or delete or truncate on org_unit_predecessor
    for each statement execute function bump_vocabulary_version();
create trigger indicator_changed after insert or update or delete or truncate on indicator
    for each statement execute function bump_vocabulary_version();
