-- Editions that know they are out of date (issue 15). An edition's scope is what it read: the
-- wards under its unit (with the wards they replaced), every indicator, and the months of its
-- window and of the same window a year earlier, all derived from the edition's unit and period.
-- A figure in that scope revised after the edition was made (observation_revision.revised_at >
-- report_edition.created_at) makes it out of date. This index lets that question be asked per
-- ward and time, so listing the archive looks only at the revisions made after its editions,
-- however long the history (10.000 wards x 28 indicators x 120 months).
create index observation_revision_unit_time on observation_revision (org_unit_code, revised_at);

-- The latest edition of each report (unit, period, language, format) is found by this order.
create index report_edition_report on report_edition (org_unit_code, period_code, language, format, created_at desc, id desc);
