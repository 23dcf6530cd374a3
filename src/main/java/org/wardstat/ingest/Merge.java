package org.wardstat.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves a file's staged values into {@code observation} in one transaction: new values are
 * inserted, changed ones updated with the old value kept in {@code observation_revision},
 * unchanged ones left alone; each value written keeps the sheet and row it was read from (a
 * revision keeps both rows); the ward-months are recorded as submitted and the file marked
 * complete. A crash before the commit leaves observation as it was, and the step runs again.
 */
public class Merge implements Tasklet {

    /** The old value of every value the file changes, kept before the change. */
    static final String KEEP_REVISIONS = """
            insert into observation_revision (org_unit_code, indicator_code, period, old_value, new_value, old_source_file_id, new_source_file_id,
                                              old_source_sheet, old_source_row, new_source_sheet, new_source_row)
            select distinct on (o.org_unit_code, o.indicator_code, o.period, s.value)
                   o.org_unit_code, o.indicator_code, o.period, o.value, s.value, o.source_file_id, s.source_file_id,
                   o.source_sheet, o.source_row, s.sheet, s.row_number
            from staged_value s
            join observation o on (o.org_unit_code, o.indicator_code, o.period) = (s.org_unit_code, s.indicator_code, s.period)
            where s.source_file_id = :file and o.value <> s.value
              and o.period between :firstMonth and :lastMonth
            order by o.org_unit_code, o.indicator_code, o.period, s.value, s.sheet, s.row_number
            """;

    /** The changed values written, with the file, sheet and row they come from. */
    static final String UPDATE_CHANGED = """
            update observation o set value = s.value, note = s.note, source_file_id = s.source_file_id, loaded_at = now(),
                source_sheet = s.sheet, source_row = s.row_number
            from staged_value s
            where s.source_file_id = :file
              and (o.org_unit_code, o.indicator_code, o.period) = (s.org_unit_code, s.indicator_code, s.period)
              and o.value <> s.value
              and o.period between :firstMonth and :lastMonth
            """;

    private final JdbcClient jdbc;
    private final long file;
    private final Clock clock;
    private final LockedMonths lockedMonths;

    /** @param clock when the ward-months count as submitted (the application's clock, so tests can set it) */
    Merge(JdbcClient jdbc, long sourceFileId, Clock clock, LockedMonths lockedMonths) {
        this.jdbc = jdbc;
        this.file = sourceFileId;
        this.clock = clock;
        this.lockedMonths = lockedMonths;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        requireKnownKeys();
        lockedMonths.rejectRows(file);
        StagedMonths months = StagedMonths.of(jdbc, file);
        withdrawApprovalsOfChangedMonths(months);
        RowOutcomes rows = rowOutcomes(months);
        months.bind(jdbc.sql(KEEP_REVISIONS).param("file", file)).update();
        int changed = months.bind(jdbc.sql(UPDATE_CHANGED).param("file", file)).update();
        int inserted = jdbc.sql("""
                insert into observation (org_unit_code, indicator_code, period, value, note, source_file_id, source_sheet, source_row)
                select org_unit_code, indicator_code, period, value, note, source_file_id, sheet, row_number from staged_value
                where source_file_id = :file
                order by sheet, row_number
                on conflict do nothing
                """).param("file", file).update();
        int staged = jdbc.sql("select count(*) from staged_value where source_file_id = :file").param("file", file).query(Integer.class).single();
        jdbc.sql("""
                insert into submission (org_unit_code, period, source_file_id, submitted_at)
                select distinct org_unit_code, period, source_file_id, cast(:now as timestamptz) from staged_value where source_file_id = :file
                on conflict do nothing
                """).param("file", file).param("now", Timestamp.from(clock.instant())).update();
        jdbc.sql("""
                update source_file set rows_loaded = :new, rows_updated = :updated, rows_unchanged = :unchanged,
                    values_new = :inserted, values_changed = :changed, values_unchanged = :unchanged_values,
                    values_written = :inserted + :changed, completed_at = now()
                where id = :file
                """)
                .param("new", rows.created()).param("updated", rows.updated()).param("unchanged", rows.unchanged())
                .param("inserted", inserted).param("changed", changed).param("unchanged_values", staged - inserted - changed)
                .param("file", file).update();
        List<Integer> years = jdbc.sql("select distinct extract(year from period)::int from staged_value where source_file_id = :file order by 1")
                .param("file", file).query(Integer.class).list();
        // for the last step, which tidies only the month table's years the file wrote (promoted to the job's context)
        chunkContext.getStepContext().getStepExecution().getExecutionContext().put(TidyMonthTable.YEARS_WRITTEN, new ArrayList<>(years));
        jdbc.sql("delete from staged_value where source_file_id = :file").param("file", file).update();
        jdbc.sql("delete from staged_row where source_file_id = :file").param("file", file).update();
        return RepeatStatus.FINISHED;
    }

