-- The criteria catalogs join the vocabulary's version (V37): their rules are read against the
-- indicators, and a ward briefing asked for them twice, three queries each (measured with
-- `./wardstat benchmark analysis`). CriteriaRepository keeps the catalogs it read for the catalog
-- of org units and indicators they were read with; any write to a criteria table moves the version,
-- so the next load gives a new vocabulary and the criteria are read again with it. Criteria change a
-- few times a year, so reading the org units again with them costs nothing worth a second number.
create trigger criteria_catalog_changed after insert or update or delete or truncate on criteria_catalog
    for each statement execute function bump_vocabulary_version();
create trigger criteria_group_changed after insert or update or delete or truncate on criteria_group
    for each statement execute function bump_vocabulary_version();
create trigger criterion_changed after insert or update or delete or truncate on criterion
    for each statement execute function bump_vocabulary_version();
