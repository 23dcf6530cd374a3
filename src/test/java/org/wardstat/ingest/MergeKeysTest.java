package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardstat.PipelineTest;
import org.wardstat.system.Messages;

/**
 * The month table has no row-by-row foreign keys (V36), nor have the staged values and the revisions
 * (V44): the merge checks the staged file's keys once, set-based, and writes nothing when one is unknown.
 */
class MergeKeysTest extends PipelineTest {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theMonthTableCarriesNoForeignKeysButKeepsItsValueChecks() {
        assertThat(jdbc.sql("select conname from pg_constraint where conrelid = 'observation'::regclass and contype = 'f'")
                .query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("select conname from pg_constraint where conrelid = 'observation'::regclass and contype = 'c' order by 1")
                .query(String.class).list()).containsExactly("observation_period_check", "observation_value_check");
    }

    @Test
    void stagedValuesAndRevisionsCarryNoRowByRowFileChecks() {
        // V44: a staged value is written by its own file's load, a revision by a file's merge; the staged rows keep theirs
        assertThat(jdbc.sql("""
                select conrelid::regclass::text || ' ' || confrelid::regclass::text from pg_constraint
                where contype = 'f' and conrelid in ('staged_value'::regclass, 'staged_row'::regclass, 'observation_revision'::regclass)
                """).query(String.class).list()).containsExactly("staged_row source_file");
    }

    @Test
    void aStagedValueOfAnUnknownWardStopsTheMergeBeforeAnythingIsWritten() {
        long file = stagedFile("duc-xuan", "phuong-khong-co");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> merge(file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Staged value of an unknown ward or indicator, not merged: sheet csv, row 3, ward phuong-khong-co,"
                        + " indicator social_order_crimes");
        assertThat(count("select count(*) from observation")).isZero();
        assertThat(count("select count(*) from staged_value")).isEqualTo(2);
        assertThat(count("select count(*) from source_file where completed_at is not null")).isZero();
    }

    @Test
    void knownKeysMerge() {
        long file = stagedFile("duc-xuan", "song-cau");
        transactions.executeWithoutResult(status -> merge(file));
        assertThat(jdbc.sql("select org_unit_code || ' ' || value::int from observation order by 1").query(String.class).list())
                .containsExactly("duc-xuan 3", "song-cau 4");
        assertThat(count("select count(*) from staged_value")).isZero();
    }

    private void merge(long file) {
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        new Merge(jdbc, file, Clock.systemUTC(), new LockedMonths(jdbcTemplate, Messages.vietnamese(), ZoneId.of("Asia/Ho_Chi_Minh")))
                .execute(null, new ChunkContext(new StepContext(step)));
        // the years it wrote, for the load's last step to tidy
        assertThat(step.getExecutionContext().get(TidyMonthTable.YEARS_WRITTEN)).isEqualTo(List.of(2025));
    }

    /** A file staged as a load leaves it just before its merge: two rows of January 2025, one value each. */
    private long stagedFile(String firstWard, String secondWard) {
        long file = jdbc.sql("insert into source_file (sha256, file_name, path, size_bytes) values ('x', 'x.csv', 'x.csv', 1) returning id")
                .query(Long.class).single();
        int row = 2;
        for (String ward : new String[] {firstWard, secondWard}) {
            jdbc.sql("insert into staged_row (source_file_id, sheet, row_number, raw_row) values (:f, 'csv', :r, 'raw')")
                    .param("f", file).param("r", row).update();
            jdbc.sql("""
                    insert into staged_value (source_file_id, sheet, row_number, org_unit_code, indicator_code, period, value)
                    values (:f, 'csv', :r, :w, 'social_order_crimes', date '2025-01-01', :v)
                    """).param("f", file).param("r", row).param("w", ward).param("v", row + 1).update();
            row++;
        }
        return file;
    }
}