    /**
     * Every staged ward and indicator is one the catalog knows, checked once for the whole file:
     * observation has no row-by-row foreign keys (V36), so this is where a value with an unknown
     * key would be stopped. The row checks reject such rows long before; reaching this is a defect,
     * and the merge writes nothing.
     */
    private void requireKnownKeys() {
        jdbc.sql("""
                select s.sheet, s.row_number, s.org_unit_code, s.indicator_code
                from staged_value s
                where s.source_file_id = :file
                  and (not exists (select 1 from org_unit u where u.code = s.org_unit_code)
                       or not exists (select 1 from indicator i where i.code = s.indicator_code and i.kind <> 'rate'))
                limit 1
                """).param("file", file)
                .query((rs, n) -> "sheet " + rs.getString(1) + ", row " + rs.getInt(2) + ", ward " + rs.getString(3)
                        + ", indicator " + rs.getString(4))
                .optional()
                .ifPresent(where -> {
                    throw new IllegalStateException("Staged value of an unknown ward or indicator, not merged: " + where);
                });
    }

    /** An approval covers the figures the approver saw: a month whose figures this file adds to or changes is approved again. */
    private void withdrawApprovalsOfChangedMonths(StagedMonths months) {
        months.bind(jdbc.sql("""
                delete from ward_month_approval a
                where (a.org_unit_code, a.period) in (
                    select s.org_unit_code, s.period from staged_value s
                    left join observation o on (o.org_unit_code, o.indicator_code, o.period) = (s.org_unit_code, s.indicator_code, s.period)
                                           and o.period between :firstMonth and :lastMonth
                    where s.source_file_id = :file and o.value is distinct from s.value)
                """).param("file", file)).update();
    }

    /** Rows whose every value is new, rows that change something, and rows that change nothing (blank rows too). */
    record RowOutcomes(int created, int updated, int unchanged) {
    }

    private RowOutcomes rowOutcomes(StagedMonths months) {
        return months.bind(jdbc.sql("""
                with per_row as (
                    select r.sheet, r.row_number,
                           count(s.value) > 0 and bool_and(o.value is null) filter (where s.value is not null) as created,
                           coalesce(bool_or(o.value is distinct from s.value) filter (where s.value is not null), false) as changes
                    from staged_row r
                    left join staged_value s on (s.source_file_id, s.sheet, s.row_number) = (r.source_file_id, r.sheet, r.row_number)
                    left join observation o on (o.org_unit_code, o.indicator_code, o.period) = (s.org_unit_code, s.indicator_code, s.period)
                                           and o.period between :firstMonth and :lastMonth
                    where r.source_file_id = :file
                    group by r.sheet, r.row_number)
                select count(*) filter (where created), count(*) filter (where changes and not created), count(*) filter (where not changes)
                from per_row
                """)
                .param("file", file))
                .query((rs, n) -> new RowOutcomes(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }
}
